"""The session's sound and voice cues, loaded the first time a session needs them.

Qt Multimedia and the speech helper cost memory a tray app should not hold while it
idles; the cues are built on first use and follow the sound and voice settings after.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.core.settings import Settings

if TYPE_CHECKING:
    from desktop_app.ui.sound_cues import SoundCues


class LazyCues(QObject):
    """Build :class:`~desktop_app.ui.sound_cues.SoundCues` on first use.

    Args:
        sounds_dir: The folder of the cue sounds.
        settings: Returns the current settings (read when the cues are built).
        parent: Qt parent (also the cues' parent).
    """

    def __init__(
        self, sounds_dir: Path, settings: Callable[[], Settings], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._sounds_dir = sounds_dir
        self._settings = settings
        self._cues: SoundCues | None = None

    def get(self) -> SoundCues:
        """Return the cues, building them the first time."""
        if self._cues is None:
            from desktop_app.ui.sound_cues import SoundCues

            settings = self._settings()
            self._cues = SoundCues(
                self._sounds_dir,
                sounds_enabled=settings.sounds_enabled,
                voice_enabled=settings.voice_enabled,
                parent=self.parent(),
            )
        return self._cues

    def apply_settings(self, settings: Settings) -> None:
        """Follow the sound and voice switches (nothing to do before the first session)."""
        if self._cues is not None:
            self._cues.set_sounds_enabled(settings.sounds_enabled)
            self._cues.set_voice_enabled(settings.voice_enabled)
