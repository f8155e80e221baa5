"""Work-arounds for bugs in the Qt bindings, applied once at process start."""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

#: A reference count no process can drain: None becomes immortal, as it is in 3.12+.
IMMORTAL_REFS = 1 << 40


def pin_none_refcount() -> bool:
    """Make ``None`` immortal on Python < 3.12; return True when applied.

    PySide6 6.12.0 on Python 3.11 releases one reference to ``None`` on every call of a
    method that returns nothing (``QPainter.drawLine``, ``QLabel.setText`` …): measured
    -1000 after 1000 ``setText`` calls, from about 6,000 at start. Once the count reaches
    zero the interpreter aborts with "Fatal Python error: none_dealloc"; an animated
    figure got there in under 3 s. pyproject.toml pins PySide6 below 6.12, and this
    guard keeps an unpinned install (a distribution's package, say) alive too. Python
    3.12 made None immortal (PEP 683), so nothing is needed there.
    """
    if sys.version_info >= (3, 12):
        return False
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += IMMORTAL_REFS
    return True


class _DiscardingCache(dict[str, Any]):
    """A ``linecache.cache`` stand-in that keeps no source text.

    Full entries ``(size, mtime, lines, fullname)`` are dropped. Lazy entries ``(loader,)``
    (a one-tuple holding a function, for modules without a file on disk, such as in a
    PyInstaller bundle) are kept, because ``linecache.updatecache`` reads one back right
    after storing it.
    """

    def __setitem__(self, key: str, value: Any) -> None:
        if isinstance(value, tuple) and len(value) == 1:
            super().__setitem__(key, value)


def no_source_cache() -> None:
    """Stop ``linecache`` from keeping module sources in the tray process.

    PySide6's ``__feature__`` import hook calls ``inspect.getsource`` on every module
    that runs an import after PySide6 is loaded, to see whether it uses PySide6. Each
    call caches the whole source file in ``linecache``: measured 3 MiB of source text
    (7 MiB of heap) after start-up, kept for the life of a process that idles for
    weeks. With this cache nothing is kept; a traceback reads the file again when it
    needs a line, which is what ``linecache`` does on a miss anyway.
    """
    import linecache

    linecache.cache = _DiscardingCache()


def _uses_pyside(module: object) -> bool:
    """Tell whether ``module`` holds anything from PySide6 (a module, class or function)."""
    for value in list(getattr(module, "__dict__", {}).values()):
        try:
            # getattr with a default: raising AttributeError for each value without a
            # __module__ was most of this check's cost.
            name: object = (
                value.__name__
                if isinstance(value, ModuleType)
                else getattr(value, "__module__", None)
            )
        except Exception:  # any object may sit in a module namespace, even a broken one
            continue
        if isinstance(name, str) and name.startswith(("PySide6", "shiboken6")):
            return True
    return False


def no_source_scan() -> bool:
    """Let PySide6's import hook tell PySide6 users by their names, not their source text.

    PySide6's ``__feature__`` import hook asks, for every module imported after PySide6,
    whether it uses PySide6 (for the ``__feature__`` options such as snake_case), by reading the
    module's whole source with ``inspect.getsource`` and searching it for "PySide6":
    measured 0.1 s of CPU for the ~270 modules the tray app loads, a third of its
    start-up work beyond a bare PySide6 tray. Counterbalance uses no ``__feature__``;
    the answer only decides whether a module is left alone by the hook, and the names
    a module imported say it as well as its text. Returns False (nothing changed) when
    this PySide6 has no such hook.
    """
    import PySide6.QtCore  # noqa: F401  (installs the hook)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    return True
