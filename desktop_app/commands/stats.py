"""``counterbalance stats --weeks N [--json]``: weekly statistics from the event log."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop_app.core.clock import Stamp
from desktop_app.core.stats import ProgressView, WeekStats
from desktop_app.platform.clock import SystemClock
from desktop_app.platform.paths import DataPaths

DEFAULT_WEEKS = 8


def week_json(week: WeekStats) -> dict[str, Any]:
    """Return one week as plain JSON data (the five contract keys first)."""

    def r(value: float | None) -> float | None:
        return None if value is None else round(value, 4)

    return {
        "week_start": week.week_start.isoformat(),
        "prompted": week.prompted,
        "completed": week.completed,
        "adherence": r(week.adherence),
        "pain_before_mean": r(week.pain_before_mean),
        "pain_after_mean": r(week.pain_after_mean),
        "partial": week.partial,
        "snoozed": week.snoozed,
        "skipped": week.skipped,
        "user_started": week.user_started,
        "user_completed": week.user_completed,
        "exercise_min": round(week.exercise_min, 2),
        "daily_sessions_done": week.daily_sessions_done,
        "active_days": week.active_days,
        "pain_level_mean": r(week.pain_level_mean),
        "pain_change_mean": r(week.pain_change_mean),
        "pain_delta_vs_previous": r(week.pain_delta_vs_previous),
        "meaningful_change": week.meaningful_change,
        "pain_by_region": {
            p.region: {"before_mean": r(p.before_mean), "after_mean": r(p.after_mean)}
            for p in week.pain_by_region
        },
        "left_s": week.left_s,
        "right_s": week.right_s,
        "left_sets": week.left_sets,
        "right_sets": week.right_sets,
        "safety_events": week.safety_events,
    }


def view_json(view: ProgressView) -> dict[str, Any]:
    """Return the whole view as JSON data: weeks oldest first, then the streaks."""
    return {
        "weeks": [week_json(w) for w in view.weeks],
        "today": view.today.isoformat(),
        "current_streak_days": view.current_streak,
        "longest_streak_days": view.longest_streak,
    }


def _days(n: int) -> str:
    # Plain terminal text (no Qt translator in a command): the one English plural.
    return f"{n} day" if n == 1 else f"{n} days"


def _fmt(value: float | None, pattern: str) -> str:
    return "–" if value is None else pattern.format(value)


def table(view: ProgressView) -> str:
    """Return a plain-text table of the weeks."""
    header = (
        f"{'week':<10}  {'prompted':>8}  {'done':>4}  {'adher.':>6}  {'user':>4}  "
        f"{'min':>5}  {'pain before':>11}  {'after':>5}"
    )
    lines = [header, "-" * len(header)]
    for w in view.weeks:
        mark = " *" if w.meaningful_change else ""
        lines.append(
            f"{w.week_start.isoformat():<10}  {w.prompted:>8}  {w.completed:>4}  "
            f"{_fmt(w.adherence and w.adherence * 100, '{:.0f}%'):>6}  "
            f"{w.user_started:>4}  {w.exercise_min:>5.0f}  "
            f"{_fmt(w.pain_before_mean, '{:.1f}'):>11}  {_fmt(w.pain_after_mean, '{:.1f}'):>5}"
            f"{mark}"
        )
    lines.append("")
    lines.append(
        f"Current streak: {_days(view.current_streak)} (longest {_days(view.longest_streak)})."
    )
    if any(w.meaningful_change for w in view.weeks):
        lines.append("* meaningful change in weekly pain (≥ 2 points or ≥ 30 %).")
    return "\n".join(lines)


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    """Print weekly statistics; works on a missing database and next to a running app."""
    from desktop_app.storage.event_store import EventStore, StoreError

    raw_weeks = getattr(args, "weeks", None)
    weeks = DEFAULT_WEEKS if raw_weeks is None else int(raw_weeks)
    if not 1 <= weeks <= 520:
        print(f"counterbalance stats: --weeks must be 1–520, got {weeks}", file=sys.stderr)
        return 2
    week_start = int(getattr(args, "week_start", 0) or 0)
    today = Stamp.now(SystemClock()).local_date
    store = EventStore(paths)
    try:
        view = store.progress(today, weeks, week_start)
    except StoreError as exc:
        print(f"counterbalance stats: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    if getattr(args, "json", False):
        print(json.dumps(view_json(view), ensure_ascii=False))
    else:
        print(table(view))
    return 0
