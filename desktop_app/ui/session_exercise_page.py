"""The session window's exercise page: the figure, the countdown ring, cues and controls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.core.catalog import Exercise, Sidedness
from desktop_app.core.dose_ladder import describe
from desktop_app.core.events import Side
from desktop_app.core.player_view import PlayerView, Step
from desktop_app.ui.countdown_ring import CountdownRing, step_color
from desktop_app.ui.session_pages import session_button
from desktop_app.ui.session_texts import SessionTexts
from desktop_app.ui.theme import Theme

try:  # the figure is drawn by desktop_app/ui/figure_widget.py
    from desktop_app.ui.figure_widget import FigureWidget
except ImportError:  # pragma: no cover - only while the figure module is missing
    FigureWidget = None  # type: ignore[assignment,misc]

#: Smallest figure (the ring has its own, ``countdown_ring.RING_MIN_PX``): a 1080p
#: screen at 200 % leaves about 940×440.
FIGURE_MIN_W = 260
FIGURE_MIN_H = 200


class _Placeholder(QLabel):
    """Stands in for the figure while ``figure_widget`` is unavailable."""

    def show_exercise(self, exercise: Exercise, mirrored: bool = False) -> None:
        del mirrored
        self.setText(exercise.name)

    def set_playing(self, playing: bool) -> None:
        del playing

    def set_time_scale(self, scale: float) -> None:
        del scale


class ExercisePage(QWidget):
    """Show the exercise under way; its buttons call back the window's intents.

    Args:
        texts: Shared session wording.
        on_back, on_pause, on_skip, on_end: The window's intents for the four buttons.
    """

    def __init__(
        self,
        texts: SessionTexts,
        on_back: Callable[[], None],
        on_pause: Callable[[], None],
        on_skip: Callable[[], None],
        on_end: Callable[[], None],
    ) -> None:
        super().__init__()
        self._texts = texts
        self._last_exercise: tuple[int, int] | None = None
        self.name = QLabel()
        self.name.setObjectName("exerciseName")
        self.meta = QLabel()
        self.meta.setObjectName("meta")
        self.figure = FigureWidget() if FigureWidget is not None else _Placeholder()
        self.figure.setMinimumSize(QSize(FIGURE_MIN_W, FIGURE_MIN_H))
        self.figure.setAccessibleName(self.tr("Demonstration"))
        figure_card = QFrame()
        figure_card.setObjectName("card")
        fl = QVBoxLayout(figure_card)
        fl.setContentsMargins(8, 8, 8, 8)
        fl.addWidget(self.figure)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ring = CountdownRing()
        self.cues_label = QLabel()
        self.cues_label.setObjectName("cues")
        self.cues_label.setWordWrap(True)
        self.cues_label.setTextFormat(Qt.TextFormat.RichText)
        right = QVBoxLayout()
        right.addWidget(self.status)
        right.addWidget(self.ring, 1)
        right.addWidget(self.cues_label)

        body = QHBoxLayout()
        body.addWidget(figure_card, 5)
        body.addSpacing(12)
        body.addLayout(right, 4)

        self.reason = QLabel()
        self.reason.setObjectName("reason")
        self.reason.setWordWrap(True)
        self.next_label = QLabel()
        self.next_label.setObjectName("next")

        self.back_button = session_button(self.tr("← Back"), self.tr("Back"), on_back)
        self.pause_button = session_button(
            self.tr("Pause (Space)"), self.tr("Pause or resume"), on_pause
        )
        self.pause_button.setObjectName("primary")
        self.skip_button = session_button(self.tr("Skip set →"), self.tr("Skip this set"), on_skip)
        #: Says what the last → skipped, until the next set is under way.
        self.skip_note = QLabel()
        self.skip_note.setObjectName("hint")
        self.skip_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.skip_note.setVisible(False)
        self.end_button = session_button(self.tr("End (Esc)"), self.tr("End session"), on_end)
        controls = QHBoxLayout()
        controls.addWidget(self.next_label, 1)
        for b in (self.back_button, self.pause_button, self.skip_button, self.end_button):
            controls.addWidget(b)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.meta)
        layout.addSpacing(6)
        layout.addLayout(body, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.skip_note)
        layout.addSpacing(6)
        layout.addLayout(controls)

    def show_skipped(self, text: str, visible: bool) -> None:
        """Say which set → skipped (shown while the next set gets ready)."""
        self.skip_note.setText(text)
        self.skip_note.setAccessibleName(text)
        self.skip_note.setVisible(visible)

    def show_exercise(self, view: PlayerView, time_scale: float, theme: Theme) -> None:
        """Show the exercise, set and countdown of ``view``."""
        ex = view.exercise
        planned = view.planned
        if ex is None or planned is None:
            return
        key = (view.index, view.block)
        if key != self._last_exercise:
            self._last_exercise = key
            self.name.setText(ex.name)
            self.figure.show_exercise(ex, mirrored=view.side is Side.RIGHT)
            self.figure.set_time_scale(1.0 / time_scale)
            cues = "".join(f"<li>{c}</li>" for c in ex.cues)
            summary = f"<p>{ex.summary}</p>" if ex.summary else ""
            self.cues_label.setText(f"{summary}<ul style='margin-left:-20px'>{cues}</ul>")
            reasons = " ".join(view.reasons)
            self.reason.setText(reasons)
            self.reason.setVisible(bool(reasons))
            nxt = view.next_exercise
            self.next_label.setText(
                self.tr("Next: %1").replace("%1", nxt.name) if nxt else self.tr("Last exercise")
            )
        sided = ex.sided is Sidedness.LEFT_RIGHT
        side = self._texts.side_name(view.side)
        # Only the first letter: str.capitalize() would lower the rest ("Linke seite").
        side_text = f" · {side[:1].upper()}{side[1:]}" if sided else ""
        set_no = (
            self.tr("Set %1 of %2")
            .replace("%1", str(view.side_set))
            .replace("%2", str(view.side_sets))
        )
        self.meta.setText(f"{set_no}{side_text} · {describe(planned.dose)}")
        self.figure.set_playing(view.step is not Step.GET_READY and not view.paused)
        self.pause_button.setText(
            self.tr("Resume (Space)") if view.paused else self.tr("Pause (Space)")
        )
        status, number, caption = self._countdown_texts(view, sided, planned.dose.tempo_s)
        self.status.setText(status)
        self.ring.show_countdown(
            view.fraction_left, number, caption, step_color(theme, view.step), view.paused
        )

    def _countdown_texts(self, view: PlayerView, sided: bool, tempo_s: int) -> tuple[str, str, str]:
        """Return the status line, the ring's number and its caption."""
        number = str(view.seconds_shown)
        if view.step is Step.GET_READY:
            side = self._texts.side_name(view.side)
            if view.side_switch:
                status = self.tr("Switch sides: %1").replace("%1", side)
            elif sided:
                status = self.tr("Get ready: %1").replace("%1", side)
            else:
                status = self.tr("Get ready")
            caption = self.tr("get ready")
        elif view.step is Step.HOLD:
            status = self.tr("Hold")
            caption = (
                self.tr("hold %1 of %2").replace("%1", str(view.rep)).replace("%2", str(view.reps))
                if view.reps
                else self.tr("second(s)", "", view.seconds_shown)
            )
        elif view.step is Step.REST:
            status = self.tr("Relax")
            caption = (
                self.tr("next: hold %1 of %2")
                .replace("%1", str(view.rep + 1))
                .replace("%2", str(view.reps))
            )
        else:
            status = (
                self.tr("Rep %1 of %2").replace("%1", str(view.rep)).replace("%2", str(view.reps))
            )
            number = str(view.rep)
            caption = self.tr("%1 s per rep").replace("%1", str(tempo_s))
        if view.paused:
            status = self.tr("Paused — press Space to continue")
        return status, number, caption
