"""The question set editor on real widgets, from an empty workspace: copy the shipped set,
rename, add/remove/reorder sections and questions; a set in use gets a new version and the
round keeps the old one; the wizard offers the saved set; import/export; preview as PDF."""

from __future__ import annotations

import datetime as dt
import io
import json

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox

from musdesk.models import Conversation, QuestionTemplate
from musdesk.services import roster, rounds, templates
from musdesk.ui.dialogs.document_preview import DocumentPreviewDialog
from musdesk.ui.dialogs.round_wizard import RoundWizard
from musdesk.ui.dialogs.template_editor import TemplateEditorDialog


def open_editor(qtbot) -> TemplateEditorDialog:
    editor = TemplateEditorDialog()
    qtbot.addWidget(editor)
    editor.show()
    return editor


def choose(editor: TemplateEditorDialog, name: str) -> None:
    for row in range(editor.sets.count()):
        if editor.sets.item(row).text().startswith(name):
            editor.sets.setCurrentRow(row)
            return
    raise AssertionError(name)


def questions(template_id: str, kind: str) -> list[str]:
    data = templates.get_template(template_id)
    return [q["text"] for s in data["sections"] if s["kind"] == kind for q in s["questions"]]


def questions_in_tree(editor) -> list[str]:
    tree = editor.tree
    return [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())]


def test_copy_edit_and_a_set_in_use_gets_a_new_version(qtbot, workspace, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("musdesk.ui.errors.show_error",
                        lambda parent, error, title=None: shown.append(str(error)))
    org = roster.create_organisation("Fjordby Havn", language="en")["id"]
    roster.create_employee(org, "Ole", "Hansen")
    editor = open_editor(qtbot)
    shipped = templates.install_default_template("en")
    choose(editor, shipped["name"])
    editor.copy_button.click()
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Harbour questions")
    editor.part.setCurrentIndex(editor.part.findData("employee_prep"))
    first_section = editor.tree.topLevelItem(0)
    editor.tree.setCurrentItem(first_section.child(0))
    removed = first_section.child(0).text(0)
    editor.remove_button.click()  # asks first, naming the question
    box = editor.confirm_box
    assert box is not None and removed in box.text()
    assert questions_in_tree(editor).count(removed) == 1  # nothing gone before the answer
    remove = next(b for b in box.buttons()
                  if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    remove.click()
    assert removed not in questions_in_tree(editor)
    editor.add_section_button.click()
    item = editor.tree.currentItem()
    item.setText(0, "Safety at the quay")
    editor.add_question_button.click()
    editor.tree.currentItem().setText(0, "Which risk worries you most?")
    editor.up_button.click()  # the new question goes before the default new one
    editor.tree.setCurrentItem(editor.tree.topLevelItem(editor.tree.topLevelItemCount() - 1))
    editor.up_button.click()  # the new section moves up one place
    assert editor.save()
    own = QuestionTemplate.get(QuestionTemplate.name == "Harbour questions")
    texts_now = questions(str(own.id), "employee_prep")
    assert removed not in texts_now
    section_titles = [s["title"] for s in templates.get_template(str(own.id))["sections"]
                      if s["kind"] == "employee_prep"]
    assert section_titles[-2] == "Safety at the quay"
    assert texts_now.index("Which risk worries you most?") < texts_now.index("New question")
    assert own.version == 1 and not own.superseded  # not in use: changed in place

    # the wizard chooses the set
    wizard = RoundWizard(org, today=dt.date(2026, 2, 2))
    qtbot.addWidget(wizard)
    wizard.show()
    index = wizard.round_page.template.findData(str(own.id))
    assert index >= 0
    wizard.round_page.template.setCurrentIndex(index)
    for _ in range(4):
        wizard.next()
    with qtbot.waitSignal(wizard.round_planned, timeout=20_000):
        wizard.accept()
    assert not shown, shown
    round_id = wizard.planned["id"]
    assert Conversation.get(Conversation.round == round_id).template_id == own.id

    # in use now: an edit makes version 2, the round's conversation keeps version 1
    editor.reload_sets(select_id=str(own.id))
    assert "in use" in editor.sets.currentItem().text()
    editor.part.setCurrentIndex(editor.part.findData("conversation"))
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0))
    editor.add_question_button.click()
    editor.tree.currentItem().setText(0, "What should the harbour master know?")
    assert editor.save()
    assert "Saved as version 2" in editor.message.text()
    new = QuestionTemplate.get((QuestionTemplate.family == own.family)
                               & (QuestionTemplate.version == 2))
    assert "What should the harbour master know?" in questions(str(new.id), "conversation")
    assert "What should the harbour master know?" not in questions(str(own.id), "conversation")
    assert Conversation.get(Conversation.round == round_id).template_id == own.id
    assert QuestionTemplate.get_by_id(own.id).superseded

    # preview as the preparation sheet PDF
    opened = []
    monkeypatch.setattr(DocumentPreviewDialog, "open", lambda self: opened.append(self))
    editor.part.setCurrentIndex(editor.part.findData("employee_prep"))
    editor.preview()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(opened[-1].pdf)).pages)
    assert "Which risk worries you most?" in " ".join(text.split())
    assert rounds.get_round(round_id)["template_id"] == str(own.id)


