"""Start-up and idle cost of Counterbalance next to a bare PySide6 tray app.

Runs both, one after the other, on the same virtual desktop (Xvfb + a tray host + dunst on
a private D-Bus) and reports for each:
- start -> tray icon shown (from spawning the process to the tray icon being embedded by
  trayer, or registered with the StatusNotifierWatcher with ``--tray sni``), for a
  returning user (first-run questions answered, breaks scheduled),
- RSS and PSS after IDLE_S seconds idle,
- CPU seconds and voluntary context switches (all threads) over those IDLE_S seconds.

Usage: python bench/bench_idle.py [--idle-s 120] [--runs 3] [--tray xembed|sni] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.helpers.desktop import Desktop, TrayKind, virtual_desktop, wait_until  # noqa: E402

CLK_TCK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def voluntary_switches(pid: int) -> dict[str, int]:
    """Return voluntary context switches per live thread of ``pid``."""
    counts: dict[str, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            for line in (task / "status").read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches"):
                    counts[task.name] = int(line.split()[1])
        except FileNotFoundError:
            pass
    return counts


def switches_between(before: dict[str, int], after: dict[str, int]) -> int:
    """Count switches of threads alive at the end (a thread born meanwhile counts from 0)."""
    return sum(count - before.get(tid, 0) for tid, count in after.items())


def memory_kib(pid: int) -> tuple[int, int]:
    rss = pss = 0
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Rss:"):
            rss = int(line.split()[1])
        elif line.startswith("Pss:"):
            pss = int(line.split()[1])
    return rss, pss


def tray_icons(desktop: Desktop, tray: TrayKind) -> int:
    """Count the tray icons the host shows now."""
    if tray is TrayKind.SNI:
        return len(desktop.sni_items())
    return desktop.tray_clients()


def measure(desktop: Desktop, argv: list[str], idle_s: float, tray: TrayKind) -> dict[str, float]:
    before = tray_icons(desktop, tray)
    env = dict(desktop.env)
    start = time.time()
    proc = subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        embedded = wait_until(lambda: tray_icons(desktop, tray) > before, 20, 0.005)
        tray_at = time.time()
        if not embedded:
            raise RuntimeError(f"no tray icon from {argv}")
        time.sleep(5)  # let start-up work settle before the idle window opens
        cpu0, sw0 = cpu_seconds(proc.pid), voluntary_switches(proc.pid)
        time.sleep(idle_s)
        cpu1, sw1 = cpu_seconds(proc.pid), voluntary_switches(proc.pid)
        rss, pss = memory_kib(proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    return {
        "start_to_tray_s": tray_at - start,
        "rss_mib": rss / 1024,
        "pss_mib": pss / 1024,
        "cpu_s": cpu1 - cpu0,
        "voluntary_switches": switches_between(sw0, sw1),
    }


def returning_user(data_dir: Path) -> None:
    """Write the settings of a user past the first run: the state the app idles in."""
    from dataclasses import replace

    from desktop_app.core.settings import Settings
    from desktop_app.core.settings_format import settings_to_mapping

    # The daily-session reminder is off so that no prompt (an event, not idling) falls
    # into the measured window whatever the time of day.
    settings = replace(
        Settings(),
        onboarding_done=True,
        disclaimer_accepted=True,
        autostart_asked=True,
        daily_session_enabled=False,
    )
    path = data_dir / "settings.json"
    path.write_text(json.dumps(settings_to_mapping(settings)))
    path.chmod(0o600)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle-s", type=float, default=120.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tray", type=TrayKind, choices=list(TrayKind), default=TrayKind.XEMBED)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results: dict[str, list[dict[str, float]]] = {"counterbalance": [], "bare_pyside6_tray": []}
    with virtual_desktop(tray=args.tray) as desktop:
        for _ in range(args.runs):
            data_dir = tempfile.mkdtemp(prefix="cb-bench-")
            returning_user(Path(data_dir))
            results["counterbalance"].append(
                measure(
                    desktop,
                    [sys.executable, "-m", "desktop_app", "--data-dir", data_dir],
                    args.idle_s,
                    args.tray,
                )
            )
            results["bare_pyside6_tray"].append(
                measure(
                    desktop,
                    [sys.executable, str(ROOT / "bench" / "bare_tray.py")],
                    args.idle_s,
                    args.tray,
                )
            )
    summary = {
        name: {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        for name, runs in results.items()
    }
    machine = {
        "cpu": next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            platform.processor(),
        ),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "kernel": platform.release(),
        "idle_s": args.idle_s,
        "runs": args.runs,
        "tray": str(args.tray),
    }
    print(json.dumps({"machine": machine, "median": summary}, indent=2))
    print(
        f"\n| app | start→tray | RSS | PSS | CPU over {args.idle_s:.0f} s "
        "| voluntary ctx switches |"
    )
    print("|---|---|---|---|---|---|")
    for name, s in summary.items():
        print(
            f"| {name} | {s['start_to_tray_s']:.2f} s | {s['rss_mib']:.1f} MiB "
            f"| {s['pss_mib']:.1f} MiB | {s['cpu_s']:.2f} s | {s['voluntary_switches']:.0f} |"
        )
    if args.json:
        args.json.write_text(
            json.dumps({"machine": machine, "runs": results, "median": summary}, indent=2)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
