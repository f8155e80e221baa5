"""Tray: menu rebuilt on open, tooltip follows the status, fallback window without a tray."""

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMenu

from desktop_app.core.policy import PauseRequest
from desktop_app.ui.no_tray_window import NoTrayWindow
from desktop_app.ui.tray import (
    PAUSE_UNTIL_RESUMED,
    PAUSE_UNTIL_TOMORROW,
    TrayIcon,
    TrayState,
    TrayView,
)


def _icons() -> dict[TrayState, QIcon]:
    icons = {}
    for state, color in zip(TrayState, ("#1f8a70", "#777777", "#d9480f"), strict=True):
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(color))
        icons[state] = QIcon(pixmap)
    return icons


def _texts(tray: TrayIcon) -> list[str]:
    return [
        a.text().replace("&", "")
        for a in tray.menu.actions()
        if not a.isSeparator() and a.isVisible()
    ]


def test_menu_items_stay_the_same_objects_while_the_menu_follows_the_status(qtbot) -> None:
    """A tray host caches item ids (dbusmenu): rebuilding the menu on every opening gave
    each item a new id, so the first click after a submenu was shown hit a stale id."""
    tray = TrayIcon(_icons())
    tray.set_view(TrayView("next break in 12 min"))
    tray.menu.aboutToShow.emit()
    before = list(tray.menu.actions())
    submenus = len(tray.menu.findChildren(QMenu))
    for view in (
        TrayView("paused until 14:00", TrayState.PAUSED, paused=True),
        TrayView("next break in 3 min"),
    ):
        tray.set_view(view)
        tray.menu.aboutToShow.emit()
        assert tray.menu.actions() == before
        assert len(tray.menu.findChildren(QMenu)) == submenus
    assert _texts(tray)[0] == "next break in 3 min"


def test_menu_follows_the_view_each_time_it_opens(qtbot) -> None:
    tray = TrayIcon(_icons())
    tray.set_view(TrayView("next break in 12 min"))
    tray.menu.aboutToShow.emit()
    assert _texts(tray) == [
        "next break in 12 min",
        "Start a session now",
        "Snooze 10 min",
        "Pause 1 h",
        "Pause for…",
        "Progress…",
        "Rate today's pain…",
        "Check symptoms…",
        "Settings…",
        "Quit",
    ]
    tray.set_view(TrayView("paused until 14:00", TrayState.PAUSED, paused=True))
    tray.menu.aboutToShow.emit()
    texts = _texts(tray)
    assert "Resume reminders" in texts and "Pause 1 h" not in texts
    assert texts[0] == "paused until 14:00"


def test_tooltip_says_next_break(qtbot) -> None:
    tray = TrayIcon(_icons())
    tray.set_view(TrayView("next break in 45 min"))
    assert "next break in 45 min" in tray.tooltip()


def test_menu_actions_emit_intents(qtbot) -> None:
    tray = TrayIcon(_icons())
    tray.set_view(TrayView("next break in 5 min"))
    tray.menu.aboutToShow.emit()
    actions = {a.text().replace("&", ""): a for a in tray.menu.actions()}
    with qtbot.waitSignal(tray.snooze_requested) as snooze:
        actions["Snooze 10 min"].trigger()
    assert snooze.args == [10]
    with qtbot.waitSignal(tray.pause_requested) as pause:
        actions["Pause 1 h"].trigger()
    assert pause.args == [PauseRequest.lasting(3600)]
    pause_menu = actions["Pause for…"].menu()
    choices = {a.text(): a for a in pause_menu.actions()}
    with qtbot.waitSignal(tray.pause_requested) as tomorrow:
        choices["Until tomorrow"].trigger()
    assert tomorrow.args == [PAUSE_UNTIL_TOMORROW]
    with qtbot.waitSignal(tray.pause_requested) as resumed:
        choices["Until I resume"].trigger()
    assert resumed.args == [PAUSE_UNTIL_RESUMED]
    with qtbot.waitSignal(tray.session_requested):
        actions["Start a session now"].trigger()
    with qtbot.waitSignal(tray.quit_requested):
        actions["Quit"].trigger()


