"""The walking skeleton end to end: tray → break-now → keyboard session → log → stats."""

from __future__ import annotations

import json
import sqlite3
import stat
import time

import pytest

from tests.e2e.conftest import AppProcess
from tests.helpers.desktop import wait_until

pytestmark = pytest.mark.e2e

TIME_SCALE = "0.05"
SESSION_WINDOW = "Counterbalance — Session"
WELCOME = "Counterbalance — Welcome"


def _finish_onboarding(app: AppProcess) -> None:
    """Accept the first-run disclaimer and questions with the keyboard.

    Each Return moves one page on; after each one the test waits for what the user
    sees (the welcome window gone) rather than for a log line, which can come first.
    """
    window = app.window(WELCOME)
    app.keys(window, "space", "Return")  # tick "I have read and understood", Next
    for _ in range(8):  # safety check, signs, set-up, leave out, summary: Next ×4, Finish
        app.keys(window, "Return")
        if wait_until(lambda: not app.desktop.window_ids(WELCOME), 1.5):
            return
    raise AssertionError("onboarding did not finish from the keyboard\n" + app.log_text())


def run_session_from_the_keyboard(app: AppProcess, count: int = 1) -> None:
    """Answer pain 4 before, "easy" to every feel question, pain 2 after; close the summary."""
    window = app.window(SESSION_WINDOW)
    assert app.wait_log(r"step: pain_before", count=count)

    app.keys(window, "4", "Return")  # pain before: 4
    deadline = time.monotonic() + 120
    while not app.wait_log(r"step: pain_after", timeout=0.3, count=count):
        assert time.monotonic() < deadline, app.log_text()
        if app.log_text().rstrip().endswith(("step: feel", "step: session_feel")):
            app.keys(window, "e")  # felt easy
    app.keys(window, "2", "Return")  # pain after: 2
    assert app.wait_log(r"session \d+ ended: completed", count=count), app.log_text()
    app.keys(window, "Return")  # close the summary
    assert wait_until(lambda: not app.desktop.window_ids(SESSION_WINDOW), 10)


def test_break_now_session_from_the_keyboard_is_logged_and_counted(app: AppProcess) -> None:
    tray_before = app.desktop.tray_clients()
    # A first run (onboarding still to do), with the daily reminder off so that the test
    # does not depend on the time of day, and pain asked on every microbreak (not a sample).
    app.write_settings(daily_session_enabled=False, pain_prompt_share=1.0)
    app.start("--time-scale", TIME_SCALE)
    assert app.wait_log("tray icon shown"), app.log_text()
    assert wait_until(lambda: app.desktop.tray_clients() > tray_before, 10)
    _finish_onboarding(app)

    # A second instance hands over and exits 0.
    second = app.cli("--time-scale", TIME_SCALE, timeout=30)
    assert second.returncode == 0, second.stdout + second.stderr

    result = app.cli("break-now")
    assert result.returncode == 0, result.stderr
    run_session_from_the_keyboard(app)

    quit_result = app.cli("quit")
    assert quit_result.returncode == 0
    assert app.wait_exit() == 0
    assert app.wait_log("Counterbalance stopped")

    # Health data: the data dir and every file in it are the user's alone.
    assert stat.S_IMODE(app.data_dir.stat().st_mode) == 0o700
    for path in app.data_dir.rglob("*"):
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    settings = json.loads((app.data_dir / "settings.json").read_text())
    assert settings["onboarding_done"] is True and settings["disclaimer_accepted"] is True

    with sqlite3.connect(app.data_dir / "counterbalance.sqlite3") as db:
        sessions = db.execute("SELECT kind, outcome, tz FROM session").fetchall()
        sets = db.execute("SELECT exercise_id, done_s, done_reps FROM exercise_set").fetchall()
        ratings = db.execute("SELECT kind, value FROM rating ORDER BY id").fetchall()
    # break-now is the break taken now: a microbreak with no prompt.
    assert sessions == [("microbreak", "completed", sessions[0][2])]
    assert len(sets) >= 2
    assert all(done_s > 0 or done_reps > 0 for _, done_s, done_reps in sets)
    assert ratings == [("before", 4), ("after", 2)]

    stats = app.cli("stats", "--weeks", "2", "--json")
    assert stats.returncode == 0, stats.stderr
    weeks = json.loads(stats.stdout)["weeks"]
    assert len(weeks) == 2
    this_week = weeks[-1]
    assert (this_week["prompted"], this_week["completed"]) == (1, 1)
    assert this_week["adherence"] == 1.0
    assert this_week["pain_before_mean"] == 4
    assert this_week["pain_after_mean"] == 2


def test_break_now_without_an_instance_fails_clearly(app: AppProcess) -> None:
    result = app.cli("break-now", timeout=30)
    assert result.returncode == 1
    assert "no running Counterbalance" in result.stderr
