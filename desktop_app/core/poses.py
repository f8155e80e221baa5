"""Stick-figure forward kinematics: the body's measures and where each point lies.

Pure Python. The joint angles come from key poses (:mod:`desktop_app.core.key_poses`:
joint names, interpolation, mirroring); ``docs/figure.md`` documents the joint names,
zero positions and signs. Lengths are centimetres of a 170 cm adult; y points up, the
floor is y = 0.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.core.key_poses import NEUTRAL

TRUNK_CM = 50.0
SHOULDER_DROP_CM = 5.0
NECK_CM = 9.0
HEAD_R_CM = 11.0
UPPER_ARM_CM = 29.0
FOREARM_CM = 27.0
THIGH_CM = 44.0
SHIN_CM = 43.0
FOOT_CM = 17.0
HEEL_CM = 5.0
SHOULDER_HALF_CM = 18.0
HIP_HALF_CM = 9.0
#: Every named point of a posed figure (``anchor`` may name any of them).
POINTS: tuple[str, ...] = (
    "pelvis",
    "pelvis_top",
    "waist",
    "chest",
    "neck_base",
    "neck_top",
    "head",
    "face",
    *(
        f"{part}_{side}"
        for side in ("l", "r")
        for part in ("shoulder", "elbow", "hand", "hip", "knee", "ankle", "heel", "toe")
    ),
)
#: Length (cm) of the pelvis axis, from the hip joints to the top of the pelvis.
PELVIS_CM = 13.0
#: Spine parameters of the points along the trunk curve (0 pelvis, 1 neck base).
WAIST_U = 0.35
CHEST_U = 0.6
SHOULDER_U = 1.0 - SHOULDER_DROP_CM / TRUNK_CM
#: Front view: how far (share of its length) an arm pointing at the viewer drops on screen.
ARM_DROP = 0.3
#: Minimum drawn share of a foreshortened segment in the front view.
MIN_FORESHORTEN = 0.12

#: Half-thickness (cm) of the body around each point, used to put the figure on the floor.
_RADIUS_CM: dict[str, float] = {
    "pelvis": 8.0,
    "pelvis_top": 5.0,
    "waist": 7.0,
    "chest": 8.0,
    "neck_base": 6.0,
    "neck_top": 5.0,
    "head": HEAD_R_CM,
    "elbow": 4.0,
    "hand": 3.0,
    "knee": 5.0,
    "ankle": 4.0,
    "toe": 1.5,
    "heel": 2.5,
    "shoulder": 6.0,
    "hip": 7.0,
}

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Figure:
    """A posed figure in 2D: named points (cm) plus what the painter needs to know.

    Points: ``pelvis`` (the hip joints), ``pelvis_top`` (the top of the pelvis: the
    pelvis axis shows its tilt), ``waist`` and ``chest`` (on the spine curve),
    ``neck_base``, ``neck_top``, ``head`` (centre of the head circle), ``face`` (where the
    nose/face points), and per side
    ``shoulder``, ``elbow``, ``hand``, ``hip``, ``knee``, ``ankle``, ``heel``, ``toe``
    with suffix ``_l``/``_r``.
    """

    points: Mapping[str, Point]
    view: str
    mirrored: bool
    #: In the side view, the suffix of the limbs nearer the viewer ("l" or "r").
    near: str
    #: Front view: horizontal offset of the face features (-1..1, turn of the head).
    face_turn: float = 0.0
    #: Front view: vertical offset of the face features (-1..1, nod of the head).
    face_nod: float = 0.0
    #: Front view: trunk rotation as drawn (degrees); + turns the chest towards screen +x,
    #: so the shoulder at +x goes back (away from the viewer).
    twist: float = 0.0

    def bounds(self) -> tuple[float, float, float, float]:
        """Return (min_x, min_y, max_x, max_y) including the head circle."""
        xs = [p[0] for p in self.points.values()]
        ys = [p[1] for p in self.points.values()]
        hx, hy = self.points["head"]
        xs += [hx - HEAD_R_CM, hx + HEAD_R_CM]
        ys += [hy - HEAD_R_CM, hy + HEAD_R_CM]
        return min(xs), min(ys), max(xs), max(ys)


def _dir(deg: float) -> Point:
    rad = math.radians(deg)
    return math.cos(rad), math.sin(rad)


def _add(p: Point, deg: float, length: float) -> Point:
    dx, dy = _dir(deg)
    return p[0] + dx * length, p[1] + dy * length


def forward_kinematics(
    angles: Mapping[str, float],
    view: str = "side",
    mirrored: bool = False,
    anchor: str = "pelvis",
) -> Figure:
    """Place every point of the figure from joint angles; the lowest body edge touches y = 0.

    Args:
        angles: Joint angles in degrees (missing joints are neutral).
        view: ``"side"`` (figure faces +x, its left side towards the viewer) or ``"front"``.
        mirrored: Draw the other side: x is flipped and left/right labels are swapped.
        anchor: The point kept at x = ``root_x`` (e.g. a planted foot), default the pelvis.

    Returns:
        The posed figure.
    """
    a = {**NEUTRAL, **{k: float(v) for k, v in angles.items() if k in NEUTRAL}}
    points = _side(a) if view == "side" else _front(a)
    # Ground: the lowest body edge rests on the floor, then the root offset is applied.
    ground = min(y - _RADIUS_CM[_kind(name)] for name, (_, y) in points.items() if name != "face")
    anchor_x = points[anchor][0] if anchor in points else 0.0
    dx, dy = a["root_x"] - anchor_x, a["root_y"] - ground
    placed = {name: (x + dx, y + dy) for name, (x, y) in points.items()}
    turn = max(-1.0, min(1.0, math.sin(math.radians(a["turn"]))))
    nod = max(-1.0, min(1.0, math.sin(math.radians(a["head"]))))
    if mirrored:
        placed = {_swap(name): (-x, y) for name, (x, y) in placed.items()}
        turn = -turn
    twist = a["twist"] * (-1.0 if mirrored else 1.0) if view == "front" else 0.0
    near = ("r" if mirrored else "l") if view == "side" else ""
    return Figure(placed, view, mirrored, near, face_turn=turn, face_nod=nod, twist=twist)


def _kind(name: str) -> str:
    return name[:-2] if name.endswith(("_l", "_r")) else name


def _swap(name: str) -> str:
    if name.endswith("_l"):
        return name[:-2] + "_r"
    if name.endswith("_r"):
        return name[:-2] + "_l"
    return name


def bezier(p0: Point, p1: Point, p2: Point, p3: Point, u: float) -> Point:
    """Return the point at ``u`` (0..1) of the cubic Bezier curve p0..p3."""
    v = 1.0 - u
    a, b, c, d = v * v * v, 3 * v * v * u, 3 * v * u * u, u * u * u
    return (
        a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
        a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
    )


@dataclass(frozen=True, slots=True)
class Spine:
    """The trunk as a curve from the pelvis to the neck base (directions in degrees, math sense)."""

    control: tuple[Point, Point, Point, Point]
    #: Direction of the curve at the pelvis (the pelvis axis follows it) and at the neck base.
    bottom: float
    top: float

    def at(self, u: float) -> Point:
        return bezier(*self.control, u)


def spine_curve(pelvis: Point, chord: float, bottom: float, top: float, length: float) -> Spine:
    """Bend the trunk: the chord keeps its direction, the ends turn to ``bottom`` and ``top``.

    The chord shortens like that of a circular arc, so the spine keeps about its length.
    """
    half = math.radians(abs(bottom - top)) / 2.0
    chord_len = length * (math.sin(half) / half if half > 1e-6 else 1.0)
    end = _add(pelvis, chord, chord_len)
    handle = chord_len / 3.0
    control = (pelvis, _add(pelvis, bottom, handle), _add(end, top, -handle), end)
    return Spine(control, bottom, top)


def _side(a: Mapping[str, float]) -> dict[str, Point]:
    pelvis: Point = (0.0, 0.0)
    chord = 90.0 - a["trunk"]  # direction pelvis -> neck base; flexion turns clockwise
    # Flexion rounds the back (the ends turn towards each other behind the chord); an
    # anterior pelvic tilt turns the pelvis and the lumbar spine forward (a hollow back).
    bottom = chord + a["spine"] / 2.0 - a["tilt"]
    top = chord - a["spine"] / 2.0
    spine = spine_curve(pelvis, chord, bottom, top, TRUNK_CM)
    trunk = top  # the shoulders, arms and neck follow the upper trunk
    neck_base = spine.at(1.0)
    shoulder = spine.at(SHOULDER_U)
    neck_dir = trunk - a["neck"]
    neck_top = _add(neck_base, neck_dir, NECK_CM)
    head_dir = neck_dir - a["head"]
    head = _add(neck_top, head_dir, HEAD_R_CM * 0.85)
    face = _add(head, head_dir - 90.0, HEAD_R_CM)
    pts: dict[str, Point] = {
        "pelvis": pelvis,
        "pelvis_top": _add(pelvis, bottom, PELVIS_CM),
        "waist": spine.at(WAIST_U),
        "chest": spine.at(CHEST_U),
        "neck_base": neck_base,
        "neck_top": neck_top,
        "head": head,
        "face": face,
    }
    # Near and far shoulders separate a little when the trunk twists.
    spread = math.sin(math.radians(a["twist"])) * SHOULDER_HALF_CM
    for s, sign in (("l", 1.0), ("r", -1.0)):
        sh = _add(shoulder, trunk - 90.0, spread * sign)
        upper = trunk - 180.0 + a[f"shoulder_{s}"]
        elbow = _add(sh, upper, UPPER_ARM_CM)
        hand = _add(elbow, upper + a[f"elbow_{s}"], FOREARM_CM)
        thigh = chord - 180.0 + a[f"hip_{s}"]
        knee = _add(pelvis, thigh, THIGH_CM)
        shin = thigh - a[f"knee_{s}"]
        ankle = _add(knee, shin, SHIN_CM)
        foot = shin + 90.0 - a[f"ankle_{s}"]
        pts.update(
            {
                f"shoulder_{s}": sh,
                f"elbow_{s}": elbow,
                f"hand_{s}": hand,
                f"hip_{s}": pelvis,
                f"knee_{s}": knee,
                f"ankle_{s}": ankle,
                f"toe_{s}": _add(ankle, foot, FOOT_CM),
                f"heel_{s}": _add(ankle, foot, -HEEL_CM),
            }
        )
    return pts


def _front(a: Mapping[str, float]) -> dict[str, Point]:
    pelvis: Point = (0.0, 0.0)
    base = 90.0 - a["trunk"]  # positive lean tips the trunk towards +x (the figure's left)
    # A side bend curves the spine above a level pelvis; the shoulders follow its top.
    bottom, top = base, base - a["bend"]
    # A forward bow (towards the viewer) only shortens the trunk on screen.
    length = TRUNK_CM * max(0.5, math.cos(math.radians(a["bow"])))
    spine = spine_curve(pelvis, (bottom + top) / 2.0, bottom, top, length)
    trunk = top
    neck_base = spine.at(1.0)
    shoulder_mid = spine.at(SHOULDER_U)
    neck_dir = trunk - a["neck"]
    neck_top = _add(neck_base, neck_dir, NECK_CM)
    head = _add(neck_top, neck_dir, HEAD_R_CM * 0.85)
    pts: dict[str, Point] = {
        "pelvis": pelvis,
        "pelvis_top": _add(pelvis, base, PELVIS_CM),
        "waist": spine.at(WAIST_U),
        "chest": spine.at(CHEST_U),
        "neck_base": neck_base,
        "neck_top": neck_top,
        "head": head,
        "face": head,
    }
    width = SHOULDER_HALF_CM * max(0.35, math.cos(math.radians(a["twist"])))
    # The figure faces the viewer: its left side (suffix _l) is at +x.
    for s, sign in (("l", 1.0), ("r", -1.0)):
        sh = _add(shoulder_mid, trunk - 90.0, width * sign)
        upper = trunk - 180.0 + sign * a[f"shoulder_{s}"]
        flex = math.radians(a[f"arm_flex_{s}"])
        reach = max(MIN_FORESHORTEN, math.cos(flex))
        # An arm pointing at the viewer is seen from a little above: the hand drops.
        drop = math.sin(flex) * ARM_DROP
        elbow = _add(sh, upper, UPPER_ARM_CM * reach)
        elbow = (elbow[0], elbow[1] - UPPER_ARM_CM * drop)
        hand = _add(elbow, upper + sign * a[f"elbow_{s}"], FOREARM_CM * reach)
        hand = (hand[0], hand[1] - FOREARM_CM * drop)
        hip = _add(pelvis, base - 90.0, HIP_HALF_CM * sign)
        thigh = base - 180.0 + sign * a[f"hip_{s}"]
        short = max(MIN_FORESHORTEN, math.cos(math.radians(a[f"hip_flex_{s}"])))
        knee = _add(hip, thigh, THIGH_CM * short)
        shin = thigh + sign * a[f"knee_{s}"]
        shin_short = max(MIN_FORESHORTEN, math.cos(math.radians(a[f"shin_flex_{s}"])))
        ankle = _add(knee, shin, SHIN_CM * shin_short)
        foot = shin + 90.0 * sign
        pts.update(
            {
                f"shoulder_{s}": sh,
                f"elbow_{s}": elbow,
                f"hand_{s}": hand,
                f"hip_{s}": hip,
                f"knee_{s}": knee,
                f"ankle_{s}": ankle,
                f"toe_{s}": _add(ankle, foot, FOOT_CM * 0.45),
                f"heel_{s}": _add(ankle, foot, -HEEL_CM * 0.6),
            }
        )
    return pts
