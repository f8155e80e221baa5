"""Break service: APScheduler wakes the policy on time, once, and the state survives."""

from __future__ import annotations

import random
import time
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.core.policy import (
    AwayKind,
    BreakDue,
    BreakPolicy,
    PauseRequest,
    PauseUntil,
    PolicyState,
)
from desktop_app.core.settings import Settings
from desktop_app.platform.clock import SystemClock
from desktop_app.platform.idle import NoIdleSource
from desktop_app.scheduling.break_service import BreakService
from desktop_app.scheduling.policy_state_file import PolicyStateFile

#: 5 min interval x 0.004 = 1.2 s of real time.
SCALE = 0.004
SETTINGS = replace(Settings(), interval_min=5, daily_session_enabled=False, notice_lead_s=60)


class ActiveUser:
    name = "fake"

    def idle_seconds(self) -> float:
        return 0.0


def make_service(tmp_path: Path, idle: object | None = None) -> BreakService:
    clock = SystemClock()
    state = PolicyStateFile(tmp_path / "policy_state.json")
    policy = BreakPolicy(SETTINGS, clock, random.Random(1), SCALE, state.load())
    return BreakService(policy, clock, idle or ActiveUser(), None, state)  # type: ignore[arg-type]


def test_notice_then_break_arrive_on_time(qtbot: QtBot, tmp_path: Path) -> None:
    service = make_service(tmp_path)
    notices: list[int] = []
    service.notice_due.connect(notices.append)
    started = time.monotonic()
    service.start()
    try:
        with qtbot.waitSignal(service.break_due, timeout=5000) as due:
            pass
        elapsed = time.monotonic() - started
        assert isinstance(due.args[0], BreakDue)
        assert 1.1 <= elapsed <= 2.5, elapsed
        assert notices, "the notice comes before the break"
        assert service.status().state is PolicyState.PROMPTING
    finally:
        service.stop()


def test_many_intents_leave_one_pending_wakeup(qtbot: QtBot, tmp_path: Path) -> None:
    service = make_service(tmp_path)
    service.start()
    try:
        qtbot.wait(50)
        for _ in range(20):
            service.apply_settings(SETTINGS)
        before = service.scheduler.process_count
        qtbot.wait(600)
        # The stock QtScheduler ran _process_jobs ~20x more often after 20 re-arms.
        assert service.scheduler.process_count - before <= 3
        assert "policy-tick" in service.job_ids()
    finally:
        service.stop()


def test_snooze_moves_the_break_and_the_state_is_saved(qtbot: QtBot, tmp_path: Path) -> None:
    service = make_service(tmp_path)
    service.start()
    try:
        with qtbot.waitSignal(service.break_due, timeout=5000):
            pass
        assert service.snooze(5)
        assert service.status().state is PolicyState.SNOOZED
        assert (tmp_path / "policy_state.json").stat().st_mode & 0o777 == 0o600
    finally:
        service.stop()
    restored = PolicyStateFile(tmp_path / "policy_state.json").load()
    assert restored is not None


def test_no_idle_backend_is_told(qtbot: QtBot, tmp_path: Path) -> None:
    service = make_service(tmp_path, NoIdleSource(["x11: no display"]))
    with qtbot.waitSignal(service.idle_unavailable) as told:
        service.start()
    service.stop()
    assert "x11: no display" in told.args[0]


def test_resume_from_sleep_is_reported_and_restarts_the_count(qtbot: QtBot, tmp_path: Path) -> None:
    service = make_service(tmp_path)
    service.start()
    try:
        service.away_started()
        with qtbot.waitSignal(service.away_returned) as back:
            service.away_ended("sleep")
        assert back.args == ["sleep"]
        assert service.status().state is not PolicyState.PROMPTING
    finally:
        service.stop()


def test_unreadable_state_file_starts_fresh(tmp_path: Path) -> None:
    path = tmp_path / "policy_state.json"
    path.write_text("{not json")
    assert PolicyStateFile(path).load() is None


