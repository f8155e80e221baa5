"""What a break needs loads off the GUI thread before it shows (issue 9 §1: no stall).

Found under load: the prompt's first write imported the sync records (and the sync
format) on the GUI thread, 1.8 s on a busy machine with the clock faked.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop_app.break_preparation import BreakPreparation
from desktop_app.core.clock import Stamp
from desktop_app.core.events import PromptEvent, PromptKind
from desktop_app.platform.clock import SystemClock
from desktop_app.platform.paths import DataPaths
from desktop_app.scheduling.background import BackgroundCalls
from desktop_app.storage.event_store import EventStore
from desktop_app.storage_guard import StorageGuard
paths = DataPaths.create(Path(sys.argv[1]))
store, clock = EventStore(paths), SystemClock()
guard = StorageGuard(store, clock)
guard.start()
background = BackgroundCalls()
prepared = []
BreakPreparation(store, paths, background).prepare(lambda: prepared.append(True))
while not prepared:
    app.processEvents()
before = set(sys.modules)
guard.writes.add_prompt(PromptEvent(Stamp.now(clock), PromptKind.MICROBREAK))  # as the prompt does
print(sorted(name for name in set(sys.modules) - before if name.startswith("desktop_app")))
guard.stop()
background.shutdown()
"""


def test_a_prepared_break_writes_its_prompt_without_importing_on_the_gui_thread(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
