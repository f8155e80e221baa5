"""The stall watch names a blocked GUI thread and where it was stuck."""

from __future__ import annotations

import logging
import time

import pytest

from desktop_app.stall_watch import MESSAGE, StallWatch, threshold_from_env


def _block_the_gui_thread_for(seconds: float) -> None:
    time.sleep(seconds)


def test_a_blocked_gui_thread_is_logged_with_its_stack(qtbot, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="desktop_app.stall_watch")
    watch = StallWatch(0.2)
    watch.start()
    try:
        qtbot.wait(300)  # the loop runs: no stall yet
        assert MESSAGE not in caplog.text
        _block_the_gui_thread_for(0.8)
        qtbot.waitUntil(lambda: "in all" in caplog.text, timeout=3000)
    finally:
        watch.stop()
    assert "_block_the_gui_thread_for" in caplog.text
    total = [r.getMessage() for r in caplog.records if "in all" in r.getMessage()]
    assert len(total) == 1


def test_a_running_loop_is_not_reported(qtbot, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="desktop_app.stall_watch")
    watch = StallWatch(1.0)
    watch.start()
    try:
        qtbot.wait(2500)
    finally:
        watch.stop()
    assert MESSAGE not in caplog.text


@pytest.mark.parametrize(
    ("value", "expected"), [("", None), ("0", None), ("abc", None), ("1500", 1.5)]
)
def test_threshold_comes_from_the_environment(value: str, expected: float | None) -> None:
    assert threshold_from_env({"COUNTERBALANCE_STALL_MS": value}) == expected


def test_time_spent_only_waiting_for_a_cpu_is_not_a_stall(qtbot, caplog, tmp_path) -> None:
    """A saturated machine delays the GUI thread; the kernel counts that as run-queue wait."""
    import threading

    caplog.set_level(logging.WARNING, logger="desktop_app.stall_watch")
    tasks = tmp_path / "task"
    (tasks / "100").mkdir(parents=True)
    schedstat = tasks / "100" / "schedstat"  # the kernel's figures, as a starved thread shows
    schedstat.write_text("0 0 0\n")
    watch = StallWatch(0.2, tasks_dir=tasks, gui_task="100")
    stop = threading.Event()
    started = time.monotonic()

    def kernel() -> None:  # every second of the block is run-queue wait
        while not stop.wait(0.02):
            waited_ns = int((time.monotonic() - started) * 1e9)
            schedstat.write_text(f"1000 {waited_ns} 5\n")

    feeder = threading.Thread(target=kernel, daemon=True)
    feeder.start()
    watch.start()
    try:
        qtbot.wait(300)  # the loop runs: the watch is on
        _block_the_gui_thread_for(0.8)
        qtbot.wait(300)
    finally:
        watch.stop()
        stop.set()
        feeder.join(2)
    assert MESSAGE not in caplog.text


def test_time_another_thread_waited_for_a_cpu_is_not_a_stall(qtbot, caplog, tmp_path) -> None:
    """A worker holding the GIL while the kernel keeps it off the CPU stops the GUI thread too.

    The GUI thread then sleeps on the GIL (no run-queue wait of its own); the worker's
    run-queue wait is what the saturated machine cost, not the app blocking.
    """
    import threading

    caplog.set_level(logging.WARNING, logger="desktop_app.stall_watch")
    tasks = tmp_path / "task"
    gui, worker = tasks / "100", tasks / "101"
    for task in (gui, worker):
        task.mkdir(parents=True)
        (task / "schedstat").write_text("0 0 0\n")
    watch = StallWatch(0.2, tasks_dir=tasks, gui_task="100")
    stop = threading.Event()
    started = time.monotonic()

    def kernel() -> None:  # the worker waits for a CPU the whole time; the GUI thread not
        while not stop.wait(0.02):
            waited_ns = int((time.monotonic() - started) * 1e9)
            (worker / "schedstat").write_text(f"1000 {waited_ns} 5\n")

    feeder = threading.Thread(target=kernel, daemon=True)
    feeder.start()
    watch.start()
    try:
        qtbot.wait(300)  # the loop runs: the watch is on
        _block_the_gui_thread_for(0.8)
        qtbot.wait(300)
    finally:
        watch.stop()
        stop.set()
        feeder.join(2)
    assert MESSAGE not in caplog.text


def test_a_block_is_still_seen_when_no_thread_waited_for_a_cpu(qtbot, caplog, tmp_path) -> None:
    caplog.set_level(logging.WARNING, logger="desktop_app.stall_watch")
    tasks = tmp_path / "task"
    for tid in ("100", "101"):
        (tasks / tid).mkdir(parents=True)
        (tasks / tid / "schedstat").write_text("1000 0 5\n")
    watch = StallWatch(0.2, tasks_dir=tasks, gui_task="100")
    watch.start()
    try:
        qtbot.wait(300)  # the loop runs
        _block_the_gui_thread_for(0.8)
        qtbot.waitUntil(lambda: "in all" in caplog.text, timeout=3000)
    finally:
        watch.stop()
    assert "_block_the_gui_thread_for" in caplog.text


def test_start_up_before_the_event_loop_runs_is_not_a_stall(qtbot, caplog) -> None:
    """The watch starts before the app builds its tray; that start-up work is measured by
    bench/bench_idle.py (start → tray), not reported as the running loop blocking."""
    caplog.set_level(logging.WARNING, logger="desktop_app.stall_watch")
    watch = StallWatch(0.2)
    watch.start()
    try:
        _block_the_gui_thread_for(0.8)  # start-up: the loop has not run yet
        qtbot.wait(400)
        assert MESSAGE not in caplog.text
        _block_the_gui_thread_for(0.8)  # the loop runs now: this one counts
        qtbot.waitUntil(lambda: "in all" in caplog.text, timeout=3000)
    finally:
        watch.stop()
