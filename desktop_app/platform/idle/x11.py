"""X11 idle time from the MIT-SCREEN-SAVER extension (libXss) through ctypes."""

from __future__ import annotations

import ctypes
import logging
from typing import Protocol

from desktop_app.platform.idle.source import IdleUnavailableError
from desktop_app.platform.idle.xlib import XlibDisplay, XlibError

log = logging.getLogger(__name__)


class ScreenSaverApi(Protocol):
    """The two libXss calls the X11 source needs; tests pass a fake."""

    def query_extension(self) -> bool:
        """Return whether the X server offers MIT-SCREEN-SAVER."""
        ...

    def query_idle_ms(self) -> int:
        """Return the server's idle counter in milliseconds; raise XlibError on failure."""
        ...


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = (
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("event_mask", ctypes.c_ulong),
    )


class XssApi:
    """The real libXss calls on an open display."""

    def __init__(self, display: XlibDisplay) -> None:
        self._display = display
        xss = display.load_extension("Xss")
        vp = ctypes.c_void_p
        xss.XScreenSaverQueryExtension.argtypes = [
            vp, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int),
        ]  # fmt: skip
        xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        xss.XScreenSaverQueryInfo.argtypes = [
            vp, ctypes.c_ulong, ctypes.POINTER(_XScreenSaverInfo),
        ]  # fmt: skip
        self._xss = xss
        self._info: ctypes._Pointer[_XScreenSaverInfo] | None = None

    def query_extension(self) -> bool:
        """Return whether the X server offers MIT-SCREEN-SAVER."""
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        with self._display.trapped():
            present = self._xss.XScreenSaverQueryExtension(
                self._display.handle, ctypes.byref(event_base), ctypes.byref(error_base)
            )
        return bool(present)

    def query_idle_ms(self) -> int:
        """Return the server's idle counter in milliseconds."""
        if self._info is None:
            info = self._xss.XScreenSaverAllocInfo()
            if not info:
                raise XlibError("XScreenSaverAllocInfo returned NULL")
            self._info = info
        with self._display.trapped():
            ok = self._xss.XScreenSaverQueryInfo(
                self._display.handle, self._display.root, self._info
            )
        if not ok:
            raise XlibError("XScreenSaverQueryInfo failed")
        return int(self._info.contents.idle)


class X11IdleSource:
    """Idle time on an X11 session (not XWayland: it sees only X clients' input)."""

    name = "x11"

    def __init__(self, api: ScreenSaverApi) -> None:
        if not api.query_extension():
            raise IdleUnavailableError("the X server has no MIT-SCREEN-SAVER extension")
        self._api = api

    @classmethod
    def open(cls, display_name: str | None = None) -> X11IdleSource:
        """Connect to ``display_name`` (default ``$DISPLAY``) or raise IdleUnavailableError."""
        try:
            display = XlibDisplay.open(display_name)
        except XlibError as error:
            raise IdleUnavailableError(str(error)) from error
        try:
            return cls(XssApi(display))
        except (XlibError, IdleUnavailableError) as error:
            display.close()
            raise IdleUnavailableError(str(error)) from error

    def idle_seconds(self) -> float | None:
        """Return seconds since the last input the X server saw, or None on an X error."""
        try:
            idle_ms = self._api.query_idle_ms()
        except XlibError as error:
            log.debug("X11 idle query failed: %s", error)
            return None
        if idle_ms < 0:
            return None
        return idle_ms / 1000.0
