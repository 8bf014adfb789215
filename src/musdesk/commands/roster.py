"""`musdesk roster import PATH FILE --organisation NAME [--dry-run]`: a roster from CSV/XLSX.

The organisation is given by ID or name, found as every command finds one (any letter case,
exact name first, then part of a name). When no organisation matches, one with that name is
created (in the same transaction as the import), because importing the roster is usually
the first thing a consultant does for a new client; the report's first line says so, and
`--dry-run` shows it before anything is written, so a typo shows up as "will be created".
Skipped rows are listed, not failures: the exit code is 0 when the import ran.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from musdesk import texts
from musdesk.commands.common import add_path_argument, open_workspace
from musdesk.errors import MusdeskError
from musdesk.interchange import roster_columns as cols
from musdesk.interchange.roster_columns import ColumnMapping, guess_mapping
from musdesk.interchange.roster_import import (
    plan_import,
    resolve_organisation,
    run_import,
)
from musdesk.interchange.tabular import Table, read_table


class BadColumnOption(MusdeskError):
    key = "interchange.error.bad_column"


class BadHeaderRow(MusdeskError):
    key = "interchange.error.bad_header_row"


def register(subparsers: argparse._SubParsersAction) -> None:
    roster = subparsers.add_parser("roster", help="the client's roster (employees)")
    actions = roster.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    importer = actions.add_parser(
        "import",
        help="import employees from a CSV or XLSX file",
        description="Import employees from a CSV or XLSX file as HR systems export it. "
        "Existing employees are updated, not duplicated; rows that cannot be used are "
        "listed with the reason. Everything is written in one transaction.",
    )
    add_path_argument(importer)
    importer.add_argument("file", metavar="FILE", type=Path, help="the CSV or XLSX file")
    importer.add_argument(
        "--organisation",
        "--organization",
        required=True,
        metavar="NAME",
        help="the client organisation's name or ID (created when no organisation has the name)",
    )
    importer.add_argument(
        "--dry-run", action="store_true", help="show what would happen and write nothing"
    )
    importer.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="override a guessed column: COLUMN is a header or a number (1 = first), FIELD "
        f"one of {', '.join(cols.FIELDS)}; may be repeated",
    )
    importer.add_argument(
        "--sheet", metavar="NAME", help="the workbook sheet to read (default: the first with data)"
    )
    importer.add_argument(
        "--header-row",
        type=int,
        metavar="N",
        help="the line (CSV) or row (XLSX) number of the headers (default: found)",
    )
    importer.add_argument(
        "-v", "--verbose", action="store_true", help="list what happens to every row"
    )
    importer.set_defaults(func=cmd_import)


def mapping_for(table: Table, header_row: int | None, overrides: list[str]) -> ColumnMapping:
    """The guessed mapping, with the header row and COLUMN=FIELD overrides applied."""
    index = None
    if header_row is not None:
        if header_row not in table.numbers:
            raise BadHeaderRow(row=header_row)
        index = table.numbers.index(header_row)
    mapping = guess_mapping(table.rows, index)
    headers = [cols.cell_text(cell) for cell in table.rows[mapping.header_row]]
    for given in overrides:
        column_text, _, field = given.partition("=")
        column = _column_index(column_text.strip(), headers, table.width)
        field = field.strip().lower()
        if column is None or field not in cols.FIELDS:
            raise BadColumnOption(given=given, fields=", ".join(cols.FIELDS))
        mapping = mapping.with_field(column, field)
    return mapping


def _column_index(text: str, headers: list[str], width: int) -> int | None:
    if text.isdigit() and 1 <= int(text) <= width:
        return int(text) - 1
    wanted = cols.normalise_header(text)
    for index, header in enumerate(headers):
        if wanted and cols.normalise_header(header) == wanted:
            return index
    return None


def describe_file(table: Table, mapping: ColumnMapping) -> list[str]:
    if table.sheet is not None:
        details = f"XLSX, {table.sheet}"
    else:
        delimiter = {"\t": "TAB"}.get(table.delimiter or "", table.delimiter)
        details = f"{(table.encoding or '').upper()}, '{delimiter}'"
    headers = table.rows[mapping.header_row]
    columns = ", ".join(
        f"{cols.cell_text(headers[i]) if i < len(headers) else i + 1} → {cols.field_label(field)}"
        for i, field in enumerate(mapping.fields)
    )
    return [
        texts.text(
            "interchange.report.file",
            name=table.name,
            details=details,
            header=table.numbers[mapping.header_row],
        ),
        texts.text("interchange.report.mapping", columns=columns),
    ]


def cmd_import(args: argparse.Namespace) -> int:
    # The file first: a wrong file should not cost a passphrase prompt.
    table = read_table(args.file, args.sheet)
    mapping = mapping_for(table, args.header_row, args.column)
    with open_workspace(args.path):
        organisation_id, name = resolve_organisation(args.organisation)
        if args.dry_run:
            report = plan_import(table, mapping, organisation_id, organisation_name=name)
        else:
            report = run_import(table, mapping, organisation_id, organisation_name=name)
    for line in describe_file(table, mapping):
        print(line)
    if args.verbose:
        for line in report.row_lines():
            print(line)
    for line in report.lines():
        print(line)
    return 0
