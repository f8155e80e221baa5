"""Self-assessment at first run: signs from brief §1 that point to a starting focus.

A suggestion, never a diagnosis: the user picks any focus and can change it later. Texts
are English source strings (translation context "Planner").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.settings import Profile
from desktop_app.core.text_marks import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class SelfCheckSign:
    """One self-assessment statement and which focus it points to."""

    id: str
    text: str
    lower: int = 0
    upper: int = 0
    asymmetry: int = 0
    posterior: int = 0


SELF_CHECK_SIGNS: tuple[SelfCheckSign, ...] = (
    SelfCheckSign(
        "low_back_sitting",
        QT_TRANSLATE_NOOP("Planner", "My low back gets sore after sitting or standing a while"),
        1,
    ),
    SelfCheckSign(
        "tight_hips", QT_TRANSLATE_NOOP("Planner", "The front of my hips feels tight"), 1
    ),
    SelfCheckSign(
        "hard_glutes_core",
        QT_TRANSLATE_NOOP("Planner", "I find it hard to feel my glutes or core working"),
        1,
    ),
    SelfCheckSign(
        "flat_back",
        QT_TRANSLATE_NOOP(
            "Planner", "My low back looks flat and the backs of my thighs feel tight"
        ),
        posterior=1,
    ),
    SelfCheckSign(
        "neck_shoulders",
        QT_TRANSLATE_NOOP("Planner", "My neck or shoulders ache after screen work"),
        0,
        1,
    ),
    SelfCheckSign(
        "head_forward",
        QT_TRANSLATE_NOOP("Planner", "My head pokes forward or my shoulders round when I sit"),
        0,
        1,
    ),
    SelfCheckSign(
        "tension_headache", QT_TRANSLATE_NOOP("Planner", "I get tension headaches"), 0, 1
    ),
    SelfCheckSign(
        "one_hip_tighter",
        QT_TRANSLATE_NOOP("Planner", "One hip always feels tighter than the other"),
        0,
        0,
        1,
    ),
    SelfCheckSign(
        "shoulder_higher",
        QT_TRANSLATE_NOOP("Planner", "One shoulder sits higher than the other"),
        0,
        0,
        1,
    ),
    SelfCheckSign(
        "belt_uneven",
        QT_TRANSLATE_NOOP("Planner", "My belt or trouser line sits unevenly"),
        0,
        0,
        1,
    ),
    SelfCheckSign(
        "weight_shift",
        QT_TRANSLATE_NOOP("Planner", "I keep shifting my weight to one side"),
        0,
        0,
        1,
    ),
    SelfCheckSign(
        "one_sided_pain", QT_TRANSLATE_NOOP("Planner", "My pain is mostly on one side"), 0, 0, 1
    ),
)


def suggest_profile(sign_ids: Sequence[str]) -> Profile:
    """Suggest a starting focus from the ticked signs; a suggestion, never a diagnosis."""
    ticked = [s for s in SELF_CHECK_SIGNS if s.id in set(sign_ids)]
    lower = sum(s.lower for s in ticked)
    upper = sum(s.upper for s in ticked)
    asym = sum(s.asymmetry for s in ticked)
    posterior = sum(s.posterior for s in ticked)
    if asym >= 2 and asym > max(lower, upper, posterior):
        return Profile.ASYMMETRY
    if posterior and not lower and not upper:
        return Profile.POSTERIOR_TILT
    if (lower or posterior) and upper:
        return Profile.BOTH
    if lower:
        return Profile.LOWER_CROSSED
    if upper:
        return Profile.UPPER_CROSSED
    return Profile.BOTH


PROFILE_NAMES: dict[Profile, str] = {
    Profile.LOWER_CROSSED: QT_TRANSLATE_NOOP(
        "Planner", "Hips and low back (lower-crossed pattern)"
    ),
    Profile.UPPER_CROSSED: QT_TRANSLATE_NOOP(
        "Planner", "Neck, chest and upper back (upper-crossed pattern)"
    ),
    Profile.BOTH: QT_TRANSLATE_NOOP("Planner", "Both: alternate upper and lower body"),
    Profile.ASYMMETRY: QT_TRANSLATE_NOOP(
        "Planner", "Left–right balance (one side tighter or weaker)"
    ),
    Profile.POSTERIOR_TILT: QT_TRANSLATE_NOOP("Planner", "Flat low back (posterior-tilt pattern)"),
}
