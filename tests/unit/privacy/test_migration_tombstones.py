"""Migration 0007: erasure's old list of cancelled calendar events becomes tombstone rows."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

from icalendar import Calendar

from musdesk.interchange.calendar_export import export_calendar
from musdesk.models import CalendarTombstone, WorkspaceMeta, database_proxy
from musdesk.services import roster
from musdesk.services.followup_overview import Scope
from musdesk.storage import Workspace
from musdesk.storage.schema import HISTORY_TABLE
from tests.conftest import PASSPHRASE
from tests.unit.domain.schema_check import schema_differences
from tests.unit.domain.test_fixture_v1 import FIXTURES
from tests.unit.domain.test_fixture_v1 import PASSPHRASE as V1_PASSPHRASE

KEY = "privacy.calendar_cancelled"
MIGRATION = "0009_erased_calendar_tombstones"


def test_the_v1_workspace_migrates_and_its_schema_equals_the_models(tmp_path: Path) -> None:
    copy = tmp_path / "workspace-v1"
    shutil.copytree(FIXTURES / "workspace-v1", copy)
    workspace = Workspace.open(copy, passphrase=V1_PASSPHRASE)
    try:
        applied = [row[0] for row in database_proxy.execute_sql(
            f"SELECT name FROM {HISTORY_TABLE}").fetchall()]
        assert MIGRATION in applied
        assert schema_differences(workspace.database) == []
        assert WorkspaceMeta.get_or_none(WorkspaceMeta.key == KEY) is None
    finally:
        workspace.lock()


def test_old_erasure_entries_become_tombstones_and_the_ics_cancels_them(
    workspace: Workspace, tmp_path: Path,
) -> None:
    org = roster.create_organisation("Fjordbyen", language="da")
    kept = roster.create_organisation("Andet firma", language="da")
    gone = [f"meeting-{uuid.uuid4()}@musdesk", f"goal-deadline-{uuid.uuid4()}@musdesk"]
    other = f"conversation-{uuid.uuid4()}@musdesk"
    entries = [{"uid": gone[0], "on": "2026-04-01", "organisation": org["id"]},
               {"uid": gone[1], "on": "2026-11-30", "organisation": org["id"]},
               {"uid": other, "on": "2026-05-05", "organisation": kept["id"]},
               {"broken": True}]
    # The state an erasure left before this migration: its list in workspace_meta, and the
    # migration not yet applied.
    with database_proxy.atomic():
        WorkspaceMeta.replace(key=KEY, value=json.dumps(entries)).execute()
        database_proxy.execute_sql(f"DELETE FROM {HISTORY_TABLE} WHERE name = ?", (MIGRATION,))
    folder = workspace.folder
    workspace.lock()
    reopened = Workspace.open(folder, passphrase=PASSPHRASE)
    try:
        assert WorkspaceMeta.get_or_none(WorkspaceMeta.key == KEY) is None
        stones = {s.uid: s for s in CalendarTombstone.select()}
        assert set(stones) == {*gone, other}
        assert stones[gone[0]].starts == "2026-04-01"
        assert stones[gone[0]].organisation_id == org["id"]
        assert stones[other].organisation_id == kept["id"]
        path = tmp_path / "fjordbyen.ics"
        export_calendar(path, Scope("organisation", org["id"]))
        calendar = Calendar.from_ical(path.read_bytes())
        events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
        assert set(events) == set(gone)  # the other client's is not in this calendar
        assert {str(e["STATUS"]) for e in events.values()} == {"CANCELLED"}
        assert str(events[gone[0]].decoded("DTSTART")) == "2026-04-01"
        assert all(int(e["SEQUENCE"]) > 0 for e in events.values())
    finally:
        reopened.lock()
        Workspace.open(folder, passphrase=PASSPHRASE)  # for the fixture's lock()
