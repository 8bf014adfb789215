"""What File → Export package… and Import package… do: the dialogs, the slow work on a
worker with a cancellable progress dialog, and the conflict report at the end.

Kept out of the main window (which only adds the two menu entries). The Qt-free work is in
`interchange.package_export`, `package_import` and `package_merge`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.ui.errors import show_error
from musdesk.ui.file_dialogs import documents_folder, start_path
from musdesk.ui.session import Session
from musdesk.ui.settings import AppSettings
from musdesk.ui.workers import Job, JobContext, start


class ConflictReportDialog(QDialog):
    """The merge's outcome and its conflict report, with Save report…."""

    def __init__(self, heading: str, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Package merged"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        label = QLabel(heading)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Conflict report"))
        layout.addWidget(self.text, 1)
        note = QLabel(self.tr("The report is also kept inside the workspace. A saved copy is "
                              "not encrypted: it may hold personal data."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("Save report…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(lambda: self.save())  # not clicked(checked) as path
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self, path: Path | None = None) -> Path | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"),
                                                    start_path("musdesk-merge-report.txt"),
                                                    self.tr("Text files (*.txt)"))
            if not chosen:
                return None
            path = Path(chosen)
        from musdesk.storage.files import write_atomic

        try:
            write_atomic(path, self.text.toPlainText().encode("utf-8"))
        except MusdeskError as error:
            show_error(self, error)
            return None
        return path


class PackageActions(QObject):
    merged = Signal(object)  # MergeResult, after a merge wrote something (reload the tabs)

    def __init__(self, session: Session, settings: AppSettings, parent: QWidget,
                 save_pending: Callable[[], None]) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self._window = parent
        self._save_pending = save_pending
        self.last_dialog: QDialog | None = None
        self.last_job: Job | None = None

    def _folder(self) -> Path:
        return documents_folder()  # a package is sent on: where the user keeps files

    # --- export ---------------------------------------------------------------------------
    def export_package(self) -> QDialog | None:
        workspace = self.session.workspace
        if workspace is None or not self.session.is_open:
            return None
        from musdesk.interchange.package_export import list_organisations
        from musdesk.ui.dialogs.package_export_dialog import PackageExportDialog

        self._save_pending()
        dialog = PackageExportDialog(workspace.workspace_id, list_organisations(),
                                     self._folder(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._exported)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _exported(self, result) -> None:
        QMessageBox.information(
            self._window, self.tr("Package exported"),
            self.tr("{records} records were written to {path}.").format(
                records=result.records, path=str(result.path)))

    # --- import ---------------------------------------------------------------------------
    def import_package(self) -> QDialog:
        from musdesk.ui.dialogs.package_import_dialog import PackageImportDialog
        from musdesk.ui.workspace_actions import suggested_new_folder

        dialog = PackageImportDialog(workspace_open=self.session.is_open,
                                     default_folder=suggested_new_folder(self.settings),
                                     parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merge_requested.connect(self.merge)
        dialog.new_requested.connect(self.open_as_new)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _progress_dialog(self, title: str) -> QProgressDialog:
        progress = QProgressDialog(self.tr("Working…"), self.tr("Cancel"), 0, 0, self._window)
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(200)
        return progress

    def _run(self, title: str, work: Callable[[JobContext], object],
             on_success: Callable[[object], None]) -> Job:
        progress = self._progress_dialog(title)
        job = Job(work)

        def on_progress(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, total))

        def on_failure(error: BaseException) -> None:
            progress.close()
            if isinstance(error, MusdeskError):
                show_error(self._window, error)
            else:
                raise error

        def on_done(result: object) -> None:
            progress.close()
            on_success(result)

        job.signals.progress.connect(on_progress)
        job.signals.succeeded.connect(on_done)
        job.signals.failed.connect(on_failure)
        job.signals.cancelled_result.connect(_close_late_workspace)
        progress.canceled.connect(job.cancel)
        job.progress_dialog = progress  # kept with the job
        self.last_job = job
        return start(job)

    def merge(self, opened) -> Job | None:
        workspace = self.session.workspace
        if workspace is None or not self.session.is_open:
            return None
        self._save_pending()

        def work(context: JobContext):
            from musdesk.interchange.package_merge import merge_package

            # (the job runner closes this worker thread's connection when the job ends)
            return merge_package(opened, workspace, progress=context.report,
                                 is_cancelled=lambda: context.cancelled)

        return self._run(self.tr("Merging the package"), work, self._merged)

    def _merged(self, result) -> None:
        if result.changed:
            self.merged.emit(result)
        heading = self.tr("{added} records added, {updated} updated, {conflicts} conflicts."
                          ).format(added=sum(result.added.values()),
                                   updated=sum(result.updated.values()),
                                   conflicts=len(result.conflicts))
        dialog = ConflictReportDialog(heading, result.report, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_dialog = dialog

    def open_as_new(self, opened, folder: Path, passphrase: str) -> Job:
        """Close the open workspace, create the new one from the package, open it."""
        self.session.close()
        kdf, kept = self.session._kdf, self.settings.backups_kept

        def work(context: JobContext):
            from musdesk.interchange.package_import import import_as_new

            workspace, result = import_as_new(
                opened, folder, passphrase, kdf=kdf, backups_kept=kept,
                progress=context.report, is_cancelled=lambda: context.cancelled)
            workspace.database.close()  # this worker thread's own connection
            return workspace, result

        def done(result) -> None:
            workspace, imported = result
            self.session.adopt(folder, workspace)
            self.session.created.emit(imported.recovery_key)

        return self._run(self.tr("Opening the package as a new workspace"), work, done)


def _close_late_workspace(result: object) -> None:
    """A new workspace that was finished after the user cancelled is locked again."""
    if isinstance(result, tuple) and result and hasattr(result[0], "lock"):
        result[0].lock()
