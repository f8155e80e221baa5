"""Pick the idle source that fits this platform and session and actually answers."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping

from desktop_app.platform.idle.dbus import FreedesktopIdleSource, MutterIdleSource
from desktop_app.platform.idle.source import IdleSource, NoIdleSource
from desktop_app.platform.idle.x11 import X11IdleSource

log = logging.getLogger(__name__)

IdleFactory = Callable[[], IdleSource]


def default_factories() -> dict[str, IdleFactory]:
    """Return the real backends by name; each raises when it cannot work here."""
    return {
        "x11": X11IdleSource.open,
        "mutter": MutterIdleSource.open,
        "freedesktop": FreedesktopIdleSource.open,
        "wayland": _open_wayland,
        "windows": _open_windows,
        "macos": _open_macos,
    }


# The backends of other sessions and platforms load only where they are tried.


def _open_wayland() -> IdleSource:
    from desktop_app.platform.idle.wayland import WaylandIdleSource

    return WaylandIdleSource.open()


def _open_windows() -> IdleSource:
    from desktop_app.platform.idle.windows import WindowsIdleSource

    return WindowsIdleSource.open()


def _open_macos() -> IdleSource:
    from desktop_app.platform.idle.macos import MacIdleSource

    return MacIdleSource.open()


def idle_candidates(system: str, env: Mapping[str, str]) -> list[str]:
    """Return backend names to try, best first, for ``system`` (sys.platform) and ``env``.

    On Wayland the X11 extension only sees XWayland clients' input, so it is not tried;
    GNOME answers over D-Bus (Mutter), wlroots and KDE through the Wayland idle protocols.
    """
    if system == "win32":
        return ["windows"]
    if system == "darwin":
        return ["macos"]
    session = env.get("XDG_SESSION_TYPE", "").lower()
    wayland = session == "wayland" or (bool(env.get("WAYLAND_DISPLAY")) and session != "x11")
    if not wayland and env.get("DISPLAY"):
        return ["x11", "mutter", "freedesktop"]
    if wayland:
        return ["mutter", "wayland", "freedesktop"]
    return ["mutter", "freedesktop"]


def preload_idle_backends(system: str | None = None, env: Mapping[str, str] | None = None) -> None:
    """Load what this session's slow backends need, so that detection does not.

    Call it off the GUI thread: it loads pywayland where the compositor offers a Wayland
    idle protocol.
    """
    system = system or sys.platform
    env = os.environ if env is None else env
    if "wayland" in idle_candidates(system, env):
        from desktop_app.platform.idle.wayland import WaylandIdleSource

        WaylandIdleSource.preload(env)


def detect_idle_source(
    system: str | None = None,
    env: Mapping[str, str] | None = None,
    factories: Mapping[str, IdleFactory] | None = None,
) -> IdleSource:
    """Return the first fitting backend that answers, else a NoIdleSource with the reasons."""
    system = system or sys.platform
    env = os.environ if env is None else env
    factories = default_factories() if factories is None else factories
    reasons: list[str] = []
    for name in idle_candidates(system, env):
        factory = factories.get(name)
        if factory is None:
            continue
        try:
            source = factory()
            seconds = source.idle_seconds()
        except Exception as error:  # any backend failure just means "try the next one"
            reasons.append(f"{name}: {error}")
            log.debug("idle backend %s unavailable: %s", name, error)
            continue
        if seconds is None:
            reasons.append(f"{name}: no answer")
            continue
        log.info("idle time from %s (now %.1f s)", source.name, seconds)
        return source
    log.warning("no idle-time backend works here; all time counts as active (%s)", reasons)
    return NoIdleSource(reasons)
