"""Quiet times: another app's fullscreen window, or the desktop's do-not-disturb.

:class:`QuietDetector` asks a list of probes, fullscreen first, and returns the first
reason it gets. It is polled only when a break is due, so each probe may cost a few
milliseconds. Every probe is injectable; a failing probe is logged at debug level and
counts as "not quiet", so a broken desktop service can never hold breaks back for ever.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from desktop_app.core.policy import QuietReason
from desktop_app.platform.idle.dbus import DBusCaller, QtDBusCaller, get_property
from desktop_app.platform.idle.xlib import Rect, XlibDisplay, XlibError

log = logging.getLogger(__name__)

FULLSCREEN = QuietReason.FULLSCREEN
DND = QuietReason.DND
COMMAND_TIMEOUT_S = 1.0

# Windows QUERY_USER_NOTIFICATION_STATE values (shellapi.h).
QUNS_NOT_PRESENT = 1
QUNS_BUSY = 2
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
QUNS_ACCEPTS_NOTIFICATIONS = 5
QUNS_QUIET_TIME = 6
QUNS_APP = 7

NOTIFICATIONS_SERVICE = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
DUNST_INTERFACE = "org.dunstproject.cmd0"
MAC_FOCUS_ASSERTIONS = Path("~/Library/DoNotDisturb/DB/Assertions.json")


class QuietProbe(Protocol):
    """One way of telling that now is a bad moment for a break prompt."""

    name: str

    def reason(self) -> QuietReason | None:
        """Return ``"fullscreen"`` or ``"dnd"`` when quiet, None otherwise; may raise."""
        ...


class QuietDetector:
    """Tell whether a break prompt should wait, and why."""

    def __init__(self, probes: Sequence[QuietProbe]) -> None:
        self.probes: tuple[QuietProbe, ...] = tuple(probes)

    @classmethod
    def for_platform(
        cls, system: str | None = None, env: Mapping[str, str] | None = None
    ) -> QuietDetector:
        """Build the probes that fit this platform and desktop."""
        return cls(platform_probes(system or sys.platform, os.environ if env is None else env))

    def quiet_reason(self) -> QuietReason | None:
        """Return ``"fullscreen"``, ``"dnd"`` or None (not quiet, or nothing could tell)."""
        for probe in self.probes:
            try:
                reason = probe.reason()
            except Exception as error:  # a broken probe means "not quiet", never a crash
                log.debug("quiet probe %s failed: %s", probe.name, error)
                continue
            if reason is not None:
                return reason
        return None


# --- X11 fullscreen ----------------------------------------------------------------------


class WindowView(Protocol):
    """What the fullscreen rule needs to know about the X11 desktop."""

    def active_window(self) -> int | None:
        """Return the window the window manager calls active, if any."""
        ...

    def atom_names(self, window: int, prop: str) -> set[str]:
        """Return the atom names in an ATOM-list property (empty when unset)."""
        ...

    def pid(self, window: int) -> int | None:
        """Return ``_NET_WM_PID`` of ``window``, if set."""
        ...

    def window_rect(self, window: int) -> Rect | None:
        """Return the window's rectangle in root coordinates."""
        ...

    def monitor_rects(self) -> list[Rect]:
        """Return each monitor's rectangle."""
        ...


def active_window_is_fullscreen(view: WindowView, own_pid: int) -> bool:
    """Return whether another app's active window is fullscreen (EWMH state or geometry)."""
    window = view.active_window()
    if not window:
        return False
    if view.pid(window) == own_pid:
        return False  # our own session window never silences our own prompt
    if "_NET_WM_WINDOW_TYPE_DESKTOP" in view.atom_names(window, "_NET_WM_WINDOW_TYPE"):
        return False  # the desktop background covers the screen but is not a presentation
    if "_NET_WM_STATE_FULLSCREEN" in view.atom_names(window, "_NET_WM_STATE"):
        return True
    rect = view.window_rect(window)
    return rect is not None and rect in view.monitor_rects()


