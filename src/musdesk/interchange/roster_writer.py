"""Writing a planned roster import through the roster services (their validation applies).

Called by `roster_import.run_import` inside its single transaction: any refusal raises
`ImportFailed` naming the row, and the transaction rolls everything back.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from musdesk import texts
from musdesk.errors import MusdeskError
from musdesk.interchange.roster_report import UNCHANGED, UPDATE
from musdesk.interchange.roster_rows import ParsedRow, PersonKey
from musdesk.services import roster, roster_bulk

if TYPE_CHECKING:
    from musdesk.interchange.roster_import import Plan


class ImportFailed(MusdeskError):
    """A write failed; the whole import was rolled back."""

    key = "interchange.error.import_failed"


class ImportCancelled(MusdeskError):
    key = "interchange.error.cancelled"


def _failed(row: int, error: MusdeskError) -> ImportFailed:
    if row:
        return ImportFailed(detail=texts.text("interchange.error.at_row", row=row, error=error))
    return ImportFailed(detail=str(error))


def call_service(
    row: int, function: Callable[..., dict[str, Any]], *args: object, **kwargs: object
) -> dict[str, Any]:
    """Run one service call; a refusal aborts the import, naming the row."""
    try:
        return function(*args, **kwargs)
    except MusdeskError as exc:
        raise _failed(row, exc) from exc


class PlanWriter:
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
        self._create_all(
            self._leaders_first([row for row in self.plan.rows.values() if row.match is None])
        )
        for row in self.plan.rows.values():
            if self._changes_leader(row) and row.leader_key is not None:
                leader_id = self._id_of(row.leader_key)
                call_service(
                    row.number, roster.update_employee, str(row.match), leader_id=leader_id
                )
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
        """All new departments in one bulk call (the roster service's rules apply)."""
        first_row_of: dict[tuple[str, ...], int] = {}
        for row in self.plan.rows.values():
            first_row_of.setdefault(row.department, row.number)
        new: list[roster_bulk.NewDepartment] = []
        for path, parent in self.plan.new_departments.items():
            parent_id = self.department_ids[parent] if isinstance(parent, tuple) else parent
            item = roster_bulk.NewDepartment(
                path[-1], None if parent_id is None else uuid.UUID(str(parent_id)))
            self.department_ids[path] = str(item.id)
            new.append(item)
        paths = list(self.plan.new_departments)
        try:
            roster_bulk.create_departments(self.org, new)
        except roster_bulk.RecordRefused as refused:
            raise _failed(first_row_of.get(paths[refused.index], 0), refused.error) from refused
        for _ in new:
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
        call_service(row.number, roster.update_employee, str(row.match), **changes)
        if "left_on" in outcome.changes:
            call_service(row.number, roster.mark_left, str(row.match), row.left_on)
        self._step()

    def _create_all(self, rows: list[ParsedRow]) -> None:
        """Every new employee in one bulk call, leaders before the people they lead."""
        new: list[roster_bulk.NewEmployee] = []
        for row in rows:
            fields = _employee_fields(row)
            del fields["first_name"], fields["last_name"]
            if row.department:
                fields["department_id"] = self._department_of(row)
            if row.leader_key is not None:
                fields["leader_id"] = self._id_of(row.leader_key)
            item = roster_bulk.NewEmployee(row.first_name, row.last_name, fields, row.left_on)
            self.employee_ids[row.key] = str(item.id)
            self.outcomes[row.number].employee_id = item.id
            new.append(item)
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        try:
            roster_bulk.create_employees(self.org, new)
        except roster_bulk.RecordRefused as refused:
            raise _failed(rows[refused.index].number, refused.error) from refused
        for _ in new:
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
