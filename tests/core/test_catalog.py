"""The exercise catalog: the built-in 28 exercises and validation of broken files."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest

from desktop_app.commands import exercises as exercises_command
from desktop_app.core.catalog import (
    BODY_REGIONS,
    CUE_COUNT,
    PATTERNS,
    Category,
    Dose,
    Position,
    Sidedness,
)
from desktop_app.core.catalog_files import load_catalog
from desktop_app.core.key_poses import JOINTS
from desktop_app.platform.paths import DataPaths, resources_dir

BUILTIN = resources_dir() / "exercises"

#: Brief §2: id -> (category, position, sided, desk, equipment, dose as (sets, hold_s, reps)).
BRIEF: dict[str, tuple[str, str, str, bool, str, tuple[int, int, int]]] = {
    "hip_flexor_stretch_standing": ("release", "standing", "left-right", True, "none", (2, 25, 0)),
    "hip_flexor_stretch_kneeling": ("release", "floor", "left-right", False, "none", (2, 30, 0)),
    "hamstring_stretch_seated": ("release", "seated", "left-right", True, "none", (2, 25, 0)),
    "figure_four_seated": ("release", "seated", "left-right", True, "none", (2, 25, 0)),
    "doorway_pec_stretch": ("release", "standing", "left-right", True, "none", (2, 25, 0)),
    "upper_trap_stretch": ("release", "seated", "left-right", True, "none", (2, 25, 0)),
    "levator_scap_stretch": ("release", "seated", "left-right", True, "none", (2, 25, 0)),
    "lat_stretch_desk": ("release", "standing", "left-right", True, "none", (2, 25, 0)),
    "side_bend_reach": ("release", "seated", "left-right", True, "none", (2, 20, 0)),
    "lumbar_flexion_seated": ("release", "seated", "bilateral", True, "none", (2, 20, 0)),
    "thoracic_extension_chair": ("posture", "seated", "bilateral", True, "none", (1, 0, 8)),
    "thoracic_rotation_seated": ("posture", "seated", "left-right", True, "none", (1, 0, 6)),
    "pelvic_tilt_seated": ("posture", "seated", "bilateral", True, "none", (1, 0, 10)),
    "wall_angel": ("posture", "standing", "bilateral", True, "none", (1, 0, 8)),
    "sit_to_stand_hinge": ("posture", "seated", "bilateral", True, "none", (1, 0, 8)),
    "chin_tuck": ("activate", "seated", "bilateral", True, "none", (1, 10, 8)),
    "band_row": ("activate", "standing", "bilateral", True, "band", (2, 0, 12)),
    "single_arm_band_row": ("activate", "standing", "left-right", True, "band", (2, 0, 10)),
    "glute_squeeze_seated": ("activate", "seated", "bilateral", True, "none", (1, 10, 6)),
    "hip_abduction_standing": ("activate", "standing", "left-right", True, "none", (2, 0, 12)),
    "abdominal_brace_seated": ("activate", "seated", "bilateral", True, "none", (1, 10, 6)),
    "pallof_press_band": ("activate", "standing", "left-right", True, "band", (2, 0, 8)),
    "incline_desk_plank": ("activate", "standing", "bilateral", True, "none", (2, 25, 0)),
    "glute_bridge": ("activate", "floor", "bilateral", False, "none", (1, 3, 10)),
    "bird_dog": ("activate", "floor", "left-right", False, "none", (1, 8, 6)),
    "dead_bug": ("activate", "floor", "left-right", False, "none", (2, 0, 6)),
    "side_plank_knees": ("activate", "floor", "left-right", False, "none", (1, 10, 5)),
    "mcgill_curl_up": ("activate", "floor", "bilateral", False, "none", (1, 10, 5)),
}

#: Issue 12 additions (same tuple layout): band-free upper-back work, hip-flexor strengthening.
ADDED: dict[str, tuple[str, str, str, bool, str, tuple[int, int, int]]] = {
    "prone_y_raise": ("activate", "floor", "bilateral", False, "none", (2, 3, 6)),
    "scapular_squeeze_standing": ("activate", "standing", "bilateral", True, "none", (1, 5, 8)),
    "wall_w_press": ("activate", "standing", "bilateral", True, "none", (1, 5, 6)),
    "seated_knee_lift_hold": ("activate", "seated", "left-right", True, "none", (1, 5, 6)),
    "standing_knee_lift_hold": ("activate", "standing", "left-right", True, "none", (1, 5, 6)),
}

GOOD = """
name = "Test stretch"
category = "release"
targets = ["hamstrings"]
region = "legs"
patterns = ["posterior-tilt"]
position = "seated"
desk = true
sided = "left-right"
cues = ["one", "two", "three"]
view = "side"
cycle_s = 4.0

