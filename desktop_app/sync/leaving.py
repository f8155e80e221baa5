"""What this computer left in the sync folder, and removing it when the user asks.

Used when sync is turned off (or moved to another folder) and after "Delete all my
data": the user is told what the folder still holds and may remove this computer's
files. Other computers' files are never touched: they belong to those computers.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from desktop_app.sync.folder import FolderStatus, SyncFolder, status_of


class LeaveReason(StrEnum):
    """Why the user is asked about this computer's files."""

    SYNC_OFF = "sync_off"
    DATA_DELETED = "data_deleted"


@dataclass(frozen=True, slots=True)
class FolderSummary:
    """What the folder holds.

    Attributes:
        status: OK, or why the folder could not be read.
        own_files: This computer's event files and note.
        own_bytes: Their size.
        other_computers: Other computers with event files there.
    """

    status: FolderStatus
    own_files: int = 0
    own_bytes: int = 0
    other_computers: int = 0


def summarize(folder: SyncFolder, own: UUID) -> FolderSummary:
    """Count this computer's files and the other computers in the folder (never raises)."""
    root = folder.root_status()
    if root is not FolderStatus.OK:
        return FolderSummary(root)
    files = size = 0
    others = 0
    try:
        for entry in os.scandir(folder.events) if folder.events.is_dir() else ():
            if not entry.is_dir(follow_symlinks=False):
                continue
            if entry.name != str(own):
                others += 1
                continue
            for item in os.scandir(entry.path):
                if item.is_file(follow_symlinks=False):
                    files += 1
                    size += item.stat(follow_symlinks=False).st_size
        note = folder.note_file(own)
        if note.is_file():
            files += 1
            size += note.stat().st_size
    except OSError as error:
        return FolderSummary(status_of(error))
    return FolderSummary(FolderStatus.OK, files, size, others)


def remove_own_files(folder: SyncFolder, own: UUID) -> FolderStatus:
    """Remove this computer's event folder and note from the sync folder."""
    try:
        events = folder.computer_events(own)
        if events.is_dir() and not events.is_symlink():
            shutil.rmtree(events)
        note = folder.note_file(own)
        if note.exists() or note.is_symlink():
            note.unlink()
    except OSError as error:
        return status_of(error)
    return FolderStatus.OK
