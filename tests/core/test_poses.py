"""Key poses: interpolation, mirroring and forward kinematics of the stick figure."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.catalog import Position
from desktop_app.core.key_poses import (
    JOINTS,
    NEUTRAL,
    KeyPose,
    mirror_angles,
    pose_at,
    resolve,
    smoothstep,
)
from desktop_app.core.poses import FOREARM_CM, SHIN_CM, THIGH_CM, UPPER_ARM_CM, forward_kinematics
from tests.helpers.exercises import builtin_catalog

KEYS = (
    KeyPose(0.0, {"trunk": 0.0, "hip_l": 10.0}),
    KeyPose(0.4, {"trunk": 40.0}),
    KeyPose(0.7, {"trunk": 20.0, "hip_l": -30.0}),
)
ANGLE_KEYS = [k for k in JOINTS if not k.startswith("root")]


def dist(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


@pytest.fixture(scope="module")
def catalog():
    return builtin_catalog()


def test_smoothstep_ends_and_middle():
    assert smoothstep(0.0) == 0.0 and smoothstep(1.0) == 1.0
    assert smoothstep(0.5) == pytest.approx(0.5)
    assert smoothstep(-3.0) == 0.0 and smoothstep(7.0) == 1.0


def test_resolve_carries_missing_joints_forward():
    full = resolve(KEYS)
    assert full[1]["hip_l"] == 10.0, "hip_l not given at t=0.4 keeps its previous value"
    assert full[0]["knee_l"] == NEUTRAL["knee_l"]
    assert set(full[2]) == set(JOINTS)


def test_interpolation_hits_every_keyframe():
    full = resolve(KEYS)
    for key, expected in zip(KEYS, full, strict=True):
        assert pose_at(KEYS, key.t) == pytest.approx(expected)


def test_cycle_wraps_back_to_the_first_key():
    assert pose_at(KEYS, 1.0) == pytest.approx(pose_at(KEYS, 0.0))
    assert pose_at(KEYS, 2.25) == pytest.approx(pose_at(KEYS, 0.25))
    between = pose_at(KEYS, 0.85)["trunk"]
    assert 0.0 < between < 20.0, "from the last key it eases back towards the first"


def test_interpolation_is_continuous_and_bounded():
    steps = 2000
    previous = pose_at(KEYS, 0.0)
    for i in range(1, steps + 1):
        current = pose_at(KEYS, i / steps)
        for joint in ("trunk", "hip_l"):
            assert abs(current[joint] - previous[joint]) < 0.2
            assert -30.0 - 1e-9 <= current[joint] <= 40.0 + 1e-9
        previous = current


def test_easing_is_slow_near_keys_and_fast_between():
    near = pose_at(KEYS, 0.01)["trunk"] - pose_at(KEYS, 0.0)["trunk"]
    middle = pose_at(KEYS, 0.21)["trunk"] - pose_at(KEYS, 0.20)["trunk"]
    assert 0.0 < near < middle


def test_empty_and_single_keyframe():
    assert pose_at((), 0.3) == dict(NEUTRAL)
    single = (KeyPose(0.2, {"trunk": 15.0}),)
    assert pose_at(single, 0.0)["trunk"] == pose_at(single, 0.9)["trunk"] == 15.0


def test_first_key_later_than_zero_wraps_from_the_last():
    keys = (KeyPose(0.25, {"trunk": 10.0}), KeyPose(0.75, {"trunk": 30.0}))
    assert pose_at(keys, 0.0)["trunk"] == pytest.approx(20.0), "halfway through the wrap"


def test_neutral_standing_figure_is_upright_on_the_floor():
    fig = forward_kinematics({})
    p = fig.points
    assert p["head"][1] > p["neck_base"][1] > p["pelvis"][1] > p["knee_l"][1] > p["ankle_l"][1]
    assert p["ankle_l"][1] == pytest.approx(p["ankle_r"][1])
    *_, top = fig.bounds()
    assert 150.0 < top < 185.0, "a standing adult is about 170 cm tall"
    assert min(y for _, y in p.values()) >= 0.0
    assert p["face"][0] > p["head"][0], "the side view faces +x"


def test_sign_conventions():
    bent = forward_kinematics({"trunk": 45.0}).points
    assert bent["neck_base"][0] > bent["pelvis"][0], "positive trunk leans forward"
    arm = forward_kinematics({"shoulder_l": 90.0}).points
    assert arm["hand_l"][0] - arm["shoulder_l"][0] == pytest.approx(UPPER_ARM_CM + FOREARM_CM)
    knee = forward_kinematics({"knee_l": 90.0}).points
    assert knee["ankle_l"][0] < knee["knee_l"][0], "knee flexion bends the shin backwards"
    supine = forward_kinematics({"trunk": -90.0}).points
    assert supine["head"][0] < supine["pelvis"][0]
    assert supine["face"][1] > supine["head"][1], "lying supine the face points up"


@settings(max_examples=150, deadline=None)
@given(
    st.fixed_dictionaries({k: st.floats(-180, 180) for k in ANGLE_KEYS if "flex" not in k}),
    st.sampled_from(["side", "front"]),
)
def test_fk_keeps_segment_lengths_and_rests_on_the_floor(angles, view):
    fig = forward_kinematics(angles, view)
    p = fig.points
    for s in "lr":
        assert dist(p[f"shoulder_{s}"], p[f"elbow_{s}"]) == pytest.approx(UPPER_ARM_CM)
        assert dist(p[f"elbow_{s}"], p[f"hand_{s}"]) == pytest.approx(FOREARM_CM)
        assert dist(p[f"hip_{s}"], p[f"knee_{s}"]) == pytest.approx(THIGH_CM)
        assert dist(p[f"knee_{s}"], p[f"ankle_{s}"]) == pytest.approx(SHIN_CM)
    # Some body edge touches the floor and nothing is far below it.
    assert min(y for _, y in p.values()) < 12.0
    assert min(y for _, y in p.values()) > -1e-6


@settings(max_examples=100, deadline=None)
@given(st.fixed_dictionaries({k: st.floats(-120, 120) for k in ANGLE_KEYS}))
def test_mirroring_flips_x_and_swaps_sides(angles):
    for view in ("side", "front"):
        plain = forward_kinematics(angles, view).points
        mirrored = forward_kinematics(angles, view, mirrored=True).points
        for name, (x, y) in plain.items():
            other = (
                name[:-2] + {"_l": "_r", "_r": "_l"}[name[-2:]]
                if name[-2:] in ("_l", "_r")
                else name
            )
            assert mirrored[other] == pytest.approx((-x, y))


@settings(max_examples=100, deadline=None)
@given(st.fixed_dictionaries({k: st.floats(-120, 120) for k in ANGLE_KEYS}))
def test_front_view_mirror_angles_draw_the_mirrored_figure(angles):
    by_angles = forward_kinematics(mirror_angles(angles, "front"), "front").points
    by_flag = forward_kinematics(angles, "front", mirrored=True).points
    for name, point in by_flag.items():
        if name != "face":
            assert by_angles[name] == pytest.approx(point, abs=1e-6)


def test_mirror_angles_twice_is_identity():
    angles = {"trunk": 12.0, "neck": -4.0, "hip_l": 30.0, "knee_r": 45.0, "turn": 20.0}
    for view in ("side", "front"):
        assert mirror_angles(mirror_angles(angles, view), view) == angles
    assert mirror_angles(angles, "side")["hip_r"] == 30.0
    assert mirror_angles(angles, "front")["trunk"] == -12.0


def test_anchor_point_stays_put():
    sit = {"trunk": 0.0, "hip_l": 90.0, "hip_r": 90.0, "knee_l": 90.0, "knee_r": 90.0}
    stand: dict[str, float] = {}
    for angles in (sit, stand):
        assert forward_kinematics(angles, anchor="ankle_l").points["ankle_l"][0] == pytest.approx(
            0.0
        )
        moved = forward_kinematics({**angles, "root_x": 7.0}, anchor="ankle_l").points
        assert moved["ankle_l"][0] == pytest.approx(7.0)


def _phases(n: int = 24) -> list[float]:
    return [i / n for i in range(n)]


def test_every_exercise_pose_is_plausible(catalog):
    """Each figure stays on the floor, in one piece, at a height that fits its position."""
    for ex in catalog.exercises:
        for phase in _phases():
            fig = forward_kinematics(pose_at(ex.keyframes, phase), ex.view, False, ex.anchor)
            p = fig.points
            lowest = min(y for _, y in p.values())
            assert -1e-6 <= lowest < 12.0, (ex.id, phase)
            head_y = p["head"][1]
            if ex.position == Position.FLOOR:
                assert p["pelvis"][1] < 60.0, (ex.id, phase, "floor poses stay low")
            elif ex.id == "sit_to_stand_hinge":
                assert 30.0 < p["pelvis"][1] < 100.0, (ex.id, phase, "from the chair to standing")
            elif ex.position == Position.SEATED:
                assert 30.0 < p["pelvis"][1] < 60.0, (ex.id, phase, "seated on a chair")
                assert head_y < 140.0
            else:
                assert p["pelvis"][1] > 60.0, (ex.id, phase, "standing")


def test_left_right_exercises_move_one_side_more(catalog):
    """A one-sided exercise really differs between its left and right limbs somewhere."""
    for ex in catalog.exercises:
        if ex.sided.value != "left-right":
            continue
        if ex.view == "front" and "band" in ex.props:
            continue  # the side shows in where the band is anchored, not in the limbs
        diff = 0.0
        for phase in _phases(12):
            a = pose_at(ex.keyframes, phase)
            for part in ("shoulder", "elbow", "hip", "knee"):
                diff = max(diff, abs(a[f"{part}_l"] - a[f"{part}_r"]))
            diff = max(diff, abs(a["trunk"]) if ex.view == "front" else 0.0)
            diff = max(diff, abs(a["neck"]) if ex.view == "front" else 0.0)
            diff = max(diff, abs(a["turn"]) if ex.view == "front" else 0.0)
        assert diff > 10.0, ex.id


@settings(max_examples=60, deadline=None)
@given(st.floats(-120, 120), st.sampled_from(["side", "front"]))
def test_without_spine_keys_the_trunk_is_straight_as_before(trunk, view):
    """Poses written before ``spine``/``tilt``/``bend`` existed draw the same straight trunk."""
    p = forward_kinematics({"trunk": trunk}, view).points
    rad = math.radians(trunk)
    direction = (math.sin(rad), math.cos(rad))  # leaning towards +x from upright
    px, py = p["pelvis"]
    for name, share in (("waist", 0.35), ("chest", 0.6), ("neck_base", 1.0)):
        expected = (px + direction[0] * 50.0 * share, py + direction[1] * 50.0 * share)
        assert p[name] == pytest.approx(expected, abs=1e-6), name


def test_spine_flexion_rounds_the_back_and_keeps_its_length():
    straight = forward_kinematics({"trunk": 40.0}).points
    rounded = forward_kinematics({"trunk": 40.0, "spine": 60.0}).points
    # The waist moves backwards (away from the face, -x) off the chord.
    assert rounded["waist"][0] < straight["waist"][0] - 3.0
    chain = [rounded[n] for n in ("pelvis", "waist", "chest", "neck_base")]
    length = sum(dist(a, b) for a, b in itertools.pairwise(chain))
    assert 46.0 < length < 51.0, "the spine bends, it does not stretch or shrink much"


def test_anterior_tilt_turns_the_pelvis_forward_under_a_still_upper_trunk():
    neutral = forward_kinematics({}).points
    tilted = forward_kinematics({"tilt": 15.0}).points
    axis = math.degrees(
        math.atan2(
            tilted["pelvis_top"][0] - tilted["pelvis"][0],
            tilted["pelvis_top"][1] - tilted["pelvis"][1],
        )
    )
    assert axis == pytest.approx(15.0), "the top of the pelvis tips forward (+x)"
    assert tilted["neck_base"] == pytest.approx(neutral["neck_base"], abs=1.5)


def test_front_bend_curves_the_spine_and_keeps_the_hips_level():
    bent = forward_kinematics({"bend": 30.0}, "front").points
    assert bent["hip_l"][1] == pytest.approx(bent["hip_r"][1])
    assert bent["neck_base"][0] > 10.0, "bends towards +x, the figure's left"
    assert bent["shoulder_l"][1] < bent["shoulder_r"][1], "the shoulders tip with the bend"
    assert mirror_angles({"bend": 30.0}, "front")["bend"] == -30.0
