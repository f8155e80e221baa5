"""The tray icon and its menu (the window shown when there is no tray: ``no_tray_window``)."""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop_app.core.policy import PauseRequest, PauseUntil, PolicyState, PolicyStatus, QuietReason
from desktop_app.ui.locale_format import short_time

SNOOZE_FROM_TRAY_MIN = 10
PAUSE_FROM_TRAY_S = 3600
SHORT_PAUSE_S = 30 * 60
PAUSE_UNTIL_TOMORROW = PauseRequest(PauseUntil.TOMORROW)
PAUSE_UNTIL_RESUMED = PauseRequest(PauseUntil.RESUMED)
MINUTE_S = 60


class TrayState(StrEnum):
    """Which icon variant the tray shows."""

    NORMAL = "normal"
    PAUSED = "paused"
    DUE = "due"


@dataclass(frozen=True, slots=True)
class TrayView:
    """What the tray shows: the tooltip line and which actions make sense now."""

    status_line: str
    state: TrayState = TrayState.NORMAL
    paused: bool = False
    can_snooze: bool = True
    session_running: bool = False
    #: The status line changes by itself (a countdown): refresh it every minute.
    counting: bool = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tray", text)


def status_line(status: PolicyStatus) -> str:
    """Say what the break policy is doing, for the tooltip and the menu's first line.

    ``next_break_in_s`` is already in the wall seconds the user will wait (the policy
    scales the interval by ``--time-scale``).
    """
    state = status.state
    if state is PolicyState.PAUSED:
        if status.paused_until is None:
            return QCoreApplication.translate("Tray", "paused until you resume")
        local = status.paused_until.astimezone()
        return QCoreApplication.translate("Tray", "paused until {time}").format(
            time=short_time(local.time())
        )
    if state is PolicyState.QUIET:
        names = {
            QuietReason.FULLSCREEN: QCoreApplication.translate("Tray", "fullscreen"),
            QuietReason.DND: QCoreApplication.translate("Tray", "do not disturb"),
        }
        reason = names.get(status.quiet, status.quiet or "") if status.quiet else ""
        return QCoreApplication.translate("Tray", "quiet: {reason}").format(reason=reason)
    if state is PolicyState.OUTSIDE_HOURS:
        return QCoreApplication.translate("Tray", "outside working hours")
    if state is PolicyState.PROMPTING:
        return QCoreApplication.translate("Tray", "time for a break")
    if state is PolicyState.SESSION:
        return QCoreApplication.translate("Tray", "session in progress")
    if state is PolicyState.IDLE:
        return QCoreApplication.translate("Tray", "away from the desk: that counts as a break")
    if status.next_break_in_s is None:
        return QCoreApplication.translate("Tray", "waiting for activity")
    seconds = status.next_break_in_s
    if seconds < MINUTE_S:
        return QCoreApplication.translate("Tray", "next break in under a minute")
    minutes = math.ceil(seconds / MINUTE_S)
    if state is PolicyState.SNOOZED:
        return QCoreApplication.translate("Tray", "snoozed: next break in {n} min").format(
            n=minutes
        )
    return QCoreApplication.translate("Tray", "next break in {n} min").format(n=minutes)


def tray_view_for(status: PolicyStatus) -> TrayView:
    """Build the tray's view-model from the policy status."""
    state = TrayState.NORMAL
    if status.state is PolicyState.PAUSED:
        state = TrayState.PAUSED
    elif status.state is PolicyState.PROMPTING:
        state = TrayState.DUE
    return TrayView(
        status_line=status_line(status),
        state=state,
        paused=status.state is PolicyState.PAUSED,
        can_snooze=status.state
        in (PolicyState.COUNTING, PolicyState.PROMPTING, PolicyState.SNOOZED),
        session_running=status.state is PolicyState.SESSION,
        counting=status.next_break_in_s is not None,
    )


class TrayIntents(QObject):
    """What the user can ask from the tray menu (the tray icon and the app's shell).

    Signals:
        session_requested(): "Start a session now".
        snooze_requested(int): snooze the next break by N minutes.
        pause_requested(PauseRequest): pause reminders for a while, until tomorrow
            (:data:`PAUSE_UNTIL_TOMORROW`) or until resumed (:data:`PAUSE_UNTIL_RESUMED`).
        resume_requested(): resume after a pause.
        progress_requested(): open the progress window.
        settings_requested(): open the settings.
        symptoms_requested(): open the "Check symptoms" page.
        day_pain_requested(): rate today's average pain.
        quit_requested(): quit the app.
    """

    session_requested = Signal()
    snooze_requested = Signal(int)
    pause_requested = Signal(object)
    resume_requested = Signal()
    progress_requested = Signal()
    settings_requested = Signal()
    symptoms_requested = Signal()
    day_pain_requested = Signal()
    quit_requested = Signal()


