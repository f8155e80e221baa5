"""A pseudo-language for tests: every string accented and 40 % longer, placeholders kept.

:func:`build` extracts every message with the real pipeline (pyside6-lupdate), fills
it with :func:`pseudo` text (counted phrases from their English forms) and compiles it
with pyside6-lrelease. The app loads the result when ``COUNTERBALANCE_PSEUDO`` names it
(``desktop_app.ui.translations``), so it runs as a real compiled translation: text that
bypasses translation stays plain, and the screen-fit probe shows what a longer language
clips.
"""

from __future__ import annotations

import math
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations as pipeline  # noqa: E402

ACCENTS = str.maketrans("aceinousyACEINOUSYz", "àçéîñöûšýÀÇÉÎÑÖÛŠÝž")
#: Kept as they are: Qt and Python placeholders, mnemonics, HTML tags and entities.
PROTECTED = re.compile(r"%L?[0-9n]|\{[^{}]*\}|&&|&\w+;|&\w|<[^>]+>")
#: German runs about 30 % longer than English; the test asks for more.
GROWTH = 0.4


def pseudo(text: str, growth: float = GROWTH) -> str:
    """Return ``text`` accented and ``growth`` longer (on each line), placeholders intact."""
    return "\n".join(_line(line, growth) for line in text.split("\n"))


def _line(line: str, growth: float) -> str:
    if not line.strip():
        return line
    out: list[str] = []
    last = 0
    for match in PROTECTED.finditer(line):
        out.append(line[last : match.start()].translate(ACCENTS))
        out.append(match.group())
        last = match.end()
    out.append(line[last:].translate(ACCENTS))
    # Padding in short words, so that wrapped text can still break (as real words do).
    length = max(1, math.ceil(len(line) * growth) - 2)
    padding = " ".join("~" * 5 for _ in range(length // 6)) + " " + "~" * (length % 6)
    return f"[{''.join(out)}{padding.rstrip()}]"


def build(directory: Path) -> Path:
    """Write the pseudo-language's .ts and .qm into ``directory``; return the .qm."""
    ts = directory / "counterbalance_pseudo.ts"
    pipeline.lupdate(ts, "en")
    english = pipeline.plural_forms.forms_in(pipeline.I18N / "counterbalance_en.ts")
    tree = ET.parse(ts)
    for context in tree.getroot():
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            translation = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                for form in english.get((name, source), [source, source]):
                    ET.SubElement(translation, "numerusform").text = pseudo(form)
            else:
                translation.text = pseudo(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    pipeline.release(ts, qm)
    return qm
