"""The database schema as hand-written migration steps, versioned by ``PRAGMA user_version``.

Each step moves the schema from version ``n - 1`` to ``n``; steps are never edited once
released, only appended. Migrations run with the standard-library ``sqlite3`` module so
that opening a database does not need SQLAlchemy.

The steps are history; the *current* columns are declared once, in
:mod:`desktop_app.storage.tables`, and a test checks that these steps build exactly
those tables (tests/storage/test_schema.py).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable

_V1 = """
CREATE TABLE prompt (
    id INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    tz TEXT NOT NULL,
    local_date TEXT NOT NULL,
    kind TEXT NOT NULL,
    answer TEXT,
    answered_utc TEXT,
    answered_tz TEXT
);
CREATE TABLE session (
    id INTEGER PRIMARY KEY,
    started_utc TEXT NOT NULL,
    tz TEXT NOT NULL,
    local_date TEXT NOT NULL,
    kind TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT 'planned',
    ended_utc TEXT,
    ended_tz TEXT,
    prompt_id INTEGER REFERENCES prompt(id) ON DELETE SET NULL,
    planned_exercises INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE exercise_set (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    exercise_id TEXT NOT NULL,
    side TEXT NOT NULL,
    at_utc TEXT NOT NULL,
    tz TEXT NOT NULL,
    local_date TEXT NOT NULL,
    planned_s INTEGER NOT NULL DEFAULT 0,
    done_s INTEGER NOT NULL DEFAULT 0,
    planned_reps INTEGER NOT NULL DEFAULT 0,
    done_reps INTEGER NOT NULL DEFAULT 0,
    feel TEXT
);
CREATE TABLE rating (
    id INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    tz TEXT NOT NULL,
    local_date TEXT NOT NULL,
    kind TEXT NOT NULL,
    value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10),
    region TEXT,
    session_id INTEGER REFERENCES session(id) ON DELETE SET NULL,
    exercise_id TEXT
);
"""

_V2 = """
CREATE TABLE safety_event (
    id INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    tz TEXT NOT NULL,
    local_date TEXT NOT NULL,
    code TEXT NOT NULL,
    action TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    session_id INTEGER REFERENCES session(id) ON DELETE SET NULL
);
CREATE TABLE app_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE INDEX ix_prompt_local_date ON prompt(local_date);
CREATE INDEX ix_session_local_date ON session(local_date);
CREATE INDEX ix_session_outcome ON session(outcome);
CREATE INDEX ix_exercise_set_local_date ON exercise_set(local_date);
CREATE INDEX ix_exercise_set_session ON exercise_set(session_id);
CREATE INDEX ix_rating_local_date ON rating(local_date);
CREATE INDEX ix_rating_session ON rating(session_id);
CREATE INDEX ix_safety_event_local_date ON safety_event(local_date);
"""

#: The tables step 3 gives event ids (frozen with the step: later tables declare their own).
_V3_TABLES = ("prompt", "session", "exercise_set", "rating", "safety_event")
#: The ``app_state`` key of this data dir's computer id (made once, by step 3).
COMPUTER_ID_KEY = "computer_id"


def _v3(conn: sqlite3.Connection) -> None:
    """Give every event a global id and the id of the computer that wrote it.

    A random computer id is made for this data dir; rows already stored get a fresh
    uuid4 each and this computer's id (they were all written here).
    """
    computer = str(uuid.uuid4())
    conn.execute("INSERT INTO app_state (key, value) VALUES (?, ?)", (COMPUTER_ID_KEY, computer))
    for table in _V3_TABLES:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN event_id TEXT")
        conn.execute(f"ALTER TABLE {table} ADD COLUMN computer_id TEXT")
        ids = [
            (str(uuid.uuid4()), computer, row[0]) for row in conn.execute(f"SELECT id FROM {table}")
        ]
        conn.executemany(f"UPDATE {table} SET event_id = ?, computer_id = ? WHERE id = ?", ids)
        conn.execute(f"CREATE UNIQUE INDEX ux_{table}_event_id ON {table}(event_id)")


#: One migration step: SQL statements separated by ``;``, or a function of the connection.
Step = str | Callable[[sqlite3.Connection], None]

#: Migration steps: ``STEPS[n - 1]`` takes a database from version ``n - 1`` to ``n``.
STEPS: tuple[Step, ...] = (_V1, _V2, _v3)
SCHEMA_VERSION = len(STEPS)


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer Counterbalance than this one."""


def user_version(conn: sqlite3.Connection) -> int:
    """Return the schema version stored in the database."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    conn: sqlite3.Connection,
    *,
    target: int = SCHEMA_VERSION,
    before: Callable[[int], object] | None = None,
) -> int:
    """Apply the missing steps up to ``target``, each in its own transaction.

    Args:
        conn: An open connection (autocommit mode is set for the duration).
        target: The version to reach; tests use lower targets to build old databases.
        before: Called with the current version before the first step runs on a
            database that already has a schema (used to take a backup).

    Returns:
        The version the database had before migrating.

    Raises:
        SchemaTooNewError: The database is newer than this program understands.
    """
    current = user_version(conn)
    if current > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"the data file has schema version {current}, but this Counterbalance only "
            f"understands up to {SCHEMA_VERSION}; please update Counterbalance"
        )
    if current >= target:
        return current
    if current > 0 and before is not None:
        before(current)
    saved = conn.isolation_level
    conn.isolation_level = None
    try:
        for version in range(current + 1, target + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                step = STEPS[version - 1]
                if callable(step):
                    step(conn)
                else:
                    for statement in step.split(";"):
                        if statement.strip():
                            conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    finally:
        conn.isolation_level = saved
    return current
