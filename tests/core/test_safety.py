"""Red flags, their advice, and the automatic pain triggers; NRS wording."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.core import pain, pain_triggers, red_flags, safety, screening
from desktop_app.core.clock import Stamp
from desktop_app.core.events import RatingEvent, RatingKind, Region
from desktop_app.core.red_flags import FlagGroup
from desktop_app.core.safety import Trigger, Urgency


def test_every_group_has_flags_and_advice() -> None:
    for group in FlagGroup:
        assert red_flags.flags_in(group), group
        assert safety.GROUP_ADVICE[group]
    ids = [f.id for f in red_flags.RED_FLAGS]
    assert len(ids) == len(set(ids))


def test_cauda_equina_signs_get_emergency_wording_and_lock_everything() -> None:
    for flag in red_flags.flags_in(FlagGroup.EMERGENCY):
        outcome = safety.evaluate([flag.id])
        assert outcome.emergency
        assert outcome.lock_programme
        assert outcome.stop_regions == red_flags.ALL_REGIONS
        assert outcome.advice[0].startswith("Seek emergency care now")


def test_neck_and_chest_flags_are_emergencies_that_stop_everything() -> None:
    for flag_id in ("dizziness", "sudden_headache", "chest_pain", "breathless"):
        outcome = safety.evaluate([flag_id])
        assert outcome.urgency is Urgency.EMERGENCY_NOW
        assert outcome.lock_programme and outcome.emergency
        assert outcome.stop_regions == red_flags.ALL_REGIONS
        assert outcome.advice[0].startswith("Seek emergency care now")


#: Issue 12 §1, sign by sign, with the advice a clinician expects (worked out by hand).
EXPECTED_URGENCY = {
    # cauda equina: saddle numbness, bladder/bowel, sexual dysfunction, both legs, weakness
    "saddle_numbness": Urgency.EMERGENCY_NOW,
    "bladder_bowel": Urgency.EMERGENCY_NOW,
    "sexual_function": Urgency.EMERGENCY_NOW,
    "both_legs": Urgency.EMERGENCY_NOW,
    "leg_weakness": Urgency.EMERGENCY_NOW,
    # neck and cervical arteries
    "dizziness": Urgency.EMERGENCY_NOW,
    "double_vision": Urgency.EMERGENCY_NOW,
    "speech": Urgency.EMERGENCY_NOW,
    "swallowing": Urgency.EMERGENCY_NOW,
    "drop_attacks": Urgency.EMERGENCY_NOW,
    "nausea": Urgency.EMERGENCY_NOW,
    "eye_flicker": Urgency.EMERGENCY_NOW,
    "face_numbness": Urgency.EMERGENCY_NOW,
    "sudden_headache": Urgency.EMERGENCY_NOW,
    "tearing_neck": Urgency.EMERGENCY_NOW,
    "clumsy_gait": Urgency.EMERGENCY_NOW,
    # upper back with chest pain or breathlessness
    "chest_pain": Urgency.EMERGENCY_NOW,
    "breathless": Urgency.EMERGENCY_NOW,
    # nerve symptoms in one limb (S0)
    "arm_nerve": Urgency.SEE_DOCTOR_SOON,
    "leg_nerve": Urgency.SEE_DOCTOR_SOON,
    # systemic signs
    "fever": Urgency.SEE_DOCTOR_SOON,
    "weight_loss": Urgency.SEE_DOCTOR_SOON,
    "cancer_history": Urgency.SEE_DOCTOR_SOON,
    "night_pain": Urgency.SEE_DOCTOR_SOON,
    "trauma": Urgency.SEE_DOCTOR_SOON,
    "steroids": Urgency.SEE_DOCTOR_SOON,
    "injected_drugs": Urgency.SEE_DOCTOR_SOON,
    "age_onset": Urgency.SEE_DOCTOR_SOON,
    # S0: when to see a professional
    "long_lasting": Urgency.SEE_DOCTOR_SOON,
    "sleep_daily": Urgency.SEE_DOCTOR_SOON,
    "no_improvement": Urgency.SEE_DOCTOR_SOON,
}


def test_every_sign_of_the_issue_is_asked_and_maps_to_its_advice() -> None:
    assert {f.id for f in red_flags.RED_FLAGS} == set(EXPECTED_URGENCY)
    for flag_id, urgency in EXPECTED_URGENCY.items():
        assert safety.evaluate([flag_id]).urgency is urgency, flag_id
    assert safety.evaluate([]).urgency is Urgency.CARRY_ON


#: Names of conditions the app must never put on a user (it advises, never diagnoses).
DIAGNOSES = (
    "cauda equina",
    "stroke",
    "dissection",
    "fracture",
    "infection",
    "tumour",
    "tumor",
    "heart attack",
    "myocardial",
    "embolism",
    "aneurysm",
    "sciatica",
    "hernia",
    "slipped disc",
    "radiculopathy",
    "myelopathy",
    "meningitis",
    "syndrome",
)


def test_no_text_names_a_diagnosis() -> None:
    texts = [
        *(f.question for f in red_flags.RED_FLAGS),
        *safety.GROUP_TITLES.values(),
        *safety.GROUP_ADVICE.values(),
        safety.NO_FLAG_ADVICE,
        safety.DISCLAIMER,
        pain_triggers.SEVERE_PAIN_ADVICE,
        pain_triggers.RISING_PAIN_ADVICE,
        *screening.INTROS.values(),
    ]
    for text in texts:
        for word in DIAGNOSES:
            assert word not in text.lower(), (word, text)


def test_nerve_symptoms_stop_the_matching_regions() -> None:
    arm = safety.evaluate(["arm_nerve"])
    leg = safety.evaluate(["leg_nerve"])
    assert "neck" in arm.stop_regions and "hips" not in arm.stop_regions
    assert "hips" in leg.stop_regions and "neck" not in leg.stop_regions
    assert arm.level is FlagGroup.STOP_EXERCISE


def test_most_serious_group_leads_and_all_advice_is_listed() -> None:
    outcome = safety.evaluate(["long_lasting", "fever", "saddle_numbness"])
    assert outcome.level is FlagGroup.EMERGENCY
    assert len(outcome.advice) == 3
    assert outcome.advice[0] == safety.GROUP_ADVICE[FlagGroup.EMERGENCY]
    assert [f.id for f in outcome.flags] == ["saddle_numbness", "fever", "long_lasting"]


def test_physio_recommendation_offers_pause_but_does_not_stop() -> None:
    outcome = safety.evaluate(["sleep_daily"])
    assert outcome.offer_pause
    assert not outcome.stop_regions and not outcome.lock_programme


def test_no_flags_means_no_level() -> None:
    outcome = safety.evaluate([])
    assert outcome.level is None and not outcome.flags and outcome.advice


def test_unknown_flag_is_an_error() -> None:
    with pytest.raises(KeyError):
        safety.evaluate(["not_a_flag"])


def rating(value: int, when: datetime, kind: RatingKind = RatingKind.BEFORE) -> RatingEvent:
    return RatingEvent(Stamp(when, "UTC"), kind, value)


NOW = datetime(2026, 3, 26, 12, 0, tzinfo=UTC)  # a Thursday


@pytest.mark.parametrize(("value", "fires"), [(6, False), (7, True), (10, True)])
def test_severe_pain_trigger(value: int, fires: bool) -> None:
    outcome = pain_triggers.severe_pain_trigger(rating(value, NOW))
    assert (outcome is not None) is fires
    if outcome is not None:
        assert outcome.trigger is Trigger.SEVERE_PAIN
        assert f"{value} out of 10" in outcome.advice[0]


def weeks(*means: float) -> list[RatingEvent]:
    """One rating per day for each week; the last value is the most recent full week."""
    this_monday = datetime(2026, 3, 23, 9, 0, tzinfo=UTC)
    out = []
    for back, mean in enumerate(reversed(means), start=1):
        monday = this_monday - timedelta(days=7 * back)
        out += [rating(round(mean), monday + timedelta(days=d)) for d in range(5)]
    return out


def test_rising_pain_two_weeks_running_fires() -> None:
    outcome = pain_triggers.rising_pain_trigger(weeks(2, 4, 5), NOW, "UTC")
    assert outcome is not None and outcome.trigger is Trigger.RISING_PAIN
    assert "2.0 → 4.0 → 5.0" in outcome.advice[0]


@pytest.mark.parametrize("means", [(2, 4, 3), (2, 3, 4), (4, 4, 4), (5, 3, 1)])
def test_rising_pain_needs_two_weeks_at_two_points(means: tuple[int, ...]) -> None:
    assert pain_triggers.rising_pain_trigger(weeks(*means), NOW, "UTC") is None


def test_rising_pain_needs_three_weeks_of_data() -> None:
    assert pain_triggers.rising_pain_trigger(weeks(4, 6), NOW, "UTC") is None


def test_weekly_means_use_daily_means() -> None:
    monday = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
    many = [rating(8, monday + timedelta(minutes=i)) for i in range(10)]
    one = [rating(2, monday + timedelta(days=1))]
    means = pain_triggers.weekly_means(many + one)
    assert means == {monday.date(): 5.0}


def test_pain_bands_and_wording() -> None:
    assert [pain.band(v) for v in (0, 1, 3, 4, 6, 7, 10)] == [
        pain.PainBand.NONE,
        pain.PainBand.MILD,
        pain.PainBand.MILD,
        pain.PainBand.MODERATE,
        pain.PainBand.MODERATE,
        pain.PainBand.SEVERE,
        pain.PainBand.SEVERE,
    ]
    with pytest.raises(ValueError):
        pain.band(11)
    q = pain.question(RatingKind.BEFORE, Region.LOW_BACK)
    assert q.question == "How much pain do you have in your low back right now?"
    assert (q.anchor_low, q.anchor_high) == ("0 = no pain", "10 = worst pain imaginable")
    assert set(pain.REGION_NAMES) == set(Region)
    # the anchors never change with the question
    assert pain.question(RatingKind.AFTER).anchor_high == q.anchor_high


def test_meaningful_change() -> None:
    assert pain.is_meaningful_change(3.0, 5.0)  # 2 points
    assert pain.is_meaningful_change(3.0, 4.0)  # 1 point, 33 %
    assert not pain.is_meaningful_change(6.0, 7.0)  # 1 point, 17 %
    assert pain.is_meaningful_change(3.0, 1.5)  # 50 %
    assert not pain.is_meaningful_change(1.0, 1.5)  # under a point


@pytest.mark.parametrize(
    ("earlier", "later", "beyond"),
    [
        (2, 4, True),  # 2 points
        (8, 10, True),  # 2 points (25 %)
        (2, 3, False),  # 1 point (50 %), under the 1.77 detectable change
        (3, 4, False),  # 1 point (33 %)
        (0, 1, False),
        (6.0, 7.9, True),  # 1.9 points, 32 %
        (6.0, 7.5, False),  # 1.5 points, 25 %
        (5.0, 6.8, True),  # 1.8 points, 36 %
        (4, 2, False),  # a fall
    ],
)
def test_rise_beyond_noise(earlier: float, later: float, beyond: bool) -> None:
    assert pain.rise_beyond_noise(earlier, later) is beyond
