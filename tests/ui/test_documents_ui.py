"""Preview / print / save, batch with progress and cancel, and the verify dialog — real
widgets offscreen, on a real encrypted workspace with a real round."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from musdesk.documents import batch, seal
from musdesk.ui.dialogs import document_preview
from musdesk.ui.dialogs.document_preview import (
    DocumentPreviewDialog,
    make_round_documents,
    preview_conversation_document,
    preview_round_document,
)
from musdesk.ui.dialogs.verify_dialog import VerifyDialog
from tests.unit.documents.conftest import MusRound, mus_round  # noqa: F401 (fixture)
from tests.unit.documents.pdfcheck import reader, text_of


@pytest.fixture
def summary_dialog(qtbot, mus_round: MusRound) -> DocumentPreviewDialog:  # noqa: F811
    dialog = preview_conversation_document(None, "summary", str(mus_round.conversation.id))
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def test_preview_shows_every_page_and_saves_the_same_bytes(
    summary_dialog: DocumentPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert summary_dialog.page_count() == len(reader(summary_dialog.pdf).pages) >= 1
    assert "Søren Ærøskøbing" in summary_dialog.windowTitle()
    saved = summary_dialog.save_to(tmp_path / "copy")
    assert saved.name == "copy.pdf" and saved.read_bytes() == summary_dialog.pdf
    assert seal.verify_file(saved).ok  # what was previewed is what was sealed

    target = tmp_path / "chosen.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert summary_dialog.ask_and_save() == target and target.exists()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert summary_dialog.ask_and_save() is None


def test_printing_paints_the_chosen_pages(
    summary_dialog: DocumentPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def pdf_printer(name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / name))
        return printer

    everything = pdf_printer("all.pdf")
    assert summary_dialog.print_to(everything) == summary_dialog.page_count()
    assert len(reader((tmp_path / "all.pdf").read_bytes()).pages) == summary_dialog.page_count()

    first_only = pdf_printer("first.pdf")
    first_only.setFromTo(1, 1)
    assert summary_dialog.print_to(first_only) == 1

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert summary_dialog.ask_and_print() is False


def test_preview_of_a_missing_conversation_shows_the_error(
    qtbot, mus_round: MusRound, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(document_preview, "show_error", lambda parent, exc: shown.append(str(exc)))
    assert preview_conversation_document(None, "no-such-kind", str(mus_round.conversation.id)) \
        is None
    assert shown and "no-such-kind" in shown[0]


def test_wheel_overview_preview(qtbot, mus_round: MusRound) -> None:  # noqa: F811
    dialog = preview_round_document(None, "wheel", str(mus_round.round.id))
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.page_count() == 1
    assert dialog.suggested_name.startswith("wheel-MUS-2026")


def test_batch_runs_off_the_ui_thread_and_reports(
    qtbot, mus_round: MusRound, tmp_path: Path  # noqa: F811
) -> None:
    results = []
    make_round_documents(None, "invitation", str(mus_round.round.id), tmp_path / "out",
                         on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert len(results[0].written) == 3 and not results[0].cancelled
    assert all(p.exists() for p in results[0].written)


def test_combined_batch_writes_one_file(
    qtbot, mus_round: MusRound, tmp_path: Path  # noqa: F811
) -> None:
    results = []
    make_round_documents(None, "plan", str(mus_round.round.id), tmp_path / "plans.pdf",
                         on_done=results.append, combined=True)
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert results[0].written == [tmp_path / "plans.pdf"]
    assert len(reader((tmp_path / "plans.pdf").read_bytes()).pages) >= 3


def test_cancelling_the_batch_stops_after_the_current_file(
    qtbot, mus_round: MusRound, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    first_file_started, first_file_may_finish = threading.Event(), threading.Event()
    real = batch.render_conversation_document

    def slow_first(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        first_file_started.set()
        first_file_may_finish.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(batch, "render_conversation_document", slow_first)
    results = []
    job = make_round_documents(None, "prep-leader", str(mus_round.round.id), tmp_path / "out",
                               on_done=results.append)
    qtbot.waitUntil(first_file_started.is_set, timeout=20_000)
    # the user presses Cancel while the first file is being made
    job.progress_dialog.findChild(QPushButton).click()
    first_file_may_finish.set()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert results[0].cancelled and len(results[0].written) == 1


@pytest.fixture
def issued_summary(mus_round: MusRound, tmp_path: Path) -> Path:  # noqa: F811
    path = tmp_path / "summary.pdf"
    path.write_bytes(batch.render_conversation_document("summary", mus_round.conversation))
    return path


def test_verify_dialog_file_genuine_then_altered(
    qtbot, issued_summary: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(issued_summary), ""))
    with qtbot.waitSignal(dialog.file_checked, timeout=20_000) as checked:
        assert dialog.choose_file() is not None  # on a worker thread
        assert not dialog.file_button.isEnabled()  # busy meanwhile
        assert dialog.verify_file(issued_summary) is None  # one check at a time
    result = checked.args[0]
    assert result is not None and result.ok and dialog.file_button.isEnabled()
    assert dialog.result_label.text().startswith("Genuine")
    assert "not yet recorded as signed" in dialog.result_label.text()
    assert "e6f2ea" in dialog.result_frame.styleSheet()

    data = bytearray(issued_summary.read_bytes())
    width = bytes(data).index(b"/Widths [ ") + 11  # a glyph width: what the page shows
    data[width] = ord("9") if data[width] != ord("9") else ord("8")
    altered = issued_summary.with_name("altered.pdf")
    altered.write_bytes(bytes(data))
    with qtbot.waitSignal(dialog.file_checked, timeout=20_000) as checked:
        dialog.verify_file(altered)
    result = checked.args[0]
    assert result is not None and not result.ok
    assert dialog.result_label.text().startswith("Content changed")
    assert "f8e8e6" in dialog.result_frame.styleSheet()


def test_verify_dialog_typed_code_shows_the_stored_content(qtbot, issued_summary: Path) -> None:
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    assert not dialog.code_button.isEnabled()
    code = re.search(r"[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}", text_of(issued_summary.read_bytes()))
    assert code is not None
    qtbot.keyClicks(dialog.code_edit, code.group().lower().replace("-", " "))
    assert dialog.code_button.isEnabled()
    dialog.code_button.click()
    assert dialog.last_result is not None and dialog.last_result.ok
    assert "Søren Ærøskøbing" in dialog.details.toPlainText()

    dialog.code_edit.setText("AAAA-BBBB-CCCC")
    dialog.code_button.click()
    assert not dialog.last_result.ok
    assert dialog.details.toPlainText() == ""


def test_verify_dialog_reports_an_unreadable_file(
    qtbot, mus_round: MusRound, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    from musdesk.ui.dialogs import verify_dialog

    shown: list[str] = []
    monkeypatch.setattr(verify_dialog, "show_error", lambda parent, exc: shown.append(str(exc)))
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.file_checked, timeout=20_000) as checked:
        dialog.verify_file(tmp_path / "missing.pdf")
    assert checked.args[0] is None
    assert shown and "missing.pdf" in shown[0]


def test_dropping_a_pdf_on_the_verify_dialog_checks_it(qtbot, issued_summary: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    dialog = VerifyDialog()
    qtbot.addWidget(dialog)

    def drag_enter(path: Path) -> QDragEnterEvent:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        event = QDragEnterEvent(dialog.rect().center(), Qt.DropAction.CopyAction, data,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        event.ignore()
        dialog.dragEnterEvent(event)
        return event

    assert not drag_enter(issued_summary.with_suffix(".txt")).isAccepted()
    assert drag_enter(issued_summary).isAccepted()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(issued_summary))])
    drop = QDropEvent(QPointF(dialog.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(dialog.file_checked, timeout=20_000):
        dialog.dropEvent(drop)
    assert dialog.last_result is not None and dialog.last_result.ok


def test_closing_the_verify_dialog_cancels_the_check(qtbot, issued_summary: Path) -> None:
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.file_checked, timeout=20_000) as checked:
        job = dialog.verify_file(issued_summary)
        dialog.reject()
    assert job is not None and job.context.cancelled
    assert checked.args[0] is None and dialog.last_result is None


def test_a_result_that_arrives_after_closing_is_not_shown(qtbot, issued_summary: Path) -> None:
    from PySide6.QtCore import QThreadPool

    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.file_checked, timeout=20_000) as checked:
        job = dialog.verify_file(issued_summary)
        # The check ends on its worker before the dialog closes; its result waits in the queue.
        assert QThreadPool.globalInstance().waitForDone(20_000)
        dialog.reject()
    assert job is not None and job.context.cancelled
    assert checked.args[0] is None and dialog.last_result is None


def test_the_batch_message_counts_what_was_made(
    qtbot, mus_round: MusRound, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    from PySide6.QtWidgets import QWidget

    from musdesk.documents.batch import BatchResult
    from musdesk.ui.dialogs import document_preview

    told: list[str] = []
    monkeypatch.setattr(document_preview.QMessageBox, "information",
                        lambda parent, title, text: told.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "plans.pdf"
    make_round_documents(parent, "plan", str(mus_round.round.id), target, combined=True)
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    pages = len(reader(target.read_bytes()).pages)
    assert pages > 3 and "documents of 3 people" in told[0] and f"({pages} pages)" in told[0]
    assert "1 file" not in told[0]
    said = document_preview.batch_message(
        BatchResult(written=[tmp_path / "a.pdf"], people=1, skipped=2), tmp_path)
    assert said.startswith("1 file(s) written") and "2 conversation(s) not held yet" in said
