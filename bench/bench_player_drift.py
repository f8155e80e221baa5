"""Measure how late a real 30 s hold ends in the session window (target: ≤ 50 ms).

Runs the real SessionWindow (offscreen by default) with the real SystemClock: one
bilateral 30 s hold after the 5 s get-ready. The player chains deadlines on the monotonic
clock, and the session runner arms a precise single-shot timer for each step change, so the
hold should end within a few milliseconds of ``start + 5 s + 30 s``.

Usage: ``python bench/bench_player_drift.py [--runs N]`` (each run takes 35 s).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import replace

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from desktop_app.core.catalog_files import load_catalog
from desktop_app.core.events import SessionKind, Side
from desktop_app.core.player import Player
from desktop_app.core.player_view import Step
from desktop_app.core.session_plan import GET_READY_S, PlannedExercise, SessionPlan
from desktop_app.platform.clock import SystemClock
from desktop_app.ui.session_runner import SessionRunner
from desktop_app.ui.session_window import SessionWindow

HOLD_S = 30


def _guard_none_refcount() -> None:
    """Work around PySide6 6.12 on Python 3.11: every void call drops a reference to None.

    Measured here: 1000 ``QPainter.drawLine`` (or ``QLabel.setText``) calls lower
    ``sys.getrefcount(None)`` by 1000, and an animated window aborts with "Fatal Python
    error: none_dealloc" within a minute. Python 3.12+ makes None immortal, so this only
    applies before 3.12: give None a huge reference count once.
    """
    if sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def one_run() -> float:
    """Return how many milliseconds after its planned end one 30 s hold ended."""
    catalog = load_catalog(Path(__file__).resolve().parents[1] / "resources" / "exercises")
    exercise = catalog.get("incline_desk_plank") or catalog.exercises[0]
    dose = replace(exercise.dose, sets=1, hold_s=HOLD_S, reps=0)
    plan = SessionPlan(SessionKind.MICROBREAK, (PlannedExercise(exercise, dose, (Side.BOTH,)),), 0)
    player = Player(plan, SystemClock(), session_id=1, ask_pain=False)
    window = SessionWindow(SessionRunner(player))
    loop = QEventLoop()
    ended: list[float] = []

    def on_session_ended(_summary: object) -> None:
        loop.quit()

    def on_step_changed(step: object) -> None:
        # The last block waits for the feel answer: the step change is the hold's end.
        if step is Step.FEEL and not ended:
            ended.append(time.monotonic())
            loop.quit()

    window.runner.session_ended.connect(on_session_ended)
    window.runner.step_changed.connect(on_step_changed)
    start = time.monotonic()
    window.start()
    loop.exec()
    window.close()
    return (ended[0] - (start + GET_READY_S + HOLD_S)) * 1000


def main() -> None:
    """Run and print the drift of each run."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    _guard_none_refcount()
    app = QApplication.instance() or QApplication(sys.argv)
    del app
    for n in range(args.runs):
        drift_ms = one_run()
        print(f"run {n + 1}: 30 s hold ended {drift_ms:+.1f} ms after its planned end")


if __name__ == "__main__":
    main()
