"""Command line: ``counterbalance [--data-dir DIR] [--time-scale F] [COMMAND]``."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from desktop_app import __version__, cli_language
from desktop_app.cli_language import translated as _t
from desktop_app.core.text_marks import QT_TRANSLATE_NOOP
from desktop_app.qt_workarounds import pin_none_refcount

# Subcommands implemented in desktop_app/commands/<module>.py as ``run(args, paths)``.
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


def _data_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="DIR",
        help=_t(
            QT_TRANSLATE_NOOP(
                "Cli", "keep every file the app writes in DIR (default: the per-user data dir)"
            )
        ),
    )


def _time_scale_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--time-scale",
        type=_time_scale,
        default=argparse.SUPPRESS,
        metavar="F",
        help=_t(
            QT_TRANSLATE_NOOP(
                "Cli",
                "testing/demo aid for the tray app: multiply every duration (interval, holds, "
                "countdowns) by F, 0 < F <= 1",
            )
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser (global options work before or after the command).

    ``--data-dir`` works with every command; ``--time-scale`` only with ``run`` (the
    default command), the only one that runs timers.
    """
    common = argparse.ArgumentParser(add_help=False)
    _data_dir_option(common)
    timed = argparse.ArgumentParser(add_help=False)
    _time_scale_option(timed)
    parser = argparse.ArgumentParser(
        prog="counterbalance",
        description=_t(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Desk microbreaks and guided stretch and core sessions, in the tray. "
                "Without a command, runs the tray app.",
            )
        ),
        parents=[common, timed],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"counterbalance {__version__}",
        help=_t(QT_TRANSLATE_NOOP("Cli", "print the version and exit")),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser(
        "run",
        parents=[common, timed],
        help=_t(QT_TRANSLATE_NOOP("Cli", "run the tray app (the default)")),
    )
    sub.add_parser(
        "break-now",
        parents=[common],
        help=_t(QT_TRANSLATE_NOOP("Cli", "make the running instance start a session now")),
    )
    sub.add_parser(
        "quit",
        parents=[common],
        help=_t(QT_TRANSLATE_NOOP("Cli", "ask the running instance to quit")),
    )
    sub.add_parser(
        "progress",
        parents=[common],
        help=_t(QT_TRANSLATE_NOOP("Cli", "open the running instance's progress window")),
    )
    sub.add_parser(
        "settings",
        parents=[common],
        help=_t(QT_TRANSLATE_NOOP("Cli", "open the running instance's settings")),
    )
    stats = sub.add_parser(
        "stats",
        parents=[common],
        help=_t(QT_TRANSLATE_NOOP("Cli", "print weekly adherence and pain")),
    )
    stats.add_argument(
        "--weeks",
        type=_positive_int,
        default=8,
        metavar="N",
        help=_t(QT_TRANSLATE_NOOP("Cli", "show the last N weeks (8)")),
    )
    stats.add_argument(
        "--json", action="store_true", help=_t(QT_TRANSLATE_NOOP("Cli", "print JSON"))
    )
    exercises = sub.add_parser(
        "exercises",
        parents=[common],
        help=_t(QT_TRANSLATE_NOOP("Cli", "list the exercise catalog")),
    )
    exercises.add_argument(
        "--json", action="store_true", help=_t(QT_TRANSLATE_NOOP("Cli", "print JSON"))
    )
    export = sub.add_parser(
        "export",
        parents=[common],
        help=_t(QT_TRANSLATE_NOOP("Cli", "export the raw events as CSV")),
    )
    export.add_argument(
        "--csv",
        type=Path,
        required=True,
        metavar="DIR",
        help=_t(QT_TRANSLATE_NOOP("Cli", "write one CSV file per event table into DIR")),
    )
    report = sub.add_parser(
        "report", parents=[common], help=_t(QT_TRANSLATE_NOOP("Cli", "write a one-page PDF report"))
    )
    report.add_argument(
        "--pdf",
        type=Path,
        required=True,
        metavar="FILE",
        help=_t(QT_TRANSLATE_NOOP("Cli", "write the report to FILE")),
    )
    report.add_argument(
        "--weeks",
        type=_positive_int,
        default=12,
        metavar="N",
        help=_t(QT_TRANSLATE_NOOP("Cli", "cover the last N weeks (12)")),
    )
    demo = sub.add_parser(
        "demo-data",
        parents=[common],
        help=_t(QT_TRANSLATE_NOOP("Cli", "fill the data dir with synthetic history")),
    )
    demo.add_argument(
        "--years",
        type=float,
        default=1.0,
        metavar="N",
        help=_t(QT_TRANSLATE_NOOP("Cli", "years of history to make (1)")),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help=_t(QT_TRANSLATE_NOOP("Cli", "random seed, for the same data again (1)")),
    )
    return parser


