"""Privacy duties through the real widgets, from a workspace created empty in the window:
the roster's "Data about this person…" and "Erase…", the "Due for review" list, File →
Privacy… (retention, record of processing, activity log, erasing a round) and restoring a
backup from the Backups dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from musdesk.services import roster, rounds
from musdesk.ui.dialogs.backups import BackupsDialog
from musdesk.ui.dialogs.privacy_access import AccessExportDialog
from musdesk.ui.dialogs.privacy_dialog import PrivacyDialog
from musdesk.ui.dialogs.privacy_erase import EraseDialog
from musdesk.ui.dialogs.privacy_keep import KeepDialog
from musdesk.ui.dialogs.privacy_log import ActivityLogDialog
from musdesk.ui.dialogs.recovery_key import RecoveryKeyDialog
from musdesk.ui.main_window import MainWindow
from musdesk.ui.qtmodels.employee_table import NAME
from musdesk.ui.session import Session, SessionState
from musdesk.ui.settings import AppSettings
from tests.conftest import PASSPHRASE
from tests.unit.privacy import scenario
from tests.unit.privacy.test_erase import SECRETS, findings


@pytest.fixture
def window(qtbot, session: Session, settings: AppSettings, tmp_path: Path,
           monkeypatch) -> MainWindow:
    """A window whose workspace was created empty through it, then filled."""
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    session.create(tmp_path / "ws", PASSPHRASE)
    qtbot.waitUntil(lambda: session.state is SessionState.OPEN, timeout=30_000)
    return window


def roster_tab(window: MainWindow):
    window.reload_content()
    page = window.page("roster")
    assert page is not None
    return page


def select(tab, name: str) -> None:
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.index(row, NAME).data() == name:
            tab.table.selectRow(row)
            return
    raise AssertionError(f"{name} not in the roster")


def opened_dialogs(monkeypatch, cls) -> list:
    seen: list = []
    original = cls.open

    def record(self) -> None:
        seen.append(self)
        original(self)

    monkeypatch.setattr(cls, "open", record)
    return seen


def test_access_export_and_erasure_from_the_roster(qtbot, window, monkeypatch,
                                                   tmp_path: Path) -> None:
    built = scenario.build()
    window.session.workspace.take_backup()
    tab = roster_tab(window)
    select(tab, scenario.UNIQUE_NAME)
    buttons = tab.privacy
    assert buttons.access_button.isEnabled() and buttons.erase_button.isEnabled()
    access = opened_dialogs(monkeypatch, AccessExportDialog)
    qtbot.mouseClick(buttons.access_button, Qt.MouseButton.LeftButton)
    dialog = access[-1]
    dialog.folder.setText(str(tmp_path / "access"))
    dialog.private_notes.setChecked(True)
    assert dialog.warning.isVisible()
    dialog.private_notes.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    pdf, data = dialog.written
    assert pdf.exists() and scenario.UNIQUE_ANSWER in data.read_text("utf-8")
    assert scenario.UNIQUE_NOTE not in data.read_text("utf-8")
    dialog.close()

    erase = opened_dialogs(monkeypatch, EraseDialog)
    qtbot.mouseClick(buttons.erase_button, Qt.MouseButton.LeftButton)
    confirm = erase[-1]
    lines = [confirm.counts.item(i).text() for i in range(confirm.counts.count())]
    assert "1 × employees" in lines and "1 × conversations" in lines
    assert confirm.export_button.isVisible()  # the access export, offered first
    assert not confirm.erase_button.isEnabled()
    confirm.understood.setChecked(True)
    messages: list[str] = []
    confirm.erased.connect(messages.append)
    qtbot.mouseClick(confirm.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    assert "backups were rewritten" in messages[0]
    tab = window.page("roster")
    names = [tab.proxy.index(r, NAME).data() for r in range(tab.proxy.rowCount())]
    assert scenario.UNIQUE_NAME not in names and scenario.OTHER_NAME in names
    workspace = window.session.workspace
    assert findings(workspace.folder, bytes(workspace.database.data_key), SECRETS) == []
    for box in window.findChildren(QMessageBox):
        box.close()
    assert built.other_id in {e["id"] for e in roster.list_employees(built.org_id)}


def test_due_for_review_keep_and_erase(qtbot, window, monkeypatch) -> None:
    org = roster.create_organisation("Gammel Kunde")
    leaver = roster.create_employee(org["id"], "Lis", "Fratrådt")
    roster.mark_left(leaver["id"], dt.date(2019, 3, 31))
    old = rounds.plan_round(org["id"], "MUS 2018", dt.date(2018, 2, 1), dt.date(2018, 11, 30))
    tab = roster_tab(window)
    panel = tab.privacy.due_panel
    assert not panel.isHidden() and panel.model.rowCount() == 2
    assert "Due for review (2)" in panel.heading.text()
    keeps = opened_dialogs(monkeypatch, KeepDialog)
    panel.table.selectRow([i.ident for i in panel.model.items].index(old["id"]))
    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    keep = keeps[-1]
    keep.buttons.button(keep.buttons.StandardButton.Ok).click()
    assert keep.problem.text()  # a reason is needed
    keep.reason.setText("The works council asked to keep it")
    keep.buttons.button(keep.buttons.StandardButton.Ok).click()
    assert panel.model.rowCount() == 1 and panel.model.items[0].kind == "employee"
    erase = opened_dialogs(monkeypatch, EraseDialog)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.erase_button, Qt.MouseButton.LeftButton)
    confirm = erase[-1]
    confirm.understood.setChecked(True)
    done: list[str] = []
    confirm.erased.connect(done.append)
    qtbot.mouseClick(confirm.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    panel = window.page("roster").privacy.due_panel
    assert panel.isHidden()
    for box in window.findChildren(QMessageBox):
        box.close()


def test_file_privacy_record_log_and_round_erasure(qtbot, window, monkeypatch,
                                                   tmp_path: Path) -> None:
    built = scenario.build()
    roster_tab(window)
    dialogs = opened_dialogs(monkeypatch, PrivacyDialog)
    assert window.privacy_action.isEnabled()
    window.privacy_action.trigger()
    privacy = dialogs[-1]
    privacy.organisation.setCurrentIndex(privacy.organisation.findData(built.org_id))
    assert privacy.years.value() == 5
    privacy.years.setValue(3)
    qtbot.mouseClick(privacy.save_retention_button, Qt.MouseButton.LeftButton)
    assert privacy.retention_saved.text() == "Saved"
    privacy.write_record(tmp_path / "record.pdf")
    qtbot.waitUntil(lambda: privacy.written is not None, timeout=20_000)
    assert (tmp_path / "record.pdf").read_bytes().startswith(b"%PDF")

    logs = opened_dialogs(monkeypatch, ActivityLogDialog)
    qtbot.mouseClick(privacy.log_button, Qt.MouseButton.LeftButton)
    log = logs[-1]
    everything = log.model.rowCount()
    log.record_type.setCurrentIndex(log.record_type.findData("organisation"))
    assert 0 < log.model.rowCount() < everything
    assert log.export_to(tmp_path / "log.csv") == log.model.rowCount()
    log.close()

    erase = opened_dialogs(monkeypatch, EraseDialog)
    privacy.round.setCurrentIndex(privacy.round.findData(built.round_id))
    qtbot.mouseClick(privacy.erase_round_button, Qt.MouseButton.LeftButton)
    confirm = erase[-1]
    # a package is offered first (File → Export package…, issue 15)
    assert confirm.export_button.isVisible()
    qtbot.mouseClick(confirm.export_button, Qt.MouseButton.LeftButton)
    package_dialog = window.packages.last_dialog
    assert package_dialog is not None and package_dialog.isVisible()
    assert package_dialog.chosen_organisations() == [built.org_id]  # this client only
    package_dialog.close()
    confirm.understood.setChecked(True)
    done: list[str] = []
    confirm.erased.connect(done.append)
    qtbot.mouseClick(confirm.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert privacy.round.findData(built.round_id) == -1
    assert rounds.list_rounds(built.org_id) == []
    for box in window.findChildren(QMessageBox):
        box.close()
    privacy.close()


def test_restore_from_the_backups_dialog_and_undo(qtbot, window, monkeypatch) -> None:
    org = roster.create_organisation("Restore AS")
    roster.create_employee(org["id"], "Before", "Backup")
    workspace = window.session.workspace
    workspace.take_backup()
    roster.create_employee(org["id"], "After", "Backup")
    roster_tab(window)
    shown: list[BackupsDialog] = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: shown.append(self) or 0)
    import threading

    from musdesk.services import privacy_restore

    threads: list[threading.Thread] = []
    real_restore = privacy_restore.restore_backup

    def restore_and_note_the_thread(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_restore(*args, **kwargs)

    monkeypatch.setattr(privacy_restore, "restore_backup", restore_and_note_the_thread)
    window.backups_action.trigger()
    dialog = shown[-1]
    assert not dialog.restore_button.isHidden() and not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)  # the newest: the one taken above
    assert dialog.restore_button.isEnabled()
    dialog.confirm_restore()
    box = dialog.confirm_box
    assert "lost" in box.text() and "undo" in box.text()
    restore = next(b for b in box.buttons()
                   if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    from musdesk.storage import restore as storage_restore

    real_close = storage_restore._close_connections

    def close_and_linger(ws) -> None:  # widens the moment between closing and swapping
        real_close(ws)
        time.sleep(0.2)

    monkeypatch.setattr(storage_restore, "_close_connections", close_and_linger)
    seen: list[set[str]] = []
    reads = QTimer()  # the UI thread keeps reading while the restore runs
    reads.setInterval(1)
    reads.timeout.connect(lambda: seen.append(
        {e["first_name"] for e in roster.list_employees(org["id"])}))
    reads.start()
    restore.click()
    progress = [p for p in window.findChildren(QProgressDialog) if p.isVisible()]
    assert progress and progress[0].labelText() == "Restoring the backup…"
    qtbot.waitUntil(lambda: dialog.restored is not None, timeout=20_000)
    qtbot.wait(50)
    reads.stop()
    assert threads and threads[0] is not threading.main_thread()  # off the UI thread
    # every read saw one state or the other, and the last ones the restored one
    assert seen and set(map(frozenset, seen)) <= {frozenset({"Before", "After"}),
                                                  frozenset({"Before"})}
    assert seen[-1] == {"Before"}
    assert progress[0].windowTitle() == "Restore a backup"
    assert not progress[0].isVisible()  # closed once done
    # the undo is the newest backup, named for what it is
    assert dialog.table.item(0, 1).text() == "Before a restore (restore it to undo)"
    names = {e["first_name"] for e in roster.list_employees(org["id"])}
    assert names == {"Before"}
    tab = window.page("roster")
    assert [tab.proxy.index(r, NAME).data() for r in range(tab.proxy.rowCount())] == [
        "Before Backup"]
    undo = dialog.restored.undo_backup
    dialog.restore_chosen(undo)
    qtbot.waitUntil(lambda: dialog.restored is not None, timeout=20_000)
    assert {e["first_name"] for e in roster.list_employees(org["id"])} == {"Before", "After"}
    dialog.done_box.close()


def test_restoring_an_old_copy_through_the_dialog_keeps_the_erased_erased(
        qtbot, window, monkeypatch, tmp_path: Path) -> None:
    import shutil

    from musdesk.services import privacy_erase

    built = scenario.build()
    workspace = window.session.workspace
    old = workspace.take_backup()
    shutil.copyfile(old, tmp_path / "kept.db")
    privacy_erase.erase(workspace, "employee", built.employee_id)
    shutil.copyfile(tmp_path / "kept.db", old)  # an old copy comes back (a USB stick, say)
    roster_tab(window)
    shown: list[BackupsDialog] = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: shown.append(self) or 0)
    window.backups_action.trigger()
    dialog = shown[-1]
    dialog.restore_chosen(old)
    qtbot.waitUntil(lambda: dialog.restored is not None, timeout=30_000)
    names = {e["full_name"] for e in roster.list_employees(built.org_id)}
    assert scenario.OTHER_NAME in names and scenario.UNIQUE_NAME not in names
    tab = window.page("roster")
    shown_names = [tab.proxy.index(r, NAME).data() for r in range(tab.proxy.rowCount())]
    assert scenario.UNIQUE_NAME not in shown_names
    assert findings(workspace.folder, bytes(workspace.database.data_key), SECRETS) == []
    dialog.done_box.close()


def test_erasing_a_leader_says_where_the_name_remains_cancels_then_erases(
    qtbot, window, monkeypatch,
) -> None:
    """The confirmation counts the name in others' records; the worker's progress names each
    file; a cancel before the commit changes nothing; File → Privacy… lists the erasure."""
    import threading

    from PySide6.QtWidgets import QPushButton

    from musdesk.services import privacy_redact
    from tests.unit.privacy.test_erase_leader import LEADER, LEADER_NAME, _led_team

    team = _led_team(window.session.workspace)
    window.session.workspace.take_backup()
    tab = roster_tab(window)
    select(tab, LEADER_NAME)
    erase = opened_dialogs(monkeypatch, EraseDialog)
    qtbot.mouseClick(tab.privacy.erase_button, Qt.MouseButton.LeftButton)
    confirm = erase[-1]
    remains = confirm.remains.text()
    assert confirm.remains.isVisible()
    assert "2 signed summaries of other employees" in remains and "9 text fields" in remains

    # 1. cancelled while the rows are being erased: nothing changes
    gate = threading.Event()
    original = privacy_redact.redact

    def paused(*args, **kwargs):
        gate.wait(20)
        return original(*args, **kwargs)

    monkeypatch.setattr(privacy_redact, "redact", paused)
    confirm.understood.setChecked(True)
    qtbot.mouseClick(confirm.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: confirm.progress is not None, timeout=10_000)
    assert "you can still cancel" in confirm.progress.labelText()
    progress = confirm.progress
    qtbot.waitUntil(lambda: any(b.isVisible() for b in progress.findChildren(QPushButton)),
                    timeout=10_000)
    cancel = next(b for b in progress.findChildren(QPushButton) if b.isVisible())
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: confirm.status.isVisible(), timeout=20_000)
    assert "nothing was changed" in confirm.status.text()
    assert LEADER_NAME in {e["full_name"] for e in roster.list_employees(team["org"])}
    monkeypatch.setattr(privacy_redact, "redact", original)

    # 2. erased: the progress says what happens to each file
    messages: list[str] = []
    confirm.erased.connect(messages.append)
    assert confirm.erase_button.isEnabled()
    qtbot.mouseClick(confirm.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    import re

    labels = confirm.steps
    files = int(re.search(r"file \d+ of (\d+)", labels[-1]).group(1))
    qtbot.waitUntil(lambda: f"file {files} of {files}" in labels[-1], timeout=10_000)
    assert any("Compacting the database, file 1 of" in label for label in labels)
    rewriting = [label for label in labels if "Rewriting the backup musdesk-" in label]
    files = int(re.search(r"file \d+ of (\d+)", labels[-1]).group(1))
    assert len(rewriting) == files - 1 >= 2  # every backup, each named
    assert f"file {files} of {files}" in labels[-1]
    assert "[erased]" in messages[0] or "[slettet]" in messages[0]
    for box in window.findChildren(QMessageBox):
        box.close()
    workspace = window.session.workspace
    assert findings(workspace.folder, bytes(workspace.database.data_key), LEADER) == []

    dialogs = opened_dialogs(monkeypatch, PrivacyDialog)
    window.privacy_action.trigger()
    privacy = dialogs[-1]
    listed = [privacy.erasures.item(i).text() for i in range(privacy.erasures.count())]
    assert len(listed) == 1 and listed[0].endswith("employees erased: 1")
    privacy.close()


def test_erasing_an_organisation_from_file_privacy(qtbot, window, monkeypatch) -> None:
    built = scenario.build()
    roster_tab(window)
    dialogs = opened_dialogs(monkeypatch, PrivacyDialog)
    window.privacy_action.trigger()
    privacy = dialogs[-1]
    privacy.organisation.setCurrentIndex(privacy.organisation.findData(built.org_id))
    erase = opened_dialogs(monkeypatch, EraseDialog)
    qtbot.mouseClick(privacy.erase_org_button, Qt.MouseButton.LeftButton)
    confirm = erase[-1]
    lines = [confirm.counts.item(i).text() for i in range(confirm.counts.count())]
    assert "1 × organisation" in lines and "3 × employees" in lines
    assert confirm.export_button.isVisible()  # a package first
    assert not confirm.remains.isVisible()  # nobody's name is redacted for a whole client
    confirm.understood.setChecked(True)
    done: list[str] = []
    confirm.erased.connect(done.append)
    qtbot.mouseClick(confirm.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert privacy.organisation.findData(built.org_id) == -1
    assert [o["id"] for o in roster.list_organisations()] == [built.other_org_id]
    listed = [privacy.erasures.item(i).text() for i in range(privacy.erasures.count())]
    assert listed[0].endswith("organisations erased: 1")
    for box in window.findChildren(QMessageBox):
        box.close()
    privacy.close()


def test_locking_while_a_restore_runs_waits_for_it(qtbot, window, monkeypatch) -> None:
    """File → Lock (or the idle lock) during a restore: the restore ends first, the window
    locks without an error, and unlocking shows the restored state."""
    import time

    from musdesk.storage import restore as storage_restore

    org = roster.create_organisation("Lock AS")
    roster.create_employee(org["id"], "Before", "Backup")
    chosen = window.session.workspace.take_backup()
    roster.create_employee(org["id"], "After", "Backup")
    roster_tab(window)
    real_close = storage_restore._close_connections

    def close_and_linger(ws) -> None:
        real_close(ws)
        time.sleep(0.3)

    monkeypatch.setattr(storage_restore, "_close_connections", close_and_linger)
    shown: list[BackupsDialog] = []
    # shown as exec() would, without blocking the test: the lock then closes it
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: shown.append(self) or self.open())
    window.backups_action.trigger()
    shown[-1].restore_chosen(chosen)
    assert window.session.lock()  # waits for the running restore
    assert window.session.state is SessionState.LOCKED
    assert not shown[-1].isVisible()
    qtbot.wait(50)  # the restore's own end (progress closed, no reload while locked)
    from PySide6.QtWidgets import QApplication, QProgressDialog

    visible = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox | QProgressDialog) and w.isVisible()]
    assert not visible
    window.session.unlock(passphrase=PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.state is SessionState.OPEN, timeout=30_000)
    assert {e["first_name"] for e in roster.list_employees(org["id"])} == {"Before"}


def test_a_restore_that_fails_says_why_and_changes_nothing(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from musdesk.errors import DatabaseBusy
    from musdesk.storage.database import EncryptedDatabase

    org = roster.create_organisation("Busy AS")
    chosen = window.session.workspace.take_backup()
    roster.create_employee(org["id"], "Stays", "Here")
    roster_tab(window)

    def busy(self) -> None:
        raise DatabaseBusy()

    monkeypatch.setattr(EncryptedDatabase, "_let_writers_finish", busy)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: warned.append(text))
    shown: list[BackupsDialog] = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: shown.append(self) or 0)
    window.backups_action.trigger()
    dialog = shown[-1]
    dialog.restore_chosen(chosen)

    qtbot.waitUntil(lambda: bool(warned), timeout=20_000)
    assert "busy" in warned[0] and "nothing was changed" in warned[0]
    assert dialog.restored is None
    assert [e["first_name"] for e in roster.list_employees(org["id"])] == ["Stays"]
    assert not [p for p in window.findChildren(QProgressDialog) if p.isVisible()]
