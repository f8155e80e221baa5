"""The app's single-instance windows (by key) and its warning boxes.

A window asked for twice is raised, not opened twice; a warning box stays referenced
until the user closes it (a parentless box with no Python reference would be collected
and vanish at once).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


class WindowRegistry(QObject):
    """Open single-instance windows (symptoms, onboarding, settings, …) and warning boxes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._windows: dict[str, QWidget] = {}
        #: Open warning boxes, kept referenced until closed.
        self.messages: list[QMessageBox] = []

    def show_once(self, key: str, build: Callable[[], QWidget], activate: bool = True) -> None:
        """Show the window ``key``: raise the open one, or build, remember and show it."""
        window = self._windows.get(key)
        if window is None:
            window = build()
            from PySide6.QtCore import Qt  # not at import: builds 93 enums

            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            window.destroyed.connect(lambda: self._windows.pop(key, None))
            self._windows[key] = window
        window.show()
        if activate:
            window.raise_()
            window.activateWindow()

    def get(self, key: str) -> QWidget | None:
        """Return the open window ``key``, or None."""
        return self._windows.get(key)

    def __contains__(self, key: str) -> bool:
        return key in self._windows

    def open_windows(self) -> list[QWidget]:
        """Return every open single-instance window."""
        return list(self._windows.values())

    def warn(self, title: str, text: str) -> None:
        """Show a non-blocking warning; it stays alive until the user closes it."""
        from PySide6.QtWidgets import QMessageBox  # loaded when a message is shown

        box = QMessageBox(QMessageBox.Icon.Warning, f"Counterbalance — {title}", text)
        box.setModal(False)
        from PySide6.QtCore import Qt  # not at import: builds 93 enums

        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.messages.append(box)
        box.finished.connect(lambda _result, b=box: self.messages.remove(b))
        box.show()
