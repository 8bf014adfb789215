"""The follow-up actions: one transaction each, through services/followup.py and plans.py."""

from __future__ import annotations

import pytest

from musdesk.errors import InvalidValue, NotFound
from musdesk.models import Activity, Adjustment, DevelopmentGoal, FollowUpMeeting, GoalProgress
from musdesk.services import followup_actions as actions
from musdesk.services.followup_inputs import (
    ADD_ACTIVITY,
    MOVE_DEADLINE,
    OTHER_CHANGE,
    AdjustmentInput,
    EvaluationInput,
    HeldMeetingInput,
    MissedMeetingInput,
    RecognitionInput,
)
from tests.unit.followup_tab.sample import TODAY, build_sample, days


@pytest.fixture
def sample(workspace):
    return build_sample()


def test_held_meeting_saves_notes_support_progress_and_adjustments(sample) -> None:
    goal_id, meeting_id = str(sample.goal.id), str(sample.overdue_meeting.id)
    actions.record_held(HeldMeetingInput(
        meeting_id, TODAY, notes="Went well", support="Two days of training",
        progress={goal_id: 60},
        adjustments=[
            AdjustmentInput(goal_id, MOVE_DEADLINE, "Deadline moved", "busy season",
                            new_deadline=days(30)),
            AdjustmentInput(goal_id, ADD_ACTIVITY, "Shadow a senior colleague",
                            activity_method="mentoring"),
            AdjustmentInput(goal_id, OTHER_CHANGE, "Fewer workshops"),
        ]))
    meeting = FollowUpMeeting.get_by_id(sample.overdue_meeting.id)
    assert (meeting.status, meeting.held_on) == ("held", TODAY)
    assert meeting.notes == "Went well\n\nSupport: Two days of training"
    goal = DevelopmentGoal.get_by_id(sample.goal.id)
    assert (goal.progress, goal.deadline) == (60, days(30))
    assert GoalProgress.get(GoalProgress.meeting == meeting).progress == 60
    assert [a.description for a in Adjustment.select().order_by(Adjustment.created_at)] == [
        "Deadline moved", "Shadow a senior colleague", "Fewer workshops"]
    # The goal's conversation is signed (in follow-up): its activities stay as signed.
    assert Activity.select().count() == 0


def test_added_activity_goes_into_an_unsigned_plan(sample) -> None:
    goal_id = str(sample.later_goal.id)
    actions.record_held(HeldMeetingInput(
        str(sample.soon_meeting.id), TODAY,
        adjustments=[AdjustmentInput(goal_id, ADD_ACTIVITY, "CRM course",
                                     activity_method="course")]))
    assert [a.description for a in Activity.select()] == ["CRM course"]


def test_a_bad_progress_value_saves_nothing(sample) -> None:
    with pytest.raises(InvalidValue):
        actions.record_held(HeldMeetingInput(str(sample.overdue_meeting.id), TODAY, notes="x",
                                             progress={str(sample.goal.id): 140}))
    assert FollowUpMeeting.get_by_id(sample.overdue_meeting.id).status == "planned"


def test_missed_meeting_is_moved_to_a_new_date(sample) -> None:
    new = actions.record_missed(MissedMeetingInput(str(sample.overdue_meeting.id), days(7), "ill"))
    assert FollowUpMeeting.get_by_id(sample.overdue_meeting.id).status == "missed"
    moved = FollowUpMeeting.get_by_id(new["id"])
    assert (moved.status, moved.planned_on) == ("planned", days(7))
    assert [link.goal_id for link in moved.goal_links] == [sample.goal.id]


def test_missed_without_a_new_date(sample) -> None:
    before = FollowUpMeeting.select().count()
    assert actions.record_missed(MissedMeetingInput(str(sample.soon_meeting.id), None)) is None
    assert FollowUpMeeting.select().count() == before


def test_recognition_and_evaluation(sample) -> None:
    recognition = actions.add_recognition(RecognitionInput(
        str(sample.bo.id), "formal", "raise", TODAY, "new pay scale", str(sample.later_goal.id)))
    assert (recognition["kind"], recognition["category"]) == ("formal", "raise")
    actions.evaluate(EvaluationInput(str(sample.goal.id), "partly_achieved", TODAY,
                                     "the mentor", "continue next round"))
    assert DevelopmentGoal.get_by_id(sample.goal.id).status == "partly_achieved"


def test_goal_choices_and_unknown_meeting(sample) -> None:
    assert [g.title for g in actions.goal_choices(str(sample.anna.id))] == [
        "Lead the customer workshops"]
    assert actions.meeting(str(sample.soon_meeting.id))["employee_name"] == "Bo Holm"
    with pytest.raises(NotFound):
        actions.meeting("nope")
