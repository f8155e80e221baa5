"""A session flow on the test's store, with the shipped exercises and a fake clock."""

from __future__ import annotations

import random

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.commands.exercises import load as load_exercises
from desktop_app.core.catalog import Catalog
from desktop_app.core.settings import Settings
from desktop_app.platform.paths import DataPaths
from desktop_app.session_flow import SessionFlow
from desktop_app.storage.event_store import EventStore
from tests.helpers.clock import FakeClock


@pytest.fixture
def catalog(paths: DataPaths) -> Catalog:
    return load_exercises(paths)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def flow(qtbot: QtBot, store: EventStore, catalog: Catalog, clock: FakeClock) -> SessionFlow:
    """Plans for the upper-crossed profile; its draws are seeded."""
    return SessionFlow(
        store,
        lambda: catalog,
        lambda: Settings(profile="upper_crossed"),
        clock,
        random.Random(7),
        lambda: None,
    )
