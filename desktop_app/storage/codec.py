"""Turn core instants into stored text and back (ISO 8601 UTC, fixed width)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop_app.core.clock import Stamp

#: Fixed-width UTC format: text order equals time order, so SQL can compare strings.
UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_text(moment: datetime) -> str:
    """Format an aware datetime as fixed-width ISO 8601 UTC text."""
    if moment.tzinfo is None:
        raise ValueError("stored instants must be timezone-aware")
    return moment.astimezone(UTC).strftime(UTC_FORMAT)


def parse_utc(text: str) -> datetime:
    """Parse text written by :func:`utc_text` (or any ISO 8601 form) into aware UTC."""
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def stamp_columns(stamp: Stamp) -> tuple[str, str, str]:
    """Return ``(utc_text, tz, local_date)`` for one stamp."""
    return utc_text(stamp.utc), stamp.tz, stamp.local_date.isoformat()


def stamp_from(utc: str, tz: str) -> Stamp:
    """Rebuild a Stamp from its stored columns."""
    return Stamp(parse_utc(utc), tz)


def day(text: str) -> date:
    """Parse a stored ``local_date``."""
    return date.fromisoformat(text)
