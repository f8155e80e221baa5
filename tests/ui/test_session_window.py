"""The session window driven from the keyboard under a fake clock (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.catalog import Catalog, Dose, Equipment
from desktop_app.core.events import (
    Feel,
    RatingEvent,
    RatingKind,
    SessionKind,
    SessionOutcome,
    SetEvent,
    Side,
)
from desktop_app.core.player import Player
from desktop_app.core.player_view import Step
from desktop_app.core.red_flags import FlagGroup
from desktop_app.core.session_plan import PlannedExercise, SessionPlan
from desktop_app.core.session_questions import FeelQuestion
from desktop_app.core.session_record import SessionSummary
from desktop_app.core.settings import Profile, SidePreference
from desktop_app.ui.onboarding import OnboardingDialog
from desktop_app.ui.pain_rating import DayPainDialog
from desktop_app.ui.progress_window import ProgressWindow
from desktop_app.ui.session_runner import SessionRunner
from desktop_app.ui.session_window import SessionWindow
from desktop_app.ui.symptoms_dialog import SymptomsDialog
from tests.helpers.clock import FakeClock
from tests.helpers.exercises import builtin_catalog

CATALOG: Catalog = builtin_catalog()


def small_plan() -> SessionPlan:
    stretch = CATALOG.get("upper_trap_stretch")
    roll = CATALOG.get("pelvic_tilt_seated")
    assert stretch is not None and roll is not None
    return SessionPlan(
        SessionKind.MICROBREAK,
        (
            PlannedExercise(stretch, Dose(sets=1, hold_s=20), (Side.LEFT, Side.RIGHT)),
            PlannedExercise(roll, Dose(sets=1, reps=2, tempo_s=3), (Side.BOTH,)),
        ),
        0,
    )


class Recorder:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def tick(self) -> None:
        self.calls.append("tick")

    def chime(self) -> None:
        self.calls.append("chime")

    def say(self, text: str) -> None:
        self.calls.append(f"say:{text}")

    def prepare(self) -> None:
        self.calls.append("prepare")


@pytest.fixture
def setup(qtbot: QtBot) -> tuple[SessionWindow, FakeClock, list[object], Recorder]:
    clock = FakeClock()
    cues = Recorder()
    window = SessionWindow(SessionRunner(Player(small_plan(), clock, session_id=42)), cues=cues)
    qtbot.addWidget(window)
    events: list[object] = []
    window.runner.set_finished.connect(events.append)
    window.runner.rating_given.connect(events.append)
    window.runner.session_ended.connect(events.append)
    window.start()
    return window, clock, events, cues


def press(qtbot: QtBot, window: SessionWindow, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(window, key)


def advance(qtbot: QtBot, clock: FakeClock, seconds: float, until: Callable[[], bool]) -> None:
    """Move the fake clock; the session runner's display timer notices the change."""
    clock.advance(seconds)
    qtbot.waitUntil(until, timeout=2000)


