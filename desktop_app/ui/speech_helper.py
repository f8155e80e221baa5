"""Spoken cues from a helper process that owns the Qt TextToSpeech engine.

Creating the speech-dispatcher engine takes 1.4–2.3 s (it lists every voice of every
module: espeak-ng has about 1500), and while it runs the app's GUI event loop stalls
too, even when the engine is created in another thread (measured with PySide6 6.11
and a QApplication). A helper process keeps the session window moving: it loads the
engine, answers one line, then speaks each line it reads.

Protocol (UTF-8 lines): the helper writes ``ready`` or ``error <why>`` once; then each
``say <text>`` line it reads is spoken. It exits when its input closes, so it never
outlives the app.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QObject, QProcess, QProcessEnvironment, Signal

log = logging.getLogger(__name__)

#: Environment variable giving the helper the app's locale ("de_DE") for its voice.
SPEECH_LOCALE_ENV = "COUNTERBALANCE_SPEECH_LOCALE"
#: argv[1] that makes ``counterbalance`` run as the speech helper (not in --help).
HELPER_COMMAND = "speech-helper"
#: PySide6 ships Qt's "mock" engine for tests: it answers, and says nothing.
MOCK_ENGINE = "mock"
#: A cue asked for while the engine loads is dropped when it is older than this.
STALE_CUE_S = 2.0
STOP_WAIT_MS = 1000


def helper_command() -> list[str]:
    """Return the command line that starts the helper (also in a PyInstaller bundle)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, HELPER_COMMAND]
    return [sys.executable, "-m", "desktop_app", HELPER_COMMAND]


def _speak_in(speech: Any, name: str) -> None:
    """Pick the engine's voice locale closest to ``name`` ("de_DE"); keep its own if none."""
    from PySide6.QtCore import QLocale

    if not name:
        return
    wanted = QLocale(name)
    same_language = [v for v in speech.availableLocales() if v.language() == wanted.language()]
    exact = [v for v in same_language if v.territory() == wanted.territory()]
    if exact or same_language:
        speech.setLocale((exact or same_language)[0])


def run_helper() -> int:
    """Run as the helper: load the engine, then speak the lines read from stdin."""
    from PySide6.QtCore import QCoreApplication, QSocketNotifier

    app = QCoreApplication([sys.argv[0]])
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as err:
        print(f"error Qt TextToSpeech cannot load ({err})", flush=True)
        return 1
    engines = [name for name in QTextToSpeech.availableEngines() if name != MOCK_ENGINE]
    if not engines:
        print("error no text-to-speech engine is installed", flush=True)
        return 1
    speech = QTextToSpeech(engines[0])
    if speech.state() is QTextToSpeech.State.Error:
        print(f"error {speech.errorString() or 'the engine failed'}", flush=True)
        return 1
    _speak_in(speech, os.environ.get(SPEECH_LOCALE_ENV, ""))
    print("ready", flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    buffer = bytearray()

    def on_input() -> None:
        # os.read, not sys.stdin: a buffered reader would keep lines the notifier
        # never reports again.
        chunk = os.read(sys.stdin.fileno(), 4096)
        if not chunk:
            notifier.setEnabled(False)
            app.quit()
            return
        buffer.extend(chunk)
        while b"\n" in buffer:
            line, _, rest = bytes(buffer).partition(b"\n")
            buffer[:] = rest
            text = line.decode(errors="replace")
            if text.startswith("say "):
                speech.say(text[4:])

    notifier.activated.connect(on_input)
    return app.exec()


class SpeechProcess(QObject):
    """The app's side of the helper: start it, know when it answers, send cues.

    Signals:
        loaded(bool, str): the helper answered ready (True) or failed, and why not.
    """

    loaded = Signal(bool, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: Any = None
        self._ready = False
        self._pending: tuple[float, str] | None = None
        self._buffer = b""

    @property
    def loading(self) -> bool:
        return self._process is not None and not self._ready

    def start(self) -> None:
        """Start the helper unless it runs; ``loaded`` follows."""
        if self._process is not None:
            return
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        # Cues are spoken in the app's language (QLocale's default, set at start-up).
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert(SPEECH_LOCALE_ENV, QLocale().name())
        process.setProcessEnvironment(environment)
        process.readyReadStandardOutput.connect(self._on_output)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process = process
        self._ready = False
        command = helper_command()
        process.start(command[0], command[1:])

    def say(self, text: str) -> None:
        """Speak ``text`` now, or as soon as the engine answers (if still fresh)."""
        if self._ready:
            self._send(text)
        elif self._process is not None:
            self._pending = (time.monotonic(), text)

    def stop(self) -> None:
        """Close the helper's input (it exits), and wait a moment for it."""
        process, self._process = self._process, None
        self._ready = False
        if process is None:
            return
        process.finished.disconnect(self._on_finished)
        process.errorOccurred.disconnect(self._on_error)
        process.closeWriteChannel()
        if not process.waitForFinished(STOP_WAIT_MS):
            process.kill()
            process.waitForFinished(STOP_WAIT_MS)

    def _send(self, text: str) -> None:
        line = "say " + " ".join(text.split()) + "\n"
        self._process.write(QByteArray(line.encode()))

    def _on_output(self) -> None:
        process = self._process
        if process is None:
            return
        self._buffer += bytes(process.readAllStandardOutput().data())
        while b"\n" in self._buffer:
            raw, self._buffer = self._buffer.split(b"\n", 1)
            self._on_line(raw.decode(errors="replace").strip())

    def _on_line(self, line: str) -> None:
        if line == "ready" and not self._ready:
            self._ready = True
            pending, self._pending = self._pending, None
            if pending is not None and time.monotonic() - pending[0] < STALE_CUE_S:
                self._send(pending[1])
            self.loaded.emit(True, "")
        elif line.startswith("error "):
            self.stop()  # it exits by itself; make sure, so that a retry starts anew
            self.loaded.emit(False, line[len("error ") :])

    def _on_finished(self, *_args: object) -> None:
        was_ready = self._ready
        self._process = None
        self._ready = False
        self._pending = None
        if was_ready:
            self.loaded.emit(False, "the speech helper stopped")

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:
            self._process = None
            self.loaded.emit(False, "the speech helper could not start")
