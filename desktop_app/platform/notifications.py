"""Desktop notifications, withdrawn when they no longer apply; the tray balloon as fallback.

A break never depends on a notification (Qt's docs: ``showMessage`` may not appear at
all): the app's own prompt window is the reliable surface, the notice is a courtesy.

On Linux a notice goes to org.freedesktop.Notifications through ``gdbus`` (Notify), which
returns the notice's id, so CloseNotification can take it off the screen once the break
was answered or the app quits. plyer's notify-send path gives no id, and QtDBus cannot
send Notify's ``uint32`` from Python, hence the small ``gdbus`` call (GLib's command-line
tool, on every desktop that runs a notification daemon). Without ``gdbus`` and on Windows
and macOS, plyer sends the notice and it expires by itself.
"""

from __future__ import annotations

import logging
import re
import shutil
import sys
import threading
import warnings
from collections.abc import Callable
from pathlib import Path

from desktop_app.scheduling.background import BackgroundCalls

log = logging.getLogger(__name__)

NOTICE_TIMEOUT_S = 10
#: A notification call that takes longer than this is given up (the daemon hangs).
GDBUS_TIMEOUT_S = 5
NOTIFY_DEST = "org.freedesktop.Notifications"
NOTIFY_PATH = "/org/freedesktop/Notifications"
#: The default kind of notice (the pre-break one).
BREAK_NOTICE = "break"

Fallback = Callable[[str, str], None]
#: Send a notice (title, message, icon path, timeout in s); return its id when known.
Backend = Callable[[str, str, str, int], "int | None"]
#: Take a notice with this id off the screen.
Closer = Callable[[int], None]
ServiceCheck = Callable[[], bool]


def gvariant_string(text: str) -> str:
    """Quote ``text`` as a GVariant string literal (what ``gdbus call`` parses)."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def parse_notify_reply(reply: str) -> int | None:
    """Return the id in gdbus's answer to Notify, ``(uint32 17,)``, or None."""
    match = re.search(r"uint32 (\d+)", reply)
    return int(match.group(1)) if match else None


def _gdbus(method: str, *args: str) -> str:
    import subprocess  # only where gdbus is the notifier: kept out of start-up

    done = subprocess.run(
        [
            "gdbus", "call", "--session", "--dest", NOTIFY_DEST, "--object-path", NOTIFY_PATH,
            "--method", f"{NOTIFY_DEST}.{method}", *args,
        ],
        capture_output=True, text=True, timeout=GDBUS_TIMEOUT_S, check=True,
    )  # fmt: skip
    return done.stdout


def gdbus_notify(title: str, message: str, icon: str, timeout_s: int) -> int | None:
    """Send a notice with ``gdbus``; return its id."""
    reply = _gdbus(
        "Notify",
        gvariant_string("Counterbalance"),
        "uint32 0",
        gvariant_string(icon),
        gvariant_string(title),
        gvariant_string(message),
        "@as []",
        "@a{sv} {}",
        f"int32 {timeout_s * 1000}",
    )
    return parse_notify_reply(reply)


def gdbus_close(notice_id: int) -> None:
    """Close the notice ``notice_id`` with ``gdbus``."""
    _gdbus("CloseNotification", f"uint32 {notice_id}")


def _plyer_notify(title: str, message: str, icon: str, timeout_s: int) -> int | None:
    with warnings.catch_warnings():
        # plyer warns when dbus-python is missing and then uses notify-send: fine.
        warnings.simplefilter("ignore")
        from plyer import notification

        notification.notify(
            title=title,
            message=message,
            app_name="Counterbalance",
            app_icon=icon,
            timeout=timeout_s,
        )
    return None  # plyer gives no id: the notice expires by itself


def default_backend(platform: str = sys.platform) -> tuple[Backend, Closer | None]:
    """Return how to send notices here, and how to close them (None: they expire)."""
    if platform.startswith("linux") and shutil.which("gdbus"):
        return gdbus_notify, gdbus_close
    return _plyer_notify, None


def freedesktop_service_available(platform: str = sys.platform) -> bool:
    """Tell whether a notification daemon owns org.freedesktop.Notifications.

    plyer's notify-send path ignores notify-send's exit status, so on Linux we look
    for the daemon ourselves before trusting plyer.
    """
    if platform in ("win32", "darwin"):
        return True
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    iface = bus.interface()
    reply = iface.isServiceRegistered("org.freedesktop.Notifications")
    return bool(reply.value()) if reply.isValid() else False


