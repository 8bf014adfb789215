"""One date format in the whole interface: the locale's (ui/dates.py)."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale

from musdesk.ui import dates

DA = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
NB = QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
DAY = dt.date(2026, 9, 1)


@pytest.mark.parametrize(("locale", "text", "short"),
                         [(DA, "01.09.2026", "01.09"), (NB, "01.09.2026", "01.09"),
                          (EN, "01/09/2026", "01/09")])
def test_dates_in_the_locale_short_format_with_four_digit_years(
        locale: QLocale, text: str, short: str) -> None:
    assert dates.date_text(DAY, locale) == text
    assert dates.date_text(dt.datetime(2026, 9, 1, 23, 59), locale) == text
    assert dates.day_month_text(DAY, locale) == short
    assert dates.date_text(None, locale) == ""


@pytest.mark.parametrize("locale", [DA, NB, EN])
@pytest.mark.parametrize("day", [dt.date(2026, 1, 2), dt.date(1999, 12, 31), dt.date(2030, 7, 9)])
def test_what_is_shown_reads_back(locale: QLocale, day: dt.date) -> None:
    assert dates.parse_date(dates.date_text(day, locale), locale) == day
    assert dates.parse_date(day.isoformat(), locale) == day  # ISO always works


def test_short_forms_are_understood_and_nonsense_refused() -> None:
    assert dates.parse_date("1.9.26", DA) == DAY
    assert dates.parse_date("1/9/2026", EN) == DAY
    assert dates.parse_date("  ", DA) is None
    for text in ("31.02.2026", "2026-13-01", "1.9", "abc"):
        with pytest.raises(ValueError):
            dates.parse_date(text, DA)


def test_periods_name_their_months() -> None:
    assert dates.period_text(dt.date(2026, 8, 1), dt.date(2027, 7, 31), DA) == (
        "august 2026 – juli 2027")
    assert dates.period_text(dt.date(2026, 8, 1), dt.date(2027, 7, 31), EN) == (
        "August 2026 – July 2027")


def test_placeholders_follow_the_interface_language(qapp, monkeypatch) -> None:
    from musdesk.ui.i18n import install_language

    before = QLocale()
    translators = install_language(qapp, "da")
    try:
        assert dates.date_placeholder() == "DD.MM.ÅÅÅÅ"
        assert dates.time_placeholder() == "TT:MM"
        assert dates.date_text(DAY) == "01.09.2026"  # the default locale is the interface's
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_language(qapp, "en")
        assert dates.date_placeholder() == "DD/MM/YYYY"
        QLocale.setDefault(before)


def test_stored_utc_times_are_shown_in_local_time() -> None:
    """The oracle is the tz database's: 11:00 UTC is 13:00 in Copenhagen in summer."""
    code = ("import datetime as dt; from PySide6.QtCore import QLocale; "
            "from musdesk.ui.dates import moment_text; "
            "print(moment_text(dt.datetime(2026, 9, 11, 11, 0), "
            "QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)))")
    env = {**os.environ, "TZ": "Europe/Copenhagen", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip() == "11.09.2026 13:00"


def test_the_date_field_shows_the_locale_format_and_gives_iso(qtbot) -> None:
    from musdesk.ui.widgets.conversation_fields import DateEdit

    before = QLocale()
    QLocale.setDefault(DA)
    try:
        edit = DateEdit(dt.date(2026, 9, 11))
        qtbot.addWidget(edit)
        assert edit.text() == "11.09.2026"
        assert edit.value() == "2026-09-11"
        edit.clear()
        qtbot.keyClicks(edit, "3.10.2026")
        assert edit.is_complete() and edit.value() == "2026-10-03"
        edit.clear()
        qtbot.keyClicks(edit, "3.10.")
        assert not edit.is_complete()
    finally:
        QLocale.setDefault(before)


# strftime, a date format in an f-string ({day:%d.%m.%Y}), isoformat(), str(a date).
HAND_MADE = re.compile(r"\.strftime\(|:%[a-zA-Z]|\.isoformat\(\)|str\([^)]*(_on|_date|_at)\b")


def test_no_module_of_the_interface_formats_dates_by_hand() -> None:
    """strftime/isoformat/str() for display were the cause of four different formats."""
    from pathlib import Path

    import musdesk.ui

    root = Path(musdesk.ui.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        if path.name in ("dates.py", "errors.py"):  # errors.py: the crash report's UTC stamp
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HAND_MADE.search(line) and "# the stored form, not shown" not in line:
                offenders.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    assert offenders == []
