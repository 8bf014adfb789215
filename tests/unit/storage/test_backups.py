"""Backups keep a good copy: only of a database that passes its check, only when the data
changed, in generations; a lost disk write is refused at open, naming the good backup."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from musdesk import errors
from musdesk.storage import DB_NAME, Workspace, backups
from musdesk.storage.keyfile import read_key_file
from tests.conftest import PASSPHRASE
from tests.unit.storage.helpers import fingerprint

PAGE = 4096


def _people(workspace: Workspace, count: int) -> None:
    db = workspace.database
    db.execute_sql(
        "CREATE TABLE IF NOT EXISTS person (id INTEGER PRIMARY KEY, name TEXT, dept TEXT)"
    )
    db.execute_sql("CREATE INDEX IF NOT EXISTS person_name ON person(name)")
    with db.atomic():
        for i in range(count):
            db.execute_sql(
                "INSERT INTO person (name, dept) VALUES (?, ?)", (f"Person {i:05d}", "HR" * 20)
            )


def _open(folder: Path, **kwargs) -> Workspace:
    return Workspace.open(folder, passphrase=PASSPHRASE, **kwargs)


def test_an_open_backs_up_only_when_the_data_changed(new_workspace, workspace_path) -> None:
    workspace, _ = new_workspace
    assert [b.reason for b in workspace.backups()] == ["create"]
    workspace.lock()
    for _ in range(3):
        _open(workspace_path).lock()
    assert len(backups.list_backups(workspace_path)) == 1, "nothing changed: no new backup"
    with _open(workspace_path) as ws:
        _people(ws, 10)
    with _open(workspace_path) as ws:
        listed = ws.backups()
    assert [b.reason for b in listed] == ["open", "create"]
    assert all(b.good and b.size > 0 for b in listed)
    assert listed[0].taken_at > listed[1].taken_at


def test_a_burst_of_opens_never_removes_every_older_copy(new_workspace, workspace_path):
    workspace, _ = new_workspace
    workspace.lock()
    now = dt.datetime.now(dt.UTC)
    created = backups.list_backups(workspace_path)[0].path
    # Older generations: one a day for ten days, one a week for eight weeks.
    ages = [dt.timedelta(days=d) for d in range(1, 11)]
    ages += [dt.timedelta(weeks=w, hours=1) for w in range(2, 10)]
    for age in ages:
        stamp = (now - age).strftime(backups.STAMP_FORMAT)
        shutil.copy(created, created.with_name(f"musdesk-{stamp}-open.db"))
    for _ in range(12):  # a burst of changed opens
        with _open(workspace_path, backups_kept=3) as ws:
            _people(ws, 1)
    kept = backups.list_backups(workspace_path)
    ages_kept = sorted(now - b.taken_at for b in kept)
    assert len([a for a in ages_kept if a < dt.timedelta(hours=1)]) >= 3, "the last opens"
    daily = {a.days for a in ages_kept if dt.timedelta(days=1) <= a <= dt.timedelta(days=7)}
    assert daily >= {1, 2, 3, 4, 5, 6}, "one per day for a week"
    assert any(dt.timedelta(weeks=3) < a <= dt.timedelta(weeks=5) for a in ages_kept)
    assert not any(a > dt.timedelta(weeks=6) for a in ages_kept), "older ones are removed"
    assert len(kept) < len(ages) + 13


def test_rotation_keeps_the_newest_before_import_copies() -> None:
    now = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)

    def backup(minutes: int, reason: str) -> backups.Backup:
        return backups.Backup(Path(f"b{minutes}"), now - dt.timedelta(minutes=minutes),
                              reason, True, 1)

    listed = [backup(m, "open") for m in range(0, 30)] + [backup(45, "import")]
    kept = backups.kept_backups(listed, 3, now)
    assert Path("b45") in kept and {Path("b0"), Path("b1"), Path("b2")} <= kept


def test_backup_before_import_is_taken_even_without_changes(workspace, workspace_path):
    path = workspace.backup_before("import")
    assert path.name.endswith("-import.db")
    assert [b.reason for b in workspace.backups()] == ["import", "create"]


def _lost_write(folder: Path) -> None:
    """An older, validly encrypted version of one page written back over the newer one,
    as a disk that lost a write would leave it (SQLCipher's page HMAC still matches)."""
    with _open(folder) as ws:
        _people(ws, 3000)
    old = (folder / DB_NAME).read_bytes()
    with _open(folder) as ws, ws.database.atomic():
        ws.database.execute_sql("UPDATE person SET name = 'Renamed ' || id WHERE id % 7 = 0")
    new = bytearray((folder / DB_NAME).read_bytes())
    changed = [
        n for n in range(1, len(old) // PAGE)
        if old[n * PAGE:(n + 1) * PAGE] != new[n * PAGE:(n + 1) * PAGE]
    ]
    # A table page, not an index page: the b-tree stays well-formed (quick_check passes).
    page = changed[len(changed) // 2]
    new[page * PAGE:(page + 1) * PAGE] = old[page * PAGE:(page + 1) * PAGE]
    (folder / DB_NAME).write_bytes(bytes(new))


def test_a_lost_write_is_refused_at_open_and_names_the_good_backup(
    new_workspace, workspace_path
) -> None:
    new_workspace[0].lock()
    _lost_write(workspace_path)
    before = fingerprint(workspace_path / "backups")
    for _ in range(6):
        with pytest.raises(errors.DatabaseDamagedWithBackup) as caught:
            _open(workspace_path)
    assert fingerprint(workspace_path / "backups") == before, "no damaged copy was added"
    newest = backups.list_backups(workspace_path)[0]
    assert newest.path.name in str(caught.value)
    key = read_key_file(workspace_path / "musdesk.key").unwrap_with_passphrase(PASSPHRASE)
    assert backups.verify(newest.path, key) == []
    for backup in backups.list_backups(workspace_path):
        assert backups.verify(backup.path, key) == [], "every backup stays good"
    # Following the advice works.
    shutil.copy(newest.path, workspace_path / DB_NAME)
    with _open(workspace_path) as ws:
        ws.check_integrity()


def test_no_backup_is_taken_of_a_database_failing_its_check(new_workspace, workspace_path):
    from sqlcipher3 import dbapi2 as sqlcipher

    from musdesk.storage.database import configure_connection

    new_workspace[0].lock()
    _lost_write(workspace_path)
    before = fingerprint(workspace_path / "backups")
    key = read_key_file(workspace_path / "musdesk.key").unwrap_with_passphrase(PASSPHRASE)
    conn = sqlcipher.connect(str(workspace_path / DB_NAME), isolation_level=None)
    try:
        configure_connection(conn, key)
        with pytest.raises(errors.BackupRefused, match="No backup was taken"):
            backups.take_backup(conn, workspace_path, key, 5, "import")
    finally:
        conn.close()
    assert fingerprint(workspace_path / "backups") == before


def test_check_finds_damage_the_fast_open_trusted_and_names_the_good_backup(
    new_workspace, workspace_path
) -> None:
    import json

    new_workspace[0].lock()
    _lost_write(workspace_path)
    # As if the damage came from below the file system (the metadata says nothing changed).
    state = backups.backup_folder(workspace_path) / backups.STATE_NAME
    recorded = json.loads(state.read_text())
    recorded["source"] = backups._fingerprint(workspace_path / DB_NAME)
    state.write_text(json.dumps(recorded))
    ws = _open(workspace_path, read_only=True)  # trusted: the fast path
    try:
        with pytest.raises(errors.IntegrityCheckFailedWithBackup) as caught:
            ws.check_integrity()
    finally:
        ws.lock()
    assert backups.list_backups(workspace_path)[0].path.name in str(caught.value)
    with pytest.raises(errors.DatabaseDamagedWithBackup):
        _open(workspace_path)  # no longer trusted


def test_a_backup_is_the_checked_snapshot_whether_copied_as_bytes_or_by_pages(
    new_workspace, workspace_path, monkeypatch
) -> None:
    """The byte copy is taken only when the main file is the snapshot that was checked (the
    -wal file empty once the read transaction began); else SQLite's backup API copies the
    snapshot's pages. Both give a file that passes its check and holds every committed row."""
    import threading

    workspace, _ = new_workspace
    _people(workspace, 50)
    copied = []
    real_bytes, real_pages = backups._copy_bytes, backups._copy_pages
    monkeypatch.setattr(backups, "_copy_bytes", lambda *a: copied.append("bytes") or
                        real_bytes(*a))
    monkeypatch.setattr(backups, "_copy_pages", lambda *a: copied.append("pages") or
                        real_pages(*a))
    first = workspace.take_backup(reason="manual")
    # A reader on another thread keeps the -wal file from being emptied by the checkpoint.
    ready, done = threading.Event(), threading.Event()

    def reader() -> None:
        conn = workspace.database.connection()  # this thread's own connection
        conn.execute("BEGIN").fetchall()
        conn.execute("SELECT count(*) FROM person").fetchall()
        ready.set()
        done.wait(30)
        conn.execute("COMMIT").fetchall()

    thread = threading.Thread(target=reader)
    thread.start()
    ready.wait(30)
    _people(workspace, 7)
    try:
        second = workspace.take_backup(reason="manual")
    finally:
        done.set()
        thread.join(30)
    assert copied == ["bytes", "pages"]
    key = workspace.database.data_key
    for path, rows in ((first, 50), (second, 57)):
        assert backups.verify(path, key) == []
        copy = workspace_path.parent / f"restored-{rows}"
        copy.mkdir()
        shutil.copy(path, copy / DB_NAME)
        shutil.copy(workspace_path / "musdesk.key", copy / "musdesk.key")
        conn = backups.sqlcipher.connect(str(copy / DB_NAME))
        backups.configure_connection(conn, key)
        assert conn.execute("SELECT count(*) FROM person").fetchone() == (rows,)
        conn.close()
