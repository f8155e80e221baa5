"""The progress window's charts: a Qt Quick view (Qt Graphs) fed with plain chart data.

Qt Quick and Qt Graphs are imported when the charts are first shown, so an empty history
and the tray app never pay for them. The QML (``resources/qml/ProgressCharts.qml``) gets
three properties: ``chart`` (weeks, adherence, pain before and after, pain by region),
``labels`` (translated texts) and ``colors`` (the theme).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.core.stats import ProgressView, WeekStats
from desktop_app.core.text_marks import QT_TRANSLATE_NOOP
from desktop_app.platform.paths import resources_dir
from desktop_app.ui.locale_format import day_month, percent
from desktop_app.ui.theme import LIGHT, Theme

QML_FILE = "qml/ProgressCharts.qml"
CHART_NAMES = ("combinedChart", "regionChart")
#: Week labels are thinned out above this many weeks so they stay readable.
MAX_LABELS = 13

#: Line colours per body region, chosen for contrast on light and on dark windows.
REGION_COLORS_LIGHT = ("#b45309", "#7c3aed", "#0f766e", "#be185d", "#4d7c0f", "#1d4ed8")
REGION_COLORS_DARK = ("#fbbf24", "#c4b5fd", "#5eead4", "#f9a8d4", "#bef264", "#93c5fd")

#: Names of the pain regions (``core.events.Region``).
REGION_NAMES = {
    "neck": QT_TRANSLATE_NOOP("ProgressWindow", "Neck"),
    "upper_back": QT_TRANSLATE_NOOP("ProgressWindow", "Upper back / shoulders"),
    "low_back": QT_TRANSLATE_NOOP("ProgressWindow", "Low back"),
    "hips": QT_TRANSLATE_NOOP("ProgressWindow", "Hips / buttocks"),
    "leg": QT_TRANSLATE_NOOP("ProgressWindow", "Leg below knee"),
    "arm": QT_TRANSLATE_NOOP("ProgressWindow", "Arm / hand"),
}


def translate_name(text: str) -> str:
    """Translate a fixed name marked in the ``ProgressWindow`` context."""
    return QCoreApplication.translate("ProgressWindow", text)


def percent_or_dash(value: float | None) -> str:
    """Return a share as a local percentage, or "–" when there is none."""
    return "–" if value is None else percent(value)


class ProgressCharts(QWidget):
    """Host the Qt Quick charts; show a plain message when Qt Quick cannot draw them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = LIGHT
        self._quick: Any = None
        self._error = ""
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def quick(self) -> Any:
        """The ``QQuickWidget`` drawing the charts, or None before (or without) one."""
        return self._quick

    def ensure_quick(self) -> Any:
        """Create the Qt Quick chart view on first use (imports Qt Quick and Qt Graphs)."""
        if self._quick is not None or self._error:
            return self._quick
        from PySide6.QtQuick import QQuickWindow, QSGRendererInterface
        from PySide6.QtQuickWidgets import QQuickWidget

        # Qt Quick's software renderer draws these 2D charts well on every machine,
        # needs no GPU driver (none under Xvfb or in a VM) and keeps the GL stack out
        # of a tray app's memory. It must be chosen before the first Quick window.
        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
        quick = QQuickWidget(self)
        quick.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        quick.setAccessibleName(self.tr("Charts of adherence and pain"))
        quick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        quick.setClearColor(QColor(self._theme.window))
        quick.setSource(QUrl.fromLocalFile(str(resources_dir() / QML_FILE)))
        if quick.status() != QQuickWidget.Status.Ready or quick.rootObject() is None:
            errors = "; ".join(e.toString() for e in quick.errors())
            self._error = self.tr("The charts could not be drawn: %1").replace(
                "%1", errors or self.tr("Qt Quick is not available")
            )
            quick.deleteLater()
            fallback = QLabel(self._error, self)
            fallback.setWordWrap(True)
            self._layout.addWidget(fallback)
            return None
        self._layout.addWidget(quick)
        self._quick = quick
        self._push_labels()
        self._push_colors()
        return quick

    def show_view(self, view: ProgressView) -> bool:
        """Chart ``view``; return whether the charts could be drawn."""
        quick = self.ensure_quick()
        if quick is not None:
            quick.rootObject().setProperty("chart", self._chart_data(view))
        return quick is not None

    def set_theme(self, theme: Theme) -> None:
        """Colour the charts for ``theme``."""
        self._theme = theme
        self._push_colors()

    def save_png(self, directory: Path) -> list[Path]:
        """Save one PNG per chart into ``directory``; return the files written."""
        quick = self.ensure_quick()
        if quick is None:
            return []
        from PySide6.QtQuick import QQuickItem

        directory.mkdir(parents=True, exist_ok=True)
        frame = quick.grabFramebuffer()
        ratio = frame.devicePixelRatio()
        written: list[Path] = []
        root = quick.rootObject()
        for name in CHART_NAMES:
            item = root.findChild(QQuickItem, name)
            if item is None:
                continue
            top_left = item.mapToScene(item.position() * 0)
            rect = (
                int(top_left.x() * ratio),
                int(top_left.y() * ratio),
                int(item.width() * ratio),
                int(item.height() * ratio),
            )
            target = directory / f"{name.removesuffix('Chart')}.png"
            if frame.copy(*rect).save(str(target)):
                written.append(target)
        return written

    # -- view-model to chart data -------------------------------------------------------------

    def _week_label(self, week: WeekStats) -> str:
        return day_month(week.week_start)

    def _chart_data(self, view: ProgressView) -> dict[str, Any]:
        weeks = view.weeks
        step = max(1, -(-len(weeks) // MAX_LABELS))
        categories = []
        for index, week in enumerate(weeks):
            shown = (len(weeks) - 1 - index) % step == 0
            # Categories must be unique: hidden labels become distinct runs of spaces.
            categories.append(self._week_label(week) if shown else " " * (index + 1))
        tips = []
        for week in weeks:
            tip = self.tr("Week of %1: %2 of %n break(s) taken (%3)", "", week.prompted)
            tip = (
                tip.replace("%1", self._week_label(week))
                .replace("%2", str(week.completed))
                .replace("%3", percent_or_dash(week.adherence))
            )
            if week.user_started:
                tip += "\n" + self.tr("Sessions you started: %1").replace(
                    "%1", str(week.user_started)
                )
            label = self.tr("Week of %1").replace("%1", self._week_label(week))
            tips.append({"tip": tip, "label": label})
        regions = []
        for region in view.regions:
            values: list[float | None] = []
            for week in weeks:
                match = next((r for r in week.pain_by_region if r.region == region), None)
                values.append(match.before_mean if match is not None else None)
            name = translate_name(REGION_NAMES.get(region, region.replace("_", " ")))
            regions.append({"name": name, "values": values})
        return {
            "categories": categories,
            "adherence": [
                round(w.adherence * 100, 1) if w.adherence is not None else 0 for w in weeks
            ],
            "before": [w.pain_before_mean for w in weeks],
            "after": [w.pain_after_mean for w in weeks],
            "regions": regions,
            "weeks": tips,
        }

    # -- texts and palette --------------------------------------------------------------------

    def _push_labels(self) -> None:
        if self._quick is None:
            return
        self._quick.rootObject().setProperty(
            "labels",
            {
                "adherence": self.tr("Breaks taken (%)"),
                "before": self.tr("Pain before session"),
                "after": self.tr("Pain after session"),
                "combinedTitle": self.tr("Breaks taken and pain, week by week"),
                "regionTitle": self.tr("Pain before sessions, by body region"),
                "painAxis": self.tr("Pain 0–10"),
                "adherenceAxis": self.tr("Breaks taken"),
                "noRegions": self.tr("Pick a body region when you rate your pain to see it here."),
            },
        )

    def _push_colors(self) -> None:
        if self._quick is None:
            return
        t = self._theme
        grid = QColor(t.ink)
        grid.setAlphaF(0.28 if t.dark else 0.2)
        self._quick.setClearColor(QColor(t.window))
        self._quick.rootObject().setProperty(
            "colors",
            {
                "window": t.window,
                "text": t.ink,
                "mid": t.border_strong,
                "base": t.surface,
                "grid": grid.name(QColor.NameFormat.HexArgb),
                "accent": "#5eb8a5" if t.dark else "#2f7d6d",
                "before": "#fb923c" if t.dark else "#c2410c",
                "after": "#60a5fa" if t.dark else "#1d4ed8",
                "regions": list(REGION_COLORS_DARK if t.dark else REGION_COLORS_LIGHT),
                "dark": t.dark,
            },
        )
