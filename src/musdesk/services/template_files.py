"""Question sets as small JSON files (to share between consultants), and the set's version
in another language (so a document never mixes languages).

The file format is the shipped files' own (`resources/templates/*.json`, format tag
`musdesk-template 1`): name, language, description and the sections per part with their
questions. An import is validated like an edit; a bad file is refused with a message that
says what is wrong, and nothing is saved.
"""

from __future__ import annotations

import json
from typing import Any

from musdesk.errors import MusdeskError
from musdesk.models import QuestionTemplate
from musdesk.models.enums import LANGUAGES
from musdesk.services import audit, templates
from musdesk.services.common import atomic, fetch

MAX_FILE_BYTES = 1_000_000


class TemplateFileInvalid(MusdeskError):
    """Not a question set file, or one with a wrong part; `detail` says what."""

    key = "templates.error.file_invalid"


class NoLanguageVersion(MusdeskError):
    key = "templates.error.no_language_version"


def export_template(template_id: str) -> bytes:
    data = templates.get_template(template_id)
    document = {
        "format": templates.TEMPLATE_FORMAT,
        "name": data["name"],
        "language": data["language"],
        "description": data["description"],
        "sections": [
            {
                "kind": s["kind"], "theme": s["theme"], "title": s["title"], "intro": s["intro"],
                "questions": [{"key": q["key"], "text": q["text"], "help": q["help"],
                               "kind": q["kind"]} for q in s["questions"]],
            }
            for s in data["sections"]
        ],
    }
    with atomic():
        audit.record("exported", fetch(QuestionTemplate, template_id, "template"),
                     detail="template json")
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _invalid(what: str) -> TemplateFileInvalid:
    return TemplateFileInvalid(detail=what)


def parse_template_file(raw: bytes) -> dict[str, Any]:
    """The file's content, checked for shape (the services check each value again)."""
    if len(raw) > MAX_FILE_BYTES:
        raise _invalid("file is larger than 1 MB")
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _invalid(f"not JSON ({exc.__class__.__name__})") from exc
    if not isinstance(document, dict) or document.get("format") != templates.TEMPLATE_FORMAT:
        raise _invalid(f"no \"format\": \"{templates.TEMPLATE_FORMAT}\"")
    if document.get("language") not in LANGUAGES:
        raise _invalid(f"\"language\" must be one of {', '.join(LANGUAGES)}")
    if not isinstance(document.get("name"), str) or not document["name"].strip():
        raise _invalid("\"name\" is missing")
    sections = document.get("sections")
    if not isinstance(sections, list) or not sections:
        raise _invalid("\"sections\" is missing or empty")
    for number, section in enumerate(sections, start=1):
        if not isinstance(section, dict):
            raise _invalid(f"section {number} is not an object")
        questions = section.get("questions")
        if not isinstance(questions, list) or not questions or not all(
                isinstance(q, dict) for q in questions):
            raise _invalid(f"section {number} has no questions")
    return document


def import_template(raw: bytes, name: str | None = None) -> dict[str, Any]:
    """A new question set (own family, version 1) from a file; refused whole when bad."""
    document = parse_template_file(raw)
    try:
        return templates.create_template(
            name or document["name"], document["language"],
            document.get("description", ""), document["sections"])
    except MusdeskError as exc:
        raise _invalid(str(exc)) from exc


def _related(template: QuestionTemplate) -> set[Any]:
    """The families this set was copied from or into (its translations are among them)."""
    families = {template.family}
    for version in QuestionTemplate.select().where(QuestionTemplate.family == template.family):
        if version.parent is not None:
            families.add(version.parent.family)
    families |= {t.family for t in QuestionTemplate.select().where(
        QuestionTemplate.parent.in_(
            QuestionTemplate.select(QuestionTemplate.id)
            .where(QuestionTemplate.family.in_(list(families)))))}
    return families


def language_version(template_id: str, language: str) -> QuestionTemplate | None:
    """The set itself when it is in `language`; else its version in that language: the
    shipped default of that language for a shipped set, or a copy made in that language."""
    template = fetch(QuestionTemplate, template_id, "template")
    if template.language == language:
        return template
    current = QuestionTemplate.superseded == False  # noqa: E712 - SQL expression
    if template.source == templates.DEFAULT_SOURCE:
        templates.install_default_template(language)
        shipped: QuestionTemplate | None = (
            QuestionTemplate.select()
            .where((QuestionTemplate.source == templates.DEFAULT_SOURCE)
                   & (QuestionTemplate.language == language) & current)
            .order_by(QuestionTemplate.created_at).first())
        return shipped
    related: QuestionTemplate | None = (
        QuestionTemplate.select()
        .where(QuestionTemplate.family.in_(list(_related(template)))
               & (QuestionTemplate.language == language) & current)
        .order_by(QuestionTemplate.created_at.desc()).first())
    return related


def require_language_version(template_id: str, language: str) -> QuestionTemplate:
    found = language_version(template_id, language)
    if found is None:
        template = fetch(QuestionTemplate, template_id, "template")
        raise NoLanguageVersion(name=template.name, wanted=language)
    return found
