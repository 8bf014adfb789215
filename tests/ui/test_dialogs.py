"""The frame's dialogs on their own: recovery key, backups, settings, change passphrase."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from musdesk.storage import Workspace
from musdesk.ui.dialogs.backups import BackupsDialog, backup_taken_at
from musdesk.ui.dialogs.change_passphrase import ChangePassphraseDialog
from musdesk.ui.dialogs.create_workspace import CreateWorkspaceDialog, folder_is_usable
from musdesk.ui.dialogs.recovery_key import RecoveryKeyDialog
from musdesk.ui.dialogs.settings_dialog import SettingsDialog
from musdesk.ui.session import Session
from musdesk.ui.settings import AppSettings
from tests.conftest import PASSPHRASE


def test_recovery_key_must_be_stored_before_continuing(qtbot, tmp_path: Path) -> None:
    dialog = RecoveryKeyDialog("AAAA-BBBB-CCCC", tmp_path / "ws")
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Escape does not lose the key by accident
    target = tmp_path / "key.txt"
    dialog.save_to(target)
    assert "AAAA-BBBB-CCCC" in target.read_text()
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert ok.isEnabled()


def test_backups_are_listed_newest_first_and_taken_on_demand(
    qtbot, workspace: Workspace
) -> None:
    dialog = BackupsDialog(workspace.list_backups, workspace.take_backup)
    qtbot.addWidget(dialog)
    before = dialog.table.rowCount()
    assert before >= 1  # one is taken at creation
    dialog.backup_now.click()
    assert dialog.table.rowCount() == before + 1
    assert not dialog.empty_hint.isVisibleTo(dialog)
    newest = backup_taken_at(workspace.list_backups()[0])
    assert newest is not None and abs(newest - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


def test_every_reason_the_program_backs_up_for_has_a_label(qtbot) -> None:
    """Each reason passed to a backup in the source reads as words in the Why column."""
    import re

    import musdesk

    source = "\n".join(p.read_text(encoding="utf-8")
                       for p in Path(musdesk.__file__).parent.rglob("*.py"))
    reasons = set(re.findall(
        r'(?:backup_before|_take_backup|_backup_or_refuse_damaged|named)\("([a-z-]+)"\)',
        source)) | {"open", "manual"}  # open: reason=…, manual: take_backup's default
    assert {"create", "restore", "import", "merge", "migration", "rekey"} <= reasons
    dialog = BackupsDialog(lambda: [], lambda: None)
    qtbot.addWidget(dialog)
    for reason in sorted(reasons):
        label = dialog._reason(Path(f"musdesk-20260101T000000000000Z-{reason}.db"))
        assert label != reason and label[0].isupper(), reason


def test_backups_dialog_without_backups_says_so(qtbot) -> None:
    dialog = BackupsDialog(lambda: [], lambda: None)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert dialog.empty_hint.isVisibleTo(dialog)


def test_settings_dialog_saves_and_notes_the_restart(qtbot, settings: AppSettings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.auto_lock.value() == 10
    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    assert dialog.restart_note.isVisible()
    dialog.backups.setValue(9)
    dialog.accept()
    assert (settings.language, settings.backups_kept) == ("da", 9)


def test_create_dialog_needs_an_empty_folder_and_a_matching_passphrase(
    qtbot, tmp_path: Path
) -> None:
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "x").write_text("x")
    assert not folder_is_usable(tmp_path / "used")
    assert folder_is_usable(tmp_path / "new")
    dialog = CreateWorkspaceDialog(tmp_path / "used")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.passphrase.first.setText(PASSPHRASE)
    dialog.passphrase.second.setText(PASSPHRASE)
    assert not ok.isEnabled() and dialog.folder_problem.text()
    dialog.folder.setText(str(tmp_path / "new"))
    assert ok.isEnabled()


def test_change_passphrase_dialog_closes_when_done(
    qtbot, session: Session, existing_workspace
) -> None:
    session.choose(existing_workspace[0])
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.unlock(passphrase=PASSPHRASE)
    dialog = ChangePassphraseDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.first.setText("another good passphrase")
    dialog.fields.second.setText("another good passphrase")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    session.lock()
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.unlock(passphrase="another good passphrase")


def test_change_passphrase_with_key_rotation_shows_a_new_recovery_key(
    qtbot, session: Session, existing_workspace
) -> None:
    from musdesk import errors
    from musdesk.storage import KEY_NAME

    folder = existing_workspace[0]
    old_key_file = (folder / KEY_NAME).read_bytes()
    session.choose(folder)
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.unlock(passphrase=PASSPHRASE)
    dialog = ChangePassphraseDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "old copy" in dialog.rotate_note.text()
    dialog.fields.first.setText("another good passphrase")
    dialog.fields.second.setText("another good passphrase")
    qtbot.mouseClick(dialog.rotate_key, Qt.MouseButton.LeftButton,
                     pos=dialog.rotate_key.rect().center())
    assert dialog.rotate_key.isChecked()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    new_recovery = session.new_recovery_key
    assert new_recovery
    session.lock()
    # An old copy of the key file with the old passphrase opens nothing any more.
    current = (folder / KEY_NAME).read_bytes()
    (folder / KEY_NAME).write_bytes(old_key_file)
    try:
        with pytest.raises(errors.DatabaseDamaged):
            Workspace.open(folder, passphrase=PASSPHRASE)
    finally:
        (folder / KEY_NAME).write_bytes(current)
    Workspace.open(folder, recovery_key=new_recovery).lock()
