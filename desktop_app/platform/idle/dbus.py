"""Idle time over D-Bus: GNOME Mutter's IdleMonitor and the freedesktop ScreenSaver fallback.

The D-Bus call is behind :class:`DBusCaller` so tests can fake replies and errors; the
real caller is :class:`QtDBusCaller` (QtDBus, blocking with a short timeout, no service
auto-start). Qt is imported only when the real caller is built.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Protocol

from desktop_app.platform.idle.source import IdleUnavailableError

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

CALL_TIMEOUT_MS = 500  # polled on the GUI thread: a hung service must not freeze the app
PLAUSIBLE_SLACK_S = 60.0

MUTTER_SERVICE = "org.gnome.Mutter.IdleMonitor"
MUTTER_PATH = "/org/gnome/Mutter/IdleMonitor/Core"
MUTTER_INTERFACE = "org.gnome.Mutter.IdleMonitor"
SCREENSAVER_SERVICE = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATH = "/org/freedesktop/ScreenSaver"
SCREENSAVER_INTERFACE = "org.freedesktop.ScreenSaver"
PROPERTIES_INTERFACE = "org.freedesktop.DBus.Properties"


class DBusCallError(RuntimeError):
    """Raise when a D-Bus call fails: no bus, no such service, error reply or timeout."""


class DBusCaller(Protocol):
    """Make a blocking D-Bus method call and return the reply's arguments."""

    def call(
        self, service: str, path: str, interface: str, method: str, *args: object
    ) -> list[object]:
        """Call ``interface.method`` on ``service`` at ``path``; raise DBusCallError."""
        ...


class QtDBusCaller:
    """A DBusCaller on a QtDBus connection."""

    def __init__(self, connection: QDBusConnection, timeout_ms: int = CALL_TIMEOUT_MS) -> None:
        self._connection = connection
        self._timeout_ms = timeout_ms

    @classmethod
    def session(cls) -> QtDBusCaller:
        """Return a caller on the user's session bus."""
        from PySide6.QtDBus import QDBusConnection

        return cls(QDBusConnection.sessionBus())

    @classmethod
    def system(cls) -> QtDBusCaller:
        """Return a caller on the system bus."""
        from PySide6.QtDBus import QDBusConnection

        return cls(QDBusConnection.systemBus())

    def call(
        self, service: str, path: str, interface: str, method: str, *args: object
    ) -> list[object]:
        """Call ``interface.method`` on ``service`` at ``path``; raise DBusCallError."""
        from PySide6.QtDBus import QDBus, QDBusMessage, QDBusVariant

        if not self._connection.isConnected():
            raise DBusCallError(f"no D-Bus connection: {self._connection.lastError().message()}")
        message = QDBusMessage.createMethodCall(service, path, interface, method)
        # Never start a service just to ask it something (e.g. a notification daemon).
        message.setAutoStartService(False)
        if args:
            message.setArguments(list(args))
        reply = self._connection.call(message, QDBus.CallMode.Block, self._timeout_ms)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            raise DBusCallError(f"{reply.errorName()}: {reply.errorMessage()}")
        return [a.variant() if isinstance(a, QDBusVariant) else a for a in reply.arguments()]


def get_property(caller: DBusCaller, service: str, path: str, interface: str, name: str) -> object:
    """Read one D-Bus property through ``org.freedesktop.DBus.Properties.Get``."""
    reply = caller.call(service, path, PROPERTIES_INTERFACE, "Get", interface, name)
    if not reply:
        raise DBusCallError(f"empty reply reading {interface}.{name}")
    return reply[0]


def _first_number(reply: list[object], what: str) -> int:
    if not reply or isinstance(reply[0], bool) or not isinstance(reply[0], int | float):
        raise DBusCallError(f"{what} returned {reply!r}, not a number")
    return int(reply[0])


