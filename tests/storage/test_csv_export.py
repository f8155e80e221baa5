"""The CSV export writes each table's declared columns, whatever they are (issue 11 §3)."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from sqlalchemy import Column, MetaData, String, Table

from desktop_app.core.events import PromptEvent, PromptKind
from desktop_app.platform.paths import DataPaths
from desktop_app.storage.csv_export import EXPORTS, export_csv
from desktop_app.storage.event_store import EventStore
from desktop_app.storage.tables import PromptRow
from tests.helpers.clock import stamp
from tests.storage.conftest import old_database


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_column_added_to_a_table_is_exported(store: EventStore, paths: DataPaths) -> None:
    store.add_prompt(PromptEvent(stamp(2026, 3, 2), PromptKind.MICROBREAK))
    store.close()
    conn = sqlite3.connect(paths.database)
    conn.execute("ALTER TABLE prompt ADD COLUMN mood TEXT")
    conn.execute("UPDATE prompt SET mood = 'sunny'")
    conn.commit()
    conn.close()
    declared = PromptRow.__table__.columns  # type: ignore[attr-defined]
    with_mood = Table(
        "prompt", MetaData(), *(Column(c.name, c.type) for c in declared), Column("mood", String)
    )

    (written,) = export_csv(paths.database, paths.root / "out", {"prompts.csv": with_mood})

    (row,) = _read(written)
    assert list(row) == [*(c.name for c in declared), "mood"]
    assert row["mood"] == "sunny" and row["kind"] == "microbreak"


def test_every_export_has_its_tables_columns_and_the_event_ids(
    store: EventStore, paths: DataPaths
) -> None:
    store.add_prompt(PromptEvent(stamp(2026, 3, 2), PromptKind.MICROBREAK))
    (prompt,) = store.prompts_since(stamp(2026, 1, 1).utc)
    files = export_csv(paths.database, paths.root / "out")
    for path, table in zip(files, EXPORTS.values(), strict=True):
        with path.open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert header == [c.name for c in table.columns]
        assert {"event_id", "computer_id"} <= set(header)
    (row,) = _read(paths.root / "out" / "prompts.csv")
    assert row["event_id"] == str(prompt.event_id)
    assert row["computer_id"] == str(store.computer_id())


def test_a_database_not_yet_upgraded_exports_empty_ids(paths: DataPaths) -> None:
    old_database(paths)
    (prompts, *_) = export_csv(paths.database, paths.root / "out")
    rows = _read(prompts)
    assert [r["answer"] for r in rows] == ["started", "skipped"]
    assert {r["event_id"] for r in rows} == {""}
    conn = sqlite3.connect(paths.database)  # exporting never migrates
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.close()
