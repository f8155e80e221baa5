"""The guided-session window: shows the runner's views and turns keys into intents.

The window owns no timer and never reads the player's events: a
:class:`~desktop_app.ui.session_runner.SessionRunner` runs the session and sends a
:class:`~desktop_app.ui.session_runner.SessionView` after every change; the window shows
it, plays the cues that go with it, and calls the runner's intents.

Keys: Space pause/resume · ← back · → skip this set · Esc end (on a rating: skip it) ·
digits 0–9 (1 then 0 = 10) choose a rating · Enter confirms · E / O / H answer
"how did it feel". Every key also works while a button has focus.

A microbreak that asks how the whole break felt (``Step.SESSION_FEEL``) needs no answer:
the question answers itself after a while, and the window then closes by itself unless
it has pain ratings or safety advice to show.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QHideEvent,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.catalog import Exercise, Sidedness
from desktop_app.core.events import Feel, RatingKind, SessionOutcome, Side
from desktop_app.core.player import Player, PlayerView, Step
from desktop_app.core.progression import describe
from desktop_app.core.safety import SAFETY_CONTEXT
from desktop_app.core.screening import ScreeningReason
from desktop_app.ui.countdown_ring import CountdownRing, step_color
from desktop_app.ui.pain_rating import PainRating, pain_style
from desktop_app.ui.screen_fit import fit_to_screen
from desktop_app.ui.session_large import large_scale, large_style
from desktop_app.ui.session_runner import SessionRunner, SessionView
from desktop_app.ui.symptoms_dialog import SymptomsDialog
from desktop_app.ui.theme import LIGHT, Theme, apply_theme, theme_for

try:  # the figure is drawn by desktop_app/ui/figure_widget.py
    from desktop_app.ui.figure_widget import FigureWidget
except ImportError:  # pragma: no cover - only while the figure module is missing
    FigureWidget = None  # type: ignore[assignment,misc]

#: Ticks sound in the last seconds of a hold.
TICK_LAST_S = 3

#: The feel page's notes wrap at this width (px) instead of spanning the window.
NOTE_MAX_W = 620
#: Smallest figure (the ring has its own, ``countdown_ring.RING_MIN_PX``): a 1080p
#: screen at 200 % leaves about 940×440.
FIGURE_MIN_W = 260
FIGURE_MIN_H = 200
#: The window's preferred size (smaller screens get less).
SESSION_SIZE = QSize(920, 620)


def session_style(t: Theme) -> str:
    """Return the session window's own rules on top of the shared style sheet."""
    return f"""
QLabel#exerciseName {{ font-size: 24px; font-weight: 700; }}
QLabel#meta {{ font-size: 14px; }}
QLabel#status {{ font-size: 18px; font-weight: 600; }}
QLabel#cues {{ font-size: 15px; color: {t.ink_soft}; }}
QLabel#doneText {{ font-size: 16px; color: {t.ink_soft}; }}
QLabel#duringTitle {{ font-size: 15px; color: {t.ink_soft}; }}
QLabel#feelTitle, QLabel#doneTitle {{ font-size: 24px; font-weight: 700; }}
QPushButton#feel {{ font-size: 17px; font-weight: 600; min-width: 150px; min-height: 64px; }}
""" + pain_style(t)


class Cues(Protocol):
    """What the window needs from :class:`~desktop_app.ui.sound_cues.SoundCues`."""

    def tick(self) -> None:
        """Play the last-seconds tick."""

    def chime(self) -> None:
        """Play the end chime."""

    def say(self, text: str) -> None:
        """Speak a cue (or nothing)."""


class _Placeholder(QLabel):
    """Stands in for the figure while ``figure_widget`` is unavailable."""

    def show_exercise(self, exercise: Exercise, mirrored: bool = False) -> None:
        del mirrored
        self.setText(exercise.name)

    def set_playing(self, playing: bool) -> None:
        del playing

    def set_time_scale(self, scale: float) -> None:
        del scale


