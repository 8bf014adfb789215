"""While a restore swaps the database file (or a rotation changes the key), other threads
wait for the database: a read or a write on another thread at that moment is served by the
restored file afterwards, never by the one being replaced."""

from __future__ import annotations

import threading
from pathlib import Path
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


def held_alone(workspace: Workspace, seconds: float = 10) -> bool:
    """Wait until some thread holds the database alone (a restore under way)."""
    import time

    deadline = time.monotonic() + seconds
    while workspace.database.gate._holder is None:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True


def test_a_write_under_way_is_committed_before_the_swap(workspace: Workspace) -> None:
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
    assert held_alone(workspace)  # the restore has started while the write is under way
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


def in_thread(function: Any) -> tuple[threading.Thread, dict[str, Any]]:
    result: dict[str, Any] = {}

    def run() -> None:
        try:
            result["value"] = function()
        except BaseException as exc:  # reported to the test
            result["error"] = exc
        finally:
            close_worker_connection()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, result


def test_a_read_transaction_under_way_ends_before_the_swap(workspace: Workspace) -> None:
    """A thread reading inside a (deferred) transaction when the restore starts: it sees
    one state throughout, ends without an error, and the restore waits for it."""
    from musdesk.models.base import database_proxy

    org = roster.create_organisation("Org")
    roster.create_employee(org["id"], "Kept", "Person")
    chosen = workspace.take_backup()
    roster.create_employee(org["id"], "Gone", "Later")
    inside, release = threading.Event(), threading.Event()

    def reader() -> tuple[set[str], set[str]]:
        with database_proxy.atomic():
            first = {e["first_name"] for e in roster.list_employees(org["id"])}
            inside.set()
            release.wait(10)
            second = {e["first_name"] for e in roster.list_employees(org["id"])}
        return first, second

    reading, read = in_thread(reader)
    assert inside.wait(10)
    restoring, restored = in_thread(lambda: storage_restore.restore(workspace, chosen))
    assert held_alone(workspace)
    restoring.join(0.3)
    assert restoring.is_alive()  # waits for the transaction
    release.set()
    reading.join(10)
    restoring.join(20)
    assert "error" not in read and "error" not in restored, (read, restored)
    assert read["value"] == ({"Kept", "Gone"}, {"Kept", "Gone"})
    assert {e["first_name"] for e in roster.list_employees(org["id"])} == {"Kept"}


