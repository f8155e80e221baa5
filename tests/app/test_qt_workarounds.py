"""Work-arounds applied at process start behave like what they replace."""

import linecache
import subprocess
import sys
import textwrap


def test_no_source_cache_keeps_no_text_but_tracebacks_still_read_files() -> None:
    code = textwrap.dedent(
        """
        import inspect, json, linecache, traceback
        from desktop_app.qt_workarounds import no_source_cache
        no_source_cache()
        assert "def dumps" in inspect.getsource(json)
        assert all(len(entry) == 1 for entry in linecache.cache.values())
        assert linecache.getline(json.__file__, 1).startswith('r\"\"\"JSON')
        # A module with no file on disk (as in a bundle): the lazy loader path works.
        assert linecache.lazycache("fake.py", {"__name__": "fake", "__loader__": None}) is False
        try:
            json.loads("{")
        except ValueError:
            assert "json" in traceback.format_exc()
        print("ok")
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_the_real_cache_is_untouched_in_this_process() -> None:
    assert type(linecache.cache) is dict


def test_no_source_scan_reads_no_source_and_tells_pyside_users_apart() -> None:
    code = textwrap.dedent(
        """
        import inspect, sys
        from desktop_app.qt_workarounds import no_source_scan
        assert no_source_scan()
        feature = sys.modules["shibokensupport.feature"]
        read = []
        real_getsource = inspect.getsource
        inspect.getsource = lambda obj: read.append(obj) or real_getsource(obj)
        # The hook sees the module an import statement returns ("from X import y": X).
        from desktop_app.scheduling.background import BackgroundCalls  # uses PySide6
        from desktop_app.core.clock import Stamp  # pure Python
        inspect.getsource = real_getsource
        assert read == [], read
        assert feature.pyside_feature_dict["desktop_app.scheduling.background"] == 0
        assert feature.pyside_feature_dict["desktop_app.core.clock"] == -1
        print("ok")
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_no_source_scan_only_ever_leaves_a_module_alone_and_the_app_selects_no_feature() -> None:
    """Where the names check and PySide6's text check differ, a module that mentions
    PySide6 only in text or inside functions is left alone by the hook (-1 instead of
    0). That changes nothing as long as no module selects a ``__feature__``."""
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import PySide6.QtCore
        import desktop_app
        from desktop_app.qt_workarounds import _uses_pyside
        own = sys.modules["shibokensupport.feature"]._mod_uses_pyside
        wrong_way, features = [], []
        for info in pkgutil.walk_packages(desktop_app.__path__, "desktop_app."):
            if info.name.endswith(("__main__", "speech_helper")):
                continue  # running them starts the app or the speech helper
            module = importlib.import_module(info.name)
            if _uses_pyside(module) and not own(module):
                wrong_way.append(info.name)
            text = open(module.__file__, encoding="utf-8").read()
            if "from __feature__" in text or "import __feature__" in text:
                features.append(info.name)
        print(wrong_way, features)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[] []"
