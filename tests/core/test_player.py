"""The session player under a fake clock: exact holds, pause, skip/back/end, outcomes."""

from __future__ import annotations

import pytest

from desktop_app.core.catalog import Category, Dose, Sidedness
from desktop_app.core.events import (
    Feel,
    RatingEvent,
    RatingKind,
    SessionKind,
    SessionOutcome,
    SetEvent,
    Side,
)
from desktop_app.core.player import Player
from desktop_app.core.player_steps import SESSION_FEEL_WAIT_S
from desktop_app.core.player_view import Step
from desktop_app.core.session_plan import GET_READY_S, REP_REST_S, PlannedExercise, SessionPlan
from desktop_app.core.session_questions import FeelQuestion
from desktop_app.core.session_record import SessionSummary
from tests.helpers.clock import FakeClock
from tests.helpers.exercises import make_exercise

STRETCH = make_exercise("stretch", Dose(sets=1, hold_s=25), sided=Sidedness.LEFT_RIGHT)
TUCK = make_exercise("tuck", Dose(sets=1, hold_s=10, reps=3), category=Category.ACTIVATE)
ROLL = make_exercise("roll", Dose(sets=2, reps=4, tempo_s=3), category=Category.POSTURE)


def plan(*items: PlannedExercise) -> SessionPlan:
    return SessionPlan(SessionKind.MICROBREAK, items, 0)


def lr_plan() -> SessionPlan:
    return plan(
        PlannedExercise(STRETCH, STRETCH.dose, (Side.LEFT, Side.RIGHT)),
        PlannedExercise(TUCK, TUCK.dose, (Side.BOTH,)),
        PlannedExercise(ROLL, ROLL.dose, (Side.BOTH, Side.BOTH)),
    )


def run_until(player: Player, clock: FakeClock, step: Step, *, dt: float = 0.1) -> float:
    """Advance the clock in small steps until ``step``; return the seconds it took."""
    waited = 0.0
    while player.step is not step:
        clock.advance(dt)
        waited += dt
        player.tick()
        assert waited < 1000, f"never reached {step}, stuck in {player.step}"
    return waited


def sets_of(events: list[object]) -> list[SetEvent]:
    return [e for e in events if isinstance(e, SetEvent)]


def test_hold_is_exactly_the_planned_hold_under_a_fake_clock() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=7, ask_pain=False)
    player.start()
    assert player.step is Step.GET_READY
    assert player.view().side is Side.LEFT
    clock.advance(GET_READY_S)
    player.tick()
    assert player.step is Step.HOLD
    assert player.remaining_s() == pytest.approx(25.0)
    clock.advance(24.999)
    player.tick()
    assert player.step is Step.HOLD
    assert player.view().seconds_shown == 1
    clock.advance(0.001)
    player.tick()
    assert player.step is Step.GET_READY
    view = player.view()
    assert view.side is Side.RIGHT and view.side_switch
    [event] = sets_of(player.take_events())
    assert (event.session_id, event.exercise_id, event.side) == (7, "stretch", Side.LEFT)
    assert event.planned_s == event.done_s == 25


def test_late_ticks_do_not_add_drift() -> None:
    """A tick noticed late starts the next step at the old deadline, not at the tick."""
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=1, ask_pain=False)
    player.start()
    clock.advance(GET_READY_S + 25 + 0.7)  # one late tick covers get-ready and the hold
    player.tick()
    assert player.step is Step.GET_READY
    assert player.remaining_s() == pytest.approx(GET_READY_S - 0.7)


def test_pause_shifts_the_deadline() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=1, ask_pain=False)
    player.start()
    clock.advance(GET_READY_S + 10)
    player.tick()
    player.pause()
    assert player.paused and player.next_deadline_in() is None
    clock.advance(300)
    player.tick()
    assert player.step is Step.HOLD
    assert player.remaining_s() == pytest.approx(15.0)
    player.resume()
    clock.advance(14.9)
    player.tick()
    assert player.step is Step.HOLD
    clock.advance(0.1)
    player.tick()
    assert player.step is Step.GET_READY
    assert sets_of(player.take_events())[0].done_s == 25


