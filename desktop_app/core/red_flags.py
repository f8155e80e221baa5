"""The red flags: warning signs asked as yes/no questions, grouped by seriousness.

Each flag says which exercise regions it stops (brief §4 [7][9][26], S0; issue 12).
What an answer leads to (the advice, the lock) is :mod:`desktop_app.core.safety`'s
:func:`~desktop_app.core.safety.evaluate`; when to ask is :mod:`desktop_app.core.screening`.
The questions are English source strings in the ``Safety`` translation context.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.text_marks import QT_TRANSLATE_NOOP

#: Exercise regions (``Exercise.region``) the catalog uses.
ALL_REGIONS: frozenset[str] = frozenset(
    {"neck", "chest_shoulders", "upper_back", "core", "low_back", "hips", "legs"}
)
ARM_REGIONS: frozenset[str] = frozenset({"neck", "chest_shoulders", "upper_back"})
LEG_REGIONS: frozenset[str] = frozenset({"low_back", "hips", "legs", "core"})


class FlagGroup(StrEnum):
    """How serious a red flag is, most serious first."""

    EMERGENCY = "emergency"
    URGENT_NECK = "urgent_neck"
    CHEST = "chest"
    STOP_EXERCISE = "stop_exercise"
    MEDICAL_REVIEW = "medical_review"
    RECOMMEND_PHYSIO = "recommend_physio"


@dataclass(frozen=True, slots=True)
class RedFlag:
    """One warning sign, asked as a yes/no question.

    Attributes:
        id: Stable identifier (stored with safety events).
        question: The sign, phrased so that "yes" means it applies.
        group: How serious it is and what to do.
        stops: Exercise regions stopped when it applies (empty = none).
    """

    id: str
    question: str
    group: FlagGroup
    stops: frozenset[str]


def _flag(id_: str, text: str, group: FlagGroup, stops: frozenset[str]) -> RedFlag:
    return RedFlag(id_, text, group, stops)


_E, _N, _C, _S, _M, _P = (
    FlagGroup.EMERGENCY,
    FlagGroup.URGENT_NECK,
    FlagGroup.CHEST,
    FlagGroup.STOP_EXERCISE,
    FlagGroup.MEDICAL_REVIEW,
    FlagGroup.RECOMMEND_PHYSIO,
)
_NONE: frozenset[str] = frozenset()

#: The red flags, grouped, most serious first (brief §4 [7][9][26], S0; issue 12).
RED_FLAGS: tuple[RedFlag, ...] = (
    # Back and legs (pressure on the nerves at the base of the spine) [7][9].
    _flag(
        "bladder_bowel",
        QT_TRANSLATE_NOOP("Safety", "New trouble controlling or emptying your bladder or bowel"),
        _E,
        ALL_REGIONS,
    ),
    _flag(
        "saddle_numbness",
        QT_TRANSLATE_NOOP("Safety", "Numbness in the groin, buttocks or inner thighs"),
        _E,
        ALL_REGIONS,
    ),
    _flag(
        "sexual_function",
        QT_TRANSLATE_NOOP("Safety", "New loss of sexual function or feeling"),
        _E,
        ALL_REGIONS,
    ),
    _flag(
        "both_legs",
        QT_TRANSLATE_NOOP("Safety", "Pain, numbness or pins and needles in both legs"),
        _E,
        ALL_REGIONS,
    ),
    _flag(
        "leg_weakness",
        QT_TRANSLATE_NOOP("Safety", "Weakness in one or both legs that is new or getting worse"),
        _E,
        ALL_REGIONS,
    ),
    # Head and neck (blood supply to the brain) [26].
    _flag(
        "dizziness",
        QT_TRANSLATE_NOOP(
            "Safety", "Dizziness or light-headedness, for example when you turn or tilt your head"
        ),
        _N,
        ALL_REGIONS,
    ),
    _flag(
        "double_vision",
        QT_TRANSLATE_NOOP("Safety", "Double vision or a sudden change in your sight"),
        _N,
        ALL_REGIONS,
    ),
    _flag(
        "speech",
        QT_TRANSLATE_NOOP("Safety", "Trouble speaking, or slurred speech"),
        _N,
        ALL_REGIONS,
    ),
    _flag("swallowing", QT_TRANSLATE_NOOP("Safety", "Trouble swallowing"), _N, ALL_REGIONS),
    _flag(
        "drop_attacks",
        QT_TRANSLATE_NOOP("Safety", "Sudden falls without losing consciousness (drop attacks)"),
        _N,
        ALL_REGIONS,
    ),
    _flag(
        "nausea",
        QT_TRANSLATE_NOOP("Safety", "Feeling sick or vomiting together with neck pain"),
        _N,
        ALL_REGIONS,
    ),
    _flag(
        "eye_flicker",
        QT_TRANSLATE_NOOP("Safety", "Eyes that flicker or jump on their own"),
        _N,
        ALL_REGIONS,
    ),
    _flag(
        "face_numbness",
        QT_TRANSLATE_NOOP("Safety", "Numbness or tingling in the face or lips"),
        _N,
        ALL_REGIONS,
    ),
    _flag(
        "sudden_headache",
        QT_TRANSLATE_NOOP("Safety", "A sudden, severe headache unlike any you have had"),
        _N,
        ALL_REGIONS,
    ),
    _flag(
        "tearing_neck", QT_TRANSLATE_NOOP("Safety", "Sudden, tearing neck pain"), _N, ALL_REGIONS
    ),
    _flag(
        "clumsy_gait",
        QT_TRANSLATE_NOOP("Safety", "Clumsy hands or an unsteady walk"),
        _N,
        ALL_REGIONS,
    ),
    # Upper back with chest symptoms.
    _flag(
        "chest_pain",
        QT_TRANSLATE_NOOP(
            "Safety", "Upper-back pain together with chest pain, pressure or tightness"
        ),
        _C,
        ALL_REGIONS,
    ),
    _flag(
        "breathless",
        QT_TRANSLATE_NOOP("Safety", "Upper-back pain together with shortness of breath"),
        _C,
        ALL_REGIONS,
    ),
    # Nerve symptoms in one limb (S0).
    _flag(
        "arm_nerve",
        QT_TRANSLATE_NOOP("Safety", "Numbness, tingling or weakness in an arm or hand"),
        _S,
        ARM_REGIONS,
    ),
    _flag(
        "leg_nerve",
        QT_TRANSLATE_NOOP("Safety", "Numbness, tingling or weakness in one leg or foot"),
        _S,
        LEG_REGIONS,
    ),
    # Whole-body signs [7][9].
    _flag(
        "fever",
        QT_TRANSLATE_NOOP("Safety", "Fever or chills together with the pain"),
        _M,
        ALL_REGIONS,
    ),
    _flag(
        "weight_loss",
        QT_TRANSLATE_NOOP("Safety", "Weight loss you cannot explain"),
        _M,
        ALL_REGIONS,
    ),
    _flag("cancer_history", QT_TRANSLATE_NOOP("Safety", "A history of cancer"), _M, ALL_REGIONS),
    _flag(
        "night_pain",
        QT_TRANSLATE_NOOP(
            "Safety", "Pain at night that does not ease when you rest or change position"
        ),
        _M,
        ALL_REGIONS,
    ),
    _flag(
        "trauma",
        QT_TRANSLATE_NOOP("Safety", "The pain began after a recent fall, accident or other injury"),
        _M,
        ALL_REGIONS,
    ),
    _flag(
        "steroids",
        QT_TRANSLATE_NOOP("Safety", "Long-term steroid tablets or a weakened immune system"),
        _M,
        ALL_REGIONS,
    ),
    _flag(
        "injected_drugs",
        QT_TRANSLATE_NOOP("Safety", "Injecting drugs, now or in the past"),
        _M,
        ALL_REGIONS,
    ),
    _flag(
        "age_onset",
        QT_TRANSLATE_NOOP("Safety", "This is new pain and you are under 20 or over 50"),
        _M,
        ALL_REGIONS,
    ),
    # When to see a professional (S0).
    _flag(
        "long_lasting",
        QT_TRANSLATE_NOOP("Safety", "The pain has lasted more than 3 months"),
        _P,
        _NONE,
    ),
    _flag(
        "sleep_daily",
        QT_TRANSLATE_NOOP("Safety", "The pain disturbs your sleep or daily activities"),
        _P,
        _NONE,
    ),
    _flag(
        "no_improvement",
        QT_TRANSLATE_NOOP("Safety", "The pain does not improve with rest or basic exercise"),
        _P,
        _NONE,
    ),
)

FLAGS_BY_ID: dict[str, RedFlag] = {f.id: f for f in RED_FLAGS}


def flags_in(group: FlagGroup) -> tuple[RedFlag, ...]:
    """Return the red flags of one group, in display order."""
    return tuple(f for f in RED_FLAGS if f.group is group)
