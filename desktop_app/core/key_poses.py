"""Stick-figure key poses: the joints a pose sets, interpolation between key poses, mirroring.

Pure Python. ``docs/figure.md`` documents the joint names, zero positions and signs;
:mod:`desktop_app.core.poses` places the figure's points from the angles.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

#: Keys a key pose may set: joint angles in degrees, ``root_x``/``root_y`` in cm.
JOINTS: tuple[str, ...] = (
    "trunk",
    "bow",
    "tilt",
    "spine",
    "bend",
    "twist",
    "neck",
    "head",
    "turn",
    "shoulder_l",
    "elbow_l",
    "arm_flex_l",
    "shoulder_r",
    "elbow_r",
    "arm_flex_r",
    "hip_l",
    "hip_flex_l",
    "knee_l",
    "shin_flex_l",
    "ankle_l",
    "hip_r",
    "hip_flex_r",
    "knee_r",
    "shin_flex_r",
    "ankle_r",
    "root_x",
    "root_y",
)
#: Keys whose sign flips when a front-view pose is mirrored (lean, tilt, turn).
LATERAL_KEYS = ("trunk", "bend", "twist", "neck", "turn", "root_x")


@dataclass(frozen=True, slots=True)
class KeyPose:
    """One key pose: ``t`` is the phase (0..1) within a cycle, ``angles`` maps joint to degrees."""

    t: float
    angles: Mapping[str, float] = field(default_factory=dict)


NEUTRAL: Mapping[str, float] = {name: 0.0 for name in JOINTS}


def smoothstep(u: float) -> float:
    """Ease 0..1 to 0..1 with zero slope at both ends."""
    u = min(1.0, max(0.0, u))
    return u * u * (3.0 - 2.0 * u)


def resolve(keyframes: Sequence[KeyPose]) -> list[dict[str, float]]:
    """Return full angle sets: a joint a key pose leaves out keeps its previous value.

    The first key pose starts from :data:`NEUTRAL` (standing, arms at the sides).
    """
    full: list[dict[str, float]] = []
    current = dict(NEUTRAL)
    for key in keyframes:
        current = {**current, **{k: float(v) for k, v in key.angles.items() if k in NEUTRAL}}
        full.append(current)
    return full


def pose_at(keyframes: Sequence[KeyPose], phase: float) -> dict[str, float]:
    """Return the angles at ``phase`` (cycles; only the fraction counts), eased between keys.

    The cycle loops: after the last key pose the figure eases back to the first one,
    reaching it at phase 1. An empty sequence gives the neutral standing pose.
    """
    if not keyframes:
        return dict(NEUTRAL)
    full = resolve(keyframes)
    if len(full) == 1:
        return full[0]
    p = phase % 1.0
    times = [k.t for k in keyframes]
    # Segment (i -> i+1), or the wrap-around segment from the last to the first (+1).
    if p < times[0]:
        a, b, t0, t1 = len(full) - 1, 0, times[-1] - 1.0, times[0]
    elif p >= times[-1]:
        a, b, t0, t1 = len(full) - 1, 0, times[-1], times[0] + 1.0
    else:
        i = max(j for j in range(len(times)) if times[j] <= p)
        a, b, t0, t1 = i, i + 1, times[i], times[i + 1]
    span = t1 - t0
    u = smoothstep((p - t0) / span) if span > 1e-9 else 1.0
    return {k: full[a][k] + (full[b][k] - full[a][k]) * u for k in full[a]}


def mirror_angles(angles: Mapping[str, float], view: str) -> dict[str, float]:
    """Swap left and right; in the front view also flip the sign of lateral keys.

    ``forward_kinematics(mirror_angles(a, "front"), "front")`` draws the same figure as
    ``forward_kinematics(a, "front", mirrored=True)``.
    """
    out: dict[str, float] = {}
    for key, value in angles.items():
        if key.endswith("_l"):
            out[key[:-2] + "_r"] = value
        elif key.endswith("_r"):
            out[key[:-2] + "_l"] = value
        elif view == "front" and key in LATERAL_KEYS:
            out[key] = -value
        else:
            out[key] = value
    return out
