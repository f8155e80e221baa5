"""Closing the welcome leaves a clear, safe state: no session before the disclaimer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import CounterbalanceApp
from desktop_app.platform.paths import DataPaths
from desktop_app.platform.settings_file import SettingsFile
from desktop_app.ui.no_tray_window import NoTrayWindow
from desktop_app.ui.onboarding import OnboardingDialog
from tests.helpers.clock import FakeClock


@pytest.fixture
def shell(qtbot: QtBot, paths: DataPaths) -> Iterator[CounterbalanceApp]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = CounterbalanceApp(app, paths, FakeClock(), 1.0)  # type: ignore[arg-type]
    yield shell
    shell._flow.interrupt()
    for window in shell._windows.open_windows():
        window.close()
    if shell._shell.no_tray is not None:
        shell._shell.no_tray.allow_close()
        shell._shell.no_tray.close()
    shell._store.close()


def _welcome(shell: CounterbalanceApp) -> OnboardingDialog:
    dialog = shell._windows.get("onboarding")
    assert isinstance(dialog, OnboardingDialog)
    return dialog


def _escape_the_welcome(qtbot: QtBot, shell: CounterbalanceApp) -> None:
    shell._welcome.show()
    dialog = _welcome(shell)
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: "onboarding" not in shell._windows)


def test_escaped_welcome_tells_why_no_break_is_scheduled(
    qtbot: QtBot, shell: CounterbalanceApp
) -> None:
    _escape_the_welcome(qtbot, shell)
    view = shell._breaks.tray_view()
    assert "starting" not in view.status_line
    assert "welcome" in view.status_line.lower()
    assert not view.can_snooze


def test_no_session_before_the_disclaimer_the_welcome_comes_back(
    qtbot: QtBot, shell: CounterbalanceApp, paths: DataPaths
) -> None:
    _escape_the_welcome(qtbot, shell)
    shell.start_user_session()
    assert not shell._flow.is_running()
    _welcome(shell)  # shown again instead
    shell._commands.run("break-now")
    assert not shell._flow.is_running()
    # Nothing was saved as done: the next start shows the welcome again.
    settings, _problem = SettingsFile(paths.settings).load()
    assert not settings.onboarding_done and not settings.disclaimer_accepted


def test_no_tray_window_follows_the_escaped_welcome(qtbot: QtBot, shell: CounterbalanceApp) -> None:
    shell._shell.create_no_tray_window()
    window = shell._shell.no_tray
    assert isinstance(window, NoTrayWindow)
    _escape_the_welcome(qtbot, shell)
    assert "welcome" in window.status_text().lower()


def _fits_on_screen(window: NoTrayWindow) -> bool:
    screen = window.screen()
    assert screen is not None
    return screen.availableGeometry().contains(window.frameGeometry())


def test_no_tray_window_fits_on_screen_and_leaves_the_focus_alone(
    qtbot: QtBot, shell: CounterbalanceApp
) -> None:
    shell._welcome.show()
    shell._shell.create_no_tray_window()
    window = shell._shell.no_tray
    assert isinstance(window, NoTrayWindow)
    qtbot.waitExposed(window)
    assert _fits_on_screen(window)
    # Shown by the app itself (30 s after start): it must not take the welcome's focus.
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


def test_second_start_brings_the_closed_no_tray_window_back(
    qtbot: QtBot, shell: CounterbalanceApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell._settings._current = replace(shell._settings.current, onboarding_done=True)
    shell._shell.create_no_tray_window()
    window = shell._shell.no_tray
    assert isinstance(window, NoTrayWindow)
    qtbot.waitExposed(window)
    window.close()
    assert window.isMinimized() or not window.isVisible()
    raised: list[bool] = []
    monkeypatch.setattr(window, "raise_", lambda: raised.append(True))
    shell._commands.run("activate")
    qtbot.waitUntil(lambda: window.isVisible() and not window.isMinimized())
    assert raised and _fits_on_screen(window)


def test_second_start_before_the_welcome_is_finished_shows_the_welcome(
    qtbot: QtBot, shell: CounterbalanceApp
) -> None:
    _escape_the_welcome(qtbot, shell)
    shell._commands.run("activate")
    qtbot.waitUntil(lambda: "onboarding" in shell._windows and _welcome(shell).isVisible())


def test_second_start_with_a_tray_opens_progress(
    shell: CounterbalanceApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell._settings._current = replace(shell._settings.current, onboarding_done=True)
    opened: list[bool] = []
    monkeypatch.setattr(shell, "show_progress", lambda: opened.append(True))
    shell._commands.run("activate")
    assert opened == [True]


def test_quit_works_while_the_no_tray_window_is_open(
    qtbot: QtBot, shell: CounterbalanceApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell._shell.create_no_tray_window()
    window = shell._shell.no_tray
    assert isinstance(window, NoTrayWindow)
    qtbot.waitExposed(window)
    closed: list[bool] = []

    class App:
        """Qt 6's quit: every window is asked to close; one that refuses cancels it."""

        @staticmethod
        def quit() -> None:
            closed.append(window.close())

    monkeypatch.setattr(shell, "_qt_app", App)
    shell.quit()
    assert closed == [True], "the no-tray window refused to close: Quit did nothing"
