"""A large workspace for benchmarks: 10,000 employees and three years of MUS rounds.

    from benchmarks.generate_large import generate_large
    summary = generate_large(path)            # creates the workspace at `path`, locked after

Bulk inserts in a few transactions (no per-record service calls), with the same shape of
data the demo has: organisations with a department tree and leaders, one round per
organisation and year with the eight steps, a conversation per employee and round (older
years closed and signed, this year in every state), answers, agreements, status history,
development goals with sub-goals and activities, follow-up meetings, evaluations and
recognitions. Deterministic for a given seed.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import time
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from peewee import Field, Model

from musdesk.models import (
    Activity,
    Agreement,
    Answer,
    Conversation,
    Department,
    DevelopmentGoal,
    Employee,
    Evaluation,
    FollowUpMeeting,
    MeetingGoal,
    Organisation,
    QuestionTemplate,
    Recognition,
    Round,
    SignedVersion,
    StatusChange,
    StepTask,
    StrategicGoal,
    SubGoal,
    TemplateQuestion,
    TemplateSection,
    WheelStep,
    database_proxy,
)
from musdesk.models.enums import (
    AGREEMENT_KINDS,
    CONVERSATION_STATUSES,
    LEARNING_METHODS,
    WHEEL_STEP_PHASE,
    WHEEL_STEP_ROLES,
    WHEEL_STEPS,
)
from musdesk.services.conversations import canonical_json, content_hash
from musdesk.services.followup import schedule_dates
from musdesk.services.rounds import next_working_day, step_due_dates
from musdesk.services.templates import install_default_template
from musdesk.storage import KdfParams, Workspace

PASSPHRASE = "benchmark passphrase"
EMPLOYEES_PER_ORGANISATION = 1_000
DEPARTMENTS_PER_ORGANISATION = 12
CHUNK = 2_000  # rows per executemany call

FIRST = [
    "Anne",
    "Søren",
    "Mette",
    "Jørgen",
    "Åse",
    "Lars",
    "Kari",
    "Ole",
    "Ingrid",
    "Mads",
    "Birthe",
    "Håkon",
    "Sofie",
    "Øystein",
    "Ida",
    "Rasmus",
    "Silje",
    "Nikolaj",
    "Tone",
    "Frederik",
    "Camilla",
    "Eirik",
    "Pernille",
    "Magnus",
]
LAST = [
    "Sørensen",
    "Østergaard",
    "Kjær",
    "Bøgh",
    "Ågaard",
    "Løvås",
    "Nordbø",
    "Sæther",
    "Holmå",
    "Brønd",
    "Ærenlund",
    "Bækgaard",
    "Høj",
    "Dæhlie",
    "Fløtten",
    "Vågen",
    "Krøyer",
    "Mølgaard",
    "Nørgaard",
    "Ås",
    "Grønli",
    "Bråten",
    "Jensen",
    "Hansen",
]
SUMMARY = (
    "Godt år med mange opgaver løst. Trivslen er god; arbejdsmængden i travle perioder "
    "skal vi holde øje med. Ønsker at udvikle sig fagligt og tage mere ansvar."
)


def _sql_value(field: Field, value: Any) -> Any:
    """What peewee would store, with dates as the ISO text sqlite3's adapters write."""
    value = field.db_value(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def _bulk(model: type[Model], rows: Iterable[dict[str, Any]]) -> int:
    """Insert plain rows with one prepared statement (peewee's insert_many is slower)."""
    count = 0
    statement: str | None = None
    fields: list[Field] = []
    batch: list[tuple[Any, ...]] = []
    cursor = database_proxy.cursor()
    for row in rows:
        if statement is None:
            # Columns the generator does not know (added by later migrations) get their
            # model default, as an insert through Peewee would give them.
            defaults = {f.name: f.default for f in model._meta.sorted_fields
                        if f.name not in row and f.default is not None}
            fields = [model._meta.fields[name] for name in (*row, *defaults)]
            columns = ", ".join(f'"{f.column_name}"' for f in fields)
            marks = ", ".join("?" for _ in fields)
            statement = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
        batch.append(tuple(
            _sql_value(f, row[f.name] if f.name in row else
                       (f.default() if callable(f.default) else f.default))
            for f in fields))
        if len(batch) >= CHUNK:
            cursor.executemany(statement, batch)
            count += len(batch)
            batch = []
    if batch and statement is not None:
        cursor.executemany(statement, batch)
        count += len(batch)
    return count


def _stamp(row: dict[str, Any], when: dt.datetime) -> dict[str, Any]:
    row.setdefault("id", uuid.uuid4())
    row["created_at"] = row["updated_at"] = when
    return row


def _organisation(index: int, size: int, today: dt.date, rng: random.Random) -> dict[str, Any]:
    """An organisation, its department tree and employees with leaders; returns ids."""
    now = dt.datetime.combine(today, dt.time(8))
    org_id = uuid.uuid4()
    _bulk(
        Organisation,
        [
            _stamp(
                {
                    "id": org_id,
                    "name": f"Organisation {index + 1:02d} A/S",
                    "language": ("da", "nb")[index % 2],
                    "country": ("DK", "NO")[index % 2],
                    "notes": "",
                    "workday_start": dt.time(8),
                    "workday_end": dt.time(16),
                    "retention_years": 5,
                    "leaver_retention_months": 12,
                },
                now,
            )
        ],
    )
    top = uuid.uuid4()
    departments = [
        _stamp(
            {
                "id": top,
                "organisation": org_id,
                "parent": None,
                "name": "Ledelsen",
                "sort_order": 0,
            },
            now,
        )
    ]
    for d in range(1, DEPARTMENTS_PER_ORGANISATION):
        departments.append(
            _stamp(
                {"organisation": org_id, "parent": top, "name": f"Afdeling {d}", "sort_order": d},
                now,
            )
        )
    _bulk(Department, departments)
    people: list[dict[str, Any]] = []
    director = _stamp(_person(org_id, top, None, 0, rng, "Direktør", today), now)
    people.append(director)
    heads = {}
    for dep in departments[1:]:
        heads[dep["id"]] = _stamp(
            _person(org_id, dep["id"], director["id"], len(people), rng, "Afdelingsleder", today),
            now,
        )
        people.append(heads[dep["id"]])
    while len(people) < size:
        dep = departments[1 + len(people) % (len(departments) - 1)]
        people.append(
            _stamp(
                _person(
                    org_id,
                    dep["id"],
                    heads[dep["id"]]["id"],
                    len(people),
                    rng,
                    "Medarbejder",
                    today,
                ),
                now,
            )
        )
    _bulk(Employee, people)
    goals = [
        _stamp(
            {
                "organisation": org_id,
                "department": None,
                "title": f"Strategisk mål {n}",
                "description": "",
                "sort_order": n,
            },
            now,
        )
        for n in range(3)
    ]
    _bulk(StrategicGoal, goals)
    return {"id": org_id, "people": people, "strategic": [g["id"] for g in goals]}


def _person(
    org_id, dep_id, leader_id, n: int, rng: random.Random, title: str, today: dt.date
) -> dict[str, Any]:
    left = rng.random() < 0.03
    return {
        "organisation": org_id,
        "department": dep_id,
        "leader": leader_id,
        "first_name": rng.choice(FIRST),
        "last_name": rng.choice(LAST),
        "job_title": title,
        "email": f"person{n}@example.org",
        "phone": "",
        "start_date": today - dt.timedelta(days=rng.randint(100, 9000)),
        "active": not left,
        "left_on": today - dt.timedelta(days=rng.randint(1, 300)) if left else None,
        "external_ref": f"E{n:06d}",
    }


def _round(
    org: dict[str, Any],
    year: int,
    current: bool,
    template: dict[str, Any],
    today: dt.date,
    rng: random.Random,
    counts: dict[str, int],
) -> None:
    start = dt.date(year, 1, 15) if not current else today - dt.timedelta(days=150)
    end = start + dt.timedelta(days=330)
    now = dt.datetime.combine(start, dt.time(8))
    round_id = uuid.uuid4()
    _bulk(
        Round,
        [
            _stamp(
                {
                    "id": round_id,
                    "organisation": org["id"],
                    "department": None,
                    "name": f"MUS {start.year}",
                    "period_start": start,
                    "period_end": end,
                    "status": "active" if current else "completed",
                    "template": template["id"],
                    "previous_round": None,
                    "conversation_minutes": 60,
                    "notes": "",
                },
                now,
            )
        ],
    )
    steps, tasks = [], []
    for number, (key, due) in enumerate(
        zip(WHEEL_STEPS, step_due_dates(start, end), strict=True), start=1
    ):
        step = _stamp(
            {
                "round": round_id,
                "number": number,
                "key": key,
                "phase": WHEEL_STEP_PHASE[key],
                "roles": ",".join(WHEEL_STEP_ROLES[key]),
                "due_date": due,
                "done_date": due if (not current or due < today) else None,
                "notes": "",
            },
            now,
        )
        steps.append(step)
        tasks += [
            _stamp(
                {
                    "step": step["id"],
                    "text": f"Opgave {t + 1}",
                    "role": "hr",
                    "due_date": due,
                    "done_on": step["done_date"],
                    "sort_order": t,
                },
                now,
            )
            for t in range(2)
        ]
    counts["steps"] += _bulk(WheelStep, steps)
    _bulk(StepTask, tasks)

    convs, changes, answers, agreements, signed = [], [], [], [], []
    goals, subs, activities, meetings, evaluations, recognitions = [], [], [], [], [], []
    links: list[dict[str, Any]] = []
    questions = template["questions"]
    path = CONVERSATION_STATUSES[:-1]
    for n, person in enumerate(p for p in org["people"] if p["active"] or not current):
        status = path[-1] if not current else rng.choice(CONVERSATION_STATUSES)
        held = next_working_day(start + dt.timedelta(days=40 + n % 120))
        begin = dt.datetime.combine(held, dt.time(8 + n % 7))
        conv_id = uuid.uuid4()
        reached = path.index(status) if status in path else 1
        convs.append(
            _stamp(
                {
                    "id": conv_id,
                    "round": round_id,
                    "employee": person["id"],
                    "leader": person["leader"],
                    "template": template["id"],
                    "scheduled_start": begin,
                    "scheduled_end": begin + dt.timedelta(hours=1),
                    "place": "Mødelokale",
                    "status": status,
                    "version": 1,
                    "summary": SUMMARY if reached >= 4 else "",
                    "cancel_reason": "",
                },
                now,
            )
        )
        previous = None
        for step_status in [
            *path[: reached + 1],
            *(["cancelled"] if status == "cancelled" else []),
        ]:
            changes.append(
                _stamp(
                    {
                        "conversation": conv_id,
                        "from_status": previous,
                        "to_status": step_status,
                        "at": begin,
                        "version": 1,
                    },
                    now,
                )
            )
            previous = step_status
        if reached >= 2:
            answers += [
                _stamp(
                    {
                        "conversation": conv_id,
                        "question": q["id"],
                        "part": q["part"],
                        "text": "Svar med et par linjers tekst om året, der gik.",
                    },
                    now,
                )
                for q in questions[::3]
            ]
        if reached < 4:
            continue
        agreements += [
            _stamp(
                {
                    "conversation": conv_id,
                    "kind": kind,
                    "text": "En aftale.",
                    "owner": None,
                    "due_date": None,
                    "sort_order": i,
                    "carried_from": None,
                },
                now,
            )
            for i, kind in enumerate(AGREEMENT_KINDS)
        ]
        for g in range(1 + n % 2):
            goal_id = uuid.uuid4()
            achieved = not current or status == "closed"
            goals.append(
                _stamp(
                    {
                        "id": goal_id,
                        "employee": person["id"],
                        "conversation": conv_id,
                        "strategic_goal": org["strategic"][g % 3],
                        "title": f"Udviklingsmål {g + 1}",
                        "why": "Fordi",
                        "signs_of_success": "Kan ses i hverdagen",
                        "support": "",
                        "practice_change": "",
                        "status": "achieved" if achieved else "in_progress",
                        "progress": 100 if achieved else 40,
                        "owner": person["leader"],
                        "starts_on": held,
                        "deadline": held + dt.timedelta(days=300),
                        "cadence": "monthly",
                        "cadence_days": None,
                        "carried_from": None,
                        "sort_order": g,
                    },
                    now,
                )
            )
            subs.append(
                _stamp(
                    {
                        "goal": goal_id,
                        "text": "Delmål",
                        "sort_order": 0,
                        "due_date": held + dt.timedelta(days=90),
                        "done_on": None,
                    },
                    now,
                )
            )
            activities.append(
                _stamp(
                    {
                        "goal": goal_id,
                        "description": "Aktivitet",
                        "method": rng.choice(LEARNING_METHODS),
                        "starts_on": None,
                        "ends_on": None,
                        "done_on": None,
                        "sort_order": 0,
                    },
                    now,
                )
            )
            if reached >= 7:
                for day in schedule_dates(held, held + dt.timedelta(days=300), "monthly"):
                    past = day < today
                    meeting_id = uuid.uuid4()
                    links.append(_stamp({"meeting": meeting_id, "goal": goal_id}, now))
                    meetings.append(
                        _stamp(
                            {
                                "id": meeting_id,
                                "employee": person["id"],
                                "conversation": conv_id,
                                "planned_for": day,
                                "planned_on": day,
                                "starts_at": None,
                                "notes": "",
                                "status": ("held" if rng.random() < 0.85 else "missed")
                                if past and day < today - dt.timedelta(days=20)
                                else "planned",
                                "held_on": day if past else None,
                            },
                            now,
                        )
                    )
            if achieved:
                evaluations.append(
                    _stamp(
                        {
                            "goal": goal_id,
                            "evaluated_on": end,
                            "outcome": "achieved",
                            "what_helped": "",
                            "what_next": "",
                        },
                        now,
                    )
                )
        if reached >= 6:
            snapshot = canonical_json(
                {
                    "format": "musdesk-summary 1",
                    "summary": SUMMARY,
                    "conversation_id": str(conv_id),
                    "version": 1,
                }
            )
            signed.append(
                _stamp(
                    {
                        "conversation": conv_id,
                        "version": 1,
                        "snapshot": snapshot,
                        "content_hash": content_hash(snapshot),
                        "employee_signed_on": held,
                        "leader_signed_on": held,
                        "signed_at": begin,
                        "amended_at": None,
                        "amendment_reason": "",
                    },
                    now,
                )
            )
        if n % 10 == 0:
            recognitions.append(
                _stamp(
                    {
                        "employee": person["id"],
                        "goal": None,
                        "kind": "informal",
                        "category": "praise",
                        "given_on": held,
                        "note": "Tak for indsatsen",
                    },
                    now,
                )
            )
    counts["conversations"] += _bulk(Conversation, convs)
    counts["status_changes"] += _bulk(StatusChange, changes)
    counts["answers"] += _bulk(Answer, answers)
    counts["agreements"] += _bulk(Agreement, agreements)
    counts["signed_versions"] += _bulk(SignedVersion, signed)
    counts["goals"] += _bulk(DevelopmentGoal, goals)
    _bulk(SubGoal, subs)
    _bulk(Activity, activities)
    counts["meetings"] += _bulk(FollowUpMeeting, meetings)
    _bulk(MeetingGoal, links)
    _bulk(Evaluation, evaluations)
    _bulk(Recognition, recognitions)


def _template() -> dict[str, Any]:
    summary = install_default_template("da")
    rows = (
        TemplateQuestion.select(TemplateQuestion.id, TemplateSection.kind)
        .join(TemplateSection)
        .where(TemplateSection.template == summary["id"])
        .tuples()
    )
    template = QuestionTemplate.get_by_id(summary["id"])
    return {"id": template.id, "questions": [{"id": q, "part": kind} for q, kind in rows]}


def generate_large(
    path: Path,
    employees: int = 10_000,
    years: int = 3,
    *,
    passphrase: str = PASSPHRASE,
    seed: int = 2026,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Create the workspace at `path` (must not exist or be empty) and fill it. Returns
    counts, the seconds it took and the database size in bytes. The workspace is locked
    afterwards; open it with `passphrase`."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    started = time.perf_counter()
    workspace, _ = Workspace.create(Path(path), passphrase, kdf=KdfParams.cheap())
    counts = dict.fromkeys(
        (
            "employees",
            "conversations",
            "status_changes",
            "answers",
            "agreements",
            "signed_versions",
            "goals",
            "meetings",
            "steps",
        ),
        0,
    )
    try:
        with database_proxy.atomic():
            template = _template()
        organisations = max(1, round(employees / EMPLOYEES_PER_ORGANISATION))
        for index in range(organisations):
            size = employees // organisations + (index < employees % organisations)
            with database_proxy.atomic():
                org = _organisation(index, size, today, rng)
                counts["employees"] += len(org["people"])
                for offset in range(years - 1, -1, -1):
                    _round(org, today.year - offset, offset == 0, template, today, rng, counts)
        workspace.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        workspace.lock()
    seconds = time.perf_counter() - started
    size = sum(f.stat().st_size for f in Path(path).glob("musdesk.db*"))
    return {
        "seconds": round(seconds, 1),
        "database_bytes": size,
        "organisations": organisations,
        **counts,
    }


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("large-workspace")
    print(json.dumps(generate_large(target), indent=2))
