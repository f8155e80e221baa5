"""Pain rating wording: the 0–10 numeric rating scale (NRS), its anchors, bands and regions.

The wording and anchors are identical every time they are shown (brief §4). Texts here are
English source strings; the Qt layer passes them through
``QCoreApplication.translate(PAIN_CONTEXT, text)`` so they can be translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.events import RatingKind, Region
from desktop_app.core.text_marks import QT_TRANSLATE_NOOP

#: Translation context the UI uses for the strings of this module.
PAIN_CONTEXT = "Pain"

NRS_MIN = 0
NRS_MAX = 10
#: Smallest change in weekly mean pain shown as "meaningful" (brief §4, low back pain).
MEANINGFUL_CHANGE_POINTS = 2
#: Alternatively, a relative change of this share counts as meaningful.
MEANINGFUL_CHANGE_SHARE = 0.30
#: Minimal detectable change of a single NRS rating (brief §4 [21]): smaller differences
#: between two single ratings are within measurement noise.
MINIMAL_DETECTABLE_CHANGE = 1.77

QUESTION_ANY = QT_TRANSLATE_NOOP("Pain", "How much pain do you have right now?")
QUESTION_REGION = QT_TRANSLATE_NOOP("Pain", "How much pain do you have in your {region} right now?")
QUESTION_DAY_AVERAGE = QT_TRANSLATE_NOOP("Pain", "On average, how much pain have you had today?")
ANCHOR_LOW = QT_TRANSLATE_NOOP("Pain", "0 = no pain")
ANCHOR_HIGH = QT_TRANSLATE_NOOP("Pain", "10 = worst pain imaginable")
ANCHOR_LOW_SHORT = QT_TRANSLATE_NOOP("Pain", "no pain")
ANCHOR_HIGH_SHORT = QT_TRANSLATE_NOOP("Pain", "worst pain imaginable")

#: Headline over the rating, by when it is asked.
RATING_TITLES: dict[RatingKind, str] = {
    RatingKind.BEFORE: QT_TRANSLATE_NOOP("Pain", "Before we start"),
    RatingKind.AFTER: QT_TRANSLATE_NOOP("Pain", "Session finished"),
    RatingKind.DURING: QT_TRANSLATE_NOOP("Pain", "Pain during this exercise"),
    RatingKind.DAY_AVERAGE: QT_TRANSLATE_NOOP("Pain", "Your day"),
}


class PainBand(StrEnum):
    """Display band of a rating (brief §4: 1–3 mild, 4–6 moderate, 7–10 severe)."""

    NONE = "none"
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


BAND_NAMES: dict[PainBand, str] = {
    PainBand.NONE: QT_TRANSLATE_NOOP("Pain", "No pain"),
    PainBand.MILD: QT_TRANSLATE_NOOP("Pain", "Mild"),
    PainBand.MODERATE: QT_TRANSLATE_NOOP("Pain", "Moderate"),
    PainBand.SEVERE: QT_TRANSLATE_NOOP("Pain", "Severe"),
}


def band(value: int) -> PainBand:
    """Return the display band of a 0–10 rating.

    Raises:
        ValueError: When ``value`` is outside 0–10.
    """
    if not NRS_MIN <= value <= NRS_MAX:
        raise ValueError(f"pain rating must be 0–10, got {value}")
    if value == 0:
        return PainBand.NONE
    if value <= 3:
        return PainBand.MILD
    if value <= 6:
        return PainBand.MODERATE
    return PainBand.SEVERE


#: Display names of the optional body regions (brief §4).
REGION_NAMES: dict[Region, str] = {
    Region.NECK: QT_TRANSLATE_NOOP("Pain", "Neck"),
    Region.UPPER_BACK: QT_TRANSLATE_NOOP("Pain", "Upper back / shoulders"),
    Region.LOW_BACK: QT_TRANSLATE_NOOP("Pain", "Low back"),
    Region.HIPS: QT_TRANSLATE_NOOP("Pain", "Hips / buttocks"),
    Region.LEG: QT_TRANSLATE_NOOP("Pain", "Leg (below the knee)"),
    Region.ARM: QT_TRANSLATE_NOOP("Pain", "Arm / hand"),
}

#: The region as it reads inside the question ("in your …").
REGION_PHRASES: dict[Region, str] = {
    Region.NECK: QT_TRANSLATE_NOOP("Pain", "neck"),
    Region.UPPER_BACK: QT_TRANSLATE_NOOP("Pain", "upper back or shoulders"),
    Region.LOW_BACK: QT_TRANSLATE_NOOP("Pain", "low back"),
    Region.HIPS: QT_TRANSLATE_NOOP("Pain", "hips or buttocks"),
    Region.LEG: QT_TRANSLATE_NOOP("Pain", "leg"),
    Region.ARM: QT_TRANSLATE_NOOP("Pain", "arm or hand"),
}


@dataclass(frozen=True, slots=True)
class PainQuestion:
    """Everything a rating page shows, in English source text."""

    title: str
    question: str
    anchor_low: str
    anchor_high: str
    #: The question's source string before the region was filled in (for translation).
    template: str = ""
    #: The region phrase ``template`` takes as ``{region}`` (empty: none).
    region_phrase: str = ""


def question(kind: RatingKind, region: Region | None = None) -> PainQuestion:
    """Build the question for a rating, always with the same anchors."""
    if kind is RatingKind.DAY_AVERAGE:
        text = QUESTION_DAY_AVERAGE
    elif region is None:
        text = QUESTION_ANY
    else:
        phrase = REGION_PHRASES[region]
        return PainQuestion(
            RATING_TITLES[kind],
            QUESTION_REGION.format(region=phrase),
            ANCHOR_LOW,
            ANCHOR_HIGH,
            QUESTION_REGION,
            phrase,
        )
    return PainQuestion(RATING_TITLES[kind], text, ANCHOR_LOW, ANCHOR_HIGH, text)


def is_meaningful_change(old_mean: float, new_mean: float) -> bool:
    """Tell whether a change between two weekly means counts as meaningful (≥2 points or ≥30 %)."""
    diff = abs(new_mean - old_mean)
    if diff >= MEANINGFUL_CHANGE_POINTS:
        return True
    return old_mean > 0 and diff / old_mean >= MEANINGFUL_CHANGE_SHARE and diff >= 1


def rise_beyond_noise(earlier: float, later: float) -> bool:
    """Tell whether pain rose by more than measurement noise between two like ratings.

    The rise must reach the minimal important change (brief §4: 2 points or 30 %), and a
    30 % rise counts only when it is also beyond the minimal detectable change (1.77), so a
    1-point step (3 → 4 is 33 %) is never enough.
    """
    rise = later - earlier
    if rise >= MEANINGFUL_CHANGE_POINTS:
        return True
    return (
        earlier > 0
        and rise / earlier >= MEANINGFUL_CHANGE_SHARE
        and rise >= MINIMAL_DETECTABLE_CHANGE
    )
