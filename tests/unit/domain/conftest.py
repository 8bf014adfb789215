"""Small organisations and rounds for the domain tests, in a real encrypted workspace."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from musdesk.services import conversations, roster, rounds
from musdesk.storage import Workspace


@pytest.fixture
def org(workspace: Workspace) -> dict[str, Any]:
    return roster.create_organisation("Fjordby Kommune", language="da")


@pytest.fixture
def team(org: dict[str, Any]) -> dict[str, Any]:
    """A department with a leader (Lone) and three employees reporting to her."""
    department = roster.create_department(org["id"], "Borgerservice")
    leader = roster.create_employee(
        org["id"], "Lone", "Æbeløe", department_id=department["id"], job_title="Leder"
    )
    members = [
        roster.create_employee(
            org["id"], first, last, department_id=department["id"], leader_id=leader["id"]
        )
        for first, last in (("Søren", "Østergaard"), ("Åse", "Bæk"), ("Mads", "Krøyer"))
    ]
    return {"org": org, "department": department, "leader": leader, "members": members}


@pytest.fixture
def planned_round(team: dict[str, Any]) -> dict[str, Any]:
    return rounds.plan_round(
        team["org"]["id"],
        "MUS 2026",
        dt.date(2026, 2, 2),
        dt.date(2026, 12, 18),
        department_id=team["department"]["id"],
    )


def conversation_of(round_id: str, employee_id: str) -> dict[str, Any]:
    from musdesk.models import Conversation

    conv = Conversation.get(
        (Conversation.round == round_id) & (Conversation.employee == employee_id)
    )
    return conversations.get_conversation(str(conv.id))


def bring_to(conversation_id: str, status: str) -> None:
    """Walk a conversation along the happy path up to `status` (summary written on the way)."""
    path = [
        "invited",
        "prepared",
        "held",
        "summary_drafted",
        "sent_for_approval",
        "signed",
        "in_follow_up",
        "closed",
    ]
    current = conversations.get_conversation(conversation_id)["status"]
    for target in path[path.index(current) + 1 if current in path else 0 :]:
        if target == "summary_drafted":
            conversations.set_summary(conversation_id, "Gode resultater; fokus på nye opgaver.")
        conversations.transition(conversation_id, target)
        if target == status:
            return
