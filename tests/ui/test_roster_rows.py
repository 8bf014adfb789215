"""The quick roster read gives the same rows, filters and order as the roster service."""

from __future__ import annotations

import datetime as dt

from musdesk.services import roster
from musdesk.services.roster_rows import employee_rows
from musdesk.storage import Workspace


def test_same_rows_as_list_employees(workspace: Workspace) -> None:
    org = roster.create_organisation("Nordlys AS")
    top = roster.create_department(org["id"], "Drift")
    below = roster.create_department(org["id"], "Nattskift", parent_id=top["id"])
    other = roster.create_department(org["id"], "Salg")
    boss = roster.create_employee(org["id"], "Åse", "Ødegård", department_id=top["id"],
                                  start_date=dt.date(2020, 5, 1), external_ref="17")
    roster.create_employee(org["id"], "Per", "Aas", department_id=below["id"],
                           leader_id=boss["id"], email="per@nordlys.no")
    gone = roster.create_employee(org["id"], "Zara", "Ziegler", department_id=other["id"])
    roster.mark_left(gone["id"], dt.date(2026, 1, 31))
    for department, include_left in [(None, False), (None, True), (top["id"], False),
                                      (other["id"], True)]:
        expected = roster.list_employees(org["id"], department, include_left=include_left)
        got = employee_rows(org["id"], department, include_left=include_left)
        assert [r["id"] for r in got] == [r["id"] for r in expected]
        for fast, full in zip(got, expected, strict=True):
            assert fast == {key: full[key] for key in fast}
    names = [r["full_name"] for r in employee_rows(org["id"], include_left=True)]
    assert names == ["Per Aas", "Zara Ziegler", "Åse Ødegård"]  # Nordic order: æøå last
