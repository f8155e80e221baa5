"""The core is pure Python: importing it pulls in no Qt, ORM or scheduler."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "desktop_app" / "core"
BANNED_ROOTS = {"PySide6", "shiboken6", "sqlmodel", "sqlalchemy", "apscheduler", "plyer"}
BANNED_CALLS = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("time", "time"),
    ("time", "monotonic"),
}


def _core_files() -> list[Path]:
    """Every module of the core, its subpackages (``core/policy``) included."""
    files = sorted(CORE.rglob("*.py"))
    assert len(files) >= 5, files
    assert any(p.parent.name == "policy" for p in files), files
    return files


def _module(path: Path) -> str:
    parts = path.relative_to(CORE.parents[1]).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_core_modules_import_nothing_banned() -> None:
    offenders = []
    for path in _core_files():
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in BANNED_ROOTS]
    assert offenders == []


def test_core_reads_no_clock_and_no_global_random() -> None:
    offenders = []
    for path in _core_files():
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if (node.value.id, node.attr) in BANNED_CALLS:
                    offenders.append(f"{path.name}:{node.lineno} {node.value.id}.{node.attr}")
                if node.value.id == "random" and node.attr != "Random":
                    offenders.append(f"{path.name}:{node.lineno} random.{node.attr}")
    assert offenders == []


def test_importing_every_core_module_loads_no_banned_package() -> None:
    modules = [_module(p) for p in _core_files()]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {sorted(BANNED_ROOTS)!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=CORE.parents[1],
    )
    assert out.stdout.strip() == ""
