"""``counterbalance report --pdf FILE [--weeks N]``: the one-page report for a physio."""

from __future__ import annotations

import argparse
import os
import sys
import tomllib
from pathlib import Path

from desktop_app.core.clock import Stamp
from desktop_app.platform.clock import SystemClock
from desktop_app.platform.paths import DataPaths, resources_dir

DEFAULT_WEEKS = 12


def exercise_names(folder: Path) -> dict[str, str]:
    """Read display names from ``resources/exercises/*.toml`` (id -> name); skip bad files."""
    names: dict[str, str] = {}
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError):
            continue
        if isinstance(data.get("id"), str) and isinstance(data.get("name"), str):
            names[data["id"]] = data["name"]
    return names


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    """Write the PDF report; needs no display (uses Qt's offscreen platform)."""
    target = getattr(args, "pdf", None)
    if not target:
        print("counterbalance report: give a file with --pdf FILE", file=sys.stderr)
        return 2
    weeks = int(getattr(args, "weeks", DEFAULT_WEEKS) or DEFAULT_WEEKS)
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["counterbalance"])
    from desktop_app.ui.translations import install_translations, localize_names

    translators = install_translations(app)  # the PDF's counted words ("1 week")
    from desktop_app.storage.event_store import EventStore
    from desktop_app.ui.report_pdf import write_report

    store = EventStore(paths)
    try:
        view = store.progress(Stamp.now(SystemClock()).local_date, weeks)
    finally:
        store.close()
    path = Path(target).expanduser()
    try:
        names = localize_names(exercise_names(resources_dir() / "exercises"))
        write_report(view, path, names)
    except OSError as exc:
        print(f"counterbalance report: cannot write {path}: {exc}", file=sys.stderr)
        return 1
    del translators
    # Plain terminal text (no translator for print): the one English plural.
    span = "1 week" if weeks == 1 else f"{weeks} weeks"
    print(f"Wrote the report for {span} to {path}")
    return 0
