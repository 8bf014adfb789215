"""The follow-up overview: timeline rows and items per scope, the due list, the notice."""

from __future__ import annotations

import pytest

from musdesk.errors import NotFound
from musdesk.models import MeetingGoal
from musdesk.services import followup_overview as overview
from musdesk.services.followup_notice import end_of_week, overdue_summary
from musdesk.services.followup_overview import Scope
from tests.unit.followup_tab.sample import TODAY, build_sample, days


@pytest.fixture
def sample(workspace):
    return build_sample()


def test_employee_timeline_has_a_row_per_goal_and_every_kind(sample) -> None:
    data = overview.timeline(Scope("employee", str(sample.anna.id)), TODAY)
    assert [row.label for row in data.rows] == [
        "Anna Jensen", "Lead the customer workshops", "Finish the sales course"]
    kinds = {item.kind for item in data.items}
    assert kinds == set(overview.ITEM_KINDS)
    goal_row = f"g:{sample.goal.id}"
    on_goal_row = {item.kind for item in data.items if item.row == goal_row}
    assert {"goal_deadline", "sub_goal", "recognition"} <= on_goal_row
    # One meeting a day covers all the person's goals: meetings sit on the person's row,
    # and are shown again (an echo) on the row of each goal they serve.
    talks = {item.row for item in data.items
             if item.kind in ("conversation", "signing", "meeting") and not item.echo}
    assert talks == {f"e:{sample.anna.id}"}
    meetings = {item.record_id for item in data.items if item.kind == "meeting"}
    echoes = [item for item in data.items if item.echo]
    assert echoes and {item.record_id for item in echoes} <= meetings
    for echo in echoes:
        assert echo.kind == "meeting" and echo.row == f"g:{echo.goal_id}"
        served = MeetingGoal.select().where(MeetingGoal.meeting == echo.record_id)
        assert echo.goal_id in {str(link.goal_id) for link in served}
    assert [item.on for item in data.items] == sorted(item.on for item in data.items)


def test_overdue_marks_only_what_is_still_to_do(sample) -> None:
    data = overview.timeline(Scope("employee", str(sample.anna.id)), TODAY)
    overdue = {(item.kind, item.record_id) for item in data.items if item.overdue}
    assert overdue == {
        ("meeting", str(sample.overdue_meeting.id)),
        ("goal_deadline", str(sample.goal.id)),
        ("sub_goal", str(sample.sub_goal.id)),
    }
    held = next(item for item in data.items if item.record_id == str(sample.held_meeting.id))
    assert held.status == "held" and held.on == days(-29)
    assert all(item.status != "cancelled" for item in data.items)


def test_department_includes_sub_departments_and_rows_per_active_employee(sample) -> None:
    data = overview.timeline(Scope("department", str(sample.sales.id)), TODAY)
    assert [row.label for row in data.rows] == ["Bo Holm", "Anna Jensen"]
    assert {item.row for item in data.items} <= {row.key for row in data.rows}
    north = overview.timeline(Scope("department", str(sample.sales_north.id)), TODAY)
    assert [row.label for row in north.rows] == ["Bo Holm"]


def test_organisation_scope_keeps_to_its_organisation(sample) -> None:
    data = overview.timeline(Scope("organisation", str(sample.other_organisation.id)), TODAY)
    assert [row.label for row in data.rows] == ["Carl Berg"]
    assert [item.record_id for item in data.items] == [str(sample.far_meeting.id)]


def test_unknown_scope_id_is_not_found(sample) -> None:
    with pytest.raises(NotFound):
        overview.timeline(Scope("department", "no-such-id"), TODAY)


def test_due_list_has_overdue_and_the_next_days(sample) -> None:
    items = overview.due_items(TODAY, days=14)
    found = [(item.kind, item.employee_name, item.overdue) for item in items]
    assert found == [
        ("meeting", "Anna Jensen", True),
        ("goal_deadline", "Anna Jensen", True),
        ("sub_goal", "Anna Jensen", True),
        ("meeting", "Bo Holm", False),
        ("goal_deadline", "Bo Holm", False),
    ]
    assert items[0].organisation_name == "Fjord Teknik"
    assert items[0].title == "Lead the customer workshops"
    assert items[3].days_from(TODAY) == 3
    assert len(overview.due_items(TODAY, days=40)) == 6  # Carl's meeting in 40 days joins
    assert len(overview.due_items(TODAY, days=2)) == 3


def test_due_list_for_one_organisation(sample) -> None:
    items = overview.due_items(TODAY, 60, Scope("organisation", str(sample.other_organisation.id)))
    assert [item.employee_name for item in items] == ["Carl Berg"]


def test_notice_counts_overdue_and_the_rest_of_this_week(sample) -> None:
    assert end_of_week(TODAY) == days(4)  # Wednesday to Sunday
    assert overdue_summary(TODAY) == (3, 1)  # Bo's meeting on Saturday; his deadline is later
    assert overdue_summary(days(-40)) == (0, 0)


def test_notice_is_empty_for_an_empty_workspace(workspace) -> None:
    assert overdue_summary(TODAY) == (0, 0)


def test_rows_follow_the_danish_norwegian_alphabet(workspace) -> None:
    from musdesk.models import Employee, Organisation

    org = Organisation.create(name="Alfabet")
    for last in ("Åberg", "Ørsted", "Zander", "Ærø", "Andersen"):
        Employee.create(organisation=org, first_name="X", last_name=last)
    data = overview.timeline(Scope("organisation", str(org.id)), TODAY)
    assert [row.label.split()[1] for row in data.rows] == [
        "Andersen", "Zander", "Ærø", "Ørsted", "Åberg"]
