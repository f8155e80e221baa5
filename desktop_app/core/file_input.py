"""Reading files a person can edit (settings, saved state, exercises) as untrusted input.

Every such file is read the same way (reliability-facts.md, "Storage faults"):

- only a regular file is read: the file is opened without blocking and checked with
  ``fstat`` on the open descriptor, so a FIFO, a device or a socket with the right name
  never hangs the caller (``open()`` on a FIFO blocks until a writer comes);
- at most ``max_bytes`` are read, and a larger file is refused before it is parsed
  (a valid 50 MB exercise file took 9 s to parse);
- parsing errors of every kind, including ``RecursionError`` from input nested thousands
  of levels deep (``json`` and ``tomllib`` recurse), become one :class:`BadFileInputError`
  whose message says what is wrong in words a user can act on.
"""

from __future__ import annotations

import json
import os
import stat
from enum import StrEnum
from pathlib import Path
from typing import Any

__all__ = [
    "BadFileInputError",
    "FileInputProblem",
    "parse_json",
    "parse_toml",
    "read_regular_file",
]

#: Bytes read per ``os.read`` call.
_CHUNK = 64 * 1024


class FileInputProblem(StrEnum):
    """Why a file could not be used."""

    NOT_REGULAR = "not-regular"
    TOO_LARGE = "too-large"
    UNREADABLE = "unreadable"
    NOT_UTF8 = "not-utf8"
    NOT_VALID = "not-valid"
    TOO_DEEP = "too-deep"


class BadFileInputError(Exception):
    """A file that cannot be used; ``str()`` is a sentence for the user.

    Attributes:
        path: The file.
        problem: What is wrong, as a :class:`FileInputProblem`.
        detail: The sentence shown to the user (without the path).
    """

    def __init__(self, path: Path, problem: FileInputProblem, detail: str) -> None:
        """Record the file, the kind of problem and its explanation."""
        self.path = path
        self.problem = problem
        self.detail = detail
        super().__init__(detail)


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """Return the bytes of ``path`` if it is a regular file of at most ``max_bytes``.

    Never blocks on a FIFO or device: the file is opened with ``O_NONBLOCK`` and its type
    is checked on the open descriptor (no race between the check and the read).

    Raises:
        FileNotFoundError: There is no such file (callers usually use defaults).
        BadFileInputError: Anything else that makes the file unusable.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise BadFileInputError(
            path, FileInputProblem.UNREADABLE, f"cannot be read ({exc.strerror or exc})"
        ) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise BadFileInputError(
                path,
                FileInputProblem.NOT_REGULAR,
                f"is {_kind_of(info.st_mode)}, not a regular file, so it was not read",
            )
        if info.st_size > max_bytes:
            raise _too_large(path, info.st_size, max_bytes)
        chunks: list[bytes] = []
        total = 0
        while True:
            try:
                chunk = os.read(fd, _CHUNK)
            except OSError as exc:
                raise BadFileInputError(
                    path, FileInputProblem.UNREADABLE, f"cannot be read ({exc.strerror or exc})"
                ) from exc
            if not chunk:
                break
            total += len(chunk)
            if total > max_bytes:  # the file grew while it was read
                raise _too_large(path, total, max_bytes)
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _too_large(path: Path, size: int, max_bytes: int) -> BadFileInputError:
    return BadFileInputError(
        path,
        FileInputProblem.TOO_LARGE,
        f"is too large ({size} bytes; at most {max_bytes} bytes are read), so it was not read",
    )


def _text(path: Path, raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadFileInputError(path, FileInputProblem.NOT_UTF8, "is not UTF-8 text") from exc


def _too_deep(path: Path) -> BadFileInputError:
    return BadFileInputError(
        path, FileInputProblem.TOO_DEEP, "is nested too deeply to be read (damaged or hostile)"
    )


def parse_json(path: Path, raw: bytes) -> Any:
    """Parse JSON read from ``path``.

    Raises:
        BadFileInputError: Not UTF-8, not valid JSON, or nested too deeply.
    """
    text = _text(path, raw)
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise _too_deep(path) from exc
    except ValueError as exc:
        detail = f"is not valid JSON ({exc})"
        raise BadFileInputError(path, FileInputProblem.NOT_VALID, detail) from exc


def parse_toml(path: Path, raw: bytes) -> dict[str, Any]:
    """Parse TOML read from ``path``.

    Raises:
        BadFileInputError: Not UTF-8, not valid TOML, or nested too deeply.
    """
    import tomllib  # the settings read JSON only: TOML loads with the catalog

    text = _text(path, raw)
    try:
        return tomllib.loads(text)
    except RecursionError as exc:
        raise _too_deep(path) from exc
    except tomllib.TOMLDecodeError as exc:
        raise BadFileInputError(path, FileInputProblem.NOT_VALID, f"not valid TOML: {exc}") from exc
