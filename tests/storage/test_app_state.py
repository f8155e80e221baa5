"""The safety state is read and written as one typed value (issue 11 §3)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from desktop_app.platform.paths import DataPaths
from desktop_app.storage.app_state import SafetyState
from desktop_app.storage.event_store import EventStore
from tests.storage.conftest import old_database


def test_nothing_stored_reads_as_the_defaults(store: EventStore, paths: DataPaths) -> None:
    assert store.safety_state() == SafetyState()
    assert not paths.database.exists()  # reading did not create the file


def test_the_safety_state_round_trips_in_one_transaction(
    store: EventStore, paths: DataPaths
) -> None:
    state = SafetyState(
        locked=True,
        stopped_regions=frozenset({"neck", "low_back"}),
        rising_notified_week="2026-W10",
        last_screening=datetime(2026, 3, 2, 8, 30, tzinfo=UTC),
    )
    store.set_safety_state(state)
    assert store.safety_state() == state
    assert EventStore(paths).safety_state() == state  # from the file, not a cache
    store.set_safety_state(SafetyState())
    assert store.safety_state() == SafetyState()


def test_state_written_by_an_earlier_version_is_read_typed(paths: DataPaths) -> None:
    old_database(paths)  # it stored safety.locked = '1' as a string
    conn = sqlite3.connect(paths.database)
    conn.executemany(
        "INSERT INTO app_state VALUES (?, ?)",
        [
            ("safety.stopped_regions", "neck,hips"),
            ("safety.last_screening", "not a time"),
            ("safety.rising_notified_week", "2026-W09"),
        ],
    )
    conn.commit()
    conn.close()
    store = EventStore(paths)
    assert store.safety_state() == SafetyState(
        locked=True,
        stopped_regions=frozenset({"neck", "hips"}),
        rising_notified_week="2026-W09",
        last_screening=None,  # unreadable: as if never answered (asked again)
    )
    store.close()
