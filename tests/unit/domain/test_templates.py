"""Question templates: the shipped defaults, copies and versioned edits."""

from __future__ import annotations

import json
from typing import Any

import pytest

from musdesk.errors import InvalidValue
from musdesk.models import QuestionTemplate
from musdesk.models.enums import SECTION_KINDS
from musdesk.resources import resource_path
from musdesk.services import templates
from musdesk.storage import Workspace

THEMES = {
    "looking_back",
    "wellbeing",
    "competencies",
    "looking_ahead",
    "feedback",
    "organisation",
    "ideas",
}


def _structure(data: dict[str, Any]) -> list[tuple[str, str, list[str]]]:
    return [(s["kind"], s["theme"], [q["key"] for q in s["questions"]]) for s in data["sections"]]


def test_shipped_templates_have_the_same_structure_in_every_language() -> None:
    files = sorted(resource_path("templates").glob("default.*.json"))
    assert [f.name for f in files] == ["default.da.json", "default.en.json", "default.nb.json"]
    structures = {f.name: _structure(json.loads(f.read_text("utf-8"))) for f in files}
    first = structures["default.en.json"]
    assert all(structure == first for structure in structures.values())


@pytest.mark.parametrize("language", ["da", "nb", "en"])
def test_shipped_template_covers_every_theme_for_every_part(language: str) -> None:
    data = templates.shipped_template_data(language)
    assert data["language"] == language
    for kind in SECTION_KINDS:
        themes = {s["theme"] for s in data["sections"] if s["kind"] == kind}
        assert themes == THEMES, kind
    texts = [q["text"] for s in data["sections"] for q in s["questions"]]
    assert all(t.strip() for t in texts)
    assert len(set(texts)) == len(texts)


def test_installing_the_default_is_idempotent(workspace: Workspace) -> None:
    first = templates.install_default_template("nb")
    second = templates.install_default_template("nb")
    assert first["id"] == second["id"]
    assert first["question_count"] > 20
    full = templates.get_template(first["id"])
    assert full["sections"][0]["kind"] == "employee_prep"
    assert "Tilbakeblikk" in [s["title"] for s in full["sections"]]


def test_unused_template_is_edited_in_place(workspace: Workspace) -> None:
    base = templates.install_default_template("en")
    copy = templates.copy_template(base["id"], "Our own set")
    assert copy["parent_id"] == base["id"] and copy["family"] != base["family"]
    sections = copy["sections"][:1]
    sections[0]["questions"] = [{"key": "only", "text": "How are you?"}]
    edited = templates.edit_template(copy["id"], sections=sections)
    assert edited["id"] == copy["id"] and edited["version"] == 1
    assert edited["question_count"] == 1


def test_used_template_is_never_edited_in_place(planned_round: dict[str, Any]) -> None:
    template_id = planned_round["template_id"]
    before = templates.get_template(template_id)
    edited = templates.edit_template(template_id, name="Renamed after use")
    assert edited["id"] != template_id
    assert edited["version"] == before["version"] + 1
    assert edited["family"] == before["family"] and edited["parent_id"] == template_id
    old = QuestionTemplate.get_by_id(template_id)
    assert old.name == before["name"] and old.superseded
    assert templates.get_template(template_id)["question_count"] == before["question_count"]
    listed = [t["id"] for t in templates.list_templates()]
    assert edited["id"] in listed and template_id not in listed


def test_empty_template_is_refused(workspace: Workspace) -> None:
    base = templates.install_default_template("da")
    with pytest.raises(InvalidValue):
        templates.edit_template(base["id"], sections=[])
    with pytest.raises(InvalidValue):
        templates.edit_template(
            base["id"],
            sections=[
                {"kind": "nonsense", "theme": "x", "title": "X", "questions": [{"text": "Q"}]}
            ],
        )
    assert templates.get_template(base["id"])["question_count"] == base["question_count"]
