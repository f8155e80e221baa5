"""What an exercise needs and what rules it out: terms the settings share with the catalog.

Kept apart from :mod:`desktop_app.core.catalog` so that the settings (loaded at every
start) do not load the catalog, its poses and its TOML reader (issue 13 §4).
"""

from __future__ import annotations

from enum import StrEnum

from desktop_app.core.text_marks import QT_TRANSLATE_NOOP

__all__ = ["CONTRAINDICATIONS", "Equipment"]


class Equipment(StrEnum):
    """What an exercise needs, and what the user has at the desk (settings ``equipment``)."""

    NONE = "none"
    BAND = "band"


#: Conditions and set-ups that rule an exercise out (field ``contraindications``); the user
#: declares the ones that apply to them and the planner leaves those exercises out. The
#: texts are English source strings (translation context "Catalog").
CONTRAINDICATIONS: dict[str, str] = {
    "flexion_intolerant": QT_TRANSLATE_NOOP(
        "Catalog", "Back pain that gets worse when you bend forward"
    ),
    "osteoporosis": QT_TRANSLATE_NOOP("Catalog", "Osteoporosis or low bone density"),
    "head_down": QT_TRANSLATE_NOOP(
        "Catalog", "Dizziness, high blood pressure or glaucoma when the head is below the heart"
    ),
    "unstable_chair": QT_TRANSLATE_NOOP("Catalog", "My chair reclines or rolls on wheels"),
    "shoulder_instability": QT_TRANSLATE_NOOP(
        "Catalog", "A shoulder that has dislocated or feels unstable"
    ),
    "pregnancy": QT_TRANSLATE_NOOP("Catalog", "Pregnant, or gave birth in the last 6 months"),
}
