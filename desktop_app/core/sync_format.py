"""The record every computer writes to the sync folder, and its JSON Lines encoding.

One line is one event, complete in itself::

    {"v":1,"id":"…uuid…","computer":"…uuid…","kind":"set_done",
     "at":"2026-11-29T19:13:22+00:00","tz":"Europe/Berlin","day":"2026-11-29","data":{…}}

Version rule (``v``): a reader understands every line whose ``v`` is at most
:data:`FORMAT_VERSION`. Keys it does not know are ignored, so adding a key or a new
``kind`` does not bump ``v`` (an older reader skips a kind it does not know, as "newer").
``v`` is bumped only when the meaning of an existing key changes; older readers then
skip those lines and say so once, and read them after they are upgraded.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TypeAlias
from uuid import UUID

from desktop_app.core.clock import Stamp
from desktop_app.core.events import (
    Feel,
    PromptAnswer,
    PromptKind,
    RatingKind,
    Region,
    SessionKind,
    SessionOutcome,
    Side,
)

#: The newest line format this code writes and reads.
FORMAT_VERSION = 1

JsonValue: TypeAlias = "str | int | float | bool | list[JsonValue] | dict[str, JsonValue] | None"


class RecordKind(StrEnum):
    """What happened; each kind is an immutable fact, never edited after it is written."""

    PROMPT_ANSWERED = "prompt_answered"
    SESSION_STARTED = "session_started"
    SESSION_ENDED = "session_ended"
    SET_DONE = "set_done"
    PAIN_RATING = "pain_rating"
    SAFETY_EVENT = "safety_event"


class PayloadError(ValueError):
    """A payload key is missing or holds a value of the wrong type."""


@dataclass(frozen=True, slots=True)
class SyncRecord:
    """One event as exchanged between computers.

    Attributes:
        event_id: Globally unique (random uuid4), made when the event happened; importing
            the same id twice is a no-op.
        computer_id: The computer that wrote the event (its identity; names are labels).
        kind: What happened.
        at: When, in UTC, with the timezone in force on that computer.
        local_date: The calendar day the user lived it on, as that computer saw it.
        payload: Kind-specific values (see :mod:`desktop_app.core.sync_records`).
    """

    event_id: UUID
    computer_id: UUID
    kind: RecordKind
    at: Stamp
    local_date: date
    payload: Mapping[str, JsonValue] = field(default_factory=dict)

    def __hash__(self) -> int:
        # The payload is a dict (unhashable); equal records have equal event ids.
        return hash(self.event_id)

    def text(self, key: str) -> str:
        """Return a required string value."""
        value = self.payload.get(key)
        if not isinstance(value, str):
            raise PayloadError(f"{self.kind}: {key!r} must be a string, got {value!r}")
        return value

    def optional_text(self, key: str) -> str | None:
        """Return a string value, or None when absent or null."""
        return None if self.payload.get(key) is None else self.text(key)

    def integer(self, key: str) -> int:
        """Return a required integer value (booleans are not integers here)."""
        value = self.payload.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise PayloadError(f"{self.kind}: {key!r} must be an integer, got {value!r}")
        return value

    def optional_integer(self, key: str) -> int | None:
        """Return an integer value, or None when absent or null."""
        return None if self.payload.get(key) is None else self.integer(key)

    def uuid(self, key: str) -> UUID:
        """Return a required uuid value."""
        text = self.text(key)
        try:
            return UUID(text)
        except ValueError as error:
            raise PayloadError(f"{self.kind}: {key!r} is not a uuid: {text!r}") from error

    def instant(self, key: str) -> datetime:
        """Return a required aware instant (ISO 8601 with offset), in UTC."""
        parsed = parse_instant(self.text(key))
        if parsed is None:
            raise PayloadError(f"{self.kind}: {key!r} is not an aware ISO instant")
        return parsed


def parse_instant(text: str) -> datetime | None:
    """Parse an ISO 8601 instant with an offset; None when naive or malformed."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        return None
    return Stamp(value, "UTC").utc


def format_instant(value: datetime) -> str:
    """Format an aware instant as ISO 8601 in UTC (``+00:00``)."""
    return Stamp(value, "UTC").utc.isoformat()


def month_of(record: SyncRecord) -> str:
    """Return the ``YYYY-MM`` (UTC) of the event: the name of the file it goes to."""
    return f"{record.at.utc.year:04d}-{record.at.utc.month:02d}"


