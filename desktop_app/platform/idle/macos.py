"""macOS idle time from CGEventSourceSecondsSinceLastEventType (CoreGraphics)."""

from __future__ import annotations

import ctypes
import logging
import math
from collections.abc import Callable

from desktop_app.platform.idle.source import IdleUnavailableError

log = logging.getLogger(__name__)

APPLICATION_SERVICES = (
    "/System/Library/Frameworks/ApplicationServices.framework/ApplicationServices"
)
HID_SYSTEM_STATE = 1  # kCGEventSourceStateHIDSystemState: real hardware input only
ANY_INPUT_EVENT = 0xFFFFFFFF  # kCGAnyInputEventType (~0)


class MacIdleSource:
    """Idle time on macOS; the CoreGraphics call is injectable."""

    name = "macos"

    def __init__(self, seconds_since_input: Callable[[], float]) -> None:
        self._seconds_since_input = seconds_since_input

    @classmethod
    def open(cls) -> MacIdleSource:
        """Bind CoreGraphics through ctypes, or raise IdleUnavailableError."""
        try:
            services = ctypes.CDLL(APPLICATION_SERVICES)
            function = services.CGEventSourceSecondsSinceLastEventType
        except (OSError, AttributeError) as error:
            raise IdleUnavailableError(f"CoreGraphics unavailable: {error}") from error
        function.argtypes = [ctypes.c_int32, ctypes.c_uint32]
        function.restype = ctypes.c_double

        def seconds_since_input() -> float:
            return float(function(HID_SYSTEM_STATE, ANY_INPUT_EVENT))

        return cls(seconds_since_input)

    def idle_seconds(self) -> float | None:
        """Return seconds since the last HID event, or None for a failed or absurd reading."""
        try:
            seconds = self._seconds_since_input()
        except OSError as error:
            log.debug("CGEventSourceSecondsSinceLastEventType failed: %s", error)
            return None
        if math.isnan(seconds) or seconds < 0:
            return None
        return seconds
