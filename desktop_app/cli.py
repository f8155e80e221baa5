"""Command line: ``counterbalance [--data-dir DIR] [--time-scale F] [COMMAND]``."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import __version__
from desktop_app.qt_workarounds import pin_none_refcount

#: Subcommands implemented in desktop_app/commands/<module>.py as ``run(args, paths)``.
SUBCOMMAND_MODULES = {
    "stats": "stats",
    "exercises": "exercises",
    "export": "export",
    "report": "report",
    "demo-data": "demo_data",
}


def _time_scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"must be in (0, 1], got {value}")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser (global options work before or after the command)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="keep every file the app writes in DIR (default: the per-user data dir)",
    )
    common.add_argument(
        "--time-scale",
        type=_time_scale,
        default=argparse.SUPPRESS,
        metavar="F",
        help="testing/demo aid: multiply every duration (interval, holds, countdowns) "
        "by F, 0 < F <= 1",
    )
    parser = argparse.ArgumentParser(
        prog="counterbalance",
        description="Desk microbreaks and guided stretch and core sessions, in the tray.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"counterbalance {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", parents=[common], help="run the tray app (the default)")
    sub.add_parser(
        "break-now", parents=[common], help="make the running instance start a session now"
    )
    sub.add_parser("quit", parents=[common], help="ask the running instance to quit")
    sub.add_parser("progress", parents=[common], help="open the running instance's progress window")
    sub.add_parser("settings", parents=[common], help="open the running instance's settings")
    stats = sub.add_parser("stats", parents=[common], help="print weekly adherence and pain")
    stats.add_argument("--weeks", type=_positive_int, default=8, metavar="N")
    stats.add_argument("--json", action="store_true", help="print JSON")
    exercises = sub.add_parser("exercises", parents=[common], help="list the exercise catalog")
    exercises.add_argument("--json", action="store_true", help="print JSON")
    export = sub.add_parser("export", parents=[common], help="export the raw events as CSV")
    export.add_argument("--csv", type=Path, required=True, metavar="DIR")
    report = sub.add_parser("report", parents=[common], help="write a one-page PDF report")
    report.add_argument("--pdf", type=Path, required=True, metavar="FILE")
    report.add_argument("--weeks", type=_positive_int, default=12, metavar="N")
    demo = sub.add_parser(
        "demo-data", parents=[common], help="fill the data dir with synthetic history"
    )
    demo.add_argument("--years", type=float, default=1.0, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    return parser


def _message_command(args: argparse.Namespace, command: str) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.platform.paths import DataPaths
    from desktop_app.platform.single_instance import CommandResult, send_command

    try:
        paths = DataPaths.create(getattr(args, "data_dir", None))
    except OSError as exc:
        print(f"counterbalance: cannot use the data dir: {exc}", file=sys.stderr)
        return 2
    _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    result = send_command(paths.root, command)
    if result is CommandResult.DELIVERED:
        return 0
    if result is CommandResult.IMPERSONATOR:
        print(
            f"counterbalance: the instance endpoint for {paths.root} is held by another "
            "user's process; nothing was sent to it.",
            file=sys.stderr,
        )
    elif result is CommandResult.NO_ANSWER:
        print("counterbalance: the running Counterbalance did not answer.", file=sys.stderr)
    else:
        print(
            f"counterbalance: no running Counterbalance found for {paths.root}.\n"
            "Start it first with `counterbalance` (add the same --data-dir if you used one).",
            file=sys.stderr,
        )
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    pin_none_refcount()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["speech-helper"]:
        # Internal: the process that speaks cues for the app (not in --help).
        from desktop_app.ui.speech_helper import run_helper

        return run_helper()
    args = build_parser().parse_args(argv)
    command = args.command or "run"
    if command == "run":
        # The tray app opens no network connection. asyncio (imported by APScheduler)
        # would load OpenSSL for nothing: about 4 MiB of resident memory, all day.
        sys.modules.setdefault("ssl", None)  # type: ignore[arg-type]
        from desktop_app.qt_workarounds import no_source_cache

        # Imports made while PySide6's import hook is active would otherwise leave
        # the source text of ~150 modules in memory (see no_source_cache).
        no_source_cache()
        from desktop_app.app import run_app

        return run_app(
            data_dir=getattr(args, "data_dir", None),
            time_scale=getattr(args, "time_scale", 1.0),
        )
    if command in ("break-now", "quit", "progress", "settings"):
        return _message_command(args, command)
    from desktop_app.platform.paths import DataPaths

    module = importlib.import_module(f"desktop_app.commands.{SUBCOMMAND_MODULES[command]}")
    try:
        paths = DataPaths.create(getattr(args, "data_dir", None))
    except OSError as exc:
        print(f"counterbalance: cannot use the data dir: {exc}", file=sys.stderr)
        return 2
    result: int = module.run(args, paths)
    return result


if __name__ == "__main__":
    sys.exit(main())
