"""Leaving sync: what the folder holds, and removing only this computer's files."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop_app.core.sync_activity import ActiveNote
from desktop_app.sync.folder import FolderStatus, SyncFolder
from desktop_app.sync.leaving import remove_own_files, summarize
from desktop_app.sync.notes import write_note
from desktop_app.sync.writer import EventWriter
from tests.sync.conftest import DESK, LAPTOP, rating


def test_only_this_computers_files_are_counted_and_removed(folder: SyncFolder) -> None:
    EventWriter(folder, DESK).append([rating(1, DESK), rating(2, DESK)])
    EventWriter(folder, LAPTOP).append([rating(3, LAPTOP)])
    write_note(folder, ActiveNote(DESK, "Desk", datetime(2026, 11, 29, tzinfo=UTC)))
    summary = summarize(folder, DESK)
    assert (summary.status, summary.own_files, summary.other_computers) == (FolderStatus.OK, 2, 1)
    assert summary.own_bytes > 0
    assert remove_own_files(folder, DESK) is FolderStatus.OK
    assert not folder.computer_events(DESK).exists() and not folder.note_file(DESK).exists()
    assert list(folder.computer_events(LAPTOP).iterdir())  # the laptop's files stay
    assert summarize(folder, DESK).own_files == 0


def test_a_missing_folder_is_said_not_raised(folder: SyncFolder) -> None:
    gone = SyncFolder(folder.root / "unmounted")
    assert summarize(gone, DESK).status is FolderStatus.MISSING
    assert remove_own_files(gone, DESK) is FolderStatus.OK  # nothing there to remove
