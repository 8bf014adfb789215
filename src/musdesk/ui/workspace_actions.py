"""What the File menu and the welcome/unlock screens do: dialogs around the session.

Kept out of the main window so the frame stays small; each method is one user action.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from musdesk.ui.session import Session, SessionState
from musdesk.ui.settings import AppSettings

DEMO_MODULE = "musdesk.services.demo"


def demo_available() -> bool:
    return importlib.util.find_spec(DEMO_MODULE) is not None


def looks_like_workspace(folder: Path) -> bool:
    """A folder with musdesk's key file or database (opening says what is wrong, if any)."""
    from musdesk.storage.workspace import DB_NAME, KEY_NAME

    return (folder / KEY_NAME).exists() or (folder / DB_NAME).exists()


def suggested_new_folder(settings: AppSettings) -> Path:
    """The default place for the first workspace, or a fresh sibling of the last one."""
    import platformdirs

    base = Path(platformdirs.user_data_dir("musdesk", appauthor=False))
    candidate = base / "workspace"
    number = 2
    while candidate.exists() and any(candidate.iterdir()):
        candidate = base / f"workspace-{number}"
        number += 1
    return candidate


class WorkspaceActions(QObject):
    def __init__(self, session: Session, settings: AppSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self._window = parent

    def new_workspace(self) -> None:
        from musdesk.ui.dialogs.create_workspace import CreateWorkspaceDialog

        dialog = CreateWorkspaceDialog(suggested_new_folder(self.settings), self._window)
        if dialog.exec():
            self.session.create(dialog.chosen_folder(), dialog.passphrase.passphrase())

    def open_workspace(self) -> None:
        last = self.settings.last_workspace
        from PySide6.QtWidgets import QFileDialog

        from musdesk.ui.file_dialogs import start_folder

        start = start_folder(last.parent if last else None)

        chosen = QFileDialog.getExistingDirectory(
            self._window, self.tr("Open a workspace folder"), start)
        if chosen:
            self.open_folder(Path(chosen))

    def open_folder(self, folder: Path) -> bool:
        """Go to the unlock screen for `folder`, or say at once that it is no workspace."""
        if not looks_like_workspace(folder):
            from musdesk.errors import NotAWorkspace
            from musdesk.ui.errors import show_error

            show_error(self._window, NotAWorkspace(path=str(folder)))
            return False
        self.session.choose(folder)
        return True

    def open_demo(self) -> None:
        from musdesk.ui.demo import build_demo_workspace

        self.session.open_prepared(build_demo_workspace)

    def show_recovery_key(self, recovery_key: str) -> None:
        from musdesk.ui.dialogs.recovery_key import RecoveryKeyDialog

        folder = self.session.folder or Path()
        RecoveryKeyDialog(recovery_key, folder, self._window).exec()

    def change_passphrase(self) -> None:
        if self.session.state is not SessionState.OPEN:
            return
        from musdesk.ui.dialogs.change_passphrase import ChangePassphraseDialog

        if ChangePassphraseDialog(self.session, self._window).exec():
            from PySide6.QtWidgets import QMessageBox

            recovery_key = getattr(self.session, "new_recovery_key", None)
            if recovery_key:
                # Key rotation: the old recovery key no longer works; this one is shown once.
                self.show_recovery_key(recovery_key)
            QMessageBox.information(self._window, self.tr("Passphrase changed"),
                                    self.tr("From now on, unlock with the new passphrase."))

    def backups(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        from musdesk.ui.dialogs.backups import BackupsDialog

        kept = self.settings.backups_kept
        BackupsDialog(workspace.list_backups, lambda: workspace.take_backup(kept),
                      self._window, restore=lambda path: self.restore_backup(path)).exec()

    def restore_backup(self, backup: Path) -> object:
        """Save pending edits, then restore on a worker (the erased stay erased) behind a
        progress dialog, and show the restored data. Returns the running Job; a restore is
        one step that cannot be stopped half-way, so the dialog has no Cancel button."""
        workspace = self.session.workspace
        if workspace is None:
            return None
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        from musdesk.services.privacy_restore import restore_backup
        from musdesk.ui.workers import Job, start

        save = getattr(self._window, "save_pending", None)
        if callable(save):
            save()
        kept = self.settings.backups_kept
        progress = QProgressDialog(self.tr("Restoring the backup…"), "", 0, 0, self._window)
        progress.setWindowTitle(self.tr("Restore a backup"))
        progress.setCancelButton(None)  # type: ignore[arg-type]  # Qt takes None: no button
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)
        # not cancellable: a lock meanwhile waits for it (stop_all), rather than skipping a
        # restore the user asked for without a word
        job = Job(lambda context: restore_backup(workspace, backup, keep=kept),
                  cancellable=False)

        def finished() -> None:
            progress.reset()
            reload = getattr(self._window, "reload_content", None)
            if callable(reload):
                reload()

        job.signals.finished.connect(finished)
        job.progress_dialog = progress
        progress.show()
        return start(job)

    def privacy(self) -> None:
        if self.session.state is not SessionState.OPEN:
            return
        from musdesk.ui.dialogs.privacy_dialog import PrivacyDialog

        dialog = PrivacyDialog(self._window)
        self.privacy_dialog = dialog
        dialog.open()

    def edit_settings(self) -> bool:
        """Returns whether the settings were saved."""
        from musdesk.ui.dialogs.settings_dialog import SettingsDialog

        consultant = None
        if self.session.is_open:  # the consultant's own name lives in the workspace
            from musdesk.services.consultant import consultant as stored

            consultant = stored()
        return bool(SettingsDialog(self.settings, self._window, consultant).exec())
