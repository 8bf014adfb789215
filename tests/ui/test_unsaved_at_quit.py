"""Quitting or locking while an edit the workspace refused still waits asks first: retry
now, discard it, or cancel (stay). The refusal is real: the database's write-ahead log is
made immutable (chattr +i), so every write fails as on a read-only file, and the edit
waits in the conversation tab's autosave."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from musdesk.services import conversations
from musdesk.storage import DB_NAME, KdfParams, Workspace
from musdesk.ui.main_window import MainWindow
from musdesk.ui.session import SessionState
from musdesk.ui.tabs.conversation_tab import ConversationTab
from tests.conftest import PASSPHRASE
from tests.unit.conversation_form import scenario


def _chattr(flag: str, path: Path) -> bool:
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


@contextmanager
def read_only_database(folder: Path) -> Iterator[Callable[[], None]]:
    """Writes refused until the block ends, or until the callable it gives is called."""
    wal = folder / f"{DB_NAME}-wal"
    if not (wal.exists() and _chattr("+i", wal)):
        pytest.skip("cannot make the database's log immutable here (chattr, root on ext4)")
    try:
        yield lambda: _chattr("-i", wal)
    finally:
        _chattr("-i", wal)


def answer_box(choices: list[str], seen: list[str], meanwhile=None) -> None:  # noqa: ANN001
    """Answer the unsaved-edit box each time it shows, with the next of `choices`
    ("retry", "discard", "cancel"); what it said is kept in `seen`. `meanwhile()` runs
    while the box is shown, before the last answer (the user fixing the problem)."""
    roles = {"retry": QMessageBox.ButtonRole.AcceptRole,
             "discard": QMessageBox.ButtonRole.DestructiveRole,
             "cancel": QMessageBox.ButtonRole.RejectRole}

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "unsavedEditBox":
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        choice = choices.pop(0)
        if not choices and meanwhile is not None:
            meanwhile()
        button = next(b for b in box.buttons() if box.buttonRole(b) == roles[choice])
        button.click()
        if choices:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


@pytest.fixture
def opened(qtbot, tmp_path, session, settings):
    """The main window on a workspace made from scratch, the conversation tab open and an
    edit typed into the summary that the workspace then refuses."""
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
    qtbot.waitUntil(page.isVisible, timeout=5000)
    assert page.conversation_id == conversation_id
    return window, page, folder, conversation_id


def type_a_refused_edit(page: ConversationTab, qtbot, text: str) -> None:
    qtbot.keyClicks(page.view.summary_edit, text)
    page.save_pending()
    assert page.unsaved_reason() is not None, "the workspace should refuse the edit"
    assert page.save_label.text() == "Not saved"


def stored_summary(folder: Path, conversation_id: str) -> str:
    reopened = Workspace.open(folder, passphrase=PASSPHRASE)
    try:
        return conversations.get_conversation(conversation_id)["summary"]
    finally:
        reopened.lock()


def test_quit_cancel_stays_then_retry_saves_and_quits(qtbot, opened, session) -> None:
    window, page, folder, conversation_id = opened
    seen: list[str] = []
    with read_only_database(folder) as fixed:
        type_a_refused_edit(page, qtbot, "Written on a full disk")
        answer_box(["cancel"], seen)
        window.quit_action.trigger()
        assert window.isVisible() and session.is_open  # cancelled: nothing lost
        assert page.view.summary_edit.toPlainText() == "Written on a full disk"
        assert "could not be saved" in seen[0]
        # Retry while the workspace still refuses: asked again; then cancelled.
        answer_box(["retry", "cancel"], seen)
        window.quit_action.trigger()
        assert len(seen) == 3 and window.isVisible() and session.is_open
        # The user fixes the problem while the box is shown: Retry now saves and quits.
        answer_box(["retry"], seen, meanwhile=fixed)
        window.quit_action.trigger()
        assert not window.isVisible() and not session.is_open
    assert len(seen) == 4
    assert stored_summary(folder, conversation_id) == "Written on a full disk"


def test_quit_discard_quits_without_the_edit(qtbot, opened, session) -> None:
    window, page, folder, conversation_id = opened
    seen: list[str] = []
    with read_only_database(folder):
        type_a_refused_edit(page, qtbot, "Not wanted after all")
        answer_box(["discard"], seen)
        window.quit_action.trigger()
        assert not window.isVisible() and not session.is_open
    assert len(seen) == 1
    assert stored_summary(folder, conversation_id) == ""


def test_lock_asks_too_and_cancel_keeps_the_workspace_open(qtbot, opened, session) -> None:
    window, page, folder, conversation_id = opened
    seen: list[str] = []
    with read_only_database(folder) as fixed:
        type_a_refused_edit(page, qtbot, "Kept while locking")
        answer_box(["cancel"], seen)
        window.lock_action.trigger()
        assert session.is_open and page.view.summary_edit.toPlainText() == "Kept while locking"
        assert "could not be saved" in seen[0]
        answer_box(["retry"], seen, meanwhile=fixed)
        window.lock_action.trigger()
        assert session.state is SessionState.LOCKED and len(seen) == 2
    assert stored_summary(folder, conversation_id) == "Kept while locking"


def test_lock_discard_locks_without_the_edit(qtbot, opened, session) -> None:
    window, page, folder, conversation_id = opened
    seen: list[str] = []
    with read_only_database(folder):
        type_a_refused_edit(page, qtbot, "Dropped at the lock")
        answer_box(["discard"], seen)
        window.lock_action.trigger()
        assert session.state is SessionState.LOCKED
    assert len(seen) == 1
    assert stored_summary(folder, conversation_id) == ""
