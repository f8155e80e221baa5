"""Sync in the running app: a break stored on one computer reaches the other's database."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.core.clock import Stamp
from desktop_app.core.events import SafetyEvent, SessionEvent, SessionKind, SessionOutcome
from desktop_app.core.settings import Settings
from desktop_app.platform.paths import DataPaths
from desktop_app.storage.event_store import EventStore
from desktop_app.storage.write_queue import WriteQueue
from desktop_app.sync_flow import SyncFlow
from tests.helpers.clock import FakeClock

START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


class Computer:
    def __init__(self, tmp_path: Path, name: str, settings: Settings) -> None:
        self.clock = FakeClock(START, "Europe/Berlin")
        self.store = EventStore(DataPaths.create(tmp_path / name))
        self.writes = WriteQueue(self.store)
        self.writes.start()
        self.settings = settings
        self.flow = SyncFlow(self.store.paths, self.writes, self.clock, lambda: self.settings)

    def close(self) -> None:
        self.flow.shutdown()
        self.writes.close()
        self.store.close()


@pytest.fixture
def two(tmp_path: Path, qtbot) -> Iterator[tuple[Computer, Computer, Path]]:
    root = tmp_path / "Sync"
    root.mkdir()
    on = replace(Settings(), sync_enabled=True, sync_folder=str(root))
    a = Computer(tmp_path, "a", replace(on, computer_name="Desk"))
    b = Computer(tmp_path, "b", replace(on, computer_name="Laptop"))
    yield a, b, root
    a.close()
    b.close()


def test_a_break_on_a_reaches_b_and_restarts_bs_count(two, qtbot) -> None:
    a, b, root = two
    # B's own folder watch may import before the explicit pass below: watch from the start.
    imported: list[int] = []
    elsewhere: list[bool] = []
    b.flow.imported.connect(imported.append)
    b.flow.break_elsewhere.connect(lambda: elsewhere.append(True))
    a.flow.apply_settings(a.settings)
    b.flow.apply_settings(b.settings)
    b.clock.advance(180)  # B's now lies after the break's end, however B learns of it
    a.clock.advance(60)
    started = Stamp(a.clock.utc_now(), "Europe/Berlin")
    session = a.writes.start_session(SessionEvent(started, SessionKind.MICROBREAK))
    a.clock.advance(60)
    a.writes.end_session(session, SessionOutcome.COMPLETED, Stamp(a.clock.utc_now(), "UTC"))
    # Stored on A's write worker, then appended by A's sync worker (nudged by the queue).
    own = a.store.computer_id()
    qtbot.waitUntil(lambda: any((root / "Counterbalance" / "events" / str(own)).glob("*.jsonl")))
    files = list((root / "Counterbalance" / "events" / str(own)).glob("*.jsonl"))
    qtbot.waitUntil(lambda: b"session_ended" in files[0].read_bytes(), timeout=10000)
    b.flow.run_pass()
    qtbot.waitUntil(lambda: sum(imported) >= 1 and bool(elsewhere), timeout=10000)
    assert sum(imported) == 1  # one session row, imported once
    rows = b.store.sessions_since(START)
    assert [(s.outcome, s.computer_id) for s in rows] == [(SessionOutcome.COMPLETED, own)]
    assert elsewhere == [True]


def test_a_missing_folder_is_told_once_and_when_it_is_back(two, qtbot, tmp_path: Path) -> None:
    a, _b, root = two
    root.rename(tmp_path / "Elsewhere")
    with qtbot.waitSignal(a.flow.notice, timeout=10000) as told:
        a.flow.apply_settings(a.settings)
    assert "missing" in told.args[1]
    notices: list[str] = []
    a.flow.notice.connect(lambda _title, text: notices.append(text))
    qtbot.waitUntil(lambda: not a.flow.busy)
    a.flow.run_pass()  # still missing: not told again
    qtbot.waitUntil(lambda: not a.flow.busy)
    assert notices == []
    (tmp_path / "Elsewhere").rename(root)
    with qtbot.waitSignal(a.flow.notice, timeout=10000) as back:
        a.flow.run_pass()
    assert "again" in back.args[1]


def test_work_on_another_computer_shortens_the_idle_reading(two, qtbot) -> None:
    a, b, _root = two
    a.flow.apply_settings(a.settings)
    b.flow.apply_settings(b.settings)
    qtbot.waitUntil(lambda: not a.flow.busy and not b.flow.busy)
    a.flow.attach_idle(lambda: 2.0)  # typing on A
    a.flow.note_activity()  # the 30 s timer's slot, run at once
    qtbot.waitUntil(lambda: not a.flow.busy)
    assert b.flow.idle_for_policy(20 * 60.0) == 20 * 60.0  # B has not read the note yet
    b.clock.advance(30)
    b.flow.note_activity()
    qtbot.waitUntil(lambda: not b.flow.busy)
    # 20 minutes without input on B, but A was typed on 32 s ago (B's clock).
    assert b.flow.idle_for_policy(20 * 60.0) == pytest.approx(32.0)
    assert b.flow.idle_for_policy(None) is None


def test_a_red_flag_reported_on_a_locks_the_programme_on_b(two, qtbot) -> None:
    from desktop_app.core.red_flags import RED_FLAGS
    from desktop_app.core.safety import evaluate

    a, b, _root = two
    locking = next(f.id for f in RED_FLAGS if evaluate([f.id]).lock_programme)
    a.flow.apply_settings(a.settings)
    b.flow.apply_settings(b.settings)
    qtbot.waitUntil(lambda: not a.flow.busy and not b.flow.busy)
    a.writes.add_safety_event(
        SafetyEvent(Stamp(a.clock.utc_now(), "UTC"), "emergency", "checklist", locking)
    )
    assert a.writes.flush(10)
    qtbot.waitUntil(lambda: not a.flow.busy)
    a.flow.run_pass()
    qtbot.waitUntil(lambda: not a.flow.busy)
    assert not b.writes.safety_state().locked
    with qtbot.waitSignal(b.flow.imported, timeout=10000):
        b.flow.run_pass()
    assert b.writes.flush(10)
    state = b.writes.safety_state()
    assert state.locked and state.last_screening == a.clock.utc_now()


def test_turning_sync_off_offers_to_remove_this_computers_files(two, qtbot) -> None:
    a, b, root = two
    a.flow.apply_settings(a.settings)
    b.flow.apply_settings(b.settings)
    a.writes.start_session(SessionEvent(Stamp(a.clock.utc_now(), "UTC"), SessionKind.USER))
    b.writes.start_session(SessionEvent(Stamp(b.clock.utc_now(), "UTC"), SessionKind.USER))
    events = root / "Counterbalance" / "events"
    own_a, own_b = a.store.computer_id(), b.store.computer_id()
    qtbot.waitUntil(lambda: any((events / str(own_a)).glob("*.jsonl")), timeout=10000)
    qtbot.waitUntil(lambda: any((events / str(own_b)).glob("*.jsonl")), timeout=10000)
    asked: list[tuple[str, str, int, int]] = []

    def ask(reason, folder, summary) -> bool:
        asked.append((reason, folder, summary.own_files, summary.other_computers))
        return True

    a.flow.leaving.ask_remove = ask
    with qtbot.waitSignal(a.flow.notice, timeout=10000) as told:
        a.flow.apply_settings(replace(a.settings, sync_enabled=False))
    assert asked == [("sync_off", str(root), 1, 1)]
    assert "removed" in told.args[1]
    assert not (events / str(own_a)).exists()
    assert any((events / str(own_b)).glob("*.jsonl"))  # B's files are B's
    # Turned on again: the whole history is written again.
    a.flow.apply_settings(a.settings)
    qtbot.waitUntil(lambda: any((events / str(own_a)).glob("*.jsonl")), timeout=10000)


def test_keeping_the_files_removes_nothing(two, qtbot) -> None:
    a, _b, root = two
    a.flow.apply_settings(a.settings)
    a.writes.start_session(SessionEvent(Stamp(a.clock.utc_now(), "UTC"), SessionKind.USER))
    own_a = a.store.computer_id()
    events = root / "Counterbalance" / "events" / str(own_a)
    qtbot.waitUntil(lambda: any(events.glob("*.jsonl")), timeout=10000)
    asked: list[str] = []

    def keep(reason, _folder, _summary) -> bool:
        asked.append(reason)
        return False

    a.flow.leaving.ask_remove = keep
    a.flow.after_delete_all()
    qtbot.waitUntil(lambda: asked == ["data_deleted"], timeout=10000)
    qtbot.waitUntil(lambda: not a.flow.busy)
    assert any(events.glob("*.jsonl"))


def test_newer_lines_and_a_cloned_id_are_told_once(two, qtbot) -> None:
    _a, b, root = two
    other = root / "Counterbalance" / "events" / "dddddddd-dddd-4ddd-8ddd-dddddddddddd"
    other.mkdir(parents=True)
    (other / "2026-11.jsonl").write_text('{"v":99,"kind":"teleport"}\n{"v":99}\n')
    own = root / "Counterbalance" / "events" / str(b.store.computer_id())
    own.mkdir(parents=True)
    (own / "2026-11.sync-conflict-20261125-100000-ABCDEF7.jsonl").write_text("")
    told: list[str] = []
    b.flow.notice.connect(lambda _title, text: told.append(text))
    b.flow.apply_settings(b.settings)
    qtbot.waitUntil(lambda: len(told) == 2, timeout=10000)
    assert "newer Counterbalance" in told[0] and "copied installation" in told[1]
    (other / "2026-12.jsonl").write_text('{"v":99}\n')
    b.flow.run_pass()
    qtbot.waitUntil(lambda: not b.flow.busy)
    b.flow.run_pass()
    qtbot.waitUntil(lambda: not b.flow.busy)
    assert len(told) == 2


def test_a_folder_holding_the_data_dir_is_refused(two, qtbot, tmp_path: Path) -> None:
    a, _b, _root = two
    told: list[str] = []
    a.flow.notice.connect(lambda _title, text: told.append(text))
    a.flow.apply_settings(replace(a.settings, sync_folder=str(tmp_path)))  # holds "a"
    assert not a.flow.enabled
    assert told and "must not be synced" in told[0]
    assert not (tmp_path / "Counterbalance").exists()


def test_the_activity_tick_does_not_say_a_missing_folder_is_back(two, qtbot, tmp_path) -> None:
    a, _b, root = two
    root.rename(tmp_path / "Elsewhere")
    told: list[str] = []
    a.flow.notice.connect(lambda _title, text: told.append(text))
    a.flow.apply_settings(a.settings)
    qtbot.waitUntil(lambda: len(told) == 1 and not a.flow.busy, timeout=10000)
    a.flow.note_activity()  # notes only: it does not look at the events
    qtbot.waitUntil(lambda: not a.flow.busy)
    assert len(told) == 1 and "missing" in told[0]
