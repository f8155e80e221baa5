"""Weekly stats count every event exactly once, whatever the time-zone changes.

A session logged at 17:00 on Monday in Pacific/Kiritimati is, minutes later, still
Sunday in America/Adak: with weeks starting on Monday it belongs to the week *after*
the one Adak's today falls in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.core.clock import Stamp
from desktop_app.core.day_totals import DayTotals
from desktop_app.core.events import (
    PromptAnswer,
    PromptEvent,
    PromptKind,
    SessionEvent,
    SessionKind,
    SessionOutcome,
    SetEvent,
    Side,
)
from desktop_app.core.stats import fold_weeks
from desktop_app.platform.paths import DataPaths
from desktop_app.storage.event_store import EventStore

ROOT = Path(__file__).resolve().parents[2]
FAKETIME_LIB = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")
#: 17:00 on Monday 2 March 2026 in Kiritimati; 17:00 on Sunday 1 March in Adak.
LOGGED = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


def _log_daily_session(store: EventStore, at: Stamp) -> None:
    prompt = store.add_prompt(PromptEvent(at, PromptKind.DAILY))
    store.answer_prompt(prompt, PromptAnswer.STARTED, at)
    session = store.start_session(SessionEvent(at, SessionKind.DAILY, prompt_id=prompt))
    store.add_set(SetEvent(session, "chin_tuck", Side.BOTH, at, planned_s=25, done_s=25))
    store.end_session(session, SessionOutcome.COMPLETED, at)


def test_a_day_ahead_of_today_ends_the_window_and_counts_once() -> None:
    today = date(2026, 3, 1)  # Sunday in Adak
    days = [
        DayTotals(date(2026, 2, 24), prompts=1, completed=1),
        DayTotals(date(2026, 3, 2), prompts=1, completed=1),  # Monday, from Kiritimati
    ]
    weeks = fold_weeks(days, today, 2, week_start=0)
    assert [w.week_start for w in weeks] == [date(2026, 2, 23), date(2026, 3, 2)]
    assert sum(w.completed for w in weeks) == 2
    # Without a later day the window still ends with today's week.
    weeks = fold_weeks(days[:1], today, 2, week_start=0)
    assert weeks[-1].week_start == date(2026, 2, 23)
    # A day far in the future (a wrong clock, not a zone change) does not move it.
    weeks = fold_weeks([DayTotals(today + timedelta(days=30), prompts=1)], today, 2)
    assert weeks[-1].week_start == date(2026, 2, 23)


@pytest.mark.skipif(not FAKETIME_LIB.exists(), reason="libfaketime is installed by run-all.sh")
def test_stats_in_adak_counts_the_session_logged_in_kiritimati(tmp_path: Path) -> None:
    paths = DataPaths.create(tmp_path / "data")
    store = EventStore(paths)
    try:
        _log_daily_session(store, Stamp(LOGGED, "Pacific/Kiritimati"))
    finally:
        store.close()
    now = LOGGED + timedelta(minutes=20)
    env = dict(
        os.environ,
        TZ="America/Adak",
        LD_PRELOAD=str(FAKETIME_LIB),
        FAKETIME_FMT="%s",
        FAKETIME=f"@{int(now.timestamp())}",
        FAKETIME_DONT_FAKE_MONOTONIC="1",
    )
    argv = ["--data-dir", str(paths.root), "stats", "--json", "--weeks", "2"]
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    view = json.loads(done.stdout)
    assert view["today"] == "2026-03-01"  # Sunday in Adak
    completed = [w["completed"] for w in view["weeks"]]
    assert sum(completed) == 1, view["weeks"]
