"""Every answer a window collects reaches its SQLite row (widget → flow → store → row)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import CounterbalanceApp
from desktop_app.core.catalog import Catalog, Dose
from desktop_app.core.events import PromptKind, Region, SessionKind, Side
from desktop_app.core.player_view import Step
from desktop_app.core.policy import BreakDue, PolicyState, PolicyStatus
from desktop_app.core.red_flags import FlagGroup, flags_in
from desktop_app.core.session_plan import PlannedExercise, SessionPlan
from desktop_app.platform.paths import DataPaths
from desktop_app.session_flow import SessionFlow
from desktop_app.ui.pain_rating import DayPainDialog, PainRating
from desktop_app.ui.session_window import SessionWindow
from desktop_app.ui.symptoms_dialog import SymptomsDialog
from tests.helpers.clock import FakeClock


@pytest.fixture
def shell(qtbot: QtBot, paths: DataPaths) -> Iterator[CounterbalanceApp]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = CounterbalanceApp(app, paths, FakeClock(), 1.0)  # type: ignore[arg-type]
    shell._guard.start()  # the write queue's worker: the app's writes go through it
    yield shell
    for window in shell._windows.open_windows():
        window.close()
    shell.shutdown()  # the write queue's worker stops here, not during a later test
    for box in list(shell._windows.messages):
        box.close()


def _saved_rows(shell: CounterbalanceApp, sql: str) -> list[tuple[object, ...]]:
    """Rows once every write the app queued is in the database."""
    assert shell._writes.flush(10)
    return _rows(shell._paths, sql)


def _rows(paths: DataPaths, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(paths.database) as db:
        return db.execute(sql).fetchall()


def _pick_region(rating: PainRating, region: Region) -> None:
    """Choose ``region`` in the combo box the way a user does (keyboard on the box)."""
    box = rating._region
    index = next(i for i in range(box.count()) if box.itemData(i) == region.value)
    box.setCurrentIndex(index)


def _one_hold_plan(catalog: Catalog) -> SessionPlan:
    stretch = catalog.get("upper_trap_stretch")
    assert stretch is not None
    return SessionPlan(
        SessionKind.USER,
        (PlannedExercise(stretch, Dose(sets=1, hold_s=5), (Side.LEFT,)),),
        0,
    )


def test_pain_region_picked_in_a_rating_is_the_region_read_back(qtbot: QtBot) -> None:
    rating = PainRating()
    qtbot.addWidget(rating)
    _pick_region(rating, Region.LOW_BACK)
    assert rating.region() is Region.LOW_BACK


def test_every_session_answer_reaches_its_row(
    qtbot: QtBot, flow: SessionFlow, catalog: Catalog, clock: FakeClock, paths: DataPaths
) -> None:
    assert flow.start(SessionKind.USER, plan=_one_hold_plan(catalog))
    window = flow._window
    assert isinstance(window, SessionWindow)
    player = window.player
    _pick_region(window._rating_page.rating, Region.NECK)
    qtbot.keyClick(window, Qt.Key.Key_4)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    clock.advance(5 + 5)
    qtbot.waitUntil(lambda: player.step is Step.FEEL)
    qtbot.keyClick(window, Qt.Key.Key_2)  # pain during
    qtbot.keyClick(window, Qt.Key.Key_H)  # felt hard
    assert player.step is Step.PAIN_AFTER
    qtbot.keyClick(window, Qt.Key.Key_1)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert player.step is Step.DONE

    session_id = _rows(paths, "SELECT id FROM session")[0][0]
    assert _rows(
        paths, "SELECT kind, value, region, session_id, exercise_id FROM rating ORDER BY id"
    ) == [
        ("before", 4, "neck", session_id, None),
        ("during", 2, "neck", session_id, "upper_trap_stretch"),
        ("after", 1, "neck", session_id, None),
    ]
    assert _rows(
        paths,
        "SELECT session_id, exercise_id, side, planned_s, done_s, feel FROM exercise_set",
    ) == [(session_id, "upper_trap_stretch", "left", 5, 5, "hard")]
    assert _rows(paths, "SELECT kind, outcome, planned_exercises FROM session") == [
        ("user", "completed", 1)
    ]


def test_day_pain_value_and_region_reach_the_row(
    qtbot: QtBot, shell: CounterbalanceApp, paths: DataPaths
) -> None:
    shell._shell.day_pain_requested.emit()  # the tray's "Today's pain…"
    dialog = shell._windows.get("day_pain")
    assert isinstance(dialog, DayPainDialog)
    _pick_region(dialog.rating, Region.HIPS)
    qtbot.keyClick(dialog, Qt.Key.Key_6)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert _saved_rows(shell, "SELECT kind, value, region FROM rating") == [
        ("day_average", 6, "hips")
    ]


def test_symptoms_checked_from_the_tray_reach_the_row(
    qtbot: QtBot, shell: CounterbalanceApp, paths: DataPaths
) -> None:
    shell._shell.symptoms_requested.emit()  # the tray's "Check symptoms…"
    dialog = shell._windows.get("symptoms")
    assert isinstance(dialog, SymptomsDialog)
    flag = flags_in(FlagGroup.STOP_EXERCISE)[0]
    dialog.set_checked(flag.id)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert _saved_rows(shell, "SELECT code, detail FROM safety_event") == [
        (str(FlagGroup.STOP_EXERCISE), flag.id)
    ]


class FakeBreaks:
    """The break service's answer side (the scheduler itself is not under test)."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def snooze(self, minutes: int) -> None:
        self.calls.append(f"snooze {minutes}")

    def skip(self) -> None:
        self.calls.append("skip")

    def status(self) -> PolicyStatus:
        return PolicyStatus(PolicyState.SESSION)