def test_repeated_holds_count_reps_with_rests() -> None:
    clock = FakeClock()
    p = plan(PlannedExercise(TUCK, TUCK.dose, (Side.BOTH,)))
    player = Player(p, clock, session_id=1, ask_pain=False)
    player.start()
    clock.advance(GET_READY_S)
    player.tick()
    assert (player.step, player.view().rep, player.view().reps) == (Step.HOLD, 1, 3)
    clock.advance(10)
    player.tick()
    assert (player.step, player.view().rep) == (Step.REST, 2)
    clock.advance(REP_REST_S)
    player.tick()
    assert (player.step, player.view().rep) == (Step.HOLD, 2)
    waited = run_until(player, clock, Step.FEEL, dt=0.5)
    assert waited == pytest.approx(10 + REP_REST_S + 10)
    player.answer_feel(Feel.HARD, pain_during=3)
    events = player.take_events()
    [s] = sets_of(events)
    assert (s.planned_reps, s.done_reps, s.planned_s, s.done_s, s.feel) == (3, 3, 30, 30, Feel.HARD)
    [during] = [e for e in events if isinstance(e, RatingEvent)]
    assert (during.kind, during.value, during.exercise_id) == (RatingKind.DURING, 3, "tuck")


def test_dynamic_reps_follow_the_tempo() -> None:
    clock = FakeClock()
    p = plan(PlannedExercise(ROLL, ROLL.dose, (Side.BOTH, Side.BOTH)))
    player = Player(p, clock, session_id=1, ask_pain=False)
    player.start()
    clock.advance(GET_READY_S)
    player.tick()
    assert player.step is Step.REPS
    assert player.view().rep == 1
    clock.advance(3.0)
    assert player.view().rep == 2
    clock.advance(6.5)
    assert player.view().rep == 4
    clock.advance(2.5)
    player.tick()
    assert player.step is Step.GET_READY and player.view().block == 1
    [s] = sets_of(player.take_events())
    assert (s.planned_reps, s.done_reps, s.done_s) == (4, 4, 12)


def test_time_scale_shortens_every_step_but_logs_plan_seconds() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=1, ask_pain=False, time_scale=0.1)
    player.start()
    assert player.remaining_s() == pytest.approx(0.5)
    clock.advance(0.5)
    player.tick()
    assert player.remaining_s() == pytest.approx(2.5)
    clock.advance(2.5)
    player.tick()
    assert sets_of(player.take_events())[0].done_s == 25


def complete_session(player: Player, clock: FakeClock, feel: Feel = Feel.OK) -> None:
    while player.step is not Step.DONE:
        if player.step in (Step.PAIN_BEFORE, Step.PAIN_AFTER):
            player.rate(3)
        elif player.step is Step.FEEL:
            player.answer_feel(feel)
        else:
            clock.advance(0.5)
            player.tick()


def test_full_session_logs_every_block_and_completes() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=4)
    player.start()
    assert player.step is Step.PAIN_BEFORE
    complete_session(player, clock, Feel.EASY)
    events = player.take_events()
    sets = sets_of(events)
    assert [(s.exercise_id, s.side) for s in sets] == [
        ("stretch", Side.LEFT),
        ("stretch", Side.RIGHT),
        ("tuck", Side.BOTH),
        ("roll", Side.BOTH),
        ("roll", Side.BOTH),
    ]
    # the last block of each exercise carries the feel
    assert [s.feel for s in sets] == [None, Feel.EASY, Feel.EASY, None, Feel.EASY]
    ratings = [e for e in events if isinstance(e, RatingEvent)]
    assert [r.kind for r in ratings] == [RatingKind.BEFORE, RatingKind.AFTER]
    [summary] = [e for e in events if isinstance(e, SessionSummary)]
    assert summary.outcome is SessionOutcome.COMPLETED
    assert (summary.exercises_done, summary.planned_exercises) == (3, 3)
    assert summary.active_s == 25 * 2 + 30 + 12 * 2


