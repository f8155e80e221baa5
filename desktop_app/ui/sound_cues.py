"""Sound and spoken cues for the session player: a tick, a chime and an optional voice.

QtMultimedia and QtTextToSpeech are loaded on first use. Either may be missing (e.g.
no ``libpulse`` on a minimal Linux) or have no engine: then that cue is silently off and
:attr:`SoundCues.problem` says why, once, for the log.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl

log = logging.getLogger(__name__)

TICK_FILE = "tick.wav"
CHIME_FILE = "chime.wav"
VOLUME = 0.6


class SoundCues(QObject):
    """Play the tick (last 3 s), the chime (end of a hold) and speak cues.

    Signals: none.

    Args:
        sounds_dir: Folder holding ``tick.wav`` and ``chime.wav``.
        sounds_enabled: ``Settings.sounds_enabled`` (the mute setting).
        voice_enabled: ``Settings.voice_enabled``.
        parent: Qt parent.
    """

    def __init__(
        self,
        sounds_dir: Path,
        *,
        sounds_enabled: bool = True,
        voice_enabled: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._dir = sounds_dir
        self._sounds_enabled = sounds_enabled
        self._voice_enabled = voice_enabled
        self._effects: dict[str, Any] | None = None
        self._speech: Any = None
        self._speech_tried = False
        self.problem: str | None = None

    @property
    def sounds_enabled(self) -> bool:
        """Return whether tick and chime play."""
        return self._sounds_enabled

    def set_sounds_enabled(self, enabled: bool) -> None:
        """Mute or unmute tick and chime."""
        self._sounds_enabled = enabled

    def set_voice_enabled(self, enabled: bool) -> None:
        """Turn spoken cues on or off."""
        self._voice_enabled = enabled

    @property
    def voice_available(self) -> bool:
        """Return whether a text-to-speech engine could be loaded."""
        return self._load_speech() is not None

    def tick(self) -> None:
        """Play the short tick of the last seconds."""
        self._play(TICK_FILE)

    def chime(self) -> None:
        """Play the end-of-hold chime."""
        self._play(CHIME_FILE)

    def say(self, text: str) -> None:
        """Speak ``text`` when voice is on and an engine exists; otherwise do nothing."""
        if not self._voice_enabled:
            return
        speech = self._load_speech()
        if speech is not None:
            speech.say(text)

    def _play(self, name: str) -> None:
        if not self._sounds_enabled:
            return
        effects = self._load_effects()
        effect = effects.get(name)
        if effect is not None:
            effect.play()

    def _load_effects(self) -> dict[str, Any]:
        if self._effects is not None:
            return self._effects
        self._effects = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as err:
            self._note(f"sound cues are off: Qt Multimedia cannot load ({err})")
            return self._effects
        for name in (TICK_FILE, CHIME_FILE):
            path = self._dir / name
            if not path.is_file():
                self._note(f"sound cue {path} is missing")
                continue
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(VOLUME)
            self._effects[name] = effect
        return self._effects

    def _load_speech(self) -> Any:
        if self._speech_tried:
            return self._speech
        self._speech_tried = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as err:
            self._note(f"spoken cues are off: Qt TextToSpeech cannot load ({err})")
            return None
        if not QTextToSpeech.availableEngines():
            self._note("spoken cues are off: no text-to-speech engine is installed")
            return None
        self._speech = QTextToSpeech(self)
        return self._speech

    def _note(self, message: str) -> None:
        if self.problem is None:
            self.problem = message
        log.info(message)
