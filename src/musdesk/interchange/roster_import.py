"""Importing a client's roster from a CSV or XLSX file, all or nothing.

    table = read_table(path)                        # tabular.py: bytes → rows
    mapping = guess_mapping(table.rows)             # roster_columns.py: which column is what
    report = plan_import(table, mapping, org_id)    # reads only: what would happen, row by row
    report = run_import(table, mapping, org_id)     # the same, written in ONE transaction

Rules a consultant can rely on:
- Existing employees of the organisation are recognised by employee number, else e-mail,
  else full name, and updated rather than duplicated. Empty cells never erase a value.
- Leaders are found by e-mail, employee number or name, among the organisation's employees
  and the file's own rows (also rows further down). Unknown or ambiguous leaders, leader
  cycles, rows without a name, bad e-mails and dates the reader does not understand skip the
  row, with its number and the reason, in the report; rows led by a skipped row are skipped too.
- Departments are found by name (or by a path "Parent / Child") and created when missing.
- Nothing is written until `run_import`; it re-plans inside its transaction and rolls the
  whole import back if any write fails, so a half-imported roster cannot happen.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from musdesk import texts
from musdesk.errors import MusdeskError, NotFound
from musdesk.interchange import roster_columns as cols
from musdesk.interchange.roster_columns import ColumnMapping, ValueProblem
from musdesk.interchange.tabular import Cell, Table
from musdesk.models import Department, Employee, Organisation, database_proxy
from musdesk.services import lookup, roster
from musdesk.services.common import parse_uuid

CREATE, UPDATE, UNCHANGED, SKIP = "create", "update", "unchanged", "skip"
ACTIONS = (CREATE, UPDATE, UNCHANGED, SKIP)

# Bounds of the Employee/Department fields; longer values skip the row with a reason.
MAX_LENGTHS = {
    cols.FIRST_NAME: 100,
    cols.LAST_NAME: 100,
    cols.JOB_TITLE: 200,
    cols.EMAIL: 254,
    cols.PHONE: 50,
    cols.EMPLOYEE_NUMBER: 100,
    cols.DEPARTMENT: 200,
}
DEPARTMENT_SEPARATORS = (" / ", " > ", "\\")
# Fields compared when an existing employee is found, in report order.
COMPARED_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "external_ref",
    "job_title",
    "phone",
    "start_date",
    "department",
    "leader",
)

NOT_IN_FILE_SHOWN = 10

PersonKey = tuple[str, object]  # ("employee", UUID) for existing, ("row", number) for new


class MappingIncomplete(MusdeskError):
    key = "interchange.error.mapping"


class ImportFailed(MusdeskError):
    """A write failed; the whole import was rolled back."""

    key = "interchange.error.import_failed"


class NoDataRows(MusdeskError):
    key = "interchange.error.no_rows"


# --- results ------------------------------------------------------------------------------
@dataclass
class RowOutcome:
    """What happens to one row. `changes` names the fields an update sets; `reason` a skip's."""

    row: int
    action: str
    name: str
    changes: tuple[str, ...] = ()
    reason: str = ""
    employee_id: uuid.UUID | None = None


