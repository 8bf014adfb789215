"""Which earlier round a new round follows (year over year).

One resolver used by every caller (the wizard, `rounds.plan_round`, the CLI and scripts): a
new round of an organisation, or of a department, follows the latest earlier round of the same
scope; a department's round without an own earlier round follows the organisation's latest
round-wide one. Cancelled rounds are never followed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from peewee import ModelSelect

from musdesk.models import Organisation, Round
from musdesk.services.common import fetch

# `previous_round_id` value that asks for the default link (None asks for no link).
LATEST = "latest"


@dataclass(frozen=True)
class EarlierRound:
    id: str
    name: str
    period_start: dt.date
    period_end: dt.date
    department_id: str | None
    department_name: str


def _earlier(organisation_id: str, before: dt.date, exclude_id: str | None = None
             ) -> ModelSelect[Round]:
    org = fetch(Organisation, organisation_id, "organisation")
    query = (Round.select()
             .where((Round.organisation == org) & (Round.period_start < before)
                    & (Round.status != "cancelled"))
             .order_by(Round.period_start.desc(), Round.created_at.desc()))
    if exclude_id is not None:
        query = query.where(Round.id != exclude_id)
    return query


def earlier_rounds(organisation_id: str, before: dt.date,
                   exclude_id: str | None = None) -> list[EarlierRound]:
    """The organisation's rounds that started before `before`, latest first."""
    return [
        EarlierRound(str(r.id), r.name, r.period_start, r.period_end,
                     str(r.department_id) if r.department_id else None,
                     r.department.name if r.department is not None else "")
        for r in _earlier(organisation_id, before, exclude_id)
    ]


def latest_earlier_round(organisation_id: str, department_id: str | None,
                         before: dt.date, exclude_id: str | None = None) -> str | None:
    """The id of the round a new round of this scope follows by default, or None."""
    rounds = list(_earlier(organisation_id, before, exclude_id))
    same_scope = [r for r in rounds
                  if (str(r.department_id) if r.department_id else None) == department_id]
    if same_scope:
        return str(same_scope[0].id)
    if department_id is not None:
        whole = [r for r in rounds if r.department_id is None]
        return str(whole[0].id) if whole else None
    return str(rounds[0].id) if rounds else None


def free_round_name(organisation_id: str, wanted: str) -> str:
    """`wanted`, or with " (2)", " (3)"… when the organisation already has a round so named."""
    org = fetch(Organisation, organisation_id, "organisation")
    names: Any = Round.select(Round.name).where(Round.organisation == org).tuples()
    taken = {str(name).casefold() for (name,) in names}
    name, number = wanted, 2
    while name.casefold() in taken:
        name, number = f"{wanted} ({number})", number + 1
    return name
