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

from typing import ClassVar
from uuid import UUID

from sqlmodel import Field, SQLModel

from desktop_app.core.events import (
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


def _uuid_text(value: UUID | None) -> str:
    if value is None:
        raise ValueError("an event is stored with its event id and computer id")
    return str(value)


def _uuid(text: str | None) -> UUID | None:
    return UUID(text) if text else None


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
        at_utc, tz, local_date = stamp_columns(event.at)
        answered = event.answered_at
        return cls(
            id=event.id,
            at_utc=at_utc,
            tz=tz,
            local_date=local_date,
            kind=event.kind.value,
            answer=event.answer.value if event.answer is not None else None,
            answered_utc=utc_text(answered.utc) if answered is not None else None,
            answered_tz=answered.tz if answered is not None else None,
            event_id=_uuid_text(event.event_id),
            computer_id=_uuid_text(event.computer_id),
        )

    def to_event(self) -> PromptEvent:
        return PromptEvent(
            at=stamp_from(self.at_utc, self.tz),
            kind=PromptKind(self.kind),
            answer=PromptAnswer(self.answer) if self.answer else None,
            answered_at=stamp_from(self.answered_utc, self.answered_tz or self.tz)
            if self.answered_utc
            else None,
            id=self.id,
            event_id=_uuid(self.event_id),
            computer_id=_uuid(self.computer_id),
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
        started, tz, local_date = stamp_columns(event.started_at)
        ended = event.ended_at
        return cls(
            id=event.id,
            started_utc=started,
            tz=tz,
            local_date=local_date,
            kind=event.kind.value,
            outcome=event.outcome.value,
            ended_utc=utc_text(ended.utc) if ended is not None else None,
            ended_tz=ended.tz if ended is not None else None,
            prompt_id=event.prompt_id,
            planned_exercises=event.planned_exercises,
            event_id=_uuid_text(event.event_id),
            computer_id=_uuid_text(event.computer_id),
        )

    def to_event(self) -> SessionEvent:
        return SessionEvent(
            started_at=stamp_from(self.started_utc, self.tz),
            kind=SessionKind(self.kind),
            outcome=SessionOutcome(self.outcome),
            ended_at=stamp_from(self.ended_utc, self.ended_tz or self.tz)
            if self.ended_utc
            else None,
            prompt_id=self.prompt_id,
            planned_exercises=self.planned_exercises,
            id=self.id,
            event_id=_uuid(self.event_id),
            computer_id=_uuid(self.computer_id),
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
        at_utc, tz, local_date = stamp_columns(event.at)
        return cls(
            id=event.id,
            session_id=event.session_id,
            exercise_id=event.exercise_id,
            side=event.side.value,
            at_utc=at_utc,
            tz=tz,
            local_date=local_date,
            planned_s=event.planned_s,
            done_s=event.done_s,
            planned_reps=event.planned_reps,
            done_reps=event.done_reps,
            feel=event.feel.value if event.feel is not None else None,
            event_id=_uuid_text(event.event_id),
            computer_id=_uuid_text(event.computer_id),
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
            id=self.id,
            event_id=_uuid(self.event_id),
            computer_id=_uuid(self.computer_id),
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
        at_utc, tz, local_date = stamp_columns(event.at)
        return cls(
            id=event.id,
            at_utc=at_utc,
            tz=tz,
            local_date=local_date,
            kind=event.kind.value,
            value=event.value,
            region=event.region.value if event.region is not None else None,
            session_id=event.session_id,
            exercise_id=event.exercise_id,
            event_id=_uuid_text(event.event_id),
            computer_id=_uuid_text(event.computer_id),
        )

    def to_event(self) -> RatingEvent:
        return RatingEvent(
            at=stamp_from(self.at_utc, self.tz),
            kind=RatingKind(self.kind),
            value=self.value,
            region=Region(self.region) if self.region else None,
            session_id=self.session_id,
            exercise_id=self.exercise_id,
            id=self.id,
            event_id=_uuid(self.event_id),
            computer_id=_uuid(self.computer_id),
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
        at_utc, tz, local_date = stamp_columns(event.at)
        return cls(
            id=event.id,
            at_utc=at_utc,
            tz=tz,
            local_date=local_date,
            code=event.code,
            action=event.action,
            detail=event.detail,
            session_id=event.session_id,
            event_id=_uuid_text(event.event_id),
            computer_id=_uuid_text(event.computer_id),
        )

    def to_event(self) -> SafetyEvent:
        return SafetyEvent(
            at=stamp_from(self.at_utc, self.tz),
            code=self.code,
            action=self.action,
            detail=self.detail,
            session_id=self.session_id,
            id=self.id,
            event_id=_uuid(self.event_id),
            computer_id=_uuid(self.computer_id),
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
