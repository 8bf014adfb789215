"""The per-step and per-conversation views the wheel and the progress matrix draw."""

from __future__ import annotations

import datetime as dt

from musdesk.services import wheel_overview
from musdesk.services.wheel_overview import behind_at_step, conversation_rows, step_views
from tests.unit.evaluation.conftest import START, TODAY, RoundBuilder, add_task


def test_steps_count_conversations_past_each_step(builder: RoundBuilder) -> None:
    for status in ("planned", "invited", "held", "signed", "closed", "cancelled"):
        builder.conversation("Drift", status)
    steps = {step.key: step for step in step_views(str(builder.round.id), TODAY)}
    assert [step.number for step in steps.values()] == list(range(1, 9))
    # Cancelled conversations are left out of the totals.
    assert {step.conversations_total for step in steps.values()} == {5}
    assert steps["preparation"].conversations_passed == 3  # held, signed, closed
    assert steps["development_goals"].conversations_passed == 2  # signed, closed
    assert steps["evaluation"].conversations_passed == 1
    # Steps 1 and 2 are the round's own work: no conversations count there.
    assert not steps["concept"].counts_conversations
    assert steps["dialogue"].fraction == 3 / 5


def test_progress_of_a_round_step_is_its_checklist(builder: RoundBuilder) -> None:
    add_task(builder.steps["concept"], "Retningslinjer", done=True)
    add_task(builder.steps["concept"], "Skema", done=False)
    steps = {step.key: step for step in step_views(str(builder.round.id), TODAY)}
    assert [task.text for task in steps["concept"].tasks] == ["Retningslinjer", "Skema"]
    assert steps["concept"].tasks_done == 1
    assert steps["concept"].fraction == 0.5
    assert steps["responsibilities"].fraction == 0.0


def test_overdue_is_past_due_and_not_done(builder: RoundBuilder) -> None:
    builder.steps["responsibilities"].done_date = START
    builder.steps["responsibilities"].save()
    steps = {step.key: step for step in step_views(str(builder.round.id), TODAY)}
    assert steps["concept"].overdue  # due in February, not marked done
    assert not steps["responsibilities"].overdue  # done
    assert not steps["dialogue"].overdue  # due after today
    later = {step.key: step for step in step_views(str(builder.round.id), dt.date(2026, 5, 1))}
    assert later["dialogue"].overdue


def test_rows_carry_the_date_each_stage_was_reached(builder: RoundBuilder) -> None:
    builder.conversation("Drift", "held")
    builder.conversation(None, "invited")
    rows = conversation_rows(str(builder.round.id), TODAY)
    held, invited = rows
    assert held.reached["planned"] == START
    assert held.reached["held"] == START + dt.timedelta(days=3)
    assert held.reached["summary"] is None
    assert held.department == "Drift" and invited.department == ""
    assert held.leader_name == "Åse Leder"
    # Invited in time, but preparation was due on 2 April: behind at "prepared".
    assert invited.overdue_stages == ("prepared",)
    assert held.overdue_stages == ()
    assert invited.behind and not held.behind


def test_skipped_statuses_take_the_date_of_the_next_one(builder: RoundBuilder) -> None:
    conv = builder.conversation("Drift", "planned")
    from musdesk.models import StatusChange

    conv.status = "held"
    conv.save()
    StatusChange.create(conversation=conv, from_status="planned", to_status="held",
                        at=dt.datetime(2026, 3, 20, 10))
    row = conversation_rows(str(builder.round.id), TODAY)[0]
    assert row.reached["invited"] == row.reached["prepared"] == dt.date(2026, 3, 20)


def test_behind_at_step_lists_those_not_past_it(builder: RoundBuilder) -> None:
    builder.conversation("Drift", "invited")
    builder.conversation("Drift", "held")
    builder.conversation("Drift", "cancelled")
    rows = conversation_rows(str(builder.round.id), TODAY)
    behind = behind_at_step(rows, "preparation")
    assert [row.status for row in behind] == ["invited"]
    assert behind_at_step(rows, "concept") == []


def test_has_reached_follows_the_workflow_order() -> None:
    assert wheel_overview.has_reached("signed", "held")
    assert not wheel_overview.has_reached("held", "signed")
    assert not wheel_overview.has_reached("cancelled", "planned")


def test_linked_goal_counts_per_strategic_goal(builder: RoundBuilder) -> None:
    from musdesk.models import DevelopmentGoal, StrategicGoal
    from musdesk.services.wheel_overview import linked_goal_counts

    goal = StrategicGoal.create(organisation=builder.organisation, title="Grøn drift")
    other = StrategicGoal.create(organisation=builder.organisation, title="Unused")
    first = builder.conversation("Drift", "held")
    second = builder.conversation("Drift", "held")
    for conv in (first, second, first):
        DevelopmentGoal.create(employee=conv.employee, conversation=conv, title="Mål",
                               strategic_goal=goal)
    DevelopmentGoal.create(employee=first.employee, conversation=first, title="Uden link")
    DevelopmentGoal.create(employee=first.employee, title="Between rounds", strategic_goal=goal)
    counts = linked_goal_counts(str(builder.round.id))
    assert counts == {str(goal.id): 3}
    assert str(other.id) not in counts
