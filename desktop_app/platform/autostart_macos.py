"""Start at login on macOS: a per-user LaunchAgent property list."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop_app.platform.autostart_backend import (
    DESKTOP_ID,
    FileAutostart,
)


class LaunchAgentAutostart(FileAutostart):
    """A per-user LaunchAgent, ``~/Library/LaunchAgents/<DESKTOP_ID>.plist``."""

    def __init__(self, agents_dir: Path | None = None) -> None:
        """Use ``agents_dir`` or ``~/Library/LaunchAgents``."""
        base = agents_dir if agents_dir is not None else Path.home() / "Library" / "LaunchAgents"
        self.path = base / f"{DESKTOP_ID}.plist"

    def agent(self, command: Sequence[str]) -> dict[str, object]:
        """Return the LaunchAgent property list that runs ``command`` at login."""
        return {
            "Label": DESKTOP_ID,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            # Interactive: no App Nap-style throttling of a UI agent (borgbase/vorta #777).
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }

    def is_enabled(self) -> bool:
        """Return True if the agent exists, parses, runs at load and is not disabled."""
        import plistlib  # macOS only: not loaded into the Linux tray process
        from xml.parsers.expat import ExpatError

        try:
            with self.path.open("rb") as handle:
                data = plistlib.load(handle)
        except (OSError, ValueError, ExpatError):  # InvalidFileException is a ValueError
            return False
        return (
            isinstance(data, dict)
            and data.get("RunAtLoad") is True
            and data.get("Disabled") is not True
            and bool(data.get("ProgramArguments"))
        )

    def file_bytes(self, command: Sequence[str]) -> bytes:
        """Return the agent file's contents that run ``command`` at login."""
        import plistlib

        return plistlib.dumps(self.agent(command))
