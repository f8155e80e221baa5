"""The settings in force: loaded at start, changed by the dialog or the welcome, saved at once.

Changes take effect without a restart: :attr:`LiveSettings.changed` tells whoever
depends on a setting (the break scheduling, the sound cues). Start at login follows
the OS call, not the dialog: it is switched through :meth:`LiveSettings.set_autostart`.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.settings import Settings
from desktop_app.platform.autostart import Autostart, launch_command
from desktop_app.platform.autostart_backend import AutostartError
from desktop_app.platform.settings_file import SettingsFile, SettingsSaveError

log = logging.getLogger("desktop_app")


class LiveSettings(QObject):
    """Hold, save and hand on the user's settings.

    Signals:
        changed(Settings): new settings are in force (saved already).
        message(str, str): a title and a text to show the user (a failed save).
    """

    changed = Signal(object)
    message = Signal(str, str)

    def __init__(
        self,
        settings_file: SettingsFile,
        autostart: Autostart,
        data_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``data_dir``: a custom data dir the start-at-login command must name."""
        super().__init__(parent)
        self._file = settings_file
        self._autostart = autostart
        self._data_dir = data_dir
        self._current = Settings()

    @property
    def current(self) -> Settings:
        """The settings in force."""
        return self._current

    def load(self) -> None:
        """Read the settings file; a problem with it is told once the event loop runs."""
        self._current, problem = self._file.load()
        if problem:
            log.warning("settings: %s", problem)
            QTimer.singleShot(0, lambda: self.message.emit(self.tr("Your settings"), problem))

    def apply(self, settings: Settings) -> None:
        """Put ``settings`` in force and save them (the autostart field stays as the OS says)."""
        self._current = replace(settings, autostart=self._current.autostart)
        self.save()
        log.info("settings applied")
        self.changed.emit(self._current)

    def save(self) -> None:
        """Write the settings file; a failure is told."""
        try:
            self._file.save(self._current)
        except SettingsSaveError as exc:
            log.error("settings: %s", exc)
            self.message.emit(self.tr("Could not save settings"), str(exc))

    def autostart_enabled(self) -> bool:
        """Whether the OS starts Counterbalance at login now."""
        return self._autostart.is_enabled()

    def set_autostart(self, enabled: bool) -> None:
        """Turn start-at-login on or off (not saved yet); tell the user when the OS refused."""
        try:
            if enabled:
                command = launch_command()
                if self._data_dir is not None:
                    command += ["--data-dir", str(self._data_dir)]
                self._autostart.enable(command)
            else:
                self._autostart.disable()
        except AutostartError as exc:
            log.error("autostart: %s", exc)
            self.message.emit(
                self.tr("Start at login"),
                self.tr("Could not change the start-at-login setting at {place}: {why}").format(
                    place=exc.location, why=exc.reason
                ),
            )
            return
        self._current = replace(self._current, autostart=enabled)
        log.info("autostart %s", "on" if enabled else "off")
