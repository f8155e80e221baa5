"""The idle-source contract and the source used when nothing else works."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class IdleUnavailableError(RuntimeError):
    """Raise when a backend cannot work in this session (library, display or service missing)."""


class IdleSource(Protocol):
    """Tell how long the user has not touched keyboard or mouse."""

    name: str

    def idle_seconds(self) -> float | None:
        """Return seconds since the last user input, or None when unknown right now."""
        ...


class NoIdleSource:
    """The idle source of last resort: always unknown.

    The break policy then counts all time as active; the app tells the user once,
    quoting :attr:`reasons` in the log so a bug report says why each backend failed.
    """

    name = "none"

    def __init__(self, reasons: Sequence[str] = ()) -> None:
        self.reasons: tuple[str, ...] = tuple(reasons)

    def idle_seconds(self) -> float | None:
        """Return None: idle time is unknown."""
        return None