def test_a_thread_opening_its_connection_as_the_swap_starts_is_waited_for(
        workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """A thread whose first query is opening a connection (to the old file) when the restore
    starts: the swap waits for that statement, then closes the connection, so the thread's
    next read and write go to the restored file."""
    from musdesk.storage import database

    org = roster.create_organisation("Org")
    roster.create_employee(org["id"], "Kept", "Person")
    chosen = workspace.take_backup()
    roster.create_employee(org["id"], "Gone", "Later")
    connecting = threading.Event()
    real_configure = database.configure_connection
    slow_thread: list[int] = []

    def slow_configure(conn: Any, key: Any) -> None:
        real_configure(conn, key)
        if threading.get_ident() in slow_thread and not connecting.is_set():
            connecting.set()  # opened on the old file, not yet among the connections
            swapping.wait(1.5)  # the restore starts meanwhile (and gets this far, unheld)

    swapping = threading.Event()
    real_close = workspace.database.close

    def close_once_the_list_is_taken() -> Any:  # called by the swap's _close_connections
        if connecting.is_set() and not swapping.is_set():
            swapping.set()
            import time
            time.sleep(0.2)  # the other thread finishes opening meanwhile
        return real_close()

    monkeypatch.setattr(database, "configure_connection", slow_configure)
    monkeypatch.setattr(workspace.database, "close", close_once_the_list_is_taken)
    go_on = threading.Event()

    def user() -> tuple[set[str], set[str]]:
        slow_thread.append(threading.get_ident())
        first = {e["first_name"] for e in roster.list_employees(org["id"])}
        go_on.wait(20)
        roster.create_employee(org["id"], "Written", "After")
        return first, {e["first_name"] for e in roster.list_employees(org["id"])}

    ready, start = threading.Event(), threading.Event()

    def restore_when_told() -> Path:
        roster.list_organisations()  # its own connection first: it needs no connect later
        ready.set()
        start.wait(10)
        return storage_restore.restore(workspace, chosen)

    restoring, restored = in_thread(restore_when_told)
    assert ready.wait(10)
    using, used = in_thread(user)
    assert connecting.wait(10)
    start.set()
    restoring.join(20)
    go_on.set()
    using.join(20)
    assert "error" not in restored and "error" not in used, (restored, used)
    # before the restore, or (a second query of the same read after the swap) the restored
    assert used["value"][0] in ({"Kept", "Gone"}, {"Kept"})
    assert used["value"][1] == {"Kept", "Written"}  # the restored file, and its write in it
    assert {e["first_name"] for e in roster.list_employees(org["id"])} == {"Kept", "Written"}


def test_rows_read_after_a_swap_closed_the_connection_say_busy(workspace: Workspace) -> None:
    """A statement run before the swap whose rows are read after it: "busy, try again",
    never a driver error (and never the old file's rows)."""
    from musdesk.errors import DatabaseBusy

    org = roster.create_organisation("Org")
    for n in range(3):
        roster.create_employee(org["id"], f"P{n}", "Person")
    cursor = workspace.database.execute_sql("SELECT first_name FROM employee")
    assert cursor.fetchone() is not None
    workspace.database.close_all()  # what the swap does to every connection
    with pytest.raises(DatabaseBusy):
        cursor.fetchall()


def test_when_the_current_file_cannot_be_put_back_the_undo_backup_stays(
        workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    org = roster.create_organisation("Org")
    chosen = workspace.take_backup()
    roster.create_employee(org["id"], "Only", "Here")
    real_replace = os.replace
    calls: list[str] = []

    def replace_failing(src: Any, dst: Any) -> None:
        calls.append(Path(src).name)
        if Path(src).name == storage_restore.INCOMING:
            raise OSError(5, "Input/output error")  # the copy cannot be renamed in
        if Path(src).name == storage_restore.ASIDE:
            raise OSError(5, "Input/output error")  # nor the current file put back
        real_replace(src, dst)

    monkeypatch.setattr(storage_restore.os, "replace", replace_failing)
    with pytest.raises(MusdeskError):
        storage_restore.restore(workspace, chosen)
    monkeypatch.undo()
    undo = [p for p in workspace.list_backups() if p.name.endswith("-restore.db")]
    assert len(undo) == 1  # kept: it is the state before, to restore
    assert (workspace.folder / storage_restore.ASIDE).exists()  # and the file itself


READ_WHILE_CLOSED = """
import faulthandler, sys, threading, time
from pathlib import Path
faulthandler.enable()
from musdesk.errors import DatabaseBusy
from musdesk.models.audit import AuditEvent
from musdesk.storage import KdfParams, Workspace
ws, _ = Workspace.create(Path(sys.argv[1]), "correct horse battery", kdf=KdfParams.cheap())
db = ws.database
rows = [dict(action="create", record_type="x" * 50, record_id=str(i), detail="d" * 150)
        for i in range(10_000)]
with db.atomic():
    for k in range(0, len(rows), 1000):
        AuditEvent.insert_many(rows[k:k + 1000]).execute()
for n in range(5):
    seen = {}
    def reader():
        try:
            for _ in AuditEvent.select().order_by(AuditEvent.detail, AuditEvent.record_id)\\
                    .tuples().iterator():
                seen["rows"] = seen.get("rows", 0) + 1
        except DatabaseBusy:
            seen["busy"] = True
        except BaseException as exc:
            seen["error"] = repr(exc)
    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    time.sleep(0.05)
    with db.alone():  # what a restore and a key rotation do
        db.close_all()
    thread.join(10)
    assert not thread.is_alive(), "reader hangs"
    assert "error" not in seen, seen
    print(n, seen, flush=True)
ws.lock()
print("done")
"""


def test_closing_a_connection_another_thread_reads_from_neither_crashes_nor_hangs(
        tmp_path: Path) -> None:
    """A thread iterating a large select while a swap closes every connection: it gets its
    rows or "busy", the process goes on (the driver crashed here once)."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", READ_WHILE_CLOSED, str(tmp_path / "ws")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.rstrip().endswith("done")


CLOSED_TWICE = """
import faulthandler, sys, threading
from pathlib import Path
faulthandler.enable()
from musdesk.models.audit import AuditEvent
from musdesk.storage import KdfParams, Workspace
from musdesk.storage.database import close_worker_connection
ws, _ = Workspace.create(Path(sys.argv[1]), "correct horse battery", kdf=KdfParams.cheap())
db = ws.database
for n in range(200):
    both = threading.Barrier(2)
    def worker():
        AuditEvent.select().count()  # a connection of its own
        both.wait()
        close_worker_connection()  # its end of job, as the swap closes it too
    thread = threading.Thread(target=worker)
    thread.start()
    both.wait()
    db.close_every_connection()
    thread.join(10)
ws.lock()
print("done")
"""


def test_a_connection_closed_by_two_threads_at_once_is_closed_once(tmp_path: Path) -> None:
    """A worker ending its job while a swap closes every connection: both close the same
    one; they take turns (at the same moment, the driver crashed)."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", CLOSED_TWICE, str(tmp_path / "ws")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.rstrip().endswith("done")