def test_skip_moves_to_the_next_set_and_logs_the_partial_one() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=1, ask_pain=False)
    player.start()
    clock.advance(GET_READY_S + 12)
    player.tick()
    assert player.step is Step.HOLD and player.view().side is Side.LEFT
    player.skip()
    # the same exercise, its next set (the right side), not the next exercise
    assert player.step is Step.GET_READY
    assert player.view().exercise == STRETCH and player.view().side is Side.RIGHT
    [partial] = sets_of(player.take_events())
    assert (partial.side, partial.planned_s, partial.done_s, partial.feel) == (
        Side.LEFT,
        25,
        12,
        None,
    )


def test_skipping_the_last_set_asks_the_feel_which_the_partial_set_carries() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=1, ask_pain=False)
    player.start()
    run_until(player, clock, Step.HOLD)
    player.skip()  # left side, nothing done yet
    assert player.view().side is Side.RIGHT
    clock.advance(GET_READY_S + 10)
    player.tick()
    player.skip()  # right side after 10 s
    assert player.step is Step.FEEL
    player.answer_feel(Feel.HARD)
    [right] = sets_of(player.take_events())
    assert (right.side, right.done_s, right.feel) == (Side.RIGHT, 10, Feel.HARD)
    assert player.view().exercise == TUCK


def test_skipping_every_set_of_an_untouched_exercise_moves_on_without_asking() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=1, ask_pain=False)
    player.start()
    player.skip()
    player.skip()
    assert player.step is Step.GET_READY and player.view().exercise == TUCK
    assert sets_of(player.take_events()) == []


def test_skipping_two_of_three_is_partial_and_skipping_all_is_skipped() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=1, ask_pain=False)
    player.start()
    run_until(player, clock, Step.FEEL)
    player.answer_feel(Feel.OK)
    player.skip()  # tuck: one set
    player.skip()  # roll: two sets
    player.skip()
    assert player.step is Step.DONE
    assert player.summary is not None and player.summary.outcome is SessionOutcome.PARTIAL

    player = Player(lr_plan(), clock, session_id=2, ask_pain=False)
    player.start()
    for _ in range(5):  # every set of every exercise
        player.skip()
    assert player.summary is not None and player.summary.outcome is SessionOutcome.SKIPPED


def test_four_of_five_exercises_is_completed() -> None:
    clock = FakeClock()
    items = [PlannedExercise(TUCK, Dose(sets=1, hold_s=5), (Side.BOTH,)) for _ in range(5)]
    player = Player(plan(*items), clock, session_id=1, ask_pain=False)
    player.start()
    for _ in range(4):
        run_until(player, clock, Step.FEEL)
        player.answer_feel(None)
    player.skip()
    assert player.summary is not None
    assert player.summary.outcome is SessionOutcome.COMPLETED
    assert player.summary.exercises_done == 4


def test_back_restarts_the_exercise_or_goes_to_the_previous_one() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=1, ask_pain=False)
    player.start()
    run_until(player, clock, Step.FEEL)
    player.answer_feel(Feel.OK)
    assert player.view().exercise == TUCK
    clock.advance(GET_READY_S + 4)
    player.tick()
    player.back()  # well into the exercise: restart it
    assert player.view().exercise == TUCK and player.step is Step.GET_READY
    player.back()  # right at its start: go to the previous exercise
    assert player.view().exercise == STRETCH and player.view().block == 0


def test_end_goes_to_pain_after_and_escape_there_finishes() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=1)
    player.start()
    player.rate(None)  # skip pain before
    clock.advance(GET_READY_S + 25)
    player.tick()
    player.end()
    assert player.step is Step.PAIN_AFTER
    player.rate(None)
    assert player.step is Step.DONE
    events = player.take_events()
    assert not [e for e in events if isinstance(e, RatingEvent)]
    assert player.summary is not None and player.summary.outcome is SessionOutcome.PARTIAL
    assert len(sets_of(events)) == 1


