"""SQLModel tables mirroring the schema in :mod:`desktop_app.storage.schema`.

The schema itself is created by the migration steps; these classes map rows for reads
and writes. Instants are fixed-width UTC text (``*_utc``) plus the timezone name and,
for the row's main instant, the user's ``local_date``.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class PromptRow(SQLModel, table=True):
    """A break prompt and its answer."""

    __tablename__ = "prompt"

    id: int | None = Field(default=None, primary_key=True)
    at_utc: str
    tz: str
    local_date: str = Field(index=True)
    kind: str
    answer: str | None = None
    answered_utc: str | None = None
    answered_tz: str | None = None


class SessionRow(SQLModel, table=True):
    """A guided session."""

    __tablename__ = "session"

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


class SetRow(SQLModel, table=True):
    """One set of one exercise on one side."""

    __tablename__ = "exercise_set"

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


class RatingRow(SQLModel, table=True):
    """A 0–10 pain rating."""

    __tablename__ = "rating"

    id: int | None = Field(default=None, primary_key=True)
    at_utc: str
    tz: str
    local_date: str = Field(index=True)
    kind: str
    value: int
    region: str | None = None
    session_id: int | None = Field(default=None, foreign_key="session.id")
    exercise_id: str | None = None


class SafetyEventRow(SQLModel, table=True):
    """A safety finding the user reported, and the advice given."""

    __tablename__ = "safety_event"

    id: int | None = Field(default=None, primary_key=True)
    at_utc: str
    tz: str
    local_date: str = Field(index=True)
    code: str
    action: str = ""
    detail: str = ""
    session_id: int | None = Field(default=None, foreign_key="session.id")


class AppStateRow(SQLModel, table=True):
    """A small key/value record (e.g. when the last backup was taken)."""

    __tablename__ = "app_state"

    key: str = Field(primary_key=True)
    value: str
