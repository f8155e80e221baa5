"""Tell real damage from a temporary storage problem, and say each in plain words.

``sqlite3.DatabaseError`` covers a locked file, a full disk, a file the user may not
read and real corruption alike. Only SQLite's CORRUPT and NOTADB codes (or an integrity
check that reports problems) mean the file is damaged; everything else is temporary:
the file stays where it is and the operation is tried again later.

Messages here never carry SQL, parameter values or anything the user typed.
"""

from __future__ import annotations

import errno
import sqlite3
from enum import StrEnum

# SQLite primary result codes (https://sqlite.org/rescode.html).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_NOMEM = 7
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


class StorageFault(StrEnum):
    """What kind of storage problem an error is."""

    DAMAGED = "damaged"
    BUSY = "busy"
    FULL = "full"
    DENIED = "denied"
    READ_ONLY = "read_only"
    IO = "io"
    OTHER = "other"

    @property
    def is_damage(self) -> bool:
        """Whether the file itself is damaged (the only case to move it aside)."""
        return self is StorageFault.DAMAGED

    @property
    def is_temporary(self) -> bool:
        """Whether trying again later can succeed without touching the file."""
        return self is not StorageFault.DAMAGED and self is not StorageFault.OTHER


def _sqlite_cause(exc: BaseException) -> sqlite3.Error | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error):
            return current
        orig = getattr(current, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's
        if isinstance(orig, sqlite3.Error):
            return orig
        current = current.__cause__ or current.__context__
    return None


def _os_cause(exc: BaseException) -> OSError | None:
    current: BaseException | None = exc
    seen: set[int] = set()
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError):
            return current
        current = current.__cause__ or current.__context__
    return None


def classify(exc: BaseException) -> StorageFault:
    """Return the kind of storage problem ``exc`` (or what it wraps) stands for."""
    error = _sqlite_cause(exc)
    if error is not None:
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int):
            primary = code & 0xFF
            if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
                return StorageFault.DAMAGED
            if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
                return StorageFault.BUSY
            if primary in (_SQLITE_FULL, _SQLITE_NOMEM):
                return StorageFault.FULL
            if primary in (_SQLITE_PERM, _SQLITE_CANTOPEN):
                return StorageFault.DENIED
            if primary == _SQLITE_READONLY:
                return StorageFault.READ_ONLY
            if primary == _SQLITE_IOERR:
                return StorageFault.IO
        text = str(error).lower()
        if "not a database" in text or "malformed" in text:
            return StorageFault.DAMAGED
        if "locked" in text or "busy" in text:
            return StorageFault.BUSY
        if "full" in text:
            return StorageFault.FULL
        if "readonly" in text or "read-only" in text:
            return StorageFault.READ_ONLY
        if "unable to open" in text:
            return StorageFault.DENIED
        if "i/o" in text:
            return StorageFault.IO
        return StorageFault.OTHER
    os_error = _os_cause(exc)
    if os_error is not None:
        if os_error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return StorageFault.FULL
        if os_error.errno == errno.EROFS:
            return StorageFault.READ_ONLY
        if isinstance(os_error, PermissionError) or os_error.errno in (
            errno.EACCES,
            errno.EPERM,
            errno.EISDIR,
            errno.ENOTDIR,
        ):
            return StorageFault.DENIED
        return StorageFault.IO
    return StorageFault.OTHER


def reason(fault: StorageFault) -> str:
    """Say in plain words what is wrong (no paths, SQL or values)."""
    return {
        StorageFault.DAMAGED: "the data file is damaged",
        StorageFault.BUSY: "another program is using the data file",
        StorageFault.FULL: "the disk is full",
        StorageFault.DENIED: "Counterbalance is not allowed to open the data file",
        StorageFault.READ_ONLY: "the data folder is read-only",
        StorageFault.IO: "the disk reported an error (it may be full)",
        StorageFault.OTHER: "the data file could not be used",
    }[fault]


def describe(exc: BaseException) -> str:
    """A short technical note for the log: the fault and SQLite's error name, no values."""
    fault = classify(exc)
    error = _sqlite_cause(exc)
    if error is not None:
        name = getattr(error, "sqlite_errorname", None) or type(error).__name__
        return f"{fault} ({name})"
    os_error = _os_cause(exc)
    if os_error is not None and os_error.errno is not None:
        return f"{fault} ({errno.errorcode.get(os_error.errno, os_error.errno)})"
    return f"{fault} ({type(exc).__name__})"
