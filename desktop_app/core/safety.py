"""Red flags, safety advice and the automatic pain triggers (brief §4).

The app advises and never diagnoses: a matching answer is a prompt to get checked. Every
answer maps to one of three kinds of advice (:class:`Urgency`): seek emergency care now,
see a doctor or physiotherapist soon, or carry on. When to ask is decided in
``core.screening``.
Texts are English source strings; the Qt layer translates them with
``QCoreApplication.translate(SAFETY_CONTEXT, text)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from desktop_app.core.clock import zone
from desktop_app.core.events import RatingEvent, RatingKind
from desktop_app.core.text_marks import QT_TRANSLATE_NOOP

SAFETY_CONTEXT = "Safety"

#: A single rating at or above this starts the "see a professional" prompt.
SEVERE_PAIN_THRESHOLD = 7
#: Rise of the weekly mean pain, in points, that counts when it lasts two weeks.
WEEKLY_RISE_POINTS = 2.0

#: Exercise regions (``Exercise.region``) the catalog uses.
ALL_REGIONS: frozenset[str] = frozenset(
    {"neck", "chest_shoulders", "upper_back", "core", "low_back", "hips", "legs"}
)
ARM_REGIONS: frozenset[str] = frozenset({"neck", "chest_shoulders", "upper_back"})
LEG_REGIONS: frozenset[str] = frozenset({"low_back", "hips", "legs", "core"})

DISCLAIMER = QT_TRANSLATE_NOOP(
    "Safety",
    "Counterbalance reminds you to take breaks and guides general stretching and "
    "strengthening exercises. It is not medical advice, and it does not diagnose or treat "
    "any condition. If your symptoms are severe, getting worse or feel unusual, stop and "
    "talk to a qualified health professional.",
)


class Urgency(StrEnum):
    """The advice an answer leads to."""

    EMERGENCY_NOW = "emergency_now"
    SEE_DOCTOR_SOON = "see_doctor_soon"
    CARRY_ON = "carry_on"


class FlagGroup(StrEnum):
    """How serious a red flag is, most serious first."""

    EMERGENCY = "emergency"
    URGENT_NECK = "urgent_neck"
    CHEST = "chest"
    STOP_EXERCISE = "stop_exercise"
    MEDICAL_REVIEW = "medical_review"
    RECOMMEND_PHYSIO = "recommend_physio"


#: Severity order: lower index = more serious.
GROUP_ORDER: tuple[FlagGroup, ...] = tuple(FlagGroup)

#: The advice each group leads to (issue 12: emergency now / see a doctor soon / carry on).
GROUP_URGENCY: dict[FlagGroup, Urgency] = {
    FlagGroup.EMERGENCY: Urgency.EMERGENCY_NOW,
    FlagGroup.URGENT_NECK: Urgency.EMERGENCY_NOW,
    FlagGroup.CHEST: Urgency.EMERGENCY_NOW,
    FlagGroup.STOP_EXERCISE: Urgency.SEE_DOCTOR_SOON,
    FlagGroup.MEDICAL_REVIEW: Urgency.SEE_DOCTOR_SOON,
    FlagGroup.RECOMMEND_PHYSIO: Urgency.SEE_DOCTOR_SOON,
}

#: Calm, plain headings for the checklist (the advice says how serious an answer is).
GROUP_TITLES: dict[FlagGroup, str] = {
    FlagGroup.EMERGENCY: QT_TRANSLATE_NOOP("Safety", "Back and legs"),
    FlagGroup.URGENT_NECK: QT_TRANSLATE_NOOP("Safety", "Head and neck"),
    FlagGroup.CHEST: QT_TRANSLATE_NOOP("Safety", "Upper back and chest"),
    FlagGroup.STOP_EXERCISE: QT_TRANSLATE_NOOP("Safety", "Numbness, tingling or weakness"),
    FlagGroup.MEDICAL_REVIEW: QT_TRANSLATE_NOOP("Safety", "Your health in general"),
    FlagGroup.RECOMMEND_PHYSIO: QT_TRANSLATE_NOOP("Safety", "How the pain affects you"),
}

GROUP_ADVICE: dict[FlagGroup, str] = {
    FlagGroup.EMERGENCY: (
        QT_TRANSLATE_NOOP(
            "Safety",
            "Seek emergency care now. These signs need a doctor to check them within hours. "
            "Counterbalance has stopped your programme until you confirm that you have been "
            "assessed.",
        )
    ),
    FlagGroup.URGENT_NECK: (
        QT_TRANSLATE_NOOP(
            "Safety",
            "Seek emergency care now. Stop the exercises and call your local emergency number "
            "if these signs came on suddenly or are getting worse. Counterbalance has stopped "
            "your programme until you confirm that you have been assessed.",
        )
    ),
    FlagGroup.CHEST: (
        QT_TRANSLATE_NOOP(
            "Safety",
            "Seek emergency care now. Back pain that comes with chest pain or breathlessness "
            "needs to be checked straight away. Counterbalance has stopped your programme "
            "until you confirm that you have been assessed.",
        )
    ),
    FlagGroup.STOP_EXERCISE: (
        QT_TRANSLATE_NOOP(
            "Safety",
            "Stop the exercises for the affected area and see a health professional before "
            "you do them again.",
        )
    ),
    FlagGroup.MEDICAL_REVIEW: (
        QT_TRANSLATE_NOOP(
            "Safety",
            "Please have a doctor review these symptoms before you continue. Counterbalance "
            "has paused your programme until you confirm that you have been assessed.",
        )
    ),
    FlagGroup.RECOMMEND_PHYSIO: (
        QT_TRANSLATE_NOOP(
            "Safety",
            "We recommend seeing a physiotherapist or doctor. You can keep going gently, or "
            "pause the programme until then.",
        )
    ),
}

#: How the report words a stored safety event (``SafetyNote.code``), by group.
NOTE_TEXTS: dict[str, str] = {
    FlagGroup.EMERGENCY.value: QT_TRANSLATE_NOOP(
        "Safety", "Emergency signs (back and legs): told to seek emergency care"
    ),
    FlagGroup.URGENT_NECK.value: QT_TRANSLATE_NOOP(
        "Safety", "Emergency signs (head and neck): told to seek emergency care"
    ),
    FlagGroup.CHEST.value: QT_TRANSLATE_NOOP(
        "Safety", "Emergency signs (upper back and chest): told to seek emergency care"
    ),
    FlagGroup.STOP_EXERCISE.value: QT_TRANSLATE_NOOP(
        "Safety", "Numbness, tingling or weakness: exercises for the area stopped"
    ),
    FlagGroup.MEDICAL_REVIEW.value: QT_TRANSLATE_NOOP(
        "Safety", "Signs for a doctor to review: programme paused"
    ),
    FlagGroup.RECOMMEND_PHYSIO.value: QT_TRANSLATE_NOOP(
        "Safety", "Advised to see a physiotherapist or doctor"
    ),
    "no_flags": QT_TRANSLATE_NOOP("Safety", "Safety check: no warning signs"),
    "assessment_confirmed": QT_TRANSLATE_NOOP("Safety", "Assessment confirmed: programme resumed"),
}
#: What raised a stored safety event (``SafetyNote.action``: a ``Trigger`` value).
NOTE_TRIGGERS: dict[str, str] = {
    "checklist": QT_TRANSLATE_NOOP("Safety", "symptom checklist"),
    "severe_pain": QT_TRANSLATE_NOOP("Safety", "pain rated 7 or more"),
    "rising_pain": QT_TRANSLATE_NOOP("Safety", "weekly pain rising"),
}

NO_FLAG_ADVICE = QT_TRANSLATE_NOOP(
    "Safety",
    "None of the warning signs apply. Keep exercising within comfort: mild tension is "
    "fine, sharp pain is not. If anything changes, check again.",
)


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


class Trigger(StrEnum):
    """What produced a safety outcome."""

    CHECKLIST = "checklist"
    SEVERE_PAIN = "severe_pain"
    RISING_PAIN = "rising_pain"


@dataclass(frozen=True, slots=True)
class SafetyOutcome:
    """What to do after a safety check.

    Attributes:
        level: The most serious group that applied, or None when nothing applied.
        flags: The red flags that applied.
        stop_regions: Exercise regions the planner must leave out.
        lock_programme: True when no session may start until the user confirms an assessment.
        emergency: True when the advice is "Seek emergency care now".
        advice: The advice to show, most serious first, one paragraph per group.
        trigger: What produced the outcome.
        templates: The advice's source strings before their values were filled in (for
            translation); empty when ``advice`` holds source strings already.
        values: The values the templates take (``str.format`` names).
    """

    level: FlagGroup | None
    flags: tuple[RedFlag, ...]
    stop_regions: frozenset[str]
    lock_programme: bool
    emergency: bool
    advice: tuple[str, ...]
    trigger: Trigger = Trigger.CHECKLIST
    templates: tuple[str, ...] = ()
    values: tuple[tuple[str, float], ...] = ()

    def localized_advice(self, translate: Callable[[str], str]) -> tuple[str, ...]:
        """Return the advice translated by ``translate`` (source string → text), values filled."""
        if not self.templates:
            return tuple(translate(a) for a in self.advice)
        values = dict(self.values)
        return tuple(translate(t).format(**values) for t in self.templates)

    @property
    def urgency(self) -> Urgency:
        """Return the advice this outcome leads to: emergency now, see someone soon, carry on."""
        return GROUP_URGENCY[self.level] if self.level is not None else Urgency.CARRY_ON

    @property
    def offer_pause(self) -> bool:
        """Return True when the user should be offered to pause the programme."""
        return self.level is FlagGroup.RECOMMEND_PHYSIO


def evaluate(answered_yes: Iterable[str]) -> SafetyOutcome:
    """Evaluate a symptoms checklist from the ids of the flags answered "yes".

    Raises:
        KeyError: When an id is not a known red flag.
    """
    flags = tuple(sorted({FLAGS_BY_ID[i] for i in answered_yes}, key=RED_FLAGS.index))
    if not flags:
        return SafetyOutcome(None, (), frozenset(), False, False, (NO_FLAG_ADVICE,))
    groups = sorted({f.group for f in flags}, key=GROUP_ORDER.index)
    stops: frozenset[str] = frozenset().union(*(f.stops for f in flags))
    lock = any(
        GROUP_URGENCY[g] is Urgency.EMERGENCY_NOW or g is FlagGroup.MEDICAL_REVIEW for g in groups
    )
    return SafetyOutcome(
        level=groups[0],
        flags=flags,
        stop_regions=ALL_REGIONS if lock else stops,
        lock_programme=lock,
        emergency=GROUP_URGENCY[groups[0]] is Urgency.EMERGENCY_NOW,
        advice=tuple(GROUP_ADVICE[g] for g in groups),
    )


SEVERE_PAIN_ADVICE = QT_TRANSLATE_NOOP(
    "Safety",
    "You rated your pain {value} out of 10. Pain this strong is worth getting checked: "
    "we recommend seeing a physiotherapist or doctor. You can pause the programme until then.",
)
RISING_PAIN_ADVICE = QT_TRANSLATE_NOOP(
    "Safety",
    "Your weekly average pain has been at least 2 points higher than before for two weeks "
    "running ({before:.1f} → {week1:.1f} → {week2:.1f}). We recommend seeing a "
    "physiotherapist or doctor. You can pause the programme until then.",
)


def _physio(template: str, trigger: Trigger, **values: float) -> SafetyOutcome:
    return SafetyOutcome(
        FlagGroup.RECOMMEND_PHYSIO,
        (),
        frozenset(),
        False,
        False,
        (template.format(**values),),
        trigger,
        (template,),
        tuple(values.items()),
    )


def severe_pain_trigger(rating: RatingEvent) -> SafetyOutcome | None:
    """Return a "see a professional" outcome when one rating is 7 or more."""
    if rating.value >= SEVERE_PAIN_THRESHOLD:
        return _physio(SEVERE_PAIN_ADVICE, Trigger.SEVERE_PAIN, value=rating.value)
    return None


def week_start(day: date) -> date:
    """Return the Monday of the week containing ``day``."""
    return day - timedelta(days=day.weekday())


def weekly_means(ratings: Sequence[RatingEvent]) -> dict[date, float]:
    """Return mean pain per week (Monday start), from daily means of every rating kind.

    Daily means first, so a day with many ratings does not outweigh the others (brief §4).
    """
    per_day: dict[date, list[int]] = {}
    for r in ratings:
        per_day.setdefault(r.at.local_date, []).append(r.value)
    per_week: dict[date, list[float]] = {}
    for day, values in per_day.items():
        per_week.setdefault(week_start(day), []).append(sum(values) / len(values))
    return {w: sum(v) / len(v) for w, v in sorted(per_week.items())}


def rising_pain_trigger(
    ratings: Sequence[RatingEvent], now: datetime, tz: str
) -> SafetyOutcome | None:
    """Return an outcome when weekly mean pain has risen ≥2 points two weeks running.

    "Two weeks running" is read as: the two most recent complete weeks both have a mean at
    least 2 points above the week before them. Weeks without ratings break the run. The
    current, unfinished week is ignored so one bad day cannot trigger it.
    """
    usable = [r for r in ratings if r.kind is not RatingKind.DURING]
    means = weekly_means(usable)
    this_week = week_start(now.astimezone(zone(tz)).date())
    w2 = this_week - timedelta(days=7)
    w1 = w2 - timedelta(days=7)
    w0 = w1 - timedelta(days=7)
    if not all(w in means for w in (w0, w1, w2)):
        return None
    base = means[w0]
    if means[w1] - base >= WEEKLY_RISE_POINTS and means[w2] - base >= WEEKLY_RISE_POINTS:
        return _physio(
            RISING_PAIN_ADVICE, Trigger.RISING_PAIN, before=base, week1=means[w1], week2=means[w2]
        )
    return None
