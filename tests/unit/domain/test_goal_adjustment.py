"""Adjusting a signed goal: recorded, the signed content untouched, the future re-planned."""

from __future__ import annotations

import datetime as dt

import pytest

from musdesk.errors import InvalidValue
from musdesk.models import Adjustment, FollowUpMeeting, SignedVersion
from musdesk.services import followup, goal_adjustment
from musdesk.services.goal_adjustment import GoalAdjustment
from musdesk.services.workdays import holiday_name, is_working_day
from tests.unit.domain.conftest import bring_to
from tests.unit.domain.test_followup_planning import TODAY, links, person, planned

__all__ = ["person"]  # the fixture


def _same(goal: goal_adjustment.GoalSettings, **changes) -> GoalAdjustment:
    base = {"goal_id": goal.goal_id, "cadence": goal.cadence, "cadence_days": goal.cadence_days,
            "starts_on": goal.starts_on, "deadline": goal.deadline}
    return GoalAdjustment(**{**base, **changes})


def test_a_custom_cadence_and_a_new_start_replan_and_are_recorded(person) -> None:
    bring_to(person["conversation"]["id"], "signed")
    employee_id, first = person["employee"]["id"], person["goals"][0]
    snapshot = [v.snapshot for v in SignedVersion.select()]
    held = planned(employee_id)[0]
    followup.mark_held(str(held.id))
    settings = goal_adjustment.goal_settings(first["id"])
    assert settings.signed and settings.open and settings.cadence == "monthly"
    start = TODAY + dt.timedelta(days=7)
    result = goal_adjustment.adjust_goal(
        _same(settings, cadence="custom", cadence_days=10, starts_on=start, why="Mere tid"),
        TODAY)
    assert "hver 10. dag" in result.description and "Start:" in result.description
    assert Adjustment.get().reason == "Mere tid"
    assert [v.snapshot for v in SignedVersion.select()] == snapshot
    own = [m.planned_on for m in planned(employee_id) if first["id"] in links(m)]
    assert own and min(own) > start
    assert result.planned == len(planned(employee_id))
    assert FollowUpMeeting.get_by_id(held.id).status == "held"


def test_nothing_changed_or_a_closed_goal_is_refused(person) -> None:
    bring_to(person["conversation"]["id"], "signed")
    goal = goal_adjustment.goal_settings(person["goals"][0]["id"])
    with pytest.raises(InvalidValue, match=r"intet er ændret|nothing was changed"):
        goal_adjustment.adjust_goal(_same(goal), TODAY)
    goal_adjustment.adjust_goal(_same(goal, outcome="dropped"), TODAY)
    assert all(person["goals"][0]["id"] not in links(m)
               for m in planned(person["employee"]["id"]))
    with pytest.raises(InvalidValue):
        goal_adjustment.adjust_goal(_same(goal, outcome="achieved"), TODAY)
    assert Adjustment.select().count() == 1  # the refused ones left nothing behind


def test_public_holidays_are_named_in_the_readers_language() -> None:
    christmas = dt.date(2026, 12, 25)
    assert holiday_name(christmas, "DK", "da") == "Juledag"
    assert holiday_name(christmas, "NO", "nb") == "Første juledag"
    assert holiday_name(christmas, "DK", "en") == "Christmas Day"
    assert holiday_name(dt.date(2026, 12, 28), "DK", "da") is None
    assert holiday_name(christmas, None, "da") is None
    # Christmas Eve: no public holiday by law, but workplaces close (the package's optional
    # category for Denmark); no meeting is proposed then.
    assert holiday_name(dt.date(2026, 12, 24), "DK", "da") == "Juleaftensdag"
    assert not is_working_day(dt.date(2026, 12, 24), "DK")
