"""Reading a spreadsheet-like file (CSV or XLSX) as HR systems export it, into plain rows.

    table = read_table(Path("medarbejdere.csv"))
    table.rows            # list of rows; each cell a stripped str, or a datetime.date from XLSX
    table.encoding        # "utf-8", "utf-8-sig", "utf-16", "cp1252" (CSV) or None (XLSX)
    table.delimiter       # ";" "," "\\t" "|" (CSV) or None

Nothing here knows about rosters. Every way a file can be unusable (missing, empty, binary,
unknown extension, damaged workbook, too large) raises `UnreadableFile` with a clear message;
sizes are bounded so that a hostile file cannot exhaust memory.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import re
import warnings
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from musdesk import texts
from musdesk.errors import MusdeskError

Cell = str | dt.date

MAX_FILE_BYTES = 20 * 1024 * 1024
# A roster of a few thousand people is normal; this is far beyond any client.
MAX_ROWS = 50_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 2_000
# An XLSX is a zip: bound what it unpacks to, so a small "zip bomb" cannot fill memory.
MAX_XLSX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_XLSX_ENTRIES = 2_000
# Counted while streaming the workbook's XML, before openpyxl builds anything: a row is
# refused at its 201st cell, a sheet at its 2,000,001st, the string table at 500,001 entries
# (a small file can declare millions; openpyxl would hold them all in memory).
MAX_XLSX_CELLS = 2_000_000
MAX_SHARED_STRINGS = 500_000
_XLSX_TOKEN = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c|si)(?=[\s>/])")
_TOKEN_OVERLAP = 64
_SCAN_CHUNK = 1024 * 1024

TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
OLD_EXCEL_SUFFIXES = (".xls", ".ods", ".numbers")
DELIMITERS = (";", ",", "\t", "|")
SNIFF_LINES = 50


class UnreadableFile(MusdeskError):
    """The file cannot be read as a table; `reason` says why in the user's words."""

    key = "interchange.error.unreadable"

    def __init__(self, name: str, reason_key: str, **params: object) -> None:
        self.reason_key = reason_key
        super().__init__(name=name, reason=texts.text(reason_key, **params))


