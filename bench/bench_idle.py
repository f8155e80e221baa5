"""Start-up and idle cost of Counterbalance next to a bare PySide6 tray app, in one run.

For each tray kind asked for (``--tray xembed sni wayland``) it starts a virtual desktop
(Xvfb + a tray host + dunst on a private D-Bus; for ``wayland`` also a headless Weston,
see below) and, RUNS times, starts every app in turn, 15 s apart, so that each app's
first 15 s has the machine to itself while the others idle: Counterbalance from this
checkout, the bare PySide6 tray (``bench/bare_tray.py``) and, with ``--baseline DIR``,
Counterbalance from another checkout (an older commit: before/after in the same run).
The order of the apps rotates from run to run. For each app it reports:
- start -> tray icon: from spawning the process to the icon being embedded by trayer
  (``xembed``) or registered with the StatusNotifierWatcher (``sni``, ``wayland``),
- CPU seconds in the first 15 s after spawning (start-up work),
- CPU seconds and voluntary context switches (all threads) over the next IDLE_S seconds,
- RSS and PSS at the end of that idle window (``/proc/PID/smaps_rollup``).

Counterbalance runs as a returning user (first-run questions answered, breaks
scheduled, the daily reminder off so that no prompt falls into the window).

``wayland``: the apps run on a headless Weston (``QT_QPA_PLATFORM=wayland``, no
``DISPLAY``); the StatusNotifierItem host (gtk-sni-tray-standalone, which cannot draw
on Weston) draws its bar on the Xvfb. Qt's tray icon is a D-Bus object either way.

Each package's bytecode is compiled first (``compileall``), as an installed app's is:
otherwise a checkout run with ``PYTHONDONTWRITEBYTECODE`` compiles every module of the
app at every start (measured 0.07 s of CPU before the tray icon).

Usage: python bench/bench_idle.py [--idle-s 120] [--runs 3] [--tray xembed sni wayland]
           [--baseline DIR] [--json out.json]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.helpers.desktop import Desktop, TrayKind, virtual_desktop, wait_until  # noqa: E402

CLK_TCK = os.sysconf("SC_CLK_TCK")
#: The start-up window, and the gap between two apps' starts.
STARTUP_S = 15.0
#: Bench tray kinds: the two X11 hosts, and Wayland (Weston) with the SNI host.
KINDS = ("xembed", "sni", "wayland")


@dataclass
class App:
    """One program to measure: a name for the table and its command line."""

    name: str
    argv: list[str]
    cwd: Path
    returning_user: bool


@dataclass
class Running:
    """An app started in a run, with what has been measured so far."""

    app: App
    proc: subprocess.Popen[str]
    spawned: float
    result: dict[str, float]


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


def tray_icons(desktop: Desktop, kind: str) -> int:
    """Count the tray icons the host shows now."""
    if kind == "xembed":
        return desktop.tray_clients()
    return len(desktop.sni_items())


@contextmanager
def weston(desktop: Desktop) -> Iterator[dict[str, str]]:
    """Run a headless Weston on the desktop's runtime dir; yield the apps' environment."""
    if shutil.which("weston") is None:
        raise RuntimeError("--tray wayland needs weston (apt-get install weston)")
    socket = "wayland-bench"
    log = (desktop.workdir / "weston.log").open("wb")
    proc = subprocess.Popen(
        [
            "weston",
            "--backend=headless-backend.so",
            f"--socket={socket}",
            "--width=1280",
            "--height=800",
            "--idle-time=0",
        ],
        env=desktop.env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        runtime = Path(desktop.env["XDG_RUNTIME_DIR"])
        if not wait_until(lambda: (runtime / socket).exists(), 15):
            raise RuntimeError(
                "weston did not start: " + (desktop.workdir / "weston.log").read_text()
            )
        env = {k: v for k, v in desktop.env.items() if k != "DISPLAY"}
        env.update(WAYLAND_DISPLAY=socket, QT_QPA_PLATFORM="wayland", XDG_SESSION_TYPE="wayland")
        yield env
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextmanager
def app_env(desktop: Desktop, kind: str) -> Iterator[dict[str, str]]:
    """Yield the apps' environment: the X desktop's, or a Weston on it for ``wayland``."""
    if kind != "wayland":
        yield dict(desktop.env)
        return
    with weston(desktop) as env:
        yield env


def returning_user(data_dir: Path, root: Path) -> None:
    """Write the settings of a user past the first run: the state the app idles in.

    Written by the measured checkout's own code (``root``): a baseline from an older
    commit reads the settings format it knows.
    """
    script = (
        "import json, sys\n"
        "from dataclasses import replace\n"
        "from pathlib import Path\n"
        "from desktop_app.core.settings import Settings\n"
        "try:\n"
        "    from desktop_app.core.settings_format import settings_to_mapping\n"
        "except ImportError:  # a baseline from before settings_format\n"
        "    from desktop_app.core.settings import settings_to_mapping\n"
        "s = replace(Settings(), onboarding_done=True, disclaimer_accepted=True,\n"
        "            autostart_asked=True, daily_session_enabled=False)\n"
        "p = Path(sys.argv[1]) / 'settings.json'\n"
        "p.write_text(json.dumps(settings_to_mapping(s)))\n"
        "p.chmod(0o600)\n"
        "m = Path(sys.argv[1]) / 'notice-idle-unavailable'\n"
        "m.write_text('1\\n')\n"
        "m.chmod(0o600)\n"
    )
    # A returning user on a desktop without an idle backend (Weston) has been told so
    # once (IDLE_TOLD_MARKER in desktop_app/app.py; older versions ignore the file).
    # The daily-session reminder is off so that no prompt (an event, not idling) falls
    # into the measured window whatever the time of day.
    subprocess.run([sys.executable, "-c", script, str(data_dir)], cwd=root, check=True)


def spawn(app: App, desktop: Desktop, env: dict[str, str], kind: str) -> Running:
    before = tray_icons(desktop, kind)
    argv = list(app.argv)
    if app.returning_user:
        data_dir = Path(tempfile.mkdtemp(prefix="cb-bench-"))
        returning_user(data_dir, app.cwd)
        argv += ["--data-dir", str(data_dir)]
    spawned = time.time()
    proc = subprocess.Popen(
        argv, env=env, cwd=app.cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True
    )
    if not wait_until(lambda: tray_icons(desktop, kind) > before, 30, 0.005):
        proc.kill()
        raise RuntimeError(f"no tray icon from {app.name} on {kind}")
    return Running(app, proc, spawned, {"start_to_tray_s": time.time() - spawned})


def sleep_until(when: float) -> None:
    time.sleep(max(0.0, when - time.time()))


def one_run(
    apps: list[App], desktop: Desktop, env: dict[str, str], kind: str, idle_s: float
) -> dict[str, dict[str, float]]:
    """Start the apps STARTUP_S apart; measure start-up, then idle; stop them."""
    running: list[Running] = []
    marks: dict[str, tuple[float, dict[str, int]]] = {}
    try:
        for app in apps:
            if running:
                sleep_until(running[-1].spawned + STARTUP_S)
                last = running[-1]
                marks[last.app.name] = (
                    cpu_seconds(last.proc.pid),
                    voluntary_switches(last.proc.pid),
                )
            running.append(spawn(app, desktop, env, kind))
        sleep_until(running[-1].spawned + STARTUP_S)
        last = running[-1]
        marks[last.app.name] = (cpu_seconds(last.proc.pid), voluntary_switches(last.proc.pid))
        for item in running:
            sleep_until(item.spawned + STARTUP_S + idle_s)
            cpu0, sw0 = marks[item.app.name]
            rss, pss = memory_kib(item.proc.pid)
            if os.environ.get("BENCH_SMAPS_DIR"):  # where the memory is, for a closer look
                dump = Path(os.environ["BENCH_SMAPS_DIR"]) / f"{kind}-{item.app.name}.smaps"
                dump.write_text(Path(f"/proc/{item.proc.pid}/smaps").read_text())
            item.result.update(
                cpu_startup_s=cpu0,
                cpu_idle_s=cpu_seconds(item.proc.pid) - cpu0,
                voluntary_switches=switches_between(sw0, voluntary_switches(item.proc.pid)),
                rss_mib=rss / 1024,
                pss_mib=pss / 1024,
            )
    finally:
        for item in running:
            item.proc.terminate()
        for item in running:
            try:
                item.proc.wait(10)
            except subprocess.TimeoutExpired:
                item.proc.kill()
    return {item.app.name: item.result for item in running}


def measure_kind(
    kind: str, apps: list[App], runs: int, idle_s: float
) -> dict[str, list[dict[str, float]]]:
    tray = TrayKind.XEMBED if kind == "xembed" else TrayKind.SNI
    results: dict[str, list[dict[str, float]]] = {app.name: [] for app in apps}
    with virtual_desktop(tray=tray) as desktop, app_env(desktop, kind) as env:
        for run in range(runs):
            order = apps[run % len(apps) :] + apps[: run % len(apps)]
            for name, result in one_run(order, desktop, env, kind, idle_s).items():
                results[name].append(result)
                print(f"{kind} run {run + 1} {name}: {json.dumps(result)}", flush=True)
    return results


def machine_facts(args: argparse.Namespace) -> dict[str, object]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    import PySide6

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30),
        "load_average_at_start": os.getloadavg(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "kernel": platform.release(),
        "idle_s": args.idle_s,
        "runs": args.runs,
        "trays": args.tray,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle-s", type=float, default=120.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tray", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument(
        "--baseline", type=Path, help="another Counterbalance checkout to run alongside"
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    apps = [
        App("counterbalance", [sys.executable, "-m", "desktop_app"], ROOT, True),
        App(
            "bare_pyside6_tray", [sys.executable, str(ROOT / "bench" / "bare_tray.py")], ROOT, False
        ),
    ]
    if args.baseline is not None:
        apps.append(
            App(
                "counterbalance_baseline",
                [sys.executable, "-m", "desktop_app"],
                args.baseline.resolve(),
                True,
            )
        )
    for app in apps:
        if app.returning_user:
            compileall.compile_dir(app.cwd / "desktop_app", quiet=1)
    machine = machine_facts(args)
    results = {kind: measure_kind(kind, apps, args.runs, args.idle_s) for kind in args.tray}
    summary = {
        kind: {
            name: {key: statistics.median(run[key] for run in runs) for key in runs[0]}
            for name, runs in by_app.items()
        }
        for kind, by_app in results.items()
    }
    print(json.dumps({"machine": machine, "median": summary}, indent=2))
    print(
        f"\n| tray | app | start → tray (range) | CPU 0–{STARTUP_S:.0f} s | RSS | PSS "
        f"| CPU idle / {args.idle_s:.0f} s | voluntary ctx switches |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for kind, by_app in summary.items():
        for name, s in by_app.items():
            starts = [run["start_to_tray_s"] for run in results[kind][name]]
            print(
                f"| {kind} | {name} | {min(starts):.2f}–{max(starts):.2f} s "
                f"| {s['cpu_startup_s']:.2f} s | {s['rss_mib']:.1f} MiB | {s['pss_mib']:.1f} MiB "
                f"| {s['cpu_idle_s']:.2f} s | {s['voluntary_switches']:.0f} |"
            )
    if args.json:
        args.json.write_text(
            json.dumps({"machine": machine, "runs": results, "median": summary}, indent=2)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
