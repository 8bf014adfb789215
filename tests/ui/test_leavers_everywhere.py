"""Someone who leaves the organisation during a round is shown as such wherever the round's
people appear — the wheel tab's progress matrix, the conversation tab's person chooser and
header — and their open conversation is offered for cancelling there, the reason kept."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from musdesk.services import conversations, roster, round_changes, rounds
from musdesk.ui.dates import date_text
from musdesk.ui.dialogs.conversation_workflow import ReasonDialog
from musdesk.ui.qtmodels.progress_matrix import COL_EMPLOYEE
from musdesk.ui.tabs.conversation_tab import ConversationTab
from musdesk.ui.tabs.wheel_tab import PAGE_PROGRESS, WheelTab

TODAY = dt.date(2026, 3, 2)
LEFT = dt.date(2026, 3, 15)


@pytest.fixture
def round_with_leaver(workspace) -> dict:
    """From an empty workspace: three people, a round, then Kari leaves."""
    org = roster.create_organisation("Fjordby Havn", language="en")["id"]
    boss = roster.create_employee(org, "Ida", "Boss")["id"]
    roster.create_employee(org, "Ole", "Hansen", leader_id=boss)
    kari = roster.create_employee(org, "Kari", "Berg", leader_id=boss)["id"]
    planned = rounds.plan_round(org, "MUS 2026", TODAY, dt.date(2026, 6, 30))
    roster.mark_left(kari, LEFT.isoformat())
    people = {p.full_name: p for p in round_changes.participants(planned["id"])}
    return {"round": planned["id"], "kari": people["Kari Berg"], "ole": people["Ole Hansen"]}


def _status(conversation_id: str) -> tuple[str, str]:
    conv = conversations.get_conversation(conversation_id)
    return conv["status"], conv["cancel_reason"]


def test_the_progress_matrix_marks_the_leaver_and_offers_cancelling(
    qtbot, round_with_leaver: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = WheelTab(today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.pages.setCurrentIndex(PAGE_PROGRESS)
    model = tab.matrix_model
    names = {model.index(row, COL_EMPLOYEE).data(): row for row in range(model.rowCount())}
    marked = f"Kari Berg (left {date_text(LEFT)})"
    assert marked in names and "Ole Hansen" in names
    kari_row = model.index(names[marked], COL_EMPLOYEE)
    assert kari_row.data(Qt.ItemDataRole.ToolTipRole) == \
        f"Left the organisation on {date_text(LEFT)}"
    assert model.index(names["Ole Hansen"], COL_EMPLOYEE).data(
        Qt.ItemDataRole.ToolTipRole) is None
    notice = tab.progress_page.leavers
    assert notice.isVisibleTo(tab) and "Kari Berg" in notice.label.text()
    assert "Ole Hansen" not in notice.label.text()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    notice.button.click()
    status, reason = _status(round_with_leaver["kari"].conversation_id)
    assert status == "cancelled" and LEFT.isoformat() in reason
    assert _status(round_with_leaver["ole"].conversation_id)[0] == "planned"
    assert not notice.isVisibleTo(tab)
    # the People page agrees: the reason is in its note column
    assert "Left on" in " ".join(
        tab.people_panel.model.index(row, 4).data()
        for row in range(tab.people_panel.model.rowCount()))


def test_the_conversation_tab_marks_the_leaver_and_cancels_with_the_reason(
    qtbot, round_with_leaver: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = ConversationTab(autosave_ms=50, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    kari, ole = round_with_leaver["kari"], round_with_leaver["ole"]
    combo = tab.employee_combo
    texts = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert texts[kari.conversation_id].endswith(f"· left {date_text(LEFT)}")
    assert "left" not in texts[ole.conversation_id]
    tab.open_conversation(ole.conversation_id)
    assert not tab.page.left_banner.isVisibleTo(tab)
    tab.open_conversation(kari.conversation_id)
    banner = tab.page.left_banner
    assert banner.isVisibleTo(tab)
    assert f"Kari Berg left the organisation on {date_text(LEFT)}" in tab.page.left_label.text()
    assert tab.page.left_cancel.isVisibleTo(tab)
    offered: list[str] = []

    def answer(dialog: ReasonDialog) -> int:
        offered.append(dialog.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReasonDialog, "exec", answer)
    tab.page.left_cancel.click()
    assert offered == [round_changes.left_reason(LEFT)]
    assert _status(kari.conversation_id) == ("cancelled", round_changes.left_reason(LEFT))
    assert not banner.isVisibleTo(tab)  # the cancelled banner says it now
    assert "Reason:" in tab.signed_banner.text() and LEFT.isoformat() in tab.signed_banner.text()
