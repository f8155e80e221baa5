"""Runs a guided session for its window: the player's clock, its events, the pain rule.

The :class:`~desktop_app.ui.session_window.SessionWindow` only shows the
:class:`SessionView` this runner sends (``view_changed``) and calls the runner's intents
(rate, answer, pause, back, skip, end). The runner owns what the window must not:

* the timers: a ~10 Hz display tick while something counts down, and a precise
  single-shot timer at the player's next deadline; both stop while paused or hidden;
* draining the player's events after every call, and passing them on as signals;
* the severe-pain rule (``core.pain_triggers.severe_pain_trigger``) on every rating, whose
  advice the view then carries to the done page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktop_app.core.events import Feel, RatingEvent, RatingKind, Region, SetEvent
from desktop_app.core.pain_triggers import severe_pain_trigger
from desktop_app.core.player import Player
from desktop_app.core.player_view import PlayerView, Step
from desktop_app.core.safety import SafetyOutcome
from desktop_app.core.session_record import SessionSummary

#: Display refresh while a countdown runs (≈10 Hz); step changes use a precise timer.
TICK_MS = 100


@dataclass(frozen=True, slots=True)
class SessionView:
    """What the session window shows now, prepared by :class:`SessionRunner`.

    Attributes:
        player: The player's snapshot.
        region: The body region the before/after ratings refer to, if chosen.
        time_scale: The player's time scale (the figure's animation follows it).
        summary: How the session ended, once it has.
        pain_before: The "before" rating given, if any.
        pain_after: The "after" rating given, if any.
        safety: Advice raised by a severe rating during this session, if any.
        feel_closes_itself: The session-wide feel question still answers itself.
    """

    player: PlayerView
    region: Region | None
    time_scale: float
    summary: SessionSummary | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    safety: SafetyOutcome | None = None
    feel_closes_itself: bool = False

    @property
    def step(self) -> Step:
        """Return the player's step."""
        return self.player.step


