"""Export the raw event log as CSV files (one per table), readable by the owner only."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from desktop_app.platform.paths import make_private
from desktop_app.storage.database import connect_read_only, private_umask

#: File name -> (table, columns in order). Columns are the stored ones, so a physio's
#: spreadsheet sees UTC instants, the timezone and the user's local day side by side.
EXPORTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "prompts.csv": (
        "prompt",
        ("id", "at_utc", "tz", "local_date", "kind", "answer", "answered_utc", "answered_tz"),
    ),
    "sessions.csv": (
        "session",
        (
            "id",
            "started_utc",
            "tz",
            "local_date",
            "kind",
            "outcome",
            "ended_utc",
            "ended_tz",
            "prompt_id",
            "planned_exercises",
        ),
    ),
    "sets.csv": (
        "exercise_set",
        (
            "id",
            "session_id",
            "exercise_id",
            "side",
            "at_utc",
            "tz",
            "local_date",
            "planned_s",
            "done_s",
            "planned_reps",
            "done_reps",
            "feel",
        ),
    ),
    "ratings.csv": (
        "rating",
        (
            "id",
            "at_utc",
            "tz",
            "local_date",
            "kind",
            "value",
            "region",
            "session_id",
            "exercise_id",
        ),
    ),
    "safety_events.csv": (
        "safety_event",
        ("id", "at_utc", "tz", "local_date", "code", "action", "detail", "session_id"),
    ),
}


def export_csv(database: Path, directory: Path) -> list[Path]:
    """Write one CSV per event table into ``directory`` (created if needed).

    A missing database gives files with headers only, so the result is always complete.

    Returns:
        The written files.
    """
    directory.mkdir(parents=True, exist_ok=True)
    conn: sqlite3.Connection | None = None
    if database.exists():
        conn = connect_read_only(database)
    written: list[Path] = []
    try:
        tables = (
            {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if conn is not None
            else set()
        )
        for name, (table, columns) in EXPORTS.items():
            target = directory / name
            with private_umask(), target.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(columns)
                if conn is not None and table in tables:
                    cursor = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id")
                    writer.writerows(cursor)
            make_private(target)
            written.append(target)
    finally:
        if conn is not None:
            conn.close()
    return written
