"""Start a break at the user's next pause in typing ("Start at my next pause").

The break prompt offers this so nobody has to abandon a sentence: once chosen, the
watcher samples the idle backend twice a second and starts the break as soon as the
user has not touched keyboard or mouse for :data:`TYPING_PAUSE_S`. It runs only while a
prompt waits for it, so it costs nothing the rest of the time.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

#: Seconds without keyboard or mouse input that count as a pause (end of a sentence).
TYPING_PAUSE_S = 3.0
#: How often the idle time is sampled while waiting.
PAUSE_POLL_MS = 500


class IdleSeconds(Protocol):
    """The idle backend, as far as the watcher needs it."""

    name: str

    def idle_seconds(self) -> float | None:
        """Return seconds since the last input, or None when unknown."""
        ...


class Startable(Protocol):
    """What waits for the pause (the break prompt)."""

    def start(self) -> None:
        """Start the break."""
        ...


def is_typing_pause(idle_s: float | None, pause_s: float = TYPING_PAUSE_S) -> bool:
    """Tell whether an idle reading shows a pause (unknown readings never do)."""
    return idle_s is not None and idle_s >= pause_s


class PauseWatcher(QObject):
    """Call ``start()`` on a waiting prompt at the user's next pause in typing."""

    def __init__(self, idle: IdleSeconds, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = idle
        self._waiting: Startable | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(PAUSE_POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def available(self) -> bool:
        """Tell whether pauses can be seen at all (the idle backend works here)."""
        return self._idle.name != "none"

    def watch(self, waiting: Startable) -> None:
        """Start ``waiting`` at the next pause (replaces any earlier wait)."""
        if not self.available():
            return
        self._waiting = waiting
        self._timer.start()
        log.info("waiting for a pause in typing to start the break")

    def cancel(self, waiting: Startable | None = None) -> None:
        """Stop waiting (only for ``waiting`` when given: a newer wait is kept)."""
        if waiting is not None and waiting is not self._waiting:
            return
        self._waiting = None
        self._timer.stop()

    def is_watching(self) -> bool:
        """Tell whether a prompt waits for a pause."""
        return self._waiting is not None

    def _on_timer_timeout(self) -> None:
        if self._waiting is None:
            self._timer.stop()
            return
        if is_typing_pause(self._idle.idle_seconds()):
            waiting = self._waiting
            self.cancel()
            log.info("pause in typing: starting the break")
            waiting.start()
