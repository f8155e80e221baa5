"""Idle time (seconds since the last keyboard or mouse input) from the operating system.

Backends: X11 (XScreenSaver via ctypes), GNOME Mutter IdleMonitor and the freedesktop
ScreenSaver over QtDBus, the Wayland idle protocols (ext-idle-notify-v1,
org_kde_kwin_idle) through pywayland, Windows GetLastInputInfo, macOS CoreGraphics. Use
:func:`detect_idle_source`; it falls back to :class:`NoIdleSource`.
"""

import importlib
from typing import TYPE_CHECKING

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
from desktop_app.platform.idle.source import IdleSource, IdleUnavailableError, NoIdleSource
from desktop_app.platform.idle.x11 import X11IdleSource

if TYPE_CHECKING:
    from desktop_app.platform.idle.macos import MacIdleSource
    from desktop_app.platform.idle.wayland import WaylandIdleSource
    from desktop_app.platform.idle.windows import WindowsIdleSource

#: Backends of other sessions and platforms, loaded when first named (issue 13 §4).
_ON_FIRST_USE = {
    "MacIdleSource": "macos",
    "WaylandIdleSource": "wayland",
    "WindowsIdleSource": "windows",
}


def __getattr__(name: str) -> object:
    if name in _ON_FIRST_USE:
        return getattr(importlib.import_module(f"{__name__}.{_ON_FIRST_USE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
