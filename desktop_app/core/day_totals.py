"""What one calendar day contributes to the statistics, aggregated from the event log.

Storage aggregates events per ``local_date`` (the user's calendar day at the instant,
fixed at write time, so DST and timezone changes are already resolved) into
:class:`DayTotals`; :mod:`desktop_app.core.stats` folds days into weeks.
:func:`day_totals_from_events` is the same aggregation in plain Python, used for small
inputs and as the reference the SQL version is tested against.

Definitions (also in docs/storage.md):

* *prompted*: breaks offered on that day = prompts not answered "snoozed" (a snooze is
  followed by a new prompt, or by a new answer on the same prompt) plus prescribed
  sessions started without a prompt (e.g. "break now"); user-started sessions excluded.
* *completed* / *partial*: prescribed (non-user) sessions with that outcome.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from desktop_app.core.events import (
    PromptAnswer,
    PromptEvent,
    RatingEvent,
    RatingKind,
    SessionEvent,
    SessionKind,
    SessionOutcome,
    SetEvent,
    Side,
)

#: Key for ratings given without a body region.
NO_REGION = ""


@dataclass(frozen=True, slots=True)
class PainSum:
    """Sum and count of the ratings of one kind and region on one day."""

    kind: str
    region: str
    total: int
    count: int


@dataclass(frozen=True, slots=True)
class DayTotals:
    """Everything one calendar day contributes to the statistics."""

    day: date
    prompts: int = 0
    snoozed: int = 0
    skipped: int = 0
    expired: int = 0
    completed: int = 0
    partial: int = 0
    interrupted: int = 0
    unprompted: int = 0
    user_started: int = 0
    user_completed: int = 0
    daily_done: bool = False
    exercise_s: int = 0
    sets: int = 0
    left_s: int = 0
    right_s: int = 0
    left_sets: int = 0
    right_sets: int = 0
    pain: tuple[PainSum, ...] = ()
    change_total: float = 0.0
    change_count: int = 0
    exercises: tuple[tuple[str, int], ...] = ()
    safety_events: int = 0

    @property
    def prompted(self) -> int:
        """Breaks offered: final prompt answers plus prescribed sessions without a prompt."""
        return self.prompts - self.snoozed + self.unprompted

    @property
    def active(self) -> bool:
        """Whether at least one session was completed on this day."""
        return self.completed + self.user_completed > 0 or self.daily_done

    @property
    def used(self) -> bool:
        """Whether the app asked or the user trained on this day."""
        return self.prompts + self.unprompted + self.user_started > 0

    def pain_mean(self, kinds: Iterable[str], region: str | None = None) -> float | None:
        """Return the day's mean rating of these kinds (one region, or all pooled)."""
        wanted = set(kinds)
        total = count = 0
        for p in self.pain:
            if p.kind in wanted and (region is None or p.region == region):
                total += p.total
                count += p.count
        return total / count if count else None


@dataclass
class _DayBuilder:
    """One day's running totals, folded into a :class:`DayTotals` at the end.

    ``counts`` holds the plain counters by their :class:`DayTotals` field name.
    """

    counts: Counter[str] = field(default_factory=Counter)
    daily_done: bool = False
    pain: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    change_total: float = 0.0
    exercises: dict[str, int] = field(default_factory=dict)

    def totals(self, day: date) -> DayTotals:
        folded = DayTotals(
            day=day,
            daily_done=self.daily_done,
            pain=tuple(
                PainSum(kind, region, sum(values), len(values))
                for (kind, region), values in sorted(self.pain.items())
            ),
            change_total=self.change_total,
            exercises=tuple(sorted(self.exercises.items())),
        )
        counters: dict[str, Any] = dict(self.counts)  # names checked by replace()
        return replace(folded, **counters)


def day_totals_from_events(
    prompts: Iterable[PromptEvent] = (),
    sessions: Iterable[SessionEvent] = (),
    sets: Iterable[SetEvent] = (),
    ratings: Iterable[RatingEvent] = (),
    safety_days: Iterable[date] = (),
) -> list[DayTotals]:
    """Aggregate events per local day in Python (reference for the SQL aggregation).

    Days come from each event's own stamp (``Stamp.local_date``): a session belongs to the
    day it started, a set and a rating to the day they were logged.
    """
    builders: dict[date, _DayBuilder] = defaultdict(_DayBuilder)
    for p in prompts:
        b = builders[p.at.local_date]
        b.counts["prompts"] += 1
        if p.answer == PromptAnswer.SNOOZED:
            b.counts["snoozed"] += 1
        elif p.answer == PromptAnswer.SKIPPED:
            b.counts["skipped"] += 1
        elif p.answer == PromptAnswer.EXPIRED:
            b.counts["expired"] += 1
    for s in sessions:
        b = builders[s.started_at.local_date]
        if s.kind == SessionKind.USER:
            b.counts["user_started"] += 1
            b.counts["user_completed"] += s.outcome == SessionOutcome.COMPLETED
            continue
        b.counts["unprompted"] += s.prompt_id is None
        b.counts["completed"] += s.outcome == SessionOutcome.COMPLETED
        b.counts["partial"] += s.outcome == SessionOutcome.PARTIAL
        b.counts["interrupted"] += s.outcome == SessionOutcome.INTERRUPTED
        if s.kind == SessionKind.DAILY and s.outcome == SessionOutcome.COMPLETED:
            b.daily_done = True
    for st in sets:
        b = builders[st.at.local_date]
        b.counts["sets"] += 1
        b.counts["exercise_s"] += st.done_s
        b.exercises[st.exercise_id] = b.exercises.get(st.exercise_id, 0) + 1
        if st.side == Side.LEFT:
            b.counts["left_s"] += st.done_s
            b.counts["left_sets"] += 1
        elif st.side == Side.RIGHT:
            b.counts["right_s"] += st.done_s
            b.counts["right_sets"] += 1
    # Within-session change per (session, region): mean(after) - mean(before), counted on
    # the day of the first "after" rating.
    pairs: dict[tuple[int, str], dict[str, list[tuple[date, int]]]] = defaultdict(dict)
    for r in ratings:
        b = builders[r.at.local_date]
        region = r.region.value if r.region is not None else NO_REGION
        b.pain.setdefault((r.kind.value, region), []).append(r.value)
        if r.session_id is not None and r.kind in (RatingKind.BEFORE, RatingKind.AFTER):
            pairs[(r.session_id, region)].setdefault(r.kind.value, []).append(
                (r.at.local_date, r.value)
            )
    for pair in pairs.values():
        befores = pair.get(RatingKind.BEFORE.value)
        afters = pair.get(RatingKind.AFTER.value)
        if befores and afters:
            change = sum(v for _, v in afters) / len(afters) - sum(v for _, v in befores) / len(
                befores
            )
            target = builders[min(d for d, _ in afters)]
            target.change_total += change
            target.counts["change_count"] += 1
    for d in safety_days:
        builders[d].counts["safety_events"] += 1
    return [b.totals(day) for day, b in sorted(builders.items())]
