"""The app's face on the desktop: the tray icon, or a small window when no tray appears.

Qt picks the tray protocol when the icon is created, so the shell waits for a tray host
before creating it (opensnitch #1659: an app started before the panel loses its icon),
retries for :data:`TRAY_RETRY_LIMIT_S`, then shows :class:`NoTrayWindow` instead. It
forwards the intents of whichever it shows and keeps its status line fresh.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from desktop_app.core.policy import PolicyStatus
from desktop_app.core.text_marks import QT_TRANSLATE_NOOP
from desktop_app.ui.tray import (
    TrayIcon,
    TrayIntents,
    TrayState,
    TrayView,
    tray_view_for,
)

if TYPE_CHECKING:  # loaded only when no tray appears
    from desktop_app.ui.no_tray_window import NoTrayWindow

log = logging.getLogger(__name__)

TRAY_RETRY_MS = 1000
TRAY_RETRY_LIMIT_S = 30
#: How often the tooltip's "next break in N min" is refreshed while counting.
TOOLTIP_REFRESH_MS = 60_000
#: The intents a tray icon and the no-tray window both emit, forwarded by the shell
#: (the signals of :class:`TrayIntents`).
INTENTS = (
    "session_requested",
    "snooze_requested",
    "pause_requested",
    "resume_requested",
    "progress_requested",
    "settings_requested",
    "symptoms_requested",
    "day_pain_requested",
    "quit_requested",
)


class TrayIcons(Mapping[TrayState, QIcon]):
    """The product's tray icons, from pre-rendered PNGs (no SVG plugin at run time).

    Each variant is read when first shown: reading a PNG decodes it, and the paused and
    due variants of a tray that starts normal are 12 of its 18 files (about 0.02 s of CPU
    at every start). A variant without PNGs falls back to its SVG, then to the normal icon.
    """

    def __init__(self, icons_dir: Path) -> None:
        self._dir = icons_dir
        self._read: dict[TrayState, QIcon] = {}

    def __getitem__(self, state: TrayState) -> QIcon:
        icon = self._read.get(state)
        if icon is None:
            icon = self._load(state)
            if icon.isNull() and state is not TrayState.NORMAL:
                icon = self[TrayState.NORMAL]
            self._read[state] = icon
        return icon

    def __iter__(self) -> Iterator[TrayState]:
        return iter(TrayState)

    def __len__(self) -> int:
        return len(TrayState)

    def read_so_far(self) -> list[TrayState]:
        """The variants read from disk until now."""
        return list(self._read)

    def _load(self, state: TrayState) -> QIcon:
        name = {
            TrayState.NORMAL: "tray",
            TrayState.PAUSED: "tray-paused",
            TrayState.DUE: "tray-due",
        }[state]
        # "tray-16.png", not "tray-paused-16.png": the size must follow the name directly.
        icon = QIcon()
        for png in sorted((self._dir / "tray").glob(f"{name}-[0-9]*.png")):
            icon.addFile(str(png))
        if icon.isNull() and (self._dir / f"{name}.svg").exists():
            icon = QIcon(str(self._dir / f"{name}.svg"))
        return icon


def load_tray_icons(icons_dir: Path) -> TrayIcons:
    """Return the product's tray icons (each variant read when first shown)."""
    return TrayIcons(icons_dir)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrayShell", text)


def app_tray_view(
    status: PolicyStatus | None, onboarding_done: bool, session_running: bool
) -> TrayView:
    """What the shell shows: the policy's status, or why there is none yet.

    ``status`` is None while the break service is not built (before the welcome is
    finished, or while its modules load).
    """
    if status is None:
        if not onboarding_done:
            # The welcome was closed (or is still open): say why nothing is scheduled.
            return TrayView(
                status_line=_tr(
                    QT_TRANSLATE_NOOP("TrayShell", "not set up yet: breaks start after the welcome")
                ),
                can_snooze=False,
            )
        return TrayView(status_line=_tr(QT_TRANSLATE_NOOP("TrayShell", "starting…")))
    view = tray_view_for(status)
    if session_running:
        # Nothing counts down while a session runs.
        view = replace(
            view,
            status_line=_tr(QT_TRANSLATE_NOOP("TrayShell", "session in progress")),
            session_running=True,
            counting=False,
        )
    return view


