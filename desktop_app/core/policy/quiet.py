"""Quiet time: why now is a bad moment for a prompt, and which reasons the user respects."""

from __future__ import annotations

from enum import StrEnum

from desktop_app.core.settings import Settings


class QuietReason(StrEnum):
    """Why now is a bad moment for a prompt (read from the desktop by platform/quiet.py)."""

    FULLSCREEN = "fullscreen"
    DND = "dnd"
    #: A reason the policy has no setting for: always respected.
    OTHER = "other"


def respected_quiet(quiet: str | None, settings: Settings) -> QuietReason | None:
    """Return the quiet reason the settings respect (unknown reasons always count)."""
    if quiet is None:
        return None
    try:
        reason = QuietReason(quiet)
    except ValueError:
        return QuietReason.OTHER
    if reason is QuietReason.FULLSCREEN and not settings.respect_fullscreen:
        return None
    if reason is QuietReason.DND and not settings.respect_dnd:
        return None
    return reason
