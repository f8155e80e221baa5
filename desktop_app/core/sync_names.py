"""What a file name in the sync folder is: ours, a sync tool's conflict copy, or a temporary.

Each computer writes only files named after itself, so the sync tool should never see two
computers change one file. It still happens (a cloned installation, a restored backup, a
tool that counts a metadata change as an edit), and then the tool keeps both versions,
renaming one. Known conflict-copy names, with ``2026-11.jsonl`` as the original:

- Syncthing: ``2026-11.sync-conflict-20261129-191322-ABCDEFG.jsonl`` (date, time and the
  first 7 characters of the device id that made the losing change, before the extension);
- Dropbox: ``2026-11 (Anna's conflicted copy 2026-11-29).jsonl``, possibly followed by
  `` (1)``; older clients wrote ``(… conflicted copy …)`` without the possessive;
- Nextcloud desktop 2.5 and later: ``2026-11 (conflicted copy 2026-11-29 191322).jsonl``;
- ownCloud and Nextcloud before 2.5: ``2026-11_conflict-20261129-191322.jsonl``.

Conflict copies are read like the original: every line carries its event id, so an event
found in both is imported once. Files renamed or duplicated by hand (``2026-11 (1).jsonl``,
``Copy of 2026-11.jsonl``) are read too, for the same reason: the reader trusts the lines,
not the names. Temporaries (Syncthing's ``.syncthing.*.tmp`` and ``~syncthing~*.tmp``,
any name starting with ``.`` or ``~``, ``*.tmp``, ``*.part``) are never read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class ConflictTool(StrEnum):
    """The sync tool a conflict-copy name comes from."""

    SYNCTHING = "syncthing"
    DROPBOX_OR_NEXTCLOUD = "dropbox_or_nextcloud"
    OWNCLOUD = "owncloud"


class FileRole(StrEnum):
    """What a file in the sync folder is, judged by its name."""

    #: The name this app writes.
    OURS = "ours"
    #: A sync tool's conflict copy of a file named like ours.
    CONFLICT_COPY = "conflict_copy"
    #: Another name with our extension (renamed or duplicated by hand): read it too.
    RENAMED = "renamed"
    #: A sync tool's or editor's temporary: never read.
    TEMPORARY = "temporary"
    #: Anything else: left alone.
    FOREIGN = "foreign"


@dataclass(frozen=True, slots=True)
class NameRole:
    """A file name's role; ``original`` is the name it is a copy of, for conflict copies."""

    role: FileRole
    original: str | None = None
    tool: ConflictTool | None = None

    @property
    def readable(self) -> bool:
        """True when the reader should read the file's lines."""
        return self.role in (FileRole.OURS, FileRole.CONFLICT_COPY, FileRole.RENAMED)


_CONFLICT_PATTERNS: tuple[tuple[ConflictTool, re.Pattern[str]], ...] = (
    (
        ConflictTool.SYNCTHING,
        re.compile(r"^(?P<stem>.+)\.sync-conflict-\d{8}-\d{6}-[A-Za-z0-9]{7}(?P<ext>\.[^.]+)?$"),
    ),
    (
        ConflictTool.DROPBOX_OR_NEXTCLOUD,
        re.compile(
            r"^(?P<stem>.+?) \([^()]*conflicted copy[^()]*\)(?: \(\d+\))?(?P<ext>\.[^.]+)?$",
            re.IGNORECASE,
        ),
    ),
    (
        ConflictTool.OWNCLOUD,
        re.compile(r"^(?P<stem>.+)_conflict-\d{8}-\d{6}(?P<ext>\.[^.]+)?$"),
    ),
)

_TEMPORARY_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload")


def conflict_original(name: str) -> tuple[str, ConflictTool] | None:
    """Return the original name and tool when ``name`` is a conflict copy, else None."""
    for tool, pattern in _CONFLICT_PATTERNS:
        match = pattern.match(name)
        if match is not None:
            return match["stem"] + (match["ext"] or ""), tool
    return None


def classify(name: str, ours: re.Pattern[str], extension: str) -> NameRole:
    """Return the role of file ``name`` in a folder whose own names match ``ours``.

    Args:
        name: The file name (no folder).
        ours: Pattern matching the whole of a name this app writes there.
        extension: Our extension with its dot (``.jsonl``); renamed files keep it.
    """
    lowered = name.lower()
    if name.startswith((".", "~")) or lowered.endswith(_TEMPORARY_SUFFIXES):
        return NameRole(FileRole.TEMPORARY)
    if ours.fullmatch(name):
        return NameRole(FileRole.OURS, original=name)
    copy = conflict_original(name)
    if copy is not None and ours.fullmatch(copy[0]):
        return NameRole(FileRole.CONFLICT_COPY, original=copy[0], tool=copy[1])
    if lowered.endswith(extension):
        return NameRole(FileRole.RENAMED)
    return NameRole(FileRole.FOREIGN)


#: Names of event files: one per computer and UTC month.
EVENT_FILE = re.compile(r"\d{4}-\d{2}\.jsonl")
EVENT_EXTENSION = ".jsonl"
#: Names of activity notes: one per computer, named by its id.
NOTE_FILE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json")
NOTE_EXTENSION = ".json"


def event_file_name(month: str) -> str:
    """Return the name of the event file for a ``YYYY-MM`` month."""
    name = f"{month}{EVENT_EXTENSION}"
    if not EVENT_FILE.fullmatch(name):
        raise ValueError(f"not a month: {month!r}")
    return name
