"""Which questions a guided session asks: pain before/after, and how it felt.

Brief §4 ("Practice"): pain is rated before and after sessions *on a sample of breaks* to
limit burden. A microbreak comes about ten times a day, so it asks as little as it can:

* pain before and after on a share of microbreaks only (``Settings.pain_prompt_share``),
  drawn from the injected random generator, one draw per microbreak;
* "how did it feel" once, at the end, for the whole break (optional: unanswered, the
  window closes by itself), unless the user asked to rate each exercise
  (``Settings.microbreak_feel_each``).

Daily and user-started sessions always ask pain before and after and how each exercise
felt: the progression rules (:mod:`desktop_app.core.progression`) read them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.events import SessionKind
from desktop_app.core.settings import Settings


class FeelQuestion(StrEnum):
    """When the player asks how the exercises felt."""

    #: After every exercise (with an optional pain-during rating).
    EACH_EXERCISE = "each_exercise"
    #: Once after the last exercise, for the whole session; optional.
    SESSION = "session"


@dataclass(frozen=True, slots=True)
class SessionQuestions:
    """The questions one session asks."""

    ask_pain: bool
    feel: FeelQuestion


def questions_for(kind: SessionKind, settings: Settings, rng: random.Random) -> SessionQuestions:
    """Decide the questions of a session of ``kind``.

    A microbreak draws exactly one number from ``rng`` (so a seeded generator gives the
    same sample every time); other sessions draw none.
    """
    if kind is not SessionKind.MICROBREAK:
        return SessionQuestions(ask_pain=True, feel=FeelQuestion.EACH_EXERCISE)
    ask_pain = rng.random() < settings.pain_prompt_share
    feel = FeelQuestion.EACH_EXERCISE if settings.microbreak_feel_each else FeelQuestion.SESSION
    return SessionQuestions(ask_pain=ask_pain, feel=feel)