def test_interrupt_keeps_finished_sets() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=1, ask_pain=False)
    player.start()
    run_until(player, clock, Step.FEEL)
    player.interrupt()
    events = player.take_events()
    assert len(sets_of(events)) == 2
    assert player.step is Step.DONE


def test_rejects_bad_time_scale() -> None:
    with pytest.raises(ValueError, match="time_scale"):
        Player(lr_plan(), FakeClock(), session_id=1, time_scale=0)


# ----- the session-wide feel question (microbreaks, brief §4: fewer questions per break)


def test_session_feel_asks_once_after_the_last_exercise() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=9, ask_pain=False, feel=FeelQuestion.SESSION)
    player.start()
    steps: list[Step] = []
    while player.step is not Step.SESSION_FEEL:
        steps.append(player.step)
        clock.advance(0.5)
        player.tick()
        assert len(steps) < 10_000
    assert Step.FEEL not in steps
    assert player.view().count == 3
    # Every finished set is logged before the question, except each exercise's last one,
    # which waits to carry the answer.
    assert [(s.exercise_id, s.side) for s in sets_of(player.take_events())] == [
        ("stretch", Side.LEFT),
        ("roll", Side.BOTH),
    ]
    player.answer_session_feel(Feel.EASY, pain_during=2)
    assert player.step is Step.DONE
    events = player.take_events()
    assert [(s.exercise_id, s.feel) for s in sets_of(events)] == [
        ("stretch", Feel.EASY),
        ("tuck", Feel.EASY),
        ("roll", Feel.EASY),
    ]
    [during] = [e for e in events if isinstance(e, RatingEvent)]
    assert (during.kind, during.value, during.exercise_id) == (RatingKind.DURING, 2, None)
    [summary] = [e for e in events if isinstance(e, SessionSummary)]
    assert summary.outcome is SessionOutcome.COMPLETED


def test_an_unanswered_session_feel_ends_the_session_by_itself() -> None:
    clock = FakeClock()
    player = Player(
        lr_plan(), clock, session_id=9, ask_pain=False, feel=FeelQuestion.SESSION, time_scale=0.5
    )
    player.start()
    run_until(player, clock, Step.SESSION_FEEL)
    player.take_events()
    assert player.next_deadline_in() == pytest.approx(SESSION_FEEL_WAIT_S * 0.5)
    clock.advance(SESSION_FEEL_WAIT_S * 0.5 - 0.1)
    player.tick()
    assert player.step is Step.SESSION_FEEL
    clock.advance(0.1)
    player.tick()
    assert player.step is Step.DONE
    events = player.take_events()
    assert [s.feel for s in sets_of(events)] == [None, None, None]
    assert not [e for e in events if isinstance(e, RatingEvent)]
    assert player.summary is not None and player.summary.outcome is SessionOutcome.COMPLETED


def test_session_feel_comes_before_a_sampled_pain_after() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=9, ask_pain=True, feel=FeelQuestion.SESSION)
    player.start()
    player.rate(4)
    run_until(player, clock, Step.SESSION_FEEL)
    player.skip()  # Esc: no answer
    assert player.step is Step.PAIN_AFTER
    player.rate(3)
    assert player.step is Step.DONE
    kinds = [e.kind for e in player.take_events() if isinstance(e, RatingEvent)]
    assert kinds == [RatingKind.BEFORE, RatingKind.AFTER]


