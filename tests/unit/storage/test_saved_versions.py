"""Every earlier schema version migrates to the newest one with its data intact.

`tests/fixtures/workspace-vN/` are small workspaces saved by the program of the commit that
introduced schema N (`tests/fixtures/make_workspace_vN.py`; v1 by `make_workspace_v1.py`).
Each is refused by a read-only open (nothing written), then opened read-write: a checked
backup first, every pending script, the schema equal to the models (schema_diff), the
records there, the summaries that version sealed still genuine, and `musdesk pdf`'s copy of
the signed summary verified with the code `verify CODE` finds.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from musdesk import errors
from musdesk.documents import batch, data, seal
from musdesk.models import (
    Activity,
    Agreement,
    Conversation,
    DevelopmentGoal,
    Employee,
    FollowUpMeeting,
    Organisation,
    PrivateNote,
    SignedVersion,
)
from musdesk.storage import Workspace, backups
from musdesk.storage.schema import latest_version
from tests.unit.documents.pdfcheck import text_of
from tests.unit.domain.schema_check import schema_differences

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SAVED = sorted(p.name for p in FIXTURES.iterdir() if p.name.startswith("workspace-v"))
PASSPHRASE = "fixture passphrase"


def _version(name: str) -> int:
    return int(re.match(r"workspace-v(\d+)", name).group(1))


def test_there_is_a_saved_workspace_of_every_earlier_version() -> None:
    assert sorted({_version(name) for name in SAVED}) == list(range(1, latest_version()))


def _files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file() and not p.name.endswith("-shm")}


@pytest.mark.parametrize("name", SAVED)
def test_a_saved_workspace_migrates_with_its_data(name: str, tmp_path: Path) -> None:
    folder = tmp_path / name
    shutil.copytree(FIXTURES / name, folder)
    before = _files(folder)
    with pytest.raises(errors.UpgradeNeeded):
        Workspace.open(folder, passphrase=PASSPHRASE, read_only=True)
    assert _files(folder) == before, "a read-only open wrote"

    workspace = Workspace.open(folder, passphrase=PASSPHRASE)
    try:
        assert workspace.upgraded_from == _version(name)
        assert workspace.schema_version() == latest_version()
        assert schema_differences(workspace.database) == []
        [backup] = workspace.backups()
        assert backup.reason == "migration"
        assert backups.verify(backup.path, workspace.database.data_key) == []

        assert Organisation.get().name == "Fixture Kommune"
        names = sorted(e.full_name for e in Employee.select())
        assert names == ["Lis Leder", "Søren Østergaard", "Åse Ærø"]
        conv = Conversation.get(Conversation.status == "in_follow_up")
        assert conv.employee.full_name == "Åse Ærø"
        assert conv.summary == "Godt år; fokus på oplæring af nye kolleger."
        assert [a.text for a in Agreement.select()] == ["Kursus i formidling"]
        assert [n.text for n in PrivateNote.select()] == ["Privat note"]
        assert SignedVersion.select().where(SignedVersion.conversation == conv).count() == 1
        goal = DevelopmentGoal.get()
        assert goal.title == "Undervise nye kolleger"
        assert [a.description for a in Activity.select()] == ["Sidemandsoplæring"]
        held = FollowUpMeeting.select().where(FollowUpMeeting.status == "held")
        assert [m.notes for m in held] == ["Godt i gang"]

        sealed = sorted(folder.glob("summary*.pdf"))
        assert sealed or name == "workspace-v1"
        for path in sealed:  # printed by that version: still genuine
            result = seal.verify_file(path)
            assert result.verdict is seal.Verdict.GENUINE and result.ok, (path, result)
        # what `musdesk pdf` makes (reading only) of the signed summary verifies too
        pdf = batch.render_conversation_document("summary", conv, record=False)
        assert seal.verify_pdf_bytes(pdf).ok
        code = re.search(r"[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}", text_of(pdf)).group()
        found = seal.verify_code(code, data.latest_version)
        assert found.ok and found.record.employee == "Åse Ærø"
    finally:
        workspace.lock()
