"""Fixtures for storage tests: a private data dir per test and stamp helpers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.core.clock import Stamp
from desktop_app.platform.paths import DataPaths
from desktop_app.storage.event_store import EventStore


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths.create(tmp_path / "data")


@pytest.fixture
def store(paths: DataPaths) -> Iterator[EventStore]:
    s = EventStore(paths)
    yield s
    s.close()


def stamp(y: int, mo: int, d: int, h: int = 9, mi: int = 0, tz: str = "Europe/Berlin") -> Stamp:
    """A stamp at a UTC wall time."""
    return Stamp(datetime(y, mo, d, h, mi, tzinfo=UTC), tz)
