"""What the break prompt shows: its view-model, its style rules and the first exercise's figure."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap

from desktop_app.core.catalog import Exercise
from desktop_app.core.events import PromptKind
from desktop_app.core.policy import BreakDue
from desktop_app.ui.theme import Theme


@dataclass(frozen=True, slots=True)
class BreakPromptView:
    """What the prompt shows.

    Attributes:
        kind: Microbreak, daily session or make-up for a skipped break.
        summary: One line about the session, e.g. "3 exercises · about 3 min".
        first_exercises: Names of the first exercises (shown as a preview).
        snooze_options_min: Snooze choices in minutes; empty offers no snooze.
        snoozes_left: Snoozes still allowed; 0 disables snoozing and says why.
        snoozed_times: How often this break was snoozed already (for the explanation).
        first_exercise: The first exercise, drawn as a small figure (None: no figure).
        can_start_at_pause: Offer "Start at my next pause" (the idle backend works).
    """

    kind: PromptKind
    summary: str
    first_exercises: tuple[str, ...] = ()
    snooze_options_min: tuple[int, ...] = (5, 10, 15)
    snoozes_left: int = 3
    snoozed_times: int = 0
    first_exercise: Exercise | None = None
    can_start_at_pause: bool = False

    @classmethod
    def from_due(
        cls,
        due: BreakDue,
        summary: str,
        first_exercises: tuple[str, ...] = (),
        snooze_limit: int = 0,
        first_exercise: Exercise | None = None,
        can_start_at_pause: bool = False,
    ) -> BreakPromptView:
        """Build the view for the policy's ``BreakDue`` (``snooze_limit`` from Settings)."""
        return cls(
            kind=due.kind,
            summary=summary,
            first_exercises=first_exercises,
            snooze_options_min=due.snooze_options_min,
            snoozes_left=due.snoozes_left,
            snoozed_times=max(0, snooze_limit - due.snoozes_left) if due.snooze_options_min else 0,
            first_exercise=first_exercise,
            can_start_at_pause=can_start_at_pause,
        )


def prompt_style(t: Theme) -> str:
    """Return the prompt's own style rules in theme ``t``."""
    return f"""
QWidget#breakPrompt {{ background: {t.surface}; }}
QFrame#promptCard {{ background: {t.surface}; border: 1px solid {t.border_strong};
    border-top: 4px solid {t.accent}; }}
QFrame#promptCard QLabel {{ background: transparent; }}
QLabel#brand {{ font-size: 12px; font-weight: 700; color: {t.accent if not t.dark else t.focus}; }}
QLabel#promptTitle {{ font-size: 19px; font-weight: 700; }}
QLabel#promptSummary {{ font-size: 13px; color: {t.muted}; }}
QLabel#promptExercises {{ font-size: 14px; color: {t.ink_soft}; }}
QLabel#promptFigure {{ background: {t.window}; border: 1px solid {t.border};
    border-radius: 10px; }}
QLabel#suggestion {{ font-size: 13px; padding: 6px 10px; border-radius: 8px; }}
QLabel#pauseWait {{ font-size: 13px; padding: 6px 10px; border-radius: 8px;
    background: {t.info_bg}; border: 1px solid {t.info_border}; color: {t.info_ink}; }}
QLabel#snoozeLabel {{ font-size: 13px; color: {t.muted}; }}
QPushButton#primary {{ min-width: 96px; }}
QPushButton#snooze {{ padding: 4px 10px; font-size: 13px; }}
QPushButton#snooze:focus {{ padding: 3px 9px; }}
QPushButton#closePrompt {{ border: none; background: transparent; color: {t.muted};
    font-size: 16px; padding: 0 4px; }}
QPushButton#closePrompt:focus {{ border: 2px solid {t.focus}; padding: 0 2px; }}
"""


def figure_pixmap(exercise: Exercise, dark: bool, side: int, ratio: float) -> QPixmap:
    """Draw ``exercise``'s figure at its most telling moment into a ``side``-px pixmap."""
    from desktop_app.ui.figure_widget import DARK_COLORS, LIGHT_COLORS, FigureScene

    pixmap = QPixmap(round(side * ratio), round(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    scene = FigureScene(DARK_COLORS if dark else LIGHT_COLORS)
    scene.paint(painter, QRectF(0, 0, side, side), exercise, 0.5)
    painter.end()
    return pixmap
