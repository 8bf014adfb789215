"""Real records for package tests, made through the domain services from an empty workspace."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from musdesk.documents import batch
from musdesk.models import ALL_MODELS, Conversation
from musdesk.services import conversations, followup, plans, roster, rounds, signing, templates
from musdesk.storage import Workspace
from tests.followup_helpers import plan_meetings

SCAN = b"%PDF-1.4 scanned paper \x00\x01 signed by both"


@dataclass
class Client:
    organisation_id: str
    employee_ids: list[str]
    conversation_id: str  # signed, with a scan and a sealed summary
    open_conversation_id: str  # still editable
    goal_id: str
    meeting_id: str
    summary_pdf: bytes


def populate(name: str = "Fjordby Kommune", language: str = "da") -> Client:
    org = roster.create_organisation(name, language=language)
    dept = roster.create_department(org["id"], "Borgerservice")
    leader = roster.create_employee(org["id"], "Åse", "Øvergård", job_title="Leder",
                                    department_id=dept["id"])
    first = roster.create_employee(org["id"], "Søren", "Ærø", department_id=dept["id"],
                                   leader_id=leader["id"], email="soren@example.org")
    second = roster.create_employee(org["id"], "Zoë", "Lind", department_id=dept["id"],
                                    leader_id=leader["id"])
    roster.add_strategic_goal(org["id"], "Bedre service")
    template = templates.install_default_template(language)
    planned = rounds.plan_round(org["id"], "MUS 2026", dt.date(2026, 9, 1),
                                dt.date(2027, 8, 31), template_id=template["id"])
    convs = {str(c.employee_id): str(c.id) for c in
             Conversation.select().where(Conversation.round == planned["id"])}
    cid, open_cid = convs[first["id"]], convs[second["id"]]
    for row in conversations.answers(cid)[:6]:
        conversations.save_answer(cid, row["question_id"], f"Svar {row['key']} æøå")
    conversations.save_answer(open_cid, conversations.answers(open_cid)[0]["question_id"],
                              "Et første svar")
    conversations.set_summary(cid, "En god samtale.")
    conversations.add_agreement(cid, "leader_expects", "Tager ansvar.")
    conversations.add_agreement(cid, "actions", "Kursus", owner="employee",
                                due_date=dt.date(2026, 12, 15))
    conversations.add_private_note(cid, "privat note")
    goal = plans.add_goal(first["id"], "Lede modtagelsen", conversation_id=cid,
                          signs_of_success="Kortere kø", deadline=dt.date(2027, 6, 30),
                          cadence="monthly", starts_on=dt.date(2026, 10, 1))
    plans.add_sub_goal(goal["id"], "Kortlæg", due_date=dt.date(2027, 1, 31))
    plans.add_activity(goal["id"], "Kursus i procesledelse", "course")
    meetings = plan_meetings(goal["id"])
    for target in ("held", "summary_drafted"):
        conversations.transition(cid, target)
    signing.send_for_approval(cid)
    pdf = batch.render_conversation_document("summary", Conversation.get_by_id(cid))
    signing.record_paper_signatures(cid, dt.date(2027, 9, 1), dt.date(2027, 9, 2),
                                    scan=signing.ScanFile("signed.pdf", "application/pdf", SCAN))
    followup.mark_held(meetings[0]["id"], notes="Godt i gang")
    return Client(org["id"], [leader["id"], first["id"], second["id"]], cid, open_cid,
                  goal["id"], meetings[1]["id"], pdf)


def table_rows(workspace: Workspace, skip_meta: tuple[str, ...] = ("schema_version",
                                                                    "package.")) -> dict:
    """Every row of every table, in a comparable form (workspace_meta without local rows)."""
    out: dict[str, list] = {}
    for model in ALL_MODELS:
        table = model._meta.table_name
        rows = workspace.database.execute_sql(f'SELECT * FROM "{table}"').fetchall()
        if table == "workspace_meta":
            rows = [r for r in rows if not r[0].startswith(skip_meta)]
        out[table] = sorted(rows, key=repr)
    return out


def folder_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every file in a workspace folder (backups included), by relative path.

    Not the `-shm` file: it is SQLite's shared-memory index of the WAL, which every read
    rewrites (read marks); it holds no data and is rebuilt from the WAL when missing."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith("-shm")}
