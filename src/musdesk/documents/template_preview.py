"""A question set seen as the preparation sheet it prints as (for the set editor's preview):
the same renderer as a conversation's sheet, with blank names and no last year."""

from __future__ import annotations

from musdesk.documents.content import (
    EMPLOYEE_PART,
    Context,
    Person,
    PrepSheet,
    QuestionNote,
    Section,
)
from musdesk.documents.data import PREP_KIND
from musdesk.documents.handouts import render_prep_sheet
from musdesk.services import templates


def preview_prep_sheet(template_id: str, part: str = EMPLOYEE_PART) -> bytes:
    data = templates.get_template(template_id)
    sections = tuple(
        Section(s["title"], tuple(QuestionNote(q["text"]) for q in s["questions"]))
        for s in data["sections"] if s["kind"] == PREP_KIND[part]
    )
    context = Context(organisation="", round_name=data["name"], employee=Person("…"),
                      leader=Person("…"))
    return render_prep_sheet(PrepSheet(language=data["language"], part=part,
                                       context=context, sections=sections))
