"""A realistic round built through the services, in three states: fresh, half-done, finished.

Used by the wheel tests and for screenshots (`python -m tests.unit.evaluation.sample_round`).
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from musdesk.services import conversations, followup, plans, roster, rounds
from musdesk.services.round_planning import SlotChoice, plan_round_with_choices

DEPARTMENTS = {
    "Borgerservice": ["Søren Kjær", "Mette Løvgren", "Jørgen Bæk", "Anne Møller",
                      "Frederik Ørum", "Line Dæhli", "Kasper Ågård"],
    "Vej og park": ["Bjørn Østergaard", "Hanne Lærke", "Ole Skøtt", "Maja Frølund",
                    "Niels Brøndum", "Signe Åkjær"],
    "Skole og dagtilbud": ["Astrid Sørensen", "Mads Hjørne", "Ida Vængsø", "Emil Grønbæk",
                           "Karen Blåbjerg"],
    "Økonomi": ["Henrik Dalsgård", "Pia Kølle"],
}
LEADERS = {"Borgerservice": "Birthe Holmgård", "Vej og park": "Torben Ærø",
           "Skole og dagtilbud": "Lise Fjæld", "Økonomi": "Claus Møhl"}
DEPARTMENT_GOALS = {"Borgerservice": "Kortere ventetid og klar besked til borgeren",
                    "Vej og park": "Elektriske maskiner i hele parken inden 2028",
                    "Skole og dagtilbud": "Flere voksne med tid til det enkelte barn",
                    "Økonomi": "Budgetopfølgning hver måned i stedet for hvert kvartal"}
METHODS = ["course", "peer_training", "new_tasks", "mentoring", "course", "project"]


def _person(org_id: str, name: str, **fields: Any) -> dict[str, Any]:
    first, last = name.split(" ", 1)
    return roster.create_employee(org_id, first, last, **fields)


def build_roster() -> dict[str, Any]:
    org = roster.create_organisation("Skovlund Kommune", language="da")
    roster.add_strategic_goal(org["id"], "Borgeren i centrum")
    roster.add_strategic_goal(org["id"], "Grøn omstilling i drift og byggeri")
    roster.add_strategic_goal(org["id"], "Et godt arbejdsmiljø med plads til udvikling")
    for name, people in DEPARTMENTS.items():
        dept = roster.create_department(org["id"], name)
        leader = _person(org["id"], LEADERS[name], department_id=dept["id"])
        roster.add_strategic_goal(org["id"], DEPARTMENT_GOALS[name], department_id=dept["id"])
        for person in people:
            _person(org["id"], person, department_id=dept["id"], leader_id=leader["id"])
    return org


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def advance(conversation_id: str, target: str, day: dt.date) -> None:
    """Walk one conversation through the workflow up to `target`, all on `day`."""
    path = ["invited", "prepared", "held", "summary_drafted", "signed", "in_follow_up",
            "closed"]
    current = conversations.get_conversation(conversation_id)["status"]
    for status in path[path.index(current) + 1 if current in path else 0:]:
        if status == "summary_drafted":
            conversations.set_summary(conversation_id, "Godt år, klare aftaler om næste år.")
        conversations.transition(conversation_id, status, at=_at(day))
        if status == target:
            return


def build_round(state: str, today: dt.date) -> dict[str, Any]:
    """`state` is "fresh" (just planned), "half" (conversations under way) or "finished"."""
    org = build_roster()
    start = {"fresh": today, "half": today - dt.timedelta(days=75),
             "finished": today - dt.timedelta(days=300)}[state]
    end = start + dt.timedelta(days=180 if state == "half" else 240)
    slots = SlotChoice(start + dt.timedelta(days=21), start + dt.timedelta(days=60),
                       dt.time(8), dt.time(16), 60, "Mødelokale 2")
    planned = plan_round_with_choices(org["id"], f"MUS {start.year}", start, end, slots=slots)
    if state == "fresh":
        return planned
    steps = rounds.steps(planned["id"])
    open_steps = 3 if state == "half" else 8
    for step in steps[:open_steps]:
        for task in step["tasks"]:
            rounds.set_step_task_done(task["id"], step["due_date"] or start)
        if state == "finished" or step["number"] <= 2:
            rounds.update_step(step["id"], done_date=step["due_date"])
    if state == "finished":
        rounds.update_step(steps[7]["id"], notes=(
            "Forberedelsesskemaet virkede godt. Næste år: GRUS før de individuelle samtaler "
            "og kortere tid mellem samtale og referat."))
    convs = sorted(rounds_conversations(planned["id"]), key=lambda c: c["employee_name"])
    targets = (["held", "signed", "prepared", "invited", "in_follow_up", "held", "invited"]
               if state == "half" else ["in_follow_up", "closed", "in_follow_up"])
    for conv, target in zip(convs, itertools.cycle(targets), strict=False):
        held_day = conv["scheduled_start"].date()
        if held_day > today:
            advance(conv["id"], "invited", start + dt.timedelta(days=7))
            continue
        if target in ("signed", "in_follow_up", "closed"):
            advance(conv["id"], "summary_drafted", held_day)
            _goal_with_follow_up(conv, held_day, today)
        advance(conv["id"], target, held_day)
    departments = {d["name"]: d for d in roster.list_departments(org["id"])}
    rounds.save_group_conversation(
        planned["id"], departments["Borgerservice"]["id"],
        scheduled_start=_at(start + dt.timedelta(days=14), 9), place="Byrådssalen",
        participants="Hele afdelingen",
        department_goals="Svar på henvendelser inden for to dage\nFærre genvisiteringer",
        shared_activities="Fælles kursus i klart sprog", held_on=start + dt.timedelta(days=14))
    return rounds.get_round(planned["id"])


def rounds_conversations(round_id: str) -> list[dict[str, Any]]:
    from musdesk.models import Conversation

    return [conversations.get_conversation(str(c.id))
            for c in Conversation.select().where(Conversation.round == round_id)]


def _goal_with_follow_up(conv: dict[str, Any], held_day: dt.date, today: dt.date) -> None:
    index = sum(map(ord, conv["employee_name"])) % len(METHODS)
    employee = roster.get_employee(conv["employee_id"])
    strategic = roster.list_strategic_goals(employee["organisation_id"],
                                            employee["department_id"])
    goal = plans.add_goal(conv["employee_id"], "Blive tryg i det nye fagsystem",
                          conversation_id=conv["id"], starts_on=held_day,
                          deadline=held_day + dt.timedelta(days=180),
                          strategic_goal_id=strategic[index % len(strategic)]["id"])
    plans.add_activity(goal["id"], "Kursus og sidemandsoplæring", METHODS[index])
    for weeks in (4, 8, 12):
        day = held_day + dt.timedelta(weeks=weeks)
        if day > today:
            continue
        meeting = followup.add_meeting(conv["employee_id"], day, goal_id=goal["id"],
                                       conversation_id=conv["id"])
        if weeks == 8 and index % 3 == 0:
            followup.mark_missed(meeting["id"])
        else:
            followup.mark_held(meeting["id"], day + dt.timedelta(days=2 if weeks != 12 else 12))
