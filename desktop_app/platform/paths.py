"""Where Counterbalance keeps its files, readable by the user only (health data)."""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from desktop_app import APP_ID, APP_NAME


def default_data_dir() -> Path:
    """Return the per-user data dir (platformdirs), e.g. ``~/.local/share/counterbalance``."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID if os.name == "posix" else APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` if needed and make it accessible to its owner only (0700)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode != 0o700:
            path.chmod(0o700)
    return path


PRIVATE_FILE_MODE = 0o600


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (QSaveFile: temp file + rename), mode 0600.

    Raises:
        OSError: With Qt's reason, when the file cannot be written; the old file stays.
    """
    from PySide6.QtCore import QIODevice, QSaveFile

    path.parent.mkdir(parents=True, exist_ok=True)
    out = QSaveFile(str(path))
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(f"{path}: {out.errorString()}")
    if os.name == "posix":
        # The temporary file gets the mode before any byte is written to it.
        os.fchmod(out.handle(), PRIVATE_FILE_MODE)
    if out.write(data) != len(data):
        reason = out.errorString()
        out.cancelWriting()
        out.commit()  # discards the temporary file
        raise OSError(f"{path}: {reason}")
    if not out.commit():
        raise OSError(f"{path}: {out.errorString()}")


def make_private(path: Path) -> None:
    """Make an existing file readable and writable by its owner only (0600)."""
    if os.name == "posix" and path.exists():
        path.chmod(0o600)


@dataclass(frozen=True, slots=True)
class DataPaths:
    """Every file the app writes lives below ``root``."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "counterbalance.sqlite3"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def exercises(self) -> Path:
        """User-added exercise files (same TOML format as resources/exercises)."""
        return self.root / "exercises"

    @property
    def lock_file(self) -> Path:
        return self.root / "instance.lock"

    @property
    def log_file(self) -> Path:
        return self.root / "counterbalance.log"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @classmethod
    def create(cls, root: Path | None) -> DataPaths:
        """Resolve ``root`` (or the default), create it privately and return the paths."""
        base = (root or default_data_dir()).expanduser().resolve()
        try:
            ensure_private_dir(base)
        except OSError as exc:
            # A read-only data dir can still be read (stats, export, the history).
            if exc.errno != errno.EROFS or not base.is_dir():
                raise
        return cls(base)


def resources_dir() -> Path:
    """Return the ``resources/`` folder, from a checkout or from a PyInstaller bundle."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
