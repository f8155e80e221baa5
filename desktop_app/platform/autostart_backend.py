"""What every start-at-login backend shares: the interface, its error, atomic writes.

The backends (:mod:`.autostart_xdg`, :mod:`.autostart_windows`, :mod:`.autostart_macos`)
implement :class:`AutostartBackend`; :class:`~.autostart.Autostart` picks one for the
running OS. Failures raise :class:`AutostartError`, whose fields let the UI build a
translated message.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

#: Reverse-DNS application id: the .desktop file name, AppStream id and LaunchAgent label.
DESKTOP_ID = "io.github.counterbalance.Counterbalance"


class AutostartBackend(Protocol):
    """What every backend offers."""

    def is_enabled(self) -> bool:
        """Return True if the app starts at login."""
        ...

    def enable(self, command: Sequence[str]) -> None:
        """Make ``command`` run at login."""
        ...

    def disable(self) -> None:
        """Stop starting at login."""
        ...


class AutostartError(Exception):
    """Turning autostart on or off failed.

    Attributes:
        action: ``"enable"`` or ``"disable"``.
        location: The file or registry key involved.
        reason: The operating system's explanation (e.g. ``Permission denied``).
    """

    def __init__(self, action: str, location: str, reason: str) -> None:
        """Record what failed, where and why."""
        self.action = action
        self.location = location
        self.reason = reason
        verb = {"enable": "turn on", "disable": "turn off"}.get(action, action)
        super().__init__(f"Could not {verb} start at login ({location}): {reason}")


def os_reason(error: OSError) -> str:
    """Return the operating system's explanation of ``error`` (e.g. ``Permission denied``)."""
    return error.strerror or str(error) or type(error).__name__


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.chmod(0o644)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class FileAutostart:
    """A backend whose whole state is one file: present means on (XDG entry, LaunchAgent).

    Subclasses set :attr:`path` and say what the file holds in :meth:`file_bytes`.
    """

    path: Path

    def file_bytes(self, command: Sequence[str]) -> bytes:
        """Return the file's contents that make ``command`` run at login."""
        raise NotImplementedError

    def enable(self, command: Sequence[str]) -> None:
        """Write (or rewrite) the file so ``command`` runs at login."""
        if not command:
            raise ValueError("command must not be empty")
        try:
            write_atomically(self.path, self.file_bytes(command))
        except OSError as error:
            raise AutostartError("enable", str(self.path), os_reason(error)) from error

    def disable(self) -> None:
        """Remove the file; a missing file is not an error."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise AutostartError("disable", str(self.path), os_reason(error)) from error
