"""Organisations, the department tree, employees (with leaders) and strategic goals."""

from __future__ import annotations

import datetime as dt
from typing import Any

from musdesk.errors import InvalidValue
from musdesk.models import Department, Employee, Organisation, StrategicGoal
from musdesk.models.enums import LANGUAGES
from musdesk.services import audit, workdays
from musdesk.services.common import (
    MAX_NAME,
    MAX_TEXT,
    as_date,
    as_dict,
    as_time,
    atomic,
    choice,
    dates_in_order,
    fetch,
    fetch_optional,
    nordic_key,
    optional_text,
    reason,
    reject_unknown,
    required_text,
)


# --- organisations ------------------------------------------------------------------------
def organisation_dict(org: Organisation) -> dict[str, Any]:
    return as_dict(org)


def create_organisation(
    name: str,
    language: str = "da",
    notes: str = "",
    workday_start: dt.time | str = dt.time(8, 0),
    workday_end: dt.time | str = dt.time(16, 0),
    country: str | None = None,
) -> dict[str, Any]:
    """A new client; `country` (DK/NO: public holidays, time zone) defaults from the language."""
    start, end = as_time("workday_start", workday_start), as_time("workday_end", workday_end)
    if end <= start:
        raise InvalidValue("workday_end", reason("dates_out_of_order"))
    with atomic():
        org = Organisation.create(
            name=required_text("name", name),
            language=choice("language", language, LANGUAGES),
            country=choice("country", country or workdays.default_country(language),
                           workdays.COUNTRIES),
            notes=optional_text("notes", notes),
            workday_start=start,
            workday_end=end,
        )
        audit.record("created", org)
    return organisation_dict(org)


def update_organisation(organisation_id: str, **changes: Any) -> dict[str, Any]:
    reject_unknown(
        changes, ("name", "language", "country", "notes", "workday_start", "workday_end")
    )
    with atomic():
        org = fetch(Organisation, organisation_id, "organisation")
        if "name" in changes:
            org.name = required_text("name", changes["name"])
        if "language" in changes:
            org.language = choice("language", changes["language"], LANGUAGES)
        if "country" in changes:
            org.country = choice("country", changes["country"], workdays.COUNTRIES)
        if "notes" in changes:
            org.notes = optional_text("notes", changes["notes"])
        if "workday_start" in changes:
            org.workday_start = as_time("workday_start", changes["workday_start"])
        if "workday_end" in changes:
            org.workday_end = as_time("workday_end", changes["workday_end"])
        if as_time("workday_end", org.workday_end) <= as_time("workday_start", org.workday_start):
            raise InvalidValue("workday_end", reason("dates_out_of_order"))
        org.save()
    return organisation_dict(org)


def get_organisation(organisation_id: str) -> dict[str, Any]:
    return organisation_dict(fetch(Organisation, organisation_id, "organisation"))


def list_organisations() -> list[dict[str, Any]]:
    query = Organisation.select().order_by(Organisation.name, Organisation.created_at)
    return [organisation_dict(org) for org in query]


# --- departments --------------------------------------------------------------------------
def create_department(
    organisation_id: str, name: str, parent_id: str | None = None, sort_order: int = 0
) -> dict[str, Any]:
    with atomic():
        org = fetch(Organisation, organisation_id, "organisation")
        parent = fetch_optional(Department, parent_id, "department")
        if parent is not None and parent.organisation_id != org.id:
            raise InvalidValue("parent", reason("other_organisation"))
        department = Department.create(
            organisation=org,
            parent=parent,
            name=required_text("name", name),
            sort_order=int(sort_order),
        )
        audit.record("created", department)
    return as_dict(department)


def update_department(department_id: str, **changes: Any) -> dict[str, Any]:
    reject_unknown(changes, ("name", "parent_id", "sort_order"))
    with atomic():
        department = fetch(Department, department_id, "department")
        if "name" in changes:
            department.name = required_text("name", changes["name"])
        if "sort_order" in changes:
            department.sort_order = int(changes["sort_order"])
        if "parent_id" in changes:
            parent = fetch_optional(Department, changes["parent_id"], "department")
            if parent is not None:
                if parent.organisation_id != department.organisation_id:
                    raise InvalidValue("parent", reason("other_organisation"))
                if department.id in _department_ancestry(parent):
                    raise InvalidValue("parent", reason("department_cycle"))
            department.parent = parent
        department.save()
    return as_dict(department)


