"""Idle time on Wayland, against real compositors started headless.

sway 1.7 (Debian 12, wlroots 0.15) offers org_kde_kwin_idle; Weston 10 offers neither
idle protocol. Input is faked through sway's own means: its pointer moved over IPC
(``swaymsg seat - cursor move``) and a key typed through the virtual-keyboard protocol
(``wtype``).
"""

from __future__ import annotations

import os
import select
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.platform.idle import NoIdleSource, WaylandIdleSource, detect_idle_source
from desktop_app.platform.idle.wayland import (
    NEITHER,
    IdleNotice,
    IdleProtocol,
    pick_protocol,
)
from desktop_app.platform.idle.wayland_probe import (
    CALLBACK_ID,
    REGISTRY_ID,
    WaylandProbeError,
    offered_globals,
    parse_globals,
    socket_path,
)
from tests.helpers.desktop import wait_until
from tests.helpers.wayland_desktop import WaylandDesktop, sway_desktop
from tests.helpers.weston_desktop import weston_display

#: Compositors (sway, Weston, the C stand-in) run on Linux only.
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="Wayland is Linux-only")
#: A short notice keeps the test fast; the app uses 3 s.
NOTICE_S = 0.5
EXT_IDLE_XML = Path("/usr/share/wayland-protocols/staging/ext-idle-notify/ext-idle-notify-v1.xml")
FAKE_COMPOSITOR = Path(__file__).with_name("fake_idle_compositor.c")


class FakeExtCompositor:
    """The C stand-in offering ext_idle_notifier_v1 (see fake_idle_compositor.c)."""

    def __init__(self, proc: subprocess.Popen[str], socket: Path) -> None:
        self.proc = proc
        self.socket = socket

    def send(self, event: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(event + "\n")
        self.proc.stdin.flush()

    def read_line(self) -> str:
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], 10)
        assert ready, "the fake compositor said nothing"
        return self.proc.stdout.readline().strip()