@dataclass
class ImportReport:
    organisation_id: uuid.UUID | None
    organisation_name: str
    outcomes: list[RowOutcome] = field(default_factory=list)
    new_departments: list[str] = field(default_factory=list)
    committed: bool = False
    organisation_created: bool = False
    # Active employees of the organisation no row matched: left as they are. Useful when
    # the file is the whole roster (someone may have left), noise-free when it is a part.
    not_in_file: list[str] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.action == action)

    @property
    def created(self) -> int:
        return self.count(CREATE)

    @property
    def updated(self) -> int:
        return self.count(UPDATE)

    @property
    def unchanged(self) -> int:
        return self.count(UNCHANGED)

    @property
    def skipped(self) -> list[RowOutcome]:
        return [outcome for outcome in self.outcomes if outcome.action == SKIP]

    def summary(self) -> str:
        key = "interchange.report.summary_done" if self.committed else "interchange.report.summary"
        return texts.text(
            key,
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            skipped=len(self.skipped),
            departments=len(self.new_departments),
        )

    def row_lines(self) -> list[str]:
        """One line per row: what happens to it (new, changed fields, unchanged, skipped)."""
        return [describe_outcome(outcome) for outcome in self.outcomes]

    def lines(self) -> list[str]:
        """The report as text lines: summary, new organisation and departments, skipped rows."""
        lines: list[str] = []
        if self.organisation_created:
            done = "org_created" if self.committed else "org_new"
            lines.append(texts.text(f"interchange.report.{done}", name=self.organisation_name))
        lines.append(self.summary())
        if self.new_departments:
            lines.append(
                texts.text("interchange.report.departments", names=", ".join(self.new_departments))
            )
        if self.not_in_file:
            shown = ", ".join(self.not_in_file[:NOT_IN_FILE_SHOWN])
            if len(self.not_in_file) > NOT_IN_FILE_SHOWN:
                shown += ", …"
            lines.append(
                texts.text(
                    "interchange.report.not_in_file", count=len(self.not_in_file), names=shown
                )
            )
        for outcome in self.skipped:
            lines.append(
                texts.text(
                    "interchange.report.skipped_row",
                    row=outcome.row,
                    name=outcome.name or "—",
                    reason=outcome.reason,
                )
            )
        if not self.committed:
            lines.append(texts.text("interchange.report.nothing_written"))
        return lines


def action_text(outcome: RowOutcome) -> str:
    """What happens to the row, in words: "new", "changed: job title", "skipped: …"."""
    changes = ", ".join(texts.text(f"interchange.change.{name}") for name in outcome.changes)
    return texts.text(
        f"interchange.action.{outcome.action}", changes=changes, reason=outcome.reason
    )


def describe_outcome(outcome: RowOutcome) -> str:
    action = action_text(outcome)
    return texts.text(
        "interchange.report.row", row=outcome.row, name=outcome.name or "—", action=action
    )


# --- parsing rows -------------------------------------------------------------------------
@dataclass
class ParsedRow:
    number: int
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    external_ref: str = ""
    job_title: str = ""
    phone: str = ""
    start_date: dt.date | None = None
    department: tuple[str, ...] = ()
    leader: str = ""
    # Filled while planning.
    match: uuid.UUID | None = None
    leader_key: PersonKey | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def key(self) -> PersonKey:
        return ("employee", self.match) if self.match else ("row", self.number)


class RowSkipped(Exception):
    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def _skip(key: str, **params: object) -> RowSkipped:
    return RowSkipped(texts.text(key, **params))


def data_rows(table: Table, mapping: ColumnMapping) -> list[tuple[int, list[Cell]]]:
    """(row number, cells) of every row below the header."""
    start = mapping.header_row + 1
    return list(zip(table.numbers[start:], table.rows[start:], strict=True))


def _cell(cells: Sequence[Cell], mapping: ColumnMapping, field_name: str) -> Cell:
    column = mapping.column_of(field_name)
    if column is None or column >= len(cells):
        return ""
    return cells[column]


def _text(cells: Sequence[Cell], mapping: ColumnMapping, field_name: str) -> str:
    value = " ".join(cols.cell_text(_cell(cells, mapping, field_name)).split())
    limit = MAX_LENGTHS.get(field_name)
    if limit and len(value) > limit:
        raise _skip("interchange.skip.too_long", field=cols.field_label(field_name), limit=limit)
    return value


def department_path(value: str) -> tuple[str, ...]:
    for separator in DEPARTMENT_SEPARATORS:
        value = value.replace(separator, "\x00")
    parts = tuple(" ".join(part.split()) for part in value.split("\x00"))
    parts = tuple(part for part in parts if part)
    for part in parts:
        if len(part) > MAX_LENGTHS[cols.DEPARTMENT]:
            raise _skip(
                "interchange.skip.too_long",
                field=cols.field_label(cols.DEPARTMENT),
                limit=MAX_LENGTHS[cols.DEPARTMENT],
            )
    return parts


