"""A client with one person who has something in every table that can refer to them.

Built through the services on an empty workspace; names and texts are unique strings, so a
search for them anywhere proves where they are (or are not).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from musdesk.documents.data import summary_of
from musdesk.documents.seal import issue_summary
from musdesk.models import Conversation, utc_now
from musdesk.services import conversations, followup, plans, roster, rounds, signing, templates
from tests.followup_helpers import plan_meetings

UNIQUE_FIRST = "Xavierqz"
UNIQUE_LAST = "Vunderbjørk"
UNIQUE_NAME = f"{UNIQUE_FIRST} {UNIQUE_LAST}"
UNIQUE_ANSWER = "QWERTY-ANSWER-7731-mørk"
UNIQUE_NOTE = "PRIVNOTE-5512-leader-only"
UNIQUE_GOAL = "GOALTEXT-8842-læring"
OTHER_NAME = "Hedda Gabler"
OTHER_ANSWER = "OTHER-ANSWER-1184"


@dataclass(frozen=True)
class Scenario:
    org_id: str
    other_org_id: str
    employee_id: str
    other_id: str
    leader_id: str
    round_id: str
    conversation_id: str
    goal_id: str
    other_org_since: dt.datetime  # every row created from then on is the other client's


def _fill_conversation(cid: str, answer: str, *, note: str, sign: bool) -> None:
    for row in conversations.answers(cid):
        if row["part"] == "conversation":
            conversations.save_answer(cid, row["question_id"], answer)
            break
    conversations.set_summary(cid, f"Summary: {answer}")
    conversations.add_agreement(cid, "leader_expects", f"Agreement {answer}")
    conversations.add_private_note(cid, note)
    if sign:
        _sign(cid, answer)


def _sign(cid: str, answer: str) -> None:
    for status in ("invited", "prepared", "held", "summary_drafted", "sent_for_approval"):
        conversations.transition(cid, status)
    signing.record_paper_signatures(
        cid, dt.date(2026, 12, 20), dt.date(2026, 12, 20),
        scan=signing.ScanFile("scan.pdf", "application/pdf",
                              b"%PDF-1.4 scan of " + answer.encode()))
    issue_summary(summary_of(Conversation.get_by_id(cid)))


def _organisation(name: str, person: tuple[str, str], answer: str, note: str,
                  goal_text: str) -> tuple[str, str, str, str, str, str]:
    org = roster.create_organisation(name, language="en")
    dept = roster.create_department(org["id"], "Team")
    leader = roster.create_employee(org["id"], "Lena", f"Leader of {name}",
                                    department_id=dept["id"])
    employee = roster.create_employee(org["id"], person[0], person[1], department_id=dept["id"],
                                      leader_id=leader["id"], email=f"{person[0]}@example.org")
    template = templates.install_default_template("en")
    planned = rounds.plan_round(org["id"], f"MUS {name}", dt.date(2026, 2, 2),
                                dt.date(2026, 12, 18), template_id=template["id"])
    conv = Conversation.get((Conversation.round == planned["id"])
                            & (Conversation.employee == employee["id"]))
    cid = str(conv.id)
    _fill_conversation(cid, answer, note=note, sign=False)
    goal = plans.add_goal(employee["id"], goal_text, conversation_id=cid,
                          deadline=dt.date(2026, 11, 30), cadence="monthly",
                          starts_on=dt.date(2026, 3, 1))
    plans.add_sub_goal(goal["id"], f"Sub {goal_text}", due_date=dt.date(2026, 6, 1))
    plans.add_activity(goal["id"], f"Activity {goal_text}", "course")
    _sign(cid, answer)
    meetings = plan_meetings(goal["id"])
    followup.mark_held(meetings[0]["id"], held_on=dt.date(2026, 4, 1))
    followup.record_progress(meetings[0]["id"], goal["id"], 40, note=f"Progress {goal_text}")
    followup.add_adjustment(goal["id"], f"Adjusted {goal_text}", why="because",
                            made_on=dt.date(2026, 4, 2))
    followup.evaluate_goal(goal["id"], "partly_achieved", evaluated_on=dt.date(2026, 12, 1),
                           what_helped=f"Helped {goal_text}")
    followup.add_recognition(employee["id"], "informal", given_on=dt.date(2026, 5, 1),
                             note=f"Well done {goal_text}", goal_id=goal["id"])
    return org["id"], employee["id"], leader["id"], planned["id"], cid, goal["id"]


def build() -> Scenario:
    org_id, employee_id, leader_id, round_id, cid, goal_id = _organisation(
        "Nordlys AS", (UNIQUE_FIRST, UNIQUE_LAST), UNIQUE_ANSWER, UNIQUE_NOTE, UNIQUE_GOAL)
    # A colleague in the same organisation, and another client, who must stay.
    other = roster.create_employee(org_id, "Hedda", "Gabler", leader_id=leader_id)
    conv = rounds.add_conversation(round_id, other["id"])
    _fill_conversation(conv["id"], OTHER_ANSWER, note="other note", sign=False)
    since = utc_now()
    other_org_id, *_ = _organisation("Sørlandet Kommune", ("Per", "Olsen"), "OTHER-ORG-ANSWER",
                                     "other org note", "OTHER-ORG-GOAL")
    return Scenario(org_id, other_org_id, employee_id, other["id"], leader_id, round_id, cid,
                    goal_id, since)
