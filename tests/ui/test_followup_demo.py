"""The follow-up tab over the demo workspace (realistic data from services/demo.py)."""

from __future__ import annotations

import datetime as dt

from musdesk.models import Department
from musdesk.services import roster
from musdesk.services.demo import build_demo
from musdesk.services.followup_notice import overdue_summary
from musdesk.services.followup_overview import MEETING
from musdesk.ui.tabs.followup_tab import FollowUpTab

TODAY = dt.date(2026, 11, 23)


def test_demo_department_and_employee_views(qtbot, workspace) -> None:
    build_demo(today=TODAY)
    tab = FollowUpTab(today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    department = Department.get(Department.name == "Teknik og Miljø")
    tab.organisation.setCurrentIndex(tab.organisation.findData(str(department.organisation_id)))
    tab.department.setCurrentIndex(tab.department.findData(str(department.id)))
    people = roster.list_employees(str(department.organisation_id), str(department.id))
    assert sorted(row.label for row in tab.timeline.rows()) == sorted(
        person["full_name"] for person in people)
    assert len(people) > 5  # sub-departments are included
    # Every due-list entry is a point on the timeline, and selecting it finds it.
    for row in range(tab.due_proxy.rowCount()):
        tab.due_table.selectRow(row)
        assert tab.timeline.selected_item() is not None
    overdue, _this_week = overdue_summary(TODAY)
    assert overdue > 0
    text = tab.after_unlock()
    assert text is not None and text.startswith(f"{overdue} follow-up")
    # One employee with meetings: a row per goal besides the general row.
    meeting = next(item for item in tab._data.items if item.kind == MEETING)
    tab.show_item({"employee_id": meeting.employee_id})
    rows = tab.timeline.rows()
    assert rows[0].goal_id is None and any(row.goal_id for row in rows[1:])
