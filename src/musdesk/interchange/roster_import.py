"""Importing a client's roster from a CSV or XLSX file, all or nothing.

    table = read_table(path)                        # tabular.py: bytes → rows
    mapping = guess_mapping(table.rows)             # roster_columns.py: which column is what
    report = plan_import(table, mapping, org_id)    # reads only: what would happen, row by row
    report = run_import(table, mapping, org_id)     # the same, written in ONE transaction

Rules a consultant can rely on:
- Existing employees of the organisation are recognised by employee number, else e-mail,
  else full name, and updated rather than duplicated. Empty cells never erase a value.
  A namesake in the same department with another e-mail or number is held as a possible
  duplicate until the user chooses "update that person" or "new" (roster_duplicates.py).
- Leaders are found by e-mail, employee number or name, among the organisation's employees
  and the file's own rows (also rows further down). Unknown or ambiguous leaders, leader
  cycles, rows without a name, bad e-mails and dates the reader does not understand skip the
  row, with its number and the reason, in the report; rows led by a skipped row are skipped too.
- Departments are found by name (or by a path "Parent / Child") and created when missing.
- An end date that has come marks the person as left (`roster.mark_left`); one in the
  future is not applied yet; one before the start date skips the row.
- Nothing is written until `run_import`; it re-plans inside its transaction and rolls the
  whole import back if any write fails, so a half-imported roster cannot happen. An import
  that would change nothing opens no write transaction and takes no backup.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from musdesk import storage, texts
from musdesk.errors import MusdeskError, NotFound, StorageError
from musdesk.interchange import roster_columns as cols
from musdesk.interchange import roster_duplicates as duplicates
from musdesk.interchange import roster_matching as matching
from musdesk.interchange.roster_columns import ColumnMapping
from musdesk.interchange.roster_report import (
    ACTIONS,
    CREATE,
    DUPLICATE,
    SKIP,
    UNCHANGED,
    UPDATE,
    ImportReport,
    RowOutcome,
    action_text,
    describe_outcome,
)
from musdesk.interchange.roster_rows import (
    Existing,
    ParsedRow,
    RowSkipped,
    cell_of,
    check_end_after_start,
    data_rows,
    parse_row,
)
from musdesk.interchange.roster_writer import (
    ImportCancelled,
    ImportFailed,
    PlanWriter,
    call_service,
)
from musdesk.interchange.tabular import Cell, Table
from musdesk.models import Organisation, database_proxy
from musdesk.services import lookup, roster
from musdesk.services.common import parse_uuid
from musdesk.storage.database import DATABASE_ERRORS, storage_error_for_database
from musdesk.storage.transactions import write_transaction

__all__ = [
    "ACTIONS",
    "CREATE",
    "DUPLICATE",
    "SKIP",
    "UNCHANGED",
    "UPDATE",
    "ImportCancelled",
    "ImportFailed",
    "ImportReport",
    "MappingIncomplete",
    "NoDataRows",
    "RowOutcome",
    "action_text",
    "describe_outcome",
    "plan_import",
    "resolve_organisation",
    "run_import",
]

class MappingIncomplete(MusdeskError):
    key = "interchange.error.mapping"


class NoDataRows(MusdeskError):
    key = "interchange.error.no_rows"


# --- planning ------------------------------------------------------------------------------
@dataclass
class Plan:
    """Everything `run_import` needs, computed by reading only."""

    report: ImportReport
    rows: dict[int, ParsedRow]
    department_ids: dict[tuple[str, ...], uuid.UUID | tuple[str, ...]]
    new_departments: dict[tuple[str, ...], uuid.UUID | tuple[str, ...] | None]
    existing: Existing


def plan_import(
    table: Table,
    mapping: ColumnMapping,
    organisation_id: uuid.UUID | str | None,
    *,
    organisation_name: str = "",
    decisions: Mapping[int, str] | None = None,
) -> ImportReport:
    """What an import would do, row by row; reads the database, writes nothing.

    `organisation_id` None plans for an organisation still to be created (all rows new).
    `decisions` answers possible duplicates (roster_duplicates.py): row number → NEW or an
    existing employee's ID; a possible duplicate without one is held (DUPLICATE).
    """
    return _plan(table, mapping, organisation_id, organisation_name, decisions or {}).report


@dataclass
class _LastPlan:
    """The newest plan and what it was made from: `run_import` right after the preview
    (the dialog's usual order) need not plan 10,000 rows a second time when neither the
    file, the mapping nor the organisation's roster changed meanwhile."""

    table: Table
    rows: int
    mapping: ColumnMapping
    organisation_id: uuid.UUID | None
    organisation_name: str
    decisions: dict[int, str]
    state: tuple[object, ...]
    plan: Plan


_last: _LastPlan | None = None


def _roster_state(organisation_id: uuid.UUID | None) -> tuple[object, ...]:
    """Changes whenever an employee or department of the organisation is added, removed or
    saved (services and imports set `updated_at` on every write): two small queries."""
    from peewee import fn

    from musdesk.models import Department, Employee

    if organisation_id is None:
        return ()
    return tuple(
        model.select(fn.COUNT(model.id), fn.MAX(model.updated_at))
        .where(model.organisation == organisation_id).tuples().first()
        for model in (Employee, Department)
    )


def _plan(
    table: Table,
    mapping: ColumnMapping,
    organisation: uuid.UUID | str | None,
    organisation_name: str,
    decisions: Mapping[int, str],
) -> Plan:
    global _last
    organisation_id = _as_uuid(organisation)
    state = _roster_state(organisation_id)
    last = _last
    if (last is not None and last.table is table and last.rows == len(table.rows)
            and last.mapping == mapping and last.organisation_id == organisation_id
            and last.organisation_name == organisation_name
            and last.decisions == dict(decisions) and last.state == state):
        return last.plan
    plan = _make_plan(table, mapping, organisation_id, organisation_name, decisions)
    _last = _LastPlan(table, len(table.rows), mapping, organisation_id, organisation_name,
                      dict(decisions), state, plan)
    return plan


def _make_plan(
    table: Table,
    mapping: ColumnMapping,
    organisation_id: uuid.UUID | None,
    organisation_name: str,
    decisions: Mapping[int, str],
) -> Plan:
    problems = mapping.problems()
    if problems:
        raise MappingIncomplete(detail=" ".join(problems))
    rows_in = data_rows(table, mapping)
    if not rows_in:
        raise NoDataRows(name=table.name)
    if organisation_id is not None and not organisation_name:
        organisation = Organisation.get_or_none(Organisation.id == organisation_id)
        organisation_name = organisation.name if organisation else ""
    report = ImportReport(
        organisation_id, organisation_name, organisation_created=organisation_id is None
    )
    existing = Existing.load(organisation_id)
    outcomes: dict[int, RowOutcome] = {}
    parsed: dict[int, ParsedRow] = {}

    def skip(number: int, name: str, reason: str) -> None:
        outcomes[number] = RowOutcome(number, SKIP, name, reason=reason)
        parsed.pop(number, None)

    def hold(number: int, name: str, found: list[duplicates.Candidate]) -> None:
        outcomes[number] = RowOutcome(number, DUPLICATE, name,
                                      reason=duplicates.held_reason(found),
                                      candidates=tuple(found))
        parsed.pop(number, None)

    for number, cells in rows_in:
        try:
            parsed[number] = parse_row(number, cells, mapping)
        except RowSkipped as skipped:
            skip(number, _name_for_report(cells, mapping), skipped.reason)

    index = matching.existing_index(existing)  # built once: matching reads it, leaders extend it
    matching.match_existing(parsed, existing, skip, hold, decisions, index)
    in_file = {row.match for row in parsed.values()}  # also rows skipped below for leaders
    for number, row in list(parsed.items()):
        if row.match is not None and row.start_date is None:
            try:  # the end date against the start date the workspace has
                check_end_after_start(existing.employees[row.match]["start_date"], row.left_on)
            except RowSkipped as skipped:
                skip(number, row.full_name, skipped.reason)
    # (e-mail, number, name) of the rows skipped so far, to explain a missing leader
    raw_people = {number: _raw_identity(cells, mapping) for number, cells in rows_in
                  if number not in parsed}
    matching.resolve_leaders(parsed, existing, skip, raw_people, index)
    department_ids, new_departments = matching.plan_departments(parsed.values(), existing)

    for number, row in parsed.items():
        outcomes[number] = matching.outcome(row, existing, department_ids)
    report.outcomes = [outcomes[number] for number, _ in rows_in]
    report.not_in_file = sorted(
        (
            existing.full_name(employee_id)
            for employee_id, values in existing.employees.items()
            if values["active"] and employee_id not in in_file
        ),
        key=str.casefold,
    )
    report.new_departments = [" / ".join(path) for path in new_departments]
    return Plan(report, parsed, department_ids, new_departments, existing)


def _name_for_report(cells: Sequence[Cell], mapping: ColumnMapping) -> str:
    parts = [
        cols.cell_text(cell_of(cells, mapping, field_name))
        for field_name in (cols.FULL_NAME, cols.FIRST_NAME, cols.LAST_NAME)
    ]
    return " ".join(" ".join(part.split()) for part in parts if part.strip())[:120]


def _raw_identity(cells: Sequence[Cell], mapping: ColumnMapping) -> tuple[str, str, str]:
    """(e-mail, number, name) as written, to say which skipped row a leader cell meant."""
    email = cols.cell_text(cell_of(cells, mapping, cols.EMAIL)).strip()
    ref = cols.cell_text(cell_of(cells, mapping, cols.EMPLOYEE_NUMBER)).strip()
    return email, ref, _name_for_report(cells, mapping)



# --- writing ---------------------------------------------------------------------------------
def run_import(
    table: Table,
    mapping: ColumnMapping,
    organisation_id: uuid.UUID | str | None,
    *,
    organisation_name: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    decisions: Mapping[int, str] | None = None,
) -> ImportReport:
    """Plan again and write it, in ONE transaction: all rows or, on any failure, none.

    With `organisation_id` None the organisation `organisation_name` is created first (in
    the same transaction). Raises `ImportFailed` naming the row when a write is refused, and
    `ImportCancelled` when `cancelled()` turns true; both leave the workspace as it was.
    `progress(done, total)` is called as rows are written.
    """
    global _last
    org_id = _as_uuid(organisation_id)
    if org_id is not None:
        # Reads only: a re-import that changes nothing writes nothing (no backup, no write
        # transaction); right after the preview this is the preview's plan.
        with _import_errors():
            ahead = _plan(table, mapping, org_id, organisation_name, decisions or {})
        if _writes_nothing(ahead):
            return _committed(ahead.report, org_id, created_org=False)
    # A checked backup first (outside the transaction): an import gone wrong is undone by it.
    storage.backup_before("import")
    try:
        with _import_errors(), write_transaction():
            created_org = False
            if org_id is None:
                created = call_service(0, roster.create_organisation, organisation_name)
                org_id = uuid.UUID(str(created["id"]))
                created_org = True
            plan = _plan(table, mapping, org_id, organisation_name, decisions or {})
            PlanWriter(plan, org_id, progress, cancelled).write()
    finally:
        _last = None  # written or rolled back: the next plan starts afresh
    return _committed(plan.report, org_id, created_org=created_org)


def _writes_nothing(plan: Plan) -> bool:
    report = plan.report
    return report.created == 0 and report.updated == 0 and not plan.new_departments


def _committed(report: ImportReport, org_id: uuid.UUID, *, created_org: bool) -> ImportReport:
    report.organisation_id = org_id
    report.organisation_created = created_org
    report.committed = True
    return report


@contextlib.contextmanager
def _import_errors() -> Iterator[None]:
    """A full disk or a workspace locked meanwhile: rolled back, and said in words."""
    try:
        yield
    except DATABASE_ERRORS as exc:
        folder = Path(str(getattr(database_proxy.obj, "database", "."))).parent
        raise ImportFailed(detail=str(storage_error_for_database(exc, folder))) from exc
    except StorageError as exc:  # the same, classified by the database layer already
        raise ImportFailed(detail=str(exc)) from exc


def _as_uuid(value: uuid.UUID | str | None) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(str(value))


# --- the organisation ------------------------------------------------------------------------
def resolve_organisation(ident: str) -> tuple[uuid.UUID | None, str]:
    """(id, name) of the organisation with this ID or exact name (any letter case), or
    (None, the name) when nothing matches, so that an import can create it. A part of a
    name is not enough here: an import writes, and "Fjellvik" must not land in "Fjellvik
    Energi AS". An unknown ID and a name matching several organisations are errors."""
    text = " ".join(ident.split())
    if not text:
        raise MappingIncomplete(detail=texts.text("interchange.error.organisation_missing"))
    try:
        found = lookup.organisation(text, exact=True)
    except NotFound:
        if parse_uuid(text) is not None:
            raise OrganisationUnknown(ident=text) from None
        return None, text
    return found.id, found.name


class OrganisationUnknown(MusdeskError):
    key = "interchange.error.organisation_unknown"
