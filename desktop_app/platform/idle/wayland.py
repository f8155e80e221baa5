"""Idle time on wlroots and KDE Wayland: ext-idle-notify-v1, else org_kde_kwin_idle.

Neither protocol answers "how long idle?": the compositor sends ``idled`` once the seat has
had no input for a timeout the client chose, and ``resumed`` at the next input. So the
source asks for one notification at :data:`IDLE_NOTICE_S` and reports 0 while the user is
active (idle for less than that), then ``IDLE_NOTICE_S`` plus the time since ``idled``.
Readings below the notice are 0, which the policy counts as active (the safe reading);
the shortest idle the app acts on (a typing pause) is the notice itself.

The source has a private connection to the compositor. It never blocks on it after
:meth:`WaylandIdleSource.open` (two round trips to list the globals): events are read when
the socket is readable, from a ``QSocketNotifier`` on the GUI thread, and before each
answer with a zero-timeout ``select`` (so the answer holds even before the event loop ran).
"""

from __future__ import annotations

import logging
import os
import select
import time
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from desktop_app.platform.idle.source import IdleUnavailableError
from desktop_app.platform.idle.wayland_probe import WaylandProbeError, offered_globals

log = logging.getLogger(__name__)

#: Seconds without input before the compositor says "idle" (the typing pause of
#: ``scheduling/pause_watch.py``: readings below it would not change a decision).
IDLE_NOTICE_S = 3.0


NEITHER = "the compositor offers neither ext-idle-notify-v1 nor org_kde_kwin_idle"


class IdleProtocol(Enum):
    """The Wayland protocol the source listens to, best first."""

    EXT = "ext_idle_notifier_v1"
    KDE = "org_kde_kwin_idle"


#: Source name per protocol, as the log and the tests see it.
SOURCE_NAMES = {IdleProtocol.EXT: "wayland-ext-idle-notify", IdleProtocol.KDE: "wayland-kde-idle"}


@dataclass(slots=True)
class IdleNotice:
    """Turn ``idled``/``resumed`` events into seconds since the last input."""

    notice_s: float
    clock: Callable[[], float] = time.monotonic
    idle_since: float | None = field(default=None)

    def idled(self) -> None:
        """The compositor saw no input for ``notice_s`` seconds."""
        if self.idle_since is None:
            self.idle_since = self.clock()

    def resumed(self) -> None:
        """Input again."""
        self.idle_since = None

    def idle_seconds(self) -> float:
        """Return 0 while active, else the notice plus the time since it came."""
        if self.idle_since is None:
            return 0.0
        return self.notice_s + max(0.0, self.clock() - self.idle_since)


def pick_protocol(globals_offered: set[str]) -> IdleProtocol | None:
    """Return the best idle protocol among the compositor's globals (None: neither)."""
    if "wl_seat" not in globals_offered:
        return None
    for protocol in IdleProtocol:
        if protocol.value in globals_offered:
            return protocol
    return None


