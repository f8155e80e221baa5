"""What the figures must show, checked on their geometry (props, highlight, key properties)."""

from __future__ import annotations

import math

import pytest

from desktop_app.core import figure_geometry as geo
from desktop_app.core.catalog import Sidedness
from desktop_app.core.key_poses import pose_at, resolve
from desktop_app.core.poses import Figure, Point, forward_kinematics
from tests.helpers.exercises import builtin_catalog

PHASES = [i / 48 for i in range(48)]
LIMBS = ("upper_arm", "forearm", "thigh", "shin")


@pytest.fixture(scope="module")
def catalog():
    return builtin_catalog()


def figures(ex, mirrored: bool = False) -> list[Figure]:
    return [
        forward_kinematics(pose_at(ex.keyframes, t), ex.view, mirrored, ex.anchor) for t in PHASES
    ]


def reference(ex, mirrored: bool = False) -> Figure:
    return forward_kinematics(resolve(ex.keyframes)[0], ex.view, mirrored, ex.anchor)


def travel(figs: list[Figure], point: str) -> float:
    start = figs[0].points[point]
    return max(math.dist(f.points[point], start) for f in figs)


def angle_deg(a: Point, b: Point) -> float:
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def spread(values: list[float]) -> float:
    return max(values) - min(values)


def segment_box_distance(p: Point, q: Point, box: tuple[float, float, float, float]) -> float:
    """Distance from segment pq to an axis-aligned box (0 if they touch), sampled finely."""
    x0, y0, x1, y1 = box
    best = math.inf
    for i in range(201):
        u = i / 200
        x, y = p[0] + (q[0] - p[0]) * u, p[1] + (q[1] - p[1]) * u
        dx = max(x0 - x, 0.0, x - x1)
        dy = max(y0 - y, 0.0, y - y1)
        best = min(best, math.hypot(dx, dy))
    return best


# -- the highlight on the other side -----------------------------------------------


def test_mirrored_highlight_lights_the_limb_that_worked_on_the_first_side(catalog):
    """On the right side the lit limb is the mirror image of the lit limb on the left."""
    checked = 0
    for ex in catalog.exercises:
        if ex.sided is not Sidedness.LEFT_RIGHT:
            continue
        sided = [n for n in ex.highlight if n[:-2] in LIMBS]
        for plain, mirrored in zip(figures(ex), figures(ex, True), strict=True):
            lit_plain = [
                seg
                for n in geo.highlight_names(sided, False)
                for seg in geo.highlight_segments(plain, n)
            ]
            lit_mirror = [
                seg
                for n in geo.highlight_names(sided, True)
                for seg in geo.highlight_segments(mirrored, n)
            ]
            for (a, b), (c, d) in zip(lit_plain, lit_mirror, strict=True):
                assert c == pytest.approx((-a[0], a[1])), ex.id
                assert d == pytest.approx((-b[0], b[1])), ex.id
                checked += 1
    assert checked > 100


def test_mirrored_hip_abduction_lights_the_leg_that_lifts(catalog):
    ex = catalog.get("hip_abduction_standing")
    for mirrored in (False, True):
        figs = figures(ex, mirrored)
        lit = [n for n in geo.highlight_names(ex.highlight, mirrored) if n.startswith("thigh")]
        assert len(lit) == 1
        side = lit[0][-1]
        other = "r" if side == "l" else "l"
        assert travel(figs, f"ankle_{side}") > 20.0, (mirrored, "the lit leg lifts")
        assert travel(figs, f"ankle_{other}") < 2.0, (mirrored, "the standing leg stays")


def test_mirrored_side_view_lights_the_near_limb(catalog):
    """Side view: the working limb is drawn near the viewer on both sides."""
    for ex in catalog.exercises:
        if ex.sided is not Sidedness.LEFT_RIGHT or ex.view != "side":
            continue
        for mirrored in (False, True):
            fig = reference(ex, mirrored)
            for name in geo.highlight_names(ex.highlight, mirrored):
                if name[:-2] in LIMBS:
                    assert name.endswith("_" + fig.near), (ex.id, mirrored, name)


# -- exercises that used to show their own mistake --------------------------------


def test_pelvic_tilt_rotates_the_pelvis_under_still_shoulders(catalog):
    figs = figures(catalog.get("pelvic_tilt_seated"))
    tilt = [angle_deg(f.points["pelvis"], f.points["pelvis_top"]) for f in figs]
    assert spread(tilt) > 20.0, "the pelvis rocks forward and back"
    for point in ("shoulder_l", "neck_base", "head"):
        assert travel(figs, point) < 3.0, point


def test_seated_hamstring_leg_clears_the_chair(catalog):
    ex = catalog.get("hamstring_stretch_seated")
    for mirrored in (False, True):
        chair = geo.chair(reference(ex, mirrored))
        seat = (
            min(chair.back_x, chair.front_x),
            chair.seat_y - 4.0,
            max(chair.back_x, chair.front_x),
            chair.seat_y,
        )
        front_legs = (chair.front_x - 1.5, 0.0, chair.front_x + 1.5, chair.seat_y)
        side = "r" if mirrored else "l"  # the straight leg (the near one)
        for fig in figures(ex, mirrored):
            p = fig.points
            for a, b in ((f"hip_{side}", f"knee_{side}"), (f"knee_{side}", f"ankle_{side}")):
                for box in (seat, front_legs):
                    assert segment_box_distance(p[a], p[b], box) > 4.0, (mirrored, a, b)
            assert p[f"ankle_{side}"][1] < 8.0, "the heel rests on the floor"


