"""Event ids made at insert, kept on a second store; every reader fails as StoreError."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any
from uuid import uuid4

import pytest

from desktop_app.core.events import (
    PromptEvent,
    PromptKind,
    RatingEvent,
    RatingKind,
    SafetyEvent,
    SessionEvent,
    SessionKind,
    SetEvent,
    Side,
)
from desktop_app.platform.paths import DataPaths
from desktop_app.storage.event_store import EventStore, StoreError
from desktop_app.storage.faults import StorageFault
from desktop_app.storage.write_queue import WriteQueue
from tests.helpers.clock import stamp

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def test_each_stored_event_gets_a_unique_id_and_this_computer(store: EventStore) -> None:
    at = stamp(2026, 3, 2)
    prompt = store.add_prompt(PromptEvent(at, PromptKind.MICROBREAK))
    session = store.start_session(SessionEvent(at, SessionKind.MICROBREAK, prompt_id=prompt))
    for _ in range(3):
        store.add_set(SetEvent(session, "chin_tuck", Side.BOTH, at))
    store.add_rating(RatingEvent(at, RatingKind.BEFORE, 3, session_id=session))
    store.add_safety_event(SafetyEvent(at, "numbness", session_id=session))
    events: list[Any] = [
        *store.prompts_since(EPOCH),
        *store.sessions_since(EPOCH),
        *store.sets_since(EPOCH),
        *store.ratings_since(EPOCH),
        *store.safety_events_since(EPOCH),
    ]
    assert len(events) == 7
    ids = {e.event_id for e in events}
    assert len(ids) == 7 and all(i is not None and i.version == 4 for i in ids)
    assert {e.computer_id for e in events} == {store.computer_id()}
    again = {e.event_id for e in store.sets_since(EPOCH)}
    assert again <= ids  # read twice: the same ids


def test_ids_come_from_the_injected_random_source(paths: DataPaths) -> None:
    made = []
    for name in ("a", "b"):
        s = EventStore(DataPaths.create(paths.root / name), rng=random.Random(5))
        s.add_rating(RatingEvent(stamp(2026, 3, 2), RatingKind.DAY_AVERAGE, 2))
        made.append(s.ratings_since(EPOCH)[0].event_id)
        s.close()
    assert made[0] == made[1]


def test_storing_an_event_again_keeps_its_first_id(store: EventStore) -> None:
    """A replayed write (same row id) never gives the event a second identity."""
    rating = RatingEvent(stamp(2026, 3, 2), RatingKind.DAY_AVERAGE, 2, id=77)
    store.add_rating(rating)
    (first,) = store.ratings_since(EPOCH)
    store.add_rating(rating)  # no event id given: one would be drawn
    store.add_rating(replace(rating, event_id=uuid4()))  # another one given
    (after,) = store.ratings_since(EPOCH)
    assert after.event_id == first.event_id and after.computer_id == first.computer_id


def test_queued_and_direct_ids_never_collide(store: EventStore) -> None:
    queue = WriteQueue(store)
    queue.start()
    for n in range(20):
        queue.add_rating(RatingEvent(stamp(2026, 3, 2, 9, n), RatingKind.DURING, 1))
        store.add_rating(RatingEvent(stamp(2026, 3, 2, 10, n), RatingKind.DURING, 1))
    assert queue.flush(20)
    queue.close()
    ids = [r.event_id for r in store.ratings_since(EPOCH)]
    assert len(ids) == 40 and len(set(ids)) == 40


READERS: dict[str, Callable[[EventStore], object]] = {
    "prompts_since": lambda s: s.prompts_since(EPOCH),
    "sessions_since": lambda s: s.sessions_since(EPOCH),
    "sets_since": lambda s: s.sets_since(EPOCH),
    "ratings_since": lambda s: s.ratings_since(EPOCH),
    "safety_events_since": lambda s: s.safety_events_since(EPOCH),
    "state": lambda s: s.state("notice.told"),
    "safety_state": lambda s: s.safety_state(),
    "computer_id": lambda s: s.computer_id(),
    "day_totals": lambda s: s.day_totals(date(2026, 1, 1), date(2026, 3, 1)),
    "safety_notes": lambda s: s.safety_notes(date(2026, 1, 1), date(2026, 3, 1)),
    "progress": lambda s: s.progress(date(2026, 3, 1), 4),
    "queued ratings_since": lambda s: WriteQueue(s).ratings_since(EPOCH),
    "queued safety_state": lambda s: WriteQueue(s).safety_state(),
}


@pytest.mark.parametrize("reader", READERS.values(), ids=READERS.keys())
def test_a_failing_read_raises_store_error(
    paths: DataPaths, reader: Callable[[EventStore], object]
) -> None:
    paths.database.write_bytes(b"a shopping list, not a database\n" * 200)
    store = EventStore(paths)
    with pytest.raises(StoreError, match="could not read your data") as caught:
        reader(store)
    assert caught.value.fault is StorageFault.DAMAGED
    assert "shopping" not in str(caught.value)
    store.close()
