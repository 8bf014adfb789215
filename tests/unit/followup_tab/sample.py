"""A small, known follow-up situation built straight from the models (shared by the
timeline, due-list, notice, calendar and CLI tests)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from musdesk.models import (
    Conversation,
    Department,
    DevelopmentGoal,
    Employee,
    Evaluation,
    FollowUpMeeting,
    MeetingGoal,
    Organisation,
    PrivateNote,
    Recognition,
    Round,
    SignedVersion,
    SubGoal,
)

TODAY = dt.date(2026, 3, 11)  # a Wednesday
PRIVATE_NOTE = "PRIVATE: worried about her health"
MEETING_NOTE = "SECRET meeting note about pay"


@dataclass
class Sample:
    organisation: Organisation
    other_organisation: Organisation
    sales: Department
    sales_north: Department
    anna: Employee  # in sales
    bo: Employee  # in sales/north
    carl: Employee  # in the other organisation
    gone: Employee  # left; never followed up
    goal: DevelopmentGoal  # Anna's, deadline passed, still open
    later_goal: DevelopmentGoal  # Bo's, deadline in 10 days
    sub_goal: SubGoal  # Anna's, overdue
    overdue_meeting: FollowUpMeeting  # Anna, planned 5 days ago
    soon_meeting: FollowUpMeeting  # Bo, in 3 days
    held_meeting: FollowUpMeeting  # Anna, held last month
    far_meeting: FollowUpMeeting  # Carl, in 40 days
    conversation: Conversation


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def build_sample() -> Sample:
    org = Organisation.create(name="Fjord Teknik")
    other = Organisation.create(name="Nordlys AS", language="nb")
    sales = Department.create(organisation=org, name="Sales")
    north = Department.create(organisation=org, name="North", parent=sales)
    anna = Employee.create(organisation=org, department=sales, first_name="Anna",
                           last_name="Jensen")
    bo = Employee.create(organisation=org, department=north, first_name="Bo", last_name="Holm")
    carl = Employee.create(organisation=other, first_name="Carl", last_name="Berg")
    gone = Employee.create(organisation=org, department=sales, first_name="Gone",
                           last_name="Away", active=False, left_on=days(-100))
    round_ = Round.create(organisation=org, name="MUS 2026", period_start=days(-90),
                          period_end=days(60), status="active")
    conversation = Conversation.create(
        round=round_, employee=anna, scheduled_start=dt.datetime.combine(days(-60), dt.time(9)),
        scheduled_end=dt.datetime.combine(days(-60), dt.time(10)), status="in_follow_up",
        summary="CONVERSATION SUMMARY text")
    PrivateNote.create(conversation=conversation, text=PRIVATE_NOTE)
    SignedVersion.create(conversation=conversation, version=1, snapshot="{}", content_hash="0" * 64,
                         employee_signed_on=days(-55), leader_signed_on=days(-55),
                         signed_at=dt.datetime.combine(days(-55), dt.time(12)))
    goal = DevelopmentGoal.create(employee=anna, conversation=conversation,
                                  title="Lead the customer workshops", starts_on=days(-55),
                                  deadline=days(-2), status="in_progress", cadence="monthly")
    later = DevelopmentGoal.create(employee=bo, title="Learn the new CRM", starts_on=days(-30),
                                   deadline=days(10), status="open")
    done_goal = DevelopmentGoal.create(employee=anna, title="Finish the sales course",
                                       starts_on=days(-80), deadline=days(-20), status="achieved")
    Evaluation.create(goal=done_goal, evaluated_on=days(-19), outcome="achieved",
                      what_helped="the mentor", what_next="teach it")
    sub_goal = SubGoal.create(goal=goal, text="Run the first workshop", due_date=days(-1))
    SubGoal.create(goal=goal, text="Write the agenda", due_date=days(-30), done_on=days(-31))
    overdue = FollowUpMeeting.create(employee=anna, conversation=conversation,
                                     planned_on=days(-5), planned_for=days(-5))
    soon = FollowUpMeeting.create(employee=bo, planned_on=days(3))
    held = FollowUpMeeting.create(employee=anna, planned_on=days(-30), planned_for=days(-30),
                                  held_on=days(-29), status="held", notes=MEETING_NOTE)
    for meeting, served in ((overdue, goal), (soon, later), (held, goal)):
        MeetingGoal.create(meeting=meeting, goal=served)
    FollowUpMeeting.create(employee=anna, planned_on=days(-40), status="cancelled")
    far = FollowUpMeeting.create(employee=carl, planned_on=days(40))
    FollowUpMeeting.create(employee=gone, planned_on=days(-7))  # left: not overdue for anyone
    Recognition.create(employee=anna, goal=goal, kind="informal", category="praise",
                       given_on=days(-10), note="great workshop")
    return Sample(org, other, sales, north, anna, bo, carl, gone, goal, later, sub_goal, overdue,
                  soon, held, far, conversation)
