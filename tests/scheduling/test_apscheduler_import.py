"""APScheduler loads without importlib.metadata, asyncio, multiprocessing, tzlocal (issue 13 §4)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_app.scheduling.apscheduler_import import dist_info, read_entry_points

ROOT = Path(__file__).resolve().parents[2]
GROUPS = ("apscheduler.triggers", "apscheduler.executors", "apscheduler.jobstores")


def _in_child(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_scheduler_module_loads_without_the_unused_standard_library() -> None:
    out = _in_child(
        "import sys\n"
        "import desktop_app.scheduling.qt_scheduler\n"
        "unused = ('asyncio', 'importlib.metadata', 'email', 'multiprocessing',\n"
        "          'concurrent.futures.process', 'apscheduler.executors.pool', 'tzlocal')\n"
        "print(sorted(name for name in unused if name in sys.modules))\n"
    )
    assert out.strip() == "[]"


def test_stand_ins_leave_and_the_real_modules_import_afterwards() -> None:
    out = _in_child(
        "import desktop_app.scheduling.qt_scheduler\n"
        "import asyncio, importlib.metadata, apscheduler\n"
        "import apscheduler.executors.pool as pool\n"
        "print(asyncio.get_event_loop_policy() is not None,\n"
        "      apscheduler.version == importlib.metadata.version('APScheduler'),\n"
        "      pool.ProcessPoolExecutor.__module__)\n"
    )
    assert out.split() == ["True", "True", "apscheduler.executors.pool"]


def test_the_local_zone_is_still_asked_of_tzlocal_when_no_zone_is_given() -> None:
    """The app names every zone; a job without one still gets the computer's zone."""
    out = _in_child(
        "import sys\n"
        "from desktop_app.scheduling.apscheduler_import import import_apscheduler\n"
        "import_apscheduler()\n"
        "from apscheduler.triggers.date import DateTrigger\n"
        "loaded_before = 'tzlocal' in sys.modules\n"
        "zone = DateTrigger('2030-01-02 03:04:05').run_date.tzinfo\n"
        "import tzlocal\n"
        "print(loaded_before, zone == tzlocal.get_localzone())\n"
    )
    assert out.split() == ["False", "True"]


def test_the_break_service_arms_its_jobs_without_tzlocal() -> None:
    """Date jobs name UTC, cron jobs the user's zone: the real tzlocal is never needed."""
    out = _in_child(
        "import sys\n"
        "from datetime import UTC, datetime, timedelta\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from desktop_app.scheduling.qt_scheduler import FixedQtScheduler, date_job_trigger\n"
        "app = QCoreApplication([])\n"
        "s = FixedQtScheduler(timezone=UTC)\n"
        "s.start()\n"
        "at = datetime.now(UTC) + timedelta(hours=1)\n"
        "job = s.add_job(print, date_job_trigger(at))\n"
        "s.add_job(print, 'cron', hour=9, minute=0, timezone='Europe/Berlin')\n"
        "print('tzlocal' in sys.modules, job.next_run_time == at)\n"
    )
    assert out.split() == ["False", "True"]


def test_aliases_and_the_default_executor_still_work() -> None:
    out = _in_child(
        "from PySide6.QtCore import QCoreApplication\n"
        "from desktop_app.scheduling.qt_scheduler import FixedQtScheduler\n"
        "app = QCoreApplication([])\n"
        "s = FixedQtScheduler()\n"
        "print(type(s._create_plugin_instance('trigger', 'interval', {'seconds': 5})).__name__,\n"
        "      type(s._create_plugin_instance('executor', 'threadpool', {})).__name__,\n"
        "      type(s._create_default_executor()).__name__)\n"
    )
    assert out.split() == ["IntervalTrigger", "ThreadPoolExecutor", "ThreadPoolExecutor"]


def test_the_entry_points_read_are_the_ones_importlib_metadata_finds() -> None:
    import importlib.metadata

    info = dist_info()
    assert info is not None
    ours = {(p.group, p.name, p.value) for p in read_entry_points(info / "entry_points.txt")}
    real = {
        (group, p.name, p.value)
        for group in GROUPS
        for p in importlib.metadata.entry_points(group=group)
    }
    assert ours == real and len(ours) > 10


def test_only_apscheduler_sees_the_stand_ins_even_meanwhile() -> None:
    # Another thread may import asyncio while APScheduler loads (SQLAlchemy does).
    out = _in_child(
        "import sys, types\n"
        "from desktop_app.scheduling import apscheduler_import as ai\n"
        "fake = types.ModuleType('asyncio')\n"
        "with ai._stand_ins({'asyncio': fake}):\n"
        "    g = {'__name__': 'apscheduler.util'}\n"
        "    seen_by_apscheduler = __import__('asyncio', g, g, ('x',), 0) is fake\n"
        "    import asyncio\n"
        "    seen_elsewhere = asyncio is fake\n"
        "print(seen_by_apscheduler, seen_elsewhere, sys.modules['asyncio'] is fake)\n"
    )
    assert out.split() == ["True", "False", "False"]
