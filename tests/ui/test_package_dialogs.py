"""File → Export package… and Import package… on a workspace made from scratch, driven
through the real menu actions and dialogs."""

from __future__ import annotations

import shutil
import subprocess
import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QPushButton

from musdesk.interchange.package_crypto import (
    Protection,
    Unlock,
    generate_key_pair,
    write_key_file,
)
from musdesk.interchange.package_export import export_package
from musdesk.interchange.package_import import import_as_new
from musdesk.interchange.package_reader import open_package
from musdesk.services import roster
from musdesk.storage import KdfParams, Workspace
from musdesk.ui.dialogs.package_export_dialog import PackageExportDialog
from musdesk.ui.dialogs.package_import_dialog import PackageImportDialog
from musdesk.ui.dialogs.recovery_key import RecoveryKeyDialog
from musdesk.ui.main_window import MainWindow
from musdesk.ui.package_actions import ConflictReportDialog
from musdesk.ui.session import Session, SessionState
from musdesk.ui.settings import AppSettings
from musdesk.ui.workers import JobContext
from tests.conftest import PASSPHRASE
from tests.unit.interchange.package_data import folder_hashes, populate

PACKAGE_PASSPHRASE = "a package passphrase for the client"


def _window(qtbot, session: Session, settings: AppSettings, folder: Path,
            monkeypatch) -> MainWindow:
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.import_package_action.isEnabled()
    assert not window.export_package_action.isEnabled()
    session.create(folder, PASSPHRASE)
    qtbot.waitUntil(lambda: session.state is SessionState.OPEN, timeout=30_000)
    return window


def test_export_then_merge_then_open_as_new(qtbot, session: Session, settings: AppSettings,
                                            tmp_path: Path, monkeypatch) -> None:
    window = _window(qtbot, session, settings, tmp_path / "mine", monkeypatch)
    client = populate()
    populate("Nordby AS", language="nb")
    assert window.export_package_action.isEnabled()

    window.export_package_action.trigger()
    export = window.packages.last_dialog
    assert isinstance(export, PackageExportDialog)
    assert not export.export_button.isEnabled()  # no passphrase yet
    export.some.setChecked(True)
    assert "organisation" in export.status.text().lower()
    item = next(export.organisations.item(i) for i in range(export.organisations.count())
                if export.organisations.item(i).text() == "Fjordby Kommune")
    item.setCheckState(Qt.CheckState.Checked)
    export.passphrase.first.setText(PACKAGE_PASSPHRASE)
    export.passphrase.second.setText(PACKAGE_PASSPHRASE)
    package = tmp_path / "fjordby.musdesk"
    export.file.setText(str(package))
    assert export.export_button.isEnabled()
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.result_ is not None, timeout=30_000)
    assert package.exists() and export.result_.organisations[0][1] == "Fjordby Kommune"

    # Merge it back into the same workspace: inspected first, nothing new, a report.
    window.import_package_action.trigger()
    dialog = window.packages.last_dialog
    assert isinstance(dialog, PackageImportDialog)
    dialog.file.setText(str(package))
    dialog.passphrase.setText("not the passphrase")
    qtbot.mouseClick(dialog.inspect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._job is None, timeout=30_000)
    assert dialog.opened is None and "does not open" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    dialog.passphrase.setText(PACKAGE_PASSPHRASE)
    qtbot.mouseClick(dialog.inspect_button, Qt.MouseButton.LeftButton)
    # the buttons come back when the job has finished, a moment after its result
    qtbot.waitUntil(lambda: dialog.opened is not None and dialog._job is None, timeout=30_000)
    shown = dialog.summary.toPlainText()
    assert "Fjordby Kommune" in shown and "Nordby" not in shown and "employees: 3" in shown
    assert dialog.merge.isChecked()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.packages.last_dialog, ConflictReportDialog),
                    timeout=30_000)
    report = window.packages.last_dialog
    assert "No conflicts." in report.text.toPlainText()
    saved = report.save(tmp_path / "report.txt")
    assert saved is not None and "No conflicts." in saved.read_text()
    report.close()

    # Open it as a new workspace (the client's hand-over): the current one is closed.
    window.import_package_action.trigger()
    dialog = window.packages.last_dialog
    dialog.file.setText(str(package))
    dialog.passphrase.setText(PACKAGE_PASSPHRASE)
    qtbot.mouseClick(dialog.inspect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.opened is not None and dialog._job is None, timeout=30_000)
    dialog.as_new.setChecked(True)
    new_folder = tmp_path / "client-copy"
    dialog.folder.setText(str(new_folder))
    dialog.new_passphrase.first.setText("the client's own passphrase")
    dialog.new_passphrase.second.setText("the client's own passphrase")
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.folder == new_folder and session.is_open, timeout=60_000)
    names = [o["name"] for o in roster.list_organisations()]
    assert names == ["Fjordby Kommune"]
    assert len(roster.list_employees(client.organisation_id)) == 3
    assert window.tabs is not None
    session.close()


