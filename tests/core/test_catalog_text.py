"""Exercise text comes from per-language tables keyed by id and field (issue 14)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.commands.exercises import builtin_exercises_dir
from desktop_app.core.catalog_files import load_catalog
from desktop_app.core.catalog_text import english_table, localize, missing_text, read_table

CATALOG = load_catalog(builtin_exercises_dir())


def test_a_table_replaces_the_text_and_keeps_everything_else() -> None:
    tuck = CATALOG.get("chin_tuck")
    assert tuck is not None
    entry = {
        "name": "Kinn-Nicken",
        "summary": "Sanft nicken.",
        "cues": ["a", "b", "c"][: len(tuck.cues)],
        "mistakes": ["x"] * len(tuck.mistakes),
        "caution": "Stopp bei Schwindel.",
    }
    local = localize(CATALOG, {"chin_tuck": entry}).get("chin_tuck")
    assert local is not None
    assert (local.name, local.summary, local.caution) == (
        "Kinn-Nicken",
        "Sanft nicken.",
        "Stopp bei Schwindel.",
    )
    assert list(local.cues) == entry["cues"] and list(local.mistakes) == entry["mistakes"]
    assert (local.dose, local.keyframes, local.region) == (tuck.dose, tuck.keyframes, tuck.region)


def test_missing_or_misshapen_text_falls_back_to_english_and_is_reported() -> None:
    tuck = CATALOG.get("chin_tuck")
    assert tuck is not None
    table = {"chin_tuck": {"name": "Kinn-Nicken", "cues": ["only one"]}}
    local = localize(CATALOG, table).get("chin_tuck")
    assert local is not None
    assert local.name == "Kinn-Nicken" and local.cues == tuck.cues
    missing = missing_text(CATALOG, table)
    assert "chin_tuck.cues" in missing and "chin_tuck.name" not in missing
    assert f"{CATALOG.exercises[0].id}.name" in missing or CATALOG.exercises[0].id == "chin_tuck"


def test_the_english_table_is_complete_by_construction() -> None:
    assert missing_text(CATALOG, english_table(CATALOG)) == []


def test_an_unreadable_table_is_empty(tmp_path: Path) -> None:
    bad = tmp_path / "de.toml"
    bad.write_text("[chin_tuck\nname =", encoding="utf-8")
    assert read_table(bad) == {}
    assert read_table(tmp_path / "absent.toml") == {}