def test_whole_session_from_the_keyboard(
    qtbot: QtBot, setup: tuple[SessionWindow, FakeClock, list[object], Recorder]
) -> None:
    window, clock, events, cues = setup
    player = window.player
    assert window.windowTitle().startswith("Counterbalance")
    assert player.step is Step.PAIN_BEFORE
    press(qtbot, window, Qt.Key.Key_1, Qt.Key.Key_0)
    assert window._rating_page.rating.value() == 10
    press(qtbot, window, Qt.Key.Key_3, Qt.Key.Key_Return)
    assert player.step is Step.GET_READY
    assert player.view().side is Side.LEFT

    # Space pauses: time passes, nothing moves; Space again resumes
    press(qtbot, window, Qt.Key.Key_Space)
    assert player.paused
    clock.advance(60)
    qtbot.wait(150)
    assert player.step is Step.GET_READY and player.remaining_s() == pytest.approx(5)
    press(qtbot, window, Qt.Key.Key_Space)
    assert not player.paused

    advance(qtbot, clock, 5, lambda: player.step is Step.HOLD)
    for _ in range(20):
        advance(qtbot, clock, 1, lambda: window._cues.last_shown == player.view().seconds_shown)
    qtbot.waitUntil(lambda: player.step is Step.GET_READY)
    assert player.view().side_switch and player.view().side is Side.RIGHT
    assert cues.calls.count("tick") == 3
    assert "chime" in cues.calls
    advance(qtbot, clock, 5, lambda: player.step is Step.HOLD)
    advance(qtbot, clock, 20, lambda: player.step is Step.FEEL)

    # optional pain during, then one key for the feel
    press(qtbot, window, Qt.Key.Key_2, Qt.Key.Key_E)
    assert player.step is Step.GET_READY
    advance(qtbot, clock, 5, lambda: player.step is Step.REPS)
    advance(qtbot, clock, 6, lambda: player.step is Step.FEEL)
    press(qtbot, window, Qt.Key.Key_H)
    assert player.step is Step.PAIN_AFTER
    press(qtbot, window, Qt.Key.Key_0, Qt.Key.Key_Enter)
    assert player.step is Step.DONE

    sets = [e for e in events if isinstance(e, SetEvent)]
    assert [(s.exercise_id, s.side, s.done_s, s.feel) for s in sets] == [
        ("upper_trap_stretch", Side.LEFT, 20, None),
        ("upper_trap_stretch", Side.RIGHT, 20, Feel.EASY),
        ("pelvic_tilt_seated", Side.BOTH, 6, Feel.HARD),
    ]
    assert all(s.session_id == 42 for s in sets)
    ratings = [(r.kind, r.value) for r in events if isinstance(r, RatingEvent)]
    assert ratings == [(RatingKind.BEFORE, 3), (RatingKind.DURING, 2), (RatingKind.AFTER, 0)]
    [summary] = [e for e in events if isinstance(e, SessionSummary)]
    assert summary.outcome is SessionOutcome.COMPLETED
    # the display timer stops once nothing counts down
    assert not window.runner.is_ticking()
    press(qtbot, window, Qt.Key.Key_Return)
    assert not window.isVisible()


def test_escape_skips_ratings_and_ends_the_session(
    qtbot: QtBot, setup: tuple[SessionWindow, FakeClock, list[object], Recorder]
) -> None:
    window, clock, events, _ = setup
    player = window.player
    press(qtbot, window, Qt.Key.Key_Escape)  # skip pain before
    assert player.step is Step.GET_READY
    advance(qtbot, clock, 5 + 8, lambda: player.remaining_s() < 12.5)
    press(qtbot, window, Qt.Key.Key_Escape)  # end
    assert player.step is Step.PAIN_AFTER
    press(qtbot, window, Qt.Key.Key_Escape)  # skip pain after
    assert player.step is Step.DONE
    assert not [e for e in events if isinstance(e, RatingEvent)]
    [partial] = [e for e in events if isinstance(e, SetEvent)]
    assert (partial.planned_s, partial.done_s) == (20, 8)
    [summary] = [e for e in events if isinstance(e, SessionSummary)]
    assert summary.outcome is SessionOutcome.PARTIAL


def test_arrows_skip_and_go_back(
    qtbot: QtBot, setup: tuple[SessionWindow, FakeClock, list[object], Recorder]
) -> None:
    window, _, events, _ = setup
    player = window.player
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_Right, Qt.Key.Key_Right)  # both sides of the stretch
    assert player.view().exercise is not None
    assert player.view().exercise.id == "pelvic_tilt_seated"
    press(qtbot, window, Qt.Key.Key_Left)
    assert player.view().exercise.id == "upper_trap_stretch"
    press(qtbot, window, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right)
    assert player.step is Step.PAIN_AFTER
    press(qtbot, window, Qt.Key.Key_Escape)
    [summary] = [e for e in events if isinstance(e, SessionSummary)]
    assert summary.outcome is SessionOutcome.SKIPPED


