"""The app keeps what the user logs while the data file is busy, full or read-only.

Real faults: a lock held by a second process, a full tmpfs, a read-only mount.
"""

from __future__ import annotations

import logging
import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import CounterbalanceApp, configure_logging
from desktop_app.commands.exercises import load as load_exercises
from desktop_app.core.clock import Stamp
from desktop_app.core.events import (
    RatingEvent,
    RatingKind,
    SessionEvent,
    SessionKind,
    SetEvent,
    Side,
)
from desktop_app.core.red_flags import FlagGroup, flags_in
from desktop_app.core.safety import evaluate
from desktop_app.core.settings import Settings
from desktop_app.platform.clock import SystemClock
from desktop_app.platform.paths import DataPaths
from desktop_app.session_flow import SessionFlow
from desktop_app.storage import database
from desktop_app.storage.event_store import EventStore
from desktop_app.storage_guard import StorageGuard
from tests.helpers.clock import FakeClock
from tests.helpers.storage_faults import (
    REPO,
    exclusive_lock,
    full_disk,
    remount_read_only,
    small_filesystem,
)


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)


class Messages:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def __call__(self, title: str, text: str) -> None:
        self.shown.append((title, text))

    def titles(self) -> list[str]:
        return [t for t, _ in self.shown]


@pytest.fixture
def guard(qtbot: QtBot, store: EventStore) -> Iterator[tuple[StorageGuard, Messages]]:
    g = StorageGuard(store, FakeClock(), recheck_ms=100)
    messages = Messages()
    g.message.connect(messages)
    g.writes._delays = (0.05, 0.1)
    yield g, messages
    g.stop(0.5)


def _rows(paths: DataPaths, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"{paths.database.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_locked_file_at_start_is_told_kept_and_retried(
    qtbot: QtBot, guard: tuple[StorageGuard, Messages], store: EventStore, paths: DataPaths
) -> None:
    g, messages = guard
    store.set_state("warm", "1")
    store.close()
    before = paths.database.read_bytes()
    with exclusive_lock(paths.database, shut_out_readers=True):
        g.start()
        assert not g.usable
        assert len(messages.shown) == 1
        assert "another program is using the data file" in messages.shown[0][1]
        qtbot.wait(300)  # a few re-checks while locked: no second message
        assert len(messages.shown) == 1
    with qtbot.waitSignal(g.available, timeout=5000):
        pass
    assert g.usable
    assert "can be used again" in messages.shown[-1][1]
    assert paths.database.read_bytes() == before
    assert not list(paths.root.glob("*.damaged-*"))


def test_three_writes_under_a_lock_give_one_message_then_saved(
    qtbot: QtBot, guard: tuple[StorageGuard, Messages], store: EventStore, paths: DataPaths
) -> None:
    """The reported case: a pain rating, a safety event and a set during a lock."""
    g, messages = guard
    store.set_state("warm", "1")
    g.start()
    clock = FakeClock()
    catalog = load_exercises(paths)
    flow = SessionFlow(
        g.writes,
        lambda: catalog,
        lambda: Settings(profile="upper_crossed"),
        clock,
        random.Random(3),
        lambda: None,
    )
    failed: list[str] = []
    flow.storage_failed.connect(failed.append)
    with exclusive_lock(paths.database):
        flow.record_day_rating(RatingEvent(Stamp.now(clock), RatingKind.DAY_AVERAGE, 5))
        flow.report_safety(evaluate([flags_in(FlagGroup.URGENT_NECK)[0].id]))
        session = g.writes.start_session(SessionEvent(Stamp.now(clock), SessionKind.USER))
        flow._on_runner_set_finished(
            SetEvent(session, "chin_tuck", Side.BOTH, Stamp.now(clock), done_s=20)
        )
        qtbot.waitUntil(lambda: "Saving later" in messages.titles(), timeout=5000)
        assert flow.programme_locked() or flow.stopped_regions()  # queued state is read
    qtbot.waitUntil(lambda: "Saved" in messages.titles(), timeout=10000)
    assert messages.titles() == ["Saving later", "Saved"]
    assert failed == []
    assert _rows(paths, "SELECT value FROM rating") == [(5,)]
    assert _rows(paths, "SELECT count(*) FROM safety_event") == [(1,)]
    assert _rows(paths, "SELECT done_s FROM exercise_set") == [(20,)]


