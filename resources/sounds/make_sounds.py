"""Generate the tiny cue sounds: ``tick.wav`` (last 3 s) and ``chime.wav`` (end of a hold).

Run ``python resources/sounds/make_sounds.py``; the files are committed, so this is only
needed to change them. 16-bit mono PCM at 16 kHz, a few kilobytes each.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE_HZ = 16_000
HERE = Path(__file__).resolve().parent


def _write(path: Path, samples: list[float]) -> None:
    frames = b"".join(struct.pack("<h", round(max(-1.0, min(1.0, s)) * 32_000)) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE_HZ)
        out.writeframes(frames)


def tick() -> list[float]:
    """A short woodblock-like click: 1.6 kHz with a fast exponential decay, 45 ms."""
    n = int(RATE_HZ * 0.045)
    return [
        0.55 * math.sin(2 * math.pi * 1600 * i / RATE_HZ) * math.exp(-i / (RATE_HZ * 0.008))
        for i in range(n)
    ]


def chime() -> list[float]:
    """A soft two-partial bell (E6 + B6), 0.5 s, gentle attack and long decay."""
    n = int(RATE_HZ * 0.5)
    out = []
    for i in range(n):
        t = i / RATE_HZ
        env = min(1.0, t / 0.005) * math.exp(-t / 0.18)
        tone = 0.6 * math.sin(2 * math.pi * 1318.5 * t) + 0.25 * math.sin(2 * math.pi * 1975.5 * t)
        out.append(0.5 * env * tone)
    return out


def main() -> None:
    """Write both files next to this script."""
    _write(HERE / "tick.wav", tick())
    _write(HERE / "chime.wav", chime())


if __name__ == "__main__":
    main()
