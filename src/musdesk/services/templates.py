"""Question templates: the shipped defaults per language, copies and versioned edits.

A version that a conversation has used is never changed: editing it makes a new version in
the same family (the old one is marked superseded), so every conversation keeps the exact
questions it was held with.
"""

from __future__ import annotations

import copy
import json
import uuid
from functools import cache
from typing import Any

from peewee import fn

from musdesk.errors import InvalidValue
from musdesk.models import (
    Conversation,
    QuestionTemplate,
    Round,
    TemplateQuestion,
    TemplateSection,
)
from musdesk.models.enums import LANGUAGES, QUESTION_KINDS, SECTION_KINDS
from musdesk.resources import resource_path
from musdesk.services import audit
from musdesk.services.common import (
    MAX_NAME,
    MAX_TEXT,
    as_dict,
    atomic,
    choice,
    fetch,
    optional_text,
    reason,
    reject_unknown,
    required_text,
)

TEMPLATE_FORMAT = "musdesk-template 1"
DEFAULT_SOURCE = "default"


def shipped_template_data(language: str, name: str = DEFAULT_SOURCE) -> dict[str, Any]:
    """The shipped template file `resources/templates/<name>.<language>.json` as data
    (a fresh copy: callers may change it)."""
    choice("language", language, LANGUAGES)
    return copy.deepcopy(_read_shipped(language, name))


