"""Sleep/resume and screen lock/unlock hints from the operating system.

These are early hints: the break policy's gap check across the wall, monotonic and
boot-time clocks is the source of truth (a hint can be late or missing: a process may be
frozen before it reads ``PrepareForSleep(true)``).

- Linux: logind ``PrepareForSleep(bool)`` on the system bus; ``ActiveChanged(bool)`` of
  the freedesktop, GNOME, Cinnamon, MATE and Xfce screen savers on the session bus.
- Windows: ``WM_POWERBROADCAST`` (suspend/resume) and ``WM_WTSSESSION_CHANGE``
  (lock/unlock, after ``WTSRegisterSessionNotification``) through a native event filter.
- macOS: NSWorkspace will-sleep/did-wake and screens-did-sleep/wake, and the distributed
  ``com.apple.screenIsLocked``/``screenIsUnlocked``, through an Objective-C observer built
  with ctypes (macos_power.py). Verified with a fake runtime only, not run on a Mac.

A missing bus or service is logged and skipped; nothing here raises.
"""

from __future__ import annotations

import enum
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection

from desktop_app.core.policy import AwayKind

if TYPE_CHECKING:  # loaded on macOS only: it is the largest platform module (issue 13 §4)
    from desktop_app.platform.macos_power import MacPowerObserver, ObjcRuntime

log = logging.getLogger(__name__)

LOGIND_SERVICE = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_INTERFACE = "org.freedesktop.login1.Manager"
# (hint name, service = interface, path) of screen savers that emit ActiveChanged(bool):
# KDE and light-locker use the freedesktop name; the gnome-screensaver forks keep its API.
SCREENSAVERS = (
    ("freedesktop-screensaver", "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("gnome-screensaver", "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ("cinnamon-screensaver", "org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver"),
    ("mate-screensaver", "org.mate.ScreenSaver", "/org/mate/ScreenSaver"),
    ("xfce-screensaver", "org.xfce.ScreenSaver", "/org/xfce/ScreenSaver"),
)
SLEEP_SLOT = SLOT("_on_logind_prepare_for_sleep(bool)")
LOCK_SLOT = SLOT("_on_screensaver_active_changed(bool)")

# winuser.h / wtsapi32.h
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
PBT_APMRESUMESUSPEND = 0x0007
PBT_APMRESUMEAUTOMATIC = 0x0012
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WTS_SESSION_UNLOCK = 0x8
NOTIFY_FOR_THIS_SESSION = 0
WINDOWS_MSG_EVENT = b"windows_generic_MSG"


class PowerEvent(enum.Enum):
    """A power or session change reported by the OS."""

    SLEEPING = "sleeping"
    RESUMED = "resumed"
    LOCKED = "locked"
    UNLOCKED = "unlocked"


def classify_windows_message(message: int, wparam: int) -> PowerEvent | None:
    """Map a Windows message to a power event (None for every other message)."""
    if message == WM_POWERBROADCAST:
        if wparam == PBT_APMSUSPEND:
            return PowerEvent.SLEEPING
        if wparam in (PBT_APMRESUMEAUTOMATIC, PBT_APMRESUMESUSPEND):
            return PowerEvent.RESUMED
    elif message == WM_WTSSESSION_CHANGE:
        if wparam == WTS_SESSION_LOCK:
            return PowerEvent.LOCKED
        if wparam == WTS_SESSION_UNLOCK:
            return PowerEvent.UNLOCKED
    return None


def read_windows_msg(address: int) -> tuple[int, int]:
    """Return ``(message, wParam)`` of the MSG struct at ``address``."""
    import ctypes.wintypes  # Windows structures: not loaded elsewhere

    msg = ctypes.wintypes.MSG.from_address(address)
    return int(msg.message), int(msg.wParam or 0)


class WindowsPowerFilter(QAbstractNativeEventFilter):
    """Turn Windows power and session messages into PowerEvents; never swallows a message."""

    def __init__(
        self,
        on_event: Callable[[PowerEvent], None],
        read_message: Callable[[int], tuple[int, int]] = read_windows_msg,
    ) -> None:
        super().__init__()
        self._on_event = on_event
        self._read_message = read_message

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: Any
    ) -> tuple[bool, int]:
        """Inspect one native message (Qt override)."""
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if kind != WINDOWS_MSG_EVENT:
            return False, 0
        try:
            address = int(message)
            if not address:
                return False, 0
            msg, wparam = self._read_message(address)
            event = classify_windows_message(msg, wparam)
            if event is not None:
                self._on_event(event)
        except Exception:  # an exception escaping into Qt's event loop would abort the app
            log.exception("failed to handle a Windows power message")
        return False, 0


