"""A sync folder per test, and records to put in it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.clock import Stamp
from desktop_app.core.events import RatingEvent, RatingKind
from desktop_app.core.sync_format import SyncRecord
from desktop_app.core.sync_records import pain_rating
from desktop_app.sync.folder import SyncFolder

DESK = UUID("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb")
LAPTOP = UUID("cccccccc-cccc-4ccc-8ccc-cccccccccccc")
START = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def rating(n: int, computer: UUID, at: datetime | None = None) -> SyncRecord:
    """Rating number ``n`` (its event id is ``n``), ``n`` minutes after 9:00 by default."""
    when = at if at is not None else START + timedelta(minutes=n)
    event = RatingEvent(Stamp(when, "Europe/Berlin"), RatingKind.BEFORE, n % 11)
    return pain_rating(event, event_id=UUID(int=n, version=4), computer_id=computer)


def ids(records: list[SyncRecord]) -> list[int]:
    """The ``n`` of each rating, in order."""
    return [r.event_id.int & 0xFFFF for r in records]


@pytest.fixture
def folder(tmp_path: Path) -> SyncFolder:
    root = tmp_path / "Sync"
    root.mkdir()
    return SyncFolder(root)
