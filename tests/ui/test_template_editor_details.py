"""The question set editor's details, from an empty workspace through real widgets: the set's
description, a question's help text and kind (free text / scale 1–5), a section's
introduction; "in use by the rounds …" said before editing; a set in use still gets a new
version; the preview shows each of the three parts and says which it is."""

from __future__ import annotations

import io

from pypdf import PdfReader

from musdesk.models import QuestionTemplate
from musdesk.services import roster, rounds, templates
from musdesk.ui.dialogs.document_preview import DocumentPreviewDialog
from tests.ui.test_template_editor import choose, open_editor


def _pdf_text(dialog: DocumentPreviewDialog) -> str:
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(dialog.pdf)).pages)
    return " ".join(text.split())


def _question(template_id: str, text: str) -> dict:
    data = templates.get_template(template_id)
    return next(q for s in data["sections"] for q in s["questions"] if q["text"] == text)


def test_details_description_in_use_and_previews_of_each_part(
        qtbot, workspace, monkeypatch) -> None:
    org = roster.create_organisation("Fjordby Havn", language="en")["id"]
    roster.create_employee(org, "Ole", "Hansen")
    editor = open_editor(qtbot)
    choose(editor, templates.install_default_template("en")["name"])
    assert editor.description.isReadOnly()  # the shipped set is copied, not edited
    editor.copy_button.click()
    assert editor.description.toPlainText() == ""  # the shipped set's own words stay there
    assert not editor.description.isReadOnly()
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Harbour set")
    editor.description.setPlainText("For the harbour's yearly talks")
    # a question of the employee's part: its text, help text and kind in the details
    editor.part.setCurrentIndex(editor.part.findData("employee_prep"))
    first = editor.tree.topLevelItem(0)
    editor.tree.setCurrentItem(first.child(0))
    details = editor.details
    assert details.pages.currentIndex() == 2 and details.question_text.toPlainText()
    details.question_text.setPlainText("How safe do you feel at the quay?")
    assert first.child(0).text(0) == "How safe do you feel at the quay?"  # the tree follows
    qtbot.keyClicks(details.question_help, "Think of the last month")
    scale = details.question_kind.findData("scale")
    details.question_kind.setCurrentIndex(scale)
    details.question_kind.activated.emit(scale)
    # a section: its introduction
    editor.tree.setCurrentItem(first)
    assert details.pages.currentIndex() == 1
    details.section_intro.setPlainText("About the work at the quay.")
    assert "Not saved" in editor.message.text()
    assert editor.save()
    own = QuestionTemplate.get(QuestionTemplate.name == "Harbour set")
    data = templates.get_template(str(own.id))
    assert data["description"] == "For the harbour's yearly talks"
    asked = _question(str(own.id), "How safe do you feel at the quay?")
    assert (asked["help"], asked["kind"]) == ("Think of the last month", "scale")
    assert next(s for s in data["sections"] if s["kind"] == "employee_prep")["intro"] == \
        "About the work at the quay."
    assert "No conversation uses this set yet" in editor.state.text()

    # each part previews as what it prints, and says which part it is
    opened: list[DocumentPreviewDialog] = []
    monkeypatch.setattr(DocumentPreviewDialog, "open", lambda self: opened.append(self))
    employee = editor.preview()
    assert employee is not None
    text = _pdf_text(employee)
    assert text.startswith(core("documents.prep_employee.title"))
    assert "How safe do you feel at the quay?" in text
    assert "Think of the last month" in text and "Circle one: 1 2 3 4 5" in text
    seen = {}
    for kind in ("leader_prep", "conversation"):
        editor.part.setCurrentIndex(editor.part.findData(kind))
        question = editor.tree.topLevelItem(0).child(0).text(0)
        dialog = editor.preview()
        assert dialog is not None
        seen[kind] = _pdf_text(dialog)
        assert question in seen[kind], kind
        assert kind_title(kind) in dialog.windowTitle()
    assert seen["leader_prep"].startswith(core("documents.prep_leader.title"))
    assert "The conversation itself – its questions" in seen["conversation"]
    assert "No sheet with them is handed out" in seen["conversation"]
    assert "How safe do you feel" not in seen["conversation"]

    # in use by a round: the editor says which, before anything is edited
    rounds.plan_round(org, "MUS 2026", "2026-02-02", "2026-06-30", template_id=str(own.id))
    rounds.plan_round(org, "MUS 2027", "2027-02-01", "2027-06-30", template_id=str(own.id))
    editor.reload_sets(select_id=str(own.id))
    assert "In use by the rounds MUS 2026, MUS 2027: saving makes a new version" in \
        editor.state.text()
    assert templates.rounds_using(str(own.id)) == ["MUS 2026", "MUS 2027"]
    editor.part.setCurrentIndex(editor.part.findData("employee_prep"))
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0).child(0))
    editor.details.question_help.clear()
    qtbot.keyClicks(editor.details.question_help, "Think of the whole year")
    assert editor.save() and "Saved as version 2" in editor.message.text()
    new = QuestionTemplate.get((QuestionTemplate.family == own.family)
                               & (QuestionTemplate.version == 2))
    assert _question(str(new.id), "How safe do you feel at the quay?")["help"] == \
        "Think of the whole year"
    assert _question(str(own.id), "How safe do you feel at the quay?")["help"] == \
        "Think of the last month"  # the rounds keep their version
    assert templates.get_template(str(new.id))["description"] == \
        "For the harbour's yearly talks"


def core(key: str) -> str:
    from musdesk import texts

    return texts.text(key, "en")


def kind_title(kind: str) -> str:
    from musdesk.models import enums

    return enums.label("section_kind", kind)
