"""While a restore swaps the database file (or a rotation changes the key), other threads
wait for the database: a read or a write on another thread at that moment is served by the
restored file afterwards, never by the one being replaced."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from musdesk.errors import MusdeskError
from musdesk.services import roster
from musdesk.storage import Workspace
from musdesk.storage import restore as storage_restore
from musdesk.storage.database import close_worker_connection

WAIT = 0.5  # how long the swap holds on while the other thread asks (seconds)


class OtherThread:
    """A thread that reads (and writes) through the services when told to."""

    def __init__(self, organisation_id: int) -> None:
        self.organisation_id = organisation_id
        self.go = threading.Event()
        self.done = threading.Event()
        self.names: set[str] | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            # a connection of its own, opened before the restore (the usual case)
            roster.list_employees(self.organisation_id)
            self.go.wait(10)
            roster.create_employee(self.organisation_id, "Written", "During")
            self.names = {e["first_name"] for e in roster.list_employees(self.organisation_id)}
        except BaseException as exc:  # reported to the test
            self.error = exc
        finally:
            close_worker_connection()
            self.done.set()


def test_a_thread_asking_during_the_swap_waits_and_then_uses_the_restored_file(
        workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    org = roster.create_organisation("Org")
    roster.create_employee(org["id"], "Kept", "Person")
    chosen = workspace.take_backup()
    roster.create_employee(org["id"], "Gone", "Later")
    other = OtherThread(org["id"])
    finished_during_swap: list[bool] = []
    real_close = storage_restore._close_connections

    def close_then_let_the_other_thread_ask(ws: Workspace) -> None:
        real_close(ws)
        if not finished_during_swap:  # the swap itself, not the putting back
            other.go.set()  # it asks now: the old file is still in place, unconnected
            finished_during_swap.append(other.done.wait(WAIT))

    monkeypatch.setattr(storage_restore, "_close_connections",
                        close_then_let_the_other_thread_ask)
    storage_restore.restore(workspace, chosen)
    assert other.done.wait(10)
    assert other.error is None
    assert finished_during_swap == [False]  # it waited for the swap to end
    # it read the restored file, and its write is in it (not in the replaced one)
    assert other.names == {"Kept", "Written"}
    assert {e["first_name"] for e in roster.list_employees(org["id"])} == {"Kept", "Written"}


def test_a_write_under_way_is_committed_before_the_swap(
        workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """A thread inside a write transaction when the restore starts finishes it first; the
    write is then in the undo backup, so restoring the undo brings it back."""
    from musdesk.storage.transactions import write_transaction

    org = roster.create_organisation("Org")
    chosen = workspace.take_backup()
    inside, release, done = threading.Event(), threading.Event(), threading.Event()

    def writer() -> None:
        try:
            with write_transaction():
                roster.create_employee(org["id"], "Under", "Way")
                inside.set()
                release.wait(10)
        finally:
            close_worker_connection()
            done.set()

    from musdesk.storage.database import EncryptedDatabase

    waiting = threading.Event()
    real = EncryptedDatabase._let_writers_finish

    def note_the_wait(self: EncryptedDatabase) -> None:
        waiting.set()
        real(self)

    monkeypatch.setattr(EncryptedDatabase, "_let_writers_finish", note_the_wait)
    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    assert inside.wait(10)
    result: dict[str, Any] = {}

    def restorer() -> None:
        try:
            result["undo"] = storage_restore.restore(workspace, chosen)
        except BaseException as exc:
            result["error"] = exc
        finally:
            close_worker_connection()

    restoring = threading.Thread(target=restorer, daemon=True)
    restoring.start()
    assert waiting.wait(10)  # the restore has started while the write is under way
    restoring.join(0.3)
    assert restoring.is_alive()  # and waits for it
    release.set()
    restoring.join(20)
    assert done.wait(10)
    assert "error" not in result, result.get("error")
    assert roster.list_employees(org["id"]) == []  # the backup's state
    storage_restore.restore(workspace, result["undo"])
    assert [e["first_name"] for e in roster.list_employees(org["id"])] == ["Under"]


def test_a_writer_that_holds_on_makes_the_restore_refuse_and_change_nothing(
        workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write transaction that does not end within the busy timeout: the restore says so
    and the workspace is as it was."""
    from musdesk.storage.database import EncryptedDatabase

    org = roster.create_organisation("Org")
    chosen = workspace.take_backup()
    roster.create_employee(org["id"], "Stays", "Here")
    held = threading.Event()
    release = threading.Event()

    def writer() -> None:
        try:
            conn = workspace.database._connect()
            conn.execute("PRAGMA busy_timeout = 100")
            conn.execute("BEGIN IMMEDIATE")
            held.set()
            release.wait(10)
            conn.execute("ROLLBACK")
            conn.close()
        finally:
            held.set()

    real = EncryptedDatabase._let_writers_finish

    def with_a_short_timeout(self: EncryptedDatabase) -> None:
        super(EncryptedDatabase, self).connection().execute("PRAGMA busy_timeout = 200")
        try:
            real(self)
        finally:
            super(EncryptedDatabase, self).connection().execute("PRAGMA busy_timeout = 5000")

    monkeypatch.setattr(EncryptedDatabase, "_let_writers_finish", with_a_short_timeout)
    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    assert held.wait(10)
    before = workspace.list_backups()
    with pytest.raises(MusdeskError):
        storage_restore.restore(workspace, chosen)
    release.set()
    thread.join(10)
    assert [e["first_name"] for e in roster.list_employees(org["id"])] == ["Stays"]
    assert workspace.list_backups() == before  # no undo backup taken either


def test_a_write_after_the_undo_backup_is_in_the_undo_all_the_same(
        workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """Other threads wait only for the swap, not for the undo backup: a write committed
    on another thread after the undo backup was taken makes the restore take it again."""
    org = roster.create_organisation("Org")
    chosen = workspace.take_backup()
    real = Workspace.backup_before
    calls: list[str] = []

    def backup_then_another_thread_writes(self: Workspace, reason: str) -> Any:
        path = real(self, reason)
        calls.append(reason)
        if len(calls) == 1:
            def write() -> None:
                try:
                    roster.create_employee(org["id"], "Just", "After")
                finally:
                    close_worker_connection()
            thread = threading.Thread(target=write)
            thread.start()
            thread.join(10)
        return path

    monkeypatch.setattr(Workspace, "backup_before", backup_then_another_thread_writes)
    undo = storage_restore.restore(workspace, chosen)
    assert calls == ["restore", "restore"]  # taken again, inside the swap's block
    assert roster.list_employees(org["id"]) == []
    assert len([p for p in workspace.list_backups() if p.name.endswith("-restore.db")]) == 1
    monkeypatch.undo()
    storage_restore.restore(workspace, undo)
    assert [e["first_name"] for e in roster.list_employees(org["id"])] == ["Just"]
