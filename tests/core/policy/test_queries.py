"""Queries never change the policy: asking twice gives the same answer and state."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, time
from enum import Enum
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.events import PromptKind
from desktop_app.core.policy import (
    MIN_TICK_S,
    BreakPolicy,
    PolicyAction,
    PolicyState,
    QuietReason,
)
from desktop_app.core.settings import WEEKDAYS, Settings, TimeRange
from tests.core.policy.test_policy import Desk
from tests.helpers.clock import FakeClock

BASE = Settings(daily_session_enabled=False)
MONDAY_9 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def snapshot(value: Any, depth: int = 0) -> Any:
    """Plain data for an object graph (objects by their attributes), to compare states."""
    if depth > 8 or value is None or isinstance(value, int | float | str | bytes | Enum):
        return value
    if isinstance(value, list | tuple):
        return [snapshot(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {k: snapshot(v, depth + 1) for k, v in value.items()}
    if isinstance(value, random.Random):
        return value.getstate()
    names = list(getattr(value, "__dict__", {}))
    for cls in type(value).__mro__:
        names += [n for n in getattr(cls, "__slots__", ()) if hasattr(value, n)]
    if not names:
        return value
    return {n: snapshot(getattr(value, n), depth + 1) for n in names if n != "_clock"}


def ask_everything(policy: BreakPolicy) -> tuple[object, ...]:
    return (
        policy.seconds_until_next_tick(),
        policy.status(),
        policy.persisted_state(),
        policy.settings,
    )


def assert_queries_do_not_mutate(policy: BreakPolicy) -> None:
    before = snapshot(policy)
    first = ask_everything(policy)
    for _ in range(5):
        assert ask_everything(policy) == first
    assert snapshot(policy) == before


def test_snapshot_sees_a_change() -> None:
    """Guard against a vacuous snapshot: an answer does change it."""
    desk = Desk()
    before = snapshot(desk.policy)
    desk.policy.pause(60)
    assert snapshot(desk.policy) != before


def test_queries_do_not_mutate_in_any_state() -> None:
    hours = {d: (TimeRange(time(9), time(17)),) for d in WEEKDAYS}
    desk = Desk(replace(BASE, daily_session_enabled=True, daily_session_time=time(10)))
    seen: set[PolicyState] = set()

    def check() -> None:
        assert_queries_do_not_mutate(desk.policy)
        seen.add(desk.policy.status().state)

    check()  # counting
    desk.run(45 * 60 + 1)
    check()  # prompting
    desk.answer("snooze", 5)
    check()  # snoozed
    desk.quiet = "fullscreen"
    desk.run(6 * 60)
    check()  # quiet
    desk.quiet = None
    desk.run(60)
    desk.answer("skip")
    desk.go_idle()
    desk.run(6 * 60)
    check()  # idle (a make-up offer is on screen)
    desk.type_again()
    desk.answer("start_session")
    check()  # session
    desk.answer("session_ended")
    desk.answer("pause", 600)
    check()  # paused
    desk.clock.advance(601)
    check()  # the pause ended, no tick yet: "tick now"
    desk.tick()
    desk.answer("pause", None)
    check()  # paused until resumed
    desk.answer("resume")
    desk.policy.away_started()
    check()  # away
    desk.policy.away_ended()
    desk.answer("apply_settings", replace(BASE, working_hours_enabled=True, working_hours=hours))
    desk.clock.advance(8 * 3600)
    desk.tick()
    check()  # outside hours
    assert seen == set(PolicyState)


def test_asking_for_the_wait_again_and_again_gives_the_same_answer() -> None:
    """Regression: the busy-loop safety net counted questions, not planned ticks."""
    clock = FakeClock(MONDAY_9)
    policy = BreakPolicy(BASE, clock, random.Random(1))
    policy.tick(0.0, None)
    policy.pause(60)
    clock.advance(61)  # the pause is over: the policy wants a tick now
    answers = {policy.seconds_until_next_tick() for _ in range(10)}
    assert answers == {MIN_TICK_S}


class AskingDesk(Desk):
    """A Desk whose caller asks every query several times before each step."""

    def ask(self) -> None:
        for _ in range(3):
            ask_everything(self.policy)

    def tick(self) -> list[PolicyAction]:
        self.ask()
        actions = super().tick()
        self.ask()
        return actions

    def answer(self, fn: str, *args: object) -> None:
        self.ask()
        super().answer(fn, *args)


STEP = st.one_of(
    st.tuples(st.just("active"), st.integers(1, 90 * 60)),
    st.tuples(st.just("idle"), st.integers(1, 20 * 60)),
    st.tuples(st.just("quiet"), st.integers(1, 20 * 60)),
    st.tuples(st.just("sleep"), st.integers(1, 3 * 3600)),
    st.tuples(st.just("jump"), st.sampled_from([3600, -3600])),
    st.tuples(st.just("answer"), st.sampled_from(["snooze", "skip", "session", "pause"])),
)


def play(desk: Desk, trace: list[tuple[str, object]]) -> list[tuple[float, PolicyAction]]:
    for kind, value in trace:
        if kind == "answer":
            if value == "snooze":
                desk.answer("snooze", 5)
            elif value == "skip":
                desk.answer("skip")
            elif value == "session":
                desk.answer("start_session")
                desk.clock.advance(120)
                desk.answer("session_ended")
            else:
                desk.answer("pause", 600)
        elif kind == "sleep":
            desk.clock.suspend(float(value))  # type: ignore[arg-type]
        elif kind == "jump":
            desk.clock.jump_wall(float(value))  # type: ignore[arg-type]
        else:
            if kind == "idle":
                desk.go_idle()
            else:
                desk.type_again()
            desk.quiet = QuietReason.DND if kind == "quiet" else None
            desk.run(float(value))  # type: ignore[arg-type]
    return [(e.mono, e.action) for e in desk.events]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trace=st.lists(STEP, min_size=5, max_size=40))
def test_asking_queries_changes_nothing_that_happens(trace: list[tuple[str, object]]) -> None:
    s = replace(BASE, daily_session_enabled=True, jitter_min=5)
    plain, asking = Desk(s), AskingDesk(s)
    assert play(asking, trace) == play(plain, trace)
    assert asking.waits == plain.waits
    assert asking.policy.status() == plain.policy.status()


def test_prompt_kinds_all_reachable_in_the_scenario() -> None:
    """Guard the twin test against vacuity: prompts of every kind do happen."""
    s = replace(BASE, daily_session_enabled=True, daily_session_time=time(9, 50))
    desk = Desk(s)
    skip = ("answer", "skip")
    play(desk, [("active", 50 * 60), skip, ("active", 60), skip, ("idle", 10 * 60)])
    kinds = {e.action.kind for e in desk.prompts()}  # type: ignore[union-attr]
    assert kinds == set(PromptKind)
