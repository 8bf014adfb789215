"""Two workspaces from the same package, edited apart, merged: exact conflicts, no loss."""

from __future__ import annotations

from pathlib import Path

import pytest

from musdesk.interchange import package_crypto as crypto
from musdesk.interchange.package_crypto import PackageCancelled, Protection, Unlock
from musdesk.interchange.package_export import export_package
from musdesk.interchange.package_import import import_as_new
from musdesk.interchange.package_merge import merge_package
from musdesk.interchange.package_reader import open_package
from musdesk.models import Conversation, Employee, FollowUpMeeting, Organisation
from musdesk.services import conversations, followup, roster, rounds
from musdesk.storage import KdfParams, Workspace
from tests.conftest import PASSPHRASE
from tests.unit.interchange.package_data import Client, folder_hashes, populate, table_rows

PAIR = crypto.generate_key_pair()
TO_KEY = Protection(recipients=(PAIR.recipient,))
WITH_KEY = Unlock(identities=(PAIR.identity,))


def _open(folder: Path) -> Workspace:
    return Workspace.open(folder, passphrase=PASSPHRASE)


def _two_copies(workspace: Workspace, tmp_path: Path) -> tuple[Client, Path, Path]:
    client = populate()
    first = tmp_path / "p0.musdesk"
    export_package(first, workspace.workspace_id, TO_KEY)
    workspace.lock()
    for name in ("b", "c"):
        new, _ = import_as_new(open_package(first, WITH_KEY), tmp_path / name, PASSPHRASE,
                               kdf=KdfParams.cheap())
        new.lock()
    return client, tmp_path / "b", tmp_path / "c"


def test_two_way_edits_merge_with_exactly_the_records_changed_on_both_sides(
        workspace: Workspace, tmp_path: Path) -> None:
    client, b, c = _two_copies(workspace, tmp_path)
    leader, first, second = client.employee_ids
    with _open(c):
        roster.update_employee(first, job_title="Teamleder")  # only C
        roster.update_employee(second, phone="11111111")  # both; B later
    with _open(b):
        roster.update_employee(second, phone="22222222")
        roster.update_organisation(client.organisation_id, notes="B's note")  # both; C later
        roster.update_employee(leader, email="leder@example.org")  # only B
    with _open(c) as ws_c:
        roster.update_organisation(client.organisation_id, notes="C's note")
        question = conversations.answers(client.open_conversation_id)[1]["question_id"]
        conversations.save_answer(client.open_conversation_id, question, "Svar fra C")
        newcomer = roster.create_employee(client.organisation_id, "Ny", "Kollega")
        p1 = tmp_path / "p1.musdesk"
        export_package(p1, ws_c.workspace_id, TO_KEY)
    with _open(b) as ws_b:
        result = merge_package(open_package(p1, WITH_KEY), ws_b)
        conflicts = {(x.table, x.record, x.kept) for x in result.conflicts}
        assert conflicts == {
            ("employee", second.replace("-", ""), "workspace"),
            ("organisation", client.organisation_id.replace("-", ""), "package"),
        }
        assert result.added["employee"] == 1
        assert Employee.get_by_id(first).job_title == "Teamleder"
        assert Employee.get_by_id(second).phone == "22222222"
        assert Employee.get_by_id(leader).email == "leder@example.org"
        assert Organisation.get_by_id(client.organisation_id).notes == "C's note"
        assert Employee.get_or_none(Employee.id == newcomer["id"]) is not None
        texts = {a["question_id"]: a["answer"] for a in
                 conversations.answers(client.open_conversation_id)}
        assert texts[question] == "Svar fra C"
        # The report names both records and keeps the losing values.
        assert '"11111111"' in result.report and "\"B's note\"" in result.report
        assert result.report.count(second.replace("-", "")) == 1
        assert result.backup is not None and Path(result.backup).exists()
        rows_after_first = table_rows(ws_b)
        hashes = folder_hashes(b)
        again = merge_package(open_package(p1, WITH_KEY), ws_b)
        assert not again.changed and not again.conflicts and again.backup is None
        assert table_rows(ws_b) == rows_after_first
        assert folder_hashes(b) == hashes


