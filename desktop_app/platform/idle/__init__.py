"""Idle time (seconds since the last keyboard or mouse input) from the operating system.

Backends: X11 (XScreenSaver via ctypes), GNOME Mutter IdleMonitor and the freedesktop
ScreenSaver over QtDBus, the Wayland idle protocols (ext-idle-notify-v1,
org_kde_kwin_idle) through pywayland, Windows GetLastInputInfo, macOS CoreGraphics. Use
:func:`detect_idle_source`; it falls back to :class:`NoIdleSource`.
"""

from desktop_app.platform.idle.dbus import (
    DBusCaller,
    DBusCallError,
    FreedesktopIdleSource,
    MutterIdleSource,
    QtDBusCaller,
)
from desktop_app.platform.idle.detection import (
    detect_idle_source,
    idle_candidates,
    preload_idle_backends,
)
from desktop_app.platform.idle.macos import MacIdleSource
from desktop_app.platform.idle.source import IdleSource, IdleUnavailableError, NoIdleSource
from desktop_app.platform.idle.wayland import WaylandIdleSource
from desktop_app.platform.idle.windows import WindowsIdleSource
from desktop_app.platform.idle.x11 import X11IdleSource

__all__ = [
    "DBusCallError",
    "DBusCaller",
    "FreedesktopIdleSource",
    "IdleSource",
    "IdleUnavailableError",
    "MacIdleSource",
    "MutterIdleSource",
    "NoIdleSource",
    "QtDBusCaller",
    "WaylandIdleSource",
    "WindowsIdleSource",
    "X11IdleSource",
    "detect_idle_source",
    "idle_candidates",
    "preload_idle_backends",
]
