"""A real sound server for end-to-end tests: PulseAudio with a null sink, and a recorder.

The daemon runs in the foreground of its own process (``--daemonize=no``) with a private
socket, loads only a null sink, and needs no D-Bus, no session and no sound card. Its
sink's monitor is recorded with ``parec``; the recording is kept in memory with the wall
time of its first sample, so that windows of it can be matched with the app log's times.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import threading
import time
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.desktop import wait_until

SOUND_TOOLS = ("pulseaudio", "pactl", "parec")
SINK = "cb_null"
RATE = 16_000
#: Frames of 10 ms: a 40 ms tick spans several of them.
FRAME_S = 0.01
#: Below this the null sink is silent (digital zero or dither-level noise).
SILENCE_DBFS = -60.0


def missing_sound_tools() -> list[str]:
    return [tool for tool in SOUND_TOOLS if shutil.which(tool) is None]


@dataclass
class SoundServer:
    """A running PulseAudio daemon; ``env`` points clients at it."""

    env: dict[str, str]
    socket: Path
    proc: subprocess.Popen[bytes]

    def sink_inputs(self) -> str:
        """Return ``pactl list sink-inputs`` (who is playing right now)."""
        out = subprocess.run(
            ["pactl", "list", "short", "sink-inputs"],
            env={**os.environ, **self.env},
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        return out.stdout


@contextmanager
def pulse_server(workdir: Path) -> Iterator[SoundServer]:
    """Start PulseAudio with one null sink under ``workdir``; stop it afterwards."""
    missing = missing_sound_tools()
    if missing:
        raise RuntimeError(
            "sound tests need these programs: "
            + ", ".join(missing)
            + " (tests/run-all.sh installs pulseaudio and pulseaudio-utils)"
        )
    home = workdir / "pulse-home"
    runtime = workdir / "pulse-run"
    home.mkdir(parents=True, exist_ok=True)
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    socket = runtime / "native"
    config = workdir / "pulse.pa"
    config.write_text(
        f"load-module module-native-protocol-unix auth-anonymous=1 socket={socket}\n"
        f"load-module module-null-sink sink_name={SINK} rate={RATE}\n"
        f"set-default-sink {SINK}\n"
    )
    env = {"PULSE_SERVER": f"unix:{socket}"}
    server_env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)}
    server_env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    log = (workdir / "pulseaudio.log").open("wb")
    proc = subprocess.Popen(
        [
            "pulseaudio",
            # As root PulseAudio assumes system mode unless told otherwise.
            "--system=false",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=false",
            "--disallow-module-loading=false",
            "-n",
            "-F",
            str(config),
            "--log-target=stderr",
        ],
        env=server_env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    log.close()
    server = SoundServer(env=env, socket=socket, proc=proc)
    try:
        ready = wait_until(
            lambda: (
                subprocess.run(
                    ["pactl", "info"],
                    env={**os.environ, **env},
                    capture_output=True,
                    timeout=5,
                    check=False,
                ).returncode
                == 0
            ),
            15,
        )
        if not ready:
            raise RuntimeError(
                "PulseAudio did not start:\n" + (workdir / "pulseaudio.log").read_text()
            )
        yield server
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


class Recorder:
    """Record the null sink's monitor (mono, 16 kHz) while a block runs."""

    def __init__(self, server: SoundServer) -> None:
        self._server = server
        self._chunks: list[bytes] = []
        self._first_at: float | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None
        self.samples = array("h")
        #: Wall time (``time.time()``) of the first recorded sample.
        self.started_at = 0.0

    def __enter__(self) -> Recorder:
        self._proc = subprocess.Popen(
            [
                "parec",
                f"--device={SINK}.monitor",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=10",
                "--raw",
            ],
            env={**os.environ, **self._server.env},
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        assert wait_until(lambda: self._first_at is not None, 10), "parec recorded nothing"
        return self

    def _read(self) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        while chunk := os.read(self._proc.stdout.fileno(), 4096):
            if self._first_at is None:
                # The chunk's samples ended when it arrived.
                self._first_at = time.time() - len(chunk) / 2 / RATE
            self._chunks.append(chunk)

    def recorded_until(self) -> float:
        """Return the wall time up to which sound has been recorded so far."""
        if self._first_at is None:
            return 0.0
        return self._first_at + sum(len(chunk) for chunk in self._chunks) / 2 / RATE

    def __exit__(self, *_exc: object) -> None:
        assert self._proc is not None and self._thread is not None
        self._proc.terminate()
        self._proc.wait(5)
        self._thread.join(5)
        data = b"".join(self._chunks)
        self.samples = array("h", data[: len(data) // 2 * 2])
        self.started_at = self._first_at or 0.0

    @property
    def duration_s(self) -> float:
        return len(self.samples) / RATE

    def level_dbfs(self, start: float, end: float) -> float:
        """Return the loudest 10 ms frame between two wall times, in dBFS."""
        first = max(0, int((start - self.started_at) * RATE))
        last = min(len(self.samples), int((end - self.started_at) * RATE))
        step = int(FRAME_S * RATE)
        loudest = 0.0
        for at in range(first, max(first, last - step + 1), step):
            frame = self.samples[at : at + step]
            rms = math.sqrt(sum(s * s for s in frame) / len(frame))
            loudest = max(loudest, rms)
        return 20 * math.log10(loudest / 32768) if loudest > 0 else -120.0

    def sound_onsets(self, threshold_dbfs: float = -40.0, gap_s: float = 0.15) -> list[float]:
        """Return the wall times at which sound starts after at least ``gap_s`` of quiet."""
        step = int(FRAME_S * RATE)
        onsets: list[float] = []
        quiet_since = -math.inf
        for index, at in enumerate(range(0, len(self.samples) - step + 1, step)):
            frame = self.samples[at : at + step]
            rms = math.sqrt(sum(s * s for s in frame) / len(frame))
            loud = rms > 0 and 20 * math.log10(rms / 32768) > threshold_dbfs
            now = index * FRAME_S
            if loud:
                if now - quiet_since >= gap_s:
                    onsets.append(self.started_at + now)
                quiet_since = math.inf
            elif quiet_since == math.inf or quiet_since == -math.inf:
                quiet_since = now
        return onsets
