"""Preview a PDF in the app (QtPdf's QPdfView), print it through the system print dialog,
save it as a file; and make a round's documents in one go with a cancellable progress dialog.

    dialog = preview_conversation_document(parent, "summary", conversation_id)
    if dialog is not None:
        dialog.exec()
    preview_round_document(parent, "wheel", round_id)               # the wheel overview

    make_round_documents(parent, "invitation", round_id, folder)   # returns the running Job

Rendering and writing live in `musdesk.documents` (Qt-free); this module is only the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from musdesk.documents import batch, by_id
from musdesk.documents.batch import BatchResult
from musdesk.errors import MusdeskError
from musdesk.ui.errors import show_error
from musdesk.ui.file_dialogs import start_path
from musdesk.ui.workers import Job, JobContext, start

# Pages are rasterised for the printer at most at this resolution (memory stays small).
MAX_PRINT_DPI = 300


class DocumentPreviewDialog(QDialog):
    """Shows PDF bytes; Print… and Save as… act on exactly those bytes."""

    def __init__(
        self, pdf: bytes, title: str, suggested_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 900)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.saved_to: Path | None = None

        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.pages_label = QLabel(self.tr("Pages: %1").replace("%1", str(self.page_count())))
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        tools = QHBoxLayout()
        tools.addWidget(self.pages_label)
        tools.addStretch(1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(1.25))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(0.8))
        self.fit_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        )
        self.print_button.clicked.connect(self.ask_and_print)
        self.save_button.clicked.connect(self.ask_and_save)

    # --- state ----------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def zoom_by(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    # --- saving ---------------------------------------------------------------------------
    def save_to(self, path: Path) -> Path:
        """Write the PDF whole or not at all (temp file + rename)."""
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        batch.write_pdf(path, self.pdf)
        self.saved_to = path
        return path

    def ask_and_save(self) -> Path | None:
        start_at = start_path(self.suggested_name)
        filename, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the document"), start_at, self.tr("PDF documents (*.pdf)")
        )
        if not filename:
            return None
        try:
            return self.save_to(Path(filename))
        except MusdeskError as exc:
            show_error(self, exc)
            return None

    # --- printing -------------------------------------------------------------------------
    def print_to(self, printer: QPrinter) -> int:
        """Paint the chosen pages onto `printer`; returns how many pages were printed."""
        count = self.page_count()
        first = max(1, printer.fromPage() or 1)
        last = min(count, printer.toPage() or count)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        printed = 0
        try:
            for number in range(first, last + 1):
                if printed:
                    printer.newPage()
                size = self.document.pagePointSize(number - 1)
                pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
                image = self.document.render(number - 1, pixels)
                target = _fit(image.size(), painter.viewport())
                painter.setViewport(target)
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                printed += 1
        finally:
            painter.end()
        return printed

    def ask_and_print(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer) > 0


def _fit(size: QSize, area: QRect) -> QRect:
    """`size` scaled to fit `area`, keeping its proportions, centred."""
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    x = area.x() + (area.width() - scaled.width()) // 2
    y = area.y() + (area.height() - scaled.height()) // 2
    return QRect(x, y, scaled.width(), scaled.height())


# Literal strings in translate() calls, so that lupdate finds them (context DocumentPreview).
translate = QCoreApplication.translate


def _kind_title(kind: str) -> str:
    titles = {
        "summary": translate("DocumentPreview", "Summary"),
        "summary-archive": translate("DocumentPreview",
                                     "Summary for the personnel file (PDF/A-2b)"),
        "invitation": translate("DocumentPreview", "Invitation"),
        "prep-employee": translate("DocumentPreview", "Employee's preparation sheet"),
        "prep-leader": translate("DocumentPreview", "Leader's preparation sheet"),
        "wheel": translate("DocumentPreview", "MUS wheel overview"),
        "plan": translate("DocumentPreview", "Development plan"),
    }
    return titles.get(kind, kind)


def preview_conversation_document(
    parent: QWidget | None, kind: str, conversation_id: str, language: str | None = None
) -> DocumentPreviewDialog | None:
    """Render one document for a conversation and put it in a preview dialog (on this
    thread; the conversation tab uses `preview_conversation_document_later`).

    A summary is sealed and recorded when it is rendered (what is previewed is exactly what
    gets printed or saved). Expected errors are shown; None is returned then."""
    try:
        rendered = by_id.conversation_document(kind, conversation_id, language)
    except MusdeskError as exc:
        show_error(parent, exc)
        return None
    return DocumentPreviewDialog(
        rendered.pdf, f"{_kind_title(kind)} – {rendered.subject}", rendered.file_name, parent)


def preview_conversation_document_later(
    parent: QWidget, kind: str, conversation_id: str,
    on_ready: Callable[[DocumentPreviewDialog], None], language: str | None = None,
) -> Job:
    """Render on a worker thread (100–250 ms for a summary), then call `on_ready` with the
    preview dialog on the UI thread; a wait cursor meanwhile. Expected errors are shown."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def work(context: JobContext) -> by_id.Rendered:
        context.check()
        return by_id.conversation_document(kind, conversation_id, language)

    def succeeded(rendered: by_id.Rendered) -> None:
        if Shiboken.isValid(parent):
            on_ready(DocumentPreviewDialog(
                rendered.pdf, f"{_kind_title(kind)} – {rendered.subject}", rendered.file_name,
                parent))

    def failed(error: BaseException) -> None:
        if not isinstance(error, MusdeskError):
            raise error
        show_error(parent if Shiboken.isValid(parent) else None, error)

    job = Job(work)
    job.signals.succeeded.connect(succeeded)
    job.signals.failed.connect(failed)
    job.signals.finished.connect(QApplication.restoreOverrideCursor)
    return start(job)


