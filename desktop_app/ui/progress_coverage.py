"""The progress window's coverage row: which body regions this week's sets worked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from desktop_app.core.text_marks import QT_TRANSLATE_NOOP
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.progress_charts import translate_name

#: Names of the catalog's target regions (``core.catalog.BODY_REGIONS``).
BODY_REGION_NAMES = {
    "neck": QT_TRANSLATE_NOOP("ProgressWindow", "Neck"),
    "chest_shoulders": QT_TRANSLATE_NOOP("ProgressWindow", "Chest & shoulders"),
    "upper_back": QT_TRANSLATE_NOOP("ProgressWindow", "Upper back"),
    "core": QT_TRANSLATE_NOOP("ProgressWindow", "Core"),
    "low_back": QT_TRANSLATE_NOOP("ProgressWindow", "Low back"),
    "hips": QT_TRANSLATE_NOOP("ProgressWindow", "Hips"),
    "legs": QT_TRANSLATE_NOOP("ProgressWindow", "Legs"),
}


class CoverageRow(QFrame):
    """One chip per body region: its set count this week, or ``not yet``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(self.tr("Body regions worked this week"))
        # The chips wrap onto a second row when a language makes them long.
        self._layout = FlowLayout(self, spacing=6)
        self._layout.setContentsMargins(12, 8, 12, 8)
        title = QLabel(self.tr("Worked this week:"), self)
        title.setObjectName("cardTitle")
        self._layout.addWidget(title)
        self.chips: list[QLabel] = []
        self.coverage: tuple[tuple[str, int], ...] = ()

    def show_coverage(self, coverage: tuple[tuple[str, int], ...]) -> None:
        """Show the sets per body region (every region listed)."""
        self.coverage = coverage
        for chip in self.chips:
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        names = []
        for index, (region, sets) in enumerate(coverage):
            name = translate_name(
                BODY_REGION_NAMES.get(region, region.replace("_", " ").capitalize())
            )
            chip = QLabel(self)
            chip.setObjectName("chipOn" if sets else "chipOff")
            if sets:
                chip.setText(f"{name} <b>{sets}</b>")
                # Kept in the window's context (the Polish plural test reads it there).
                detail = QCoreApplication.translate("ProgressWindow", "%n set(s)", "", sets)
                names.append(f"{name}: {detail}")
            else:
                chip.setText(name)
                names.append(self.tr("%1: not yet").replace("%1", name))
            chip.setToolTip(names[-1])
            chip.setAccessibleName(names[-1])
            chip.ensurePolished()
            self._layout.insertWidget(1 + index, chip)
            self.chips.append(chip)
        worked = sum(1 for _, sets in coverage if sets)
        self.setToolTip(
            self.tr("%1 of %n body region(s) worked this week", "", len(coverage)).replace(
                "%1", str(worked)
            )
        )
        self.setAccessibleDescription("; ".join(names))