def encode_record(record: SyncRecord) -> bytes:
    """Encode a record as one JSON line (UTF-8, ending in a newline, none inside)."""
    document: dict[str, JsonValue] = {
        "v": FORMAT_VERSION,
        "id": str(record.event_id),
        "computer": str(record.computer_id),
        "kind": record.kind.value,
        "at": format_instant(record.at.utc),
        "tz": record.at.tz,
        "day": record.local_date.isoformat(),
        "data": dict(record.payload),
    }
    text = json.dumps(document, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return text.encode("utf-8") + b"\n"


class LineStatus(StrEnum):
    """What a reader made of one line."""

    OK = "ok"
    #: Written by a newer app (higher ``v`` or a kind this version does not know).
    NEWER = "newer"
    #: Not a record: broken JSON, wrong types, bad uuid or date.
    INVALID = "invalid"


@dataclass(frozen=True, slots=True)
class DecodedLine:
    """The result of decoding one line: a record when ``status`` is OK."""

    status: LineStatus
    record: SyncRecord | None = None
    version: int = FORMAT_VERSION
    reason: str = ""


def _invalid(reason: str) -> DecodedLine:
    return DecodedLine(LineStatus.INVALID, reason=reason)


def decode_line(line: bytes) -> DecodedLine:
    """Decode one line (with or without its newline); never raises."""
    try:
        document = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return _invalid("not JSON")
    if not isinstance(document, dict):
        return _invalid("not an object")
    version = document.get("v")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return _invalid("no format version")
    if version > FORMAT_VERSION:
        return DecodedLine(LineStatus.NEWER, version=version, reason=f"format {version}")
    kind_text = document.get("kind")
    if not isinstance(kind_text, str):
        return _invalid("no kind")
    try:
        kind = RecordKind(kind_text)
    except ValueError:
        return DecodedLine(LineStatus.NEWER, version=version, reason=f"kind {kind_text!r}")
    return _decode_known(document, kind, version)


def _decode_known(document: dict[str, object], kind: RecordKind, version: int) -> DecodedLine:
    try:
        event_id = UUID(str(document["id"]))
        computer_id = UUID(str(document["computer"]))
    except (KeyError, ValueError):
        return _invalid("bad id or computer")
    at_text, tz, day_text = document.get("at"), document.get("tz"), document.get("day")
    payload = document.get("data", {})
    if not (isinstance(at_text, str) and isinstance(tz, str) and isinstance(day_text, str)):
        return _invalid("bad at, tz or day")
    at = parse_instant(at_text)
    if at is None:
        return _invalid("bad instant")
    try:
        local_date = date.fromisoformat(day_text)
    except ValueError:
        return _invalid("bad day")
    if not isinstance(payload, dict):
        return _invalid("data is not an object")
    record = SyncRecord(event_id, computer_id, kind, Stamp(at, tz), local_date, payload)
    return check_payload(record, version)


class Field(StrEnum):
    """The type of one payload value."""

    TEXT = "text"
    INTEGER = "integer"
    UUID = "uuid"
    INSTANT = "instant"


#: A payload value: a plain type, or an enum whose values the text must be one of.
FieldType: TypeAlias = "Field | type[StrEnum]"

_SCHEMA: dict[RecordKind, dict[str, tuple[FieldType, bool]]] = {
    RecordKind.PROMPT_ANSWERED: {
        "prompt_kind": (PromptKind, True),
        "shown_at": (Field.INSTANT, True),
        "answer": (PromptAnswer, True),
    },
    RecordKind.SESSION_STARTED: {
        "session_kind": (SessionKind, True),
        "prompt": (Field.UUID, False),
        "planned_exercises": (Field.INTEGER, True),
    },
    RecordKind.SESSION_ENDED: {
        "session": (Field.UUID, True),
        "outcome": (SessionOutcome, True),
    },
    RecordKind.SET_DONE: {
        "session": (Field.UUID, True),
        "exercise": (Field.TEXT, True),
        "side": (Side, True),
        "planned_s": (Field.INTEGER, True),
        "done_s": (Field.INTEGER, True),
        "planned_reps": (Field.INTEGER, True),
        "done_reps": (Field.INTEGER, True),
        "feel": (Feel, False),
    },
    RecordKind.PAIN_RATING: {
        "rating_kind": (RatingKind, True),
        "value": (Field.INTEGER, True),
        "region": (Region, False),
        "session": (Field.UUID, False),
        "exercise": (Field.TEXT, False),
    },
    RecordKind.SAFETY_EVENT: {
        "code": (Field.TEXT, True),
        "action": (Field.TEXT, True),
        "detail": (Field.TEXT, True),
        "session": (Field.UUID, False),
    },
}


def _value_ok(value: object, kind: FieldType) -> bool:
    if kind is Field.INTEGER:
        return isinstance(value, int) and not isinstance(value, bool)
    if not isinstance(value, str):
        return False
    if kind is Field.UUID:
        try:
            UUID(value)
        except ValueError:
            return False
    elif kind is Field.INSTANT:
        return parse_instant(value) is not None
    return True


#: Per kind: (key, type, required, the values an enum allows or None), built once.
_CHECKS: dict[RecordKind, tuple[tuple[str, FieldType, bool, frozenset[str] | None], ...]] = {
    kind: tuple(
        (
            key,
            field_type,
            required,
            None if isinstance(field_type, Field) else frozenset(m.value for m in field_type),
        )
        for key, (field_type, required) in keys.items()
    )
    for kind, keys in _SCHEMA.items()
}


def check_payload(record: SyncRecord, version: int = FORMAT_VERSION) -> DecodedLine:
    """Check a record's payload against its kind.

    Returns OK, INVALID, or NEWER for an enum value this version does not know (a newer
    app may add one without bumping the format).
    """
    payload = record.payload
    for key, field_type, required, allowed in _CHECKS[record.kind]:
        value = payload.get(key)
        if value is None:
            if required:
                return _invalid(f"{record.kind}: {key!r} missing")
            continue
        if not _value_ok(value, field_type):
            return _invalid(f"{record.kind}: {key!r} is not a valid {field_type}")
        if allowed is not None and value not in allowed:
            return DecodedLine(LineStatus.NEWER, version=version, reason=f"{key} value")
    if record.kind is RecordKind.PAIN_RATING and not 0 <= record.integer("value") <= 10:
        return _invalid("pain rating outside 0-10")
    return DecodedLine(LineStatus.OK, record=record, version=version)
