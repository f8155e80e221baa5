"""APScheduler's QtScheduler with one persistent QTimer, jobs on the GUI thread.

Stock ``QtScheduler`` wakes itself with ``QTimer.singleShot``, which returns None, so
``_stop_timer`` never cancels a pending wakeup: every ``add_job``/``reschedule_job``
starts a timer chain that never ends (measured: 20 reschedules -> 86 ``_process_jobs``
calls in 3.5 s instead of 4; see docs/scheduling.md). This subclass owns one QTimer
and restarts it, so there is only ever one pending wakeup.

Misfire policy: ``misfire_grace_time=None`` and ``coalesce=True``. APScheduler's
triggers are wall-clock based and Qt timers wait on the monotonic clock, which stops in
suspend; a run that comes late (suspend, stopped process, wall clock jumped forward)
must still run, once, rather than be dropped as "missed" after the default 1 s grace.
The break policy decides what a late run means (it runs its own gap check).

A wall-clock jump backwards would otherwise postpone a date job by the jump: the
scheduler compares the wall and monotonic clocks on every wakeup and reports a jump
through ``on_clock_jump`` so the owner can re-arm its jobs.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer

from desktop_app.scheduling.apscheduler_import import import_apscheduler

import_apscheduler()  # without importlib.metadata and asyncio (issue 13 §4)

from apscheduler.executors.debug import DebugExecutor  # noqa: E402
from apscheduler.jobstores.memory import MemoryJobStore  # noqa: E402
from apscheduler.schedulers.qt import QtScheduler  # noqa: E402
from apscheduler.triggers.date import DateTrigger  # noqa: E402


def date_job_trigger(run_at: datetime) -> DateTrigger:
    """A one-off trigger at an aware instant (its zone is given, so tzlocal is not asked)."""
    return DateTrigger(run_date=run_at, timezone=UTC)


#: Longest single wait; bounds how late a wall-clock jump is noticed.
MAX_WAIT_S = 900.0
#: Wall clock moving this much differently from the monotonic clock is a jump.
CLOCK_JUMP_S = 5.0
#: ``Qt::PreciseTimer``'s value.
PRECISE_TIMER = 0
#: QTimer takes an int of milliseconds.
_MAX_TIMER_MS = 2_147_483_647


class FixedQtScheduler(QtScheduler):  # type: ignore[misc]
    """QtScheduler that owns one persistent QTimer and runs jobs on the GUI thread.

    Args:
        parent: QObject owning the timer (keeps it on the GUI thread).
        on_clock_jump: Called with the jump in seconds when the wall clock moved
            differently from the monotonic clock between two wakeups.
        wall: Wall-clock source in epoch seconds (tests inject a fake).
        monotonic: Monotonic source in seconds (tests inject a fake).
        max_wait_s: Longest wait between wakeups.
        **options: Passed to APScheduler (defaults below are applied first).
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        on_clock_jump: Callable[[float], object] | None = None,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        max_wait_s: float = MAX_WAIT_S,
        **options: Any,
    ) -> None:
        self._qtimer = QTimer(parent)
        self._qtimer.setSingleShot(True)
        # Coarse timers may fire 5 % late (2 min on a 45 min wait); breaks must be on time.
        # Set as the property (0 = Qt::PreciseTimer): setTimerType() wants the Python
        # enum, and the first use of the ``Qt`` namespace builds all its 93 enums
        # (17 ms of CPU, 1 MiB, for a tray that otherwise never needs them).
        self._qtimer.setProperty("timerType", PRECISE_TIMER)
        self._qtimer.timeout.connect(self._process_jobs)
        self._on_clock_jump = on_clock_jump
        self._wall = wall
        self._monotonic = monotonic
        self._max_wait_s = max_wait_s
        self._mark: tuple[float, float] | None = None
        self.process_count = 0
        defaults: dict[str, Any] = {
            "executors": {"default": DebugExecutor()},
            "jobstores": {"default": MemoryJobStore()},
            "job_defaults": {"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
        }
        defaults.update(options)
        super().__init__(**defaults)

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._qtimer.stop()
        if wait_seconds is None:
            wait_seconds = self._max_wait_s
        # Round up: a timer truncated to whole milliseconds fires just before the job is
        # due, finds nothing to run and re-arms with 0 ms, spinning until it is due.
        wait_ms = min(math.ceil(min(wait_seconds, self._max_wait_s) * 1000), _MAX_TIMER_MS)
        if self._mark is None:  # re-arming must not hide a jump since the last check
            self._mark = (self._wall(), self._monotonic())
        self._qtimer.start(max(0, wait_ms))

    def _stop_timer(self) -> None:
        self._qtimer.stop()

    def wakeup(self) -> None:
        """Process jobs at the next event-loop turn (one pending wakeup at most)."""
        self._start_timer(0)

    def _process_jobs(self) -> None:
        self.process_count += 1
        self._check_clock_jump()
        wait_seconds = super(QtScheduler, self)._process_jobs()
        if self.running:
            self._start_timer(wait_seconds)

    def _check_clock_jump(self) -> None:
        if self._mark is None:
            return
        wall0, mono0 = self._mark
        wall1, mono1 = self._wall(), self._monotonic()
        self._mark = (wall1, mono1)
        jump = (wall1 - wall0) - (mono1 - mono0)
        if abs(jump) > CLOCK_JUMP_S and self._on_clock_jump is not None:
            self._on_clock_jump(jump)

    def shutdown(self, wait: bool = True) -> None:
        """Stop the scheduler and its timer."""
        super().shutdown(wait)
        self._qtimer.stop()

    @property
    def timer_active(self) -> bool:
        """Tell whether a wakeup is pending."""
        return self._qtimer.isActive()
