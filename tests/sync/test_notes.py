"""The "active until" notes on disk: private, one per computer, read with this clock."""

from __future__ import annotations

import stat
from datetime import timedelta
from pathlib import Path
from uuid import UUID

from desktop_app.core.sync_activity import ActiveNote, ActivityTracker, Span, active_elsewhere
from desktop_app.sync.folder import FolderStatus, SyncFolder
from desktop_app.sync.notes import NoteWatcher, write_note
from tests.sync.conftest import DESK, LAPTOP, START

ME = UUID("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa")


def _note(computer: UUID, written_min: int, name: str = "pc") -> ActiveNote:
    at = START + timedelta(minutes=written_min)
    return ActiveNote(computer, name, at, (Span(at - timedelta(minutes=5), at),))


def test_the_note_is_private_and_replaced_in_place(folder: SyncFolder) -> None:
    assert write_note(folder, _note(DESK, 1)) is FolderStatus.OK
    assert write_note(folder, _note(DESK, 2)) is FolderStatus.OK
    path = folder.note_file(DESK)
    assert [p.name for p in folder.notes.iterdir()] == [path.name]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.notes.stat().st_mode) == 0o700


def test_a_missing_folder_is_reported_and_not_created(tmp_path: Path) -> None:
    folder = SyncFolder(tmp_path / "unmounted")
    assert write_note(folder, _note(DESK, 1)) is FolderStatus.MISSING
    assert not folder.root.exists()
    assert NoteWatcher(folder, ME).scan(START).status is FolderStatus.MISSING


def test_the_watcher_returns_other_computers_newest_note(folder: SyncFolder) -> None:
    write_note(folder, _note(DESK, 10, name="Laptop"))
    write_note(folder, _note(LAPTOP, 12, name="Laptop"))  # same name, other computer
    write_note(folder, _note(ME, 11))
    # An older conflict copy of the desk's note loses to the newer original.
    copy = folder.notes / f"{DESK}.sync-conflict-20261129-090500-ABCDEF7.json"
    copy.write_bytes(folder.note_file(DESK).read_bytes().replace(b"09:10", b"09:06"))
    (folder.notes / "junk.json").write_text("{")
    scan = NoteWatcher(folder, ME).scan(START + timedelta(minutes=13))
    assert scan.status is FolderStatus.OK
    assert [(s.note.computer_id, s.note.written_at) for s in scan.notes] == [
        (DESK, START + timedelta(minutes=10)),
        (LAPTOP, START + timedelta(minutes=12)),
    ]
    assert scan.unreadable == 1
    assert not any(s.fresh for s in scan.notes)  # first look: nothing seen changing


def test_a_note_seen_changing_is_fresh_and_keeps_its_first_sighting(folder: SyncFolder) -> None:
    watcher = NoteWatcher(folder, ME)
    watcher.scan(START)
    write_note(folder, _note(DESK, 1))
    first = watcher.scan(START + timedelta(minutes=1))
    assert first.notes[0].fresh and first.notes[0].seen_at == START + timedelta(minutes=1)
    later = watcher.scan(START + timedelta(minutes=2))
    assert later.notes[0].seen_at == START + timedelta(minutes=1)


def test_time_on_a_computer_with_a_clock_hours_behind_is_not_a_break_here(
    folder: SyncFolder,
) -> None:
    # This computer is idle from 9:00; the user works on the desk, whose clock is 3 h behind.
    watcher = NoteWatcher(folder, ME)
    watcher.scan(START)
    desk = ActivityTracker(DESK, "desk")
    desk_clock = START - timedelta(hours=3)
    for minute in range(0, 6):
        desk.record(desk_clock + timedelta(minutes=minute))
    desk_now = desk_clock + timedelta(minutes=5)
    assert desk.due(desk_now)
    assert write_note(folder, desk.note(desk_now)) is FolderStatus.OK
    desk.written(desk_now)
    scan = watcher.scan(START + timedelta(minutes=6))
    # Seen at 9:06 here, written at "6:05": the desk was active 9:01-9:06 in this clock.
    assert active_elsewhere(
        scan.notes, ME, START + timedelta(minutes=2), START + timedelta(minutes=3)
    )
    assert not active_elsewhere(
        scan.notes, ME, START + timedelta(minutes=7), START + timedelta(minutes=9)
    )
