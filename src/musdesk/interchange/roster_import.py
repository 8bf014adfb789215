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
  whole import back if any write fails, so a half-imported roster cannot happen.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from musdesk import storage, texts
from musdesk.errors import MusdeskError, NotFound, StorageError
from musdesk.interchange import roster_columns as cols
from musdesk.interchange import roster_duplicates as duplicates
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
    PersonIndex,
    PersonKey,
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

# Fields compared when an existing employee is found, in report order.
COMPARED_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "external_ref",
    "job_title",
    "phone",
    "start_date",
    "left_on",
    "department",
    "leader",
)


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

    index = _existing_index(existing)  # built once: matching reads it, leaders extend it
    _match_existing(parsed, existing, skip, hold, decisions, index)
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
    _resolve_leaders(parsed, existing, skip, raw_people, index)
    department_ids, new_departments = _plan_departments(parsed.values(), existing)

    for number, row in parsed.items():
        outcomes[number] = _outcome(row, existing, department_ids)
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


Skip = Callable[[int, str, str], None]  # (row number, name, reason)
Hold = Callable[[int, str, "list[duplicates.Candidate]"], None]  # a possible duplicate


def _employee_id(key: PersonKey) -> uuid.UUID:
    """The employee of an ("employee", ID) key."""
    value = key[1]
    if not isinstance(value, uuid.UUID):
        raise TypeError(f"not an existing employee: {key!r}")
    return value


def _existing_index(existing: Existing) -> PersonIndex:
    index = PersonIndex()
    for employee_id, values in existing.employees.items():
        index.add(
            ("employee", employee_id),
            email=str(values["email"] or ""),
            ref=str(values["external_ref"] or ""),
            names=[existing.full_name(employee_id)],
        )
    return index


def _match_existing(
    parsed: dict[int, ParsedRow], existing: Existing, skip: Skip, hold: Hold,
    decisions: Mapping[int, str], index: PersonIndex,
) -> None:
    """Find each row's existing employee; a second row for the same person is skipped; a
    namesake in the same department with another e-mail or number is held for a choice."""
    seen: dict[object, int] = {}
    for number, row in list(parsed.items()):
        candidates: set[PersonKey] = set()
        if row.external_ref:
            candidates = set(index.by_ref.get(row.external_ref.casefold(), ()))
        if not candidates and row.email:
            candidates = set(index.by_email.get(row.email.casefold(), ()))
        if not candidates:
            by_name = index.by_name.get(cols.normalise_name(row.full_name), set())
            candidates = {
                key
                for key in by_name
                if _compatible(existing.employees[_employee_id(key)], row)
            }
            alike = [] if candidates else duplicates.candidates(
                row, (_employee_id(key) for key in by_name), existing)
            if alike:  # a namesake with another e-mail or number: the same person?
                choice = decisions.get(number)
                row.candidates = tuple(alike)  # the dialog offers to change the choice
                chosen = [c for c in alike if str(c.employee_id) == choice]
                if chosen:
                    candidates = {("employee", chosen[0].employee_id)}
                elif choice != duplicates.NEW:
                    hold(number, row.full_name, alike)
                    continue
        if len(candidates) > 1:
            skip(number, row.full_name, texts.text("interchange.skip.ambiguous_employee"))
            continue
        if candidates:
            row.match = _employee_id(next(iter(candidates)))
        identities = _identities(row)
        earlier = next((seen[i] for i in identities if i in seen), None)
        if earlier is not None:
            skip(number, row.full_name, texts.text("interchange.skip.duplicate", row=earlier))
            continue
        for identity in identities:
            seen[identity] = number


def _compatible(values: dict[str, object], row: ParsedRow) -> bool:
    for name, mine in (("email", row.email), ("external_ref", row.external_ref)):
        theirs = str(values[name] or "")
        if mine and theirs and mine.casefold() != theirs.casefold():
            return False
    return True


def _identities(row: ParsedRow) -> list[object]:
    """What makes two rows the same person: the same match, number, e-mail, or (lacking
    both) the same name."""
    identities: list[object] = []
    if row.match:
        identities.append(("employee", row.match))
    if row.external_ref:
        identities.append(("ref", row.external_ref.casefold()))
    if row.email:
        identities.append(("email", row.email.casefold()))
    if not row.external_ref and not row.email:
        identities.append(("name", cols.normalise_name(row.full_name)))
    return identities


