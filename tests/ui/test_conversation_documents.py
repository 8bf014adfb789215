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


def test_the_summary_item_is_disabled_with_its_reason_until_the_conversation_is_held(
    qtbot, world  # noqa: F811
) -> None:
    tab = make_tab(qtbot, world)
    action = tab.page.document_actions["summary"]
    assert not action.isEnabled()
    assert "held" in action.text() and "held" in action.toolTip()
    bring_to_signing(qtbot, tab)
    assert action.isEnabled() and action.text() == "Summary for signature…"


def test_the_employee_comments_are_typed_saved_and_printed(
    qtbot, world, monkeypatch  # noqa: F811
) -> None:
    from musdesk.models import Conversation
    from tests.unit.documents.pdfcheck import text_of

    tab = make_tab(qtbot, world, autosave_ms=20)
    bring_to_signing(qtbot, tab)
    qtbot.keyClicks(tab.view.comments_edit, "Jeg vil gerne have en mentor")
    qtbot.waitUntil(lambda: Conversation.get_by_id(tab.conversation_id).employee_comments
                    == "Jeg vil gerne have en mentor", timeout=5_000)
    opened: list[DocumentPreviewDialog] = []
    monkeypatch.setattr(DocumentPreviewDialog, "open", lambda self: opened.append(self))
    tab.page.document_actions["summary"].trigger()  # rendered on a worker thread
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=30_000)
    qtbot.addWidget(opened[0])
    assert "Jeg vil gerne have en mentor" in " ".join(text_of(opened[0].pdf).split())
    # each printing is listed with the conversation
    qtbot.waitUntil(lambda: tab.view.paper_box.printings.count() >= 1, timeout=5_000)
    tab.refresh()
    assert "code" in tab.view.paper_box.printings.item(0).text()


def test_a_scan_is_opened_saved_and_removed_from_the_tab(
    qtbot, world, monkeypatch, tmp_path  # noqa: F811
) -> None:
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from musdesk.ui.tabs.conversation_paper import ScanImageDialog

    tab = make_tab(qtbot, world)
    box = tab.view.paper_box
    assert box.scans.count() == 0 and not box.open_button.isEnabled()
    picture = tmp_path / "signed.png"
    image = QImage(60, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(picture))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(picture), ""))
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    box = tab.view.paper_box  # the form was rebuilt
    assert box.scans.count() == 1 and "signed.png" in box.scans.item(0).text()

    opened: list[QDialog] = []
    monkeypatch.setattr(ScanImageDialog, "open", lambda self: opened.append(self))
    qtbot.mouseClick(box.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and not opened[0].image.pixmap().isNull()
    qtbot.addWidget(opened[0])

    copy = tmp_path / "copy.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert copy.read_bytes() == picture.read_bytes()

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert tab.view.paper_box.scans.count() == 0
    assert signing.scans(tab.conversation_id) == []


def test_the_personnel_file_copy_is_saved_as_pdfa_2b(
    qtbot, world, monkeypatch, tmp_path  # noqa: F811
) -> None:
    import pikepdf
    from PySide6.QtWidgets import QFileDialog

    from musdesk.documents import seal

    tab = make_tab(qtbot, world)
    action = tab.page.document_actions["summary-archive"]
    assert not action.isEnabled()  # not before the conversation is held
    bring_to_signing(qtbot, tab)
    assert action.isEnabled() and "PDF/A-2b" in action.text()
    opened: list[DocumentPreviewDialog] = []
    monkeypatch.setattr(DocumentPreviewDialog, "open", lambda self: opened.append(self))
    action.trigger()  # rendered on a worker thread
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=30_000)
    dialog = opened[0]
    qtbot.addWidget(dialog)
    assert "personnel file" in dialog.windowTitle()
    target = tmp_path / "personalemappe.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with pikepdf.open(target) as pdf:
        assert pdf.open_metadata().get("pdfaid:part") == "2" and len(pdf.attachments) == 0
    assert seal.verify_file(target).verdict is seal.Verdict.GENUINE


def test_send_for_approval_marks_it_sent_and_the_draft_says_so(
    qtbot, world, monkeypatch  # noqa: F811
) -> None:
    from tests.unit.documents.pdfcheck import squashed, text_of

    calls: list[str] = []
    real = signing.send_for_approval
    monkeypatch.setattr(signing, "send_for_approval",
                        lambda cid, at=None: calls.append(cid) or real(cid, at))
    tab = make_tab(qtbot, world)
    bring_to_signing(qtbot, tab)
    qtbot.mouseClick(tab.workflow_buttons["sent_for_approval"], Qt.MouseButton.LeftButton)
    assert calls == [tab.conversation_id]
    assert tab.data["conversation"]["status"] == "sent_for_approval"
    opened: list[DocumentPreviewDialog] = []
    monkeypatch.setattr(DocumentPreviewDialog, "open", lambda self: opened.append(self))
    tab.page.document_actions["summary"].trigger()  # rendered on a worker thread
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=30_000)
    qtbot.addWidget(opened[0])
    text = squashed(text_of(opened[0].pdf))
    assert squashed("sent to the employee on") in text or squashed(
        "sendt til medarbejderen") in text or squashed("sendt til medarbeideren") in text


def test_without_a_leader_the_consultant_signs_in_the_record_signatures_dialog(
    qtbot, world, monkeypatch  # noqa: F811
) -> None:
    from PySide6.QtWidgets import QLabel

    from musdesk.models import Conversation
    from musdesk.services.consultant import set_consultant

    set_consultant("Maja Holm", "Holm HR ApS")
    tab = make_tab(qtbot, world)
    Conversation.update(leader=None).where(Conversation.id == tab.conversation_id).execute()
    tab.refresh()
    bring_to_signing(qtbot, tab)
    labels: list[str] = []

    def look(dialog: SignDialog) -> QDialog.DialogCode:
        labels.extend(label.text() for label in dialog.findChildren(QLabel))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SignDialog, "exec", look)
    qtbot.mouseClick(tab.workflow_buttons["signed"], Qt.MouseButton.LeftButton)
    assert "Signed by Maja Holm on:" in labels