[dose]
sets = 2
hold_s = 25

[[keyframes]]
t = 0.0
angles = { trunk = 0, hip_l = 90, hip_r = 90, knee_l = 90, knee_r = 90 }

[[keyframes]]
t = 0.5
angles = { trunk = 20 }
"""


@pytest.fixture(scope="module")
def builtin():
    return load_catalog(BUILTIN)


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_all_28_brief_exercises_and_the_additions_load_without_problems(builtin):
    assert builtin.problems == ()
    assert sorted(e.id for e in builtin.base) == sorted({**BRIEF, **ADDED})
    assert len(builtin.base) == 28 + 5


@pytest.mark.parametrize("exercise_id", sorted({**BRIEF, **ADDED}))
def test_each_exercise_matches_the_brief(builtin, exercise_id):
    ex = builtin.get(exercise_id)
    assert ex is not None
    category, position, sided, desk, equipment, (sets, hold_s, reps) = {**BRIEF, **ADDED}[
        exercise_id
    ]
    assert ex.category == Category(category)
    assert ex.position == Position(position)
    assert ex.sided == Sidedness(sided)
    assert ex.desk is desk
    assert ex.equipment == equipment
    assert (ex.dose.sets, ex.dose.hold_s, ex.dose.reps) == (sets, hold_s, reps)
    assert len(ex.cues) == CUE_COUNT
    assert ex.mistakes and ex.source and ex.name and ex.summary
    assert ex.region in BODY_REGIONS
    assert ex.patterns and set(ex.patterns) <= set(PATTERNS)
    assert len(ex.keyframes) >= 2, "every built-in exercise is animated"
    assert all(set(k.angles) <= set(JOINTS) for k in ex.keyframes)
    assert ex.variant_of is None


def test_brief_desk_and_band_counts(builtin):
    # 22 of the brief's 28, plus the four desk additions (all but the floor Y raise)
    assert sum(e.desk for e in builtin.base) == 22 + 4
    assert {e.id for e in builtin.base if e.needs_band} == {
        "band_row",
        "single_arm_band_row",
        "pallof_press_band",
    }


def test_every_region_has_a_release_or_activation(builtin):
    assert {e.region for e in builtin.base} == set(BODY_REGIONS)


def test_variants_are_linked_and_not_planned(builtin):
    variants = [e for e in builtin.exercises if e.is_variant]
    assert variants, "harder/easier variants exist for progression"
    for v in variants:
        base = builtin.get(v.variant_of)
        assert base is not None and not base.is_variant
        assert v not in builtin.base
        assert v.id in (base.harder, base.easier)
    for ex in builtin.exercises:
        for link in (ex.easier, ex.harder):
            assert link is None or builtin.get(link) is not None


def test_by_category_keeps_variants_out_unless_asked(builtin):
    activate = builtin.by_category(Category.ACTIVATE)
    assert all(e.category == Category.ACTIVATE and not e.is_variant for e in activate)
    with_variants = builtin.by_category(Category.ACTIVATE, include_variants=True)
    assert len(with_variants) > len(activate)


def test_dose_work_seconds():
    assert Dose(sets=2, hold_s=25).work_s == 50
    assert Dose(sets=1, hold_s=10, reps=8).work_s == 80
    assert Dose(sets=2, reps=12, tempo_s=3).work_s == 72


def test_good_file_loads_with_defaults(tmp_path):
    write(tmp_path, "test_stretch", GOOD)
    catalog = load_catalog(tmp_path)
    assert catalog.problems == ()
    ex = catalog.get("test_stretch")
    assert ex is not None
    assert ex.equipment == "none"
    assert ex.mistakes == () and ex.caution == "" and ex.easier is None
    assert ex.props == ("chair",), "seated exercises get a chair by default"
    assert ex.anchor == "pelvis"
    assert ex.keyframes[1].angles == {"trunk": 20.0}


BROKEN = {
    "bad_syntax": (GOOD.replace('name = "Test stretch"', 'name = "Test stretch'), ""),
    "missing_field": (GOOD.replace('region = "legs"\n', ""), "region"),
    "wrong_type": (GOOD.replace("desk = true", 'desk = "yes"'), "desk"),
    "unknown_enum": (GOOD.replace('category = "release"', 'category = "relax"'), "category"),
    "unknown_pattern": (GOOD.replace('"posterior-tilt"', '"sway-back"'), "patterns"),
    "wrong_cue_count": (GOOD.replace('["one", "two", "three"]', '["one", "two"]'), "cues"),
    "bad_dose": (GOOD.replace("hold_s = 25", "hold_s = -5"), "dose.hold_s"),
    "no_dose_amount": (GOOD.replace("hold_s = 25", ""), "dose"),
    "unknown_joint": (GOOD.replace("trunk = 20", "tail = 20"), "keyframes[1].angles.tail"),
    "keyframe_order": (GOOD.replace("t = 0.5", "t = 0.0"), "keyframes[1].t"),
    "bad_angle": (GOOD.replace("trunk = 20", 'trunk = "a lot"'), "keyframes[1].angles.trunk"),
    "bad_region": (GOOD.replace('region = "legs"', 'region = "elbows"'), "region"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_file_names_file_and_field_and_the_rest_load(tmp_path, name):
    text, field = BROKEN[name]
    shutil.copy(BUILTIN / "chin_tuck.toml", tmp_path / "chin_tuck.toml")
    bad = write(tmp_path, name, text)
    catalog = load_catalog(tmp_path)
    assert catalog.ids() == ("chin_tuck",)
    assert len(catalog.problems) == 1
    problem = catalog.problems[0]
    assert problem.file == str(bad)
    assert problem.field == field
    assert problem.level == "error"
    assert problem.message
    assert str(bad) in str(problem)


def test_bad_syntax_message_says_toml(tmp_path):
    write(tmp_path, "broken", "name = ")
    (problem,) = load_catalog(tmp_path).problems
    assert "TOML" in problem.message


def test_not_utf8_and_id_mismatch(tmp_path):
    (tmp_path / "latin.toml").write_bytes(GOOD.replace("one", "caf\xe9").encode("latin-1"))
    write(tmp_path, "mismatch", 'id = "other"\n' + GOOD)
    problems = {Path(p.file).stem: p for p in load_catalog(tmp_path).problems}
    assert "UTF-8" in problems["latin"].message
    assert problems["mismatch"].field == "id"


def test_user_dir_adds_and_overrides_with_a_notice(tmp_path, builtin):
    user = tmp_path / "exercises"
    write(user, "my_stretch", GOOD)
    override = (BUILTIN / "chin_tuck.toml").read_text(encoding="utf-8")
    write(user, "chin_tuck", override.replace('name = "Chin tuck (nod)"', 'name = "My chin tuck"'))
    catalog = load_catalog(BUILTIN, user)
    assert len(catalog.exercises) == len(builtin.exercises) + 1
    chin = catalog.get("chin_tuck")
    assert chin is not None and chin.name == "My chin tuck"
    (notice,) = catalog.problems
    assert notice.level == "notice" and notice.field == "id"
    assert "chin_tuck" in notice.message and notice.file.endswith("chin_tuck.toml")
    assert catalog.errors == ()


def test_unknown_links_are_dropped_with_a_notice(tmp_path):
    write(tmp_path, "linked", 'harder = "nope"\n' + GOOD)
    write(tmp_path, "orphan", 'variant_of = "nope"\n' + GOOD)
    catalog = load_catalog(tmp_path)
    linked = catalog.get("linked")
    assert linked is not None and linked.harder is None
    assert catalog.get("orphan") is None
    fields = sorted((Path(p.file).stem, p.field, p.level) for p in catalog.problems)
    assert fields == [("linked", "harder", "notice"), ("orphan", "variant_of", "error")]


def test_missing_and_non_directory_paths_never_raise(tmp_path):
    not_dir = write(tmp_path, "file", GOOD)
    catalog = load_catalog(tmp_path / "missing", not_dir)
    assert catalog.exercises == ()
    assert [p.file for p in catalog.problems] == [str(not_dir)]


def test_exercises_command_json_lists_everything(tmp_path, capsys):
    paths = DataPaths(tmp_path)
    write(paths.exercises, "my_stretch", GOOD)
    write(paths.exercises, "broken", "name = ")
    code = exercises_command.run(argparse.Namespace(json=True), paths)
    out, err = capsys.readouterr()
    data = json.loads(out)
    ids = [d["id"] for d in data]
    assert "my_stretch" in ids and set(BRIEF) <= set(ids)
    first = data[ids.index("chin_tuck")]
    assert first["dose"] == {"sets": 1, "hold_s": 10, "reps": 8, "tempo_s": 0}
    assert len(first["cues"]) == 3 and first["keyframes"][0]["t"] == 0.0
    assert "broken.toml" in err and code == 1


def test_exercises_command_table(tmp_path, capsys):
    code = exercises_command.run(argparse.Namespace(json=False), DataPaths(tmp_path))
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert "chin_tuck" in out and "33 exercises" in out


def test_unknown_field_is_a_notice_and_the_exercise_loads(tmp_path):
    write(tmp_path, "typo", GOOD.replace("cycle_s = 4.0", "cycle_s = 4.0\ncue = 'extra'"))
    catalog = load_catalog(tmp_path)
    assert catalog.get("typo") is not None
    (notice,) = catalog.problems
    assert (notice.field, notice.level) == ("cue", "notice")
    assert catalog.errors == ()


def test_contraindications_where_a_clinician_expects_them(builtin):
    def contra(exercise_id: str) -> set[str]:
        ex = builtin.get(exercise_id)
        assert ex is not None
        return set(ex.contraindications)

    assert contra("lumbar_flexion_seated") == {"flexion_intolerant", "osteoporosis", "head_down"}
    assert contra("thoracic_extension_chair") == {"unstable_chair"}
    assert contra("doorway_pec_stretch") == {"shoulder_instability"}
    supine_or_abdominal_floor = {
        "glute_bridge",
        "glute_bridge_march",
        "dead_bug",
        "dead_bug_heel_tap",
        "mcgill_curl_up",
        "side_plank_knees",
        "side_plank_full",
        "front_plank",
        "prone_y_raise",
    }
    for exercise_id in supine_or_abdominal_floor:
        assert "pregnancy" in contra(exercise_id), exercise_id
    # every contraindication is also said in words where the user reads it
    for ex in builtin.exercises:
        if ex.contraindications:
            assert ex.caution, ex.id


def test_floor_plank_is_the_harder_incline_plank_and_names_say_what_they_show(builtin):
    incline = builtin.get("incline_desk_plank")
    plank = builtin.get("front_plank")
    assert incline is not None and plank is not None
    assert incline.harder == "front_plank" and plank.variant_of == "incline_desk_plank"
    assert plank.position is Position.FLOOR
    band_row = builtin.get("band_row")
    assert band_row is not None and "face pull" not in band_row.name.lower()


def test_stands_up_defaults_to_standing_and_can_be_set(tmp_path):
    write(tmp_path, "seated_one", GOOD)
    write(tmp_path, "standing_one", GOOD.replace('position = "seated"', 'position = "standing"'))
    write(tmp_path, "rises", GOOD.replace("desk = true", "desk = true\nstands_up = true"))
    catalog = load_catalog(tmp_path)
    assert not catalog.errors
    stands = {e.id: e.stands_up for e in catalog.exercises}
    assert stands == {"seated_one": False, "standing_one": True, "rises": True}


def test_unknown_contraindication_is_an_error(tmp_path):
    text = GOOD.replace("desk = true", 'desk = true\ncontraindications = ["x"]')
    write(tmp_path, "bad_one", text)
    catalog = load_catalog(tmp_path)
    assert [p.field for p in catalog.errors] == ["contraindications"]
