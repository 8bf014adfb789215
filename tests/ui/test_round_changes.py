"""Changes during a running round through the wheel tab's People page, from an empty
workspace: add a new hire (with a proposed time), take someone out (reason kept), change one
conversation's leader, edit name/period/step dates, and cancel a leaver's open conversation."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from musdesk.models import Conversation, WheelStep
from musdesk.services import roster, round_changes, rounds
from musdesk.ui.dates import date_text
from musdesk.ui.tabs.wheel_tab import WheelTab

TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def tab(qtbot, workspace):
    org = roster.create_organisation("Fjordby Havn", language="en")["id"]
    boss = roster.create_employee(org, "Ida", "Boss")["id"]
    roster.create_employee(org, "Ole", "Hansen", leader_id=boss)
    roster.create_employee(org, "Kari", "Berg", leader_id=boss)
    rounds.plan_round(org, "MUS 2026", TODAY, dt.date(2026, 6, 30))
    tab = WheelTab(today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.org_id, tab.boss_id = org, boss
    return tab


def note_of(panel, name: str) -> str:
    model = panel.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    return model.index(row, 4).data()


def by_name(tab, name: str):
    return next(p for p in round_changes.participants(tab.current_round_id())
                if p.full_name == name)


def test_a_new_hire_joins_with_a_proposed_time(qtbot, tab) -> None:
    panel = tab.people_panel
    assert panel.model.rowCount() == 3
    new = roster.create_employee(tab.org_id, "Nils", "Ny", leader_id=tab.boss_id)["id"]
    panel.add_button.click()
    dialog = panel.dialog
    assert dialog.person.findData(new) >= 0 and dialog.person.count() == 1
    dialog.accept()
    added = by_name(tab, "Nils Ny")
    assert added.scheduled_start is not None and added.scheduled_start.date() >= TODAY
    assert "Nils Ny was added; proposed time" in panel.message.text()
    assert panel.model.rowCount() == 4
    # no clash with the leader's other conversations
    starts = [c.scheduled_start for c in Conversation.select().where(
        Conversation.leader == tab.boss_id)]
    assert len(starts) == len(set(starts))


def test_take_out_keeps_the_reason_and_leader_changes_for_one(qtbot, tab) -> None:
    panel = tab.people_panel
    panel.select_person("Ole Hansen")
    panel.take_out_button.click()
    panel.dialog.reason.setPlainText("Long-term leave")
    panel.dialog.accept()
    ole = by_name(tab, "Ole Hansen")
    assert (ole.status, ole.cancel_reason) == ("cancelled", "Long-term leave")
    panel.select_person("Ole Hansen")
    assert not panel.take_out_button.isEnabled()
    # back from leave: added again, planned with a new proposed time
    panel.add_button.click()
    dialog = panel.dialog
    dialog.person.setCurrentIndex(dialog.person.findText("Ole Hansen"))
    dialog.accept()
    ole = by_name(tab, "Ole Hansen")
    assert ole.status == "planned" and ole.scheduled_start.date() >= TODAY
    from musdesk.services import conversations

    history = [c["to_status"] for c in conversations.status_history(ole.conversation_id)]
    assert history[-2:] == ["cancelled", "planned"]
    # the earlier cancellation and its reason stay on the People page
    day = date_text(dt.datetime.now(dt.UTC).date())  # the changes' (UTC) day
    assert note_of(panel, "Ole Hansen") == \
        f"Taken out on {day} (Long-term leave), added back on {day}"
    panel.select_person("Ole Hansen")
    panel.take_out_button.click()
    panel.dialog.reason.setPlainText("Parental leave")
    panel.dialog.accept()
    assert note_of(panel, "Ole Hansen").startswith(
        f"Parental leave · Taken out on {day} (Long-term leave)")
    panel.add_button.click()
    panel.dialog.person.setCurrentIndex(panel.dialog.person.findText("Ole Hansen"))
    panel.dialog.accept()
    assert note_of(panel, "Ole Hansen") == (
        f"Taken out on {day} (Long-term leave), added back on {day} · "
        f"Taken out on {day} (Parental leave), added back on {day}")

    other = roster.create_employee(tab.org_id, "Per", "Vik")["id"]
    tab.people_panel.reload()
    panel.select_person("Kari Berg")
    panel.leader_button.click()
    dialog = panel.dialog
    dialog.person.setCurrentIndex(dialog.person.findData(other))
    dialog.accept()
    assert by_name(tab, "Kari Berg").leader_name == "Per Vik"
    assert roster.get_employee(by_name(tab, "Kari Berg").employee_id)["leader_id"] == \
        tab.boss_id  # the roster is unchanged


def test_edit_round_and_cancel_leavers(qtbot, tab, monkeypatch) -> None:
    panel = tab.people_panel
    panel.edit_button.click()
    dialog = panel.dialog
    dialog.name.setText("MUS spring 2026")
    dialog.end.setDate(QDate(2026, 7, 31))
    dialog.dues[7].setDate(QDate(2026, 7, 30))
    dialog.accept()
    round_id = tab.current_round_id()
    assert rounds.get_round(round_id)["name"] == "MUS spring 2026"
    assert rounds.get_round(round_id)["period_end"] == dt.date(2026, 7, 31)
    assert WheelStep.get((WheelStep.round == round_id) & (WheelStep.number == 8)).due_date \
        == dt.date(2026, 7, 30)
    assert "MUS spring 2026" in tab.round_combo.currentText()

    roster.mark_left(by_name(tab, "Kari Berg").employee_id, "2026-03-15")
    panel.reload()
    assert panel.leavers.isVisibleTo(panel) and "Kari Berg" in panel.leavers.text()
    assert f"Left on {date_text(dt.date(2026, 3, 15))}" in " ".join(
        panel.model.index(row, 4).data() for row in range(panel.model.rowCount()))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    panel.cancel_leavers.click()
    kari = by_name(tab, "Kari Berg")
    assert kari.status == "cancelled" and "2026-03-15" in kari.cancel_reason
    assert not panel.cancel_leavers.isVisibleTo(panel)


def test_results_are_exported_from_the_wheel_tab(qtbot, tab, tmp_path, monkeypatch) -> None:
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "results"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    tab.people_panel.export_button.click()
    qtbot.waitUntil(lambda: "rows written" in tab.people_panel.message.text(), timeout=10_000)
    sheet = openpyxl.load_workbook(target.with_suffix(".xlsx")).active
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert names == ["Kari Berg", "Ida Boss", "Ole Hansen"]
    assert sheet.cell(1, 1).value == "Employee"  # the organisation's language: English
