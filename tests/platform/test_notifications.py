"""Notices go through plyer; when it cannot deliver, the tray message is used."""

import threading

from desktop_app.platform.notifications import Notifier, gvariant_string, parse_notify_reply


def _collect() -> tuple[list[tuple[str, str]], object]:
    shown: list[tuple[str, str]] = []
    return shown, lambda title, message: shown.append((title, message))


def test_plyer_is_used_when_a_service_exists() -> None:
    sent: list[tuple[str, str]] = []
    shown, fallback = _collect()
    notifier = Notifier(
        fallback,  # type: ignore[arg-type]
        backend=lambda t, m, i, s: sent.append((t, m)),
        service_available=lambda: True,
        run_async=False,
    )
    assert notifier.notify("Break soon", "in 30 s") == "plyer"
    assert sent == [("Break soon", "in 30 s")]
    assert shown == []


def test_plyer_failure_falls_back_to_tray() -> None:
    def broken(*_args: object) -> None:
        raise NotImplementedError("no backend")

    shown, fallback = _collect()
    notifier = Notifier(fallback, backend=broken, service_available=lambda: True, run_async=False)  # type: ignore[arg-type]
    assert notifier.notify("Break soon", "in 30 s") == "tray"
    assert shown == [("Break soon", "in 30 s")]


def test_missing_daemon_falls_back_without_calling_plyer() -> None:
    called: list[str] = []
    shown, fallback = _collect()
    notifier = Notifier(
        fallback,  # type: ignore[arg-type]
        backend=lambda *a: called.append("plyer"),
        service_available=lambda: False,
        run_async=False,
    )
    assert notifier.notify("t", "m") == "tray"
    assert called == [] and shown == [("t", "m")]


def test_broken_service_check_falls_back() -> None:
    def boom() -> bool:
        raise RuntimeError("bus exploded")

    shown, fallback = _collect()
    notifier = Notifier(fallback, backend=lambda *a: None, service_available=boom, run_async=False)  # type: ignore[arg-type]
    assert notifier.notify("t", "m") == "tray"
    assert shown == [("t", "m")]


def test_a_sent_notice_is_withdrawn_by_its_id() -> None:
    closed: list[int] = []
    _shown, fallback = _collect()
    notifier = Notifier(
        fallback,  # type: ignore[arg-type]
        backend=lambda t, m, i, s: 41,
        closer=closed.append,
        service_available=lambda: True,
        run_async=False,
    )
    notifier.notify("Break in 30 s", "soon")
    notifier.withdraw()
    assert closed == [41]
    notifier.withdraw()  # once only
    assert closed == [41]


def test_withdraw_closes_only_the_notice_of_that_kind() -> None:
    closed: list[int] = []
    ids = iter([1, 2])
    notifier = Notifier(
        lambda t, m: None,
        backend=lambda t, m, i, s: next(ids),
        closer=closed.append,
        service_available=lambda: True,
        run_async=False,
    )
    notifier.notify("Break in 30 s", "soon", key="break")
    notifier.notify("How was your day?", "rate it", key="day")
    notifier.withdraw("break")
    assert closed == [1]
    notifier.withdraw_all()
    assert closed == [1, 2]


def test_a_notice_withdrawn_while_it_is_being_sent_is_closed_when_its_id_arrives() -> None:
    closed: list[int] = []
    release = threading.Event()

    def slow(*_args: object) -> int:
        release.wait(5)
        return 9

    notifier = Notifier(
        lambda t, m: None,
        backend=slow,
        closer=closed.append,
        service_available=lambda: True,
        run_async=True,
    )
    notifier.notify("Break in 30 s", "soon")
    notifier.withdraw()
    release.set()
    assert notifier.wait_idle(5)
    assert closed == [9]


def test_a_tray_message_is_withdrawn_through_the_tray() -> None:
    hidden: list[bool] = []
    shown, fallback = _collect()
    notifier = Notifier(
        fallback,  # type: ignore[arg-type]
        withdraw_fallback=lambda: hidden.append(True),
        service_available=lambda: False,
        run_async=False,
    )
    notifier.notify("Break in 30 s", "soon")
    notifier.withdraw()
    assert shown == [("Break in 30 s", "soon")] and hidden == [True]
    notifier.withdraw()
    assert hidden == [True]


def test_gdbus_reply_gives_the_notification_id() -> None:
    assert parse_notify_reply("(uint32 17,)\n") == 17
    assert parse_notify_reply("garbage") is None


def test_gvariant_strings_are_quoted() -> None:
    assert gvariant_string("it's a \\ test") == "'it\\'s a \\\\ test'"


def test_the_caller_never_waits_for_the_daemon_check_or_the_send(qtbot) -> None:
    """The GUI thread only queues: the D-Bus check and gdbus call run on the worker."""
    release = threading.Event()
    seen: list[str] = []

    def slow_check() -> bool:
        seen.append(threading.current_thread().name)
        return release.wait(5)

    notifier = Notifier(
        lambda t, m: None,
        backend=lambda *a: 7,
        closer=lambda i: None,
        service_available=slow_check,
        run_async=True,
    )
    notifier.notify("Break in 30 s", "soon")  # returns while the check still waits
    assert not release.is_set()
    release.set()
    assert notifier.wait_idle(5)
    assert len(seen) == 1 and seen[0].startswith("notify")
    assert seen[0] != threading.current_thread().name


def test_the_tray_fallback_runs_on_the_gui_thread(qtbot) -> None:
    shown: list[tuple[str, str, str]] = []
    notifier = Notifier(
        lambda t, m: shown.append((t, m, threading.current_thread().name)),
        backend=lambda *a: 7,
        service_available=lambda: False,
        run_async=True,
    )
    notifier.notify("Break in 30 s", "soon")
    assert notifier.wait_idle(5)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [("Break in 30 s", "soon", threading.current_thread().name)]


def test_a_failed_send_falls_back_to_the_tray_on_the_gui_thread(qtbot) -> None:
    shown: list[str] = []

    def broken(*_args: object) -> int:
        raise OSError("daemon gone")

    notifier = Notifier(
        lambda t, m: shown.append(threading.current_thread().name),
        backend=broken,
        closer=lambda i: None,
        service_available=lambda: True,
        run_async=True,
    )
    assert notifier.notify("Break in 30 s", "soon") == "dbus"  # the route tried first
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [threading.current_thread().name]
