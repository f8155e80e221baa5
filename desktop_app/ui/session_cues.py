"""The session window's sound and voice cues: ticks, the end chime, spoken step names."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject

from desktop_app.core.player_view import PlayerView, Step
from desktop_app.ui.session_texts import SessionTexts

#: Ticks sound in the last seconds of a hold.
TICK_LAST_S = 3


class Cues(Protocol):
    """What the window needs from :class:`~desktop_app.ui.sound_cues.SoundCues`."""

    def tick(self) -> None:
        """Play the last-seconds tick."""

    def chime(self) -> None:
        """Play the end chime."""

    def say(self, text: str) -> None:
        """Speak a cue (or nothing)."""

    def prepare(self) -> None:
        """Load the sounds ahead of the first tick."""


class SessionCues(QObject):
    """Play the cues that go with each view the session window shows.

    Args:
        cues: Sound and voice cues, or None for silence.
        texts: Shared session wording (side names).
        parent: Qt parent.
    """

    def __init__(self, cues: Cues | None, texts: SessionTexts, parent: QObject | None = None):
        super().__init__(parent)
        self._cues = cues
        self._texts = texts
        #: The countdown second of the last view, so that a second ticks once.
        self.last_shown = -1

    def play(self, view: PlayerView, last_step: Step | None) -> None:
        """Play what ``view`` calls for, coming from a view on ``last_step``."""
        cues = self._cues
        changed = view.step != last_step
        if cues is not None and not view.paused:
            timed = view.step in (Step.HOLD, Step.REPS)
            if changed and (timed or view.step is Step.GET_READY):
                # Ready before the last seconds: loading at the first tick makes it late.
                cues.prepare()
            shown = view.seconds_shown
            if timed and shown != self.last_shown and 1 <= shown <= TICK_LAST_S and not changed:
                cues.tick()
            if changed and last_step in (Step.HOLD, Step.REPS):
                cues.chime()
            if changed and view.exercise is not None:
                if view.step is Step.GET_READY:
                    side = self._texts.side_name(view.side)
                    if view.side_switch:
                        cues.say(self.tr("Switch sides: %1").replace("%1", side))
                    else:
                        cues.say(view.exercise.name)
                elif view.step is Step.HOLD and view.rep <= 1:
                    cues.say(self.tr("Hold"))
                elif view.step is Step.FEEL:
                    cues.say(self.tr("How did that feel?"))
            if changed and view.step is Step.SESSION_FEEL:
                cues.say(self.tr("Done! How did this break feel?"))
        self.last_shown = view.seconds_shown