def test_skip_during_a_hold_skips_that_set_and_says_so(
    qtbot: QtBot, setup: tuple[SessionWindow, FakeClock, list[object], Recorder]
) -> None:
    window, clock, events, _ = setup
    player = window.player
    assert "set" in window._exercise_page.skip_button.text().lower()
    press(qtbot, window, Qt.Key.Key_Escape)  # no pain rating
    advance(qtbot, clock, 5 + 8, lambda: player.step is Step.HOLD)
    press(qtbot, window, Qt.Key.Key_Right)
    # the right side of the same stretch comes next, and the window says what happened
    view = player.view()
    assert view.exercise is not None and view.exercise.id == "upper_trap_stretch"
    assert view.side is Side.RIGHT and player.step is Step.GET_READY
    assert window._exercise_page.skip_note.isVisibleTo(window)
    assert window._exercise_page.skip_note.text() == "Skipped set 1 of 1 · left side"
    [partial] = [e for e in events if isinstance(e, SetEvent)]
    assert (partial.side, partial.done_s) == (Side.LEFT, 8)
    # the note goes once the next set is under way
    advance(qtbot, clock, 5, lambda: player.step is Step.HOLD)
    qtbot.waitUntil(lambda: not window._exercise_page.skip_note.isVisibleTo(window))


def test_space_on_a_focused_button_still_pauses(
    qtbot: QtBot, setup: tuple[SessionWindow, FakeClock, list[object], Recorder]
) -> None:
    window, _, _, _ = setup
    press(qtbot, window, Qt.Key.Key_Escape)
    button = window._exercise_page.end_button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.player.paused
    assert window.player.step is Step.GET_READY


def test_closing_mid_session_keeps_sets_and_ends_it(
    qtbot: QtBot, setup: tuple[SessionWindow, FakeClock, list[object], Recorder]
) -> None:
    window, clock, events, _ = setup
    player = window.player
    press(qtbot, window, Qt.Key.Key_Escape)
    advance(qtbot, clock, 25, lambda: player.view().side is Side.RIGHT)
    window.close()
    assert [e.side for e in events if isinstance(e, SetEvent)] == [Side.LEFT]
    [summary] = [e for e in events if isinstance(e, SessionSummary)]
    # Cut off (window closed) rather than ended by the user: interrupted, sets kept.
    assert summary.outcome is SessionOutcome.INTERRUPTED
    assert summary.sets_done == 1


def test_hidden_window_pauses_and_stops_ticking(
    qtbot: QtBot, setup: tuple[SessionWindow, FakeClock, list[object], Recorder]
) -> None:
    window, _, _, _ = setup
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.runner.is_ticking()
    window.hide()
    assert window.player.paused and not window.runner.is_ticking()


def test_symptoms_page_gives_emergency_wording(qtbot: QtBot) -> None:
    dialog = SymptomsDialog()
    qtbot.addWidget(dialog)
    outcomes: list[object] = []
    dialog.outcome_ready.connect(outcomes.append)
    assert dialog.windowTitle().startswith("Counterbalance")
    dialog.set_checked("bladder_bowel")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    [outcome] = outcomes
    assert outcome.level is FlagGroup.EMERGENCY and outcome.lock_programme
    assert "Seek emergency care now" in dialog._advice.text()


def test_onboarding_by_keyboard_suggests_a_profile(qtbot: QtBot) -> None:
    dialog = OnboardingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    results: list[object] = []
    dialog.completed.connect(results.append)
    assert dialog.windowTitle().startswith("Counterbalance")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # disclaimer not accepted: stays
    assert dialog._stack.currentIndex() == 0
    dialog._disclaimer.accept_box.setFocus()
    qtbot.keyClick(dialog._disclaimer.accept_box, Qt.Key.Key_Space)
    assert dialog._disclaimer.accept_box.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog._stack.currentIndex() == 1  # the safety check, before any exercise
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # nothing ticked: on at once
    assert dialog._stack.currentIndex() == 2
    for sign in ("belt_uneven", "weight_shift"):
        box = dialog._signs.sign_boxes[sign]
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog._stack.currentIndex() == 5
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    [result] = results
    assert result.profile == "asymmetry"
    assert (result.equipment, result.weak_side, result.tight_side) == ("none", "none", "none")
    assert result.disclaimer_accepted
    assert result.red_flags == () and result.conditions == ()


