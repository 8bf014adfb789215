"""Acceptance: next year starts from this year, from an empty workspace through real widgets.

Round one is planned in the wizard; one conversation gets an agreement and a goal in the
conversation tab and is signed there; the goal is evaluated in the evaluation dialog; round
two is planned in the wizard without naming round one. Round two's preparation sheet (the PDF
the conversation tab previews, read back with pypdf) holds last year's agreement and the
goal's evaluation. The clinic and its people are typed into the roster tab's own dialogs.
(The summary test below checks the PDF block alone, so it builds its data with the services.)
"""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from musdesk.services import conversation_form, roster
from musdesk.services.followup_actions import evaluate, goal_choice
from musdesk.ui.dialogs.conversation_workflow import SignDialog
from musdesk.ui.dialogs.document_preview import DocumentPreviewDialog
from musdesk.ui.dialogs.employee_dialog import EmployeeDialog
from musdesk.ui.dialogs.followup_evaluation import EvaluationDialog
from musdesk.ui.dialogs.organisation_dialog import OrganisationDialog
from musdesk.ui.dialogs.round_wizard import RoundWizard
from musdesk.ui.tabs.conversation_tab import ConversationTab
from musdesk.ui.tabs.roster_controller import RosterController
from musdesk.ui.tabs.roster_tab import RosterTab


def plan_in_wizard(qtbot, org_id: str, today: dt.date, end: QDate, carry: bool = False):
    wizard = RoundWizard(org_id, today=today)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.round_page.end.setDate(end)
    wizard.next()  # who takes part
    wizard.next()  # last year
    follows = wizard.last_year_page.follows.currentText()
    if carry:
        wizard.last_year_page.carry.setChecked(True)
    wizard.next()  # times
    wizard.next()  # steps
    with qtbot.waitSignal(wizard.round_planned, timeout=30_000):
        wizard.accept()  # planned (and carried over) on a worker
    assert wizard.result() == QDialog.DialogCode.Accepted
    return wizard, follows


def press_ok_after(monkeypatch, dialog_class: type[QDialog], fill) -> None:
    """The dialog's exec(): fill the fields, press OK."""

    def exec_(dialog: QDialog) -> int:
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


def roster_in_the_tab(qtbot, monkeypatch) -> tuple[str, str, str]:
    """The clinic, its manager and one employee, typed into the roster tab's dialogs."""
    tab = RosterTab(RosterController(roster))
    qtbot.addWidget(tab)
    tab.show()

    def organisation(dialog: OrganisationDialog) -> None:
        dialog.name.setText("Harbour Dental Clinic")
        dialog.language.setCurrentIndex(dialog.language.findData("en"))

    press_ok_after(monkeypatch, OrganisationDialog, organisation)
    tab.first_org_button.click()

    def person(first: str, last: str, title: str = "", leader: str = ""):
        def fill(dialog: EmployeeDialog) -> None:
            dialog.first_name.setText(first)
            dialog.last_name.setText(last)
            dialog.job_title.setText(title)
            if leader:
                dialog.leader.setCurrentText(leader)
        return fill

    press_ok_after(monkeypatch, EmployeeDialog, person("Ingrid", "Holm", "Clinic manager"))
    tab.add_employee_button.click()
    manager = "Ingrid Holm (Clinic manager)"  # the leader list tells namesakes apart
    press_ok_after(monkeypatch, EmployeeDialog, person("Mikkel", "Lund", leader=manager))
    tab.add_employee_button.click()
    (org,) = roster.list_organisations()
    assert org["name"] == "Harbour Dental Clinic" and org["language"] == "en"
    people = {e["first_name"]: e for e in roster.list_employees(org["id"])}
    assert people["Mikkel"]["leader_id"] == people["Ingrid"]["id"]
    assert people["Ingrid"]["job_title"] == "Clinic manager"
    return org["id"], people["Ingrid"]["id"], people["Mikkel"]["id"]


