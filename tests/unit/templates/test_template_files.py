"""Question sets as JSON files (export, import, validation, `musdesk template`) and documents
in another language than the organisation's never mixing languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from musdesk import cli
from musdesk.documents import batch, data
from musdesk.models import Conversation
from musdesk.services import roster, rounds, template_files, templates
from musdesk.services.template_files import NoLanguageVersion, TemplateFileInvalid
from musdesk.storage import Workspace
from tests.conftest import PASSPHRASE
from tests.unit.documents.pdfcheck import squashed, text_of


def test_export_then_import_gives_the_same_questions(workspace: Workspace) -> None:
    shipped = templates.install_default_template("nb")
    raw = template_files.export_template(shipped["id"])
    assert json.loads(raw)["format"] == "musdesk-template 1"
    copy = template_files.import_template(raw, name="Klinikkens sett")
    assert copy["name"] == "Klinikkens sett" and copy["language"] == "nb"
    assert copy["family"] != shipped["family"]
    questions = lambda t: [(s["kind"], q["text"]) for s in t["sections"]  # noqa: E731
                           for q in s["questions"]]
    assert questions(copy) == questions(templates.get_template(shipped["id"]))


@pytest.mark.parametrize(("raw", "says"), [
    (b"\xff\xfe not text", "not JSON"),
    (b"{\"format\": \"something else\"}", "format"),
    (json.dumps({"format": "musdesk-template 1", "name": "X", "language": "sv",
                 "sections": []}).encode(), "language"),
    (json.dumps({"format": "musdesk-template 1", "name": "X", "language": "da",
                 "sections": [{"kind": "employee_prep", "title": "T", "theme": "t",
                               "questions": []}]}).encode(), "no questions"),
    (json.dumps({"format": "musdesk-template 1", "name": "X", "language": "da",
                 "sections": [{"kind": "nonsense", "title": "T", "theme": "t",
                               "questions": [{"text": "Q"}]}]}).encode(), "nonsense"),
])
def test_a_bad_file_is_refused_with_a_reason_and_saves_nothing(
        workspace: Workspace, raw: bytes, says: str) -> None:
    before = len(templates.list_templates(include_superseded=True))
    with pytest.raises(TemplateFileInvalid) as caught:
        template_files.import_template(raw)
    assert says in str(caught.value)
    assert len(templates.list_templates(include_superseded=True)) == before


def test_a_document_in_another_language_uses_that_languages_set(workspace: Workspace) -> None:
    org = roster.create_organisation("Fjordby", language="da")["id"]
    roster.create_employee(org, "Ole", "Hansen")
    shipped = rounds.plan_round(org, "MUS", "2026-02-02", "2026-06-30")
    conv = Conversation.get(Conversation.round == shipped["id"])
    english = squashed(text_of(batch.render_conversation_document("prep-employee", conv, "en")))
    danish = squashed(text_of(batch.render_conversation_document("prep-employee", conv)))
    en_set = templates.get_template(templates.install_default_template("en")["id"])
    da_set = templates.get_template(templates.install_default_template("da")["id"])
    first = lambda t: next(q["text"] for s in t["sections"] if s["kind"] == "employee_prep"  # noqa: E731
                           for q in s["questions"])
    assert squashed(first(en_set)) in english and squashed(first(da_set)) not in english
    assert squashed(first(da_set)) in danish

    own = templates.copy_template(da_set["id"], "Vores egne spørgsmål")
    own_round = rounds.plan_round(org, "MUS 2027", "2027-02-01", "2027-06-30",
                                  template_id=own["id"])
    own_conv = Conversation.get(Conversation.round == own_round["id"])
    with pytest.raises(NoLanguageVersion) as caught:
        data.prep_sheet_of(own_conv, "employee", "en")
    assert "Vores egne spørgsmål" in str(caught.value)
    templates.copy_template(own["id"], "Our own questions", language="en")
    sheet = data.prep_sheet_of(own_conv, "employee", "en")
    assert sheet.sections  # the English copy is used


def test_template_cli_exports_and_imports(
        workspace: Workspace, workspace_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    templates.install_default_template("da")
    monkeypatch.setenv("MUSDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("MUSDESK_RECOVERY_KEY", raising=False)
    name = templates.list_templates("da")[0]["name"]
    workspace.lock()
    out = tmp_path / "set.json"
    assert cli.main(["template", "export", str(workspace_path), name, "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["name"] == name
    assert cli.main(["template", "import", str(workspace_path), str(out),
                     "--name", "Delt sæt"]) == 0
    assert "Delt sæt" in capsys.readouterr().out
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert cli.main(["template", "import", str(workspace_path), str(bad)]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "question set" in err
