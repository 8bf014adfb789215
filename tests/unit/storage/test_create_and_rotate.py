"""Creating is all or nothing (a staging folder renamed into place); read-only commands
write nothing; passphrase change with key rotation leaves old key files useless."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from musdesk import cli, errors
from musdesk.models.base import database_proxy
from musdesk.models.meta import WorkspaceMeta
from musdesk.storage import KEY_NAME, KdfParams, Workspace, backups, schema
from tests.conftest import PASSPHRASE
from tests.unit.storage.helpers import fingerprint

NEW = "a much better passphrase"


def _leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir())


def test_a_failing_step_leaves_nothing_and_a_retry_works(tmp_path, cheap_kdf, monkeypatch):
    target = tmp_path / "ws"

    def broken(db):
        raise RuntimeError("simulated failure while creating")

    monkeypatch.setattr(schema, "migrate", broken)
    with pytest.raises(RuntimeError):
        Workspace.create(target, PASSPHRASE, kdf=cheap_kdf)
    assert _leftovers(tmp_path) == [], "no database, key, lock or staging folder left"
    assert database_proxy.obj is None, "the models are unbound"
    monkeypatch.undo()
    workspace, _ = Workspace.create(target, PASSPHRASE, kdf=cheap_kdf)
    workspace.lock()
    assert _leftovers(tmp_path) == ["ws"]


def test_a_failing_first_backup_leaves_nothing_and_a_retry_works(tmp_path, cheap_kdf,
                                                                  monkeypatch):
    """The first backup is taken once the workspace is in place; when it fails, the
    database, key file, lock and backups folder go too, and the models are unbound."""
    target = tmp_path / "ws"

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "take_backup", full_disk)
    with pytest.raises(errors.StorageError):
        Workspace.create(target, PASSPHRASE, kdf=cheap_kdf)
    assert _leftovers(tmp_path) == [], "no database, key, lock or backups left"
    assert database_proxy.obj is None, "the models are unbound"
    monkeypatch.undo()
    workspace, _ = Workspace.create(target, PASSPHRASE, kdf=cheap_kdf)
    workspace.lock()
    assert _leftovers(tmp_path) == ["ws"]


def test_a_failing_populate_leaves_nothing(tmp_path, cheap_kdf) -> None:
    def populate(_ws):
        raise errors.DiskFull()

    with pytest.raises(errors.DiskFull):
        Workspace.create(tmp_path / "ws", PASSPHRASE, kdf=cheap_kdf, populate=populate)
    assert _leftovers(tmp_path) == []
    assert database_proxy.obj is None


CREATOR = """
import sys, time
from pathlib import Path
from musdesk.storage import KdfParams, Workspace
def populate(ws):
    print("populating", flush=True)
    time.sleep(60)
