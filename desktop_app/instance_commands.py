"""One Counterbalance per data dir: claiming it, and doing what a second start asks.

A second process (``counterbalance``, ``break-now``, ``progress``, ``settings``,
``quit``) hands its command to the running instance over a local socket and exits; this
module claims the instance and routes those commands to the app's actions.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject

from desktop_app.platform.paths import DataPaths
from desktop_app.platform.single_instance import ClaimResult, InstanceServer

log = logging.getLogger("desktop_app")


class InstanceCommand(StrEnum):
    """What a second start asks the running instance to do."""

    QUIT = "quit"
    #: "Take the break now": a microbreak without a prompt, counted as offered and taken.
    BREAK_NOW = "break-now"
    PROGRESS = "progress"
    SETTINGS = "settings"
    #: A plain second start: put something of Counterbalance in front of the user.
    ACTIVATE = "activate"


def instance_lock_path(paths: DataPaths) -> Path:
    """The single-instance lock: in the data dir, or (read-only data dir) the runtime dir."""
    if os.access(paths.root, os.W_OK):
        return paths.lock_file
    from PySide6.QtCore import QStandardPaths

    from desktop_app.platform.single_instance import server_name

    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    return Path(runtime) / f"{server_name(paths.root)}.lock"


class InstanceCommands(QObject):
    """Claim the instance for ``paths`` and run what later starts ask for.

    Args:
        paths: The data dir the instance is for.
        actions: What each command does.
        parent: Qt parent.
    """

    def __init__(
        self,
        paths: DataPaths,
        actions: Mapping[InstanceCommand, Callable[[], None]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._root = paths.root
        self._actions = dict(actions)
        self._server = InstanceServer(paths.root, instance_lock_path(paths), self)

    def claim(self) -> ClaimResult:
        """Become the single instance, or hand over to the running one.

        :attr:`ClaimResult.RUNNING` means the running instance got "activate"; any other
        result but ``ACQUIRED`` leaves the reason in :attr:`problem`.
        """
        result = self._server.acquire()
        if result is ClaimResult.ACQUIRED:
            self._server.command_received.connect(self.run)
        elif result is ClaimResult.RUNNING:
            log.info("another instance runs for %s: handed over", self._root)
        else:
            log.error("not starting: %s", self._server.problem)
        return result

    @property
    def problem(self) -> str:
        """Return why the instance could not be claimed (empty when it could)."""
        return self._server.problem

    def run(self, command: str) -> None:
        """Do what a second start asked for (unknown commands are only logged)."""
        log.info("instance command: %s", command)
        try:
            action = self._actions[InstanceCommand(command)]
        except (ValueError, KeyError):
            return
        action()

    def release(self) -> None:
        """Let the next start become the instance."""
        self._server.release()
