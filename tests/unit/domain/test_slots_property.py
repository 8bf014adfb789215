"""Property: proposed conversation times never double-book anyone and respect working hours."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from musdesk.models import Conversation
from musdesk.services import roster, rounds

# Each person's leader is someone earlier in the list (or nobody), so there are no cycles.
TEAMS = st.lists(st.one_of(st.none(), st.integers(0, 30)), min_size=1, max_size=14)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    leaders=TEAMS,
    minutes=st.sampled_from([30, 45, 60, 90]),
    days=st.integers(0, 20),
    start_hour=st.integers(7, 10),
)
def test_proposed_times_are_sound_for_any_team(
    workspace: Any, leaders: list[int | None], minutes: int, days: int, start_hour: int
) -> None:
    org = roster.create_organisation(
        "Org", workday_start=dt.time(start_hour), workday_end=dt.time(start_hour + 7)
    )
    people: list[dict[str, Any]] = []
    for n, leader in enumerate(leaders):
        boss = people[leader % n]["id"] if leader is not None and n else None
        people.append(roster.create_employee(org["id"], f"P{n}", "Ø", leader_id=boss))
    first = dt.date(2026, 3, 2)
    planned = rounds.plan_round(
        org["id"],
        "MUS",
        first,
        first + dt.timedelta(days=days),
        first_day=first,
        slot_minutes=minutes,
    )
    convs = list(Conversation.select().where(Conversation.round == planned["id"]))
    booked = [c for c in convs if c.scheduled_start is not None]
    assert len(convs) - len(booked) == planned["unscheduled"]
    for conv in booked:
        assert conv.scheduled_start.weekday() < 5
        assert conv.scheduled_start.date() <= first + dt.timedelta(days=days)
        assert conv.scheduled_start.time() >= dt.time(start_hour)
        assert conv.scheduled_end.time() <= dt.time(start_hour + 7)
    for person in people:
        mine = sorted(
            (c for c in booked if person["id"] in (str(c.leader_id), str(c.employee_id))),
            key=lambda c: c.scheduled_start,
        )
        for one, two in pairwise(mine):
            assert one.scheduled_end <= two.scheduled_start
