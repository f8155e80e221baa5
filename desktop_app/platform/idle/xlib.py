"""A small ctypes binding to Xlib, shared by the X11 idle source and the fullscreen probe.

Only what those two need is bound. Every request runs inside :meth:`XlibDisplay.trapped`,
which installs a recording X error handler for the duration of the request: Xlib's default
handler prints the error and calls ``exit()``, so a window that disappears between two
requests (``BadWindow``) would otherwise end the whole app.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

SUCCESS = 0
ANY_PROPERTY_TYPE = 0
PROPERTY_MAX_LONGS = 1024  # 4 KiB of 32-bit items: far more than any EWMH list we read


class XlibError(OSError):
    """Raise when Xlib is missing, the display cannot be opened or a request failed."""


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle in root-window pixels."""

    x: int
    y: int
    width: int
    height: int


class _XErrorEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    )


class _XRRMonitorInfo(ctypes.Structure):
    _fields_ = (
        ("name", ctypes.c_ulong),
        ("primary", ctypes.c_int),
        ("automatic", ctypes.c_int),
        ("noutput", ctypes.c_int),
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("mwidth", ctypes.c_int),
        ("mheight", ctypes.c_int),
        ("outputs", ctypes.c_void_p),
    )


_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(_XErrorEvent))


#: The sonames most distributions ship these libraries under (others: find_library below).
STANDARD_SONAMES = {"X11": "libX11.so.6", "Xss": "libXss.so.1", "Xrandr": "libXrandr.so.2"}


def load_library(name: str) -> ctypes.CDLL:
    """Load a shared library by its short name (``X11``, ``Xss``), or raise XlibError.

    The standard soname is tried first: ``ctypes.util.find_library`` runs ``ldconfig -p``
    (a fork of the whole tray process) and is only asked when that fails.
    """
    standard = STANDARD_SONAMES.get(name)
    if standard is not None:
        try:
            return ctypes.CDLL(standard)
        except OSError:
            pass
    from ctypes.util import find_library

    path = find_library(name)
    candidates = [path] if path else []
    candidates += [f"lib{name}.so.1", f"lib{name}.so.6", f"lib{name}.so.2", f"lib{name}.so"]
    for candidate in candidates:
        try:
            return ctypes.CDLL(candidate)
        except OSError:
            continue
    raise XlibError(f"lib{name} is not installed")


def _declare(x11: ctypes.CDLL) -> None:
    vp, ul, ci = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XOpenDisplay.restype = vp
    x11.XCloseDisplay.argtypes = [vp]
    x11.XDefaultRootWindow.argtypes = [vp]
    x11.XDefaultRootWindow.restype = ul
    x11.XSync.argtypes = [vp, ci]
    x11.XSetErrorHandler.argtypes = [vp]
    x11.XSetErrorHandler.restype = vp
    x11.XInternAtom.argtypes = [vp, ctypes.c_char_p, ci]
    x11.XInternAtom.restype = ul
    x11.XGetAtomName.argtypes = [vp, ul]
    x11.XGetAtomName.restype = vp
    x11.XFree.argtypes = [vp]
    x11.XGetWindowProperty.argtypes = [
        vp, ul, ul, ctypes.c_long, ctypes.c_long, ci, ul,
        ctypes.POINTER(ul), ctypes.POINTER(ci), ctypes.POINTER(ul), ctypes.POINTER(ul),
        ctypes.POINTER(vp),
    ]  # fmt: skip
    x11.XGetGeometry.argtypes = [
        vp, ul, ctypes.POINTER(ul), ctypes.POINTER(ci), ctypes.POINTER(ci),
        ctypes.POINTER(ctypes.c_uint), ctypes.POINTER(ctypes.c_uint),
        ctypes.POINTER(ctypes.c_uint), ctypes.POINTER(ctypes.c_uint),
    ]  # fmt: skip
    x11.XTranslateCoordinates.argtypes = [
        vp, ul, ul, ci, ci, ctypes.POINTER(ci), ctypes.POINTER(ci), ctypes.POINTER(ul),
    ]  # fmt: skip


