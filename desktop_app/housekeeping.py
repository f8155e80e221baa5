"""Housekeeping the break service asks for: backups, the day-end question, one notice.

- the daily backup, taken on the background worker (it copies the whole file);
- "average pain today", offered once at the end of the working day (brief §4);
- the notice, told once, that no idle backend works on this desktop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.core.clock import Clock, Stamp
from desktop_app.platform.notifications import Notifier
from desktop_app.platform.paths import write_private_file
from desktop_app.scheduling.background import BackgroundCalls
from desktop_app.storage.event_store import EventStore, StoreError

if TYPE_CHECKING:
    from desktop_app.scheduling.break_service import BreakService
    from desktop_app.storage.write_queue import WriteQueue

log = logging.getLogger("desktop_app")

#: Where versions before the marker file remembered the idle notice (read, never written).
STATE_IDLE_TOLD = "notice.idle_unavailable_told"
#: The kind of the end-of-day notice (the pre-break one is the notifier's default).
DAY_NOTICE = "day"


class Housekeeping(QObject):
    """Backups, the end-of-day question and the idle-backend notice."""

    def __init__(
        self,
        store: EventStore,
        writes: WriteQueue,
        background: BackgroundCalls,
        clock: Clock,
        notifier: Notifier,
        show_message: Callable[[str, str], None],
        day_pain: tuple[Callable[[], bool], Callable[[], None]],
        parent: QObject | None = None,
        *,
        idle_marker: Path,
    ) -> None:
        """``day_pain``: whether the day-pain question is open, and how to offer it.

        ``idle_marker``: a file whose presence says the idle notice was given.
        """
        super().__init__(parent)
        self._store = store
        self._writes = writes
        self._background = background
        self._clock = clock
        self._notifier = notifier
        self._show_message = show_message
        self._day_pain_open, self._offer_day_pain = day_pain
        self._closed = False
        self._idle_marker = idle_marker

    def attach(self, breaks: BreakService) -> None:
        """Follow the break service's chores."""
        breaks.backup_due.connect(self.back_up)
        breaks.day_end_due.connect(self.on_day_end_due)
        breaks.idle_unavailable.connect(self._on_idle_unavailable)

    def close(self) -> None:
        """Ask nothing more (the app is quitting)."""
        self._closed = True

    def back_up(self) -> None:
        """Take the daily backup on the background worker when the last is a day old."""

        def done(made: Path | None) -> None:
            if made is not None:
                log.info("backup written: %s", made.name)

        self._background.submit(
            lambda: self._store.backup_if_due(self._clock.utc_now()),
            done,
            lambda exc: log.error("backup failed: %s", exc),
        )

    def on_day_end_due(self) -> None:
        """Offer "average pain today" once, at the end of the working day (brief §4).

        Whether today is rated already is read off the GUI thread: the first query
        of a run imports the storage layer, which takes seconds on a busy machine.
        """
        from desktop_app.core.events import RatingKind

        midnight = Stamp.now(self._clock).local.replace(hour=0, minute=0, second=0, microsecond=0)

        def rated_today() -> bool:
            since = midnight.astimezone(UTC)
            return any(r.kind is RatingKind.DAY_AVERAGE for r in self._writes.ratings_since(since))

        self._background.submit(
            rated_today,
            self._on_day_end_checked,
            lambda exc: log.error("day-end check failed: %s", type(exc).__name__),
        )

    def _on_day_end_checked(self, rated: bool) -> None:
        if rated or self._day_pain_open() or self._closed:
            return
        log.info("day end: offering the average-pain-today question")
        self._notifier.notify(
            self.tr("How was your day?"),
            self.tr("Counterbalance: rate today's average pain (optional)."),
            key=DAY_NOTICE,
        )
        self._offer_day_pain()

    def _on_idle_unavailable(self, reasons: str) -> None:
        """Say once per data dir that all time counts as active (no idle backend).

        Remembered in one place, a marker file beside the data: such a desktop (Weston,
        wlroots) reports it at every start, and a database flag would load the storage
        layer (~30 MiB, 0.4 s) each time. Only a start without the marker reads the
        database, off the GUI thread, for the flag an earlier version kept there.
        """
        log.warning("no idle backend (%s): all time counts as active", reasons)
        marker = self._idle_marker
        if marker.exists():
            return

        def told_by_an_earlier_version() -> bool:
            try:
                return self._writes.state(STATE_IDLE_TOLD) == "1"
            except StoreError:
                return False

        def checked(told: bool) -> None:
            try:
                write_private_file(marker, b"1\n")
            except OSError as exc:
                log.warning("could not remember the idle notice: %s", type(exc).__name__)
            if not told and not self._closed:
                self._show_message(
                    self.tr("Counterbalance"),
                    self.tr(
                        "Counterbalance cannot tell when you step away on this desktop, so "
                        "all time counts as active. Breaks still come on time."
                    ),
                )

        self._background.submit(
            told_by_an_earlier_version,
            checked,
            lambda exc: log.error("idle notice: %s", type(exc).__name__),
        )
