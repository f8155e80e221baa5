"""Two data dirs sharing one folder: what one stores, the other's database gets, once."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop_app.core.clock import Stamp
from desktop_app.core.events import (
    PromptAnswer,
    PromptEvent,
    PromptKind,
    RatingEvent,
    RatingKind,
    SessionEvent,
    SessionKind,
    SessionOutcome,
    SetEvent,
    Side,
)
from desktop_app.platform.paths import DataPaths
from desktop_app.storage.event_store import EventStore
from desktop_app.sync.engine import SyncEngine
from desktop_app.sync.folder import FolderStatus

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def stamp(minutes: int) -> Stamp:
    return Stamp(NOW + timedelta(minutes=minutes), "Europe/Berlin")


def computer(tmp_path: Path, name: str) -> tuple[DataPaths, EventStore]:
    paths = DataPaths.create(tmp_path / name)
    return paths, EventStore(paths)


def a_break(store: EventStore, minutes: int) -> int:
    """A prompt answered "started", a completed microbreak with one set and a rating."""
    prompt = store.add_prompt(PromptEvent(stamp(minutes), PromptKind.MICROBREAK))
    store.answer_prompt(prompt, PromptAnswer.STARTED, stamp(minutes + 1))
    session = store.start_session(
        SessionEvent(stamp(minutes + 1), SessionKind.MICROBREAK, prompt_id=prompt)
    )
    store.add_set(SetEvent(session, "hip_flexor_stretch", Side.LEFT, stamp(minutes + 2), 25, 25))
    store.add_rating(RatingEvent(stamp(minutes + 2), RatingKind.AFTER, 3, session_id=session))
    store.end_session(session, SessionOutcome.COMPLETED, stamp(minutes + 3))
    return session


def week(store: EventStore) -> dict[str, object]:
    view = store.progress(date(2026, 11, 25), 1)
    w = view.weeks[-1]
    return {"prompted": w.prompted, "completed": w.completed}


def test_a_break_on_one_computer_shows_in_the_others_stats_once(tmp_path: Path) -> None:
    root = tmp_path / "Sync"
    root.mkdir()
    paths_a, store_a = computer(tmp_path, "a")
    paths_b, store_b = computer(tmp_path, "b")
    a_break(store_a, 0)
    engine_a = SyncEngine(paths_a, root, store_a.computer_id(), "Desk")
    engine_b = SyncEngine(paths_b, root, store_b.computer_id(), "Laptop")

    first = engine_a.run(store_a, NOW + timedelta(minutes=5), 0)
    assert first.export_status is FolderStatus.OK and first.exported == 5
    got = engine_b.run(store_b, NOW + timedelta(minutes=6), 0)
    assert got.imported == 4  # prompt, session, set, rating (the end updates the session)
    assert got.breaks_ended == [(NOW + timedelta(minutes=3))]
    assert week(store_b) == {"prompted": 1, "completed": 1}
    # Imported rows keep their computer: B's own export writes none of them.
    assert engine_b.run(store_b, NOW + timedelta(minutes=7), 0).exported == 0
    # Passes again, and a fresh engine (cursors from the data dir): nothing twice.
    assert engine_a.run(store_a, NOW + timedelta(minutes=8), 0).exported == 0
    again = SyncEngine(paths_b, root, store_b.computer_id(), "Laptop")
    assert again.run(store_b, NOW + timedelta(minutes=9), 0).imported == 0
    os.remove(paths_b.root / "sync_cursors.json")
    fresh = SyncEngine(paths_b, root, store_b.computer_id(), "Laptop")
    assert fresh.run(store_b, NOW + timedelta(minutes=9), 0).imported == 0
    assert week(store_b) == {"prompted": 1, "completed": 1}
    # And back: B's break reaches A, A's own events are not imported back.
    a_break(store_b, 30)
    engine_b.run(store_b, NOW + timedelta(minutes=40), 0)
    assert engine_a.run(store_a, NOW + timedelta(minutes=41), 0).imported == 4
    assert week(store_a) == {"prompted": 2, "completed": 2}


def test_a_missing_folder_is_retried_and_the_whole_history_goes_once(tmp_path: Path) -> None:
    root = tmp_path / "Sync"
    paths_a, store_a = computer(tmp_path, "a")
    a_break(store_a, 0)
    engine = SyncEngine(paths_a, root, store_a.computer_id(), "Desk")
    failed = engine.run(store_a, NOW + timedelta(minutes=5), 0)
    assert failed.export_status is FolderStatus.MISSING
    assert engine.exported_up_to is None
    assert not root.exists()  # the chosen folder is never created
    root.mkdir()
    later = SyncEngine(paths_a, root, store_a.computer_id(), "Desk")
    assert later.run(store_a, NOW + timedelta(minutes=6), 0).exported == 5
    assert later.exported_up_to == NOW + timedelta(minutes=6)


def test_the_marker_waits_while_writes_wait_for_the_database(tmp_path: Path) -> None:
    root = tmp_path / "Sync"
    root.mkdir()
    paths_a, store_a = computer(tmp_path, "a")
    a_break(store_a, 0)
    engine = SyncEngine(paths_a, root, store_a.computer_id(), "Desk")
    assert engine.run(store_a, NOW + timedelta(minutes=5), writes_waiting=2).exported == 5
    assert engine.exported_up_to is None
    # The records already in the file are not written again.
    assert engine.run(store_a, NOW + timedelta(minutes=6), writes_waiting=0).exported == 0
    assert engine.exported_up_to == NOW + timedelta(minutes=6)


def test_progress_shows_every_computer_or_one(tmp_path: Path) -> None:
    root = tmp_path / "Sync"
    root.mkdir()
    paths_a, store_a = computer(tmp_path, "a")
    paths_b, store_b = computer(tmp_path, "b")
    a_break(store_a, 0)
    a_break(store_b, 60)
    a_break(store_b, 120)
    SyncEngine(paths_a, root, store_a.computer_id(), "Desk").run(store_a, NOW, 0)
    SyncEngine(paths_b, root, store_b.computer_id(), "Laptop").run(store_b, NOW, 0)
    a_id, b_id = store_a.computer_id(), store_b.computer_id()
    day = date(2026, 11, 25)
    assert store_b.progress(day, 1).weeks[-1].completed == 3
    assert store_b.progress(day, 1, computer=a_id).weeks[-1].completed == 1
    assert store_b.progress(day, 1, computer=b_id).weeks[-1].completed == 2
    # Each break is a prompt, a session and a rating.
    assert store_b.computers() == [(b_id, 6), (a_id, 3)]


def test_a_session_closed_days_after_it_began_reaches_the_other_computer(
    tmp_path: Path,
) -> None:
    """A crash left a session open; the next start, three days later, closed it as
    interrupted. Its end is stored long after its start: it must still be shared."""
    root = tmp_path / "Sync"
    root.mkdir()
    paths_a, store_a = computer(tmp_path, "a")
    paths_b, store_b = computer(tmp_path, "b")
    engine_a = SyncEngine(paths_a, root, store_a.computer_id(), "Desk")
    engine_b = SyncEngine(paths_b, root, store_b.computer_id(), "Laptop")
    session = store_a.start_session(SessionEvent(stamp(0), SessionKind.MICROBREAK))
    engine_a.run(store_a, NOW + timedelta(minutes=5), 0)  # the start is shared
    later = 3 * 24 * 60
    engine_a.run(store_a, NOW + timedelta(minutes=later - 10), 0)  # the marker moves on
    store_a.end_session(session, SessionOutcome.INTERRUPTED, stamp(later))
    engine_a.run(store_a, NOW + timedelta(minutes=later + 1), 0)
    engine_b.run(store_b, NOW + timedelta(minutes=later + 2), 0)
    rows = store_b.sessions_since(NOW - timedelta(days=1))
    assert [r.outcome for r in rows] == [SessionOutcome.INTERRUPTED]
