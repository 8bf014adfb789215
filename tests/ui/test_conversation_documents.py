"""The conversation tab reaches the documents: preview/print, and a scan kept with the signing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from musdesk.services import signing
from musdesk.ui.dialogs.conversation_workflow import SignDialog
from musdesk.ui.dialogs.document_preview import DocumentPreviewDialog
from tests.ui.test_conversation_tab import bring_to_signing, errors, make_tab, world  # noqa: F401

SCAN = b"%PDF-1.4 scanned paper with two signatures\n%%EOF\n"


def sign_with_scan(qtbot, tab, monkeypatch, scan: Path) -> None:
    def accept(dialog: SignDialog) -> QDialog.DialogCode:
        dialog.scan_path.setText(str(scan))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignDialog, "exec", accept)
    qtbot.mouseClick(tab.workflow_buttons["signed"], Qt.MouseButton.LeftButton)


def test_signing_keeps_the_scan_of_the_paper(qtbot, world, monkeypatch, tmp_path) -> None:  # noqa: F811
    scan = tmp_path / "signed-summary.pdf"
    scan.write_bytes(SCAN)
    tab = make_tab(qtbot, world)
    bring_to_signing(qtbot, tab)
    sign_with_scan(qtbot, tab, monkeypatch, scan)
    assert tab.data["conversation"]["status"] == "signed"
    stored = signing.scans(tab.conversation_id)
    assert [s["filename"] for s in stored] == ["signed-summary.pdf"]
    name, _mime, data = signing.scan_data(stored[0]["id"])
    assert (name, data) == ("signed-summary.pdf", SCAN)


def test_a_missing_scan_file_says_so_and_leaves_it_unsigned(
    qtbot, world, monkeypatch, tmp_path, errors  # noqa: F811
) -> None:
    tab = make_tab(qtbot, world)
    bring_to_signing(qtbot, tab)
    sign_with_scan(qtbot, tab, monkeypatch, tmp_path / "not-there.pdf")
    assert tab.data["conversation"]["status"] == "summary_drafted"
    shown = [*errors, tab.save_problem.text()]
    assert any("not-there.pdf" in message for message in shown), shown
    assert signing.scans(tab.conversation_id) == []


def test_documents_menu_previews_the_summary(qtbot, world, monkeypatch) -> None:  # noqa: F811
    opened: list[DocumentPreviewDialog] = []
    monkeypatch.setattr(DocumentPreviewDialog, "open", lambda self: opened.append(self))
    tab = make_tab(qtbot, world)
    bring_to_signing(qtbot, tab)
    assert tab.documents_button.isVisible()
    titles = [action.text() for action in tab.documents_button.menu().actions()]
    assert titles[0].startswith("Summary")
    tab.documents_button.menu().actions()[0].trigger()  # rendered on a worker thread
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20_000)
    dialog = opened[0]
    qtbot.addWidget(dialog)
    assert dialog.page_count() >= 1
    assert "Mikkel Lund" in dialog.windowTitle()
