"""One history across two computers, end to end: two apps, two Syncthing daemons (issue 15).

Two Counterbalance instances with their own data dirs run on one virtual desktop, each
with sync on and its own Syncthing folder; two Syncthing daemons on loopback only share
those folders. A break taken on A shows in B's ``stats --json`` and restarts B's break
count (B's log says so).
"""

from __future__ import annotations

import json
import re
import stat
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.e2e.conftest import AppProcess, _app_on
from tests.helpers import syncthing
from tests.helpers.desktop import Desktop, wait_until

pytestmark = pytest.mark.e2e

TIME_SCALE = "0.05"
SESSION_WINDOW = "Counterbalance — Session"
#: From the end of A's break to B's stats, generously (measured: a few seconds).
SYNC_BOUND_S = 30


@pytest.fixture
def computers(
    desktop: Desktop, tmp_path: Path
) -> Iterator[tuple[AppProcess, AppProcess, syncthing.Daemon, syncthing.Daemon]]:
    with syncthing.two_daemons(tmp_path / "syncthing") as (sa, sb):
        apps_a = _app_on(desktop, tmp_path / "a")
        apps_b = _app_on(desktop, tmp_path / "b")
        a, b = next(apps_a), next(apps_b)
        yield a, b, sa, sb
        for apps in (apps_a, apps_b):
            with pytest.raises(StopIteration):
                next(apps)  # stops the app, checks the GUI thread never stalled


def _returning_user(app: AppProcess, folder: Path, name: str) -> None:
    """Onboarded, the safety check answered today (the session starts at once), sync on."""
    from desktop_app.platform.paths import DataPaths
    from desktop_app.storage.app_state import SafetyState
    from desktop_app.storage.event_store import EventStore

    app.write_settings(
        onboarding_done=True,
        disclaimer_accepted=True,
        autostart_asked=True,
        daily_session_enabled=False,
        pain_prompt_share=0.0,
        sync_enabled=True,
        sync_folder=str(folder),
        computer_name=name,
    )
    store = EventStore(DataPaths.create(app.data_dir))
    store.set_safety_state(SafetyState(last_screening=datetime.now(UTC)))
    store.close()


def _week(app: AppProcess) -> dict[str, object]:
    result = app.cli("stats", "--weeks", "1", "--json")
    assert result.returncode == 0, result.stderr
    weeks = json.loads(result.stdout)["weeks"]
    return dict(weeks[-1])


def test_a_break_on_a_reaches_bs_stats_and_restarts_bs_count(computers) -> None:
    a, b, sync_a, sync_b = computers
    _returning_user(a, sync_a.folder, "Desk")
    _returning_user(b, sync_b.folder, "Laptop")
    a.start("--time-scale", TIME_SCALE)
    b.start("--time-scale", TIME_SCALE)
    for app in (a, b):
        assert app.wait_log("break service started"), app.log_text()
        assert app.wait_log("sync on"), app.log_text()
    assert _week(b)["completed"] == 0

    assert a.cli("break-now").returncode == 0
    a.window(SESSION_WINDOW)
    window_open = time.monotonic()
    deadline = window_open + 90
    while not a.wait_log(r"session \d+ ended: \w+", timeout=0.5):
        assert time.monotonic() < deadline, a.log_text()
        if a.log_text().rstrip().endswith(("step: feel", "step: session_feel")):
            a.keys(a.window(SESSION_WINDOW), "e")
    assert a.wait_log(r"session \d+ ended: completed"), a.log_text()
    ended = time.monotonic()

    # A wrote its files (private), Syncthing carried them, B imported them.
    assert b.wait_log(r"sync: 0 exported, \d+ imported", timeout=SYNC_BOUND_S), (
        b.log_text() + sync_b.log_text()
    )
    assert wait_until(lambda: _week(b)["completed"] == 1, 10), _week(b)
    took = time.monotonic() - ended
    assert b.wait_log("a break taken on another computer restarted the count", timeout=5), (
        b.log_text()
    )
    print(f"A's break in B's stats {took:.1f} s after it ended")
    events = sync_b.folder / "Counterbalance" / "events"
    for path in events.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), path
    # Nothing comes back to A as new, and B's own week is A's break, once.
    assert _week(a)["completed"] == 1
    assert not re.search(r"sync: \d+ exported, [1-9]\d* imported", a.log_text())

    for app in (a, b):
        assert app.cli("quit").returncode == 0
        assert app.wait_exit() == 0
