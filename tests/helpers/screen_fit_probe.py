"""Subprocess side of tests/helpers/screen_fit.py: open every window, print the fits as JSON.

Run by :func:`tests.helpers.screen_fit.probe` under a given screen set-up. Each window is
opened the way the app opens it (``start()``, ``present()``, the presenter's ``show()``,
or ``show()`` on a freshly built dialog). Every page of every stacked widget and tab
widget is visited, so a control on a later page counts too.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from desktop_app.ui.screen_fit import FRAME_ALLOWANCE

ROOT = Path(__file__).resolve().parents[2]
TODAY = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit)


def _session() -> QWidget:
    from desktop_app.core.catalog import Dose
    from desktop_app.core.catalog_files import load_catalog
    from desktop_app.core.events import SessionKind, Side
    from desktop_app.core.player import Player
    from desktop_app.core.session_plan import PlannedExercise, SessionPlan
    from desktop_app.ui.session_runner import SessionRunner
    from desktop_app.ui.session_window import SessionWindow
    from desktop_app.ui.translations import localize_catalog
    from tests.helpers.clock import FakeClock

    catalog = localize_catalog(load_catalog(ROOT / "resources" / "exercises"))
    stretch, tilt = catalog.get("upper_trap_stretch"), catalog.get("pelvic_tilt_seated")
    assert stretch is not None and tilt is not None
    plan = SessionPlan(
        SessionKind.DAILY,
        (
            PlannedExercise(stretch, Dose(sets=2, hold_s=20), (Side.LEFT, Side.RIGHT)),
            PlannedExercise(tilt, Dose(sets=1, reps=8, tempo_s=3), (Side.BOTH,)),
        ),
        0,
    )
    window = SessionWindow(SessionRunner(Player(plan, FakeClock(TODAY), session_id=1)))
    window.start()
    return window


def _prompts() -> Iterator[tuple[str, QWidget]]:
    from desktop_app.core.events import PromptKind
    from desktop_app.ui.break_prompt import BreakPrompt, BreakPromptView

    names = ("Neck side stretch", "Seated pelvic tilt", "Chin tuck")
    views = {
        "micro": BreakPromptView(PromptKind.MICROBREAK, "3 exercises · about 3 min", names),
        "daily": BreakPromptView(PromptKind.DAILY, "9 exercises · about 11 min", names),
        # Every button shown ("At my next pause" needs a working idle backend).
        "at_pause": BreakPromptView(
            PromptKind.MICROBREAK, "3 exercises · about 3 min", names, can_start_at_pause=True
        ),
        "makeup_limit": BreakPromptView(
            PromptKind.MAKEUP, "3 exercises · about 3 min", names, (5, 10, 15), 0, 3
        ),
    }
    for name, view in views.items():
        prompt = BreakPrompt(view)
        prompt.present()
        yield f"prompt/{name}", prompt


def _progress() -> QWidget:
    from desktop_app.commands import demo_data
    from desktop_app.core.clock import Stamp
    from desktop_app.platform.paths import DataPaths
    from desktop_app.storage.event_store import EventStore
    from desktop_app.ui.progress_presenter import ProgressPresenter
    from tests.helpers.clock import FakeClock

    paths = DataPaths.create(Path(os.environ["CB_FIT_DATA"]))
    demo_data.generate(paths, 0.3, 7, Stamp(TODAY, "Europe/Berlin").local_date, "Europe/Berlin")
    presenter = ProgressPresenter(EventStore(paths), FakeClock(TODAY))
    from desktop_app.core.catalog_files import load_catalog
    from desktop_app.platform.paths import resources_dir

    catalog = load_catalog(resources_dir() / "exercises")
    # As the app does: the row of body regions worked this week is shown.
    presenter.set_exercise_regions({ex.id: ex.region for ex in catalog.exercises})
    loaded: list[object] = []
    presenter.view_loaded.connect(loaded.append)
    presenter.show()
    app = QApplication.instance()
    assert app is not None
    presenter.wait()
    for _ in range(200):
        app.processEvents()
        if loaded:
            break
    window = presenter.window
    assert window is not None
    window.setProperty("cbPresenter", presenter)  # keep it alive with the window
    return window


def _dialogs() -> Iterator[tuple[str, QWidget]]:
    from PySide6.QtGui import QIcon

    from desktop_app.core.settings import Settings
    from desktop_app.ui.no_tray_window import NoTrayWindow
    from desktop_app.ui.onboarding import OnboardingDialog
    from desktop_app.ui.pain_rating import DayPainDialog
    from desktop_app.ui.settings_dialog import SettingsDialog
    from desktop_app.ui.symptoms_dialog import SymptomsDialog
    from tests.helpers.clock import FakeClock

    builders: dict[str, Callable[[], QWidget]] = {
        "onboarding": OnboardingDialog,
        "settings": lambda: SettingsDialog(Settings(), False),
        "symptoms": SymptomsDialog,
        "day_pain": lambda: DayPainDialog(FakeClock(TODAY)),
        "no_tray": lambda: NoTrayWindow(QIcon()),
        "ready": _ready_note,
    }
    for name, build in builders.items():
        window = build()
        window.show()
        yield name, window


def _ready_note() -> QWidget:
    from datetime import date, time

    from desktop_app.core.first_run import DailyStart, FirstRunPlan
    from desktop_app.ui.ready_note import AppPlace, ReadyNote, ReadyNoteView

    plan = FirstRunPlan(45, DailyStart.TOMORROW, date(2026, 3, 5), True)
    return ReadyNote(ReadyNoteView(plan, time(17, 0), AppPlace.TRAY))


def all_windows() -> Iterator[tuple[str, QWidget]]:
    """Yield (name, shown window) for every window of the app."""
    yield "session", _session()
    yield from _prompts()
    yield "progress", _progress()
    yield from _dialogs()


def _pages(window: QWidget) -> Iterator[str]:
    """Visit every combination worth checking: each page of each stacked widget in turn."""
    yield ""
    for stack in window.findChildren(QStackedWidget):
        if not stack.isVisibleTo(window):
            continue
        start = stack.currentIndex()
        for index in range(stack.count()):
            if index == start:
                continue
            stack.setCurrentIndex(index)
            yield f"{stack.objectName() or 'page'}{index}"
        stack.setCurrentIndex(start)


def _unreachable(window: QWidget) -> list[str]:
    bad: list[str] = []
    inside = window.rect()
    for control in window.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or not control.isVisibleTo(window):
            continue
        target: QWidget = control
        parent = control.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea) and not isinstance(control, QComboBox):
                target = parent  # scrolled into view on focus
            parent = parent.parentWidget()
        rect = QRect(target.mapTo(window, QPoint(0, 0)), target.size())
        label = control.accessibleName() or control.objectName() or type(control).__name__
        if not inside.contains(rect):
            bad.append(f"{label}: outside at {rect.getRect()}")
        # Width only: a squashed width cuts text off; style sheets legitimately set
        # heights a few pixels under Qt's own hint (padding + min-height) without clipping.
        hint = control.minimumSizeHint()
        if control.width() < hint.width() - 1:
            bad.append(f"{label}: squashed to {control.width()}x{control.height()}")
    # Text in a scrolled page must wrap to its width: sideways scrolling hides the ends
    # of lines (Polish cards and region chips ran off the Progress window).
    for scroll in window.findChildren(QScrollArea):
        if scroll.isVisibleTo(window) and scroll.horizontalScrollBar().maximum() > 0:
            name = scroll.accessibleName() or scroll.objectName() or "scroll area"
            content = scroll.widget()
            wide = content.minimumSizeHint().width() if content is not None else 0
            bad.append(f"{name}: scrolls sideways ({wide} px in {scroll.viewport().width()})")
    return bad


def main() -> int:
    """Open every window, measure it, print one JSON line."""
    QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    app = QApplication(sys.argv[:1])
    from desktop_app.ui.translations import install_translations

    # The app's translators; extra environment may pick a language or the pseudo-language.
    translators = install_translations(app)
    rows: list[dict[str, object]] = []
    for name, window in all_windows():
        for page in _pages(window):
            app.processEvents()
            screen = window.screen()
            outer = window.geometry().marginsAdded(FRAME_ALLOWANCE)
            rows.append(
                {
                    "window": f"{name}/{page}" if page else name,
                    "outer": list(outer.getRect()),
                    "area": list(screen.availableGeometry().getRect()),
                    "unreachable": _unreachable(window),
                }
            )
        window.hide()
    print(json.dumps(rows))
    del translators
    return 0


if __name__ == "__main__":
    sys.exit(main())
