"""Many departments and employees at once (a roster import): the roster service's rules,
checked for every record before anything is written, then written with a few statements.

One call per kind instead of one service call (and its handful of queries) per row: a
10,000-row roster is checked in memory against the organisation's departments and employees
read once, and inserted in chunks inside the caller's transaction.

A refused record raises `RecordRefused` with its position in the list and the service's
own error, so the caller can name the row.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from musdesk.errors import InvalidValue, MusdeskError
from musdesk.models import Department, Employee, utc_now
from musdesk.services.bulk_rows import audit_rows
from musdesk.services.bulk_rows import insert_rows as _insert
from musdesk.services.common import (
    as_date,
    atomic,
    dates_in_order,
    fetch,
    reason,
    reject_unknown,
    required_text,
)
from musdesk.services.roster import EMPLOYEE_FIELDS, checked_employee_fields


class RecordRefused(Exception):  # noqa: N818 (carries the service's MusdeskError)
    def __init__(self, index: int, error: MusdeskError) -> None:
        super().__init__(str(error))
        self.index = index
        self.error = error


@dataclass
class NewDepartment:
    name: str
    parent_id: uuid.UUID | None = None  # an existing department, or one earlier in the list
    id: uuid.UUID = field(default_factory=uuid.uuid4)


@dataclass
class NewEmployee:
    first_name: str
    last_name: str
    fields: dict[str, Any] = field(default_factory=dict)  # create_employee's optional fields
    left_on: Any = None  # already left (roster.mark_left's rule: not before the start)
    id: uuid.UUID = field(default_factory=uuid.uuid4)


def _ids(query: Any) -> set[uuid.UUID]:
    """The IDs a one-column query selects (Peewee's stubs type `.tuples()` rows as models)."""
    rows: Iterable[tuple[uuid.UUID]] = query.tuples()
    return {row[0] for row in rows}


def _audit(table: str, ids: list[uuid.UUID]) -> None:
    audit_rows("created", table, ids)


def create_departments(organisation_id: str, new: Sequence[NewDepartment]) -> list[str]:
    """Add departments (parents before their children); returns their IDs."""
    from musdesk.models import Organisation

    with atomic():
        org = fetch(Organisation, organisation_id, "organisation")
        known = _ids(Department.select(Department.id).where(Department.organisation == org.id))
        now = utc_now()
        rows = []
        for index, item in enumerate(new):
            try:
                name = required_text("name", item.name)
                if item.parent_id is not None and item.parent_id not in known:
                    raise InvalidValue("parent", reason("other_organisation"))
            except MusdeskError as exc:
                raise RecordRefused(index, exc) from exc
            known.add(item.id)
            rows.append({"id": item.id, "created_at": now, "updated_at": now,
                         "organisation": org.id, "parent": item.parent_id, "name": name,
                         "sort_order": 0})
        _insert(Department, rows)
        _audit("department", [item.id for item in new])
    return [str(row["id"]) for row in rows]


def create_employees(organisation_id: str, new: Sequence[NewEmployee]) -> list[str]:
    """Add employees (a new leader before the people they lead); returns their IDs. Same
    rules as `roster.create_employee` (+ `mark_left` for `left_on`): department and leader
    of this organisation; a new person is in nobody's leader chain, so no cycle can form."""
    from musdesk.models import Organisation

    with atomic():
        org = fetch(Organisation, organisation_id, "organisation")
        departments = _ids(
            Department.select(Department.id).where(Department.organisation == org.id))
        people = _ids(Employee.select(Employee.id).where(Employee.organisation == org.id))
        now = utc_now()
        rows = []
        for index, item in enumerate(new):
            try:
                rows.append(_employee_row(org.id, item, departments, people, now))
            except MusdeskError as exc:
                raise RecordRefused(index, exc) from exc
            people.add(item.id)
        _insert(Employee, rows)
        _audit("employee", [item.id for item in new])
    return [str(row["id"]) for row in rows]


def _employee_row(org_id: uuid.UUID, item: NewEmployee, departments: set[uuid.UUID],
                  people: set[uuid.UUID], now: Any) -> dict[str, Any]:
    reject_unknown(item.fields, EMPLOYEE_FIELDS)
    values = checked_employee_fields(
        {"first_name": item.first_name, "last_name": item.last_name, **item.fields})
    department = _reference(item.fields.get("department_id"), departments, "department")
    leader = _reference(item.fields.get("leader_id"), people, "leader")
    left_on = as_date("left_on", item.left_on)
    if left_on is not None:
        dates_in_order("left_on", values.get("start_date"), left_on)
    return {
        "id": item.id, "created_at": now, "updated_at": now, "organisation": org_id,
        "department": department, "leader": leader,
        "first_name": values["first_name"], "last_name": values["last_name"],
        "job_title": values.get("job_title", ""), "email": values.get("email", ""),
        "phone": values.get("phone", ""), "start_date": values.get("start_date"),
        "external_ref": values.get("external_ref"), "active": left_on is None,
        "left_on": left_on,
    }


def _reference(value: Any, known: set[uuid.UUID], field_name: str) -> uuid.UUID | None:
    if value in (None, ""):
        return None
    try:
        key = value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        key = None
    if key is None or key not in known:
        raise InvalidValue(field_name, reason("other_organisation"))
    return key
