"""The animated figure widget that demonstrates an exercise (painted by ``figure_scene``)."""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.core.catalog import Exercise
from desktop_app.ui.figure_scene import FigureScene
from desktop_app.ui.figure_theme import DARK_COLORS, LIGHT_COLORS, FigureColors

__all__ = ["DARK_COLORS", "LIGHT_COLORS", "FigureColors", "FigureScene", "FigureWidget"]

TICK_MS = 33


class FigureWidget(QWidget):
    """An animated figure demonstrating the current exercise.

    Animates at about 30 fps only while shown and playing; the phase comes from a
    monotonic QElapsedTimer, so a slow frame never slows the movement down.
    Space toggles playing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = FigureScene()
        self._exercise: Exercise | None = None
        self._mirrored = False
        self._playing = True
        self._time_scale = 1.0
        self._phase_base = 0.0
        self._elapsed = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.update)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Exercise demonstration"))
        self.setAccessibleDescription(self.tr("An animated figure shows how to do the exercise."))
        self.setToolTip(self.tr("Press Space to pause or play the demonstration"))

    # -- API --------------------------------------------------------------------

    def show_exercise(self, exercise: Exercise, mirrored: bool = False) -> None:
        """Show ``exercise`` from the start of its cycle; ``mirrored`` shows the other side."""
        self._exercise = exercise
        self._mirrored = mirrored
        self._phase_base = 0.0
        self._elapsed.restart()
        side = self.tr(" (other side)") if mirrored else ""
        description = exercise.summary or exercise.name
        self.setAccessibleDescription(
            self.tr("Animated figure: {name}{side}. {description}").format(
                name=exercise.name, side=side, description=description
            )
        )
        self._sync_timer()
        self.update()

    def set_playing(self, playing: bool) -> None:
        """Play or pause the animation (a paused figure keeps its pose)."""
        if playing == self._playing:
            return
        self._phase_base = self.phase()
        self._elapsed.restart()
        self._playing = playing
        self._sync_timer()

    def set_time_scale(self, scale: float) -> None:
        """Multiply the animation speed (the app's ``--time-scale`` shortens cycles)."""
        if not math.isfinite(scale) or scale <= 0:
            raise ValueError(f"time scale must be positive, got {scale!r}")
        self._phase_base = self.phase()
        self._elapsed.restart()
        self._time_scale = scale

    def set_phase(self, phase: float) -> None:
        """Jump to ``phase`` (cycles; 0 = first key pose), e.g. for a still of the start pose."""
        if not math.isfinite(phase):
            raise ValueError(f"phase must be a finite number, got {phase!r}")
        self._phase_base = phase
        self._elapsed.restart()
        self.update()

    def is_playing(self) -> bool:
        """Return whether the animation is playing."""
        return self._playing

    def is_animating(self) -> bool:
        """Return whether the frame timer is running."""
        return self._timer.isActive()

    def exercise(self) -> Exercise | None:
        """Return the exercise shown, if any."""
        return self._exercise

    def phase(self) -> float:
        """Return the current phase in cycles (its fraction is the point in the cycle)."""
        if not self._playing or self._exercise is None or not self._elapsed.isValid():
            return self._phase_base
        # Monotonic seconds since the last change, sped up by the time scale.
        elapsed_s = self._elapsed.elapsed() / 1000.0 * self._time_scale
        return self._phase_base + elapsed_s / max(0.1, self._exercise.cycle_s)

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(140, 140)

    # -- Qt events ----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sync_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._sync_timer()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            self.set_playing(not self._playing)
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        # The scene follows the window palette (light or dark) at every frame.
        self._scene.colors = FigureColors.for_palette(self.palette())
        painter = QPainter(self)
        ex = self._exercise
        label = ""
        if ex is None:
            label = self.tr("No exercise")
        elif not ex.keyframes:
            label = ex.name
        self._scene.paint(painter, QRectF(self.rect()), ex, self.phase(), self._mirrored, label)
        if self.hasFocus():
            pen = QPen(self.palette().highlight().color(), 2.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _sync_timer(self) -> None:
        animate = (
            self.isVisible()
            and self._playing
            and self._exercise is not None
            and len(self._exercise.keyframes) > 1
        )
        if animate and not self._timer.isActive():
            if not self._elapsed.isValid():
                self._elapsed.start()
            self._timer.start()
        elif not animate and self._timer.isActive():
            self._timer.stop()
