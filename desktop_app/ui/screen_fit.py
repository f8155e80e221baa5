"""Fit windows to the screen's available area (panels and taskbars excluded).

Windows ask for a comfortable size, but a 1366×768 laptop or a 1080p screen at 200 %
(960×540 logical pixels, less the taskbar) has less room than that. Every top-level
window goes through :func:`fit_to_screen` before it is first shown: its size is bounded
by the available area less the frame a window manager adds, and it is centred there.
The break prompt uses :func:`corner_position` for its corner.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QComboBox, QFrame, QLayout, QScrollArea, QWidget

#: What a window manager adds around a window before it is mapped (title bar, borders),
#: in logical pixels. Generous: GNOME, KDE, Windows 11 and macOS title bars are 28–38.
FRAME_ALLOWANCE = QMargins(8, 38, 8, 8)
#: Drop-down lists show this many items at most before they scroll.
COMBO_VISIBLE_ITEMS_MAX = 24


def available_area(screen: QScreen | None) -> QRect:
    """Return ``screen``'s available geometry (the primary screen's when None)."""
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def frame_margins(window: QWidget) -> QMargins:
    """Return the window's frame margins once known, else :data:`FRAME_ALLOWANCE`."""
    handle = window.windowHandle()
    if handle is not None and window.isVisible():
        margins = handle.frameMargins()
        if margins.top() > 0:
            return margins
    return FRAME_ALLOWANCE


def client_room(screen: QScreen | None, margins: QMargins = FRAME_ALLOWANCE) -> QSize:
    """Return the largest client size whose frame fits the available area."""
    area = available_area(screen)
    return QSize(
        area.width() - margins.left() - margins.right(),
        area.height() - margins.top() - margins.bottom(),
    )


def fit_to_screen(window: QWidget, preferred: QSize | None = None) -> None:
    """Size ``window`` to ``preferred`` (default: its size) within its screen and centre it.

    The size never goes below the window's minimum size; the layouts keep that small
    enough for every supported set-up (tests/ui/test_screen_fit.py checks them all).
    """
    screen = window.screen()
    margins = frame_margins(window)
    room = client_room(screen, margins)
    wanted = preferred if preferred is not None else window.size()
    for scroll in window.findChildren(QScrollArea, "fitScroll"):
        content = scroll.widget()
        if content is not None:  # pages not shown yet
            for layout in content.findChildren(QLayout):
                layout.invalidate()  # cached before the page's texts were final
            _follow_content(scroll, content)
    size = wanted.boundedTo(room).expandedTo(window.minimumSize())
    area = available_area(screen)
    outer_w = size.width() + margins.left() + margins.right()
    outer_h = size.height() + margins.top() + margins.bottom()
    # setGeometry places the client area; the window manager adds the frame around it.
    window.setGeometry(
        area.left() + margins.left() + max(0, (area.width() - outer_w) // 2),
        area.top() + margins.top() + max(0, (area.height() - outer_h) // 2),
        size.width(),
        size.height(),
    )
    show_whole_lists(window)


def corner_position(area: QRect, outer: QSize, margin: int) -> QPoint:
    """Return the top-left of an ``outer``-sized frame in ``area``'s bottom-right corner.

    The frame stays inside ``area`` even when it is larger than the margin allows.
    """
    x = area.right() + 1 - outer.width() - margin
    y = area.bottom() + 1 - outer.height() - margin
    return QPoint(max(area.left(), x), max(area.top(), y))


def show_whole_lists(window: QWidget) -> None:
    """Let every drop-down list in ``window`` show all its items while there is room.

    Qt's default of ten visible items cuts longer lists short with a scroll arrow even
    on a tall screen; the list still scrolls when the screen is too small.
    """
    for combo in window.findChildren(QComboBox):
        combo.setMaxVisibleItems(max(10, min(combo.count(), COMBO_VISIBLE_ITEMS_MAX)))


#: Characters a drop-down with long items shows when closed (its list shows them whole).
COMBO_MIN_CHARS = 28


def elide_long_items(combo: QComboBox) -> None:
    """Keep a drop-down with long items (a longer language) from widening its window.

    Closed, it shows about :data:`COMBO_MIN_CHARS` characters and the rest on hover;
    Qt opens its list wide enough for every item.
    """
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_MIN_CHARS)
    combo.currentTextChanged.connect(combo.setToolTip)
    combo.setToolTip(combo.currentText())


class _FollowContentWidth(QObject):
    """Keep a scroll area never narrower than its content's minimum width.

    A longer language widens check boxes, which cannot wrap; with the horizontal scroll
    bar off, the window then grows instead of cutting controls off at the right.
    """

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the content's minimum width whenever its layout changes."""
        if event.type() == QEvent.Type.LayoutRequest and isinstance(watched, QWidget):
            _follow_content(self._scroll, watched)
        return False


def _follow_content(scroll: QScrollArea, content: QWidget) -> None:
    bar = scroll.verticalScrollBar().sizeHint().width()
    scroll.setMinimumWidth(content.minimumSizeHint().width() + bar)


def scrollable(content: QWidget) -> QScrollArea:
    """Wrap ``content`` in a frameless scroll area that scrolls only when space runs out."""
    scroll = QScrollArea()
    scroll.setObjectName("fitScroll")
    scroll.setWidget(content)
    # setWidget turns the content's background on; the window's background shows instead.
    content.setAutoFillBackground(False)
    scroll.viewport().setAutoFillBackground(False)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    from PySide6.QtCore import Qt  # not at import: builds 93 enums

    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content.installEventFilter(_FollowContentWidth(scroll))
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll
