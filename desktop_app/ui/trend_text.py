"""The progress cards' trend sentences ("pain 1.2 points lower than 4 weeks ago").

The numbers come from :mod:`desktop_app.core.trends`; this module only words them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.trends import Direction, Trend
from desktop_app.ui.locale_format import decimal, percent

CONTEXT = "ProgressWindow"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _number(value: float) -> str:
    return decimal(value)


def pain_trend_text(trend: Trend | None) -> str:
    """Word a pain trend; empty when there is nothing to compare yet."""
    if trend is None:
        return ""
    weeks = trend.weeks_ago  # a plain name: lupdate skips a call as the count
    ago = QCoreApplication.translate("ProgressWindow", "%n week(s) ago", "", weeks)
    if trend.direction is Direction.STEADY:
        return QCoreApplication.translate("ProgressWindow", "Pain about the same as {ago}").format(
            ago=ago
        )
    if trend.direction is Direction.LOWER:
        return QCoreApplication.translate(
            "ProgressWindow", "Pain {points} points lower than {ago}"
        ).format(points=_number(trend.change), ago=ago)
    return QCoreApplication.translate(
        "ProgressWindow", "Pain {points} points higher than {ago}"
    ).format(points=_number(trend.change), ago=ago)


def adherence_trend_text(trend: Trend | None) -> str:
    """Word a break-taking trend; empty when there is nothing to compare yet."""
    if trend is None:
        return ""
    weeks = trend.weeks_ago  # a plain name: lupdate skips a call as the count
    ago = QCoreApplication.translate("ProgressWindow", "%n week(s) ago", "", weeks)
    earlier = percent(trend.earlier)
    recent = percent(trend.recent)
    if trend.direction is Direction.STEADY:
        text = QCoreApplication.translate(
            "ProgressWindow", "As many breaks as {ago}: {recent} (was {earlier})"
        )
    elif trend.direction is Direction.HIGHER:
        text = QCoreApplication.translate(
            "ProgressWindow", "More breaks than {ago}: {recent} (was {earlier})"
        )
    else:
        text = QCoreApplication.translate(
            "ProgressWindow", "Fewer breaks than {ago}: {recent} (was {earlier})"
        )
    return text.format(ago=ago, recent=recent, earlier=earlier)
