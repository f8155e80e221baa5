"""Export the raw event log as CSV files (one per table), readable by the owner only.

The columns are those of each table as declared in :mod:`desktop_app.storage.tables`,
in order: a column added there appears in the export with nothing to change here. A
physio's spreadsheet sees UTC instants, the timezone and the user's local day side by
side, and each event's global id and computer.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import Table

from desktop_app.platform.paths import make_private
from desktop_app.storage.database import connect_read_only, private_umask
from desktop_app.storage.tables import PromptRow, RatingRow, SafetyEventRow, SessionRow, SetRow


def _table(row: object) -> Table:
    table = row.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


#: File name -> the table it holds.
EXPORTS: Mapping[str, Table] = {
    "prompts.csv": _table(PromptRow),
    "sessions.csv": _table(SessionRow),
    "sets.csv": _table(SetRow),
    "ratings.csv": _table(RatingRow),
    "safety_events.csv": _table(SafetyEventRow),
}


def export_csv(
    database: Path, directory: Path, exports: Mapping[str, Table] = EXPORTS
) -> list[Path]:
    """Write one CSV per event table into ``directory`` (created if needed).

    A missing database gives files with headers only, so the result is always complete;
    a database not yet upgraded (the export never migrates) gives empty cells for the
    columns it does not have yet.

    Args:
        database: The data file (only read).
        directory: Where the files go.
        exports: File name -> table; the file has the table's columns in order.

    Returns:
        The written files.

    Raises:
        OSError: A file could not be written.
        sqlite3.Error: The database could not be read.
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
        for name, table in exports.items():
            columns = [column.name for column in table.columns]
            target = directory / name
            with private_umask(), target.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(columns)
                if conn is not None and table.name in tables:
                    writer.writerows(_rows(conn, table.name, columns))
            make_private(target)
            written.append(target)
    finally:
        if conn is not None:
            conn.close()
    return written


def _rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> sqlite3.Cursor:
    """The table's rows by id, an empty cell for each column the file does not have."""
    present = {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")}
    chosen = [c if c in present else "NULL" for c in columns]
    return conn.execute(f"SELECT {', '.join(chosen)} FROM {table} ORDER BY id")
