"""The event log: store prompts, sessions, sets, ratings and safety events, read them back.

Every write commits at once; the running app writes through
:class:`~desktop_app.storage.write_queue.WriteQueue`, which calls these methods on its
own thread and retries them. Each stored event gets a global ``event_id`` (uuid4) and
this data dir's ``computer_id`` when its writer did not give them (see docs/storage.md,
"Event ids"). The start-up step :meth:`EventLogStore.close_interrupted_sessions` uses the
standard-library ``sqlite3`` only.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from desktop_app.core.clock import Stamp
from desktop_app.core.events import (
    PromptAnswer,
    PromptEvent,
    RatingEvent,
    SafetyEvent,
    SessionEvent,
    SessionOutcome,
    SetEvent,
    StoredEvent,
)
from desktop_app.storage import database
from desktop_app.storage.codec import utc_text
from desktop_app.storage.store_file import StoreError, StoreFile

#: Outcomes that count as a finished break for the break policy.
_BREAK_OUTCOMES = (SessionOutcome.COMPLETED.value, SessionOutcome.PARTIAL.value)


class EventLogStore(StoreFile):
    """Write events and read them back by time."""

    # -- writes ---------------------------------------------------------------------------

    def _identified(self, event: StoredEvent) -> StoredEvent:
        """The event with its global id and computer id (made here when missing)."""
        if event.event_id is not None and event.computer_id is not None:
            return event
        # The sync records and format load with the first write, not with the store.
        from desktop_app.core.sync_records import new_event_id

        return replace(
            event,
            event_id=event.event_id or new_event_id(self._rng),
            computer_id=event.computer_id or self.computer_id(),
        )

    def _add(self, row: Any) -> int:
        from sqlmodel import Session

        with self._saving(), Session(self._engine()) as session:
            if row.id is not None:
                # An id chosen by the writer: storing it again (a replay) is harmless,
                # and the event keeps the global id it was first stored with.
                stored = session.get(type(row), row.id)
                if stored is not None:
                    row.event_id, row.computer_id = stored.event_id, stored.computer_id
                row = session.merge(row)
            else:
                session.add(row)
            session.commit()
            session.refresh(row)
            return int(row.id)

    def add_prompt(self, prompt: PromptEvent) -> int:
        """Store a prompt (with its answer, if already known); return its id."""
        from desktop_app.storage.tables import PromptRow

        with self._saving():
            return self._add(PromptRow.from_event(self._identified(prompt)))

    def answer_prompt(self, prompt_id: int, answer: PromptAnswer, at: Stamp) -> None:
        """Record the user's answer to a prompt (a later answer replaces an earlier one)."""
        from desktop_app.storage.tables import PromptRow

        def change(row: PromptRow) -> None:
            row.answer = answer.value
            row.answered_utc = utc_text(at.utc)
            row.answered_tz = at.tz

        self._change(PromptRow, prompt_id, "prompt", change)

    def start_session(self, session_event: SessionEvent) -> int:
        """Store a session as it starts; return its id."""
        from desktop_app.storage.tables import SessionRow

        with self._saving():
            return self._add(SessionRow.from_event(self._identified(session_event)))

    def end_session(self, session_id: int, outcome: SessionOutcome, at: Stamp) -> None:
        """Record how and when a session ended."""
        from desktop_app.storage.tables import SessionRow

        def change(row: SessionRow) -> None:
            row.outcome = outcome.value
            row.ended_utc = utc_text(at.utc)
            row.ended_tz = at.tz

        self._change(SessionRow, session_id, "session", change)

    def _change(self, table: type[Any], row_id: int, what: str, change: Any) -> None:
        from sqlmodel import Session

        with self._saving(), Session(self._engine()) as session:
            row = session.get(table, row_id)
            if row is None:
                raise StoreError(f"no {what} with id {row_id}")
            change(row)
            session.add(row)
            session.commit()

    def add_set(self, set_event: SetEvent) -> int:
        """Store one finished set; return its id."""
        from desktop_app.storage.tables import SetRow

        with self._saving():
            return self._add(SetRow.from_event(self._identified(set_event)))

    def add_rating(self, rating: RatingEvent) -> int:
        """Store one 0–10 pain rating; return its id."""
        from desktop_app.storage.tables import RatingRow

        with self._saving():
            return self._add(RatingRow.from_event(self._identified(rating)))

    def add_safety_event(self, event: SafetyEvent) -> int:
        """Store a safety finding (e.g. ``numbness``) and the advice given; return its id."""
        from desktop_app.storage.tables import SafetyEventRow

        with self._saving():
            return self._add(SafetyEventRow.from_event(self._identified(event)))

    def close_interrupted_sessions(self, at: Stamp) -> int:
        """Mark sessions still ``planned`` (the app stopped mid-session) as interrupted.

        The end time is the session's last set, or its start when no set was logged;
        sets are kept. Only sessions started before ``at`` are touched. This is a start-up
        step, so it uses the standard-library ``sqlite3`` module (it also runs any pending
        migration, with a backup first).

        Returns:
            How many sessions were closed.
        """
        if not self._has_data():
            return 0
        with self._saving():
            conn = database.open_database(self._paths)
            try:
                cursor = conn.execute(
                    """
                    UPDATE session SET outcome = :interrupted,
                      ended_utc = COALESCE(
                        (SELECT MAX(s.at_utc) FROM exercise_set s
                         WHERE s.session_id = session.id),
                        started_utc),
                      ended_tz = COALESCE(
                        (SELECT s.tz FROM exercise_set s WHERE s.session_id = session.id
                         ORDER BY s.at_utc DESC LIMIT 1),
                        tz)
                    WHERE outcome = :planned AND started_utc <= :at
                    """,
                    {
                        "interrupted": SessionOutcome.INTERRUPTED.value,
                        "planned": SessionOutcome.PLANNED.value,
                        "at": utc_text(at.utc),
                    },
                )
                return max(cursor.rowcount, 0)
            finally:
                conn.close()

    # -- reads ----------------------------------------------------------------------------

    def _since(self, table: type[Any], since: datetime) -> list[Any]:
        """Rows of ``table`` whose main instant is at or after ``since``, oldest first."""
        if not self._has_data():
            return []
        from sqlmodel import Session, col, select

        when = col(getattr(table, table.time_column))
        with self._reading(), Session(self._engine()) as session:
            rows = session.exec(select(table).where(when >= utc_text(since)).order_by(when))
            return [row.to_event() for row in rows.all()]

    def prompts_since(self, since: datetime) -> list[PromptEvent]:
        """Return prompts shown at or after ``since``, oldest first."""
        from desktop_app.storage.tables import PromptRow

        return self._since(PromptRow, since)

    def sessions_since(self, since: datetime) -> list[SessionEvent]:
        """Return sessions started at or after ``since``, oldest first."""
        from desktop_app.storage.tables import SessionRow

        return self._since(SessionRow, since)

    def sessions_ended_since(self, since: datetime) -> list[SessionEvent]:
        """Return sessions ended at or after ``since`` (whenever they began), oldest first."""
        if not self._has_data():
            return []
        from sqlmodel import Session, col, select

        from desktop_app.storage.tables import SessionRow

        ended = col(SessionRow.ended_utc)
        with self._reading(), Session(self._engine()) as session:
            query = select(SessionRow).where(ended >= utc_text(since)).order_by(ended)
            return [row.to_event() for row in session.exec(query).all()]

    def sets_since(self, since: datetime) -> list[SetEvent]:
        """Return sets logged at or after ``since``, oldest first."""
        from desktop_app.storage.tables import SetRow

        return self._since(SetRow, since)

    def ratings_since(self, since: datetime) -> list[RatingEvent]:
        """Return pain ratings given at or after ``since``, oldest first."""
        from desktop_app.storage.tables import RatingRow

        return self._since(RatingRow, since)

    def safety_events_since(self, since: datetime) -> list[SafetyEvent]:
        """Return safety events at or after ``since``, oldest first."""
        from desktop_app.storage.tables import SafetyEventRow

        return self._since(SafetyEventRow, since)