class XlibWindowView:
    """A WindowView over a real Xlib connection (EWMH properties)."""

    def __init__(self, display: XlibDisplay) -> None:
        self._display = display

    def active_window(self) -> int | None:
        """Return ``_NET_ACTIVE_WINDOW`` of the root window."""
        values = self._display.cardinals(self._display.root, "_NET_ACTIVE_WINDOW")
        return values[0] if values else None

    def atom_names(self, window: int, prop: str) -> set[str]:
        """Return the atom names in an ATOM-list property."""
        atoms = self._display.cardinals(window, prop) or []
        return {self._display.atom_name(atom) for atom in atoms}

    def pid(self, window: int) -> int | None:
        """Return ``_NET_WM_PID`` of ``window``."""
        values = self._display.cardinals(window, "_NET_WM_PID")
        return values[0] if values else None

    def window_rect(self, window: int) -> Rect | None:
        """Return the window's rectangle in root coordinates."""
        return self._display.window_rect(window)

    def monitor_rects(self) -> list[Rect]:
        """Return each monitor's rectangle."""
        return self._display.monitor_rects()


class X11FullscreenProbe:
    """Quiet while another app's active X11 window is fullscreen.

    The display is opened on first use and reopened after an error (e.g. X restarted).
    """

    name = "x11-fullscreen"

    def __init__(
        self,
        view_factory: Callable[[], WindowView] | None = None,
        own_pid: int | None = None,
        display_name: str | None = None,
    ) -> None:
        self._display: XlibDisplay | None = None
        self._display_name = display_name
        self._view_factory = view_factory or self._open_view
        self._view: WindowView | None = None
        self._own_pid = os.getpid() if own_pid is None else own_pid

    def _open_view(self) -> WindowView:
        self._display = XlibDisplay.open(self._display_name)
        return XlibWindowView(self._display)

    def reason(self) -> QuietReason | None:
        """Return ``"fullscreen"`` when another app's active window fills its monitor."""
        if self._view is None:
            self._view = self._view_factory()
        try:
            fullscreen = active_window_is_fullscreen(self._view, self._own_pid)
        except XlibError:
            self.close()
            raise
        return FULLSCREEN if fullscreen else None

    def close(self) -> None:
        """Drop the X connection (the next call reopens it)."""
        self._view = None
        if self._display is not None:
            self._display.close()
            self._display = None


# --- Windows -----------------------------------------------------------------------------


def notification_state_reason(state: int) -> QuietReason | None:
    """Map a QUERY_USER_NOTIFICATION_STATE to a quiet reason."""
    if state in (QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE):
        return FULLSCREEN
    if state == QUNS_QUIET_TIME:
        return DND
    return None


def _query_notification_state() -> int:
    import ctypes

    win_dll: Any = getattr(ctypes, "WinDLL", None)
    if win_dll is None:
        raise OSError("not Windows")
    state = ctypes.c_int(0)
    result = win_dll("shell32").SHQueryUserNotificationState(ctypes.byref(state))
    if result != 0:  # an HRESULT: S_OK is 0
        raise OSError(f"SHQueryUserNotificationState failed: {result:#x}")
    return state.value


@dataclass
class WindowsNotificationStateProbe:
    """Quiet while Windows says the user is busy, presenting, fullscreen or in quiet time.

    Focus Assist ("do not disturb") set by hand is not reported by this API on every
    Windows 10/11 build; it is the only documented one, so that gap is accepted.
    """

    query: Callable[[], int] = _query_notification_state
    name: str = "windows-notification-state"

    def reason(self) -> QuietReason | None:
        """Return the quiet reason for the current notification state."""
        return notification_state_reason(self.query())


# --- Do-not-disturb on Linux desktops ----------------------------------------------------

CommandRunner = Callable[[Sequence[str]], str | None]


