"""Commands from a second start reach the app's actions; unknown ones do nothing."""

from __future__ import annotations

from pathlib import Path

from desktop_app.instance_commands import InstanceCommand, InstanceCommands
from desktop_app.platform.paths import DataPaths
from desktop_app.platform.single_instance import ClaimResult


def test_each_command_runs_its_action_and_unknown_ones_are_ignored(qapp, tmp_path: Path) -> None:
    ran: list[InstanceCommand] = []
    actions = {command: (lambda c=command: ran.append(c)) for command in InstanceCommand}
    commands = InstanceCommands(DataPaths.create(tmp_path / "data"), actions)
    try:
        assert commands.claim() is ClaimResult.ACQUIRED and commands.problem == ""
        for text in ("break-now", "activate", "reboot", "", "quit"):
            commands.run(text)
        assert ran == [InstanceCommand.BREAK_NOW, InstanceCommand.ACTIVATE, InstanceCommand.QUIT]
    finally:
        commands.release()