@cache
def _read_shipped(language: str, name: str) -> dict[str, Any]:
    path = resource_path("templates", f"{name}.{language}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != TEMPLATE_FORMAT:
        raise ValueError(f"{path.name}: not a {TEMPLATE_FORMAT} file")
    return data


def _checked_sections(sections: Any) -> list[dict[str, Any]]:
    """Validate a template's sections (as in the shipped files); return them cleaned."""
    if not isinstance(sections, list) or not sections:
        raise InvalidValue("sections", reason("template_structure"))
    cleaned = []
    for section in sections:
        questions = section.get("questions") or []
        if not questions:
            raise InvalidValue("sections", reason("template_structure"))
        cleaned.append(
            {
                "kind": choice("kind", section.get("kind"), SECTION_KINDS),
                "theme": required_text("theme", section.get("theme"), 64),
                "title": required_text("title", section.get("title"), 300),
                "intro": optional_text("intro", section.get("intro"), MAX_TEXT),
                "questions": [
                    {
                        "key": required_text("key", q.get("key") or uuid.uuid4().hex[:12], 64),
                        "text": required_text("text", q.get("text"), 2000),
                        "help": optional_text("help", q.get("help"), 2000),
                        "kind": choice("kind", q.get("kind", "text"), QUESTION_KINDS),
                    }
                    for q in questions
                ],
            }
        )
    return cleaned


def _write_sections(template: QuestionTemplate, sections: list[dict[str, Any]]) -> None:
    for s_order, section in enumerate(sections):
        row = TemplateSection.create(
            template=template,
            kind=section["kind"],
            theme=section["theme"],
            title=section["title"],
            intro=section["intro"],
            sort_order=s_order,
        )
        TemplateQuestion.insert_many(
            [
                {
                    "id": uuid.uuid4(),
                    "section": row.id,
                    "key": q["key"],
                    "text": q["text"],
                    "help": q["help"],
                    "kind": q["kind"],
                    "sort_order": q_order,
                }
                for q_order, q in enumerate(section["questions"])
            ]
        ).execute()


def _create(
    *,
    name: str,
    language: str,
    description: str,
    sections: list[dict[str, Any]],
    family: uuid.UUID | None = None,
    version: int = 1,
    parent: QuestionTemplate | None = None,
    source: str | None = None,
) -> QuestionTemplate:
    template = QuestionTemplate.create(
        family=family or uuid.uuid4(),
        version=version,
        name=required_text("name", name),
        language=choice("language", language, LANGUAGES),
        description=optional_text("description", description, MAX_TEXT),
        parent=parent,
        source=source,
    )
    _write_sections(template, _checked_sections(sections))
    audit.record("created", template, detail=f"version={version}")
    return template


def create_template(name: str, language: str, description: str,
                    sections: list[dict[str, Any]]) -> dict[str, Any]:
    """A new question set of the consultant's own (a family of its own, version 1)."""
    with atomic():
        template = _create(name=name, language=language, description=description,
                           sections=sections)
    return get_template(str(template.id))


def install_default_template(language: str) -> dict[str, Any]:
    """The shipped default template of a language, installed on first use (idempotent)."""
    with atomic():
        existing = (
            QuestionTemplate.select()
            .where(
                (QuestionTemplate.source == DEFAULT_SOURCE)
                & (QuestionTemplate.language == language)
                & (QuestionTemplate.superseded == False)  # noqa: E712 - SQL expression
            )
            .order_by(QuestionTemplate.created_at)
            .first()
        )
        if existing is None:
            data = shipped_template_data(language)
            existing = _create(
                name=data["name"],
                language=language,
                description=data.get("description", ""),
                sections=data["sections"],
                source=DEFAULT_SOURCE,
            )
    return template_summary(existing)


def rounds_using(template_id: str) -> list[str]:
    """The names of the rounds whose conversations use this version of the set (the editor
    says so before anything is changed: saving it makes a new version)."""
    template = fetch(QuestionTemplate, template_id, "template")
    query = (Round.select(Round.name).distinct()
             .join(Conversation, on=(Conversation.round == Round.id))
             .where(Conversation.template == template)
             .order_by(Round.period_start, Round.name))
    return [row.name for row in query]


def template_summary(template: QuestionTemplate) -> dict[str, Any]:
    questions = (
        TemplateQuestion.select()
        .join(TemplateSection)
        .where(TemplateSection.template == template)
        .count()
    )
    in_use = Conversation.select().where(Conversation.template == template).exists()
    return as_dict(template, question_count=questions, in_use=in_use)


def list_templates(
    language: str | None = None, *, include_superseded: bool = False
) -> list[dict[str, Any]]:
    query = QuestionTemplate.select().order_by(QuestionTemplate.name, QuestionTemplate.version)
    if language is not None:
        query = query.where(QuestionTemplate.language == language)
    if not include_superseded:
        query = query.where(QuestionTemplate.superseded == False)  # noqa: E712
    return [template_summary(template) for template in query]


def get_template(template_id: str) -> dict[str, Any]:
    """The template with its sections (in order), each with its questions (in order)."""
    template = fetch(QuestionTemplate, template_id, "template")
    sections = []
    query = TemplateSection.select().where(TemplateSection.template == template)
    for section in query.order_by(TemplateSection.sort_order):
        questions = section.questions.order_by(TemplateQuestion.sort_order)
        sections.append(as_dict(section, questions=[as_dict(q) for q in questions]))
    return template_summary(template) | {"sections": sections}


def _sections_as_input(template_id: str) -> list[dict[str, Any]]:
    return [
        {
            "kind": s["kind"],
            "theme": s["theme"],
            "title": s["title"],
            "intro": s["intro"],
            "questions": [
                {"key": q["key"], "text": q["text"], "help": q["help"], "kind": q["kind"]}
                for q in s["questions"]
            ],
        }
        for s in get_template(template_id)["sections"]
    ]


def copy_template(template_id: str, name: str, language: str | None = None) -> dict[str, Any]:
    """A new template (own family, version 1) with the same questions; `parent` = source.
    A copy of a shipped set starts without its description (which speaks of the shipped
    set: "copy it to adapt it"); a copy of one's own set keeps it."""
    with atomic():
        source = fetch(QuestionTemplate, template_id, "template")
        copy = _create(
            name=name,
            language=language or source.language,
            description="" if source.source else source.description,
            sections=_sections_as_input(template_id),
            parent=source,
        )
    return get_template(str(copy.id))


def edit_template(template_id: str, **changes: Any) -> dict[str, Any]:
    """Change name, description or sections. In place while no conversation has used this
    version; otherwise a new version of the family, the old one marked superseded."""
    reject_unknown(changes, ("name", "description", "sections"))
    with atomic():
        template = fetch(QuestionTemplate, template_id, "template")
        name = required_text("name", changes.get("name", template.name), MAX_NAME)
        description = optional_text(
            "description", changes.get("description", template.description), MAX_TEXT
        )
        sections = _checked_sections(
            changes["sections"] if "sections" in changes else _sections_as_input(template_id)
        )
        in_use = Conversation.select().where(Conversation.template == template).exists()
        if not in_use:
            template.name, template.description = name, description
            template.save()
            if "sections" in changes:
                TemplateSection.delete().where(TemplateSection.template == template).execute()
                _write_sections(template, sections)
            audit.record("updated", template)
            result = template
        else:
            latest = (
                QuestionTemplate.select(fn.MAX(QuestionTemplate.version))
                .where(QuestionTemplate.family == template.family)
                .scalar()
            )
            result = _create(
                name=name,
                language=template.language,
                description=description,
                sections=sections,
                family=template.family,
                version=latest + 1,
                parent=template,
                source=template.source,
            )
            QuestionTemplate.update(superseded=True).where(
                (QuestionTemplate.family == template.family) & (QuestionTemplate.id != result.id)
            ).execute()
    return get_template(str(result.id))
