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
