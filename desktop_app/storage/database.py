"""The SQLite file: pragmas, private permissions, backups and recovery (standard library only).

SQLAlchemy is not imported here so that start-up checks stay light.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from desktop_app.platform.paths import DataPaths, ensure_private_dir, make_private
from desktop_app.storage.faults import StorageFault, classify, reason
from desktop_app.storage.schema import migrate

BUSY_TIMEOUT_MS = 5000
BACKUP_KEEP = 7
BACKUP_PREFIX = "counterbalance-"
BACKUP_SUFFIX = ".sqlite3"
_SIDE_FILES = ("-wal", "-shm", "-journal")


def apply_pragmas(conn: sqlite3.Connection) -> None:
    """Set the per-connection pragmas every connection of the app uses.

    WAL with ``synchronous=FULL`` syncs the log on every commit (a few writes an hour,
    so the cost is nil) and survives power loss; ``fullfsync`` makes that true on macOS.
    """
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    if sys.platform == "darwin":
        conn.execute("PRAGMA fullfsync = ON")


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Create files readable by the owner only while the block runs (POSIX)."""
    if os.name != "posix":
        yield
        return
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def secure_files(database: Path) -> None:
    """Make the database and its side files 0600."""
    for path in (database, *(Path(f"{database}{s}") for s in _SIDE_FILES)):
        make_private(path)


def copy_into(source: sqlite3.Connection, target: Path) -> None:
    """Copy the open database ``source`` into the file ``target`` (backup API), 0600."""
    with private_umask():
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    secure_files(target)


def present(database: Path) -> bool:
    """Whether the file exists and holds anything; True when it cannot be told.

    An empty file (a first write stopped by a full disk) holds no data yet. A file that
    cannot even be looked at (no permission) counts as present: opening it then fails
    with a clear error instead of passing for "no data yet".
    """
    try:
        return database.stat().st_size > 0
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError:
        return True


def side_files(database: Path) -> list[Path]:
    """Return the database's -wal/-shm/-journal files that exist."""
    return [p for s in _SIDE_FILES if (p := Path(f"{database}{s}")).exists()]


def open_database(paths: DataPaths) -> sqlite3.Connection:
    """Open (creating if needed) the database privately, migrate it and return a connection.

    A backup is taken before migrating a database that already holds a schema.
    """
    ensure_private_dir(paths.root)
    with private_umask():
        conn = sqlite3.connect(paths.database, isolation_level=None)
        try:
            apply_pragmas(conn)
            migrate(conn, before=lambda _v: backup_database(conn, paths, tag="pre-migration"))
        except BaseException:
            conn.close()
            raise
    secure_files(paths.database)
    return conn


def connect_read_only(database: Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """Open the file for reading only, also where its folder is read-only.

    A WAL database needs its ``-shm`` file even to read; in a read-only folder that file
    cannot be created, so the file is then read as it is on disk (``immutable``: nothing
    can change it there meanwhile).
    """
    uri = database.as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=check_same_thread)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            conn.close()
            raise
    except sqlite3.OperationalError:
        conn = sqlite3.connect(
            f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=check_same_thread
        )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def stamp_now() -> str:
    """Sortable UTC time text for file names (backups, files kept aside)."""
    # Backup names only need to sort by time; storage is an adapter, so it may read the clock.
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def list_backups(paths: DataPaths) -> list[Path]:
    """Return backup files, newest first."""
    if not paths.backups.is_dir():
        return []
    found = [
        p
        for p in paths.backups.iterdir()
        if p.name.startswith(BACKUP_PREFIX) and p.name.endswith(BACKUP_SUFFIX)
    ]
    return sorted(found, key=lambda p: p.name, reverse=True)


def backup_database(
    source: sqlite3.Connection,
    paths: DataPaths,
    *,
    keep: int = BACKUP_KEEP,
    tag: str = "",
    stamp: str | None = None,
) -> Path:
    """Copy a live database with SQLite's backup API into ``paths.backups`` (0600).

    Args:
        source: An open connection to the database to copy.
        paths: The data paths (backups go to ``paths.backups``, created 0700).
        keep: How many backups to keep; older ones are removed.
        tag: Optional word added to the file name (e.g. ``pre-migration``).
        stamp: Time text for the name (sortable); defaults to now in UTC.

    Returns:
        The path of the new backup.
    """
    ensure_private_dir(paths.backups)
    name = f"{BACKUP_PREFIX}{stamp or stamp_now()}{('-' + tag) if tag else ''}{BACKUP_SUFFIX}"
    target = paths.backups / name
    counter = 1
    while target.exists():
        target = paths.backups / name.replace(BACKUP_SUFFIX, f"-{counter}{BACKUP_SUFFIX}")
        counter += 1
    copy_into(source, target)
    for old in list_backups(paths)[max(keep, 1) :]:
        old.unlink(missing_ok=True)
    return target


