"""Importing other computers' events: incremental, idempotent, robust to sync tools."""

from __future__ import annotations

import json
import os
import shutil
import stat
from datetime import timedelta
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.sync_format import SyncRecord, encode_record
from desktop_app.core.sync_merge import FileCursor, merge_new
from desktop_app.sync import reader as reader_module
from desktop_app.sync.folder import FolderStatus, SyncFolder
from desktop_app.sync.reader import EventImporter, load_cursors, save_cursors
from desktop_app.sync.writer import EventWriter
from tests.sync.conftest import DESK, LAPTOP, START, ids, rating

ME = UUID("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa")


def _write(folder: SyncFolder, computer: UUID, records: list[SyncRecord]) -> Path:
    assert EventWriter(folder, computer).append(records).status is FolderStatus.OK
    return folder.event_file(computer, "2026-11")


def _import_all(importer: EventImporter, seen: set[UUID]) -> list[int]:
    report = importer.poll()
    assert report.status is FolderStatus.OK, report
    return sorted(ids(merge_new(report.records, seen).new))


def test_the_first_poll_reads_everything_and_the_next_only_what_is_new(
    folder: SyncFolder,
) -> None:
    _write(folder, DESK, [rating(1, DESK), rating(2, DESK)])
    _write(folder, LAPTOP, [rating(3, LAPTOP)])
    _write(folder, ME, [rating(4, ME)])  # this computer's own file is not read
    importer, seen = EventImporter(folder, ME), set[UUID]()
    assert _import_all(importer, seen) == [1, 2, 3]
    again = importer.poll()
    assert (again.records, again.files_read, again.files_unchanged) == ([], 0, 2)
    _write(folder, DESK, [rating(5, DESK)])
    assert _import_all(importer, seen) == [5]


def test_a_half_written_last_line_is_read_once_it_is_complete(folder: SyncFolder) -> None:
    path = _write(folder, DESK, [rating(1, DESK)])
    whole = encode_record(rating(2, DESK))
    with open(path, "ab") as out:
        out.write(whole[:30])
    importer, seen = EventImporter(folder, ME), set[UUID]()
    assert _import_all(importer, seen) == [1]
    with open(path, "ab") as out:
        out.write(whole[30:])
    assert _import_all(importer, seen) == [2]


def test_an_invalid_last_line_is_retried_and_skipped_once_lines_follow_it(
    folder: SyncFolder,
) -> None:
    path = _write(folder, DESK, [rating(1, DESK)])
    with open(path, "ab") as out:
        out.write(b'{"v":1,"id":"trunc\n')
    importer, seen = EventImporter(folder, ME), set[UUID]()
    first = importer.poll()
    assert (ids(first.records), first.invalid_lines) == ([1], 0)
    _write(folder, DESK, [rating(2, DESK)])
    second = importer.poll()
    assert (ids(second.records), second.invalid_lines) == ([2], 1)
    assert _import_all(importer, seen) == []


def test_conflict_copies_of_every_known_tool_are_merged_without_duplicates(
    folder: SyncFolder,
) -> None:
    path = _write(folder, DESK, [rating(1, DESK), rating(2, DESK)])
    directory = path.parent
    copies = {
        "2026-11.sync-conflict-20261129-101500-ABCDEF7.jsonl": [1, 3],
        "2026-11 (Anna's conflicted copy 2026-11-29).jsonl": [1, 2, 4],
        "2026-11 (conflicted copy 2026-11-29 101500).jsonl": [5],
        "2026-11_conflict-20261129-101500.jsonl": [2, 6],
    }
    for name, numbers in copies.items():
        (directory / name).write_bytes(b"".join(encode_record(rating(n, DESK)) for n in numbers))
    importer, seen = EventImporter(folder, ME), set[UUID]()
    report = importer.poll()
    assert report.conflict_copies == 4 and report.own_conflict_copies == 0
    assert sorted(ids(merge_new(report.records, seen).new)) == [1, 2, 3, 4, 5, 6]


def test_duplicated_and_renamed_files_add_nothing_twice(folder: SyncFolder) -> None:
    path = _write(folder, DESK, [rating(1, DESK), rating(2, DESK)])
    shutil.copy(path, path.with_name("2026-11 (1).jsonl"))
    importer, seen = EventImporter(folder, ME), set[UUID]()
    assert _import_all(importer, seen) == [1, 2]
    path.rename(path.with_name("november.jsonl"))
    assert _import_all(importer, seen) == []
    assert set(importer.cursors) == {f"{DESK}/2026-11 (1).jsonl", f"{DESK}/november.jsonl"}


