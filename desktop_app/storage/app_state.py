"""Typed app state: the safety state read and written as one, plus small notices.

The values live in the ``app_state`` key/value table under the keys of
:data:`SAFETY_KEYS` (the names earlier versions wrote, so no data migration is needed);
:class:`SafetyState` is what callers see, and :meth:`AppStateStore.set_safety_state`
writes all its keys in one transaction. The key/value codec here is standard library
only, so the write queue can lay queued changes over the stored state without SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from desktop_app.storage.store_file import StoreFile

#: Key of each SafetyState field in ``app_state``.
SAFETY_KEYS: Mapping[str, str] = {
    "locked": "safety.locked",
    "stopped_regions": "safety.stopped_regions",
    "rising_notified_week": "safety.rising_notified_week",
    "last_screening": "safety.last_screening",
}


@dataclass(frozen=True, slots=True)
class SafetyState:
    """What the safety rules remember between sessions.

    Attributes:
        locked: A red flag locked the programme until an assessment is confirmed.
        stopped_regions: Exercise regions a safety check took out of the programme.
        rising_notified_week: ISO week (``2026-W09``) the rising-pain advice was last
            given in, so it is given at most once a week.
        last_screening: When the red-flag checklist was last answered (aware UTC).
    """

    locked: bool = False
    stopped_regions: frozenset[str] = field(default_factory=frozenset)
    rising_notified_week: str | None = None
    last_screening: datetime | None = None


def safety_values(state: SafetyState) -> dict[str, str]:
    """The ``app_state`` rows that hold ``state``."""
    return {
        SAFETY_KEYS["locked"]: "1" if state.locked else "0",
        SAFETY_KEYS["stopped_regions"]: ",".join(sorted(state.stopped_regions)),
        SAFETY_KEYS["rising_notified_week"]: state.rising_notified_week or "",
        SAFETY_KEYS["last_screening"]: (
            state.last_screening.isoformat() if state.last_screening else ""
        ),
    }


def safety_from_values(value: Callable[[str], str | None]) -> SafetyState:
    """Read a SafetyState from ``app_state`` values (``value(key)``; None when unset)."""
    regions = value(SAFETY_KEYS["stopped_regions"]) or ""
    screened = value(SAFETY_KEYS["last_screening"])
    try:
        last = datetime.fromisoformat(screened) if screened else None
    except ValueError:
        last = None
    return SafetyState(
        locked=value(SAFETY_KEYS["locked"]) == "1",
        stopped_regions=frozenset(r for r in regions.split(",") if r),
        rising_notified_week=value(SAFETY_KEYS["rising_notified_week"]) or None,
        last_screening=last,
    )


class AppStateStore(StoreFile):
    """Small records kept beside the events: the safety state and one-off notices."""

    def set_state(self, key: str, value: str) -> None:
        """Store a small key/value record (e.g. that a notice was shown once)."""
        self.set_states({key: value})

    def set_states(self, values: Mapping[str, str]) -> None:
        """Store several key/value records in one transaction."""
        from sqlmodel import Session

        from desktop_app.storage.tables import AppStateRow

        with self._saving(), Session(self._engine()) as session:
            for key, value in values.items():
                session.merge(AppStateRow(key=key, value=value))
            session.commit()

    def state(self, key: str) -> str | None:
        """Read a key/value record (None when unset or when no data file exists yet)."""
        return self.states((key,))[key]

    def states(self, keys: tuple[str, ...]) -> dict[str, str | None]:
        """Read several key/value records at once (None for each unset one)."""
        found: dict[str, str | None] = dict.fromkeys(keys)
        if not self._has_data():
            return found
        from sqlmodel import Session, col, select

        from desktop_app.storage.tables import AppStateRow

        with self._reading(), Session(self._engine()) as session:
            rows = session.exec(select(AppStateRow).where(col(AppStateRow.key).in_(keys)))
            found.update({row.key: row.value for row in rows.all()})
        return found

    def safety_state(self) -> SafetyState:
        """Read the safety state (all defaults before anything was stored)."""
        values = self.states(tuple(SAFETY_KEYS.values()))
        return safety_from_values(values.__getitem__)

    def set_safety_state(self, state: SafetyState) -> None:
        """Store the whole safety state in one transaction."""
        self.set_states(safety_values(state))