def pdf_text(data: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def test_round_two_starts_from_round_one(qtbot, workspace, monkeypatch) -> None:
    org, _leader, employee = roster_in_the_tab(qtbot, monkeypatch)

    first, follows = plan_in_wizard(qtbot, org, dt.date(2025, 2, 3), QDate(2025, 6, 30))
    assert follows == "None (start afresh)"  # nothing earlier to follow
    round_one = first.planned

    tab = ConversationTab(autosave_ms=60_000, today=lambda: dt.date(2025, 5, 1))
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.show_item({"employee_id": employee, "round_id": round_one["id"]})
    box = tab.view.agreements_box
    qtbot.mouseClick(box.add_buttons["actions"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box.rows[-1].text, "Book the ergonomics course before summer")
    qtbot.mouseClick(tab.view.plan_box.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.view.plan_box.editors[-1].title, "Lead the morning huddle")
    tab.save_pending()
    for status in ("invited", "prepared", "held"):
        qtbot.mouseClick(tab.workflow_buttons[status], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.view.summary_edit, "A good first year.")
    qtbot.mouseClick(tab.workflow_buttons["summary_drafted"], Qt.MouseButton.LeftButton)
    monkeypatch.setattr(SignDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.mouseClick(tab.workflow_buttons["signed"], Qt.MouseButton.LeftButton)
    assert tab.data["conversation"]["status"] == "signed"
    [goal] = conversation_form.goals(tab.conversation_id)
    goal_id = goal["id"]

    dialog = EvaluationDialog(goal_choice(goal_id), "Mikkel Lund", dt.date(2025, 12, 1),
                              save=evaluate)
    qtbot.addWidget(dialog)
    dialog.outcomes["partly_achieved"].setChecked(True)
    qtbot.keyClicks(dialog.what_helped, "Taking turns with a colleague")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    second, follows = plan_in_wizard(qtbot, org, dt.date(2026, 2, 2), QDate(2026, 6, 30),
                                     carry=True)
    assert follows.startswith(round_one["name"])
    assert second.planned["previous_round_id"] == round_one["id"]
    assert second.planned["name"] != round_one["name"]

    opened: list[DocumentPreviewDialog] = []
    monkeypatch.setattr(DocumentPreviewDialog, "open", lambda self: opened.append(self))
    tab.show_item({"employee_id": employee, "round_id": second.planned["id"]})
    assert tab.view.carry_box is not None
    tab.preview_document("prep-employee")  # rendered on a worker thread
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    text = pdf_text(opened[-1].pdf)
    assert "What we agreed last year" in text
    assert "Book the ergonomics course before summer" in text
    assert "Lead the morning huddle" in text and "Partly achieved" in text
    assert "Taking turns with a colleague" in text
    # carried over for everyone at once: this year's conversation holds the agreement
    agreements = conversation_form.agreements_by_kind(tab.conversation_id)["actions"]
    assert [a["text"] for a in agreements] == ["Book the ergonomics course before summer"]


def test_the_summary_follows_up_on_last_year(qtbot, workspace) -> None:
    from musdesk.documents import data, summary
    from musdesk.models import Conversation
    from musdesk.services import conversations, followup, plans, rounds

    org = roster.create_organisation("Harbour Dental Clinic", language="en")["id"]
    employee = roster.create_employee(org, "Mikkel", "Lund")["id"]
    first = rounds.plan_round(org, "MUS 2025", "2025-02-03", "2025-06-30")
    old = conversation_form.find_conversation(employee, first["id"])
    conversations.add_agreement(old, "leader_expects", "On time for the huddle")
    goal = plans.add_goal(employee, "Lead the morning huddle", conversation_id=old)
    followup.evaluate_goal(goal["id"], "achieved", "2025-12-01", what_helped="A mentor")
    second = rounds.plan_round(org, "MUS 2026", "2026-02-02", "2026-06-30")
    conv = Conversation.get(Conversation.round == second["id"])
    conversations.transition(str(conv.id), "held")  # a summary records a held conversation
    conv = Conversation.get_by_id(conv.id)
    text = pdf_text(summary.render_summary(data.summary_of(conv)))
    assert "Following up on last year" in text and "On time for the huddle" in text
    assert "Lead the morning huddle — Achieved" in text and "What helped: A mentor" in text
