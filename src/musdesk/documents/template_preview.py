"""A question set seen as the sheet each part prints as (for the set editor's preview): the
same renderer as a conversation's preparation sheets, with blank names and no last year. The
conversation part has no handout of its own: its preview is a sheet titled as such ("The
conversation itself – its questions", saying that no such sheet is handed out)."""

from __future__ import annotations

from musdesk.documents.content import (
    CONVERSATION_PART,
    EMPLOYEE_PART,
    LEADER_PART,
    Context,
    Person,
    PrepNote,
    PrepSheet,
    Section,
)
from musdesk.documents.handouts import render_prep_sheet
from musdesk.services import templates

# The question set's part (enums.SECTION_KINDS) → the sheet it is previewed as.
PART_OF_KIND = {"employee_prep": EMPLOYEE_PART, "leader_prep": LEADER_PART,
                "conversation": CONVERSATION_PART}


def preview_part(template_id: str, kind: str = "employee_prep") -> bytes:
    """The PDF of one part of the set (a SECTION_KINDS value)."""
    data = templates.get_template(template_id)
    sections = tuple(
        Section(s["title"], tuple(PrepNote(q["text"], help=q["help"],
                                           scale=q["kind"] == "scale")
                                  for q in s["questions"]))
        for s in data["sections"] if s["kind"] == kind
    )
    context = Context(organisation="", round_name=data["name"], employee=Person("…"),
                      leader=Person("…"))
    return render_prep_sheet(PrepSheet(language=data["language"], part=PART_OF_KIND[kind],
                                       context=context, sections=sections))
