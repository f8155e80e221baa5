"""Which questions a session asks: sampled pain in microbreaks, one feel question."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from desktop_app.core.events import SessionKind
from desktop_app.core.session_questions import FeelQuestion, SessionQuestions, questions_for
from desktop_app.core.settings import Settings


def test_the_default_samples_pain_on_a_share_of_microbreaks_as_the_brief_says() -> None:
    share = Settings().pain_prompt_share
    assert 0 < share < 1  # brief §4: "on a sample of breaks to limit burden"
    rng = random.Random(5)
    asked = sum(
        questions_for(SessionKind.MICROBREAK, Settings(), rng).ask_pain for _ in range(2000)
    )
    assert asked / 2000 == pytest.approx(share, abs=0.04)


def test_sampling_is_the_same_for_the_same_seed_and_draws_once_per_microbreak() -> None:
    settings = replace(Settings(), pain_prompt_share=0.5)
    first = [
        questions_for(SessionKind.MICROBREAK, settings, rng).ask_pain
        for rng in [random.Random(11)]
        for _ in range(50)
    ]
    again = [
        questions_for(SessionKind.MICROBREAK, settings, rng).ask_pain
        for rng in [random.Random(11)]
        for _ in range(50)
    ]
    assert first == again
    assert True in first and False in first
    # One draw per microbreak: the generator is where 50 draws leave it.
    rng, reference = random.Random(3), random.Random(3)
    for _ in range(50):
        questions_for(SessionKind.MICROBREAK, settings, rng)
        reference.random()
    assert rng.random() == reference.random()


@pytest.mark.parametrize(("share", "asked"), [(0.0, False), (1.0, True)])
def test_share_bounds_never_or_always_ask(share: float, asked: bool) -> None:
    settings = replace(Settings(), pain_prompt_share=share)
    rng = random.Random(0)
    assert {questions_for(SessionKind.MICROBREAK, settings, rng).ask_pain for _ in range(200)} == {
        asked
    }


@pytest.mark.parametrize("kind", [SessionKind.DAILY, SessionKind.USER])
def test_daily_and_user_sessions_keep_every_question_and_draw_nothing(kind: SessionKind) -> None:
    settings = replace(Settings(), pain_prompt_share=0.0)
    rng, reference = random.Random(8), random.Random(8)
    assert questions_for(kind, settings, rng) == SessionQuestions(
        ask_pain=True, feel=FeelQuestion.EACH_EXERCISE
    )
    assert rng.random() == reference.random()


def test_microbreaks_ask_the_feel_once_unless_each_exercise_is_wanted() -> None:
    rng = random.Random(1)
    assert questions_for(SessionKind.MICROBREAK, Settings(), rng).feel is FeelQuestion.SESSION
    each = replace(Settings(), microbreak_feel_each=True)
    assert questions_for(SessionKind.MICROBREAK, each, rng).feel is FeelQuestion.EACH_EXERCISE
