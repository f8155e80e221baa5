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
