"""Composition root: build every part through its constructor, start in order, stop cleanly.

Start-up order (each step logs what it does):
 1. data dir (0700) and logging
 2. QApplication (quits only on an explicit Quit, not when a window closes)
 3. single instance: a second process hands its command to the first and exits 0
 4. SIGINT/SIGTERM wired through a wake-up socket (no polling timer)
 5. settings, storage check, catalog
 6. break service (policy + APScheduler), notifier
 7. tray icon, or a small window when no tray appears in time

Heavy modules (SQLModel, Qt Graphs) are imported the first time they are needed.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from desktop_app import APP_NAME, __version__
from desktop_app.platform.clock import SystemClock
from desktop_app.platform.notifications import Notifier
from desktop_app.platform.paths import DataPaths, make_private, resources_dir
from desktop_app.platform.single_instance import InstanceServer, send_command
from desktop_app.ui.tray import NoTrayWindow, TrayIcon, TrayState, TrayView

log = logging.getLogger("desktop_app")

TRAY_RETRY_MS = 1000
TRAY_RETRY_LIMIT_S = 30
LOG_BYTES = 512 * 1024


def configure_logging(paths: DataPaths) -> None:
    """Log to a small rotating file in the data dir (and to stderr when it is a terminal)."""
    handler = RotatingFileHandler(paths.log_file, maxBytes=LOG_BYTES, backupCount=2)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    if sys.stderr is not None and sys.stderr.isatty():
        root.addHandler(logging.StreamHandler())
    root.setLevel(os.environ.get("COUNTERBALANCE_LOG", "INFO").upper())
    make_private(paths.log_file)


def load_tray_icons(icons_dir: Path) -> dict[TrayState, QIcon]:
    """Load the product's tray icons; each variant falls back to the main icon."""
    main = QIcon(str(icons_dir / "tray.svg"))
    hicolor = icons_dir / "hicolor"
    if hicolor.is_dir():
        for size_dir in sorted(hicolor.iterdir()):
            png = size_dir / "apps" / "counterbalance.png"
            if png.exists():
                main.addFile(str(png))
    icons = {TrayState.NORMAL: main}
    for state, name in ((TrayState.PAUSED, "tray-paused.svg"), (TrayState.DUE, "tray-due.svg")):
        path = icons_dir / name
        icons[state] = QIcon(str(path)) if path.exists() else main
    return icons


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
        self._pending = signum

    def _on_notifier_activated(self) -> None:
        try:
            data = self._read.recv(64)
        except BlockingIOError:
            return
        for signum in data:
            self.terminate_requested.emit(int(signum))

    def close(self) -> None:
        signal.set_wakeup_fd(self._old_fd)
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, signal.SIG_DFL)
        self._notifier.setEnabled(False)
        self._read.close()
        self._write.close()