def test_export_and_import_through_the_editor(qtbot, workspace, tmp_path, monkeypatch) -> None:
    editor = open_editor(qtbot)
    choose(editor, templates.install_default_template("da")["name"])
    target = tmp_path / "shared.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    editor.export_button.click()
    assert json.loads(target.read_text(encoding="utf-8"))["language"] == "da"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    before = editor.sets.count()
    editor.import_button.click()
    assert editor.sets.count() == before + 1 and "Imported" in editor.message.text()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "musdesk-template 1", "name": "X", "language": "da"}',
                   encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown: list[str] = []
    monkeypatch.setattr("musdesk.ui.dialogs.template_editor.guarded",
                        lambda parent, action: _capture(shown, action))
    editor.import_button.click()
    assert shown and "not a usable question set" in shown[-1]
    assert editor.sets.count() == before + 1


def _capture(shown: list[str], action):  # type: ignore[no-untyped-def]
    from musdesk.errors import MusdeskError

    try:
        return action()
    except MusdeskError as exc:
        shown.append(str(exc))
        return None


def test_a_copy_in_another_language_serves_documents_in_that_language(qtbot, workspace) -> None:
    from musdesk.documents import data
    from musdesk.services.template_files import NoLanguageVersion

    org = roster.create_organisation("Fjordby", language="da")["id"]
    roster.create_employee(org, "Ole", "Hansen")
    editor = open_editor(qtbot)
    choose(editor, templates.install_default_template("da")["name"])
    editor.copy_button.click()  # a Danish set of one's own
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Fjordbys spørgsmål")
    assert editor.save()
    own = QuestionTemplate.get(QuestionTemplate.name == "Fjordbys spørgsmål")
    planned = rounds.plan_round(org, "MUS", "2026-02-02", "2026-06-30", template_id=str(own.id))
    conv = Conversation.get(Conversation.round == planned["id"])
    try:
        data.prep_sheet_of(conv, "employee", "en")
        raise AssertionError("mixed languages")
    except NoLanguageVersion:
        pass
    editor.reload_sets(select_id=str(own.id))
    editor.copy_language.setCurrentIndex(editor.copy_language.findData("en"))
    editor.copy_button.click()
    assert "(en, v1)" in editor.sets.currentItem().text()
    editor.part.setCurrentIndex(editor.part.findData("employee_prep"))
    editor.tree.topLevelItem(0).child(0).setText(0, "What went well this year?")
    assert editor.save()
    sheet = data.prep_sheet_of(conv, "employee", "en")
    assert sheet.sections[0].notes[0].question == "What went well this year?"
