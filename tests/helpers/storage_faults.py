"""Real storage faults for tests: a lock held by another process, a full filesystem,
a read-only filesystem, a file another user cannot open.

Nothing here mocks SQLite: each helper makes the operating system or a second SQLite
process produce the fault.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

_HOLDER = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
if sys.argv[2] == "readers":
    # Exclusive locking mode: the lock is kept and readers are shut out as well.
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
if sys.argv[2] == "readers":
    conn.execute("CREATE TABLE IF NOT EXISTS holder_probe (x)")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
conn.close()
"""


@contextlib.contextmanager
def exclusive_lock(database: Path, *, shut_out_readers: bool = False) -> Iterator[None]:
    """Hold ``BEGIN EXCLUSIVE`` on ``database`` from a second process until the block ends.

    With ``shut_out_readers`` the holder also uses ``locking_mode=EXCLUSIVE`` so that
    even readers get "database is locked" (what another tool holding the file does).
    """
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(database), "readers" if shut_out_readers else ""],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)


def _can_mount() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None


class FullDisk:
    """A directory whose writes the system refuses after :meth:`fill`, until :meth:`free`.

    As root (CI): a small tmpfs, filled with a file until ``ENOSPC``. Otherwise: the
    process's file-size limit (``RLIMIT_FSIZE``) is lowered to one byte, so every write
    past the first byte of any file fails with ``EFBIG`` (``SIGXFSZ`` ignored), which
    SQLite and the journal meet exactly as they meet a full disk.
    """

    def __init__(self, root: Path, mounted: bool) -> None:
        self.root = root
        self._mounted = mounted
        self._filler: Path | None = None
        self._saved: tuple[object, tuple[int, int]] | None = None

    def fill(self) -> None:
        if self._mounted:
            self._filler = fill(self.root)
            return
        import resource
        import signal

        old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
        self._saved = (old_handler, old_limit)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1, old_limit[1]))

    def free(self) -> None:
        if self._filler is not None:
            self._filler.unlink()
            self._filler = None
        if self._saved is not None:
            import resource
            import signal

            handler, limit = self._saved
            resource.setrlimit(resource.RLIMIT_FSIZE, limit)
            signal.signal(signal.SIGXFSZ, handler)  # type: ignore[arg-type]
            self._saved = None


@contextlib.contextmanager
def full_disk(size_kib: int = 256) -> Iterator[FullDisk]:
    """Yield a :class:`FullDisk` (not yet full: call ``fill()`` when the test is ready)."""
    if _can_mount():
        with small_filesystem(size_kib) as mount:
            disk = FullDisk(mount, mounted=True)
            try:
                yield disk
            finally:
                disk.free()
        return
    root = Path(tempfile.mkdtemp(prefix="cb-full-"))
    disk = FullDisk(root, mounted=False)
    try:
        yield disk
    finally:
        disk.free()
        shutil.rmtree(root, ignore_errors=True)


@contextlib.contextmanager
def small_filesystem(size_kib: int = 256) -> Iterator[Path]:
    """Mount a small tmpfs (needs root, as in CI) and yield its root; unmount after."""
    if not _can_mount():
        pytest.skip("a real small filesystem needs root to mount a tmpfs")
    mount_point = Path(tempfile.mkdtemp(prefix="cb-fs-"))
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(mount_point)],
        check=True,
    )
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
        mount_point.rmdir()


def fill(directory: Path) -> Path:
    """Fill the filesystem of ``directory`` until it refuses; return the filler file."""
    filler = directory / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    return filler


def remount_read_only(mount_point: Path) -> None:
    """Make a mounted tmpfs read-only (even root cannot write to it then)."""
    subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)


def run_as_nobody(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run a Python snippet as the unprivileged user ``nobody`` (started as root)."""
    if os.geteuid() != 0:
        pytest.skip("running a child as another user needs root")
    # The checkout (and the interpreter) may sit in a folder only root can enter, such
    # as a fresh `mktemp -d` clone: as tests/helpers/other_user.py does, the child starts
    # as root, imports what the script needs, and only then drops to nobody for good.
    wrapper = "\n".join(
        [
            "import os, pkgutil, importlib, sqlite3, sys",
            "import sqlalchemy.dialects.sqlite.pysqlite, sqlmodel",
            "import desktop_app.core, desktop_app.storage, desktop_app.platform",
            "for pkg in (desktop_app.core, desktop_app.storage):",
            "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):",
            "        importlib.import_module(info.name)",
            "import desktop_app.platform.paths",
            "import pwd, grp",
            "os.setgroups([])",
            "os.setgid(grp.getgrnam('nogroup').gr_gid)",
            "os.setuid(pwd.getpwnam('nobody').pw_uid)",
            "assert os.geteuid() != 0",
            "sys.argv = ['-c', *sys.argv[2:]]",
            "exec(compile(os.environ.pop('CB_SCRIPT'), '<string>', 'exec'))",
        ]
    )
    return subprocess.run(
        [sys.executable, "-c", wrapper, "--", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO), "HOME": "/tmp", "CB_SCRIPT": script},
    )


def shared_dir() -> Path:
    """A fresh directory every user can enter (tmp_path's parents are root-only)."""
    path = Path(tempfile.mkdtemp(prefix="cb-shared-"))
    path.chmod(0o755)
    return path