class CounterbalanceApp(QObject):
    """Owns every long-lived part of the running app and the flows between them."""

    def __init__(
        self, qt_app: QApplication, paths: DataPaths, clock: SystemClock, time_scale: float
    ) -> None:
        super().__init__()
        self._qt_app = qt_app
        self._paths = paths
        self._clock = clock
        self._time_scale = time_scale
        self._resources = resources_dir()
        self._instance = InstanceServer(paths.root, paths.lock_file, self)
        self._signals: SignalBridge | None = None
        self._tray: TrayIcon | None = None
        self._no_tray: NoTrayWindow | None = None
        self._tray_waited_ms = 0
        self._tray_timer = QTimer(self)
        self._tray_timer.setInterval(TRAY_RETRY_MS)
        self._tray_timer.timeout.connect(self._on_tray_timer_timeout)
        self._icons = load_tray_icons(self._resources / "icons")
        self._notifier = Notifier(self._show_tray_message, self._resources / "icons" / "tray.svg")
        self._quitting = False

    # -- start-up -------------------------------------------------------------------

    def claim_instance(self) -> bool:
        """Become the single instance, or hand over to the running one."""
        if self._instance.acquire():
            self._instance.command_received.connect(self._on_instance_command_received)
            return True
        log.info("another instance runs for %s: handing over", self._paths.root)
        if not send_command(self._paths.root, "activate"):
            log.warning("the other instance did not answer")
        return False

    def start(self) -> None:
        """Start every part, in order."""
        log.info("Counterbalance %s starting (data dir %s)", __version__, self._paths.root)
        self._signals = SignalBridge(self)
        self._signals.terminate_requested.connect(self._on_signals_terminate_requested)
        self._start_tray()

    def _start_tray(self) -> None:
        # Qt picks the tray protocol when the icon is created, so wait for a tray host
        # before creating it (opensnitch #1659: an app started before the panel loses it).
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._create_tray()
            return
        log.info("no system tray yet: retrying for up to %d s", TRAY_RETRY_LIMIT_S)
        self._tray_timer.start()

    def _on_tray_timer_timeout(self) -> None:
        self._tray_waited_ms += TRAY_RETRY_MS
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray_timer.stop()
            self._create_tray()
        elif self._tray_waited_ms >= TRAY_RETRY_LIMIT_S * 1000:
            self._tray_timer.stop()
            self._create_no_tray_window()

    def _create_tray(self) -> None:
        tray = TrayIcon(self._icons, self)
        self._connect_shell(tray)
        tray.set_view(self._tray_view())
        tray.show()
        self._tray = tray
        log.info("tray icon shown")

    def _create_no_tray_window(self) -> None:
        log.warning("no system tray after %d s: showing a small window instead", TRAY_RETRY_LIMIT_S)
        window = NoTrayWindow(self._icons[TrayState.NORMAL])
        self._connect_shell(window)
        window.set_view(self._tray_view())
        window.show()
        self._no_tray = window

    def _connect_shell(self, shell: TrayIcon | NoTrayWindow) -> None:
        shell.quit_requested.connect(self.quit)

    def _tray_view(self) -> TrayView:
        return TrayView(status_line=self.tr("starting…"))

    def _show_tray_message(self, title: str, message: str) -> None:
        if self._tray is not None:
            self._tray.show_message(title, message)

    # -- commands from a second process ---------------------------------------------

    def _on_instance_command_received(self, command: str) -> None:
        log.info("instance command: %s", command)
        if command == "quit":
            self.quit()

    # -- shutdown -------------------------------------------------------------------

    def _on_signals_terminate_requested(self, signum: int) -> None:
        log.info("signal %d: quitting", signum)
        self.quit()

    def quit(self) -> None:
        """Quit cleanly: close windows, stop timers, flush storage."""
        if self._quitting:
            return
        self._quitting = True
        self._qt_app.quit()

    def shutdown(self) -> None:
        """Release everything the app holds (after the event loop ended)."""
        self._tray_timer.stop()
        if self._tray is not None:
            self._tray.hide()
        if self._no_tray is not None:
            self._no_tray.allow_close()
            self._no_tray.close()
        if self._signals is not None:
            self._signals.close()
        self._instance.release()
        log.info("Counterbalance stopped")


def run_app(data_dir: Path | None, time_scale: float = 1.0) -> int:
    """Run the tray app until Quit; return the exit status."""
    try:
        paths = DataPaths.create(data_dir)
    except OSError as exc:
        print(f"counterbalance: cannot use the data dir: {exc}", file=sys.stderr)
        return 2
    os.umask(0o077)  # health data: every file we create is private
    configure_logging(paths)
    if QGuiApplication.platformName() == "" and os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        pass
    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("io.github.counterbalance.Counterbalance")
    qt_app.setQuitOnLastWindowClosed(False)
    app = CounterbalanceApp(qt_app, paths, SystemClock(), time_scale)
    if not app.claim_instance():
        return 0
    app.start()
    try:
        code = qt_app.exec()
    finally:
        app.shutdown()
    return int(code)


__all__ = ["CounterbalanceApp", "QMessageBox", "run_app"]