def _uptime_s() -> float:
    if hasattr(time, "CLOCK_BOOTTIME"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.monotonic()


class MutterIdleSource:
    """Idle time from GNOME Shell (X11 and Wayland): ``GetIdletime`` in milliseconds."""

    name = "mutter"

    def __init__(self, caller: DBusCaller) -> None:
        self._caller = caller

    @classmethod
    def open(cls, caller: DBusCaller | None = None) -> MutterIdleSource:
        """Return a source whose first call answered, or raise IdleUnavailableError."""
        source = cls(caller or QtDBusCaller.session())
        try:
            source.read_ms()
        except DBusCallError as error:
            raise IdleUnavailableError(f"Mutter IdleMonitor: {error}") from error
        return source

    def read_ms(self) -> int:
        """Return Mutter's idle counter in milliseconds; raise DBusCallError."""
        reply = self._caller.call(MUTTER_SERVICE, MUTTER_PATH, MUTTER_INTERFACE, "GetIdletime")
        idle_ms = _first_number(reply, "GetIdletime")
        if idle_ms < 0:
            raise DBusCallError(f"GetIdletime returned {idle_ms}")
        return idle_ms

    def idle_seconds(self) -> float | None:
        """Return seconds since the last input, or None when the call fails."""
        try:
            return self.read_ms() / 1000.0
        except DBusCallError as error:
            log.debug("Mutter idle query failed: %s", error)
            return None


def screensaver_unit_s(env: Mapping[str, str]) -> float:
    """Return the unit of ``GetSessionIdleTime`` for this desktop, in seconds.

    KDE's kscreenlocker returns KIdleTime's milliseconds; the draft spec and the other
    implementations (xfce4-screensaver, cinnamon, mate) return seconds.
    """
    desktops = env.get("XDG_CURRENT_DESKTOP", "").upper().split(":")
    return 0.001 if "KDE" in desktops else 1.0


class FreedesktopIdleSource:
    """Fallback idle time from ``org.freedesktop.ScreenSaver.GetSessionIdleTime``.

    Implementations disagree: some return milliseconds (KDE), some return the time since
    the screen saver started (so 0 while it is off), some always 0. The reading is
    validated: a negative or impossible value (longer than the machine has been up) is
    reported as unknown. 0 means "active", which is the safe reading for a break timer.
    """

    name = "freedesktop"

    def __init__(
        self,
        caller: DBusCaller,
        unit_s: float = 1.0,
        uptime_s: Callable[[], float] = _uptime_s,
    ) -> None:
        self._caller = caller
        self._unit_s = unit_s
        self._uptime_s = uptime_s

    @classmethod
    def open(
        cls,
        caller: DBusCaller | None = None,
        env: Mapping[str, str] | None = None,
        uptime_s: Callable[[], float] = _uptime_s,
    ) -> FreedesktopIdleSource:
        """Return a source whose first reading was valid, or raise IdleUnavailableError."""
        unit_s = screensaver_unit_s(env or os.environ)
        source = cls(caller or QtDBusCaller.session(), unit_s, uptime_s)
        try:
            seconds = source.read_seconds()
        except DBusCallError as error:
            raise IdleUnavailableError(f"freedesktop ScreenSaver: {error}") from error
        if seconds is None:
            raise IdleUnavailableError("freedesktop ScreenSaver: implausible idle time")
        return source

    def read_seconds(self) -> float | None:
        """Return the validated reading in seconds (None if implausible); raise DBusCallError."""
        reply = self._caller.call(
            SCREENSAVER_SERVICE, SCREENSAVER_PATH, SCREENSAVER_INTERFACE, "GetSessionIdleTime"
        )
        raw = _first_number(reply, "GetSessionIdleTime")
        seconds = raw * self._unit_s
        if raw < 0 or seconds > self._uptime_s() + PLAUSIBLE_SLACK_S:
            log.debug("GetSessionIdleTime returned an implausible %s", raw)
            return None
        return seconds

    def idle_seconds(self) -> float | None:
        """Return seconds since the last input, or None when unknown."""
        try:
            return self.read_seconds()
        except DBusCallError as error:
            log.debug("freedesktop idle query failed: %s", error)
            return None
