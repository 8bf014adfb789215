"""db_errors.classify: busy, disk full, read-only and damaged each get their own message,
from real SQLCipher errors; only damage advises a restore."""

from __future__ import annotations

import errno
import subprocess
from pathlib import Path

import peewee
import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from musdesk import errors
from musdesk.storage import DB_NAME, Workspace
from musdesk.storage.db_errors import classify, is_damage
from musdesk.storage.keyfile import KeyFile
from tests.conftest import PASSPHRASE
from tests.unit.storage.test_filesystem_failures import _fill, _run, tmpfs

RESTORE = "backup"


def _raw(folder: Path, *, timeout: float = 5.0) -> sqlcipher.Connection:
    from musdesk.storage.database import configure_connection

    key = KeyFile.from_bytes((folder / "musdesk.key").read_bytes()).unwrap_with_passphrase(
        PASSPHRASE
    )
    conn = sqlcipher.connect(str(folder / DB_NAME), isolation_level=None, timeout=timeout)
    configure_connection(conn, key)
    return conn


def _error(conn: sqlcipher.Connection, sql: str) -> BaseException:
    with pytest.raises(sqlcipher.Error) as caught:
        conn.execute(sql)
    return caught.value


def test_busy_is_its_own_message_without_restore(workspace, workspace_path: Path) -> None:
    holder = _raw(workspace_path)
    holder.execute("BEGIN IMMEDIATE")
    other = _raw(workspace_path, timeout=0)
    try:
        exc = _error(other, "BEGIN IMMEDIATE")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        other.close()
    found = classify(exc, workspace_path)
    assert isinstance(found, errors.DatabaseBusy)
    assert RESTORE not in str(found) and not is_damage(exc)


def test_damage_advises_a_restore(cheap_kdf, workspace_path: Path) -> None:
    ws, _ = Workspace.create(workspace_path, PASSPHRASE, kdf=cheap_kdf)
    ws.database.execute_sql("CREATE TABLE filler (text TEXT)")
    with ws.database.atomic():
        for i in range(500):
            ws.database.execute_sql("INSERT INTO filler VALUES (?)", (f"line {i} " * 10,))
    ws.lock()
    data = bytearray((workspace_path / DB_NAME).read_bytes())
    data[4096 * 3 + 200] ^= 0x10
    (workspace_path / DB_NAME).write_bytes(bytes(data))
    conn = _raw(workspace_path)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]
        # SQLCipher now refuses writes as "readonly": in a writable folder that is damage.
        exc = _error(conn, "INSERT INTO filler VALUES ('x')")
    finally:
        conn.close()
    found = classify(exc, workspace_path)
    assert isinstance(found, errors.DatabaseDamaged), found
    assert RESTORE in str(found)


def test_peewee_wrapper_and_failed_rollback_keep_the_real_cause(tmp_path: Path) -> None:
    full = sqlcipher.OperationalError("database or disk is full")
    try:
        try:
            raise peewee.OperationalError(full, *full.args)
        except peewee.OperationalError:
            raise peewee.OperationalError("cannot rollback - no transaction is active") from None
    except peewee.OperationalError as exc:
        # `from None` hides the context from tracebacks but keeps __context__.
        assert isinstance(classify(exc, tmp_path), errors.DiskFull)


def test_os_errors() -> None:
    assert isinstance(classify(OSError(errno.ENOSPC, "full")), errors.DiskFull)
    assert isinstance(classify(OSError(errno.EROFS, "ro")), errors.WorkspaceReadOnly)
    known = errors.WrongPassphrase()
    assert classify(known) is known


def test_disk_full_during_a_write_is_disk_full_not_damage(tmp_path: Path, cheap_kdf) -> None:
    with tmpfs(tmp_path / "mnt", "4m") as mnt:
        ws, _ = Workspace.create(mnt / "ws", PASSPHRASE, kdf=cheap_kdf)
        try:
            ws.database.execute_sql("CREATE TABLE filler (text TEXT)")
            _fill(mnt, leave=4096)
            # The database itself turns it into a MusdeskError now (storage/database.py).
            with pytest.raises((peewee.DatabaseError, errors.StorageError)) as caught, \
                    ws.database.atomic():
                for i in range(20000):
                    ws.database.execute_sql(
                        "INSERT INTO filler VALUES (?)", (f"line {i} " * 40,)
                    )
            found = classify(caught.value, mnt / "ws")
            assert isinstance(found, errors.DiskFull), (caught.value, found)
            assert RESTORE not in str(found)
        finally:
            ws.lock()


