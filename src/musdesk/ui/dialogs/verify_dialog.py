"""Check a document: is this saved summary (PDF) or this printed one (its verification code)
exactly what this workspace issued? The checking is `musdesk.documents.seal`; this is the
window around it. A PDF can also be dropped onto the dialog.

Checking a file reads it, hashes it and, when it is not the issued bytes, hashes what every
page draws (0.2–0.4 s for a summary): that runs on a worker thread (`ui/workers.py`) with a
cancellable progress dialog; `file_checked` reports the result (None when it failed or was
cancelled). Closing the dialog cancels a check still running."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from musdesk.documents import data, seal
from musdesk.errors import MusdeskError
from musdesk.ui.errors import show_error
from musdesk.ui.file_dialogs import start_folder
from musdesk.ui.workers import Job, JobContext, start

OK_STYLE = "QFrame#result { background: #e6f2ea; border: 1px solid #3d8462; border-radius: 4px; }"
BAD_STYLE = "QFrame#result { background: #f8e8e6; border: 1px solid #b0442f; border-radius: 4px; }"


class VerifyDialog(QDialog):
    file_checked = Signal(object)  # the Verification of a file, or None

    def __init__(
        self,
        parent: QWidget | None = None,
        latest_version: Callable[[str], int | None] = data.latest_version,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check a document"))
        self.setAcceptDrops(True)
        self.resize(560, 420)
        self._latest_version = latest_version
        self.last_result: seal.Verification | None = None
        self.job: Job | None = None  # the file being checked

        intro = QLabel(self.tr(
            "Choose a saved summary (PDF), or type the verification code printed on a paper "
            "summary. musdesk tells you whether it is exactly what this workspace issued."
        ))
        intro.setWordWrap(True)
        self.file_button = QPushButton(self.tr("Check a PDF file…"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX")
        self.code_edit.setMaxLength(40)
        self.code_button = QPushButton(self.tr("Check code"))
        self.code_button.setEnabled(False)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(self.code_button)
        form = QFormLayout()
        form.addRow(self.tr("Saved file:"), self.file_button)
        form.addRow(self.tr("Code on the paper:"), code_row)

        self.result_frame = QFrame()
        self.result_frame.setObjectName("result")
        self.result_label = QLabel(self.tr("Nothing checked yet."))
        self.result_label.setWordWrap(True)
        frame_layout = QVBoxLayout(self.result_frame)
        frame_layout.addWidget(self.result_label)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(
            self.tr("For a code, the stored content is shown here to compare with the paper.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result_frame)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

        self.file_button.clicked.connect(self.choose_file)
        self.code_button.clicked.connect(lambda: self.verify_code(self.code_edit.text()))
        self.code_edit.returnPressed.connect(lambda: self.verify_code(self.code_edit.text()))
        self.code_edit.textChanged.connect(
            lambda text: self.code_button.setEnabled(bool(text.strip()))
        )

    # --- actions --------------------------------------------------------------------------
    def choose_file(self) -> Job | None:
        filename, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a summary"), start_folder(), self.tr("PDF documents (*.pdf)")
        )
        return self.verify_file(Path(filename)) if filename else None

    def verify_file(self, path: Path) -> Job | None:
        """Check the file on a worker thread; the result is shown (and `file_checked`
        emitted) when it is ready. None while another file is still being checked."""
        if self.job is not None:
            return None
        latest_version = self._latest_version

        def work(context: JobContext) -> seal.Verification:
            context.check()
            return seal.verify_file(path, latest_version)

        progress = QProgressDialog(self.tr("Checking %1…").replace("%1", path.name),
                                   self.tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        job = Job(work)
        progress.canceled.connect(job.cancel)
        outcome: list[seal.Verification | None] = [None]

        def succeeded(result: seal.Verification) -> None:
            if job.context.cancelled:  # closed meanwhile: a result that arrives late is not shown
                return
            outcome[0] = result
            if Shiboken.isValid(self):
                self._show(result, details=str(path))

        def failed(error: BaseException) -> None:
            if not isinstance(error, MusdeskError):
                raise error
            show_error(self if Shiboken.isValid(self) else None, error)

        def finished() -> None:
            if not Shiboken.isValid(self):
                return
            progress.reset()
            self.job = None
            self._set_busy(False, cancelled=job.context.cancelled)
            self.file_checked.emit(outcome[0])

        job.signals.succeeded.connect(succeeded)
        job.signals.failed.connect(failed)
        job.signals.finished.connect(finished)
        job.progress_dialog = progress  # kept alive with the job
        self._set_busy(True)
        self.job = start(job)
        return job

    def _set_busy(self, busy: bool, cancelled: bool = False) -> None:
        self.file_button.setEnabled(not busy)
        if busy:
            self.result_frame.setStyleSheet("")
            self.result_label.setText(self.tr("Checking the file…"))
        elif cancelled:
            self.result_label.setText(self.tr("Not checked: cancelled."))

    def done(self, result: int) -> None:
        """Closing the dialog cancels a check still running (its result is not shown)."""
        if self.job is not None:
            self.job.cancel()
        super().done(result)

    def verify_code(self, typed: str) -> seal.Verification | None:
        if not typed.strip():
            return None
        result = seal.verify_code(typed, self._latest_version)
        details = seal.describe_record(result.record) if result.record else ""
        self._show(result, details=details)
        return result

    def _show(self, result: seal.Verification, details: str) -> None:
        self.last_result = result
        message = result.message()
        if result.record is not None and result.ok:
            note = data.signing_note(result.record.document_id, result.record.version)
            message = f"{message}\n{note}"
        self.result_label.setText(message)
        self.result_frame.setStyleSheet(OK_STYLE if result.ok else BAD_STYLE)
        self.details.setPlainText(details)

    # --- drag and drop --------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile() and urls[0].toLocalFile().lower().endswith(".pdf"):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.verify_file(Path(urls[0].toLocalFile()))
            event.acceptProposedAction()
