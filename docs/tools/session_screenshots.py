"""Screenshots of the session window at each step, light and dark (docs/screenshots/session_*).

Usage:
  QT_QPA_PLATFORM=offscreen python docs/tools/session_screenshots.py [--out DIR]

Drives the real session window (offscreen, a fake clock) through a two-exercise
microbreak, the upper trapezius stretch on both sides then seated pelvic tilts, and saves
``session_pain``, ``session_get_ready``, ``session_hold``, ``session_feel`` and
``session_done`` (920×620), plus ``session_hold_dark`` and ``session_done_dark``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.core.catalog import Dose  # noqa: E402
from desktop_app.core.catalog_files import load_catalog  # noqa: E402
from desktop_app.core.events import SessionKind, Side  # noqa: E402
from desktop_app.core.player import Player  # noqa: E402
from desktop_app.core.player_view import Step  # noqa: E402
from desktop_app.core.session_plan import PlannedExercise, SessionPlan  # noqa: E402
from desktop_app.platform.paths import resources_dir  # noqa: E402
from desktop_app.ui.session_runner import SessionRunner  # noqa: E402
from desktop_app.ui.session_window import SessionWindow  # noqa: E402
from tests.helpers.clock import FakeClock  # noqa: E402

SIZE = (920, 620)


def plan() -> SessionPlan:
    """The two-exercise microbreak the screenshots show."""
    catalog = load_catalog(resources_dir() / "exercises")
    stretch = catalog.get("upper_trap_stretch")
    tilt = catalog.get("pelvic_tilt_seated")
    assert stretch is not None and tilt is not None
    return SessionPlan(
        SessionKind.MICROBREAK,
        (
            PlannedExercise(stretch, Dose(sets=1, hold_s=20), (Side.LEFT, Side.RIGHT)),
            PlannedExercise(tilt, Dose(sets=1, reps=2, tempo_s=3), (Side.BOTH,)),
        ),
        0,
    )


def wait(until: Callable[[], bool], ms: int = 3000) -> None:
    """Process events until ``until()`` holds."""
    for _ in range(ms // 10):
        if until():
            break
        QTest.qWait(10)
    if not until():
        raise RuntimeError("the session did not reach the expected step")
    QTest.qWait(150)  # let the figure and the ring paint


def shoot(out: Path, dark: bool) -> list[Path]:
    """Walk one session and save its steps; return the files written."""
    clock = FakeClock()
    window = SessionWindow(SessionRunner(Player(plan(), clock, session_id=1)))
    window.resize(*SIZE)
    window.show()
    window.start()
    player = window.player
    suffix = "_dark" if dark else ""
    written: list[Path] = []

    def save(name: str) -> None:
        if dark and name not in ("session_hold", "session_done"):
            return
        path = out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        written.append(path)

    def key(*keys: Qt.Key) -> None:
        for k in keys:
            QTest.keyClick(window, k)

    wait(lambda: player.step is Step.PAIN_BEFORE)
    key(Qt.Key.Key_3)
    save("session_pain")
    key(Qt.Key.Key_Return)
    wait(lambda: player.step is Step.GET_READY)
    clock.advance(2)
    wait(lambda: True)
    save("session_get_ready")
    clock.advance(3)
    wait(lambda: player.step is Step.HOLD)
    clock.advance(5)
    wait(lambda: player.remaining_s() <= 15.5)
    save("session_hold")
    for _ in range(60):  # the hold, the switch, the other side
        if player.step is Step.FEEL:
            break
        clock.advance(1)
        QTest.qWait(20)
    wait(lambda: player.step is Step.FEEL)
    save("session_feel")
    key(Qt.Key.Key_E)
    for _ in range(60):
        if player.step is Step.FEEL:
            break
        clock.advance(1)
        QTest.qWait(20)
    key(Qt.Key.Key_O)
    wait(lambda: player.step is Step.PAIN_AFTER)
    key(Qt.Key.Key_2, Qt.Key.Key_Return)
    wait(lambda: player.step is Step.DONE or player.step is Step.SESSION_FEEL)
    if player.step is Step.SESSION_FEEL:
        key(Qt.Key.Key_O)
        wait(lambda: player.step is Step.DONE)
    save("session_done")
    window.close()
    return written


def dark_palette() -> QPalette:
    """A dark desktop palette (the windows follow it, as on a dark desktop)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#1f2125"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8e8e8"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#26282c"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#2b2d31"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#e8e8e8"))
    return palette


def main(argv: list[str]) -> int:
    """Save the light screenshots, then the dark ones."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    from desktop_app.ui.translations import install_translations

    translators = install_translations(app, "en")  # the English plural forms
    for path in shoot(args.out, dark=False):
        print(path)
    app.setPalette(dark_palette())
    for path in shoot(args.out, dark=True):
        print(path)
    del translators
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
