"""File → Export package… and Import package… on a workspace made from scratch, driven
through the real menu actions and dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from musdesk.services import roster
from musdesk.ui.dialogs.package_export_dialog import PackageExportDialog
from musdesk.ui.dialogs.package_import_dialog import PackageImportDialog
from musdesk.ui.dialogs.recovery_key import RecoveryKeyDialog
from musdesk.ui.main_window import MainWindow
from musdesk.ui.package_actions import ConflictReportDialog
from musdesk.ui.session import Session, SessionState
from musdesk.ui.settings import AppSettings
from tests.conftest import PASSPHRASE
from tests.unit.interchange.package_data import populate

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
