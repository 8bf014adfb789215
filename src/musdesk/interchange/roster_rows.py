"""One roster row's values, and the organisation's people as they are before an import.

`parse_row` turns a row's cells into a `ParsedRow` (or `RowSkipped` with the reason);
`Existing` holds the organisation's employees and departments as plain values; `PersonIndex`
finds people by e-mail, employee number or name, as leader cells and matching need.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from peewee import CharField

from musdesk import texts
from musdesk.interchange import roster_columns as cols
from musdesk.interchange.roster_columns import ColumnMapping, ValueProblem
from musdesk.interchange.tabular import Cell, Table
from musdesk.models import Department, Employee, database_proxy

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

PersonKey = tuple[str, object]  # ("employee", UUID) for existing, ("row", number) for new


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
    left_on: dt.date | None = None  # only a day that has come: a future one is not applied
    department: tuple[str, ...] = ()
    leader: str = ""
    # Filled while planning.
    match: uuid.UUID | None = None
    leader_key: PersonKey | None = None
    candidates: tuple[object, ...] = ()  # a possible duplicate's (decided) candidates

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


def cell_of(cells: Sequence[Cell], mapping: ColumnMapping, field_name: str) -> Cell:
    column = _columns(mapping).get(field_name)
    if column is None or column >= len(cells):
        return ""
    return cells[column]


@functools.lru_cache(maxsize=16)
def _columns(mapping: ColumnMapping) -> dict[str, int]:
    """Each mapped field's column (the first one holding it), looked up once per mapping
    rather than once per cell: a 10,000-row file reads 130,000 cells."""
    columns: dict[str, int] = {}
    for column, field_name in enumerate(mapping.fields):
        columns.setdefault(field_name, column)
    return columns


def _cell(cells: Sequence[Cell], column: int | None) -> Cell:
    if column is None or column >= len(cells):
        return ""
    return cells[column]


def _words(cell: Cell) -> str:
    """The cell as text with runs of white space made one space."""
    return " ".join(cols.cell_text(cell).split())


def _limited(value: str, field_name: str) -> str:
    limit = MAX_LENGTHS.get(field_name)
    if limit and len(value) > limit:
        raise _skip("interchange.skip.too_long", field=cols.field_label(field_name), limit=limit)
    return value


def _text(cells: Sequence[Cell], mapping: ColumnMapping, field_name: str) -> str:
    return _limited(_words(cell_of(cells, mapping, field_name)), field_name)


def department_path(value: str) -> tuple[str, ...]:
    if not value:
        return ()
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


def parse_row(
    number: int, cells: Sequence[Cell], mapping: ColumnMapping, today: dt.date | None = None
) -> ParsedRow:
    """One row's values; raises RowSkipped with the reason when it cannot be used."""
    column = _columns(mapping).get
    width = len(cells)

    def text(field_name: str) -> str:
        index = column(field_name)
        if index is None or index >= width:
            return ""
        cell = cells[index]
        value = " ".join((cell if isinstance(cell, str) else cols.cell_text(cell)).split())
        return _limited(value, field_name) if value else value

    row = ParsedRow(number)
    full = text(cols.FULL_NAME)
    first = text(cols.FIRST_NAME)
    last = text(cols.LAST_NAME)
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
        row.email = cols.parse_email(_cell(cells, column(cols.EMAIL)))
        row.start_date = cols.parse_date(_cell(cells, column(cols.START_DATE)))
        left_on = cols.parse_date(_cell(cells, column(cols.END_DATE)))
    except ValueProblem as problem:
        raise RowSkipped(texts.text(problem.reason_key, **problem.params)) from None
    if left_on is not None and left_on <= (today or dt.date.today()):
        row.left_on = left_on
    check_end_after_start(row.start_date, row.left_on)
    row.external_ref = text(cols.EMPLOYEE_NUMBER)
    row.job_title = text(cols.JOB_TITLE)
    row.phone = text(cols.PHONE) or text(cols.MOBILE)
    row.department = department_path(text(cols.DEPARTMENT))
    row.leader = _words(_cell(cells, column(cols.LEADER)))
    return row


def check_end_after_start(start: object, end: dt.date | None) -> None:
    """The service refuses an end before the start; skip such a row rather than fail."""
    if end is not None and isinstance(start, dt.date) and end < start:
        raise _skip("interchange.skip.end_before_start")


# --- who is there already -----------------------------------------------------------------
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
            for row in _plain_rows(
                Employee,
                (Employee.id, Employee.first_name, Employee.last_name, Employee.email,
                 Employee.external_ref, Employee.job_title, Employee.phone,
                 Employee.start_date, Employee.left_on, Employee.department,
                 Employee.leader, Employee.active),
                Employee.organisation == organisation_id,
            )
        }
        departments = {
            row["id"]: (row["parent"], row["name"])
            for row in _plain_rows(
                Department, (Department.id, Department.parent, Department.name),
                Department.organisation == organisation_id,
            )
        }
        return cls(employees, departments)

    def full_name(self, employee_id: uuid.UUID) -> str:
        values = self.employees[employee_id]
        return f"{values['first_name']} {values['last_name']}".strip()


def _plain_rows(model: Any, fields: Sequence[Any], where: Any) -> list[dict[str, Any]]:
    """The selected fields of every matching record as dicts by field name, with Python
    values as Peewee's `.dicts()` gives them. Peewee converts every value of every row
    through its field; here text is taken as SQLite returns it, the primary key converted
    once per row, and repeated values (departments, leaders, dates) once each."""
    sql, params = model.select(*fields).where(where).sql()
    names = [field.name for field in fields]
    converters: list[Callable[[Any], Any] | None] = []
    for field in fields:
        if isinstance(field, CharField):
            converters.append(None)  # TEXT comes back as str (or None), as Peewee gives it
        elif field.primary_key:
            converters.append(field.python_value)
        else:
            converters.append(_memoised(field.python_value))
    rows = []
    for values in database_proxy.execute_sql(sql, params):
        rows.append({
            name: value if convert is None or value is None else convert(value)
            for name, value, convert in zip(names, values, converters, strict=True)
        })
    return rows


def _memoised(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    known: dict[Any, Any] = {}

    def converted(value: Any) -> Any:
        try:
            return known[value]
        except KeyError:
            known[value] = result = convert(value)
            return result

    return converted


class PersonIndex:
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
