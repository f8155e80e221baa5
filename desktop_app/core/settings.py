"""User settings declared as data: each option has a type, default, bounds and description.

Reading a settings mapping validates each key on its own, so one bad key falls back to
its default without losing the others (Stretchly #996 #1381).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import time
from typing import Any

SETTINGS_VERSION = 1

#: Profiles the planner knows (brief §3); chosen by the user, never diagnosed.
PROFILES = ("lower_crossed", "upper_crossed", "both", "asymmetry", "posterior_tilt")
EQUIPMENT = ("none", "band")
SIDES = ("none", "left", "right")
#: Conditions a user may declare; the keys of ``catalog.CONTRAINDICATIONS`` (texts there).
CONDITIONS = (
    "flexion_intolerant",
    "osteoporosis",
    "head_down",
    "unstable_chair",
    "shoulder_instability",
    "pregnancy",
)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True, slots=True)
class TimeRange:
    """A working-hours range within one day, ``start`` < ``end``."""

    start: time
    end: time


def _default_hours() -> dict[str, tuple[TimeRange, ...]]:
    work = (TimeRange(time(8, 0), time(18, 0)),)
    return {d: (work if d not in ("sat", "sun") else ()) for d in WEEKDAYS}


@dataclass(frozen=True, slots=True)
class Settings:
    """Every user setting, with its default."""

    #: Minutes of active time between microbreaks (recommended 30–60).
    interval_min: int = 45
    #: Idle minutes that count as a natural break.
    idle_threshold_min: int = 5
    #: Seconds of pre-break notice.
    notice_lead_s: int = 30
    #: Random spread in minutes added to or taken from each interval (0 = off).
    jitter_min: int = 0
    snooze_options_min: tuple[int, ...] = (5, 10, 15)
    #: How many snoozes one break allows before only Start or Skip remain.
    snooze_limit: int = 3
    working_hours_enabled: bool = False
    working_hours: dict[str, tuple[TimeRange, ...]] = field(default_factory=_default_hours)
    respect_fullscreen: bool = True
    respect_dnd: bool = True
    #: Local time of the daily session reminder.
    daily_session_time: time = time(17, 0)
    daily_session_enabled: bool = True
    profile: str = "both"
    equipment: str = "none"
    weak_side: str = "none"
    #: The side that feels tighter, asked separately from the weaker one (issue 12).
    tight_side: str = "none"
    #: Keys of ``catalog.CONTRAINDICATIONS`` the user said apply to them.
    conditions: tuple[str, ...] = ()
    sounds_enabled: bool = True
    voice_enabled: bool = False
    #: Ask for pain before/after on this share of microbreak sessions (1.0 = every one).
    #: Brief §4 rates pain "on a sample of breaks to limit burden": about one in three
    #: (some three a day at ten breaks), plus every daily session and the day's average.
    pain_prompt_share: float = 0.3
    #: Ask how each exercise felt in microbreaks, instead of once for the whole break.
    microbreak_feel_each: bool = False
    #: Language of the app ("de", "pt_BR"); empty follows the system. Applies at next start.
    language: str = ""
    autostart: bool = False
    autostart_asked: bool = False
    onboarding_done: bool = False
    disclaimer_accepted: bool = False


Validator = Callable[[Any], Any]


def _int_in(lo: int, hi: int) -> Validator:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"expected a whole number, got {value!r}")
        if not lo <= value <= hi:
            raise ValueError(f"expected {lo}–{hi}, got {value}")
        return value

    return check


def _float_in(lo: float, hi: float) -> Validator:
    def check(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"expected a number, got {value!r}")
        if not lo <= float(value) <= hi:
            raise ValueError(f"expected {lo}–{hi}, got {value}")
        return float(value)

    return check


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, got {value!r}")
    return value


def _one_of(options: tuple[str, ...]) -> Validator:
    def check(value: Any) -> str:
        if value not in options:
            raise ValueError(f"expected one of {', '.join(options)}, got {value!r}")
        return str(value)

    return check


def parse_time(value: Any) -> time:
    """Parse ``HH:MM`` into a time, raising ValueError with a readable message."""
    if isinstance(value, time):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a time like 17:00, got {value!r}")
    try:
        hours, minutes = value.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValueError(f"expected a time like 17:00, got {value!r}") from None


def _language(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"([a-z]{2,3}(_[A-Z]{2})?)?", value):
        raise ValueError(f"expected a language code like de or pt_BR, got {value!r}")
    return value


def _snooze_options(value: Any) -> tuple[int, ...]:
    if not isinstance(value, list | tuple) or not value:
        raise ValueError(f"expected a list of minutes, got {value!r}")
    return tuple(_int_in(1, 60)(v) for v in value)


def _hours(value: Any) -> dict[str, tuple[TimeRange, ...]]:
    if not isinstance(value, Mapping):
        raise ValueError("expected a table of weekdays")
    result = _default_hours()
    for day, ranges in value.items():
        if day not in WEEKDAYS:
            raise ValueError(f"unknown weekday {day!r}")
        parsed: list[TimeRange] = []
        for item in ranges:
            if not isinstance(item, list | tuple) or len(item) != 2:
                raise ValueError(f"{day}: expected [start, end] pairs")
            start, end = parse_time(item[0]), parse_time(item[1])
            if not start < end:
                raise ValueError(f"{day}: range {item[0]}–{item[1]} ends before it starts")
            parsed.append(TimeRange(start, end))
        parsed.sort(key=lambda r: r.start)
        for earlier, later in itertools.pairwise(parsed):
            if later.start < earlier.end:
                raise ValueError(f"{day}: ranges overlap")
        result[day] = tuple(parsed)
    return result


def _conditions(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        raise ValueError(f"expected a list of conditions, got {value!r}")
    unknown = [v for v in value if v not in CONDITIONS]
    if unknown:
        raise ValueError(f"unknown conditions {unknown!r}; known: {', '.join(CONDITIONS)}")
    return tuple(dict.fromkeys(str(v) for v in value))


VALIDATORS: dict[str, Validator] = {
    "interval_min": _int_in(5, 180),
    "idle_threshold_min": _int_in(1, 60),
    "notice_lead_s": _int_in(0, 300),
    "jitter_min": _int_in(0, 15),
    "snooze_options_min": _snooze_options,
    "snooze_limit": _int_in(0, 10),
    "working_hours_enabled": _boolean,
    "working_hours": _hours,
    "respect_fullscreen": _boolean,
    "respect_dnd": _boolean,
    "daily_session_time": parse_time,
    "daily_session_enabled": _boolean,
    "profile": _one_of(PROFILES),
    "equipment": _one_of(EQUIPMENT),
    "weak_side": _one_of(SIDES),
    "tight_side": _one_of(SIDES),
    "conditions": _conditions,
    "sounds_enabled": _boolean,
    "voice_enabled": _boolean,
    "pain_prompt_share": _float_in(0.0, 1.0),
    "microbreak_feel_each": _boolean,
    "language": _language,
    "autostart": _boolean,
    "autostart_asked": _boolean,
    "onboarding_done": _boolean,
    "disclaimer_accepted": _boolean,
}


@dataclass(frozen=True, slots=True)
class SettingsProblem:
    """One key that could not be used, and why."""

    key: str
    message: str


def settings_from_mapping(data: Mapping[str, Any]) -> tuple[Settings, list[SettingsProblem]]:
    """Build Settings from a parsed file, key by key; bad keys keep their default."""
    values: dict[str, Any] = {}
    problems: list[SettingsProblem] = []
    for name, value in data.items():
        if name == "version":
            continue
        check = VALIDATORS.get(name)
        if check is None:
            problems.append(SettingsProblem(name, "unknown setting, ignored"))
            continue
        try:
            values[name] = check(value)
        except (ValueError, TypeError) as exc:
            problems.append(SettingsProblem(name, str(exc)))
    return replace(Settings(), **values), problems


def settings_to_mapping(settings: Settings) -> dict[str, Any]:
    """Turn Settings into plain data (JSON-ready), with the format version."""
    out: dict[str, Any] = {"version": SETTINGS_VERSION}
    for f in fields(settings):
        value = getattr(settings, f.name)
        if isinstance(value, time):
            value = value.strftime("%H:%M")
        elif f.name == "working_hours":
            value = {
                day: [[r.start.strftime("%H:%M"), r.end.strftime("%H:%M")] for r in ranges]
                for day, ranges in value.items()
            }
        elif isinstance(value, tuple):
            value = list(value)
        out[f.name] = value
    return out