def parse_row(number: int, cells: Sequence[Cell], mapping: ColumnMapping) -> ParsedRow:
    """One row's values; raises RowSkipped with the reason when it cannot be used."""
    row = ParsedRow(number)
    full = _text(cells, mapping, cols.FULL_NAME)
    first = _text(cells, mapping, cols.FIRST_NAME)
    last = _text(cells, mapping, cols.LAST_NAME)
    if full and not (first or last):
        first, last = cols.split_full_name(full)
    elif full and not first:
        first = full.removesuffix(last).strip(" ,") if last else full
    elif full and not last:
        last = full.removeprefix(first).strip(" ,")
    for label_field, value in ((cols.FIRST_NAME, first), (cols.LAST_NAME, last)):
        if len(value) > MAX_LENGTHS[label_field]:
            raise _skip(
                "interchange.skip.too_long",
                field=cols.field_label(label_field),
                limit=MAX_LENGTHS[label_field],
            )
    row.first_name, row.last_name = first, last
    if not row.full_name:
        raise _skip("interchange.skip.no_name")
    if not (row.first_name and row.last_name):
        raise _skip("interchange.skip.one_name")
    try:
        row.email = cols.parse_email(_cell(cells, mapping, cols.EMAIL))
        row.start_date = cols.parse_date(_cell(cells, mapping, cols.START_DATE))
    except ValueProblem as problem:
        raise RowSkipped(texts.text(problem.reason_key, **problem.params)) from None
    row.external_ref = _text(cells, mapping, cols.EMPLOYEE_NUMBER)
    row.job_title = _text(cells, mapping, cols.JOB_TITLE)
    row.phone = _text(cells, mapping, cols.PHONE) or _text(cells, mapping, cols.MOBILE)
    row.department = department_path(_text(cells, mapping, cols.DEPARTMENT))
    row.leader = " ".join(cols.cell_text(_cell(cells, mapping, cols.LEADER)).split())
    return row


# --- what exists ---------------------------------------------------------------------------
@dataclass
class Existing:
    """The organisation's employees and departments as plain values, indexed for matching."""

    employees: dict[uuid.UUID, dict[str, object]]
    departments: dict[uuid.UUID, tuple[uuid.UUID | None, str]]

    @classmethod
    def load(cls, organisation_id: uuid.UUID | None) -> Existing:
        if organisation_id is None:
            return cls({}, {})
        employees = {
            row["id"]: row
            for row in Employee.select(
                Employee.id,
                Employee.first_name,
                Employee.last_name,
                Employee.email,
                Employee.external_ref,
                Employee.job_title,
                Employee.phone,
                Employee.start_date,
                Employee.department,
                Employee.leader,
                Employee.active,
            )
            .where(Employee.organisation == organisation_id)
            .dicts()
        }
        departments = {
            row["id"]: (row["parent"], row["name"])
            for row in Department.select(Department.id, Department.parent, Department.name)
            .where(Department.organisation == organisation_id)
            .dicts()
        }
        return cls(employees, departments)

    def full_name(self, employee_id: uuid.UUID) -> str:
        values = self.employees[employee_id]
        return f"{values['first_name']} {values['last_name']}".strip()


class _Index:
    """Person keys by e-mail, employee number and normalised name."""

    def __init__(self) -> None:
        self.by_email: dict[str, set[PersonKey]] = defaultdict(set)
        self.by_ref: dict[str, set[PersonKey]] = defaultdict(set)
        self.by_name: dict[str, set[PersonKey]] = defaultdict(set)

    def add(self, key: PersonKey, *, email: str, ref: str, names: Iterable[str]) -> None:
        if email:
            self.by_email[email.casefold()].add(key)
        if ref:
            self.by_ref[ref.casefold()].add(key)
        for name in names:
            if name.strip():
                self.by_name[cols.normalise_name(name)].add(key)

    def find(self, reference: str) -> set[PersonKey]:
        """Who a leader cell names: an e-mail, an employee number, or a name in either order."""
        ref = reference.strip()
        if "@" in ref:
            try:
                email = cols.parse_email(ref)
            except ValueProblem:
                return set()
            return set(self.by_email.get(email.casefold(), ()))
        found = self.by_ref.get(ref.casefold())
        if found:
            return set(found)
        first, last = cols.split_full_name(ref)
        candidates = self.by_name.get(cols.normalise_name(ref), set()) | self.by_name.get(
            cols.normalise_name(f"{first} {last}"), set()
        )
        return set(candidates)


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
    organisation_id: uuid.UUID | None,
    *,
    organisation_name: str = "",
) -> ImportReport:
    """What an import would do, row by row; reads the database, writes nothing.

    `organisation_id` None plans for an organisation still to be created (all rows new).
    """
    return _plan(table, mapping, organisation_id, organisation_name).report


