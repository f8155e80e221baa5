"""What the user logs is kept while the database is busy, full or gone (issue 10 §2).

Real faults only: a second process holding ``BEGIN EXCLUSIVE``, a full tmpfs, a data
file deleted from under the running store.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from uuid import UUID

import pytest

from desktop_app.core.events import (
    PromptEvent,
    PromptKind,
    RatingEvent,
    RatingKind,
    SafetyEvent,
    SessionEvent,
    SessionKind,
    SessionOutcome,
    SetEvent,
    Side,
)
from desktop_app.platform.paths import DataPaths
from desktop_app.storage import database
from desktop_app.storage.app_state import SafetyState
from desktop_app.storage.event_store import EventStore
from desktop_app.storage.faults import StorageFault
from desktop_app.storage.journal import journal_path
from desktop_app.storage.write_queue import SaveState, SaveStatus, WriteQueue
from tests.helpers.clock import stamp
from tests.helpers.storage_faults import exclusive_lock, full_disk

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


class Statuses:
    """Collects status reports from the worker thread."""

    def __init__(self) -> None:
        self.seen: list[SaveStatus] = []
        self._cond = threading.Condition()

    def __call__(self, status: SaveStatus) -> None:
        with self._cond:
            self.seen.append(status)
            self._cond.notify_all()

    def wait_for(self, state: SaveState, timeout_s: float = 20.0) -> SaveStatus:
        with self._cond:
            ok = self._cond.wait_for(
                lambda: any(s.state is state for s in self.seen), timeout=timeout_s
            )
            assert ok, f"no {state} status; saw {self.seen}"
            return next(s for s in self.seen if s.state is state)

    def states(self) -> list[SaveState]:
        with self._cond:
            return [s.state for s in self.seen]


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)


@pytest.fixture
def statuses() -> Statuses:
    return Statuses()


@pytest.fixture
def queue(store: EventStore, statuses: Statuses) -> Iterator[WriteQueue]:
    q = WriteQueue(store, statuses, retry_delays_s=(0.05, 0.1))
    q.start()
    yield q
    q.close(timeout_s=0.5)


def _rows(paths: DataPaths, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"{paths.database.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _log_three_things(queue: WriteQueue) -> None:
    """A pain rating, a safety event and a set, as in the reported lock."""
    session = queue.start_session(SessionEvent(stamp(2026, 3, 2), SessionKind.USER))
    queue.add_rating(RatingEvent(stamp(2026, 3, 2), RatingKind.BEFORE, 6, session_id=session))
    queue.add_safety_event(SafetyEvent(stamp(2026, 3, 2, 9, 1), "numbness", session_id=session))
    queue.add_set(SetEvent(session, "chin_tuck", Side.BOTH, stamp(2026, 3, 2, 9, 2), done_s=30))
    queue.end_session(session, SessionOutcome.COMPLETED, stamp(2026, 3, 2, 9, 3))


def test_a_lock_from_another_process_delays_writes_and_loses_nothing(
    store: EventStore, queue: WriteQueue, statuses: Statuses, paths: DataPaths
) -> None:
    store.set_state("warm", "1")  # the file and its schema exist
    with exclusive_lock(paths.database):
        _log_three_things(queue)  # returns at once: nothing waits for the lock here
        delayed = statuses.wait_for(SaveState.DELAYED)
        assert delayed.fault is StorageFault.BUSY and delayed.journaled
        assert _rows(paths, "SELECT count(*) FROM rating") == [(0,)]
        assert journal_path(paths.database).stat().st_mode & 0o777 == 0o600
        assert queue.pending_count == 5
    assert queue.flush(20)
    statuses.wait_for(SaveState.SAVED)
    assert statuses.states() == [SaveState.DELAYED, SaveState.SAVED]  # told once, then saved
    assert _rows(paths, "SELECT value FROM rating") == [(6,)]
    assert _rows(paths, "SELECT code FROM safety_event") == [("numbness",)]
    assert _rows(paths, "SELECT done_s FROM exercise_set") == [(30,)]
    assert _rows(paths, "SELECT outcome FROM session") == [("completed",)]
    assert not journal_path(paths.database).exists()


def test_writes_kept_in_the_journal_survive_a_restart(paths: DataPaths) -> None:
    first = EventStore(paths)
    first.set_state("warm", "1")
    with exclusive_lock(paths.database):
        q = WriteQueue(first, retry_delays_s=(0.05,))
        q.start()
        _log_three_things(q)
        assert q.close(timeout_s=0.3) == 5  # the app quits while the file is locked
        first.close()
    assert journal_path(paths.database).exists()
    assert _rows(paths, "SELECT count(*) FROM rating") == [(0,)]

    second = EventStore(paths)
    statuses = Statuses()
    q2 = WriteQueue(second, statuses)
    # Logged at start-up, before the queue starts: numbered after last run's entries.
    q2.add_rating(RatingEvent(stamp(2026, 3, 4), RatingKind.DAY_AVERAGE, 2))
    assert q2.start() == 5
    assert q2.flush(20)
    q2.close()
    assert _rows(paths, "SELECT value FROM rating ORDER BY at_utc") == [(6,), (2,)]
    assert _rows(paths, "SELECT count(*) FROM exercise_set") == [(1,)]
    assert not journal_path(paths.database).exists()
    second.close()


def test_a_replayed_journal_does_not_duplicate_rows(paths: DataPaths) -> None:
    store = EventStore(paths)
    store.set_state("warm", "1")
    q = WriteQueue(store, retry_delays_s=(0.05,))
    q.start()
    journal = journal_path(paths.database)
    with exclusive_lock(paths.database):
        _log_three_things(q)
        copy = journal.read_bytes()  # what a crash right after the commit leaves behind
    assert q.flush(20)
    q.close()
    assert not journal.exists()
    journal.write_bytes(copy)
    replay = WriteQueue(store)
    assert replay.start() == 5
    assert replay.flush(20)
    replay.close()
    assert _rows(paths, "SELECT count(*) FROM rating") == [(1,)]
    assert _rows(paths, "SELECT count(*) FROM session") == [(1,)]
    assert _rows(paths, "SELECT count(*) FROM exercise_set") == [(1,)]
    assert _rows(paths, "SELECT count(*) FROM safety_event") == [(1,)]
    store.close()


def test_queued_state_and_ratings_are_read_back_while_locked(
    store: EventStore, queue: WriteQueue, paths: DataPaths
) -> None:
    store.set_state("safety.locked", "0")
    with exclusive_lock(paths.database):
        queue.set_state("safety.locked", "1")
        rating = RatingEvent(stamp(2026, 3, 2), RatingKind.DAY_AVERAGE, 8)
        queue.add_rating(rating)
        assert queue.state("safety.locked") == "1"
        assert [r.value for r in queue.ratings_since(EPOCH)] == [8]
    assert queue.flush(20)
    assert [r.value for r in queue.ratings_since(EPOCH)] == [8]  # once, not twice


def test_a_full_disk_before_the_database_exists_keeps_what_is_logged() -> None:
    with full_disk() as disk:
        paths = DataPaths.create(disk.root / "data")
        disk.fill()
        store = EventStore(paths)
        statuses = Statuses()
        q = WriteQueue(store, statuses, retry_delays_s=(0.05, 0.1))
        q.start()
        _log_three_things(q)
        delayed = statuses.wait_for(SaveState.DELAYED)
        assert delayed.fault is not None and delayed.fault.is_temporary
        assert not delayed.journaled  # the disk refused the journal too: kept in memory
        assert [r.value for r in q.ratings_since(EPOCH)] == [6]
        disk.free()
        assert q.flush(20)
        statuses.wait_for(SaveState.SAVED)
        q.close()
        store.close()
        assert _rows(paths, "SELECT value FROM rating") == [(6,)]
        assert _rows(paths, "SELECT count(*) FROM exercise_set") == [(1,)]


def test_a_database_deleted_while_running_is_written_back(
    store: EventStore, queue: WriteQueue, statuses: Statuses, paths: DataPaths
) -> None:
    queue.add_rating(RatingEvent(stamp(2026, 3, 2), RatingKind.DAY_AVERAGE, 4))
    assert queue.flush(20)
    paths.database.unlink()
    queue.add_rating(RatingEvent(stamp(2026, 3, 3), RatingKind.DAY_AVERAGE, 5))
    assert queue.flush(20)
    notice = statuses.wait_for(SaveState.NOTICE)
    assert "deleted" in notice.message and "nothing was lost" in notice.message
    assert _rows(paths, "SELECT value FROM rating ORDER BY at_utc") == [(4,), (5,)]
    queue.close()
    store.close()
    assert _rows(paths, "SELECT value FROM rating ORDER BY at_utc") == [(4,), (5,)]


def test_a_database_deleted_before_quitting_is_not_lost(
    store: EventStore, paths: DataPaths
) -> None:
    store.add_rating(RatingEvent(stamp(2026, 3, 2), RatingKind.DAY_AVERAGE, 4))
    paths.database.unlink()
    store.close()  # the app quits
    assert _rows(paths, "SELECT value FROM rating") == [(4,)]
    assert database.integrity_problem(paths.database) is None


def test_enqueueing_does_not_touch_the_database(
    store: EventStore, queue: WriteQueue, paths: DataPaths
) -> None:
    """The GUI thread only appends to the journal: a held lock cannot stall it.

    (Measured in bench/bench_write_latency.py; here: the call returns while the lock is
    still held and the row is not in the database yet, so it did not wait for it.)
    """
    store.set_state("warm", "1")
    with exclusive_lock(paths.database):
        row_id = queue.add_rating(RatingEvent(stamp(2026, 3, 2), RatingKind.DAY_AVERAGE, 3))
        assert row_id > 0
        assert _rows(paths, "SELECT count(*) FROM rating") == [(0,)]
        lines = journal_path(paths.database).read_text().splitlines()
        assert any('"add_rating"' in line for line in lines)


def test_a_torn_journal_line_is_skipped_and_the_rest_saved(paths: DataPaths) -> None:
    store = EventStore(paths)
    store.set_state("warm", "1")
    journal = journal_path(paths.database)
    with exclusive_lock(paths.database):
        q = WriteQueue(store, retry_delays_s=(0.05,))
        q.start()
        q.add_rating(RatingEvent(stamp(2026, 3, 2), RatingKind.DAY_AVERAGE, 3))
        q.add_rating(RatingEvent(stamp(2026, 3, 3), RatingKind.DAY_AVERAGE, 4))
        q.close(timeout_s=0.2)
    data = journal.read_bytes()
    journal.write_bytes(data[: len(data) - 20])  # a crash in the middle of the second line
    replay = WriteQueue(store)
    assert replay.start() == 1
    assert replay.flush(20)
    replay.close()
    assert _rows(paths, "SELECT value FROM rating") == [(3,)]
    store.close()


def _event_ids(paths: DataPaths) -> dict[str, list[str]]:
    tables = ("prompt", "session", "exercise_set", "rating", "safety_event")
    return {
        t: [str(r[0]) for r in _rows(paths, f"SELECT event_id FROM {t} ORDER BY id")]
        for t in tables
    }


def test_event_ids_are_unique_and_the_same_after_a_journal_replay(paths: DataPaths) -> None:
    store = EventStore(paths)
    store.set_state("warm", "1")
    q = WriteQueue(store, retry_delays_s=(0.05,))
    q.start()
    journal = journal_path(paths.database)
    with exclusive_lock(paths.database):
        _log_three_things(q)
        q.add_prompt(PromptEvent(stamp(2026, 3, 2, 8), PromptKind.MICROBREAK))
        copy = journal.read_bytes()  # what a crash right after the commit leaves behind
    assert q.flush(20)
    q.close()
    first = _event_ids(paths)
    flat = [i for ids in first.values() for i in ids]
    assert len(flat) == 5 and len(set(flat)) == 5
    assert all(UUID(i).version == 4 for i in flat)

    journal.write_bytes(copy)
    replay = WriteQueue(store)
    assert replay.start() == 6
    assert replay.flush(20)
    replay.close()
    assert _event_ids(paths) == first
    (computer,) = {r[0] for r in _rows(paths, "SELECT computer_id FROM rating")}
    assert UUID(str(computer)) == store.computer_id()
    store.close()


def test_a_journal_from_before_event_ids_gets_them_once(paths: DataPaths) -> None:
    """Lines written by a version without event ids: ids drawn at load, then kept."""
    store = EventStore(paths)
    store.set_state("warm", "1")
    journal = journal_path(paths.database)
    with exclusive_lock(paths.database):
        q = WriteQueue(store, retry_delays_s=(0.05,))
        q.start()
        q.add_rating(RatingEvent(stamp(2026, 3, 2), RatingKind.DAY_AVERAGE, 3))
        q.close(timeout_s=0.2)
        old = [json.loads(line) for line in journal.read_text().splitlines()]
        for line in old:
            line["data"].pop("event_id")
            line["data"].pop("computer_id")
        journal.write_text("".join(json.dumps(line) + "\n" for line in old))
        # A start that cannot save yet (the app quits while the file is still locked).
        q2 = WriteQueue(store, retry_delays_s=(0.05,))
        assert q2.start() == 1
        q2.close(timeout_s=0.2)
    given = json.loads(journal.read_text().splitlines()[0])["data"]["event_id"]
    q3 = WriteQueue(store)
    assert q3.start() == 1
    assert q3.flush(20)
    q3.close()
    assert _rows(paths, "SELECT event_id FROM rating") == [(given,)]
    store.close()


def test_the_safety_state_queued_while_locked_is_read_back(
    store: EventStore, queue: WriteQueue, paths: DataPaths
) -> None:
    store.set_safety_state(SafetyState(stopped_regions=frozenset({"neck"})))
    with exclusive_lock(paths.database):
        queue.set_safety_state(replace(queue.safety_state(), locked=True))
        assert queue.safety_state() == SafetyState(True, frozenset({"neck"}))
    assert queue.flush(20)
    assert store.safety_state() == SafetyState(True, frozenset({"neck"}))