@pytest.mark.parametrize(
    ("key", "answer", "call"),
    [(Qt.Key.Key_Escape, "skipped", "skip"), (Qt.Key.Key_S, "snoozed", "snooze 5")],
)
def test_break_prompt_answers_reach_the_prompt_row(
    qtbot: QtBot,
    shell: CounterbalanceApp,
    paths: DataPaths,
    key: Qt.Key,
    answer: str,
    call: str,
) -> None:
    breaks = FakeBreaks()
    shell._prompts._breaks = breaks  # type: ignore[assignment]
    shell._prompts.on_break_due(BreakDue(PromptKind.MICROBREAK, 2, (5, 10)))
    # The break is prepared on the background worker, then the prompt shows.
    qtbot.waitUntil(lambda: shell._prompts.prompt is not None, timeout=10000)
    prompt = shell._prompts.prompt
    assert prompt is not None
    qtbot.mousePress(prompt, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))  # as a user: click it
    qtbot.keyClick(prompt, key)
    assert _saved_rows(shell, "SELECT kind, answer FROM prompt") == [("microbreak", answer)]
    assert breaks.calls == [call]
    shell._prompts._breaks = None


def test_break_prompt_start_links_the_session_to_its_prompt(
    qtbot: QtBot, shell: CounterbalanceApp, paths: DataPaths
) -> None:
    from dataclasses import replace

    shell._settings._current = replace(
        shell._settings.current, onboarding_done=True, disclaimer_accepted=True
    )
    shell._prompts._breaks = FakeBreaks()  # type: ignore[assignment]
    shell._prompts.on_break_due(BreakDue(PromptKind.MICROBREAK, 2, (5,)))
    # The break is prepared on the background worker, then the prompt shows.
    qtbot.waitUntil(lambda: shell._prompts.prompt is not None, timeout=10000)
    prompt = shell._prompts.prompt
    assert prompt is not None
    qtbot.mousePress(prompt, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))  # as a user: click it
    qtbot.keyClick(prompt, Qt.Key.Key_Return)
    qtbot.waitUntil(shell._flow.is_running, timeout=10000)
    [(prompt_id, answer)] = _saved_rows(shell, "SELECT id, answer FROM prompt")
    assert answer == "started"
    assert _saved_rows(shell, "SELECT kind, prompt_id FROM session") == [("microbreak", prompt_id)]
    shell._flow.interrupt()
    qtbot.waitUntil(lambda: not shell._flow.is_running())
    shell._prompts._breaks = None


def test_a_severe_day_rating_is_stored_and_answered_with_advice(
    qtbot: QtBot, shell: CounterbalanceApp, paths: DataPaths
) -> None:
    """Brief §5: pain of 7 or more is met with "get it checked", in a box the user sees."""
    shell._shell.day_pain_requested.emit()
    dialog = shell._windows.get("day_pain")
    assert isinstance(dialog, DayPainDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_8)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert _saved_rows(shell, "SELECT kind, value FROM rating") == [("day_average", 8)]
    qtbot.waitUntil(lambda: bool(shell._windows.messages), timeout=3000)
    (box,) = shell._windows.messages
    assert box.windowTitle().endswith("Please get checked")
    assert "8 out of 10" in box.text() and "physiotherapist" in box.text()
