"""Progress queries: day totals and safety notes in SQL, folded into the progress view.

The stats (and the catalog they name the body regions from) load with the first
progress view, not with the store: the tray idles without them (issue 13 §4).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING
from uuid import UUID

from desktop_app.storage.store_file import StoreFile

if TYPE_CHECKING:
    from desktop_app.core.day_totals import DayTotals
    from desktop_app.core.stats import ProgressView


def _text(computer: UUID | None) -> str | None:
    return None if computer is None else str(computer)


#: How far back day totals are read for the streaks.
STREAK_REACH_DAYS = 400


class ProgressQueries(StoreFile):
    """Aggregated reads for the progress window, ``stats`` and ``report``."""

    def day_totals(self, first: date, last: date, computer: UUID | None = None) -> list[DayTotals]:
        """Aggregate the log per local day in SQL (see :mod:`desktop_app.storage.aggregates`).

        Returns an empty list without touching the disk when no database exists yet.
        """
        if not self._has_data():
            return []
        from desktop_app.storage.aggregates import day_totals

        with self._reading(), self._engine().connect() as conn:
            return day_totals(conn, first, last, computer)

    def computers(self) -> list[tuple[UUID, int]]:
        """Return every computer with events stored (this one and imported), with counts."""
        if not self._has_data():
            return []
        from sqlalchemy import text

        with self._reading(), self._engine().connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT computer_id, COUNT(*) FROM ("
                    " SELECT computer_id FROM prompt UNION ALL SELECT computer_id FROM session"
                    " UNION ALL SELECT computer_id FROM rating"
                    ") GROUP BY computer_id ORDER BY COUNT(*) DESC"
                )
            ).all()
        return [(UUID(str(r[0])), int(r[1])) for r in rows if r[0]]

    def safety_notes(
        self, first: date, last: date, computer: UUID | None = None
    ) -> list[tuple[str, str, str]]:
        """Return ``(local_date, code, action)`` of safety events between two days."""
        if not self._has_data():
            return []
        from sqlalchemy import text

        with self._reading(), self._engine().connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT local_date, code, action FROM safety_event "
                    "WHERE local_date BETWEEN :a AND :b"
                    " AND (:c IS NULL OR computer_id = :c) ORDER BY at_utc"
                ),
                {"a": first.isoformat(), "b": last.isoformat(), "c": _text(computer)},
            ).all()
            return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]

    def progress(
        self, today: date, weeks: int, week_start: int = 0, computer: UUID | None = None
    ) -> ProgressView:
        """Build the progress view-model for ``weeks`` weeks ending with today's week.

        Every computer's events count (those imported from the sync folder too), or only
        ``computer``'s when given.

        Day totals reach back at least a year so the streaks are not cut by the window.
        Returns an all-empty view without touching the disk when no database exists yet.
        """
        from desktop_app.core.stats import SafetyNote, build_progress, window_start

        first = window_start(today, weeks, week_start)
        last = today + timedelta(days=6)
        if not self._has_data():
            return build_progress([], today, weeks, week_start)
        from desktop_app.storage.aggregates import day_totals, week_exercises

        reach = min(first, today - timedelta(days=STREAK_REACH_DAYS))
        with self._reading(), self._engine().connect() as conn:
            days = day_totals(conn, reach, last, computer)
            per_week = week_exercises(conn, first, last, week_start, computer)
        notes = [
            SafetyNote(date.fromisoformat(day), code, action)
            for day, code, action in self.safety_notes(first, today, computer)
        ]
        return build_progress(days, today, weeks, week_start, notes, per_week)
