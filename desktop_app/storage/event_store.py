"""EventStore: the app's one door to its event log.

Constructing an EventStore is cheap: SQLModel/SQLAlchemy (~57 MiB, ~0.35 s) are imported on
the first real read or write. Start-up checks (:meth:`EventStore.check_and_recover`,
:meth:`EventStore.latest_break_end`) use the standard-library ``sqlite3`` module only.
Every write commits at once; the running app writes through
:class:`~desktop_app.storage.write_queue.WriteQueue`, which calls these methods on its own
thread and retries them. The store may be used from worker threads: each call opens its
own SQLAlchemy session. A data file deleted while open is noticed before the next write
or at :meth:`EventStore.close` and copied back (see :mod:`desktop_app.storage.open_file`).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.clock import Stamp
from desktop_app.core.events import (
    Feel,
    PromptAnswer,
    PromptEvent,
    PromptKind,
    RatingEvent,
    RatingKind,
    Region,
    SessionEvent,
    SessionKind,
    SessionOutcome,
    SetEvent,
    Side,
)
from desktop_app.platform.paths import DataPaths, ensure_private_dir
from desktop_app.storage import database
from desktop_app.storage.codec import stamp_columns, stamp_from, utc_text
from desktop_app.storage.faults import StorageFault, classify, reason
from desktop_app.storage.open_file import OpenFile, recover_lost_file
from desktop_app.storage.schema import SchemaTooNewError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    # The stats (and the catalog and poses they import) load with the first progress
    # view, not with the tray: an idling tray app never needs them (issue 13 §4).
    from desktop_app.core.stats import DayTotals, ProgressView

log = logging.getLogger(__name__)

#: Outcomes that count as a finished break for the break policy.
#: How often :meth:`EventStore.backup_if_due` takes a backup.
BACKUP_EVERY_S = 24 * 60 * 60
#: How far back day totals are read for the streaks.
STREAK_REACH_DAYS = 400
_BREAK_OUTCOMES = (SessionOutcome.COMPLETED.value, SessionOutcome.PARTIAL.value)


class StoreError(RuntimeError):
    """A storage operation failed; the message is fit to show the user.

    The message carries no SQL, no values and nothing the user typed.

    Attributes:
        fault: What kind of problem it was; ``fault.is_temporary`` tells whether
            trying again later can succeed.
    """

    def __init__(self, message: str, fault: StorageFault = StorageFault.OTHER) -> None:
        super().__init__(message)
        self.fault = fault


class EventStore:
    """Store and read domain events in the SQLite file at ``paths.database``.

    Reads and writes that fail (disk full, file locked for longer than the busy
    timeout, no permission, a row that breaks a constraint) raise :class:`StoreError`
    with a message fit for the user and its :class:`StorageFault`; the caller keeps
    running. Reads never create the file: with no data file they return nothing.
    """

    def __init__(self, paths: DataPaths) -> None:
        self._paths = paths
        self._engine_obj: Engine | None = None
        self._lock = threading.RLock()
        self._read_only = False
        self._open_file: OpenFile | None = None
        self._notices: list[str] = []

    @property
    def paths(self) -> DataPaths:
        """The data paths this store writes below."""
        return self._paths

    # -- start-up (standard library only) -------------------------------------------------

    def check_and_recover(self, busy_timeout_ms: int | None = None) -> database.StartupCheck:
        """Check the file; move a *damaged* one aside and restore the newest good backup.

        A file that is locked, on a full disk or not readable is left alone and
        reported as :attr:`~database.DatabaseState.UNAVAILABLE` (try again later).
        """
        return database.check_and_recover(self._paths, busy_timeout_ms)

    def latest_break_end(self) -> Stamp | None:
        """Return when the last break ended (session completed/partial or prompt skipped)."""
        if not database.present(self._paths.database):
            return None
        with self._reading():
            return self._latest_break_end()

    def _latest_break_end(self) -> Stamp | None:
        conn = self._read_connection()
        try:
            if not _has_table(conn, "session"):
                return None
            row = conn.execute(
                """
                SELECT utc, tz FROM (
                    SELECT ended_utc AS utc, ended_tz AS tz FROM session
                    WHERE outcome IN (?, ?) AND ended_utc IS NOT NULL
                    UNION ALL
                    SELECT answered_utc, answered_tz FROM prompt
                    WHERE answer = ? AND answered_utc IS NOT NULL
                ) ORDER BY utc DESC LIMIT 1
                """,
                (*_BREAK_OUTCOMES, PromptAnswer.SKIPPED.value),
            ).fetchone()
        finally:
            conn.close()
        return stamp_from(row[0], row[1] or "UTC") if row else None

    def _read_connection(self) -> sqlite3.Connection:
        conn = sqlite3.connect(f"{self._paths.database.as_uri()}?mode=ro", uri=True)
        conn.execute(f"PRAGMA busy_timeout = {database.BUSY_TIMEOUT_MS}")
        return conn

    # -- engine ---------------------------------------------------------------------------

    def _engine(self) -> Engine:
        with self._lock:
            if self._engine_obj is not None and self._file_was_replaced():
                self._reopen_after_loss()
            if self._engine_obj is None:
                self._engine_obj = self._open_engine()
            return self._engine_obj

    def _open_engine(self) -> Engine:
        from sqlalchemy import create_engine, event

        try:
            conn = database.open_database(self._paths)  # creates privately and migrates
        except (sqlite3.Error, OSError) as exc:
            fault = classify(exc)
            if fault not in (StorageFault.READ_ONLY, StorageFault.DENIED) or not (
                self._paths.database.is_file()
            ):
                raise
            return self._open_read_only_engine()
        conn.close()
        # hide_parameters: an error's text never carries the values (health data).
        engine = create_engine(
            f"sqlite:///{self._paths.database}",
            connect_args={"check_same_thread": False},
            hide_parameters=True,
        )

        def on_connect(dbapi_connection: Any, _record: Any) -> None:
            database.apply_pragmas(dbapi_connection)

        event.listen(engine, "connect", on_connect)
        with database.private_umask(), engine.connect():
            pass
        database.secure_files(self._paths.database)
        self._read_only = False
        self._open_file = OpenFile(self._paths.database)
        return engine

    def warm_up(self) -> None:
        """Import the ORM, map the tables and open the engine (call it off the GUI thread).

        Each step is slow the first time only: the imports, SQLAlchemy's mapper
        configuration (done on the first row object otherwise) and the engine.
        """
        from sqlalchemy.orm import configure_mappers

        import desktop_app.storage.tables  # noqa: F401  (registers the mapped tables)

        configure_mappers()
        self._engine()

    def _open_read_only_engine(self) -> Engine:
        """Open the file for reading only (a read-only data folder or file)."""
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        path = self._paths.database

        def connect() -> sqlite3.Connection:
            return database.connect_read_only(path, check_same_thread=False)

        engine = create_engine(
            "sqlite://", creator=connect, poolclass=NullPool, hide_parameters=True
        )
        self._read_only = True
        return engine

    @property
    def read_only(self) -> bool:
        """Whether the file could only be opened for reading (e.g. a read-only folder)."""
        return self._read_only

    def _file_was_replaced(self) -> bool:
        return self._open_file is not None and self._open_file.replaced()

    def _reopen_after_loss(self) -> None:
        """The file was deleted or replaced while open: rescue it, then reopen later.

        See :func:`desktop_app.storage.open_file.recover_lost_file`. Called with the
        lock held; the message is kept for :meth:`take_notices`.
        """
        note = recover_lost_file(self._paths, self._open_file, self._drop_engine)
        log.warning("data file: %s", note)
        self._notices.append(note)

    def take_notices(self) -> list[str]:
        """Return (and forget) messages about the file the user should read."""
        with self._lock:
            notes, self._notices = self._notices, []
        return notes

    def _drop_engine(self) -> None:
        if self._engine_obj is not None:
            self._engine_obj.dispose()
            self._engine_obj = None
        if self._open_file is not None:
            self._open_file.close()
            self._open_file = None

    @property
    def is_open(self) -> bool:
        """Whether the heavy engine has been created."""
        return self._engine_obj is not None

    def close(self) -> None:
        """Release the engine's connections (the store can be used again later).

        A file deleted while open is written back first, so it is not lost at exit.
        """
        with self._lock:
            if self._engine_obj is not None and self._file_was_replaced():
                self._reopen_after_loss()
            self._drop_engine()

    @contextlib.contextmanager
    def _saving(self) -> Iterator[None]:
        try:
            yield
        except (StoreError, SchemaTooNewError):
            raise
        except Exception as exc:  # driver, ORM or OS error: one clear message
            fault = classify(exc)
            log.debug("save failed", exc_info=True)  # SQL and values only at DEBUG
            raise StoreError(f"Counterbalance could not save: {reason(fault)}.", fault) from exc

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        try:
            yield
        except (StoreError, SchemaTooNewError):
            raise
        except Exception as exc:  # driver, ORM or OS error: one clear message
            fault = classify(exc)
            log.debug("read failed", exc_info=True)
            raise StoreError(
                f"Counterbalance could not read your data: {reason(fault)}.", fault
            ) from exc

    def _add(self, row: Any) -> int:
        from sqlmodel import Session

        with self._saving(), Session(self._engine()) as session:
            if row.id is not None:
                # An id chosen by the writer: storing it again (a replay) is harmless.
                row = session.merge(row)
            else:
                session.add(row)
            session.commit()
            session.refresh(row)
            return int(row.id)

    # -- writes ---------------------------------------------------------------------------

    def add_prompt(self, prompt: PromptEvent) -> int:
        """Store a prompt (with its answer, if already known); return its id."""
        from desktop_app.storage.tables import PromptRow

        at_utc, tz, local_date = stamp_columns(prompt.at)
        row = PromptRow(
            id=prompt.id, at_utc=at_utc, tz=tz, local_date=local_date, kind=prompt.kind.value
        )
        if prompt.answer is not None:
            row.answer = prompt.answer.value
        if prompt.answered_at is not None:
            row.answered_utc = utc_text(prompt.answered_at.utc)
            row.answered_tz = prompt.answered_at.tz
        return self._add(row)

    def answer_prompt(self, prompt_id: int, answer: PromptAnswer, at: Stamp) -> None:
        """Record the user's answer to a prompt (a later answer replaces an earlier one)."""
        from sqlmodel import Session

        from desktop_app.storage.tables import PromptRow

        with self._saving(), Session(self._engine()) as session:
            row = session.get(PromptRow, prompt_id)
            if row is None:
                raise StoreError(f"no prompt with id {prompt_id}")
            row.answer = answer.value
            row.answered_utc = utc_text(at.utc)
            row.answered_tz = at.tz
            session.add(row)
            session.commit()

    def start_session(self, session_event: SessionEvent) -> int:
        """Store a session as it starts; return its id."""
        from desktop_app.storage.tables import SessionRow

        started, tz, local_date = stamp_columns(session_event.started_at)
        row = SessionRow(
            id=session_event.id,
            started_utc=started,
            tz=tz,
            local_date=local_date,
            kind=session_event.kind.value,
            outcome=session_event.outcome.value,
            prompt_id=session_event.prompt_id,
            planned_exercises=session_event.planned_exercises,
        )
        if session_event.ended_at is not None:
            row.ended_utc = utc_text(session_event.ended_at.utc)
            row.ended_tz = session_event.ended_at.tz
        return self._add(row)

    def end_session(self, session_id: int, outcome: SessionOutcome, at: Stamp) -> None:
        """Record how and when a session ended."""
        from sqlmodel import Session

        from desktop_app.storage.tables import SessionRow

        with self._saving(), Session(self._engine()) as session:
            row = session.get(SessionRow, session_id)
            if row is None:
                raise StoreError(f"no session with id {session_id}")
            row.outcome = outcome.value
            row.ended_utc = utc_text(at.utc)
            row.ended_tz = at.tz
            session.add(row)
            session.commit()

    def add_set(self, set_event: SetEvent) -> int:
        """Store one finished set; return its id."""
        from desktop_app.storage.tables import SetRow

        at_utc, tz, local_date = stamp_columns(set_event.at)
        return self._add(
            SetRow(
                id=set_event.id,
                session_id=set_event.session_id,
                exercise_id=set_event.exercise_id,
                side=set_event.side.value,
                at_utc=at_utc,
                tz=tz,
                local_date=local_date,
                planned_s=set_event.planned_s,
                done_s=set_event.done_s,
                planned_reps=set_event.planned_reps,
                done_reps=set_event.done_reps,
                feel=set_event.feel.value if set_event.feel is not None else None,
            )
        )

    def add_rating(self, rating: RatingEvent) -> int:
        """Store one 0–10 pain rating; return its id."""
        from desktop_app.storage.tables import RatingRow

        at_utc, tz, local_date = stamp_columns(rating.at)
        return self._add(
            RatingRow(
                id=rating.id,
                at_utc=at_utc,
                tz=tz,
                local_date=local_date,
                kind=rating.kind.value,
                value=rating.value,
                region=rating.region.value if rating.region is not None else None,
                session_id=rating.session_id,
                exercise_id=rating.exercise_id,
            )
        )

    def add_safety_event(
        self,
        at: Stamp,
        code: str,
        action: str = "",
        detail: str = "",
        session_id: int | None = None,
        id: int | None = None,
    ) -> int:
        """Store a safety finding (e.g. ``numbness``) and the advice given; return its id.

        ``id`` may be chosen by the caller (the write queue does); storing the same id
        again replaces the row, so a replayed write is harmless.
        """
        from desktop_app.storage.tables import SafetyEventRow

        at_utc, tz, local_date = stamp_columns(at)
        return self._add(
            SafetyEventRow(
                id=id,
                at_utc=at_utc,
                tz=tz,
                local_date=local_date,
                code=code,
                action=action,
                detail=detail,
                session_id=session_id,
            )
        )

    def close_interrupted_sessions(self, at: Stamp) -> int:
        """Mark sessions still ``planned`` (the app stopped mid-session) as interrupted.

        The end time is the session's last set, or its start when no set was logged;
        sets are kept. Only sessions started before ``at`` are touched. This is a start-up
        step, so it uses the standard-library ``sqlite3`` module (it also runs any pending
        migration, with a backup first).

        Returns:
            How many sessions were closed.
        """
        if not database.present(self._paths.database):
            return 0
        with self._saving():
            return self._close_interrupted(at)

    def _close_interrupted(self, at: Stamp) -> int:
        conn = database.open_database(self._paths)
        try:
            cursor = conn.execute(
                """
                UPDATE session SET outcome = :interrupted,
                  ended_utc = COALESCE(
                    (SELECT MAX(s.at_utc) FROM exercise_set s WHERE s.session_id = session.id),
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

    def set_state(self, key: str, value: str) -> None:
        """Store a small key/value record."""
        from sqlmodel import Session

        from desktop_app.storage.tables import AppStateRow

        with self._saving(), Session(self._engine()) as session:
            session.merge(AppStateRow(key=key, value=value))
            session.commit()

    def state(self, key: str) -> str | None:
        """Read a key/value record (None when unset or when no data file exists yet)."""
        from sqlmodel import Session

        from desktop_app.storage.tables import AppStateRow

        if not database.present(self._paths.database):
            return None
        with self._reading(), Session(self._engine()) as session:
            row = session.get(AppStateRow, key)
            return row.value if row is not None else None

    # -- reads ----------------------------------------------------------------------------

    def prompts_since(self, since: datetime) -> list[PromptEvent]:
        """Return prompts shown at or after ``since``, oldest first."""
        from sqlmodel import Session, col, select

        from desktop_app.storage.tables import PromptRow

        if not database.present(self._paths.database):
            return []
        with self._reading(), Session(self._engine()) as session:
            rows = session.exec(
                select(PromptRow)
                .where(col(PromptRow.at_utc) >= utc_text(since))
                .order_by(col(PromptRow.at_utc))
            ).all()
            return [
                PromptEvent(
                    at=stamp_from(r.at_utc, r.tz),
                    kind=PromptKind(r.kind),
                    answer=PromptAnswer(r.answer) if r.answer else None,
                    answered_at=stamp_from(r.answered_utc, r.answered_tz or r.tz)
                    if r.answered_utc
                    else None,
                    id=r.id,
                )
                for r in rows
            ]

    def sessions_since(self, since: datetime) -> list[SessionEvent]:
        """Return sessions started at or after ``since``, oldest first."""
        from sqlmodel import Session, col, select

        from desktop_app.storage.tables import SessionRow

        if not database.present(self._paths.database):
            return []
        with self._reading(), Session(self._engine()) as session:
            rows = session.exec(
                select(SessionRow)
                .where(col(SessionRow.started_utc) >= utc_text(since))
                .order_by(col(SessionRow.started_utc))
            ).all()
            return [
                SessionEvent(
                    started_at=stamp_from(r.started_utc, r.tz),
                    kind=SessionKind(r.kind),
                    outcome=SessionOutcome(r.outcome),
                    ended_at=stamp_from(r.ended_utc, r.ended_tz or r.tz) if r.ended_utc else None,
                    prompt_id=r.prompt_id,
                    planned_exercises=r.planned_exercises,
                    id=r.id,
                )
                for r in rows
            ]

    def sets_since(self, since: datetime) -> list[SetEvent]:
        """Return sets logged at or after ``since``, oldest first."""
        from sqlmodel import Session, col, select

        from desktop_app.storage.tables import SetRow

        if not database.present(self._paths.database):
            return []
        with self._reading(), Session(self._engine()) as session:
            rows = session.exec(
                select(SetRow)
                .where(col(SetRow.at_utc) >= utc_text(since))
                .order_by(col(SetRow.at_utc))
            ).all()
            return [
                SetEvent(
                    session_id=r.session_id,
                    exercise_id=r.exercise_id,
                    side=Side(r.side),
                    at=stamp_from(r.at_utc, r.tz),
                    planned_s=r.planned_s,
                    done_s=r.done_s,
                    planned_reps=r.planned_reps,
                    done_reps=r.done_reps,
                    feel=Feel(r.feel) if r.feel else None,
                    id=r.id,
                )
                for r in rows
            ]

    def ratings_since(self, since: datetime) -> list[RatingEvent]:
        """Return pain ratings given at or after ``since``, oldest first."""
        from sqlmodel import Session, col, select

        from desktop_app.storage.tables import RatingRow

        if not database.present(self._paths.database):
            return []
        with self._reading(), Session(self._engine()) as session:
            rows = session.exec(
                select(RatingRow)
                .where(col(RatingRow.at_utc) >= utc_text(since))
                .order_by(col(RatingRow.at_utc))
            ).all()
            return [
                RatingEvent(
                    at=stamp_from(r.at_utc, r.tz),
                    kind=RatingKind(r.kind),
                    value=r.value,
                    region=Region(r.region) if r.region else None,
                    session_id=r.session_id,
                    exercise_id=r.exercise_id,
                    id=r.id,
                )
                for r in rows
            ]

    def day_totals(self, first: date, last: date) -> list[DayTotals]:
        """Aggregate the log per local day in SQL (see :mod:`desktop_app.storage.aggregates`).

        Returns an empty list without touching the disk when no database exists yet.
        """
        if not database.present(self._paths.database):
            return []
        from desktop_app.storage.aggregates import day_totals

        with self._reading(), self._engine().connect() as conn:
            return day_totals(conn, first, last)

    def safety_notes(self, first: date, last: date) -> list[tuple[str, str, str]]:
        """Return ``(local_date, code, action)`` of safety events between two days."""
        if not database.present(self._paths.database):
            return []
        from sqlalchemy import text

        with self._reading(), self._engine().connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT local_date, code, action FROM safety_event "
                    "WHERE local_date BETWEEN :a AND :b ORDER BY at_utc"
                ),
                {"a": first.isoformat(), "b": last.isoformat()},
            ).all()
            return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]

    def progress(self, today: date, weeks: int, week_start: int = 0) -> ProgressView:
        """Build the progress view-model for ``weeks`` weeks ending with today's week.

        Day totals reach back at least a year so the streaks are not cut by the window.
        Returns an all-empty view without touching the disk when no database exists yet.
        """
        from desktop_app.core.stats import build_progress, window_start

        first = window_start(today, weeks, week_start)
        last = today + timedelta(days=6)
        if not database.present(self._paths.database):
            return build_progress([], today, weeks, week_start)
        from desktop_app.storage.aggregates import day_totals, week_exercises

        reach = min(first, today - timedelta(days=STREAK_REACH_DAYS))
        with self._reading(), self._engine().connect() as conn:
            days = day_totals(conn, reach, last)
            per_week = week_exercises(conn, first, last, week_start)
        notes = [
            f"{day}: {code}" + (f" ({action})" if action else "")
            for day, code, action in self.safety_notes(first, today)
        ]
        return build_progress(days, today, weeks, week_start, notes, per_week)

    # -- files ----------------------------------------------------------------------------

    def backup(self, keep: int = database.BACKUP_KEEP) -> Path:
        """Take a backup into ``paths.backups`` with SQLite's backup API, keeping ``keep``."""
        with self._saving():
            if not database.present(self._paths.database):
                self._engine()  # create the (empty) database so there is something to back up
            conn = sqlite3.connect(self._paths.database)
            try:
                conn.execute(f"PRAGMA busy_timeout = {database.BUSY_TIMEOUT_MS}")
                return database.backup_database(conn, self._paths, keep=keep)
            finally:
                conn.close()

    def backup_if_due(self, now: datetime, every_s: int = BACKUP_EVERY_S) -> Path | None:
        """Take a backup when the newest one is older than ``every_s`` (stdlib only).

        Meant for start-up and a daily timer; returns the new backup or None.
        """
        if not database.present(self._paths.database):
            return None
        newest = database.list_backups(self._paths)
        if newest and now.timestamp() - newest[0].stat().st_mtime < every_s:
            return None
        return self.backup()

    def backup_to(self, target: Path) -> Path:
        """Copy the database to a file the user chose (0600), e.g. before deleting all."""
        self._engine()
        source = sqlite3.connect(self._paths.database)
        try:
            with database.private_umask():
                dest = sqlite3.connect(target)
                try:
                    source.backup(dest)
                finally:
                    dest.close()
        finally:
            source.close()
        database.secure_files(target)
        return target

    def delete_all(self) -> None:
        """Erase every stored event, the backups and kept damaged copies; keep the schema.

        The freed pages are wiped (VACUUM) so the data does not linger in the file.
        """
        from sqlalchemy import text

        engine = self._engine()
        with engine.begin() as conn:
            for table in ("exercise_set", "rating", "safety_event", "session", "prompt"):
                conn.execute(text(f"DELETE FROM {table}"))
            conn.execute(text("DELETE FROM app_state"))
        with engine.connect() as conn:
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        for old in database.list_backups(self._paths):
            old.unlink(missing_ok=True)
        name = self._paths.database.name
        for kept in (
            *self._paths.root.glob(f"{name}.damaged-*"),
            *self._paths.root.glob(f"{name}-*.orphan-*"),
            self._paths.root / f"{name}.pending",  # writes that waited (write_queue)
        ):
            kept.unlink(missing_ok=True)

    def ensure_dirs(self) -> None:
        """Create the data and backup directories privately (0700)."""
        ensure_private_dir(self._paths.root)
        ensure_private_dir(self._paths.backups)


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,))
    return row.fetchone() is not None