@pytest.fixture
def ext_compositor(tmp_path: Path) -> Iterator[FakeExtCompositor]:
    """Build the stand-in with wayland-scanner and gcc, and run it in a private runtime dir."""
    for tool in ("wayland-scanner", "gcc"):
        assert shutil.which(tool), f"{tool} is needed (Debian libwayland-dev, gcc)"
    assert EXT_IDLE_XML.exists(), "Debian wayland-protocols is needed"
    build = tmp_path / "build"
    build.mkdir()
    header = build / "ext-idle-notify-v1-server-protocol.h"
    code = build / "ext-idle-notify-v1-protocol.c"
    subprocess.run(["wayland-scanner", "server-header", EXT_IDLE_XML, header], check=True)
    subprocess.run(["wayland-scanner", "private-code", EXT_IDLE_XML, code], check=True)
    binary = build / "fake-compositor"
    subprocess.run(
        ["gcc", "-O1", "-Wall", "-Werror", f"-I{build}", "-o", binary, FAKE_COMPOSITOR, code,
         "-lwayland-server"],
        check=True,
    )  # fmt: skip
    run_dir = tmp_path / "run"
    run_dir.mkdir(mode=0o700)
    proc = subprocess.Popen(
        [binary, "wayland-fake"],
        env={"XDG_RUNTIME_DIR": str(run_dir), "PATH": os.environ.get("PATH", "")},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    compositor = FakeExtCompositor(proc, run_dir / "wayland-fake")
    try:
        assert compositor.read_line() == "ready"
        yield compositor
    finally:
        proc.kill()
        proc.wait(5)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_notice_reports_zero_while_active_then_the_time_since_input() -> None:
    clock = FakeClock()
    notice = IdleNotice(3.0, clock)
    assert notice.idle_seconds() == 0.0
    notice.idled()
    assert notice.idle_seconds() == 3.0
    clock.now += 7.5
    assert notice.idle_seconds() == 10.5
    notice.idled()  # a second idled (another notification) keeps the first time
    assert notice.idle_seconds() == 10.5
    notice.resumed()
    assert notice.idle_seconds() == 0.0


@pytest.mark.parametrize(
    ("offered", "expected"),
    [
        ({"wl_seat", "ext_idle_notifier_v1", "org_kde_kwin_idle"}, IdleProtocol.EXT),
        ({"wl_seat", "org_kde_kwin_idle"}, IdleProtocol.KDE),
        ({"wl_seat", "ext_idle_notifier_v1"}, IdleProtocol.EXT),
        ({"wl_seat", "wl_compositor"}, None),
        ({"ext_idle_notifier_v1"}, None),  # no seat to watch
    ],
)
def test_protocol_choice(offered: set[str], expected: IdleProtocol | None) -> None:
    assert pick_protocol(offered) is expected


@pytest.fixture(scope="module")
def sway() -> Iterator[WaylandDesktop]:
    with sway_desktop(bar=False, notifications=False) as running:
        yield running


@linux_only
def test_sway_reports_idle_after_the_timeout_and_active_after_input(sway: WaylandDesktop) -> None:
    source = WaylandIdleSource.open(sway.env["WAYLAND_DISPLAY"], notice_s=NOTICE_S, watch=False)
    try:
        assert source.protocol is IdleProtocol.KDE  # sway 1.7 has only org_kde_kwin_idle
        assert source.name == "wayland-kde-idle"
        assert source.idle_seconds() == 0.0  # just subscribed: active
        assert wait_until(lambda: (source.idle_seconds() or 0) >= NOTICE_S, 5)
        first = source.idle_seconds()
        time.sleep(0.3)
        assert (source.idle_seconds() or 0) > (first or 0)  # and grows

        sway.move_pointer(5, 5)  # the compositor's own pointer
        assert wait_until(lambda: source.idle_seconds() == 0.0, 5)

        assert wait_until(lambda: (source.idle_seconds() or 0) >= NOTICE_S, 5)
        sway.run("wtype", "-k", "Shift_L")  # a key from the virtual keyboard
        assert wait_until(lambda: source.idle_seconds() == 0.0, 5)
    finally:
        source.close()


@linux_only
def test_events_are_read_by_the_event_loop_without_asking(qtbot, sway: WaylandDesktop) -> None:
    """The socket notifier reads idled/resumed on the GUI thread as they come."""
    source = WaylandIdleSource.open(sway.env["WAYLAND_DISPLAY"], notice_s=NOTICE_S)
    try:
        qtbot.waitUntil(lambda: source.notice.idle_since is not None, timeout=5000)
        sway.move_pointer(-5, 0)
        qtbot.waitUntil(lambda: source.notice.idle_since is None, timeout=5000)
    finally:
        source.close()


@linux_only
def test_detection_picks_the_wayland_source_on_sway(sway: WaylandDesktop) -> None:
    env = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": sway.env["WAYLAND_DISPLAY"]}
    factories = {
        "wayland": lambda: WaylandIdleSource.open(env["WAYLAND_DISPLAY"], watch=False),
    }
    source = detect_idle_source("linux", env, factories)
    assert isinstance(source, WaylandIdleSource)
    source.close()


@linux_only
def test_a_closed_compositor_reads_as_unknown() -> None:
    with sway_desktop(bar=False, notifications=False) as short_lived:
        source = WaylandIdleSource.open(
            short_lived.env["WAYLAND_DISPLAY"], notice_s=NOTICE_S, watch=False
        )
        assert source.idle_seconds() == 0.0
    assert source.idle_seconds() is None  # compositor gone: unknown, no exception


@linux_only
def test_weston_offers_no_idle_protocol_so_all_time_counts_as_active() -> None:
    with weston_display() as socket:
        env = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": socket}
        factories = {"wayland": lambda: WaylandIdleSource.open(socket, watch=False)}
        source = detect_idle_source("linux", env, factories)
    assert isinstance(source, NoIdleSource)
    assert source.reasons == (
        "wayland: the compositor offers neither ext-idle-notify-v1 nor org_kde_kwin_idle",
    )


@linux_only
def test_the_raw_probe_lists_what_the_compositors_offer(sway: WaylandDesktop) -> None:
    offered = offered_globals({"WAYLAND_DISPLAY": sway.env["WAYLAND_DISPLAY"]})
    assert {"wl_seat", "wl_compositor", "org_kde_kwin_idle"} <= offered
    assert "ext_idle_notifier_v1" not in offered
    with weston_display() as socket:
        offered = offered_globals({"WAYLAND_DISPLAY": socket})
    assert "wl_compositor" in offered  # (headless Weston has no input devices, no seat)
    assert not offered & {"org_kde_kwin_idle", "ext_idle_notifier_v1"}


@linux_only
def test_weston_is_ruled_out_without_loading_pywayland() -> None:
    code = (
        "import sys\n"
        "from desktop_app.platform.idle import WaylandIdleSource, IdleUnavailableError\n"
        "try:\n"
        "    WaylandIdleSource.open(sys.argv[1], watch=False)\n"
        "except IdleUnavailableError as error:\n"
        "    print(error)\n"
        "print(any(name.startswith('pywayland') for name in sys.modules))\n"
    )
    with weston_display() as socket:
        out = subprocess.run(
            [sys.executable, "-c", code, socket],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
            cwd=Path(__file__).resolve().parents[2],
        ).stdout.split("\n")
    assert out[:2] == [NEITHER, "False"]


def test_probe_errors() -> None:
    with pytest.raises(WaylandProbeError):
        offered_globals({"WAYLAND_DISPLAY": "/nonexistent/wayland-9"})
    with pytest.raises(WaylandProbeError):
        socket_path({"WAYLAND_DISPLAY": "wayland-0"})  # relative, no runtime dir
    assert socket_path({"XDG_RUNTIME_DIR": "/run/user/5"}) == Path("/run/user/5/wayland-0")
    assert socket_path({"WAYLAND_DISPLAY": "/tmp/w/sock"}) == Path("/tmp/w/sock")


def test_parse_globals_reads_split_and_whole_messages() -> None:
    def event(object_id: int, opcode: int, body: bytes) -> bytes:
        return struct.pack("=II", object_id, ((8 + len(body)) << 16) | opcode) + body

    name = b"wl_seat\0"
    announce = event(REGISTRY_ID, 0, struct.pack("=II", 7, len(name)) + name + struct.pack("=I", 8))
    done = event(CALLBACK_ID, 0, struct.pack("=I", 42))
    assert parse_globals(announce[:10]) == (set(), False)
    assert parse_globals(announce) == ({"wl_seat"}, False)
    assert parse_globals(announce + done) == ({"wl_seat"}, True)
    with pytest.raises(WaylandProbeError):
        parse_globals(event(1, 0, struct.pack("=III", 1, 0, 0)))


@linux_only
def test_preload_loads_pywayland_only_where_a_protocol_is_offered(sway: WaylandDesktop) -> None:
    assert WaylandIdleSource.preload({"WAYLAND_DISPLAY": sway.env["WAYLAND_DISPLAY"]})
    with weston_display() as socket:
        assert not WaylandIdleSource.preload({"WAYLAND_DISPLAY": socket})
    assert not WaylandIdleSource.preload({"WAYLAND_DISPLAY": "/nonexistent/wayland-9"})


@linux_only
def test_ext_idle_notify_is_preferred_and_read(ext_compositor: FakeExtCompositor) -> None:
    display = str(ext_compositor.socket)
    assert offered_globals({"WAYLAND_DISPLAY": display}) == {"wl_seat", "ext_idle_notifier_v1"}
    source = WaylandIdleSource.open(display, notice_s=NOTICE_S, watch=False)
    try:
        assert source.protocol is IdleProtocol.EXT
        assert source.name == "wayland-ext-idle-notify"
        # The notification asks for the notice in milliseconds, for the bound seat.
        assert ext_compositor.read_line() == f"notification {round(NOTICE_S * 1000)}"
        assert source.idle_seconds() == 0.0
        ext_compositor.send("idled")
        assert wait_until(lambda: (source.idle_seconds() or 0) >= NOTICE_S, 5)
        ext_compositor.send("resumed")
        assert wait_until(lambda: source.idle_seconds() == 0.0, 5)
    finally:
        source.close()
