"""``counterbalance export --csv DIR``: write the raw event log as CSV files."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from desktop_app.platform.paths import DataPaths
from desktop_app.storage.csv_export import export_csv
from desktop_app.storage.faults import classify, reason


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    """Export prompts, sessions, sets, ratings and safety events into ``args.csv``."""
    target = getattr(args, "csv", None)
    if not target:
        print("counterbalance export: give a folder with --csv DIR", file=sys.stderr)
        return 2
    directory = Path(target).expanduser()
    try:
        files = export_csv(paths.database, directory)
    except OSError as exc:
        print(f"counterbalance export: cannot write to {directory}: {exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        why = reason(classify(exc))
        print(f"counterbalance export: cannot read your data: {why}", file=sys.stderr)
        return 1
    print(f"Wrote {len(files)} CSV files to {directory}: {', '.join(f.name for f in files)}")
    return 0
