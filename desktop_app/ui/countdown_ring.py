"""The countdown ring of the session window: a ring that empties, the seconds inside."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.core.player_view import Step
from desktop_app.ui.theme import LIGHT, Theme

#: Smallest countdown: a 1080p screen at 200 % leaves about 940×440 for the window.
RING_MIN_PX = 180


def step_color(t: Theme, step: Step) -> QColor:
    """Return the ring colour of a step in theme ``t``."""
    return QColor({Step.GET_READY: t.get_ready, Step.REST: t.rest}.get(step, t.hold))


class CountdownRing(QWidget):
    """A large ring that empties as the countdown runs, with the seconds in the middle.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self._number = ""
        self._caption = ""
        self._theme = LIGHT
        self._color = QColor(LIGHT.hold)
        self._paused = False
        self.setMinimumSize(QSize(RING_MIN_PX, RING_MIN_PX))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Countdown"))

    def set_theme(self, theme: Theme) -> None:
        """Draw the track and the text in ``theme``'s colours."""
        self._theme = theme
        self.update()

    def show_countdown(
        self, fraction: float, number: str, caption: str, color: QColor, paused: bool
    ) -> None:
        """Show a ring ``fraction`` full with ``number`` and ``caption`` inside."""
        self._fraction = fraction
        self._number = number
        self._caption = caption
        self._color = color
        self._paused = paused
        self.setAccessibleDescription(f"{number} {caption}")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the track, the remaining arc, the number and the caption."""
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 16
        thickness = max(10.0, side * 0.075)
        rect = QRectF(
            (self.width() - side) / 2 + thickness / 2,
            (self.height() - side) / 2 + thickness / 2,
            side - thickness,
            side - thickness,
        )
        pen = QPen(QColor(self._theme.track), thickness)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawEllipse(rect)
        color = QColor(self._color)
        if self._paused:
            color.setAlpha(110)
        pen.setColor(color)
        painter.setPen(pen)
        span = int(-360 * 16 * self._fraction)
        if span:
            painter.drawArc(rect, 90 * 16, span)
        font = QFont(self.font())
        font.setPixelSize(max(24, int(side * 0.32)))
        font.setWeight(QFont.Weight.Bold)
        painter.setFont(font)
        painter.setPen(QColor(self._theme.ink))
        number_rect = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.72)
        painter.drawText(
            number_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self._number
        )
        font.setPixelSize(max(12, int(side * 0.07)))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor(self._theme.muted))
        caption_rect = QRectF(
            rect.left(), rect.top() + rect.height() * 0.72, rect.width(), rect.height() * 0.16
        )
        painter.drawText(caption_rect, Qt.AlignmentFlag.AlignCenter, self._caption)
        painter.end()
