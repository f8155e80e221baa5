"""Sound and voice cues, heard: the session played into a real PulseAudio null sink.

The test records the sink's monitor while a session runs at ``--time-scale`` and checks
the recording against the session's timeline from the app log (the ``step:`` lines):
a tick 3, 2 and 1 s before a hold ends, the chime when it ends, the spoken "Switch
sides" when the side changes (speech-dispatcher with espeak-ng, through Qt
TextToSpeech), and silence in between.
"""

from __future__ import annotations

import itertools
import os
import re
import signal
import time
import wave
from collections.abc import Iterator
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.e2e.conftest import ROOT, AppProcess
from tests.helpers.desktop import wait_until
from tests.helpers.sound import SILENCE_DBFS, Recorder, SoundServer, pulse_server

pytestmark = pytest.mark.e2e

#: Holds of 20-25 s last 5-6 s: room for the three ticks and for silence before them.
TIME_SCALE = "0.25"
SESSION_WINDOW = "Counterbalance — Session"
#: A cue is heard when some 10 ms frame of its window is this loud (the cues play at
#: 60 % volume, about -10 dBFS at their peak).
HEARD_DBFS = -35.0
#: Sound starts within this long after the app logs the step change (output latency).
LATENCY_S = 0.2
LINE = re.compile(r"^(\S+ \S+) \w+ (\S+): (.*)$", re.M)
with wave.open(str(ROOT / "resources" / "sounds" / "chime.wav")) as _chime:
    CHIME_S = _chime.getnframes() / _chime.getframerate()


@pytest.fixture
def sound(tmp_path: Path) -> Iterator[SoundServer]:
    with pulse_server(tmp_path / "pulse") as server:
        yield server


def _timeline(log: str) -> list[tuple[float, str]]:
    """Return (wall time, message) for the session steps and spoken cues in the log."""
    events = []
    for stamp, _logger, message in LINE.findall(log):
        if " step: " in message or message.startswith("cue spoken: "):
            local = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").astimezone()
            events.append((local.astimezone(UTC).timestamp(), message))
    return events


def _stop_speech_dispatcher(runtime: Path) -> None:
    """Stop the speech-dispatcher the app autospawned in its runtime dir."""
    for pid_file in (runtime / "speech-dispatcher" / "pid").glob("*.pid"):
        with suppress(OSError, ValueError):
            os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)


def _returning_user(app: AppProcess) -> None:
    """Onboarded, and the safety check answered today: the session starts at once."""
    from desktop_app.platform.paths import DataPaths
    from desktop_app.storage.app_state import SafetyState
    from desktop_app.storage.event_store import EventStore

    app.write_settings(
        onboarding_done=True,
        disclaimer_accepted=True,
        autostart_asked=True,
        daily_session_enabled=False,
        sounds_enabled=True,
        voice_enabled=True,
        pain_prompt_share=0.0,
        # Leaves out the one bilateral desk release: a microbreak then opens with a
        # stretch done on each side, so the side changes within its first minute.
        conditions=("flexion_intolerant",),
    )
    store = EventStore(DataPaths.create(app.data_dir))
    store.set_safety_state(SafetyState(last_screening=datetime.now(UTC)))


