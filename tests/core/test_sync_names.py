"""Conflict-copy, renamed and temporary file names in the sync folder."""

from __future__ import annotations

import pytest

from desktop_app.core.sync_names import (
    EVENT_EXTENSION,
    EVENT_FILE,
    NOTE_EXTENSION,
    NOTE_FILE,
    ConflictTool,
    FileRole,
    classify,
    event_file_name,
)


def _event(name: str) -> tuple[FileRole, str | None, ConflictTool | None]:
    role = classify(name, EVENT_FILE, EVENT_EXTENSION)
    return role.role, role.original, role.tool


@pytest.mark.parametrize(
    ("name", "tool"),
    [
        ("2026-11.sync-conflict-20261129-191322-ABCDEF7.jsonl", ConflictTool.SYNCTHING),
        ("2026-11 (Anna's conflicted copy 2026-11-29).jsonl", ConflictTool.DROPBOX_OR_NEXTCLOUD),
        (
            "2026-11 (Anna's conflicted copy 2026-11-29) (1).jsonl",
            ConflictTool.DROPBOX_OR_NEXTCLOUD,
        ),
        ("2026-11 (laptop conflicted copy 2026-11-29).jsonl", ConflictTool.DROPBOX_OR_NEXTCLOUD),
        ("2026-11 (conflicted copy 2026-11-29 191322).jsonl", ConflictTool.DROPBOX_OR_NEXTCLOUD),
        ("2026-11 (Conflicted Copy 2026-11-29 191322).jsonl", ConflictTool.DROPBOX_OR_NEXTCLOUD),
        ("2026-11_conflict-20261129-191322.jsonl", ConflictTool.OWNCLOUD),
    ],
)
def test_conflict_copies_of_an_event_file_name_their_original(
    name: str, tool: ConflictTool
) -> None:
    assert _event(name) == (FileRole.CONFLICT_COPY, "2026-11.jsonl", tool)


def test_our_names_renamed_copies_temporaries_and_strangers() -> None:
    assert _event("2026-11.jsonl") == (FileRole.OURS, "2026-11.jsonl", None)
    assert _event("2026-11 (1).jsonl")[0] is FileRole.RENAMED
    assert _event("Copy of 2026-11.jsonl")[0] is FileRole.RENAMED
    assert _event("old.JSONL")[0] is FileRole.RENAMED
    assert _event(".syncthing.2026-11.jsonl.tmp")[0] is FileRole.TEMPORARY
    assert _event("~syncthing~2026-11.jsonl.tmp")[0] is FileRole.TEMPORARY
    assert _event(".2026-11.jsonl.123.0.tmp")[0] is FileRole.TEMPORARY
    assert _event("2026-11.jsonl.part")[0] is FileRole.TEMPORARY
    assert _event("desktop.ini")[0] is FileRole.FOREIGN
    # A conflict copy of something that is not ours is only a renamed file at best.
    assert _event("notes.sync-conflict-20261129-191322-ABCDEF7.txt")[0] is FileRole.FOREIGN


def test_readable_roles() -> None:
    readable = {
        name: classify(name, EVENT_FILE, EVENT_EXTENSION).readable
        for name in (
            "2026-11.jsonl",
            "2026-11 (1).jsonl",
            ".x.tmp",
            "a.txt",
            "2026-11_conflict-20261129-191322.jsonl",
        )
    }
    assert readable == {
        "2026-11.jsonl": True,
        "2026-11 (1).jsonl": True,
        ".x.tmp": False,
        "a.txt": False,
        "2026-11_conflict-20261129-191322.jsonl": True,
    }


def test_note_names_are_computer_ids() -> None:
    name = "0f8e2b4c-1d2e-4f3a-9b8c-7d6e5f4a3b2c.json"
    assert classify(name, NOTE_FILE, NOTE_EXTENSION).role is FileRole.OURS
    copy = "0f8e2b4c-1d2e-4f3a-9b8c-7d6e5f4a3b2c.sync-conflict-20261129-191322-ABCDEF7.json"
    assert classify(copy, NOTE_FILE, NOTE_EXTENSION).original == name


def test_event_file_names_need_a_month() -> None:
    assert event_file_name("2026-01") == "2026-01.jsonl"
    with pytest.raises(ValueError):
        event_file_name("2026-1")
