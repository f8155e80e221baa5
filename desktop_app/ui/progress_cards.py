"""The progress window's four summary cards: breaks taken, pain, streak, exercise time."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.core.stats import ProgressView
from desktop_app.core.trends import adherence_trend, pain_trend
from desktop_app.ui.locale_format import decimal, signed_decimal
from desktop_app.ui.progress_charts import percent_or_dash
from desktop_app.ui.theme import Theme
from desktop_app.ui.trend_text import adherence_trend_text, pain_trend_text


def progress_style(t: Theme) -> str:
    """Return the progress window's own rules (cards, coverage chips, empty state)."""
    return f"""
QFrame#card QLabel#chipOn {{ background: {t.accent_soft}; color: {t.ink};
    border: 1px solid {t.accent}; border-radius: 10px; padding: 1px 8px; font-size: 12px; }}
QFrame#card QLabel#chipOff {{ background: transparent; color: {t.muted};
    border: 1px dashed {t.border_strong}; border-radius: 10px; padding: 1px 8px;
    font-size: 12px; }}
QLabel#emptyState {{ color: {t.ink_soft}; }}
QFrame#card QLabel#cardTrend {{ color: {t.ink}; font-size: 13px; font-weight: 600; }}
"""


@dataclass(frozen=True, slots=True)
class Card:
    """The labels of one summary card."""

    frame: QFrame
    title: QLabel
    value: QLabel
    trend: QLabel
    detail: QLabel


def _pain(value: float | None) -> str:
    return "–" if value is None else decimal(value)


class ProgressCards(QWidget):
    """A row of four cards summing up this week against the last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = [self._make_card() for _ in range(4)]
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        for card in self.cards:
            row.addWidget(card.frame, 1)

    def _make_card(self) -> Card:
        frame = QFrame(self)
        frame.setObjectName("card")
        title = QLabel(frame)
        title.setObjectName("cardTitle")
        title.setWordWrap(True)  # "Ćwiczenia w tym tygodniu" must not widen the page
        value = QLabel(frame)
        value.setObjectName("cardValue")
        trend = QLabel(frame)
        trend.setObjectName("cardTrend")
        trend.setWordWrap(True)
        detail = QLabel(frame)
        detail.setObjectName("cardDetail")
        detail.setWordWrap(True)
        detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(frame)
        box.setContentsMargins(14, 10, 14, 10)
        box.setSpacing(2)
        box.addWidget(title)
        box.addWidget(value)
        box.addWidget(trend)
        box.addWidget(detail, 1)
        return Card(frame, title, value, trend, detail)

    def _days(self, days: int) -> str:
        return self.tr("%n day(s)", "", days)

    def show_view(self, view: ProgressView | None) -> None:
        """Fill the cards from ``view`` (None: the empty placeholders)."""
        this_week = view.this_week if view is not None else None
        last_week = view.last_week if view is not None else None
        adherence, pain, streak, minutes = self.cards

        adherence.title.setText(self.tr("Breaks taken this week"))
        adherence.value.setText(percent_or_dash(this_week.adherence if this_week else None))
        if this_week is not None and this_week.prompted:
            detail = self.tr("%1 of %n break(s)", "", this_week.prompted)
            detail = detail.replace("%1", str(this_week.completed))
        else:
            detail = self.tr("No breaks offered yet")
        if last_week is not None:
            detail += " · " + self.tr("last week %1").replace(
                "%1", percent_or_dash(last_week.adherence)
            )
        adherence.detail.setText(detail)
        weeks = view.weeks if view is not None else ()
        adherence.trend.setText(adherence_trend_text(adherence_trend(weeks)))
        pain.trend.setText(pain_trend_text(pain_trend(weeks)))
        for card in self.cards:
            card.trend.setVisible(bool(card.trend.text()))

        pain.title.setText(self.tr("Pain before sessions"))
        pain.value.setText(
            _pain(this_week.pain_before_mean if this_week else None) + self.tr(" / 10")
        )
        pain_detail = ""
        if last_week is not None:
            pain_detail = self.tr("last week %1").replace("%1", _pain(last_week.pain_before_mean))
        if this_week is not None and this_week.meaningful_change:
            delta = this_week.pain_delta_vs_previous or 0.0
            pain_detail += " · " + (
                self.tr("a meaningful drop") if delta < 0 else self.tr("a meaningful rise")
            )
        if this_week is not None and this_week.pain_change_mean is not None:
            pain_detail += ("\n" if pain_detail else "") + self.tr(
                "%1 points within sessions"
            ).replace("%1", signed_decimal(this_week.pain_change_mean))
        pain.detail.setText(pain_detail or self.tr("Rate your pain before a session"))

        streak.title.setText(self.tr("Current streak"))
        days = view.current_streak if view is not None else 0
        streak.value.setText(self._days(days))
        longest = view.longest_streak if view is not None else 0
        streak.detail.setText(self.tr("longest: %1").replace("%1", self._days(longest)))

        minutes.title.setText(self.tr("Exercise this week"))
        minutes.value.setText(
            self.tr("%n min", "", round(this_week.exercise_min if this_week else 0))
        )
        if last_week is not None:
            minutes.detail.setText(self.tr("last week %n min", "", round(last_week.exercise_min)))
        else:
            minutes.detail.setText("")
        for card in self.cards:
            trend_text = f". {card.trend.text()}" if card.trend.text() else ""
            card.frame.setAccessibleName(f"{card.title.text()}: {card.value.text()}{trend_text}")
