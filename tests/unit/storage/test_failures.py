"""Every way opening can fail has its own message and leaves every file byte-for-byte as it was."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from musdesk import errors
from musdesk.models.base import database_proxy
from musdesk.storage import DB_NAME, KEY_NAME, Workspace
from musdesk.storage.keyfile import MAGIC, _checksum
from tests.conftest import PASSPHRASE
from tests.unit.storage.helpers import fingerprint


@pytest.fixture
def closed_workspace(new_workspace, workspace_path: Path) -> Path:
    """A workspace with some data, locked, as it sits on disk between sessions."""
    workspace, _ = new_workspace
    database = workspace.database
    database.execute_sql("CREATE TABLE filler (text TEXT)")
    with database.atomic():
        for i in range(1500):
            database.execute_sql("INSERT INTO filler VALUES (?)", (f"row {i} " * 6,))
    workspace.lock()
    return workspace_path


def assert_open_fails_unchanged(
    folder: Path, error: type[errors.MusdeskError], *, match: str | None = None, **credentials
) -> errors.MusdeskError:
    before = fingerprint(folder) if folder.is_dir() else None
    credentials = credentials or {"passphrase": PASSPHRASE}
    with pytest.raises(error, match=match) as caught:
        Workspace.open(folder, **credentials)
    assert isinstance(caught.value, error)
    after = fingerprint(folder) if folder.is_dir() else None
    assert after == before, "a failed open must leave every file unchanged"
    assert database_proxy.obj is None
    return caught.value


def mutate_db(folder: Path, change: Callable[[bytearray], bytes | bytearray]) -> None:
    path = folder / DB_NAME
    path.write_bytes(bytes(change(bytearray(path.read_bytes()))))


def test_wrong_passphrase(closed_workspace: Path) -> None:
    assert_open_fails_unchanged(
        closed_workspace, errors.WrongPassphrase, passphrase="not the passphrase"
    )


def test_wrong_recovery_key(closed_workspace: Path) -> None:
    other = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"
    assert_open_fails_unchanged(closed_workspace, errors.WrongRecoveryKey, recovery_key=other)
    assert_open_fails_unchanged(
        closed_workspace, errors.WrongRecoveryKey, recovery_key="not even base32 !"
    )


@pytest.mark.parametrize("kind", ["missing", "empty-folder", "other-files", "a-file"])
def test_not_a_workspace(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "target"
    if kind == "empty-folder":
        target.mkdir()
    elif kind == "other-files":
        target.mkdir()
        (target / "report.docx").write_bytes(b"PK\x03\x04 not ours")
    elif kind == "a-file":
        target.write_text("hello")
    message = assert_open_fails_unchanged(target, errors.NotAWorkspace)
    assert str(target) in str(message)


def test_empty_database(closed_workspace: Path) -> None:
    mutate_db(closed_workspace, lambda data: b"")
    assert_open_fails_unchanged(closed_workspace, errors.DatabaseEmpty)


def test_missing_database(closed_workspace: Path) -> None:
    (closed_workspace / DB_NAME).unlink()
    assert_open_fails_unchanged(closed_workspace, errors.DatabaseMissing)


@pytest.mark.parametrize("fraction", [0.002, 0.25, 0.5, 0.97])
def test_truncated_database(closed_workspace: Path, fraction: float) -> None:
    mutate_db(closed_workspace, lambda data: data[: int(len(data) * fraction)])
    assert_open_fails_unchanged(closed_workspace, errors.DatabaseDamaged, match="damaged")


@pytest.mark.parametrize("where", [0, 20, 4096 + 100, 0.5, -20])
def test_bit_flipped_database(closed_workspace: Path, where: float) -> None:
    def flip(data: bytearray) -> bytearray:
        offset = int(len(data) * where) if isinstance(where, float) else where % len(data)
        data[offset] ^= 0x10
        return data

    mutate_db(closed_workspace, flip)
    assert_open_fails_unchanged(closed_workspace, errors.DatabaseDamaged)


def test_database_from_another_workspace_is_reported_honestly(
    closed_workspace: Path, tmp_path: Path, cheap_kdf
) -> None:
    other, _ = Workspace.create(tmp_path / "other", PASSPHRASE, kdf=cheap_kdf)
    other.lock()
    (closed_workspace / DB_NAME).write_bytes((tmp_path / "other" / DB_NAME).read_bytes())
    error = assert_open_fails_unchanged(closed_workspace, errors.DatabaseDamaged)
    assert "another key file" in str(error)


def test_missing_key_file(closed_workspace: Path) -> None:
    (closed_workspace / KEY_NAME).unlink()
    assert_open_fails_unchanged(closed_workspace, errors.KeyFileMissing)


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "flipped-wrapped-key", "wrong-magic", "not-json"],
)
def test_damaged_key_file(closed_workspace: Path, damage: str) -> None:
    path = closed_workspace / KEY_NAME
    raw = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"\x00\xff" * 64)
    elif damage == "truncated":
        path.write_bytes(raw[: len(raw) // 2])
    elif damage == "wrong-magic":
        path.write_bytes(b"MUSDESK-KEYFILE 9\n" + raw[len(MAGIC) :])
    elif damage == "not-json":
        path.write_bytes(MAGIC + b"{{{")
    else:
        body = json.loads(raw[len(MAGIC) :])
        wrapped = body["passphrase"]["wrapped"]
        body["passphrase"]["wrapped"] = ("B" if wrapped[0] != "B" else "C") + wrapped[1:]
        path.write_bytes(MAGIC + json.dumps(body).encode())
    assert_open_fails_unchanged(closed_workspace, errors.KeyFileDamaged)


def rewrite_kdf(folder: Path, **changes: int) -> None:
    path = folder / KEY_NAME
    body = json.loads(path.read_bytes()[len(MAGIC) :])
    body.pop("checksum")
    body["kdf"].update(changes)
    body["checksum"] = _checksum(body)  # a deliberate edit, not accidental damage
    path.write_bytes(MAGIC + json.dumps(body).encode())


@pytest.mark.parametrize(
    "changes",
    # 4x the default memory or a handful of passes more already refused: the bounds sit
    # close to what musdesk writes (256 MiB, 3 passes, 4 lanes).
    [{"memory_kib": 1024 * 1024}, {"iterations": 64}, {"lanes": 16}, {"iterations": 10_000}],
)
def test_key_file_asking_for_huge_costs_is_refused_not_obeyed(closed_workspace, changes) -> None:
    rewrite_kdf(closed_workspace, **changes)
    assert_open_fails_unchanged(closed_workspace, errors.KeyFileTooCostly, match="refused")


def test_edited_kdf_parameters_do_not_unlock(closed_workspace: Path) -> None:
    # Parameters are authenticated: lowering them cannot be used to attack the passphrase.
    rewrite_kdf(closed_workspace, iterations=2)
    assert_open_fails_unchanged(closed_workspace, errors.WrongPassphrase)


def test_schema_newer_than_this_program(closed_workspace: Path) -> None:
    with Workspace.open(closed_workspace, passphrase=PASSPHRASE) as workspace:
        workspace.database.execute_sql(
            "INSERT INTO schema_migration (name, applied) "
            "VALUES ('9999_from_the_future', '2030-01-01')"
        )
    error = assert_open_fails_unchanged(closed_workspace, errors.SchemaTooNew)
    assert "9999" in str(error)


def test_second_open_in_same_process_is_in_use(closed_workspace: Path) -> None:
    with (
        Workspace.open(closed_workspace, passphrase=PASSPHRASE),
        pytest.raises(errors.WorkspaceInUse, match=str(os.getpid())),
    ):
        Workspace.open(closed_workspace, passphrase=PASSPHRASE)


HOLD_OPEN = """
import sys, time
from musdesk.storage import Workspace
ws = Workspace.open(sys.argv[1], passphrase=sys.argv[2])
print("open", flush=True)
time.sleep(60)
"""


def test_other_process_gets_in_use_and_a_crashed_ones_lock_is_recovered(
    closed_workspace: Path,
) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(closed_workspace), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        try:
            assert child.stdout.readline().strip() == "open"
            with pytest.raises(errors.WorkspaceInUse, match=str(child.pid)):
                Workspace.open(closed_workspace, passphrase=PASSPHRASE)
        finally:
            child.kill()  # SIGKILL: the lock file stays behind, as after a crash
            child.wait()
    assert (closed_workspace / "musdesk.lock").exists()
    Workspace.open(closed_workspace, passphrase=PASSPHRASE).lock()
