"""Roster rules: organisations, the department tree, employees and their leaders."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from musdesk.errors import InvalidValue, NotFound
from musdesk.models import AuditEvent, Employee
from musdesk.services import roster
from musdesk.storage import Workspace


@pytest.fixture
def org(workspace: Workspace) -> dict:
    return roster.create_organisation("Fjordby Kommune", language="da")


def test_employee_is_created_with_full_name_and_audit(org: dict) -> None:
    anne = roster.create_employee(org["id"], "Anne", "Sørensen", job_title="Sagsbehandler")
    assert anne["full_name"] == "Anne Sørensen"
    assert roster.get_employee(anne["id"])["job_title"] == "Sagsbehandler"
    event = AuditEvent.get(AuditEvent.record_id == anne["id"])
    assert (event.action, event.record_type) == ("created", "employee")
    assert "Sørensen" not in event.detail


@pytest.mark.parametrize(
    ("field", "value"),
    [("first_name", "  "), ("last_name", ""), ("job_title", "x" * 201), ("email", "no-at")],
)
def test_bad_employee_fields_are_refused_and_nothing_is_saved(
    org: dict, field: str, value: str
) -> None:
    fields = {"first_name": "Bo", "last_name": "Ås", field: value}
    with pytest.raises(InvalidValue) as caught:
        roster.create_employee(org["id"], **fields)
    assert caught.value.field == field
    assert Employee.select().count() == 0


def test_unknown_ids_raise_not_found(org: dict) -> None:
    with pytest.raises(NotFound):
        roster.get_employee(str(uuid.uuid4()))
    with pytest.raises(NotFound):
        roster.create_employee("not-a-uuid", "A", "B")
    with pytest.raises(NotFound):
        roster.create_employee(org["id"], "A", "B", leader_id=str(uuid.uuid4()))


def test_unknown_change_is_refused(org: dict) -> None:
    anne = roster.create_employee(org["id"], "Anne", "Holm")
    with pytest.raises(InvalidValue):
        roster.update_employee(anne["id"], salary=1)


def test_leader_cycle_is_refused(org: dict) -> None:
    a = roster.create_employee(org["id"], "Asta", "Ærø")
    b = roster.create_employee(org["id"], "Bent", "Øst", leader_id=a["id"])
    c = roster.create_employee(org["id"], "Cille", "Å", leader_id=b["id"])
    with pytest.raises(InvalidValue) as caught:
        roster.update_employee(a["id"], leader_id=c["id"])
    assert caught.value.field == "leader"
    with pytest.raises(InvalidValue):
        roster.update_employee(a["id"], leader_id=a["id"])
    assert roster.get_employee(a["id"])["leader_id"] is None


def test_leader_must_belong_to_the_same_organisation(org: dict) -> None:
    other = roster.create_organisation("Nordlys AS", language="nb")
    boss = roster.create_employee(other["id"], "Kari", "Nordmann")
    with pytest.raises(InvalidValue):
        roster.create_employee(org["id"], "Per", "Dal", leader_id=boss["id"])


def test_department_tree_and_cycle(org: dict) -> None:
    top = roster.create_department(org["id"], "Forvaltning")
    mid = roster.create_department(org["id"], "Børn og unge", parent_id=top["id"])
    low = roster.create_department(org["id"], "Dagtilbud", parent_id=mid["id"])
    tree = roster.department_tree(org["id"])
    assert [node["name"] for node in tree] == ["Forvaltning"]
    assert tree[0]["children"][0]["children"][0]["id"] == low["id"]
    with pytest.raises(InvalidValue):
        roster.update_department(top["id"], parent_id=low["id"])


def test_list_employees_by_department_includes_sub_departments_and_skips_leavers(
    org: dict,
) -> None:
    top = roster.create_department(org["id"], "Teknik")
    sub = roster.create_department(org["id"], "Vej og park", parent_id=top["id"])
    roster.create_employee(org["id"], "Jens", "Top", department_id=top["id"])
    low = roster.create_employee(org["id"], "Lis", "Lav", department_id=sub["id"])
    gone = roster.create_employee(org["id"], "Gitte", "Gået", department_id=sub["id"])
    roster.mark_left(gone["id"], dt.date(2026, 1, 31))
    names = [e["last_name"] for e in roster.list_employees(org["id"], top["id"])]
    assert names == ["Lav", "Top"]
    only_sub = roster.list_employees(org["id"], sub["id"], include_left=True)
    assert {e["id"] for e in only_sub} == {low["id"], gone["id"]}


def test_leaving_before_starting_is_refused(org: dict) -> None:
    anne = roster.create_employee(org["id"], "Anne", "Bø", start_date="2025-05-01")
    with pytest.raises(InvalidValue):
        roster.mark_left(anne["id"], "2025-04-30")
    assert roster.get_employee(anne["id"])["active"] is True


def test_workday_end_must_follow_start(workspace: Workspace) -> None:
    with pytest.raises(InvalidValue):
        roster.create_organisation("X", workday_start="16:00", workday_end="08:00")


def test_strategic_goals_per_organisation_and_department(org: dict) -> None:
    dep = roster.create_department(org["id"], "Skole")
    roster.add_strategic_goal(org["id"], "Flere borgere selvhjulpne")
    roster.add_strategic_goal(org["id"], "Læsning i indskolingen", department_id=dep["id"])
    assert len(roster.list_strategic_goals(org["id"])) == 1
    assert len(roster.list_strategic_goals(org["id"], dep["id"])) == 2


def test_invalid_value_message_names_the_field_in_words(org: dict) -> None:
    with pytest.raises(InvalidValue) as caught:
        roster.create_employee(org["id"], "", "Ås")
    assert "First name" in str(caught.value)


def test_working_hours_must_be_times(workspace: Workspace) -> None:
    with pytest.raises(InvalidValue) as caught:
        roster.create_organisation("X", workday_start="eight o'clock")
    assert caught.value.field == "workday_start"
    org = roster.create_organisation("Y", workday_start="07:30", workday_end="15:00")
    assert org["workday_start"] == dt.time(7, 30)
    with pytest.raises(InvalidValue):
        roster.update_organisation(org["id"], workday_end="07:00")
    assert roster.get_organisation(org["id"])["workday_end"] == dt.time(15, 0)