class SessionRunner(QObject):
    """Drive one :class:`~desktop_app.core.player.Player` for a session window.

    Signals:
        view_changed(object): A new :class:`SessionView` to show.
        step_changed(object): The player moved to another :class:`Step`.
        set_finished(object): A :class:`~desktop_app.core.events.SetEvent` to store.
        rating_given(object): A :class:`~desktop_app.core.events.RatingEvent` to store.
        session_ended(object): The :class:`~desktop_app.core.session_record.SessionSummary`.
        safety_prompted(object): A :class:`~desktop_app.core.safety.SafetyOutcome` raised
            by a rating of 7 or more.
        symptoms_reported(object): A :class:`~desktop_app.core.safety.SafetyOutcome` the
            user reported with "Check symptoms".

    Args:
        player: The session's player (not started yet).
        parent: Qt parent.
    """

    view_changed = Signal(object)
    step_changed = Signal(object)
    set_finished = Signal(object)
    rating_given = Signal(object)
    session_ended = Signal(object)
    safety_prompted = Signal(object)
    symptoms_reported = Signal(object)

    def __init__(self, player: Player, parent: QObject | None = None) -> None:
        """Wrap ``player``; nothing runs until :meth:`start`."""
        super().__init__(parent)
        self._player = player
        self._shown = False
        self._ended = False
        self._safety: SafetyOutcome | None = None
        self._pain: dict[RatingKind, int] = {}
        self._last_step: Step | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._on_timer)
        self._step_timer = QTimer(self)
        self._step_timer.setSingleShot(True)
        self._step_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._step_timer.timeout.connect(self._on_timer)

    # ----- reading

    @property
    def player(self) -> Player:
        """Return the player run."""
        return self._player

    @property
    def ended(self) -> bool:
        """Return True once the session ended (its summary was sent)."""
        return self._ended

    def is_ticking(self) -> bool:
        """Return True while the display timer runs."""
        return self._ticker.isActive()

    def view(self) -> SessionView:
        """Return what the window should show now."""
        p = self._player
        return SessionView(
            player=p.view(),
            region=p.region,
            time_scale=p.time_scale,
            summary=p.summary,
            pain_before=self._pain.get(RatingKind.BEFORE),
            pain_after=self._pain.get(RatingKind.AFTER),
            safety=self._safety,
            feel_closes_itself=p.step is Step.SESSION_FEEL and p.next_deadline_in() is not None,
        )

    # ----- lifetime

    def start(self) -> None:
        """Start the session."""
        self._player.start()
        self.refresh()

    def set_shown(self, shown: bool) -> None:
        """Follow the window: hidden pauses a running session and stops the timers."""
        self._shown = shown
        if shown:
            self.refresh()
            return
        if self._player.running:
            self._player.pause()
        self._stop_timers()

    def close(self) -> None:
        """The window closes: a session not yet ended is interrupted (sets are kept)."""
        if not self._ended:
            self._player.interrupt()
            self._drain()
        self._shown = False
        self._stop_timers()

    # ----- intents

    def rate(self, value: int | None, region: Region | None = None) -> None:
        """Answer the pain question on screen (None skips it)."""
        self._player.rate(value, region)
        self.refresh()

    def answer_feel(self, feel: Feel | None, pain_during: int | None) -> None:
        """Answer "how did it feel" (for the exercise or the whole session)."""
        if self._player.step is Step.SESSION_FEEL:
            self._player.answer_session_feel(feel, pain_during)
        else:
            self._player.answer_feel(feel, pain_during)
        self.refresh()

    def hold_session_feel(self) -> None:
        """The user is answering: the session-wide question stops closing by itself."""
        if self._player.step is Step.SESSION_FEEL:
            self._player.hold_session_feel()
            self.refresh()

    def toggle_pause(self) -> None:
        """Pause or resume."""
        self._player.toggle_pause()
        self.refresh()

    def pause_running(self) -> None:
        """Pause if a timed step is running (e.g. while a dialog asks something)."""
        if self._player.running:
            self._player.pause()
        self.refresh()

    def back(self) -> None:
        """Go back a set or an exercise."""
        self._player.back()
        self.refresh()

    def skip(self) -> None:
        """Skip the current set."""
        self._player.skip()
        self.refresh()

    def end(self) -> None:
        """End the session on the user's request."""
        self._player.end()
        self.refresh()

    def report_symptoms(self, outcome: SafetyOutcome) -> None:
        """Pass on a "Check symptoms" outcome; one that locks the programme stops the session."""
        self.symptoms_reported.emit(outcome)
        if outcome.lock_programme and self._player.step is not Step.DONE:
            self._player.interrupt()

    # ----- running

    def refresh(self) -> None:
        """Pass on the player's events, re-arm the timers and send the view."""
        self._drain()
        view = self.view()
        self._update_timers(view)
        self.view_changed.emit(view)
        if view.step != self._last_step:
            self._last_step = view.step
            self.step_changed.emit(view.step)

    def _on_timer(self) -> None:
        self._player.tick()
        self.refresh()

    def _drain(self) -> None:
        for event in self._player.take_events():
            if isinstance(event, SessionSummary):
                self._ended = True
                self.session_ended.emit(event)
            elif isinstance(event, SetEvent):
                self.set_finished.emit(event)
            elif isinstance(event, RatingEvent):
                self._pain[event.kind] = event.value
                self.rating_given.emit(event)
                outcome = severe_pain_trigger(event)
                if outcome is not None:
                    self._safety = outcome
                    self.safety_prompted.emit(outcome)

    def _update_timers(self, view: SessionView) -> None:
        counting = view.player.timed or view.feel_closes_itself
        if counting and not view.player.paused and self._shown:
            if not self._ticker.isActive():
                self._ticker.start()
            left = self._player.next_deadline_in()
            if left is not None:
                self._step_timer.start(max(0, int(left * 1000)))
        else:
            self._stop_timers()

    def _stop_timers(self) -> None:
        self._ticker.stop()
        self._step_timer.stop()
