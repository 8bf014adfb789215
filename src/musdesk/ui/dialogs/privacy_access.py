"""“Data about this person…”: the access export (readable PDF + JSON) into a chosen folder.

    dialog = AccessExportDialog(employee_id, name, default_folder, parent)
    dialog.exported.connect(on_written)   # (pdf path, json path)
    dialog.open()
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.ui.errors import show_error


class AccessExportDialog(QDialog):
    exported = Signal(object, object)  # the PDF's and the JSON file's paths

    def __init__(self, employee_id: str, name: str, folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.employee_id = employee_id
        self.setWindowTitle(self.tr("Data about this person"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Everything the workspace holds about {name}").format(name=name))
        heading.setStyleSheet("font-weight: bold; font-size: 12pt")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        intro = QLabel(self.tr(
            "For a request to see one's own data, or to take it along: a PDF the person can "
            "read (conversations with answers and agreements, signed versions, plans, "
            "follow-up, recognitions) and a JSON file with the same data for other programs."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Folder:")))
        self.folder = QLineEdit(str(folder))
        self.folder.setAccessibleName(self.tr("Folder for the two files"))
        row.addWidget(self.folder, 1)
        self.browse = QPushButton(self.tr("Choose…"))
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.private_notes = QCheckBox(self.tr("Include the leader's private notes"))
        layout.addWidget(self.private_notes)
        self.warning = QLabel(self.tr(
            "The leader's private notes are about this person too, so they may ask for them. "
            "They were written as the leader's own notes: read them before you hand the files "
            "over, and tell the leader."))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00")
        self.warning.setVisible(False)
        layout.addWidget(self.warning)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.show_folder = QPushButton(self.tr("Show folder"))
        self.show_folder.setVisible(False)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.show_folder, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(self.buttons)
        self.private_notes.toggled.connect(self.warning.setVisible)
        self.browse.clicked.connect(self._choose_folder)
        self.export_button.clicked.connect(self.export)
        self.show_folder.clicked.connect(self._show_folder)
        self.buttons.rejected.connect(self.reject)
        self.written: tuple[Path, Path] | None = None

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the export"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def export(self) -> None:
        from musdesk.ui import workers

        folder = Path(self.folder.text().strip() or ".")
        include = self.private_notes.isChecked()
        employee_id = self.employee_id
        self.export_button.setEnabled(False)
        self.result_label.setText(self.tr("Writing…"))

        def work(_context: object) -> object:
            from musdesk.documents.privacy_access import write_access_export

            return write_access_export(employee_id, folder, include_private_notes=include)

        workers.run_in_background(work, self._done, self._failed)

    def _done(self, paths: object) -> None:
        assert isinstance(paths, tuple)
        pdf, data = paths
        self.written = (pdf, data)
        self.export_button.setEnabled(True)
        self.result_label.setText(self.tr("Written: {pdf} and {json}").format(pdf=pdf.name,
                                                                       json=data.name))
        self.show_folder.setVisible(True)
        self.exported.emit(pdf, data)

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.result_label.setText("")
        if isinstance(error, MusdeskError):
            show_error(self, error)
            return
        raise error

    def _show_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))