def test_no_tray_window_explains_itself_and_survives_close(qtbot) -> None:
    window = NoTrayWindow(_icons()[TrayState.NORMAL])
    qtbot.addWidget(window)
    window.set_view(TrayView("next break in 3 min"))
    window.show()
    assert window.windowTitle().startswith("Counterbalance")
    assert window.status_text() == "next break in 3 min"
    window.close()
    assert window.isVisible(), "closing must not lose the only way back to the app"
    window.allow_close()
    window.close()
    assert not window.isVisible()


def test_status_lines_say_what_the_policy_is_doing(qtbot) -> None:
    from datetime import UTC, datetime

    from desktop_app.core.policy import PolicyState, PolicyStatus
    from desktop_app.ui.tray import status_line, tray_view_for

    assert status_line(PolicyStatus(PolicyState.COUNTING, next_break_in_s=12 * 60)) == (
        "next break in 12 min"
    )
    # 11 min 1 s still reads "12 min": the user never waits longer than the tooltip says.
    assert status_line(PolicyStatus(PolicyState.COUNTING, next_break_in_s=661)) == (
        "next break in 12 min"
    )
    assert status_line(PolicyStatus(PolicyState.COUNTING, next_break_in_s=20)) == (
        "next break in under a minute"
    )
    assert status_line(PolicyStatus(PolicyState.QUIET, quiet="fullscreen")) == ("quiet: fullscreen")
    assert status_line(PolicyStatus(PolicyState.OUTSIDE_HOURS)) == "outside working hours"
    until = datetime(2026, 3, 2, 13, 0, tzinfo=UTC)
    line = status_line(PolicyStatus(PolicyState.PAUSED, paused_until=until))
    assert line == f"paused until {until.astimezone().strftime('%H:%M')}"
    assert status_line(PolicyStatus(PolicyState.PAUSED)) == "paused until you resume"
    view = tray_view_for(PolicyStatus(PolicyState.PAUSED))
    assert view.paused and view.state is TrayState.PAUSED and not view.can_snooze
    due = tray_view_for(PolicyStatus(PolicyState.PROMPTING))
    assert due.state is TrayState.DUE and due.status_line == "time for a break"


def test_product_tray_icons_are_distinct_per_state(qtbot) -> None:
    from desktop_app.app import load_tray_icons
    from desktop_app.platform.paths import resources_dir

    icons = load_tray_icons(resources_dir() / "icons")
    images = {
        state: icons[state]
        .pixmap(22, 22)
        .toImage()
        .convertToFormat(icons[state].pixmap(22, 22).toImage().Format.Format_ARGB32)
        for state in TrayState
    }
    assert all(not icon.isNull() for icon in icons.values())
    assert images[TrayState.NORMAL] != images[TrayState.PAUSED]
    assert images[TrayState.NORMAL] != images[TrayState.DUE]

    # The normal icon is the product's teal badge, not the grey paused one.
    def teal_pixels(state: TrayState) -> int:
        image = images[state]
        return sum(
            1
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).green() > image.pixelColor(x, y).red() + 40
        )

    assert teal_pixels(TrayState.NORMAL) > 100
    assert teal_pixels(TrayState.PAUSED) < teal_pixels(TrayState.NORMAL) // 4


def test_an_unchanged_status_sends_nothing_to_the_tray_host(qtbot) -> None:
    """Each tooltip set is a D-Bus signal on a StatusNotifierItem host, and the host then
    reads the tooltip back: an idle tray re-sending the same line woke both sides."""
    tray = TrayIcon(_icons())
    view = TrayView("next break in 12 min", counting=True)
    tray.set_view(view)
    sent: list[str] = []
    tray._tray.setToolTip = sent.append  # type: ignore[method-assign]
    tray.set_view(view)
    tray.set_view(TrayView("next break in 12 min", counting=True))
    assert sent == []
    tray.set_view(TrayView("next break in 11 min", counting=True))
    assert len(sent) == 1 and "next break in 11 min" in sent[0]