def test_onboarding_safety_check_shows_advice_before_going_on(qtbot: QtBot) -> None:
    dialog = OnboardingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    results: list[object] = []
    dialog.completed.connect(results.append)
    dialog._disclaimer.accept_box.setChecked(True)
    dialog.go_next()
    dialog._safety.flag_boxes["saddle_numbness"].setChecked(True)
    dialog.go_next()  # first Next shows what to do, on the page
    assert dialog._stack.currentIndex() == 1
    assert dialog._safety.advice.isVisible()
    assert "Seek emergency care now" in dialog._safety.advice.text()
    dialog.go_next()  # read: the user may go on (the app stores the outcome)
    assert dialog._stack.currentIndex() == 2
    dialog.go_next()  # signs
    for radio in dialog._setup.weak.buttons():
        radio.setChecked(radio.property("value") == "left")
    for radio in dialog._setup.tight.buttons():
        radio.setChecked(radio.property("value") == "left")
    dialog.go_next()  # set-up
    dialog._conditions.condition_boxes["pregnancy"].setChecked(True)
    dialog.go_next()  # conditions
    dialog.go_next()  # summary: finish
    [result] = results
    assert result.red_flags == ("saddle_numbness",)
    assert (result.weak_side, result.tight_side) == ("left", "left")
    # Enums across the seam: the app writes them into Settings as they are.
    assert result.weak_side is SidePreference.LEFT and result.tight_side is SidePreference.LEFT
    assert result.equipment is Equipment.NONE and isinstance(result.profile, Profile)
    assert result.conditions == ("pregnancy",)


def test_severe_pain_rating_prompts_safety_advice(
    qtbot: QtBot, setup: tuple[SessionWindow, FakeClock, list[object], Recorder]
) -> None:
    window, _, _, _ = setup
    prompts: list[object] = []
    window.runner.safety_prompted.connect(prompts.append)
    press(qtbot, window, Qt.Key.Key_8, Qt.Key.Key_Return)
    [outcome] = prompts
    assert outcome.level is FlagGroup.RECOMMEND_PHYSIO
    press(qtbot, window, Qt.Key.Key_Escape, Qt.Key.Key_Escape)  # end, skip pain after
    assert window.player.step is Step.DONE
    assert "8 out of 10" in window._done_page.safety.text()
    assert not window._done_page.safety.isHidden()


def test_day_average_dialog(qtbot: QtBot) -> None:
    clock = FakeClock()
    dialog = DayPainDialog(clock)
    qtbot.addWidget(dialog)
    got: list[object] = []
    dialog.rating_given.connect(got.append)
    assert dialog.windowTitle().startswith("Counterbalance")
    qtbot.keyClick(dialog, Qt.Key.Key_1)
    qtbot.keyClick(dialog, Qt.Key.Key_0)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    [rating] = got
    assert (rating.kind, rating.value) == (RatingKind.DAY_AVERAGE, 10)
    assert rating.at.utc == clock.utc_now()


def test_sounds_are_readied_before_a_hold_not_at_its_first_tick(
    qtbot: QtBot, setup: tuple[SessionWindow, FakeClock, list[object], Recorder]
) -> None:
    """Loading the sounds at the first tick made that tick late (heard in a recording)."""
    window, clock, _events, cues = setup
    player = window.player
    press(qtbot, window, Qt.Key.Key_3, Qt.Key.Key_Return)
    assert player.step is Step.GET_READY
    qtbot.waitUntil(lambda: "prepare" in cues.calls)
    advance(qtbot, clock, 5, lambda: player.step is Step.HOLD)
    advance(qtbot, clock, 17, lambda: "tick" in cues.calls)
    assert cues.calls.index("prepare") < cues.calls.index("tick")


def test_sound_cues_never_fail(qtbot: QtBot, tmp_path: Path) -> None:
    """Missing Qt Multimedia, a missing file or no TTS engine only switch that cue off."""
    from desktop_app.ui.sound_cues import SoundCues

    cues = SoundCues(tmp_path, sounds_enabled=True, voice_enabled=True)
    cues.tick()
    cues.chime()
    cues.say("Hold")
    assert cues.problem is not None  # tmp_path has no WAVs, or Multimedia cannot load
    cues.close()
    muted = SoundCues(tmp_path, sounds_enabled=False)
    muted.tick()
    assert muted.problem is None  # muted: nothing was even loaded