def _plan(
    table: Table,
    mapping: ColumnMapping,
    organisation_id: uuid.UUID | None,
    organisation_name: str,
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

    for number, cells in rows_in:
        try:
            parsed[number] = parse_row(number, cells, mapping)
        except RowSkipped as skipped:
            skip(number, _name_for_report(cells, mapping), skipped.reason)

    raw_people = {number: _raw_identity(cells, mapping) for number, cells in rows_in}
    _match_existing(parsed, existing, skip)
    in_file = {row.match for row in parsed.values()}  # also rows skipped below for leaders
    _resolve_leaders(parsed, existing, skip, raw_people)
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
        cols.cell_text(_cell(cells, mapping, field_name))
        for field_name in (cols.FULL_NAME, cols.FIRST_NAME, cols.LAST_NAME)
    ]
    return " ".join(" ".join(part.split()) for part in parts if part.strip())[:120]


def _raw_identity(cells: Sequence[Cell], mapping: ColumnMapping) -> tuple[str, str, str]:
    """(e-mail, number, name) as written, to say which skipped row a leader cell meant."""
    email = cols.cell_text(_cell(cells, mapping, cols.EMAIL)).strip()
    ref = cols.cell_text(_cell(cells, mapping, cols.EMPLOYEE_NUMBER)).strip()
    return email, ref, _name_for_report(cells, mapping)


def _match_existing(parsed: dict[int, ParsedRow], existing: Existing, skip) -> None:  # type: ignore[no-untyped-def]
    """Find each row's existing employee; a second row for the same person is skipped."""
    index = _Index()
    for employee_id, values in existing.employees.items():
        index.add(
            ("employee", employee_id),
            email=str(values["email"] or ""),
            ref=str(values["external_ref"] or ""),
            names=[existing.full_name(employee_id)],
        )
    seen: dict[object, int] = {}
    for number, row in list(parsed.items()):
        candidates: set[PersonKey] = set()
        if row.external_ref:
            candidates = set(index.by_ref.get(row.external_ref.casefold(), ()))
        if not candidates and row.email:
            candidates = set(index.by_email.get(row.email.casefold(), ()))
        if not candidates:
            by_name = index.by_name.get(cols.normalise_name(row.full_name), set())
            # A namesake with another e-mail or number is somebody else.
            candidates = {
                key
                for key in by_name
                if _compatible(existing.employees[key[1]], row)  # type: ignore[index]
            }
        if len(candidates) > 1:
            skip(number, row.full_name, texts.text("interchange.skip.ambiguous_employee"))
            continue
        if candidates:
            row.match = next(iter(candidates))[1]  # type: ignore[assignment]
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


def _resolve_leaders(  # type: ignore[no-untyped-def]
    parsed: dict[int, ParsedRow],
    existing: Existing,
    skip,
    raw_people: dict[int, tuple[str, str, str]],
) -> None:
    """Resolve every leader cell once; skip unknown, ambiguous, own and cyclic leaders, and
    (following the links backwards, so a long chain costs no more than a short one) every
    row that hangs on a skipped new row."""
    index = _Index()
    for employee_id, values in existing.employees.items():
        index.add(
            ("employee", employee_id),
            email=str(values["email"] or ""),
            ref=str(values["external_ref"] or ""),
            names=[existing.full_name(employee_id)],
        )
    for row in parsed.values():
        index.add(row.key, email=row.email, ref=row.external_ref, names=[row.full_name])
    gone = _Index()  # rows skipped already (no name, bad e-mail…), to explain a missing leader
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
                    row=min(int(key[1]) for key in skipped_rows),  # type: ignore[call-overload]
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


