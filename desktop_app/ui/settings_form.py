"""What every settings page builds with: bound fields, notes, sections, the page base.

A :class:`SettingsForm` is shared by the pages of one dialog. Each field it makes is
bound to one option (``core.settings.OPTIONS``): the option gives the field its range,
unit and help text, and the binding shows the option's value and reads it back. Every
edit calls the dialog's validation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop_app.core.settings import OPTIONS, Settings, spec
from desktop_app.ui.settings_fields import FIELD_PX, Section, option_help, option_suffix, pad_text


@dataclass(frozen=True, slots=True)
class Binding:
    """How one field shows its option's value and reads it back."""

    show: Callable[[Any], None]
    read: Callable[[], Any]


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item of ``combo`` whose data is ``value`` (else the first)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def note(text: str, name: str = "hint") -> QLabel:
    """Return a wrapped note label styled as ``name`` (hint, note, warning, fieldError)."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def help_note(key: str) -> QLabel:
    """Return a note showing the help text of the option ``key``."""
    return note(option_help(spec(key)))


class SettingsForm(QObject):
    """Make fields bound to options; every edit calls ``revalidate``.

    Args:
        revalidate: Called after every edit (the dialog skips it while loading).
        parent: Qt parent.
    """

    def __init__(self, revalidate: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._revalidate = revalidate
        #: Each option the dialog edits, by key: filled in as the fields are built.
        self.bindings: dict[str, Binding] = {}

    def revalidate(self) -> None:
        """Validate the whole dialog again (after an edit)."""
        self._revalidate()

    def bind(self, key: str, show: Callable[[Any], None], read: Callable[[], Any]) -> None:
        """Make a field the one that shows and reads the option ``key``."""
        self.bindings[key] = Binding(show, read)

    @staticmethod
    def describe(widget: QWidget, key: str) -> None:
        """Give a field its option's help text as accessible description."""
        widget.setAccessibleDescription(option_help(spec(key)))
        widget.setProperty("option", key)

    def spin(self, key: str, name: str) -> QSpinBox:
        """Return a spin box for the whole-number option ``key`` (range and unit from it)."""
        option = spec(key)
        spin = QSpinBox()
        spin.setRange(*option.whole_bounds)
        spin.setSuffix(option_suffix(option))
        spin.setAccessibleName(name)
        self.describe(spin, key)
        self.bind(key, spin.setValue, spin.value)
        spin.setFixedWidth(FIELD_PX)
        pad_text(spin)
        # Typed, or stepped with ↑/↓, PgUp/PgDn and the wheel: the style sheet would need
        # arrow images the theme lacks, so the arrows get no width. (NoButtons is not
        # used: with a style sheet it hides the text, measured with PySide6 6.11.)
        spin.setToolTip(self.tr("Type a value, or use the ↑ and ↓ keys"))
        spin.valueChanged.connect(self._revalidate)
        return spin

    def percent(self, key: str, name: str) -> QSpinBox:
        """Return a spin box showing the share option ``key`` (0–1) as a percentage."""
        lo, hi = spec(key).bounds or (0.0, 1.0)
        spin = QSpinBox()
        spin.setRange(round(lo * 100), round(hi * 100))
        spin.setSuffix(" %")
        spin.setAccessibleName(name)
        self.describe(spin, key)
        self.bind(key, lambda share: spin.setValue(round(share * 100)), lambda: spin.value() / 100)
        spin.setFixedWidth(FIELD_PX)
        pad_text(spin)
        spin.setToolTip(self.tr("Type a value, or use the ↑ and ↓ keys"))
        spin.valueChanged.connect(self._revalidate)
        return spin

    def check(self, text: str, key: str | None = None, bound: bool = True) -> QCheckBox:
        """Return a check box; with ``key`` it shows that option (``bound``: it is its field)."""
        box = QCheckBox(text)
        box.setAccessibleName(text)
        if key is not None:
            self.describe(box, key)
            if bound:
                self.bind(key, box.setChecked, box.isChecked)
        box.toggled.connect(self._revalidate)
        return box

    def combo(self, name: str, items: list[tuple[StrEnum, str]], key: str) -> QComboBox:
        """Return a drop-down for the enum option ``key`` showing ``items``."""
        combo = QComboBox()
        combo.setAccessibleName(name)
        self.describe(combo, key)
        enum = type(OPTIONS[key].default)
        self.bind(key, lambda value: select_data(combo, value), lambda: enum(combo.currentData()))
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._revalidate)
        return combo


class SettingsPage(QWidget):
    """One tab of the settings dialog; a new page subclasses this and joins ``PAGES``.

    Args:
        form: Makes the page's bound fields.
    """

    def __init__(self, form: SettingsForm) -> None:
        super().__init__()
        self.form = form
        self.setObjectName("page")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(20, 16, 20, 16)
        self.column.setSpacing(6)

    def title(self) -> str:
        """Return the tab's title."""
        raise NotImplementedError

    def section(self, title: str, first: bool = False) -> Section:
        """Start a titled grid of rows on the page."""
        if not first:
            self.column.addSpacing(14)
        label = QLabel(title)
        label.setObjectName("sectionTitle")
        self.column.addWidget(label)
        section = Section()
        self.column.addLayout(section.grid)
        return section

    def problems(self) -> list[str]:
        """Return what keeps the page's fields from being read (checked before the rest)."""
        return []

    def show_problems(self) -> None:
        """Update the page's own notes and error marks after an edit."""

    def loaded(self, settings: Settings) -> None:
        """Update what depends on the loaded values (e.g. enabled states)."""
        del settings