Workspace.create(Path(sys.argv[1]), sys.argv[2], kdf=KdfParams.cheap(), populate=populate)
"""


def test_a_killed_creation_leaves_no_workspace_and_init_works_again(tmp_path) -> None:
    target = tmp_path / "ws"
    with subprocess.Popen(
        [sys.executable, "-c", CREATOR, str(target), PASSPHRASE], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout.readline().strip() == "populating"
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert not target.exists(), "the target appears only when complete"
    with pytest.raises(errors.NotAWorkspace):
        Workspace.open(target, passphrase=PASSPHRASE)
    workspace, _ = Workspace.create(target, PASSPHRASE, kdf=KdfParams.cheap())
    workspace.lock()
    assert _leftovers(tmp_path) == ["ws"], "the killed one's staging folder was removed"


def _main(monkeypatch, *args: str, passphrase: str = PASSPHRASE) -> int:
    monkeypatch.setenv("MUSDESK_PASSPHRASE", passphrase)
    return cli.main(list(args))


def test_read_only_commands_write_nothing(tmp_path, monkeypatch, capsys) -> None:
    folder = tmp_path / "ws"
    assert _main(monkeypatch, "init", str(folder), "--cheap-kdf") == 0
    before = fingerprint(folder)
    for command, expected in (
        (["list", str(folder), "organisations"], 0),
        (["check", str(folder)], 0),
        (["due", str(folder)], 0),
        (["verify", str(folder), "ABCD-EFGH"], None),
    ):
        code = _main(monkeypatch, *command)
        assert expected is None or code == expected, (command, capsys.readouterr().err)
        assert "unexpected" not in capsys.readouterr().err
        assert fingerprint(folder) == before, f"{command[0]} changed the workspace"
    # And the connection itself refuses writes.
    with Workspace.open(folder, passphrase=PASSPHRASE, read_only=True) as ws:
        with pytest.raises(errors.DatabaseFailed):  # refused, and not called damage
            try:
                WorkspaceMeta.replace(key="x", value="y").execute()
            except Exception as exc:
                from musdesk.storage.db_errors import classify

                raise classify(exc, folder) from exc
        assert ws.read_only


def test_rotating_the_key_leaves_old_key_files_useless(new_workspace, workspace_path, tmp_path):
    workspace, old_recovery = new_workspace
    WorkspaceMeta.replace(key="kept", value="Ærø").execute()
    workspace.lock()
    old_copy = tmp_path / "old-copy"
    shutil.copytree(workspace_path, old_copy)
    with Workspace.open(workspace_path, passphrase=PASSPHRASE) as ws:
        new_recovery = ws.change_passphrase(NEW, rotate_key=True)
        assert new_recovery and new_recovery != old_recovery
        assert [b.reason for b in ws.backups()] == ["rekey"], "old backups removed"
    # The old key file with the old passphrase does not open the database any more.
    (workspace_path / "old.key").write_bytes((old_copy / KEY_NAME).read_bytes())
    shutil.copy(old_copy / KEY_NAME, workspace_path / KEY_NAME)
    with pytest.raises(errors.DatabaseDamaged):
        Workspace.open(workspace_path, passphrase=PASSPHRASE)
    with pytest.raises(errors.DatabaseDamaged):
        Workspace.open(workspace_path, recovery_key=old_recovery)
    os.replace(workspace_path / "old.key", old_copy / "unused.key")
    # Put the new key file back: the new passphrase and recovery key open the data.
    with Workspace.open(old_copy, passphrase=PASSPHRASE) as old_ws:
        old_key = bytes(old_ws.database.data_key)
    for backup in backups.list_backups(workspace_path):
        assert backups.verify(backup.path, old_key), "no backup opens with the old key"


def test_rotation_through_the_cli_prints_the_new_recovery_key(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "ws"
    assert _main(monkeypatch, "init", str(folder), "--cheap-kdf") == 0
    capsys.readouterr()
    monkeypatch.setenv("MUSDESK_NEW_PASSPHRASE", NEW)
    assert _main(monkeypatch, "passwd", str(folder), "--rotate-key") == 0
    out = capsys.readouterr().out
    recovery = next(line.strip() for line in out.splitlines() if line.count("-") == 7)
    assert _main(monkeypatch, "check", str(folder), passphrase=NEW) == 0
    assert _main(monkeypatch, "check", str(folder)) == 3, "the old passphrase is refused"
    monkeypatch.setenv("MUSDESK_RECOVERY_KEY", recovery)
    assert _main(monkeypatch, "check", str(folder)) == 0


ROTATION_STEPS = ("next-written", "bridge-written", "rekeyed", "backups-removed",
                  "backup-taken", "committed")


def _killed_rotation(folder: Path, step: str) -> None:
    """Rotate the key in a child process that dies (os._exit, no cleanup) at `step`."""
    code = (
        "import os, sys\n"
        "from musdesk.storage import Workspace, rekey\n"
        "step = sys.argv[2]\n"
        "rekey._step = lambda name: os._exit(9) if name == step else None\n"
        "ws = Workspace.open(sys.argv[1], passphrase=sys.argv[3])\n"
        "ws.change_passphrase(sys.argv[4], rotate_key=True)\n"
        "os._exit(0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(folder), step, PASSPHRASE, NEW],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 9, done.stderr


@pytest.mark.parametrize("step", ROTATION_STEPS)
def test_a_rotation_killed_at_any_step_opens_with_what_the_user_knows(
    new_workspace, workspace_path, tmp_path, step
) -> None:
    """Killed before the commit: rolled back, opened by the old passphrase, the old
    recovery key or the new passphrase, never called damaged; after the commit: the new
    passphrase opens, the old one is simply wrong. Each time the data is there and a good
    backup under the key in use exists."""
    from musdesk.storage import rekey

    workspace, old_recovery = new_workspace
    WorkspaceMeta.replace(key="kept", value="Ærø").execute()
    workspace.lock()
    _killed_rotation(workspace_path, step)
    committed = step == "committed"
    killed = tmp_path / "killed"
    shutil.copytree(workspace_path, killed)
    attempts = [("passphrase", PASSPHRASE), ("recovery", old_recovery), ("passphrase", NEW)]
    for how, secret in attempts:
        folder = tmp_path / f"try-{how}-{secret[:3]}"
        shutil.copytree(killed, folder)
        with pytest.raises(errors.UpgradeNeeded):  # a read-only open changes nothing
            Workspace.open(folder, read_only=True, **{how if how == "passphrase"
                                                      else "recovery_key": secret})
        kwargs = {"passphrase": secret} if how == "passphrase" else {"recovery_key": secret}
        old_secret = secret != NEW
        if committed and old_secret:
            with pytest.raises((errors.WrongPassphrase, errors.WrongRecoveryKey)):
                Workspace.open(folder, **kwargs)
            continue
        if step == "next-written" and not old_secret:
            with pytest.raises(errors.RotationUndoneUsePrevious):
                Workspace.open(folder, **kwargs)
            kwargs = {"passphrase": PASSPHRASE}
        with Workspace.open(folder, **kwargs) as ws:
            assert WorkspaceMeta.get(WorkspaceMeta.key == "kept").value == "Ærø"
            if not committed and step != "next-written":
                assert any("rolled back" in n for n in ws.notices), ws.notices
            key = bytes(ws.database.data_key)
            [*_older, newest] = reversed(ws.backups())
            assert backups.verify(newest.path, key) == []
            assert newest.reason != "rekey" or committed
        assert not (folder / rekey.PENDING_NAME).exists()
        assert not (folder / rekey.BRIDGE_NAME).exists()
        # rolled back: the previous passphrase (and only it) opens from now on
        after = PASSPHRASE if not committed else NEW
        with Workspace.open(folder, passphrase=after):
            pass
        for backup in backups.list_backups(folder):
            assert backups.verify(backup.path, key) == [], "every backup is under the key"


def test_a_completed_rotation_leaves_one_good_backup_under_the_new_key(
    new_workspace, workspace_path
) -> None:
    workspace, _ = new_workspace
    WorkspaceMeta.replace(key="kept", value="ja").execute()
    workspace.take_backup(reason="manual")
    old_key = bytes(workspace.database.data_key)
    workspace.change_passphrase(NEW, rotate_key=True)
    new_key = bytes(workspace.database.data_key)
    workspace.lock()
    [backup] = backups.list_backups(workspace_path)
    assert backup.reason == "rekey" and backup.good
    assert backups.verify(backup.path, new_key) == []
    assert backups.verify(backup.path, old_key), "not readable with the old key"
    restored = workspace_path.parent / "restored"
    restored.mkdir()
    shutil.copy(backup.path, restored / "musdesk.db")
    shutil.copy(workspace_path / KEY_NAME, restored / KEY_NAME)
    with Workspace.open(restored, passphrase=NEW):
        assert WorkspaceMeta.get(WorkspaceMeta.key == "kept").value == "ja"


def test_a_folder_left_with_only_a_lock_file_can_be_created_in(tmp_path, cheap_kdf) -> None:
    target = tmp_path / "ws"
    target.mkdir()
    (target / "musdesk.lock").write_text("4242\n")  # what a killed older init left
    with pytest.raises(errors.NotAWorkspace):
        Workspace.open(target, passphrase=PASSPHRASE)
    Workspace.create(target, PASSPHRASE, kdf=cheap_kdf)[0].lock()
    Workspace.open(target, passphrase=PASSPHRASE).lock()


def test_an_empty_folder_inside_a_read_only_one_is_built_in_place(tmp_path, cheap_kdf) -> None:
    parent = tmp_path / "shared"
    target = parent / "ws"
    target.mkdir(parents=True)
    if subprocess.run(["chattr", "+i", str(parent)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a folder immutable here (chattr, root on ext4)")
    try:
        def broken(_ws):
            raise RuntimeError("fails while populating")

        with pytest.raises(RuntimeError):
            Workspace.create(target, PASSPHRASE, kdf=cheap_kdf, populate=broken)
        assert _leftovers(target) == [], "cleaned up in place"
        Workspace.create(target, PASSPHRASE, kdf=cheap_kdf)[0].lock()
        Workspace.open(target, passphrase=PASSPHRASE).lock()
    finally:
        subprocess.run(["chattr", "-i", str(parent)], capture_output=True)