def test_temporary_files_of_sync_tools_are_not_read(folder: SyncFolder) -> None:
    path = _write(folder, DESK, [rating(1, DESK)])
    path.with_name(".syncthing.2026-11.jsonl.tmp").write_bytes(encode_record(rating(2, DESK)))
    path.with_name("~syncthing~2026-11.jsonl.tmp").write_bytes(encode_record(rating(3, DESK)))
    assert _import_all(EventImporter(folder, ME), set()) == [1]


def test_a_file_replaced_by_a_conflict_resolution_is_read_again_from_the_start(
    folder: SyncFolder,
) -> None:
    path = _write(folder, DESK, [rating(1, DESK), rating(2, DESK)])
    importer, seen = EventImporter(folder, ME), set[UUID]()
    assert _import_all(importer, seen) == [1, 2]
    # The other version wins: it lacks event 2 but holds 3 and 4, and is longer.
    other = b"".join(encode_record(rating(n, DESK)) for n in (1, 3, 4))
    path.write_bytes(other)
    report = importer.poll()
    assert report.restarted == 1
    assert sorted(ids(merge_new(report.records, seen).new)) == [3, 4]


def test_a_replaced_file_of_the_same_size_is_caught_by_its_prefix(folder: SyncFolder) -> None:
    path = _write(folder, DESK, [rating(1, DESK)])
    importer, seen = EventImporter(folder, ME), set[UUID]()
    _import_all(importer, seen)
    replaced = encode_record(rating(7, DESK))  # same length: one digit differs
    assert len(replaced) == path.stat().st_size
    path.write_bytes(replaced)
    assert _import_all(importer, seen) == [7]


def test_lines_from_a_newer_app_are_skipped_and_counted(folder: SyncFolder) -> None:
    path = _write(folder, DESK, [rating(1, DESK)])
    with open(path, "ab") as out:
        out.write(b'{"v":2,"id":"x","kind":"pain_rating"}\n')
        out.write(b'{"v":1,"kind":"breathing","id":"y"}\n')
    _write(folder, DESK, [rating(2, DESK)])
    importer = EventImporter(folder, ME)
    report = importer.poll()
    assert ids(report.records) == [1, 2]
    assert (report.newer_lines, report.newest_version, report.invalid_lines) == (2, 2, 0)
    cursor = importer.cursors[f"{DESK}/2026-11.jsonl"]
    assert cursor.skipped_newer and cursor.offset == path.stat().st_size
    # An upgraded reader (cursor left by an older one) reads the file again.
    older = FileCursor(cursor.offset, cursor.prefix, 0, 0, reader_version=0, skipped_newer=True)
    upgraded = EventImporter(folder, ME, {f"{DESK}/2026-11.jsonl": older}).poll()
    assert upgraded.restarted == 1 and ids(upgraded.records) == [1, 2]


def test_a_computer_whose_clock_is_hours_behind_is_still_imported(folder: SyncFolder) -> None:
    importer, seen = EventImporter(folder, ME), set[UUID]()
    _write(folder, DESK, [rating(1, DESK, START + timedelta(hours=5))])
    assert _import_all(importer, seen) == [1]
    # The laptop's clock is 6 hours behind: its events look older than what was imported.
    _write(folder, LAPTOP, [rating(2, LAPTOP, START - timedelta(hours=1))])
    assert _import_all(importer, seen) == [2]


def test_a_folder_that_disappears_is_reported_and_reading_resumes_when_it_is_back(
    folder: SyncFolder, tmp_path: Path
) -> None:
    _write(folder, DESK, [rating(1, DESK)])
    importer, seen = EventImporter(folder, ME), set[UUID]()
    assert _import_all(importer, seen) == [1]
    folder.root.rename(tmp_path / "away")
    report = importer.poll()
    assert (report.status, report.records) == (FolderStatus.MISSING, [])
    assert importer.cursors  # kept for when it comes back
    (tmp_path / "away").rename(folder.root)
    _write(folder, DESK, [rating(2, DESK)])
    assert _import_all(importer, seen) == [2]


def test_a_read_only_folder_is_still_read(folder: SyncFolder) -> None:
    _write(folder, DESK, [rating(1, DESK)])
    for directory, _dirs, files in os.walk(folder.root):
        os.chmod(directory, 0o555)
        for name in files:
            os.chmod(Path(directory) / name, 0o444)
    try:
        assert _import_all(EventImporter(folder, ME), set()) == [1]
    finally:
        for directory, _dirs, _files in os.walk(folder.root):
            os.chmod(directory, 0o755)


