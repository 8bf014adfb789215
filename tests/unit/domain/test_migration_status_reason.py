"""Migration 0008: a status change keeps its reason; the latest cancellation of a conversation
that holds a cancellation reason gets it, older ones and other changes get ""."""

from __future__ import annotations

import shutil
from pathlib import Path

from peewee import SqliteDatabase

from tests.unit.domain.test_migration_meetings import _insert, _runner

TARGET = "0008_status_change_reason"


def test_the_latest_cancellation_gets_the_kept_reason(tmp_path: Path) -> None:
    db = SqliteDatabase(str(tmp_path / "plain.db"), pragmas={"foreign_keys": 1})
    _runner(db).up(target="0001_initial")
    org = _insert(db, "organisation", name="Org", language="da", notes="",
                  workday_start="08:00:00", workday_end="16:00:00")
    person = _insert(db, "employee", organisation_id=org, first_name="Åse", last_name="Ærø",
                     job_title="", email="", phone="", active=1)
    other = _insert(db, "employee", organisation_id=org, first_name="Bo", last_name="Bæk",
                    job_title="", email="", phone="", active=1)
    round_ = _insert(db, "round", organisation_id=org, name="MUS", period_start="2026-01-05",
                     period_end="2026-06-30", status="running", conversation_minutes=60,
                     notes="")
    common = {"round_id": round_, "place": "", "version": 1, "summary": ""}
    cancelled = _insert(db, "conversation", employee_id=person, status="cancelled",
                        cancel_reason="Orlov", **common)
    planned = _insert(db, "conversation", employee_id=other, status="planned",
                      cancel_reason="", **common)
    changes = {}
    for name, conv, to_status, at in (
            ("first", cancelled, "cancelled", "2026-02-01 09:00:00"),
            ("back", cancelled, "planned", "2026-02-10 09:00:00"),
            ("latest", cancelled, "cancelled", "2026-03-01 09:00:00"),
            ("undone", planned, "cancelled", "2026-02-01 09:00:00"),
            ("again", planned, "planned", "2026-02-02 09:00:00")):
        changes[name] = _insert(db, "status_change", conversation_id=conv,
                                to_status=to_status, at=at, version=1)

    _runner(db).up(target=TARGET)

    reasons = dict(db.execute_sql("SELECT id, reason FROM status_change").fetchall())
    assert reasons == {changes["first"]: "", changes["back"]: "", changes["latest"]: "Orlov",
                       changes["undone"]: "", changes["again"]: ""}
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_the_saved_v1_workspace_opens_with_empty_reasons(tmp_path: Path) -> None:
    """(It holds no cancelled conversation: every change gets "".)"""
    from musdesk.models import StatusChange
    from musdesk.storage import Workspace

    fixtures = Path(__file__).resolve().parents[2] / "fixtures"
    shutil.copytree(fixtures / "workspace-v1", tmp_path / "v1")
    workspace = Workspace.open(tmp_path / "v1", passphrase="fixture passphrase")
    try:
        reasons = [change.reason for change in StatusChange.select()]
        assert len(reasons) == 9 and set(reasons) == {""}
    finally:
        workspace.lock()
