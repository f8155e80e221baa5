"""Progression and regression rules, replayed from event histories."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from desktop_app.core.catalog import Catalog, Category, Dose
from desktop_app.core.clock import Stamp
from desktop_app.core.dose_ladder import dose_at, max_level, min_level
from desktop_app.core.events import (
    Feel,
    RatingEvent,
    RatingKind,
    Region,
    SessionEvent,
    SessionKind,
    SetEvent,
    Side,
)
from desktop_app.core.planner import plan_session
from desktop_app.core.progression import History, Progression, replay
from tests.helpers.exercises import make_exercise

STRETCH = make_exercise("stretch", Dose(sets=2, hold_s=20))
PLANK = make_exercise(
    "plank", Dose(sets=2, hold_s=25), category=Category.ACTIVATE, harder="plank_hard"
)
PLANK_HARD = make_exercise(
    "plank_hard",
    Dose(sets=2, hold_s=20),
    category=Category.ACTIVATE,
    easier="plank",
    variant_of="plank",
)
TUCK = make_exercise("tuck", Dose(sets=1, hold_s=10, reps=8), category=Category.ACTIVATE)
CAT = Catalog((PLANK, PLANK_HARD, STRETCH, TUCK))
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Log:
    """Builds a history session by session."""

    def __init__(self) -> None:
        self.sessions: list[SessionEvent] = []
        self.sets: list[SetEvent] = []
        self.ratings: list[RatingEvent] = []
        self.at = T0

    def session(
        self,
        exercise_id: str,
        feel: Feel | None,
        before: int | None = 2,
        after: int | None = 2,
        during: int | None = None,
    ) -> None:
        sid = len(self.sessions) + 1
        self.at += timedelta(hours=6)
        stamp = Stamp(self.at, "UTC")
        self.sessions.append(SessionEvent(stamp, SessionKind.MICROBREAK, id=sid))
        self.sets.append(SetEvent(sid, exercise_id, Side.BOTH, stamp, feel=feel))
        for kind, value in ((RatingKind.BEFORE, before), (RatingKind.AFTER, after)):
            if value is not None:
                self.ratings.append(RatingEvent(stamp, kind, value, session_id=sid))
        if during is not None:
            self.ratings.append(
                RatingEvent(
                    stamp, RatingKind.DURING, during, session_id=sid, exercise_id=exercise_id
                )
            )

    def replay(self) -> Progression:
        return replay(CAT, self.history())

    def history(self) -> History:
        return History(tuple(self.sessions), tuple(self.sets), tuple(self.ratings))


def test_hold_ladder_goes_20_25_30_then_more_holds() -> None:
    base = STRETCH.dose
    assert [dose_at(base, n).hold_s for n in range(3)] == [20, 25, 30]
    assert dose_at(base, 3) == Dose(sets=3, hold_s=30)
    assert max_level(base) == 3
    assert dose_at(base, 99) == dose_at(base, 3)
    assert dose_at(base, -1).hold_s == 15 and dose_at(base, -2).hold_s == 10
    assert min_level(base) == -2


def test_rep_ladder_adds_reps_then_a_set() -> None:
    base = TUCK.dose
    assert [dose_at(base, n).reps for n in range(3)] == [8, 10, 12]
    assert dose_at(base, 3) == Dose(sets=2, hold_s=10, reps=12)
    assert dose_at(base, -2).reps == 4 and min_level(base) == -2


def test_three_easy_sessions_progress_one_step_with_a_reason() -> None:
    log = Log()
    log.session("stretch", Feel.EASY)
    log.session("stretch", Feel.EASY)
    assert log.replay().state("stretch").level == 0
    log.session("stretch", Feel.EASY)
    prog = log.replay()
    assert prog.state("stretch").level == 1
    dose, reasons = prog.dose_for(STRETCH)
    assert dose.hold_s == 25
    assert reasons and "25 s" in reasons[0] and "easy" in reasons[0]


def test_reason_is_shown_once_then_dropped() -> None:
    log = Log()
    for _ in range(3):
        log.session("stretch", Feel.EASY)
    log.session("stretch", Feel.OK)
    dose, reasons = log.replay().dose_for(STRETCH)
    assert dose.hold_s == 25 and reasons == ()


def test_ok_or_hard_resets_the_easy_streak() -> None:
    log = Log()
    for feel in (Feel.EASY, Feel.EASY, Feel.OK, Feel.EASY, Feel.EASY, Feel.HARD):
        log.session("stretch", feel)
    assert log.replay().state("stretch").level == 0


def test_easy_but_more_pain_than_baseline_does_not_progress() -> None:
    log = Log()
    for _ in range(3):
        log.session("stretch", Feel.EASY, before=2, after=3)
    assert log.replay().state("stretch").level == 0


def test_top_of_ladder_moves_to_the_harder_variant() -> None:
    log = Log()
    for _ in range(3 * (max_level(PLANK.dose) + 1)):
        log.session("plank", Feel.EASY)
    prog = log.replay()
    assert prog.resolve(CAT, PLANK) == PLANK_HARD
    dose, reasons = prog.dose_for(PLANK_HARD)
    assert dose == PLANK_HARD.dose
    assert reasons and reasons[0].startswith("Moved on to Plank Hard")


def test_pain_rise_of_two_regresses_one_step() -> None:
    log = Log()
    for _ in range(3):
        log.session("stretch", Feel.EASY)
    log.session("stretch", Feel.OK, before=2, after=4)
    prog = log.replay()
    assert prog.state("stretch").level == 0
    dose, reasons = prog.dose_for(STRETCH)
    assert dose.hold_s == 20
    assert "rose from 2 to 4" in reasons[0]
    assert not prog.resting("stretch", log.at + timedelta(hours=1))


def test_pain_rise_of_one_does_not_regress() -> None:
    log = Log()
    log.session("stretch", Feel.OK, before=2, after=3)
    assert log.replay().state("stretch").level == 0


def test_pain_during_above_five_rests_48_hours() -> None:
    log = Log()
    log.session("stretch", Feel.HARD, during=6)
    prog = log.replay()
    assert prog.state("stretch").level == -1
    assert prog.resting("stretch", log.at + timedelta(hours=47))
    assert not prog.resting("stretch", log.at + timedelta(hours=48))
    assert "pain during it was 6/10" in (prog.state("stretch").reason or "")


def test_pain_during_of_five_is_acceptable() -> None:
    log = Log()
    log.session("stretch", Feel.HARD, during=5)
    assert log.replay().state("stretch").level == 0


def test_regression_below_the_floor_goes_back_to_the_easier_variant() -> None:
    log = Log()
    for _ in range(3 * (max_level(PLANK.dose) + 1)):
        log.session("plank", Feel.EASY)
    for _ in range(-min_level(PLANK_HARD.dose) + 1):
        log.session("plank_hard", Feel.HARD, before=1, after=4)
    prog = log.replay()
    assert prog.resolve(CAT, PLANK) == PLANK
    _, reasons = prog.dose_for(PLANK)
    assert reasons[0].startswith("Back to Plank")
    assert prog.state("plank").level == max_level(PLANK.dose)


def test_regression_without_an_easier_variant_rests_48_hours() -> None:
    log = Log()
    for _ in range(-min_level(TUCK.dose) + 1):
        log.session("tuck", Feel.HARD, before=1, after=4)
    prog = log.replay()
    assert prog.state("tuck").level == min_level(TUCK.dose)
    assert prog.resting("tuck", log.at + timedelta(hours=1))


def test_planner_uses_progressed_dose_and_shows_the_reason() -> None:
    log = Log()
    for _ in range(3):
        log.session("stretch", Feel.EASY)
    # a later unrelated session so that "stretch" is not in the previous session
    log.session("tuck", Feel.OK)
    plan = plan_session(
        CAT,
        SessionKind.MICROBREAK,
        "upper_crossed",
        log.history(),
        random.Random(0),
        log.at + timedelta(hours=1),
    )
    [item] = [p for p in plan.exercises if p.exercise.id == "stretch"]
    assert item.dose.hold_s == 25
    assert any("easy" in r for r in item.reasons)


def test_resting_exercise_is_not_planned() -> None:
    log = Log()
    log.session("stretch", Feel.HARD, during=8)
    log.session("tuck", Feel.OK)
    plan = plan_session(
        CAT,
        SessionKind.MICROBREAK,
        "upper_crossed",
        log.history(),
        random.Random(0),
        log.at + timedelta(hours=1),
    )
    assert "stretch" not in {p.exercise.id for p in plan.exercises}


def _rate(
    log: Log, at: datetime, kind: RatingKind, value: int, region: Region | None = None
) -> None:
    log.ratings.append(RatingEvent(Stamp(at, "UTC"), kind, value, region=region))


def test_easy_sessions_at_moderate_pain_do_not_progress_even_at_baseline() -> None:
    """Three "easy" sessions at 8/10 (the user's usual 8, so not above baseline)."""
    log = Log()
    for _ in range(3):
        log.session("stretch", Feel.EASY, before=8, after=8)
    assert log.replay().state("stretch").level == 0
    log = Log()
    for _ in range(3):  # 4/10 is the bottom of the moderate band: still no progression
        log.session("stretch", Feel.EASY, before=4, after=4)
    assert log.replay().state("stretch").level == 0
    log = Log()
    for _ in range(3):  # 3/10 is mild and not above the baseline of 3: progress
        log.session("stretch", Feel.EASY, before=3, after=3)
    assert log.replay().state("stretch").level == 1


def test_moderate_pain_during_an_easy_session_breaks_the_streak() -> None:
    log = Log()
    log.session("stretch", Feel.EASY, before=1, after=1)
    log.session("stretch", Feel.EASY, before=1, after=1, during=4)
    log.session("stretch", Feel.EASY, before=1, after=1)
    assert log.replay().state("stretch").level == 0


def test_higher_day_average_the_next_day_regresses_one_step() -> None:
    log = Log()
    for _ in range(3):  # progress to level 1 (2 March 15:00, 21:00, 3 March 03:00)
        log.session("stretch", Feel.EASY, before=2, after=2)
    assert log.replay().state("stretch").level == 1
    log.session("stretch", Feel.OK, before=2, after=2)  # 3 March 09:00, level stays 1
    _rate(log, datetime(2026, 3, 3, 20, 0, tzinfo=UTC), RatingKind.DAY_AVERAGE, 2)
    _rate(log, datetime(2026, 3, 4, 20, 0, tzinfo=UTC), RatingKind.DAY_AVERAGE, 4)
    prog = log.replay()
    assert prog.state("stretch").level == 0  # 2 -> 4: a rise of 2 points
    dose, reasons = prog.dose_for(STRETCH)
    assert dose.hold_s == 20
    assert "average pain the next day was 4/10" in reasons[0]
    assert "up from 2/10" in reasons[0]


def test_first_before_ratings_are_compared_when_a_day_has_no_day_average() -> None:
    log = Log()
    log.session("stretch", Feel.OK, before=2, after=2)  # 2 March 15:00
    log.at = datetime(2026, 3, 3, 2, 0, tzinfo=UTC)
    log.session("tuck", Feel.OK, before=4, after=4)  # 3 March 08:00: first "before" is 4
    log.session("tuck", Feel.OK, before=1, after=1)  # a later, lower one is ignored
    prog = log.replay()
    assert prog.state("stretch").level == -1
    assert "pain before exercise the next day was 4/10" in (prog.state("stretch").reason or "")
    assert prog.state("tuck").level == 0


def test_a_one_point_rise_the_next_day_is_noise() -> None:
    """2 -> 3 and 3 -> 4 (33 %) are below the 1.77-point minimal detectable change."""
    for before, next_day in ((2, 3), (3, 4), (0, 1)):
        log = Log()
        log.session("stretch", Feel.OK, before=before, after=before)
        log.at = datetime(2026, 3, 3, 2, 0, tzinfo=UTC)
        log.session("tuck", Feel.OK, before=next_day, after=next_day)
        assert log.replay().state("stretch").level == 0, (before, next_day)


def test_a_30_percent_rise_counts_when_beyond_the_detectable_change() -> None:
    """Day averages are means: 6 -> 7.9 is 1.9 points (32 %, > 1.77); 6 -> 7.5 is 25 %."""
    for ratings_next_day, level in (((8, 8, 8, 8, 8, 8, 8, 8, 8, 7), -1), ((7, 8), 0)):
        log = Log()
        log.session("stretch", Feel.OK, before=6, after=6)
        _rate(log, datetime(2026, 3, 2, 20, 0, tzinfo=UTC), RatingKind.DAY_AVERAGE, 6)
        for value in ratings_next_day:
            _rate(log, datetime(2026, 3, 3, 20, 0, tzinfo=UTC), RatingKind.DAY_AVERAGE, value)
        assert log.replay().state("stretch").level == level, ratings_next_day


def test_same_or_lower_pain_the_next_day_does_not_regress() -> None:
    log = Log()
    log.session("stretch", Feel.OK, before=3, after=3)
    _rate(log, datetime(2026, 3, 2, 20, 0, tzinfo=UTC), RatingKind.DAY_AVERAGE, 3)
    _rate(log, datetime(2026, 3, 3, 20, 0, tzinfo=UTC), RatingKind.DAY_AVERAGE, 3)
    log.session("tuck", Feel.OK, before=3, after=3)
    assert log.replay().state("stretch").level == 0


def test_like_with_like_a_day_average_is_never_compared_with_a_before_rating() -> None:
    log = Log()
    log.session("stretch", Feel.OK, before=2, after=2)  # 2 March: a low morning rating...
    _rate(log, datetime(2026, 3, 2, 20, 0, tzinfo=UTC), RatingKind.DAY_AVERAGE, 5)
    _rate(log, datetime(2026, 3, 3, 20, 0, tzinfo=UTC), RatingKind.DAY_AVERAGE, 5)
    # ... against the next day's average of 5 would be a rise of 3; average vs average is 0.
    assert log.replay().state("stretch").level == 0
    log = Log()
    log.session("stretch", Feel.OK, before=2, after=2)  # 2 March: before 2, no average
    _rate(log, datetime(2026, 3, 3, 20, 0, tzinfo=UTC), RatingKind.DAY_AVERAGE, 6)
    # 3 March has only an average: nothing like the 2 March "before" to compare with.
    assert log.replay().state("stretch").level == 0


NECK_STRETCH = STRETCH  # region "neck"
BACK_STRETCH = make_exercise("back_stretch", Dose(sets=2, hold_s=20), region="low_back")
REGION_CAT = Catalog((BACK_STRETCH, NECK_STRETCH))


def test_next_day_rise_eases_only_the_region_whose_pain_rose() -> None:
    log = Log()
    log.session("stretch", Feel.OK, before=None, after=None)  # neck stretch, 2 March
    log.session("back_stretch", Feel.OK, before=None, after=None)  # 2 March
    _rate(log, datetime(2026, 3, 2, 20, 0, tzinfo=UTC), RatingKind.DAY_AVERAGE, 2, Region.NECK)
    _rate(log, datetime(2026, 3, 2, 20, 0, tzinfo=UTC), RatingKind.DAY_AVERAGE, 3, Region.LOW_BACK)
    _rate(log, datetime(2026, 3, 3, 20, 0, tzinfo=UTC), RatingKind.DAY_AVERAGE, 2, Region.NECK)
    _rate(log, datetime(2026, 3, 3, 20, 0, tzinfo=UTC), RatingKind.DAY_AVERAGE, 6, Region.LOW_BACK)
    prog = replay(REGION_CAT, log.history())
    assert prog.state("back_stretch").level == -1  # low back 3 -> 6
    assert "(low back)" in (prog.state("back_stretch").reason or "")
    assert prog.state("stretch").level == 0  # the neck stayed at 2


def test_a_rating_without_a_region_counts_for_every_exercise() -> None:
    log = Log()
    log.session("stretch", Feel.OK, before=None, after=None)
    log.session("back_stretch", Feel.OK, before=None, after=None)
    _rate(log, datetime(2026, 3, 2, 20, 0, tzinfo=UTC), RatingKind.DAY_AVERAGE, 2)
    _rate(log, datetime(2026, 3, 3, 20, 0, tzinfo=UTC), RatingKind.DAY_AVERAGE, 4)
    prog = replay(REGION_CAT, log.history())
    assert prog.state("stretch").level == -1 and prog.state("back_stretch").level == -1


def test_a_day_with_several_sessions_regresses_only_once() -> None:
    log = Log()
    log.at = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)
    for _ in range(3):  # 06:00, 12:00, 18:00 on 2 March
        log.session("stretch", Feel.OK, before=1, after=1)
    _rate(log, datetime(2026, 3, 2, 20, 0, tzinfo=UTC), RatingKind.DAY_AVERAGE, 1)
    _rate(log, datetime(2026, 3, 3, 20, 0, tzinfo=UTC), RatingKind.DAY_AVERAGE, 5)
    assert log.replay().state("stretch").level == -1


