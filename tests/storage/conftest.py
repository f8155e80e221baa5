"""Stamp helpers for storage tests (the data dir and store fixtures are in tests/conftest)."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop_app.core.clock import Stamp


def stamp(y: int, mo: int, d: int, h: int = 9, mi: int = 0, tz: str = "Europe/Berlin") -> Stamp:
    """A stamp at a UTC wall time."""
    return Stamp(datetime(y, mo, d, h, mi, tzinfo=UTC), tz)
