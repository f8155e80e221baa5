"""User settings declared once: key, type, default, bounds, unit and help text together.

Each field of :class:`Settings` carries its default and, in its metadata, its
:class:`OptionSpec` (kind, bounds, unit, help): one declaration per option.
:data:`OPTIONS` lists them; the settings file validates with them
(``core.settings_format``), the settings dialog takes its ranges, units and descriptions
from them, and ``docs/settings.md`` is generated from them
(``python -m desktop_app.core.settings_doc``).

The rules a whole value must follow (working-hours ranges that end before they start or
overlap, snooze choices) live here too, as functions that return typed problems, so the
dialog marks the same problems the file would reject without restating them.

The settings file format (plain data to Settings and back, key by key) is
``core.settings_format``.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import time
from enum import StrEnum
from typing import Any

from desktop_app.core.events import Side
from desktop_app.core.exercise_needs import CONTRAINDICATIONS, Equipment
from desktop_app.core.text_marks import QT_TRANSLATE_NOOP

SETTINGS_VERSION = 1

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Profile(StrEnum):
    """Focus of the exercises (brief §3); chosen by the user, never diagnosed."""

    LOWER_CROSSED = "lower_crossed"
    UPPER_CROSSED = "upper_crossed"
    BOTH = "both"
    ASYMMETRY = "asymmetry"
    POSTERIOR_TILT = "posterior_tilt"


class SidePreference(StrEnum):
    """A side the user marked as weaker or tighter, or none."""

    NONE = "none"
    LEFT = "left"
    RIGHT = "right"

    @property
    def side(self) -> Side | None:
        """Return the marked side, or None when no side was marked."""
        return None if self is SidePreference.NONE else Side(self.value)


#: Profiles in the order they are offered.
PROFILES = tuple(Profile)
#: Conditions a user may declare: the keys of ``exercise_needs.CONTRAINDICATIONS`` (texts there).
CONDITIONS = tuple(CONTRAINDICATIONS)


@dataclass(frozen=True, slots=True)
class TimeRange:
    """A working-hours range within one day, ``start`` < ``end``."""

    start: time
    end: time


# ----- the rules of whole values (the file and the dialog both apply them)


class HoursFault(StrEnum):
    """What is wrong with a day's working hours."""

    ENDS_BEFORE_START = "ends before it starts"
    OVERLAP = "overlap"


@dataclass(frozen=True, slots=True)
class HoursProblem:
    """One problem in a day's ranges: the range at ``first`` (and the one at ``second``)."""

    fault: HoursFault
    first: int
    second: int | None = None


def hours_problems(ranges: Sequence[TimeRange]) -> list[HoursProblem]:
    """Return each range that ends before it starts, then each overlap of neighbours.

    Indices refer to ``ranges`` as given; overlaps are found among the valid ranges
    sorted by start, so each is reported once, earlier range first.
    """
    problems = [
        HoursProblem(HoursFault.ENDS_BEFORE_START, i)
        for i, r in enumerate(ranges)
        if not r.start < r.end
    ]
    valid = sorted(
        (i for i, r in enumerate(ranges) if r.start < r.end), key=lambda i: ranges[i].start
    )
    for a, b in itertools.pairwise(valid):
        if ranges[b].start < ranges[a].end:
            problems.append(HoursProblem(HoursFault.OVERLAP, a, b))
    return problems


def ranges_in_conflict(ranges: Sequence[TimeRange]) -> frozenset[int]:
    """Return the indices of every range that is invalid or overlaps any other."""
    bad = {i for i, r in enumerate(ranges) if not r.start < r.end}
    for i, j in itertools.combinations(range(len(ranges)), 2):
        a, b = ranges[i], ranges[j]
        if a.start < a.end and b.start < b.end and a.start < b.end and b.start < a.end:
            bad.update((i, j))
    return frozenset(bad)


class SnoozeFault(StrEnum):
    """What is wrong with a list of snooze choices."""

    EMPTY = "empty"
    OUT_OF_RANGE = "out of range"
    TOO_MANY = "too many"


def default_hours() -> dict[str, tuple[TimeRange, ...]]:
    """Return the default working hours: 08:00–18:00 on weekdays, none at the weekend."""
    work = (TimeRange(time(8, 0), time(18, 0)),)
    return {d: (work if d not in ("sat", "sun") else ()) for d in WEEKDAYS}


# ----- declarations


class OptionKind(StrEnum):
    """The type of an option's value, as written in the settings file."""

    WHOLE = "whole number"
    SHARE = "number 0–1"
    SWITCH = "true/false"
    CHOICE = "one of"
    TIME = "time HH:MM"
    MINUTES = "list of minutes"
    WEEK_HOURS = "weekday table"
    CONDITIONS = "list of conditions"
    LANGUAGE = "language code"


