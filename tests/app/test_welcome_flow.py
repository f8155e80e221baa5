"""After the welcome: a note says where the app lives and when the first break comes."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import CounterbalanceApp
from desktop_app.platform.paths import DataPaths
from desktop_app.ui.onboarding import OnboardingResult
from desktop_app.ui.ready_note import ReadyNote
from tests.helpers.clock import FakeClock


def test_evening_onboarding_shows_the_note_and_no_daily_session_today(
    qtbot: QtBot, paths: DataPaths
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # 17:50 UTC = 18:50 in Berlin: the default daily time (17:00) has passed.
    clock = FakeClock(datetime(2026, 3, 4, 17, 50, tzinfo=UTC), tz="Europe/Berlin")
    shell = CounterbalanceApp(app, paths, clock, 1.0)
    try:
        shell._welcome._on_completed(OnboardingResult("both", "none", "none", ()))

        def notes() -> list[ReadyNote]:
            return [w for w in app.topLevelWidgets() if isinstance(w, ReadyNote) and w.isVisible()]

        # The note comes once the break service runs (its modules load in the background).
        qtbot.waitUntil(lambda: bool(notes()), timeout=10000)
        notes = notes()
        assert len(notes) == 1
        note = notes[0]
        assert "system tray" in note.where.text()
        assert re.search(
            r"first short break comes in about <b>\d+ min</b> of computer use", note.when.text()
        )
        assert note.daily.text().startswith("Your longer daily session starts tomorrow at")
        state = json.loads((paths.root / "policy_state.json").read_text())
        assert state["daily_offered_on"] == "2026-03-04"
        note.close()
    finally:
        shell.quit()
        shell.shutdown()
