"""``counterbalance exercises [--json]``: list the exercise catalog and any file problems."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from desktop_app.core.catalog import Catalog, Dose, Exercise
from desktop_app.core.catalog_files import load_catalog
from desktop_app.platform.paths import DataPaths, resources_dir


def builtin_exercises_dir() -> Path:
    """Return the folder of the built-in exercise files."""
    return resources_dir() / "exercises"


def load(paths: DataPaths) -> Catalog:
    """Load the built-in catalog plus the user's ``<data dir>/exercises``."""
    return load_catalog(builtin_exercises_dir(), paths.exercises)


def exercise_json(ex: Exercise) -> dict[str, Any]:
    """Return every field of an exercise as plain JSON data."""
    return {
        "id": ex.id,
        "name": ex.name,
        "summary": ex.summary,
        "category": ex.category.value,
        "targets": list(ex.targets),
        "region": ex.region,
        "patterns": list(ex.patterns),
        "position": ex.position.value,
        "desk": ex.desk,
        "equipment": ex.equipment,
        "sided": ex.sided.value,
        "dose": {
            "sets": ex.dose.sets,
            "hold_s": ex.dose.hold_s,
            "reps": ex.dose.reps,
            "tempo_s": ex.dose.tempo_s,
        },
        "cues": list(ex.cues),
        "mistakes": list(ex.mistakes),
        "caution": ex.caution,
        "source": ex.source,
        "easier": ex.easier,
        "harder": ex.harder,
        "variant_of": ex.variant_of,
        "view": ex.view,
        "props": list(ex.props),
        "highlight": list(ex.highlight),
        "anchor": ex.anchor,
        "cycle_s": ex.cycle_s,
        "keyframes": [{"t": k.t, "angles": dict(k.angles)} for k in ex.keyframes],
        "file": ex.path,
    }


def dose_text(dose: Dose, sided: bool) -> str:
    """Return a short dose description, e.g. ``2 × 25 s`` or ``2 × 12 reps``."""
    per_side = "/side" if sided else ""
    if dose.is_hold:
        holds = f"{dose.reps} × " if dose.reps else ""
        sets = f"{dose.sets} × " if dose.sets > 1 or not dose.reps else ""
        return f"{sets}{holds}{dose.hold_s} s{per_side}"
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    return f"{sets}{dose.reps} reps{per_side}"


def print_table(catalog: Catalog, out: TextIO) -> None:
    """Write a readable table of the catalog."""
    rows = [("id", "name", "category", "position", "dose", "region", "notes")]
    for ex in catalog.exercises:
        notes = []
        if ex.desk:
            notes.append("desk")
        if ex.needs_band:
            notes.append("band")
        if ex.variant_of:
            notes.append(f"variant of {ex.variant_of}")
        rows.append(
            (
                ex.id,
                ex.name,
                ex.category.value,
                ex.position.value,
                dose_text(ex.dose, ex.sided.value == "left-right"),
                ex.region,
                ", ".join(notes),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for index, row in enumerate(rows):
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")
        if index == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")
    base = len(catalog.base)
    variants = len(catalog.exercises) - base
    out.write(f"\n{base} exercises, {variants} variants\n")


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    """Print the catalog (JSON with ``args.json``); problems go to stderr.

    Returns:
        0, or 1 if some exercise file was left out because of an error.
    """
    catalog = load(paths)
    if getattr(args, "json", False):
        json.dump(
            [exercise_json(e) for e in catalog.exercises], sys.stdout, indent=2, ensure_ascii=False
        )
        sys.stdout.write("\n")
    else:
        print_table(catalog, sys.stdout)
    for problem in catalog.problems:
        print(problem, file=sys.stderr)
    return 1 if catalog.errors else 0