def no_display_reason(environ: Mapping[str, str], platform: str) -> str | None:
    """Return why the tray app cannot show anything here, or None when it can try.

    On Linux, Qt needs an X11 or Wayland display; without one it aborts with a
    misleading message about ``libxcb-cursor0``. ``QT_QPA_PLATFORM`` set by the user
    (e.g. ``offscreen``) is respected.
    """
    if not platform.startswith("linux"):
        return None
    if any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return (
        "counterbalance: no display found (DISPLAY and WAYLAND_DISPLAY are not set); "
        "start it from a desktop session."
    )


def _message_command(args: argparse.Namespace, command: str) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.platform.paths import DataPaths
    from desktop_app.platform.single_instance import CommandResult, send_command

    try:
        paths = DataPaths.create(getattr(args, "data_dir", None))
    except OSError as exc:
        _data_dir_error(exc)
        return 2
    _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    result = send_command(paths.root, command)
    if result is CommandResult.DELIVERED:
        return 0
    if result is CommandResult.IMPERSONATOR:
        message = QCoreApplication.translate(
            "Cli",
            "counterbalance: the instance endpoint for %1 is held by another "
            "user's process; nothing was sent to it.",
        )
    elif result is CommandResult.NO_ANSWER:
        message = QCoreApplication.translate(
            "Cli", "counterbalance: the running Counterbalance did not answer."
        )
    else:
        message = QCoreApplication.translate(
            "Cli",
            "counterbalance: no running Counterbalance found for %1.\n"
            "Start it first with `counterbalance` (add the same --data-dir if you used one).",
        )
    print(message.replace("%1", str(paths.root)), file=sys.stderr)
    return 1


def _data_dir_error(exc: OSError) -> None:
    message = _t(QT_TRANSLATE_NOOP("Cli", "counterbalance: cannot use the data dir: %1"))
    print(message.replace("%1", str(exc)), file=sys.stderr)


def _install_help_language(arguments: Sequence[str]) -> None:
    """Translate ``--help`` when the wanted language is not English (else no Qt is loaded).

    Usage errors stay English, as argparse's own words ("usage:", "error:") do.
    """
    if not {"-h", "--help"} & set(arguments):
        return
    from desktop_app.platform.language_choice import language_from_settings, wants_translation

    choice = language_from_settings(cli_language.settings_file(arguments))
    if wants_translation(choice, os.environ, sys.platform):
        cli_language.install(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    pin_none_refcount()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["speech-helper"]:
        # Internal: the process that speaks cues for the app (not in --help).
        from desktop_app.ui.speech_helper import run_helper

        return run_helper()
    _install_help_language(arguments)
    parser = build_parser()
    args = parser.parse_args(arguments)
    command = args.command or "run"
    if command != "run" and hasattr(args, "time_scale"):
        parser.error(f"--time-scale applies only to run, not to {command}")
    if command == "run":
        reason = no_display_reason(os.environ, sys.platform)
        if reason is not None:
            print(reason, file=sys.stderr)
            return 1
        # Importing the app makes ~40,000 objects that live as long as it does and almost
        # no cyclic garbage: collections meanwhile (53, ~10 ms) only walk them. The GUI
        # thread's collector freezes them at start and collects from then on.
        gc.disable()
        # The tray app opens no network connection. asyncio (imported by APScheduler)
        # would load OpenSSL for nothing: about 4 MiB of resident memory, all day.
        sys.modules.setdefault("ssl", None)  # type: ignore[arg-type]
        from desktop_app.qt_workarounds import no_source_cache, no_source_scan

        # Imports made while PySide6's import hook is active would otherwise leave
        # the source text of ~150 modules in memory (see no_source_cache) and cost
        # 0.1 s of start-up CPU reading it (see no_source_scan).
        no_source_cache()
        no_source_scan()
        from desktop_app.app import run_app

        return run_app(
            data_dir=getattr(args, "data_dir", None),
            time_scale=getattr(args, "time_scale", 1.0),
        )
    # Commands speak the app's language (the tray app installs its own in run_app).
    cli_language.install(arguments, gui=command == "report")
    if command in ("break-now", "quit", "progress", "settings"):
        return _message_command(args, command)
    from desktop_app.platform.paths import DataPaths

    module = importlib.import_module(f"desktop_app.commands.{SUBCOMMAND_MODULES[command]}")
    try:
        paths = DataPaths.create(getattr(args, "data_dir", None))
    except OSError as exc:
        _data_dir_error(exc)
        return 2
    result: int = module.run(args, paths)
    return result


if __name__ == "__main__":
    sys.exit(main())
