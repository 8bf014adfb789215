"""The workspace's verification certificate: its fingerprint, and saving it (PEM) so that a
client or a lawyer can check signed summaries without the workspace (File → Export
verification certificate…). The certificate is `documents.certificate`; this is the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from musdesk.documents import certificate
from musdesk.errors import MusdeskError
from musdesk.ui.errors import show_error
from musdesk.ui.file_dialogs import start_path


class CertificateDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verification certificate"))
        self.resize(560, 300)
        self.saved_to: Path | None = None
        self.fingerprint = certificate.format_fingerprint(certificate.certificate_fingerprint())
        intro = QLabel(self.tr(
            "Every summary musdesk prints is signed with this workspace's own certificate. "
            "Give the certificate file to a client or a lawyer: with it as the trusted "
            "certificate, a PDF reader or a signature checker confirms that a saved summary "
            "is unchanged since it was signed. The same fingerprint is printed at the foot "
            "of every summary page."))
        intro.setWordWrap(True)
        heading = QLabel(self.tr("SHA-256 fingerprint of the certificate:"))
        self.fingerprint_label = QLabel(self.fingerprint)
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setStyleSheet("font-family: monospace; font-size: 11pt;")
        self.fingerprint_label.setAccessibleName(self.tr("Certificate fingerprint"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save the certificate…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.ask_and_save)
        layout = QVBoxLayout(self)
        for widget in (intro, heading, self.fingerprint_label, self.status):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def save_to(self, path: Path) -> Path | None:
        path = Path(path)
        if path.suffix.lower() not in (".pem", ".crt", ".cer"):
            path = path.with_name(path.name + ".pem")
        try:
            self.saved_to = certificate.export_certificate(path)
        except MusdeskError as exc:
            show_error(self, exc)
            return None
        self.status.setText(self.tr("Saved to %1").replace("%1", str(self.saved_to)))
        return self.saved_to

    def ask_and_save(self) -> Path | None:
        filename, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the verification certificate"),
            start_path("musdesk-certificate.pem"),
            self.tr("Certificates (*.pem *.crt *.cer)"))
        return self.save_to(Path(filename)) if filename else None
