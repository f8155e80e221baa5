"""Writes off the GUI thread: queued, journaled, retried until the database has them.

The GUI thread only appends a line to a small journal beside the database and hands the
write to one worker thread, so a database locked by another program, a full disk or a
missing file never freezes the window and never loses what the user logged. Row ids are
chosen here (time-based, never repeating) so callers get them at once and a replayed
write lands on the same row; each event's global ``event_id`` (uuid4) is drawn here too
and journaled with the write, so a replay stores the same id. Reads that decide what to
do next (``state``, ``safety_state``, ``ratings_since``) see the queued writes too.

Status changes (delayed, saved again, dropped, file notices) are reported through a
callback that runs on the worker thread; the Qt side turns them into one calm message.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
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
from desktop_app.storage import journal as j
from desktop_app.storage.app_state import (
    SAFETY_KEYS,
    SafetyState,
    safety_from_values,
    safety_values,
)
from desktop_app.storage.event_store import EventStore, StoreError
from desktop_app.storage.faults import StorageFault
from desktop_app.storage.journal import Journal, PendingWrite, WriteOp, journal_path
from desktop_app.storage.schema import SchemaTooNewError

log = logging.getLogger(__name__)

#: Waits between attempts while the database refuses writes (the last one repeats).
RETRY_DELAYS_S: tuple[float, ...] = (0.5, 1.0, 2.0, 5.0, 10.0)


class SaveState(StrEnum):
    """What a status report says."""

    #: Writes wait: the database cannot take them now (they are kept and retried).
    DELAYED = "delayed"
    #: Everything that waited has been saved.
    SAVED = "saved"
    #: One write was refused for good (e.g. a broken constraint) and dropped.
    DROPPED = "dropped"
    #: Something happened to the file the user should know (see ``message``).
    NOTICE = "notice"


@dataclass(frozen=True, slots=True)
class SaveStatus:
    """One status report of the queue."""

    state: SaveState
    fault: StorageFault | None = None
    #: For DELAYED: whether the waiting writes are on disk (journal) or only in memory.
    journaled: bool = True
    message: str = ""


class WriteQueue:
    """Queue EventStore writes for one worker thread; journal them until stored.

    Args:
        rng: Draws the events' global ids (``random.SystemRandom()`` by default).
    """

    def __init__(
        self,
        store: EventStore,
        on_status: Callable[[SaveStatus], None] | None = None,
        *,
        retry_delays_s: tuple[float, ...] = RETRY_DELAYS_S,
        wall_us: Callable[[], int] = lambda: time.time_ns() // 1000,
        rng: random.Random | None = None,
    ) -> None:
        self._store = store
        self._rng = rng or random.SystemRandom()
        self._on_status = on_status or (lambda _s: None)
        self._delays = retry_delays_s
        self._wall_us = wall_us
        self._journal = Journal(journal_path(store.paths.database))
        self._pending: list[PendingWrite] = []
        self._cond = threading.Condition()
        # Held across "journal + queue" changes so a rewrite never drops a fresh line.
        self._io = threading.Lock()
        self._seq = 0
        self._last_id = 0
        self._stopping = False
        self._delayed = False
        self._fault: StorageFault | None = None
        self._journaled = True
        self._thread: threading.Thread | None = None
        self._left: int | None = None  # entries loaded from the journal, once
        self._on_stored: Callable[[], None] = lambda: None

    def set_stored_listener(self, listener: Callable[[], None]) -> None:
        """Call ``listener()`` on the worker thread after each write reaches the database."""
        self._on_stored = listener

    @property
    def store(self) -> EventStore:
        """The store the writes go to (and reads come from)."""
        return self._store

    # -- life cycle -------------------------------------------------------------------

    def _load_once(self) -> None:
        """Take in the writes an earlier run left in the journal (first use only).

        They go first, and new entries are numbered after them, so a write queued
        before :meth:`start` neither repeats nor collides with one from last time.
        """
        with self._cond:
            if self._left is not None:
                return
            left = self._journal.load_identified(self._rng)
            self._left = len(left)
            self._pending = left + self._pending
            self._seq = max([self._seq, *(e.seq for e in left)])
            self._last_id = max(self._last_id, j.largest_id(left))

    def start(self) -> int:
        """Load writes left by an earlier run and start the worker; return how many."""
        self._load_once()
        with self._cond:
            left = self._left or 0
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="counterbalance-writes", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()
        if left:
            log.info("%d write(s) left from last time are being saved", left)
        return left

    def flush(self, timeout_s: float) -> bool:
        """Wait until nothing is pending (or the timeout); True when all is saved."""
        deadline = time.monotonic() + timeout_s
        with self._cond:
            while self._pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
        return True

    def close(self, timeout_s: float = 2.0) -> int:
        """Try to save what waits, then stop the worker; return how many stay journaled."""
        self.flush(timeout_s)
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout_s)
        with self._io, self._cond:
            remaining = list(self._pending)
            journaled = self._journaled
            kept = journaled or not remaining or self._journal.rewrite(remaining)
        if not kept:
            log.error("%d write(s) could not be kept for the next start", len(remaining))
        elif remaining:
            log.warning("%d write(s) not saved yet; kept for the next start", len(remaining))
        return len(remaining)

    @property
    def pending_count(self) -> int:
        """How many writes wait for the database."""
        with self._cond:
            return len(self._pending)

    # -- writes (return at once) ------------------------------------------------------

    def _add(self, op: WriteOp, event: StoredEvent) -> int:
        # The sync records and format load with the first write, not at start.
        from desktop_app.core.sync_records import new_event_id

        event = replace(
            event,
            id=event.id or self._new_id(),
            event_id=event.event_id or new_event_id(self._rng),
        )
        self._enqueue(op, j.encode_event(event))
        return int(event.id or 0)

    def add_prompt(self, prompt: PromptEvent) -> int:
        return self._add(WriteOp.ADD_PROMPT, prompt)

    def answer_prompt(self, prompt_id: int, answer: PromptAnswer, at: Stamp) -> None:
        data = {"id": prompt_id, "answer": answer.value, "at": j.encode_stamp(at)}
        self._enqueue(WriteOp.ANSWER_PROMPT, data)

    def start_session(self, session_event: SessionEvent) -> int:
        return self._add(WriteOp.START_SESSION, session_event)

    def end_session(self, session_id: int, outcome: SessionOutcome, at: Stamp) -> None:
        data = {"id": session_id, "outcome": outcome.value, "at": j.encode_stamp(at)}
        self._enqueue(WriteOp.END_SESSION, data)

    def add_set(self, set_event: SetEvent) -> int:
        return self._add(WriteOp.ADD_SET, set_event)

    def add_rating(self, rating: RatingEvent) -> int:
        return self._add(WriteOp.ADD_RATING, rating)

    def add_safety_event(self, event: SafetyEvent) -> int:
        return self._add(WriteOp.ADD_SAFETY_EVENT, event)

    def set_state(self, key: str, value: str) -> None:
        self._enqueue(WriteOp.SET_STATE, {"key": key, "value": value})

    def set_safety_state(self, state: SafetyState) -> None:
        """Store the whole safety state (one transaction)."""
        self._enqueue(WriteOp.SET_STATES, {"values": safety_values(state)})

    def close_interrupted_sessions(self, at: Stamp) -> None:
        """Close sessions a crash cut off (see :meth:`EventStore.close_interrupted_sessions`)."""
        self._enqueue(WriteOp.CLOSE_INTERRUPTED, {"at": j.encode_stamp(at)})

    # -- reads (the store's, plus what waits) -----------------------------------------

    def _queued_states(self) -> dict[str, str]:
        """The app_state values queued writes will store, the latest winning."""
        values: dict[str, str] = {}
        with self._cond:
            for entry in self._pending:
                values.update(j.state_values(entry))
        return values

    def state(self, key: str) -> str | None:
        """Read a key/value record; a queued value wins over the stored one."""
        queued = self._queued_states()
        return queued[key] if key in queued else self._store.state(key)

    def safety_state(self) -> SafetyState:
        """Read the safety state; queued changes win over the stored ones."""
        queued = self._queued_states()
        if not any(key in queued for key in SAFETY_KEYS.values()):
            return self._store.safety_state()
        values = safety_values(self._store.safety_state()) | queued
        return safety_from_values(values.get)

    def ratings_since(self, since: datetime) -> list[RatingEvent]:
        """Stored ratings plus queued ones given at or after ``since``, oldest first."""
        with self._cond:
            queued = [
                j.decode_event(RatingEvent, e.data)
                for e in self._pending
                if e.op is WriteOp.ADD_RATING
            ]
        stored = self._store.ratings_since(since)
        seen = {r.id for r in stored}
        extra = [r for r in queued if r.id not in seen and r.at.utc >= since]
        return sorted(stored + extra, key=lambda r: r.at.utc)

    def sessions_since(self, since: datetime) -> list[SessionEvent]:
        return self._store.sessions_since(since)

    def sessions_ended_since(self, since: datetime) -> list[SessionEvent]:
        return self._store.sessions_ended_since(since)

    def sets_since(self, since: datetime) -> list[SetEvent]:
        return self._store.sets_since(since)

    # -- inside -----------------------------------------------------------------------

    def _new_id(self) -> int:
        self._load_once()  # ids stay above those of last run's waiting writes
        with self._cond:
            self._last_id = max(self._wall_us(), self._last_id + 1)
            return self._last_id

    def _enqueue(self, op: WriteOp, data: dict[str, Any]) -> None:
        self._load_once()
        retell = None
        with self._io:  # journal line and queue entry appear together for _done
            with self._cond:
                self._seq += 1
                entry = PendingWrite(self._seq, op, data)
            # Journal first: the worker must not report on an entry whose fate on disk
            # is not known yet.
            journaled = self._journal.append(entry)
            with self._cond:
                self._pending.append(entry)
                if not journaled:
                    if self._delayed and self._journaled:
                        # Told "kept on disk" earlier; now in memory only: say so.
                        retell = SaveStatus(SaveState.DELAYED, self._fault, journaled=False)
                    self._journaled = False
                self._cond.notify_all()
        if retell is not None:
            self._on_status(retell)

    def _run(self) -> None:
        attempt = 0
        while True:
            with self._cond:
                while not self._pending and not self._stopping:
                    self._cond.wait()
                if self._stopping:
                    return
                entry = self._pending[0]
            fault = self._try(entry)
            self._report_notices()
            if fault is None:
                attempt = 0
                self._done(entry)
                self._on_stored()
                continue
            delay = self._delays[min(attempt, len(self._delays) - 1)]
            attempt += 1
            with self._cond:
                self._fault = fault
                if not self._delayed:
                    self._delayed = True
                    log.warning("writes wait (%s); they are kept and retried", fault)
                    self._on_status(SaveStatus(SaveState.DELAYED, fault, self._journaled))
                if not self._stopping:
                    self._cond.wait(delay)

    def _try(self, entry: PendingWrite) -> StorageFault | None:
        """Apply one write; None when stored (or dropped for good), else the fault."""
        try:
            j.apply(self._store, entry)
        except StoreError as exc:
            # A damaged file waits too: the next start recovers it, then the journal
            # is replayed into it. Only a write SQLite refuses as such is dropped.
            if exc.fault is not StorageFault.OTHER:
                log.debug("write waits: %s", exc.fault)
                return exc.fault
            log.error("a %s write was refused and dropped: %s", entry.op, exc.fault)
            self._on_status(SaveStatus(SaveState.DROPPED, exc.fault))
        except SchemaTooNewError:
            log.error("the data file is from a newer Counterbalance: writes wait")
            return StorageFault.OTHER
        except Exception as exc:  # a bug must not stop the worker; no values in the log
            log.error("a %s write failed and was dropped: %s", entry.op, type(exc).__name__)
            self._on_status(SaveStatus(SaveState.DROPPED, StorageFault.OTHER))
        return None

    def _done(self, entry: PendingWrite) -> None:
        with self._io:
            with self._cond:
                self._pending = [e for e in self._pending if e.seq != entry.seq]
                remaining = list(self._pending)
            rewritten = self._journal.rewrite(remaining)
        if rewritten:
            with self._cond:
                if not self._pending:
                    self._journaled = True
        with self._cond:
            if not self._pending:
                if self._delayed:
                    self._delayed = False
                    log.info("the writes that waited are saved")
                    self._on_status(SaveStatus(SaveState.SAVED))
                self._cond.notify_all()

    def _report_notices(self) -> None:
        for note in self._store.take_notices():
            self._on_status(SaveStatus(SaveState.NOTICE, message=note))