class TrayIcon(TrayIntents):
    """The system-tray icon; its menu follows the status each time it opens.

    Signals: those of :class:`TrayIntents`.
    """

    message_requested = Signal(str, str)

    def __init__(self, icons: Mapping[TrayState, QIcon], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icons = icons
        self._view = TrayView(status_line="")
        self._tray = QSystemTrayIcon(icons[TrayState.NORMAL], self)
        self._menu = QMenu()
        self._menu.setAccessibleName(self.tr("Counterbalance menu"))
        self._menu.aboutToShow.connect(self._on_menu_about_to_show)
        self._tray.setContextMenu(self._menu)
        self._tray.activated.connect(self._on_tray_activated)
        # A thread (the notifier) may ask for a balloon: the queued signal brings it here.
        self.message_requested.connect(self._on_message_requested)
        self._build_menu()
        self._sync_menu()

    @property
    def menu(self) -> QMenu:
        return self._menu

    def show(self) -> None:
        self._tray.show()

    def hide(self) -> None:
        self._tray.hide()

    def set_view(self, view: TrayView) -> None:
        """Show a new status; the tooltip and icon follow it."""
        if view.state != self._view.state:
            self._tray.setIcon(self._icons[view.state])
        self._view = view
        tooltip = self.tr("Counterbalance — {status}").format(status=view.status_line)
        if tooltip != self._tray.toolTip():  # on an SNI host each set is a D-Bus signal
            self._tray.setToolTip(tooltip)
        self._sync_menu()

    def tooltip(self) -> str:
        return self._tray.toolTip()

    def show_message(self, title: str, message: str) -> None:
        """Show a tray balloon; safe to call from any thread."""
        self.message_requested.emit(title, message)

    def hide_message(self) -> None:
        """Take a shown balloon off the screen (safe to call from any thread)."""
        if sys.platform != "darwin":  # macOS posts a notification: nothing to take back
            # An empty balloon hides the current one (Qt's balloon tip; Windows' NIF_INFO).
            self.message_requested.emit("", "")

    def _on_message_requested(self, title: str, message: str) -> None:
        self._tray.showMessage(title, message, self._icons[TrayState.NORMAL], 10_000)

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.progress_requested.emit()

    def _on_menu_about_to_show(self) -> None:
        self._sync_menu()

    def _build_menu(self) -> None:
        """Create every item once; :meth:`_sync_menu` updates them in place.

        Items are never cleared and re-added: a tray host that shows the menu itself
        (dbusmenu: KDE, GNOME's AppIndicator) caches their ids, and a menu rebuilt on
        each opening made the first click after showing a submenu hit a stale id.
        """
        menu = self._menu
        self._status_action = menu.addAction(self.tr("Counterbalance"))
        self._status_action.setEnabled(False)
        menu.addSeparator()
        self._start_action = menu.addAction(self.tr("&Start a session now"))
        self._start_action.triggered.connect(self.session_requested)
        self._snooze_action = menu.addAction(
            self.tr("S&nooze {n} min").format(n=SNOOZE_FROM_TRAY_MIN)
        )
        self._snooze_action.triggered.connect(
            lambda: self.snooze_requested.emit(SNOOZE_FROM_TRAY_MIN)
        )
        self._resume_action = menu.addAction(self.tr("&Resume reminders"))
        self._resume_action.triggered.connect(self.resume_requested)
        self._pause_action = menu.addAction(self.tr("&Pause 1 h"))
        self._pause_action.triggered.connect(
            lambda: self.pause_requested.emit(PauseRequest.lasting(PAUSE_FROM_TRAY_S))
        )
        self._pause_menu = menu.addMenu(self.tr("Pause &for…"))
        for text, value in (
            (self.tr("30 minutes"), PauseRequest.lasting(SHORT_PAUSE_S)),
            (self.tr("Until tomorrow"), PAUSE_UNTIL_TOMORROW),
            (self.tr("Until I resume"), PAUSE_UNTIL_RESUMED),
        ):
            action = self._pause_menu.addAction(text)
            action.triggered.connect(lambda _c=False, v=value: self.pause_requested.emit(v))
        menu.addSeparator()
        progress = menu.addAction(self.tr("Pro&gress…"))
        progress.triggered.connect(self.progress_requested)
        day_pain = menu.addAction(self.tr("Rate &today's pain…"))
        day_pain.triggered.connect(self.day_pain_requested)
        symptoms = menu.addAction(self.tr("&Check symptoms…"))
        symptoms.triggered.connect(self.symptoms_requested)
        settings = menu.addAction(self.tr("S&ettings…"))
        settings.triggered.connect(self.settings_requested)
        menu.addSeparator()
        quit_action: QAction = menu.addAction(self.tr("&Quit"))
        # The platform's Quit keys (setShortcut would build the Qt namespace's 93 enums).
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_requested)

    def _sync_menu(self) -> None:
        """Make the items say and allow what the current view does (no item is replaced)."""
        view = self._view
        self._status_action.setText(view.status_line or self.tr("Counterbalance"))
        self._start_action.setEnabled(not view.session_running)
        self._snooze_action.setEnabled(view.can_snooze and not view.paused)
        self._resume_action.setVisible(view.paused)
        self._pause_action.setVisible(not view.paused)
        self._pause_menu.menuAction().setVisible(not view.paused)
