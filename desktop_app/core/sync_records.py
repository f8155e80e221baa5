"""Turning the app's events (:mod:`desktop_app.core.events`) into sync records.

Database row ids are local to one computer, so records refer to each other by event id:
a session's id is the event id of its ``session_started`` record, and ``session_ended``,
``set_done``, ``pain_rating`` and ``safety_event`` name it in ``session``.
"""

from __future__ import annotations

import random
from uuid import UUID

from desktop_app.core.clock import Stamp
from desktop_app.core.events import PromptEvent, RatingEvent, SessionEvent, SetEvent
from desktop_app.core.sync_format import (
    JsonValue,
    RecordKind,
    SyncRecord,
    format_instant,
)


def new_event_id(rng: random.Random) -> UUID:
    """Return a random (version 4) uuid drawn from ``rng``.

    Give it ``random.SystemRandom()`` in the app, so that ids are unguessable and unique
    across computers; a seeded ``random.Random`` in tests and benchmarks.
    """
    return UUID(int=rng.getrandbits(128), version=4)


def _record(
    kind: RecordKind,
    at: Stamp,
    payload: dict[str, JsonValue],
    event_id: UUID,
    computer_id: UUID,
) -> SyncRecord:
    return SyncRecord(event_id, computer_id, kind, at, at.local_date, payload)


def _optional(value: UUID | None) -> str | None:
    return None if value is None else str(value)


def prompt_answered(event: PromptEvent, *, event_id: UUID, computer_id: UUID) -> SyncRecord:
    """The answer to a break prompt (stamped when answered).

    Raises:
        ValueError: The prompt has no answer yet.
    """
    if event.answer is None or event.answered_at is None:
        raise ValueError("only answered prompts are shared")
    payload: dict[str, JsonValue] = {
        "prompt_kind": event.kind.value,
        "shown_at": format_instant(event.at.utc),
        "answer": event.answer.value,
    }
    return _record(RecordKind.PROMPT_ANSWERED, event.answered_at, payload, event_id, computer_id)


def session_started(
    event: SessionEvent, *, session: UUID, computer_id: UUID, prompt: UUID | None = None
) -> SyncRecord:
    """The start of a session; ``session`` becomes its event id and the session's id."""
    payload: dict[str, JsonValue] = {
        "session_kind": event.kind.value,
        "prompt": _optional(prompt),
        "planned_exercises": event.planned_exercises,
    }
    return _record(RecordKind.SESSION_STARTED, event.started_at, payload, session, computer_id)


def session_ended(
    event: SessionEvent, *, event_id: UUID, session: UUID, computer_id: UUID
) -> SyncRecord:
    """The end of a session and its outcome.

    Raises:
        ValueError: The session has not ended.
    """
    if event.ended_at is None:
        raise ValueError("the session has not ended")
    payload: dict[str, JsonValue] = {"session": str(session), "outcome": event.outcome.value}
    return _record(RecordKind.SESSION_ENDED, event.ended_at, payload, event_id, computer_id)


def set_done(event: SetEvent, *, event_id: UUID, session: UUID, computer_id: UUID) -> SyncRecord:
    """One set of one exercise, stamped when it ended."""
    payload: dict[str, JsonValue] = {
        "session": str(session),
        "exercise": event.exercise_id,
        "side": event.side.value,
        "planned_s": event.planned_s,
        "done_s": event.done_s,
        "planned_reps": event.planned_reps,
        "done_reps": event.done_reps,
        "feel": None if event.feel is None else event.feel.value,
    }
    return _record(RecordKind.SET_DONE, event.at, payload, event_id, computer_id)


def pain_rating(
    event: RatingEvent, *, event_id: UUID, computer_id: UUID, session: UUID | None = None
) -> SyncRecord:
    """A 0–10 pain rating."""
    payload: dict[str, JsonValue] = {
        "rating_kind": event.kind.value,
        "value": event.value,
        "region": None if event.region is None else event.region.value,
        "session": _optional(session),
        "exercise": event.exercise_id,
    }
    return _record(RecordKind.PAIN_RATING, event.at, payload, event_id, computer_id)


def safety_event(
    at: Stamp,
    code: str,
    *,
    event_id: UUID,
    computer_id: UUID,
    action: str = "",
    detail: str = "",
    session: UUID | None = None,
) -> SyncRecord:
    """A safety finding the user reported and the advice given (as the database stores it)."""
    payload: dict[str, JsonValue] = {
        "code": code,
        "action": action,
        "detail": detail,
        "session": _optional(session),
    }
    return _record(RecordKind.SAFETY_EVENT, at, payload, event_id, computer_id)
