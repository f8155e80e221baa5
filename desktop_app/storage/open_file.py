"""Notice when the open data file is deleted or replaced, and rescue its contents.

A deleted SQLite file keeps working through the open descriptors: writes succeed and
vanish when the last one closes. :class:`OpenFile` keeps one descriptor on the database
and one on its WAL (an idle SQLite connection keeps the WAL in place), so the contents
can still be copied back to the path: main file plus WAL, then a checkpoint folds the
WAL in. SQLite's own backup API refuses to read an unlinked file (SQLITE_IOERR_FSTAT),
hence the plain copy.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from desktop_app.platform.paths import DataPaths
from desktop_app.storage import database
from desktop_app.storage.faults import describe

log = logging.getLogger(__name__)


class OpenFile:
    """Hold the database open; tell whether its path still names it; rescue it."""

    def __init__(self, database: Path) -> None:
        self._path = database
        # An idle connection keeps the WAL file from being removed while we run.
        self._keeper = sqlite3.connect(database, check_same_thread=False)
        self._keeper.execute("SELECT count(*) FROM sqlite_master").fetchone()
        self._fds: dict[str, int] = {"": os.open(database, os.O_RDONLY)}
        wal = Path(f"{database}-wal")
        if wal.exists():
            self._fds["-wal"] = os.open(wal, os.O_RDONLY)
        st = os.fstat(self._fds[""])
        self._identity = (st.st_dev, st.st_ino)

    def replaced(self) -> bool:
        """Whether the path no longer names the file we hold (deleted or swapped)."""
        try:
            st = self._path.stat()
        except OSError:
            return True
        return (st.st_dev, st.st_ino) != self._identity

    def rescue(self, target: Path) -> bool:
        """Write what the held file contains to ``target`` (a new, checkpointed file)."""
        wal_target = Path(f"{target}-wal")
        try:
            for suffix, fd in self._fds.items():
                dest = Path(f"{target}{suffix}")
                with (
                    os.fdopen(os.dup(fd), "rb") as source,
                    dest.open("wb") as out,
                ):
                    source.seek(0)
                    shutil.copyfileobj(source, out)
                    out.flush()
                    os.fsync(out.fileno())
            conn = sqlite3.connect(target)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                rows = conn.execute("PRAGMA quick_check").fetchall()
            finally:
                conn.close()
            if [str(r[0]) for r in rows] != ["ok"]:
                raise sqlite3.DatabaseError("the rescued copy failed its check")
        except (OSError, sqlite3.Error) as exc:
            log.error("could not rescue the deleted data file: %s", describe(exc))
            target.unlink(missing_ok=True)
            wal_target.unlink(missing_ok=True)
            Path(f"{target}-shm").unlink(missing_ok=True)
            return False
        return True

    def close(self) -> None:
        """Let go of the file (the keeper connection and the descriptors)."""
        self._keeper.close()
        for fd in self._fds.values():
            os.close(fd)
        self._fds.clear()


def recover_lost_file(paths: DataPaths, held: OpenFile | None, release: Callable[[], None]) -> str:
    """Put the data back after the file was deleted or replaced while open.

    When the path is empty, the still-open file (and its WAL) is copied back to it, so
    nothing is lost; failing that the newest good backup is restored, and failing that
    the next write starts a new file. A file someone else put in its place is used as
    it is. ``release`` closes every connection to the old file (its WAL goes with it).

    Returns:
        A message for the user saying what happened.
    """
    db = paths.database
    rescue = db.with_name(db.name + ".rescue")
    with database.private_umask():
        rescued = not db.exists() and held is not None and held.rescue(rescue)
    release()
    if db.exists():
        return (
            "Your Counterbalance data file was replaced while Counterbalance was "
            "running; Counterbalance now uses the new file."
        )
    for side in database.side_files(db):  # a deleted file's WAL must not apply to a new one
        side.rename(side.with_name(f"{side.name}.orphan-{database.stamp_now()}"))
    if rescued:
        rescue.rename(db)
        database.secure_files(db)
        return (
            "Your Counterbalance data file was deleted while Counterbalance was running. "
            "It was written back from the copy that was still open, so nothing was lost."
        )
    for candidate in database.list_backups(paths):
        try:
            if database.integrity_problem(candidate) is not None:
                continue
            database.restore_backup(candidate, db)
        except (sqlite3.Error, OSError):
            continue
        return (
            "Your Counterbalance data file was deleted while Counterbalance was running. "
            f"It was restored from the backup {candidate.name}; anything logged after "
            "that backup is missing. Logging goes on."
        )
    return (
        "Your Counterbalance data file was deleted while Counterbalance was running and "
        "no backup was found. A new data file was started; logging goes on."
    )
