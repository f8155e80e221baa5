"""The session window's shared wording: sides, progress, skipped sets, exercise time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop_app.core.catalog import Sidedness
from desktop_app.core.events import Side
from desktop_app.core.player_view import PlayerView, Step


class SessionTexts(QObject):
    """Turn player views into the short texts more than one session page shows."""

    def side_name(self, side: Side) -> str:
        """Name a side, e.g. ``left side``."""
        return {
            Side.LEFT: self.tr("left side"),
            Side.RIGHT: self.tr("right side"),
            Side.BOTH: self.tr("both sides"),
        }[side]

    def progress_text(self, view: PlayerView) -> str:
        """Say where the session stands (exercise 2 of 5, finished …)."""
        if view.step is Step.PAIN_BEFORE:
            # Kept in the window's context, where the English plural test reads it. (The
            # count is a plain name: lupdate misses a call split over lines with ``a.b``.)
            count = view.count
            return QCoreApplication.translate("SessionWindow", "%n exercise(s) planned", "", count)
        if view.step in (Step.SESSION_FEEL, Step.PAIN_AFTER, Step.DONE):
            return self.tr("Session finished")
        return (
            self.tr("Exercise %1 of %2")
            .replace("%1", str(view.index + 1))
            .replace("%2", str(view.count))
        )

    def skipped_text(self, skipped: PlayerView, now: PlayerView) -> str:
        """Say which set → skipped, e.g. ``Skipped set 1 of 2 · left side``."""
        text = (
            self.tr("Skipped set %1 of %2")
            .replace("%1", str(skipped.side_set))
            .replace("%2", str(skipped.side_sets))
        )
        if skipped.exercise is not None and skipped.exercise.sided is Sidedness.LEFT_RIGHT:
            text += " · " + self.side_name(skipped.side)
        if now.index != skipped.index and skipped.exercise is not None:
            text += " · " + skipped.exercise.name
        return text

    def duration_text(self, seconds: int) -> str:
        """Say how long the user exercised, e.g. ``2 min 30 s of exercise``."""
        minutes, rest = divmod(max(0, seconds), 60)
        if minutes == 0:
            return self.tr("%1 s of exercise").replace("%1", str(rest))
        if rest == 0:
            return self.tr("%1 min of exercise").replace("%1", str(minutes))
        return (
            self.tr("%1 min %2 s of exercise").replace("%1", str(minutes)).replace("%2", str(rest))
        )
