"""Old-database helpers for storage tests (fixtures are in tests/conftest)."""

from __future__ import annotations

import sqlite3

from desktop_app.platform.paths import DataPaths

#: The schema as Counterbalance 2 wrote it (user_version 2), copied here as released.
OLD_SCHEMA_V2 = """
CREATE TABLE prompt (
    id INTEGER PRIMARY KEY, at_utc TEXT NOT NULL, tz TEXT NOT NULL,
    local_date TEXT NOT NULL, kind TEXT NOT NULL, answer TEXT, answered_utc TEXT,
    answered_tz TEXT
);
CREATE TABLE session (
    id INTEGER PRIMARY KEY, started_utc TEXT NOT NULL, tz TEXT NOT NULL,
    local_date TEXT NOT NULL, kind TEXT NOT NULL, outcome TEXT NOT NULL DEFAULT 'planned',
    ended_utc TEXT, ended_tz TEXT,
    prompt_id INTEGER REFERENCES prompt(id) ON DELETE SET NULL,
    planned_exercises INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE exercise_set (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    exercise_id TEXT NOT NULL, side TEXT NOT NULL, at_utc TEXT NOT NULL, tz TEXT NOT NULL,
    local_date TEXT NOT NULL, planned_s INTEGER NOT NULL DEFAULT 0,
    done_s INTEGER NOT NULL DEFAULT 0, planned_reps INTEGER NOT NULL DEFAULT 0,
    done_reps INTEGER NOT NULL DEFAULT 0, feel TEXT
);
CREATE TABLE rating (
    id INTEGER PRIMARY KEY, at_utc TEXT NOT NULL, tz TEXT NOT NULL,
    local_date TEXT NOT NULL, kind TEXT NOT NULL,
    value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10), region TEXT,
    session_id INTEGER REFERENCES session(id) ON DELETE SET NULL, exercise_id TEXT
);
CREATE TABLE safety_event (
    id INTEGER PRIMARY KEY, at_utc TEXT NOT NULL, tz TEXT NOT NULL,
    local_date TEXT NOT NULL, code TEXT NOT NULL, action TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    session_id INTEGER REFERENCES session(id) ON DELETE SET NULL
);
CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
PRAGMA user_version = 2;
"""

T = "2026-03-02T08:00:00.000000Z"
OLD_ROWS = f"""
INSERT INTO prompt VALUES (1, '{T}', 'UTC', '2026-03-02', 'microbreak', 'started', '{T}', 'UTC');
INSERT INTO prompt VALUES (2, '{T}', 'UTC', '2026-03-02', 'microbreak', 'skipped', '{T}', 'UTC');
INSERT INTO session VALUES (1, '{T}', 'UTC', '2026-03-02', 'microbreak', 'completed',
    '{T}', 'UTC', 1, 2);
INSERT INTO exercise_set VALUES (1, 1, 'chin_tuck', 'both', '{T}', 'UTC', '2026-03-02',
    25, 25, 0, 0, 'ok');
INSERT INTO exercise_set VALUES (2, 1, 'wall_angel', 'both', '{T}', 'UTC', '2026-03-02',
    25, 20, 0, 0, NULL);
INSERT INTO rating VALUES (1, '{T}', 'UTC', '2026-03-02', 'before', 4, 'neck', 1, NULL);
INSERT INTO safety_event VALUES (1, '{T}', 'UTC', '2026-03-02', 'numbness', 'stop', '', 1);
INSERT INTO app_state VALUES ('safety.locked', '1');
"""


def old_database(paths: DataPaths) -> None:
    """Write a Counterbalance 2 database (schema 2) with one row or two per table."""
    conn = sqlite3.connect(paths.database)
    conn.executescript(OLD_SCHEMA_V2 + OLD_ROWS)
    conn.close()
