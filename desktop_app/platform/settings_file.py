"""The settings file: versioned JSON, written atomically, private, never lost when broken.

Reading validates each key on its own (``core.settings_format.settings_from_mapping``): a bad key
falls back to its default and the others are kept (Stretchly #996 #1381: a corrupt settings
file crashed the app at start). A broken file is copied to ``settings.json.bak`` byte for
byte before the cleaned file replaces it, so nothing the user wrote is lost. A file from a
newer version is read as far as it validates and left untouched; if the user then saves,
the newer file is copied to ``settings.json.bak`` first.

Writes go through ``paths.write_private_file`` (temporary file created 0600, fsync, rename).

The file is untrusted input (``core.file_input``): only a regular file of at most
:data:`MAX_FILE_BYTES` is read, and JSON nested too deeply to parse counts as damaged. A
symbolic link is followed only under the link rule (``paths.checked_target``); a link the
rule refuses, a FIFO or an oversized file is not read, and is renamed to ``.bak`` before
the first save writes a regular file in its place.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.core.file_input import BadFileInputError, parse_json
from desktop_app.core.settings import SETTINGS_VERSION, Settings
from desktop_app.core.settings_format import (
    SettingsProblem,
    settings_from_mapping,
    settings_to_mapping,
)
from desktop_app.platform.paths import UnsafeLinkError, read_private_file, write_private_file

log = logging.getLogger(__name__)

#: Suffix of the kept copy of a broken settings file (``settings.json.bak``).
BACKUP_SUFFIX = ".bak"
#: Largest settings file read (a real one is about 1 KiB).
MAX_FILE_BYTES = 256 * 1024
#: Translation context of this module's messages.
CONTEXT = "SettingsFile"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SettingsSaveError(Exception):
    """Writing the settings file failed.

    Attributes:
        path: The file that could not be written.
        reason: The operating system's explanation.
    """

    def __init__(self, path: Path, reason: str) -> None:
        """Record where and why the write failed."""
        self.path = path
        self.reason = reason
        super().__init__(
            QCoreApplication.translate(
                "SettingsFile", "Could not save your settings to {path}: {reason}"
            ).format(path=path, reason=reason)
        )


def _reason(exc: Exception) -> str:
    return f"it {exc.detail}" if isinstance(exc, BadFileInputError) else str(exc).rstrip(".")


#: Longest problem line shown (a bad value is quoted, and it may be huge or deeply nested).
MAX_PROBLEM_CHARS = 160


def _short(text: str) -> str:
    return text if len(text) <= MAX_PROBLEM_CHARS else text[: MAX_PROBLEM_CHARS - 1] + "…"


def _problem_lines(problems: list[SettingsProblem]) -> str:
    return "\n".join(_short(f"  • {p.key}: {p.message}") for p in problems)


class SettingsFile:
    """Load and save :class:`~desktop_app.core.settings.Settings` as one JSON file.

    Args:
        path: The settings file, e.g. ``DataPaths.settings``.
    """

    def __init__(self, path: Path) -> None:
        """Remember the file; nothing is read until :meth:`load`."""
        self._path = path
        #: Bytes of a file :meth:`load` left in place (newer format, or no copy could be
        #: made): copied to ``.bak`` before the first save replaces them.
        self._original_to_keep: bytes | None = None
        #: The file could not be read as settings at all (a refused link, not a regular
        #: file, too large): renamed to ``.bak`` before the first save.
        self._move_aside_before_save = False

    @property
    def path(self) -> Path:
        """Return the settings file's path."""
        return self._path

    @property
    def backup_path(self) -> Path:
        """Return where a broken file is kept (``settings.json.bak``)."""
        return self._path.with_name(self._path.name + BACKUP_SUFFIX)

    # ----- loading

    def load(self) -> tuple[Settings, str | None]:
        """Read the settings; return them and a message for the user (None when all is well).

        Never raises: an unreadable, corrupt or partly invalid file gives defaults for what
        could not be used, and the message says what happened and where the original is.
        """
        try:
            raw = read_private_file(self._path, MAX_FILE_BYTES)
        except FileNotFoundError:
            return Settings(), None
        except (UnsafeLinkError, BadFileInputError) as exc:
            # Not parsed at all (a link the rule refuses, a FIFO, a huge file): left where
            # it is, and moved aside to .bak (never read, never written through) before
            # the first save puts a regular file in its place.
            log.error("settings: %s", exc)
            self._move_aside_before_save = True
            return Settings(), QCoreApplication.translate(
                "SettingsFile",
                "Could not read your settings file {path}: {reason}. Counterbalance uses "
                "the default settings for now. If you change settings, the file is first "
                "renamed to {backup}.",
            ).format(path=self._path, reason=_reason(exc), backup=self.backup_path.name)
        except OSError as exc:
            log.error("settings: cannot read %s: %s", self._path, exc)
            reason = exc.strerror or str(exc)
            return Settings(), QCoreApplication.translate(
                "SettingsFile",
                "Could not read your settings file {path} ({reason}). Counterbalance uses "
                "the default settings for now and leaves the file as it is.",
            ).format(path=self._path, reason=reason)

        data = self._parse(raw)
        if data is None:
            return self._recover(raw, Settings(), None)

        version = data.get("version", SETTINGS_VERSION)
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            # Treat it as the current format: each key is still checked on its own.
            settings, problems = settings_from_mapping(data)
            problems.insert(0, SettingsProblem("version", f"not a format number: {version!r}"))
            return self._recover(raw, settings, _problem_lines(problems))

        settings, problems = settings_from_mapping(data)
        if version > SETTINGS_VERSION:
            self._original_to_keep = raw
            log.warning(
                "settings: %s has format %d (this version reads %d): left untouched",
                self._path,
                version,
                SETTINGS_VERSION,
            )
            return settings, QCoreApplication.translate(
                "SettingsFile",
                "Your settings file {path} was written by a newer version of Counterbalance "
                "(format {found}; this version reads format {known}). The settings this "
                "version understands were loaded; the file was left unchanged (if you change "
                "settings here, it is first copied to {backup}).",
            ).format(
                path=self._path,
                found=version,
                known=SETTINGS_VERSION,
                backup=self.backup_path.name,
            )

        if problems:
            return self._recover(raw, settings, _problem_lines(problems))
        return settings, None

    def _parse(self, raw: bytes) -> dict[str, Any] | None:
        try:
            data = parse_json(self._path, raw)
        except BadFileInputError as exc:  # includes nesting deep enough to recurse
            log.warning("settings: %s %s", self._path, exc)
            return None
        return data if isinstance(data, dict) else None

    def _recover(self, raw: bytes, settings: Settings, details: str | None) -> tuple[Settings, str]:
        """Keep the original bytes as ``.bak``, write the cleaned file, explain.

        ``details`` lists the bad keys; None means the whole file was unusable.
        """
        if details is None:
            log.warning("settings: %s is not a JSON object: using defaults", self._path)
            headline = QCoreApplication.translate(
                "SettingsFile",
                "Your settings file {path} is damaged (it is not valid settings data), "
                "so the default settings are used.",
            ).format(path=self._path)
        else:
            log.warning("settings: problems in %s:\n%s", self._path, details)
            headline = QCoreApplication.translate(
                "SettingsFile",
                "Some settings in {path} could not be used and were reset to their "
                "defaults:\n{details}",
            ).format(path=self._path, details=details)
        try:
            self._write(self.backup_path, raw)
        except SettingsSaveError as exc:
            # Without a copy the broken file must stay where it is: do not overwrite it.
            log.error("settings: cannot keep a copy of the broken file: %s", exc)
            self._original_to_keep = raw
            return settings, headline + "\n" + QCoreApplication.translate(
                "SettingsFile",
                "The file was left as it is, because a copy could not be made ({reason}).",
            ).format(reason=exc.reason)
        try:
            self.save(settings)
        except SettingsSaveError as exc:
            log.error("settings: cannot write the cleaned file: %s", exc)
        return settings, headline + "\n" + QCoreApplication.translate(
            "SettingsFile", "Your original file was kept as {backup}."
        ).format(backup=self.backup_path)

    # ----- saving

    def save(self, settings: Settings) -> None:
        """Write ``settings`` atomically (temporary file + rename), readable by the owner only.

        Raises:
            SettingsSaveError: The file could not be written; the old file is unchanged.
        """
        if self._move_aside_before_save:
            try:
                os.replace(self._path, self.backup_path)  # renames a link, never its target
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise SettingsSaveError(self._path, exc.strerror or str(exc)) from exc
            self._move_aside_before_save = False
        if self._original_to_keep is not None:
            # Replacing a file the user may still want (newer format, or broken and not
            # yet copied): keep its bytes first; if that fails, nothing is replaced.
            self._write(self.backup_path, self._original_to_keep)
            self._original_to_keep = None
        text = json.dumps(settings_to_mapping(settings), indent=2, ensure_ascii=False)
        self._write(self._path, (text + "\n").encode("utf-8"))

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        try:
            write_private_file(path, data)
        except OSError as exc:
            raise SettingsSaveError(path, exc.strerror or str(exc)) from exc
