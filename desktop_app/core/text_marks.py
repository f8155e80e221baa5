"""Mark core strings that the UI shows so that ``pyside6-lupdate`` extracts them.

The core stays Qt-free: ``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged;
its only job is to be seen by the extractor, which records ``text`` under ``context``.
The UI translates the value later with ``QCoreApplication.translate(context, value)``.
The context must be a string literal (the extractor reads source, not values).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text``; mark it for extraction under ``context``."""
    del context
    return text
