"""The conversation tab inside the real main window: reached through navigation, and an edit
typed just before locking or closing is written (the autosave timer has not fired yet)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from musdesk.services import conversations
from musdesk.storage import KdfParams, Workspace
from musdesk.ui.main_window import MainWindow
from musdesk.ui.session import SessionState
from musdesk.ui.tabs.conversation_tab import ConversationTab
from tests.conftest import PASSPHRASE
from tests.unit.conversation_form import scenario


@pytest.mark.parametrize("how", ["lock", "close"])
def test_edit_before_lock_or_close_is_saved(qtbot, tmp_path, session, settings, how) -> None:
    folder = tmp_path / "clinic"
    workspace, _ = Workspace.create(folder, PASSPHRASE, kdf=KdfParams.cheap())
    world = scenario.build()
    conversation_id = world.conversation()
    workspace.lock()

    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    session.choose(folder)
    window.unlock_screen.secret.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.state is SessionState.OPEN, timeout=10_000)

    window.navigate("conversation", {"employee_id": world.employee_id,
                                     "round_id": world.round_id})
    page = window.findChild(ConversationTab)
    assert page is not None
    qtbot.waitUntil(page.isVisible, timeout=5000)
    assert page.conversation_id == conversation_id
    qtbot.keyClicks(page.view.summary_edit, "Typed a moment before locking")
    assert page.autosave.has_pending
    if how == "lock":
        window.lock()
    else:
        window.close()
    assert not session.is_open

    reopened = Workspace.open(folder, passphrase=PASSPHRASE)
    try:
        assert conversations.get_conversation(conversation_id)["summary"] == (
            "Typed a moment before locking")
    finally:
        reopened.lock()
