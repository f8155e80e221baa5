"""An exception no slot caught is logged and shown once; the app runs on."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from desktop_app.crash_handler import UncaughtErrors


class Emitter(QObject):
    fired = Signal()


#: Text a user might have typed; it must not reach the log above DEBUG.
TYPED = "pain 9 in the left shoulder"


def _raise_with_private_text() -> None:
    raise ValueError(TYPED)


@pytest.fixture
def handler(qtbot: QtBot) -> Iterator[UncaughtErrors]:
    h = UncaughtErrors()
    h.install()
    yield h
    h.uninstall()
    if h.box is not None:
        h.box.close()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown_once(
    qtbot: QtBot, handler: UncaughtErrors, caplog: pytest.LogCaptureFixture
) -> None:
    emitter = Emitter()
    emitter.fired.connect(_raise_with_private_text)
    caplog.set_level(logging.INFO)
    emitter.fired.emit()  # Qt hands the exception to sys.excepthook and goes on
    qtbot.waitUntil(lambda: handler.box is not None and handler.box.isVisible())
    first = handler.box
    emitter.fired.emit()
    qtbot.wait(50)
    assert handler.box is first  # one message, not one per error
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 2 and all("ValueError" in r.getMessage() for r in errors)
    assert "_raise_with_private_text" in errors[0].getMessage()  # the traceback is logged
    assert not any("shoulder" in r.getMessage() for r in caplog.records)  # not at INFO+
    assert first is not None
    first.close()
    qtbot.waitUntil(lambda: handler.box is None)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, handler: UncaughtErrors
) -> None:
    worker = threading.Thread(target=_raise_with_private_text)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: handler.box is not None and handler.box.isVisible())
