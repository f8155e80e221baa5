"""Logs and messages carry no health values or typed text above DEBUG (issue 10 §6)."""

from __future__ import annotations

import logging
import random

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.commands.exercises import load as load_exercises
from desktop_app.core.clock import Stamp
from desktop_app.core.events import RatingEvent, RatingKind
from desktop_app.core.red_flags import FlagGroup, flags_in
from desktop_app.core.safety import evaluate
from desktop_app.core.settings import Settings
from desktop_app.platform.paths import DataPaths
from desktop_app.session_flow import SessionFlow
from desktop_app.storage import database
from desktop_app.storage.event_store import EventStore
from tests.helpers.clock import FakeClock
from tests.helpers.storage_faults import exclusive_lock

#: An unusual pain region/exercise id would do too; a value of 9 with its SQL column is
#: what the reported message showed.
FORBIDDEN = ("INSERT", "UPDATE", "parameters", "value", "urgent", "numb")


def _leaks(records: list[logging.LogRecord], *extra: str) -> list[str]:
    texts = [r.getMessage() for r in records if r.levelno >= logging.INFO]
    return [t for t in texts if any(word.lower() in t.lower() for word in (*FORBIDDEN, *extra))]


def test_a_safety_outcome_and_a_failed_write_leave_no_health_data_in_the_log(
    qtbot: QtBot,
    paths: DataPaths,
    store: EventStore,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    caplog.set_level(logging.INFO)
    outcome = evaluate([flags_in(FlagGroup.URGENT_NECK)[0].id])

    clock = FakeClock()
    catalog = load_exercises(paths)
    flow = SessionFlow(
        store, lambda: catalog, lambda: Settings(), clock, random.Random(1), lambda: None
    )
    failures: list[str] = []
    flow.storage_failed.connect(failures.append)
    store.set_state("warm", "1")
    flow.report_safety(outcome)
    with exclusive_lock(paths.database):  # the write fails: its message is logged and shown
        flow.record_day_rating(RatingEvent(Stamp.now(clock), RatingKind.DAY_AVERAGE, 9))
    assert failures, "the failed write should have been told"
    assert all("9" not in f and "INSERT" not in f for f in failures)
    flag_ids = [f.id for f in outcome.flags]
    assert _leaks(caplog.records, str(outcome.level), *flag_ids) == []