def test_counts_read_as_proper_english(qtbot: QtBot) -> None:
    clock = FakeClock()
    one = small_plan()
    single = SessionWindow(
        SessionRunner(Player(SessionPlan(one.kind, one.exercises[:1], 0), clock, session_id=1))
    )
    qtbot.addWidget(single)
    single.start()
    assert single._progress.text() == "1 exercise planned"
    press(qtbot, single, Qt.Key.Key_Escape, Qt.Key.Key_Escape)  # skip rating, end
    press(qtbot, single, Qt.Key.Key_Escape)  # skip pain after
    assert single.player.step is Step.DONE
    assert single._done_page.text.text().startswith("0 of 1 exercise done")
    assert "(s)" not in single._progress.text() + single._done_page.text.text()


def test_summary_shows_time_and_both_pain_ratings(
    qtbot: QtBot, setup: tuple[SessionWindow, FakeClock, list[object], Recorder]
) -> None:
    window, clock, _, _ = setup
    assert window._progress.text() == "2 exercises planned"
    press(qtbot, window, Qt.Key.Key_4, Qt.Key.Key_Return)
    advance(qtbot, clock, 5 + 20, lambda: window.player.view().side_switch)
    press(qtbot, window, Qt.Key.Key_Escape)  # end after the left side: 20 s done
    press(qtbot, window, Qt.Key.Key_2, Qt.Key.Key_Return)
    assert window.player.step is Step.DONE
    lines = window._done_page.text.text().splitlines()
    assert lines[0] == "0 of 2 exercises done · 20 s of exercise"
    assert lines[1] == "Pain 4/10 before, 2/10 after"
    assert window._progress.text() == "Session finished"


def test_onboarding_does_not_repeat_the_disclaimer(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    from desktop_app.core.safety import DISCLAIMER

    dialog = OnboardingDialog()
    qtbot.addWidget(dialog)
    first_page = dialog._stack.widget(0)
    texts = [label.text() for label in first_page.findChildren(QLabel)]
    opening = DISCLAIMER.split(".")[0]
    assert sum(opening in t for t in texts) == 1
    assert sum("reminds you to take" in t for t in texts) == 1


@pytest.fixture
def dark_palette(qapp):
    from PySide6.QtGui import QColor, QPalette

    old = qapp.palette()
    dark = QPalette(old)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202326"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e0e0e0"))
    qapp.setPalette(dark)
    yield dark
    qapp.setPalette(old)