def preview_round_document(
    parent: QWidget | None, kind: str, round_id: str, language: str | None = None
) -> DocumentPreviewDialog | None:
    """The round's own document (the MUS wheel overview) in a preview dialog."""
    try:
        rendered = by_id.round_document(kind, round_id, language)
    except MusdeskError as exc:
        show_error(parent, exc)
        return None
    return DocumentPreviewDialog(
        rendered.pdf, f"{_kind_title(kind)} – {rendered.subject}", rendered.file_name, parent)


def make_round_documents(
    parent: QWidget | None,
    kind: str,
    round_id: str,
    folder: Path,
    language: str | None = None,
    on_done: Callable[[BatchResult], None] | None = None,
    combined: bool = False,
) -> Job:
    """Write one file per conversation of the round on a worker thread, with a progress
    dialog whose Cancel stops between two files. The UI stays responsive.

    With `combined`, `folder` is the one PDF file that gets everyone's handout (for printing
    in one go; invitations, preparation sheets and plans only)."""
    progress = QProgressDialog(translate("DocumentPreview", "Making documents…"),
                               translate("DocumentPreview", "Cancel"), 0, 0, parent)
    progress.setWindowTitle(_kind_title(kind))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def work(context: JobContext) -> BatchResult:
        write = batch.write_round_combined if combined else batch.write_round_documents
        return write(
            kind, round_id, folder, language=language,
            progress=lambda done, total, _name: context.report(done, total),
            is_cancelled=lambda: context.cancelled or progress_cancelled[0],
        )

    progress_cancelled = [False]
    job = Job(work)

    def on_progress(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    def on_cancel() -> None:
        # Let the job finish the file it is writing and report what was written.
        progress_cancelled[0] = True

    def on_success(result: BatchResult) -> None:
        progress.close()
        if on_done is not None:
            on_done(result)
        elif parent is not None:
            QMessageBox.information(parent, _kind_title(kind), batch_message(result, folder))

    def on_failure(error: BaseException) -> None:
        progress.close()
        if isinstance(error, MusdeskError):
            show_error(parent, error)
        else:
            raise error

    job.signals.progress.connect(on_progress)
    job.signals.succeeded.connect(on_success)
    job.signals.failed.connect(on_failure)
    progress.canceled.connect(on_cancel)
    job.progress_dialog = progress  # kept alive with the job
    return start(job)


def batch_message(result: BatchResult, target: Path) -> str:
    """What a batch made, counted as it was made: files, or one combined file with its
    people and pages; summaries left out because the conversation was not held."""
    count = len(result.written)
    if result.cancelled:
        message = translate("DocumentPreview", "Cancelled after %n file(s) in %1.", None, count)
    elif count == 1 and result.people > 1:  # one combined file for printing in one go
        people = result.people
        message = translate("DocumentPreview",
                            "One file with the documents of %n people (%2 pages): %1.",
                            None, people).replace("%2", str(result.pages))
    else:
        message = translate("DocumentPreview", "%n file(s) written to %1.", None, count)
    message = message.replace("%1", str(target))
    if result.skipped:
        skipped = result.skipped
        message += "\n" + translate("DocumentPreview",
                                     "%n conversation(s) not held yet: no summary made.",
                                     None, skipped)
    return message
