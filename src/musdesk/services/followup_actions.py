"""The follow-up actions of the timeline tab, each one transaction over `services/followup.py`
and `services/plans.py` (whose rules apply; nothing here re-implements them).

A held meeting may carry progress for several goals and adjustments (a moved deadline, an
added activity, another change); all are saved together or not at all. A missed meeting
can be moved to a new date: the missed one stays (for the record) and a new planned meeting
takes its place.
"""

from __future__ import annotations

import contextlib
from typing import Any

from musdesk import texts
from musdesk.errors import Frozen
from musdesk.models import FollowUpMeeting
from musdesk.services import followup, plans
from musdesk.services.common import atomic, fetch
from musdesk.services.followup_inputs import (
    ADD_ACTIVITY,
    CHANGE_CADENCE,
    MOVE_DEADLINE,
    EvaluationInput,
    GoalChoice,
    HeldMeetingInput,
    MissedMeetingInput,
    RecognitionInput,
)


def meeting(meeting_id: str) -> dict[str, Any]:
    """The meeting as plain data (employee and goal names included)."""
    return followup.meeting_dict(fetch(FollowUpMeeting, meeting_id, "meeting"))


def goal_choices(employee_id: str, *, open_only: bool = True) -> list[GoalChoice]:
    return [
        GoalChoice(goal["id"], goal["title"], int(goal["progress"] or 0), goal["deadline"])
        for goal in plans.goals_for_employee(employee_id, open_only=open_only)
    ]


def goal_choice(goal_id: str) -> GoalChoice:
    goal = plans.get_goal(goal_id)
    return GoalChoice(goal["id"], goal["title"], int(goal["progress"] or 0), goal["deadline"])


def _notes_with_support(notes: str, support: str) -> str:
    # The meeting has one notes field; support given is kept as its own labelled paragraph.
    if not support:
        return notes
    line = texts.text("followup.support_given", support=support)
    return f"{notes}\n\n{line}" if notes else line


def record_held(data: HeldMeetingInput) -> dict[str, Any]:
    """Mark the meeting held with its notes, progress per goal and adjustments."""
    with atomic():
        result = followup.mark_held(
            data.meeting_id, data.held_on, _notes_with_support(data.notes, data.support)
        )
        for goal_id, progress in data.progress.items():
            followup.record_progress(data.meeting_id, goal_id, progress)
        for change in data.adjustments:
            if change.kind == MOVE_DEADLINE and change.new_deadline is not None:
                plans.update_goal(change.goal_id, deadline=change.new_deadline)
            elif change.kind == CHANGE_CADENCE and change.new_cadence:
                plans.update_goal(change.goal_id, cadence=change.new_cadence)
            elif change.kind == ADD_ACTIVITY:
                # A signed plan stays as signed (Frozen); the adjustment below records it.
                with contextlib.suppress(Frozen):
                    plans.add_activity(change.goal_id, change.description, change.activity_method)
            followup.add_adjustment(change.goal_id, change.description, change.reason,
                                    made_on=data.held_on, meeting_id=data.meeting_id)
    return result


def record_missed(data: MissedMeetingInput) -> dict[str, Any] | None:
    """Mark the meeting missed; returns the new planned meeting when it was moved."""
    with atomic():
        missed = followup.mark_missed(data.meeting_id, data.note or None)
        if data.reschedule_to is None:
            return None
        return followup.add_meeting(
            missed["employee_id"], data.reschedule_to, goal_ids=missed["goal_ids"],
            conversation_id=missed["conversation_id"],
        )


def add_recognition(data: RecognitionInput) -> dict[str, Any]:
    return followup.add_recognition(data.employee_id, data.kind, data.given_on, data.category,
                                    data.note, data.goal_id)


def evaluate(data: EvaluationInput) -> dict[str, Any]:
    return followup.evaluate_goal(data.goal_id, data.outcome, data.evaluated_on,
                                  data.what_helped, data.what_next)
