"""Guessing the column mapping from Danish, Norwegian and English headers; parsing cells."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from musdesk import texts
from musdesk.interchange import roster_columns as cols
from musdesk.interchange.roster_columns import (
    ColumnMapping,
    ValueProblem,
    detect_header_row,
    guess_field,
    guess_mapping,
    parse_date,
    parse_email,
    split_full_name,
)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Navn", cols.FULL_NAME),
        ("Fulde navn", cols.FULL_NAME),
        ("Fornavn", cols.FIRST_NAME),
        ("Efternavn", cols.LAST_NAME),
        ("Etternavn", cols.LAST_NAME),
        ("E-mail", cols.EMAIL),
        ("E-post", cols.EMAIL),
        ("Email address", cols.EMAIL),
        ("Stilling", cols.JOB_TITLE),
        ("Stillingsbetegnelse", cols.JOB_TITLE),
        ("Afdeling", cols.DEPARTMENT),
        ("Avdeling", cols.DEPARTMENT),
        ("Leder", cols.LEADER),
        ("Nærmeste leder", cols.LEADER),
        ("Lederens e-mail", cols.LEADER),
        ("Manager email", cols.LEADER),
        ("Startdato", cols.START_DATE),
        ("Ansat dato", cols.START_DATE),
        ("Ansettelsesdato", cols.START_DATE),
        ("Hire date", cols.START_DATE),
        ("Fratrædelsesdato", cols.END_DATE),
        ("Fratrådt", cols.END_DATE),
        ("Sluttdato", cols.END_DATE),
        ("Termination date", cols.END_DATE),
        ("Kalenderdato", cols.IGNORE),
        ("Telefon", cols.PHONE),
        ("Tlf.", cols.PHONE),
        ("Mobil", cols.MOBILE),
        ("Mobilnummer", cols.MOBILE),
        ("Medarbejder nr.", cols.EMPLOYEE_NUMBER),
        ("Ansatt-ID", cols.EMPLOYEE_NUMBER),
        ("Firmanavn", cols.IGNORE),
        ("CPR-nummer", cols.IGNORE),  # sensitive: never guessed, never imported by accident
        ("Personnummer", cols.IGNORE),
        ("Fødselsdato", cols.IGNORE),
        ("Kontonummer", cols.IGNORE),
        ("Månedsløn", cols.IGNORE),
        ("Privatadresse", cols.IGNORE),
        ("Lønnummer", cols.EMPLOYEE_NUMBER),
        ("E-mailadresse", cols.EMAIL),
        ("Mail-adresse", cols.EMAIL),
        ("Kommentar", cols.IGNORE),
        ("", cols.IGNORE),
    ],
)
def test_header_guesses(header: str, field: str) -> None:
    assert guess_field(header) == field


def test_header_row_found_below_a_title_and_first_column_wins() -> None:
    rows = [
        ["Medarbejderliste pr. 1. november"],
        ["Fornavn", "Efternavn", "E-mail", "Privat e-mail", "Leder", "Ukendt"],
        ["Jens", "Hansen", "jens@firma.dk", "jens@privat.dk", "", "x"],
    ]
    assert detect_header_row(rows) == 1
    mapping = guess_mapping(rows)
    assert mapping.header_row == 1
    assert mapping.fields == (
        cols.FIRST_NAME,
        cols.LAST_NAME,
        cols.EMAIL,
        cols.IGNORE,  # the second e-mail column is left for the user to choose
        cols.LEADER,
        cols.IGNORE,
    )
    assert mapping.problems() == []


def test_unrecognised_headers_fall_back_to_the_first_row() -> None:
    rows = [["a", "b"], ["1", "2"]]
    mapping = guess_mapping(rows)
    assert mapping.header_row == 0
    assert set(mapping.fields) == {cols.IGNORE}
    assert mapping.problems() == [texts.text("interchange.mapping.no_name_column")]


def test_with_field_moves_a_field_and_grows_the_mapping() -> None:
    mapping = ColumnMapping(0, (cols.FULL_NAME, cols.EMAIL))
    moved = mapping.with_field(3, cols.EMAIL)
    assert moved.fields == (cols.FULL_NAME, cols.IGNORE, cols.IGNORE, cols.EMAIL)
    assert moved.column_of(cols.EMAIL) == 3
    assert mapping.with_field(0, cols.IGNORE).problems()
    with pytest.raises(ValueError):
        mapping.with_field(0, "salary")


def test_first_name_alone_is_not_enough() -> None:
    assert ColumnMapping(0, (cols.FIRST_NAME,)).problems()
    assert ColumnMapping(0, (cols.FIRST_NAME, cols.LAST_NAME)).problems() == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15-03-2019", dt.date(2019, 3, 15)),
        ("15.03.2019", dt.date(2019, 3, 15)),
        ("15/03/2019", dt.date(2019, 3, 15)),
        ("5.3.2019", dt.date(2019, 3, 5)),
        ("2019-03-15", dt.date(2019, 3, 15)),
        ("2019-03-15 00:00:00", dt.date(2019, 3, 15)),
        ("2019-03-15T08:30", dt.date(2019, 3, 15)),
        ("01.03.98", dt.date(1998, 3, 1)),
        ("01.03.24", dt.date(2024, 3, 1)),
        (" 29-02-2024 ", dt.date(2024, 2, 29)),
        ("43831", dt.date(2020, 1, 1)),  # an Excel date cell exported as its day number
        ("", None),
    ],
)
def test_dates(text: str, expected: dt.date | None) -> None:
    assert parse_date(text, today=dt.date(2026, 11, 23)) == expected


def test_real_date_cells_pass_through() -> None:
    assert parse_date(dt.date(2020, 1, 2)) == dt.date(2020, 1, 2)
    assert parse_date(dt.datetime(2020, 1, 2, 13, 0)) == dt.date(2020, 1, 2)


@pytest.mark.parametrize(
    "text", ["32.01.2020", "29-02-2023", "03/15/2019x", "marts 2020", "1.1.1850", "15-03-19-1"]
)
def test_dates_not_understood(text: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_date(text)
    assert caught.value.reason_key == "interchange.reason.date"


@given(st.text(max_size=40))
def test_any_date_text_gives_a_date_none_or_a_problem(text: str) -> None:
    try:
        result = parse_date(text)
    except ValueProblem:
        return
    assert result is None or isinstance(result, dt.date)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jens@firma.dk", "jens@firma.dk"),
        (" mailto:Jens.Hansen@Firma.dk ", "Jens.Hansen@Firma.dk"),
        ("<aase@firma.no>", "aase@firma.no"),
        ("Åse Øst <aase@firma.no>", "aase@firma.no"),
        ("", ""),
    ],
)
def test_emails(text: str, expected: str) -> None:
    assert parse_email(text) == expected


@pytest.mark.parametrize(
    "text",
    ["jens", "jens@", "@firma.dk", "jens@@firma.dk", "jens hansen@firma.dk", "a@b", "a@b..dk"],
)
def test_invalid_emails(text: str) -> None:
    with pytest.raises(ValueProblem):
        parse_email(text)


def test_full_names_split_in_both_orders() -> None:
    assert split_full_name("Jens Peter Hansen") == ("Jens Peter", "Hansen")
    assert split_full_name("Hansen, Jens Peter") == ("Jens Peter", "Hansen")
    assert split_full_name("  Åse   Øst ") == ("Åse", "Øst")
    assert split_full_name("Cher") == ("Cher", "")


def test_every_field_has_a_label_in_every_language() -> None:
    for field in cols.FIELDS:
        for language in texts.LANGUAGES:
            assert cols.field_label(field, language)
