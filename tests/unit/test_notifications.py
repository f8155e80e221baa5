"""Notices go through plyer; when it cannot deliver, the tray message is used."""

from desktop_app.platform.notifications import Notifier


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
