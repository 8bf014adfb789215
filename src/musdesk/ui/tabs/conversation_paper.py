"""What the conversation tab does with scans of the signed paper: add one, open it inside
the app (a PDF in the preview, an image in a viewer: the bytes never go to a temporary
file), save a copy, remove it. Calls `services/signing.py`; `changed` asks the tab to show
the new state."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.services import signing
from musdesk.ui.errors import show_error
from musdesk.ui.file_dialogs import start_folder, start_path
from musdesk.ui.widgets.conversation_paper import PaperBox


class ScanImageDialog(QDialog):
    def __init__(self, pixmap: QPixmap, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(800, 900)
        self.image = QLabel()
        self.image.setPixmap(pixmap)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)


class PaperActions(QObject):
    changed = Signal()

    def __init__(self, parent: QWidget, conversation_id: Callable[[], str | None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._conversation_id = conversation_id
        self.last_dialog: QDialog | None = None

    def attach(self, box: PaperBox) -> None:
        box.add_requested.connect(self.add_scan)
        box.open_requested.connect(self.open_scan)
        box.save_requested.connect(self.save_scan)
        box.remove_requested.connect(self.remove_scan)

    def _guard(self, action: Callable[[], object]) -> object | None:
        try:
            return action()
        except MusdeskError as exc:
            show_error(self._parent, exc)
            return None

    def add_scan(self, path: Path | None = None) -> bool:
        conversation_id = self._conversation_id()
        if conversation_id is None:
            return False
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self._parent, self.tr("Choose the scan of the signed paper"), start_folder(),
                self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
            if not chosen:
                return False
            path = Path(chosen)
        done = self._guard(lambda: signing.attach_scan(
            conversation_id, signing.ScanFile.from_path(path)))
        if done is not None:
            self.changed.emit()
        return done is not None

    def open_scan(self, scan_id: str) -> QDialog | None:
        found = self._guard(lambda: signing.scan_data(scan_id))
        if found is None:
            return None
        filename, mime, data = cast(tuple[str, str, bytes], found)  # signing.scan_data
        dialog: QDialog | None = None
        if mime == "application/pdf":
            from musdesk.ui.dialogs.document_preview import DocumentPreviewDialog

            dialog = DocumentPreviewDialog(data, filename, filename, self._parent)
        else:
            pixmap = QPixmap()
            if pixmap.loadFromData(data):
                dialog = ScanImageDialog(pixmap, filename, self._parent)
        if dialog is None:
            QMessageBox.information(self._parent, filename, self.tr(
                "musdesk cannot show this file. Use Save as… and open the copy with "
                "another program."))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def save_scan(self, scan_id: str, path: Path | None = None) -> Path | None:
        found = self._guard(lambda: signing.scan_data(scan_id))
        if found is None:
            return None
        filename, _mime, data = cast(tuple[str, str, bytes], found)  # signing.scan_data
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self._parent, self.tr("Save a copy of the scan"), start_path(filename))
            if not chosen:
                return None
            path = Path(chosen)
        from musdesk.documents.batch import write_pdf  # atomic, with the folder checks

        target = path
        written = self._guard(lambda: write_pdf(target, data))
        return written if isinstance(written, Path) else None

    def remove_scan(self, scan_id: str, confirm: bool = True) -> bool:
        if confirm:
            answer = QMessageBox.question(
                self._parent, self.tr("Remove the scan"),
                self.tr("Remove this scan from the workspace? The signed version itself "
                        "stays as it is."))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            signing.remove_scan(scan_id)
        except MusdeskError as exc:
            show_error(self._parent, exc)
            return False
        self.changed.emit()
        return True
