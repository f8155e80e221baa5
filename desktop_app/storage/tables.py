"""The stored tables, declared once: their columns and how a row maps to its event.

These SQLModel classes are the one declaration of the *current* columns. Everything
else is derived from them: the CSV export writes each table's columns in order
(:mod:`desktop_app.storage.csv_export`), the readers and writers of
:mod:`desktop_app.storage.event_log` go through :meth:`from_event` / :meth:`to_event`,
the demo data inserts by column name. The schema itself is built by the migration steps
(:mod:`desktop_app.storage.schema`, history that is never edited); a test checks that
the steps build exactly these columns.

Instants are fixed-width UTC text (``*_utc``) plus the timezone name and, for the row's
main instant, the user's ``local_date``. ``event_id`` is the event's global uuid4 and
``computer_id`` the computer that wrote it (text; see docs/storage.md, "Event ids").
"""

from __future__ import annotations

from enum import Enum
from typing import Any, ClassVar, Protocol
from uuid import UUID

from sqlmodel import Field, SQLModel

from desktop_app.core.clock import Stamp
from desktop_app.core.events import (
    AnyEvent,
    Feel,
    PromptAnswer,
    PromptEvent,
    PromptKind,
    RatingEvent,
    RatingKind,
    Region,
    SafetyEvent,
    SessionEvent,
    SessionKind,
    SessionOutcome,
    SetEvent,
    Side,
)
from desktop_app.storage.codec import stamp_columns, stamp_from, utc_text


class _IdentifiedRow(Protocol):
    id: int | None
    event_id: str
    computer_id: str


def _identity_columns(event: AnyEvent) -> dict[str, Any]:
    """The columns every event row has: row id, the event's uuid, the computer's uuid."""
    if event.event_id is None or event.computer_id is None:
        raise ValueError("an event is stored with its event id and computer id")
    return {"id": event.id, "event_id": str(event.event_id), "computer_id": str(event.computer_id)}


def _identity_fields(row: _IdentifiedRow) -> dict[str, Any]:
    """The event fields :func:`_identity_columns` stored, read back."""
    return {
        "id": row.id,
        "event_id": UUID(row.event_id) if row.event_id else None,
        "computer_id": UUID(row.computer_id) if row.computer_id else None,
    }


def _main_stamp_columns(stamp: Stamp, utc_column: str = "at_utc") -> dict[str, Any]:
    """The row's main instant: UTC text, timezone name and the user's local date."""
    utc, tz, local_date = stamp_columns(stamp)
    return {utc_column: utc, "tz": tz, "local_date": local_date}


def _later_stamp_columns(stamp: Stamp | None, prefix: str) -> dict[str, Any]:
    """A second, optional instant (answered, ended): its UTC text and timezone name."""
    if stamp is None:
        return {f"{prefix}_utc": None, f"{prefix}_tz": None}
    return {f"{prefix}_utc": utc_text(stamp.utc), f"{prefix}_tz": stamp.tz}


def _later_stamp(utc: str | None, tz: str | None, main_tz: str) -> Stamp | None:
    return stamp_from(utc, tz or main_tz) if utc else None


def _value(member: Enum | None) -> str | None:
    return None if member is None else str(member.value)


class PromptRow(SQLModel, table=True):
    """A break prompt and its answer."""

    __tablename__ = "prompt"
    #: The column ``*_since`` readers filter and order by.
    time_column: ClassVar[str] = "at_utc"

    id: int | None = Field(default=None, primary_key=True)
    at_utc: str
    tz: str
    local_date: str = Field(index=True)
    kind: str
    answer: str | None = None
    answered_utc: str | None = None
    answered_tz: str | None = None
    event_id: str
    computer_id: str

    @classmethod
    def from_event(cls, event: PromptEvent) -> PromptRow:
        return cls(
            **_main_stamp_columns(event.at),
            kind=event.kind.value,
            answer=_value(event.answer),
            **_later_stamp_columns(event.answered_at, "answered"),
            **_identity_columns(event),
        )

    def to_event(self) -> PromptEvent:
        return PromptEvent(
            at=stamp_from(self.at_utc, self.tz),
            kind=PromptKind(self.kind),
            answer=PromptAnswer(self.answer) if self.answer else None,
            answered_at=_later_stamp(self.answered_utc, self.answered_tz, self.tz),
            **_identity_fields(self),
        )


