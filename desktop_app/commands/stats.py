"""``counterbalance stats --weeks N [--json]``: weekly statistics from the event log."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.core.clock import Stamp
from desktop_app.core.stats import ProgressView, WeekStats
from desktop_app.platform.clock import SystemClock
from desktop_app.platform.paths import DataPaths
from desktop_app.ui.locale_format import decimal, percent, short_date

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


def _fmt(value: float | None, places: int = 1) -> str:
    return "–" if value is None else decimal(value, places)


def table(view: ProgressView) -> str:
    """Return a plain-text table of the weeks, in the installed language and locale.

    Columns are as wide as their widest cell, so longer translated headings still line up.
    """
    headings = [
        QCoreApplication.translate("Cli", "week"),
        QCoreApplication.translate("Cli", "prompted"),
        QCoreApplication.translate("Cli", "done"),
        QCoreApplication.translate("Cli", "adher."),
        QCoreApplication.translate("Cli", "user"),
        QCoreApplication.translate("Cli", "min"),
        QCoreApplication.translate("Cli", "pain before"),
        QCoreApplication.translate("Cli", "after"),
    ]
    rows = [
        [
            short_date(w.week_start),
            str(w.prompted),
            str(w.completed),
            "–" if w.adherence is None else percent(w.adherence, ""),
            str(w.user_started),
            _fmt(w.exercise_min, 0),
            _fmt(w.pain_before_mean),
            _fmt(w.pain_after_mean),
        ]
        for w in view.weeks
    ]
    widths = [max(len(cell) for cell in column) for column in zip(headings, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = (cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True))
        return "  ".join((first, *rest))

    header = line(headings)
    lines = [header, "-" * len(header)]
    for week, row in zip(view.weeks, rows, strict=True):
        lines.append(line(row) + (" *" if week.meaningful_change else ""))
    lines.append("")
    current, longest = view.current_streak, view.longest_streak
    lines.append(
        QCoreApplication.translate("Cli", "Current streak: %n day(s)", "", current)
        + " "
        + QCoreApplication.translate("Cli", "(longest %n day(s)).", "", longest)
    )
    if any(w.meaningful_change for w in view.weeks):
        lines.append(
            QCoreApplication.translate(
                "Cli", "* meaningful change in weekly pain (≥ 2 points or ≥ 30 %)."
            )
        )
    return "\n".join(lines)


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    """Print weekly statistics; works on a missing database and next to a running app."""
    from desktop_app.storage.event_store import EventStore, StoreError

    raw_weeks = getattr(args, "weeks", None)
    weeks = DEFAULT_WEEKS if raw_weeks is None else int(raw_weeks)
    if not 1 <= weeks <= 520:
        message = QCoreApplication.translate(
            "Cli", "counterbalance stats: --weeks must be 1–520, got %1"
        )
        print(message.replace("%1", str(weeks)), file=sys.stderr)
        return 2
    week_start = int(getattr(args, "week_start", 0) or 0)
    today = Stamp.now(SystemClock()).local_date
    store = EventStore(paths)
    try:
        view = store.progress(today, weeks, week_start)
    except StoreError as exc:
        message = QCoreApplication.translate("Cli", "counterbalance stats: %1")
        print(message.replace("%1", str(exc)), file=sys.stderr)
        return 1
    finally:
        store.close()
    if getattr(args, "json", False):
        print(json.dumps(view_json(view), ensure_ascii=False))
    else:
        print(table(view))
    return 0