@dataclass(frozen=True, slots=True)
class OptionSpec:
    """Everything about an option but its key and default.

    Attributes:
        kind: The value's type.
        help: One sentence for the docs and the settings dialog (translated in context
            ``"Settings"``).
        bounds: Smallest and largest value (for a list of minutes: of each entry).
        unit: Unit of the value ("min", "s"); empty when it has none.
        choices: The values a CHOICE or CONDITIONS option allows.
        max_items: Longest list a MINUTES option allows.
        recommended: Range advised for a WHOLE option (the dialog says so).
        shown: False for the app's own bookkeeping, which the dialog does not show.
    """

    kind: OptionKind
    help: str
    bounds: tuple[float, float] | None = None
    unit: str = ""
    choices: tuple[str, ...] = ()
    max_items: int | None = None
    recommended: tuple[int, int] | None = None
    shown: bool = True

    @property
    def whole_bounds(self) -> tuple[int, int]:
        """Return the bounds as whole numbers (for WHOLE and MINUTES options)."""
        assert self.bounds is not None
        return int(self.bounds[0]), int(self.bounds[1])


_SPEC = "option"


def _spec(**spec: Any) -> dict[str, OptionSpec]:
    """Return field metadata holding one option's :class:`OptionSpec`."""
    return {_SPEC: OptionSpec(**spec)}


