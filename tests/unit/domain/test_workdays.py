"""Public holidays of the organisation's country (the `holidays` package) are no working days
for proposed conversation times, step due dates and follow-up meeting dates."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from musdesk.models import Conversation, Organisation
from musdesk.services import followup, roster, round_planning, rounds, workdays
from musdesk.storage import Workspace

# Known days off, written out by hand (not taken from the code under test).
DK_EASTER_2027 = [dt.date(2027, 3, 25), dt.date(2027, 3, 26), dt.date(2027, 3, 29)]
NO_NATIONAL_DAY = dt.date(2029, 5, 17)  # a Thursday, no holiday in Denmark that year
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_country_defaults_from_language_and_can_be_chosen(workspace: Workspace) -> None:
    assert roster.create_organisation("A", language="da")["country"] == "DK"
    assert roster.create_organisation("B", language="nb")["country"] == "NO"
    assert roster.create_organisation("C", language="en")["country"] == "DK"
    chosen = roster.create_organisation("D", language="en", country="NO")
    assert chosen["country"] == "NO"
    assert roster.update_organisation(chosen["id"], country="DK")["country"] == "DK"


def test_holidays_are_no_working_days() -> None:
    for day in DK_EASTER_2027:
        assert not workdays.is_working_day(day, "DK")
        assert workdays.is_working_day(day)  # weekends only without a country
    assert not workdays.is_working_day(NO_NATIONAL_DAY, "NO")
    assert workdays.is_working_day(NO_NATIONAL_DAY, "DK")
    assert workdays.next_working_day(dt.date(2027, 3, 25), "DK") == dt.date(2027, 3, 30)
    assert workdays.previous_working_day(dt.date(2027, 3, 29), "DK") == dt.date(2027, 3, 24)


def test_follow_up_dates_skip_the_holidays() -> None:
    dates = followup.schedule_dates(dt.date(2027, 2, 25), dt.date(2027, 6, 30), "monthly",
                                    country="DK")
    assert dates[0] == dt.date(2027, 3, 30)  # 25 March is Maundy Thursday, then Easter
    assert not set(dates) & set(DK_EASTER_2027)
    norwegian = followup.schedule_dates(dt.date(2029, 4, 17), dt.date(2029, 6, 30), "monthly",
                                        country="NO")
    assert norwegian[0] == dt.date(2029, 5, 18)


def test_proposed_conversation_times_avoid_the_holidays(workspace: Workspace) -> None:
    org = roster.create_organisation("Fjordby", language="da")
    leader = roster.create_employee(org["id"], "Lone", "Leder")
    for number in range(6):
        roster.create_employee(org["id"], "Person", str(number), leader_id=leader["id"])
    planned = rounds.plan_round(org["id"], "MUS", "2027-03-01", "2027-04-30",
                                first_day="2027-03-25")
    days = {c.scheduled_start.date() for c in
            Conversation.select().where(Conversation.round == planned["id"])
            if c.scheduled_start}
    assert days and not days & set(DK_EASTER_2027)
    assert min(days) == dt.date(2027, 3, 30)
    assert all(s["due_date"] not in DK_EASTER_2027 for s in rounds.steps(planned["id"]))


def test_the_wizard_slots_count_only_working_days(workspace: Workspace) -> None:
    org = roster.create_organisation("Fjordby", language="da")
    slots = round_planning.default_slots(org["id"], dt.date(2027, 3, 1), dt.date(2027, 4, 30))
    assert slots.country == "DK"
    easter = round_planning.SlotChoice(dt.date(2027, 3, 25), dt.date(2027, 3, 29),
                                       dt.time(8), dt.time(16), country="DK")
    assert round_planning.leader_capacity(easter) == 0
    weekdays_only = round_planning.SlotChoice(dt.date(2027, 3, 25), dt.date(2027, 3, 29),
                                              dt.time(8), dt.time(16))
    assert round_planning.leader_capacity(weekdays_only) > 0


def test_saved_v1_workspace_gets_the_country_of_its_language(tmp_path: Path) -> None:
    copy = tmp_path / "workspace-v1"
    shutil.copytree(FIXTURES / "workspace-v1", copy)
    workspace = Workspace.open(copy, passphrase="fixture passphrase")
    try:
        org: Any = Organisation.get()
        assert org.language == "da" and org.country == "DK"
    finally:
        workspace.lock()
