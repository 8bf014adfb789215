"""A database error reaching a service's caller is a MusdeskError with its own message,
never a raw SQLite/Peewee error (storage/database.py + storage/transactions.py)."""

from __future__ import annotations

from pathlib import Path

import peewee
import pytest

from musdesk import errors
from musdesk.services import conversations, roster
from musdesk.storage import Workspace
from tests.conftest import PASSPHRASE
from tests.unit.storage.test_filesystem_failures import _fill, tmpfs


def test_a_full_disk_under_a_service_write_is_disk_full(tmp_path: Path, cheap_kdf) -> None:
    with tmpfs(tmp_path / "mnt", "4m") as mnt:
        ws, _ = Workspace.create(mnt / "ws", PASSPHRASE, kdf=cheap_kdf)
        try:
            org = roster.create_organisation("Fuld Disk Kommune")
            _fill(mnt, leave=4096)
            with pytest.raises(errors.MusdeskError) as caught:
                for i in range(5000):
                    roster.create_employee(org["id"], f"Person {i}", "Fylder", job_title="t" * 150)
            assert isinstance(caught.value, errors.DiskFull), caught.value
            assert not isinstance(caught.value, peewee.PeeweeException)
        finally:
            ws.lock()


def test_writes_begin_immediate(workspace) -> None:
    statements: list[str] = []
    connection = workspace.database.connection()
    connection.set_trace_callback(statements.append)
    try:
        org = roster.create_organisation("Straks Kommune")
        roster.create_department(org["id"], "Afdeling")
        conversations.allowed_statuses("planned")
    finally:
        connection.set_trace_callback(None)
    begins = [s for s in statements if s.upper().startswith("BEGIN")]
    assert len(begins) == 2 and all(s.upper() == "BEGIN IMMEDIATE" for s in begins), begins
