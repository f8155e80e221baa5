"""Safety advice: what a red-flag checklist leads to, and how the report words it (brief §4).

The app advises and never diagnoses: a matching answer is a prompt to get checked. Every
answer maps to one of three kinds of advice (:class:`Urgency`): seek emergency care now,
see a doctor or physiotherapist soon, or carry on. The red flags themselves are
:mod:`desktop_app.core.red_flags`, the automatic pain triggers
:mod:`desktop_app.core.pain_triggers`; when to ask is decided in ``core.screening``.
Texts are English source strings; the Qt layer translates them with
``QCoreApplication.translate(SAFETY_CONTEXT, text)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.red_flags import ALL_REGIONS, FLAGS_BY_ID, RED_FLAGS, FlagGroup, RedFlag
from desktop_app.core.text_marks import QT_TRANSLATE_NOOP

SAFETY_CONTEXT = "Safety"

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