def test_ticks_chime_and_spoken_side_switch_are_heard_at_the_right_moments(
    app: AppProcess, sound: SoundServer, tmp_path: Path
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    # Its own runtime dir: the speech-dispatcher it spawns talks to this test's server.
    app.env.update(sound.env, XDG_RUNTIME_DIR=str(runtime))
    _returning_user(app)
    app.start("--time-scale", TIME_SCALE)
    try:
        assert app.wait_log("tray icon shown"), app.log_text()
        with Recorder(sound) as recording:
            quiet_until = recording.started_at + 0.5
            assert app.cli("break-now").returncode == 0
            app.window(SESSION_WINDOW)
            # The first hold, the side switch and the second hold: about 15 s.
            assert app.wait_log(r"cue played: chime", count=2, timeout=40), app.log_text()
            until = time.time() + CHIME_S + LATENCY_S
            assert wait_until(lambda: recording.recorded_until() > until, 5)
        assert app.cli("quit").returncode == 0
        assert app.wait_exit() == 0
    finally:
        _stop_speech_dispatcher(runtime)

    log = app.log_text()
    assert "sound cues are off" not in log and "spoken cues are off" not in log, log
    timeline = _timeline(log)
    steps = [(t, m.split(" step: ")[1]) for t, m in timeline if " step: " in m]
    holds = [
        (start, end)
        for (start, step), (end, _next) in itertools.pairwise(steps)
        if step == "hold" and _next != "done"
    ]
    assert len(holds) >= 2, log
    level = recording.level_dbfs
    onsets = [round(t - steps[0][0], 2) for t in recording.sound_onsets()]
    print("steps", [(round(t - steps[0][0], 2), s) for t, s in steps])
    print("sound starts", onsets)

    # Nothing plays before the session starts.
    assert level(recording.started_at, quiet_until) < SILENCE_DBFS
    first_start, first_end = holds[0]
    for start, end in holds:
        assert end - start > 4, "a hold this short leaves no room for three ticks"
        # A tick 3, 2 and 1 s before the end, and nothing between them.
        for before in (3, 2, 1):
            tick = end - before
            assert level(tick, tick + LATENCY_S) > HEARD_DBFS, (before, tick - end)
            assert level(tick + LATENCY_S + 0.1, tick + 1 - 0.05) < SILENCE_DBFS, before
        # The chime at the end.
        assert level(end, end + LATENCY_S) > HEARD_DBFS

    # The side changes after the first hold: "Switch sides" is spoken as the get-ready
    # starts, and goes on after the chime has ended (the chime is 0.5 s long).
    switches = [t for t, m in timeline if m.startswith("cue spoken: Switch sides")]
    assert switches, log
    assert abs(switches[0] - first_end) < 0.1
    after_chime = first_end + CHIME_S + LATENCY_S
    assert level(after_chime, after_chime + 0.4) > HEARD_DBFS

    # The second hold is silent between its spoken "Hold" and its first tick.
    second_start, second_end = holds[1]
    assert level(second_start + 1.2, second_end - 3 - 0.05) < SILENCE_DBFS
    assert first_start < second_start


def test_without_a_sound_server_the_session_is_silent_and_cues_come_back_when_one_starts(
    app: AppProcess, tmp_path: Path
) -> None:
    pulse_dir = tmp_path / "pulse"
    socket = pulse_dir / "pulse-run" / "native"  # where pulse_server() will listen
    app.env.update(PULSE_SERVER=f"unix:{socket}")
    _returning_user(app)
    app.write_settings(
        onboarding_done=True,
        disclaimer_accepted=True,
        autostart_asked=True,
        daily_session_enabled=False,
        voice_enabled=False,
        pain_prompt_share=0.0,
        conditions=("flexion_intolerant",),
    )
    app.start("--time-scale", TIME_SCALE)
    assert app.wait_log("tray icon shown"), app.log_text()
    assert app.cli("break-now").returncode == 0
    app.window(SESSION_WINDOW)
    # The first hold ends in silence: no server, so Qt Multimedia is not even loaded.
    assert app.wait_log(r"step: hold", count=1, timeout=20), app.log_text()
    assert app.wait_log(r"sound cues are off: no sound server", timeout=10), app.log_text()
    assert app.wait_log(r"step: get_ready", count=2, timeout=15), app.log_text()
    assert "cue played" not in app.log_text()

    # A sound server starts (the user plugged in headphones, PipeWire restarted...).
    with pulse_server(pulse_dir) as sound, Recorder(sound) as recording:
        assert app.wait_log(r"step: hold", count=2, timeout=15), app.log_text()
        assert app.wait_log(r"step: get_ready", count=3, timeout=15), app.log_text()
        # Record the chime to its end.
        until = time.time() + CHIME_S + LATENCY_S
        assert wait_until(lambda: recording.recorded_until() > until, 5)
    assert app.cli("quit").returncode == 0
    assert app.wait_exit() == 0

    log = app.log_text()
    assert "sound cues are on" in log, log
    assert " ERROR " not in log and "Traceback" not in log, log
    steps = [(t, m.split(" step: ")[1]) for t, m in _timeline(log) if " step: " in m]
    second_start, second_end = [
        (start, end) for (start, step), (end, _n) in itertools.pairwise(steps) if step == "hold"
    ][1]
    level = recording.level_dbfs
    for before in (3, 2, 1):
        tick = second_end - before
        assert level(tick, tick + LATENCY_S) > HEARD_DBFS, before
    assert level(second_end, second_end + LATENCY_S) > HEARD_DBFS
    assert level(second_start + 0.3, second_end - 3 - 0.05) < SILENCE_DBFS
