"""The "last year" block shared by the preparation sheets and the summary: the previous
round's agreements and each of its goals with how it ended (status, evaluation, what helped)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from musdesk import texts
from musdesk.documents import blocks
from musdesk.documents.content import GoalReview, LastYear
from musdesk.documents.summary import AGREEMENT_FIELDS


def _goal_line(goal: GoalReview, language: str) -> str:
    parts = [goal.outcome or goal.status]
    if goal.progress is not None and not goal.outcome:
        parts.append(f"{goal.progress} %")
    details = ", ".join(p for p in parts if p)
    return f"• {goal.title}" + (f" — {details}" if details else "")


def last_year_story(last: LastYear | None, language: str,
                    heading_key: str = "documents.prep.last_year") -> list[Flowable]:
    """Nothing when there is no previous round or it left nothing to look back on."""
    if last is None or last.is_empty():
        return []
    story: list[Flowable] = [blocks.label(heading_key, language)]
    if last.round_name:
        story.append(blocks.para(
            texts.text("documents.last_year.round", language, round=last.round_name), "label"))
    for field_name, key in AGREEMENT_FIELDS:
        value = getattr(last.agreements, field_name)
        if value:
            story.append(blocks.label(key, language, "h3"))
            story.extend(blocks.long_text(value, language))
    if last.goals:
        story.append(blocks.label("documents.last_year.goals", language, "h3"))
        for goal in last.goals:
            story.append(blocks.para(_goal_line(goal, language), "answer"))
            if goal.what_helped:
                story.append(blocks.para(
                    texts.text("documents.last_year.what_helped", language,
                               text=goal.what_helped), "answer"))
    return story