def test_ending_early_still_asks_once_and_keeps_the_finished_sets() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=9, ask_pain=False, feel=FeelQuestion.SESSION)
    player.start()
    run_until(player, clock, Step.GET_READY)
    while player.view().exercise != TUCK:
        clock.advance(0.5)
        player.tick()
    player.end()
    assert player.step is Step.SESSION_FEEL
    player.answer_session_feel(Feel.HARD)
    sets = sets_of(player.take_events())
    assert [(s.exercise_id, s.feel) for s in sets] == [
        ("stretch", None),
        ("stretch", Feel.HARD),
    ]
    assert player.summary is not None and player.summary.outcome is SessionOutcome.PARTIAL


def test_skipping_everything_asks_no_session_feel() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=9, ask_pain=False, feel=FeelQuestion.SESSION)
    player.start()
    for _ in range(5):  # → skips one set: 2 sides of the stretch, the tuck, 2 rounds of roll
        player.skip()
    assert player.step is Step.DONE
    assert player.summary is not None and player.summary.outcome is SessionOutcome.SKIPPED


def test_interrupting_the_session_feel_logs_every_held_set() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=9, ask_pain=False, feel=FeelQuestion.SESSION)
    player.start()
    run_until(player, clock, Step.SESSION_FEEL)
    player.interrupt()
    assert len(sets_of(player.take_events())) == 5
    assert player.step is Step.DONE


def test_back_from_the_session_feel_redoes_the_last_exercise_and_loses_no_set() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=9, ask_pain=False, feel=FeelQuestion.SESSION)
    player.start()
    run_until(player, clock, Step.SESSION_FEEL)
    player.back()
    assert player.view().exercise == ROLL and player.step is Step.GET_READY
    run_until(player, clock, Step.SESSION_FEEL)
    player.answer_session_feel(Feel.OK)
    sets = sets_of(player.take_events())
    # 5 blocks, then both roll blocks again
    assert [s.exercise_id for s in sets].count("roll") == 4
    assert len(sets) == 7


def test_going_back_to_the_previous_exercise_keeps_its_held_set() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=9, ask_pain=False, feel=FeelQuestion.SESSION)
    player.start()
    while player.view().exercise != TUCK:
        clock.advance(0.5)
        player.tick()
    player.back()  # right at the start of the tuck: back to the stretch
    assert player.view().exercise == STRETCH
    run_until(player, clock, Step.SESSION_FEEL)
    player.answer_session_feel(Feel.OK)
    stretch = [s for s in sets_of(player.take_events()) if s.exercise_id == "stretch"]
    # Both sides done twice: the first right-side set is not lost to the redo.
    assert [s.side for s in stretch] == [Side.LEFT, Side.RIGHT, Side.LEFT, Side.RIGHT]


def test_a_held_session_feel_waits_for_its_answer() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=9, ask_pain=False, feel=FeelQuestion.SESSION)
    player.start()
    run_until(player, clock, Step.SESSION_FEEL)
    player.hold_session_feel()
    assert player.next_deadline_in() is None
    clock.advance(10 * SESSION_FEEL_WAIT_S)
    player.tick()
    assert player.step is Step.SESSION_FEEL
    assert player.view().seconds_shown == 0
    player.answer_session_feel(Feel.EASY)
    assert player.step is Step.DONE


def test_skipping_a_last_set_in_a_break_wide_feel_moves_on_and_asks_once_at_the_end() -> None:
    clock = FakeClock()
    player = Player(lr_plan(), clock, session_id=9, ask_pain=False, feel=FeelQuestion.SESSION)
    player.start()
    run_until(player, clock, Step.HOLD)
    player.skip()  # left side, nothing done
    clock.advance(GET_READY_S + 10)
    player.tick()
    player.skip()  # right side after 10 s: the exercise's last set, partly done
    assert player.step is not Step.FEEL  # no per-exercise question in this mode
    assert player.view().exercise == TUCK
    run_until(player, clock, Step.SESSION_FEEL)
    player.answer_session_feel(Feel.EASY)
    stretch = [s for s in sets_of(player.take_events()) if s.exercise_id == "stretch"]
    assert [(s.side, s.done_s, s.feel) for s in stretch] == [(Side.RIGHT, 10, Feel.EASY)]
