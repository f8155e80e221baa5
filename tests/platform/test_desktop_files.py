"""Linux desktop integration files pass the freedesktop validators and agree with the package.

Needs the Debian packages ``desktop-file-utils`` and ``appstream`` (``.ci/run`` installs them).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import desktop_app
from desktop_app.platform.autostart_backend import DESKTOP_ID
from desktop_app.platform.autostart_xdg import XdgAutostart, read_desktop_group

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
HICOLOR_SIZES_PX = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install the Debian package {package}")
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = run(tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP_FILE))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # not even hints


def test_generated_autostart_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path)
    backend.enable(["/opt/My Apps/counterbalance", "--data-dir", '/h/"q"/$x/50%\\y'])
    result = run(tool("desktop-file-validate", "desktop-file-utils"), str(backend.path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = run(tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if line.startswith(("E:", "W:"))]
    assert problems == []


def test_desktop_file_matches_package() -> None:
    keys = read_desktop_group(DESKTOP_FILE.read_text(encoding="utf-8"))
    assert keys["Name"] == desktop_app.APP_NAME
    assert keys["Icon"] == DESKTOP_ID
    # Exec runs the console script that pyproject.toml declares.
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'{keys["Exec"]} = "desktop_app.cli:main"' in pyproject
    action = read_desktop_group(
        DESKTOP_FILE.read_text(encoding="utf-8"), "Desktop Action break-now"
    )
    assert action["Exec"] == f"{keys['Exec']} break-now"


def test_metainfo_matches_package() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("name") == desktop_app.APP_NAME
    assert root.findtext("launchable") == DESKTOP_FILE.name
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == desktop_app.__version__


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", HICOLOR_SIZES_PX)
def test_hicolor_png_has_its_size(size: int) -> None:
    png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "counterbalance.png"
    assert png_size(png) == (size, size)


@pytest.mark.parametrize(
    "name", ["counterbalance.svg", "tray.svg", "tray-paused.svg", "tray-due.svg"]
)
def test_svg_icons_are_square_svg(name: str) -> None:
    root = ET.parse(ICONS / name).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, width, height = (float(v) for v in root.attrib["viewBox"].split())
    assert width == height > 0
    assert (ICONS / "hicolor" / "scalable" / "apps" / "counterbalance.svg").read_bytes() == (
        ICONS / "counterbalance.svg"
    ).read_bytes()


def test_windows_and_macos_icon_containers_hold_pngs() -> None:
    ico = (ICONS / "counterbalance.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    assert count >= 4
    for i in range(count):
        _w, _h, _c, _r, _p, _b, size, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i]
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(ico)
    icns = (ICONS / "counterbalance.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
