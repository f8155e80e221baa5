"""The shared look of Counterbalance's windows: one light and one dark set of colours.

Every window (session, onboarding, symptoms, day rating, progress) builds its style sheet
from the same :class:`Theme`, chosen from the application palette, so colours, fonts,
spacing, buttons and focus rings match, and a dark desktop gets a dark, readable app.
Windows call :func:`apply_theme` once, and again when :func:`theme_for` changes after an
``ApplicationPaletteChange`` event (a styled window gets no ``PaletteChange`` then).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from desktop_app.platform.paths import resources_dir

#: Below this window lightness (0–255) the palette counts as dark.
DARK_LIGHTNESS = 128
#: The combo box arrow per theme (drawn in the theme's muted ink).
CHEVRON_LIGHT = "qml/icons/chevron-down.svg"
CHEVRON_DARK = "qml/icons/chevron-down-dark.svg"
#: The property that marks a window's root widget for the background rule.
ROOT_PROPERTY = "cbRoot"


@dataclass(frozen=True, slots=True)
class Theme:
    """Named colours of one theme (CSS hex strings)."""

    dark: bool
    window: str
    surface: str
    surface_hover: str
    border: str
    border_strong: str
    ink: str
    ink_soft: str
    muted: str
    disabled: str
    accent: str
    accent_border: str
    accent_soft: str
    accent_disabled: str
    on_accent: str
    on_accent_disabled: str
    focus: str
    focus_soft: str
    danger: str
    danger_border: str
    warn_bg: str
    warn_border: str
    warn_ink: str
    info_bg: str
    info_border: str
    info_ink: str
    track: str
    hold: str
    get_ready: str
    rest: str


LIGHT = Theme(
    dark=False,
    window="#f6f8fb",
    surface="#ffffff",
    surface_hover="#eef3f8",
    border="#dbe3ec",
    border_strong="#c2ccd8",
    ink="#1f2d3a",
    ink_soft="#33475b",
    muted="#56687a",
    disabled="#9aa7b4",
    accent="#1f6fd1",
    accent_border="#1a5cb0",
    accent_soft="#dceafb",
    accent_disabled="#a9c8ee",
    on_accent="#ffffff",
    on_accent_disabled="#ffffff",
    focus="#1f6fd1",
    focus_soft="#e3eefc",
    danger="#a33a32",
    danger_border="#e2b6b2",
    warn_bg="#fff4d6",
    warn_border="#f0d58c",
    warn_ink="#5a4300",
    info_bg="#eaf3fb",
    info_border="#b9d4ee",
    info_ink="#1f4f7a",
    track="#e3e8ef",
    hold="#2a9d8f",
    get_ready="#d99a22",
    rest="#5b8bd0",
)

DARK = Theme(
    dark=True,
    window="#161b22",
    surface="#1f2630",
    surface_hover="#28313d",
    border="#2f3a47",
    border_strong="#465466",
    ink="#e6edf3",
    ink_soft="#c9d4df",
    muted="#9cabba",
    disabled="#5f6d7c",
    accent="#2f7fd8",
    accent_border="#5a9be6",
    accent_soft="#1b3552",
    accent_disabled="#243a52",
    on_accent="#ffffff",
    on_accent_disabled="#8197ad",
    focus="#70b2ff",
    focus_soft="#1d3350",
    danger="#ff9a90",
    danger_border="#7a3a35",
    warn_bg="#3a3015",
    warn_border="#6b5722",
    warn_ink="#f3d98b",
    info_bg="#14293d",
    info_border="#2c5176",
    info_ink="#a9d1f5",
    track="#2c3644",
    hold="#3fbfae",
    get_ready="#f0b444",
    rest="#7fa9e6",
)


def theme_for(palette: QPalette | None = None) -> Theme:
    """Return the dark theme on a dark palette (default: the application's), else light."""
    palette = palette if palette is not None else QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < DARK_LIGHTNESS else LIGHT


def stylesheet(t: Theme) -> str:
    """Return the style sheet shared by every window, in theme ``t``."""
    chevron = (resources_dir() / (CHEVRON_DARK if t.dark else CHEVRON_LIGHT)).as_posix()
    return f"""
*[{ROOT_PROPERTY}="true"] {{ background: {t.window}; }}
QLabel {{ color: {t.ink}; font-size: 14px; }}
QLabel#title {{ font-size: 22px; font-weight: 700; }}
QLabel#sectionTitle {{ font-size: 14px; font-weight: 700; color: {t.ink_soft}; }}
QLabel#note, QLabel#meta, QLabel#next, QLabel#step {{ color: {t.muted}; font-size: 13px; }}
QLabel#hint {{ color: {t.muted}; font-size: 12px; }}
QLabel#cardTitle {{ color: {t.muted}; font-size: 12px; font-weight: 600; }}
QLabel#cardValue {{ font-size: 24px; font-weight: 700; }}
QLabel#cardDetail {{ color: {t.muted}; font-size: 12px; }}
QLabel#reason, QLabel#warning {{ background: {t.warn_bg}; border: 1px solid {t.warn_border};
    border-radius: 8px; padding: 6px 10px; color: {t.warn_ink}; font-size: 13px; }}
QLabel#suggestion, QLabel#disclaimer {{ background: {t.info_bg};
    border: 1px solid {t.info_border}; border-radius: 10px; padding: 10px 14px;
    font-size: 15px; color: {t.info_ink}; }}
QLabel#disclaimer {{ background: {t.surface}; border-color: {t.border}; color: {t.ink}; }}
QFrame#card {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 12px; }}
QFrame#card QLabel {{ background: transparent; border: none; }}
QCheckBox, QRadioButton {{ font-size: 14px; color: {t.ink}; padding: 4px 6px;
    border: 1px solid transparent; border-radius: 6px; }}
QCheckBox:focus, QRadioButton:focus {{ background: {t.focus_soft}; border-color: {t.focus};
    outline: none; }}
QComboBox {{ font-size: 14px; color: {t.ink}; background: {t.surface};
    border: 1px solid {t.border_strong}; border-radius: 6px; padding: 4px 10px;
    min-height: 20px; combobox-popup: 0; }}
QComboBox:focus {{ border: 2px solid {t.focus}; padding: 3px 9px; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
    width: 22px; border: none; }}
QComboBox::down-arrow {{ image: url({chevron}); width: 10px; height: 6px; }}
QComboBox QAbstractItemView {{ background: {t.surface}; color: {t.ink};
    border: 1px solid {t.border_strong}; outline: none;
    selection-background-color: {t.accent}; selection-color: {t.on_accent}; }}
QComboBox QAbstractItemView::item {{ min-height: 26px; padding: 0 8px; }}
QScrollBar:vertical {{ background: transparent; width: 12px; margin: 2px; }}
QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 2px; }}
QScrollBar::handle {{ background: {t.border_strong}; border-radius: 4px; }}
QScrollBar::handle:hover {{ background: {t.muted}; }}
QScrollBar::handle:vertical {{ min-height: 28px; }}
QScrollBar::handle:horizontal {{ min-width: 28px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QPushButton {{ background: {t.surface}; border: 1px solid {t.border_strong};
    border-radius: 8px; padding: 7px 14px; font-size: 14px; color: {t.ink}; }}
QPushButton:hover {{ background: {t.surface_hover}; }}
QPushButton:focus {{ border: 2px solid {t.focus}; padding: 6px 13px; }}
QPushButton:disabled {{ color: {t.disabled}; border-color: {t.border}; }}
QPushButton#primary {{ background: {t.accent}; color: {t.on_accent};
    border-color: {t.accent_border}; }}
QPushButton#primary:hover {{ background: {t.accent_border}; }}
QPushButton#primary:focus {{ border: 2px solid {t.focus if t.dark else t.ink}; }}
QPushButton#primary:disabled {{ background: {t.accent_disabled};
    color: {t.on_accent_disabled}; border-color: {t.accent_disabled}; }}
QPushButton#danger, QPushButton#symptoms {{ color: {t.danger};
    border-color: {t.danger_border}; }}
QPushButton#danger:focus, QPushButton#symptoms:focus {{ border: 2px solid {t.focus}; }}
QScrollArea, QWidget#list {{ background: transparent; border: none; }}
QToolTip {{ background: {t.surface}; color: {t.ink}; border: 1px solid {t.border_strong}; }}
"""


def apply_theme(window: QWidget, extra: str = "", theme: Theme | None = None) -> Theme:
    """Give ``window`` the shared style sheet (plus ``extra`` rules); return the theme.

    A window that re-styles on palette events must remember the theme *before* calling
    this: setting the style sheet sends it a ``PaletteChange`` at once.
    """
    theme = theme or theme_for()
    window.setProperty(ROOT_PROPERTY, True)
    window.setStyleSheet(stylesheet(theme) + extra)
    return theme