def test_break_now_on_a_full_disk_opens_the_session_and_tells_once(qtbot: QtBot) -> None:
    """No uncaught exception in the slot (pytest-qt fails the test on one)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with full_disk() as disk:
        paths = DataPaths.create(disk.root / "data")
        disk.fill()
        shell = CounterbalanceApp(app, paths, SystemClock(), 1.0)
        shell._writes._delays = (0.05, 0.1)
        shell._writes.start()
        shell._settings._current = replace(
            shell._settings.current, onboarding_done=True, disclaimer_accepted=True
        )
        shell._commands.run("break-now")
        # The break is prepared on the background worker, then the session opens.
        qtbot.waitUntil(shell._flow.is_running, timeout=5000)
        qtbot.waitUntil(
            lambda: any("Saving later" in m.windowTitle() for m in shell._windows.messages),
            timeout=5000,
        )
        disk.free()
        qtbot.waitUntil(
            lambda: any(m.windowTitle().endswith("Saved") for m in shell._windows.messages),
            timeout=10000,
        )
        shell._flow.interrupt()
        qtbot.waitUntil(lambda: not shell._flow.is_running())
        shell._guard.stop(5)
        shell._store.close()
        assert _rows(paths, "SELECT outcome FROM session") == [("interrupted",)]
        for box in list(shell._windows.messages):
            box.close()


def test_a_read_only_data_dir_starts_reads_and_says_so(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    with small_filesystem(1024) as mount:
        paths = DataPaths.create(mount / "data")
        store = EventStore(paths)
        store.add_rating(RatingEvent(Stamp.now(FakeClock()), RatingKind.DAY_AVERAGE, 2))
        store.close()
        (paths.log_file).write_text("earlier log\n")
        remount_read_only(mount)

        root_logger = logging.getLogger()
        saved = root_logger.handlers[:], root_logger.level
        try:
            assert configure_logging(DataPaths.create(paths.root)) is False  # no traceback
        finally:
            root_logger.handlers[:], _ = saved
            root_logger.setLevel(saved[1])

        ro_store = EventStore(DataPaths.create(paths.root))
        g = StorageGuard(ro_store, FakeClock())
        messages = Messages()
        g.message.connect(messages)
        g.start()
        assert "Read-only data folder" in messages.titles()
        since = datetime(2000, 1, 1, tzinfo=UTC)
        assert [r.value for r in g.writes.ratings_since(since)] == [2]  # history is read
        g.stop(0.2)
        ro_store.close()

        for command in (["stats", "--json"], ["export", "--csv", str(mount.parent / "out-csv")]):
            out = subprocess.run(
                [sys.executable, "-m", "desktop_app", "--data-dir", str(paths.root), *command],
                cwd=REPO,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert out.returncode == 0, out.stderr
            assert "Traceback" not in out.stderr
        csv_rows = (mount.parent / "out-csv" / "ratings.csv").read_text().splitlines()
        assert len(csv_rows) == 2  # the header and the one rating


def test_the_app_starts_on_a_read_only_data_dir() -> None:
    with small_filesystem(1024) as mount:
        paths = DataPaths.create(mount / "data")
        paths.settings.write_text('{"onboarding_done": true, "disclaimer_accepted": true}')
        remount_read_only(mount)
        script = (
            "import sys\n"
            "from pathlib import Path\n"
            "from PySide6.QtCore import QTimer\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([sys.argv[0]])\n"
            "QTimer.singleShot(1500, app.quit)\n"
            "from desktop_app.app import run_app\n"
            "sys.exit(run_app(Path(sys.argv[1])))\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", script, str(paths.root)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert out.returncode == 0, out.stderr
        assert "Traceback" not in out.stderr
        assert "the data folder is read-only" in out.stderr


def test_an_unreadable_data_file_shows_no_empty_history_and_no_crash(
    qtbot: QtBot, paths: DataPaths
) -> None:
    """The file cannot be opened (a directory stands in its place; works as root too)."""
    paths.database.mkdir()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = CounterbalanceApp(app, paths, SystemClock(), 1.0)
    shell._guard.start()
    assert [
        t for t in shell._windows.messages if "another" in t.text() or "not allowed" in t.text()
    ]
    shell._settings._current = replace(
        shell._settings.current, onboarding_done=True, disclaimer_accepted=True
    )
    shell._commands.run("break-now")  # the safety lock cannot be read
    qtbot.waitUntil(
        lambda: any("could not read your data" in m.text() for m in shell._windows.messages),
        timeout=5000,
    )
    assert not shell._flow.is_running()
    shell._progress.show()  # the progress window says so instead of an empty history
    window = shell._progress.window
    assert window is not None
    qtbot.waitUntil(lambda: "could not read your data" in window._status.text(), timeout=10000)
    window.close()
    shell._guard.stop(0.2)
    assert paths.database.is_dir() and not list(paths.root.glob("*.damaged-*"))
    for box in list(shell._windows.messages):
        box.close()


def test_sessions_cut_off_last_time_are_closed_off_the_gui_thread_despite_a_lock(
    guard: tuple[StorageGuard, Messages], store: EventStore, paths: DataPaths
) -> None:
    g, _messages = guard
    store.start_session(SessionEvent(Stamp.now(FakeClock()), SessionKind.USER))
    store.close()
    with exclusive_lock(paths.database):  # writers are shut out, readers are not
        g.start()  # returns at once; the close waits in the queue
        assert g.writes.pending_count == 1
    assert g.writes.flush(20)
    assert _rows(paths, "SELECT outcome FROM session") == [("interrupted",)]