class _Pause:
    """Holds the worker at its first progress report until the test has clicked Cancel:
    the job is then really running (records are being read or written) when cancelled."""

    def __init__(self, monkeypatch) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()
        original = JobContext.report

        def report(context: JobContext, done: int, total: int) -> None:
            original(context, done, total)
            if not self.reached.is_set():
                self.reached.set()
                assert self.release.wait(60)

        monkeypatch.setattr(JobContext, "report", report)

    def cancel_through_the_dialog(self, qtbot, window: MainWindow) -> None:
        qtbot.waitUntil(self.reached.is_set, timeout=60_000)
        job = window.packages.last_job
        progress = job.progress_dialog
        assert isinstance(progress, QProgressDialog)
        qtbot.waitUntil(progress.isVisible, timeout=10_000)
        cancel = progress.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        with qtbot.waitSignal(job.signals.finished, timeout=60_000):
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
            assert job.context.cancelled
            self.release.set()


def _client_package(tmp_path: Path) -> Path:
    """A package made elsewhere (another consultant's workspace with Fjordby Kommune)."""
    other, _ = Workspace.create(tmp_path / "colleague", "the colleague's passphrase",
                                kdf=KdfParams.cheap())
    populate()
    package = tmp_path / "colleague.musdesk"
    export_package(package, other.workspace_id, Protection(passphrase=PACKAGE_PASSPHRASE))
    other.lock()
    return package


def _inspect(qtbot, window: MainWindow, package: Path) -> PackageImportDialog:
    window.import_package_action.trigger()
    dialog = window.packages.last_dialog
    assert isinstance(dialog, PackageImportDialog)
    dialog.file.setText(str(package))
    dialog.passphrase.setText(PACKAGE_PASSPHRASE)
    qtbot.mouseClick(dialog.inspect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.opened is not None and dialog._job is None, timeout=30_000)
    return dialog


def test_cancel_a_running_merge_writes_nothing(qtbot, session: Session, settings: AppSettings,
                                               tmp_path: Path, monkeypatch) -> None:
    package = _client_package(tmp_path)
    mine = tmp_path / "mine"
    window = _window(qtbot, session, settings, mine, monkeypatch)
    populate("Nordby AS", language="nb")
    before = folder_hashes(mine)
    dialog = _inspect(qtbot, window, package)
    assert dialog.merge.isChecked()
    pause = _Pause(monkeypatch)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    pause.cancel_through_the_dialog(qtbot, window)
    assert folder_hashes(mine) == before  # no backup, no record, no report
    assert not isinstance(window.packages.last_dialog, ConflictReportDialog)
    assert [o["name"] for o in roster.list_organisations()] == ["Nordby AS"]
    assert session.is_open
    session.close()


def test_cancel_a_running_open_as_new_leaves_no_folder(qtbot, session: Session,
                                                       settings: AppSettings, tmp_path: Path,
                                                       monkeypatch) -> None:
    package = _client_package(tmp_path)
    mine = tmp_path / "mine"
    window = _window(qtbot, session, settings, mine, monkeypatch)
    populate("Nordby AS", language="nb")
    dialog = _inspect(qtbot, window, package)
    dialog.as_new.setChecked(True)
    new_folder = tmp_path / "client-copy"
    dialog.folder.setText(str(new_folder))
    dialog.new_passphrase.first.setText("the client's own passphrase")
    dialog.new_passphrase.second.setText("the client's own passphrase")
    pause = _Pause(monkeypatch)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not session.is_open, timeout=30_000)  # the open one closed first
    before = folder_hashes(mine)
    pause.cancel_through_the_dialog(qtbot, window)
    assert not new_folder.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".client-copy")]
    assert folder_hashes(mine) == before
    assert not session.is_open and session.workspace is None