@dataclass
class Table:
    """The non-empty rows of a file's first sheet, cells stripped; trailing empty cells dropped.

    `numbers[i]` is the line (CSV) or row (XLSX) number of `rows[i]` as the user sees it.
    """

    name: str
    rows: list[list[Cell]] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)  # every sheet of a workbook, in order

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The rows of a CSV/TXT/TSV or XLSX file (of the named sheet, else the first one with
    content). Raises `UnreadableFile` with a clear reason."""
    name = path.name
    suffix = path.suffix.lower()
    if suffix in OLD_EXCEL_SUFFIXES:
        raise UnreadableFile(name, "interchange.reason.old_format")
    if suffix not in TEXT_SUFFIXES + XLSX_SUFFIXES:
        raise UnreadableFile(name, "interchange.reason.extension", suffix=suffix or "—")
    data = _read_bounded(path)
    if not data.strip():
        raise UnreadableFile(name, "interchange.reason.empty")
    if suffix in XLSX_SUFFIXES:
        table = read_xlsx_bytes(data, name, sheet)
    else:
        if data[:4] == b"PK\x03\x04":
            raise UnreadableFile(name, "interchange.reason.workbook_as_text")
        table = read_csv_bytes(data, name)
    if not table.rows:
        raise UnreadableFile(name, "interchange.reason.empty")
    return table


def _read_bounded(path: Path) -> bytes:
    name = path.name
    try:
        if path.is_dir():
            raise UnreadableFile(name, "interchange.reason.not_a_file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(
                name, "interchange.reason.too_large", megabytes=MAX_FILE_BYTES // (1024 * 1024)
            )
        with path.open("rb") as handle:
            # Read one byte more than allowed: a file growing while we read is still bounded.
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise UnreadableFile(name, "interchange.reason.missing") from None
    except PermissionError:
        raise UnreadableFile(name, "interchange.reason.permission") from None
    except OSError as exc:
        raise UnreadableFile(name, "interchange.reason.os_error", detail=exc.strerror) from None
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFile(
            name, "interchange.reason.too_large", megabytes=MAX_FILE_BYTES // (1024 * 1024)
        )
    return data


# --- CSV ----------------------------------------------------------------------------------
def decode_text(data: bytes, name: str = "") -> tuple[str, str]:
    """The text and the encoding it was in: a BOM decides; else UTF-8 if valid, else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"  # Excel's "Unicode text" export
    else:
        if b"\x00" in data:
            raise UnreadableFile(name, "interchange.reason.binary")
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            # Excel on Danish/Norwegian Windows saves "CSV (semicolon)" in Windows-1252. Its
            # five undefined bytes are replaced rather than refused.
            return data.decode("cp1252", errors="replace"), "cp1252"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise UnreadableFile(name, "interchange.reason.encoding") from None
    if "\x00" in text:
        raise UnreadableFile(name, "interchange.reason.binary")
    return text, encoding


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t\f")
    return controls > max(8, len(sample) // 100)


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most consistent number of columns."""
    lines = [line for line in text.splitlines() if line.strip()][:SNIFF_LINES]
    best, best_score = DELIMITERS[0], (-1, -1)
    for delimiter in DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        # Lines agreeing on a width > 1 count; the width itself breaks ties.
        score = (count if width > 1 else 0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv_bytes(data: bytes, name: str = "roster.csv") -> Table:
    """A CSV file's rows, with its encoding and delimiter detected."""
    text, encoding = decode_text(data, name)
    if _looks_binary(text):
        raise UnreadableFile(name, "interchange.reason.binary")
    first_line = 1
    hint = re.match(r"\A\s*sep=(.)\s*?(\r\n|\n|\r)", text)
    if hint:
        # Excel's "sep=;" first line names the delimiter; it is no data.
        delimiter = hint.group(1)
        text = text[hint.end() :]
        first_line = 2
    else:
        delimiter = detect_delimiter(text)
    table = Table(name=name, encoding=encoding, delimiter=delimiter)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for raw in reader:
            _append_row(table, [_clean_text(value) for value in raw], first_line)
            first_line = reader.line_num + 1 + (1 if hint else 0)
    except csv.Error as exc:
        raise UnreadableFile(
            name, "interchange.reason.csv", line=reader.line_num, detail=str(exc)
        ) from None
    return table


def _clean_text(value: str) -> str:
    # Non-breaking spaces come with copy-pasted names; quotes around a whole value are noise.
    value = value.replace("\u00a0", " ").replace("\ufeff", "").strip()
    if len(value) > MAX_CELL_CHARS:
        value = value[:MAX_CELL_CHARS]
    return value


def _append_row(table: Table, row: list[Cell], number: int) -> None:
    while row and row[-1] == "":
        row.pop()
    if not row:
        return
    if len(row) > MAX_COLUMNS:
        raise UnreadableFile(table.name, "interchange.reason.too_wide", columns=MAX_COLUMNS)
    if len(table.rows) >= MAX_ROWS:
        raise UnreadableFile(table.name, "interchange.reason.too_many_rows", rows=MAX_ROWS)
    table.rows.append(row)
    table.numbers.append(number)


# --- XLSX ---------------------------------------------------------------------------------
def read_xlsx_bytes(data: bytes, name: str = "roster.xlsx", sheet: str | None = None) -> Table:
    """The first non-empty sheet (or the named one) of a workbook, in read-only mode."""
    import openpyxl  # only needed here; keeps `musdesk --help` quick
    from openpyxl.utils.exceptions import InvalidFileException

    _check_zip(data, name)
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it ignores; they do not matter here.
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(
                io.BytesIO(data), read_only=True, data_only=True, keep_links=False
            )
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UnreadableFile(name, "interchange.reason.damaged_workbook") from exc
    except Exception as exc:  # openpyxl raises many kinds on damaged XML
        raise UnreadableFile(name, "interchange.reason.damaged_workbook") from exc
    try:
        return _read_workbook(workbook, name, sheet)
    finally:
        with contextlib.suppress(Exception):
            workbook.close()


def _check_zip(data: bytes, name: str) -> None:
    if data[:4] != b"PK\x03\x04":
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            # An old .xls (or an encrypted .xlsx, which uses the same container).
            raise UnreadableFile(name, "interchange.reason.old_or_encrypted")
        raise UnreadableFile(name, "interchange.reason.damaged_workbook")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UnreadableFile(name, "interchange.reason.damaged_workbook") from None
    unpacked = sum(entry.file_size for entry in entries)
    if len(entries) > MAX_XLSX_ENTRIES or unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise UnreadableFile(
            name, "interchange.reason.too_large", megabytes=MAX_FILE_BYTES // (1024 * 1024)
        )
    _check_xlsx_counts(data, name)


def _xml_tokens(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, name: str) -> Iterator[bytes]:
    """The row/c/si start tags of one XML part, streamed (never the whole part in memory)."""
    tail = b""
    read = 0
    with archive.open(entry) as part:
        while True:
            chunk = part.read(_SCAN_CHUNK)
            read += len(chunk)
            if read > MAX_XLSX_UNPACKED_BYTES:  # the directory's sizes can lie
                raise UnreadableFile(name, "interchange.reason.too_large",
                                     megabytes=MAX_FILE_BYTES // (1024 * 1024))
            buffer = tail + chunk
            limit = len(buffer) if not chunk else len(buffer) - _TOKEN_OVERLAP
            for match in _XLSX_TOKEN.finditer(buffer):
                if match.start() >= limit:
                    break
                yield match.group(1)
            if not chunk:
                return
            tail = buffer[max(limit, 0):]


def _check_xlsx_counts(data: bytes, name: str) -> None:
    """Width, cell count and shared-string count, checked while streaming the XML, so that
    a roster file of any shape is refused within seconds and little memory."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for entry in archive.infolist():
                part = entry.filename.lower()
                if part.endswith("sharedstrings.xml"):
                    _check_strings(archive, entry, name)
                elif part.startswith("xl/worksheets/") and part.endswith(".xml"):
                    _check_sheet(archive, entry, name)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        raise UnreadableFile(name, "interchange.reason.damaged_workbook") from None


def _check_strings(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, name: str) -> None:
    strings = 0
    for token in _xml_tokens(archive, entry, name):
        strings += token == b"si"
        if strings > MAX_SHARED_STRINGS:
            raise UnreadableFile(name, "interchange.reason.too_many_strings",
                                 strings=MAX_SHARED_STRINGS)


def _check_sheet(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, name: str) -> None:
    cells = in_row = 0
    for token in _xml_tokens(archive, entry, name):
        if token == b"row":
            in_row = 0
        elif token == b"c":
            cells += 1
            in_row += 1
            if in_row > MAX_COLUMNS:
                raise UnreadableFile(name, "interchange.reason.too_wide", columns=MAX_COLUMNS)
            if cells > MAX_XLSX_CELLS:
                raise UnreadableFile(name, "interchange.reason.too_many_cells",
                                     cells=MAX_XLSX_CELLS)


def _read_workbook(workbook: Any, name: str, sheet: str | None) -> Table:
    sheets = list(workbook.worksheets)
    if sheet is not None:
        wanted = [ws for ws in sheets if ws.title.casefold() == sheet.strip().casefold()]
        if not wanted:
            names = ", ".join(ws.title for ws in sheets)
            raise UnreadableFile(name, "interchange.reason.no_such_sheet", sheet=sheet, names=names)
        sheets = wanted
    all_names = [ws.title for ws in workbook.worksheets]
    for worksheet in sheets:
        table = Table(name=name, sheet=worksheet.title, sheets=all_names)
        try:
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                _append_row(table, [_xlsx_cell(value) for value in values], number)
        except UnreadableFile:
            raise
        except Exception as exc:  # damaged sheet XML
            raise UnreadableFile(name, "interchange.reason.damaged_workbook") from exc
        if table.rows:
            return table
    return Table(name=name)


def _xlsx_cell(value: object) -> Cell:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        # A phone number or employee number typed as a number: no ".0".
        return str(int(value))
    if isinstance(value, dt.time):
        return value.isoformat()
    return _clean_text(str(value))
