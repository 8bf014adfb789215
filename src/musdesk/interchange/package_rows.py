"""A package's records as rows, and the workspace's records as the package's lines.

    lines = record_lines(opened.archive, table)            # the JSON lines, header checked
    for batch in row_batches(opened, table, lines): ...    # rows for executemany
    stored = stored_lines(conn, table)                     # {line: key} of the workspace

Each member is decoded once and parsed with Python's json module a batch of lines at a time
(one `json.loads` per batch, in C). Every row is checked here before it goes anywhere: a
JSON array of the manifest's width, each value of a type its column allows (text kinds
text, integers integers, …; no nested arrays or objects); the finer rules (lengths,
vocabularies, ranges, dates, UUIDs, references) are SQL in package_reader.validate. The
type check runs before any insert, so a column's type affinity in the target database can
never turn a wrong value into an accepted one ("60" into 60).

`stored_lines` writes the workspace's records with the same SQLite expression the export
uses, so a package record that is byte for byte one of the workspace's own is recognised
before anything is parsed or staged (a merge skips it: it can change nothing).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from musdesk.interchange.package_crypto import PackageDamaged, reason
from musdesk.interchange.package_format import Archive, blob_member, records_member
from musdesk.interchange.package_scope import _q
from musdesk.interchange.package_tables import Column, Table

BATCH_BYTES = 1024 * 1024  # of JSON text per json.loads / executemany

_TEXT = (str,)
_INTEGER = (int, bool)  # JSON true/false: 1/0, as SQLite's own JSON functions read them
ALLOWED_TYPES: dict[str, tuple[type, ...]] = {
    "uuid": _TEXT, "text": _TEXT, "date": _TEXT, "datetime": _TEXT, "time": _TEXT,
    "blob": _TEXT,  # the name of the member holding the bytes
    "integer": _INTEGER, "boolean": _INTEGER, "real": (int, float, bool),
}


def _no_constant(name: str) -> Any:
    raise ValueError(name)  # NaN, Infinity: not JSON


def record_lines(archive: Archive, table: str, columns: tuple[str, ...]) -> list[str]:
    """The record lines of one table (text, without the header line, which must name
    `columns`, the manifest's). Raises PackageDamaged."""
    name = records_member(table)
    data = archive.read(name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackageDamaged(reason("bad_record", member=name)) from exc
    del data
    lines = text.split("\n")
    del text
    if lines and lines[-1] == "":
        lines.pop()
    try:
        header = json.loads(lines[0]) if lines else None
    except ValueError as exc:
        raise PackageDamaged(reason("header_differs", member=name)) from exc
    if header != list(columns):
        raise PackageDamaged(reason("header_differs", member=name))
    del lines[0]
    return lines


def batches(lines: list[str]) -> Iterator[list[str]]:
    """The lines in runs of about BATCH_BYTES of text (by the table's mean line length)."""
    if not lines:
        return
    size = sum(map(len, lines)) + len(lines)
    step = max(1, len(lines) * BATCH_BYTES // max(size, 1))
    for start in range(0, len(lines), step):
        yield lines[start:start + step]


def parse(lines: list[str], width: int, member: str) -> list[list[Any]]:
    """One JSON array of `width` values per line; anything else is damage."""
    try:
        rows: list[list[Any]] = json.loads("[" + ",".join(lines) + "]",
                                           parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise PackageDamaged(reason("bad_record", member=member)) from exc
    # A line holding "[…],[…]" would parse as two records: the count must match.
    if len(rows) != len(lines) or (rows and (set(map(type, rows)) != {list}
                                             or set(map(len, rows)) != {width})):
        raise PackageDamaged(reason("bad_record", member=member))
    return rows


def row_batches(archive: Archive, table: Table, present: tuple[str, ...], lines: list[str],
                fillers: dict[int, Any]) -> Iterator[list[list[Any]]]:
    """The lines as rows in `table`'s column order, type-checked, blobs read in.

    `present`: the package's columns for this table; `fillers`: position → value of the
    columns an older package does not have (the model's default)."""
    cols = table.column_names
    member = records_member(table.name)
    positions = [present.index(c) if c in present else None for c in cols]
    reorder = positions != list(range(len(cols)))
    key_at = cols.index(table.key)
    blob_at = [cols.index(c.name) for c in table.blobs]
    checked = [(i, column) for i, column in enumerate(table.columns) if positions[i] is not None]
    for chunk in batches(lines):
        rows = parse(chunk, len(present), member)
        if reorder:
            rows = [[raw[p] if p is not None else fillers[i] for i, p in enumerate(positions)]
                    for raw in rows]
        check_types(table, rows, checked, key_at)
        for row in rows:
            for i in blob_at:
                if row[i] is not None:
                    row[i] = _blob(archive, table, row, key_at, i)
        yield rows


def check_types(table: Table, rows: list[list[Any]], checked: list[tuple[int, Column]],
                key_at: int) -> None:
    """Every value of a type its column allows (None is left to the SQL rules)."""
    if not rows:
        return
    by_column = list(zip(*rows, strict=True))
    for i, column in checked:
        allowed = (*ALLOWED_TYPES[column.kind], type(None))
        if set(map(type, by_column[i])) <= set(allowed):
            continue
        bad = next(row for row in rows if type(row[i]) not in allowed)
        raise PackageDamaged(reason("bad_value", table=table.name, column=column.name,
                                    record=str(bad[key_at])[:40]))


def _blob(archive: Archive, table: Table, row: list[Any], key_at: int, i: int) -> bytes:
    name = row[i]
    if not isinstance(row[key_at], str) or \
            name != blob_member(table.name, row[key_at], table.column_names[i]):
        raise PackageDamaged(reason("bad_value", table=table.name, column=table.column_names[i],
                                    record=str(row[key_at])[:40]))
    return archive.read(name)


# --- the workspace's side ------------------------------------------------------------------
def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def line_sql(table: Table) -> str:
    """The SQLite expression of one record's line (without the newline): json_array of the
    columns in order, a blob column as the name of its member. The export writes these."""
    key = _q(table.key)
    blob_names = {c.name for c in table.blobs}
    values = []
    for name in table.column_names:
        if name in blob_names:
            prefix = _sql_text(f"blobs/{table.name}/")
            suffix = _sql_text(f".{name}")
            values.append(f"CASE WHEN {_q(name)} IS NULL THEN NULL "
                          f"ELSE {prefix} || {key} || {suffix} END")
        else:
            values.append(_q(name))
    return f"json_array({', '.join(values)})"


def stored_lines(conn: Any, table: Table) -> dict[str, Any]:
    """{line: key} of every record of `table` in the workspace (main)."""
    return dict(conn.execute(
        f"SELECT {line_sql(table)}, {_q(table.key)} FROM main.{_q(table.name)}"))
