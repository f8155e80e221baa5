"""Start at login on macOS: a per-user LaunchAgent property list."""

from __future__ import annotations

import plistlib
from collections.abc import Sequence
from pathlib import Path
from xml.parsers.expat import ExpatError

from desktop_app.platform.autostart_backend import (
    DESKTOP_ID,
    AutostartError,
    os_reason,
    write_atomically,
)


class LaunchAgentAutostart:
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

    def enable(self, command: Sequence[str]) -> None:
        """Write (or rewrite) the agent so ``command`` runs at login."""
        if not command:
            raise ValueError("command must not be empty")
        try:
            write_atomically(self.path, plistlib.dumps(self.agent(command)))
        except OSError as error:
            raise AutostartError("enable", str(self.path), os_reason(error)) from error

    def disable(self) -> None:
        """Remove the agent; a missing agent is not an error."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise AutostartError("disable", str(self.path), os_reason(error)) from error
