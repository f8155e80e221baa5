"""The session flow: plan a session, run it (runner + session window), log every event.

Every prompt answer, set and rating is committed to the store the moment it happens, so
a session cut off by a crash or a sleep keeps its finished sets (it is closed as
*interrupted*: at once after a sleep, or at the next start after a crash).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.clock import Clock, Stamp
from desktop_app.core.events import (
    PromptAnswer,
    PromptEvent,
    RatingEvent,
    SafetyEvent,
    SessionEvent,
    SessionKind,
    SessionOutcome,
    SetEvent,
)
from desktop_app.core.settings import Settings
from desktop_app.storage.app_state import SafetyState
from desktop_app.storage.event_store import StoreError

if TYPE_CHECKING:
    # Loaded on the first break: the planner and the player are not needed to idle.
    from desktop_app.core.catalog import Catalog
    from desktop_app.core.player_view import Step
    from desktop_app.core.progression import History
    from desktop_app.core.safety import SafetyOutcome
    from desktop_app.core.screening import ScreeningReason
    from desktop_app.core.session_plan import SessionPlan
    from desktop_app.core.session_record import SessionSummary
    from desktop_app.ui.session_cues import Cues
    from desktop_app.ui.session_window import SessionWindow

log = logging.getLogger(__name__)


class EventLog(Protocol):
    """What the flow reads and writes.

    An :class:`EventStore` (writes at once) or a
    :class:`~desktop_app.storage.write_queue.WriteQueue` (writes off the GUI thread).
    """

    def sessions_since(self, since: datetime) -> list[SessionEvent]: ...
    def sets_since(self, since: datetime) -> list[SetEvent]: ...
    def ratings_since(self, since: datetime) -> list[RatingEvent]: ...
    def safety_state(self) -> SafetyState: ...
    def set_safety_state(self, state: SafetyState) -> None: ...
    def add_prompt(self, prompt: PromptEvent) -> int: ...
    def answer_prompt(self, prompt_id: int, answer: PromptAnswer, at: Stamp) -> None: ...
    def start_session(self, session_event: SessionEvent) -> int: ...
    def end_session(self, session_id: int, outcome: SessionOutcome, at: Stamp) -> None: ...
    def add_set(self, set_event: SetEvent) -> int: ...
    def add_rating(self, rating: RatingEvent) -> int: ...
    def add_safety_event(self, event: SafetyEvent) -> int: ...


#: How far back the planner and the progression rules look.
HISTORY_DAYS = 60
#: How far back the rising-pain check reads ratings (three full weeks and this one).
RISING_PAIN_DAYS = 28


class SessionFlow(QObject):
    """Plan, run and log guided sessions; at most one runs at a time.

    Signals:
        session_started(): a session window opened.
        session_finished(object): the session ended with this SessionOutcome (its summary may
            still be on screen).
        window_closed(): the session window closed; another session may start.
        safety_advice(object): a SafetyOutcome the app should show (rising weekly pain).
        storage_failed(str): a write failed; the message is fit to show the user.
        screening_requested(object): the app should open the safety check for this
            ``ScreeningReason`` (no session window is open to ask it).
    """

    session_started = Signal()
    session_finished = Signal(object)
    window_closed = Signal()
    safety_advice = Signal(object)
    storage_failed = Signal(str)
    screening_requested = Signal(object)

    def __init__(
        self,
        store: EventLog,
        catalog: Callable[[], Catalog],
        settings: Callable[[], Settings],
        clock: Clock,
        rng: random.Random,
        cues: Callable[[], Cues | None],
        time_scale: float = 1.0,
        parent: QObject | None = None,
        *,
        screening_at_start: bool = True,
    ) -> None:
        super().__init__(parent)
        #: Ask the first-run / periodic check when a session starts (off in some tests).
        self._screening_enabled = screening_at_start
        self._store = store
        self._catalog = catalog
        self._settings = settings
        self._clock = clock
        self._rng = rng
        self._cues = cues
        self._time_scale = time_scale
        self._window: SessionWindow | None = None
        self._session_id: int | None = None

    def is_running(self) -> bool:
        """Tell whether a session window is open."""
        return self._window is not None

    def history(self) -> History:
        """Load what the planner needs from the store."""
        from desktop_app.core.progression import History

        since = self._clock.utc_now() - timedelta(days=HISTORY_DAYS)
        return History(
            sessions=tuple(self._store.sessions_since(since)),
            sets=tuple(self._store.sets_since(since)),
            ratings=tuple(self._store.ratings_since(since)),
        )

    # -- safety -------------------------------------------------------------------------

    def programme_locked(self) -> bool:
        """Tell whether a red flag locked the programme until an assessment is confirmed."""
        return self._store.safety_state().locked

    def stopped_regions(self) -> frozenset[str]:
        """Return the regions a safety check took out of the programme."""
        return self._store.safety_state().stopped_regions

    def confirm_assessed(self) -> None:
        """Lift the lock and the stopped regions: the user confirmed an assessment."""
        state = self._store.safety_state()
        self._store.set_safety_state(replace(state, locked=False, stopped_regions=frozenset()))
        self._store.add_safety_event(
            SafetyEvent(Stamp.now(self._clock), "assessment_confirmed", "programme resumed")
        )

    def record_safety(self, outcome: SafetyOutcome) -> None:
        """Store a safety outcome and apply its lock and stopped regions."""
        code = str(outcome.level) if outcome.level is not None else "no_flags"
        detail = ",".join(flag.id for flag in outcome.flags)
        self._store.add_safety_event(
            SafetyEvent(
                Stamp.now(self._clock),
                code,
                action=str(outcome.trigger),
                detail=detail,
                session_id=self._session_id,
            )
        )
        from desktop_app.core.safety import Trigger

        before = self._store.safety_state()
        state = before
        if outcome.trigger is Trigger.CHECKLIST:
            state = replace(state, last_screening=self._clock.utc_now())
        if outcome.level is None and not state.locked:
            # A clean check with no flags gives the stopped regions back.
            state = replace(state, stopped_regions=frozenset())
        else:
            if outcome.stop_regions:
                state = replace(state, stopped_regions=state.stopped_regions | outcome.stop_regions)
            if outcome.lock_programme:
                state = replace(state, locked=True)
                # What the user reported is health data: DEBUG only (issue 10 §6).
                log.debug("safety: programme locked until an assessment is confirmed")
        if state != before:
            self._store.set_safety_state(state)

    def last_screening(self) -> datetime | None:
        """Return when the red-flag checklist was last answered, or None."""
        return self._store.safety_state().last_screening

    def _screening_for_rating(self, event: RatingEvent) -> ScreeningReason | None:
        from desktop_app.core.screening import reason_for_rating

        return reason_for_rating(event, self.last_screening(), self._clock.utc_now())

    def _ask_in_window(self, reason: ScreeningReason) -> None:
        """Ask the check in the session window once the current event is handled."""
        window = self._window
        if window is None:
            self.screening_requested.emit(reason)
            return

        def ask() -> None:
            if self._window is window:
                window.ask_screening(reason)

        QTimer.singleShot(0, ask)

    def check_rising_pain(self) -> None:
        """Advise seeing a professional when weekly pain rose ≥2 points two weeks running.

        Told at most once a week.
        """
        from desktop_app.core.pain_triggers import rising_pain_trigger

        now = self._clock.utc_now()
        since = now - timedelta(days=RISING_PAIN_DAYS)
        outcome = rising_pain_trigger(self._store.ratings_since(since), now, self._clock.tz_name())
        if outcome is None:
            return
        week = Stamp.now(self._clock).local_date.isocalendar()
        key = f"{week.year}-W{week.week:02d}"
        state = self._store.safety_state()
        if state.rising_notified_week == key:
            return
        self._store.set_safety_state(replace(state, rising_notified_week=key))
        self.record_safety(outcome)
        self.safety_advice.emit(outcome)

    # -- planning and running -------------------------------------------------------------

    def plan(self, kind: SessionKind) -> SessionPlan:
        """Plan a session of ``kind`` for now."""
        from desktop_app.core.planner import plan_session

        settings = self._settings()
        return plan_session(
            self._catalog(),
            kind,
            settings.profile,
            self.history(),
            self._rng,
            self._clock.utc_now(),
            equipment=settings.equipment,
            weak_side=settings.weak_side,
            tight_side=settings.tight_side,
            tz=self._clock.tz_name(),
            stopped_regions=self.stopped_regions(),
            conditions=frozenset(settings.conditions),
        )

    def start(
        self, kind: SessionKind, prompt_id: int | None = None, plan: SessionPlan | None = None
    ) -> bool:
        """Open a session window; False when one is already open (it is raised instead)."""
        if self._window is not None:
            self._window.raise_()
            self._window.activateWindow()
            return False
        from desktop_app.core.player import Player
        from desktop_app.core.session_questions import questions_for
        from desktop_app.ui.session_runner import SessionRunner
        from desktop_app.ui.session_window import SessionWindow

        try:
            plan = plan or self.plan(kind)
            session_id = self._store.start_session(
                SessionEvent(
                    started_at=Stamp.now(self._clock),
                    kind=kind,
                    prompt_id=prompt_id,
                    planned_exercises=len(plan.exercises),
                )
            )
        except StoreError as exc:
            log.error("cannot start a session: %s", exc)
            self.storage_failed.emit(str(exc))
            return False
        # Brief §4: microbreaks rate pain on a sample of breaks and ask how the whole
        # break felt once; daily and user sessions ask everything.
        questions = questions_for(kind, self._settings(), self._rng)
        player = Player(
            plan,
            self._clock,
            session_id,
            time_scale=self._time_scale,
            ask_pain=questions.ask_pain,
            feel=questions.feel,
        )
        runner = SessionRunner(player)
        runner.step_changed.connect(self._on_runner_step_changed)
        runner.set_finished.connect(self._on_runner_set_finished)
        runner.rating_given.connect(self._on_runner_rating_given)
        runner.session_ended.connect(self._on_runner_session_ended)
        runner.symptoms_reported.connect(self._on_runner_safety)
        runner.safety_prompted.connect(self._on_runner_safety)
        window = SessionWindow(runner, cues=self._cues())
        from PySide6.QtCore import Qt  # not at import: builds 93 enums

        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.destroyed.connect(self._on_window_destroyed)
        self._window = window
        self._session_id = session_id
        log.info("session %d started (%s, %d exercises)", session_id, kind, len(plan.exercises))
        window.start()
        self.session_started.emit()
        from desktop_app.core.screening import reason_at_session_start

        # Issue 12: the first-run check (if it was never answered) and the short re-check
        # every few weeks, before the first exercise.
        reason = reason_at_session_start(self.last_screening(), self._clock.utc_now())
        if reason is not None and self._screening_enabled:
            self._ask_in_window(reason)
        return True

    def interrupt(self) -> None:
        """Close an open session as interrupted (the machine slept, or the app quits).

        Closing the window makes its runner interrupt the player, which logs what was
        finished and ends the session as interrupted through ``session_ended``.
        """
        if self._window is not None:
            self._window.close()

    def record_day_rating(self, event: RatingEvent) -> None:
        """Store an end-of-day "average pain today" rating and run the pain checks."""
        from desktop_app.core.pain_triggers import severe_pain_trigger

        self._write("a rating", lambda: self._store.add_rating(event))
        outcome = severe_pain_trigger(event)
        if outcome is not None:
            self.report_safety(outcome)
            self.safety_advice.emit(outcome)
        reason = self._screening_for_rating(event)
        if reason is not None:
            self.screening_requested.emit(reason)
        self._write("a pain check", self.check_rising_pain)

    def _on_runner_step_changed(self, step: Step) -> None:
        # End-to-end tests wait on these lines (qutebrowser style).
        log.info("session %s step: %s", self._session_id, step)

    def report_safety(self, outcome: SafetyOutcome) -> None:
        """Store and apply a safety outcome from any page; failures are told."""
        self._write("a safety check", lambda: self.record_safety(outcome))
        log.debug("safety outcome: %s", outcome.level)  # health data: DEBUG only

    def _on_runner_safety(self, outcome: SafetyOutcome) -> None:
        self.report_safety(outcome)

    def _write(self, what: str, write: Callable[[], object]) -> None:
        """Run one store write; a failure is told, never raised into Qt."""
        try:
            write()
        except StoreError as exc:
            log.error("could not store %s: %s", what, exc)
            self.storage_failed.emit(str(exc))

    def _on_runner_set_finished(self, event: SetEvent) -> None:
        self._write("a set", lambda: self._store.add_set(event))

    def _on_runner_rating_given(self, event: RatingEvent) -> None:
        self._write("a rating", lambda: self._store.add_rating(event))
        # Issue 12: a rating of 7 or more, or pain during above 5, asks the short check.
        reason = self._screening_for_rating(event)
        if reason is not None:
            self._ask_in_window(reason)

    def _on_runner_session_ended(self, summary: SessionSummary) -> None:
        self._finish(summary.outcome, summary.ended_at)

    def _finish(self, outcome: SessionOutcome, at: Stamp | None = None) -> None:
        if self._session_id is None:
            return
        session_id, ended = self._session_id, at or Stamp.now(self._clock)
        self._write("the session end", lambda: self._store.end_session(session_id, outcome, ended))
        log.info("session %d ended: %s", self._session_id, outcome)
        self._session_id = None
        self.session_finished.emit(outcome)
        self._write("a pain check", self.check_rising_pain)

    def _on_window_destroyed(self) -> None:
        self._window = None
        self.window_closed.emit()
