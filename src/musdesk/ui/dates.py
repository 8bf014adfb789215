"""Dates and times as the user reads and types them: ONE format, the locale's, everywhere.

    date_text(day)              "11.09.2026" (da, nb), "11/09/2026" (en): QLocale short format
    day_month_text(day)         "11.09" – the same without the year, for narrow columns
    month_text(day)             "september 2026"
    period_text(start, end)     "august 2026 – juli 2027"
    moment_text(utc)            a stored UTC time shown in LOCAL time: "11.09.2026 13:00"
    parse_date("11.09.2026")    the date typed in the locale's format, or ISO "2026-09-11"
    date_placeholder()          "DD.MM.ÅÅÅÅ" (da, nb), "DD/MM/YYYY" (en): translated letters
    input_text(day)             what a date field shows for a stored date (= date_text)

The locale is the one `ui.i18n.install_language` made the default (the interface's
language), so a Danish interface on an English system still writes Danish dates. Stored
times are naive UTC (services use `utc_now()`), or aware; both are shown in local time.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

_SHORT = QLocale.FormatType.ShortFormat


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year ("dd.MM.yyyy")."""
    pattern = _locale(locale).dateFormat(_SHORT)
    if "yyyy" not in pattern:
        pattern = re.sub(r"y+", "yyyy", pattern)
    return pattern


def date_text(day: dt.date | dt.datetime | None, locale: QLocale | None = None) -> str:
    """A date in the locale's short format, '' for none. A datetime shows its date."""
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        day = day.date()
    return _locale(locale).toString(_qdate(day), date_format(locale))


def day_month_text(day: dt.date | None, locale: QLocale | None = None) -> str:
    """Day and month in the locale's order and separator, without the year."""
    if day is None:
        return ""
    pattern = date_format(locale)
    pattern = re.sub(r"^[^dM]*y+[^dM]*|[^dM]*y+[^dM]*$", "", pattern)  # drop the year
    return _locale(locale).toString(_qdate(day), pattern)


def month_text(day: dt.date, locale: QLocale | None = None) -> str:
    """The month and year: "september 2026"."""
    return _locale(locale).toString(_qdate(day), "MMMM yyyy")


def period_text(start: dt.date, end: dt.date, locale: QLocale | None = None) -> str:
    """A round's period: "august 2026 – juli 2027"."""
    return f"{month_text(start, locale)} – {month_text(end, locale)}"


def moment_text(moment: dt.datetime | None, locale: QLocale | None = None) -> str:
    """A stored moment (naive = UTC) as the local date and time, minutes only."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    utc = moment.astimezone(dt.UTC)
    qt_time = QDateTime(
        _qdate(utc.date()), QTime(utc.hour, utc.minute, utc.second), QTimeZone.utc()
    ).toLocalTime()
    loc = _locale(locale)
    day = loc.toString(qt_time.date(), date_format(locale))
    return f"{day} {loc.toString(qt_time.time(), 'HH:mm')}"


def day_time_text(value: dt.datetime | None, locale: QLocale | None = None) -> str:
    """A planned local date and time (a meeting's, kept as typed): "11.09.2026 13:00"."""
    if value is None:
        return ""
    return f"{date_text(value.date(), locale)} {time_text(value.time(), locale)}"


def time_text(value: dt.time | None, locale: QLocale | None = None) -> str:
    """A time of day (a meeting's, already local): "13:00"."""
    if value is None:
        return ""
    return _locale(locale).toString(QTime(value.hour, value.minute), "HH:mm")


def parse_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """The date typed: the locale's format (also with a two-digit year or without leading
    zeros), or ISO 8601. None for an empty text; ValueError for anything else."""
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    loc = _locale(locale)
    pattern = date_format(locale)
    for candidate in (pattern, pattern.replace("dd", "d").replace("MM", "M"),
                      pattern.replace("yyyy", "yy"),
                      pattern.replace("dd", "d").replace("MM", "M").replace("yyyy", "yy")):
        parsed = loc.toDate(text, candidate)
        if parsed.isValid():
            year = parsed.year()
            if "yyyy" not in candidate and year < 1970:
                year += 100  # Qt reads "26" as 1926
            return dt.date(year, parsed.month(), parsed.day())
    raise ValueError(text)


def input_text(day: dt.date | str | None, locale: QLocale | None = None) -> str:
    """What a date field shows for a stored value (a date or an ISO text)."""
    if day is None or day == "":
        return ""
    if isinstance(day, str):
        try:
            return date_text(dt.date.fromisoformat(day[:10]), locale)
        except ValueError:
            return day
    return date_text(day, locale)


def date_placeholder(locale: QLocale | None = None) -> str:
    """The locale's format spelt with the interface's letters: "DD.MM.ÅÅÅÅ"."""
    day = QCoreApplication.translate("dates", "D", "placeholder letter for the day")
    month = QCoreApplication.translate("dates", "M", "placeholder letter for the month")
    year = QCoreApplication.translate("dates", "Y", "placeholder letter for the year")
    pattern = date_format(locale)
    return (pattern.replace("d", "\0").replace("M", "\1").replace("y", "\2")
            .replace("\0", day).replace("\1", month).replace("\2", year))


def time_placeholder() -> str:
    """"HH:MM" in the interface's letters ("TT:MM" in Danish and Norwegian)."""
    return QCoreApplication.translate("dates", "HH:MM", "placeholder of a time of day")


def date_width_sample(locale: QLocale | None = None) -> str:
    """The widest date text, to size a field or a column."""
    return date_text(dt.date(2000, 12, 28), locale)


def py_date(value: QDate) -> dt.date:
    """QDate.toPython(), typed (PySide6's stubs say object)."""
    return cast(dt.date, value.toPython())


def py_time(value: QTime) -> dt.time:
    """QTime.toPython(), typed (PySide6's stubs say object)."""
    return cast(dt.time, value.toPython())

