"""Break prompts reach the user: one that comes due behind a session window waits for it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop_app.app import CounterbalanceApp
from desktop_app.core.events import PromptKind
from desktop_app.core.player_view import Step
from desktop_app.core.policy import BreakDue, BreakWithdrawn
from desktop_app.platform.notifications import Notifier
from desktop_app.platform.paths import DataPaths
from desktop_app.ui.break_prompt import BreakPrompt
from desktop_app.ui.session_window import SessionWindow
from tests.helpers.clock import FakeClock


@pytest.fixture
def shell(qtbot: QtBot, paths: DataPaths) -> Iterator[CounterbalanceApp]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = CounterbalanceApp(app, paths, FakeClock(), 1.0)  # type: ignore[arg-type]
    shell._settings._current = replace(
        shell._settings.current, onboarding_done=True, disclaimer_accepted=True
    )
    yield shell
    shell._prompts.withdraw()
    shell._flow.interrupt()
    shell._store.close()


def _summary_on_screen(qtbot: QtBot, shell: CounterbalanceApp) -> SessionWindow:
    """Run a user session to its end: its window stays open on the summary page."""
    shell.start_user_session()
    # The session is prepared on the background worker, then its window opens.
    qtbot.waitUntil(lambda: isinstance(shell._flow._window, SessionWindow), timeout=10000)
    window = shell._flow._window
    assert isinstance(window, SessionWindow)
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # skip pain before
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # end
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # skip pain after
    assert window.player.step is Step.DONE and window.isVisible()
    return window


def _prompt(shell: CounterbalanceApp) -> BreakPrompt | None:
    return shell._prompts.prompt


def test_a_prompt_due_behind_the_summary_shows_once_it_closes(
    qtbot: QtBot, shell: CounterbalanceApp
) -> None:
    window = _summary_on_screen(qtbot, shell)
    shell._prompts.on_break_due(BreakDue(PromptKind.DAILY, 2, (5, 10)))
    assert _prompt(shell) is None, "no prompt over the open session window"
    window.close()
    qtbot.waitUntil(lambda: not shell._flow.is_running())
    qtbot.waitUntil(lambda: _prompt(shell) is not None)
    prompt = _prompt(shell)
    assert prompt is not None and prompt.isVisible()
    assert shell._prompts.prompt_kind is PromptKind.DAILY


def test_a_waiting_prompt_that_was_withdrawn_does_not_show(
    qtbot: QtBot, shell: CounterbalanceApp
) -> None:
    window = _summary_on_screen(qtbot, shell)
    shell._prompts.on_break_due(BreakDue(PromptKind.MICROBREAK, 2, (5,)))
    shell._prompts.on_break_withdrawn(BreakWithdrawn(PromptKind.MICROBREAK, "idle"))
    window.close()
    qtbot.waitUntil(lambda: not shell._flow.is_running())
    assert _prompt(shell) is None


class FakeNotices:
    """Stands in for the notification daemon: ids in, closes out."""

    def __init__(self) -> None:
        self.next_id = 100
        self.on_screen: set[int] = set()

    def send(self, *_args: object) -> int:
        self.next_id += 1
        self.on_screen.add(self.next_id)
        return self.next_id

    def close(self, notice_id: int) -> None:
        self.on_screen.discard(notice_id)


@pytest.fixture
def notices(shell: CounterbalanceApp) -> FakeNotices:
    fake = FakeNotices()
    # The app, its prompt flow and its housekeeping share one notifier.
    shell._notifier = shell._prompts._notifier = shell._chores._notifier = Notifier(
        shell._shell.show_message,
        backend=fake.send,
        closer=fake.close,
        service_available=lambda: True,
        run_async=False,
    )
    return fake


def test_the_pre_break_notice_goes_once_the_prompt_is_answered(
    qtbot: QtBot, shell: CounterbalanceApp, notices: FakeNotices
) -> None:
    shell._prompts.on_notice_due(30)
    assert len(notices.on_screen) == 1
    shell._prompts.on_break_due(BreakDue(PromptKind.MICROBREAK, 2, (5,)))
    qtbot.waitUntil(lambda: _prompt(shell) is not None, timeout=10000)  # prepared, then shown
    prompt = _prompt(shell)
    assert prompt is not None
    prompt.make_focusable()  # as the user's click does
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)  # skip the break
    assert notices.on_screen == set()


def test_notices_go_when_the_app_quits(
    qtbot: QtBot, shell: CounterbalanceApp, notices: FakeNotices
) -> None:
    shell._prompts.on_notice_due(30)
    shell._chores.on_day_end_due()  # checks today's ratings in the background, then asks
    qtbot.waitUntil(lambda: len(notices.on_screen) == 2, timeout=10000)
    shell.shutdown()
    assert notices.on_screen == set()


@pytest.mark.parametrize(("count", "words"), [(1, "1 exercise ·"), (2, "2 exercises ·")])
def test_the_prompt_counts_its_exercises_in_english(
    qtbot: QtBot, shell: CounterbalanceApp, monkeypatch: pytest.MonkeyPatch, count: int, words: str
) -> None:
    from desktop_app.core.catalog import Dose
    from desktop_app.core.events import SessionKind, Side
    from desktop_app.core.session_plan import PlannedExercise, SessionPlan
    from tests.ui.test_session_window import CATALOG

    stretch = CATALOG.get("upper_trap_stretch")
    assert stretch is not None
    item = PlannedExercise(stretch, Dose(sets=1, hold_s=3), (Side.LEFT,))
    plan = SessionPlan(SessionKind.MICROBREAK, (item,) * count, 60)
    monkeypatch.setattr(shell._flow, "plan", lambda _kind: plan)
    shell._prompts.on_break_due(BreakDue(PromptKind.MICROBREAK, 2, (5,)))
    qtbot.waitUntil(lambda: _prompt(shell) is not None, timeout=10000)
    summary = _prompt(shell).findChild(QLabel, "promptSummary")  # type: ignore[union-attr]
    assert summary is not None
    assert summary.text().startswith(words), summary.text()
