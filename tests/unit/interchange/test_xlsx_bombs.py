"""Small .xlsx files that declare huge sheets are refused while streaming, in little memory."""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from musdesk.interchange.tabular import UnreadableFile, read_table

MEMORY_LIMIT = 60 * 1024 * 1024


def _workbook_with(tmp_path: Path, replace: dict[str, bytes]) -> Path:
    """A real workbook from openpyxl with some of its XML parts replaced."""
    workbook = openpyxl.Workbook()
    workbook.active.append(["Fornavn", "Efternavn"])
    workbook.active.append(["Åse", "Ørsted"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    path = tmp_path / "roster.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for entry in source.infolist():
            out.writestr(entry.filename, replace.get(entry.filename, source.read(entry)))
        for extra, content in replace.items():
            if extra not in source.namelist():
                out.writestr(extra, content)
    return path


def _sheet(rows: bytes) -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
            b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + rows
            + b"</sheetData></worksheet>")


def _refused_in_little_memory(path: Path, reason_key: str) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(UnreadableFile) as caught:
            read_table(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.reason_key == reason_key
    assert peak < MEMORY_LIMIT, f"peak {peak / 2**20:.0f} MiB"


def test_one_row_of_a_million_cells(tmp_path: Path) -> None:
    row = b'<row r="1">' + b'<c t="inlineStr"><is><t>x</t></is></c>' * 1_000_000 + b"</row>"
    path = _workbook_with(tmp_path, {"xl/worksheets/sheet1.xml": _sheet(row)})
    assert path.stat().st_size < 2 * 1024 * 1024
    _refused_in_little_memory(path, "interchange.reason.too_wide")


def test_millions_of_cells_in_narrow_rows(tmp_path: Path) -> None:
    one = b"<row>" + b'<c t="inlineStr"><is><t>x</t></is></c>' * 10 + b"</row>"
    path = _workbook_with(tmp_path, {"xl/worksheets/sheet1.xml": _sheet(one * 210_000)})
    _refused_in_little_memory(path, "interchange.reason.too_many_cells")


def test_a_million_shared_strings(tmp_path: Path) -> None:
    strings = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.'
               b'openxmlformats.org/spreadsheetml/2006/main">'
               + b"<si><t>s</t></si>" * 1_000_000 + b"</sst>")
    path = _workbook_with(tmp_path, {"xl/sharedStrings.xml": strings})
    _refused_in_little_memory(path, "interchange.reason.too_many_strings")


def test_a_namespace_prefix_does_not_hide_cells(tmp_path: Path) -> None:
    row = b'<x:row r="1">' + b'<x:c t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c>' * 300
    sheet = (b'<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/'
             b'spreadsheetml/2006/main"><x:sheetData>' + row + b"</x:row></x:sheetData>"
             b"</x:worksheet>")
    path = _workbook_with(tmp_path, {"xl/worksheets/sheet1.xml": sheet})
    with pytest.raises(UnreadableFile) as caught:
        read_table(path)
    assert caught.value.reason_key == "interchange.reason.too_wide"


def test_an_ordinary_workbook_still_reads(tmp_path: Path) -> None:
    table = read_table(_workbook_with(tmp_path, {}))
    assert table.rows == [["Fornavn", "Efternavn"], ["Åse", "Ørsted"]]
