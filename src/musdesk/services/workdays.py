"""Working days of an organisation's country: Monday–Friday minus its public holidays.

The holidays come from the `holidays` package (Denmark and Norway here; its public and, where
it has one, its "optional" category — days most workplaces close), never from a list
of our own. Used by every caller that proposes a date: conversation times (services/rounds),
follow-up meeting dates (services/followup) and the step due dates of a round.
`country=None` means weekends only (kept for pure callers that know no organisation).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays

COUNTRIES = ("DK", "NO")
TIME_ZONES = {"DK": "Europe/Copenhagen", "NO": "Europe/Oslo"}


def default_country(language: str | None) -> str:
    """The organisation's country when none was chosen: Norway for bokmål, else Denmark."""
    return "NO" if language == "nb" else "DK"


def time_zone(country: str | None) -> str:
    return TIME_ZONES.get(country or "DK", "Europe/Copenhagen")


# Besides the public holidays, the days most workplaces close by custom or agreement, where
# the package knows them (its "optional" category; for Denmark Christmas Eve, New Year's
# Eve, Constitution Day and 1 May): no meeting is proposed on Christmas Eve.
_CATEGORIES = ("public", "optional")


@lru_cache(maxsize=8)
def _categories(country: str) -> tuple[str, ...]:
    known = holidays.country_holidays(country).supported_categories
    return tuple(category for category in _CATEGORIES if category in known)


@lru_cache(maxsize=64)
def _holidays(country: str, year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays(country, years=year,
                                               categories=_categories(country)).keys())


def is_holiday(day: dt.date, country: str | None) -> bool:
    return country is not None and day in _holidays(country, day.year)


# Our languages in the names the `holidays` package knows; a language a country's calendar
# lacks falls back to the country's own (a Danish reader gets Norway's holidays in Norwegian).
_NAME_LANGUAGES = {"da": "da", "nb": "no", "en": "en_US"}


@lru_cache(maxsize=64)
def holiday_names(country: str, year: int, language: str = "en") -> dict[dt.date, str]:
    """The country's public holidays in one year with their names in `language` (da, nb,
    en), for the hints of the date pickers ("25 December is Christmas Day")."""
    known = holidays.country_holidays(country, years=year)
    wanted: str | None = _NAME_LANGUAGES.get(language, language)
    if wanted not in known.supported_languages:
        wanted = known.default_language
    found = holidays.country_holidays(country, years=year, language=wanted,
                                      categories=_categories(country))
    return dict(sorted(found.items()))


def holiday_name(day: dt.date, country: str | None, language: str = "en") -> str | None:
    """The public holiday's name when `day` is one in `country`, else None."""
    if country is None or not is_holiday(day, country):
        return None
    return holiday_names(country, day.year, language).get(day)


def is_working_day(day: dt.date, country: str | None = None) -> bool:
    return day.weekday() < 5 and not is_holiday(day, country)


def previous_working_day(day: dt.date, country: str | None = None) -> dt.date:
    while not is_working_day(day, country):
        day -= dt.timedelta(days=1)
    return day


def next_working_day(day: dt.date, country: str | None = None) -> dt.date:
    while not is_working_day(day, country):
        day += dt.timedelta(days=1)
    return day
