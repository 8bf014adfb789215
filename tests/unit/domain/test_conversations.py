"""The conversation workflow, its content, signing, freezing and amendment."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from musdesk.errors import ForbiddenTransition, Frozen, InvalidValue
from musdesk.models import AuditEvent, SignedVersion, StatusChange
from musdesk.services import conversations, plans
from tests.unit.domain.conftest import bring_to, conversation_of


@pytest.fixture
def conv(planned_round: dict[str, Any], team: dict[str, Any]) -> dict[str, Any]:
    return conversation_of(planned_round["id"], team["members"][0]["id"])


def _first_question(conv_id: str, part: str) -> str:
    return next(a["question_id"] for a in conversations.answers(conv_id) if a["part"] == part)


def test_happy_path_records_every_transition_with_time(conv: dict[str, Any]) -> None:
    bring_to(conv["id"], "closed")
    history = conversations.status_history(conv["id"])
    assert [h["to_status"] for h in history] == [
        "planned",
        "invited",
        "prepared",
        "held",
        "summary_drafted",
        "sent_for_approval",
        "signed",
        "in_follow_up",
        "closed",
    ]
    assert all(h["at"] is not None for h in history)
    assert [h["from_status"] for h in history[1:]] == [h["to_status"] for h in history[:-1]]


def test_skipping_ahead_is_forbidden(conv: dict[str, Any]) -> None:
    with pytest.raises(ForbiddenTransition):
        conversations.transition(conv["id"], "in_follow_up")
    with pytest.raises(ForbiddenTransition):
        conversations.transition(conv["id"], "closed")
    assert conversations.get_conversation(conv["id"])["status"] == "planned"


def test_no_summary_no_signing(conv: dict[str, Any]) -> None:
    bring_to(conv["id"], "held")
    with pytest.raises(ForbiddenTransition) as caught:
        conversations.transition(conv["id"], "summary_drafted")
    assert "summary" in str(caught.value)
    conversations.set_summary(conv["id"], "Referat")
    conversations.transition(conv["id"], "summary_drafted")
    conversations.set_summary(conv["id"], "   ")
    with pytest.raises(ForbiddenTransition):
        conversations.sign(conv["id"], "2026-09-01", "2026-09-01")
    assert SignedVersion.select().count() == 0


def test_cancel_from_open_states_only(planned_round: dict[str, Any], team: dict[str, Any]) -> None:
    open_one = conversation_of(planned_round["id"], team["members"][0]["id"])
    signed_one = conversation_of(planned_round["id"], team["members"][1]["id"])
    conversations.transition(open_one["id"], "invited")
    assert conversations.cancel(open_one["id"], "Orlov")["status"] == "cancelled"
    with pytest.raises(ForbiddenTransition):
        conversations.transition(open_one["id"], "prepared")
    bring_to(signed_one["id"], "signed")
    with pytest.raises(ForbiddenTransition):
        conversations.cancel(signed_one["id"])


def test_signed_content_is_frozen(conv: dict[str, Any]) -> None:
    question = _first_question(conv["id"], "conversation")
    conversations.save_answer(conv["id"], question, "Godt år")
    agreement = conversations.add_agreement(conv["id"], "leader_expects", "Mentor for nye")
    bring_to(conv["id"], "signed")
    attempts = [
        lambda: conversations.save_answer(conv["id"], question, "Ændret"),
        lambda: conversations.set_summary(conv["id"], "Ændret"),
        lambda: conversations.add_agreement(conv["id"], "actions", "Ny"),
        lambda: conversations.update_agreement(agreement["id"], text="Ændret"),
        lambda: conversations.delete_agreement(agreement["id"]),
        lambda: conversations.schedule(conv["id"], "2026-10-01T10:00"),
        lambda: plans.add_goal(conv["employee_id"], "Nyt mål", conversation_id=conv["id"]),
    ]
    for attempt in attempts:
        with pytest.raises(Frozen):
            attempt()
    # The private note is not part of the signed content.
    conversations.add_private_note(conv["id"], "Virker presset")


def test_sign_stores_snapshot_hash_and_dates(conv: dict[str, Any]) -> None:
    conversations.schedule(conv["id"], "2026-09-01T09:00")
    conversations.add_private_note(conv["id"], "Hemmelig bekymring")
    conversations.add_agreement(conv["id"], "not_doing", "Ingen ny uddannelse i år, budget")
    bring_to(conv["id"], "sent_for_approval")
    with pytest.raises(InvalidValue):  # signed before the conversation took place
        conversations.sign(conv["id"], "2026-08-31", "2026-09-02")
    signed = conversations.sign(conv["id"], "2026-09-03", "2026-09-02")
    assert signed["employee_signed_on"] == dt.date(2026, 9, 3)
    assert signed["content_hash"] == conversations.content_hash(signed["snapshot"])
    data = json.loads(signed["snapshot"])
    assert data["agreements"][0]["kind"] == "not_doing"
    assert "Hemmelig" not in signed["snapshot"] and "private_notes" not in data
    with_notes = conversations.snapshot(conv["id"], include_private_notes=True)
    assert with_notes["private_notes"] == ["Hemmelig bekymring"]
    event = AuditEvent.get((AuditEvent.action == "signed") & (AuditEvent.record_id == conv["id"]))
    assert "Hemmelig" not in event.detail


def test_amend_starts_a_new_version_and_keeps_the_signed_one(conv: dict[str, Any]) -> None:
    bring_to(conv["id"], "in_follow_up")
    first = SignedVersion.get(SignedVersion.conversation == conv["id"])
    with pytest.raises(InvalidValue):
        conversations.amend(conv["id"], " ")
    amended = conversations.amend(conv["id"], "Forkert dato for kursus")
    assert (amended["status"], amended["version"]) == ("summary_drafted", 2)
    conversations.set_summary(conv["id"], "Rettet referat")
    conversations.sign(conv["id"], dt.date.today(), dt.date.today())
    versions = conversations.signed_versions(conv["id"])
    assert [v["version"] for v in versions] == [1, 2]
    assert versions[0]["snapshot"] == first.snapshot and versions[0]["intact"]
    assert versions[0]["amendment_reason"] == "Forkert dato for kursus"
    assert json.loads(versions[1]["snapshot"])["summary"] == "Rettet referat"
    with pytest.raises(ForbiddenTransition):
        conversations.amend(_unsigned(conv), "x")


def _unsigned(conv: dict[str, Any]) -> str:
    from musdesk.models import Conversation

    other = Conversation.get(
        (Conversation.round == conv["round_id"]) & (Conversation.status == "planned")
    )
    return str(other.id)


def test_answers_only_for_questions_of_the_conversations_template(
    conv: dict[str, Any],
) -> None:
    from musdesk.services import templates

    other = templates.install_default_template("en")
    foreign = templates.get_template(other["id"])["sections"][0]["questions"][0]["id"]
    with pytest.raises(InvalidValue):
        conversations.save_answer(conv["id"], foreign, "x")
    question = _first_question(conv["id"], "employee_prep")
    conversations.save_answer(conv["id"], question, "Første")
    conversations.save_answer(conv["id"], question, "Anden")
    answer = next(a for a in conversations.answers(conv["id"]) if a["question_id"] == question)
    assert answer["answer"] == "Anden" and answer["part"] == "employee_prep"
    with pytest.raises(InvalidValue):
        conversations.save_answer(conv["id"], question, "x" * 20_001)


def test_agreements_are_ordered_by_the_four_kinds(conv: dict[str, Any]) -> None:
    conversations.add_agreement(conv["id"], "not_doing", "D")
    conversations.add_agreement(conv["id"], "actions", "C", owner="employee", due_date="2026-10-01")
    conversations.add_agreement(conv["id"], "leader_expects", "A")
    conversations.add_agreement(conv["id"], "employee_can_expect", "B")
    assert [a["text"] for a in conversations.agreements(conv["id"])] == ["A", "B", "C", "D"]
    with pytest.raises(InvalidValue):
        conversations.add_agreement(conv["id"], "wishes", "E")
    with pytest.raises(InvalidValue):
        conversations.add_agreement(conv["id"], "actions", "")


def test_every_transition_is_in_the_history_table(conv: dict[str, Any]) -> None:
    bring_to(conv["id"], "prepared")
    rows = StatusChange.select().where(StatusChange.conversation == conv["id"]).count()
    assert rows == 3


def test_scan_attachment_is_stored_with_its_hash(conv: dict[str, Any]) -> None:
    saved = conversations.attach_scan(conv["id"], "referat.pdf", "application/pdf", b"%PDF-1.4")
    assert saved["size"] == 8 and len(saved["sha256"]) == 64 and "data" not in saved
    with pytest.raises(InvalidValue):
        conversations.attach_scan(conv["id"], "empty.pdf", "application/pdf", b"")
