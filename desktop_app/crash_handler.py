"""Exceptions no slot caught: log them and show one clear message, never die silently.

PySide6 hands an exception raised in a slot to ``sys.excepthook`` and goes on; the
default hook prints to a stderr nobody reads. :class:`UncaughtErrors` logs the
traceback (the exception's text only at DEBUG: it may carry values) and shows one
message box at a time saying where the log is.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)


class UncaughtErrors(QObject):
    """Install as ``sys.excepthook`` (and ``threading.excepthook``).

    Signals:
        caught(str): The exception's type name, after it was logged (GUI thread).
    """

    caught = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        self._box: QMessageBox | None = None
        self.caught.connect(self._on_caught)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        threading.excepthook = self._previous_thread

    @property
    def box(self) -> QMessageBox | None:
        """The message on screen, if any."""
        return self._box

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Log an uncaught exception and ask the GUI thread to show the message."""
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        frames = "".join(traceback.format_tb(tb))
        log.error("uncaught %s:\n%s", exc_type.__name__, frames)
        log.debug("uncaught exception text: %s", exc)
        self.caught.emit(exc_type.__name__)  # queued when raised off the GUI thread

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _on_caught(self, _name: str) -> None:
        if self._box is not None:  # one message at a time, not one per error
            return
        from PySide6.QtWidgets import QMessageBox  # loaded when a message is shown

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Counterbalance — Something went wrong"),
            self.tr(
                "Something went wrong inside Counterbalance. It keeps running, and what "
                "you logged so far is kept. The details were written to the log file "
                "(counterbalance.log in the data folder)."
            ),
        )
        box.setModal(False)
        from PySide6.QtCore import Qt  # not at import: builds 93 enums

        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.finished.connect(self._on_box_finished)
        self._box = box
        box.show()

    def _on_box_finished(self, _result: int) -> None:
        self._box = None
