"""The break service: the pure break policy, woken by APScheduler, fed by the OS adapters.

APScheduler is the only timer. One date job (``policy-tick``) is re-armed after every
tick for :meth:`BreakPolicy.seconds_until_next_tick`; two cron jobs wake the service for
the daily-session reminder and the nightly backup. The scheduler runs its jobs on the GUI
thread (:class:`FixedQtScheduler`), so the policy and the signals below never cross
threads. The policy is the source of truth for time: it measures active time on the
monotonic clock and checks the wall/monotonic/boot-time gap on every tick, so a late
wakeup (suspend, stopped process) or a wall-clock jump is recognised there; the OS hints
(logind, screen lock) only make it earlier.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, time, timedelta
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.clock import Clock
from desktop_app.core.policy import (
    AwayDetected,
    AwayKind,
    BreakDue,
    BreakPolicy,
    BreakWithdrawn,
    NoticeDue,
    PauseRequest,
    PauseUntil,
    PolicyAction,
    PolicyStatus,
    QuietReason,
)
from desktop_app.core.settings import WEEKDAYS, Settings
from desktop_app.scheduling.policy_state_file import PolicyStateFile
from desktop_app.scheduling.qt_scheduler import FixedQtScheduler, date_job_trigger

log = logging.getLogger(__name__)

TICK_JOB = "policy-tick"
DAILY_JOB = "daily-session"
BACKUP_JOB = "nightly-backup"
DAY_END_JOB = "day-end"
#: When the day ends for the "average pain today" question without working hours.
DAY_END_DEFAULT = time(18, 0)
#: Local time of the nightly backup.
BACKUP_HOUR = 3
BACKUP_MINUTE = 30


def day_ends(settings: Settings) -> dict[str, time]:
    """Return, per weekday, when the working day ends (the end of its last range).

    Without working hours every day ends at :data:`DAY_END_DEFAULT`; a weekday with no
    working range has no end-of-day question.
    """
    if not settings.working_hours_enabled:
        return dict.fromkeys(WEEKDAYS, DAY_END_DEFAULT)
    return {
        day: max(r.end for r in ranges) for day, ranges in settings.working_hours.items() if ranges
    }


class IdleReader(Protocol):
    """What the service needs of an idle backend."""

    name: str

    def idle_seconds(self) -> float | None:
        """Return seconds since the last input, or None when unknown."""
        ...


class QuietReader(Protocol):
    """What the service needs of the quiet-time detector."""

    def quiet_reason(self) -> QuietReason | None:
        """Return why now is quiet time, or None."""
        ...


class BreakService(QObject):
    """Run the break policy on APScheduler and turn its actions into Qt signals.

    Signals:
        notice_due(int): the break comes in this many (wall) seconds: send the notice.
        break_due(object): a :class:`BreakDue`: show the prompt.
        break_withdrawn(object): a :class:`BreakWithdrawn`: close the prompt unanswered.
        away_returned(AwayKind): back from sleep/lock/gap (an open session closes).
        status_changed(): the tooltip may need a new line.
        backup_due(): the nightly backup time came.
        day_end_due(): the working day ended: time for "average pain today".
        idle_unavailable(str): no idle backend works; all time counts as active.
    """

    notice_due = Signal(int)
    break_due = Signal(object)
    break_withdrawn = Signal(object)
    away_returned = Signal(object)
    status_changed = Signal()
    backup_due = Signal()
    day_end_due = Signal()
    idle_unavailable = Signal(str)
    #: Emitted by the APScheduler jobs; queued, so the tick runs after the scheduler
    #: has finished with the job (it removes a fired date job by id afterwards, which
    #: would remove the tick job re-armed from inside the run).

    def __init__(
        self,
        policy: BreakPolicy,
        clock: Clock,
        idle: IdleReader,
        quiet: QuietReader | None,
        state_file: PolicyStateFile | None = None,
        scheduler_factory: Callable[..., FixedQtScheduler] = FixedQtScheduler,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._policy = policy
        self._clock = clock
        self._idle = idle
        self._quiet = quiet
        self._state_file = state_file
        # Date jobs are aware UTC instants and cron jobs name their timezone, so the
        # scheduler's own zone is UTC: no tzlocal guess (it warns when TZ and the
        # system disagree) and nothing that moves with the local clock.
        self._scheduler = scheduler_factory(
            self, on_clock_jump=self._on_scheduler_clock_jump, timezone=UTC
        )
        self._running = False
        self._ticks = 0
        self._idle_filter: Callable[[float | None], float | None] = lambda idle_s: idle_s

    @property
    def policy(self) -> BreakPolicy:
        return self._policy

    @property
    def scheduler(self) -> FixedQtScheduler:
        return self._scheduler

    @property
    def ticks(self) -> int:
        """How many policy ticks ran (for tests and the benchmark)."""
        return self._ticks

    def start(self) -> None:
        """Start the scheduler, the daily jobs and the first tick."""
        if self._running:
            return
        self._scheduler.start()
        self._running = True
        self._add_daily_jobs(self._policy.settings)
        if self._idle.name == "none":
            reasons = "; ".join(getattr(self._idle, "reasons", ()) or ())
            self.idle_unavailable.emit(reasons)
        self._arm(0.0)
        log.info("break service started (idle backend: %s)", self._idle.name)

    def stop(self) -> None:
        """Save the state and stop the scheduler."""
        if not self._running:
            return
        if self._state_file is not None:
            self._state_file.save(self._policy.persisted_state(), force=True)
        self._running = False
        self._scheduler.shutdown(wait=False)

    def status(self) -> PolicyStatus:
        return self._policy.status()

    # -- intents ------------------------------------------------------------------------

    def snooze(self, minutes: int) -> bool:
        """Snooze the prompt (or postpone the next break); False at the snooze limit."""
        done = self._policy.snooze(minutes)
        self._after_intent()
        return done

    def skip(self) -> None:
        self._policy.skip()
        self._after_intent()

    def pause(self, seconds: float | None) -> None:
        """Pause for ``seconds`` (app seconds, scaled by the policy) or until resumed."""
        self._policy.pause(seconds)
        self._after_intent()

    def pause_until_tomorrow(self) -> None:
        self._policy.pause_until_tomorrow()
        self._after_intent()

    def request_pause(self, request: PauseRequest) -> None:
        """Pause as the user asked: for a while, until tomorrow, or until resumed."""
        if request.until is PauseUntil.TOMORROW:
            self.pause_until_tomorrow()
        elif request.until is PauseUntil.RESUMED:
            self.pause(None)
        else:
            self.pause(request.seconds)

    def resume(self) -> None:
        self._policy.resume()
        self._after_intent()

    def session_started(self) -> None:
        self._policy.start_session()
        self._after_intent()

    def session_ended(self) -> None:
        self._policy.session_ended()
        self._after_intent()

    def break_taken_elsewhere(self) -> None:
        """A break completed on another computer (sync): restart the count here."""
        actions = self._policy.break_taken_elsewhere()
        if actions is not None:
            log.info("policy: a break taken on another computer restarted the count")
            self._handle(actions)
            self._after_intent()

    def set_idle_filter(self, idle_filter: Callable[[float | None], float | None]) -> None:
        """Pass each idle reading through ``idle_filter`` (activity on other computers)."""
        self._idle_filter = idle_filter

    @property
    def idle(self) -> IdleReader:
        """The idle backend the ticks read."""
        return self._idle

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings now: re-derive the next break and re-arm every job."""
        self._policy.apply_settings(settings)
        if self._running:
            self._add_daily_jobs(settings)
        self._after_intent()

    def away_started(self) -> None:
        """OS hint: the screen locks or the machine is about to sleep."""
        self._policy.away_started()
        self._save()
        self.status_changed.emit()

    def away_ended(self, kind: AwayKind | str) -> None:
        """OS hint: back from sleep or lock; the policy checks the gap and ticks."""
        away = AwayKind.SLEEP if kind == AwayKind.SLEEP else AwayKind.LOCK
        self._handle(self._policy.away_ended(away))
        self.tick_now()

    def _request_tick(self) -> None:
        """Tick at the next event-loop turn (a job's run, not inside APScheduler's loop)."""
        QTimer.singleShot(0, self.tick_now)

    def tick_now(self) -> None:
        """Run a tick at once (after a resume, a settings change, a clock jump)."""
        if self._running:
            self._tick()

    # -- internals ----------------------------------------------------------------------

    def _after_intent(self) -> None:
        self._save()
        if self._running:
            self._arm(self._policy.seconds_until_next_tick())
        self.status_changed.emit()

    def _arm(self, seconds: float) -> None:
        run_at = self._clock.utc_now() + timedelta(seconds=max(0.0, seconds))
        trigger = date_job_trigger(run_at)
        self._scheduler.add_job(self._request_tick, trigger, id=TICK_JOB, replace_existing=True)

    def _add_daily_jobs(self, settings: Settings) -> None:
        tz = self._clock.tz_name()
        daily = settings.daily_session_time
        self._scheduler.add_job(
            self._request_tick,
            "cron",
            hour=daily.hour,
            minute=daily.minute,
            timezone=tz,
            id=DAILY_JOB,
            replace_existing=True,
        )
        self._scheduler.add_job(
            self.backup_due.emit,
            "cron",
            hour=BACKUP_HOUR,
            minute=BACKUP_MINUTE,
            timezone=tz,
            id=BACKUP_JOB,
            replace_existing=True,
        )
        for job in self._scheduler.get_jobs():
            if job.id.startswith(DAY_END_JOB):
                job.remove()
        for day, end in day_ends(settings).items():
            self._scheduler.add_job(
                self.day_end_due.emit,
                "cron",
                day_of_week=day,
                hour=end.hour,
                minute=end.minute,
                timezone=tz,
                id=f"{DAY_END_JOB}-{day}",
                replace_existing=True,
            )

    def _tick(self) -> None:
        self._ticks += 1
        try:
            idle_s = self._idle.idle_seconds()
        except Exception:
            log.exception("idle backend %s failed", self._idle.name)
            idle_s = None
        idle_s = self._idle_filter(idle_s)
        quiet: QuietReason | None = None
        if self._quiet is not None:
            try:
                quiet = self._quiet.quiet_reason()
            except Exception:
                log.exception("quiet detector failed")
        actions = self._policy.tick(idle_s, quiet)
        log.debug("tick %d: idle %s, quiet %s", self._ticks, idle_s, quiet)
        self._handle(actions)
        self._save()
        if self._running:
            self._arm(self._policy.seconds_until_next_tick())
        self.status_changed.emit()

    def _handle(self, actions: list[PolicyAction]) -> None:
        for action in actions:
            log.info("policy: %s", action)
            if isinstance(action, NoticeDue):
                self.notice_due.emit(action.seconds_left)
            elif isinstance(action, BreakDue):
                self.break_due.emit(action)
            elif isinstance(action, BreakWithdrawn):
                self.break_withdrawn.emit(action)
            elif isinstance(action, AwayDetected):
                self.away_returned.emit(action.kind)
            # A natural break taken and a clock jump are only logged (above).

    def _save(self) -> None:
        if self._state_file is not None:
            self._state_file.save_in_background(self._policy.persisted_state())

    def _on_scheduler_clock_jump(self, seconds: float) -> None:
        # A date job armed before a backwards jump would wait for the jump's length:
        # tick now, which re-arms it from the policy's monotonic view.
        log.info("wall clock jumped %+.0f s: re-arming", seconds)
        self.tick_now()

    def job_ids(self) -> list[str]:
        """Return the scheduled job ids (tests)."""
        return sorted(job.id for job in self._scheduler.get_jobs())