def _resolve_leaders(
    parsed: dict[int, ParsedRow],
    existing: Existing,
    skip: Skip,
    raw_people: dict[int, tuple[str, str, str]],
    index: PersonIndex,
) -> None:
    """Resolve every leader cell once; skip unknown, ambiguous, own and cyclic leaders, and
    (following the links backwards, so a long chain costs no more than a short one) every
    row that hangs on a skipped new row."""
    for row in parsed.values():
        index.add(row.key, email=row.email, ref=row.external_ref, names=[row.full_name])
    gone = PersonIndex()  # rows skipped already (no name, bad e-mail…), to explain a missing leader
    for number, (email, ref, name) in raw_people.items():
        if number not in parsed:
            first, last = cols.split_full_name(name)
            gone.add(("row", number), email=email, ref=ref, names=[name, f"{first} {last}"])

    led_by: dict[PersonKey, list[int]] = defaultdict(list)
    failed: list[tuple[int, str]] = []
    for number, row in parsed.items():
        row.leader_key = None
        if not row.leader:
            continue
        found = index.find(row.leader)
        if len(found) == 1:
            key = next(iter(found))
            if key == row.key:
                failed.append((number, texts.text("interchange.skip.own_leader")))
            else:
                row.leader_key = key
                led_by[key].append(number)
        elif found:
            failed.append(
                (number, texts.text("interchange.skip.ambiguous_leader", leader=row.leader))
            )
        else:
            skipped_rows = gone.find(row.leader)
            reason = (
                texts.text(
                    "interchange.skip.leader_skipped",
                    leader=row.leader,
                    row=min(int(str(key[1])) for key in skipped_rows),
                )
                if skipped_rows
                else texts.text("interchange.skip.unknown_leader", leader=row.leader)
            )
            failed.append((number, reason))
    cycle = texts.text("interchange.skip.leader_cycle")
    while True:
        _skip_with_followers(failed, parsed, led_by, skip)
        # Skipping restores an existing employee's old leader, which may close a cycle anew.
        failed = [(number, cycle) for number in _rows_in_leader_cycles(parsed, existing)]
        if not failed:
            return


def _skip_with_followers(
    failed: list[tuple[int, str]],
    parsed: dict[int, ParsedRow],
    led_by: dict[PersonKey, list[int]],
    skip: Skip,
) -> None:
    """Skip the failed rows with their own reasons first, then whoever a skipped new row
    was to lead, and so on down."""
    queue: list[ParsedRow] = []
    for number, reason in failed:
        row = parsed.get(number)
        if row is not None:
            skip(number, row.full_name, reason)
            queue.append(row)
    while queue:
        row = queue.pop()
        if row.match is not None:
            continue  # an existing employee still exists to lead others
        for follower in led_by.get(row.key, ()):
            follower_row = parsed.get(follower)
            if follower_row is not None:
                reason = texts.text(
                    "interchange.skip.leader_skipped", leader=follower_row.leader, row=row.number
                )
                skip(follower, follower_row.full_name, reason)
                queue.append(follower_row)


def _rows_in_leader_cycles(parsed: dict[int, ParsedRow], existing: Existing) -> list[int]:
    """Numbers of the rows whose leader setting closes a cycle (A leads B leads A)."""
    leader_of: dict[PersonKey, PersonKey] = {}
    set_by_row: dict[PersonKey, int] = {}
    for employee_id, values in existing.employees.items():
        if values["leader"] is not None:
            leader_of[("employee", employee_id)] = ("employee", values["leader"])
    for number, row in parsed.items():
        if row.leader_key is not None:
            leader_of[row.key] = row.leader_key
            set_by_row[row.key] = number
    cyclic: set[int] = set()
    state: dict[PersonKey, int] = {}  # 1 = on the current path, 2 = done
    for start in leader_of:
        path: list[PersonKey] = []
        node: PersonKey | None = start
        while node is not None and state.get(node) is None:
            state[node] = 1
            path.append(node)
            node = leader_of.get(node)
        if node is not None and state.get(node) == 1:
            cycle = path[path.index(node) :]
            cyclic.update(set_by_row[key] for key in cycle if key in set_by_row)
        for key in path:
            state[key] = 2
    return sorted(cyclic)


