"""Rows that may be a person already in the roster, and the user's choice for each.

A row whose employee number and e-mail find nobody, but whose name and department are an
existing employee's with ANOTHER e-mail or number, may be that person (a new e-mail after a
merger, a renumbered payroll) or a namesake. The import does not guess: the row is held as
a possible duplicate, listing the candidates, until the user decides for it:

    decisions = {12: NEW, 17: str(candidate.employee_id)}    # row number → choice
    report = plan_import(table, mapping, org_id, decisions=decisions)

A held row writes nothing (like a skipped one), and the dialog lets no import start while
one is held.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from musdesk import texts
from musdesk.interchange.roster_rows import Existing, ParsedRow

NEW = "new"  # the decision "this row is somebody else: add a new person"


@dataclass(frozen=True)
class Candidate:
    """An existing employee a held row may be."""

    employee_id: uuid.UUID
    name: str
    email: str
    employee_number: str
    department: str

    def describe(self) -> str:
        """ "Anna Berg (anna@firma.dk, no. 17, Sales)" – what tells namesakes apart."""
        parts = [p for p in (self.email, self.number_text(), self.department) if p]
        return f"{self.name} ({', '.join(parts)})" if parts else self.name

    def number_text(self) -> str:
        if not self.employee_number:
            return ""
        return texts.text("interchange.duplicate.number", number=self.employee_number)


def _department_name(existing: Existing, department_id: object) -> str:
    if not isinstance(department_id, uuid.UUID) or department_id not in existing.departments:
        return ""
    return existing.departments[department_id][1]


def candidates(
    row: ParsedRow, namesakes: Iterable[uuid.UUID], existing: Existing
) -> list[Candidate]:
    """The namesakes in the row's department (any, when the row names none), by name."""
    found = []
    wanted = row.department[-1].casefold() if row.department else None
    for employee_id in namesakes:
        values = existing.employees[employee_id]
        department = _department_name(existing, values["department"])
        if wanted is not None and department.casefold() != wanted:
            continue
        found.append(Candidate(
            employee_id, existing.full_name(employee_id), str(values["email"] or ""),
            str(values["external_ref"] or ""), department))
    return sorted(found, key=lambda c: (c.name.casefold(), c.email, str(c.employee_id)))


def held_reason(found: list[Candidate]) -> str:
    return texts.text("interchange.duplicate.reason",
                      candidates="; ".join(c.describe() for c in found))
