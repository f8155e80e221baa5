"""Wall-clock jumps in a running app: no burst of prompts, no missed prompt.

libfaketime moves the app's wall clock while it runs (FAKETIME_TIMESTAMP_FILE with
FAKETIME_NO_CACHE); the monotonic clock is left alone, as a real clock change does.
The user stays active (xdotool moves the pointer), so a break is due every interval.
"""

from __future__ import annotations

import re
import threading
import time
from datetime import datetime, timedelta
from datetime import time as dt_time
from pathlib import Path

import pytest

from tests.e2e.conftest import AppProcess

pytestmark = pytest.mark.e2e

FAKETIME_LIB = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")
#: 5 min x 0.05 = 15 s of active time between breaks (idle threshold 5 min -> 15 s).
#: Not faster: libfaketime's NO_CACHE mode reads its file on every clock call, which
#: slows the process enough that a smaller scale would look like a stopped process to
#: the gap check (AWAY_BREAK_S x scale).
TIME_SCALE = "0.05"
INTERVAL_S = 15.0
PROMPT = "Counterbalance — Time for a break"
SHOWN = re.compile(r"^(\S+ \S+) INFO desktop_app: break prompt \d+ shown \(microbreak\)", re.M)
#: The policy's decision that the break is due. The interval is timed to it: the prompt
#: then waits for its preparation (the break's modules, catalog and plan, on a worker),
#: which the notice starts 2 s ahead at this time scale and a minute ahead at 1:1. On a
#: busy machine that took over 5 s here, which is not what this test is about.
DUE = r"policy: BreakDue\(kind=<PromptKind.MICROBREAK"


class Wiggler:
    """Keep the user active: move the pointer every half second."""

    def __init__(self, app: AppProcess) -> None:
        self._app = app
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        x = 0
        while not self._stop.is_set():
            x = (x + 53) % 600
            self._app.desktop.run("xdotool", "mousemove", str(100 + x), "400")
            time.sleep(0.5)

    def __enter__(self) -> Wiggler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join(5)


def _offset_to(local: dt_time) -> int:
    """Return the whole seconds from now to the next ``local`` time of day (TZ applies)."""
    now = datetime.now()
    target = datetime.combine(now.date(), local)
    if target <= now:
        target += timedelta(days=1)
    return int((target - now).total_seconds())


def _shown_count(app: AppProcess) -> int:
    return len(SHOWN.findall(app.log_text()))


def _skip_prompt(app: AppProcess) -> None:
    before = _skip_count(app)
    window = app.window(PROMPT)
    # The prompt never takes focus by itself; a click makes it take keys.
    app.desktop.run("xdotool", "mousemove", "--window", window, "20", "20", "click", "1")
    app.keys(window, "Escape")
    assert app.wait_log(r"answered: skipped", count=before + 1, timeout=10), app.log_text()


def _skip_count(app: AppProcess) -> int:
    return app.log_text().count("answered: skipped")


def test_wall_clock_jumps_cause_no_burst_and_no_missed_prompt(
    app: AppProcess, tmp_path: Path
) -> None:
    assert FAKETIME_LIB.exists(), "libfaketime is missing: tests/run-all.sh installs faketime"
    # Start the app's wall clock at 17:40 local time, so that the +1 h jump always
    # crosses the end of the day (18:00, the "average pain today" question): the test
    # then means the same at every hour it runs.
    start = _offset_to(dt_time(17, 40))
    offset_file = tmp_path / "faketime"
    offset_file.write_text(f"{start:+d}\n")
    app.env.update(
        LD_PRELOAD=str(FAKETIME_LIB),
        FAKETIME_TIMESTAMP_FILE=str(offset_file),
        FAKETIME_NO_CACHE="1",
        FAKETIME_DONT_FAKE_MONOTONIC="1",
    )
    app.write_settings(
        onboarding_done=True,
        disclaimer_accepted=True,
        autostart_asked=True,
        daily_session_enabled=False,
        interval_min=5,
        jitter_min=0,
    )
    with Wiggler(app):
        app.start("--time-scale", TIME_SCALE)
        assert app.wait_log("break service started"), app.log_text()
        started = time.monotonic()
        # Jump the wall clock forward one hour, 5 s into the first interval.
        time.sleep(5)
        offset_file.write_text(f"{start + 3600:+d}\n")
        assert app.wait_log(DUE, timeout=30), app.log_text()
        first_after = time.monotonic() - started
        assert app.wait_log(SHOWN.pattern, timeout=30), app.log_text()  # and it shows
        # Not early (no burst from the hour that "passed"), not missed.
        assert INTERVAL_S - 2 <= first_after <= INTERVAL_S + 5, first_after
        time.sleep(1.5)
        assert _shown_count(app) == 1, "the forward jump must not add prompts"
        assert app.wait_log(r"wall clock jumped|ClockJumped", timeout=5)

        # Skip it, then jump the wall clock back one hour: the next break must still
        # come after one interval of active time, not an hour late.
        _skip_prompt(app)
        skipped = time.monotonic()
        offset_file.write_text(f"{start:+d}\n")
        assert app.wait_log(DUE, count=2, timeout=30), app.log_text()
        second_after = time.monotonic() - skipped
        assert app.wait_log(SHOWN.pattern, count=2, timeout=30), app.log_text()
        assert INTERVAL_S - 2 <= second_after <= INTERVAL_S + 5, second_after
        time.sleep(1.5)
        assert _shown_count(app) == 2

    times = [datetime.fromisoformat(t.replace(",", ".")) for t in SHOWN.findall(app.log_text())]
    assert len(times) == 2
    assert app.cli("quit").returncode == 0
    assert app.wait_exit() == 0