def run_command(argv: Sequence[str]) -> str | None:
    """Run a short command and return its stdout, or None if it is missing or fails."""
    import subprocess  # only GNOME's probe runs one: kept out of start-up

    try:
        done = subprocess.run(
            list(argv), capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.SubprocessError) as error:
        log.debug("%s failed: %s", argv[0], error)
        return None
    if done.returncode != 0:
        log.debug("%s exited %s: %s", argv[0], done.returncode, done.stderr.strip())
        return None
    return done.stdout


@dataclass
class GnomeBannersProbe:
    """Quiet while GNOME's "Do Not Disturb" is on (``show-banners`` false)."""

    run: CommandRunner = run_command
    name: str = "gnome-dnd"

    def reason(self) -> QuietReason | None:
        """Return ``"dnd"`` when GNOME hides notification banners."""
        out = self.run(["gsettings", "get", "org.gnome.desktop.notifications", "show-banners"])
        return DND if out is not None and out.strip() == "false" else None


@dataclass
class DBusFlagProbe:
    """Quiet while a boolean D-Bus property is true (dunst ``paused``, KDE ``Inhibited``)."""

    name: str
    interface: str
    prop: str
    caller_factory: Callable[[], DBusCaller] = QtDBusCaller.session
    service: str = NOTIFICATIONS_SERVICE
    path: str = NOTIFICATIONS_PATH

    def __post_init__(self) -> None:
        self._caller: DBusCaller | None = None

    def reason(self) -> QuietReason | None:
        """Return ``"dnd"`` when the property reads true."""
        if self._caller is None:
            self._caller = self.caller_factory()
        value = get_property(self._caller, self.service, self.path, self.interface, self.prop)
        return DND if value is True else None


def dunst_paused_probe(
    caller_factory: Callable[[], DBusCaller] = QtDBusCaller.session,
) -> DBusFlagProbe:
    """Return the probe for dunst's pause (what ``dunstctl is-paused`` reads)."""
    return DBusFlagProbe("dunst-paused", DUNST_INTERFACE, "paused", caller_factory)


def notifications_inhibited_probe(
    caller_factory: Callable[[], DBusCaller] = QtDBusCaller.session,
) -> DBusFlagProbe:
    """Return the probe for the ``Inhibited`` property (KDE Plasma's do-not-disturb)."""
    return DBusFlagProbe(
        "notifications-inhibited", NOTIFICATIONS_SERVICE, "Inhibited", caller_factory
    )


# --- macOS -------------------------------------------------------------------------------


@dataclass
class MacFocusProbe:
    """Best effort: quiet while a macOS Focus is on, read from the Focus assertions file.

    The file is undocumented (macOS 12+) and may need Full Disk Access; when it cannot be
    read the probe fails and counts as "not quiet".
    """

    path: Path = MAC_FOCUS_ASSERTIONS
    name: str = "macos-focus"

    def reason(self) -> QuietReason | None:
        """Return ``"dnd"`` when a Focus assertion is stored."""
        data = json.loads(self.path.expanduser().read_text(encoding="utf-8"))
        for entry in data.get("data", []):
            if entry.get("storeAssertionRecords"):
                return DND
        return None


# --- Choosing probes ---------------------------------------------------------------------


def platform_probes(system: str, env: Mapping[str, str]) -> list[QuietProbe]:
    """Return the probes that fit ``system`` (sys.platform) and the desktop in ``env``."""
    if system == "win32":
        return [WindowsNotificationStateProbe()]
    if system == "darwin":
        return [MacFocusProbe()]
    probes: list[QuietProbe] = []
    session = env.get("XDG_SESSION_TYPE", "").lower()
    if env.get("DISPLAY") and session != "wayland":
        probes.append(X11FullscreenProbe(display_name=env.get("DISPLAY")))
    desktops = env.get("XDG_CURRENT_DESKTOP", "").upper().split(":")
    if "GNOME" in desktops and shutil.which("gsettings"):
        probes.append(GnomeBannersProbe())
    probes.append(dunst_paused_probe())
    probes.append(notifications_inhibited_probe())
    return probes
