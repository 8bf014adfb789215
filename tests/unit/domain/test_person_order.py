"""One order for people everywhere: last name, first name, Nordic alphabet."""

from __future__ import annotations

import datetime as dt

from musdesk.services import conversation_form, roster, rounds
from musdesk.services.common import person_key
from musdesk.services.wheel_overview import conversation_rows


def test_the_roster_the_rounds_and_the_form_list_people_alike(workspace) -> None:
    org = roster.create_organisation("Fjordby")["id"]
    for first, last in (("Åse", "Berg"), ("Øystein", "Aas"), ("Anna", "Ærø"), ("Bo", "Berg"),
                        ("Zacharias", "Zink"), ("anne", "Åsheim")):
        roster.create_employee(org, first, last)
    expected = ["Øystein Aas", "Bo Berg", "Åse Berg", "Zacharias Zink", "Anna Ærø",
                "anne Åsheim"]
    assert [e["full_name"] for e in roster.list_employees(org)] == expected
    today = dt.date.today()
    round_ = rounds.plan_round(org, "MUS", today, today + dt.timedelta(days=200))
    in_form = [r["employee_name"] for r in conversation_form.conversations_in_round(round_["id"])]
    assert in_form == expected
    assert [row.employee_name for row in conversation_rows(round_["id"], today)] == expected
    assert person_key("Åse", "Berg") > person_key("Bo", "Berg")
    # The wheel's People page, its choosers, the carry-over list, the results export.
    from musdesk.interchange.results_export import results_table
    from musdesk.services import carry_forward, round_changes

    assert [p.full_name for p in round_changes.participants(round_["id"])] == expected
    assert [p.full_name for p in round_changes.leaders(round_["id"])] == expected
    assert [p.full_name for p in carry_forward.carry_over_preview(round_["id"])] == expected
    exported = [row[0] for row in results_table(round_["id"]).rows]
    assert list(dict.fromkeys(exported)) == expected  # a row per goal: names repeat
    newcomers = [roster.create_employee(org, first, last)
                 for first, last in (("Ole", "Åsheim"), ("Per", "Ørn"), ("Kim", "Aasen"))]
    assert newcomers
    assert [p.full_name for p in round_changes.people_to_add(round_["id"])] == [
        "Kim Aasen", "Per Ørn", "Ole Åsheim"]


def test_the_due_list_sorts_people_by_last_name(qapp) -> None:
    from PySide6.QtCore import Qt

    from musdesk.services.followup_overview import DueItem
    from musdesk.ui.qtmodels.due_list import EMPLOYEE, DueListModel, DueListProxy

    day = dt.date(2026, 12, 1)
    items = [DueItem(str(n), "meeting", day, str(n), f"{first} {last}", "Org", "", None,
                     False, employee_sort=person_key(first, last))
             for n, (first, last) in enumerate((("Anna", "Ærø"), ("Øystein", "Aas"),
                                                ("Bo", "Berg")))]
    model = DueListModel()
    model.set_items(items, day)
    proxy = DueListProxy()
    proxy.setSourceModel(model)
    proxy.sort(EMPLOYEE, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(row, EMPLOYEE).data() for row in range(proxy.rowCount())]
    assert shown == ["Øystein Aas", "Bo Berg", "Anna Ærø"]
