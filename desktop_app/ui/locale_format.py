"""Numbers, dates and times in the user's language (``QLocale``; issue 14).

``translations.install_translations`` sets ``QLocale``'s default to the chosen language,
so "1,2" in German and "1.2" in English, "02.03.26" and "3/2/26", "17:00" and "5:00 PM"
come out right without each window knowing the language.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QLocale, QTime


def decimal(value: float, places: int = 1) -> str:
    """Return ``value`` with ``places`` decimals ("1.2", "1,2")."""
    return QLocale().toString(float(value), "f", places)


def signed_decimal(value: float, places: int = 1) -> str:
    """Return ``value`` with its sign ("+1.2", "−0,8"; a real minus sign)."""
    sign = "+" if value >= 0 else "\u2212"
    return sign + decimal(abs(value), places)


def percent(share: float, space: str = "\u00a0") -> str:
    """Return a 0–1 share as a whole percentage ("75 %")."""
    return f"{QLocale().toString(round(share * 100))}{space}%"


def short_date(day: date) -> str:
    """Return a date in the locale's short form ("3/2/26", "02.03.26")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def short_time(at: time) -> str:
    """Return a time of day in the locale's short form ("17:00", "5:00 PM")."""
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