class SessionRow(SQLModel, table=True):
    """A guided session."""

    __tablename__ = "session"
    time_column: ClassVar[str] = "started_utc"

    id: int | None = Field(default=None, primary_key=True)
    started_utc: str
    tz: str
    local_date: str = Field(index=True)
    kind: str
    outcome: str = "planned"
    ended_utc: str | None = None
    ended_tz: str | None = None
    prompt_id: int | None = Field(default=None, foreign_key="prompt.id")
    planned_exercises: int = 0
    event_id: str
    computer_id: str

    @classmethod
    def from_event(cls, event: SessionEvent) -> SessionRow:
        return cls(
            **_main_stamp_columns(event.started_at, "started_utc"),
            kind=event.kind.value,
            outcome=event.outcome.value,
            **_later_stamp_columns(event.ended_at, "ended"),
            prompt_id=event.prompt_id,
            planned_exercises=event.planned_exercises,
            **_identity_columns(event),
        )

    def to_event(self) -> SessionEvent:
        return SessionEvent(
            started_at=stamp_from(self.started_utc, self.tz),
            kind=SessionKind(self.kind),
            outcome=SessionOutcome(self.outcome),
            ended_at=_later_stamp(self.ended_utc, self.ended_tz, self.tz),
            prompt_id=self.prompt_id,
            planned_exercises=self.planned_exercises,
            **_identity_fields(self),
        )


class SetRow(SQLModel, table=True):
    """One set of one exercise on one side."""

    __tablename__ = "exercise_set"
    time_column: ClassVar[str] = "at_utc"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="session.id")
    exercise_id: str
    side: str
    at_utc: str
    tz: str
    local_date: str = Field(index=True)
    planned_s: int = 0
    done_s: int = 0
    planned_reps: int = 0
    done_reps: int = 0
    feel: str | None = None
    event_id: str
    computer_id: str

    @classmethod
    def from_event(cls, event: SetEvent) -> SetRow:
        return cls(
            session_id=event.session_id,
            exercise_id=event.exercise_id,
            side=event.side.value,
            **_main_stamp_columns(event.at),
            planned_s=event.planned_s,
            done_s=event.done_s,
            planned_reps=event.planned_reps,
            done_reps=event.done_reps,
            feel=_value(event.feel),
            **_identity_columns(event),
        )

    def to_event(self) -> SetEvent:
        return SetEvent(
            session_id=self.session_id,
            exercise_id=self.exercise_id,
            side=Side(self.side),
            at=stamp_from(self.at_utc, self.tz),
            planned_s=self.planned_s,
            done_s=self.done_s,
            planned_reps=self.planned_reps,
            done_reps=self.done_reps,
            feel=Feel(self.feel) if self.feel else None,
            **_identity_fields(self),
        )


class RatingRow(SQLModel, table=True):
    """A 0–10 pain rating."""

    __tablename__ = "rating"
    time_column: ClassVar[str] = "at_utc"

    id: int | None = Field(default=None, primary_key=True)
    at_utc: str
    tz: str
    local_date: str = Field(index=True)
    kind: str
    value: int
    region: str | None = None
    session_id: int | None = Field(default=None, foreign_key="session.id")
    exercise_id: str | None = None
    event_id: str
    computer_id: str

    @classmethod
    def from_event(cls, event: RatingEvent) -> RatingRow:
        return cls(
            **_main_stamp_columns(event.at),
            kind=event.kind.value,
            value=event.value,
            region=_value(event.region),
            session_id=event.session_id,
            exercise_id=event.exercise_id,
            **_identity_columns(event),
        )

    def to_event(self) -> RatingEvent:
        return RatingEvent(
            at=stamp_from(self.at_utc, self.tz),
            kind=RatingKind(self.kind),
            value=self.value,
            region=Region(self.region) if self.region else None,
            session_id=self.session_id,
            exercise_id=self.exercise_id,
            **_identity_fields(self),
        )


class SafetyEventRow(SQLModel, table=True):
    """A safety finding the user reported, and the advice given."""

    __tablename__ = "safety_event"
    time_column: ClassVar[str] = "at_utc"

    id: int | None = Field(default=None, primary_key=True)
    at_utc: str
    tz: str
    local_date: str = Field(index=True)
    code: str
    action: str = ""
    detail: str = ""
    session_id: int | None = Field(default=None, foreign_key="session.id")
    event_id: str
    computer_id: str

    @classmethod
    def from_event(cls, event: SafetyEvent) -> SafetyEventRow:
        return cls(
            **_main_stamp_columns(event.at),
            code=event.code,
            action=event.action,
            detail=event.detail,
            session_id=event.session_id,
            **_identity_columns(event),
        )

    def to_event(self) -> SafetyEvent:
        return SafetyEvent(
            at=stamp_from(self.at_utc, self.tz),
            code=self.code,
            action=self.action,
            detail=self.detail,
            session_id=self.session_id,
            **_identity_fields(self),
        )


class AppStateRow(SQLModel, table=True):
    """A small key/value record (see :mod:`desktop_app.storage.app_state`)."""

    __tablename__ = "app_state"

    key: str = Field(primary_key=True)
    value: str


#: Every event table, in the order rows may be inserted (references point backwards).
EVENT_ROWS: tuple[type[PromptRow | SessionRow | SetRow | RatingRow | SafetyEventRow], ...] = (
    PromptRow,
    SessionRow,
    SetRow,
    RatingRow,
    SafetyEventRow,
)
