"""The option declarations: one per setting, and the file checks derived from them."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import time

import pytest

from desktop_app.core import catalog, settings
from desktop_app.core.catalog import Equipment
from desktop_app.core.events import Side
from desktop_app.core.option_spec import OptionKind
from desktop_app.core.settings import OPTIONS, Profile, Settings, SidePreference, TimeRange
from desktop_app.core.settings_format import (
    settings_from_mapping,
    settings_to_mapping,
)
from desktop_app.core.settings_rules import (
    HoursFault,
    HoursProblem,
    SnoozeFault,
    hours_problems,
    ranges_in_conflict,
    snooze_fault,
)


def test_every_setting_is_declared_once_with_help_and_its_default() -> None:
    assert list(OPTIONS) == [f.name for f in fields(Settings)]
    defaults = Settings()
    for key, option in OPTIONS.items():
        assert option.spec.help.strip(), key
        assert option.default == getattr(defaults, key), key
        if option.spec.kind in (OptionKind.WHOLE, OptionKind.SHARE, OptionKind.MINUTES):
            assert option.spec.bounds is not None, key


def test_defaults_pass_the_file_checks() -> None:
    assert settings_from_mapping(settings_to_mapping(Settings())) == (Settings(), [])


@pytest.mark.parametrize("key", [k for k, o in OPTIONS.items() if o.spec.kind is OptionKind.WHOLE])
def test_whole_number_bounds_come_from_the_declaration(key: str) -> None:
    lo, hi = OPTIONS[key].spec.whole_bounds
    for ok in (lo, hi):
        assert settings_from_mapping({key: ok}) == (replace(Settings(), **{key: ok}), [])
    for bad in (lo - 1, hi + 1):
        _, problems = settings_from_mapping({key: bad})
        assert [p.key for p in problems] == [key]


def test_interval_bounds_stay_5_to_180_minutes() -> None:
    assert settings_from_mapping({"interval_min": 5})[0].interval_min == 5
    assert settings_from_mapping({"interval_min": 180})[0].interval_min == 180
    assert settings_from_mapping({"interval_min": 4})[1]
    assert settings_from_mapping({"interval_min": 181})[1]


def test_choices_are_read_as_enums() -> None:
    loaded, problems = settings_from_mapping(
        {"profile": "asymmetry", "equipment": "band", "weak_side": "left", "tight_side": "right"}
    )
    assert problems == []
    assert loaded.profile is Profile.ASYMMETRY
    assert loaded.equipment is Equipment.BAND
    assert loaded.weak_side is SidePreference.LEFT and loaded.weak_side.side is Side.LEFT
    assert loaded.tight_side is SidePreference.RIGHT
    assert SidePreference.NONE.side is None
    assert settings_to_mapping(loaded)["profile"] == "asymmetry"
    assert type(settings_to_mapping(loaded)["equipment"]) is str


def test_equipment_is_defined_once() -> None:
    assert not hasattr(settings, "EQUIPMENT") and not hasattr(catalog, "EQUIPMENT")
    assert OPTIONS["equipment"].spec.choices == ("none", "band")


def _r(a: int, b: int) -> TimeRange:
    return TimeRange(time(a), time(b))


def test_hours_problems_are_typed_with_the_ranges_they_concern() -> None:
    ranges = [_r(9, 12), _r(15, 9), _r(11, 13)]
    assert hours_problems(ranges) == [
        HoursProblem(HoursFault.ENDS_BEFORE_START, 1),
        HoursProblem(HoursFault.OVERLAP, 0, 2),
    ]
    assert hours_problems([_r(8, 12), _r(13, 17)]) == []


def test_ranges_in_conflict_include_overlaps_that_are_not_neighbours() -> None:
    # 09–17 overlaps both later ranges, which do not overlap each other.
    assert ranges_in_conflict([_r(9, 17), _r(10, 11), _r(12, 13)]) == {0, 1, 2}
    assert ranges_in_conflict([_r(9, 10), _r(12, 11)]) == {1}


def test_file_hours_use_the_same_rules() -> None:
    _, problems = settings_from_mapping(
        {"working_hours": {"tue": [["11:00", "13:00"], ["09:00", "12:00"]]}}
    )
    assert [p.message for p in problems] == ["tue: ranges overlap"]
    _, problems = settings_from_mapping({"working_hours": {"tue": [["15:00", "09:00"]]}})
    assert [p.message for p in problems] == ["tue: range 15:00–09:00 ends before it starts"]


def test_snooze_faults() -> None:
    assert snooze_fault([5, 10, 15]) is None
    assert snooze_fault([]) is SnoozeFault.EMPTY
    assert snooze_fault([0]) is SnoozeFault.OUT_OF_RANGE
    assert snooze_fault([5, 61]) is SnoozeFault.OUT_OF_RANGE
    assert snooze_fault([1, 2, 3, 4, 5]) is SnoozeFault.TOO_MANY


def test_the_file_refuses_more_snooze_choices_than_the_prompt_shows() -> None:
    # The dialog always refused five; the file now applies the same declared limit.
    loaded, problems = settings_from_mapping({"snooze_options_min": [1, 2, 3, 4, 5]})
    assert loaded.snooze_options_min == Settings().snooze_options_min
    assert [p.key for p in problems] == ["snooze_options_min"]
    assert settings_from_mapping({"snooze_options_min": [1, 2, 3, 4]})[0].snooze_options_min == (
        1,
        2,
        3,
        4,
    )