def test_a_package_for_the_client_s_key_file(qtbot, session: Session, settings: AppSettings,
                                             tmp_path: Path, monkeypatch) -> None:
    """End of an engagement: the client made a key pair (`musdesk package keygen`) and gave
    its public key; the consultant exports their organisation for it; the client opens it
    with the key file (in musdesk, and with the `age` command)."""
    window = _window(qtbot, session, settings, tmp_path / "mine", monkeypatch)
    populate()
    pair = generate_key_pair()
    key_file = tmp_path / "client.key"
    write_key_file(key_file, pair)
    public_file = tmp_path / "client.pub"
    public_file.write_text(f"# Fjordby Kommune's IT\n{pair.recipient}\n")

    window.export_package_action.trigger()
    export = window.packages.last_dialog
    assert isinstance(export, PackageExportDialog)
    export.with_keys.setChecked(True)
    # The whole key pair by mistake: refused, its public key named, the secret not shown.
    chosen = [key_file]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen[0]), ""))
    qtbot.mouseClick(export.load_keys, Qt.MouseButton.LeftButton)
    assert pair.recipient in export.status.text() and "secret key" in export.status.text()
    assert "AGE-SECRET-KEY-1" not in export.recipients.toPlainText()
    assert pair.identity[15:] not in export.status.text()
    chosen[0] = public_file
    qtbot.mouseClick(export.load_keys, Qt.MouseButton.LeftButton)
    assert export.recipients.toPlainText() == pair.recipient
    package = tmp_path / "fjordby.musdesk"
    export.file.setText(str(package))
    qtbot.waitUntil(export.export_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.result_ is not None, timeout=30_000)
    session.close()

    window.import_package_action.trigger()
    dialog = window.packages.last_dialog
    assert isinstance(dialog, PackageImportDialog)
    dialog.file.setText(str(package))
    dialog.key_file.setText(str(key_file))
    qtbot.mouseClick(dialog.inspect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.opened is not None and dialog._job is None, timeout=30_000)
    assert "Fjordby Kommune" in dialog.summary.toPlainText()
    assert dialog.as_new.isChecked()  # nothing is open to merge into
    dialog.close()

    age = shutil.which("age")
    if age is None:
        pytest.skip("the age command is not installed (Debian: apt install age)")
    out = tmp_path / "package.zip"
    subprocess.run([age, "-d", "-i", str(key_file), "-o", str(out), str(package)], check=True,
                   timeout=60)
    with zipfile.ZipFile(out) as archive:
        assert "Fjordby Kommune" in archive.read("README.txt").decode("utf-8")


def test_a_merge_with_conflicts_ends_with_a_report_saved_as_a_file(
        qtbot, session: Session, settings: AppSettings, tmp_path: Path, monkeypatch) -> None:
    """Two consultants started from one package and changed the same person apart: the
    merge through the dialog keeps the newer change and reports the other, and Save
    report… writes the report where the consultant chose."""
    mine = tmp_path / "mine"
    workspace, _ = Workspace.create(mine, PASSPHRASE, kdf=KdfParams.cheap())
    client = populate()
    start = tmp_path / "start.musdesk"
    export_package(start, workspace.workspace_id, Protection(passphrase=PACKAGE_PASSPHRASE))
    workspace.lock()
    unlock = Unlock(passphrase=PACKAGE_PASSPHRASE)
    colleague, _ = import_as_new(open_package(start, unlock), tmp_path / "colleague",
                                 PASSPHRASE, kdf=KdfParams.cheap())
    person = client.employee_ids[1]
    roster.update_employee(person, phone="22222222")
    theirs = tmp_path / "colleague.musdesk"
    export_package(theirs, colleague.workspace_id, Protection(passphrase=PACKAGE_PASSPHRASE))
    colleague.lock()
    workspace = Workspace.open(mine, passphrase=PASSPHRASE)
    roster.update_employee(person, phone="11111111")  # later: this one is kept
    workspace.lock()

    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    session.choose(mine)
    session.unlock(passphrase=PASSPHRASE)
    qtbot.waitUntil(lambda: session.is_open, timeout=30_000)
    dialog = _inspect(qtbot, window, theirs)
    assert dialog.merge.isChecked()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.packages.last_dialog, ConflictReportDialog),
                    timeout=30_000)
    report = window.packages.last_dialog
    shown = report.text.toPlainText()
    assert "Conflicts: 1." in shown and person.replace("-", "") in shown
    assert '"22222222"' in shown and "11111111" not in shown  # the version not kept
    saved = tmp_path / "reports" / "merge.txt"
    saved.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    qtbot.mouseClick(report.save_button, Qt.MouseButton.LeftButton)
    assert saved.read_text(encoding="utf-8") == shown
    assert [e["phone"] for e in roster.list_employees(client.organisation_id)
            if e["id"] == person] == ["11111111"]
    report.close()
    session.close()
