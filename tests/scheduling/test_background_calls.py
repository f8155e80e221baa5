"""Slow calls run off the GUI thread and finish on it."""

from __future__ import annotations

import threading

from desktop_app.scheduling.background import BackgroundCalls


def test_work_runs_on_another_thread_and_the_result_comes_back_on_this_one(qtbot) -> None:
    calls = BackgroundCalls()
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["work"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["done"] = threading.get_ident()
        seen["value"] = value

    calls.submit(work, done, lambda exc: None)
    qtbot.waitUntil(lambda: "done" in seen, timeout=5000)
    calls.shutdown()
    assert seen["work"] != gui
    assert seen["done"] == gui
    assert seen["value"] == 42


def test_a_failure_reaches_failed_on_the_gui_thread(qtbot) -> None:
    calls = BackgroundCalls()
    failures: list[tuple[Exception, int]] = []

    def work() -> int:
        raise OSError("disk on fire")

    calls.submit(work, lambda _v: None, lambda exc: failures.append((exc, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    calls.shutdown()
    exc, thread = failures[0]
    assert isinstance(exc, OSError) and str(exc) == "disk on fire"
    assert thread == threading.get_ident()


def test_calls_run_one_at_a_time_in_order(qtbot) -> None:
    calls = BackgroundCalls()
    order: list[int] = []
    for n in range(5):
        calls.submit(lambda n=n: n, order.append, lambda exc: None)
    qtbot.waitUntil(lambda: len(order) == 5, timeout=5000)
    calls.shutdown()
    assert order == [0, 1, 2, 3, 4]


def test_nothing_is_called_back_after_shutdown(qtbot) -> None:
    calls = BackgroundCalls()
    results: list[int] = []
    calls.submit(lambda: 1, results.append, lambda exc: None)
    calls.shutdown()  # waits for the call; its result arrives after shutdown
    qtbot.wait(100)
    calls.submit(lambda: 2, results.append, lambda exc: None)
    qtbot.wait(100)
    assert results == []


def test_wait_idle_returns_once_the_calls_submitted_so_far_have_run(qtbot) -> None:
    calls = BackgroundCalls(name="notify")
    release = threading.Event()
    ran: list[str] = []

    def work() -> None:
        release.wait(5)
        ran.append(threading.current_thread().name)

    assert calls.wait_idle(0)  # nothing submitted yet
    calls.submit(work, lambda _v: None, lambda exc: None)
    assert not calls.wait_idle(0.05)  # the call still waits for release
    release.set()
    assert calls.wait_idle(5)
    assert ran == ["notify_0"]
    calls.shutdown()
