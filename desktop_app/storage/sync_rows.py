"""Storing events read from the sync folder: rows of other computers, merged by event id.

Imported rows keep the event's ``event_id`` and the ``computer_id`` of the computer that
wrote it, so statistics, streaks, the PDF, progression and the safety lock (which all
read the database) see every computer, and a filter can show one. Their row ids are
negative (counting down from -1): the write queue picks positive, time-based ids for
this computer's own rows, so the two can never collide. References between records
(a set's session) go by event id and are turned into local row ids here.

One transaction per batch, with the standard-library ``sqlite3`` (runs on the sync
worker, never on the GUI thread). An event id already stored is never stored twice.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from uuid import UUID

from desktop_app.core.events import SessionOutcome
from desktop_app.core.sync_format import RecordKind, SyncRecord
from desktop_app.core.sync_merge import history_order
from desktop_app.platform.paths import DataPaths
from desktop_app.storage import database
from desktop_app.storage.codec import utc_text

#: Tables holding events, each with ``event_id`` and ``computer_id``.
EVENT_TABLES = ("prompt", "session", "exercise_set", "rating", "safety_event")
#: Outcomes that make an imported session a break taken.
BREAK_OUTCOMES = frozenset({SessionOutcome.COMPLETED.value, SessionOutcome.PARTIAL.value})
_CHUNK = 500
_RANK = {RecordKind.PROMPT_ANSWERED: 0, RecordKind.SESSION_STARTED: 1, RecordKind.SESSION_ENDED: 3}


@dataclass(slots=True)
class StoredImport:
    """What one batch added.

    Attributes:
        added: Rows inserted (one per new event).
        ended: Sessions whose end was recorded.
        orphans: Records left out because the session they name is not stored.
        breaks_ended: End instants (UTC text) of imported sessions that count as a break.
    """

    added: int = 0
    ended: int = 0
    orphans: int = 0
    breaks_ended: list[str] | None = None


def known_event_ids(conn: sqlite3.Connection, ids: Iterable[UUID]) -> set[UUID]:
    """Return those of ``ids`` already stored in any event table."""
    wanted = [str(i) for i in ids]
    found: set[UUID] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for table in EVENT_TABLES:
            rows = conn.execute(f"SELECT event_id FROM {table} WHERE event_id IN ({marks})", chunk)
            found.update(UUID(row[0]) for row in rows)
    return found


def open_for_import(paths: DataPaths) -> sqlite3.Connection:
    """Open the database for an import (created and migrated when needed)."""
    return database.open_database(paths)


def _next_id(conn: sqlite3.Connection, table: str) -> int:
    row = conn.execute(f"SELECT MIN(id) FROM {table}").fetchone()
    lowest = row[0] if row and row[0] is not None else 0
    return min(int(lowest), 0) - 1


def _row_id(conn: sqlite3.Connection, table: str, event_id: object) -> int | None:
    if event_id is None:
        return None
    row = conn.execute(f"SELECT id FROM {table} WHERE event_id = ?", (str(event_id),)).fetchone()
    return None if row is None else int(row[0])


def store_records(conn: sqlite3.Connection, records: Iterable[SyncRecord]) -> StoredImport:
    """Store ``records`` (already merged: none of their ids stored) in one transaction."""
    result = StoredImport(breaks_ended=[])
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Referenced rows first: a session names its prompt, sets and ratings their
        # session, and an end needs its session (ties in time are broken by random ids).
        next_ids: dict[str, int] = {}  # per table, within this transaction
        for record in sorted(history_order(records), key=lambda r: _RANK.get(r.kind, 2)):
            _store_one(conn, record, result, next_ids)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return result


def _common(record: SyncRecord) -> tuple[str, str, str]:
    return utc_text(record.at.utc), record.at.tz, record.local_date.isoformat()


def _insert(
    conn: sqlite3.Connection, table: str, values: dict[str, object], next_ids: dict[str, int]
) -> None:
    row_id = next_ids[table] if table in next_ids else _next_id(conn, table)
    next_ids[table] = row_id - 1
    values = {"id": row_id, **values}
    columns = ", ".join(values)
    marks = ", ".join("?" * len(values))
    conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))


def _store_one(
    conn: sqlite3.Connection, record: SyncRecord, result: StoredImport, next_ids: dict[str, int]
) -> None:
    at_utc, tz, day = _common(record)
    ids = {"event_id": str(record.event_id), "computer_id": str(record.computer_id)}
    kind = record.kind
    if kind is RecordKind.SESSION_ENDED:
        session = _row_id(conn, "session", record.text("session"))
        if session is None:
            result.orphans += 1
            return
        outcome = record.text("outcome")
        conn.execute(
            "UPDATE session SET outcome = ?, ended_utc = ?, ended_tz = ? WHERE id = ?",
            (outcome, at_utc, tz, session),
        )
        result.ended += 1
        if outcome in BREAK_OUTCOMES and result.breaks_ended is not None:
            result.breaks_ended.append(at_utc)
        return
    values: dict[str, object]
    if kind is RecordKind.PROMPT_ANSWERED:
        shown = record.instant("shown_at")
        values = {
            "at_utc": utc_text(shown),
            "tz": tz,
            "local_date": day,
            "kind": record.text("prompt_kind"),
            "answer": record.text("answer"),
            "answered_utc": at_utc,
            "answered_tz": tz,
        }
        table = "prompt"
    elif kind is RecordKind.SESSION_STARTED:
        values = {
            "started_utc": at_utc,
            "tz": tz,
            "local_date": day,
            "kind": record.text("session_kind"),
            "outcome": SessionOutcome.PLANNED.value,
            "prompt_id": _row_id(conn, "prompt", record.optional_text("prompt")),
            "planned_exercises": record.integer("planned_exercises"),
        }
        table = "session"
    else:
        session_ref = record.optional_text("session")
        session = _row_id(conn, "session", session_ref)
        if session_ref is not None and session is None and kind is RecordKind.SET_DONE:
            result.orphans += 1
            return
        table, values = _detail_values(record, session, at_utc, tz, day)
    _insert(conn, table, values | ids, next_ids)
    result.added += 1


def _detail_values(
    record: SyncRecord, session: int | None, at_utc: str, tz: str, day: str
) -> tuple[str, dict[str, object]]:
    common: dict[str, object] = {"at_utc": at_utc, "tz": tz, "local_date": day}
    if record.kind is RecordKind.SET_DONE:
        return "exercise_set", common | {
            "session_id": session,
            "exercise_id": record.text("exercise"),
            "side": record.text("side"),
            "planned_s": record.integer("planned_s"),
            "done_s": record.integer("done_s"),
            "planned_reps": record.integer("planned_reps"),
            "done_reps": record.integer("done_reps"),
            "feel": record.optional_text("feel"),
        }
    if record.kind is RecordKind.PAIN_RATING:
        return "rating", common | {
            "kind": record.text("rating_kind"),
            "value": record.integer("value"),
            "region": record.optional_text("region"),
            "session_id": session,
            "exercise_id": record.optional_text("exercise"),
        }
    return "safety_event", common | {
        "code": record.text("code"),
        "action": record.text("action"),
        "detail": record.text("detail"),
        "session_id": session,
    }
