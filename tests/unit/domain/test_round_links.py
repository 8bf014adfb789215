"""A new round follows the latest earlier round of its scope, in the service itself."""

from __future__ import annotations

import datetime as dt

from musdesk.models import WheelStep
from musdesk.services import carry_forward, conversations, plans, roster, round_links, rounds
from musdesk.services.round_planning import (
    SlotChoice,
    plan_round_with_choices,
    step_dates_around,
)


def _org() -> tuple[str, str, str, str]:
    org = roster.create_organisation("Fjordby", language="en")["id"]
    dept = roster.create_department(org, "Parks")["id"]
    leader = roster.create_employee(org, "Ida", "Lead", department_id=dept)["id"]
    member = roster.create_employee(org, "Ole", "Member", department_id=dept,
                                    leader_id=leader)["id"]
    return org, dept, leader, member


def test_the_default_link_is_the_latest_earlier_round_of_the_scope(workspace) -> None:
    org, dept, _leader, _member = _org()
    first = rounds.plan_round(org, "MUS 2024", "2024-02-01", "2024-06-30")
    assert first["previous_round_id"] is None
    second = rounds.plan_round(org, "MUS 2025", "2025-02-01", "2025-06-30")
    parks = rounds.plan_round(org, "Parks 2025", "2025-09-01", "2025-12-19",
                              department_id=dept)
    assert second["previous_round_id"] == first["id"]
    # a department's first own round follows the organisation's latest round-wide one
    assert parks["previous_round_id"] == second["id"]
    parks_next = rounds.plan_round(org, "Parks 2026", "2026-09-01", "2026-12-18",
                                   department_id=dept)
    assert parks_next["previous_round_id"] == parks["id"]
    whole = rounds.plan_round(org, "MUS 2026", "2026-02-02", "2026-06-30")
    assert whole["previous_round_id"] == second["id"]  # not the later department round
    none = rounds.plan_round(org, "Fresh", "2027-02-01", "2027-06-30", previous_round_id=None)
    assert none["previous_round_id"] is None
    assert round_links.free_round_name(org, "MUS 2025") == "MUS 2025 (2)"
    assert round_links.free_round_name(org, "MUS 2030") == "MUS 2030"


def test_carry_over_for_everyone_brings_goals_and_agreements_once(workspace) -> None:
    org, _dept, _leader, member = _org()
    first = rounds.plan_round(org, "MUS 2025", "2025-02-03", "2025-06-30")
    old = next(c for c in conversations_in(first["id"]) if c["employee_id"] == member)
    conversations.add_agreement(old["id"], "actions", "Book the course")
    plans.add_goal(member, "Learn GIS", conversation_id=old["id"])
    [preview] = [p for p in carry_forward.carry_over_preview(first["id"]) if
                 p.employee_id == member]
    assert (preview.open_goals, preview.agreements) == (1, 1)
    second = plan_round_with_choices(org, "MUS 2026", dt.date(2026, 2, 2),
                                     dt.date(2026, 6, 30), carry_over=True)
    assert second["previous_round_id"] == first["id"]
    assert (second["goals_carried"], second["agreements_carried"]) == (1, 1)
    new = next(c for c in conversations_in(second["id"]) if c["employee_id"] == member)
    [carried] = conversations.agreements(new["id"])
    assert carried["text"] == "Book the course" and carried["carried_from_id"]
    again = carry_forward.carry_over_round(first["id"], second["id"])
    assert (again["goals_carried"], again["agreements_carried"]) == (0, 0)


def conversations_in(round_id: str) -> list[dict]:
    from musdesk.services import conversation_form

    return conversation_form.conversations_in_round(round_id)


def test_during_and_after_steps_fall_after_the_last_conversation(workspace) -> None:
    dues = step_dates_around(dt.date(2026, 1, 5), dt.date(2026, 6, 30),
                             dt.date(2026, 3, 2), dt.date(2026, 5, 20))
    assert dues == sorted(dues) and len(dues) == 8
    assert all(d < dt.date(2026, 3, 2) for d in dues[:3])
    assert all(d >= dt.date(2026, 5, 20) for d in dues[3:])
    org, _dept, _leader, _member = _org()
    slots = SlotChoice(dt.date(2026, 3, 2), dt.date(2026, 6, 30), dt.time(8), dt.time(9))
    planned = plan_round_with_choices(org, "MUS", dt.date(2026, 1, 5), dt.date(2026, 6, 30),
                                      slots=slots)
    from musdesk.models import Conversation

    last = max(c.scheduled_start.date() for c in Conversation.select().where(
        Conversation.round == planned["id"]))
    steps = {s.number: s.due_date for s in WheelStep.select().where(
        WheelStep.round == planned["id"])}
    assert all(steps[n] >= last for n in range(4, 9))
