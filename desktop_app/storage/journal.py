"""A small journal of writes not yet in the database, kept beside it (0600).

Each line is one JSON object ``{"seq": n, "op": "...", "data": {...}}``. A line is
appended (and synced) when a write is queued and the file is rewritten without it once
the database has it, so what the user logged survives a locked or full database and a
restart. The journal holds health data, so it is private like the database; an
unreadable or torn line (a crash mid-append) is skipped, never fatal.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop_app.core.clock import Stamp
from desktop_app.core.events import (
    Feel,
    PromptAnswer,
    PromptEvent,
    PromptKind,
    RatingEvent,
    RatingKind,
    Region,
    SessionEvent,
    SessionKind,
    SessionOutcome,
    SetEvent,
    Side,
)
from desktop_app.platform.paths import PRIVATE_FILE_MODE
from desktop_app.storage.codec import parse_utc, utc_text

log = logging.getLogger(__name__)

#: Never write through a symlink planted where the journal should be.
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
#: A journal larger than this is not read (it cannot come from a few hours of logging).
MAX_JOURNAL_BYTES = 8 * 1024 * 1024


class WriteOp(StrEnum):
    """One kind of queued write (mirrors an :class:`EventStore` write method)."""

    ADD_PROMPT = "add_prompt"
    ANSWER_PROMPT = "answer_prompt"
    START_SESSION = "start_session"
    END_SESSION = "end_session"
    ADD_SET = "add_set"
    ADD_RATING = "add_rating"
    ADD_SAFETY_EVENT = "add_safety_event"
    SET_STATE = "set_state"
    CLOSE_INTERRUPTED = "close_interrupted_sessions"


@dataclass(frozen=True, slots=True)
class PendingWrite:
    """A write waiting for the database: its order, kind and JSON-ready data."""

    seq: int
    op: WriteOp
    data: dict[str, Any]


# -- encoding -------------------------------------------------------------------------------


def encode_stamp(stamp: Stamp | None) -> dict[str, str] | None:
    return None if stamp is None else {"utc": utc_text(stamp.utc), "tz": stamp.tz}


def decode_stamp(raw: Any) -> Stamp:
    return Stamp(parse_utc(str(raw["utc"])), str(raw["tz"]))


def _opt_stamp(raw: Any) -> Stamp | None:
    return None if raw is None else decode_stamp(raw)


def encode_prompt(p: PromptEvent) -> dict[str, Any]:
    return {
        "at": encode_stamp(p.at),
        "kind": p.kind.value,
        "answer": p.answer.value if p.answer else None,
        "answered_at": encode_stamp(p.answered_at),
        "id": p.id,
    }


def decode_prompt(d: dict[str, Any]) -> PromptEvent:
    return PromptEvent(
        at=decode_stamp(d["at"]),
        kind=PromptKind(d["kind"]),
        answer=PromptAnswer(d["answer"]) if d.get("answer") else None,
        answered_at=_opt_stamp(d.get("answered_at")),
        id=d.get("id"),
    )


def encode_session(s: SessionEvent) -> dict[str, Any]:
    return {
        "started_at": encode_stamp(s.started_at),
        "kind": s.kind.value,
        "outcome": s.outcome.value,
        "ended_at": encode_stamp(s.ended_at),
        "prompt_id": s.prompt_id,
        "planned_exercises": s.planned_exercises,
        "id": s.id,
    }


def decode_session(d: dict[str, Any]) -> SessionEvent:
    return SessionEvent(
        started_at=decode_stamp(d["started_at"]),
        kind=SessionKind(d["kind"]),
        outcome=SessionOutcome(d["outcome"]),
        ended_at=_opt_stamp(d.get("ended_at")),
        prompt_id=d.get("prompt_id"),
        planned_exercises=int(d.get("planned_exercises", 0)),
        id=d.get("id"),
    )


def encode_set(s: SetEvent) -> dict[str, Any]:
    return {
        "session_id": s.session_id,
        "exercise_id": s.exercise_id,
        "side": s.side.value,
        "at": encode_stamp(s.at),
        "planned_s": s.planned_s,
        "done_s": s.done_s,
        "planned_reps": s.planned_reps,
        "done_reps": s.done_reps,
        "feel": s.feel.value if s.feel else None,
        "id": s.id,
    }


def decode_set(d: dict[str, Any]) -> SetEvent:
    return SetEvent(
        session_id=int(d["session_id"]),
        exercise_id=str(d["exercise_id"]),
        side=Side(d["side"]),
        at=decode_stamp(d["at"]),
        planned_s=int(d["planned_s"]),
        done_s=int(d["done_s"]),
        planned_reps=int(d["planned_reps"]),
        done_reps=int(d["done_reps"]),
        feel=Feel(d["feel"]) if d.get("feel") else None,
        id=d.get("id"),
    )


def encode_rating(r: RatingEvent) -> dict[str, Any]:
    return {
        "at": encode_stamp(r.at),
        "kind": r.kind.value,
        "value": r.value,
        "region": r.region.value if r.region else None,
        "session_id": r.session_id,
        "exercise_id": r.exercise_id,
        "id": r.id,
    }


def decode_rating(d: dict[str, Any]) -> RatingEvent:
    return RatingEvent(
        at=decode_stamp(d["at"]),
        kind=RatingKind(d["kind"]),
        value=int(d["value"]),
        region=Region(d["region"]) if d.get("region") else None,
        session_id=d.get("session_id"),
        exercise_id=d.get("exercise_id"),
        id=d.get("id"),
    )


def largest_id(entries: list[PendingWrite]) -> int:
    """The largest row id any entry names (ids chosen by the writer must not repeat)."""
    found = [0]
    for entry in entries:
        for key in ("id", "prompt_id", "session_id"):
            value = entry.data.get(key)
            if isinstance(value, int):
                found.append(value)
    return max(found)


# -- the file -------------------------------------------------------------------------------


class Journal:
    """Append-only pending writes, rewritten without the entries the database has."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def load(self) -> list[PendingWrite]:
        """Read the entries left by an earlier run (oldest first); bad lines are skipped."""
        try:
            if not self.path.is_file() or self.path.stat().st_size > MAX_JOURNAL_BYTES:
                return []
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            log.error("pending writes could not be read: %s", type(exc).__name__)
            return []
        entries: list[PendingWrite] = []
        skipped = 0
        for line in text.splitlines():
            try:
                raw = json.loads(line)
                entries.append(PendingWrite(int(raw["seq"]), WriteOp(raw["op"]), dict(raw["data"])))
            except (ValueError, KeyError, TypeError, RecursionError):
                skipped += 1
        if skipped:
            log.warning("pending writes: %d unreadable line(s) skipped", skipped)
        return sorted(entries, key=lambda e: e.seq)

    def append(self, entry: PendingWrite) -> bool:
        """Add one entry and sync it; False when the disk refused (kept in memory only)."""
        line = _line(entry)
        with self._lock:
            try:
                fd = os.open(
                    self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NOFOLLOW, PRIVATE_FILE_MODE
                )
                try:
                    if os.name == "posix":
                        os.fchmod(fd, PRIVATE_FILE_MODE)  # health data, whoever made the file
                    size = os.fstat(fd).st_size
                    try:
                        _write_all(fd, line)
                        os.fsync(fd)
                    except OSError:
                        os.ftruncate(fd, size)  # no torn line in front of later ones
                        raise
                finally:
                    os.close(fd)
            except OSError as exc:
                log.error("pending write not journaled: %s", type(exc).__name__)
                return False
        return True

    def rewrite(self, entries: list[PendingWrite]) -> bool:
        """Replace the file with ``entries`` (removed when empty); False on failure."""
        with self._lock:
            try:
                if not entries:
                    self.path.unlink(missing_ok=True)
                    return True
                temp = self.path.with_name(self.path.name + ".tmp")
                fd = os.open(
                    temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _NOFOLLOW, PRIVATE_FILE_MODE
                )
                try:
                    _write_all(fd, b"".join(_line(e) for e in entries))
                    os.fsync(fd)
                finally:
                    os.close(fd)
                os.replace(temp, self.path)
            except OSError as exc:
                log.error("pending writes not rewritten: %s", type(exc).__name__)
                return False
        return True


def _line(entry: PendingWrite) -> bytes:
    raw = {"seq": entry.seq, "op": entry.op.value, "data": entry.data}
    return (json.dumps(raw, separators=(",", ":"), default=_json_default) + "\n").encode()


def _json_default(value: object) -> object:
    if isinstance(value, datetime):
        return utc_text(value)
    raise TypeError(type(value).__name__)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
