"""The wheel tab reaches the round's documents: the overview, and everyone's handouts at once."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from musdesk.models import Conversation
from musdesk.ui.dialogs import document_preview
from musdesk.ui.dialogs.document_preview import DocumentPreviewDialog
from musdesk.ui.tabs.wheel_tab import WheelTab
from tests.ui.test_wheel_tab import _built, half_round, tab  # noqa: F401


def test_all_invitations_of_the_round_in_one_go(
    qtbot, tab: WheelTab, half_round: dict, tmp_path: Path, monkeypatch  # noqa: F811
) -> None:
    told: list[str] = []
    monkeypatch.setattr(document_preview.QMessageBox, "information",
                        lambda parent, title, text: told.append(text))
    expected = Conversation.select().where(Conversation.round == half_round["id"]).count()
    assert expected > 1
    folder = tmp_path / "invitations"
    folder.mkdir()
    job = tab.make_documents("invitation", folder)
    assert job is not None
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    written = sorted(folder.glob("*.pdf"))
    assert len(written) == expected
    assert all(len(PdfReader(path).pages) >= 1 for path in written)
    assert str(folder) in told[0]


def test_wheel_overview_preview(qtbot, tab: WheelTab, monkeypatch) -> None:  # noqa: F811
    opened: list[DocumentPreviewDialog] = []
    monkeypatch.setattr(DocumentPreviewDialog, "open", lambda self: opened.append(self))
    labels = [a.text() for a in tab.documents_button.menu().actions() if a.text()]
    assert labels[0].startswith("MUS wheel overview")
    tab.preview_wheel_overview()
    assert len(opened) == 1
    qtbot.addWidget(opened[0])
    assert opened[0].page_count() == 1


def _printed_pages(dialog, tmp_path: Path) -> int:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    sent = dialog.print_to(printer)
    assert len(PdfReader(out).pages) == sent
    return sent


def test_print_everyone_s_invitation_in_one_go(
    qtbot, tab: WheelTab, half_round: dict, tmp_path: Path  # noqa: F811
) -> None:
    from musdesk.ui.dialogs.print_stack import StackPreviewDialog

    ready: list[StackPreviewDialog] = []
    labels = [a.text() for a in tab.documents_button.menu().actions()]
    assert "Print in one go" in labels
    tab.print_stack("invitation", on_ready=ready.append)
    qtbot.waitUntil(lambda: bool(ready), timeout=120_000)
    dialog = ready[0]
    qtbot.addWidget(dialog)
    people = Conversation.select().where(
        (Conversation.round == half_round["id"]) & (Conversation.status != "cancelled")).count()
    combined = PdfReader(__import__("io").BytesIO(dialog.documents[0][1]))
    # one page each, and a blank back after every person but the last: two sides a person
    assert len(combined.pages) == 2 * people - 1
    assert f"{len(combined.pages)} page(s)" in dialog.summary_label.text()
    assert _printed_pages(dialog, tmp_path) == len(combined.pages)


def test_print_everyone_s_summary_leaves_out_those_not_held(
    qtbot, tab: WheelTab, half_round: dict, tmp_path: Path  # noqa: F811
) -> None:
    from musdesk.documents import batch
    from musdesk.ui.dialogs.print_stack import StackPreviewDialog

    held = [c for c in Conversation.select().where(Conversation.round == half_round["id"])
            if batch.data.summary_refusal(c.status) is None]
    not_held = [c for c in Conversation.select().where(Conversation.round == half_round["id"])
                if c.status in ("planned", "invited", "prepared")]
    assert held and not_held  # the half-done round has both
    ready: list[StackPreviewDialog] = []
    tab.print_stack("summary", on_ready=ready.append)
    qtbot.waitUntil(lambda: bool(ready), timeout=120_000)
    dialog = ready[0]
    qtbot.addWidget(dialog)
    assert len(dialog.documents) == len(held)
    assert "not held yet, left out" in dialog.summary_label.text()
    assert _printed_pages(dialog, tmp_path) >= dialog.page_total()
    stopped = batch.round_stack("summary", half_round["id"], is_cancelled=lambda: True)
    assert stopped.cancelled and not stopped.documents