def test_state_file_writes_only_when_the_state_moved(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from desktop_app.core.policy import PersistedPolicyState

    path = tmp_path / "policy_state.json"
    state_file = PolicyStateFile(path)
    at = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    state_file.save(PersistedPolicyState(saved_at=at, active_s=100))
    first = path.read_text()
    # Ten seconds later, nothing but the clock moved: no write.
    state_file.save(PersistedPolicyState(saved_at=at.replace(second=10), active_s=110))
    assert path.read_text() == first
    # A flag changed: written at once.
    state_file.save(PersistedPolicyState(saved_at=at, active_s=110, makeup_pending=True))
    assert '"makeup_pending": true' in path.read_text()
    # A minute more of active time: written.
    state_file.save(PersistedPolicyState(saved_at=at, active_s=175, makeup_pending=True))
    restored = PolicyStateFile(path).load()
    assert restored is not None and restored.active_s == 175


def test_day_end_follows_working_hours(qtbot: QtBot, tmp_path: Path) -> None:
    from datetime import time as clock_time

    from desktop_app.core.settings import TimeRange
    from desktop_app.scheduling.break_service import DAY_END_DEFAULT, day_ends

    assert set(day_ends(SETTINGS).values()) == {DAY_END_DEFAULT}
    hours = dict(SETTINGS.working_hours)
    hours["mon"] = (
        TimeRange(clock_time(8, 0), clock_time(12, 0)),
        TimeRange(clock_time(13, 0), clock_time(16, 30)),
    )
    worked = replace(SETTINGS, working_hours_enabled=True, working_hours=hours)
    ends = day_ends(worked)
    assert ends["mon"] == clock_time(16, 30)
    assert "sat" not in ends  # no working range, no end-of-day question
    service = make_service(tmp_path)
    service.start()
    try:
        service.apply_settings(worked)
        day_jobs = [j for j in service.job_ids() if j.startswith("day-end")]
        assert sorted(day_jobs) == sorted(f"day-end-{d}" for d in ends)
    finally:
        service.stop()


def test_return_from_away_carries_an_away_kind(qtbot: QtBot, tmp_path: Path) -> None:
    service = make_service(tmp_path)
    service.start()
    try:
        service.away_started()
        with qtbot.waitSignal(service.away_returned) as back:
            service.away_ended(AwayKind.LOCK)
        assert back.args == [AwayKind.LOCK]
        assert isinstance(back.args[0], AwayKind)
    finally:
        service.stop()


def test_pause_requests_pause_as_asked(tmp_path: Path) -> None:
    service = make_service(tmp_path)
    service.request_pause(PauseRequest.lasting(600))
    status = service.status()
    assert status.state is PolicyState.PAUSED
    assert status.paused_until is not None
    service.request_pause(PauseRequest(PauseUntil.RESUMED))
    assert service.status() == replace(status, paused_until=None)
    service.request_pause(PauseRequest(PauseUntil.TOMORROW))
    until = service.status().paused_until
    assert until is not None and (until.hour, until.minute) == (0, 0)


def test_a_break_elsewhere_takes_the_prompt_away_and_the_idle_filter_applies(
    qtbot: QtBot, tmp_path: Path
) -> None:
    service = make_service(tmp_path)
    readings: list[float | None] = []

    def filtered(idle_s: float | None) -> float | None:
        readings.append(idle_s)
        return idle_s

    service.set_idle_filter(filtered)
    service.start()
    try:
        with qtbot.waitSignal(service.break_due, timeout=5000):
            pass
        assert readings  # every tick's idle reading went through the filter
        with qtbot.waitSignal(service.break_withdrawn, timeout=1000) as withdrawn:
            service.break_taken_elsewhere()
        assert withdrawn.args[0].reason == "elsewhere"
        assert service.status().state is not PolicyState.PROMPTING
    finally:
        service.stop()
