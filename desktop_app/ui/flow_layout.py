"""A layout that puts its widgets in a row and wraps onto the next row when they run out of room.

Qt has no such layout (its documentation has one as an example). The Progress window's
row of body regions uses it: in Polish or German the seven region chips do not fit on one
line of a 1040 px window, and a row that cannot wrap made the whole page scroll sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Left to right (or right to left), wrapping; as tall as its rows need.

    Args:
        parent: The widget it lays out.
        spacing: Pixels between items, across and between rows.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing

    def addItem(self, item: QLayoutItem) -> None:
        """Add an item at the end (Qt calls this for ``addWidget``)."""
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """Insert ``widget`` before the item at ``index``."""
        self.addChildWidget(widget)
        self._items.insert(max(0, min(index, len(self._items))), QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        """Return the number of items."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """Return the item at ``index``, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at ``index``, or None."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        """Grow in neither direction by itself."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """The height follows the width (more rows when narrower)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Return the height the rows need at ``width``."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        """Place the items in rows within ``rect``."""
        super().setGeometry(rect)
        needed = self._arrange(rect, move=True)
        owner = self.parentWidget()
        # A scroll area sizes its page from one-row hints: ask for the rows' height.
        if owner is not None and owner.minimumHeight() != needed:
            owner.setMinimumHeight(needed)

    def sizeHint(self) -> QSize:
        """Every item on one row."""
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in self._items)
        width += self._gap * max(0, len(self._items) - 1)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        return QSize(width, height) + _extent(margins)

    def minimumSize(self) -> QSize:
        """The widest item: narrower than that nothing fits."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size + _extent(self.contentsMargins())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        owner = self.parentWidget()
        mirrored = owner is not None and owner.isRightToLeft()
        x, y, row_h = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, row_h = area.x(), y + row_h + self._gap, 0
            if move:
                left = x if not mirrored else area.right() + 1 - (x - area.x()) - hint.width()
                item.setGeometry(QRect(QPoint(left, y), hint))
            x += hint.width() + self._gap
            row_h = max(row_h, hint.height())
        return y + row_h - rect.y() + margins.bottom()


def _extent(margins: QMargins) -> QSize:
    return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
