"""A signed version is reprinted as it was signed: goals adjusted and meetings held after
signing do not change the printed summary, its content or its verification code."""

from __future__ import annotations

import dataclasses
import datetime as dt

from musdesk.documents import batch, data, seal
from musdesk.documents.content_json import summary_from_canonical
from musdesk.models import Conversation, DevelopmentGoal
from musdesk.services import goal_adjustment
from tests.unit.documents.conftest import MusRound
from tests.unit.documents.pdfcheck import text_of
from tests.unit.documents.test_trust import _reread, _sign


def test_a_summary_comes_back_whole_from_its_canonical_content(mus_round: MusRound) -> None:
    doc = data.summary_of(mus_round.conversation)
    again = summary_from_canonical(seal.canonical_content(doc))
    assert again == doc and dataclasses.asdict(again) == dataclasses.asdict(doc)


def test_a_reprint_after_the_goal_was_adjusted_is_what_was_signed(mus_round: MusRound) -> None:
    conversation = mus_round.conversation
    _sign(conversation)
    signed: Conversation = _reread(conversation)
    goal = DevelopmentGoal.select().where(DevelopmentGoal.conversation == signed).first()
    assert goal is not None
    before = data.summary_of(signed)
    first_code = seal.verify_pdf_bytes(
        batch.render_conversation_document("summary", signed, record=False)).record.code

    goal_adjustment.adjust_goal(goal_adjustment.GoalAdjustment(
        goal_id=str(goal.id), cadence="weekly", cadence_days=None, starts_on=None,
        deadline=dt.date(2027, 12, 17), outcome="achieved", why="Done early"))
    later = _reread(conversation)
    after = data.summary_of(later)
    assert after == before  # the goal as signed: its cadence, deadline and status then
    pdf = batch.render_conversation_document("summary", later, record=False)
    result = seal.verify_pdf_bytes(pdf)
    assert result.ok and result.record is not None and result.record.code == first_code
    assert "17.12.2027" not in text_of(pdf)
    found = seal.verify_code(first_code)
    assert found.ok and found.record is not None
