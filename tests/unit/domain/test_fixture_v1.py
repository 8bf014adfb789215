"""A saved workspace of schema version 1 still opens, migrates and keeps its records."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from musdesk.models import (
    Conversation,
    Employee,
    FollowUpMeeting,
    Organisation,
    PrivateNote,
    SignedVersion,
)
from musdesk.services import conversations
from musdesk.storage import Workspace
from musdesk.storage.schema import latest_version
from tests.unit.domain.schema_check import schema_differences

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
PASSPHRASE = "fixture passphrase"


def test_workspace_v1_opens_migrates_and_keeps_its_records(tmp_path: Path) -> None:
    copy = tmp_path / "workspace-v1"
    shutil.copytree(FIXTURES / "workspace-v1", copy)
    workspace = Workspace.open(copy, passphrase=PASSPHRASE)
    try:
        assert workspace.schema_version() == latest_version()
        assert schema_differences(workspace.database) == []
        workspace.check_integrity()
        assert [o.name for o in Organisation.select()] == ["Fixture Kommune"]
        names = sorted(e.full_name for e in Employee.select())
        assert names == ["Lis Leder", "Søren Østergaard", "Åse Ærø"]
        signed = Conversation.get(Conversation.status == "in_follow_up")
        versions = conversations.signed_versions(str(signed.id))
        assert len(versions) == 1 and versions[0]["intact"]
        assert json.loads(versions[0]["snapshot"])["employee"]["name"] == "Åse Ærø"
        assert PrivateNote.select().count() == 1
        assert FollowUpMeeting.select().where(FollowUpMeeting.status == "held").count() == 1
        assert SignedVersion.select().count() == 1
    finally:
        workspace.lock()
    # The fixture itself is never changed by the test.
    assert not (FIXTURES / "workspace-v1" / "backups").exists()
