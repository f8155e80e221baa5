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


def test_no_source_scan_agrees_with_pysides_own_answer_on_every_app_module() -> None:
    """PySide6's check (the text mentions "PySide6") and the names check give the same
    answer for every module of the app whose top level imports from PySide6."""
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import PySide6.QtCore
        import desktop_app
        from desktop_app.qt_workarounds import _uses_pyside
        own = sys.modules["shibokensupport.feature"]._mod_uses_pyside
        differ = []
        for info in pkgutil.walk_packages(desktop_app.__path__, "desktop_app."):
            if info.name.endswith("speech_helper"):
                continue
            module = importlib.import_module(info.name)
            if own(module) != _uses_pyside(module):
                differ.append((info.name, own(module)))
        print(differ)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
