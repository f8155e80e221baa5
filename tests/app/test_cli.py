"""The command line: help lines, where --time-scale is accepted, the no-display check."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.cli import SUBCOMMAND_MODULES, build_parser, main, no_display_reason

ROOT = Path(__file__).resolve().parents[2]


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_every_subcommand_and_option_has_a_help_line() -> None:
    parser = build_parser()
    subs = _subparsers(parser)
    assert set(SUBCOMMAND_MODULES) < set(subs)
    sub_action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helped = {choice.dest for choice in sub_action._choices_actions if choice.help}
    assert helped == set(subs)
    for name, each in {"": parser, **subs}.items():
        for action in each._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            assert action.help and action.help != argparse.SUPPRESS, (name, action.dest)


def test_time_scale_is_offered_only_where_timers_run() -> None:
    parser = build_parser()
    offering = {
        name
        for name, sub in _subparsers(parser).items()
        if any("--time-scale" in a.option_strings for a in sub._actions)
    }
    assert offering == {"run"}
    assert any("--time-scale" in a.option_strings for a in parser._actions)


@pytest.mark.parametrize(
    "argv", [["stats", "--time-scale", "0.5"], ["--time-scale", "0.5", "export", "--csv", "OUT"]]
)
def test_time_scale_with_another_command_is_refused(
    argv: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    argv = [str(tmp_path / "out") if a == "OUT" else a for a in argv]
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--data-dir", str(tmp_path / "data")])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "--time-scale" in err


@pytest.mark.parametrize(
    ("environ", "platform", "blocked"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ""}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_no_display_reason(environ: dict[str, str], platform: str, blocked: bool) -> None:
    assert (no_display_reason(environ, platform) is not None) is blocked


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is Linux only")
def test_starting_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path / "data")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "no display" in lines[0]
    assert "xcb" not in result.stderr


def test_the_tray_start_runs_no_collection_before_the_collector_takes_over() -> None:
    # Collections while the app's modules import walk only what lives on (~10 ms of CPU
    # in 53 collections, measured); the GUI thread's collector freezes it all instead.
    code = textwrap.dedent(
        """
        import gc, os, sys
        import desktop_app.app
        from desktop_app import cli
        seen = []
        desktop_app.app.run_app = lambda **kw: seen.append(gc.isenabled()) or 0
        os.environ["DISPLAY"] = ":99"
        assert cli.main([]) == 0
        print(seen)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[False]"
