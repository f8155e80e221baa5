"""Warnings the app shows stay on screen until the user closes them."""

import gc

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.app import CounterbalanceApp
from desktop_app.platform.clock import SystemClock
from desktop_app.platform.paths import DataPaths


def test_a_warning_survives_garbage_collection_until_closed(qtbot: QtBot, paths: DataPaths) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = CounterbalanceApp(app, paths, SystemClock(), 1.0)
    shell._windows.warn("Your data file", "It was damaged and was kept aside.")
    gc.collect()
    qtbot.wait(50)
    boxes = [w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert [b.text() for b in boxes] == ["It was damaged and was kept aside."]
    assert boxes[0].windowTitle() == "Counterbalance — Your data file"
    boxes[0].close()
    qtbot.waitUntil(lambda: not shell._windows.messages)
