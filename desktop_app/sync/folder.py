"""Where things live in the sync folder, and what state the folder is in.

Layout, below the folder the user chose (``root``)::

    Counterbalance/
        events/<computer id>/<YYYY-MM>.jsonl   one computer's events of one UTC month
        active/<computer id>.json              that computer's "active until" note

The app never creates ``root`` itself: a folder that disappeared is most often an
unmounted drive or a stopped sync tool, and writing to the empty mount point would split
the history. Everything below it is created private (folders 0700, files 0600).
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from uuid import UUID

from desktop_app.core.sync_names import event_file_name

APP_DIR = "Counterbalance"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


class FolderStatus(StrEnum):
    """Whether the sync folder could be used."""

    OK = "ok"
    #: The folder is gone (unmounted drive, sync tool stopped, renamed).
    MISSING = "missing"
    #: The folder or a file in it cannot be written.
    READ_ONLY = "read_only"
    #: Anything else: not a folder, full disk, I/O error.
    UNAVAILABLE = "unavailable"


def status_of(error: OSError) -> FolderStatus:
    """Map an OS error to a folder status."""
    if error.errno == errno.ENOENT:
        return FolderStatus.MISSING
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return FolderStatus.READ_ONLY
    return FolderStatus.UNAVAILABLE


@dataclass(frozen=True, slots=True)
class SyncFolder:
    """The paths of the sync folder chosen by the user."""

    root: Path

    @property
    def base(self) -> Path:
        return self.root / APP_DIR

    @property
    def events(self) -> Path:
        return self.base / "events"

    @property
    def notes(self) -> Path:
        return self.base / "active"

    def computer_events(self, computer_id: UUID) -> Path:
        """The folder only ``computer_id`` writes its events to."""
        return self.events / str(computer_id)

    def event_file(self, computer_id: UUID, month: str) -> Path:
        """The file of ``computer_id``'s events of ``month`` (``YYYY-MM``)."""
        return self.computer_events(computer_id) / event_file_name(month)

    def note_file(self, computer_id: UUID) -> Path:
        """The "active until" note of ``computer_id``."""
        return self.notes / f"{computer_id}.json"

    def root_status(self) -> FolderStatus:
        """Return MISSING when the chosen folder is gone, UNAVAILABLE when not a folder."""
        try:
            info = self.root.stat()
        except FileNotFoundError:
            return FolderStatus.MISSING
        except OSError as error:
            return status_of(error)
        return FolderStatus.OK if stat.S_ISDIR(info.st_mode) else FolderStatus.UNAVAILABLE


def make_private_dirs(folder: SyncFolder, path: Path) -> None:
    """Create ``path`` and its parents up to (not including) ``folder.root``, mode 0700.

    Raises:
        FileNotFoundError: ``folder.root`` does not exist (it is never created here).
        OSError: A folder cannot be created.
    """
    if not folder.root.is_dir():
        raise FileNotFoundError(errno.ENOENT, "sync folder missing", str(folder.root))
    relative = path.relative_to(folder.root)
    current = folder.root
    for part in relative.parts:
        current = current / part
        try:
            os.mkdir(current, PRIVATE_DIR_MODE)
        except FileExistsError:
            continue
        # mkdir's mode is filtered by the umask; make it exactly 0700.
        os.chmod(current, PRIVATE_DIR_MODE)


def overlaps(folder: Path, data_dir: Path) -> bool:
    """True when the sync folder holds ``data_dir``, or lies inside it (never sync a database)."""
    a, b = Path(os.path.abspath(folder)), Path(os.path.abspath(data_dir))
    return a == b or a in b.parents or b in a.parents
