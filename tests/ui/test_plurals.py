"""Counted words read as proper English: "1 second", "2 seconds" (Qt numerus forms)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop_app.commands import stats
from desktop_app.core.catalog import Dose
from desktop_app.core.events import SessionKind, Side
from desktop_app.core.player import Player
from desktop_app.core.player_view import Step
from desktop_app.core.session_plan import PlannedExercise, SessionPlan
from desktop_app.core.stats import ProgressView
from desktop_app.ui.translations import TS_FILE
from tests.helpers.clock import FakeClock
from tests.ui.test_session_window import CATALOG, advance

ROOT = Path(__file__).resolve().parents[2]
#: ``tr("…", "", n)`` and ``translate("Context", "…", "", n)`` calls in the sources.
NUMERUS_CALLS = (
    re.compile(r"""\btr\(\s*"([^"]*)",\s*"[^"]*",\s*[\w(]"""),
    re.compile(r"""\btranslate\(\s*"[^"]*",\s*"([^"]*)",\s*"[^"]*",\s*[\w(]"""),
    re.compile(r"""\b_t\(\s*"([^"]*)",\s*[\w(]"""),
)


def _numerus_messages() -> dict[str, list[str]]:
    tree = ET.parse(TS_FILE)
    found: dict[str, list[str]] = {}
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        found[source] = [f.text or "" for f in message.iter("numerusform")]
    return found


def test_every_counted_phrase_has_an_english_singular_and_plural() -> None:
    messages = _numerus_messages()
    in_code = set()
    for path in (ROOT / "desktop_app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern in NUMERUS_CALLS:
            in_code |= set(pattern.findall(text))
    assert in_code, "the pattern found no counted phrase at all"
    missing = sorted(in_code - messages.keys())
    assert not missing, f"run packaging/plural_forms.py: no English forms for {missing}"
    for source, forms in messages.items():
        assert len(forms) == 2 and all(forms), f"{source!r} lacks a form: {forms}"
        assert "(s)" not in "".join(forms), source


def test_translate_gives_singular_and_plural(qtbot: QtBot) -> None:
    del qtbot  # the QApplication (and its translator) must exist
    one = QCoreApplication.translate("SessionWindow", "%n exercise(s) planned", "", 1)
    two = QCoreApplication.translate("SessionWindow", "%n exercise(s) planned", "", 2)
    assert (one, two) == ("1 exercise planned", "2 exercises planned")


def test_hold_countdown_caption_says_second_at_one(qtbot: QtBot) -> None:
    from desktop_app.ui.session_runner import SessionRunner
    from desktop_app.ui.session_window import SessionWindow

    stretch = CATALOG.get("upper_trap_stretch")
    assert stretch is not None
    plan = SessionPlan(
        SessionKind.USER, (PlannedExercise(stretch, Dose(sets=1, hold_s=3), (Side.LEFT,)),), 0
    )
    clock = FakeClock()
    window = SessionWindow(SessionRunner(Player(plan, clock, session_id=1, ask_pain=False)))
    qtbot.addWidget(window)
    window.start()
    player = window.player
    advance(qtbot, clock, 5, lambda: player.step is Step.HOLD)
    assert window._exercise_page.ring._caption == "seconds"
    advance(qtbot, clock, 2, lambda: player.view().seconds_shown == 1)
    qtbot.waitUntil(lambda: window._exercise_page.ring._caption == "second")


def test_streak_of_one_day_in_the_stats_table() -> None:
    view = ProgressView(date(2026, 3, 2), weeks=(), current_streak=1, longest_streak=1)
    assert "Current streak: 1 day (longest 1 day)." in stats.table(view)
    view = ProgressView(date(2026, 3, 2), weeks=(), current_streak=2, longest_streak=5)
    assert "Current streak: 2 days (longest 5 days)." in stats.table(view)
