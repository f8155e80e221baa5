"""The command line speaks the app's language: the Settings choice, else the system's (issue 14).

Expected texts come from the shipped .ts files (what a translator wrote), not from the code.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.platform.language_choice import language_from_settings, wants_translation

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "resources" / "i18n"


def _translation(language: str, source: str) -> list[str]:
    """Return the forms a .ts file gives for ``source`` (one, or one per plural form)."""
    root = ET.parse(I18N / f"counterbalance_{language}.ts").getroot()
    for message in root.iter("message"):
        if message.findtext("source") == source:
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.findall("numerusform")]
            return forms or [translation.text or ""]
    raise AssertionError(f"{source!r} is not in the {language} file")


def _cli(*arguments: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("LC_", "LANG", "COUNTERBALANCE_")) and k != "DISPLAY"
    }
    env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *arguments],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_stats_follow_the_system_language(tmp_path: Path) -> None:
    result = _cli("stats", "--data-dir", str(tmp_path / "data"), "--weeks", "2", lang="de_DE.UTF-8")
    assert result.returncode == 0, result.stderr
    # A new user: a streak of 0 days, German's "many" form.
    streak = _translation("de", "Current streak: %n day(s)")[1].replace("%n", "0")
    assert streak in result.stdout
    assert _translation("de", "pain before")[0] in result.stdout.splitlines()[0]


def test_the_settings_choice_wins_over_the_system(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "settings.json").write_text('{"version": 1, "language": "pl"}', encoding="utf-8")
    result = _cli("quit", "--data-dir", str(data), lang="de_DE.UTF-8")
    assert result.returncode == 1
    expected = _translation(
        "pl",
        "counterbalance: no running Counterbalance found for %1.\n"
        "Start it first with `counterbalance` (add the same --data-dir if you used one).",
    )[0].replace("%1", str(data))
    assert expected in result.stderr


def test_help_is_translated(tmp_path: Path) -> None:
    result = _cli("--help", "--data-dir", str(tmp_path), lang="fr_FR.UTF-8")
    assert result.returncode == 0, result.stderr
    said = " ".join(result.stdout.split())  # argparse wraps lines
    assert _translation("fr", "print the version and exit")[0] in said
    assert _translation("fr", "write a one-page PDF report")[0] in said


def test_json_stays_the_same_in_every_language(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    english = _cli("stats", "--json", "--data-dir", data, "--weeks", "3")
    polish = _cli("stats", "--json", "--data-dir", data, "--weeks", "3", lang="pl_PL.UTF-8")
    assert english.returncode == polish.returncode == 0
    assert json.loads(polish.stdout) == json.loads(english.stdout)
    assert "weeks" in json.loads(english.stdout)


def test_english_help_needs_no_qt(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from desktop_app.cli import main\n"
        "try:\n    main(['--help', '--data-dir', sys.argv[1]])\n"
        "except SystemExit:\n    pass\n"
        "print('QT' if 'PySide6.QtCore' in sys.modules else 'NO QT', file=sys.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    for lang, expected in (("en_GB.UTF-8", "NO QT"), ("de_DE.UTF-8", "QT")):
        env["LANG"] = lang
        result = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.stderr.strip().splitlines()[-1] == expected, (lang, result.stderr)


@pytest.mark.parametrize(
    ("choice", "environ", "platform", "expected"),
    [
        ("de", {"LANG": "en_US.UTF-8"}, "linux", True),
        ("en", {"LANG": "de_DE.UTF-8"}, "linux", False),
        ("", {"LANG": "de_DE.UTF-8"}, "linux", True),
        ("", {"LANG": "C.UTF-8"}, "linux", False),
        ("", {"LANGUAGE": "pl:en", "LANG": "en_US.UTF-8"}, "linux", True),
        ("", {"LC_ALL": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"}, "linux", False),
        ("", {}, "linux", False),
        ("", {}, "win32", True),  # only Qt can ask Windows
        ("de", {"COUNTERBALANCE_LANGUAGE": "en"}, "linux", False),
    ],
)
def test_english_is_told_without_qt(
    choice: str, environ: dict[str, str], platform: str, expected: bool
) -> None:
    assert wants_translation(choice, environ, platform) is expected


def test_the_saved_choice_ignores_broken_files(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert language_from_settings(path) == ""
    path.write_text("[" * 100_000, encoding="utf-8")
    assert language_from_settings(path) == ""
    path.write_text('{"language": "pt_BR"}', encoding="utf-8")
    assert language_from_settings(path) == "pt_BR"
