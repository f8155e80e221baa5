"""SIGINT/SIGTERM as a Qt signal on the GUI thread, through a wake-up socket (no polling)."""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier, Signal


class SignalBridge(QObject):
    """Turn SIGINT/SIGTERM into a Qt signal on the GUI thread without a polling timer.

    Signals:
        terminate_requested(int): the signal number received.
    """

    terminate_requested = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        self._old_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self._on_signal)

    def _on_signal(self, signum: int, _frame: object) -> None:
        # The byte written to the wake-up fd wakes Qt; the work happens in the slot.
        pass

    def _on_notifier_activated(self) -> None:
        try:
            data = self._read.recv(64)
        except BlockingIOError:
            return
        for signum in data:
            self.terminate_requested.emit(int(signum))

    def close(self) -> None:
        """Give the signals back to their default handlers and close the socket pair."""
        signal.set_wakeup_fd(self._old_fd)
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, signal.SIG_DFL)
        self._notifier.setEnabled(False)
        self._read.close()
        self._write.close()
