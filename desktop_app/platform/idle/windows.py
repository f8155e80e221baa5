"""Windows idle time from GetLastInputInfo, with the 32-bit tick wrap handled."""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable
from typing import Any

from desktop_app.platform.idle.source import IdleUnavailableError

log = logging.getLogger(__name__)

TICK_MASK = (
    0xFFFFFFFF  # GetTickCount and LASTINPUTINFO.dwTime are DWORD ms: they wrap every 49.7 days
)


class _LastInputInfo(ctypes.Structure):
    _fields_ = (("cbSize", ctypes.c_uint32), ("dwTime", ctypes.c_uint32))


def idle_ms_between(last_input_tick: int, now_tick: int) -> int:
    """Return milliseconds from ``last_input_tick`` to ``now_tick`` across a tick wrap."""
    return (now_tick - last_input_tick) & TICK_MASK


class WindowsIdleSource:
    """Idle time on Windows; both OS calls are injectable."""

    name = "windows"

    def __init__(
        self, last_input_tick: Callable[[], int | None], tick_count: Callable[[], int]
    ) -> None:
        self._last_input_tick = last_input_tick
        self._tick_count = tick_count

    @classmethod
    def open(cls) -> WindowsIdleSource:
        """Bind user32/kernel32 through ctypes, or raise IdleUnavailableError off Windows."""
        win_dll: Any = getattr(ctypes, "WinDLL", None)
        if win_dll is None:
            raise IdleUnavailableError("not Windows")
        try:
            user32 = win_dll("user32")
            kernel32 = win_dll("kernel32")
        except OSError as error:
            raise IdleUnavailableError(str(error)) from error
        user32.GetLastInputInfo.argtypes = [ctypes.POINTER(_LastInputInfo)]
        user32.GetLastInputInfo.restype = ctypes.c_int
        # GetTickCount (32-bit) on purpose: it wraps exactly like dwTime does.
        kernel32.GetTickCount.restype = ctypes.c_uint32

        def last_input_tick() -> int | None:
            info = _LastInputInfo(ctypes.sizeof(_LastInputInfo), 0)
            if not user32.GetLastInputInfo(ctypes.byref(info)):
                return None
            return int(info.dwTime)

        def tick_count() -> int:
            return int(kernel32.GetTickCount())

        return cls(last_input_tick, tick_count)

    def idle_seconds(self) -> float | None:
        """Return seconds since the last input, or None when the call fails."""
        try:
            last = self._last_input_tick()
            if last is None:
                return None
            now = self._tick_count()
        except OSError as error:
            log.debug("GetLastInputInfo failed: %s", error)
            return None
        return idle_ms_between(last, now) / 1000.0