def _choices(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(e.value for e in enum)


_W, _SW = OptionKind.WHOLE, OptionKind.SWITCH


@dataclass(frozen=True, slots=True)
class Settings:
    """Every user setting, each declared once with its default and spec."""

    interval_min: int = field(
        default=45,
        metadata=_spec(
            kind=_W,
            bounds=(5, 180),
            unit="min",
            recommended=(30, 60),
            help=QT_TRANSLATE_NOOP("Settings", "Minutes of active time between microbreaks."),
        ),
    )
    idle_threshold_min: int = field(
        default=5,
        metadata=_spec(
            kind=_W,
            bounds=(1, 60),
            unit="min",
            help=QT_TRANSLATE_NOOP(
                "Settings", "No keyboard or mouse use this long is a break by itself."
            ),
        ),
    )
    notice_lead_s: int = field(
        default=30,
        metadata=_spec(
            kind=_W,
            bounds=(0, 300),
            unit="s",
            help=QT_TRANSLATE_NOOP(
                "Settings", "A notification this many seconds before; 0 = none."
            ),
        ),
    )
    jitter_min: int = field(
        default=0,
        metadata=_spec(
            kind=_W,
            bounds=(0, 15),
            unit="min",
            help=QT_TRANSLATE_NOOP(
                "Settings", "Makes breaks less predictable; 0 keeps them exact."
            ),
        ),
    )
    snooze_options_min: tuple[int, ...] = field(
        default=(5, 10, 15),
        metadata=_spec(
            kind=OptionKind.MINUTES,
            bounds=(1, 60),
            unit="min",
            max_items=4,
            help=QT_TRANSLATE_NOOP(
                "Settings", "Snooze choices the break prompt offers, in minutes."
            ),
        ),
    )
    snooze_limit: int = field(
        default=3,
        metadata=_spec(
            kind=_W,
            bounds=(0, 10),
            help=QT_TRANSLATE_NOOP(
                "Settings", "After this many, only Start or Skip remain; 0 = no snooze."
            ),
        ),
    )
    working_hours_enabled: bool = field(
        default=False,
        metadata=_spec(
            kind=_SW,
            help=QT_TRANSLATE_NOOP("Settings", "Only offer breaks during the working hours."),
        ),
    )
    working_hours: dict[str, tuple[TimeRange, ...]] = field(
        default_factory=default_hours,
        metadata=_spec(
            kind=OptionKind.WEEK_HOURS,
            choices=WEEKDAYS,
            help=QT_TRANSLATE_NOOP(
                "Settings", "Working hours per weekday: [start, end] pairs that do not overlap."
            ),
        ),
    )
    respect_fullscreen: bool = field(
        default=True,
        metadata=_spec(
            kind=_SW,
            help=QT_TRANSLATE_NOOP("Settings", "Hold breaks while a full-screen window is active."),
        ),
    )
    respect_dnd: bool = field(
        default=True,
        metadata=_spec(
            kind=_SW, help=QT_TRANSLATE_NOOP("Settings", "Hold breaks while Do Not Disturb is on.")
        ),
    )
    daily_session_time: time = field(
        default=time(17, 0),
        metadata=_spec(
            kind=OptionKind.TIME,
            help=QT_TRANSLATE_NOOP(
                "Settings", "Local time of the daily session reminder, every day."
            ),
        ),
    )
    daily_session_enabled: bool = field(
        default=True,
        metadata=_spec(
            kind=_SW, help=QT_TRANSLATE_NOOP("Settings", "Remind of a longer daily session.")
        ),
    )
    profile: Profile = field(
        default=Profile.BOTH,
        metadata=_spec(
            kind=OptionKind.CHOICE,
            choices=_choices(Profile),
            help=QT_TRANSLATE_NOOP(
                "Settings", "Focus of the exercises; a starting point, not a diagnosis."
            ),
        ),
    )
    equipment: Equipment = field(
        default=Equipment.NONE,
        metadata=_spec(
            kind=OptionKind.CHOICE,
            choices=_choices(Equipment),
            help=QT_TRANSLATE_NOOP(
                "Settings", "Equipment at the desk; band exercises only with a band."
            ),
        ),
    )
    weak_side: SidePreference = field(
        default=SidePreference.NONE,
        metadata=_spec(
            kind=OptionKind.CHOICE,
            choices=_choices(SidePreference),
            help=QT_TRANSLATE_NOOP("Settings", "Gets an extra set of one-sided strengthening."),
        ),
    )
    #: Asked separately from the weaker side, never assumed from it (issue 12).
    tight_side: SidePreference = field(
        default=SidePreference.NONE,
        metadata=_spec(
            kind=OptionKind.CHOICE,
            choices=_choices(SidePreference),
            help=QT_TRANSLATE_NOOP("Settings", "Gets an extra hold of one-sided stretches."),
        ),
    )
    conditions: tuple[str, ...] = field(
        default=(),
        metadata=_spec(
            kind=OptionKind.CONDITIONS,
            choices=CONDITIONS,
            help=QT_TRANSLATE_NOOP(
                "Settings", "Declared conditions; exercises not advised for them are left out."
            ),
        ),
    )
    sounds_enabled: bool = field(
        default=True,
        metadata=_spec(
            kind=_SW, help=QT_TRANSLATE_NOOP("Settings", "Play ticks and chimes during sessions.")
        ),
    )
    voice_enabled: bool = field(
        default=False,
        metadata=_spec(kind=_SW, help=QT_TRANSLATE_NOOP("Settings", "Speak exercise cues aloud.")),
    )
    #: Brief §4 rates pain "on a sample of breaks to limit burden": about one in three
    #: (some three a day at ten breaks), plus every daily session and the day's average.
    pain_prompt_share: float = field(
        default=0.3,
        metadata=_spec(
            kind=OptionKind.SHARE,
            bounds=(0.0, 1.0),
            help=QT_TRANSLATE_NOOP(
                "Settings", "Share of microbreaks that ask pain before and after (1 = every one)."
            ),
        ),
    )
    microbreak_feel_each: bool = field(
        default=False,
        metadata=_spec(
            kind=_SW,
            help=QT_TRANSLATE_NOOP(
                "Settings", "Ask how each exercise felt in microbreaks, instead of once per break."
            ),
        ),
    )
    language: str = field(
        default="",
        metadata=_spec(
            kind=OptionKind.LANGUAGE,
            # The dialog lists the shipped translations itself (not a fixed choice).
            help=QT_TRANSLATE_NOOP(
                "Settings",
                "Language of the app; empty follows the system. Applies at the next start.",
            ),
        ),
    )
    autostart: bool = field(
        default=False,
        metadata=_spec(
            kind=_SW, help=QT_TRANSLATE_NOOP("Settings", "Start Counterbalance at login.")
        ),
    )
    autostart_asked: bool = field(
        default=False,
        metadata=_spec(
            kind=_SW,
            shown=False,
            help=QT_TRANSLATE_NOOP("Settings", "The user was asked about starting at login."),
        ),
    )
    onboarding_done: bool = field(
        default=False,
        metadata=_spec(
            kind=_SW,
            shown=False,
            help=QT_TRANSLATE_NOOP("Settings", "The first-run setup was completed."),
        ),
    )
    disclaimer_accepted: bool = field(
        default=False,
        metadata=_spec(
            kind=_SW,
            shown=False,
            help=QT_TRANSLATE_NOOP("Settings", "The user accepted the health disclaimer."),
        ),
    )


@dataclass(frozen=True, slots=True)
class Option:
    """One declared option: its key, default and spec."""

    key: str
    default: Any
    spec: OptionSpec


def _declared() -> dict[str, Option]:
    out: dict[str, Option] = {}
    for f in fields(Settings):
        factory = f.default_factory
        default = factory() if callable(factory) else f.default
        out[f.name] = Option(f.name, default, f.metadata[_SPEC])
    return out


#: Every option, by key, in declaration order.
OPTIONS: dict[str, Option] = _declared()


def spec(key: str) -> OptionSpec:
    """Return the spec of the option ``key``."""
    return OPTIONS[key].spec


def snooze_fault(minutes: Sequence[int]) -> SnoozeFault | None:
    """Tell what is wrong with these snooze choices, or None when they are usable."""
    s = spec("snooze_options_min")
    lo, hi = s.whole_bounds
    if not minutes:
        return SnoozeFault.EMPTY
    if any(not lo <= m <= hi for m in minutes):
        return SnoozeFault.OUT_OF_RANGE
    if s.max_items is not None and len(set(minutes)) > s.max_items:
        return SnoozeFault.TOO_MANY
    return None