class SessionWindow(QWidget):
    """Guide the user through a session: pain before, exercises, feel, pain after.

    Signals: none of its own; what happened in the session comes from :attr:`runner`
    (sets, ratings, the summary, safety outcomes).

    Args:
        runner: Runs the session (not started yet); the window becomes its parent.
        cues: Sound and voice cues, or None for silence.
        parent: Qt parent.
    """

    def __init__(
        self, runner: SessionRunner, *, cues: Cues | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        runner.setParent(self)
        self._view: SessionView = runner.view()
        self._cues = cues
        self._last_step: Step | None = None
        self._last_shown = -1
        self._last_exercise: tuple[int, int] | None = None
        self.setObjectName("sessionWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._theme = LIGHT
        self.setWindowTitle(self.tr("Counterbalance — Session"))
        self.setAccessibleName(self.tr("Guided session"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._stack = QStackedWidget()
        self._rating = PainRating()
        self._rating_page = self._build_rating_page()
        self._exercise_page = self._build_exercise_page()
        self._feel_page = self._build_feel_page()
        self._done_page = self._build_done_page()
        for page in (self._rating_page, self._exercise_page, self._feel_page, self._done_page):
            self._stack.addWidget(page)

        self._progress = QLabel()
        self._progress.setObjectName("meta")
        self._symptoms_button = self._button(
            self.tr("Check symptoms…"), self.tr("Check symptoms"), self._open_symptoms
        )
        self._symptoms_button.setObjectName("symptoms")
        self._large = False
        self._large_scale = 1.0
        self._large_button = self._button(
            self.tr("Large view (F)"), self.tr("Large view for floor exercises"), self.toggle_large
        )
        top = QHBoxLayout()
        top.addWidget(self._progress)
        top.addStretch(1)
        top.addWidget(self._large_button)
        top.addWidget(self._symptoms_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 12, 22, 12)
        layout.addLayout(top)
        layout.addWidget(self._stack, 1)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        self._apply_theme()
        runner.view_changed.connect(self._show_view)

    def _apply_theme(self) -> None:
        self._theme = theme_for()
        extra = large_style(self._large_scale, self._theme) if self._large else ""
        apply_theme(self, session_style(self._theme) + extra, self._theme)
        self._ring.set_theme(self._theme)

    # ----- large mode (issue 9 §3: readable from 2–3 m)

    def is_large(self) -> bool:
        """Tell whether the window is in its full-screen large mode."""
        return self._large

    def toggle_large(self) -> None:
        """Switch between the normal window and the full-screen large mode."""
        self._large = not self._large
        self._large_button.setText(
            self.tr("Normal view (F)") if self._large else self.tr("Large view (F)")
        )
        if self._large:
            self.showFullScreen()
        else:
            self.showNormal()
        self._large_scale = large_scale(self.size())
        self._apply_theme()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """In large mode, scale the text with the window."""
        super().resizeEvent(event)
        if self._large:
            scale = large_scale(event.size())
            if scale != self._large_scale:
                self._large_scale = scale
                self._apply_theme()

    # ----- building

    def _button(self, text: str, accessible: str, slot: object) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(accessible)
        b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        b.clicked.connect(slot)
        return b

    @staticmethod
    def _centred(widget: QWidget) -> QHBoxLayout:
        """Centre a width-limited widget; unlike an alignment, this keeps wrapped text whole."""
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(widget, 100)
        row.addStretch(1)
        return row

    def _build_rating_page(self) -> QWidget:
        page = QWidget()
        confirm = self._button(
            self.tr("Confirm (Enter)"), self.tr("Confirm rating"), self._confirm_rating
        )
        confirm.setObjectName("primary")
        skip = self._button(self.tr("Skip (Esc)"), self.tr("Skip rating"), self._skip_rating)
        self._zero_button = self._button(
            self.tr("No pain — 0"), self.tr("No pain, rate zero"), self._rate_zero
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._zero_button)
        buttons.addWidget(skip)
        buttons.addWidget(confirm)
        buttons.addStretch(1)
        self._rating_next = QLabel()
        self._rating_next.setObjectName("next")
        self._rating_next.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self._rating, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(10)
        layout.addLayout(buttons)
        layout.addSpacing(6)
        layout.addWidget(self._rating_next)
        layout.addStretch(2)
        return page

    def _build_exercise_page(self) -> QWidget:
        page = QWidget()
        self._name = QLabel()
        self._name.setObjectName("exerciseName")
        self._meta = QLabel()
        self._meta.setObjectName("meta")
        self._figure = FigureWidget() if FigureWidget is not None else _Placeholder()
        self._figure.setMinimumSize(QSize(FIGURE_MIN_W, FIGURE_MIN_H))
        self._figure.setAccessibleName(self.tr("Demonstration"))
        figure_card = QFrame()
        figure_card.setObjectName("card")
        fl = QVBoxLayout(figure_card)
        fl.setContentsMargins(8, 8, 8, 8)
        fl.addWidget(self._figure)

        self._status = QLabel()
        self._status.setObjectName("status")
        self._status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._ring = CountdownRing()
        self._cues_label = QLabel()
        self._cues_label.setObjectName("cues")
        self._cues_label.setWordWrap(True)
        self._cues_label.setTextFormat(Qt.TextFormat.RichText)
        right = QVBoxLayout()
        right.addWidget(self._status)
        right.addWidget(self._ring, 1)
        right.addWidget(self._cues_label)

        body = QHBoxLayout()
        body.addWidget(figure_card, 5)
        body.addSpacing(12)
        body.addLayout(right, 4)

        self._reason = QLabel()
        self._reason.setObjectName("reason")
        self._reason.setWordWrap(True)
        self._next = QLabel()
        self._next.setObjectName("next")

        self._back_button = self._button(self.tr("← Back"), self.tr("Back"), self._player_back)
        self._pause_button = self._button(
            self.tr("Pause (Space)"), self.tr("Pause or resume"), self._toggle_pause
        )
        self._pause_button.setObjectName("primary")
        self._skip_button = self._button(
            self.tr("Skip set →"), self.tr("Skip this set"), self._player_skip
        )
        #: Says what the last → skipped, until the next set is under way.
        self._skip_note = QLabel()
        self._skip_note.setObjectName("hint")
        self._skip_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._skip_note.setVisible(False)
        self._end_button = self._button(
            self.tr("End (Esc)"), self.tr("End session"), self._player_end
        )
        controls = QHBoxLayout()
        controls.addWidget(self._next, 1)
        for b in (self._back_button, self._pause_button, self._skip_button, self._end_button):
            controls.addWidget(b)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self._name)
        layout.addWidget(self._meta)
        layout.addSpacing(6)
        layout.addLayout(body, 1)
        layout.addWidget(self._reason)
        layout.addWidget(self._skip_note)
        layout.addSpacing(6)
        layout.addLayout(controls)
        return page

    def _build_feel_page(self) -> QWidget:
        page = QWidget()
        self._feel_title = QLabel()
        self._feel_title.setObjectName("feelTitle")
        self._feel_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._feel_title.setWordWrap(True)
        self._feel_hint = QLabel()
        self._feel_hint.setObjectName("hint")
        self._feel_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._feel_hint.setVisible(False)  # shown for the break-wide question only
        row = QHBoxLayout()
        row.addStretch(1)
        labels = (
            (Feel.EASY, self.tr("Easy  (E)"), self.tr("Felt easy")),
            (Feel.OK, self.tr("OK  (O)"), self.tr("Felt OK")),
            (Feel.HARD, self.tr("Hard  (H)"), self.tr("Felt hard")),
        )
        for feel, text, name in labels:
            b = self._button(text, name, lambda _=False, f=feel: self._answer_feel(f))
            b.setObjectName("feel")
            row.addWidget(b)
        row.addStretch(1)
        during_title = QLabel(self.tr("Any pain during it? (optional, 0–10)"))
        during_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        during_title.setObjectName("duringTitle")
        self._during = PainRating(compact=True)
        self._during_note = QLabel()
        self._during_note.setObjectName("hint")
        self._during_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._during_note.setWordWrap(True)
        self._during_note.setMaximumWidth(NOTE_MAX_W)
        self._during.value_changed.connect(self._on_during_value_changed)
        skip = self._button(
            self.tr("Skip question (Esc)"), self.tr("Skip question"), self._skip_feel
        )
        # Issue 12: reporting new nerve symptoms opens the full safety check at once.
        self._nerve_button = self._button(
            self.tr("New numbness, tingling or weakness…"),
            self.tr("Report new numbness, tingling or weakness"),
            lambda: self._open_symptoms(ScreeningReason.NERVE_SYMPTOMS),
        )
        skip_row = QHBoxLayout()
        skip_row.addStretch(1)
        skip_row.addWidget(self._nerve_button)
        skip_row.addWidget(skip)
        skip_row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self._feel_title)
        layout.addWidget(self._feel_hint)
        layout.addSpacing(6)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(during_title)
        layout.addWidget(self._during, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(self._centred(self._during_note))
        layout.addSpacing(6)
        layout.addLayout(skip_row)
        layout.addStretch(2)
        return page

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        self._done_title = QLabel()
        self._done_title.setObjectName("doneTitle")
        self._done_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._done_text = QLabel()
        self._done_text.setObjectName("doneText")
        self._done_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._done_text.setWordWrap(True)
        self._done_safety = QLabel()
        self._done_safety.setObjectName("reason")
        self._done_safety.setWordWrap(True)
        self._done_safety.setVisible(False)
        close = self._button(self.tr("Close (Enter)"), self.tr("Close window"), self.close)
        close.setObjectName("primary")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        row.addStretch(1)
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(NOTE_MAX_W)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 26, 32, 24)
        inner.addWidget(self._done_title)
        inner.addSpacing(6)
        inner.addWidget(self._done_text)
        inner.addSpacing(12)
        inner.addWidget(self._done_safety)
        inner.addSpacing(8)
        inner.addLayout(row)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addLayout(self._centred(card))
        layout.addStretch(2)
        return page

    # ----- public

    @property
    def runner(self) -> SessionRunner:
        """Return the runner whose views are shown."""
        return self._runner

    @property
    def player(self) -> Player:
        """Return the player shown."""
        return self._runner.player

    def start(self) -> None:
        """Start the session and show the window."""
        self._runner.start()
        fit_to_screen(self, SESSION_SIZE)
        self.show()
        self.raise_()
        self.activateWindow()
        # The window holds the focus (its keys work anywhere); Tab reaches the buttons.
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def sizeHint(self) -> QSize:
        """Return a comfortable default size."""
        return SESSION_SIZE

    # ----- keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Route the session keys to the window whichever child has focus."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._handle_key(event)
        ):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Handle the session keys."""
        if not self._handle_key(event):
            super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        step = self._view.step
        if key == Qt.Key.Key_F or (key == Qt.Key.Key_Escape and self._large):
            self.toggle_large()  # Esc leaves the large view before it ends anything
            return True
        if step in (Step.PAIN_BEFORE, Step.PAIN_AFTER):
            if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
                self._rating.type_digit(key - Qt.Key.Key_0)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._confirm_rating()
                return True
            if key == Qt.Key.Key_Escape:
                self._skip_rating()
                return True
            if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
                self._rating.step(+1)
                return True
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
                self._rating.step(-1)
                return True
            return False
        if step in (Step.FEEL, Step.SESSION_FEEL):
            feel = {
                int(Qt.Key.Key_E): Feel.EASY,
                int(Qt.Key.Key_O): Feel.OK,
                int(Qt.Key.Key_H): Feel.HARD,
            }
            if key in feel:
                self._answer_feel(feel[key])
                return True
            if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
                self._during.type_digit(key - Qt.Key.Key_0)
                return True
            if key == Qt.Key.Key_Escape:
                self._skip_feel()
                return True
            if key == Qt.Key.Key_Left:
                self._player_back()
                return True
            return False
        if step is Step.DONE:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
                self.close()
                return True
            return False
        actions = {
            Qt.Key.Key_Space: self._toggle_pause,
            Qt.Key.Key_Left: self._player_back,
            Qt.Key.Key_Right: self._player_skip,
            Qt.Key.Key_Escape: self._player_end,
        }
        action = actions.get(Qt.Key(key))
        if action is None:
            return False
        action()
        return True

    # ----- intents

    def _confirm_rating(self) -> None:
        self._runner.rate(self._rating.value(), self._rating.region())

    def _skip_rating(self) -> None:
        self._runner.rate(None)

    def _rate_zero(self) -> None:
        self._rating.select(0)
        self._confirm_rating()

    def _answer_feel(self, feel: Feel | None) -> None:
        self._runner.answer_feel(feel, self._during.value())

    def _skip_feel(self) -> None:
        self._answer_feel(None)

    def _toggle_pause(self) -> None:
        self._runner.toggle_pause()

    def _player_back(self) -> None:
        self._runner.back()

    def _player_skip(self) -> None:
        before = self._view.player
        self._runner.skip()
        if before.timed and before.exercise:
            self._skip_note.setText(self._skipped_text(before))
            self._skip_note.setAccessibleName(self._skip_note.text())
            # Shown while the next set gets ready; gone once it is under way.
            self._skip_note.setVisible(self._view.step is Step.GET_READY)

    def _skipped_text(self, view: PlayerView) -> str:
        """Say which set → skipped, e.g. "Skipped set 1 of 2 · left side"."""
        text = (
            self.tr("Skipped set %1 of %2")
            .replace("%1", str(view.side_set))
            .replace("%2", str(view.side_sets))
        )
        if view.exercise is not None and view.exercise.sided is Sidedness.LEFT_RIGHT:
            text += " · " + self._side_name(view.side)
        if self._view.player.index != view.index and view.exercise is not None:
            text += " · " + view.exercise.name
        return text

    def _player_end(self) -> None:
        self._runner.end()

    def ask_screening(self, reason: ScreeningReason) -> SymptomsDialog:
        """Open the safety check proactively, window-modal and without blocking.

        A running exercise pauses; the user resumes it after answering.
        """
        dialog = SymptomsDialog(self, reason)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.outcome_ready.connect(self._runner.report_symptoms)
        dialog.finished.connect(self._runner.refresh)
        self._runner.pause_running()
        dialog.open()
        return dialog

    def _open_symptoms(self, reason: ScreeningReason = ScreeningReason.USER) -> None:
        self._runner.pause_running()
        dialog = SymptomsDialog(self, reason)
        dialog.outcome_ready.connect(self._runner.report_symptoms)
        dialog.exec()
        self._runner.refresh()

    def _on_during_value_changed(self, value: int) -> None:
        # The user is answering: the session-wide question no longer closes by itself.
        self._runner.hold_session_feel()
        if value > 5:
            self._during_note.setText(
                self.tr(
                    "Pain above 5 during an exercise is more than it should be: this one "
                    "will be eased next time. Sharp pain, numbness or tingling? Stop and "
                    "check your symptoms."
                )
            )
        else:
            self._during_note.setText(" ")

    # ----- display

    def _show_view(self, session: SessionView) -> None:
        self._view = session
        view = session.player
        self._cue(view)
        self._progress.setText(self._progress_text(view))
        if view.step is not Step.GET_READY:
            self._skip_note.setVisible(False)  # the set after the skip is under way
        if view.step in (Step.PAIN_BEFORE, Step.PAIN_AFTER):
            if self._stack.currentWidget() is not self._rating_page or self._last_step != view.step:
                kind = view.rating_kind or RatingKind.BEFORE
                self._rating.set_kind(kind, session.region)
                nxt = view.next_exercise
                self._rating_next.setText(
                    self.tr("First up: %1").replace("%1", nxt.name) if nxt else " "
                )
            self._stack.setCurrentWidget(self._rating_page)
        elif view.step is Step.FEEL:
            if self._last_step is not Step.FEEL and view.exercise is not None:
                self._feel_title.setText(
                    self.tr("How did “%1” feel?").replace("%1", view.exercise.name)
                )
                self._feel_hint.setVisible(False)
                self._during.clear()
                self._during_note.setText(" ")
            self._stack.setCurrentWidget(self._feel_page)
        elif view.step is Step.SESSION_FEEL:
            if self._last_step is not Step.SESSION_FEEL:
                self._feel_title.setText(self.tr("Done! How did this break feel?"))
                self._feel_hint.setVisible(True)
                self._during.clear()
                self._during_note.setText(" ")
            self._feel_hint.setText(
                self.tr("Optional: press E, O or H to finish.")
                if not session.feel_closes_itself
                else self.tr(
                    "Optional: this window closes by itself in %n s.", "", view.seconds_shown
                )
            )
            self._stack.setCurrentWidget(self._feel_page)
        elif view.step is Step.DONE:
            self._show_done(session)
            self._stack.setCurrentWidget(self._done_page)
        else:
            self._show_exercise(view)
            self._stack.setCurrentWidget(self._exercise_page)
        closes_itself = (
            view.step is Step.DONE
            and self._last_step is Step.SESSION_FEEL
            and session.safety is None
        )
        self._last_step = view.step
        if closes_itself:
            self.close()

    def _progress_text(self, view: PlayerView) -> str:
        if view.step is Step.PAIN_BEFORE:
            return self.tr("%n exercise(s) planned", "", view.count)
        if view.step in (Step.SESSION_FEEL, Step.PAIN_AFTER, Step.DONE):
            return self.tr("Session finished")
        return (
            self.tr("Exercise %1 of %2")
            .replace("%1", str(view.index + 1))
            .replace("%2", str(view.count))
        )

    def _side_name(self, side: Side) -> str:
        return {
            Side.LEFT: self.tr("left side"),
            Side.RIGHT: self.tr("right side"),
            Side.BOTH: self.tr("both sides"),
        }[side]

    def _show_exercise(self, view: PlayerView) -> None:
        ex = view.exercise
        planned = view.planned
        if ex is None or planned is None:
            return
        key = (view.index, view.block)
        if key != self._last_exercise:
            self._last_exercise = key
            self._name.setText(ex.name)
            self._figure.show_exercise(ex, mirrored=view.side is Side.RIGHT)
            self._figure.set_time_scale(1.0 / self._view.time_scale)
            cues = "".join(f"<li>{c}</li>" for c in ex.cues)
            summary = f"<p>{ex.summary}</p>" if ex.summary else ""
            self._cues_label.setText(f"{summary}<ul style='margin-left:-20px'>{cues}</ul>")
            reasons = " ".join(view.reasons)
            self._reason.setText(reasons)
            self._reason.setVisible(bool(reasons))
            nxt = view.next_exercise
            self._next.setText(
                self.tr("Next: %1").replace("%1", nxt.name) if nxt else self.tr("Last exercise")
            )
        sided = ex.sided is Sidedness.LEFT_RIGHT
        side = self._side_name(view.side)
        # Only the first letter: str.capitalize() would lower the rest ("Linke seite").
        side_text = f" · {side[:1].upper()}{side[1:]}" if sided else ""
        set_no = (
            self.tr("Set %1 of %2")
            .replace("%1", str(view.side_set))
            .replace("%2", str(view.side_sets))
        )
        self._meta.setText(f"{set_no}{side_text} · {describe(planned.dose)}")
        self._figure.set_playing(view.step is not Step.GET_READY and not view.paused)
        self._pause_button.setText(
            self.tr("Resume (Space)") if view.paused else self.tr("Pause (Space)")
        )
        number = str(view.seconds_shown)
        if view.step is Step.GET_READY:
            if view.side_switch:
                status = self.tr("Switch sides: %1").replace("%1", self._side_name(view.side))
            elif sided:
                status = self.tr("Get ready: %1").replace("%1", self._side_name(view.side))
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
            caption = self.tr("%1 s per rep").replace("%1", str(planned.dose.tempo_s))
        if view.paused:
            status = self.tr("Paused — press Space to continue")
        self._status.setText(status)
        self._ring.show_countdown(
            view.fraction_left,
            number,
            caption,
            step_color(self._theme, view.step),
            view.paused,
        )

    def _show_done(self, session: SessionView) -> None:
        summary = session.summary
        if summary is None:
            return
        titles = {
            SessionOutcome.COMPLETED: self.tr("Well done!"),
            SessionOutcome.PARTIAL: self.tr("Session ended"),
            SessionOutcome.SKIPPED: self.tr("Session skipped"),
        }
        self._done_title.setText(titles.get(summary.outcome, self.tr("Session ended")))
        planned = summary.planned_exercises
        done = self.tr("%1 of %n exercise(s) done", "", planned).replace(
            "%1", str(summary.exercises_done)
        )
        lines = [done + " · " + self._duration_text(summary.active_s)]
        before, after = session.pain_before, session.pain_after
        if before is not None and after is not None:
            lines.append(
                self.tr("Pain %1/10 before, %2/10 after")
                .replace("%1", str(before))
                .replace("%2", str(after))
            )
        self._done_text.setText("\n".join(lines))
        if session.safety is not None:
            advice = " ".join(
                session.safety.localized_advice(
                    lambda a: QCoreApplication.translate(SAFETY_CONTEXT, a)
                )
            )
            self._done_safety.setText(advice)
            self._done_safety.setVisible(True)

    def _duration_text(self, seconds: int) -> str:
        minutes, rest = divmod(max(0, seconds), 60)
        if minutes == 0:
            return self.tr("%1 s of exercise").replace("%1", str(rest))
        if rest == 0:
            return self.tr("%1 min of exercise").replace("%1", str(minutes))
        return (
            self.tr("%1 min %2 s of exercise").replace("%1", str(minutes)).replace("%2", str(rest))
        )

    def _cue(self, view: PlayerView) -> None:
        cues = self._cues
        changed = view.step != self._last_step
        if cues is not None and not view.paused:
            timed = view.step in (Step.HOLD, Step.REPS)
            shown = view.seconds_shown
            if timed and shown != self._last_shown and 1 <= shown <= TICK_LAST_S and not changed:
                cues.tick()
            if changed and self._last_step in (Step.HOLD, Step.REPS):
                cues.chime()
            if changed and view.exercise is not None:
                if view.step is Step.GET_READY:
                    side = self._side_name(view.side)
                    if view.side_switch:
                        cues.say(self.tr("Switch sides: %1").replace("%1", side))
                    else:
                        cues.say(view.exercise.name)
                elif view.step is Step.HOLD and view.rep <= 1:
                    cues.say(self.tr("Hold"))
                elif view.step is Step.FEEL:
                    cues.say(self.tr("How did that feel?"))
            if changed and view.step is Step.SESSION_FEEL:
                cues.say(self.tr("Done! How did this break feel?"))
        self._last_shown = view.seconds_shown

    # ----- window events

    def event(self, event: QEvent) -> bool:
        """Follow the desktop's light or dark palette when it changes."""
        if event.type() == QEvent.Type.ApplicationPaletteChange and theme_for() is not self._theme:
            self._apply_theme()
        return super().event(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Let the runner count down while the window is shown."""
        super().showEvent(event)
        self._runner.set_shown(True)

    def hideEvent(self, event: QHideEvent) -> None:
        """Pause the session and stop its timers while hidden."""
        super().hideEvent(event)
        self._runner.set_shown(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        """End the session (finished sets are kept) when the window closes."""
        self._runner.close()
        super().closeEvent(event)
