"""The PDF report is private from the moment it exists, whatever the umask.

The command runs under ``strace`` with umask 022 (a typical desktop default): every file
created in the output folder must be created with no group or other permission bits in
the creating ``open`` call itself; a later ``chmod`` comes too late, because a descriptor
opened in between stays readable.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CREATE = re.compile(
    r'open(?:at)?\((?:AT_FDCWD, )?"(?P<path>[^"]+)", (?P<flags>[A-Z_|]+), (?P<mode>0\d+)\)'
)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes and umask")
def test_the_report_is_created_private_under_a_permissive_umask(tmp_path: Path) -> None:
    strace = shutil.which("strace")
    assert strace is not None, "strace is installed by tests/run-all.sh"
    out_dir = tmp_path / "out"
    out_dir.mkdir(mode=0o755)
    pdf = out_dir / "report.pdf"
    trace = tmp_path / "trace.txt"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    argv = [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path / "data")]
    argv += ["report", "--pdf", str(pdf), "--weeks", "4"]
    done = subprocess.run(
        [strace, "-f", "-qq", "-e", "trace=open,openat,creat", "-o", str(trace), *argv],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        preexec_fn=lambda: os.umask(0o022),
    )
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    created = [
        (m["path"], int(m["mode"], 8))
        for m in CREATE.finditer(trace.read_text())
        if "O_CREAT" in m["flags"] and m["path"].startswith(str(out_dir))
    ]
    assert created, "no file was seen being created in the output folder"
    assert all(mode & 0o077 == 0 for _, mode in created), created
