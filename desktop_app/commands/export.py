"""``counterbalance export --csv DIR``: write the raw event log as CSV files."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_app.platform.paths import DataPaths
from desktop_app.storage.csv_export import export_csv
from desktop_app.storage.faults import classify, reason


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    """Export prompts, sessions, sets, ratings and safety events into ``args.csv``."""
    target = getattr(args, "csv", None)
    if not target:
        message = QCoreApplication.translate(
            "Cli", "counterbalance export: give a folder with --csv DIR"
        )
        print(message, file=sys.stderr)
        return 2
    directory = Path(target).expanduser()
    try:
        files = export_csv(paths.database, directory)
    except OSError as exc:
        message = QCoreApplication.translate("Cli", "counterbalance export: cannot write to %1: %2")
        print(message.replace("%1", str(directory)).replace("%2", str(exc)), file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        why = reason(classify(exc))
        message = QCoreApplication.translate(
            "Cli", "counterbalance export: cannot read your data: %1"
        )
        print(message.replace("%1", why), file=sys.stderr)
        return 1
    count = len(files)  # a plain name: lupdate skips a call here
    message = QCoreApplication.translate("Cli", "Wrote %n CSV file(s) to %1: %2", "", count)
    print(message.replace("%1", str(directory)).replace("%2", ", ".join(f.name for f in files)))
    return 0
