"""Day-level aggregation of the event log in SQL, grouped by the stored ``local_date``.

Each query returns one row per day (or per day and key), never one per event, and the
core folds days into weeks (:mod:`desktop_app.core.stats`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.engine import Connection

from desktop_app.core.day_totals import NO_REGION, DayTotals, PainSum

_PROMPTS = text(
    """
    SELECT local_date, COUNT(*),
           SUM(answer = 'snoozed'), SUM(answer = 'skipped'), SUM(answer = 'expired')
    FROM prompt WHERE local_date BETWEEN :first AND :last
      AND (:computer IS NULL OR computer_id = :computer) GROUP BY local_date
    """
)
_SESSIONS = text(
    """
    SELECT local_date,
           SUM(kind = 'user'),
           SUM(kind = 'user' AND outcome = 'completed'),
           SUM(kind != 'user' AND prompt_id IS NULL),
           SUM(kind != 'user' AND outcome = 'completed'),
           SUM(kind != 'user' AND outcome = 'partial'),
           SUM(kind != 'user' AND outcome = 'interrupted'),
           MAX(kind = 'daily' AND outcome = 'completed')
    FROM session WHERE local_date BETWEEN :first AND :last
      AND (:computer IS NULL OR computer_id = :computer) GROUP BY local_date
    """
)
_SETS = text(
    """
    SELECT local_date, COUNT(*), SUM(done_s),
           SUM(CASE WHEN side = 'left' THEN done_s ELSE 0 END), SUM(side = 'left'),
           SUM(CASE WHEN side = 'right' THEN done_s ELSE 0 END), SUM(side = 'right')
    FROM exercise_set WHERE local_date BETWEEN :first AND :last
      AND (:computer IS NULL OR computer_id = :computer) GROUP BY local_date
    """
)
# Sets per exercise and week: the week's first day is derived from local_date in SQL
# (strftime %w: Sunday = 0), so per-exercise rows are per week, not per day.
_WEEK_EXERCISES = text(
    """
    SELECT date(local_date, '-' || ((CAST(strftime('%w', local_date) AS INTEGER) + 6 - :ws) % 7)
                || ' days') AS week, exercise_id, COUNT(*)
    FROM exercise_set WHERE local_date BETWEEN :first AND :last
      AND (:computer IS NULL OR computer_id = :computer)
    GROUP BY week, exercise_id
    """
)
_RATINGS = text(
    """
    SELECT local_date, kind, COALESCE(region, ''), SUM(value), COUNT(*)
    FROM rating WHERE local_date BETWEEN :first AND :last
      AND (:computer IS NULL OR computer_id = :computer)
    GROUP BY local_date, kind, COALESCE(region, '')
    """
)
# Within-session change per (session, region): mean(after) - mean(before), on the day of
# the first "after" rating; the same definition as core.day_totals.day_totals_from_events.
_CHANGES = text(
    """
    SELECT after_day, SUM(after_mean - before_mean), COUNT(*) FROM (
        SELECT session_id, COALESCE(region, '') AS reg,
               AVG(CASE WHEN kind = 'before' THEN value END) AS before_mean,
               AVG(CASE WHEN kind = 'after' THEN value END) AS after_mean,
               MIN(CASE WHEN kind = 'after' THEN local_date END) AS after_day
        FROM rating
        WHERE session_id IS NOT NULL AND kind IN ('before', 'after')
          AND local_date BETWEEN :low AND :last
          AND (:computer IS NULL OR computer_id = :computer)
        GROUP BY session_id, reg
    )
    WHERE before_mean IS NOT NULL AND after_mean IS NOT NULL
      AND after_day BETWEEN :first AND :last
    GROUP BY after_day
    """
)
_SAFETY = text(
    """
    SELECT local_date, COUNT(*) FROM safety_event
    WHERE local_date BETWEEN :first AND :last
      AND (:computer IS NULL OR computer_id = :computer)
    GROUP BY local_date
    """
)


def _computer(computer: UUID | None) -> str | None:
    return None if computer is None else str(computer)


def _n(value: Any) -> int:
    return int(value or 0)


def week_exercises(
    conn: Connection,
    first: date,
    last: date,
    week_start: int = 0,
    computer: UUID | None = None,
) -> dict[date, tuple[tuple[str, int], ...]]:
    """Count sets per exercise for each week (keyed by its first day) in a day range.

    ``computer``: only the events of that computer (None: all computers).
    """
    weeks: dict[date, list[tuple[str, int]]] = defaultdict(list)
    params = {
        "first": first.isoformat(),
        "last": last.isoformat(),
        "ws": week_start,
        "computer": _computer(computer),
    }
    for week, exercise_id, count in conn.execute(_WEEK_EXERCISES, params):
        weeks[date.fromisoformat(week)].append((str(exercise_id), _n(count)))
    return {week: tuple(sorted(items)) for week, items in weeks.items()}


def day_totals(
    conn: Connection, first: date, last: date, computer: UUID | None = None
) -> list[DayTotals]:
    """Aggregate every table per local day between ``first`` and ``last`` (inclusive).

    ``DayTotals.exercises`` is left empty here: per-exercise counts come per week from
    :func:`week_exercises`, which returns far fewer rows. ``computer``: only the events
    of that computer (None: every computer, as imported from the sync folder).
    """
    params = {"first": first.isoformat(), "last": last.isoformat(), "computer": _computer(computer)}
    days: dict[str, dict[str, Any]] = defaultdict(dict)
    for day, count, snoozed, skipped, expired in conn.execute(_PROMPTS, params):
        days[day].update(prompts=_n(count), snoozed=_n(snoozed), skipped=_n(skipped))
        days[day]["expired"] = _n(expired)
    for row in conn.execute(_SESSIONS, params):
        days[row[0]].update(
            user_started=_n(row[1]),
            user_completed=_n(row[2]),
            unprompted=_n(row[3]),
            completed=_n(row[4]),
            partial=_n(row[5]),
            interrupted=_n(row[6]),
            daily_done=bool(row[7]),
        )
    for day, count, done_s, left_s, left_sets, right_s, right_sets in conn.execute(_SETS, params):
        days[day].update(
            sets=_n(count),
            exercise_s=_n(done_s),
            left_s=_n(left_s),
            left_sets=_n(left_sets),
            right_s=_n(right_s),
            right_sets=_n(right_sets),
        )
    pain: dict[str, list[PainSum]] = defaultdict(list)
    for day, kind, region, total, count in conn.execute(_RATINGS, params):
        pain[day].append(PainSum(kind, region or NO_REGION, _n(total), _n(count)))
    for day, sums in pain.items():
        days[day]["pain"] = tuple(sorted(sums, key=lambda p: (p.kind, p.region)))
    # A session's "before" rating may sit on the previous day (session across midnight).
    low = {"low": date.fromordinal(first.toordinal() - 1).isoformat(), **params}
    for day, total, count in conn.execute(_CHANGES, low):
        days[day].update(change_total=float(total or 0.0), change_count=_n(count))
    for day, count in conn.execute(_SAFETY, params):
        days[day]["safety_events"] = _n(count)
    return [
        replace(DayTotals(day=date.fromisoformat(day)), **values)
        for day, values in sorted(days.items())
    ]
