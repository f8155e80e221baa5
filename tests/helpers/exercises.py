"""Exercise builders for tests: one made in code, or the built-in catalog loaded once."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from desktop_app.core.catalog import (
    Catalog,
    Category,
    Dose,
    Equipment,
    Exercise,
    Position,
    Sidedness,
)
from desktop_app.core.catalog_files import load_catalog
from desktop_app.platform.paths import resources_dir


def make_exercise(id_: str = "bare", dose: Dose | None = None, **fields: Any) -> Exercise:
    """A seated, bilateral neck release with no figure keyframes; ``fields`` override any field.

    The name is the id in title case ("chin_tuck" -> "Chin Tuck"); the dose is one 10 s hold
    unless given.
    """
    base = Exercise(
        id=id_,
        name=id_.replace("_", " ").title(),
        category=Category.RELEASE,
        targets=("muscle",),
        region="neck",
        patterns=("upper-crossed",),
        position=Position.SEATED,
        desk=True,
        equipment=Equipment.NONE,
        sided=Sidedness.BILATERAL,
        dose=dose or Dose(sets=1, hold_s=10),
        cues=("one", "two", "three"),
        mistakes=(),
        caution="",
        source="",
        easier=None,
        harder=None,
        view="side",
        cycle_s=4.0,
        keyframes=(),
    )
    return replace(base, **fields)


@cache
def builtin_catalog() -> Catalog:
    """The exercises shipped in resources/exercises, loaded once per test run (immutable)."""
    return load_catalog(resources_dir() / "exercises")
