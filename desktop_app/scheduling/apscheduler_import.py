"""Import APScheduler 3.x without the standard-library parts the app never uses.

APScheduler's import loads, for a tray app that only runs date jobs on the GUI thread:

* ``importlib.metadata`` (with ``email``, ``csv``, ``zipfile``…): ``apscheduler/__init__``
  reads its own version, and ``schedulers/base`` scans every installed distribution's
  entry points three times when its class is defined, to find plugins by alias;
* ``asyncio``, for the single function ``iscoroutinefunction`` (``apscheduler.util``);
* ``multiprocessing`` and ``concurrent.futures.process``, through
  ``apscheduler.executors.pool``, whose thread pool is the default executor (the app
  passes its own, so the default is never made);
* ``tzlocal`` (with its table of Windows zone names), asked for the computer's zone only
  when a scheduler or trigger is given none (the app names a zone for every one).

Together about 11 MiB of resident memory for as long as the app idles (issue 13 §4).
:func:`import_apscheduler` imports it while APScheduler's own import statements (and
only theirs) get four small stand-ins for those names: one answers the version and
APScheduler's *own* entry points from its ``dist-info`` folder (so every alias string
still resolves, by the same table), one
offers :func:`inspect.iscoroutinefunction` (what asyncio's version is on Python 3.11+,
bar the ``@asyncio.coroutine`` marker that 3.11 removed), and one stands for the pool
module: its ``ThreadPoolExecutor`` imports the real one when a default executor is made;
the fourth's ``get_localzone`` imports the real ``tzlocal`` when it is called.
The stand-ins never enter ``sys.modules``: any other import of those names, on any
thread and at any time, and any later ``apscheduler.executors.pool`` import, gets the
real module. Where the ``dist-info`` cannot be found (a frozen build), APScheduler is
imported as it is.
"""

from __future__ import annotations

import builtins
import importlib
import importlib.util
import inspect
import sys
import types
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

#: The APScheduler modules the app uses.
MODULES = (
    "apscheduler.executors.debug",
    "apscheduler.jobstores.memory",
    "apscheduler.schedulers.qt",
    "apscheduler.triggers.cron",  # loaded by its alias otherwise, after the stand-ins
    "apscheduler.triggers.date",
)


class PluginEntryPoint:
    """One line of APScheduler's ``entry_points.txt``: ``name = module:attribute``."""

    def __init__(self, name: str, value: str, group: str) -> None:
        self.name, self.value, self.group = name, value, group

    def load(self) -> object:
        """Import the module and return the attribute, as importlib.metadata does."""
        module, _, attribute = self.value.partition(":")
        found: object = importlib.import_module(module.strip())
        for part in attribute.strip().split(".") if attribute else ():
            found = getattr(found, part)
        return found


def dist_info() -> Path | None:
    """Return APScheduler's installed ``dist-info`` folder, without importing APScheduler."""
    spec = importlib.util.find_spec("apscheduler")
    if spec is None or not spec.submodule_search_locations:
        return None
    site = Path(next(iter(spec.submodule_search_locations))).parent
    try:
        found = [
            p
            for p in site.iterdir()
            if p.name.lower().startswith("apscheduler-") and p.name.endswith(".dist-info")
        ]
    except OSError:
        return None
    return found[0] if len(found) == 1 else None


def read_entry_points(path: Path) -> list[PluginEntryPoint]:
    """Parse an ``entry_points.txt`` (INI sections of ``name = value`` lines)."""
    points: list[PluginEntryPoint] = []
    group = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1].strip()
        elif "=" in line and group:
            name, _, value = line.partition("=")
            points.append(PluginEntryPoint(name.strip(), value.strip(), group))
    return points


def _metadata_stand_in(info: Path) -> types.ModuleType:
    version = info.name[: -len(".dist-info")].split("-", 1)[1]
    points = read_entry_points(info / "entry_points.txt")
    module = types.ModuleType("importlib.metadata")

    class PackageNotFoundError(ModuleNotFoundError):
        """Raised for any distribution but APScheduler."""

    def version_of(name: str) -> str:
        if name.lower() != "apscheduler":
            raise PackageNotFoundError(name)
        return version

    def entry_points(*, group: str) -> list[PluginEntryPoint]:
        return [p for p in points if p.group == group]

    module.PackageNotFoundError = PackageNotFoundError  # type: ignore[attr-defined]
    module.version = version_of  # type: ignore[attr-defined]
    module.entry_points = entry_points  # type: ignore[attr-defined]
    return module


def _asyncio_stand_in() -> types.ModuleType:
    module = types.ModuleType("asyncio")
    module.iscoroutinefunction = inspect.iscoroutinefunction  # type: ignore[attr-defined]
    return module


def _tzlocal_stand_in() -> types.ModuleType:
    module = types.ModuleType("tzlocal")

    def get_localzone() -> object:
        import tzlocal  # the real one, asked only when a job names no zone

        return tzlocal.get_localzone()

    module.get_localzone = get_localzone  # type: ignore[attr-defined]
    return module


def _pool_stand_in() -> types.ModuleType:
    module = types.ModuleType("apscheduler.executors.pool")

    def thread_pool_executor(*args: object, **kwargs: object) -> object:
        from apscheduler.executors.pool import ThreadPoolExecutor

        return ThreadPoolExecutor(*args, **kwargs)

    module.ThreadPoolExecutor = thread_pool_executor  # type: ignore[attr-defined]
    return module


@contextmanager
def _stand_ins(modules: dict[str, types.ModuleType]) -> Iterator[None]:
    """While the ``with`` block runs, APScheduler's own imports of ``modules`` get stand-ins.

    ``builtins.__import__`` is wrapped for the duration: an import statement run by a
    module of the ``apscheduler`` package gets the stand-in for a name in ``modules``
    (unless the real module is loaded already); every other import, on any thread, goes
    to the real machinery. ``sys.modules`` is never touched, so no other code (SQLAlchemy
    importing ``asyncio`` on a worker at that moment, say) can see a stand-in.
    """
    original = builtins.__import__

    def stand_in_import(
        name: str,
        globals: Mapping[str, object] | None = None,
        locals: Mapping[str, object] | None = None,
        fromlist: Sequence[str] | None = (),
        level: int = 0,
    ) -> types.ModuleType:
        caller = (globals or {}).get("__name__")
        module = modules.get(name) if level == 0 else None
        if (
            module is None
            or name in sys.modules
            or not isinstance(caller, str)
            or not caller.startswith("apscheduler")
        ):
            return original(name, globals, locals, fromlist or (), level)
        if fromlist:  # from NAME import x
            return module
        # ``import a.b as c`` takes ``b`` from what ``import a.b`` returns.
        top, _, rest = name.partition(".")
        if not rest:
            return module
        parent = types.ModuleType(top)  # a bare holder: never registered anywhere
        setattr(parent, rest, module)
        return parent

    builtins.__import__ = stand_in_import
    try:
        yield
    finally:
        builtins.__import__ = original


def import_apscheduler() -> None:
    """Import the APScheduler modules the app uses (see the module docstring)."""
    if all(name in sys.modules for name in MODULES):
        return
    info = dist_info()
    if info is None or not (info / "entry_points.txt").is_file():
        for name in MODULES:
            importlib.import_module(name)
        return
    stand_ins = {
        "importlib.metadata": _metadata_stand_in(info),
        "asyncio": _asyncio_stand_in(),
        "apscheduler.executors.pool": _pool_stand_in(),
        "tzlocal": _tzlocal_stand_in(),
    }
    with _stand_ins(stand_ins):
        for name in MODULES:
            importlib.import_module(name)
