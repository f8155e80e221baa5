"""The session window's large mode: full screen, text sized to be read from 2–3 m.

Floor exercises happen a few steps from the desk. In large mode (F, or the "Large view"
button) the session window fills the screen; the figure and the countdown ring grow
with it by themselves, and :func:`large_style` scales the exercise name, the step and the
cue text with the window, beyond the desk-distance sizes of the normal mode.
"""

from __future__ import annotations

from PySide6.QtCore import QSize

from desktop_app.ui.theme import Theme

#: The window size the normal font sizes are designed for.
BASE_SIZE = QSize(920, 620)
#: Largest text scale (a 4K screen at 100 %).
MAX_SCALE = 4.0
#: Extra growth of the text read from afar (name, step, cues) over the window's growth.
FAR_TEXT_BOOST = 1.3


def large_scale(size: QSize) -> float:
    """Return how much larger than normal the text is at window ``size`` (at least 1)."""
    scale = min(size.width() / BASE_SIZE.width(), size.height() / BASE_SIZE.height())
    return round(max(1.0, min(MAX_SCALE, scale)), 2)


def large_style(scale: float, t: Theme) -> str:
    """Return style rules that enlarge the far-read text by ``scale``.

    The boost applies only once the window is larger than normal: a screen that is
    already small in logical pixels (a 1080p screen at 200 %) is physically large, and
    its layout has no room for more.
    """
    far = scale * FAR_TEXT_BOOST if scale > 1 else 1.0

    def px(base: float, factor: float) -> int:
        return round(base * factor)

    return f"""
QLabel#exerciseName {{ font-size: {px(24, far)}px; }}
QLabel#status {{ font-size: {px(18, far)}px; }}
QLabel#cues {{ font-size: {px(15, far)}px; color: {t.ink}; }}
QLabel#meta, QLabel#next {{ font-size: {px(14, scale)}px; }}
QLabel#reason {{ font-size: {px(13, scale)}px; }}
QPushButton {{ font-size: {px(14, scale)}px; }}
"""
