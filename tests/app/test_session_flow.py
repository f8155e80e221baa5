"""Session flow: every event is committed when it happens; safety gates the programme."""

from __future__ import annotations

import random
import sqlite3
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.catalog import Catalog
from desktop_app.core.clock import Stamp
from desktop_app.core.events import RatingEvent, RatingKind, SessionKind
from desktop_app.core.player_view import Step
from desktop_app.core.red_flags import RED_FLAGS, FlagGroup, flags_in
from desktop_app.core.safety import Urgency, evaluate
from desktop_app.core.screening import ScreeningReason
from desktop_app.core.session_questions import FeelQuestion
from desktop_app.core.settings import Settings
from desktop_app.platform.paths import DataPaths
from desktop_app.session_flow import SessionFlow
from desktop_app.storage.app_state import SafetyState
from desktop_app.storage.event_store import EventStore, StoreError
from desktop_app.ui.session_window import SessionWindow
from desktop_app.ui.symptoms_dialog import SymptomsDialog
from tests.helpers.clock import FakeClock


def _rows(paths: DataPaths, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(paths.database) as db:
        return db.execute(sql).fetchall()


def _window(flow: SessionFlow) -> SessionWindow:
    window = flow._window
    assert window is not None
    return window


def test_start_commits_a_planned_session_and_ratings_at_once(
    qtbot: QtBot, flow: SessionFlow, paths: DataPaths
) -> None:
    assert flow.start(SessionKind.USER)
    assert flow.is_running()
    assert _rows(paths, "SELECT kind, outcome FROM session") == [("user", "planned")]
    window = _window(flow)
    qtbot.keyClick(window, Qt.Key.Key_3)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    # Committed before anything else happens: a crash now would keep it.
    assert _rows(paths, "SELECT kind, value FROM rating") == [("before", 3)]
    assert not flow.start(SessionKind.USER), "a second session must not open"


def test_closing_the_window_ends_the_session_as_interrupted(
    qtbot: QtBot, flow: SessionFlow, paths: DataPaths
) -> None:
    finished: list[str] = []
    flow.session_finished.connect(finished.append)
    flow.start(SessionKind.MICROBREAK)
    flow.interrupt()
    qtbot.waitUntil(lambda: not flow.is_running())
    assert finished == ["interrupted"]
    assert _rows(paths, "SELECT outcome FROM session") == [("interrupted",)]


def test_emergency_signs_lock_the_programme_until_assessed(
    flow: SessionFlow, store: EventStore, paths: DataPaths
) -> None:
    flag = flags_in(FlagGroup.EMERGENCY)[0]
    outcome = evaluate([flag.id])
    assert outcome.emergency and outcome.lock_programme
    flow.report_safety(outcome)
    assert flow.programme_locked()
    assert flow.stopped_regions()
    codes = [row[0] for row in _rows(paths, "SELECT code FROM safety_event")]
    assert codes == [str(FlagGroup.EMERGENCY)]
    flow.confirm_assessed()
    assert not flow.programme_locked()
    assert flow.stopped_regions() == frozenset()


def test_stopped_regions_leave_the_plan(flow: SessionFlow) -> None:
    arm_flag = flags_in(FlagGroup.STOP_EXERCISE)[0]
    outcome = evaluate([arm_flag.id])
    assert outcome.stop_regions and not outcome.lock_programme
    flow.report_safety(outcome)
    assert outcome.stop_regions <= flow.stopped_regions()
    for _ in range(5):
        plan = flow.plan(SessionKind.MICROBREAK)
        assert not {p.exercise.region for p in plan.exercises} & outcome.stop_regions


def test_a_failing_store_is_told_not_raised(
    qtbot: QtBot, flow: SessionFlow, store: EventStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> int:
        raise StoreError("The disk is full.")

    monkeypatch.setattr(store, "start_session", broken)
    with qtbot.waitSignal(flow.storage_failed) as failed:
        assert flow.start(SessionKind.USER) is False
    assert failed.args == ["The disk is full."]
    assert not flow.is_running()


def test_day_average_of_seven_advises_a_check(
    qtbot: QtBot, flow: SessionFlow, clock: FakeClock, paths: DataPaths
) -> None:
    with qtbot.waitSignal(flow.safety_advice) as advice:
        flow.record_day_rating(RatingEvent(Stamp.now(clock), RatingKind.DAY_AVERAGE, 7))
    assert "7" in advice.args[0].advice[0]
    assert _rows(paths, "SELECT kind, value FROM rating") == [("day_average", 7)]


def _screening(window: SessionWindow) -> list[SymptomsDialog]:
    return [d for d in window.findChildren(SymptomsDialog) if d.isVisible()]


def test_first_session_asks_the_full_check_before_any_exercise(
    qtbot: QtBot, flow: SessionFlow, clock: FakeClock
) -> None:
    assert flow.last_screening() is None
    assert flow.start(SessionKind.USER)
    window = _window(flow)
    qtbot.waitUntil(lambda: bool(_screening(window)))
    [dialog] = _screening(window)
    assert dialog.reason is ScreeningReason.FIRST_RUN
    assert len(dialog.asked_flags()) == len(RED_FLAGS)
    dialog.evaluate()  # nothing ticked: carry on
    assert flow.last_screening() == clock.utc_now()
    assert not flow.programme_locked()
    dialog.close()
    window.close()
    qtbot.waitUntil(lambda: not flow.is_running())
    # Answered: the next session starts without asking ...
    clock.advance(20 * 24 * 3600)
    assert flow.start(SessionKind.USER)
    window = _window(flow)
    qtbot.wait(20)
    assert not _screening(window)
    window.close()
    qtbot.waitUntil(lambda: not flow.is_running())
    # ... until three weeks have passed: then the short re-check.
    clock.advance(24 * 3600)
    assert flow.start(SessionKind.USER)
    window = _window(flow)
    qtbot.waitUntil(lambda: bool(_screening(window)))
    [dialog] = _screening(window)
    assert dialog.reason is ScreeningReason.PERIODIC
    assert len(dialog.asked_flags()) < len(RED_FLAGS)


def test_a_high_rating_in_a_session_asks_the_short_check(
    qtbot: QtBot, flow: SessionFlow, clock: FakeClock
) -> None:
    flow.report_safety(evaluate([]))  # the first-run check was answered
    assert flow.start(SessionKind.USER)
    window = _window(flow)
    window.runner.rating_given.emit(RatingEvent(Stamp.now(clock), RatingKind.BEFORE, 6))
    qtbot.wait(20)
    assert not _screening(window)
    clock.advance(24 * 3600)
    window.runner.rating_given.emit(
        RatingEvent(Stamp.now(clock), RatingKind.DURING, 6, exercise_id="chin_tuck")
    )
    qtbot.waitUntil(lambda: bool(_screening(window)))
    [dialog] = _screening(window)
    assert dialog.reason is ScreeningReason.PAIN_DURING
    dialog.set_checked("leg_weakness")
    outcome = dialog.evaluate()
    assert outcome.urgency is Urgency.EMERGENCY_NOW
    assert flow.programme_locked()


def test_a_high_end_of_day_rating_asks_the_app_to_open_the_check(
    qtbot: QtBot, flow: SessionFlow, clock: FakeClock
) -> None:
    flow.report_safety(evaluate([]))
    clock.advance(25 * 3600)
    with qtbot.waitSignal(flow.screening_requested) as requested:
        flow.record_day_rating(RatingEvent(Stamp.now(clock), RatingKind.DAY_AVERAGE, 8))
    assert requested.args == [ScreeningReason.SEVERE_PAIN]


def _flow_with(
    store: EventStore, catalog: Catalog, clock: FakeClock, settings: Settings
) -> SessionFlow:
    return SessionFlow(
        store, lambda: catalog, lambda: settings, clock, random.Random(7), lambda: None
    )


def test_an_unsampled_microbreak_runs_to_the_end_with_no_input(
    qtbot: QtBot, store: EventStore, catalog: Catalog, clock: FakeClock, paths: DataPaths
) -> None:
    flow = _flow_with(
        store, catalog, clock, Settings(profile="upper_crossed", pain_prompt_share=0.0)
    )
    # A returning user who answered the safety check last week (else it asks first).
    store.set_safety_state(SafetyState(last_screening=clock.utc_now() - timedelta(days=7)))
    finished: list[str] = []
    flow.session_finished.connect(finished.append)
    assert flow.start(SessionKind.MICROBREAK)
    window = _window(flow)
    assert window.player.step is not Step.PAIN_BEFORE
    for _ in range(200):  # no microbreak lasts 20 minutes; no key is ever pressed
        if window.player.step is Step.DONE:
            break
        clock.advance(6)
        # The session runner's display timer notices the time that passed.
        with qtbot.waitSignal(window.runner.view_changed, timeout=2000):
            pass
    qtbot.waitUntil(lambda: not flow.is_running())
    assert finished == ["completed"]
    assert _rows(paths, "SELECT kind, outcome FROM session") == [("microbreak", "completed")]
    assert _rows(paths, "SELECT COUNT(*) FROM rating") == [(0,)]
    feels = _rows(paths, "SELECT DISTINCT feel FROM exercise_set")
    assert feels == [(None,)]


def test_a_sampled_microbreak_asks_pain_first(
    qtbot: QtBot, store: EventStore, catalog: Catalog, clock: FakeClock
) -> None:
    flow = _flow_with(
        store, catalog, clock, Settings(profile="upper_crossed", pain_prompt_share=1.0)
    )
    assert flow.start(SessionKind.MICROBREAK)
    player = _window(flow).player
    assert player.step is Step.PAIN_BEFORE
    assert player.feel_question is FeelQuestion.SESSION
    flow.interrupt()
    qtbot.waitUntil(lambda: not flow.is_running())


def test_daily_sessions_keep_every_question(
    qtbot: QtBot, store: EventStore, catalog: Catalog, clock: FakeClock
) -> None:
    flow = _flow_with(
        store, catalog, clock, Settings(profile="upper_crossed", pain_prompt_share=0.0)
    )
    assert flow.start(SessionKind.DAILY)
    player = _window(flow).player
    assert player.step is Step.PAIN_BEFORE
    assert player.feel_question is FeelQuestion.EACH_EXERCISE
    flow.interrupt()
    qtbot.waitUntil(lambda: not flow.is_running())
