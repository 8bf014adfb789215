"""No N+1: generating meetings, taking a snapshot and loading the conversation form issue a
number of queries that does not grow with the number of goals, sub-goals, activities or
meetings (loaded with joins and prefetches)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from musdesk.services import conversation_form, conversations, plans
from tests.followup_helpers import plan_meetings
from tests.unit.domain.conftest import conversation_of


@contextmanager
def counting(workspace) -> Iterator[list[str]]:  # noqa: ANN001
    """Every statement this thread's connection runs inside the block."""
    statements: list[str] = []
    connection = workspace.database.connection()
    connection.set_trace_callback(statements.append)
    try:
        yield statements
    finally:
        connection.set_trace_callback(None)


def queries(workspace, action: Callable[[], Any]) -> int:  # noqa: ANN001
    with counting(workspace) as statements:
        action()
    return sum(1 for s in statements if s.lstrip().upper().startswith(("SELECT", "INSERT",
                                                                        "UPDATE", "DELETE")))


def add_goals(conv: dict[str, Any], count: int) -> list[str]:
    ids = []
    for number in range(count):
        goal = plans.add_goal(
            conv["employee_id"], f"Mål {number}", conversation_id=conv["id"],
            signs_of_success="Tydeligt", starts_on=dt.date(2026, 3, 1),
            deadline=dt.date(2026, 12, 1), cadence="monthly", owner_id=conv["leader_id"])
        for part in range(3):
            plans.add_sub_goal(goal["id"], f"Del {part}")
            plans.add_activity(goal["id"], f"Aktivitet {part}", "course")
        ids.append(goal["id"])
    return ids


@pytest.fixture
def two_convs(planned_round: dict[str, Any], team: dict[str, Any]) -> tuple[dict, dict]:
    first = conversation_of(planned_round["id"], team["members"][0]["id"])
    second = conversation_of(planned_round["id"], team["members"][1]["id"])
    return first, second


def test_snapshot_and_form_do_not_grow_with_goals(workspace, two_convs) -> None:  # noqa: ANN001
    few, many = two_convs
    add_goals(few, 1)
    add_goals(many, 6)
    for action in (conversations.snapshot, conversation_form.load):
        small = queries(workspace, lambda a=action: a(few["id"]))
        large = queries(workspace, lambda a=action: a(many["id"]))
        assert large == small, f"{action.__name__}: {small} queries for 1 goal, {large} for 6"


def test_generating_meetings_does_not_grow_with_meetings(workspace, two_convs) -> None:  # noqa: ANN001
    monthly_conv, weekly_conv = two_convs
    monthly = add_goals(monthly_conv, 1)[0]
    weekly = add_goals(weekly_conv, 1)[0]
    plans.update_goal(weekly, cadence="weekly")
    small = queries(workspace, lambda: plan_meetings(monthly))
    made = []
    large = queries(workspace, lambda: made.extend(plan_meetings(weekly)))
    assert len(made) > 30
    assert large == small, f"{small} queries for ~9 meetings, {large} for {len(made)}"
