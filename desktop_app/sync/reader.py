"""Reading the other computers' event files incrementally.

Each poll looks at every readable file below ``events/`` (see
:mod:`desktop_app.core.sync_names`). A file whose size and modification time are as the
cursor left them is not opened at all; a grown file is read from its cursor on, after a
check that the bytes already read are still there (else it is read from the start).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO
from uuid import UUID

from desktop_app.core.sync_format import FORMAT_VERSION, SyncRecord
from desktop_app.core.sync_merge import (
    FileCursor,
    advance,
    fingerprint,
    fingerprint_ranges,
    read_chunk,
)
from desktop_app.core.sync_names import EVENT_EXTENSION, EVENT_FILE, FileRole, classify
from desktop_app.platform.paths import write_private_file
from desktop_app.sync.folder import FolderStatus, SyncFolder, status_of

CURSORS_VERSION = 1
#: Cursor files larger than this are not trusted (and the folder is read again).
MAX_CURSORS_BYTES = 16 * 1024 * 1024
#: At most this much of one file is read per poll (a month file is some 100 KiB); the
#: rest is read by the next polls.
MAX_CHUNK_BYTES = 16 * 1024 * 1024


@dataclass(slots=True)
class ImportReport:
    """What one poll of the folder found.

    Attributes:
        status: OK, or why the folder could not be read (nothing else then).
        records: Records read, in file order; not yet merged (see ``merge_new``).
        files_read: Files opened because they were new or had changed.
        files_unchanged: Files skipped without opening them.
        restarted: Files read again from the start (replaced by a conflict resolution).
        conflict_copies: Conflict copies among the files read.
        invalid_lines: Broken lines skipped for good.
        newer_lines: Lines from a newer app, skipped (the user is told once).
        newest_version: The highest format version seen on such a line.
        own_conflict_copies: Conflict copies in this computer's own folder: another
            computer may be using this computer's id (a cloned installation).
        errors: Files that could not be read, with the reason.
    """

    status: FolderStatus = FolderStatus.OK
    records: list[SyncRecord] = field(default_factory=list)
    files_read: int = 0
    files_unchanged: int = 0
    restarted: int = 0
    conflict_copies: int = 0
    invalid_lines: int = 0
    newer_lines: int = 0
    newest_version: int = 0
    own_conflict_copies: int = 0
    errors: list[str] = field(default_factory=list)


class EventImporter:
    """Polls the folder for events of other computers; remembers where it stopped.

    Files of this computer's own name in its own folder are not read (its database has
    them); their conflict copies and renamed copies are.
    """

    def __init__(
        self,
        folder: SyncFolder,
        own: UUID,
        cursors: Mapping[str, FileCursor] | None = None,
    ) -> None:
        self._folder = folder
        self._own = str(own)
        self.cursors: dict[str, FileCursor] = dict(cursors or {})

    def poll(self) -> ImportReport:
        """Read what is new in the folder; never raises for folder or file problems."""
        report = ImportReport()
        root = self._folder.root_status()
        if root is not FolderStatus.OK:
            report.status = root
            return report
        try:
            computers = sorted(os.scandir(self._folder.events), key=lambda e: e.name)
        except FileNotFoundError:
            return report  # nobody wrote yet
        except OSError as error:
            status = status_of(error)
            # Not being allowed to list the folder is not "read-only" to a reader.
            report.status = FolderStatus.UNAVAILABLE if status is FolderStatus.READ_ONLY else status
            return report
        present: set[str] = set()
        for computer in computers:
            if computer.is_dir(follow_symlinks=False):
                self._poll_computer(Path(computer.path), report, present)
        for gone in set(self.cursors) - present:
            del self.cursors[gone]
        return report

    def _poll_computer(self, directory: Path, report: ImportReport, present: set[str]) -> None:
        own = directory.name == self._own
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as error:
            report.errors.append(f"{directory.name}: {error.strerror}")
            # Keep its cursors: the files are most likely still there.
            present.update(k for k in self.cursors if k.startswith(f"{directory.name}/"))
            return
        for entry in entries:
            role = classify(entry.name, EVENT_FILE, EVENT_EXTENSION)
            if not role.readable or (own and role.role is FileRole.OURS):
                continue
            if role.role is FileRole.CONFLICT_COPY:
                report.conflict_copies += 1
                report.own_conflict_copies += int(own)
            key = f"{directory.name}/{entry.name}"
            present.add(key)
            try:
                self._poll_file(Path(entry.path), key, report)
            except OSError as error:
                report.errors.append(f"{key}: {error.strerror or error}")

    def _poll_file(self, path: Path, key: str, report: ImportReport) -> None:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode):
            return
        cursor = self.cursors.get(key)
        if cursor is not None and cursor.unchanged(info.st_size, info.st_mtime_ns):
            report.files_unchanged += 1
            return
        report.files_read += 1
        with open(path, "rb") as stream:
            if cursor is None:
                cursor = FileCursor()
            elif cursor.offset > 0 or cursor.skipped_newer:
                now = _prefix_fingerprint(stream, cursor.offset, info.st_size)
                if cursor.must_restart(info.st_size, now):
                    cursor = FileCursor()
                    report.restarted += 1
            stream.seek(cursor.offset)
            chunk = stream.read(MAX_CHUNK_BYTES)
            read = read_chunk(chunk)
            if read.consumed == 0 and len(chunk) == MAX_CHUNK_BYTES:
                # Nothing taken from a full chunk: a line far longer than any record.
                # Skip it up to its end if the chunk holds it, else the whole chunk (the
                # rest of it then ends as one more broken line before the next good one).
                skip = chunk.rfind(b"\n") + 1 or len(chunk)
                read = replace(read, consumed=skip, invalid=read.invalid + 1)
            new_offset = cursor.offset + read.consumed
            prefix = _prefix_fingerprint(stream, new_offset, new_offset) or ""
        size = cursor.offset + len(chunk)
        self.cursors[key] = advance(cursor, read, prefix, size, info.st_mtime_ns)
        report.records.extend(read.records)
        report.invalid_lines += read.invalid
        report.newer_lines += read.newer
        report.newest_version = max(report.newest_version, read.newest_version)


def _prefix_fingerprint(stream: BinaryIO, offset: int, size: int) -> str | None:
    if size < offset:
        return None
    (head_start, head_end), (tail_start, tail_end) = fingerprint_ranges(offset)
    stream.seek(head_start)
    head = stream.read(head_end - head_start)
    stream.seek(tail_start)
    tail = stream.read(tail_end - tail_start)
    if len(head) != head_end - head_start or len(tail) != tail_end - tail_start:
        return None
    return fingerprint(head, tail)


def save_cursors(path: Path, folder: SyncFolder, cursors: Mapping[str, FileCursor]) -> bool:
    """Save the cursors (in the app's own data folder, not the sync folder); False on error."""
    document = {
        "v": CURSORS_VERSION,
        "folder": str(folder.root),
        "reader_version": FORMAT_VERSION,
        "files": {key: cursor.to_json() for key, cursor in sorted(cursors.items())},
    }
    try:
        write_private_file(path, json.dumps(document, separators=(",", ":")).encode())
    except OSError:
        return False
    return True


def load_cursors(path: Path, folder: SyncFolder) -> dict[str, FileCursor]:
    """Load cursors saved for ``folder``.

    Empty (read everything again) when absent, broken, or saved for another folder.
    """
    document: object = None
    with contextlib.suppress(OSError, ValueError, UnicodeDecodeError):
        if path.stat().st_size <= MAX_CURSORS_BYTES:
            document = json.loads(path.read_bytes().decode("utf-8"))
    if not isinstance(document, dict) or document.get("v") != CURSORS_VERSION:
        return {}
    files = document.get("files")
    if document.get("folder") != str(folder.root) or not isinstance(files, dict):
        return {}
    cursors: dict[str, FileCursor] = {}
    for key, data in files.items():
        cursor = FileCursor.from_json(data) if isinstance(data, dict) else None
        if isinstance(key, str) and cursor is not None:
            cursors[key] = cursor
    return cursors
