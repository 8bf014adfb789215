"""Invitations to a MUS conversation: an `.ics` request and the invitation PDF, side by side.

The consultant sends them later from their own mail program, so nothing is mailed from
here. The `.ics` is an iTIP request (`METHOD:REQUEST`, RFC 5546) with the leader as
organiser and the employee as attendee when they have e-mail addresses; its UID is the
conversation's calendar UID, so the invitation and the follow-up calendar are one event.
Time zone as in `calendar_export` (TZID + VTIMEZONE of the organisation's country). Only
time, place and who: never content. Texts in the organisation's language.

Qt-free: the UI runs `write_round_invitations` on a worker thread with progress/cancel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

from musdesk import texts
from musdesk.documents import batch, data
from musdesk.errors import InvalidValue
from musdesk.interchange.calendar_export import PRODUCT_ID, timed
from musdesk.models import Conversation, Round
from musdesk.services import audit, workdays
from musdesk.services.calendar_tombstones import CONVERSATION, event_uid, sequence_of
from musdesk.services.common import atomic, fetch
from musdesk.storage.files import write_atomic


@dataclass
class InvitationResult:
    written: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # names of people without a time
    cancelled: bool = False


def _address(email: str, name: str, role: str | None = None) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    address.params["cn"] = vText(name)
    if role:
        address.params["role"] = vText(role)
        address.params["partstat"] = vText("NEEDS-ACTION")
        address.params["rsvp"] = vText("TRUE")
    return address


def invitation_ics(conversation: Conversation, now: dt.datetime | None = None) -> bytes:
    """The iTIP request for one scheduled conversation."""
    if conversation.scheduled_start is None:
        raise InvalidValue("scheduled_start", texts.text("calendar.invitation.not_scheduled"))
    org = conversation.employee.organisation
    language = org.language
    employee, leader = conversation.employee, conversation.leader
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "REQUEST")
    event = Event()
    event.add("uid", event_uid(CONVERSATION, conversation.id))
    event.add("dtstamp", (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC))
    event.add("sequence", sequence_of(conversation.updated_at))
    event.add("summary", texts.text(
        "calendar.invitation.summary", language, employee=employee.full_name,
        leader=leader.full_name if leader is not None else org.name))
    event.add("description", texts.text("calendar.invitation.description", language))
    end = conversation.scheduled_end or conversation.scheduled_start + dt.timedelta(hours=1)
    timed(event, conversation.scheduled_start, end, ZoneInfo(workdays.time_zone(org.country)))
    if conversation.place:
        event.add("location", conversation.place)
    if leader is not None and leader.email:
        event.add("organizer", _address(leader.email, leader.full_name))
    if employee.email:
        event.add("attendee", _address(employee.email, employee.full_name, "REQ-PARTICIPANT"))
    event.add("status", "CONFIRMED")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def file_stem(conversation: Conversation) -> str:
    who = batch.safe_name(conversation.employee.full_name)
    return f"invitation-{who}-{str(conversation.id)[:8]}"


def write_invitation(conversation_id: str, folder: Path) -> list[Path]:
    """The `.ics` and the PDF of one conversation's invitation into `folder`."""
    conversation = fetch(Conversation, conversation_id, "conversation")
    ics = invitation_ics(conversation)
    pdf = batch.render_conversation_document("invitation", conversation)
    folder = Path(folder)
    pdf_path = batch.write_pdf(folder / f"{file_stem(conversation)}.pdf", pdf)
    ics_path = folder / f"{file_stem(conversation)}.ics"
    write_atomic(ics_path, ics)
    with atomic():
        audit.record("exported", conversation, detail="invitation")
    return [ics_path, pdf_path]


def write_round_invitations(
    round_id: str,
    folder: Path,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> InvitationResult:
    """An invitation (.ics + PDF) per scheduled conversation of the round into `folder`;
    conversations without a time are skipped and named in the result."""
    round_ = fetch(Round, round_id, "round")
    conversations = data.conversations_of_round(round_)
    result = InvitationResult()
    total = len(conversations)
    for index, conversation in enumerate(conversations, start=1):
        if is_cancelled is not None and is_cancelled():
            result.cancelled = True
            break
        if conversation.scheduled_start is None:
            result.skipped.append(conversation.employee.full_name)
        else:
            result.written.extend(write_invitation(str(conversation.id), folder))
        if progress:
            progress(index, total, conversation.employee.full_name)
    return result