def test_history_is_never_overwritten(workspace: Workspace, tmp_path: Path) -> None:
    _client, b, c = _two_copies(workspace, tmp_path)
    held = FollowUpMeeting.select().where(FollowUpMeeting.status == "held")
    with _open(c) as ws_c:
        meeting = held.get()
        followup.mark_held(str(meeting.id), meeting.held_on, notes="rewritten in C")
        p1 = tmp_path / "p1.musdesk"
        export_package(p1, ws_c.workspace_id, TO_KEY)
    with _open(b) as ws_b:
        result = merge_package(open_package(p1, WITH_KEY), ws_b)
        assert [(x.table, x.reason) for x in result.conflicts] == [
            ("follow_up_meeting", "history")]
        assert FollowUpMeeting.get_by_id(meeting.id).notes == "Godt i gang"
        assert "rewritten in C" in result.report


def test_a_clashing_new_record_refuses_the_merge_untouched(workspace: Workspace,
                                                           tmp_path: Path) -> None:
    client, b, c = _two_copies(workspace, tmp_path)
    with _open(c) as ws_c:
        ws_c.database.execute_sql("UPDATE employee SET first_name = 'X'")
        p1 = tmp_path / "p1.musdesk"
        export_package(p1, ws_c.workspace_id, TO_KEY)
    with _open(b) as ws_b:
        # A conversation of the same employee in the same round, made apart on each side.
        conversation = Conversation.get_by_id(client.open_conversation_id)
        round_id, employee_id = str(conversation.round_id), str(conversation.employee_id)
        conversation.delete_instance(recursive=True)
        rounds.add_conversation(round_id, employee_id)
        hashes = folder_hashes(b)
        with pytest.raises(crypto.PackageRefused, match="clashes"):
            merge_package(open_package(p1, WITH_KEY), ws_b)
        assert folder_hashes(b) == hashes


def test_cancelling_a_merge_writes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    _, b, c = _two_copies(workspace, tmp_path)
    with _open(c) as ws_c:
        roster.create_organisation("Extra")
        p1 = tmp_path / "p1.musdesk"
        export_package(p1, ws_c.workspace_id, TO_KEY)
    with _open(b) as ws_b:
        hashes = folder_hashes(b)
        with pytest.raises(PackageCancelled):
            merge_package(open_package(p1, WITH_KEY), ws_b, is_cancelled=lambda: True)
        assert folder_hashes(b) == hashes


def test_an_erased_person_does_not_come_back_with_an_older_package(
        workspace: Workspace, tmp_path: Path) -> None:
    from musdesk.services import privacy_erase

    client, b, c = _two_copies(workspace, tmp_path)
    leaver = client.employee_ids[2]
    with _open(c) as ws_c:
        roster.update_employee(client.employee_ids[1], job_title="Changed in C")
        p1 = tmp_path / "p1.musdesk"
        export_package(p1, ws_c.workspace_id, TO_KEY)  # still holds the leaver
    with _open(b) as ws_b:
        privacy_erase.erase(ws_b, "employee", leaver)
        result = merge_package(open_package(p1, WITH_KEY), ws_b)
        assert result.changed
        assert Employee.get_or_none(Employee.id == leaver) is None
        assert Employee.get_by_id(client.employee_ids[1]).job_title == "Changed in C"


def test_cancelling_an_export_or_an_import_leaves_nothing_behind(workspace: Workspace,
                                                                 tmp_path: Path) -> None:
    populate()
    target = tmp_path / "never.musdesk"
    with pytest.raises(PackageCancelled):
        export_package(target, workspace.workspace_id, TO_KEY, is_cancelled=lambda: True)
    assert not target.exists() and not list(tmp_path.glob(".never*"))
    package = tmp_path / "p.musdesk"
    export_package(package, workspace.workspace_id, TO_KEY)
    workspace.lock()
    calls = iter(range(1000))
    with pytest.raises(PackageCancelled):  # cancelled half-way through the records
        import_as_new(open_package(package, WITH_KEY), tmp_path / "new", PASSPHRASE,
                      kdf=KdfParams.cheap(), is_cancelled=lambda: next(calls) > 3)
    assert not (tmp_path / "new").exists()
