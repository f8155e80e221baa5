"""FixedQtScheduler: one persistent timer, GUI-thread jobs, explicit misfire policy."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.scheduling.qt_scheduler import FixedQtScheduler

INTERVAL_S = 0.25
WINDOW_MS = 1000


@pytest.fixture
def scheduler(qtbot: QtBot) -> FixedQtScheduler:
    sched = FixedQtScheduler()
    yield sched
    if sched.running:
        sched.shutdown(wait=False)


def test_twenty_reschedules_do_not_multiply_wakeups(
    qtbot: QtBot, scheduler: FixedQtScheduler
) -> None:
    runs: list[float] = []
    scheduler.add_job(lambda: runs.append(1), "interval", seconds=INTERVAL_S, id="tick")
    scheduler.start()
    for _ in range(20):
        scheduler.reschedule_job("tick", trigger="interval", seconds=INTERVAL_S)
    scheduler.process_count = 0
    qtbot.wait(WINDOW_MS)
    expected = WINDOW_MS / 1000 / INTERVAL_S
    # Stock QtScheduler: every reschedule leaves a timer chain behind (~20x the calls).
    assert scheduler.process_count <= expected + 2
    assert expected - 1 <= len(runs) <= expected + 1


def test_jobs_run_on_the_gui_thread(qtbot: QtBot, scheduler: FixedQtScheduler) -> None:
    threads: list[int] = []
    scheduler.add_job(lambda: threads.append(threading.get_ident()), "date")
    scheduler.start()
    qtbot.waitUntil(lambda: bool(threads), timeout=2000)
    assert threads == [threading.get_ident()]


def test_late_run_is_not_dropped_and_runs_once(qtbot: QtBot, scheduler: FixedQtScheduler) -> None:
    runs: list[int] = []
    soon = datetime.now().astimezone() + timedelta(seconds=0.1)
    scheduler.add_job(lambda: runs.append(1), "interval", seconds=0.2, start_date=soon)
    scheduler.start()
    qtbot.wait(20)
    time.sleep(1.5)  # the GUI thread is blocked past APScheduler's default 1 s grace
    qtbot.wait(50)
    # Late runs still happen (stock defaults would drop them as missed), coalesced into one.
    assert runs == [1]


def test_wall_clock_jump_is_reported(qtbot: QtBot) -> None:
    fake_wall = [1_000_000.0]
    jumps: list[float] = []
    sched = FixedQtScheduler(on_clock_jump=jumps.append, wall=lambda: fake_wall[0])
    sched.add_job(lambda: None, "interval", seconds=0.1)
    sched.start()
    qtbot.wait(150)
    assert jumps == []
    fake_wall[0] -= 3600
    qtbot.waitUntil(lambda: bool(jumps), timeout=2000)
    assert jumps[0] == pytest.approx(-3600, abs=1)
    sched.shutdown(wait=False)
    assert not sched.timer_active


def test_idle_scheduler_waits_at_most_max_wait(qtbot: QtBot) -> None:
    sched = FixedQtScheduler(max_wait_s=0.05)
    sched.start()
    qtbot.wait(300)
    # No jobs: it still wakes every max_wait_s (to notice clock jumps), not more.
    assert 2 <= sched.process_count <= 8
    sched.shutdown(wait=False)


def test_the_wakeup_timer_is_precise(qapp) -> None:
    from PySide6.QtCore import Qt

    from desktop_app.scheduling.qt_scheduler import FixedQtScheduler

    scheduler = FixedQtScheduler()
    # A coarse timer may fire 5 % late: 45 s on the longest wait.
    assert scheduler._qtimer.timerType() == Qt.TimerType.PreciseTimer


def test_a_rearm_right_after_a_clock_jump_does_not_hide_it(qtbot) -> None:
    """A job added between the jump and the next wakeup used to reset the jump check."""
    wall, mono, jumps = [1_000_000.0], [0.0], []
    scheduler = FixedQtScheduler(
        on_clock_jump=jumps.append, wall=lambda: wall[0], monotonic=lambda: mono[0]
    )
    scheduler.start()
    wall[0] -= 3600  # the wall clock is set back an hour
    scheduler.wakeup()  # a job added or rescheduled re-arms before the timer fires
    qtbot.waitUntil(lambda: bool(jumps), timeout=2000)
    assert jumps == [-3600]
    scheduler.shutdown()
