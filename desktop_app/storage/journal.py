"""A small journal of writes not yet in the database, kept beside it (0600).

Each line is one JSON object ``{"seq": n, "op": "...", "data": {...}}``; an event's
``data`` has one key per field of its :mod:`~desktop_app.core.events` dataclass. A line is
appended (and synced) when a write is queued and the file is rewritten without it once
the database has it, so what the user logged survives a locked or full database and a
restart. The journal holds health data, so it is private like the database; an
unreadable or torn line (a crash mid-append) is skipped, never fatal.
"""

from __future__ import annotations

import json
import logging
import os
import random
import threading
from dataclasses import dataclass, fields
from datetime import datetime
from enum import Enum, StrEnum
from pathlib import Path
from types import UnionType
from typing import TYPE_CHECKING, Any, Union, get_args, get_origin, get_type_hints
from uuid import UUID

from desktop_app.core.clock import Stamp
from desktop_app.core.events import (
    AnyEvent,
    PromptAnswer,
    PromptEvent,
    RatingEvent,
    SafetyEvent,
    SessionEvent,
    SessionOutcome,
    SetEvent,
    StoredEvent,
)
from desktop_app.platform.paths import PRIVATE_FILE_MODE
from desktop_app.storage.codec import parse_utc, utc_text

if TYPE_CHECKING:
    from desktop_app.storage.event_store import EventStore

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
    #: Several app_state records in one transaction (the safety state).
    SET_STATES = "set_states"
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


def encode_event(event: AnyEvent) -> dict[str, Any]:
    """The JSON-ready data of an event: one key per dataclass field, derived from it."""
    return {f.name: _encode_value(getattr(event, f.name)) for f in fields(event)}


def _encode_value(value: object) -> object:
    if isinstance(value, Stamp):
        return encode_stamp(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, UUID):
        return str(value)
    return value


def decode_event(kind: type[StoredEvent], data: dict[str, Any]) -> StoredEvent:
    """Rebuild an event from :func:`encode_event` data (keys it lacks take defaults).

    Raises:
        ValueError, KeyError, TypeError: The data does not describe such an event.
    """
    hints = _hints(kind)
    values = {
        f.name: _decode_value(hints[f.name], data[f.name]) for f in fields(kind) if f.name in data
    }
    return kind(**values)


_HINTS: dict[str, dict[str, Any]] = {}


def _hints(kind: type) -> dict[str, Any]:
    if kind.__name__ not in _HINTS:
        _HINTS[kind.__name__] = get_type_hints(kind)
    return _HINTS[kind.__name__]


def _decode_value(hint: Any, raw: Any) -> Any:
    if raw is None:
        return None
    if get_origin(hint) in (Union, UnionType):  # "X | None": the X
        hint = next(a for a in get_args(hint) if a is not type(None))
    if hint is Stamp:
        return decode_stamp(raw)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(raw)
    if hint is UUID:
        return UUID(str(raw))
    if hint in (int, str):
        return hint(raw)
    raise TypeError(f"no journal decoding for {hint!r}")


def largest_id(entries: list[PendingWrite]) -> int:
    """The largest row id any entry names (ids chosen by the writer must not repeat)."""
    found = [0]
    for entry in entries:
        for key in ("id", "prompt_id", "session_id"):
            value = entry.data.get(key)
            if isinstance(value, int):
                found.append(value)
    return max(found)


def state_values(entry: PendingWrite) -> dict[str, str]:
    """The app_state records a SET_STATE or SET_STATES entry stores (empty for others)."""
    if entry.op is WriteOp.SET_STATE:
        return {str(entry.data["key"]): str(entry.data["value"])}
    if entry.op is WriteOp.SET_STATES:
        return {str(k): str(v) for k, v in entry.data["values"].items()}
    return {}


# -- applying ------------------------------------------------------------------------------


#: Journaled writes that store one event (their data holds its ``event_id``).
EVENT_OPS: dict[WriteOp, type[AnyEvent]] = {
    WriteOp.ADD_PROMPT: PromptEvent,
    WriteOp.START_SESSION: SessionEvent,
    WriteOp.ADD_SET: SetEvent,
    WriteOp.ADD_RATING: RatingEvent,
    WriteOp.ADD_SAFETY_EVENT: SafetyEvent,
}


def apply(store: EventStore, entry: PendingWrite) -> None:
    """Make the write ``entry`` describes in ``store`` (the worker thread calls it)."""
    d = entry.data
    match entry.op:
        case WriteOp.ADD_PROMPT:
            store.add_prompt(decode_event(PromptEvent, d))
        case WriteOp.ANSWER_PROMPT:
            store.answer_prompt(int(d["id"]), PromptAnswer(d["answer"]), decode_stamp(d["at"]))
        case WriteOp.START_SESSION:
            store.start_session(decode_event(SessionEvent, d))
        case WriteOp.END_SESSION:
            store.end_session(int(d["id"]), SessionOutcome(d["outcome"]), decode_stamp(d["at"]))
        case WriteOp.ADD_SET:
            store.add_set(decode_event(SetEvent, d))
        case WriteOp.ADD_RATING:
            store.add_rating(decode_event(RatingEvent, d))
        case WriteOp.ADD_SAFETY_EVENT:
            store.add_safety_event(decode_event(SafetyEvent, d))
        case WriteOp.SET_STATE:
            ((key, value),) = state_values(entry).items()
            store.set_state(key, value)
        case WriteOp.SET_STATES:
            store.set_states(state_values(entry))
        case WriteOp.CLOSE_INTERRUPTED:
            closed = store.close_interrupted_sessions(decode_stamp(d["at"]))
            if closed:
                log.info("closed %d session(s) cut off last time as interrupted", closed)


# -- the file -------------------------------------------------------------------------------


def journal_path(database: Path) -> Path:
    """Where the pending writes of ``database`` are kept."""
    return database.with_name(database.name + ".pending")


class Journal:
    """Append-only pending writes, rewritten without the entries the database has."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def load_identified(self, rng: random.Random) -> list[PendingWrite]:
        """Read the entries left by an earlier run, each event with its global id.

        Entries journaled by a version without event ids get one now, and the file is
        rewritten with it, so a second replay draws no new ids.
        """
        entries = self.load()
        missing = [e for e in entries if e.op in EVENT_OPS and not e.data.get("event_id")]
        if missing:  # the sync records load with the first need, not at start
            from desktop_app.core.sync_records import new_event_id
        for entry in missing:
            entry.data["event_id"] = str(new_event_id(rng))
        if missing:
            self.rewrite(entries)
        return entries

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