def _plan_departments(rows: Iterable[ParsedRow], existing: Existing) -> tuple[
    dict[tuple[str, ...], uuid.UUID | tuple[str, ...]],
    dict[tuple[str, ...], uuid.UUID | tuple[str, ...] | None],
]:
    """Each row's department path → an existing department's ID, or the path of one to
    create; and the departments to create (parents first) → their parent (an ID, a path
    created before it, or None at the top). A single name is found anywhere in the tree
    when it is unique there."""
    children: dict[tuple[uuid.UUID | None, str], uuid.UUID] = {}
    by_name: dict[str, list[uuid.UUID]] = defaultdict(list)
    for dept_id, (above, name) in existing.departments.items():
        children.setdefault((above, name.casefold()), dept_id)
        by_name[name.casefold()].append(dept_id)
    resolved: dict[tuple[str, ...], uuid.UUID | tuple[str, ...]] = {}
    new: dict[tuple[str, ...], uuid.UUID | tuple[str, ...] | None] = {}  # path → its parent
    new_keys: dict[tuple[str, ...], tuple[str, ...]] = {}  # casefolded path → display path
    for row in rows:
        path = row.department
        if not path or path in resolved:
            continue
        if len(path) == 1 and (None, path[0].casefold()) not in children:
            anywhere = by_name.get(path[0].casefold(), [])
            if len(anywhere) == 1:
                resolved[path] = anywhere[0]
                continue
        parent: uuid.UUID | None = None
        target: uuid.UUID | tuple[str, ...] | None = None
        creating = False
        for depth in range(1, len(path) + 1):
            prefix = path[:depth]
            if not creating:
                found = children.get((parent, prefix[-1].casefold()))
                if found is not None:
                    parent = target = found
                    continue
                creating = True  # below a department to be created, everything is new
            folded = tuple(part.casefold() for part in prefix)
            if folded not in new_keys:
                new_keys[folded] = prefix
                new[prefix] = target
            target = new_keys[folded]
        assert target is not None
        resolved[path] = target
    return resolved, new


def _outcome(
    row: ParsedRow,
    existing: Existing,
    department_ids: dict[tuple[str, ...], uuid.UUID | tuple[str, ...]],
) -> RowOutcome:
    if row.match is None:
        return RowOutcome(row.number, CREATE, row.full_name, candidates=row.candidates)
    current = existing.employees[row.match]
    changes = [name for name in COMPARED_FIELDS if _differs(name, row, current, department_ids)]
    action = UPDATE if changes else UNCHANGED
    return RowOutcome(row.number, action, row.full_name, tuple(changes), employee_id=row.match,
                      candidates=row.candidates)


def _differs(
    name: str,
    row: ParsedRow,
    current: dict[str, object],
    department_ids: dict[tuple[str, ...], uuid.UUID | tuple[str, ...]],
) -> bool:
    if name == "department":
        return bool(row.department) and department_ids[row.department] != current["department"]
    if name == "leader":
        return row.leader_key is not None and row.leader_key != ("employee", current["leader"])
    if name == "left_on":
        return row.left_on is not None and (
            bool(current["active"]) or current["left_on"] != row.left_on
        )
    value = getattr(row, name)
    if value in ("", None):
        return False  # an empty cell keeps what is there
    if name in ("email", "first_name", "last_name"):
        # An export in capitals does not rename everybody; a real change of name does.
        return cols.normalise_name(value) != cols.normalise_name(str(current[name] or ""))
    return bool(value != current[name])


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
    # A checked backup first (outside the transaction): an import gone wrong is undone by it.
    storage.backup_before("import")
    try:
        with write_transaction():
            created_org = False
            if org_id is None:
                created = call_service(0, roster.create_organisation, organisation_name)
                org_id = uuid.UUID(str(created["id"]))
                created_org = True
            plan = _plan(table, mapping, org_id, organisation_name, decisions or {})
            PlanWriter(plan, org_id, progress, cancelled).write()
    except DATABASE_ERRORS as exc:
        # A full disk or a workspace locked meanwhile: rolled back, and said in words.
        folder = Path(str(getattr(database_proxy.obj, "database", "."))).parent
        raise ImportFailed(detail=str(storage_error_for_database(exc, folder))) from exc
    except StorageError as exc:  # the same, classified by the database layer already
        raise ImportFailed(detail=str(exc)) from exc
    finally:
        _last = None  # written or rolled back: the next plan starts afresh
    report = plan.report
    report.organisation_id = org_id
    report.organisation_created = created_org
    report.committed = True
    return report


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
