"""The app's log file: capped in size, rotated into a few older files, always private.

Replaces the standard library's ``RotatingFileHandler`` (whose module also loads
``socket``, ``pickle`` and ``queue`` for handlers the app never uses: 0.6 MiB of resident
memory all day). Two things it does differently: every file it opens is made private
(0600) whatever the umask, and a rotation that fails (a folder or a file of another user
where an older log should go) leaves the app logging to the current file, which then
grows past the cap, instead of going silent.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TextIO

from desktop_app.platform.paths import make_private


class CappedLogFile(logging.FileHandler):
    """Append to ``path``; past ``max_bytes`` it becomes ``path.1`` (``.1`` → ``.2``, …)."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self._path = path
        self._max_bytes = max_bytes
        self._backups = backups
        make_private(path)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_for(record):
                self._rotate()
        except OSError:
            self._reopen()  # logging goes on in the current file
        super().emit(record)

    def _full_for(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            return False
        size = self.stream.seek(0, os.SEEK_END)
        incoming = len(self.format(record).encode("utf-8", "replace")) + 1
        return size > 0 and size + incoming > self._max_bytes

    def _older(self, number: int) -> Path:
        return self._path.with_name(f"{self._path.name}.{number}")

    def _rotate(self) -> None:
        self._close_stream()
        for number in range(self._backups - 1, 0, -1):
            if self._older(number).is_file():
                os.replace(self._older(number), self._older(number + 1))
        if self._backups > 0:
            os.replace(self._path, self._older(1))
        else:
            self._path.unlink(missing_ok=True)
        self._reopen()

    def _reopen(self) -> None:
        if self.stream is None or self.stream.closed:
            self.stream = self._open()
        make_private(self._path)

    def _close_stream(self) -> None:
        """Close the open file (the next record opens it again)."""
        stream: TextIO | None = self.stream
        if stream is not None:
            stream.flush()
            stream.close()
        self.stream = None
