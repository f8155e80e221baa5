"""Screenshots of the app in other languages on a real little desktop (issue 14).

Usage (needs the e2e desktop tools and pdftoppm, see tests/run-all.sh):
  python docs/tools/i18n_screenshots.py [--out DIR] [LANG ...]     (default: de pl)

For each language: Xvfb at 1366×768 with a tray host and a notification daemon
(tests/helpers/desktop.py), a data dir with half a year of demo history and the language
chosen in Settings, then the real app: the break prompt when a break comes due, a guided
session at its first hold, the Progress window, and the PDF report written by the command
line (which follows the same Settings choice), rendered with pdftoppm. Each window is cut
out of ``import -window root``; the safety check before the first exercise is taken too
(answered with nothing ticked, its advice showing). Writes ``i18n_<lang>_<view>.png``
(256 colours) into docs/screenshots/.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop_app.core.settings import Settings  # noqa: E402
from desktop_app.core.settings_format import settings_to_mapping  # noqa: E402
from tests.helpers.desktop import Desktop, user_active, virtual_desktop, wait_until  # noqa: E402

TITLES = {
    "prompt": "Counterbalance — Time for a break",
    "session": "Counterbalance — Session",
    "progress": "Counterbalance — Progress",
    "safety": "Counterbalance — Check symptoms",
}


def title_in(language: str, english: str) -> str:
    """Return a window title as the language's .ts file has it."""
    ts = ROOT / "resources" / "i18n" / f"counterbalance_{language}.ts"
    for message in ET.parse(ts).getroot().iter("message"):
        if message.findtext("source") == english:
            return message.findtext("translation") or english
    return english


def window_shot(desktop: Desktop, title: str, target: Path, timeout: float = 30) -> Path:
    """Cut the window named ``title`` out of a screenshot of the whole screen."""
    ids: list[str] = []
    assert wait_until(lambda: bool(ids.extend(desktop.window_ids(title)) or ids), timeout), title
    time.sleep(1.5)  # let the window paint (charts, the figure)
    geometry = desktop.run("xdotool", "getwindowgeometry", "--shell", ids[-1]).stdout
    values = dict(line.split("=", 1) for line in geometry.split() if "=" in line)
    crop = f"{values['WIDTH']}x{values['HEIGHT']}+{values['X']}+{values['Y']}"
    desktop.run("import", "-window", "root", "-crop", crop, "+repage", str(target), timeout=30)
    return target


def shoot(language: str, out: Path) -> list[Path]:
    """Take the four pictures of one language; return the files written."""
    written: list[Path] = []
    with virtual_desktop(1366, 768) as desktop, tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        env = dict(desktop.env)
        env["COUNTERBALANCE_LOG"] = "DEBUG"

        def cli(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [sys.executable, "-m", "desktop_app", *args, "--data-dir", str(data)],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=180,
                check=False,
            )

        cli("demo-data", "--years", "0.5", "--seed", "3")
        settings = replace(
            Settings(),
            onboarding_done=True,
            disclaimer_accepted=True,
            autostart_asked=True,
            daily_session_enabled=False,
            interval_min=5,
            jitter_min=0,
            pain_prompt_share=0.0,
            language=language,
        )
        (data / "settings.json").write_text(json.dumps(settings_to_mapping(settings)))
        app = subprocess.Popen(
            [sys.executable, "-m", "desktop_app", "--data-dir", str(data), "--time-scale", "0.05"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            log = data / "counterbalance.log"
            assert wait_until(lambda: log.exists() and "tray icon shown" in log.read_text(), 60)
            with user_active(desktop):  # a break comes due after 15 s of activity
                prompt = title_in(language, TITLES["prompt"])
                target = out / f"i18n_{language}_prompt.png"
                written.append(window_shot(desktop, prompt, target, 90))
                cli("break-now")
                # Before the first exercise: the safety check, answered with nothing ticked.
                safety = title_in(language, TITLES["safety"])
                if wait_until(lambda: bool(desktop.window_ids(safety)), 20):
                    window = desktop.window_ids(safety)[-1]
                    desktop.run("xdotool", "windowfocus", "--sync", window)
                    desktop.run("xdotool", "key", "--clearmodifiers", "Return")  # check: advice
                    target = out / f"i18n_{language}_safety.png"
                    written.append(window_shot(desktop, safety, target))
                    desktop.run("xdotool", "windowfocus", "--sync", window)
                    desktop.run("xdotool", "key", "--clearmodifiers", "Escape")  # close
                    # The session waited, paused, during the check: Space goes on.
                    time.sleep(1)
                    window = desktop.window_ids(title_in(language, TITLES["session"]))[-1]
                    desktop.run("xdotool", "windowfocus", "--sync", window)
                    desktop.run("xdotool", "key", "--clearmodifiers", "space")
                session = title_in(language, TITLES["session"])
                moving = re.compile(r"step: (hold|reps)")
                assert wait_until(lambda: bool(moving.search(log.read_text())), 90), log.read_text()
                target = out / f"i18n_{language}_session.png"
                written.append(window_shot(desktop, session, target))
            cli("progress")
            progress = title_in(language, TITLES["progress"])
            written.append(window_shot(desktop, progress, out / f"i18n_{language}_progress.png"))
            pdf = Path(scratch) / "report.pdf"
            result = cli("report", "--pdf", str(pdf), "--weeks", "12")
            assert result.returncode == 0, result.stderr
            stem = out / f"i18n_{language}_report"
            subprocess.run(
                ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(stem)], check=True
            )
            written.append(stem.with_suffix(".png"))
            cli("quit")
            app.wait(30)
        finally:
            if app.poll() is None:
                app.terminate()
                app.wait(10)
    return written


def main(argv: list[str]) -> int:
    """Take the screenshots for each language named (German and Polish by default)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("languages", nargs="*", default=["de", "pl"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    for language in args.languages:
        for path in shoot(language, args.out):
            # 256 colours: the same picture of a flat UI at half the bytes.
            subprocess.run(["convert", str(path), "-colors", "256", f"PNG8:{path}"], check=True)
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
