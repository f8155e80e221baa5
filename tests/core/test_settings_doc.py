"""docs/settings.md is generated from the option declarations and must be up to date."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.settings import OPTIONS
from desktop_app.core.settings_doc import render

DOC = Path(__file__).resolve().parents[2] / "docs" / "settings.md"


def test_docs_settings_md_is_up_to_date() -> None:
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/settings.md is out of date: run "
        "`python -m desktop_app.core.settings_doc > docs/settings.md`"
    )


def test_every_option_has_a_row_with_its_help() -> None:
    text = render()
    for option in OPTIONS.values():
        row = next(line for line in text.splitlines() if line.startswith(f"| `{option.key}` |"))
        assert option.spec.help in row


def test_a_bound_changed_in_the_declaration_changes_the_doc(monkeypatch) -> None:
    from dataclasses import replace

    option = OPTIONS["interval_min"]
    monkeypatch.setitem(
        OPTIONS, "interval_min", replace(option, spec=replace(option.spec, bounds=(10, 90)))
    )
    assert "| `interval_min` | whole number | `45` | 10–90 (recommended 30–60) | min |" in render()