class WaylandIdleSource:
    """Idle time from the compositor's idle notifications (see the module docstring)."""

    def __init__(
        self, display: Any, protocol: IdleProtocol, notice: IdleNotice, keep: list[Any]
    ) -> None:
        self._display = display
        self._fd: int = display.get_fd()
        self.protocol = protocol
        self.name = SOURCE_NAMES[protocol]
        self.notice = notice
        self._keep = keep  # the proxies must outlive their callbacks
        self._broken = False
        self._watch: Any = None
        # Proxies first, then the connection, whenever the source goes (and at exit):
        # left to the garbage collector, the connection could be freed before them.
        self._release = weakref.finalize(self, display.disconnect)

    @staticmethod
    def preload(env: Mapping[str, str]) -> bool:
        """Load pywayland now if this compositor offers an idle protocol (off the GUI thread).

        Returns whether it did; any failure is left for :meth:`open` to report.
        """
        try:
            if pick_protocol(offered_globals(env)) is None:
                return False
            import pywayland.client  # noqa: F401  (imports only)

            import desktop_app.platform.idle.wayland_protocols.ext_idle_notify_v1
            import desktop_app.platform.idle.wayland_protocols.kde_idle  # noqa: F401
        except (WaylandProbeError, ImportError):
            return False
        return True

    @classmethod
    def open(
        cls,
        display_name: str | None = None,
        notice_s: float = IDLE_NOTICE_S,
        clock: Callable[[], float] = time.monotonic,
        watch: bool = True,
    ) -> WaylandIdleSource:
        """Connect, pick the protocol and ask for the notification; raise when it cannot.

        ``watch`` reads events from a ``QSocketNotifier`` (needs the Qt event loop's
        thread); without it events are read only when :meth:`idle_seconds` is asked.
        """
        env = dict(os.environ)
        if display_name:
            env["WAYLAND_DISPLAY"] = display_name
        if not env.get("WAYLAND_SOCKET"):  # an inherited fd cannot be probed apart
            # Only a compositor that offers a protocol is worth loading pywayland for.
            try:
                offered = offered_globals(env)
            except WaylandProbeError as error:
                raise IdleUnavailableError(f"no Wayland display: {error}") from error
            if pick_protocol(offered) is None:
                raise IdleUnavailableError(NEITHER)
        try:
            from pywayland.client.display import Display
            from pywayland.protocol.wayland import WlSeat
        except ImportError as error:  # not on Linux, or pywayland not installed
            raise IdleUnavailableError(f"pywayland: {error}") from error
        display = Display(display_name)
        try:
            display.connect()
        except Exception as error:  # no compositor or no such socket
            raise IdleUnavailableError(f"no Wayland display: {error}") from error
        try:
            source = cls._subscribe(display, WlSeat, notice_s, clock)
        except Exception:
            display.disconnect()
            raise
        if watch:
            source.watch_socket()
        return source

    @classmethod
    def _subscribe(
        cls, display: Any, seat_interface: Any, notice_s: float, clock: Callable[[], float]
    ) -> WaylandIdleSource:
        offered: dict[str, int] = {}
        registry = display.get_registry()

        def on_global(_registry: Any, name: int, interface: str, _version: int) -> None:
            offered.setdefault(interface, name)

        registry.dispatcher["global"] = on_global
        display.roundtrip()
        protocol = pick_protocol(set(offered))
        if protocol is None:
            raise IdleUnavailableError(NEITHER)
        seat = registry.bind(offered["wl_seat"], seat_interface, 1)
        notice = IdleNotice(notice_s, clock)
        timeout_ms = round(notice_s * 1000)
        if protocol is IdleProtocol.EXT:
            from desktop_app.platform.idle.wayland_protocols.ext_idle_notify_v1 import (
                ExtIdleNotifierV1,
            )

            notifier = registry.bind(offered[protocol.value], ExtIdleNotifierV1, 1)
            notification = notifier.get_idle_notification(timeout_ms, seat)
            notification.dispatcher["idled"] = lambda _proxy: notice.idled()
        else:
            from desktop_app.platform.idle.wayland_protocols.kde_idle import OrgKdeKwinIdle

            notifier = registry.bind(offered[protocol.value], OrgKdeKwinIdle, 1)
            notification = notifier.get_idle_timeout(seat, timeout_ms)
            notification.dispatcher["idle"] = lambda _proxy: notice.idled()
        notification.dispatcher["resumed"] = lambda _proxy: notice.resumed()
        display.roundtrip()
        log.debug("Wayland idle notice at %.1f s through %s", notice_s, protocol.value)
        return cls(display, protocol, notice, [registry, seat, notifier, notification])

    def watch_socket(self) -> None:
        """Read events whenever the compositor sends some (on the current Qt thread)."""
        from PySide6.QtCore import QSocketNotifier

        watch = QSocketNotifier(self._fd, QSocketNotifier.Type.Read)
        watch.activated.connect(self._read_events)
        self._watch = watch

    def _read_events(self) -> None:
        """Read what the socket holds now and run the callbacks; never wait."""
        if self._broken:
            return
        try:
            readable, _, _ = select.select([self._fd], [], [], 0)
            if readable:
                self._display.read()  # prepare_read + read_events: data is there
            self._display.dispatch(block=False)  # dispatch_pending
            self._display.flush()
        except Exception as error:  # the compositor went away or sent a protocol error
            self._broken = True
            if self._watch is not None:
                self._watch.setEnabled(False)
            log.warning("Wayland idle connection lost: %s", error)

    def idle_seconds(self) -> float | None:
        """Return seconds since the last input (0 while active), None once disconnected."""
        self._read_events()
        if self._broken:
            return None
        return self.notice.idle_seconds()

    def close(self) -> None:
        """Stop watching and disconnect."""
        if self._watch is not None:
            self._watch.setEnabled(False)
            self._watch = None
        self._broken = True
        self._release()