def _skip_with_followers(  # type: ignore[no-untyped-def]
    failed: list[tuple[int, str]],
    parsed: dict[int, ParsedRow],
    led_by: dict[PersonKey, list[int]],
    skip,
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
    for dept_id, (parent, name) in existing.departments.items():
        children.setdefault((parent, name.casefold()), dept_id)
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
        return RowOutcome(row.number, CREATE, row.full_name)
    current = existing.employees[row.match]
    changes = [name for name in COMPARED_FIELDS if _differs(name, row, current, department_ids)]
    action = UPDATE if changes else UNCHANGED
    return RowOutcome(row.number, action, row.full_name, tuple(changes), employee_id=row.match)


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
    value = getattr(row, name)
    if value in ("", None):
        return False  # an empty cell keeps what is there
    if name in ("email", "first_name", "last_name"):
        # An export in capitals does not rename everybody; a real change of name does.
        return cols.normalise_name(value) != cols.normalise_name(str(current[name] or ""))
    return value != current[name]


# --- writing ---------------------------------------------------------------------------------
def run_import(
    table: Table,
    mapping: ColumnMapping,
    organisation_id: uuid.UUID | str | None,
    *,
    organisation_name: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Plan again and write it, in ONE transaction: all rows or, on any failure, none.

    With `organisation_id` None the organisation `organisation_name` is created first (in
    the same transaction). Raises `ImportFailed` naming the row when a write is refused, and
    `ImportCancelled` when `cancelled()` turns true; both leave the workspace as it was.
    `progress(done, total)` is called as rows are written.
    """
    org_id = _as_uuid(organisation_id)
    with database_proxy.atomic():
        created_org = False
        if org_id is None:
            org_id = _as_uuid(_call(0, roster.create_organisation, organisation_name)["id"])
            created_org = True
        plan = _plan(table, mapping, org_id, organisation_name)
        _Writer(plan, org_id, progress, cancelled).write()
    report = plan.report
    report.organisation_id = org_id
    report.organisation_created = created_org
    report.committed = True
    return report


class ImportCancelled(MusdeskError):
    key = "interchange.error.cancelled"


def _as_uuid(value: uuid.UUID | str | None) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(str(value))


def _call(row: int, function, *args: object, **kwargs: object) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Run one service call; a refusal aborts the import, naming the row."""
    try:
        return function(*args, **kwargs)
    except MusdeskError as exc:
        if row:
            detail = texts.text("interchange.error.at_row", row=row, error=exc)
            raise ImportFailed(detail=detail) from exc
        raise ImportFailed(detail=str(exc)) from exc


class _Writer:
    """Writes a plan through the roster services (their validation applies).

    Order matters for leaders: changed leader links of existing employees are removed
    first; new employees are created leaders-first, each with its leader; the removed links
    are then set to their new leaders. Every step only ever builds parts of the final
    tree, which the plan proved free of cycles, so the services' cycle check never trips.
    """

    def __init__(
        self,
        plan: Plan,
        organisation_id: uuid.UUID,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.plan = plan
        self.org = str(organisation_id)
        self.progress = progress
        self.cancelled = cancelled
        self.outcomes = {outcome.row: outcome for outcome in plan.report.outcomes}
        self.department_ids: dict[tuple[str, ...], str] = {}
        self.employee_ids: dict[PersonKey, str] = {
            row.key: str(row.match) for row in plan.rows.values() if row.match is not None
        }
        self.done = 0
        self.total = len(plan.new_departments) + len(plan.rows) + sum(
            1 for row in plan.rows.values() if self._changes_leader(row)
        )

    def write(self) -> None:
        self._departments()
        for row in self.plan.rows.values():
            if self.outcomes[row.number].action == UPDATE:
                self._update(row)
            elif self.outcomes[row.number].action == UNCHANGED:
                self._step()
        for row in self._leaders_first(
            [row for row in self.plan.rows.values() if row.match is None]
        ):
            self._create(row)
        for row in self.plan.rows.values():
            if self._changes_leader(row):
                leader_id = self._id_of(row.leader_key)  # type: ignore[arg-type]
                _call(row.number, roster.update_employee, str(row.match), leader_id=leader_id)
                self._step()

    def _id_of(self, key: PersonKey) -> str:
        """A created row's new ID, or the ID of an employee who was there before."""
        return self.employee_ids.get(key) or str(key[1])

    def _step(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        self.done += 1
        if self.progress is not None and (self.done % 50 == 0 or self.done == self.total):
            self.progress(self.done, self.total)

    def _changes_leader(self, row: ParsedRow) -> bool:
        outcome = self.outcomes[row.number]
        return outcome.action == UPDATE and "leader" in outcome.changes

    def _departments(self) -> None:
        first_row_of: dict[tuple[str, ...], int] = {}
        for row in self.plan.rows.values():
            first_row_of.setdefault(row.department, row.number)
        for path, parent in self.plan.new_departments.items():
            parent_id = self.department_ids[parent] if isinstance(parent, tuple) else parent
            created = _call(
                first_row_of.get(path, 0),
                roster.create_department,
                self.org,
                path[-1],
                None if parent_id is None else str(parent_id),
            )
            self.department_ids[path] = str(created["id"])
            self._step()

    def _department_of(self, row: ParsedRow) -> str:
        target = self.plan.department_ids[row.department]
        return self.department_ids[target] if isinstance(target, tuple) else str(target)

    def _update(self, row: ParsedRow) -> None:
        outcome = self.outcomes[row.number]
        changes = {
            name: value for name, value in _employee_fields(row).items() if name in outcome.changes
        }
        if "department" in outcome.changes:
            changes["department_id"] = self._department_of(row)
        if "leader" in outcome.changes:
            changes["leader_id"] = None  # linked again once every employee exists
        _call(row.number, roster.update_employee, str(row.match), **changes)
        self._step()

    def _create(self, row: ParsedRow) -> None:
        fields = _employee_fields(row)
        del fields["first_name"], fields["last_name"]
        if row.department:
            fields["department_id"] = self._department_of(row)
        if row.leader_key is not None:
            fields["leader_id"] = self._id_of(row.leader_key)
        created = _call(
            row.number, roster.create_employee, self.org, row.first_name, row.last_name, **fields
        )
        self.outcomes[row.number].employee_id = uuid.UUID(str(created["id"]))
        self.employee_ids[row.key] = str(created["id"])
        self._step()

    @staticmethod
    def _leaders_first(rows: list[ParsedRow]) -> list[ParsedRow]:
        """New rows ordered so that a new leader comes before the people they lead."""
        by_key = {row.key: row for row in rows}
        ordered: list[ParsedRow] = []
        placed: set[PersonKey] = set()
        for row in rows:
            chain: list[ParsedRow] = []
            current: ParsedRow | None = row
            while current is not None and current.key not in placed:
                chain.append(current)
                placed.add(current.key)  # the plan has no cycles; this also guards
                current = by_key.get(current.leader_key) if current.leader_key else None
            ordered.extend(reversed(chain))
        return ordered


def _employee_fields(row: ParsedRow) -> dict[str, object]:
    """The row's non-empty values, in the service's field names."""
    fields: dict[str, object] = {
        "first_name": row.first_name,
        "last_name": row.last_name,
        "email": row.email,
        "external_ref": row.external_ref,
        "job_title": row.job_title,
        "phone": row.phone,
        "start_date": row.start_date,
    }
    return {name: value for name, value in fields.items() if value not in ("", None)}


# --- the organisation ------------------------------------------------------------------------
def resolve_organisation(ident: str) -> tuple[uuid.UUID | None, str]:
    """(id, name) of the organisation with this ID or name, found as every command finds one
    (`services.lookup`: any letter case, exact name first, then part of a name), or (None,
    the name) when nothing matches, so that an import can create it. An unknown ID and a
    name matching several organisations are errors."""
    text = " ".join(ident.split())
    if not text:
        raise MappingIncomplete(detail=texts.text("interchange.error.organisation_missing"))
    try:
        found = lookup.organisation(text)
    except NotFound:
        if parse_uuid(text) is not None:
            raise OrganisationUnknown(ident=text) from None
        return None, text
    return found.id, found.name


class OrganisationUnknown(MusdeskError):
    key = "interchange.error.organisation_unknown"
