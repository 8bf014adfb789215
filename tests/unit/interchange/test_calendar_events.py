"""Conversations and GRUS on the calendar, the organisation's time zone, cancelled events
for deleted records and leavers, and invitations (.ics request + PDF), read back with
icalendar and pypdf."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from musdesk.interchange.calendar_export import build_calendar
from musdesk.interchange.invitations import write_invitation, write_round_invitations
from musdesk.services import conversations, plans, roster, rounds
from musdesk.services.calendar_tombstones import bury_employee
from musdesk.services.followup_overview import Scope
from musdesk.storage import Workspace
from tests.followup_helpers import plan_meetings
from tests.unit.documents.pdfcheck import text_of
from tests.unit.domain.conftest import bring_to, conversation_of

START = dt.datetime(2027, 3, 2, 10, 0)


@pytest.fixture
def setup(workspace: Workspace) -> dict[str, Any]:
    org = roster.create_organisation("Fjellby kommune", language="nb")  # → Norway
    department = roster.create_department(org["id"], "Skole")
    leader = roster.create_employee(org["id"], "Lise", "Leder", email="lise@fjellby.no",
                                    department_id=department["id"])
    member = roster.create_employee(org["id"], "Ola", "Nordmann", email="ola@fjellby.no",
                                    leader_id=leader["id"], department_id=department["id"])
    round_ = rounds.plan_round(org["id"], "MUS 2027", "2027-01-04", "2027-12-17",
                               propose_times=False)
    conv = conversation_of(round_["id"], member["id"])
    conversations.schedule(conv["id"], START, START + dt.timedelta(hours=1), place="Rom 2")
    rounds.save_group_conversation(round_["id"], department["id"],
                                   scheduled_start=dt.datetime(2027, 2, 1, 13, 0), place="Aula")
    return {"org": org, "leader": leader, "member": member, "round": round_, "conv": conv}


def events(calendar: Calendar) -> dict[str, Any]:
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_conversation_and_grus_are_events_in_the_organisations_zone(setup) -> None:
    calendar = build_calendar(Scope("organisation", setup["org"]["id"]))
    found = events(calendar)
    talk = found[f"conversation-{setup['conv']['id']}@musdesk"]
    assert talk.decoded("dtstart") == START.replace(tzinfo=ZoneInfo("Europe/Oslo"))
    assert str(talk["location"]) == "Rom 2"
    assert str(talk["summary"]) == "Medarbeidersamtale: Ola Nordmann (Fjellby kommune)"
    grus = [e for uid, e in found.items() if uid.startswith("grus-")]
    assert len(grus) == 1 and str(grus[0]["location"]) == "Aula"
    zones = [str(z["tzid"]) for z in calendar.walk("VTIMEZONE")]
    assert zones == ["Europe/Oslo"]
    raw = calendar.to_ical().decode()
    assert "DTSTART;TZID=Europe/Oslo:20270302T100000" in raw
    assert "Et godt" not in raw  # nothing of the content


def test_deleted_goal_and_leaver_stay_as_cancelled_with_a_higher_sequence(setup) -> None:
    goal = plans.add_goal(setup["member"]["id"], "Lede møter", conversation_id=setup["conv"]["id"],
                          deadline="2027-11-30")
    uid = f"goal-deadline-{goal['id']}@musdesk"
    before = events(build_calendar(Scope("organisation", setup["org"]["id"])))[uid]
    assert str(before["status"]) == "CONFIRMED"
    plans.delete_goal(goal["id"])
    after = events(build_calendar(Scope("organisation", setup["org"]["id"])))[uid]
    assert str(after["status"]) == "CANCELLED"
    assert int(after["sequence"]) > int(before["sequence"])
    assert after.decoded("dtstart") == dt.date(2027, 11, 30)

    talk_uid = f"conversation-{setup['conv']['id']}@musdesk"
    sequence = int(events(build_calendar(Scope("all")))[talk_uid]["sequence"])
    roster.mark_left(setup["member"]["id"], "2027-02-01")
    talk = events(build_calendar(Scope("organisation", setup["org"]["id"])))[talk_uid]
    assert str(talk["status"]) == "CANCELLED" and int(talk["sequence"]) > sequence
    assert "Ola" not in str(talk["summary"])


def test_an_erased_persons_events_are_cancelled_from_tombstones(setup) -> None:
    from musdesk.models import Employee
    from musdesk.services.common import atomic

    with atomic():
        assert bury_employee(setup["member"]["id"]) >= 1
        Employee.delete_by_id(setup["member"]["id"])
    found = events(build_calendar(Scope("organisation", setup["org"]["id"])))
    talk = found[f"conversation-{setup['conv']['id']}@musdesk"]
    assert str(talk["status"]) == "CANCELLED"


def test_invitation_is_a_request_with_organiser_attendee_and_pdf(setup, tmp_path: Path) -> None:
    ics, pdf = write_invitation(setup["conv"]["id"], tmp_path / "inv")
    calendar = Calendar.from_ical(ics.read_bytes())
    assert str(calendar["method"]) == "REQUEST"
    (event,) = calendar.walk("VEVENT")
    assert str(event["organizer"]) == "mailto:lise@fjellby.no"
    assert str(event["attendee"]) == "mailto:ola@fjellby.no"
    assert event["attendee"].params["ROLE"] == "REQ-PARTICIPANT"
    assert event.decoded("dtstart") == START.replace(tzinfo=ZoneInfo("Europe/Oslo"))
    assert "Medarbeidersamtale" in str(event["summary"])  # Norwegian organisation
    assert pdf.suffix == ".pdf" and "Ola Nordmann" in text_of(pdf.read_bytes())


def test_round_invitations_skip_people_without_a_time(setup, tmp_path: Path) -> None:
    result = write_round_invitations(setup["round"]["id"], tmp_path / "round")
    assert sorted(p.suffix for p in result.written) == [".ics", ".pdf"]
    assert result.skipped == ["Lise Leder"]  # the leader's own conversation has no time


def test_signed_plan_meetings_carry_the_zone(setup) -> None:
    goal = plans.add_goal(setup["member"]["id"], "Lede møter", conversation_id=setup["conv"]["id"],
                          starts_on=dt.date.today(),
                          deadline=dt.date.today() + dt.timedelta(days=120), cadence="monthly")
    yesterday = dt.datetime.combine(dt.date.today() - dt.timedelta(days=1), dt.time(10))
    conversations.schedule(setup["conv"]["id"], yesterday, yesterday + dt.timedelta(hours=1))
    bring_to(setup["conv"]["id"], "signed")
    from musdesk.services import followup

    meeting = plan_meetings(goal["id"], dt.date.today())[0]
    followup.move_meeting(meeting["id"], meeting["planned_on"], dt.time(9, 0))
    found = events(build_calendar(Scope("employee", setup["member"]["id"])))
    event = found[f"meeting-{meeting['id']}@musdesk"]
    assert event.decoded("dtstart").tzinfo == ZoneInfo("Europe/Oslo")


def test_the_quick_serialisation_gives_icalendars_own_bytes(setup) -> None:
    """The export shares equal property objects, writes each distinct line once and skips
    folding short lines; the bytes are those icalendar writes for the same components."""
    from musdesk.services import followup

    long_name = roster.create_employee(  # a summary over 75 octets: folded by icalendar
        setup["org"]["id"], "Marie-Louise Æbeløe-Østergaard", "Kristoffersen-Bjørnstad",
        leader_id=setup["leader"]["id"])
    goal = plans.add_goal(setup["member"]["id"], "Lede møter", conversation_id=setup["conv"]["id"],
                          starts_on=START.date(), deadline=START.date() + dt.timedelta(days=90),
                          cadence="biweekly")
    plans.add_goal(long_name["id"], "Eget mål", starts_on=START.date(),
                   deadline=START.date() + dt.timedelta(days=60))
    meetings = plan_meetings(goal["id"])
    followup.move_meeting(meetings[0]["id"], meetings[0]["planned_on"], dt.time(9, 30))
    followup.cancel_meeting(meetings[1]["id"])
    calendar = build_calendar(Scope("organisation", setup["org"]["id"]))
    plain = Calendar()  # icalendar's own serialisation of the very same components
    plain.update(calendar)
    plain.subcomponents = calendar.subcomponents
    written = calendar.to_ical()
    assert written == plain.to_ical()
    assert b"Kristoffersen-Bj\xc3\xb8rnstad" not in written  # folded inside the name
    assert written.count(b"BEGIN:VEVENT") == len(meetings) + 4  # + talk, GRUS, 2 deadlines
