"""The session runner: timers, the player's events and the severe-pain rule, without a window."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from desktop_app.core.catalog import Catalog, Dose
from desktop_app.core.events import RatingEvent, SessionKind, SessionOutcome, SetEvent, Side
from desktop_app.core.player import Player
from desktop_app.core.player_view import Step
from desktop_app.core.red_flags import FlagGroup
from desktop_app.core.session_plan import PlannedExercise, SessionPlan
from desktop_app.core.session_record import SessionSummary
from desktop_app.ui.session_runner import SessionRunner, SessionView
from desktop_app.ui.session_window import SessionWindow
from tests.helpers.clock import FakeClock
from tests.helpers.exercises import builtin_catalog

CATALOG: Catalog = builtin_catalog()


def _runner(clock: FakeClock) -> SessionRunner:
    stretch = CATALOG.get("upper_trap_stretch")
    assert stretch is not None
    plan = SessionPlan(
        SessionKind.MICROBREAK,
        (PlannedExercise(stretch, Dose(sets=1, hold_s=20), (Side.LEFT, Side.RIGHT)),),
        0,
    )
    return SessionRunner(Player(plan, clock, session_id=7))


def test_runner_sends_views_and_passes_events_on(qtbot: QtBot) -> None:
    clock = FakeClock()
    runner = _runner(clock)
    views: list[SessionView] = []
    events: list[object] = []
    steps: list[Step] = []
    runner.view_changed.connect(views.append)
    runner.step_changed.connect(steps.append)
    for signal in (runner.set_finished, runner.rating_given, runner.session_ended):
        signal.connect(events.append)
    runner.start()
    assert views[-1].step is Step.PAIN_BEFORE and steps == [Step.PAIN_BEFORE]
    runner.rate(3)
    assert views[-1].step is Step.GET_READY and views[-1].pain_before == 3
    assert [type(e) for e in events] == [RatingEvent]
    runner.end()
    runner.rate(None)  # skip "pain after"
    assert views[-1].step is Step.DONE
    summary = views[-1].summary
    assert summary is not None and summary.outcome is SessionOutcome.SKIPPED
    assert isinstance(events[-1], SessionSummary) and runner.ended
    assert steps[-1] is Step.DONE


def test_timers_run_only_while_shown_and_counting(qtbot: QtBot) -> None:
    clock = FakeClock()
    runner = _runner(clock)
    runner.start()
    runner.rate(None)
    assert runner.player.step is Step.GET_READY and not runner.is_ticking()  # not shown yet
    runner.set_shown(True)
    assert runner.is_ticking()
    clock.advance(5)
    qtbot.waitUntil(lambda: runner.player.step is Step.HOLD, timeout=2000)
    runner.set_shown(False)
    assert runner.player.paused and not runner.is_ticking()
    runner.set_shown(True)
    assert runner.player.paused and not runner.is_ticking()  # shown again, still paused
    runner.toggle_pause()
    assert runner.is_ticking()


def test_severe_pain_rule_runs_in_the_runner(qtbot: QtBot) -> None:
    runner = _runner(FakeClock())
    prompts: list[object] = []
    runner.safety_prompted.connect(prompts.append)
    runner.start()
    runner.rate(8)
    [outcome] = prompts
    assert outcome.level is FlagGroup.RECOMMEND_PHYSIO
    assert runner.view().safety is outcome
    runner.close()  # the window closes: interrupted, the advice stays in the view
    assert runner.view().summary is not None
    assert runner.view().summary.outcome is SessionOutcome.INTERRUPTED


def test_closing_keeps_finished_sets(qtbot: QtBot) -> None:
    clock = FakeClock()
    runner = _runner(clock)
    sets: list[SetEvent] = []
    runner.set_finished.connect(sets.append)
    runner.start()
    runner.rate(None)
    runner.set_shown(True)
    clock.advance(5 + 20)
    qtbot.waitUntil(lambda: runner.player.view().side is Side.RIGHT, timeout=2000)
    runner.close()
    assert [(s.side, s.done_s) for s in sets] == [(Side.LEFT, 20)]
    assert not runner.is_ticking()


def test_the_window_owns_no_timer(qtbot: QtBot) -> None:
    """The session's timers belong to the runner (widgets may animate on their own)."""
    window = SessionWindow(_runner(FakeClock()))
    qtbot.addWidget(window)
    assert window.findChildren(QTimer, options=Qt.FindChildOption.FindDirectChildrenOnly) == []
    assert len(window.runner.findChildren(QTimer)) == 2
