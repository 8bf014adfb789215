"""Buttons do not move when a conversation changes status; destructive ones sit apart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from musdesk.services import conversations
from musdesk.ui.dialogs.conversation_workflow import SignDialog
from tests.ui.test_conversation_tab import bring_to_signing, make_tab, world  # noqa: F401


def places(tab) -> dict[str, int]:
    return {name: button.mapTo(tab, button.rect().topLeft()).x()
            for name, button in (("documents", tab.documents_button),
                                 ("amend", tab.amend_button),
                                 ("cancel", tab.cancel_button))}


def test_documents_amend_and_cancel_keep_their_places(qtbot, world, monkeypatch) -> None:  # noqa: F811
    tab = make_tab(qtbot, world)
    tab.resize(1300, 700)
    qtbot.wait(20)
    before = places(tab)
    assert before["documents"] < before["amend"] < before["cancel"]
    assert tab.cancel_button.isEnabled() and not tab.amend_button.isEnabled()
    bring_to_signing(qtbot, tab)
    qtbot.wait(20)
    assert places(tab) == before
    monkeypatch.setattr(SignDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.mouseClick(tab.workflow_buttons["signed"], Qt.MouseButton.LeftButton)
    assert conversations.get_conversation(tab.conversation_id)["status"] == "signed"
    qtbot.wait(20)
    assert places(tab) == before  # Amend appears enabled where it was, nothing shifts
    assert tab.amend_button.isEnabled() and not tab.cancel_button.isEnabled()
    # The destructive pair is apart from the forward steps: a gap of at least 24 px.
    forward = [b for k, b in tab.workflow_buttons.items() if k != "cancelled"]
    right_edge = max(b.mapTo(tab, b.rect().topRight()).x() for b in forward)
    assert before["amend"] - right_edge >= 24
