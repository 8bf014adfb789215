"""Each domain rule has one home: deleting a sub-goal or an activity goes through the plan
service's freeze rule (also from the conversation form), and a scan names a signed version
of its own conversation only."""

from __future__ import annotations

from typing import Any

import pytest

from musdesk.errors import Frozen, InvalidValue
from musdesk.models import ScanAttachment, SignedVersion
from musdesk.services import conversation_form, conversations, plans
from tests.unit.domain.conftest import bring_to, conversation_of


@pytest.fixture
def conv(planned_round: dict[str, Any], team: dict[str, Any]) -> dict[str, Any]:
    return conversation_of(planned_round["id"], team["members"][0]["id"])


def test_sub_goals_and_activities_of_a_signed_goal_cannot_be_deleted(
    conv: dict[str, Any],
) -> None:
    goal = plans.add_goal(conv["employee_id"], "Mål", conversation_id=conv["id"])
    sub = plans.add_sub_goal(goal["id"], "Første del")
    activity = plans.add_activity(goal["id"], "Mentor", "mentoring")
    spare = plans.add_activity(goal["id"], "Kursus", "course")
    plans.delete_activity(spare["id"])  # before signing: fine
    bring_to(conv["id"], "signed")
    for attempt in (
        lambda: plans.delete_sub_goal(sub["id"]),
        lambda: plans.delete_activity(activity["id"]),
        lambda: conversation_form.delete_goal_row("sub_goal", sub["id"]),
        lambda: conversation_form.delete_goal_row("activity", activity["id"]),
    ):
        with pytest.raises(Frozen):
            attempt()
    kept = plans.get_goal(goal["id"])
    assert len(kept["sub_goals"]) == 1 and len(kept["activities"]) == 1


def test_a_scan_cannot_name_another_conversations_signed_version(
    planned_round: dict[str, Any], team: dict[str, Any]
) -> None:
    first = conversation_of(planned_round["id"], team["members"][0]["id"])
    second = conversation_of(planned_round["id"], team["members"][1]["id"])
    for conv in (first, second):
        bring_to(conv["id"], "signed")
    other_version = SignedVersion.get(SignedVersion.conversation == second["id"])
    with pytest.raises(InvalidValue, match="another conversation"):
        conversations.attach_scan(first["id"], "scan.pdf", "application/pdf", b"%PDF-1.4",
                                  signed_version_id=str(other_version.id))
    assert ScanAttachment.select().count() == 0
    own = SignedVersion.get(SignedVersion.conversation == first["id"])
    saved = conversations.attach_scan(first["id"], "scan.pdf", "application/pdf", b"%PDF-1.4",
                                      signed_version_id=str(own.id))
    assert saved["signed_version_id"] == str(own.id)
