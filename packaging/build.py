"""Build the one-folder Counterbalance bundle for the current OS and print its size.

Usage::

    python packaging/build.py [--dist DIR] [--work DIR] [--largest N]

Installs PyInstaller with pip if it is missing, runs ``packaging/counterbalance.spec``, checks
that the bundle answers ``--version`` and prints the bundle size in MB (10^6 bytes) and MiB.
The bundle lands in ``packaging/dist/counterbalance/`` (macOS: also ``Counterbalance.app``).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "counterbalance.spec"
PYINSTALLER_REQUIREMENT = "pyinstaller>=6.10"
#: Issue 6 target for the bundle size.
TARGET_MB = 150.0


def ensure_pyinstaller() -> None:
    """Install PyInstaller into this interpreter if it is not importable."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    print(f"build: installing {PYINSTALLER_REQUIREMENT} ...", flush=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", PYINSTALLER_REQUIREMENT], check=True
    )


def tree_size_bytes(path: Path) -> int:
    """Return the size of every regular file below ``path`` (symlinks not followed)."""
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            file = Path(dirpath) / name
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def largest_files(path: Path, count: int) -> list[tuple[int, Path]]:
    """Return the ``count`` largest files below ``path``, biggest first."""
    sizes = [
        (p.stat().st_size, p.relative_to(path))
        for p in path.rglob("*")
        if p.is_file() and not p.is_symlink()
    ]
    return sorted(sizes, reverse=True)[:count]


def bundle_executable(bundle: Path) -> Path:
    """Return the main executable inside a one-folder bundle."""
    if sys.platform == "win32":
        return bundle / "counterbalance-cli.exe"
    if sys.platform == "darwin":
        return bundle / "Counterbalance"
    return bundle / "counterbalance"


def main(argv: list[str] | None = None) -> int:
    """Build the bundle and return an exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=HERE / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=HERE / "build", help="PyInstaller work folder")
    parser.add_argument("--largest", type=int, default=12, help="list the N largest files")
    parser.add_argument(
        "--archive",
        action="store_true",
        help="Linux: also pack the bundle, install.sh and desktop files into a .tar.gz",
    )
    args = parser.parse_args(argv)

    # The .qm translations the bundle ships, built from resources/i18n/*.ts.
    subprocess.run([sys.executable, str(HERE / "translations.py"), "release"], check=True)
    ensure_pyinstaller()
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(args.dist),
            "--workpath",
            str(args.work),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    bundle = args.dist / "counterbalance"
    exe = bundle_executable(bundle)
    result = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, timeout=120, check=False
    )
    if result.returncode != 0:
        print(f"build: {exe} --version failed:\n{result.stdout}{result.stderr}", file=sys.stderr)
        return 1
    size = tree_size_bytes(bundle)
    print(f"build: {result.stdout.strip()} built in {time.monotonic() - started:.0f} s")
    for file_size, rel in largest_files(bundle, args.largest):
        print(f"  {file_size / 1e6:7.1f} MB  {rel}")
    print(
        f"build: bundle {bundle} is {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB); "
        f"target <= {TARGET_MB:.0f} MB: {'met' if size / 1e6 <= TARGET_MB else 'NOT met'}"
    )
    if args.archive and sys.platform.startswith("linux"):
        archive = make_linux_archive(bundle, result.stdout.split()[-1], args.dist)
        print(f"build: archive {archive} is {archive.stat().st_size / 1e6:.1f} MB")
    return 0


def make_linux_archive(bundle: Path, version: str, dist: Path) -> Path:
    """Pack the bundle with install.sh, the .desktop and metainfo files into a .tar.gz."""
    import platform
    import tarfile

    top = f"counterbalance-{version}-linux-{platform.machine()}"
    archive = dist / f"{top}.tar.gz"
    linux = HERE / "linux"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname=f"{top}/counterbalance")
        for name in ("install.sh", *(p.name for p in linux.glob("io.github.*"))):
            tar.add(linux / name, arcname=f"{top}/{name}")
    return archive


if __name__ == "__main__":
    sys.exit(main())
