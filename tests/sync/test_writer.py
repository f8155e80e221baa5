"""Appending this computer's events: private files, append-only, typed failures."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.core.sync_format import encode_record
from desktop_app.sync import writer as writer_module
from desktop_app.sync.folder import FolderStatus, SyncFolder
from desktop_app.sync.writer import EventWriter
from tests.sync.conftest import DESK, LAPTOP, rating


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o000, 0o277])
def odd_umask(request: pytest.FixtureRequest) -> Iterator[None]:
    """No umask at all, and one that would leave our own files unwritable to us."""
    old = os.umask(request.param)
    yield
    os.umask(old)


def test_events_go_to_this_computers_month_files_in_order(folder: SyncFolder) -> None:
    november, december = rating(1, DESK), rating(2, DESK, datetime(2026, 12, 3, tzinfo=UTC))
    result = EventWriter(folder, DESK).append([november, december, rating(3, DESK)])
    assert result == writer_module.WriteResult(FolderStatus.OK, written=3)
    directory = folder.root / "Counterbalance" / "events" / str(DESK)
    assert sorted(p.name for p in directory.iterdir()) == ["2026-11.jsonl", "2026-12.jsonl"]
    nov = (directory / "2026-11.jsonl").read_bytes()
    assert nov == encode_record(november) + encode_record(rating(3, DESK))
    assert (directory / "2026-12.jsonl").read_bytes() == encode_record(december)


def test_later_writes_append_and_never_rewrite(folder: SyncFolder) -> None:
    writer = EventWriter(folder, DESK)
    writer.append([rating(1, DESK)])
    path = folder.event_file(DESK, "2026-11")
    inode = path.stat().st_ino
    writer.append([rating(2, DESK)])
    assert path.read_bytes() == encode_record(rating(1, DESK)) + encode_record(rating(2, DESK))
    assert path.stat().st_ino == inode


def test_files_and_folders_are_private_whatever_the_umask(
    folder: SyncFolder, odd_umask: None
) -> None:
    root_mode = _mode(folder.root)
    EventWriter(folder, DESK).append([rating(1, DESK)])
    assert _mode(folder.event_file(DESK, "2026-11")) == 0o600
    for directory in (folder.base, folder.events, folder.computer_events(DESK)):
        assert _mode(directory) == 0o700
    assert _mode(folder.root) == root_mode  # the user's folder itself is left alone


def test_a_torn_last_line_is_closed_before_new_lines(folder: SyncFolder) -> None:
    writer = EventWriter(folder, DESK)
    writer.append([rating(1, DESK)])
    path = folder.event_file(DESK, "2026-11")
    with open(path, "ab") as torn:
        torn.write(b'{"v":1,"id":"tor')  # a crash in the middle of a write
    writer.append([rating(2, DESK)])
    lines = path.read_bytes().split(b"\n")
    assert lines[1] == b'{"v":1,"id":"tor'
    assert lines[2] + b"\n" == encode_record(rating(2, DESK))


def test_records_of_another_computer_are_refused(folder: SyncFolder) -> None:
    result = EventWriter(folder, DESK).append([rating(1, LAPTOP), rating(2, DESK)])
    assert (result.status, result.written, result.refused) == (FolderStatus.OK, 1, 1)
    assert not folder.computer_events(LAPTOP).exists()


def test_a_missing_folder_is_reported_and_never_created(tmp_path: Path) -> None:
    folder = SyncFolder(tmp_path / "unmounted")
    result = EventWriter(folder, DESK).append([rating(1, DESK)])
    assert (result.status, result.written) == (FolderStatus.MISSING, 0)
    assert not folder.root.exists()


def test_a_folder_that_is_a_file_is_unavailable(tmp_path: Path) -> None:
    (tmp_path / "Sync").write_text("not a folder")
    result = EventWriter(SyncFolder(tmp_path / "Sync"), DESK).append([rating(1, DESK)])
    assert result.status is FolderStatus.UNAVAILABLE


def test_a_read_only_folder_is_reported(
    folder: SyncFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The tests run as root, which may write anywhere: the OS answer is simulated.
    def refuse(*args: object, **kwargs: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(writer_module.os, "open", refuse)
    result = EventWriter(folder, DESK).append([rating(1, DESK)])
    assert result.status is FolderStatus.READ_ONLY
    assert "Read-only" in result.message


def test_nothing_to_write_touches_nothing(tmp_path: Path) -> None:
    folder = SyncFolder(tmp_path / "gone")
    assert EventWriter(folder, DESK).append([]).status is FolderStatus.OK
    assert not folder.root.exists()