def test_two_computers_with_the_same_name_are_both_imported(folder: SyncFolder) -> None:
    # Names are not in the event files at all: only ids identify computers.
    _write(folder, DESK, [rating(1, DESK)])
    _write(folder, LAPTOP, [rating(2, LAPTOP)])
    records = EventImporter(folder, ME).poll().records
    assert {(r.computer_id, r.event_id.int & 0xFF) for r in records} == {(DESK, 1), (LAPTOP, 2)}


def test_conflict_copies_in_this_computers_own_folder_are_read_and_flagged(
    folder: SyncFolder,
) -> None:
    path = _write(folder, ME, [rating(1, ME)])
    clone = UUID("dddddddd-dddd-4ddd-8ddd-dddddddddddd")
    path.with_name("2026-11.sync-conflict-20261129-101500-ABCDEF7.jsonl").write_bytes(
        encode_record(rating(1, ME)) + encode_record(rating(2, clone))
    )
    report = EventImporter(folder, ME).poll()
    assert report.own_conflict_copies == 1
    # Event 1 is in this computer's database already; the clone's event 2 is new.
    assert ids(merge_new(report.records, {rating(1, ME).event_id}).new) == [2]


def test_cursors_survive_a_restart_privately(folder: SyncFolder, tmp_path: Path) -> None:
    _write(folder, DESK, [rating(1, DESK)])
    importer = EventImporter(folder, ME)
    importer.poll()
    saved = tmp_path / "data" / "sync-cursors.json"
    assert save_cursors(saved, folder, importer.cursors)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    restored = EventImporter(folder, ME, load_cursors(saved, folder))
    assert restored.poll().files_unchanged == 1
    # Cursors of another folder, or a broken file, mean reading everything again.
    assert load_cursors(saved, SyncFolder(tmp_path / "elsewhere")) == {}
    saved.write_text(json.dumps({"v": 1, "folder": str(folder.root), "files": {"x": 1}}))
    assert load_cursors(saved, folder) == {}
    saved.write_bytes(b"\x00")
    assert load_cursors(saved, folder) == {}
    assert load_cursors(tmp_path / "none.json", folder) == {}


def test_an_empty_folder_and_stray_files_are_fine(folder: SyncFolder) -> None:
    assert EventImporter(folder, ME).poll().status is FolderStatus.OK
    folder.events.mkdir(parents=True)
    (folder.events / "README.txt").write_text("hello")
    (folder.events / str(DESK)).mkdir()
    (folder.events / str(DESK) / "2026-11.jsonl").mkdir()  # not a regular file
    report = EventImporter(folder, ME).poll()
    assert (report.status, report.records, report.errors) == (FolderStatus.OK, [], [])


def test_a_huge_file_is_read_in_bounded_pieces_and_garbage_skipped(
    folder: SyncFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(folder, DESK, [rating(1, DESK)])
    line = encode_record(rating(2, DESK))
    monkeypatch.setattr(reader_module, "MAX_CHUNK_BYTES", len(line) + 10)
    with open(path, "ab") as out:
        out.write(b"x" * (3 * len(line)) + b"\n" + line)  # one absurdly long line first
    importer, seen = EventImporter(folder, ME), set[UUID]()
    found: list[int] = []
    for _ in range(6):
        found += _import_all(importer, seen)
    assert found == [1, 2]
    assert importer.cursors[f"{DESK}/2026-11.jsonl"].offset == path.stat().st_size


def test_an_unreadable_computer_folder_is_reported_and_its_cursors_kept(
    folder: SyncFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(folder, DESK, [rating(1, DESK)])
    _write(folder, LAPTOP, [rating(2, LAPTOP)])
    importer, seen = EventImporter(folder, ME), set[UUID]()
    assert _import_all(importer, seen) == [1, 2]
    real_scandir = os.scandir

    def scandir(path: Path) -> object:
        if Path(path).name == str(DESK):  # as root, chmod cannot refuse: simulate it
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(reader_module.os, "scandir", scandir)
    report = importer.poll()
    assert report.status is FolderStatus.OK
    assert report.errors == [f"{DESK}: Permission denied"]
    monkeypatch.undo()
    _write(folder, DESK, [rating(3, DESK)])
    after = importer.poll()
    assert (ids(after.records), after.restarted) == ([3], 0)
