"""Start-up memory handed back to the OS: cheap, and without dropping a cached line."""

from __future__ import annotations

import gc
import linecache
from collections.abc import Iterator

import pytest

from desktop_app.platform.process_setup import release_startup_memory


@pytest.fixture
def collections_seen() -> Iterator[list[int]]:
    """Record the generation of every cycle collection that runs meanwhile."""
    seen: list[int] = []

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(on_gc)
    try:
        yield seen
    finally:
        gc.callbacks.remove(on_gc)


def test_release_runs_no_full_collection(collections_seen: list[int]) -> None:
    # A full collection walks every object the start-up made (about 8 ms of CPU in the
    # tray's first 15 s) and measured no change in RSS: 64.6 MiB with or without it,
    # three runs each. Collections stay with the GUI thread's own thresholds.
    gc.collect(0)  # anything due is done before the release
    collections_seen.clear()
    release_startup_memory()
    assert 2 not in collections_seen


def test_release_drops_the_source_cache() -> None:
    linecache.getline(__file__, 1)
    assert __file__ in linecache.cache
    release_startup_memory()
    assert __file__ not in linecache.cache
