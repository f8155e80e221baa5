"""The guided-session window: shows the runner's views and turns keys into intents.

The window owns no timer and never reads the player's events: a
:class:`~desktop_app.ui.session_runner.SessionRunner` runs the session and sends a
:class:`~desktop_app.ui.session_runner.SessionView` after every change; the window shows
it on one of its pages (:mod:`~desktop_app.ui.session_pages`,
:mod:`~desktop_app.ui.session_exercise_page`), plays the cues that go with it, and calls
the runner's intents. Keys are mapped to intents by :mod:`~desktop_app.ui.session_keys`;
every key also works while a button has focus.

A microbreak that asks how the whole break felt (``Step.SESSION_FEEL``) needs no answer:
the question answers itself after a while, and the window then closes by itself unless
it has pain ratings or safety advice to show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QHideEvent,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.events import Feel, RatingKind
from desktop_app.core.player import Player
from desktop_app.core.player_view import Step
from desktop_app.core.screening import ScreeningReason
from desktop_app.ui.screen_fit import fit_to_screen
from desktop_app.ui.session_cues import Cues, SessionCues
from desktop_app.ui.session_exercise_page import ExercisePage
from desktop_app.ui.session_keys import KeyIntent, key_intent
from desktop_app.ui.session_large import large_scale, large_style
from desktop_app.ui.session_pages import (
    DonePage,
    FeelPage,
    RatingPage,
    session_button,
    session_style,
)
from desktop_app.ui.session_runner import SessionRunner, SessionView
from desktop_app.ui.session_texts import SessionTexts
from desktop_app.ui.symptoms_dialog import SymptomsDialog
from desktop_app.ui.theme import LIGHT, apply_theme, theme_for

#: The window's preferred size (smaller screens get less).
SESSION_SIZE = QSize(920, 620)


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
        self._last_step: Step | None = None
        self.setObjectName("sessionWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._theme = LIGHT
        self.setWindowTitle(self.tr("Counterbalance — Session"))
        self.setAccessibleName(self.tr("Guided session"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._texts = SessionTexts(self)
        self._cues = SessionCues(cues, self._texts, self)
        self._stack = QStackedWidget()
        self._rating_page = RatingPage(self._confirm_rating, self._skip_rating, self._rate_zero)
        self._exercise_page = ExercisePage(
            self._texts, self._player_back, self._toggle_pause, self._player_skip, self._player_end
        )
        self._feel_page = FeelPage(
            self._answer_feel,
            self._skip_feel,
            lambda: self._open_symptoms(ScreeningReason.NERVE_SYMPTOMS),
            self._runner.hold_session_feel,
        )
        self._done_page = DonePage(self._texts, self.close)
        for page in (self._rating_page, self._exercise_page, self._feel_page, self._done_page):
            self._stack.addWidget(page)

        self._progress = QLabel()
        self._progress.setObjectName("meta")
        self._symptoms_button = session_button(
            self.tr("Check symptoms…"), self.tr("Check symptoms"), self._open_symptoms
        )
        self._symptoms_button.setObjectName("symptoms")
        self._large = False
        self._large_scale = 1.0
        self._large_button = session_button(
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
        self._key_actions: dict[KeyIntent, Callable[[], object]] = {
            KeyIntent.TOGGLE_LARGE: self.toggle_large,
            KeyIntent.CONFIRM_RATING: self._confirm_rating,
            KeyIntent.SKIP_RATING: self._skip_rating,
            KeyIntent.RATING_UP: lambda: self._rating_page.rating.step(+1),
            KeyIntent.RATING_DOWN: lambda: self._rating_page.rating.step(-1),
            KeyIntent.FEEL_EASY: lambda: self._answer_feel(Feel.EASY),
            KeyIntent.FEEL_OK: lambda: self._answer_feel(Feel.OK),
            KeyIntent.FEEL_HARD: lambda: self._answer_feel(Feel.HARD),
            KeyIntent.SKIP_FEEL: self._skip_feel,
            KeyIntent.BACK: self._player_back,
            KeyIntent.CLOSE: self.close,
            KeyIntent.TOGGLE_PAUSE: self._toggle_pause,
            KeyIntent.SKIP_SET: self._player_skip,
            KeyIntent.END: self._player_end,
        }

    def _apply_theme(self) -> None:
        self._theme = theme_for()
        extra = large_style(self._large_scale, self._theme) if self._large else ""
        apply_theme(self, session_style(self._theme) + extra, self._theme)
        self._exercise_page.ring.set_theme(self._theme)

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
        intent = key_intent(self._view.step, key, self._large)
        if intent is None:
            return False
        if intent is KeyIntent.RATING_DIGIT:
            self._rating_page.rating.type_digit(key - Qt.Key.Key_0)
        elif intent is KeyIntent.DURING_DIGIT:
            self._feel_page.during.type_digit(key - Qt.Key.Key_0)
        else:
            self._key_actions[intent]()
        return True

    # ----- intents

    def _confirm_rating(self) -> None:
        rating = self._rating_page.rating
        self._runner.rate(rating.value(), rating.region())

    def _skip_rating(self) -> None:
        self._runner.rate(None)

    def _rate_zero(self) -> None:
        self._rating_page.rating.select(0)
        self._confirm_rating()

    def _answer_feel(self, feel: Feel | None) -> None:
        self._runner.answer_feel(feel, self._feel_page.during.value())

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
            self._exercise_page.show_skipped(
                self._texts.skipped_text(before, self._view.player),
                self._view.step is Step.GET_READY,
            )

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

    # ----- display

    def _show_view(self, session: SessionView) -> None:
        self._view = session
        view = session.player
        self._cues.play(view, self._last_step)
        self._progress.setText(self._texts.progress_text(view))
        if view.step is not Step.GET_READY:
            self._exercise_page.skip_note.setVisible(False)  # the set after the skip is under way
        if view.step in (Step.PAIN_BEFORE, Step.PAIN_AFTER):
            if self._stack.currentWidget() is not self._rating_page or self._last_step != view.step:
                nxt = view.next_exercise
                self._rating_page.ask(
                    view.rating_kind or RatingKind.BEFORE, session.region, nxt.name if nxt else None
                )
            self._stack.setCurrentWidget(self._rating_page)
        elif view.step is Step.FEEL:
            if self._last_step is not Step.FEEL and view.exercise is not None:
                self._feel_page.ask_about_exercise(view.exercise.name)
            self._stack.setCurrentWidget(self._feel_page)
        elif view.step is Step.SESSION_FEEL:
            if self._last_step is not Step.SESSION_FEEL:
                self._feel_page.ask_about_break()
            self._feel_page.show_break_hint(session.feel_closes_itself, view.seconds_shown)
            self._stack.setCurrentWidget(self._feel_page)
        elif view.step is Step.DONE:
            self._done_page.show_summary(session)
            self._stack.setCurrentWidget(self._done_page)
        else:
            self._exercise_page.show_exercise(view, self._view.time_scale, self._theme)
            self._stack.setCurrentWidget(self._exercise_page)
        closes_itself = (
            view.step is Step.DONE
            and self._last_step is Step.SESSION_FEEL
            and session.safety is None
        )
        self._last_step = view.step
        if closes_itself:
            self.close()

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
