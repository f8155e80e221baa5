"""Every shipped language is complete and safe to load (issue 14).

A language ships when it has a compiled ``counterbalance_<lang>.qm``; then its .ts must
have every message of the current sources translated, keep every placeholder, give the
language's number of plural forms, and its exercise-text table must cover every exercise.
"""

from __future__ import annotations

import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop_app.commands.exercises import builtin_exercises_dir
from desktop_app.core.catalog_files import load_catalog
from desktop_app.core.catalog_text import missing_text, read_table
from desktop_app.ui.translations import CATALOG_DIR, I18N_DIR, QM_PREFIX, shipped_languages

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations as pipeline  # noqa: E402

LANGUAGES = [lang for lang in shipped_languages() if lang != "en"]
#: Plural categories of each language (CLDR): Polish has one, few and many.
PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2, "it": 2, "pt_BR": 2, "pl": 3}
#: Qt placeholders (%1…%9, %L1, %n) and Python ``str.format`` fields ({name}, {x:.1f}).
PLACEHOLDER = re.compile(r"%L?[1-9]|\{[a-z_0-9]*(?::[^}]*)?\}")
PARAMETERS = pytest.mark.parametrize("language", LANGUAGES)


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    return [
        (context.findtext("name") or "", message)
        for context in ET.parse(ts).getroot()
        for message in context.findall("message")
    ]


def _ts(language: str) -> Path:
    return I18N_DIR / f"{QM_PREFIX}{language}.ts"


def test_each_compiled_language_has_its_source_and_exercise_text() -> None:
    for qm in I18N_DIR.glob(f"{QM_PREFIX}*.qm"):
        assert qm.with_suffix(".ts").exists(), qm.name
    assert {p.stem for p in CATALOG_DIR.glob("*.toml")} == set(LANGUAGES)


def test_compiled_files_match_their_sources() -> None:
    assert pipeline.stale() == []


@PARAMETERS
def test_no_message_is_unfinished_or_missing(language: str, tmp_path: Path) -> None:
    ts = _ts(language)
    unfinished = [
        f"{context}: {m.findtext('source')}"
        for context, m in _messages(ts)
        if (t := m.find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not ("".join(t.itertext()).strip())
    ]
    assert unfinished == []
    # Missing: a message in today's sources that the file does not have yet.
    fresh = tmp_path / ts.name
    shutil.copyfile(ts, fresh)
    if (
        shutil.which("pyside6-lupdate") is None
        and not Path(sys.executable).with_name("pyside6-lupdate").exists()
    ):
        pytest.fail("pyside6-lupdate is missing (it comes with PySide6)")
    pipeline.lupdate(fresh, language)
    have = {(c, m.findtext("source")) for c, m in _messages(ts)}
    now = {(c, m.findtext("source")) for c, m in _messages(fresh)}
    assert sorted(now - have) == []


@PARAMETERS
def test_placeholders_and_plural_forms_match_the_source(language: str) -> None:
    problems = []
    for context, message in _messages(_ts(language)):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) != PLURAL_FORMS[language]:
                problems.append(f"{context}: {source}: {len(forms)} plural forms")
            if not any("%n" in f for f in forms) and "%n" in source:
                problems.append(f"{context}: {source}: no %n in any form")
        else:
            forms = [translation.text or ""]
            if "%n" in source and "%n" not in forms[0]:
                problems.append(f"{context}: {source}: lost %n")
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{context}: {source!r} → {form!r}")
    assert problems == []


@PARAMETERS
def test_the_exercise_text_covers_every_exercise(language: str) -> None:
    catalog = load_catalog(builtin_exercises_dir())
    table = read_table(CATALOG_DIR / f"{language}.toml")
    assert table, f"no exercise text for {language}"
    assert missing_text(catalog, table) == []
    assert set(table) <= set(catalog.ids()), "text for exercises that do not exist"


def test_the_safety_review_is_current_and_lists_every_language(tmp_path: Path) -> None:
    assert LANGUAGES, "no translated language ships"
    fresh = pipeline.write_review(tmp_path / "safety-review.md")
    text = fresh.read_text(encoding="utf-8")
    for language in LANGUAGES:
        assert f"**{language}**" in text
    assert "(missing)" not in text
    assert text == pipeline.REVIEW.read_text(encoding="utf-8"), "run packaging/translations.py"


def test_polish_counts_use_its_three_plural_forms(qapp: QCoreApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(I18N_DIR / f"{QM_PREFIX}pl.qm"))
    qapp.installTranslator(translator)
    try:
        sets = {
            n: QCoreApplication.translate("ProgressWindow", "%n set(s)", "", n)
            for n in (1, 3, 5, 12, 22, 25)
        }
    finally:
        qapp.removeTranslator(translator)
    # one: 1; few: 2–4, 22–24 (not 12–14); many: the rest.
    assert sets == {
        1: "1 seria",
        3: "3 serie",
        5: "5 serii",
        12: "12 serii",
        22: "22 serie",
        25: "25 serii",
    }


# A module's own translate helper, ``def _tr(text: str) -> str: return
# QCoreApplication.translate("Tray", text)``: lupdate cannot see what is passed to it.
_HELPER = re.compile(
    r'def (_\w+)\(text: str\) -> str:\s+return QCoreApplication\.translate\("(\w+)", text\)'
)


def test_text_passed_to_a_translate_helper_is_extracted() -> None:
    """A literal handed to a module's translate helper must be marked, or it stays English."""
    known = {(context, source) for context, source in _sources(_ts("de"))}
    hidden = []
    for path in sorted((ROOT / "desktop_app").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for helper, context in _HELPER.findall(text):
            call = re.compile(re.escape(helper) + r'\(\s*("(?:[^"\\]|\\.)*")\s*\)')
            for match in call.finditer(text):
                source = ast.literal_eval(match.group(1))
                if (context, source) not in known:
                    hidden.append(f"{path.relative_to(ROOT)}: {context} {source!r}")
    assert hidden == []


def _sources(ts: Path) -> list[tuple[str, str]]:
    pairs = []
    for context in ET.parse(ts).getroot():
        name = context.findtext("name") or ""
        pairs.extend((name, m.findtext("source") or "") for m in context.findall("message"))
    return pairs
