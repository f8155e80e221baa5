"""Start Counterbalance at login: XDG autostart, the Windows Run key or a macOS LaunchAgent.

One module per platform (:mod:`.autostart_xdg`, :mod:`.autostart_windows`,
:mod:`.autostart_macos`) behind one interface (:mod:`.autostart_backend`). Each backend
is constructed with the place it writes to (a directory or a registry object), so all
three are tested on any OS. :class:`Autostart` picks the backend for the running OS.
Failures raise :class:`~.autostart_backend.AutostartError`, whose fields let the UI build
a translated message.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.platform.autostart_backend import DESKTOP_ID, AutostartBackend


def launch_command(
    executable: str | None = None,
    *,
    frozen: bool | None = None,
    flatpak: bool | None = None,
) -> list[str]:
    """Return the command that starts this installation of the app.

    Args:
        executable: The interpreter or bundle executable; defaults to ``sys.executable``.
        frozen: Whether this is a PyInstaller bundle; defaults to ``sys.frozen``.
        flatpak: Whether this runs inside Flatpak (whose paths mean nothing outside the
            sandbox); defaults to whether ``/.flatpak-info`` exists.
    """
    in_flatpak = Path("/.flatpak-info").exists() if flatpak is None else flatpak
    if in_flatpak:
        return ["flatpak", "run", DESKTOP_ID]
    exe = executable or sys.executable
    is_frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    return [exe] if is_frozen else [exe, "-m", "desktop_app"]


class Autostart:
    """Start-at-login for the running OS (or an injected backend)."""

    def __init__(
        self, backend: AutostartBackend | None = None, platform: str | None = None
    ) -> None:
        """Use ``backend``, or the one for ``platform`` (default ``sys.platform``)."""
        self.backend: AutostartBackend = (
            backend if backend is not None else self.backend_for(platform or sys.platform)
        )

    @staticmethod
    def backend_for(platform: str) -> AutostartBackend:
        """Return the default backend for a ``sys.platform`` value (only its module loads)."""
        if platform == "win32":
            from desktop_app.platform.autostart_windows import WindowsAutostart

            return WindowsAutostart()
        if platform == "darwin":
            from desktop_app.platform.autostart_macos import LaunchAgentAutostart

            return LaunchAgentAutostart()
        from desktop_app.platform.autostart_xdg import XdgAutostart

        return XdgAutostart()

    def is_enabled(self) -> bool:
        """Return True if the app starts at login; an unreadable entry counts as off."""
        return self.backend.is_enabled()

    def enable(self, command: list[str]) -> None:
        """Start ``command`` at login; raise AutostartError with the reason if that fails."""
        self.backend.enable(command)

    def disable(self) -> None:
        """Stop starting at login; raise AutostartError with the reason if that fails."""
        self.backend.disable()
