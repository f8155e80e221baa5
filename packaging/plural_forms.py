"""Regenerate the English plural forms: resources/i18n/counterbalance_en.ts and .qm.

Counted words are written ``tr("%n second(s)", "", n)``. This script collects every
such phrase from ``desktop_app`` (pyside6-lupdate; a "(s)" marks a counted phrase),
gives it its English forms ("(s)" dropped for one, "s" for many; a few read better by
hand, see ``SINGULAR`` and ``PLURAL``), keeps forms already in the file (hand edits),
and compiles the .qm the app loads.

Run from the repository root: ``python packaging/plural_forms.py`` (needs only PySide6).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "counterbalance_en.ts"
QM = TS.with_suffix(".qm")

#: Singulars that read better than the automatic "1 …" form.
SINGULAR = {
    "You've snoozed this break %n time(s); start it now or skip it.": (
        "You've snoozed this break once; start it now or skip it."
    ),
    "Fix %n problem(s) to save: {problem}": "Fix this to save: {problem}",
}
#: Plurals that read better than the automatic "(s)" → "s" form.
PLURAL = {
    "Fix %n problem(s) to save: {problem}": "Fix these %n problems to save: {problem} …",
}


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"plural_forms: {name} not found (install PySide6)")
    return found


def forms_in(ts: Path) -> dict[tuple[str, str], list[str]]:
    """Return the English forms already in ``ts`` by (context, source)."""
    if not ts.exists():
        return {}
    found = {}
    for context in ET.parse(ts).getroot():
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            if forms:
                found[(name, message.findtext("source") or "")] = forms
    return found


def fill(ts: Path, kept: dict[tuple[str, str], list[str]]) -> int:
    """Keep only counted phrases in ``ts`` and give each its two English forms.

    Forms in ``kept`` (the previous file, possibly edited by hand) win; the rest are
    made from the source. Return how many forms were made.
    """
    tree = ET.parse(ts)
    filled = 0
    for context in list(tree.getroot()):
        for message in context.findall("message"):
            # lupdate marks tr(…, n) as numerus but not QCoreApplication.translate(…, n):
            # a "(s)" in the source says the phrase is counted.
            if "(s)" in (message.findtext("source") or ""):
                message.set("numerus", "yes")
            if message.get("numerus") != "yes":
                context.remove(message)
        if not context.findall("message"):
            tree.getroot().remove(context)
    for context in tree.getroot():
        for message in context.findall("message"):
            filled += _fill_message(
                message,
                kept.get((context.findtext("name") or "", message.findtext("source") or ""), []),
            )
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def _fill_message(message: ET.Element, kept: list[str]) -> int:
    """Give ``message`` two English forms (``kept`` ones first); return how many were made."""
    source = message.findtext("source") or ""
    for comment in message.findall("extracomment"):
        message.remove(comment)  # lupdate takes nearby "#:" lines for comments
    translation = message.find("translation")
    if translation is not None:
        message.remove(translation)
    translation = ET.SubElement(message, "translation")
    made = (
        SINGULAR.get(source, source.replace("(s)", "")),
        PLURAL.get(source, source.replace("(s)", "s")),
    )
    old = kept if len(kept) == 2 else ["", ""]
    for new_form, old_form in zip(made, old, strict=True):
        ET.SubElement(translation, "numerusform").text = old_form or new_form
    return sum(1 for form in old if not form)


def main() -> int:
    """Update the .ts from the sources, fill it and compile the .qm."""
    TS.parent.mkdir(parents=True, exist_ok=True)
    kept = forms_in(TS)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / TS.name
        _lupdate(fresh)
        print(f"plural_forms: made {fill(fresh, kept)} form(s)")
        shutil.copyfile(fresh, TS)
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)
    return 0


def _lupdate(ts: Path) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "en",
            str(ROOT / "desktop_app"),
            "-ts",
            str(ts),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


if __name__ == "__main__":
    raise SystemExit(main())
