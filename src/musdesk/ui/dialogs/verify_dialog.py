"""Check a document: is this saved summary (PDF) or this printed one (its verification code)
exactly what this workspace issued? The checking is `musdesk.documents.seal`; this is the
window around it. A PDF can also be dropped onto the dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from musdesk.documents import data, seal
from musdesk.errors import MusdeskError
from musdesk.ui.errors import show_error
from musdesk.ui.file_dialogs import start_folder

OK_STYLE = "QFrame#result { background: #e6f2ea; border: 1px solid #3d8462; border-radius: 4px; }"
BAD_STYLE = "QFrame#result { background: #f8e8e6; border: 1px solid #b0442f; border-radius: 4px; }"


class VerifyDialog(QDialog):
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
    def choose_file(self) -> seal.Verification | None:
        filename, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a summary"), start_folder(), self.tr("PDF documents (*.pdf)")
        )
        return self.verify_file(Path(filename)) if filename else None

    def verify_file(self, path: Path) -> seal.Verification | None:
        try:
            result = seal.verify_file(path, self._latest_version)
        except MusdeskError as exc:
            show_error(self, exc)
            return None
        self._show(result, details=str(path))
        return result

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
