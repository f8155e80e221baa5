"""The progress window's "Computer" choice: every computer's history, or one computer's.

Shown only when the history holds events of more than one computer (sync, issue 15).
Computers are told apart by id; the name each gave itself is only the label.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget


class ComputerFilter(QWidget):
    """A labelled choice of "All computers" or one of them.

    Signals:
        computer_changed(object): The computer chosen (a UUID), or None for all.
    """

    computer_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Computer shown"))
        self.combo.setToolTip(self.tr("Show the history of all your computers, or of one"))
        self.combo.addItem(self.tr("All computers"), "")
        label = QLabel(self.tr("Co&mputer:"), self)
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(lambda _i: self.computer_changed.emit(self.computer))
        self.setVisible(False)

    @property
    def computer(self) -> UUID | None:
        """The computer chosen, or None for all."""
        # Items hold the id as text: QComboBox.findData cannot match Python objects.
        data = self.combo.currentData()
        return UUID(data) if isinstance(data, str) and data else None

    def set_computers(
        self, computers: Sequence[UUID], names: Mapping[UUID, str], this: UUID | None
    ) -> None:
        """List ``computers`` (keeping the current choice); hidden when fewer than two."""
        chosen = self.computer
        self.combo.blockSignals(True)
        try:
            while self.combo.count() > 1:
                self.combo.removeItem(1)
            for computer in computers:
                name = names.get(computer) or self.tr("Computer {id}").format(id=str(computer)[:8])
                if computer == this:
                    name = self.tr("{name} (this computer)").format(name=name)
                self.combo.addItem(name, str(computer))
            index = self.combo.findData(str(chosen)) if chosen is not None else 0
            self.combo.setCurrentIndex(max(index, 0))
        finally:
            self.combo.blockSignals(False)
        self.setVisible(len(computers) > 1)
        if chosen is not None and self.computer is None:
            self.computer_changed.emit(None)