def test_read_only_mount_is_read_only_not_damage(tmp_path: Path, cheap_kdf) -> None:
    with tmpfs(tmp_path / "mnt", "8m") as mnt:
        ws, _ = Workspace.create(mnt / "ws", PASSPHRASE, kdf=cheap_kdf)
        ws.lock()
        assert _run("mount", "-o", "remount,ro", str(mnt))
        try:
            with pytest.raises(sqlcipher.Error) as caught:
                conn = _raw(mnt / "ws")
                try:
                    conn.execute("CREATE TABLE x (y)")
                finally:
                    conn.close()
            found = classify(caught.value, mnt / "ws")
            assert isinstance(found, errors.WorkspaceReadOnly), (caught.value, found)
        finally:
            _run("mount", "-o", "remount,rw", str(mnt))


def _chattr(flag: str, path: Path) -> bool:
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


def test_a_read_only_database_file_is_read_only_and_adds_no_backup(cheap_kdf, workspace_path):
    ws, _ = Workspace.create(workspace_path, PASSPHRASE, kdf=cheap_kdf)
    ws.database.execute_sql("CREATE TABLE note (text TEXT)")  # changed: an open would back up
    ws.lock()
    db = workspace_path / DB_NAME
    if not _chattr("+i", db):
        pytest.skip("cannot make the file immutable here (chattr, root on ext4)")
    try:
        listed = sorted(p.name for p in (workspace_path / "backups").iterdir())
        for _ in range(3):
            with pytest.raises(errors.WorkspaceReadOnly) as caught:
                Workspace.open(workspace_path, passphrase=PASSPHRASE)
            assert RESTORE not in str(caught.value)
        assert sorted(p.name for p in (workspace_path / "backups").iterdir()) == listed
        # A read-only command still works.
        Workspace.open(workspace_path, passphrase=PASSPHRASE, read_only=True).lock()
    finally:
        _chattr("-i", db)


def test_disk_full_during_a_roster_import_says_disk_full(
    tmp_path: Path, cheap_kdf, monkeypatch
) -> None:
    from musdesk.interchange.roster_columns import guess_mapping
    from musdesk.interchange.roster_import import run_import
    from musdesk.interchange.tabular import read_table
    from musdesk.models import Employee
    from musdesk.services import roster

    csv_path = tmp_path / "roster.csv"
    lines = ["Fornavn;Efternavn;E-mail"]
    lines += [f"Åse{i};Ørsted{i} {'x' * 80};ase{i}@example.dk" for i in range(3000)]
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_table(csv_path)
    with tmpfs(tmp_path / "mnt", "6m") as mnt:
        ws, _ = Workspace.create(mnt / "ws", PASSPHRASE, kdf=cheap_kdf)
        try:
            org = roster.create_organisation("Kommunen")["id"]
            # The import's own backup is tested elsewhere; here the disk fills during its write.
            monkeypatch.setattr("musdesk.storage.backup_before", lambda reason: None)
            _fill(mnt, leave=64 * 1024)
            with pytest.raises(errors.MusdeskError) as caught:
                run_import(table, guess_mapping(table.rows), org)
            message = str(caught.value)
            assert "disk is full" in message.lower(), message
            assert RESTORE not in message.replace("backups", ""), message
            assert Employee.select().count() == 0
        finally:
            ws.lock()
        (mnt / "filler.bin").unlink()
        with Workspace.open(mnt / "ws", passphrase=PASSPHRASE) as reopened:
            reopened.check_integrity()


def test_a_read_only_command_reads_a_workspace_on_a_read_only_mount(tmp_path: Path, cheap_kdf
                                                                   ) -> None:
    """Read-only commands write nothing, so a workspace on a read-only medium can be read
    (and a read-write open says read-only, never damaged)."""
    from musdesk.models import WorkspaceMeta

    with tmpfs(tmp_path / "mnt", "8m") as mnt:
        ws, _ = Workspace.create(mnt / "ws", PASSPHRASE, kdf=cheap_kdf)
        WorkspaceMeta.replace(key="kept", value="ja").execute()
        ws.lock()
        Workspace.open(mnt / "ws", passphrase=PASSPHRASE).lock()  # backed up: unchanged now
        assert _run("mount", "-o", "remount,ro", str(mnt))
        try:
            with Workspace.open(mnt / "ws", passphrase=PASSPHRASE, read_only=True):
                assert WorkspaceMeta.get(WorkspaceMeta.key == "kept").value == "ja"
            with pytest.raises(errors.WorkspaceReadOnly) as caught:
                Workspace.open(mnt / "ws", passphrase=PASSPHRASE)
            assert RESTORE not in str(caught.value)
        finally:
            _run("mount", "-o", "remount,rw", str(mnt))
