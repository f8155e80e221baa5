"""Single-instance windows and warning boxes kept alive until closed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.window_registry import WindowRegistry


def test_a_window_asked_for_twice_opens_once_and_is_forgotten_when_closed(qtbot: QtBot) -> None:
    registry = WindowRegistry()
    built: list[QWidget] = []

    def build() -> QWidget:
        built.append(QWidget())
        return built[-1]

    registry.show_once("symptoms", build)
    registry.show_once("symptoms", build)
    assert len(built) == 1 and registry.get("symptoms") is built[0]
    assert registry.open_windows() == built
    built[0].close()  # deleted on close
    qtbot.waitUntil(lambda: "symptoms" not in registry)
    registry.show_once("symptoms", build)
    assert len(built) == 2
    built[1].close()


def test_a_warning_stays_until_the_user_closes_it(qtbot: QtBot) -> None:
    registry = WindowRegistry()
    registry.warn("Your data file", "It was damaged and was kept aside.")
    [box] = registry.messages
    assert box.isVisible() and box.windowTitle() == "Counterbalance — Your data file"
    box.close()
    qtbot.waitUntil(lambda: not registry.messages)
