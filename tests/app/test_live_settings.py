"""The settings in force: saved when changed, start at login as the OS says."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pytestqt.qtbot import QtBot

from desktop_app.core.settings import Settings
from desktop_app.live_settings import LiveSettings
from desktop_app.platform.autostart import Autostart
from desktop_app.platform.autostart_backend import AutostartError
from desktop_app.platform.paths import DataPaths
from desktop_app.platform.settings_file import SettingsFile


class RefusingBackend:
    """Start at login that the OS refuses to change."""

    def is_enabled(self) -> bool:
        return False

    def enable(self, command: Sequence[str]) -> None:
        raise AutostartError("enable", "~/.config/autostart", "Permission denied")

    def disable(self) -> None:
        raise AutostartError("disable", "~/.config/autostart", "Permission denied")


def test_applied_settings_are_saved_and_told_keeping_autostart(
    qtbot: QtBot, paths: DataPaths
) -> None:
    live = LiveSettings(SettingsFile(paths.settings), Autostart(RefusingBackend()))
    live.load()
    wanted = replace(Settings(), sounds_enabled=False, autostart=True)
    with qtbot.waitSignal(live.changed, timeout=1000) as changed:
        live.apply(wanted)
    assert changed.args == [live.current]
    assert live.current.sounds_enabled is False
    assert live.current.autostart is False, "autostart follows the OS call, not the dialog"
    saved, problem = SettingsFile(paths.settings).load()
    assert problem is None and saved == live.current


def test_a_refused_autostart_is_told_and_not_recorded(qtbot: QtBot, paths: DataPaths) -> None:
    live = LiveSettings(SettingsFile(paths.settings), Autostart(RefusingBackend()))
    with qtbot.waitSignal(live.message, timeout=1000) as told:
        live.set_autostart(True)
    title, text = told.args
    assert title == "Start at login" and "Permission denied" in text
    assert live.current.autostart is False
