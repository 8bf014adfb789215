"""What the roster tab decides, without widgets: the current organisation and department,
which rows to show, the choices offered in dialogs, and the calls to the roster service.

`service` is `musdesk.services.roster` (or a stand-in with the same functions); `rows` is
`services.roster_rows.employee_rows`, the quick read the table and pick-lists use
(defaults to the service's `list_employees`, which returns the same rows, slower).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

ALL_DEPARTMENTS = None


def walk_tree(nodes: list[dict[str, Any]], depth: int = 0) -> Iterator[tuple[int, dict[str, Any]]]:
    """Every department of a `department_tree`, parents before children, with its depth."""
    for node in nodes:
        yield depth, node
        yield from walk_tree(node.get("children", []), depth + 1)


class RosterController:
    def __init__(self, service: Any,
                 rows: Callable[..., list[dict[str, Any]]] | None = None) -> None:
        self.service = service
        self.rows = rows or service.list_employees
        self.organisation_id: str | None = None
        self.department_id: str | None = ALL_DEPARTMENTS
        self.include_left = False
        self._tree: list[dict[str, Any]] = []

    # --- organisations --------------------------------------------------------------------
    def organisations(self) -> list[dict[str, Any]]:
        return self.service.list_organisations()

    def select_organisation(self, organisation_id: str | None) -> None:
        self.organisation_id = organisation_id
        self.department_id = ALL_DEPARTMENTS
        self._tree = []

    def create_organisation(
        self, name: str, language: str, country: str | None = None
    ) -> dict[str, Any]:
        created = self.service.create_organisation(name, language=language, country=country)
        self.select_organisation(created["id"])
        return created

    def update_organisation(
        self, name: str, language: str, country: str | None = None
    ) -> dict[str, Any]:
        changes: dict[str, Any] = {"name": name, "language": language}
        if country:
            changes["country"] = country
        return self.service.update_organisation(self._org(), **changes)

    def current_organisation(self) -> dict[str, Any] | None:
        if self.organisation_id is None:
            return None
        return self.service.get_organisation(self.organisation_id)

    def _org(self) -> str:
        if self.organisation_id is None:
            raise RuntimeError("no organisation selected")  # the UI disables the actions
        return self.organisation_id

    # --- departments ----------------------------------------------------------------------
    def department_tree(self) -> list[dict[str, Any]]:
        self._tree = [] if self.organisation_id is None else self.service.department_tree(
            self.organisation_id)
        return self._tree

    def department_names(self) -> dict[str, str]:
        return {node["id"]: node["name"] for _, node in walk_tree(self._tree)}

    def department_choices(self, exclude_id: str | None = None) -> list[tuple[str, str]]:
        """(id, indented name) in tree order; `exclude_id` and what lies below it left out,
        since a department cannot move below itself."""
        choices, skip_below = [], None
        for depth, node in walk_tree(self._tree):
            if skip_below is not None:
                if depth > skip_below:
                    continue
                skip_below = None
            if node["id"] == exclude_id:
                skip_below = depth
                continue
            choices.append((node["id"], "    " * depth + node["name"]))
        return choices

    def select_department(self, department_id: str | None) -> None:
        self.department_id = department_id

    def add_department(self, name: str, parent_id: str | None) -> dict[str, Any]:
        return self.service.create_department(self._org(), name, parent_id=parent_id)

    def update_department(self, department_id: str, name: str,
                          parent_id: str | None) -> dict[str, Any]:
        return self.service.update_department(department_id, name=name, parent_id=parent_id)

    def department(self, department_id: str) -> dict[str, Any] | None:
        for _, node in walk_tree(self._tree):
            if node["id"] == department_id:
                return node
        return None

    # --- employees ------------------------------------------------------------------------
    def employees(self) -> list[dict[str, Any]]:
        if self.organisation_id is None:
            return []
        return self.rows(
            self.organisation_id, self.department_id, include_left=self.include_left)

    def missing_leader_names(self, rows: list[dict[str, Any]]) -> dict[str, str]:
        """Names of leaders outside the shown rows (another department, or left)."""
        shown = {row["id"] for row in rows}
        missing = {row["leader_id"] for row in rows if row.get("leader_id")} - shown
        return {ident: self.service.get_employee(ident)["full_name"] for ident in missing}

    def leader_choices(self, exclude_id: str | None = None) -> list[tuple[str, str]]:
        """Everyone active in the organisation but the person themself, with a job title to
        tell namesakes apart. A leader cycle is still possible here: the service refuses it
        with its own message."""
        if self.organisation_id is None:
            return []
        choices = []
        for row in self.rows(self.organisation_id):
            if row["id"] == exclude_id:
                continue
            label = row["full_name"]
            if row.get("job_title"):
                label += f" ({row['job_title']})"
            choices.append((row["id"], label))
        return choices

    def save_employee(self, employee_id: str | None, values: dict[str, Any]) -> dict[str, Any]:
        if employee_id is None:
            values = dict(values)
            first, last = values.pop("first_name"), values.pop("last_name")
            if not values.get("external_ref"):
                values.pop("external_ref", None)
            return self.service.create_employee(self._org(), first, last, **values)
        return self.service.update_employee(employee_id, **values)

    def employee(self, employee_id: str) -> dict[str, Any]:
        return self.service.get_employee(employee_id)

    def mark_left(self, employee_id: str, left_on: dt.date) -> dict[str, Any]:
        return self.service.mark_left(employee_id, left_on)

    def mark_active(self, employee_id: str) -> dict[str, Any]:
        return self.service.mark_active(employee_id)

    # --- strategic goals ------------------------------------------------------------------
    def strategic_goals(self) -> list[dict[str, Any]]:
        if self.organisation_id is None:
            return []
        return self.service.list_strategic_goals(self.organisation_id, self.department_id)

    def add_strategic_goal(self, title: str, description: str) -> dict[str, Any]:
        return self.service.add_strategic_goal(
            self._org(), title, description, department_id=self.department_id)

    def update_strategic_goal(self, goal_id: str, title: str, description: str) -> dict[str, Any]:
        return self.service.update_strategic_goal(goal_id, title=title, description=description)
