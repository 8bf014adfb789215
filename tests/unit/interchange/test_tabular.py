"""Reading CSV and XLSX files as HR systems export them, and refusing bad files clearly."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from musdesk.interchange import tabular
from musdesk.interchange.tabular import UnreadableFile, read_csv_bytes, read_table

ROWS = [
    ["Fornavn", "Efternavn", "Afdeling"],
    ["Søren", "Ærø", "Løn & Økonomi"],
    ["Åse", "Øst", "Udvikling"],
]


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str) -> Path:
    text = "\r\n".join(delimiter.join(row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252"), ("utf-16", "utf-16")],
)
def test_encodings_are_detected_and_danish_letters_survive(
    tmp_path: Path, encoding: str, expected: str
) -> None:
    table = read_table(write_csv(tmp_path / "roster.csv", ROWS, encoding, ";"))
    assert table.encoding == expected
    assert table.rows == ROWS


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_delimiters_are_detected(tmp_path: Path, delimiter: str) -> None:
    table = read_table(write_csv(tmp_path / "roster.txt", ROWS, "utf-8", delimiter))
    assert table.delimiter == delimiter
    assert table.rows == ROWS


def test_semicolon_wins_when_names_contain_commas() -> None:
    data = "Navn;Stilling\nHansen, Jens;Leder\nØst, Åse;Udvikler, senior\n".encode()
    table = read_csv_bytes(data)
    assert table.delimiter == ";"
    assert table.rows[1] == ["Hansen, Jens", "Leder"]


def test_excel_sep_hint_line() -> None:
    table = read_csv_bytes(b"sep=,\r\nNavn,Stilling\r\nJens Hansen,Leder\r\n")
    assert table.delimiter == ","
    assert table.rows == [["Navn", "Stilling"], ["Jens Hansen", "Leder"]]
    assert table.numbers == [2, 3]


def test_quoted_cells_blank_lines_and_row_numbers() -> None:
    data = b'Navn,Noter\r\n\r\n"Jens Hansen","linje 1\r\nlinje 2"\r\n,\r\n"Bo Berg",\r\n'
    table = read_csv_bytes(data)
    assert table.rows == [["Navn", "Noter"], ["Jens Hansen", "linje 1\r\nlinje 2"], ["Bo Berg"]]
    # The numbers are the lines the user sees in a text editor (first line of each record).
    assert table.numbers == [1, 3, 6]


def test_cells_are_stripped_of_spaces_and_non_breaking_spaces() -> None:
    table = read_csv_bytes("Navn;E-mail\n\u00a0Jens Hansen ; jens@firma.dk\u00a0\n".encode())
    assert table.rows[1] == ["Jens Hansen", "jens@firma.dk"]


def test_xlsx_with_date_cells_numbers_and_a_title_row(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Medarbejdere"
    sheet.append(["Medarbejderliste"])
    sheet.append([])
    sheet.append(["Navn", "Ansat dato", "Telefon", "Nr"])
    sheet.append(["Søren Ærø", dt.datetime(2019, 3, 15), 12345678, 17.0])
    sheet.append(["Åse Øst", dt.date(2018, 1, 1), None, 18])
    path = tmp_path / "roster.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.sheet == "Medarbejdere"
    assert table.encoding is None
    assert table.rows == [
        ["Medarbejderliste"],
        ["Navn", "Ansat dato", "Telefon", "Nr"],
        ["Søren Ærø", dt.date(2019, 3, 15), "12345678", "17"],
        ["Åse Øst", dt.date(2018, 1, 1), "", "18"],
    ]
    assert table.numbers == [1, 3, 4, 5]


def test_xlsx_skips_empty_first_sheet(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "Forside"
    workbook.create_sheet("Data").append(["Navn", "E-mail"])
    path = tmp_path / "roster.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.sheet == "Data"
    assert table.rows == [["Navn", "E-mail"]]


def test_xlsx_named_sheet(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "Oversigt"
    workbook.active.append(["Antal", 2])
    workbook.create_sheet("Ansatte").append(["Navn", "E-post"])
    path = tmp_path / "roster.xlsx"
    workbook.save(path)
    assert read_table(path).sheet == "Oversigt"
    assert read_table(path, "ansatte").rows == [["Navn", "E-post"]]
    with pytest.raises(UnreadableFile) as caught:
        read_table(path, "Lønninger")
    assert "Oversigt, Ansatte" in str(caught.value)


def reason_of(path: Path) -> str:
    with pytest.raises(UnreadableFile) as caught:
        read_table(path)
    assert path.name in str(caught.value)
    return caught.value.reason_key


def test_empty_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "blank.csv").write_bytes(b"\r\n ; ;\r\n\r\n")
    assert reason_of(tmp_path / "empty.csv") == "interchange.reason.empty"
    assert reason_of(tmp_path / "blank.csv") == "interchange.reason.empty"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert reason_of(tmp_path / "nowhere.csv") == "interchange.reason.missing"
    (tmp_path / "folder.csv").mkdir()
    assert reason_of(tmp_path / "folder.csv") == "interchange.reason.not_a_file"


def test_wrong_extensions(tmp_path: Path) -> None:
    for name, reason in [
        ("roster.pdf", "interchange.reason.extension"),
        ("roster", "interchange.reason.extension"),
        ("roster.xls", "interchange.reason.old_format"),
        ("roster.ods", "interchange.reason.old_format"),
    ]:
        (tmp_path / name).write_bytes(b"Navn;E-mail\n")
        assert reason_of(tmp_path / name) == reason


def test_binary_content_is_refused(tmp_path: Path) -> None:
    (tmp_path / "image.csv").write_bytes(bytes(range(256)) * 40)
    assert reason_of(tmp_path / "image.csv") == "interchange.reason.binary"


def test_workbook_saved_as_csv_is_named(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Navn"])
    workbook.save(tmp_path / "roster.xlsx")
    (tmp_path / "roster.csv").write_bytes((tmp_path / "roster.xlsx").read_bytes())
    assert reason_of(tmp_path / "roster.csv") == "interchange.reason.workbook_as_text"


def test_damaged_and_fake_workbooks(tmp_path: Path) -> None:
    (tmp_path / "text.xlsx").write_bytes(b"Navn;E-mail\nJens;j@x.dk\n")
    assert reason_of(tmp_path / "text.xlsx") == "interchange.reason.damaged_workbook"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Navn"])
    workbook.save(tmp_path / "good.xlsx")
    data = (tmp_path / "good.xlsx").read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    assert reason_of(tmp_path / "cut.xlsx") == "interchange.reason.damaged_workbook"
    with zipfile.ZipFile(tmp_path / "other.xlsx", "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    assert reason_of(tmp_path / "other.xlsx") == "interchange.reason.damaged_workbook"
    (tmp_path / "old.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert reason_of(tmp_path / "old.xlsx") == "interchange.reason.old_or_encrypted"


def test_sizes_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "MAX_FILE_BYTES", 1000)
    (tmp_path / "big.csv").write_bytes(b"Navn;E-mail\n" + b"Jens;j@x.dk\n" * 200)
    assert reason_of(tmp_path / "big.csv") == "interchange.reason.too_large"
    monkeypatch.setattr(tabular, "MAX_ROWS", 10)
    (tmp_path / "long.csv").write_bytes(b"Navn;E-mail\n" + b"Jens;j@x.dk\n" * 20)
    assert reason_of(tmp_path / "long.csv") == "interchange.reason.too_many_rows"
    monkeypatch.setattr(tabular, "MAX_COLUMNS", 5)
    (tmp_path / "wide.csv").write_bytes(b";".join([b"a"] * 8) + b"\n")
    assert reason_of(tmp_path / "wide.csv") == "interchange.reason.too_wide"


def test_a_really_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    for name in ("huge.csv", "huge.xlsx"):
        with (tmp_path / name).open("wb") as handle:
            handle.truncate(tabular.MAX_FILE_BYTES + 1)  # sparse: costs no disk
        assert reason_of(tmp_path / name) == "interchange.reason.too_large"


def test_zip_bomb_workbook_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "MAX_XLSX_UNPACKED_BYTES", 100_000)
    with zipfile.ZipFile(tmp_path / "bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b" " * 1_000_000)
    assert (tmp_path / "bomb.xlsx").stat().st_size < 100_000
    assert reason_of(tmp_path / "bomb.xlsx") == "interchange.reason.too_large"


def test_overlong_cells_are_cut() -> None:
    table = read_csv_bytes(("Navn\n" + "x" * 10_000 + "\n").encode())
    assert len(table.rows[1][0]) == tabular.MAX_CELL_CHARS


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_table_or_a_clear_error(data: bytes) -> None:
    try:
        table = read_csv_bytes(data, "fuzz.csv")
    except UnreadableFile as exc:
        assert "fuzz.csv" in str(exc)
        return
    assert all(isinstance(cell, str) for row in table.rows for cell in row)
    assert len(table.numbers) == len(table.rows)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",))), max_size=6),
        max_size=12,
    ),
    st.sampled_from([";", ",", "\t"]),
)
def test_any_csv_text_never_crashes(rows: list[list[str]], delimiter: str) -> None:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    try:
        table = read_csv_bytes(buffer.getvalue().encode("utf-8"), "fuzz.csv")
    except UnreadableFile:
        return
    assert all(row and row[-1] != "" for row in table.rows)


def _small_workbook_bytes() -> bytes:
    import io

    workbook = openpyxl.Workbook()
    workbook.active.append(["Navn", "Ansat dato"])
    workbook.active.append(["Åse Øst", dt.date(2020, 1, 2)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


WORKBOOK = _small_workbook_bytes()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, len(WORKBOOK) - 1), st.integers(0, 255)), min_size=1, max_size=8
    ),
    st.integers(100, len(WORKBOOK)),
)
def test_damaged_workbooks_give_a_table_or_a_clear_error(
    changes: list[tuple[int, int]], keep: int
) -> None:
    data = bytearray(WORKBOOK[:keep])
    for position, value in changes:
        if position < len(data):
            data[position] = value
    try:
        table = tabular.read_xlsx_bytes(bytes(data), "fuzz.xlsx")
    except UnreadableFile as exc:
        assert "fuzz.xlsx" in str(exc)
        return
    assert all(isinstance(cell, str | dt.date) for row in table.rows for cell in row)
