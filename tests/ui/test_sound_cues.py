"""Sound and voice cues: silent without a server or an engine, and they say why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.ui import sound_cues, speech_helper
from desktop_app.ui.sound_cues import CueAvailability, CueStatus, SoundCues

SOUNDS = Path(__file__).resolve().parents[2] / "resources" / "sounds"


@pytest.fixture
def made() -> Iterator[list[SoundCues]]:
    """SoundCues made by a test; their speech thread is stopped afterwards."""
    cues: list[SoundCues] = []
    yield cues
    for item in cues:
        item.close()


def test_without_a_sound_server_cues_are_silent_and_say_why(
    qtbot: QtBot, made: list[SoundCues]
) -> None:
    server = [False]
    cues = SoundCues(SOUNDS, server_available=lambda: server[0])
    made.append(cues)
    cues.tick()
    cues.chime()
    assert cues.availability().sound is CueStatus.NO_SOUND_SERVER
    assert cues.problem is not None and "no sound server" in cues.problem


def test_a_sound_server_that_starts_later_is_tried_again(
    qtbot: QtBot, made: list[SoundCues]
) -> None:
    server = [False]
    cues = SoundCues(SOUNDS, server_available=lambda: server[0])
    made.append(cues)
    assert cues.availability().sound is CueStatus.NO_SOUND_SERVER
    server[0] = True
    with qtbot.waitSignal(cues.availability_changed, timeout=5000) as changed:
        cues.tick()
    # This test process may have no audio device even so; it is no longer "no server".
    assert changed.args[0].sound in (CueStatus.READY, CueStatus.NO_OUTPUT)


def test_muted_cues_load_nothing(qtbot: QtBot, made: list[SoundCues]) -> None:
    calls: list[int] = []
    cues = SoundCues(SOUNDS, sounds_enabled=False, server_available=lambda: bool(calls.append(1)))
    made.append(cues)
    cues.tick()
    cues.say("Hold")  # voice is off too
    assert calls == [] and cues.problem is None
    assert cues.availability() == CueAvailability(CueStatus.NO_SOUND_SERVER, CueStatus.UNKNOWN)


def test_a_speech_engine_that_does_not_answer_makes_voice_unavailable(
    qtbot: QtBot, made: list[SoundCues], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # speech-dispatcher's client connects here instead of starting the daemon.
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{tmp_path / 'none.sock'}")
    cues = SoundCues(SOUNDS, voice_enabled=True, server_available=lambda: False)
    made.append(cues)
    if cues.availability().voice is CueStatus.UNKNOWN:
        with qtbot.waitSignal(cues.availability_changed, timeout=10_000):
            pass
    assert cues.availability().voice in (CueStatus.NO_SPEECH_ENGINE, CueStatus.NO_QT_MODULE)
    cues.say("Hold")  # silently nothing, no error
    assert cues.problem is not None and "spoken cues are off" in cues.problem


def _fake_helper(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first_line: str) -> Path:
    """A stand-in helper that answers ``first_line`` and writes what it is told to say."""
    import sys

    heard = tmp_path / "heard.txt"
    script = tmp_path / "helper.py"
    script.write_text(
        "import sys\n"
        f"print({first_line!r}, flush=True)\n"
        f"with open({str(heard)!r}, 'a') as out:\n"
        "    for line in sys.stdin:\n"
        "        out.write(line); out.flush()\n"
    )
    monkeypatch.setattr(speech_helper, "helper_command", lambda: [sys.executable, str(script)])
    return heard


def test_spoken_cues_go_to_the_helper_process(
    qtbot: QtBot, made: list[SoundCues], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    heard = _fake_helper(tmp_path, monkeypatch, "ready")
    cues = SoundCues(SOUNDS, voice_enabled=True, server_available=lambda: False)
    made.append(cues)
    cues.say("Get ready")  # asked while the helper loads: sent when it answers
    with qtbot.waitSignal(cues.availability_changed, timeout=10_000) as changed:
        pass
    assert changed.args[0].voice is CueStatus.READY
    cues.say("Switch sides:\nleft")  # one line, whatever the text holds
    qtbot.waitUntil(lambda: heard.exists() and heard.read_text().count("\n") == 2)
    assert heard.read_text() == "say Get ready\nsay Switch sides: left\n"


def test_a_helper_that_fails_is_tried_again_later(
    qtbot: QtBot, made: list[SoundCues], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fake_helper(tmp_path, monkeypatch, "error no text-to-speech engine is installed")
    cues = SoundCues(SOUNDS, voice_enabled=True, server_available=lambda: False)
    made.append(cues)
    with qtbot.waitSignal(cues.availability_changed, timeout=10_000) as changed:
        pass
    assert changed.args[0].voice is CueStatus.NO_SPEECH_ENGINE
    _fake_helper(tmp_path, monkeypatch, "ready")
    cues.say("Hold")  # too soon: not tried again yet
    assert cues.availability().voice is CueStatus.NO_SPEECH_ENGINE
    monkeypatch.setattr(sound_cues, "SPEECH_RETRY_S", 0.0)
    with qtbot.waitSignal(cues.availability_changed, timeout=10_000) as back:
        cues.say("Hold")
    assert back.args[0].voice is CueStatus.READY


def test_turning_voice_off_stops_the_helper(
    qtbot: QtBot, made: list[SoundCues], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fake_helper(tmp_path, monkeypatch, "ready")
    cues = SoundCues(SOUNDS, voice_enabled=True, server_available=lambda: False)
    made.append(cues)
    with qtbot.waitSignal(cues.availability_changed, timeout=10_000):
        pass
    assert cues._speech is not None and cues._speech._process is not None
    cues.set_voice_enabled(False)
    assert cues._speech._process is None
    assert cues.availability().voice is CueStatus.UNKNOWN
    with qtbot.waitSignal(cues.availability_changed, timeout=10_000) as back:
        cues.set_voice_enabled(True)
    assert back.args[0].voice is CueStatus.READY


def test_prepare_readies_the_sounds_before_the_first_tick(
    qtbot: QtBot, made: list[SoundCues]
) -> None:
    """Loading at the first tick makes that tick late: prepare() loads ahead of it."""
    asked: list[int] = []
    cues = SoundCues(SOUNDS, server_available=lambda: bool(asked.append(1)) or True)
    made.append(cues)
    cues.prepare()
    assert asked == [1]
    # Loaded (or found no device in this process): a tick asks nothing again.
    cues.tick()
    assert asked == [1]


def test_prepare_loads_nothing_when_muted(qtbot: QtBot, made: list[SoundCues]) -> None:
    asked: list[int] = []
    cues = SoundCues(SOUNDS, sounds_enabled=False, server_available=lambda: bool(asked.append(1)))
    made.append(cues)
    cues.prepare()
    assert asked == []
