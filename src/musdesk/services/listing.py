"""Rows for `musdesk list PATH KIND`: ID first, then the name, then useful columns."""

from __future__ import annotations

from collections import Counter
from typing import Any

from musdesk.errors import InvalidValue
from musdesk.models import Conversation, Department, Employee, Organisation, Round
from musdesk.services.common import nordic_key, reason, tuples

KINDS = ("organisations", "rounds", "employees", "conversations")


def _text(value: object) -> str:
    """One cell: never a tab or a line break (they would break the row)."""
    text = "" if value is None else str(value)
    return " ".join(text.split()) if ("\t" in text or "\n" in text or "\r" in text) else text


def list_rows(kind: str) -> list[list[str]]:
    if kind not in KINDS:
        raise InvalidValue("kind", reason("unknown_kind", value=kind))
    rows = {
        "organisations": _organisations,
        "rounds": _rounds,
        "employees": _employees,
        "conversations": _conversations,
    }[kind]()
    return [[_text(cell) for cell in row] for row in rows]


def _organisations() -> list[list[object]]:
    people = Counter(e for (e,) in tuples(Employee.select(Employee.organisation)))
    rounds = Counter(r for (r,) in tuples(Round.select(Round.organisation)))
    return [
        [org.id, org.name, org.language, people[org.id], rounds[org.id]]
        for org in sorted(Organisation.select(), key=lambda o: nordic_key(o.name))
    ]


def _rounds() -> list[list[object]]:
    sizes = Counter(r for (r,) in tuples(Conversation.select(Conversation.round)))
    query = (
        Round.select(Round, Organisation)
        .join(Organisation)
        .order_by(Organisation.name, Round.period_start)
    )
    return [
        [r.id, r.name, r.organisation.name, r.period_start, r.period_end, r.status, sizes[r.id]]
        for r in query
    ]


def _employees() -> list[list[object]]:
    names = {
        e.id: e.full_name
        for e in Employee.select(Employee.id, Employee.first_name, Employee.last_name)
    }
    departments = {d.id: d.name for d in Department.select(Department.id, Department.name)}
    orgs = {o.id: o.name for o in Organisation.select(Organisation.id, Organisation.name)}
    query = sorted(
        Employee.select(), key=lambda e: (nordic_key(e.last_name), nordic_key(e.first_name))
    )
    return [
        [
            e.id,
            e.full_name,
            orgs.get(e.organisation_id, ""),
            departments.get(e.department_id, ""),
            e.job_title,
            names.get(e.leader_id, ""),
            "active" if e.active else f"left {e.left_on or ''}".strip(),
        ]
        for e in query
    ]


def _conversations() -> list[list[object]]:
    people = {
        ident: (first, last)
        for ident, first, last in tuples(Employee.select(
            Employee.id, Employee.first_name, Employee.last_name
        ))
    }
    rounds = {
        ident: (name, start)
        for ident, name, start in tuples(
            Round.select(Round.id, Round.name, Round.period_start))
    }

    def name(employee_id: object) -> str:
        first, last = people.get(employee_id, ("", ""))
        return f"{first} {last}".strip()

    def order(row: tuple[Any, ...]) -> tuple[Any, ...]:
        # Newest round first, then the employees as in the roster (last name, first name).
        (first, last), (round_name, start) = people[row[1]], rounds[row[2]]
        return (-start.toordinal(), nordic_key(round_name), nordic_key(last), nordic_key(first))

    query = tuples(Conversation.select(
        Conversation.id,
        Conversation.employee,
        Conversation.round,
        Conversation.status,
        Conversation.leader,
        Conversation.scheduled_start,
        Conversation.version,
    ))
    return [
        [
            ident,
            f"{name(employee)} – {rounds[round_id][0]}",
            status,
            name(leader),
            start or "",
            f"v{version}",
        ]
        for ident, employee, round_id, status, leader, start, version in sorted(query, key=order)
    ]
