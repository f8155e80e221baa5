"""The tray under a StatusNotifierItem host (KDE, GNOME's AppIndicator, waybar...).

The desktop runs ``gtk-sni-tray-standalone --watcher`` instead of an XEmbed tray: Qt
then registers the icon with ``org.kde.StatusNotifierWatcher`` and exports its menu
over ``com.canonical.dbusmenu``. The test reads what the host reads, over D-Bus, and
clicks the icon the host draws.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from tests.e2e.conftest import ROOT, AppProcess
from tests.helpers.desktop import Desktop, close_window, user_active, wait_until

pytestmark = pytest.mark.e2e

#: 5 min x 0.05 = a break due after 15 s of activity.
TIME_SCALE = "0.05"
ITEM = "org.kde.StatusNotifierItem"
MENU = "com.canonical.dbusmenu"
ICONS = ROOT / "resources" / "icons" / "tray"
PROGRESS = "Counterbalance — Progress"
PROMPT = "Counterbalance — Time for a break"


def _argb_bytes(png: Path) -> list[int]:
    """The pixels of ``png`` as the SNI spec sends them: ARGB32, network byte order."""
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_ARGB32)
    data: list[int] = []
    for y in range(image.height()):
        for x in range(image.width()):
            argb = image.pixel(x, y)
            data += [(argb >> 24) & 0xFF, (argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF]
    return data


EXPECTED = {
    name: _argb_bytes(ICONS / f"{name}-32.png") for name in ("tray", "tray-paused", "tray-due")
}


class SniItem:
    """The app's StatusNotifierItem as the host sees it."""

    def __init__(self, desktop: Desktop, service: str, path: str) -> None:
        self.desktop = desktop
        self.service = service
        self.path = path

    def prop(self, name: str) -> Any:
        return self.desktop.bus_property(self.service, self.path, ITEM, name)

    def tooltip(self) -> str:
        value = self.prop("ToolTip")  # (icon name, icon pixmaps, title, description)
        return str(value[2]) if value else ""

    def icon(self) -> str | None:
        """Which product icon the item shows now, from its 32 px pixmap."""
        for width, height, data in self.prop("IconPixmap") or []:
            if (width, height) == (32, 32):
                matches = [name for name, pixels in EXPECTED.items() if pixels == list(data)]
                return matches[0] if matches else "unknown"
        return None

    def menu_items(self) -> dict[str, int]:
        """Ask for the menu as a host does before showing it: label -> item id."""
        menu_path = self.prop("Menu")
        self.desktop.bus_call(self.service, menu_path, MENU, "AboutToShow", "i", "0")
        reply = self.desktop.bus_call(
            self.service, menu_path, MENU, "GetLayout", "iias", "0", "-1", "0"
        )
        assert reply is not None, "GetLayout failed"
        items: dict[str, int] = {}

        def walk(node: list[Any]) -> None:
            item_id, props, children = node
            label = props.get("label", {}).get("data")
            if label:
                items[label.replace("_", "")] = item_id
            for child in children:
                walk(child["data"])

        walk(reply[1])
        return items

    def click_menu(self, label: str) -> None:
        item_id = self.menu_items()[label]
        reply = self.desktop.bus_call(
            self.service,
            self.prop("Menu"),
            MENU,
            "Event",
            "isvu",
            str(item_id),
            "clicked",
            "i",
            "0",
            "0",
        )
        assert reply is not None, f"Event on {label!r} failed"


def _click_icon(desktop: Desktop) -> None:
    """Left-click the rightmost icon of the host's bar (the host calls Activate)."""
    geometry = desktop.sni_host_geometry()
    assert geometry is not None
    x, y, width, height = geometry
    desktop.run(
        "xdotool", "mousemove", str(x + width - height // 2), str(y + height // 2), "click", "1"
    )


def test_tray_icon_menu_and_click_under_a_status_notifier_host(
    sni_app: AppProcess, tmp_path: Path
) -> None:
    desktop = sni_app.desktop
    assert not desktop.sni_items(), "another item is still registered"
    sni_app.write_settings(
        onboarding_done=True,
        disclaimer_accepted=True,
        autostart_asked=True,
        daily_session_enabled=False,
        interval_min=5,
        jitter_min=0,
    )
    sni_app.start("--time-scale", TIME_SCALE)
    assert sni_app.wait_log("tray icon shown"), sni_app.log_text()
    # Registered with the watcher, so it is an SNI item, not an XEmbed icon.
    assert wait_until(lambda: bool(desktop.sni_items()), 15), sni_app.log_text()
    item = SniItem(desktop, *desktop.sni_items()[0])
    assert item.prop("Status") == "Active"
    assert item.prop("Title") == "Counterbalance"
    assert wait_until(lambda: "next break in" in item.tooltip(), 10), item.tooltip()
    assert item.icon() == "tray"
    desktop.screenshot(tmp_path / "sni-normal.png")

    # The menu is exported with the same entries as the XEmbed tray's.
    labels = item.menu_items()
    for label in (
        "Start a session now",
        "Snooze 10 min",
        "Pause 1 h",
        "Progress…",
        "Settings…",
        "Quit",
    ):
        assert label in labels, labels

    # A left click on the host's icon opens the progress window, as on the XEmbed tray;
    # so does the Activate call the host makes for it.
    _click_icon(desktop)
    progress = sni_app.window(PROGRESS)
    close_window(desktop, progress)
    assert wait_until(lambda: not desktop.window_ids(PROGRESS), 10)
    assert desktop.bus_call(item.service, item.path, ITEM, "Activate", "ii", "0", "0") == []
    progress = sni_app.window(PROGRESS)
    close_window(desktop, progress)
    assert wait_until(lambda: not desktop.window_ids(PROGRESS), 10)

    # Pause from the exported menu: the paused icon and tooltip follow.
    item.click_menu("Pause 1 h")
    assert wait_until(lambda: item.icon() == "tray-paused", 10), item.icon()
    assert "paused until" in item.tooltip()
    assert "Resume reminders" in item.menu_items()
    desktop.screenshot(tmp_path / "sni-paused.png")

    item.click_menu("Resume reminders")
    assert wait_until(lambda: item.icon() == "tray", 10), item.icon()

    # A break comes due after 15 s of activity: the due icon shows until it is answered.
    with user_active(desktop):
        assert sni_app.wait_log(r"break prompt \d+ shown", timeout=40), sni_app.log_text()
        assert wait_until(lambda: item.icon() == "tray-due", 10), item.icon()
        assert "time for a break" in item.tooltip()
        # Qt has no API for the spec's NeedsAttention: the icon carries the due state.
        assert item.prop("Status") == "Active"
        desktop.screenshot(tmp_path / "sni-due.png")

    assert sni_app.cli("quit").returncode == 0
    assert sni_app.wait_exit() == 0
    # The item goes away with the app.
    assert wait_until(lambda: not desktop.sni_items(), 10)