def _luma(color) -> float:
    """Return the WCAG relative luminance of a QColor."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(color.redF())
        + 0.7152 * linear(color.greenF())
        + 0.0722 * linear(color.blueF())
    )


def _contrast(a, b) -> float:
    hi, lo = sorted((_luma(a), _luma(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize(
    "make",
    [
        lambda: SessionWindow(SessionRunner(Player(small_plan(), FakeClock(), session_id=1))),
        OnboardingDialog,
        SymptomsDialog,
        lambda: DayPainDialog(FakeClock()),
        ProgressWindow,
    ],
    ids=["session", "onboarding", "symptoms", "day", "progress"],
)
def test_every_window_follows_a_dark_palette(qtbot: QtBot, dark_palette, make) -> None:
    from PySide6.QtWidgets import QLabel

    window = make()
    qtbot.addWidget(window)
    window.resize(700, 560)
    window.show()
    image = window.grab().toImage()
    corner = image.pixelColor(3, image.height() - 3)
    assert _luma(corner) < 0.05, corner.name()  # a dark background
    labels = [lb for lb in window.findChildren(QLabel) if lb.text().strip() and lb.isVisible()]
    assert labels
    for label in labels:  # every text is readable on the dark window (WCAG AA: 4.5:1)
        ink = label.palette().color(label.foregroundRole())
        assert _contrast(ink, corner) >= 4.5, (label.text()[:40], ink.name(), corner.name())


def test_window_switches_theme_when_the_desktop_palette_changes(
    qtbot: QtBot, setup: tuple[SessionWindow, FakeClock, list[object], Recorder], qapp
) -> None:
    from PySide6.QtGui import QColor, QPalette

    window = setup[0]
    before = window.grab().toImage().pixelColor(3, window.height() - 3)
    old = qapp.palette()
    dark = QPalette(old)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202326"))
    try:
        qapp.setPalette(dark)
        qtbot.waitUntil(lambda: window._theme.dark)
        after = window.grab().toImage().pixelColor(3, window.height() - 3)
    finally:
        qapp.setPalette(old)
    assert _luma(before) > 0.8 and _luma(after) < 0.05


def test_large_scale_follows_the_window() -> None:
    from PySide6.QtCore import QSize

    from desktop_app.ui.session_large import large_scale

    assert large_scale(QSize(920, 620)) == 1.0
    assert large_scale(QSize(600, 400)) == 1.0  # never smaller than normal
    # 1920x1080: min(1920/920 = 2.087, 1080/620 = 1.742) = 1.74
    assert large_scale(QSize(1920, 1080)) == 1.74
    assert large_scale(QSize(3840 * 2, 2160 * 2)) == 4.0  # capped


def test_f_opens_the_large_view_and_esc_leaves_it_without_ending(
    qtbot: QtBot, setup: tuple[SessionWindow, FakeClock, list[object], Recorder]
) -> None:
    window, _clock, events, _ = setup
    press(qtbot, window, Qt.Key.Key_Escape)  # skip the pain rating: the exercise shows
    qtbot.waitUntil(lambda: window.player.step is not Step.PAIN_BEFORE)
    name = window._exercise_page.name
    normal_px = name.font().pixelSize()
    press(qtbot, window, Qt.Key.Key_F)
    assert window.is_large() and window.isFullScreen()
    window.resize(1920, 1080)  # a 1080p screen at 100 %
    # 24 px at 920x620; x min(1920/920, 1080/620) = 1.74, boosted 1.3x: 54.288 -> 54
    qtbot.waitUntil(lambda: name.font().pixelSize() == 54)
    window.resize(900, 500)  # smaller than normal (1080p at 200 %): normal sizes
    qtbot.waitUntil(lambda: name.font().pixelSize() == 24)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.is_large() and not window.isFullScreen()
    assert window.isVisible() and not any(isinstance(e, SessionSummary) for e in events)
    assert name.font().pixelSize() == normal_px


def _session_feel_window(
    qtbot: QtBot, *, ask_pain: bool = False, cues: Recorder | None = None
) -> tuple[SessionWindow, FakeClock, list[object]]:
    clock = FakeClock()
    player = Player(
        small_plan(), clock, session_id=43, ask_pain=ask_pain, feel=FeelQuestion.SESSION
    )
    window = SessionWindow(SessionRunner(player), cues=cues)
    qtbot.addWidget(window)
    events: list[object] = []
    window.runner.set_finished.connect(events.append)
    window.runner.rating_given.connect(events.append)
    window.runner.session_ended.connect(events.append)
    window.start()
    return window, clock, events


def test_a_microbreak_without_pain_questions_finishes_with_no_input(qtbot: QtBot) -> None:
    cues = Recorder()
    window, clock, events = _session_feel_window(qtbot, cues=cues)
    player = window.player
    assert player.step is Step.GET_READY
    # 2 × (5 + 20) s stretch, 5 + 6 s rolls: no feel question between exercises.
    advance(qtbot, clock, 25, lambda: player.view().side is Side.RIGHT)
    advance(qtbot, clock, 25, lambda: player.view().index == 1)
    advance(qtbot, clock, 11, lambda: player.step is Step.SESSION_FEEL)
    assert window._stack.currentWidget() is window._feel_page
    assert "break" in window._feel_page.title.text()
    assert "15 s" in window._feel_page.hint.text()
    assert window._progress.text() == "Session finished"
    assert cues.calls[-1] == "say:Done! How did this break feel?"
    assert "say:How did that feel?" not in cues.calls
    advance(qtbot, clock, 15, lambda: not window.isVisible())
    sets = [e for e in events if isinstance(e, SetEvent)]
    assert [(s.exercise_id, s.feel) for s in sets] == [
        ("upper_trap_stretch", None),
        ("upper_trap_stretch", None),
        ("pelvic_tilt_seated", None),
    ]
    [summary] = [e for e in events if isinstance(e, SessionSummary)]
    assert summary.outcome is SessionOutcome.COMPLETED


def test_one_key_answers_for_the_whole_break_and_closes(qtbot: QtBot) -> None:
    window, clock, events = _session_feel_window(qtbot)
    player = window.player
    advance(qtbot, clock, 25, lambda: player.view().side is Side.RIGHT)
    advance(qtbot, clock, 25, lambda: player.view().index == 1)
    advance(qtbot, clock, 11, lambda: player.step is Step.SESSION_FEEL)
    press(qtbot, window, Qt.Key.Key_E)
    assert player.step is Step.DONE
    assert not window.isVisible()
    sets = [e for e in events if isinstance(e, SetEvent)]
    assert [s.feel for s in sets] == [None, Feel.EASY, Feel.EASY]


def test_a_sampled_microbreak_asks_pain_after_the_feel_and_shows_the_summary(
    qtbot: QtBot,
) -> None:
    window, clock, events = _session_feel_window(qtbot, ask_pain=True)
    player = window.player
    press(qtbot, window, Qt.Key.Key_3, Qt.Key.Key_Return)
    advance(qtbot, clock, 25, lambda: player.view().side is Side.RIGHT)
    advance(qtbot, clock, 25, lambda: player.view().index == 1)
    advance(qtbot, clock, 11, lambda: player.step is Step.SESSION_FEEL)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert player.step is Step.PAIN_AFTER
    press(qtbot, window, Qt.Key.Key_2, Qt.Key.Key_Return)
    assert player.step is Step.DONE
    assert window.isVisible()  # the before/after summary stays until closed
    assert "3/10 before, 2/10 after" in window._done_page.text.text()
    ratings = [(r.kind, r.value) for r in events if isinstance(r, RatingEvent)]
    assert ratings == [(RatingKind.BEFORE, 3), (RatingKind.AFTER, 2)]


def test_severe_pain_in_the_break_feel_keeps_the_advice_on_screen(qtbot: QtBot) -> None:
    window, clock, _ = _session_feel_window(qtbot)
    player = window.player
    advance(qtbot, clock, 25, lambda: player.view().side is Side.RIGHT)
    advance(qtbot, clock, 25, lambda: player.view().index == 1)
    advance(qtbot, clock, 11, lambda: player.step is Step.SESSION_FEEL)
    press(qtbot, window, Qt.Key.Key_8, Qt.Key.Key_O)
    assert player.step is Step.DONE
    assert window.isVisible()
    assert window._done_page.safety.isVisibleTo(window)


def test_typing_a_pain_during_keeps_the_break_question_open(qtbot: QtBot) -> None:
    window, clock, events = _session_feel_window(qtbot)
    player = window.player
    advance(qtbot, clock, 25, lambda: player.view().side is Side.RIGHT)
    advance(qtbot, clock, 25, lambda: player.view().index == 1)
    advance(qtbot, clock, 11, lambda: player.step is Step.SESSION_FEEL)
    press(qtbot, window, Qt.Key.Key_3)
    assert "E, O or H" in window._feel_page.hint.text()
    clock.advance(60)
    qtbot.wait(250)  # several display ticks would have passed; nothing closes
    assert player.step is Step.SESSION_FEEL and window.isVisible()
    press(qtbot, window, Qt.Key.Key_O)
    assert not window.isVisible()
    ratings = [(r.kind, r.value) for r in events if isinstance(r, RatingEvent)]
    assert ratings == [(RatingKind.DURING, 3)]


def test_the_side_keeps_its_own_capitals_in_german(qtbot: QtBot) -> None:
    """German nouns keep their capital: "Linke Seite", not str.capitalize()'s "Linke seite"."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop_app.ui.translations import I18N_DIR, QM_PREFIX

    translator = QTranslator()
    assert translator.load(str(I18N_DIR / f"{QM_PREFIX}de.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        window = SessionWindow(SessionRunner(Player(small_plan(), FakeClock(), session_id=7)))
        qtbot.addWidget(window)
        window.show()
        window.start()
        press(qtbot, window, Qt.Key.Key_3, Qt.Key.Key_Return)  # pain before, then the first set
        left = QCoreApplication.translate("SessionTexts", "left side")
        assert left != "left side" and left[1:] in window._exercise_page.meta.text()
        assert left[:1].upper() + left[1:] in window._exercise_page.meta.text()
    finally:
        QCoreApplication.removeTranslator(translator)
