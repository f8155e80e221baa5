"""Numbers, dates and times in the user's language (``QLocale``; issue 14).

``translations.install_translations`` sets ``QLocale``'s default to the chosen language,
so "1,2" in German and "1.2" in English, "02.03.26" and "3/2/26", "17:00" and "5:00 PM"
come out right without each window knowing the language.
"""

from __future__ import annotations

import re
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
    """Return a date in the locale's short form ("3/2/26", "02.03.26").

    The C/POSIX locale (no preference stated, e.g. ``LANG=C`` in a terminal) gets ISO
    8601 ("2026-03-02") rather than Qt's C pattern ("2 3 2026").
    """
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return day.isoformat()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


_WEEKDAY = re.compile(r"d{4}[^dMy']*")
_YEAR = re.compile(r"[\s,.]*(?:'[^']*'\s*)?y+[^dM]*$")
_LEADING_YEAR = re.compile(r"^y+[^dM']*")


def day_month_format(locale: QLocale, with_year: bool = False) -> str:
    """Return the locale's pattern for a day and short month ("d MMM", "MMM d", "d. MMM").

    Qt has no "day and month" format, so this takes the locale's long date format
    ("dddd, d. MMMM yyyy", "dddd, MMMM d, yyyy", "dddd, d 'de' MMMM 'de' yyyy"), drops
    the weekday (and the year unless asked for) and shortens the month name.
    """
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat), count=1)
    if not with_year:
        pattern = _LEADING_YEAR.sub("", _YEAR.sub("", pattern))
    pattern = pattern.replace("MMMM", "MMM").strip(" ,\u060c")
    return pattern or ("d MMM yyyy" if with_year else "d MMM")


def day_month(day: date, with_year: bool = False) -> str:
    """Return a day and short month the locale's way ("5 Oct", "Oct 5", "5. Okt.", "5 paź")."""
    locale = QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), day_month_format(locale, with_year))


def short_time(at: time) -> str:
    """Return a time of day in the locale's short form ("17:00", "5:00 PM")."""
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def locale_week_start() -> int:
    """Return the first day of the week in the app's locale (0 = Monday).

    The language choice, else the system's, as the working-hours editor does. Asked when
    the progress view first loads: Qt answers with a ``Qt.DayOfWeek``, and the first use
    of the ``Qt`` namespace builds its 93 enums (17 ms, 1 MiB; issue 13 §4).
    """
    return int(QLocale().firstDayOfWeek().value) - 1  # Qt: Monday = 1 … Sunday = 7
