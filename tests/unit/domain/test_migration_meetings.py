"""Migration 0006: meetings of one employee on one day become one meeting covering their
goals; progress notes, adjustments and links move along, nothing else is lost."""

from __future__ import annotations

import uuid
from pathlib import Path

from peewee import SqliteDatabase
from playhouse.migrations import Runner

from musdesk.resources import migrations_dir
from musdesk.storage.schema import HISTORY_TABLE

NOW = "2026-03-01 10:00:00"


def _runner(db: SqliteDatabase) -> Runner:
    return Runner(db, directory=str(migrations_dir()), table_name=HISTORY_TABLE)


def _insert(db: SqliteDatabase, table: str, **values: object) -> str:
    ident = uuid.uuid4().hex
    row = {"id": ident, "created_at": NOW, "updated_at": NOW, **values}
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.execute_sql(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values()))
    return ident


def test_same_day_meetings_merge_and_keep_their_data(tmp_path: Path) -> None:
    db = SqliteDatabase(str(tmp_path / "plain.db"), pragmas={"foreign_keys": 1})
    _runner(db).up(target="0001_initial")
    org = _insert(db, "organisation", name="Org", language="da", notes="",
                  workday_start="08:00:00", workday_end="16:00:00")
    person = _insert(db, "employee", organisation_id=org, first_name="Åse", last_name="Ærø",
                     job_title="", email="", phone="", active=1)
    goals = [_insert(db, "development_goal", employee_id=person, title=title, why="",
                     signs_of_success="", support="", practice_change="", status="open",
                     progress=0, cadence="monthly", sort_order=n)
             for n, title in enumerate(("Undervise", "Formidle"))]
    first = _insert(db, "follow_up_meeting", employee_id=person, goal_id=goals[0],
                    planned_on="2026-04-01", status="held", held_on="2026-04-01", notes="A")
    second = _insert(db, "follow_up_meeting", employee_id=person, goal_id=goals[1],
                     planned_on="2026-04-01", status="held", held_on="2026-04-01", notes="B",
                     created_at="2026-03-01 11:00:00")  # later: merged into the first
    later = _insert(db, "follow_up_meeting", employee_id=person, goal_id=goals[0],
                    planned_on="2026-05-01", status="planned", notes="")
    for meeting, goal, value in ((first, goals[0], 20), (second, goals[1], 40)):
        _insert(db, "goal_progress", meeting_id=meeting, goal_id=goal, progress=value, note="")
    _insert(db, "adjustment", goal_id=goals[1], meeting_id=second, made_on="2026-04-01",
            description="Ny frist", reason="")

    _runner(db).up(target="0006_meetings_per_day")

    rows = db.execute_sql("SELECT id, planned_on, planned_for, status, notes FROM "
                          "follow_up_meeting ORDER BY planned_on").fetchall()
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("2026-04-01", "2026-04-01", "held"), ("2026-05-01", "2026-05-01", "planned")]
    assert rows[0][0] == first and rows[1][0] == later
    assert rows[0][4] == "A\n\nB"
    links = db.execute_sql("SELECT meeting_id, goal_id FROM meeting_goal").fetchall()
    assert sorted(links) == sorted([(first, goals[0]), (first, goals[1]), (later, goals[0])])
    progress = db.execute_sql("SELECT meeting_id, goal_id, progress FROM goal_progress").fetchall()
    assert sorted(progress) == sorted([(first, goals[0], 20), (first, goals[1], 40)])
    assert db.execute_sql("SELECT meeting_id FROM adjustment").fetchall() == [(first,)]
    columns = {c.name for c in db.get_columns("follow_up_meeting")}
    assert "goal_id" not in columns and "planned_for" in columns
    assert db.execute_sql("PRAGMA foreign_keys").fetchone() == (1,)
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_the_saved_v1_workspace_keeps_its_meetings_linked_to_the_goal(tmp_path: Path) -> None:
    import shutil

    from musdesk.models import DevelopmentGoal, FollowUpMeeting, MeetingGoal
    from musdesk.storage import Workspace

    fixtures = Path(__file__).resolve().parents[2] / "fixtures"
    shutil.copytree(fixtures / "workspace-v1", tmp_path / "v1")
    workspace = Workspace.open(tmp_path / "v1", passphrase="fixture passphrase")
    try:
        goal = DevelopmentGoal.get()
        meetings = list(FollowUpMeeting.select())
        assert meetings and all(m.planned_for == m.planned_on for m in meetings)
        linked = {link.meeting_id for link in MeetingGoal.select().where(MeetingGoal.goal == goal)}
        assert linked == {m.id for m in meetings}
        held = FollowUpMeeting.get(FollowUpMeeting.status == "held")
        assert held.notes == "Godt i gang"
    finally:
        workspace.lock()
