"""Cancel in the export dialog stops the running export, and nothing is written."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt

from musdesk.interchange import package_export
from musdesk.interchange.package_crypto import PackageCancelled
from musdesk.storage import Workspace
from musdesk.ui.dialogs.package_export_dialog import PackageExportDialog
from tests.unit.interchange.package_data import populate


def test_cancel_stops_a_running_export(qtbot, workspace: Workspace, tmp_path: Path,
                                       monkeypatch) -> None:
    populate()
    started = threading.Event()
    seen_cancel = threading.Event()
    real = package_export.export_package

    def slow_export(path, workspace_id, protection, **kwargs):
        started.set()
        is_cancelled = kwargs["is_cancelled"]
        for _ in range(500):  # like a large workspace: checks the flag between chunks
            if is_cancelled():
                seen_cancel.set()
                raise PackageCancelled()
            threading.Event().wait(0.01)
        return real(path, workspace_id, protection, **kwargs)

    monkeypatch.setattr(package_export, "export_package", slow_export)
    dialog = PackageExportDialog(workspace.workspace_id,
                                 package_export.list_organisations(), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.first.setText("a long package passphrase")
    dialog.passphrase.second.setText("a long package passphrase")
    target = tmp_path / "cancelled.musdesk"
    dialog.file.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    assert not dialog.progress.isHidden() and not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(seen_cancel.is_set, timeout=10_000)
    assert "Nothing was written" in dialog.status.text()
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert not target.exists()
    from musdesk.ui.workers import running_count

    qtbot.waitUntil(lambda: running_count() == 0, timeout=10_000)  # before the lock


def test_a_failed_export_says_why_and_stays_open(qtbot, workspace: Workspace,
                                                 tmp_path: Path) -> None:
    populate()
    dialog = PackageExportDialog(workspace.workspace_id,
                                 package_export.list_organisations(), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.first.setText("a long package passphrase")
    dialog.passphrase.second.setText("a long package passphrase")
    dialog.file.setText(str(tmp_path / "no such folder" / "p.musdesk"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._job is None, timeout=30_000)
    assert "p.musdesk" in dialog.status.text()  # the file that could not be written
    assert dialog.isVisible() and dialog.result_ is None
