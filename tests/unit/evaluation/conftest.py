"""A small round built straight from the models, so these read-only views are tested alone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from musdesk.models import (
    Activity,
    Conversation,
    Department,
    DevelopmentGoal,
    Employee,
    FollowUpMeeting,
    Organisation,
    Round,
    StatusChange,
    StepTask,
    WheelStep,
)
from musdesk.models.enums import CONVERSATION_STATUSES, WHEEL_STEP_PHASE, WHEEL_STEPS
from musdesk.storage import Workspace

TODAY = dt.date(2026, 4, 15)
START = dt.date(2026, 2, 1)


@dataclass
class RoundBuilder:
    organisation: Organisation
    round: Round
    steps: dict[str, WheelStep]
    leader: Employee
    departments: dict[str, Department] = field(default_factory=dict)
    count: int = 0

    def department(self, name: str) -> Department:
        if name not in self.departments:
            self.departments[name] = Department.create(organisation=self.organisation, name=name)
        return self.departments[name]

    def conversation(self, department: str | None, status: str) -> Conversation:
        """A conversation walked through the workflow to `status`, one day per step."""
        self.count += 1
        employee = Employee.create(
            organisation=self.organisation, first_name=f"Person{self.count:03d}",
            last_name="Ørsted", leader=self.leader,
            department=self.department(department) if department else None)
        conv = Conversation.create(round=self.round, employee=employee, leader=self.leader,
                                   status=status)
        if status != "cancelled":
            path = CONVERSATION_STATUSES[: CONVERSATION_STATUSES.index(status) + 1]
            for index, (before, after) in enumerate(zip((None, *path), path, strict=False)):
                StatusChange.create(conversation=conv, from_status=before, to_status=after,
                                    at=dt.datetime.combine(START, dt.time(9))
                                    + dt.timedelta(days=index))
        return conv


@pytest.fixture
def builder(workspace: Workspace) -> RoundBuilder:
    org = Organisation.create(name="Skovlund Kommune")
    round_ = Round.create(organisation=org, name="MUS 2026", period_start=START,
                          period_end=dt.date(2026, 12, 31))
    steps = {}
    for number, key in enumerate(WHEEL_STEPS, start=1):
        steps[key] = WheelStep.create(
            round=round_, number=number, key=key, phase=WHEEL_STEP_PHASE[key],
            roles="hr,leader", due_date=START + dt.timedelta(days=20 * number))
    leader = Employee.create(organisation=org, first_name="Åse", last_name="Leder")
    return RoundBuilder(org, round_, steps, leader)


def add_task(step: WheelStep, text: str, done: bool) -> StepTask:
    return StepTask.create(step=step, text=text, role="hr",
                           done_on=START if done else None)


def add_activity(conv: Conversation, method: str) -> Activity:
    goal = DevelopmentGoal.create(employee=conv.employee, conversation=conv, title="Lære")
    return Activity.create(goal=goal, description="Noget", method=method)


def add_meeting(conv: Conversation, planned: dt.date, status: str,
                held_on: dt.date | None = None) -> FollowUpMeeting:
    return FollowUpMeeting.create(employee=conv.employee, conversation=conv,
                                  planned_on=planned, status=status, held_on=held_on)