def test_knee_side_plank_bends_the_knees_and_the_full_one_does_not(catalog):
    def knee_angles(ex_id: str) -> list[float]:
        out = []
        for fig in figures(catalog.get(ex_id)):
            p = fig.points
            for s in "lr":
                a = angle_deg(p[f"knee_{s}"], p[f"hip_{s}"])
                b = angle_deg(p[f"knee_{s}"], p[f"ankle_{s}"])
                out.append(abs((a - b + 180.0) % 360.0 - 180.0))
        return out

    assert max(knee_angles("side_plank_knees")) < 135.0
    assert min(knee_angles("side_plank_full")) > 165.0


def test_side_bend_keeps_both_hips_on_the_seat(catalog):
    ex = catalog.get("side_bend_reach")
    for mirrored in (False, True):
        figs = figures(ex, mirrored)
        seat = geo.chair(reference(ex, mirrored)).seat_y
        for fig in figs:
            left, right = fig.points["hip_l"][1], fig.points["hip_r"][1]
            assert abs(left - right) < 1.0, "the pelvis stays level"
            assert 0.0 < min(left, right) - seat < 12.0, "sitting on the seat"
        # ...while the trunk bends well to the side.
        assert travel(figs, "neck_base") > 12.0


def test_forward_fold_rounds_the_back(catalog):
    ex = catalog.get("lumbar_flexion_seated")
    folded = max(figures(ex), key=lambda f: f.points["pelvis"][1] - f.points["head"][1])
    p = folded.points
    (x0, y0), (x1, y1) = p["pelvis"], p["neck_base"]
    wx, wy = p["waist"]
    # Signed distance of the waist from the chord; behind the chord is away from the face.
    facing = 1.0 if not folded.mirrored else -1.0
    behind = -((x1 - x0) * (wy - y0) - (y1 - y0) * (wx - x0)) / math.dist((x0, y0), (x1, y1))
    assert behind * facing < -3.0 or behind * facing > 3.0
    # The waist bulges to the side of the back (opposite the face).
    face = p["face"]
    assert math.dist((wx, wy), face) > math.dist(((x0 + x1) / 2, (y0 + y1) / 2), face)


def test_chair_back_extension_arches_the_upper_back_not_the_hips(catalog):
    figs = figures(catalog.get("thoracic_extension_chair"))
    pelvis_axis = [angle_deg(f.points["pelvis"], f.points["pelvis_top"]) for f in figs]
    upper = [angle_deg(f.points["chest"], f.points["neck_base"]) for f in figs]
    assert spread(pelvis_axis) < 8.0, "the pelvis stays upright on the seat"
    assert spread(upper) > 20.0, "the upper back extends"


def test_abdominal_brace_and_glute_sets_are_holds_with_different_targets(catalog):
    brace, glutes = catalog.get("abdominal_brace_seated"), catalog.get("glute_squeeze_seated")
    for ex in (brace, glutes):
        assert geo.motion(ex.keyframes, ex.view, False, ex.anchor).isometric, ex.id
    fig_b, fig_g = reference(brace), reference(glutes)
    lit_b = [seg for n in brace.highlight for seg in geo.highlight_segments(fig_b, n)]
    lit_g = [seg for n in glutes.highlight for seg in geo.highlight_segments(fig_g, n)]
    mid_b = sum(a[1] + b[1] for a, b in lit_b) / (2 * len(lit_b))
    mid_g = sum(a[1] + b[1] for a, b in lit_g) / (2 * len(lit_g))
    assert mid_b > mid_g + 10.0, "the brace lights the belly, the glute sets the buttocks"
    # The brace's hands rest on the belly, in front of the trunk at waist height.
    hand = fig_b.points["hand_l"]
    waist = fig_b.points["waist"]
    assert abs(hand[1] - waist[1]) < 12.0 and 0.0 < hand[0] - waist[0] < 20.0


# -- props and motion ---------------------------------------------------------------


def test_chair_stays_under_the_pelvis_of_every_seated_side_view(catalog):
    for ex in catalog.exercises:
        if "chair" not in ex.props or ex.view != "side":
            continue
        for mirrored in (False, True):
            ref = reference(ex, mirrored)
            chair = geo.chair(ref)
            lo, hi = sorted((chair.back_x, chair.front_x))
            assert lo < ref.points["pelvis"][0] < hi, (ex.id, mirrored)
            assert hi - lo >= 30.0


def test_motion_finds_the_moving_part(catalog):
    bird = catalog.get("bird_dog")
    move = geo.motion(bird.keyframes, bird.view, False, bird.anchor)
    assert not move.small and move.mover in ("hand_l", "ankle_r")
    assert math.dist(move.path[0], move.path[-1]) > 40.0
    # A neck stretch: the arrow follows the head, not the helping hand.
    trap = catalog.get("upper_trap_stretch")
    prefer = geo.preferred_movers(trap.highlight, False)
    assert geo.motion(trap.keyframes, trap.view, False, trap.anchor, prefer).mover == "head"
    assert geo.motion((), "side", False).extent_cm == 0.0


def test_neck_stretches_light_the_side_that_lengthens(catalog):
    """Left side: the head tilts to the right, so the left side of the neck is lit."""
    for ex_id in ("upper_trap_stretch", "levator_scap_stretch"):
        ex = catalog.get(ex_id)
        for mirrored in (False, True):
            held = figures(ex, mirrored)[int(0.5 * len(PHASES))]
            lit = geo.highlight_segments(held, "neck")
            assert len(lit) == 1, (ex_id, mirrored)
            (_, end) = lit[0]
            stretched = "r" if mirrored else "l"
            other = "l" if mirrored else "r"
            p = held.points
            near = math.dist(end, p[f"shoulder_{stretched}"])
            assert near < math.dist(end, p[f"shoulder_{other}"])
