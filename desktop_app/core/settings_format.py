"""The settings file format: plain data (parsed JSON) to :class:`Settings` and back.

Each key is checked on its own by a validator derived from its declaration in
``core.settings`` (kind, bounds, choices) and the rules of ``core.settings_rules``
(working hours, snooze), so one bad key falls back to its default without losing the
others (Stretchly #996 #1381). The settings dialog runs the same validators on what it is
about to emit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import time
from enum import StrEnum
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from desktop_app.core.option_spec import Option, OptionKind
from desktop_app.core.settings import (
    CONDITIONS,
    OPTIONS,
    SETTINGS_VERSION,
    WEEKDAYS,
    Settings,
    TimeRange,
    default_hours,
    spec,
)
from desktop_app.core.settings_rules import HoursFault, SnoozeFault, hours_problems, snooze_fault

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


def _snooze_options(value: Any) -> tuple[int, ...]:
    if not isinstance(value, list | tuple) or not value:
        raise ValueError(f"expected a list of minutes, got {value!r}")
    lo, hi = spec("snooze_options_min").whole_bounds
    minutes = tuple(_int_in(lo, hi)(v) for v in value)
    if snooze_fault(minutes) is SnoozeFault.TOO_MANY:
        raise ValueError(f"expected at most {spec('snooze_options_min').max_items} choices")
    return minutes


def _hours(value: Any) -> dict[str, tuple[TimeRange, ...]]:
    if not isinstance(value, Mapping):
        raise ValueError("expected a table of weekdays")
    result = default_hours()
    for day, ranges in value.items():
        if day not in WEEKDAYS:
            raise ValueError(f"unknown weekday {day!r}")
        parsed: list[TimeRange] = []
        for item in ranges:
            if not isinstance(item, list | tuple) or len(item) != 2:
                raise ValueError(f"{day}: expected [start, end] pairs")
            parsed.append(TimeRange(parse_time(item[0]), parse_time(item[1])))
        for problem in hours_problems(parsed):
            if problem.fault is HoursFault.OVERLAP:
                raise ValueError(f"{day}: ranges overlap")
            bad = ranges[problem.first]
            raise ValueError(f"{day}: range {bad[0]}–{bad[1]} ends before it starts")
        result[day] = tuple(sorted(parsed, key=lambda r: r.start))
    return result


def _one_of(options: tuple[str, ...], enum: type[StrEnum] | None) -> Validator:
    def check(value: Any) -> Any:
        if value not in options:
            raise ValueError(f"expected one of {', '.join(options)}, got {value!r}")
        return enum(value) if enum is not None else str(value)

    return check


def _language(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"([a-z]{2,3}(_[A-Z]{2})?)?", value):
        raise ValueError(f"expected a language code like de or pt_BR, got {value!r}")
    return value


def _text_up_to(limit: int, *, path: bool) -> Validator:
    def check(value: Any) -> str:
        if not isinstance(value, str) or len(value) > limit:
            raise ValueError(f"expected text of at most {limit} characters, got {value!r}")
        if any(ord(c) < 32 or ord(c) == 127 for c in value):
            raise ValueError("control characters are not allowed")
        absolute = PurePosixPath(value).is_absolute() or PureWindowsPath(value).is_absolute()
        if path and value and not absolute:
            raise ValueError(f"expected an absolute folder path, got {value!r}")
        return value if path else value.strip()

    return check


def _conditions(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        raise ValueError(f"expected a list of conditions, got {value!r}")
    unknown = [v for v in value if v not in CONDITIONS]
    if unknown:
        raise ValueError(f"unknown conditions {unknown!r}; known: {', '.join(CONDITIONS)}")
    return tuple(dict.fromkeys(str(v) for v in value))


def _validator(option: Option) -> Validator:
    s = option.spec
    match s.kind:
        case OptionKind.WHOLE:
            return _int_in(*s.whole_bounds)
        case OptionKind.SHARE:
            assert s.bounds is not None
            return _float_in(*s.bounds)
        case OptionKind.SWITCH:
            return _boolean
        case OptionKind.TIME:
            return parse_time
        case OptionKind.CHOICE:
            enum = type(option.default) if isinstance(option.default, StrEnum) else None
            return _one_of(s.choices, enum)
        case OptionKind.MINUTES:
            return _snooze_options
        case OptionKind.WEEK_HOURS:
            return _hours
        case OptionKind.CONDITIONS:
            return _conditions
        case OptionKind.LANGUAGE:
            return _language
        case OptionKind.TEXT | OptionKind.FOLDER:
            return _text_up_to(s.whole_bounds[1], path=s.kind is OptionKind.FOLDER)


#: The per-key check of each option, derived from its declaration.
VALIDATORS: dict[str, Validator] = {key: _validator(o) for key, o in OPTIONS.items()}


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
        elif isinstance(value, StrEnum):
            value = value.value
        elif isinstance(value, tuple):
            value = list(value)
        out[f.name] = value
    return out
