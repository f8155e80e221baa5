"""``counterbalance report --pdf FILE`` in its own process (it makes its own offscreen app)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from desktop_app.commands.demo_data import generate
from desktop_app.core.clock import Stamp
from desktop_app.platform.clock import SystemClock
from desktop_app.platform.paths import DataPaths

REPO = Path(__file__).resolve().parents[2]
SCRIPT = (
    "import argparse, sys\n"
    "from pathlib import Path\n"
    "from desktop_app.commands import report\n"
    "from desktop_app.platform.paths import DataPaths\n"
    "sys.exit(report.run(argparse.Namespace(pdf=sys.argv[2], weeks=8),"
    " DataPaths.create(Path(sys.argv[1]))))\n"
)


def _run(root: Path, pdf: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, str(root), str(pdf)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_report_pdf_from_seeded_data(tmp_path: Path) -> None:
    paths = DataPaths.create(tmp_path / "data")
    stamp = Stamp.now(SystemClock())
    generate(paths, 0.2, 3, stamp.local_date, stamp.tz)
    pdf = tmp_path / "out" / "report.pdf"
    result = _run(paths.root, pdf)
    assert result.returncode == 0, result.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1
    if os.name == "posix":
        assert pdf.stat().st_mode & 0o077 == 0  # health data: owner only


def test_report_without_data_still_works(tmp_path: Path) -> None:
    pdf = tmp_path / "empty.pdf"
    result = _run(tmp_path / "new", pdf)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "new" / "counterbalance.sqlite3").exists()


def test_report_counts_read_as_english(tmp_path: Path) -> None:
    """One week is "1 week", in the command's words and in the PDF's (its own app)."""
    script = (
        "import argparse, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from desktop_app.commands import report\n"
        "from desktop_app.platform.paths import DataPaths\n"
        "code = report.run(argparse.Namespace(pdf=sys.argv[2], weeks=1),"
        " DataPaths.create(Path(sys.argv[1])))\n"
        "print(QCoreApplication.translate('ReportPdf', '%n week(s), latest %1', '', 1))\n"
        "sys.exit(code)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data"), str(tmp_path / "r.pdf")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Wrote the report for 1 week to ")
    assert lines[1] == "1 week, latest %1"
