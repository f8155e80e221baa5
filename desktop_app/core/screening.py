"""When to ask the red-flag questions, and which ones: screening that finds people.

The checklist is not only behind "Check symptoms…": it is asked

* once at the first run, before any exercise (the full list);
* after a pain rating of 7 or more, or pain during an exercise above 5 (the short list,
  at most once a day so a bad week is not a stream of questionnaires);
* when the user reports new numbness, tingling or weakness (the full list, every time);
* as a short re-check every few weeks (``RECHECK_EVERY``), at the start of a session.

Wording is short and calm: most people tick nothing, and the intro says so. The answers go
through :func:`desktop_app.core.safety.evaluate`, which maps them to "emergency now",
"see a doctor soon" or "carry on" and never names a diagnosis. Texts are English source
strings (translation context ``safety.SAFETY_CONTEXT``).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from desktop_app.core.events import RatingEvent, RatingKind
from desktop_app.core.pain_triggers import SEVERE_PAIN_THRESHOLD
from desktop_app.core.red_flags import FLAGS_BY_ID, RED_FLAGS, RedFlag
from desktop_app.core.text_marks import QT_TRANSLATE_NOOP

#: The short re-check every few weeks (issue 12: "every few weeks").
RECHECK_EVERY = timedelta(weeks=3)
#: A pain-triggered check is not repeated within this time of the last check.
RATING_CHECK_QUIET = timedelta(hours=24)
#: Pain during an exercise above this asks the short check (brief §3 pain-monitoring model).
DURING_PAIN_LIMIT = 5


class ScreeningReason(StrEnum):
    """Why the red-flag questions are asked now."""

    FIRST_RUN = "first_run"
    SEVERE_PAIN = "severe_pain"
    PAIN_DURING = "pain_during"
    NERVE_SYMPTOMS = "nerve_symptoms"
    PERIODIC = "periodic"
    #: The user opened "Check symptoms…" themselves.
    USER = "user"


#: The short list: one or two signs of each serious kind, in words anyone can answer; the
#: lasting facts (history of cancer, steroids, drug use) stay in the full list.
SHORT_CHECK: tuple[str, ...] = (
    "bladder_bowel",
    "saddle_numbness",
    "leg_weakness",
    "dizziness",
    "speech",
    "sudden_headache",
    "chest_pain",
    "arm_nerve",
    "leg_nerve",
    "night_pain",
    "fever",
)

#: Which list each reason asks.
FULL_LIST_REASONS = frozenset(
    {ScreeningReason.FIRST_RUN, ScreeningReason.NERVE_SYMPTOMS, ScreeningReason.USER}
)

INTROS: dict[ScreeningReason, str] = {
    ScreeningReason.FIRST_RUN: (
        QT_TRANSLATE_NOOP(
            "Safety",
            "Before your first exercise, a few questions to check that exercise is right for "
            "you today. Most people tick none of them.",
        )
    ),
    ScreeningReason.SEVERE_PAIN: (
        QT_TRANSLATE_NOOP(
            "Safety",
            "You rated your pain quite high, so here is a quick check. Most people tick none "
            "of these; if one applies, you will see what to do.",
        )
    ),
    ScreeningReason.PAIN_DURING: (
        QT_TRANSLATE_NOOP(
            "Safety",
            "That exercise hurt more than it should, so here is a quick check. Most people "
            "tick none of these.",
        )
    ),
    ScreeningReason.NERVE_SYMPTOMS: (
        QT_TRANSLATE_NOOP(
            "Safety",
            "You mentioned numbness, tingling or weakness. Please tick anything that applies "
            "now, so Counterbalance can tell you what to do next.",
        )
    ),
    ScreeningReason.PERIODIC: (
        QT_TRANSLATE_NOOP(
            "Safety",
            "A quick check-in, as every few weeks. Tick anything that is new since you last "
            "checked; most people tick nothing.",
        )
    ),
    ScreeningReason.USER: (
        QT_TRANSLATE_NOOP(
            "Safety",
            "Tick every sign that applies to you now. Counterbalance gives general advice, "
            "not a diagnosis: a sign is a reason to get checked.",
        )
    ),
}


def questions_for(reason: ScreeningReason) -> tuple[RedFlag, ...]:
    """Return the red flags to ask for ``reason``, in display order."""
    if reason in FULL_LIST_REASONS:
        return RED_FLAGS
    short = frozenset(SHORT_CHECK)
    return tuple(FLAGS_BY_ID[i] for i in (f.id for f in RED_FLAGS) if i in short)


def reason_for_rating(
    rating: RatingEvent, last_check: datetime | None, now: datetime
) -> ScreeningReason | None:
    """Return why a rating should start the short check, or None.

    A rating of 7 or more, or pain during an exercise above 5, asks the check unless one
    was answered within ``RATING_CHECK_QUIET``.
    """
    if rating.value >= SEVERE_PAIN_THRESHOLD:
        reason = ScreeningReason.SEVERE_PAIN
    elif rating.kind is RatingKind.DURING and rating.value > DURING_PAIN_LIMIT:
        reason = ScreeningReason.PAIN_DURING
    else:
        return None
    if last_check is not None and now - last_check < RATING_CHECK_QUIET:
        return None
    return reason


def reason_at_session_start(last_check: datetime | None, now: datetime) -> ScreeningReason | None:
    """Return why the check should open before a session, or None.

    Never checked → the first-run check (also for people who used the app before the
    screening existed); checked ``RECHECK_EVERY`` ago or longer → the short re-check.
    """
    if last_check is None:
        return ScreeningReason.FIRST_RUN
    if now - last_check >= RECHECK_EVERY:
        return ScreeningReason.PERIODIC
    return None


def next_recheck(last_check: datetime | None, now: datetime) -> datetime:
    """Return when the periodic re-check is due (now when never checked or overdue)."""
    if last_check is None:
        return now
    return max(now, last_check + RECHECK_EVERY)