class PowerWatcher(QObject):
    """Follow sleep/resume and lock/unlock hints; report the away stretch they span, once.

    :attr:`asleep` and :attr:`screen_locked` say what the last hints said.

    Signals:
        away_started(): the first of sleep or lock began (the user is away).
        away_ended(AwayKind): neither asleep nor locked any more; SLEEP if the machine
            slept during the away stretch, else LOCK.
    """

    away_started = Signal()
    away_ended = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        system: str | None = None,
        system_bus: QDBusConnection | None = None,
        session_bus: QDBusConnection | None = None,
        macos_runtime: Callable[[], ObjcRuntime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._system = system or sys.platform
        self._system_bus = system_bus
        self._session_bus = session_bus
        self._asleep = False
        self._locked = False
        self._slept_while_away = False
        self._subscriptions: list[tuple[QDBusConnection, str, str, str, str, str]] = []
        self._filter: WindowsPowerFilter | None = None
        self._window: Any = None
        self._wtsapi: Any = None
        #: The runtime's factory (None: the real Objective-C runtime, through ctypes).
        self._macos_runtime = macos_runtime
        self._macos: MacPowerObserver | None = None

    @property
    def asleep(self) -> bool:
        """Whether the last sleep hint said the machine is going to sleep."""
        return self._asleep

    @property
    def away(self) -> bool:
        """Whether the machine is asleep or the screen locked, as far as the hints tell."""
        return self._asleep or self._locked

    @property
    def screen_locked(self) -> bool:
        """Whether the last lock hint said the screen is locked."""
        return self._locked

    def start(self) -> list[str]:
        """Subscribe to the OS hints and return the names of those subscribed."""
        if self._system == "win32":
            return self._start_windows()
        if self._system == "darwin":
            return self._start_macos()
        return self._start_dbus()

    def stop(self) -> None:
        """Unsubscribe from every hint (idempotent)."""
        for bus, service, path, interface, name, slot in self._subscriptions:
            # PySide6's stubs type the slot as bytes; at run time only SLOT()'s str works.
            bus.disconnect(service, path, interface, name, self, slot)  # type: ignore[call-overload]
        self._subscriptions.clear()
        self._stop_windows()
        self._stop_macos()

    def report_sleep(self, going_to_sleep: bool) -> None:
        """Record a sleep hint (a repeated one is ignored)."""
        if going_to_sleep == self._asleep:
            return  # e.g. Windows sends both RESUMEAUTOMATIC and RESUMESUSPEND
        was_away = self.away
        self._asleep = going_to_sleep
        self._slept_while_away = self._slept_while_away or going_to_sleep
        log.info("OS hint: %s", "going to sleep" if going_to_sleep else "resumed")
        self._emit_away_change(was_away)

    def report_lock(self, now_locked: bool) -> None:
        """Record a lock hint (a repeated one is ignored)."""
        if now_locked == self._locked:
            return  # GNOME and KDE announce one lock on two interfaces or paths
        was_away = self.away
        self._locked = now_locked
        log.info("OS hint: screen %s", "locked" if now_locked else "unlocked")
        self._emit_away_change(was_away)

    def _emit_away_change(self, was_away: bool) -> None:
        if self.away and not was_away:
            self.away_started.emit()
        elif was_away and not self.away:
            kind = AwayKind.SLEEP if self._slept_while_away else AwayKind.LOCK
            self._slept_while_away = False
            self.away_ended.emit(kind)

    def report(self, event: PowerEvent) -> None:
        """Record one PowerEvent (from the Windows filter or a test)."""
        if event in (PowerEvent.SLEEPING, PowerEvent.RESUMED):
            self.report_sleep(event is PowerEvent.SLEEPING)
        else:
            self.report_lock(event is PowerEvent.LOCKED)

    @Slot(bool)
    def _on_logind_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        self.report_sleep(bool(going_to_sleep))

    @Slot(bool)
    def _on_screensaver_active_changed(self, active: bool) -> None:
        self.report_lock(bool(active))

    # --- Linux / D-Bus -------------------------------------------------------------------

    def _start_dbus(self) -> list[str]:
        started: list[str] = []
        system_bus = self._system_bus or QDBusConnection.systemBus()
        if self._subscribe(
            system_bus, LOGIND_SERVICE, LOGIND_PATH, LOGIND_INTERFACE, "PrepareForSleep", SLEEP_SLOT
        ):
            started.append("logind")
        session_bus = self._session_bus or QDBusConnection.sessionBus()
        for name, service, path in SCREENSAVERS:
            if self._subscribe(session_bus, service, path, service, "ActiveChanged", LOCK_SLOT):
                started.append(name)
        return started

    def _subscribe(
        self, bus: QDBusConnection, service: str, path: str, interface: str, name: str, slot: str
    ) -> bool:
        if not bus.isConnected():
            log.info(
                "no D-Bus %s for %s.%s: %s", bus.name(), interface, name, bus.lastError().message()
            )
            return False
        # PySide6's stubs type the slot as bytes; at run time only SLOT()'s str works.
        if not bus.connect(service, path, interface, name, self, slot):  # type: ignore[call-overload]
            log.info("cannot subscribe to %s.%s: %s", interface, name, bus.lastError().message())
            return False
        self._subscriptions.append((bus, service, path, interface, name, slot))
        return True

    # --- macOS ---------------------------------------------------------------------------

    def _start_macos(self) -> list[str]:
        from desktop_app.platform.macos_power import CtypesObjcRuntime, MacPowerObserver

        # Cocoa calls the observer on the main thread: Qt's event loop is the Cocoa run loop.
        runtime = self._macos_runtime or CtypesObjcRuntime
        self._macos = MacPowerObserver(self.report_sleep, self.report_lock, runtime)
        started = self._macos.start()
        if not started:
            log.info("no macOS sleep/lock hints; the clock gap check detects sleep")
        return started

    def _stop_macos(self) -> None:
        if self._macos is not None:
            self._macos.stop()

    # --- Windows -------------------------------------------------------------------------

    def _start_windows(self) -> list[str]:
        app = QCoreApplication.instance()
        if app is None:
            log.info("no Qt application: Windows power hints not installed")
            return []
        self._filter = WindowsPowerFilter(self.report)
        app.installNativeEventFilter(self._filter)
        started = ["windows-power"]
        from PySide6.QtGui import QGuiApplication, QWindow

        if not isinstance(app, QGuiApplication):
            log.info("no GUI application: Windows power hints need a window to arrive")
            return started
        import ctypes.wintypes

        try:
            # WM_POWERBROADCAST and WTS notifications go to top-level windows: a hidden,
            # never-shown QWindow has an HWND whose messages pass through the filter.
            self._window = QWindow()
            self._window.create()
            win_dll: Any = getattr(ctypes, "WinDLL")  # noqa: B009 - absent off Windows for mypy
            self._wtsapi = win_dll("wtsapi32")
            self._wtsapi.WTSRegisterSessionNotification.argtypes = [
                ctypes.wintypes.HWND,
                ctypes.wintypes.DWORD,
            ]
            self._wtsapi.WTSRegisterSessionNotification.restype = ctypes.wintypes.BOOL
            self._wtsapi.WTSUnRegisterSessionNotification.argtypes = [ctypes.wintypes.HWND]
            self._wtsapi.WTSUnRegisterSessionNotification.restype = ctypes.wintypes.BOOL
            hwnd = int(self._window.winId())
            if self._wtsapi.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION):
                started.append("windows-session")
            else:
                log.info("WTSRegisterSessionNotification failed; no lock hints")
        except Exception:  # lock hints are optional: keep the power hints
            log.exception("cannot register for Windows session notifications")
        return started

    def _stop_windows(self) -> None:
        if self._wtsapi is not None and self._window is not None:
            try:
                self._wtsapi.WTSUnRegisterSessionNotification(int(self._window.winId()))
            except Exception:  # shutting down: nothing else to do
                log.exception("WTSUnRegisterSessionNotification failed")
        self._wtsapi = None
        if self._window is not None:
            self._window.destroy()
            self._window = None
        app = QCoreApplication.instance()
        if self._filter is not None and app is not None:
            app.removeNativeEventFilter(self._filter)
        self._filter = None