def test_next_day_is_the_users_local_calendar_day() -> None:
    log = Log()
    # 22:30 UTC on 2 March is already 3 March in Tokyo: "that day" and "next day" shift too.
    stamp = Stamp(datetime(2026, 3, 2, 22, 30, tzinfo=UTC), "Asia/Tokyo")
    log.sessions.append(SessionEvent(stamp, SessionKind.MICROBREAK, id=1))
    log.sets.append(SetEvent(1, "stretch", Side.BOTH, stamp, feel=Feel.OK))
    log.ratings.append(RatingEvent(stamp, RatingKind.BEFORE, 2, session_id=1))
    # 3 March 20:00 UTC is 4 March in Tokyo: the next local day after 3 March.
    tokyo_next = Stamp(datetime(2026, 3, 3, 20, 0, tzinfo=UTC), "Asia/Tokyo")
    log.ratings.append(RatingEvent(tokyo_next, RatingKind.BEFORE, 4))
    assert log.replay().state("stretch").level == -1
    # 3 March 02:00 UTC is 3 March 11:00 in Tokyo: the same local day, not the next one
    # (although in UTC it is the day after the session).
    same_day = Stamp(datetime(2026, 3, 3, 2, 0, tzinfo=UTC), "Asia/Tokyo")
    log.ratings[-1] = RatingEvent(same_day, RatingKind.BEFORE, 4)
    assert log.replay().state("stretch").level == 0


