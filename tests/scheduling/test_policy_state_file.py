"""A tick's save of the policy state never waits for the disk on the GUI thread.

Found under load: the first tick's save (an atomic write with fsync) blocked the GUI
thread for 2.5 s while the disk was busy with other writes.
"""

from __future__ import annotations

import random
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.core.policy import BreakPolicy, PersistedPolicyState
from desktop_app.platform.clock import SystemClock
from desktop_app.scheduling import policy_state_file
from desktop_app.scheduling.break_service import BreakService
from desktop_app.scheduling.policy_state_file import PolicyStateFile
from tests.scheduling.test_break_service import SCALE, SETTINGS, ActiveUser

AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def slow_disk(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], threading.Event]:
    """Each write waits until released, and notes the thread it runs on."""
    written_on: list[str] = []
    release = threading.Event()
    real = policy_state_file.write_private_file

    def slow_write(path: Path, data: bytes) -> None:
        written_on.append(threading.current_thread().name)
        release.wait(10)  # a disk busy with other writes: fsync takes seconds
        real(path, data)

    monkeypatch.setattr(policy_state_file, "write_private_file", slow_write)
    return written_on, release


def test_a_background_save_returns_at_once_and_the_latest_state_lands(
    tmp_path: Path, slow_disk: tuple[list[str], threading.Event]
) -> None:
    written_on, release = slow_disk
    path = tmp_path / "policy_state.json"
    state_file = PolicyStateFile(path)
    started = time.monotonic()
    state_file.save_in_background(PersistedPolicyState(saved_at=AT, active_s=100))
    state_file.save_in_background(PersistedPolicyState(saved_at=AT, active_s=400))
    assert time.monotonic() - started < 1.0  # the writes wait for release: 10 s
    release.set()
    state_file.flush()
    assert threading.current_thread().name not in written_on
    restored = PolicyStateFile(path).load()
    assert restored is not None and restored.active_s == 400


def test_the_final_save_lands_after_any_background_one(
    tmp_path: Path, slow_disk: tuple[list[str], threading.Event]
) -> None:
    """Quitting saves in the foreground: an older background write must not win."""
    _written_on, release = slow_disk
    path = tmp_path / "policy_state.json"
    state_file = PolicyStateFile(path)
    state_file.save_in_background(PersistedPolicyState(saved_at=AT, active_s=100))
    threading.Timer(0.3, release.set).start()
    state_file.save(PersistedPolicyState(saved_at=AT, active_s=900), force=True)
    restored = PolicyStateFile(path).load()
    assert restored is not None and restored.active_s == 900


def test_the_break_service_saves_ticks_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, slow_disk: tuple[list[str], threading.Event]
) -> None:
    written_on, release = slow_disk
    release.set()
    clock = SystemClock()
    state = PolicyStateFile(tmp_path / "policy_state.json")
    policy = BreakPolicy(SETTINGS, clock, random.Random(1), SCALE, None)
    service = BreakService(policy, clock, ActiveUser(), None, state)  # type: ignore[arg-type]
    service.start()
    try:
        service.tick_now()
        qtbot.waitUntil(lambda: bool(written_on), timeout=5000)
        assert threading.main_thread().name not in written_on
    finally:
        service.stop()
