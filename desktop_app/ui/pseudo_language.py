"""A pseudo-language for tests: every string accented and 40 % longer, placeholders kept.

Installed by ``translations.install_translations`` when ``COUNTERBALANCE_PSEUDO=1``. It
shows at a glance which text bypasses translation (it stays plain) and, run through the
screen-fit probe, which window clips a longer language.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, QTranslator

ACCENTS = str.maketrans("aceinousyACEINOUSYz", "àçéîñöûšýÀÇÉÎÑÖÛŠÝž")
#: Kept as they are: Qt and Python placeholders, mnemonics, HTML tags and entities.
PROTECTED = re.compile(r"%[0-9n]|%L[0-9]|\{[^{}]*\}|&&|&\w|<[^>]+>|&\w+;|\\n")


def pseudo(text: str, growth: float) -> str:
    """Return ``text`` accented and ``growth`` longer (on each line), placeholders intact."""
    if not text:
        return text
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
    padding = "~" * max(1, math.ceil(len(line) * growth) - 2)
    return f"[{''.join(out)}{padding}]"


class PseudoTranslator(QTranslator):
    """A translator that pseudo-translates every source string it is asked for."""

    def __init__(self, parent: QObject, growth: float, base: QTranslator | None = None) -> None:
        super().__init__(parent)
        self._growth = growth
        self._base = base  # the English forms, so counted words read "minutes"

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        """Return the pseudo-translation of ``source_text``."""
        english = (
            self._base.translate(context, source_text, disambiguation, n) if self._base else ""
        )
        return pseudo(english or source_text, self._growth)

    def isEmpty(self) -> bool:
        """Tell Qt that this translator translates."""
        return False
