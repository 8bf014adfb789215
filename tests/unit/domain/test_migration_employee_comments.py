"""Migration 0005: the employee's comments column, on the saved version-1 workspace."""

from __future__ import annotations

import shutil
from pathlib import Path

from musdesk.models import Conversation
from musdesk.services import conversations
from musdesk.storage import Workspace
from tests.unit.domain.schema_check import schema_differences
from tests.unit.domain.test_fixture_v1 import FIXTURES, PASSPHRASE


def test_v1_conversations_get_empty_comments_and_the_schema_equals_the_models(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "workspace-v1"
    shutil.copytree(FIXTURES / "workspace-v1", copy)
    workspace = Workspace.open(copy, passphrase=PASSPHRASE)
    try:
        columns = [c.name for c in workspace.database.get_columns("conversation")]
        assert "employee_comments" in columns
        assert schema_differences(workspace.database) == []
        assert {c.employee_comments for c in Conversation.select()} == {""}
        open_one = Conversation.get(Conversation.status.not_in(
            ("signed", "in_follow_up", "closed", "cancelled")))
        conversations.set_employee_comments(str(open_one.id), "Tak for en god samtale – Åse")
        assert Conversation.get_by_id(open_one.id).employee_comments.endswith("Åse")
    finally:
        workspace.lock()
