"""The tray shell: what it says before and during breaks, and what it forwards."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.core.policy import PolicyState, PolicyStatus
from desktop_app.platform.paths import resources_dir
from desktop_app.ui.tray import TrayIcon, TrayState, TrayView
from desktop_app.ui.tray_shell import TrayShell, app_tray_view, load_tray_icons

COUNTING = PolicyStatus(PolicyState.COUNTING, next_break_in_s=12 * 60)


def test_before_the_welcome_the_shell_says_why_nothing_is_scheduled() -> None:
    view = app_tray_view(None, onboarding_done=False, session_running=False)
    assert "welcome" in view.status_line
    assert not view.can_snooze and not view.counting


def test_a_running_session_stops_the_countdown_line() -> None:
    assert app_tray_view(COUNTING, True, session_running=False).counting
    view = app_tray_view(COUNTING, True, session_running=True)
    assert view.status_line == "session in progress"
    assert view.session_running and not view.counting


def test_the_no_tray_window_shows_the_view_and_forwards_what_is_asked(qtbot: QtBot) -> None:
    views = [TrayView(status_line="next break in 12 min", counting=True)]
    shell = TrayShell(load_tray_icons(resources_dir() / "icons"), lambda: views[-1])
    shell.create_no_tray_window()
    window = shell.no_tray
    assert window is not None and shell.in_window
    qtbot.addWidget(window)
    assert window.status_text() == "next break in 12 min"
    start = next(b for b in window.findChildren(QPushButton) if b.accessibleName() == "Start now")
    with qtbot.waitSignal(shell.session_requested, timeout=1000):
        start.click()
    views.append(TrayView(status_line="paused until you resume", paused=True))
    shell.refresh()
    assert window.status_text() == "paused until you resume"
    shell.stop()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_minute_refresh_runs_only_while_a_countdown_shows() -> None:
    views = [TrayView(status_line="next break in 12 min", counting=True)]
    shell = TrayShell(load_tray_icons(resources_dir() / "icons"), lambda: views[-1])
    shell.refresh()
    assert shell._tooltip_timer.isActive()
    views.append(TrayView(status_line="paused until you resume", paused=True))
    shell.refresh()
    assert not shell._tooltip_timer.isActive()


def test_a_message_without_a_tray_is_shown_in_the_no_tray_window(qtbot: QtBot) -> None:
    """Weston has no tray and no notification service: the "all time counts as active"
    notice, asked for before the window exists, must still reach the user."""
    shell = TrayShell(load_tray_icons(resources_dir() / "icons"), lambda: TrayView(status_line=""))
    shell.show_message("Counterbalance", "all time counts as active")  # no tray, no window yet
    shell.create_no_tray_window()
    window = shell.no_tray
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "all time counts as active" in window.message_text())
    layout = window.layout()
    assert window.height() >= layout.totalHeightForWidth(window.width())  # nothing clipped
    shell.show_message("Counterbalance", "a second message")
    qtbot.waitUntil(lambda: "a second message" in window.message_text())
    shell.hide_message()
    qtbot.waitUntil(lambda: window.message_text() == "")
    shell.stop()


def test_only_the_shown_tray_icon_is_read_at_start(qtbot: QtBot) -> None:
    """Reading a PNG decodes it: the paused and due variants wait until they are shown."""
    icons = load_tray_icons(resources_dir() / "icons")
    tray = TrayIcon(icons)
    tray.set_view(TrayView(status_line="next break in 40 min"))
    assert icons.read_so_far() == [TrayState.NORMAL]
    tray.set_view(TrayView(status_line="paused", state=TrayState.PAUSED, paused=True))
    assert icons.read_so_far() == [TrayState.NORMAL, TrayState.PAUSED]
    assert not icons[TrayState.PAUSED].isNull()
    assert icons[TrayState.PAUSED].cacheKey() != icons[TrayState.NORMAL].cacheKey()
