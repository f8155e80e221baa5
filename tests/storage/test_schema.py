"""The migrations build the declared tables; an old database upgrades in place (issue 11 §3)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from uuid import UUID

from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlmodel import SQLModel

import desktop_app.storage.tables  # noqa: F401  (the declared tables)
from desktop_app.core.events import PromptEvent, PromptKind
from desktop_app.platform.paths import DataPaths
from desktop_app.storage import database
from desktop_app.storage.event_store import EventStore
from desktop_app.storage.schema import COMPUTER_ID_KEY, SCHEMA_VERSION, user_version
from tests.helpers.clock import stamp
from tests.helpers.storage_faults import remount_read_only, small_filesystem
from tests.storage.conftest import old_database

EVENT_TABLES = ("prompt", "session", "exercise_set", "rating", "safety_event")


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, bool]]:
    return [(r[1], r[2], bool(r[5])) for r in conn.execute(f"PRAGMA table_info({table})")]


def test_the_migrations_build_the_declared_tables(paths: DataPaths) -> None:
    database.open_database(paths).close()
    conn = sqlite3.connect(paths.database)
    affinity = {"INTEGER": "INTEGER", "VARCHAR": "TEXT"}  # SQLModel's str is VARCHAR
    try:
        declared = SQLModel.metadata.tables
        stored = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert set(EVENT_TABLES) | {"app_state"} <= stored
        for name in (*EVENT_TABLES, "app_state"):
            want = [
                (c.name, affinity[c.type.compile(dialect=sqlite_dialect())], bool(c.primary_key))
                for c in declared[name].columns
            ]
            assert _columns(conn, name) == want, name
    finally:
        conn.close()


def test_an_old_database_upgrades_in_place_after_a_backup(paths: DataPaths) -> None:
    old_database(paths)
    store = EventStore(paths)
    since = datetime(2026, 1, 1, tzinfo=UTC)
    prompts = store.prompts_since(since)  # the first use migrates
    sessions = store.sessions_since(since)
    sets = store.sets_since(since)
    ratings = store.ratings_since(since)
    safety = store.safety_events_since(since)
    computer = store.computer_id()
    new_id = store.add_prompt(PromptEvent(stamp(2026, 3, 3), PromptKind.DAILY))
    (new,) = [p for p in store.prompts_since(since) if p.id == new_id]
    assert store.safety_state().locked  # app state came along
    store.close()

    # The backup was taken first, and is the old file as it was.
    (backup,) = database.list_backups(paths)
    assert "pre-migration" in backup.name
    old = sqlite3.connect(backup)
    assert user_version(old) == 2
    assert old.execute("SELECT COUNT(*) FROM exercise_set").fetchone()[0] == 2
    assert "event_id" not in [c[0] for c in _columns(old, "prompt")]
    old.close()

    # Every old row is kept, with a fresh uuid4 and this computer's id.
    old_events = [*prompts, *sessions, *sets, *ratings, *safety]
    assert [len(x) for x in (prompts, sessions, sets, ratings, safety)] == [2, 1, 2, 1, 1]
    ids = [e.event_id for e in old_events]
    assert all(isinstance(i, UUID) and i.version == 4 for i in ids)
    assert len(set(ids)) == len(ids)
    assert {e.computer_id for e in old_events} == {computer} == {new.computer_id}
    assert new.event_id not in ids
    conn = sqlite3.connect(paths.database)
    assert user_version(conn) == SCHEMA_VERSION
    kept = conn.execute("SELECT value FROM app_state WHERE key = ?", (COMPUTER_ID_KEY,))
    assert UUID(kept.fetchone()[0]) == computer
    for table in EVENT_TABLES:  # also the columns no reader looks at
        nulls = conn.execute(
            f"SELECT COUNT(*) FROM {table} WHERE event_id IS NULL OR computer_id IS NULL"
        )
        assert nulls.fetchone()[0] == 0
    conn.close()


def test_each_data_dir_is_its_own_computer(paths: DataPaths) -> None:
    first = EventStore(paths)
    other = EventStore(DataPaths.create(paths.root.parent / "other"))
    try:
        assert first.computer_id() != other.computer_id()
        assert first.computer_id().version == 4
        assert EventStore(paths).computer_id() == first.computer_id()  # made once
        first.delete_all()  # the id names the computer, not anything the user logged
        assert EventStore(paths).computer_id() == first.computer_id()
    finally:
        first.close()
        other.close()


def test_an_old_database_in_a_read_only_folder_is_read_whole() -> None:
    with small_filesystem(1024) as mount:
        paths = DataPaths.create(mount / "data")
        old_database(paths)
        before = paths.database.read_bytes()
        remount_read_only(mount)
        store = EventStore(DataPaths.create(paths.root))
        since = datetime(2026, 1, 1, tzinfo=UTC)
        first = store.sets_since(since)
        assert [s.done_s for s in first] == [25, 20]
        assert all(s.event_id is not None for s in first)
        assert store.sets_since(since) == first  # one copy: the same ids while open
        assert store.progress(date(2026, 3, 2), 1).weeks[-1].completed == 1
        assert store.read_only
        store.close()
        assert paths.database.read_bytes() == before