def _department_ancestry(department: Department) -> list[Any]:
    """IDs from this department up to the top (itself included)."""
    seen: list[Any] = []
    current: Department | None = department
    while current is not None and current.id not in seen:
        seen.append(current.id)
        current = current.parent
    return seen


def department_and_descendants(department_id: object) -> list[Any]:
    """The IDs of a department and everything below it."""
    root = fetch(Department, department_id, "department")
    children: dict[Any, list[Any]] = {}
    for dep in Department.select(Department.id, Department.parent).where(
        Department.organisation == root.organisation_id
    ):
        children.setdefault(dep.parent_id, []).append(dep.id)
    found, todo = [], [root.id]
    while todo:
        current = todo.pop()
        if current in found:
            continue
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def department_tree(organisation_id: str) -> list[dict[str, Any]]:
    """The departments as nested dicts (`children`), ordered by sort order then name."""
    org = fetch(Organisation, organisation_id, "organisation")
    query = (
        Department.select()
        .where(Department.organisation == org)
        .order_by(Department.sort_order, Department.name)
    )
    nodes = {str(dep.id): as_dict(dep, children=[]) for dep in query}
    roots: list[dict[str, Any]] = []
    for node in nodes.values():
        parent = nodes.get(node["parent_id"] or "")
        (parent["children"] if parent is not None else roots).append(node)
    return roots


def list_departments(organisation_id: str) -> list[dict[str, Any]]:
    org = fetch(Organisation, organisation_id, "organisation")
    query = Department.select().where(Department.organisation == org).order_by(Department.name)
    return [as_dict(dep) for dep in query]


# --- employees ----------------------------------------------------------------------------
EMPLOYEE_FIELDS = (
    "first_name",
    "last_name",
    "job_title",
    "email",
    "phone",
    "start_date",
    "department_id",
    "leader_id",
    "external_ref",
)


def employee_dict(employee: Employee) -> dict[str, Any]:
    return as_dict(employee, full_name=employee.full_name)


def checked_employee_fields(changes: dict[str, Any]) -> dict[str, Any]:
    """An employee's own fields (not department or leader), checked: the rule for every way
    an employee is written (one at a time here, many at once in `roster_bulk`)."""
    values: dict[str, Any] = {}
    if "first_name" in changes:
        values["first_name"] = required_text("first_name", changes["first_name"], 100)
    if "last_name" in changes:
        values["last_name"] = required_text("last_name", changes["last_name"], 100)
    if "job_title" in changes:
        values["job_title"] = optional_text("job_title", changes["job_title"], MAX_NAME)
    if "email" in changes:
        email = optional_text("email", changes["email"], 254)
        if email and ("@" not in email or " " in email):
            raise InvalidValue("email", reason("not_an_email"))
        values["email"] = email
    if "phone" in changes:
        values["phone"] = optional_text("phone", changes["phone"], 50)
    if "start_date" in changes:
        values["start_date"] = as_date("start_date", changes["start_date"])
    if "external_ref" in changes:
        values["external_ref"] = (
            optional_text("external_ref", changes["external_ref"], 100) or None)
    return values


def _apply_employee_fields(employee: Employee, changes: dict[str, Any]) -> None:
    for name, value in checked_employee_fields(changes).items():
        setattr(employee, name, value)
    if "department_id" in changes:
        department = fetch_optional(Department, changes["department_id"], "department")
        if department is not None and department.organisation_id != employee.organisation_id:
            raise InvalidValue("department", reason("other_organisation"))
        employee.department = department
    if "leader_id" in changes:
        leader = fetch_optional(Employee, changes["leader_id"], "employee")
        if leader is not None:
            if leader.organisation_id != employee.organisation_id:
                raise InvalidValue("leader", reason("other_organisation"))
            if employee.id is not None and employee.id in _leader_chain(leader):
                raise InvalidValue("leader", reason("leader_cycle"))
        employee.leader = leader


def _leader_chain(employee: Employee) -> list[Any]:
    """IDs of this employee, their leader, the leader's leader… (stops at a loop)."""
    chain: list[Any] = []
    current: Employee | None = employee
    while current is not None and current.id not in chain:
        chain.append(current.id)
        current = current.leader
    return chain


