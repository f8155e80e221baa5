"""The data file behind every store: its engine, its life cycle, and errors fit to show.

:class:`StoreFile` is the shared base of the store's parts (:mod:`event_log`,
:mod:`app_state`, :mod:`backups`, :mod:`progress_queries`; :class:`EventStore` joins
them). Constructing one is cheap: SQLModel/SQLAlchemy (~57 MiB, ~0.35 s) are imported on
the first real read or write. A data file deleted while open is noticed before the next
write or at :meth:`StoreFile.close` and copied back (see :mod:`open_file`).
"""

from __future__ import annotations

import contextlib
import logging
import random
import sqlite3
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from uuid import UUID

from desktop_app.platform.paths import DataPaths
from desktop_app.storage import database
from desktop_app.storage.faults import StorageFault, classify, reason
from desktop_app.storage.open_file import OpenFile, recover_lost_file
from desktop_app.storage.schema import (
    COMPUTER_ID_KEY,
    SCHEMA_VERSION,
    SchemaTooNewError,
    migrate,
    user_version,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


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


class StoreFile:
    """The SQLite file at ``paths.database``, opened on first use.

    Reads and writes that fail (disk full, file locked for longer than the busy
    timeout, no permission, a row that breaks a constraint) raise :class:`StoreError`
    with a message fit for the user and its :class:`StorageFault`; the caller keeps
    running. Reads never create the file: with no data file they return nothing.
    The store may be used from worker threads: each call opens its own session.

    Args:
        paths: The data dir.
        rng: Draws the event ids made at insert (``random.SystemRandom()`` by default;
            a seeded one in tests).
    """

    def __init__(self, paths: DataPaths, *, rng: random.Random | None = None) -> None:
        self._paths = paths
        self._rng = rng or random.SystemRandom()
        self._engine_obj: Engine | None = None
        self._lock = threading.RLock()
        self._read_only = False
        self._open_file: OpenFile | None = None
        self._notices: list[str] = []
        self._computer: UUID | None = None

    @property
    def paths(self) -> DataPaths:
        """The data paths this store writes below."""
        return self._paths

    def check_and_recover(self, busy_timeout_ms: int | None = None) -> database.StartupCheck:
        """Check the file; move a *damaged* one aside and restore the newest good backup.

        A file that is locked, on a full disk or not readable is left alone and
        reported as :attr:`~database.DatabaseState.UNAVAILABLE` (try again later).
        Standard library only.
        """
        return database.check_and_recover(self._paths, busy_timeout_ms)

    def _has_data(self) -> bool:
        return database.present(self._paths.database)

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
        """Open the file for reading only (a read-only data folder or file).

        A file from an older schema cannot be migrated there: it is copied into memory
        once and migrated in the copy, so every reader works and the file is untouched.
        """
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool, StaticPool

        path = self._paths.database

        def connect() -> sqlite3.Connection:
            return database.connect_read_only(path, check_same_thread=False)

        self._read_only = True
        probe = connect()
        try:
            if user_version(probe) >= SCHEMA_VERSION:
                return create_engine(
                    "sqlite://", creator=connect, poolclass=NullPool, hide_parameters=True
                )
            upgraded = sqlite3.connect(":memory:", check_same_thread=False)
            probe.backup(upgraded)
        finally:
            probe.close()
        migrate(upgraded)
        log.info("an older data file in a read-only folder is read through a migrated copy")
        return create_engine(
            "sqlite://", creator=lambda: upgraded, poolclass=StaticPool, hide_parameters=True
        )

    @property
    def read_only(self) -> bool:
        """Whether the file could only be opened for reading (e.g. a read-only folder)."""
        return self._read_only

    def computer_id(self) -> UUID:
        """This data dir's computer id (made once by the migration to schema 3).

        Raises:
            StoreError: It cannot be read (or the file predates schema 3 and is read-only).
        """
        from sqlalchemy import text

        with self._reading(), self._lock:
            if self._computer is None:
                with self._engine().connect() as conn:
                    raw = conn.execute(
                        text("SELECT value FROM app_state WHERE key = :k"), {"k": COMPUTER_ID_KEY}
                    ).scalar()
                if raw is None:
                    raise StoreError("Counterbalance could not read your data: no computer id.")
                self._computer = UUID(str(raw))
            return self._computer

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
        self._computer = None  # a file put in its place may be another data dir's

    def close(self) -> None:
        """Release the engine's connections (the store can be used again later).

        A file deleted while open is written back first, so it is not lost at exit.
        """
        with self._lock:
            if self._engine_obj is not None and self._file_was_replaced():
                self._reopen_after_loss()
            self._drop_engine()

    # -- errors ---------------------------------------------------------------------------

    def _saving(self) -> contextlib.AbstractContextManager[None]:
        return _as_store_error("save")

    def _reading(self) -> contextlib.AbstractContextManager[None]:
        return _as_store_error("read your data")


@contextlib.contextmanager
def _as_store_error(doing: str) -> Iterator[None]:
    """Turn any driver, ORM or OS error into one :class:`StoreError` in plain words."""
    try:
        yield
    except (StoreError, SchemaTooNewError):
        raise
    except Exception as exc:
        fault = classify(exc)
        log.debug("could not %s", doing, exc_info=True)  # SQL and values only at DEBUG
        raise StoreError(f"Counterbalance could not {doing}: {reason(fault)}.", fault) from exc
