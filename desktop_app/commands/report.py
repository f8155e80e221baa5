"""``counterbalance report --pdf FILE [--weeks N]``: the one-page report for a physio."""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

from desktop_app import cli_language
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
        cli_language.install(["--data-dir", str(paths.root)], gui=True)
        from PySide6.QtCore import QCoreApplication

        message = QCoreApplication.translate(
            "Cli", "counterbalance report: give a file with --pdf FILE"
        )
        print(message, file=sys.stderr)
        return 2
    weeks = int(getattr(args, "weeks", DEFAULT_WEEKS) or DEFAULT_WEEKS)
    # The PDF and these lines in the app's language (the data dir's Settings choice, else
    # the system's); the command line installs it first, a direct call here.
    cli_language.install(["--data-dir", str(paths.root)], gui=True)
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop_app.storage.event_store import EventStore
    from desktop_app.ui.report_pdf import write_report
    from desktop_app.ui.translations import localize_names

    store = EventStore(paths)
    try:
        # Weeks start where the app's do (its locale; Qt: Monday = 1 … Sunday = 7).
        week_start = QLocale().firstDayOfWeek().value - 1
        view = store.progress(Stamp.now(SystemClock()).local_date, weeks, week_start)
    finally:
        store.close()
    path = Path(target).expanduser()
    try:
        names = localize_names(exercise_names(resources_dir() / "exercises"))
        write_report(view, path, names)
    except OSError as exc:
        message = QCoreApplication.translate("Cli", "counterbalance report: cannot write %1: %2")
        print(message.replace("%1", str(path)).replace("%2", str(exc)), file=sys.stderr)
        return 1
    message = QCoreApplication.translate("Cli", "Wrote the report for %n week(s) to %1", "", weeks)
    print(message.replace("%1", str(path)))
    return 0
