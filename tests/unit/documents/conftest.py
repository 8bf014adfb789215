"""A small real round in a real encrypted workspace, built through the domain services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from musdesk.models import Activity as ActivityRecord
from musdesk.models import (
    Conversation,
    DevelopmentGoal,
    FollowUpMeeting,
    MeetingGoal,
    Round,
    SubGoal,
)
from musdesk.services import conversations, roster, rounds, templates
from musdesk.storage import Workspace

SECRET = "PRIVATE-LEADER-NOTE-never-printed"


@dataclass
class MusRound:
    round: Round
    conversation: Conversation  # the one with content
    employee_name: str
    other_names: list[str]


@pytest.fixture
def mus_round(workspace: Workspace) -> MusRound:
    org = roster.create_organisation("Fjordby Kommune", language="da")
    dept = roster.create_department(org["id"], "Borgerservice")
    leader = roster.create_employee(
        org["id"], "Åse", "Øvergård", job_title="Afdelingsleder", department_id=dept["id"]
    )
    søren = roster.create_employee(
        org["id"], "Søren", "Ærøskøbing", job_title="Sagsbehandler",
        department_id=dept["id"], leader_id=leader["id"],
    )
    roster.create_employee(
        org["id"], "Zoë", "Lind", department_id=dept["id"], leader_id=leader["id"]
    )
    template = templates.install_default_template("da")
    planned = rounds.plan_round(
        org["id"], "MUS 2026", dt.date(2026, 9, 1), dt.date(2027, 8, 31),
        template_id=template["id"],
    )
    round_ = Round.get_by_id(planned["id"])
    conv = Conversation.get(
        (Conversation.round == round_) & (Conversation.employee == søren["id"])
    )
    cid = str(conv.id)
    for row in conversations.answers(cid)[:40]:
        if row["part"] == "conversation":
            conversations.save_answer(cid, row["question_id"], f"Svar til {row['key']}: æøå")
        else:
            conversations.save_answer(cid, row["question_id"], f"PREP-{row['part']}")
    conversations.set_summary(cid, "En god og åben samtale.\n\nFokus: modtagelsen.")
    conversations.add_agreement(cid, "leader_expects", "Tager ansvar for modtagelsen.")
    conversations.add_agreement(cid, "employee_can_expect", "Månedlig samtale.")
    conversations.add_agreement(cid, "actions", "Tilmelder sig kurset", owner="employee",
                                due_date=dt.date(2026, 12, 15))
    conversations.add_agreement(cid, "not_doing", "Ingen nye rapporter i år.")
    conversations.add_private_note(cid, SECRET)
    goal = DevelopmentGoal.create(
        employee=søren["id"], conversation=conv, title="Lede den nye modtagelse",
        why="Afdelingen overtager opgaven.", signs_of_success="Under 20 sager i kø.",
        deadline=dt.date(2027, 6, 30), cadence="monthly", status="in_progress", progress=30,
        owner=leader["id"],
    )
    SubGoal.create(goal=goal, text="Kortlæg modtagelsen", due_date=dt.date(2027, 1, 31))
    ActivityRecord.create(goal=goal, description="Kursus i procesledelse", method="course")
    meeting = FollowUpMeeting.create(employee=søren["id"], conversation=conv,
                                     planned_on=dt.date(2027, 1, 15))
    MeetingGoal.create(meeting=meeting, goal=goal)
    conversations.transition(cid, "held")  # a summary records a conversation that took place
    conv = Conversation.get_by_id(conv.id)
    return MusRound(round_, conv, "Søren Ærøskøbing", ["Åse Øvergård", "Zoë Lind"])
