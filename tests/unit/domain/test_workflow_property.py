"""Property: any sequence of user actions keeps the conversation workflow's rules."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from musdesk.errors import DomainError
from musdesk.models import SignedVersion, StatusChange
from musdesk.models.enums import CONVERSATION_STATUSES, FROZEN_STATUSES, OPEN_STATUSES
from musdesk.services import conversations, roster, rounds
from musdesk.services.conversations import NEXT_STATUSES

ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("go"), st.sampled_from(CONVERSATION_STATUSES)),
        st.tuples(st.just("summary"), st.sampled_from(["", "Referat"])),
        st.tuples(st.just("amend"), st.just("Rettelse")),
        st.tuples(st.just("cancel"), st.just("")),
    ),
    max_size=25,
)


def _expected_ok(status: str, summary: str, action: str, value: str) -> bool:
    if action == "summary":
        return status not in FROZEN_STATUSES
    if action == "amend":
        return status in FROZEN_STATUSES
    if action == "cancel":
        return status in OPEN_STATUSES
    allowed = NEXT_STATUSES[status] + (("cancelled",) if status in OPEN_STATUSES else ())
    if value not in allowed:
        return False
    return value not in ("summary_drafted", "signed") or bool(summary.strip())


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(actions=ACTIONS)
def test_workflow_rules_hold_for_any_sequence(
    planned_round: dict[str, Any], team: dict[str, Any], actions: list[tuple[str, str]]
) -> None:
    person = roster.create_employee(team["org"]["id"], "Prøve", "Person")
    conv_id = rounds.add_conversation(planned_round["id"], person["id"], propose_time=False)["id"]
    status, summary, version, moves, signs = "planned", "", 1, 0, 0
    for action, value in actions:
        expected = _expected_ok(status, summary, action, value)
        try:
            if action == "go":
                result = conversations.transition(conv_id, value)
            elif action == "summary":
                result = conversations.set_summary(conv_id, value)
            elif action == "amend":
                result = conversations.amend(conv_id, value)
            else:
                result = conversations.cancel(conv_id, value)
        except DomainError:
            assert not expected, (status, action, value)
            assert conversations.get_conversation(conv_id)["status"] == status
            continue
        assert expected, (status, action, value)
        if action == "summary":
            summary = value
        elif action == "amend":
            status, version, moves = "summary_drafted", version + 1, moves + 1
        else:
            status, moves = (value if action == "go" else "cancelled"), moves + 1
            signs += value == "signed"
        assert result["status"] == status and result["version"] == version
    history = StatusChange.select().where(StatusChange.conversation == conv_id).count()
    assert history == moves + 1
    assert SignedVersion.select().where(SignedVersion.conversation == conv_id).count() == signs