# ----- sparse microbreak data (pain sampled, one optional feel per break; brief §4)


def test_an_unanswered_feel_neither_counts_nor_breaks_the_easy_streak() -> None:
    log = Log()
    # Microbreaks whose optional "how did it feel" went unanswered, without pain asked,
    # between the easy ones: no information, so the streak goes on.
    for feel in (Feel.EASY, None, Feel.EASY, None, None, Feel.EASY):
        log.session("stretch", feel, before=None, after=None)
    assert log.replay().state("stretch").level == 1
    log2 = Log()
    for feel in (Feel.EASY, None, Feel.EASY):
        log2.session("stretch", feel, before=None, after=None)
    assert log2.replay().state("stretch").level == 0  # two easy answers are not three


def test_unanswered_sessions_still_regress_on_pain() -> None:
    log = Log()
    for _ in range(3):
        log.session("stretch", Feel.EASY)
    assert log.replay().state("stretch").level == 1
    log.session("stretch", None, before=2, after=4)  # a sampled break: pain rose by 2
    assert log.replay().state("stretch").level == 0


def test_a_session_wide_feel_and_pain_during_apply_to_every_exercise_in_it() -> None:
    log = Log()
    for n in range(3):
        sid = n + 1
        log.at += timedelta(hours=6)
        stamp = Stamp(log.at, "UTC")
        log.sessions.append(SessionEvent(stamp, SessionKind.MICROBREAK, id=sid))
        for exercise_id in ("stretch", "tuck"):
            log.sets.append(SetEvent(sid, exercise_id, Side.BOTH, stamp, feel=Feel.EASY))
    prog = log.replay()
    assert (prog.state("stretch").level, prog.state("tuck").level) == (1, 1)
    # One pain-during rating for the whole break (no exercise id) above 5: both ease.
    stamp = Stamp(log.at + timedelta(hours=6), "UTC")
    log.sessions.append(SessionEvent(stamp, SessionKind.MICROBREAK, id=4))
    for exercise_id in ("stretch", "tuck"):
        log.sets.append(SetEvent(4, exercise_id, Side.BOTH, stamp, feel=Feel.HARD))
    log.ratings.append(RatingEvent(stamp, RatingKind.DURING, 6, session_id=4))
    prog = log.replay()
    assert (prog.state("stretch").level, prog.state("tuck").level) == (0, 0)
    assert prog.resting("stretch", stamp.utc + timedelta(hours=47))


def test_next_day_check_uses_the_days_first_before_from_any_session_when_unsampled() -> None:
    log = Log()
    log.at = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
    log.session("tuck", Feel.OK, before=2, after=2)  # 2 March 08:00, pain asked: 2
    log.session("stretch", Feel.OK, before=None, after=None)  # 14:00, not sampled
    # The next day's first momentary rating (like with like: "before" against "before").
    _rate(log, datetime(2026, 3, 3, 9, 0, tzinfo=UTC), RatingKind.BEFORE, 4)
    prog = log.replay()
    assert prog.state("stretch").level == -1
    assert "2/10" in (prog.state("stretch").reason or "")
    assert "4/10" in (prog.state("stretch").reason or "")


def test_an_unanswered_session_with_pain_above_baseline_breaks_the_streak() -> None:
    log = Log()
    log.session("stretch", Feel.EASY)
    log.session("stretch", Feel.EASY)
    log.session("stretch", None, before=2, after=3)  # above the baseline of 2
    log.session("stretch", Feel.EASY)
    assert log.replay().state("stretch").level == 0
