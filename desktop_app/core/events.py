"""Domain events: what the app stores, and what every statistic is derived from.

Instants are :class:`~desktop_app.core.clock.Stamp` (UTC plus timezone name);
durations are integer seconds.

Every event has two identities: ``id``, the database row id (local to one computer,
used to refer to a session or prompt inside one database), and ``event_id``, a random
uuid4 that is globally unique and never changes, plus ``computer_id``, the computer that
wrote it (both used to share the history between computers, see docs/sync.md). Both are
``None`` until the storage side gives them (see docs/storage.md, "Event ids").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar
from uuid import UUID

from desktop_app.core.clock import Stamp


class PromptKind(StrEnum):
    """Why the app asked the user to take a break."""

    MICROBREAK = "microbreak"
    DAILY = "daily"
    MAKEUP = "makeup"


class PromptAnswer(StrEnum):
    """What the user did with a break prompt."""

    STARTED = "started"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    #: The prompt was withdrawn without an answer (sleep, quit, quiet time).
    EXPIRED = "expired"


class SessionKind(StrEnum):
    """Which kind of guided session was run."""

    MICROBREAK = "microbreak"
    DAILY = "daily"
    #: Started by the user from the tray, not from a prompt.
    USER = "user"


class SessionOutcome(StrEnum):
    """How a session ended (``planned`` until it ends)."""

    PLANNED = "planned"
    COMPLETED = "completed"
    PARTIAL = "partial"
    SKIPPED = "skipped"
    INTERRUPTED = "interrupted"


class Side(StrEnum):
    """Body side a set was done on."""

    BOTH = "both"
    LEFT = "left"
    RIGHT = "right"


class Feel(StrEnum):
    """How an exercise felt, asked with one key after it."""

    EASY = "easy"
    OK = "ok"
    HARD = "hard"


class RatingKind(StrEnum):
    """When a 0–10 pain rating was given."""

    BEFORE = "before"
    AFTER = "after"
    DURING = "during"
    DAY_AVERAGE = "day_average"


class Region(StrEnum):
    """Optional body region of a pain rating (brief §4)."""

    NECK = "neck"
    UPPER_BACK = "upper_back"
    LOW_BACK = "low_back"
    HIPS = "hips"
    LEG = "leg"
    ARM = "arm"


@dataclass(frozen=True, slots=True)
class PromptEvent:
    """A break prompt shown to the user, and its answer once given."""

    at: Stamp
    kind: PromptKind
    answer: PromptAnswer | None = None
    answered_at: Stamp | None = None
    id: int | None = None
    event_id: UUID | None = None
    computer_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class SessionEvent:
    """One guided session from start to end."""

    started_at: Stamp
    kind: SessionKind
    outcome: SessionOutcome = SessionOutcome.PLANNED
    ended_at: Stamp | None = None
    prompt_id: int | None = None
    planned_exercises: int = 0
    id: int | None = None
    event_id: UUID | None = None
    computer_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class SetEvent:
    """One set of one exercise on one side, logged when it ends."""

    session_id: int
    exercise_id: str
    side: Side
    at: Stamp
    planned_s: int = 0
    done_s: int = 0
    planned_reps: int = 0
    done_reps: int = 0
    feel: Feel | None = None
    id: int | None = None
    event_id: UUID | None = None
    computer_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class RatingEvent:
    """A 0–10 pain rating (NRS), logged when given."""

    at: Stamp
    kind: RatingKind
    value: int
    region: Region | None = None
    session_id: int | None = None
    exercise_id: str | None = None
    id: int | None = None
    event_id: UUID | None = None
    computer_id: UUID | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.value <= 10:
            raise ValueError(f"pain rating must be 0–10, got {self.value}")


@dataclass(frozen=True, slots=True)
class SafetyEvent:
    """A safety finding the user reported (e.g. ``numbness``) and the advice given."""

    at: Stamp
    code: str
    action: str = ""
    detail: str = ""
    session_id: int | None = None
    id: int | None = None
    event_id: UUID | None = None
    computer_id: UUID | None = None


#: Any one of the stored events.
AnyEvent = PromptEvent | SessionEvent | SetEvent | RatingEvent | SafetyEvent
#: One of the stored events, the same one in and out (a write returns what it was given).
StoredEvent = TypeVar("StoredEvent", PromptEvent, SessionEvent, SetEvent, RatingEvent, SafetyEvent)