class XlibDisplay:
    """An open Xlib connection; close it with :meth:`close`.

    Use it from one thread only (the GUI thread): Xlib is not initialised for threads.
    """

    def __init__(self, x11: ctypes.CDLL, handle: int, name: str) -> None:
        self._x11 = x11
        self._handle: int | None = handle
        self.name = name
        self.root: int = int(x11.XDefaultRootWindow(handle))
        self._errors: list[int] = []
        self._handler = _ErrorHandler(self._record_error)  # kept alive while the display is
        self._atoms: dict[str, int] = {}
        self._atom_names: dict[int, str] = {}
        self._xrandr: ctypes.CDLL | bool | None = None

    @classmethod
    def open(cls, name: str | None = None) -> XlibDisplay:
        """Open the display ``name`` (``None`` = ``$DISPLAY``), or raise XlibError."""
        x11 = load_library("X11")
        _declare(x11)
        handle = x11.XOpenDisplay(name.encode() if name else None)
        if not handle:
            raise XlibError(f"cannot open X display {name or '$DISPLAY'!r}")
        return cls(x11, int(handle), name or "")

    @property
    def handle(self) -> int:
        """The ``Display*`` as an integer; raises XlibError once closed."""
        if self._handle is None:
            raise XlibError("X display is closed")
        return self._handle

    def close(self) -> None:
        """Close the connection (idempotent)."""
        if self._handle is not None:
            self._x11.XCloseDisplay(self._handle)
            self._handle = None

    def _record_error(self, _display: int | None, event: ctypes._Pointer[_XErrorEvent]) -> int:
        self._errors.append(int(event.contents.error_code))
        return 0

    @contextmanager
    def trapped(self) -> Iterator[None]:
        """Run X requests with errors recorded instead of fatal; raise XlibError after one."""
        handle = self.handle
        self._errors.clear()
        previous = self._x11.XSetErrorHandler(self._handler)
        try:
            yield
            self._x11.XSync(handle, 0)
        finally:
            self._x11.XSetErrorHandler(previous)
        if self._errors:
            raise XlibError(f"X request failed with error code {self._errors[0]}")

    def load_extension(self, name: str) -> ctypes.CDLL:
        """Load an extension library (``Xss``, ``Xrandr``) next to libX11."""
        return load_library(name)

    def atom(self, name: str) -> int:
        """Return the atom for ``name`` (0 if the server has never heard of it)."""
        if name not in self._atoms:
            self._atoms[name] = int(self._x11.XInternAtom(self.handle, name.encode(), 1))
        return self._atoms[name]

    def atom_name(self, atom: int) -> str:
        """Return the name of ``atom`` ('' for an unknown atom)."""
        if atom not in self._atom_names:
            with self.trapped():
                pointer = self._x11.XGetAtomName(self.handle, atom)
            if not pointer:
                return ""
            self._atom_names[atom] = ctypes.string_at(pointer).decode("latin-1")
            self._x11.XFree(pointer)
        return self._atom_names[atom]

    def cardinals(self, window: int, prop: str) -> list[int] | None:
        """Return a 32-bit property (CARDINAL, WINDOW, ATOM lists) or None when unset."""
        atom = self.atom(prop)
        if not atom:
            return None
        actual_type = ctypes.c_ulong()
        actual_format = ctypes.c_int()
        count = ctypes.c_ulong()
        remaining = ctypes.c_ulong()
        data = ctypes.c_void_p()
        with self.trapped():
            status = self._x11.XGetWindowProperty(
                self.handle, window, atom, 0, PROPERTY_MAX_LONGS, 0, ANY_PROPERTY_TYPE,
                ctypes.byref(actual_type), ctypes.byref(actual_format), ctypes.byref(count),
                ctypes.byref(remaining), ctypes.byref(data),
            )  # fmt: skip
        try:
            if status != SUCCESS or actual_type.value == 0 or actual_format.value != 32:
                return None
            # Xlib hands 32-bit items back as C longs (8 bytes on LP64), not as 32-bit ints.
            items = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(items[i]) & 0xFFFFFFFF for i in range(count.value)]
        finally:
            if data.value:
                self._x11.XFree(data)

    def window_rect(self, window: int) -> Rect | None:
        """Return ``window``'s rectangle in root coordinates, or None if it is gone."""
        root = ctypes.c_ulong()
        x, y = ctypes.c_int(), ctypes.c_int()
        width, height = ctypes.c_uint(), ctypes.c_uint()
        border, depth = ctypes.c_uint(), ctypes.c_uint()
        abs_x, abs_y = ctypes.c_int(), ctypes.c_int()
        child = ctypes.c_ulong()
        with self.trapped():
            ok = self._x11.XGetGeometry(
                self.handle, window, ctypes.byref(root), ctypes.byref(x), ctypes.byref(y),
                ctypes.byref(width), ctypes.byref(height), ctypes.byref(border),
                ctypes.byref(depth),
            )  # fmt: skip
            moved = ok and self._x11.XTranslateCoordinates(
                self.handle, window, self.root, 0, 0,
                ctypes.byref(abs_x), ctypes.byref(abs_y), ctypes.byref(child),
            )  # fmt: skip
        if not ok or not moved:
            return None
        return Rect(abs_x.value, abs_y.value, int(width.value), int(height.value))

    def monitor_rects(self) -> list[Rect]:
        """Return the monitors' rectangles (RandR 1.5), or the whole root window."""
        rects: list[Rect] = []
        xrandr = self._load_xrandr()
        if xrandr is not None:
            count = ctypes.c_int()
            with self.trapped():
                monitors = xrandr.XRRGetMonitors(self.handle, self.root, 1, ctypes.byref(count))
            if monitors:
                try:
                    rects = [
                        Rect(m.x, m.y, m.width, m.height)
                        for m in (monitors[i] for i in range(count.value))
                    ]
                finally:
                    xrandr.XRRFreeMonitors(monitors)
        if not rects:
            root = self.window_rect(self.root)
            if root is not None:
                rects = [root]
        return rects

    def _load_xrandr(self) -> ctypes.CDLL | None:
        if self._xrandr is None:
            try:
                lib = load_library("Xrandr")
                lib.XRRGetMonitors.argtypes = [
                    ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.POINTER(ctypes.c_int),
                ]  # fmt: skip
                lib.XRRGetMonitors.restype = ctypes.POINTER(_XRRMonitorInfo)
                lib.XRRFreeMonitors.argtypes = [ctypes.c_void_p]
                self._xrandr = lib
            except (XlibError, AttributeError):  # missing lib or pre-1.5 RandR
                self._xrandr = False
        return self._xrandr if isinstance(self._xrandr, ctypes.CDLL) else None
