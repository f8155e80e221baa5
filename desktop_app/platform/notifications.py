"""Desktop notifications through plyer, with the tray balloon as the fallback.

A break never depends on a notification (Qt's docs: ``showMessage`` may not appear at
all): the app's own prompt window is the reliable surface, the notice is a courtesy.
"""

from __future__ import annotations

import logging
import sys
import threading
import warnings
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

NOTICE_TIMEOUT_S = 10

Fallback = Callable[[str, str], None]
Backend = Callable[[str, str, str, int], None]
ServiceCheck = Callable[[], bool]


def _plyer_notify(title: str, message: str, icon: str, timeout_s: int) -> None:
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
    """Send a short notice; fall back to the tray message when plyer cannot deliver."""

    def __init__(
        self,
        fallback: Fallback,
        icon_path: Path | None = None,
        backend: Backend = _plyer_notify,
        service_available: ServiceCheck = freedesktop_service_available,
        run_async: bool = True,
    ) -> None:
        self._fallback = fallback
        self._icon = str(icon_path) if icon_path else ""
        self._backend = backend
        self._service_available = service_available
        self._async = run_async
        self.last_route: str | None = None

    def notify(self, title: str, message: str) -> str:
        """Show a notice and return the route taken: ``"plyer"`` or ``"tray"``."""
        try:
            usable = self._service_available()
        except Exception:
            log.exception("notification service check failed")
            usable = False
        if not usable:
            log.info("no notification service: using the tray message")
            return self._use_fallback(title, message)
        if self._async:
            # notify-send is a subprocess: keep it off the GUI thread.
            threading.Thread(
                target=self._send, args=(title, message), name="notify", daemon=True
            ).start()
            self.last_route = "plyer"
            return "plyer"
        return "plyer" if self._send(title, message) else "tray"

    def _send(self, title: str, message: str) -> bool:
        try:
            self._backend(title, message, self._icon, NOTICE_TIMEOUT_S)
        except Exception:
            log.exception("plyer notification failed; using the tray message")
            self._use_fallback(title, message)
            return False
        self.last_route = "plyer"
        return True

    def _use_fallback(self, title: str, message: str) -> str:
        self.last_route = "tray"
        self._fallback(title, message)
        return "tray"