class TrayShell(TrayIntents):
    """Shows the tray icon (or the no-tray window) and forwards what the user asks.

    Signals: those of :class:`~desktop_app.ui.tray.TrayIntents` (see :data:`INTENTS`).
    """

    def __init__(
        self,
        icons: Mapping[TrayState, QIcon],
        view: Callable[[], TrayView],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._icons = icons
        self._view = view
        self.tray: TrayIcon | None = None
        self.no_tray: NoTrayWindow | None = None
        #: A message asked for before the tray or the window existed (shown once one does).
        self._pending_message: tuple[str, str] | None = None
        self._waited_ms = 0
        self._retry = QTimer(self)
        self._retry.setInterval(TRAY_RETRY_MS)
        self._retry.timeout.connect(self._on_retry_timeout)
        # Only a countdown changes by itself; every other state changes with a policy
        # tick, which refreshes the shell anyway. No minute timer while nothing counts.
        self._tooltip_timer = QTimer(self)
        self._tooltip_timer.setInterval(TOOLTIP_REFRESH_MS)
        self._tooltip_timer.timeout.connect(self.refresh)

    def start(self) -> None:
        """Show the tray icon now, or wait for a tray host (then the no-tray window)."""
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._create_tray()
            return
        log.info("no system tray yet: retrying for up to %d s", TRAY_RETRY_LIMIT_S)
        self._retry.start()

    def _on_retry_timeout(self) -> None:
        self._waited_ms += TRAY_RETRY_MS
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._retry.stop()
            self._create_tray()
        elif self._waited_ms >= TRAY_RETRY_LIMIT_S * 1000:
            self._retry.stop()
            self.create_no_tray_window()

    def _create_tray(self) -> None:
        tray = TrayIcon(self._icons, self)
        self._forward(tray)
        self.tray = tray
        self.refresh()
        tray.show()
        log.info("tray icon shown")
        self._show_pending_message()

    def create_no_tray_window(self) -> None:
        """Show the small window that stands in for the tray."""
        log.warning("no system tray after %d s: showing a small window instead", TRAY_RETRY_LIMIT_S)
        from desktop_app.ui.no_tray_window import NoTrayWindow

        window = NoTrayWindow(self._icons[TrayState.NORMAL])
        self._forward(window)
        self.no_tray = window
        self.refresh()
        # Shown by the app, not the user: it must not take the focus (e.g. from the welcome).
        from PySide6.QtCore import Qt  # not at import: builds 93 enums

        window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        window.show()
        window.place_on_screen()
        self._show_pending_message()

    def _forward(self, face: TrayIcon | NoTrayWindow) -> None:
        for name in INTENTS:
            getattr(face, name).connect(getattr(self, name))

    @property
    def in_window(self) -> bool:
        """Whether the app lives in the no-tray window (not in a tray or menu bar)."""
        return self.tray is None and self.no_tray is not None

    def refresh(self) -> None:
        """Show the current status in the tooltip, the menu and the no-tray window."""
        view = self._view()
        if view.counting and not self._tooltip_timer.isActive():
            self._tooltip_timer.start()
        elif not view.counting:
            self._tooltip_timer.stop()
        if self.tray is not None:
            self.tray.set_view(view)
        if self.no_tray is not None:
            self.no_tray.set_view(view)

    def show_message(self, title: str, message: str) -> None:
        """Show a tray balloon, or the message in the no-tray window; safe from any thread.

        Asked for before either exists (a notice at start-up, while the tray is awaited),
        it is kept and shown once one does: on a desktop with neither a tray nor a
        notification service (Weston) it would otherwise never be seen.
        """
        if self.tray is not None:
            self.tray.show_message(title, message)
        elif self.no_tray is not None:
            self.no_tray.show_message(title, message)
        else:
            self._pending_message = (title, message)

    def hide_message(self) -> None:
        """Take the balloon (or the window's message) away (safe from any thread)."""
        self._pending_message = None
        if self.tray is not None:
            self.tray.hide_message()
        elif self.no_tray is not None:
            self.no_tray.show_message("", "")

    def _show_pending_message(self) -> None:
        pending, self._pending_message = self._pending_message, None
        if pending is not None:
            self.show_message(*pending)

    def bring_to_front(self) -> bool:
        """Bring the no-tray window to the front; False when the app lives in a tray."""
        if self.no_tray is None:
            return False
        self.no_tray.bring_to_front()
        return True

    def allow_close(self) -> None:
        """Let the no-tray window close (Qt's quit asks every window; it refuses unless told)."""
        if self.no_tray is not None:
            self.no_tray.allow_close()

    def stop(self) -> None:
        """Stop the timers and take the icon and the window off the screen."""
        self._retry.stop()
        self._tooltip_timer.stop()
        if self.tray is not None:
            self.tray.hide()
        if self.no_tray is not None:
            self.no_tray.allow_close()
            self.no_tray.close()
