"""Retention (GDPR art. 5(1)(e)): what is due for review, and keeping it with a reason.

Per organisation: conversations and plans are due `retention_years` after their round
ended (the whole round is the item: erasing it takes its conversations and the plans agreed
in them), and a leaver is due `leaver_retention_months` after leaving (erasing the person
takes everything about them). A consultant either erases the item (`privacy_erase`) or keeps
it with a reason until a review date (`keep`); a kept item is due again on that date.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from musdesk import texts
from musdesk.errors import InvalidValue
from musdesk.models import Employee, Organisation, RetentionHold, Round
from musdesk.services import audit
from musdesk.services.common import (
    MAX_LINE,
    atomic,
    fetch,
    nordic_key,
    required_text,
)

MAX_YEARS = 50
MAX_MONTHS = 600
DEFAULT_KEEP_MONTHS = 12


@dataclass(frozen=True)
class Retention:
    organisation_id: str
    years: int
    leaver_months: int


@dataclass(frozen=True)
class DueReview:
    kind: str  # "round" or "employee"
    ident: str
    name: str
    organisation_id: str
    organisation_name: str
    ended_on: dt.date  # the round's end, or the day the person left
    due_on: dt.date
    kept_reason: str = ""  # the reason of an earlier keep-decision now due again

    def why(self, language: str | None = None) -> str:
        key = "privacy.due.round_ended" if self.kind == "round" else "privacy.due.left"
        return texts.text(key, language, on=self.ended_on.isoformat())


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month,
                       day=min(day.day, calendar.monthrange(year, month)[1]))


def _whole_number(field: str, value: object, top: int) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise InvalidValue(field, texts.text("privacy.reason.range", top=top)) from None
    if not 0 < number <= top:
        raise InvalidValue(field, texts.text("privacy.reason.range", top=top))
    return number


def retention_of(organisation_id: str) -> Retention:
    org = fetch(Organisation, organisation_id, "organisation")
    return Retention(str(org.id), org.retention_years, org.leaver_retention_months)


def set_retention(organisation_id: str, years: object, leaver_months: object) -> Retention:
    with atomic():
        org = fetch(Organisation, organisation_id, "organisation")
        org.retention_years = _whole_number("retention_years", years, MAX_YEARS)
        org.leaver_retention_months = _whole_number("leaver_retention_months", leaver_months,
                                                    MAX_MONTHS)
        org.save()
        audit.record("updated", org, detail="retention")
    return Retention(str(org.id), org.retention_years, org.leaver_retention_months)


def _holds() -> dict[str, RetentionHold]:
    """The keep-decisions still running today, by round or employee ID; and the last one
    of each (also ended), for its reason."""
    latest: dict[str, RetentionHold] = {}
    for hold in RetentionHold.select().order_by(RetentionHold.decided_on, RetentionHold.created_at):
        key = str(hold.round_id or hold.employee_id)
        latest[key] = hold
    return latest


def due_items(today: dt.date | None = None,
              organisation_id: str | None = None) -> list[DueReview]:
    """Rounds and leavers past their retention period and not kept beyond today."""
    today = today or dt.date.today()
    holds = _holds()
    orgs = Organisation.select()
    if organisation_id:
        orgs = orgs.where(Organisation.id == fetch(Organisation, organisation_id,
                                                   "organisation").id)
    found: list[DueReview] = []
    for org in orgs:
        for round_ in Round.select().where(Round.organisation == org):
            due = add_months(round_.period_end, 12 * org.retention_years)
            found += _item("round", round_.id, round_.name, org, round_.period_end, due,
                           today, holds)
        leavers = Employee.select().where(Employee.organisation == org,
                                          Employee.left_on.is_null(False))
        for person in leavers:
            left_on = person.left_on
            assert left_on is not None  # selected for having one
            due = add_months(left_on, org.leaver_retention_months)
            found += _item("employee", person.id, person.full_name, org, left_on, due,
                           today, holds)
    return sorted(found, key=lambda d: (d.due_on, nordic_key(d.organisation_name),
                                        nordic_key(d.name)))


def _item(kind: str, ident: object, name: str, org: Organisation, ended: dt.date,
          due: dt.date, today: dt.date, holds: dict[str, RetentionHold]) -> list[DueReview]:
    hold = holds.get(str(ident))
    if hold is not None:
        if hold.review_on > today:
            return []
        due = max(due, hold.review_on)
    if due > today:
        return []
    return [DueReview(kind, str(ident), name, str(org.id), org.name, ended, due,
                      hold.reason if hold is not None else "")]


def keep(kind: str, ident: str, why: str, *, months: object = DEFAULT_KEEP_MONTHS,
         today: dt.date | None = None) -> dt.date:
    """Keep a due round or leaver with a reason for `months`; returns the next review date."""
    today = today or dt.date.today()
    text = required_text("reason", why, MAX_LINE)
    span = _whole_number("months", months, MAX_MONTHS)
    with atomic():
        if kind == "round":
            record = fetch(Round, ident, "round")
            fields = {"round": record, "organisation": record.organisation}
        elif kind == "employee":
            person = fetch(Employee, ident, "employee")
            fields = {"employee": person, "organisation": person.organisation}
        else:
            raise InvalidValue("kind", "round, employee")
        review = add_months(today, span)
        hold = RetentionHold.create(reason=text, decided_on=today, review_on=review, **fields)
        audit.record("created", hold, detail=kind)
    return review
