"""Writing this computer's "active until" note and reading the others'."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from uuid import UUID

from desktop_app.core.sync_activity import ActiveNote, SeenNote, decode_note, encode_note
from desktop_app.core.sync_names import NOTE_EXTENSION, NOTE_FILE, classify
from desktop_app.platform.paths import write_private_file
from desktop_app.sync.folder import FolderStatus, SyncFolder, make_private_dirs, status_of

#: Notes are tiny; anything larger is not one.
MAX_NOTE_BYTES = 64 * 1024
#: A note that changed since a scan at most this long ago was seen "fresh".
FRESH_WINDOW = timedelta(minutes=10)


def write_note(folder: SyncFolder, note: ActiveNote) -> FolderStatus:
    """Replace this computer's note atomically (private temporary file, then rename)."""
    root = folder.root_status()
    if root is not FolderStatus.OK:
        return root
    try:
        make_private_dirs(folder, folder.notes)
        write_private_file(folder.note_file(note.computer_id), encode_note(note))
    except OSError as error:
        return status_of(error)
    return FolderStatus.OK


@dataclass(slots=True)
class NotesScan:
    """The other computers' notes, one per computer id (the newest when copies exist)."""

    status: FolderStatus = FolderStatus.OK
    notes: list[SeenNote] = field(default_factory=list)
    unreadable: int = 0


@dataclass(slots=True)
class NoteWatcher:
    """Reads the notes and remembers when (in this computer's clock) each version appeared."""

    folder: SyncFolder
    own: UUID
    _first_seen: dict[UUID, SeenNote] = field(default_factory=dict)
    _last_scan: datetime | None = None

    def scan(self, now: datetime) -> NotesScan:
        """Read all notes; ``now`` is this computer's clock (aware UTC). Never raises."""
        result = NotesScan()
        root = self.folder.root_status()
        if root is not FolderStatus.OK:
            result.status = root
            return result
        newest: dict[UUID, ActiveNote] = {}
        try:
            entries = list(os.scandir(self.folder.notes))
        except FileNotFoundError:
            entries = []
        except OSError as error:
            result.status = status_of(error)
            return result
        for entry in entries:
            if not classify(entry.name, NOTE_FILE, NOTE_EXTENSION).readable:
                continue
            note = _read_note(Path(entry.path))
            if note is None:
                result.unreadable += 1
            elif note.computer_id != self.own:
                known = newest.get(note.computer_id)
                if known is None or note.written_at > known.written_at:
                    newest[note.computer_id] = note
        since_last = None if self._last_scan is None else now - self._last_scan
        watching = since_last is not None and timedelta(0) <= since_last <= FRESH_WINDOW
        for computer_id, note in newest.items():
            before = self._first_seen.get(computer_id)
            if before is None or before.note.written_at != note.written_at:
                self._first_seen[computer_id] = SeenNote(note, now, fresh=watching)
            elif before.note != note:
                self._first_seen[computer_id] = SeenNote(note, before.seen_at, before.fresh)
        self._last_scan = now
        result.notes = [self._first_seen[c] for c in sorted(newest, key=str)]
        return result


def _read_note(path: Path) -> ActiveNote | None:
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_NOTE_BYTES:
            return None
        return decode_note(path.read_bytes())
    except OSError:
        return None
