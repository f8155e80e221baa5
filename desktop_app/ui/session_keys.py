"""The session window's keys: which intent a key press means on the step shown.

Space pause/resume · ← back · → skip this set · Esc end (on a rating: skip it) ·
digits 0–9 (1 then 0 = 10) choose a rating · Enter confirms · E / O / H answer
"how did it feel" · F large view (Esc leaves it before it ends anything).
"""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import Qt

from desktop_app.core.player_view import Step


class KeyIntent(Enum):
    """What a key asks the session window to do."""

    TOGGLE_LARGE = auto()
    RATING_DIGIT = auto()
    CONFIRM_RATING = auto()
    SKIP_RATING = auto()
    RATING_UP = auto()
    RATING_DOWN = auto()
    FEEL_EASY = auto()
    FEEL_OK = auto()
    FEEL_HARD = auto()
    DURING_DIGIT = auto()
    SKIP_FEEL = auto()
    BACK = auto()
    CLOSE = auto()
    TOGGLE_PAUSE = auto()
    SKIP_SET = auto()
    END = auto()


_DIGITS = range(int(Qt.Key.Key_0), int(Qt.Key.Key_9) + 1)
_ENTER = (int(Qt.Key.Key_Return), int(Qt.Key.Key_Enter))
_RATING = {
    int(Qt.Key.Key_Escape): KeyIntent.SKIP_RATING,
    int(Qt.Key.Key_Right): KeyIntent.RATING_UP,
    int(Qt.Key.Key_Up): KeyIntent.RATING_UP,
    int(Qt.Key.Key_Left): KeyIntent.RATING_DOWN,
    int(Qt.Key.Key_Down): KeyIntent.RATING_DOWN,
}
_FEEL = {
    int(Qt.Key.Key_E): KeyIntent.FEEL_EASY,
    int(Qt.Key.Key_O): KeyIntent.FEEL_OK,
    int(Qt.Key.Key_H): KeyIntent.FEEL_HARD,
    int(Qt.Key.Key_Escape): KeyIntent.SKIP_FEEL,
    int(Qt.Key.Key_Left): KeyIntent.BACK,
}
_EXERCISE = {
    int(Qt.Key.Key_Space): KeyIntent.TOGGLE_PAUSE,
    int(Qt.Key.Key_Left): KeyIntent.BACK,
    int(Qt.Key.Key_Right): KeyIntent.SKIP_SET,
    int(Qt.Key.Key_Escape): KeyIntent.END,
}


def key_intent(step: Step, key: int, large: bool) -> KeyIntent | None:
    """Return what ``key`` means on ``step`` (None: not a session key there)."""
    if key == Qt.Key.Key_F or (key == Qt.Key.Key_Escape and large):
        return KeyIntent.TOGGLE_LARGE
    if step in (Step.PAIN_BEFORE, Step.PAIN_AFTER):
        if key in _DIGITS:
            return KeyIntent.RATING_DIGIT
        if key in _ENTER:
            return KeyIntent.CONFIRM_RATING
        return _RATING.get(key)
    if step in (Step.FEEL, Step.SESSION_FEEL):
        if key in _DIGITS:
            return KeyIntent.DURING_DIGIT
        return _FEEL.get(key)
    if step is Step.DONE:
        return KeyIntent.CLOSE if key in (*_ENTER, int(Qt.Key.Key_Escape)) else None
    return _EXERCISE.get(key)
