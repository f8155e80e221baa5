"""The prompt flow: a break comes due, is prepared, asked, answered, and maybe started.

Beside :class:`~desktop_app.session_flow.SessionFlow` (which runs a session),
:class:`PromptFlow` owns the break prompt's lifecycle:

- the pre-break notice prepares the break on the background worker;
- a due break is prepared, then its prompt is shown (logged as a ``PromptEvent``);
- a break due while a session window is open waits until that window closes;
- a withdrawn break (idle, pause, back from sleep) takes its prompt off the screen,
  logged as ``EXPIRED``;
- the answer (a :class:`~desktop_app.core.events.PromptAnswer`) is logged and snoozes,
  skips or starts the session; "start at my next pause" hands the prompt to the
  :class:`~desktop_app.scheduling.pause_watch.PauseWatcher`.

Sessions the user asks for go through :meth:`start_session` too: no session before the
welcome is finished, and none while a red flag locks the programme unless an
assessment is confirmed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from desktop_app.break_preparation import BreakPreparation
from desktop_app.core.clock import Clock, Stamp
from desktop_app.core.events import PromptAnswer, PromptEvent, PromptKind, SessionKind
from desktop_app.core.settings import Settings
from desktop_app.platform.notifications import Notifier
from desktop_app.session_flow import EventLog, SessionFlow
from desktop_app.storage.event_store import StoreError

if TYPE_CHECKING:
    from desktop_app.core.policy import AwayKind, BreakDue, BreakWithdrawn, PauseRequest
    from desktop_app.core.session_plan import SessionPlan
    from desktop_app.scheduling.break_service import BreakService
    from desktop_app.scheduling.pause_watch import PauseWatcher
    from desktop_app.ui.break_prompt import BreakPrompt

# The end-to-end tests wait on "INFO desktop_app: break prompt … shown".
log = logging.getLogger("desktop_app")


class BreakControls(Protocol):
    """What the prompt flow asks of the break service."""

    def snooze(self, minutes: int) -> object: ...
    def skip(self) -> None: ...
    def request_pause(self, request: PauseRequest) -> None: ...
    def resume(self) -> None: ...


def session_kind_for(kind: PromptKind) -> SessionKind:
    """The session a prompt of ``kind`` starts."""
    return SessionKind.DAILY if kind is PromptKind.DAILY else SessionKind.MICROBREAK


class PromptFlow(QObject):
    """Show break prompts, log their answers, start the sessions they lead to.

    Signals:
        message(str, str): a title and a text to show the user (a failed write).
        onboarding_needed(): a session was asked for before the welcome was finished.
    """

    message = Signal(str, str)
    onboarding_needed = Signal()

    def __init__(
        self,
        writes: EventLog,
        flow: SessionFlow,
        preparation: BreakPreparation,
        notifier: Notifier,
        clock: Clock,
        settings: Callable[[], Settings],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._writes = writes
        self._flow = flow
        self._preparation = preparation
        self._notifier = notifier
        self._clock = clock
        self._settings = settings
        self._breaks: BreakControls | None = None
        self._pause_watch: PauseWatcher | None = None
        #: The prompt on screen, its logged id, kind and plan.
        self.prompt: BreakPrompt | None = None
        self._prompt_id: int | None = None
        self.prompt_kind: PromptKind | None = None
        #: A due break whose prompt waits for the break to be prepared.
        self._due_pending: BreakDue | None = None
        #: A break that came due while a session window was open: shown when it closes.
        self._due_waiting: BreakDue | None = None
        flow.window_closed.connect(self._on_flow_window_closed)

    def attach(self, breaks: BreakService, pause_watch: PauseWatcher) -> None:
        """Follow the break service (built once its modules are loaded)."""
        self._breaks, self._pause_watch = breaks, pause_watch
        breaks.notice_due.connect(self.on_notice_due)
        breaks.break_due.connect(self.on_break_due)
        breaks.break_withdrawn.connect(self.on_break_withdrawn)
        breaks.away_returned.connect(self._on_away_returned)

    # -- a break comes due ----------------------------------------------------------------

    def on_notice_due(self, seconds: int) -> None:
        """The break is seconds away: say so, and load what it needs now."""
        if self._flow.is_running():
            return
        self._preparation.prepare()
        self._notifier.notify(
            self.tr("Break in {n} s").format(n=seconds),
            self.tr("Counterbalance: a short break is coming. Finish your sentence."),
        )

    def on_break_due(self, due: BreakDue) -> None:
        """Prepare the break, then show its prompt (later, if a session window is open)."""
        if self._flow.is_running():
            # Not over the session window (its summary may still be open): wait for it.
            log.info("break due (%s) while a session window is open: waiting", due.kind)
            self._due_waiting = due
            return
        self.withdraw()
        self._due_pending = due
        kind = session_kind_for(due.kind)
        self._preparation.prepare_plan(
            lambda: self._flow.plan(kind),
            lambda plan, exc: self._show_prompt(due, plan, exc),
        )

    def _show_prompt(
        self, due: BreakDue, plan: SessionPlan | None, error: Exception | None
    ) -> None:
        """Show the prompt for ``due`` unless it was withdrawn while the break was prepared."""
        if self._due_pending is not due:
            return
        self._due_pending = None
        if self._flow.is_running():  # a session opened meanwhile: show it when it closes
            self._due_waiting = due
            return
        from desktop_app.ui.break_prompt import BreakPrompt, BreakPromptView

        try:
            if plan is None:
                if error is not None and not isinstance(error, StoreError):
                    log.warning("planning off the GUI thread failed: %s", type(error).__name__)
                # Plan here: a storage problem is then said to the user below.
                plan = self._flow.plan(session_kind_for(due.kind))
            self._prompt_id = self._writes.add_prompt(PromptEvent(Stamp.now(self._clock), due.kind))
        except StoreError as exc:
            self.message.emit(self.tr("Could not save"), str(exc))
            return
        self.prompt_kind = due.kind
        watch = self._pause_watch
        view = BreakPromptView.from_due(
            due,
            self._plan_summary(plan),
            tuple(item.exercise.name for item in plan.exercises[:3]),
            self._settings().snooze_limit,
            first_exercise=plan.exercises[0].exercise if plan.exercises else None,
            can_start_at_pause=watch is not None and watch.available(),
        )
        prompt = BreakPrompt(view)
        if watch is not None:  # issue 9 §5: "start at my next pause"
            prompt.start_at_pause_requested.connect(lambda: watch.watch(prompt))
            prompt.destroyed.connect(lambda: watch.cancel(prompt))
        from PySide6.QtCore import Qt  # not at import: builds 93 enums

        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        answer = self._on_answered
        prompt.start_requested.connect(lambda: answer(PromptAnswer.STARTED, 0, plan))
        prompt.snooze_requested.connect(lambda m: answer(PromptAnswer.SNOOZED, m, plan))
        prompt.skip_requested.connect(lambda: answer(PromptAnswer.SKIPPED, 0, plan))
        self.prompt = prompt
        prompt.present()  # never steals focus (a Tool window shown without activation)
        log.info("break prompt %s shown (%s)", self._prompt_id, due.kind)

    def _plan_summary(self, plan: SessionPlan) -> str:
        n = len(plan.exercises)
        minutes = max(1, round(plan.estimated_s / 60))
        return self.tr("%n exercise(s) · about {m} min", "", n).format(m=minutes)

    def _on_answered(self, answer: PromptAnswer, minutes: int, plan: SessionPlan) -> None:
        self._notifier.withdraw()  # "a break is coming" no longer applies
        prompt_id, kind = self._prompt_id, self.prompt_kind
        self.prompt = None
        self._prompt_id = None
        if self._breaks is None or prompt_id is None or kind is None:
            return
        try:
            self._writes.answer_prompt(prompt_id, answer, Stamp.now(self._clock))
        except StoreError as exc:
            self.message.emit(self.tr("Could not save"), str(exc))
        log.info("break prompt %s answered: %s", prompt_id, answer)
        if answer is PromptAnswer.SNOOZED:
            self._breaks.snooze(minutes)
        elif answer is PromptAnswer.SKIPPED:
            self._breaks.skip()
        else:
            self.start_session(session_kind_for(kind), prompt_id, plan)

    # -- a break goes away ----------------------------------------------------------------

    def on_break_withdrawn(self, withdrawn: BreakWithdrawn) -> None:
        """The break no longer applies (idle, pause, quiet): take its prompt away."""
        log.info("break prompt withdrawn: %s", withdrawn.reason)
        self._due_pending = None
        self.withdraw()

    def _on_flow_window_closed(self) -> None:
        due, self._due_waiting = self._due_waiting, None
        if due is not None:
            log.info("session window closed: showing the break that came due meanwhile")
            self.on_break_due(due)

    def _on_away_returned(self, kind: AwayKind) -> None:
        from desktop_app.core.policy import AwayKind

        # A session window left open across a sleep closes and is logged as interrupted.
        if kind is not AwayKind.LOCK and self._flow.is_running():
            log.info("back from %s: closing the open session as interrupted", kind)
            self._flow.interrupt()
        self.withdraw()

    def withdraw(self) -> None:
        """Close an unanswered prompt (log it as expired) and forget a waiting one."""
        self._due_waiting = None
        self._notifier.withdraw()
        prompt, prompt_id = self.prompt, self._prompt_id
        self.prompt = None
        self._prompt_id = None
        if prompt is not None:
            prompt.withdraw()
        if prompt_id is not None:
            try:
                self._writes.answer_prompt(prompt_id, PromptAnswer.EXPIRED, Stamp.now(self._clock))
            except StoreError as exc:
                log.error("could not log the expired prompt: %s", exc)

    # -- what the user asks from the tray -------------------------------------------------

    def snooze(self, minutes: int) -> None:
        """Snooze the prompt on screen, or the next break."""
        if self.prompt is not None:
            self.prompt.snooze_requested.emit(minutes)
        elif self._breaks is not None:
            self._breaks.snooze(minutes)

    def pause(self, request: PauseRequest) -> None:
        """Pause reminders; a prompt on screen goes."""
        self.withdraw()
        if self._breaks is not None:
            self._breaks.request_pause(request)

    def resume(self) -> None:
        """Resume reminders after a pause."""
        if self._breaks is not None:
            self._breaks.resume()

    # -- sessions -------------------------------------------------------------------------

    def start_session(
        self, kind: SessionKind, prompt_id: int | None = None, plan: SessionPlan | None = None
    ) -> None:
        """Prepare the break, then open its session window (after the safety gate)."""
        self.withdraw()
        if not self._settings().onboarding_done:
            # No session before the disclaimer has been read and accepted.
            log.info("session asked for before the welcome was finished: showing it")
            self.onboarding_needed.emit()
            return
        if plan is not None:  # planned with its prompt: only the loading is left
            self._preparation.prepare(lambda: self._start_prepared(kind, prompt_id, plan))
            return
        # break-now and "Start a session now": plan off the GUI thread too (its reads
        # compile SQL the first time: seconds on a busy machine).
        self._preparation.prepare_plan(
            lambda: self._flow.plan(kind),
            lambda made, _error: self._start_prepared(kind, prompt_id, made),
        )

    def _start_prepared(
        self, kind: SessionKind, prompt_id: int | None, plan: SessionPlan | None
    ) -> None:
        """Start the session (with ``plan``, or planned here when planning failed)."""
        if self._flow.is_running():
            return
        try:
            locked = self._flow.programme_locked()
        except StoreError as exc:  # the safety lock cannot be read: do not guess
            self.message.emit(self.tr("Your data file"), str(exc))
            return
        if locked and not self._confirm_assessed():
            return
        self._flow.start(kind, prompt_id, plan)

    def _confirm_assessed(self) -> bool:
        from PySide6.QtWidgets import QMessageBox  # loaded when a message is shown

        answer = QMessageBox.question(
            None,
            self.tr("Counterbalance — Programme paused"),
            self.tr(
                "You reported signs that need a medical assessment, so the exercise "
                "programme is paused.\n\nHas a doctor or physiotherapist assessed you "
                "and said it is fine to exercise?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._flow.confirm_assessed()
        return True