class Notifier:
    """Send short notices and withdraw them; fall back to the tray message.

    Each notice has a kind (``key``): a new notice of a kind replaces the last one, and
    :meth:`withdraw` takes it off the screen (CloseNotification, or hiding the tray
    message).

    Nothing here blocks the caller's (GUI) thread: the daemon check, the ``gdbus`` or
    plyer call and the close all run, in order, on a :class:`BackgroundCalls` worker of
    the notifier's own (a new thread per notice cost up to a second to start on a busy
    machine, the D-Bus daemon check is a round trip, and a hanging daemon must never
    delay the app's other background work). The tray fallback touches Qt, so it runs in
    the send's ``done`` callback, back on the GUI thread. With ``run_async=False``
    everything runs on the caller's thread (tests).
    """

    def __init__(
        self,
        fallback: Fallback,
        icon_path: Path | None = None,
        backend: Backend | None = None,
        service_available: ServiceCheck = freedesktop_service_available,
        run_async: bool = True,
        closer: Closer | None = None,
        withdraw_fallback: Callable[[], None] | None = None,
    ) -> None:
        self._fallback = fallback
        self._withdraw_fallback = withdraw_fallback
        self._icon = str(icon_path) if icon_path else ""
        if backend is None:
            backend, default_closer = default_backend()
            closer = closer or default_closer
        self._backend = backend
        self._closer = closer
        self._service_available = service_available
        #: The worker for checks, sends and closes (None: the caller's thread).
        self._calls = BackgroundCalls(name="notify") if run_async else None
        self._lock = threading.Lock()
        #: Id of the notice on screen, per kind (None: being sent).
        self._ids: dict[str, int | None] = {}
        #: Kinds withdrawn while their notice was still being sent.
        self._withdrawn_early: set[str] = set()
        self._tray_keys: set[str] = set()

    @property
    def _route(self) -> str:
        # A notice that can be closed went over D-Bus with an id; plyer's cannot.
        return "dbus" if self._closer is not None else "plyer"

    def notify(self, title: str, message: str, key: str = BREAK_NOTICE) -> str:
        """Show a notice; return the route taken: ``"dbus"``, ``"plyer"`` or ``"tray"``.

        Sent in the background, the route returned is the one tried first; the tray
        message is used if the daemon is missing or the call fails.
        """
        self.withdraw(key)
        with self._lock:
            self._ids[key] = None

        def delivered(route: str) -> None:
            if route == "tray":
                self._use_fallback(title, message, key)

        if self._calls is None:
            route = self._deliver(title, message, key)
            delivered(route)
            return route
        self._calls.submit(lambda: self._deliver(title, message, key), delivered, _log_failure)
        return self._route

    def withdraw(self, key: str = BREAK_NOTICE) -> None:
        """Take the notice of kind ``key`` off the screen, if one is there."""
        if key in self._tray_keys:
            self._tray_keys.discard(key)
            if self._withdraw_fallback is not None:
                self._withdraw_fallback()
        with self._lock:
            if key not in self._ids:
                return
            notice_id = self._ids.pop(key)
            if notice_id is None:
                self._withdrawn_early.add(key)  # closed when its id arrives
                return
        self._close(notice_id)

    def withdraw_all(self) -> None:
        """Withdraw every notice (the app quits)."""
        for key in set(self._ids) | set(self._tray_keys):
            self.withdraw(key)

    def wait_idle(self, timeout_s: float) -> bool:
        """Wait for notices being sent (and closed); True when none is left."""
        return self._calls is None or self._calls.wait_idle(timeout_s)

    # -- on the worker ----------------------------------------------------------------

    def _deliver(self, title: str, message: str, key: str) -> str:
        try:
            usable = self._service_available()
        except Exception:
            log.exception("notification service check failed")
            usable = False
        if usable and self._send(title, message, key):
            return self._route
        if not usable:
            log.info("no notification service: using the tray message")
            self._forget(key)
        return "tray"

    def _send(self, title: str, message: str, key: str) -> bool:
        try:
            notice_id = self._backend(title, message, self._icon, NOTICE_TIMEOUT_S)
        except Exception:
            log.exception("notification failed; using the tray message")
            self._forget(key)
            return False
        with self._lock:
            early = key in self._withdrawn_early
            self._withdrawn_early.discard(key)
            if notice_id is not None and not early and key in self._ids:
                self._ids[key] = notice_id
            else:
                self._ids.pop(key, None)
        if early and notice_id is not None:
            self._close_now(notice_id)
        return True

    def _forget(self, key: str) -> None:
        with self._lock:
            self._ids.pop(key, None)
            self._withdrawn_early.discard(key)

    def _close(self, notice_id: int) -> None:
        if self._closer is None:
            return
        if self._calls is None:
            self._close_now(notice_id)
        else:
            self._calls.submit(lambda: self._close_now(notice_id), _ignore, _log_failure)

    def _close_now(self, notice_id: int) -> None:
        assert self._closer is not None
        try:
            self._closer(notice_id)
        except Exception:
            log.exception("could not withdraw notification %d", notice_id)

    # -- on the caller's thread -------------------------------------------------------

    def _use_fallback(self, title: str, message: str, key: str) -> None:
        self._tray_keys.add(key)
        self._fallback(title, message)


def _ignore(_result: object) -> None:
    pass


def _log_failure(exc: Exception) -> None:
    # A notice is a courtesy: a failing job is logged, never raised into the event loop.
    log.error("notification job failed", exc_info=exc)
