"""Quiet-time probes with fakes: fullscreen rule, Windows states, do-not-disturb, failures."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path

import pytest

from desktop_app.core.policy import QuietReason
from desktop_app.platform.idle import DBusCallError
from desktop_app.platform.idle.xlib import Rect, XlibError
from desktop_app.platform.quiet import (
    DND,
    FULLSCREEN,
    QUNS_ACCEPTS_NOTIFICATIONS,
    QUNS_APP,
    QUNS_BUSY,
    QUNS_NOT_PRESENT,
    QUNS_PRESENTATION_MODE,
    QUNS_QUIET_TIME,
    QUNS_RUNNING_D3D_FULL_SCREEN,
    CommandRunner,
    GnomeBannersProbe,
    MacFocusProbe,
    QuietDetector,
    WindowsNotificationStateProbe,
    X11FullscreenProbe,
    dunst_paused_probe,
    notification_state_reason,
    notifications_inhibited_probe,
    platform_probes,
)

SCREEN = Rect(0, 0, 1920, 1080)
SECOND_SCREEN = Rect(1920, 0, 2560, 1440)
OWN_PID = 4242
NORMAL = Rect(100, 100, 800, 600)


class FakeDesktop:
    """A WindowView with one active window."""

    def __init__(
        self,
        active: int | None = 7,
        state: set[str] | None = None,
        types: set[str] | None = None,
        pid: int | None = 99,
        rect: Rect | None = NORMAL,
        monitors: list[Rect] | None = None,
    ) -> None:
        self.active = active
        self.props = {"_NET_WM_STATE": state or set(), "_NET_WM_WINDOW_TYPE": types or set()}
        self._pid = pid
        self.rect = rect
        self.monitors = monitors or [SCREEN, SECOND_SCREEN]

    def active_window(self) -> int | None:
        return self.active

    def atom_names(self, window: int, prop: str) -> set[str]:
        assert window == self.active
        return self.props[prop]

    def pid(self, window: int) -> int | None:
        return self._pid

    def window_rect(self, window: int) -> Rect | None:
        return self.rect

    def monitor_rects(self) -> list[Rect]:
        return self.monitors


def fullscreen_reason(desktop: FakeDesktop) -> str | None:
    return X11FullscreenProbe(lambda: desktop, own_pid=OWN_PID).reason()


def test_ewmh_fullscreen_state_is_quiet() -> None:
    assert fullscreen_reason(FakeDesktop(state={"_NET_WM_STATE_FULLSCREEN"})) == FULLSCREEN


def test_window_covering_a_monitor_is_quiet() -> None:
    assert fullscreen_reason(FakeDesktop(rect=SECOND_SCREEN)) == FULLSCREEN


def test_normal_and_maximized_windows_are_not_quiet() -> None:
    assert fullscreen_reason(FakeDesktop()) is None
    maximized = FakeDesktop(
        state={"_NET_WM_STATE_MAXIMIZED_VERT", "_NET_WM_STATE_MAXIMIZED_HORZ"},
        rect=Rect(0, 32, 1920, 1048),  # below a panel: not the whole screen
    )
    assert fullscreen_reason(maximized) is None


def test_no_active_window_is_not_quiet() -> None:
    assert fullscreen_reason(FakeDesktop(active=None, rect=SCREEN)) is None
    assert fullscreen_reason(FakeDesktop(active=0, rect=SCREEN)) is None


def test_own_fullscreen_window_and_desktop_window_are_not_quiet() -> None:
    own = FakeDesktop(state={"_NET_WM_STATE_FULLSCREEN"}, pid=OWN_PID)
    assert fullscreen_reason(own) is None
    desktop = FakeDesktop(types={"_NET_WM_WINDOW_TYPE_DESKTOP"}, rect=SCREEN)
    assert fullscreen_reason(desktop) is None


def test_x_error_reopens_the_display_next_time() -> None:
    opened: list[int] = []

    class Broken(FakeDesktop):
        def active_window(self) -> int | None:
            raise XlibError("BadWindow")

    views: list[FakeDesktop] = [Broken(), FakeDesktop(state={"_NET_WM_STATE_FULLSCREEN"})]

    def factory() -> FakeDesktop:
        opened.append(1)
        return views[len(opened) - 1]

    detector = QuietDetector([X11FullscreenProbe(factory, own_pid=OWN_PID)])
    assert detector.quiet_reason() is None
    assert detector.quiet_reason() == FULLSCREEN
    assert len(opened) == 2


def test_unopenable_display_is_not_quiet(caplog: pytest.LogCaptureFixture) -> None:
    detector = QuietDetector([X11FullscreenProbe(display_name=":9999", own_pid=OWN_PID)])
    with caplog.at_level(logging.DEBUG):
        assert detector.quiet_reason() is None
    assert "cannot open X display" in caplog.text


@pytest.mark.parametrize(
    ("state", "reason"),
    [
        (QUNS_NOT_PRESENT, None),
        (QUNS_BUSY, FULLSCREEN),
        (QUNS_RUNNING_D3D_FULL_SCREEN, FULLSCREEN),
        (QUNS_PRESENTATION_MODE, FULLSCREEN),
        (QUNS_ACCEPTS_NOTIFICATIONS, None),
        (QUNS_QUIET_TIME, DND),
        (QUNS_APP, None),
    ],
)
def test_windows_notification_states(state: int, reason: str | None) -> None:
    assert notification_state_reason(state) == reason
    assert QuietDetector([WindowsNotificationStateProbe(lambda: state)]).quiet_reason() == reason


def test_windows_probe_off_windows_fails_softly() -> None:
    detector = QuietDetector([WindowsNotificationStateProbe()])
    if not hasattr(__import__("ctypes"), "WinDLL"):
        assert detector.quiet_reason() is None


def runner(output: str | None) -> tuple[list[Sequence[str]], CommandRunner]:
    calls: list[Sequence[str]] = []

    def run(argv: Sequence[str]) -> str | None:
        calls.append(list(argv))
        return output

    return calls, run


def test_gnome_dnd_reads_show_banners() -> None:
    calls, run = runner("false\n")
    assert GnomeBannersProbe(run).reason() == DND
    assert calls == [["gsettings", "get", "org.gnome.desktop.notifications", "show-banners"]]
    assert GnomeBannersProbe(runner("true\n")[1]).reason() is None
    assert GnomeBannersProbe(runner(None)[1]).reason() is None


class PropertyBus:
    def __init__(self, values: dict[tuple[str, str], object]) -> None:
        self.values = values
        self.calls: list[tuple[object, ...]] = []

    def call(
        self, service: str, path: str, interface: str, method: str, *args: object
    ) -> list[object]:
        self.calls.append((service, path, interface, method, *args))
        assert method == "Get"
        key = (str(args[0]), str(args[1]))
        if key not in self.values:
            raise DBusCallError("org.freedesktop.DBus.Error.UnknownInterface")
        return [self.values[key]]


def test_dunst_pause_is_dnd() -> None:
    bus = PropertyBus({("org.dunstproject.cmd0", "paused"): True})
    assert dunst_paused_probe(lambda: bus).reason() == DND
    assert bus.calls[0] == (
        "org.freedesktop.Notifications",
        "/org/freedesktop/Notifications",
        "org.freedesktop.DBus.Properties",
        "Get",
        "org.dunstproject.cmd0",
        "paused",
    )
    running = PropertyBus({("org.dunstproject.cmd0", "paused"): False})
    assert dunst_paused_probe(lambda: running).reason() is None


def test_kde_inhibited_is_dnd() -> None:
    bus = PropertyBus({("org.freedesktop.Notifications", "Inhibited"): True})
    assert notifications_inhibited_probe(lambda: bus).reason() == DND


def test_daemon_without_the_property_is_not_quiet() -> None:
    bus = PropertyBus({})
    detector = QuietDetector(
        [dunst_paused_probe(lambda: bus), notifications_inhibited_probe(lambda: bus)]
    )
    assert detector.quiet_reason() is None
    assert len(bus.calls) == 2


def test_mac_focus_assertions(tmp_path: Path) -> None:
    path = tmp_path / "Assertions.json"
    path.write_text(json.dumps({"data": [{"storeAssertionRecords": [{"id": 1}]}]}))
    assert MacFocusProbe(path).reason() == DND
    path.write_text(json.dumps({"data": [{"storeAssertionRecords": []}]}))
    assert MacFocusProbe(path).reason() is None
    path.write_text("{not json")
    assert QuietDetector([MacFocusProbe(path)]).quiet_reason() is None
    assert QuietDetector([MacFocusProbe(tmp_path / "missing.json")]).quiet_reason() is None


def test_fullscreen_is_reported_before_dnd_and_failures_are_skipped() -> None:
    class Boom:
        name = "boom"

        def reason(self) -> str | None:
            raise RuntimeError("service crashed")

    class Fixed:
        def __init__(self, name: str, value: str | None) -> None:
            self.name = name
            self.value = value

        def reason(self) -> str | None:
            return self.value

    detector = QuietDetector([Boom(), Fixed("fs", FULLSCREEN), Fixed("dnd", DND)])
    assert detector.quiet_reason() == FULLSCREEN
    assert QuietDetector([Boom(), Fixed("dnd", DND)]).quiet_reason() == DND
    assert QuietDetector([Boom(), Fixed("fs", None)]).quiet_reason() is None
    assert QuietDetector([]).quiet_reason() is None


def test_platform_probe_selection() -> None:
    names = lambda probes: [p.name for p in probes]  # noqa: E731
    assert names(platform_probes("win32", {})) == ["windows-notification-state"]
    assert names(platform_probes("darwin", {})) == ["macos-focus"]
    x11 = names(platform_probes("linux", {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}))
    assert x11[0] == "x11-fullscreen"
    assert {"dunst-paused", "notifications-inhibited"} <= set(x11)
    wayland = names(platform_probes("linux", {"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}))
    assert "x11-fullscreen" not in wayland


def test_reasons_are_quiet_reason_enums() -> None:
    assert fullscreen_reason(FakeDesktop(state={"_NET_WM_STATE_FULLSCREEN"})) is (
        QuietReason.FULLSCREEN
    )
    assert notification_state_reason(QUNS_QUIET_TIME) is QuietReason.DND
    assert (FULLSCREEN, DND) == (QuietReason.FULLSCREEN, QuietReason.DND)
