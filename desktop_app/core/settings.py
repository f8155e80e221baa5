"""User settings declared once: key, type, default, bounds, unit and help text together.

Each field of :class:`Settings` carries its default and, in its metadata, its
:class:`OptionSpec` (kind, bounds, unit, help): one declaration per option.
:data:`OPTIONS` lists them; the settings file validates with them
(``core.settings_format``), the settings dialog takes its ranges, units and descriptions
from them, and ``docs/settings.md`` is generated from them
(``python -m desktop_app.core.settings_doc``).

How an option is declared (:class:`~desktop_app.core.option_spec.OptionSpec`) is
``core.option_spec``. The rules a whole value must follow (working-hours ranges that end
before they start or overlap, snooze choices) are ``core.settings_rules``.

To add an option, add one field to :class:`Settings`:
``name: int = field(default=..., metadata=declare(kind=..., bounds=..., unit=..., help=...))``.

The settings file format (plain data to Settings and back, key by key) is
``core.settings_format``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from enum import StrEnum

from desktop_app.core.events import Side
from desktop_app.core.exercise_needs import CONTRAINDICATIONS, Equipment
from desktop_app.core.option_spec import (
    Option,
    OptionKind,
    OptionSpec,
    choices_of,
    declare,
    declared_options,
)
from desktop_app.core.text_marks import QT_TRANSLATE_NOOP

SETTINGS_VERSION = 1

#: Longest computer name and sync folder path accepted.
MAX_NAME_CHARS = 64
MAX_PATH_CHARS = 4096

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


def default_hours() -> dict[str, tuple[TimeRange, ...]]:
    """Return the default working hours: 08:00–18:00 on weekdays, none at the weekend."""
    work = (TimeRange(time(8, 0), time(18, 0)),)
    return {d: (work if d not in ("sat", "sun") else ()) for d in WEEKDAYS}


_W, _SW = OptionKind.WHOLE, OptionKind.SWITCH


@dataclass(frozen=True, slots=True)
class Settings:
    """Every user setting, each declared once with its default and spec."""

    interval_min: int = field(
        default=45,
        metadata=declare(
            kind=_W,
            bounds=(5, 180),
            unit="min",
            recommended=(30, 60),
            help=QT_TRANSLATE_NOOP("Settings", "Minutes of active time between microbreaks."),
        ),
    )
    idle_threshold_min: int = field(
        default=5,
        metadata=declare(
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
        metadata=declare(
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
        metadata=declare(
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
        metadata=declare(
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
        metadata=declare(
            kind=_W,
            bounds=(0, 10),
            help=QT_TRANSLATE_NOOP(
                "Settings", "After this many, only Start or Skip remain; 0 = no snooze."
            ),
        ),
    )
    working_hours_enabled: bool = field(
        default=False,
        metadata=declare(
            kind=_SW,
            help=QT_TRANSLATE_NOOP("Settings", "Only offer breaks during the working hours."),
        ),
    )
    working_hours: dict[str, tuple[TimeRange, ...]] = field(
        default_factory=default_hours,
        metadata=declare(
            kind=OptionKind.WEEK_HOURS,
            choices=WEEKDAYS,
            help=QT_TRANSLATE_NOOP(
                "Settings", "Working hours per weekday: [start, end] pairs that do not overlap."
            ),
        ),
    )
    respect_fullscreen: bool = field(
        default=True,
        metadata=declare(
            kind=_SW,
            help=QT_TRANSLATE_NOOP("Settings", "Hold breaks while a full-screen window is active."),
        ),
    )
    respect_dnd: bool = field(
        default=True,
        metadata=declare(
            kind=_SW, help=QT_TRANSLATE_NOOP("Settings", "Hold breaks while Do Not Disturb is on.")
        ),
    )
    daily_session_time: time = field(
        default=time(17, 0),
        metadata=declare(
            kind=OptionKind.TIME,
            help=QT_TRANSLATE_NOOP(
                "Settings", "Local time of the daily session reminder, every day."
            ),
        ),
    )
    daily_session_enabled: bool = field(
        default=True,
        metadata=declare(
            kind=_SW, help=QT_TRANSLATE_NOOP("Settings", "Remind of a longer daily session.")
        ),
    )
    profile: Profile = field(
        default=Profile.BOTH,
        metadata=declare(
            kind=OptionKind.CHOICE,
            choices=choices_of(Profile),
            help=QT_TRANSLATE_NOOP(
                "Settings", "Focus of the exercises; a starting point, not a diagnosis."
            ),
        ),
    )
    equipment: Equipment = field(
        default=Equipment.NONE,
        metadata=declare(
            kind=OptionKind.CHOICE,
            choices=choices_of(Equipment),
            help=QT_TRANSLATE_NOOP(
                "Settings", "Equipment at the desk; band exercises only with a band."
            ),
        ),
    )
    weak_side: SidePreference = field(
        default=SidePreference.NONE,
        metadata=declare(
            kind=OptionKind.CHOICE,
            choices=choices_of(SidePreference),
            help=QT_TRANSLATE_NOOP("Settings", "Gets an extra set of one-sided strengthening."),
        ),
    )
    #: Asked separately from the weaker side, never assumed from it (issue 12).
    tight_side: SidePreference = field(
        default=SidePreference.NONE,
        metadata=declare(
            kind=OptionKind.CHOICE,
            choices=choices_of(SidePreference),
            help=QT_TRANSLATE_NOOP("Settings", "Gets an extra hold of one-sided stretches."),
        ),
    )
    conditions: tuple[str, ...] = field(
        default=(),
        metadata=declare(
            kind=OptionKind.CONDITIONS,
            choices=CONDITIONS,
            help=QT_TRANSLATE_NOOP(
                "Settings", "Declared conditions; exercises not advised for them are left out."
            ),
        ),
    )
    sounds_enabled: bool = field(
        default=True,
        metadata=declare(
            kind=_SW, help=QT_TRANSLATE_NOOP("Settings", "Play ticks and chimes during sessions.")
        ),
    )
    voice_enabled: bool = field(
        default=False,
        metadata=declare(
            kind=_SW, help=QT_TRANSLATE_NOOP("Settings", "Speak exercise cues aloud.")
        ),
    )
    #: Brief §4 rates pain "on a sample of breaks to limit burden": about one in three
    #: (some three a day at ten breaks), plus every daily session and the day's average.
    pain_prompt_share: float = field(
        default=0.3,
        metadata=declare(
            kind=OptionKind.SHARE,
            bounds=(0.0, 1.0),
            help=QT_TRANSLATE_NOOP(
                "Settings", "Share of microbreaks that ask pain before and after (1 = every one)."
            ),
        ),
    )
    microbreak_feel_each: bool = field(
        default=False,
        metadata=declare(
            kind=_SW,
            help=QT_TRANSLATE_NOOP(
                "Settings", "Ask how each exercise felt in microbreaks, instead of once per break."
            ),
        ),
    )
    language: str = field(
        default="",
        metadata=declare(
            kind=OptionKind.LANGUAGE,
            # The dialog lists the shipped translations itself (not a fixed choice).
            help=QT_TRANSLATE_NOOP(
                "Settings",
                "Language of the app; empty follows the system. Applies at the next start.",
            ),
        ),
    )
    sync_enabled: bool = field(
        default=False,
        metadata=declare(
            kind=_SW,
            help=QT_TRANSLATE_NOOP(
                "Settings",
                "Share one history with your other computers through a folder you sync.",
            ),
        ),
    )
    sync_folder: str = field(
        default="",
        metadata=declare(
            kind=OptionKind.FOLDER,
            bounds=(0, MAX_PATH_CHARS),
            help=QT_TRANSLATE_NOOP(
                "Settings",
                "The synced folder (Syncthing, Dropbox, Nextcloud, a network share); "
                "Counterbalance writes only inside its own Counterbalance folder there.",
            ),
        ),
    )
    computer_name: str = field(
        default="",
        metadata=declare(
            kind=OptionKind.TEXT,
            bounds=(0, MAX_NAME_CHARS),
            help=QT_TRANSLATE_NOOP(
                "Settings",
                "This computer's name in the progress window; empty uses the host name.",
            ),
        ),
    )
    autostart: bool = field(
        default=False,
        metadata=declare(
            kind=_SW, help=QT_TRANSLATE_NOOP("Settings", "Start Counterbalance at login.")
        ),
    )
    autostart_asked: bool = field(
        default=False,
        metadata=declare(
            kind=_SW,
            shown=False,
            help=QT_TRANSLATE_NOOP("Settings", "The user was asked about starting at login."),
        ),
    )
    onboarding_done: bool = field(
        default=False,
        metadata=declare(
            kind=_SW,
            shown=False,
            help=QT_TRANSLATE_NOOP("Settings", "The first-run setup was completed."),
        ),
    )
    disclaimer_accepted: bool = field(
        default=False,
        metadata=declare(
            kind=_SW,
            shown=False,
            help=QT_TRANSLATE_NOOP("Settings", "The user accepted the health disclaimer."),
        ),
    )


#: Every option, by key, in declaration order.
OPTIONS: dict[str, Option] = declared_options(Settings)


def spec(key: str) -> OptionSpec:
    """Return the spec of the option ``key``."""
    return OPTIONS[key].spec
