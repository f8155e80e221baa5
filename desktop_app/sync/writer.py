"""Appending this computer's events to its own files in the sync folder."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from desktop_app.core.sync_format import SyncRecord, encode_record, month_of
from desktop_app.sync.folder import (
    PRIVATE_FILE_MODE,
    FolderStatus,
    SyncFolder,
    make_private_dirs,
    status_of,
)

_APPEND_FLAGS = (
    os.O_RDWR
    | os.O_APPEND
    | os.O_CREAT
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What an append did.

    Attributes:
        status: OK when every record was written and flushed to disk.
        written: Records written (in files that were flushed).
        refused: Records not written because another computer wrote them.
        message: The OS error, for the log, when status is not OK.
    """

    status: FolderStatus
    written: int = 0
    refused: int = 0
    message: str = ""


class EventWriter:
    """Appends records of one computer to ``events/<computer id>/<YYYY-MM>.jsonl``.

    Files are only ever appended to (``O_APPEND``), flushed with ``fsync`` before a write
    counts, and created with mode 0600. Writing a record twice is harmless (readers keep
    one copy per event id), so after a failed write the caller simply writes again.
    """

    def __init__(self, folder: SyncFolder, computer_id: UUID) -> None:
        self._folder = folder
        self._computer_id = computer_id

    def append(self, records: Iterable[SyncRecord]) -> WriteResult:
        """Append ``records`` to their month files; never raises for folder problems."""
        by_month: dict[str, list[bytes]] = defaultdict(list)
        refused = 0
        for record in records:
            if record.computer_id != self._computer_id:
                refused += 1
                continue
            by_month[month_of(record)].append(encode_record(record))
        if not by_month:
            return WriteResult(FolderStatus.OK, refused=refused)
        root = self._folder.root_status()
        if root is not FolderStatus.OK:
            return WriteResult(root, refused=refused, message=str(self._folder.root))
        written = 0
        directory = self._folder.computer_events(self._computer_id)
        try:
            make_private_dirs(self._folder, directory)
            for month in sorted(by_month):
                lines = by_month[month]
                _append_lines(self._folder.event_file(self._computer_id, month), lines)
                written += len(lines)
        except OSError as error:
            return WriteResult(status_of(error), written, refused, str(error))
        return WriteResult(FolderStatus.OK, written, refused)


def _append_lines(path: Path, lines: list[bytes]) -> None:
    created = not path.exists()
    fd = os.open(path, _APPEND_FLAGS, PRIVATE_FILE_MODE)
    try:
        if created and hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE_MODE)  # the umask may have removed bits
        data = b"".join(lines)
        size = os.fstat(fd).st_size
        # A crash mid-write may have left a torn last line: end it, so that it stays one
        # broken line (skipped by readers) instead of spoiling the first new one.
        if size > 0:
            os.lseek(fd, size - 1, os.SEEK_SET)
            if os.read(fd, 1) != b"\n":
                data = b"\n" + data
        view = memoryview(data)  # O_APPEND: every write goes to the end, whatever the seek
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)
    if created:
        _sync_directory(path.parent)


def _sync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
