"""The frame: which screen shows when, unlocking, locking (Ctrl+L and idle), menus, settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from musdesk.ui.dialogs.create_workspace import CreateWorkspaceDialog
from musdesk.ui.dialogs.recovery_key import RecoveryKeyDialog
from musdesk.ui.dialogs.settings_dialog import SettingsDialog
from musdesk.ui.main_window import MainWindow
from musdesk.ui.session import Session, SessionState
from musdesk.ui.settings import AppSettings
from musdesk.ui.tabs.base import TabPage
from tests.conftest import PASSPHRASE


class RememberingTab(TabPage):
    """A tab that records saves and keeps a view state, standing in for real tabs."""

    saves: list[str]

    def __init__(self, key: str, log: list[str]) -> None:
        super().__init__()
        self.key, self.log, self.position = key, log, 0

    def save_pending(self) -> None:
        self.log.append(f"save {self.key}")

    def view_state(self) -> dict:
        return {"position": self.position}

    def restore_view_state(self, state: dict) -> None:
        self.position = state.get("position", 0)


@pytest.fixture
def save_log() -> list[str]:
    return []


@pytest.fixture
def window(qtbot, session: Session, settings: AppSettings, save_log) -> Iterator[MainWindow]:
    from musdesk.ui.tabs.factory import TabSpec

    def tabs() -> list[TabSpec]:
        return [TabSpec(key, key.title(), lambda key=key: RememberingTab(key, save_log))
                for key in ("roster", "wheel", "conversation", "follow_up")]

    win = MainWindow(session, settings, build_tabs=tabs)
    qtbot.addWidget(win)
    win.show()
    yield win
    session.close()


def unlock(qtbot, window: MainWindow, secret: str = PASSPHRASE) -> None:
    window.unlock_screen.secret.setText(secret)
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.state is not SessionState.BUSY, timeout=10_000)


def test_without_a_workspace_the_welcome_screen_shows(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.welcome
    assert not window.lock_action.isEnabled()
    assert "No workspace" in window.status_label.text()


def test_wrong_passphrase_says_so_and_allows_a_retry(
    qtbot, window: MainWindow, existing_workspace
) -> None:
    folder, _ = existing_workspace
    window.session.choose(folder)
    assert window.stack.currentWidget() is window.unlock_screen
    assert str(folder) in window.unlock_screen.folder_label.text()
    unlock(qtbot, window, "wrong wrong wrong")
    assert window.stack.currentWidget() is window.unlock_screen
    assert "Wrong passphrase" in window.unlock_screen.message.text()
    assert window.unlock_screen.secret.text() == ""
    assert window.unlock_screen.secret.isEnabled()
    window.unlock_screen.use_recovery.setChecked(True)  # a new attempt starts clean
    assert not window.unlock_screen.message.isVisibleTo(window.unlock_screen)
    window.unlock_screen.use_recovery.setChecked(False)
    unlock(qtbot, window)
    assert window.stack.currentWidget() is window.content
    assert window.tabs is not None
    assert [window.tabs.tabText(i) for i in range(4)] == [
        "Roster", "Wheel", "Conversation", "Follow_Up"]
    assert "unlocked" in window.status_label.text()


def test_empty_passphrase_is_not_sent(qtbot, window: MainWindow, existing_workspace) -> None:
    window.session.choose(existing_workspace[0])
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.session.state is SessionState.LOCKED
    assert window.unlock_screen.message.isVisible()


def test_storage_error_is_shown_as_a_message(qtbot, window: MainWindow, tmp_path: Path) -> None:
    not_a_workspace = tmp_path / "plain"
    not_a_workspace.mkdir()
    window.session.choose(not_a_workspace)
    unlock(qtbot, window)
    assert "not a musdesk workspace" in window.unlock_screen.message.text()


def test_ctrl_l_saves_locks_hides_and_unlocking_returns_to_the_same_tab(
    qtbot, window: MainWindow, existing_workspace, save_log: list[str]
) -> None:
    window.session.choose(existing_workspace[0])
    unlock(qtbot, window)
    assert window.tabs is not None
    window.tabs.setCurrentIndex(2)
    window._pages["conversation"].position = 7  # where the user was
    save_log.clear()
    # Shortcuts are installed a moment after the first paint (start-up time).
    qtbot.waitUntil(lambda: not window.lock_action.shortcut().isEmpty(), timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    # Locking waits for a background job a tab may still be running (e.g. the first load).
    qtbot.waitUntil(lambda: window.session.state is SessionState.LOCKED, timeout=15_000)
    assert "save conversation" in save_log and "save roster" in save_log
    assert window.tabs is None  # content is gone, not just covered
    assert not [w for w in window.content.findChildren(QWidget) if w.isVisible()]
    assert window.stack.currentWidget() is window.unlock_screen
    assert window.unlock_screen.reason_label.isVisibleTo(window.unlock_screen)
    unlock(qtbot, window)
    assert window.tabs is not None and window.tabs.currentIndex() == 2
    assert window._pages["conversation"].position == 7


def test_idle_time_locks(qtbot, window: MainWindow, existing_workspace) -> None:
    window.session.choose(existing_workspace[0])
    unlock(qtbot, window)
    window.idle.set_timeout_ms(50)
    window.idle.start()
    qtbot.waitUntil(lambda: window.session.state is SessionState.LOCKED, timeout=5_000)
    assert window.stack.currentWidget() is window.unlock_screen


def test_idle_timer_only_runs_while_open(qtbot, window: MainWindow, existing_workspace) -> None:
    assert not window.idle.active
    window.session.choose(existing_workspace[0])
    unlock(qtbot, window)
    assert window.idle.active
    assert window.idle.timeout_ms == 10 * 60_000


def test_create_flow_shows_the_recovery_key_then_the_content(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "created"
    shown: list[str] = []

    def fill_and_accept(dialog: CreateWorkspaceDialog) -> int:
        dialog.folder.setText(str(folder))
        dialog.passphrase.first.setText(PASSPHRASE)
        dialog.passphrase.second.setText(PASSPHRASE)
        return QDialog.DialogCode.Accepted if dialog.buttons.button(
            dialog.buttons.StandardButton.Ok).isEnabled() else QDialog.DialogCode.Rejected

    def look_at_key(dialog: RecoveryKeyDialog) -> int:
        shown.append(dialog.key_label.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CreateWorkspaceDialog, "exec", fill_and_accept)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", look_at_key)
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.state is SessionState.OPEN, timeout=10_000)
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert len(shown[0]) > 20
    assert window.stack.currentWidget() is window.content
    assert (folder / "musdesk.key").exists()
    assert window.settings.last_workspace == folder


def test_settings_change_the_auto_lock_time(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def set_five_minutes(dialog: SettingsDialog) -> int:
        dialog.auto_lock.setValue(5)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", set_five_minutes)
    window.settings_action.trigger()
    assert window.settings.auto_lock_minutes == 5
    assert window.idle.timeout_ms == 5 * 60_000


def test_window_geometry_is_remembered(qtbot, session: Session, settings: AppSettings) -> None:
    first = MainWindow(session, settings)
    qtbot.addWidget(first)
    first.resize(700, 520)
    first.show()
    first.close()
    second = MainWindow(session, settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 520)


def test_navigation_between_tabs_goes_through_the_window(
    qtbot, window: MainWindow, existing_workspace
) -> None:
    window.session.choose(existing_workspace[0])
    unlock(qtbot, window)
    received: list[object] = []
    assert "conversation" not in window._pages  # built when first needed
    target = window.page("conversation")
    target.show_item = received.append  # type: ignore[method-assign]
    window._pages["roster"].navigate.emit("conversation", {"employee_id": "x"})
    assert window.tabs is not None and window.tabs.currentWidget().page is target
    assert received == [{"employee_id": "x"}]


def test_demo_opens_filled_and_tells_its_passphrase_when_locked(
    qtbot, session: Session, settings: AppSettings
) -> None:
    from musdesk.services import roster
    from musdesk.ui.demo import DEMO_PASSPHRASE

    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.welcome.demo_button.isVisible()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.state is not SessionState.BUSY, timeout=60_000)
    assert session.is_open
    assert roster.list_organisations()
    assert settings.last_workspace is None  # the demo is not remembered
    assert window.tabs is not None
    for index in (1, 2, 3, 2):  # every real tab builds on the demo's data
        window.tabs.setCurrentIndex(index)
    assert sorted(window._pages) == ["conversation", "follow_up", "roster", "wheel"]
    window.lock()
    assert DEMO_PASSPHRASE in window.unlock_screen.folder_label.text()
    unlock(qtbot, window, DEMO_PASSPHRASE)
    assert window.tabs is not None and window.tabs.currentIndex() == 2
    assert list(window._pages) == ["conversation"]  # the others wait until shown
    window.lock()
    demo_folder = session.folder
    assert demo_folder is not None and demo_folder.exists()
    session.close()  # quitting, or opening another workspace
    assert not demo_folder.parent.exists()
    assert session.state is SessionState.NO_WORKSPACE


def test_tabs_are_built_when_first_shown(qtbot, window: MainWindow, existing_workspace) -> None:
    window.session.choose(existing_workspace[0])
    unlock(qtbot, window)
    assert list(window._pages) == ["roster"]
    assert window.tabs is not None
    window.tabs.setCurrentIndex(3)
    assert list(window._pages) == ["roster", "follow_up"]
    assert window.tabs.currentWidget().page is window._pages["follow_up"]


def test_activity_postpones_the_auto_lock(qtbot, window: MainWindow, existing_workspace) -> None:
    window.session.choose(existing_workspace[0])
    unlock(qtbot, window)
    window.idle.set_timeout_ms(400)
    window.idle.start()
    for _ in range(4):  # keep typing for longer than the timeout
        qtbot.wait(150)
        qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert window.session.state is SessionState.OPEN
    qtbot.waitUntil(lambda: window.session.state is SessionState.LOCKED, timeout=5_000)


def test_after_the_recovery_key_a_new_passphrase_is_offered(
    qtbot, window: MainWindow, existing_workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from musdesk.ui.dialogs.change_passphrase import ChangePassphraseDialog

    offered: list[bool] = []
    monkeypatch.setattr(ChangePassphraseDialog, "exec", lambda self: offered.append(True) or 0)
    folder, recovery_key = existing_workspace
    window.session.choose(folder)
    window.unlock_screen.use_recovery.setChecked(True)
    unlock(qtbot, window, recovery_key)
    assert window.session.is_open
    qtbot.waitUntil(lambda: offered == [True], timeout=5_000)


def test_opening_a_folder_that_is_no_workspace_says_so_at_once(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    assert not window.actions_.open_folder(tmp_path)
    assert shown and "not a musdesk workspace" in shown[0]
    assert window.session.state is SessionState.NO_WORKSPACE


def test_locking_closes_open_dialogs_but_not_the_recovery_key(
    qtbot, window: MainWindow, existing_workspace, tmp_path: Path
) -> None:
    from musdesk.ui.dialogs.settings_dialog import SettingsDialog

    window.session.choose(existing_workspace[0])
    unlock(qtbot, window)
    other = SettingsDialog(window.settings, window)
    key = RecoveryKeyDialog("ABCD-EFGH", tmp_path, window)
    other.show()
    key.show()
    window.lock()
    assert not other.isVisible()
    assert other.result() == QDialog.DialogCode.Rejected
    assert key.isVisible()
    key.stored.setChecked(True)
    key.accept()


def test_a_workspace_in_use_elsewhere_is_explained(
    qtbot, window: MainWindow, existing_workspace
) -> None:
    from musdesk.storage import Workspace

    folder = existing_workspace[0]
    elsewhere = Workspace.open(folder, passphrase=PASSPHRASE)  # e.g. another musdesk window
    try:
        window.session.choose(folder)
        unlock(qtbot, window)
        assert "already open" in window.unlock_screen.message.text()
        assert window.session.state is SessionState.LOCKED
    finally:
        elsewhere.lock()
    unlock(qtbot, window)
    assert window.session.is_open


def test_a_failed_creation_is_shown_on_the_welcome_screen(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    used = tmp_path / "used"
    used.mkdir()
    (used / "notes.txt").write_text("x")
    window.session.create(used, PASSPHRASE)
    assert window.welcome.busy.isVisibleTo(window.welcome)  # working, buttons disabled
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "Choose an empty folder" in shown[0]
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.create_button.isEnabled()
