"""The automatic pain triggers: one severe rating, or weekly pain rising (brief §4).

Both lead to a "see a physiotherapist or doctor" :class:`~desktop_app.core.safety.SafetyOutcome`
with the values filled into a translatable template (``Safety`` context).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from desktop_app.core.clock import zone
from desktop_app.core.events import RatingEvent, RatingKind
from desktop_app.core.red_flags import FlagGroup
from desktop_app.core.safety import SafetyOutcome, Trigger
from desktop_app.core.text_marks import QT_TRANSLATE_NOOP

#: A single rating at or above this starts the "see a professional" prompt.
SEVERE_PAIN_THRESHOLD = 7
#: Rise of the weekly mean pain, in points, that counts when it lasts two weeks.
WEEKLY_RISE_POINTS = 2.0

SEVERE_PAIN_ADVICE = QT_TRANSLATE_NOOP(
    "Safety",
    "You rated your pain {value} out of 10. Pain this strong is worth getting checked: "
    "we recommend seeing a physiotherapist or doctor. You can pause the programme until then.",
)
RISING_PAIN_ADVICE = QT_TRANSLATE_NOOP(
    "Safety",
    "Your weekly average pain has been at least 2 points higher than before for two weeks "
    "running ({before:.1f} → {week1:.1f} → {week2:.1f}). We recommend seeing a "
    "physiotherapist or doctor. You can pause the programme until then.",
)


def _physio(template: str, trigger: Trigger, **values: float) -> SafetyOutcome:
    return SafetyOutcome(
        FlagGroup.RECOMMEND_PHYSIO,
        (),
        frozenset(),
        False,
        False,
        (template.format(**values),),
        trigger,
        (template,),
        tuple(values.items()),
    )


def severe_pain_trigger(rating: RatingEvent) -> SafetyOutcome | None:
    """Return a "see a professional" outcome when one rating is 7 or more."""
    if rating.value >= SEVERE_PAIN_THRESHOLD:
        return _physio(SEVERE_PAIN_ADVICE, Trigger.SEVERE_PAIN, value=rating.value)
    return None


def week_start(day: date) -> date:
    """Return the Monday of the week containing ``day``."""
    return day - timedelta(days=day.weekday())


def weekly_means(ratings: Sequence[RatingEvent]) -> dict[date, float]:
    """Return mean pain per week (Monday start), from daily means of every rating kind.

    Daily means first, so a day with many ratings does not outweigh the others (brief §4).
    """
    per_day: dict[date, list[int]] = {}
    for r in ratings:
        per_day.setdefault(r.at.local_date, []).append(r.value)
    per_week: dict[date, list[float]] = {}
    for day, values in per_day.items():
        per_week.setdefault(week_start(day), []).append(sum(values) / len(values))
    return {w: sum(v) / len(v) for w, v in sorted(per_week.items())}


def rising_pain_trigger(
    ratings: Sequence[RatingEvent], now: datetime, tz: str
) -> SafetyOutcome | None:
    """Return an outcome when weekly mean pain has risen ≥2 points two weeks running.

    "Two weeks running" is read as: the two most recent complete weeks both have a mean at
    least 2 points above the week before them. Weeks without ratings break the run. The
    current, unfinished week is ignored so one bad day cannot trigger it.
    """
    usable = [r for r in ratings if r.kind is not RatingKind.DURING]
    means = weekly_means(usable)
    this_week = week_start(now.astimezone(zone(tz)).date())
    w2 = this_week - timedelta(days=7)
    w1 = w2 - timedelta(days=7)
    w0 = w1 - timedelta(days=7)
    if not all(w in means for w in (w0, w1, w2)):
        return None
    base = means[w0]
    if means[w1] - base >= WEEKLY_RISE_POINTS and means[w2] - base >= WEEKLY_RISE_POINTS:
        return _physio(
            RISING_PAIN_ADVICE, Trigger.RISING_PAIN, before=base, week1=means[w1], week2=means[w2]
        )
    return None
