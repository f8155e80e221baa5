"""Where the figure's props stand, which body parts glow, and how far the figure moves.

Pure Python: the painter (``desktop_app/ui/figure_*.py``) draws what these functions place,
and the tests check the same geometry (a leg clear of the chair, the working limb lit).
Lengths in cm, y up, as in :mod:`desktop_app.core.poses`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop_app.core.key_poses import KeyPose, pose_at, resolve
from desktop_app.core.poses import FOREARM_CM, Figure, Point, forward_kinematics

#: Seat height never drops below this (cm): a normal chair.
MIN_SEAT_CM = 38.0
#: The pelvis point (hip joints) sits this far above the seat.
HIP_ABOVE_SEAT_CM = 9.0
MIN_SEAT_DEPTH_CM = 30.0
SEAT_BACK_CM = 14.0
CHAIR_BACK_CM = 36.0
#: Half the thickness of a thigh near the hip: a thigh leaving the seat clears its edge.
THIGH_HALF_CM = 6.0
DESK_TOP_CM = 74.0
DESK_DEPTH_CM = 70.0
HAND_R_CM = 3.0
BAND_REACH_CM = 80.0
#: Phases sampled per cycle when measuring a movement.
MOTION_SAMPLES = 24
#: Below this the movement counts as isometric (a hold): the target pulses instead.
ISOMETRIC_CM = 2.5
#: Below this the movement is small: a faint start pose shows where it began.
SMALL_MOTION_CM = 30.0
#: Points whose path the motion arrow may follow (the ends of the moving chains).
MOVERS = ("hand", "elbow", "ankle", "knee", "head", "neck_base", "chest", "pelvis_top")
#: Points on the trunk: seen from the front they move towards or away from the viewer.
TRUNK_MOVERS = ("neck_base", "chest", "pelvis_top")
#: Points that show the movement of a lit segment (the arrow prefers them).
SEGMENT_MOVERS: dict[str, tuple[str, ...]] = {
    "head": ("head",),
    "neck": ("head",),
    "upper_arm": ("elbow", "hand"),
    "forearm": ("hand",),
    "thigh": ("knee", "ankle"),
    "shin": ("ankle",),
    "low_back": ("pelvis_top",),
    "pelvis": ("pelvis_top",),
    "glutes": ("pelvis_top",),
}
#: A preferred point that moves at least this far (cm) carries the arrow.
PREFERRED_CM = 2.0


def swap_side(name: str) -> str:
    """Swap a ``_l``/``_r`` suffix (other names stay)."""
    if name.endswith("_l"):
        return name[:-2] + "_r"
    if name.endswith("_r"):
        return name[:-2] + "_l"
    return name


def facing(fig: Figure) -> float:
    """+1 when the side-view figure faces +x, -1 when mirrored."""
    return -1.0 if fig.mirrored else 1.0


# -- highlight -----------------------------------------------------------------


def highlight_names(names: Iterable[str], mirrored: bool) -> tuple[str, ...]:
    """Return the segment names to light on the figure as drawn.

    Key poses show the left side working; the mirrored figure swaps its ``_l``/``_r`` labels,
    so the limb that works is the one the pose data calls ``_l`` before mirroring.
    """
    return tuple(swap_side(n) if mirrored else n for n in names)


def highlight_segments(fig: Figure, name: str) -> list[tuple[Point, Point]]:
    """Return the centre lines (cm) of the body segment ``name`` on the figure."""
    p = fig.points
    front = facing(fig)

    def trunk_part(a: float, b: float, side: float) -> list[tuple[Point, Point]]:
        # Trunk regions sit on the front (+1) or back (-1) of the trunk in the side view.
        chain = (p["pelvis"], p["waist"], p["chest"], p["neck_base"])
        stops = (0.0, 0.35, 0.6, 1.0)

        def at(u: float) -> tuple[Point, Point]:
            u = min(1.0, max(-0.2, u))
            i = 0 if u < stops[1] else (1 if u < stops[2] else 2)
            (x0, y0), (x1, y1) = chain[i], chain[i + 1]
            w = (u - stops[i]) / (stops[i + 1] - stops[i])
            dx, dy = x1 - x0, y1 - y0
            length = math.hypot(dx, dy) or 1.0
            return (x0 + dx * w, y0 + dy * w), (dy / length, -dx / length)

        off = 4.5 * side * front if fig.view == "side" else 0.0
        out: list[tuple[Point, Point]] = []
        steps = 3
        for k in range(steps):
            (ax, ay), (nx, ny) = at(a + (b - a) * k / steps)
            (bx, by), (mx, my) = at(a + (b - a) * (k + 1) / steps)
            out.append(((ax + nx * off, ay + ny * off), (bx + mx * off, by + my * off)))
        return out

    front_view = fig.view == "front"
    kind, suffix = (name[:-2], name[-2:]) if swap_side(name) != name else (name, "")
    if suffix:
        chains = {
            "upper_arm": ("shoulder", "elbow"),
            "forearm": ("elbow", "hand"),
            "thigh": ("hip", "knee"),
            "shin": ("knee", "ankle"),
        }
        if kind not in chains:
            return []
        a, b = chains[kind]
        return [(p[a + suffix], p[b + suffix])]
    if name == "head":
        return [(p["neck_top"], p["head"])]
    if name == "neck" and front_view:
        # Seen from the front the stretched side of the neck is lit: from the head to the
        # shoulder it moves away from (both sides while the head is upright).
        top = p["neck_top"]
        reach = {s: math.dist(top, p[f"shoulder_{s}"]) for s in "lr"}
        sides = [s for s in "lr" if reach[s] >= max(reach.values()) - 2.0]
        return [(top, _mid(p["neck_base"], p[f"shoulder_{s}"], 0.55)) for s in sides]
    if name == "neck":
        return [(p["neck_base"], p["neck_top"])]
    if name in ("pelvis", "glutes") and front_view:
        return [(p["hip_l"], p["hip_r"])]
    if name == "pelvis":
        return [(p["pelvis"], p["pelvis_top"])]
    parts = {
        "chest": (0.6, 0.92, 1.0),
        "upper_back": (0.5, 0.95, -1.0),
        "abdomen": (0.12, 0.55, 1.0),
        "low_back": (0.05, 0.45, -1.0),
        "glutes": (-0.12, 0.08, -1.0),
    }
    if name not in parts:
        return []
    return trunk_part(*parts[name])


# -- props -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Chair:
    """A chair seen from the side (x of the seat's back and front edge) or the front."""

    back_x: float
    front_x: float
    seat_y: float
    top_y: float


def chair(ref: Figure) -> Chair:
    """Place the chair under the pelvis of the first key pose.

    Side view: the seat ends where a thigh that slopes down to the floor leaves it (the
    figure sits on the front edge), else a little ahead of the hips.
    """
    px, py = ref.points["pelvis"]
    seat = max(MIN_SEAT_CM, py - HIP_ABOVE_SEAT_CM)
    if ref.view == "front":
        return Chair(px - 24.0, px + 24.0, seat, seat + CHAIR_BACK_CM)
    f = facing(ref)
    front = px + f * 22.0
    for s in "lr":
        hx, hy = ref.points[f"hip_{s}"]
        kx, ky = ref.points[f"knee_{s}"]
        clear = seat + THIGH_HALF_CM  # the thigh's centre line at the seat edge
        if ky < clear < hy and (kx - hx) * f > 0:
            edge = hx + (kx - hx) * (hy - clear) / (hy - ky)
            if (edge - front) * f < 0:
                front = edge - f * 1.0
    # The chair back stands just behind the buttocks; the seat is at least 30 cm deep.
    back = front - f * max(MIN_SEAT_DEPTH_CM, (front - (px - f * SEAT_BACK_CM)) * f)
    return Chair(back, front, seat, seat + CHAIR_BACK_CM)


def desk(ref: Figure) -> tuple[float, float]:
    """Return (front edge x, top y) of the desk: under the hands if they lean on it."""
    f = facing(ref)
    px = ref.points["pelvis"][0]
    hands = [ref.points[f"hand_{s}"] for s in "lr"]
    on_desk = [h for h in hands if 55.0 < h[1] < 115.0 and (h[0] - px) * f > 10.0]
    if on_desk:
        top = min(h[1] for h in on_desk) - HAND_R_CM
        edge = min(h[0] * f for h in on_desk) * f - f * 6.0
        return edge, top
    return px + f * 40.0, DESK_TOP_CM


def band_anchor(ref: Figure) -> Point:
    """Where the band is tied: ahead at chest height (side view) or to the side (front)."""
    cx, cy = ref.points["chest"]
    if ref.view == "front":
        side = 1.0 if ref.mirrored else -1.0
        return cx + side * BAND_REACH_CM, cy
    return cx + facing(ref) * (BAND_REACH_CM + FOREARM_CM), cy


def door_x(ref: Figure) -> float:
    """The door frame stands at the forearm that rests on it."""
    s = ref.near or "l"
    return (ref.points[f"elbow_{s}"][0] + ref.points[f"hand_{s}"][0]) / 2


def wall_x(ref: Figure) -> float:
    """Side view: the wall touches the rearmost body point (the back of the head or heels)."""
    f = facing(ref)
    return min(p[0] * f for p in ref.points.values()) * f - f * 9.0


# -- movement ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Motion:
    """How the figure moves over a cycle: the point that travels most and its path."""

    extent_cm: float
    mover: str
    path: tuple[Point, ...]

    @property
    def isometric(self) -> bool:
        return self.extent_cm < ISOMETRIC_CM

    @property
    def small(self) -> bool:
        return self.extent_cm < SMALL_MOTION_CM


def preferred_movers(highlight: Iterable[str], mirrored: bool) -> tuple[str, ...]:
    """Points whose path shows the work of the lit segments (as drawn, mirrored or not)."""
    out: list[str] = []
    for name in highlight_names(highlight, mirrored):
        kind, suffix = (name[:-2], name[-2:]) if swap_side(name) != name else (name, "")
        out += [p + suffix for p in SEGMENT_MOVERS.get(kind, ())]
    return tuple(out)


def motion(
    keyframes: Sequence[KeyPose],
    view: str,
    mirrored: bool,
    anchor: str = "pelvis",
    prefer: Sequence[str] = (),
) -> Motion:
    """Measure the movement from the first key pose to the one farthest from it.

    The mover is the point of ``prefer`` that travels farthest if it travels at least
    :data:`PREFERRED_CM` (and, unless it is the head, 30 % of the largest travel), else
    the end point that travels farthest. ``path`` samples it from the first key pose
    to its farthest position; ``extent_cm`` is the largest travel of any end point.
    """
    if len(keyframes) < 2:
        return Motion(0.0, "pelvis", ())
    first = forward_kinematics(resolve(keyframes)[0], view, mirrored, anchor)
    samples = [
        forward_kinematics(pose_at(keyframes, i / MOTION_SAMPLES), view, mirrored, anchor)
        for i in range(MOTION_SAMPLES)
    ]
    movers = [n for n in first.points if n in MOVERS or (swap_side(n) != n and n[:-2] in MOVERS)]

    def farthest(names: Iterable[str]) -> tuple[float, str, int]:
        best, name, at = 0.0, "pelvis", 0
        for i, fig in enumerate(samples):
            for n in names:
                d = _dist(fig.points[n], first.points[n])
                if d > best + 0.5:
                    best, name, at = d, n, i
        return best, name, at

    extent, name, at = farthest(movers)
    chosen = farthest([n for n in prefer if n in first.points])
    # The head always shows a neck stretch; a lit limb's point must carry a fair share of
    # the movement (rising from a chair moves the knees a little, the body a lot).
    if chosen[0] >= PREFERRED_CM and (chosen[1] == "head" or chosen[0] >= 0.3 * extent):
        _, name, at = chosen
    path = tuple(samples[i].points[name] for i in range(at + 1))
    return Motion(extent, name, path)


def _mid(a: Point, b: Point, u: float) -> Point:
    return a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u


def _dist(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])
