"""What the tray process loads to start and idle (issue 13 §4: memory near the floor).

Each module named here was measured to cost resident memory for as long as the tray
idles, or CPU at every start, and is needed only later (a window, a progress view, a
platform the app does not run on) or never.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

NOT_AT_START = (
    "PySide6.QtNetwork",  # the single instance uses a Unix socket on Linux and macOS
    "asyncio",  # APScheduler's one function from it has a stand-in
    "importlib.metadata",  # APScheduler's version and entry points, read from its dist-info
    "multiprocessing",  # APScheduler's process pool, never made
    "tzlocal",  # APScheduler asks it only for jobs that name no zone; the app names one
    "logging.handlers",  # with socket and pickle: the log file is platform/log_file.py
    "pickle",
    "desktop_app.core.catalog",  # exercises: with the first break or session
    "desktop_app.core.stats",  # with the first progress view
    "desktop_app.core.sync_format",  # with the first write
    "tomllib",
    "plistlib",  # macOS autostart
    "ctypes.wintypes",  # Windows power hints
    "desktop_app.platform.macos_power",  # sleep and lock hints on macOS
    "desktop_app.platform.idle.wayland",  # idle on Wayland sessions
    "sqlalchemy",
    "desktop_app.ui.no_tray_window",  # only when no tray appears
    "desktop_app.ui.screen_fit",  # windows only
)
#: The widget classes a bare tray uses too: each other class PySide6 builds on first
#: use costs 0.2–0.4 MiB (QMessageBox, layouts, buttons load with their windows).
TRAY_WIDGETS = ["QApplication", "QMenu", "QSystemTrayIcon", "QWidget"]


def test_start_up_modules_leave_out_what_the_idle_tray_does_not_use() -> None:
    code = (
        "import sys\n"
        "import desktop_app.app\n"
        "import desktop_app.scheduling.break_setup\n"
        f"names = {NOT_AT_START!r}\n"
        "print(sorted(n for n in names if n in sys.modules))\n"
        "from PySide6 import QtCore, QtWidgets\n"
        "print('Qt' in QtCore.__dict__)\n"  # the namespace's 93 enums: built on first use
        "print(sorted(k for k in QtWidgets.__dict__ if k.startswith('Q') and k != 'QIntList'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    loaded, qt_namespace, widgets = done.stdout.split("\n")[:3]
    assert loaded == "[]"
    assert qt_namespace == "False"
    assert widgets == repr(TRAY_WIDGETS)
