"""Exercise text in the user's language: per-language text tables over the English catalog.

The exercise files (``resources/exercises/*.toml``) hold the English source text. A
language's text lives in one table, ``resources/i18n/catalog/<language>.toml``, keyed by
exercise id and field::

    [chin_tuck]
    name = "Kinn-Nicken"
    summary = "…"
    cues = ["…", "…", "…"]
    mistakes = ["…", "…"]
    caution = "…"

Only :data:`TEXT_FIELDS` are translated; everything else (dose, figure, links) stays in
the exercise file, so no exercise is copied. A missing exercise or field falls back to
English (a user's own exercise files have no entry); a list with the wrong number of
items falls back too, so a cue never goes missing. ``tests`` check that every shipped
table is complete.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_app.core.catalog import Catalog, Exercise

#: The fields a text table translates: single texts and lists of texts.
SINGLE_FIELDS = ("name", "summary", "caution")
LIST_FIELDS = ("cues", "mistakes")
TEXT_FIELDS = SINGLE_FIELDS + LIST_FIELDS

TextTable = Mapping[str, Mapping[str, Any]]


def read_table(path: Path) -> TextTable:
    """Read one language's table; an absent or unreadable file gives an empty table."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, Mapping)}


def localize_exercise(exercise: Exercise, entry: Mapping[str, Any]) -> Exercise:
    """Return ``exercise`` with the text of ``entry`` where it is usable, else English."""
    changes: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        value = entry.get(name)
        if _usable(value, getattr(exercise, name)):
            changes[name] = tuple(value) if isinstance(value, list) else value
    return replace(exercise, **changes) if changes else exercise


def localize(catalog: Catalog, table: TextTable) -> Catalog:
    """Return the catalog with each exercise's text from ``table`` (English where absent)."""
    if not table:
        return catalog
    exercises = tuple(localize_exercise(e, table.get(e.id, {})) for e in catalog.exercises)
    return Catalog(exercises, catalog.problems)


def missing_text(catalog: Catalog, table: TextTable) -> list[str]:
    """Return ``"<id>.<field>"`` for every English text the table lacks or cannot use."""
    missing: list[str] = []
    for exercise in catalog.exercises:
        entry = table.get(exercise.id, {})
        for name in TEXT_FIELDS:
            english = getattr(exercise, name)
            if english and not _usable(entry.get(name), english):
                missing.append(f"{exercise.id}.{name}")
    return missing


def _usable(value: Any, english: str | tuple[str, ...]) -> bool:
    if isinstance(english, str):
        return isinstance(value, str) and bool(value)
    return (
        isinstance(value, list)
        and len(value) == len(english)
        and all(isinstance(v, str) and v for v in value)
    )


def english_table(catalog: Catalog) -> dict[str, dict[str, Any]]:
    """Return the English text of every exercise as a table (the translators' template)."""
    return {
        e.id: {
            name: list(getattr(e, name)) if name in LIST_FIELDS else getattr(e, name)
            for name in TEXT_FIELDS
        }
        for e in catalog.exercises
    }