def create_employee(
    organisation_id: str, first_name: str, last_name: str, **fields: Any
) -> dict[str, Any]:
    """Add an employee; optional fields: job_title, email, phone, start_date, department_id,
    leader_id, external_ref."""
    reject_unknown(fields, EMPLOYEE_FIELDS)
    with atomic():
        org = fetch(Organisation, organisation_id, "organisation")
        employee = Employee(organisation=org)  # its new UUID can be in no leader chain yet
        _apply_employee_fields(
            employee, {"first_name": first_name, "last_name": last_name, **fields}
        )
        employee.save(force_insert=True)
        audit.record("created", employee)
    return employee_dict(employee)


def update_employee(employee_id: str, **changes: Any) -> dict[str, Any]:
    reject_unknown(changes, EMPLOYEE_FIELDS)
    with atomic():
        employee = fetch(Employee, employee_id, "employee")
        _apply_employee_fields(employee, changes)
        employee.save()
    return employee_dict(employee)


def mark_left(employee_id: str, left_on: dt.date | str) -> dict[str, Any]:
    """The employee has left (kept for history, no longer in new rounds)."""
    with atomic():
        employee = fetch(Employee, employee_id, "employee")
        day = as_date("left_on", left_on)
        if day is None:
            raise InvalidValue("left_on", reason("required"))
        dates_in_order("left_on", employee.start_date, day)
        employee.active = False
        employee.left_on = day
        employee.save()
    return employee_dict(employee)


def mark_active(employee_id: str) -> dict[str, Any]:
    with atomic():
        employee = fetch(Employee, employee_id, "employee")
        employee.active = True
        employee.left_on = None
        employee.save()
    return employee_dict(employee)


def get_employee(employee_id: str) -> dict[str, Any]:
    return employee_dict(fetch(Employee, employee_id, "employee"))


def list_employees(
    organisation_id: str,
    department_id: str | None = None,
    *,
    include_left: bool = False,
    include_subdepartments: bool = True,
) -> list[dict[str, Any]]:
    org = fetch(Organisation, organisation_id, "organisation")
    query = Employee.select().where(Employee.organisation == org)
    if department_id is not None:
        ids = (
            department_and_descendants(department_id)
            if include_subdepartments
            else [fetch(Department, department_id, "department").id]
        )
        query = query.where(Employee.department.in_(ids))
    if not include_left:
        query = query.where(Employee.active == True)  # noqa: E712 - SQL expression
    ordered = sorted(query, key=lambda e: (nordic_key(e.last_name), nordic_key(e.first_name)))
    return [employee_dict(employee) for employee in ordered]


# --- strategic goals ----------------------------------------------------------------------
def add_strategic_goal(
    organisation_id: str,
    title: str,
    description: str = "",
    department_id: str | None = None,
    sort_order: int = 0,
) -> dict[str, Any]:
    with atomic():
        org = fetch(Organisation, organisation_id, "organisation")
        department = fetch_optional(Department, department_id, "department")
        if department is not None and department.organisation_id != org.id:
            raise InvalidValue("department", reason("other_organisation"))
        goal = StrategicGoal.create(
            organisation=org,
            department=department,
            title=required_text("title", title, 300),
            description=optional_text("description", description, MAX_TEXT),
            sort_order=int(sort_order),
        )
        audit.record("created", goal)
    return as_dict(goal)


def update_strategic_goal(goal_id: str, **changes: Any) -> dict[str, Any]:
    reject_unknown(changes, ("title", "description", "sort_order"))
    with atomic():
        goal = fetch(StrategicGoal, goal_id, "strategic_goal")
        if "title" in changes:
            goal.title = required_text("title", changes["title"], 300)
        if "description" in changes:
            goal.description = optional_text("description", changes["description"], MAX_TEXT)
        if "sort_order" in changes:
            goal.sort_order = int(changes["sort_order"])
        goal.save()
    return as_dict(goal)


def list_strategic_goals(
    organisation_id: str, department_id: str | None = None
) -> list[dict[str, Any]]:
    """The organisation's goals; with a department, also that department's own goals."""
    org = fetch(Organisation, organisation_id, "organisation")
    query = StrategicGoal.select().where(StrategicGoal.organisation == org)
    if department_id is None:
        query = query.where(StrategicGoal.department.is_null())
    else:
        department = fetch(Department, department_id, "department")
        query = query.where(
            StrategicGoal.department.is_null() | (StrategicGoal.department == department)
        )
    query = query.order_by(StrategicGoal.sort_order, StrategicGoal.title)
    return [as_dict(goal) for goal in query]
