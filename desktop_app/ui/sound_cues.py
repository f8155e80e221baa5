"""Sound and spoken cues for the session player: a tick, a chime and an optional voice.

QtMultimedia and QtTextToSpeech are loaded on first use. Either may be missing (e.g.
no ``libpulse`` on a minimal Linux), find no sound server or no speech engine: then that
cue is silent, :meth:`SoundCues.availability` says why (the settings show it next to
the switch) and the log says it once. Neither is final: a sound server that starts
later is found at the next cue, a speech engine at the next spoken cue after
:data:`SPEECH_RETRY_S`.

The speech engine lives in a helper process (:mod:`desktop_app.ui.speech_helper`):
creating it takes about 2 s, which would freeze the session window.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal

from desktop_app.platform.sound_server import sound_server_available
from desktop_app.ui.speech_helper import SpeechProcess

log = logging.getLogger(__name__)

TICK_FILE = "tick.wav"
CHIME_FILE = "chime.wav"
VOLUME = 0.6
#: A speech engine that failed is tried again after this long (at the next spoken cue).
SPEECH_RETRY_S = 30.0


class CueStatus(StrEnum):
    """Whether a kind of cue can be heard."""

    READY = "ready"
    #: Not tried yet, or being loaded.
    UNKNOWN = "unknown"
    #: No sound server answers (Linux); cues come back when one starts.
    NO_SOUND_SERVER = "no_sound_server"
    #: Qt found no audio output device.
    NO_OUTPUT = "no_output"
    #: Qt Multimedia or Qt TextToSpeech cannot be loaded.
    NO_QT_MODULE = "no_qt_module"
    #: No text-to-speech engine is installed, or it does not answer.
    NO_SPEECH_ENGINE = "no_speech_engine"
    #: A sound file is missing from the installation.
    MISSING_FILE = "missing_file"


@dataclass(frozen=True, slots=True)
class CueAvailability:
    """What the settings tell the user about the sound and voice switches."""

    sound: CueStatus = CueStatus.UNKNOWN
    voice: CueStatus = CueStatus.UNKNOWN


class SoundCues(QObject):
    """Play the tick (last 3 s), the chime (end of a hold) and speak cues.

    Signals:
        availability_changed(object): a new :class:`CueAvailability`.

    Args:
        sounds_dir: Folder holding ``tick.wav`` and ``chime.wav``.
        sounds_enabled: ``Settings.sounds_enabled`` (the mute setting).
        voice_enabled: ``Settings.voice_enabled``.
        server_available: Whether a sound server answers now (tests pass their own).
        parent: Qt parent.
    """

    availability_changed = Signal(object)

    def __init__(
        self,
        sounds_dir: Path,
        *,
        sounds_enabled: bool = True,
        voice_enabled: bool = False,
        server_available: Callable[[], bool] = sound_server_available,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._dir = sounds_dir
        self._sounds_enabled = sounds_enabled
        self._voice_enabled = voice_enabled
        self._server_available = server_available
        self._effects: dict[str, Any] | None = None
        self._sound = CueStatus.UNKNOWN
        self._voice = CueStatus.UNKNOWN
        self._speech: SpeechProcess | None = None
        self._speech_failed_at: float | None = None
        self.problem: str | None = None
        if voice_enabled:
            self._start_speech()

    @property
    def sounds_enabled(self) -> bool:
        """Return whether tick and chime play."""
        return self._sounds_enabled

    def set_sounds_enabled(self, enabled: bool) -> None:
        """Mute or unmute tick and chime."""
        self._sounds_enabled = enabled

    def set_voice_enabled(self, enabled: bool) -> None:
        """Turn spoken cues on or off: on starts the speech helper, off stops it."""
        self._voice_enabled = enabled
        if enabled:
            self._start_speech()
        else:
            self.close()
            self._speech_failed_at = None
            if self._voice is not CueStatus.UNKNOWN:
                self._voice = CueStatus.UNKNOWN
                self.availability_changed.emit(CueAvailability(self._sound, self._voice))

    def availability(self) -> CueAvailability:
        """Check the sound server again and say what can be heard now."""
        if self._sound is not CueStatus.READY:
            self._load_effects()
        return CueAvailability(self._sound, self._voice)

    def prepare(self) -> None:
        """Load the sounds now, ahead of the first tick (a hold or a set begins).

        Loading (a sound server connection, decoding the files) at the first tick
        would make that tick late; a server that has appeared since is found here.
        """
        if self._sounds_enabled:
            self._load_effects()

    def tick(self) -> None:
        """Play the short tick of the last seconds."""
        self._play(TICK_FILE)

    def chime(self) -> None:
        """Play the end-of-hold chime."""
        self._play(CHIME_FILE)

    def say(self, text: str) -> None:
        """Speak ``text`` when voice is on and an engine answers; otherwise do nothing.

        While the engine is still loading, the latest text waits for it (briefly).
        """
        if not self._voice_enabled:
            return
        self._start_speech()
        speech = self._speech
        if speech is not None and (self._voice is CueStatus.READY or speech.loading):
            log.debug("cue spoken: %s", text)
            speech.say(text)

    def close(self) -> None:
        """Stop the speech helper; done when the application quits."""
        if self._speech is not None:
            self._speech.stop()

    # -- sound effects --------------------------------------------------------------

    def _play(self, name: str) -> None:
        if not self._sounds_enabled:
            return
        effect = self._load_effects().get(name)
        if effect is not None:
            log.debug("cue played: %s", name)
            effect.play()

    def _load_effects(self) -> dict[str, Any]:
        if self._effects is not None:
            return self._effects
        if not self._server_available():
            # Qt Multimedia would connect now, fail, and never try again: wait.
            self._set_sound(CueStatus.NO_SOUND_SERVER, "no sound server answers")
            return {}
        self._effects = {}
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as err:
            self._set_sound(CueStatus.NO_QT_MODULE, f"Qt Multimedia cannot load ({err})")
            return self._effects
        if not QMediaDevices.audioOutputs():
            self._set_sound(CueStatus.NO_OUTPUT, "no audio output device")
            return self._effects
        for name in (TICK_FILE, CHIME_FILE):
            path = self._dir / name
            if not path.is_file():
                self._set_sound(CueStatus.MISSING_FILE, f"{path} is missing")
                continue
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(VOLUME)
            self._effects[name] = effect
        if self._sound is CueStatus.UNKNOWN or self._sound is CueStatus.NO_SOUND_SERVER:
            self._set_sound(CueStatus.READY, "")
        return self._effects

    def _set_sound(self, status: CueStatus, why: str) -> None:
        if status is self._sound:
            return
        self._sound = status
        if status is CueStatus.READY:
            log.info("sound cues are on")
        else:
            self._note(f"sound cues are off: {why}")
        self.availability_changed.emit(CueAvailability(self._sound, self._voice))

    # -- speech ---------------------------------------------------------------------

    def _start_speech(self) -> None:
        if self._speech is not None and (self._voice is CueStatus.READY or self._speech.loading):
            return
        failed = self._speech_failed_at
        if failed is not None and time.monotonic() - failed < SPEECH_RETRY_S:
            return
        if self._speech is None:
            self._speech = SpeechProcess(self)
            self._speech.loaded.connect(self._on_speech_loaded)
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.close)
        self._speech.start()

    def _on_speech_loaded(self, ok: bool, why: str) -> None:
        if ok:
            status = CueStatus.READY
            self._speech_failed_at = None
            log.info("spoken cues are on")
        else:
            self._speech_failed_at = time.monotonic()
            status = CueStatus.NO_QT_MODULE if why.startswith("Qt ") else CueStatus.NO_SPEECH_ENGINE
            self._note(f"spoken cues are off: {why}")
        if status is not self._voice:
            self._voice = status
            self.availability_changed.emit(CueAvailability(self._sound, self._voice))

    def _note(self, message: str) -> None:
        self.problem = message
        log.info(message)
