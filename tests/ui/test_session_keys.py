"""Session keys: what each key means on each step (the window only carries it out)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.player_view import Step
from desktop_app.ui.session_keys import KeyIntent, key_intent

EXERCISE_STEPS = (Step.GET_READY, Step.HOLD, Step.REST, Step.REPS)


@pytest.mark.parametrize("step", [Step.PAIN_BEFORE, Step.PAIN_AFTER])
def test_on_a_rating_esc_skips_it_and_digits_rate(step: Step) -> None:
    assert key_intent(step, Qt.Key.Key_Escape, large=False) is KeyIntent.SKIP_RATING
    assert key_intent(step, Qt.Key.Key_7, large=False) is KeyIntent.RATING_DIGIT
    assert key_intent(step, Qt.Key.Key_Enter, large=False) is KeyIntent.CONFIRM_RATING
    assert key_intent(step, Qt.Key.Key_Up, large=False) is KeyIntent.RATING_UP
    assert key_intent(step, Qt.Key.Key_Left, large=False) is KeyIntent.RATING_DOWN
    assert key_intent(step, Qt.Key.Key_Space, large=False) is None


@pytest.mark.parametrize("step", EXERCISE_STEPS)
def test_during_an_exercise_esc_ends_and_arrows_move(step: Step) -> None:
    assert key_intent(step, Qt.Key.Key_Escape, large=False) is KeyIntent.END
    assert key_intent(step, Qt.Key.Key_Space, large=False) is KeyIntent.TOGGLE_PAUSE
    assert key_intent(step, Qt.Key.Key_Right, large=False) is KeyIntent.SKIP_SET
    assert key_intent(step, Qt.Key.Key_Left, large=False) is KeyIntent.BACK
    assert key_intent(step, Qt.Key.Key_5, large=False) is None


def test_feel_keys_and_the_pain_during_digits() -> None:
    for step in (Step.FEEL, Step.SESSION_FEEL):
        assert key_intent(step, Qt.Key.Key_E, large=False) is KeyIntent.FEEL_EASY
        assert key_intent(step, Qt.Key.Key_O, large=False) is KeyIntent.FEEL_OK
        assert key_intent(step, Qt.Key.Key_H, large=False) is KeyIntent.FEEL_HARD
        assert key_intent(step, Qt.Key.Key_0, large=False) is KeyIntent.DURING_DIGIT
        assert key_intent(step, Qt.Key.Key_Escape, large=False) is KeyIntent.SKIP_FEEL
        assert key_intent(step, Qt.Key.Key_Right, large=False) is None


def test_esc_leaves_the_large_view_before_it_ends_anything() -> None:
    assert key_intent(Step.HOLD, Qt.Key.Key_Escape, large=True) is KeyIntent.TOGGLE_LARGE
    assert key_intent(Step.PAIN_BEFORE, Qt.Key.Key_F, large=False) is KeyIntent.TOGGLE_LARGE
    assert key_intent(Step.DONE, Qt.Key.Key_Escape, large=False) is KeyIntent.CLOSE
    assert key_intent(Step.DONE, Qt.Key.Key_Space, large=False) is None