def integrity_problem(database: Path, busy_timeout_ms: int | None = None) -> str | None:
    """Run ``PRAGMA quick_check``; return None when fine, else what is damaged.

    A damaged page makes quick_check raise (not return a row), and a file that is not a
    database raises "file is not a database": both are damage. Any other error (locked,
    disk full, I/O error, no permission) is *not* damage and is raised to the caller as
    it is, so that a healthy file is never moved aside.

    Raises:
        sqlite3.Error: A temporary problem (see :func:`faults.classify`).
    """
    try:
        conn = sqlite3.connect(f"{database.as_uri()}?mode=rw", uri=True)
        try:
            wait = BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
            conn.execute(f"PRAGMA busy_timeout = {wait}")
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if classify(exc).is_damage:
            return str(exc)
        raise
    result = [str(r[0]) for r in rows]
    return None if result == ["ok"] else "; ".join(result[:3])


def move_aside(database: Path) -> Path:
    """Rename a damaged database (and its side files) next to itself; never delete it."""
    suffix = f".damaged-{stamp_now()}"
    target = database.with_name(database.name + suffix)
    database.rename(target)
    for side in side_files(database):
        side.rename(side.with_name(target.name + side.name[len(database.name) :]))
    make_private(target)
    return target


def restore_backup(backup: Path, database: Path) -> None:
    """Copy ``backup`` into a new database file at ``database`` with the backup API."""
    with private_umask():  # reading may create side files beside the backup
        src = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
        try:
            copy_into(src, database)
        finally:
            src.close()


class DatabaseState(StrEnum):
    """What the start-up check found."""

    #: The file is fine, or does not exist yet.
    OK = "ok"
    #: The file was damaged: it was moved aside and a backup restored.
    RESTORED = "restored"
    #: The file was damaged: it was moved aside and no usable backup was found.
    DAMAGED_NO_BACKUP = "damaged_no_backup"
    #: The file could not be checked now (locked, disk full, no permission, I/O error);
    #: it was left where it is, and the check should be tried again later.
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True, slots=True)
class StartupCheck:
    """The result of :func:`check_and_recover`: a state and, unless OK, a user message."""

    state: DatabaseState
    message: str | None = None
    fault: StorageFault | None = None


def unavailable_message(fault: StorageFault) -> str:
    """Tell the user that the data file cannot be used right now (plain words, no path)."""
    return (
        f"Counterbalance cannot use your data file right now: {reason(fault)}. "
        "The file was left exactly as it is and nothing was deleted. Counterbalance "
        "keeps trying; until then your history is not shown, and what you log is kept "
        "and saved as soon as the file can be used again."
    )


def check_and_recover(paths: DataPaths, busy_timeout_ms: int | None = None) -> StartupCheck:
    """Check the database at start-up; move a *damaged* one aside and restore a backup.

    Only real damage (an integrity check that fails, "file is not a database") moves the
    file; a locked file, a full disk or a file that cannot be opened is reported as
    :attr:`DatabaseState.UNAVAILABLE` and left alone. ``busy_timeout_ms`` bounds the
    wait for a lock (re-checks on the GUI thread use a short one).
    """
    database = paths.database
    if not present(database):
        return StartupCheck(DatabaseState.OK)
    try:
        problem = integrity_problem(database, busy_timeout_ms)
    except (sqlite3.Error, OSError) as exc:
        fault = classify(exc)
        return StartupCheck(DatabaseState.UNAVAILABLE, unavailable_message(fault), fault)
    if problem is None:
        return StartupCheck(DatabaseState.OK)
    kept = move_aside(database)
    for candidate in list_backups(paths):
        try:
            if integrity_problem(candidate) is not None:
                continue
        except (sqlite3.Error, OSError):
            continue
        restore_backup(candidate, database)
        return StartupCheck(
            DatabaseState.RESTORED,
            f"Your Counterbalance data file was damaged ({problem}). It was kept as "
            f"{kept.name}, and your data was restored from the backup {candidate.name}. "
            "Anything logged after that backup is missing.",
            StorageFault.DAMAGED,
        )
    return StartupCheck(
        DatabaseState.DAMAGED_NO_BACKUP,
        f"Your Counterbalance data file was damaged ({problem}). It was kept as {kept.name}. "
        "No usable backup was found, so Counterbalance starts with an empty history.",
        StorageFault.DAMAGED,
    )
