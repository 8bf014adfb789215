"""A realistic demo workspace: a Danish and a Norwegian client, a round each with
conversations in every state, development plans and follow-up both done and overdue.

Dates are relative to `today`, so the demo always looks current. The names use æ, ø and å
on purpose: every screen and PDF should show them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from musdesk.errors import InvalidValue
from musdesk.models import Conversation, FollowUpMeeting, MeetingGoal, utc_now
from musdesk.models.enums import CONVERSATION_STATUSES
from musdesk.services import conversations, followup, followup_planning, plans, roster, rounds
from musdesk.services.rounds import next_working_day
from musdesk.storage import KdfParams, Workspace
from musdesk.storage.transactions import write_transaction

# The happy path; "cancelled" is handled apart.
PATH = CONVERSATION_STATUSES[:-1]


DANISH = {
    "organisation": "Skovlund Kommune",
    "language": "da",
    "round": "MUS {year} – Skovlund",
    "departments": [
        ("Direktionen", None),
        ("Teknik og Miljø", "Direktionen"),
        ("Vej og Park", "Teknik og Miljø"),
        ("Byggesag", "Teknik og Miljø"),
        ("Borgerservice", "Direktionen"),
    ],
    # (first, last, title, department, leader's last name or None)
    "people": [
        ("Birthe", "Ærenlund", "Kommunaldirektør", "Direktionen", None),
        ("Jørgen", "Østergaard", "Chef for Teknik og Miljø", "Teknik og Miljø", "Ærenlund"),
        ("Kirsten", "Ågaard", "Borgerservicechef", "Borgerservice", "Ærenlund"),
        ("Mette", "Kjær", "Driftsleder", "Vej og Park", "Østergaard"),
        ("Søren", "Bøgh", "Anlægsgartner", "Vej og Park", "Kjær"),
        ("Lars", "Løvendahl", "Maskinfører", "Vej og Park", "Kjær"),
        ("Rasmus", "Brønd", "Vejarbejder", "Vej og Park", "Kjær"),
        ("Maja", "Nørgaard", "Gartner", "Vej og Park", "Kjær"),
        ("Frederik", "Ålund", "Lærling", "Vej og Park", "Kjær"),
        ("Anne", "Sønderby", "Byggesagsbehandler", "Byggesag", "Østergaard"),
        ("Henrik", "Hjørnholm", "Bygningskonstruktør", "Byggesag", "Østergaard"),
        ("Pernille", "Sørensen", "Byggesagsbehandler", "Byggesag", "Østergaard"),
        ("Jens", "Ørsted", "Landinspektør", "Byggesag", "Østergaard"),
        ("Camilla", "Bækgaard", "Borgerrådgiver", "Borgerservice", "Ågaard"),
        ("Thomas", "Højgaard", "Servicemedarbejder", "Borgerservice", "Ågaard"),
        ("Lene", "Ærø", "Servicemedarbejder", "Borgerservice", "Ågaard"),
        ("Ida", "Kjærsgaard", "Pasmedarbejder", "Borgerservice", "Ågaard"),
        ("Nikolaj", "Møller", "IT-supporter", "Borgerservice", "Ågaard"),
        ("Sofie", "Dalsgård", "Studentermedhjælper", "Borgerservice", "Ågaard"),
        ("Ulla", "Fæster", "Administrativ medarbejder", "Borgerservice", "Ågaard"),
        ("Peter", "Krøyer", "Teamkoordinator", "Borgerservice", "Ågaard"),
    ],
    "strategic_goals": [
        (
            None,
            "Borgerne får svar hurtigere",
            "Sagsbehandlingstiden skal ned, og flere henvendelser løses ved første kontakt.",
        ),
        (
            None,
            "En grønnere kommune",
            "Mindre sprøjtning, mere biodiversitet og el-drevne "
            "maskiner, hvor det kan lade sig gøre.",
        ),
        (
            "Borgerservice",
            "Flere selvbetjeningsløsninger",
            "Borgerne skal kunne klare de "
            "almindelige ærinder digitalt – og få hjælp, når de ikke kan.",
        ),
        (
            "Vej og Park",
            "Vilde blomster i vejkanterne",
            "Halvdelen af rabatterne slås sjældnere og sås til med hjemmehørende arter.",
        ),
    ],
    "summary": "Vi talte om året, der er gået, hvor {first} har løftet mange opgaver trods "
    "travlhed. Trivslen er god, men arbejdsmængden i spidsbelastninger skal vi holde øje med. "
    "{first} vil gerne udvikle sig fagligt og tage mere ansvar i teamet.",
    "answers": {
        "employee_prep": "Jeg har især været glad for samarbejdet med kollegerne og for at "
        "få lov at prøve nye opgaver.",
        "leader_prep": "Stabil og hjælpsom; kan tage mere ansvar for oplæring af nye.",
        "conversation": "Vi blev enige om at se på opgavefordelingen i travle perioder.",
    },
    "agreements": [
        (
            "leader_expects",
            "At du deler din viden med de nye kolleger og siger til i tide, "
            "hvis opgaverne hober sig op.",
            None,
        ),
        ("employee_can_expect", "Sparring hver måned og opbakning til kursus i foråret.", None),
        (
            "actions",
            "Tilmelding til kursus – lederen sørger for det inden udgangen af måneden.",
            "leader",
        ),
        (
            "not_doing",
            "Vi ændrer ikke arbejdstiden i år, fordi vagtplanen først lægges om næste år.",
            None,
        ),
    ],
    "goals": [
        (
            "Blive tryg ved at undervise nye kolleger",
            "Teamet får flere nye kolleger, og viden skal deles.",
            "Har selv stået for oplæringen af mindst to nye kolleger.",
            "Faste oplæringsdage i kalenderen",
            "Oplæring sker efter en fast plan, ikke tilfældigt",
            [("Lav en oplæringsplan", 30), ("Første nye kollega oplært", 120)],
            [("Underviser en ny kollega", "teaching_others"), ("Kursus i formidling", "course")],
        ),
        (
            "Bruge det nye sagssystem fuldt ud",
            "Systemet kan spare tid, hvis alle bruger det ens.",
            "Alle sager oprettes og afsluttes i systemet uden papir.",
            "Superbruger som sparringspartner",
            "Ingen dobbeltregistrering på papir",
            [("Gennemgå funktionerne med superbrugeren", 45)],
            [("Sidemandsoplæring med superbruger", "peer_training"), ("Selvstudium", "self_study")],
        ),
    ],
    "private_note": "Virker presset af hjemlige forhold; spørg forsigtigt ind ved næste møde.",
    "grus_goals": "Vi vil halvere ventetiden i telefonen og lære af hinandens gode løsninger.",
    "cancel_reason": "Langtidssygemeldt – samtalen holdes, når medarbejderen er tilbage.",
    "meeting_note": "Godt i gang; aftalt at justere tempoet lidt.",
    "evaluation": ("Faste tider i kalenderen og en tålmodig leder.", "Fortsætter som mentor."),
    "recognition": "Ros på personalemødet for oplæringen af de nye.",
    "place": "Mødelokale 2, rådhuset",
}

NORWEGIAN = {
    "organisation": "Fjellvik Energi AS",
    "language": "nb",
    "round": "Medarbeidersamtaler {year}",
    "departments": [
        ("Ledelsen", None),
        ("Drift", "Ledelsen"),
        ("Kundeservice", "Ledelsen"),
        ("Økonomi", "Ledelsen"),
    ],
    "people": [
        ("Kari", "Åsheim", "Administrerende direktør", "Ledelsen", None),
        ("Ola", "Nordbø", "Driftssjef", "Drift", "Åsheim"),
        ("Ingrid", "Sæther", "Kundeservicesjef", "Kundeservice", "Åsheim"),
        ("Håkon", "Løvås", "Økonomisjef", "Økonomi", "Åsheim"),
        ("Marte", "Østby", "Montør", "Drift", "Nordbø"),
        ("Sindre", "Bjørnstad", "Elektriker", "Drift", "Nordbø"),
        ("Eirik", "Grønli", "Driftsoperatør", "Drift", "Nordbø"),
        ("Øystein", "Rød", "Montør", "Drift", "Nordbø"),
        ("Torbjørn", "Ås", "Lærling", "Drift", "Nordbø"),
        ("Silje", "Holmå", "Kunderådgiver", "Kundeservice", "Sæther"),
        ("Tone", "Kjærnes", "Kunderådgiver", "Kundeservice", "Sæther"),
        ("Åse", "Fløtten", "Teamleder", "Kundeservice", "Sæther"),
        ("Magnus", "Vågen", "Kunderådgiver", "Kundeservice", "Sæther"),
        ("Guro", "Bråten", "Kunderådgiver", "Kundeservice", "Sæther"),
        ("Hanne", "Sætre", "Regnskapsmedarbeider", "Økonomi", "Løvås"),
        ("Ragnhild", "Øverli", "Controller", "Økonomi", "Løvås"),
        ("Jonas", "Lømo", "Lønnsmedarbeider", "Økonomi", "Løvås"),
        ("Lars", "Jørstad", "Innkjøper", "Økonomi", "Løvås"),
        ("Marius", "Dæhlie", "Montør", "Drift", "Nordbø"),
    ],
    "strategic_goals": [
        (
            None,
            "Sikker og stabil strømforsyning",
            "Færre og kortere avbrudd for kundene, uten skader på folk.",
        ),
        (None, "Fornøyde kunder", "Kundene skal oppleve at de får raske og tydelige svar."),
        ("Drift", "Null skader", "Alle følger sikkerhetsrutinene, også når det haster."),
        ("Kundeservice", "Svar innen ett døgn", "Ni av ti henvendelser besvares innen 24 timer."),
    ],
    "summary": "Vi snakket om året som har gått, der {first} har fått til mye i en travel "
    "periode. {first} trives og har et godt samarbeid med kollegene, men ønsker mer faglig "
    "utvikling og tydeligere prioriteringer når det er mye å gjøre.",
    "answers": {
        "employee_prep": "Jeg har likt best å jobbe med de nye prosjektene og å hjelpe nye "
        "kolleger.",
        "leader_prep": "Pålitelig og engasjert; kan få mer ansvar i prosjektene.",
        "conversation": "Vi ble enige om å se på fordelingen av vakter i høysesongen.",
    },
    "agreements": [
        (
            "leader_expects",
            "At du deler erfaringene dine med de nye og sier fra tidlig hvis noe ikke går.",
            None,
        ),
        ("employee_can_expect", "Jevnlige samtaler og støtte til kurs i løpet av året.", None),
        ("actions", "Melde på kurs – lederen ordner det innen utgangen av måneden.", "leader"),
        (
            "not_doing",
            "Vi endrer ikke vaktordningen i år, fordi den nye avtalen først gjelder fra neste år.",
            None,
        ),
    ],
    "goals": [
        (
            "Bli trygg som fadder for nye kolleger",
            "Vi får mange nye i drift, og erfaringen må deles.",
            "Har fulgt opp minst to nye kolleger gjennom prøvetiden.",
            "Tid satt av i turnusen",
            "Nye kolleger lærer rutinene fra første dag",
            [("Lage en fadderplan", 30), ("Første nye kollega fulgt opp", 120)],
            [("Lærer opp nye kolleger", "teaching_others"), ("Mentorordning", "mentoring")],
        ),
        (
            "Ta fagbrev i automasjon",
            "Anlegget blir mer automatisert.",
            "Bestått fagprøve.",
            "Permisjon med lønn på eksamensdager",
            "Kan feilsøke styringssystemene selv",
            [("Teorieksamen bestått", 150)],
            [("Kurs i automasjon", "course"), ("Prosjekt på nytt anlegg", "project")],
        ),
    ],
    "private_note": "Nevnte at hun vurderer å søke seg bort; følg med.",
    "grus_goals": "Vi vil dele vaktbelastningen jevnere og bli bedre på overleveringer.",
    "cancel_reason": "Permisjon – samtalen tas når medarbeideren er tilbake.",
    "meeting_note": "God framdrift; avtalt å justere planen litt.",
    "evaluation": ("Faste tider og god støtte fra kollegene.", "Fortsetter som fadder."),
    "recognition": "Ros på allmøtet for innsatsen under uværet.",
    "place": "Møterom Fjellet",
}


def _status_plan(count: int) -> list[str]:
    """Which state each conversation of a round should end in: every state at least once."""
    states = [*PATH, "cancelled"]
    return [states[i % len(states)] for i in range(count)]


def _build_organisation(data: dict[str, Any], today: dt.date) -> dict[str, int]:
    org = roster.create_organisation(data["organisation"], language=data["language"])
    departments: dict[str, str] = {}
    for name, parent in data["departments"]:
        departments[name] = roster.create_department(
            org["id"], name, parent_id=departments.get(parent) if parent else None
        )["id"]
    people: dict[str, dict[str, Any]] = {}
    for first, last, title, department, leader in data["people"]:
        people[last] = roster.create_employee(
            org["id"],
            first,
            last,
            job_title=title,
            department_id=departments[department],
            leader_id=people[leader]["id"] if leader else None,
            email=f"{first.lower()}.{last.lower()}@example.org".replace("æ", "ae")
            .replace("ø", "oe")
            .replace("å", "aa"),
            start_date=today - dt.timedelta(days=400 + 97 * len(people)),
        )
    strategic = {}
    for department, title, description in data["strategic_goals"]:
        goal = roster.add_strategic_goal(
            org["id"],
            title,
            description,
            department_id=departments[department] if department else None,
        )
        strategic[department] = goal["id"]

    start = today - dt.timedelta(days=120)
    round_ = rounds.plan_round(
        org["id"],
        data["round"].format(year=start.year),
        start,
        today + dt.timedelta(days=240),
        propose_times=False,
    )
    rounds.set_round_status(round_["id"], "active")
    for step in rounds.steps(round_["id"])[:3]:
        for task in step["tasks"]:
            rounds.set_step_task_done(task["id"], step["due_date"])
        rounds.update_step(step["id"], done_date=step["due_date"])
    for name, department_id in departments.items():
        if name in ("Direktionen", "Ledelsen"):
            continue
        rounds.save_group_conversation(
            round_["id"],
            department_id,
            scheduled_start=dt.datetime.combine(
                next_working_day(start + dt.timedelta(days=20)), dt.time(13, 0)
            ),
            held_on=next_working_day(start + dt.timedelta(days=20)),
            department_goals=data["grus_goals"],
            participants=", ".join(f"{p[0]} {p[1]}" for p in data["people"] if p[3] == name),
        )
    convs = list(
        Conversation.select()
        .where(Conversation.round == round_["id"])
        .order_by(Conversation.created_at)
    )
    counts = {"conversations": len(convs), "goals": 0}
    for index, (conv, target) in enumerate(zip(convs, _status_plan(len(convs)), strict=True)):
        counts["goals"] += _play_conversation(conv, target, index, data, strategic, today)
    return counts


# When each step happened, in days after the conversation (capped at now).
STEP_OFFSETS = {
    "invited": -14,
    "prepared": -2,
    "held": 0,
    "summary_drafted": 1,
    "sent_for_approval": 1,
    "signed": 2,
    "in_follow_up": 3,
    "closed": 300,
}


def _conversation_day(target: str, index: int, today: dt.date) -> dt.date:
    """Held conversations lie in the past (the further along, the earlier), others ahead."""
    if target in ("planned", "invited", "prepared", "cancelled"):
        return next_working_day(today + dt.timedelta(days=3 + index))
    return next_working_day(today - dt.timedelta(days=15 + PATH.index(target) * 8 + index % 4))


def _schedule(conv_id: str, day: dt.date, index: int, place: str) -> dt.date:
    """Book a free hour for the leader, trying later hours and days when one is taken."""
    for attempt in range(60):
        moved = next_working_day(day + dt.timedelta(days=attempt // 6))
        start = dt.datetime.combine(moved, dt.time(9 + (index + attempt) % 6, 0))
        try:
            conversations.schedule(conv_id, start, place=place)
        except InvalidValue:
            continue
        return moved
    raise RuntimeError("no free time found for a demo conversation")


def _play_conversation(
    conv: Conversation,
    target: str,
    index: int,
    data: dict[str, Any],
    strategic: dict[Any, str],
    today: dt.date,
) -> int:
    conv_id = str(conv.id)
    day = _schedule(conv_id, _conversation_day(target, index, today), index, data["place"])
    now = utc_now().replace(microsecond=0)  # status times are UTC, like everywhere else
    if target == "cancelled":
        conversations.transition(conv_id, "invited")
        conversations.cancel(conv_id, data["cancel_reason"])
        return 0
    first = conv.employee.first_name
    goals = 0
    for status in PATH[1 : PATH.index(target) + 1]:
        when = min(
            now, dt.datetime.combine(day + dt.timedelta(days=STEP_OFFSETS[status]), dt.time(11))
        )
        if status == "prepared":
            for row in conversations.answers(conv_id)[::4]:
                text = data["answers"][row["part"]]
                conversations.save_answer(conv_id, row["question_id"], text)
        if status == "summary_drafted":
            conversations.set_summary(conv_id, data["summary"].format(first=first))
            for kind, text, owner in data["agreements"]:
                due = day + dt.timedelta(days=30) if kind == "actions" else None
                conversations.add_agreement(conv_id, kind, text, owner=owner, due_date=due)
            if index % 3 == 0:
                conversations.add_private_note(conv_id, data["private_note"])
            goals = _add_goals(conv, data, strategic, day, index)
        if status == "signed":
            conversations.sign(conv_id, when.date(), when.date(), at=when)
            continue
        conversations.transition(conv_id, status, at=when)
        if status == "in_follow_up":
            _follow_up(conv, data, today, closing=target == "closed")
    return goals


def _add_goals(
    conv: Conversation,
    data: dict[str, Any],
    strategic: dict[Any, str],
    day: dt.date,
    index: int,
) -> int:
    department = conv.employee.department.name if conv.employee.department else None
    link = strategic.get(department) or strategic.get(None)
    chosen = data["goals"][: 1 + index % 2]
    for title, why, signs, support, change, subs, activities in chosen:
        goal = plans.add_goal(
            str(conv.employee_id),
            title,
            conversation_id=str(conv.id),
            why=why,
            signs_of_success=signs,
            support=support,
            practice_change=change,
            strategic_goal_id=link,
            starts_on=day,
            deadline=day + dt.timedelta(days=330),
            cadence="monthly" if index % 2 else "biweekly",
        )
        for text, offset in subs:
            plans.add_sub_goal(goal["id"], text, day + dt.timedelta(days=offset))
        for description, method in activities:
            plans.add_activity(goal["id"], description, method)
    return len(chosen)


def _follow_up(conv: Conversation, data: dict[str, Any], today: dt.date, closing: bool) -> None:
    """Meetings from the cadence: past ones held (one missed), the latest past one left
    planned so that it shows as overdue; a closing conversation gets its evaluation."""
    for goal in plans.goals_for_conversation(str(conv.id)):
        # The story starts in the past: plan from the goal's start, not from today.
        followup_planning.replan_employee(conv.employee_id, goal["starts_on"],
                                          include=[goal["id"]])
        meetings = [followup.meeting_dict(m) for m in
                    FollowUpMeeting.select()
                    .join(MeetingGoal, on=MeetingGoal.meeting == FollowUpMeeting.id)
                    .where(MeetingGoal.goal == goal["id"])
                    .order_by(FollowUpMeeting.planned_on)]
        past = [m for m in meetings if m["planned_on"] < today]
        for number, meeting in enumerate(past[:-1]):
            if number == 1:
                followup.mark_missed(meeting["id"])
                continue
            followup.mark_held(meeting["id"], notes=data["meeting_note"])
            followup.record_progress(meeting["id"], goal["id"], min(90, 20 * (number + 1)))
        if closing:
            outcome = "achieved" if goal["sort_order"] % 2 == 0 else "partly_achieved"
            followup.evaluate_goal(goal["id"], outcome, today, *data["evaluation"])
            followup.add_recognition(
                str(conv.employee_id),
                "informal",
                today,
                "praise",
                data["recognition"],
                goal_id=goal["id"],
            )


def build_demo(today: dt.date | None = None) -> dict[str, int]:
    """Fill the open (empty) workspace with the demo data, in one transaction."""
    today = today or dt.date.today()
    totals = {"organisations": 0, "conversations": 0, "goals": 0}
    with write_transaction():
        for data in (DANISH, NORWEGIAN):
            counts = _build_organisation(data, today)
            totals["organisations"] += 1
            totals["conversations"] += counts["conversations"]
            totals["goals"] += counts["goals"]
    totals["employees"] = len(DANISH["people"]) + len(NORWEGIAN["people"])
    return totals


def create_demo_workspace(
    path: Path, passphrase: str, kdf: KdfParams | None = None, today: dt.date | None = None
) -> tuple[Workspace, str]:
    """A new workspace at `path` with the demo in it; returns it open, with its recovery key."""
    # Filled before the folder is renamed into place: a killed demo leaves nothing, never a
    # workspace whose recovery key was not shown.
    return Workspace.create(
        path, passphrase, kdf=kdf or KdfParams.default(), populate=lambda _: build_demo(today)
    )
