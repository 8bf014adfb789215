"""The follow-up calendar: parsed back with icalendar; stable UIDs; no private content."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from musdesk.interchange.calendar_export import event_uid, export_calendar
from musdesk.models import AuditEvent, FollowUpMeeting
from musdesk.services.followup_overview import Scope
from tests.unit.followup_tab.sample import MEETING_NOTE, PRIVATE_NOTE, build_sample, days

NOW = dt.datetime(2026, 3, 11, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def sample(workspace):
    return build_sample()


def read_events(path: Path) -> dict[str, dict]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(event["uid"]): {
            "summary": str(event["summary"]),
            "start": event.decoded("dtstart"),
            "status": str(event.get("status", "")),
            "sequence": int(event["sequence"]),
        }
        for event in calendar.walk("VEVENT")
    }


def test_organisation_calendar_has_meetings_and_deadlines(sample, tmp_path: Path) -> None:
    path = tmp_path / "followup.ics"
    count = export_calendar(path, Scope("organisation", str(sample.organisation.id)), NOW)
    events = read_events(path)
    assert count == len(events)
    overdue = events[event_uid("meeting", sample.overdue_meeting.id)]
    assert overdue["start"] == days(-5)
    assert overdue["summary"] == "Opfølgningsmøde: Anna Jensen (Fjord Teknik)"  # org: Danish
    assert overdue["status"] == "CONFIRMED"
    deadline = events[event_uid("goal-deadline", sample.goal.id)]
    assert deadline["start"] == days(-2)
    assert deadline["summary"].startswith("Frist for udviklingsmål: Anna Jensen")
    assert events[event_uid("sub-goal", sample.sub_goal.id)]["start"] == days(-1)
    assert events[event_uid("meeting", sample.soon_meeting.id)]["start"] == days(3)
    cancelled = {uid for uid, e in events.items() if e["status"] == "CANCELLED"}
    # The cancelled meeting and the meeting of the employee who left stay, marked, so
    # calendars drop them; the leaver's name is no longer written.
    expected = [m for m in FollowUpMeeting.select()
                if (m.employee_id == sample.anna.id and m.status == "cancelled")
                or m.employee_id == sample.gone.id]
    assert len(expected) == 2
    assert cancelled == {event_uid("meeting", m.id) for m in expected}
    assert event_uid("meeting", sample.far_meeting.id) not in events  # Carl: other organisation
    assert not any("Gone Away" in e["summary"] for e in events.values())


def test_no_private_notes_goal_texts_or_conversation_content(sample, tmp_path: Path) -> None:
    path = tmp_path / "all.ics"
    export_calendar(path, Scope("all"), NOW)
    raw = path.read_bytes().decode("utf-8")
    for secret in (PRIVATE_NOTE, MEETING_NOTE, "CONVERSATION SUMMARY", "great workshop",
                   "Lead the customer workshops", "Run the first workshop", "the mentor"):
        assert secret not in raw
    assert "Carl Berg" in raw


def test_uids_are_stable_and_a_change_raises_the_sequence(sample, tmp_path: Path) -> None:
    first, second = tmp_path / "one.ics", tmp_path / "two.ics"
    scope = Scope("department", str(sample.sales.id))
    export_calendar(first, scope, NOW)
    # Moved a little later (SEQUENCE counts seconds; set the change time explicitly).
    later = sample.soon_meeting.updated_at + dt.timedelta(seconds=5)
    FollowUpMeeting.update(planned_on=days(5), updated_at=later).where(
        FollowUpMeeting.id == sample.soon_meeting.id).execute()
    export_calendar(second, scope, NOW + dt.timedelta(hours=1))
    before, after = read_events(first), read_events(second)
    assert set(before) == set(after)
    uid = event_uid("meeting", sample.soon_meeting.id)
    assert after[uid]["start"] == days(5)
    assert after[uid]["sequence"] > before[uid]["sequence"]
    unchanged = event_uid("goal-deadline", sample.goal.id)
    assert after[unchanged] == before[unchanged]


def test_one_employee_and_a_timed_meeting(sample, tmp_path: Path) -> None:
    sample.soon_meeting.starts_at = dt.time(13, 30)
    sample.soon_meeting.save()
    path = tmp_path / "bo.ics"
    export_calendar(path, Scope("employee", str(sample.bo.id)), NOW)
    events = read_events(path)
    assert set(events) == {event_uid("meeting", sample.soon_meeting.id),
                           event_uid("goal-deadline", sample.later_goal.id)}
    start = events[event_uid("meeting", sample.soon_meeting.id)]["start"]
    # Local time of the organisation, with its zone (TZID + VTIMEZONE in the file).
    assert start == dt.datetime.combine(days(3), dt.time(13, 30), ZoneInfo("Europe/Copenhagen"))
    raw = path.read_text()
    assert "DTSTART;TZID=Europe/Copenhagen:" in raw and "BEGIN:VTIMEZONE" in raw


def test_file_is_private_complete_and_audited(sample, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "org.ics"
    path.write_text("old content")
    export_calendar(path, Scope("organisation", str(sample.organisation.id)), NOW)
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["org.ics"]  # no temp file left
    assert AuditEvent.select().where(AuditEvent.action == "exported").count() == 1


def test_calendar_texts_follow_the_language(sample, tmp_path: Path) -> None:
    from musdesk import texts

    texts.set_language("da")
    path = tmp_path / "da.ics"
    export_calendar(path, Scope("employee", str(sample.bo.id)), NOW)
    summaries = {e["summary"] for e in read_events(path).values()}
    assert "Opfølgningsmøde: Bo Holm (Fjord Teknik)" in summaries
