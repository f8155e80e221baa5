"""Translation pipeline: update the .ts files from the sources, build the .qm files.

Usage (from the repository root; needs only PySide6, whose pyside6-lupdate/lrelease it runs)::

    python packaging/translations.py            # update + release + safety review
    python packaging/translations.py update     # lupdate every resources/i18n/*.ts
    python packaging/translations.py release    # lrelease every .ts into its .qm
    python packaging/translations.py check      # fail when a committed .qm is stale
    python packaging/translations.py add fr     # start a new language (an empty .ts)

The .ts files are the source (edit them in Qt Linguist); the .qm files are committed next
to them so a checkout runs without a build step, and ``check`` (run by tests/run-all.sh
and the test suite) says when one is stale. ``packaging/build.py`` runs ``release`` before
bundling. English (``counterbalance_en.ts``) holds only the English plural forms and is
made by ``packaging/plural_forms.py``, which ``update`` runs first.

``update`` also writes ``docs/i18n/safety-review.md``: every safety and red-flag text
side by side in each language, for a reviewer to compare meaning and urgency.
"""

from __future__ import annotations

import filecmp
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
PREFIX = "counterbalance_"
REVIEW = ROOT / "docs" / "i18n" / "safety-review.md"
#: Contexts whose texts the safety review shows (red flags, advice, disclaimer).
SAFETY_CONTEXTS = ("Safety", "SymptomsDialog")

sys.path.insert(0, str(Path(__file__).resolve().parent))
import plural_forms  # noqa: E402


def languages() -> list[str]:
    """Return the translated languages (every .ts but English)."""
    return sorted(
        p.stem.removeprefix(PREFIX) for p in I18N.glob(f"{PREFIX}*.ts") if p.stem != f"{PREFIX}en"
    )


def lupdate(ts: Path, language: str) -> None:
    """Update ``ts`` with every source string of desktop_app (obsolete ones dropped).

    lupdate marks ``tr(…, n)`` as counted but not ``QCoreApplication.translate(…, n)``:
    as in plural_forms.py, a "(s)" in the source says the phrase is counted, and its
    plural forms already in the file are kept.
    """
    kept = plural_forms.forms_in(ts)
    subprocess.run(
        [
            plural_forms._tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
            str(ROOT / "desktop_app"),
            "-ts",
            str(ts),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    _mark_counted(ts, kept)


def _mark_counted(ts: Path, kept: dict[tuple[str, str], list[str]]) -> None:
    tree = ET.parse(ts)
    changed = False
    for context in tree.getroot():
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            if "(s)" not in source or message.get("numerus") == "yes":
                continue
            message.set("numerus", "yes")
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            translation = ET.SubElement(message, "translation")
            forms = kept.get((name, source), [])
            if not forms:
                translation.set("type", "unfinished")
            for form in forms or [""]:
                ET.SubElement(translation, "numerusform").text = form
            changed = True
    if changed:
        ET.indent(tree, space="    ")
        tree.write(ts, encoding="utf-8", xml_declaration=True)


def release(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run(
        [plural_forms._tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
    )


def update() -> None:
    """Update English plural forms and every language's .ts from the sources."""
    plural_forms.main()
    for language in languages():
        lupdate(I18N / f"{PREFIX}{language}.ts", language)


def release_all() -> None:
    """Build every .qm from its .ts."""
    for ts in sorted(I18N.glob(f"{PREFIX}*.ts")):
        release(ts, ts.with_suffix(".qm"))


def stale() -> list[str]:
    """Return the .qm files that differ from a fresh build of their .ts (or are missing)."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in sorted(I18N.glob(f"{PREFIX}*.ts")):
            fresh = Path(tmp) / f"{ts.stem}.qm"
            release(ts, fresh)
            committed = ts.with_suffix(".qm")
            if not committed.exists() or not filecmp.cmp(fresh, committed, shallow=False):
                found.append(committed.name)
    return found


def safety_texts(ts: Path) -> dict[str, str]:
    """Return source → translation for the safety contexts of one .ts file."""
    texts = {}
    for context in ET.parse(ts).getroot():
        if context.findtext("name") not in SAFETY_CONTEXTS:
            continue
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            texts[source] = "" if translation is None else (translation.text or "")
    return texts


def write_review(target: Path = REVIEW) -> Path:
    """Write the safety texts of every language side by side; return the file."""
    langs = languages()
    columns = {lang: safety_texts(I18N / f"{PREFIX}{lang}.ts") for lang in langs}
    # In the order of the sources (the red flags by group, then the advice).
    sources = list(dict.fromkeys(s for texts in columns.values() for s in texts))
    lines = [
        "# Safety texts side by side",
        "",
        "Generated by `python packaging/translations.py` from resources/i18n/*.ts; do not",
        "edit. Each row is one red flag, piece of advice or disclaimer: check that every",
        'language says the same thing with the same urgency ("now" stays now, "soon"',
        "stays soon), and fix the .ts file, not this page.",
        "",
    ]
    for number, source in enumerate(sources, start=1):
        lines += [f"## {number}", "", f"- **en**: {source}"]
        lines += [f"- **{lang}**: {columns[lang].get(source) or '(missing)'}" for lang in langs]
        lines.append("")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def add(language: str) -> None:
    """Start ``language``: an empty .ts with every source string to translate."""
    ts = I18N / f"{PREFIX}{language}.ts"
    if ts.exists():
        raise SystemExit(f"translations: {ts.name} exists")
    lupdate(ts, language)


def main(argv: list[str]) -> int:
    """Run the step named in ``argv`` (all of them by default)."""
    step = argv[0] if argv else "all"
    if step == "update":
        update()
        write_review()
    elif step == "release":
        release_all()
    elif step == "check":
        found = stale()
        if found:
            print(f"translations: stale: {' '.join(found)}; run packaging/translations.py release")
            return 1
    elif step == "add" and len(argv) == 2:
        add(argv[1])
    elif step == "all":
        update()
        release_all()
        print(f"translations: wrote {write_review().relative_to(ROOT)}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
