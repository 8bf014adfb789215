"""A small client for conversation-form tests: one leader, two employees, last year's round
and this year's (with last year's as its previous round). Built through the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from musdesk.services import conversation_form, roster, rounds


@dataclass
class Scenario:
    organisation_id: str
    leader_id: str
    employee_id: str
    colleague_id: str
    last_round_id: str
    round_id: str

    def conversation(self, employee_id: str | None = None, round_id: str | None = None) -> str:
        found = conversation_form.find_conversation(
            employee_id or self.employee_id, round_id or self.round_id)
        assert found is not None
        return found


def build() -> Scenario:
    org = roster.create_organisation("Harbour Dental Clinic", language="en")["id"]
    leader = roster.create_employee(org, "Ingrid", "Holm", job_title="Clinic manager")["id"]
    employee = roster.create_employee(
        org, "Mikkel", "Lund", job_title="Dental hygienist", leader_id=leader)["id"]
    colleague = roster.create_employee(
        org, "Sara", "Berg", job_title="Receptionist", leader_id=leader)["id"]
    last = rounds.plan_round(org, "MUS 2025", dt.date(2025, 1, 6), dt.date(2025, 6, 30))["id"]
    this = rounds.plan_round(org, "MUS 2026", dt.date(2026, 1, 5), dt.date(2026, 6, 30),
                             previous_round_id=last)["id"]
    return Scenario(org, leader, employee, colleague, last, this)
