"""Print a round's summaries or handouts in one go: made on a worker thread (progress,
Cancel stops between two people), previewed, then sent to the system printer as one job.

    print_round_stack(parent, "summary", round_id)     # returns the running Job

The documents come from `documents.batch.round_stack` (Qt-free). Summaries are sealed and
recorded as printed when they are made, as in the single preview: what is previewed is
exactly what is printed. Each person starts on a new sheet when printing double-sided.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from musdesk.documents import batch
from musdesk.errors import MusdeskError
from musdesk.ui.dialogs.document_preview import MAX_PRINT_DPI, _fit
from musdesk.ui.errors import show_error
from musdesk.ui.workers import Job, JobContext, start

translate = QCoreApplication.translate


def add_print_menu(menu: QMenu, print_stack: Callable[[str], object]) -> QMenu:
    """The wheel tab's "Print in one go" submenu: one entry per kind."""
    printing = menu.addMenu(translate("PrintStack", "Print in one go"))
    for kind, title in (
        ("summary", translate("PrintStack", "Everyone's summary…")),
        ("invitation", translate("PrintStack", "Everyone's invitation…")),
        ("prep-employee", translate("PrintStack", "Everyone's preparation sheet…")),
        ("prep-leader", translate("PrintStack", "The leaders' preparation sheets…")),
        ("plan", translate("PrintStack", "Everyone's development plan…")),
    ):
        action = printing.addAction(title)
        action.triggered.connect(lambda _=False, k=kind: print_stack(k))
    return printing


def kind_title(kind: str) -> str:
    return {
        "summary": translate("PrintStack", "All summaries"),
        "invitation": translate("PrintStack", "All invitations"),
        "prep-employee": translate("PrintStack", "All employees' preparation sheets"),
        "prep-leader": translate("PrintStack", "All leaders' preparation sheets"),
        "plan": translate("PrintStack", "All development plans"),
    }.get(kind, kind)


class StackPreviewDialog(QDialog):
    """Several PDFs to look through (one at a time) and print as one job."""

    def __init__(self, documents: list[tuple[str, bytes]], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 900)
        self.documents = documents
        self.printed_pages = 0
        self._buffers: list[QBuffer] = []
        self._pdfs = [self._load(pdf) for _name, pdf in documents]

        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Document"))
        for name, _pdf in documents:
            self.chooser.addItem(name)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.summary_label = QLabel(self.tr("%1 document(s), %2 page(s)")
                                    .replace("%1", str(len(documents)))
                                    .replace("%2", str(self.page_total())))
        self.print_button = QPushButton(self.tr("Print all…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        tools = QHBoxLayout()
        tools.addWidget(self.chooser, 1)
        tools.addWidget(self.summary_label)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.chooser.currentIndexChanged.connect(self.show_document)
        self.print_button.clicked.connect(self.ask_and_print)
        self.show_document(0)

    def _load(self, pdf: bytes) -> QPdfDocument:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffers.append(buffer)
        document = QPdfDocument(self)
        document.load(buffer)
        return document

    def show_document(self, index: int) -> None:
        if 0 <= index < len(self._pdfs):
            self.view.setDocument(self._pdfs[index])

    def page_total(self) -> int:
        return sum(document.pageCount() for document in self._pdfs)

    def print_to(self, printer: QPrinter) -> int:
        """Every document's pages in order; a document that ends on a front page gets a
        blank back, so the next person starts on a new sheet. Returns the pages sent."""
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        sent = 0
        try:
            for document in self._pdfs:
                for number in range(document.pageCount()):
                    if sent:
                        printer.newPage()
                    size = document.pagePointSize(number)
                    pixels = QSize(round(size.width() * dpi / 72),
                                   round(size.height() * dpi / 72))
                    image = document.render(number, pixels)
                    painter.setViewport(_fit(image.size(), painter.viewport()))
                    painter.setWindow(image.rect())
                    painter.drawImage(0, 0, image)
                    sent += 1
                if sent % 2 and len(self._pdfs) > 1:
                    printer.newPage()  # the blank back of this person's last sheet
                    sent += 1
        finally:
            painter.end()
        self.printed_pages = sent
        return sent

    def ask_and_print(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer) > 0


def print_round_stack(
    parent: QWidget | None, kind: str, round_id: str, language: str | None = None,
    on_ready: object = None,
) -> Job:
    """Make everyone's documents on a worker thread, then open the stack's preview (or
    call `on_ready(dialog)` instead of opening it, for tests)."""
    progress = QProgressDialog(translate("PrintStack", "Making documents…"),
                               translate("PrintStack", "Cancel"), 0, 0, parent)
    progress.setWindowTitle(kind_title(kind))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    stop = [False]

    def work(context: JobContext) -> batch.Stack:
        # (the job runner closes this worker thread's connection when the job ends)
        return batch.round_stack(
            kind, round_id, language=language,
            progress=lambda done, total, _name: context.report(done, total),
            is_cancelled=lambda: context.cancelled or stop[0],
        )

    job = Job(work)

    def on_progress(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    def on_success(stack: batch.Stack) -> None:
        progress.close()
        if stack.cancelled:
            QMessageBox.information(parent, kind_title(kind),
                                    translate("PrintStack", "Cancelled: nothing printed."))
            return
        if not stack.documents:
            QMessageBox.information(parent, kind_title(kind), (
                translate(
                    "PrintStack",
                    "There is nothing to print: no conversation of the round has been held yet.")
                if kind == "summary"
                else translate("PrintStack", "The round has no conversations.")))
            return
        dialog = StackPreviewDialog(stack.documents, kind_title(kind), parent)
        if stack.skipped:
            dialog.summary_label.setText(dialog.summary_label.text() + " · " + translate(
                "PrintStack", "%n not held yet, left out", None, stack.skipped))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if callable(on_ready):
            on_ready(dialog)
        else:
            dialog.open()

    def on_failure(error: BaseException) -> None:
        progress.close()
        if isinstance(error, MusdeskError):
            show_error(parent, error)
        else:
            raise error

    job.signals.progress.connect(on_progress)
    job.signals.succeeded.connect(on_success)
    job.signals.failed.connect(on_failure)
    progress.canceled.connect(lambda: stop.__setitem__(0, True))
    job.progress_dialog = progress  # type: ignore[attr-defined]  # kept alive with the job
    return start(job)
