"""The session behind the welcome/unlock screens: real workspaces, key derivation off-thread."""

from __future__ import annotations

from pathlib import Path

from musdesk.errors import WorkspaceExists, WrongPassphrase, WrongRecoveryKey
from musdesk.ui.session import Session, SessionState
from tests.conftest import PASSPHRASE
from tests.ui.conftest import wait_until_settled


def test_create_opens_the_workspace_gives_the_recovery_key_and_remembers_it(
    qtbot, session: Session, tmp_path: Path
) -> None:
    folder = tmp_path / "new"
    keys: list[str] = []
    session.created.connect(keys.append)
    with qtbot.waitSignals([session.opened, session.created], timeout=10_000):
        session.create(folder, PASSPHRASE)
    recovery_key = keys[0]
    assert session.state is SessionState.OPEN
    assert session.workspace is not None and session.workspace.is_open
    assert len(recovery_key) > 20
    assert session.settings.last_workspace == folder


def test_creating_in_a_used_folder_fails_with_its_message(
    qtbot, session: Session, tmp_path: Path
) -> None:
    folder = tmp_path / "used"
    folder.mkdir()
    (folder / "something.txt").write_text("x")
    with qtbot.waitSignal(session.failed, timeout=10_000) as blocker:
        session.create(folder, PASSPHRASE)
    assert isinstance(blocker.args[0], WorkspaceExists)
    assert session.state is SessionState.NO_WORKSPACE


def test_wrong_then_right_passphrase(qtbot, session: Session, existing_workspace) -> None:
    folder, _ = existing_workspace
    session.choose(folder)
    assert session.state is SessionState.LOCKED
    with qtbot.waitSignal(session.failed, timeout=10_000) as blocker:
        session.unlock(passphrase="not the passphrase")
    assert isinstance(blocker.args[0], WrongPassphrase)
    assert session.state is SessionState.LOCKED
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.unlock(passphrase=PASSPHRASE)
    assert session.is_open


def test_recovery_key_unlocks_and_a_wrong_one_is_refused(
    qtbot, session: Session, existing_workspace
) -> None:
    folder, recovery_key = existing_workspace
    session.choose(folder)
    with qtbot.waitSignal(session.failed, timeout=10_000) as blocker:
        session.unlock(recovery_key="AAAA-" + recovery_key[5:][::-1])
    assert isinstance(blocker.args[0], WrongRecoveryKey)
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.unlock(recovery_key=recovery_key)
    assert session.is_open


def test_lock_asks_tabs_to_save_then_drops_the_key(
    qtbot, session: Session, existing_workspace
) -> None:
    folder, _ = existing_workspace
    session.choose(folder)
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.unlock(passphrase=PASSPHRASE)
    workspace = session.workspace
    assert workspace is not None
    order: list[str] = []
    session.about_to_lock.connect(lambda: order.append(f"save, open={workspace.is_open}"))
    session.locked.connect(lambda: order.append(f"locked, open={workspace.is_open}"))
    session.lock()
    assert order == ["save, open=True", "locked, open=False"]
    assert session.state is SessionState.LOCKED
    assert session.folder == folder


def test_cancelled_unlock_leaves_the_workspace_closed(
    qtbot, session: Session, existing_workspace
) -> None:
    folder, _ = existing_workspace
    session.choose(folder)
    session.unlock(passphrase=PASSPHRASE)
    session.cancel()
    assert session.state is SessionState.LOCKED
    # The late result is locked again: the folder can be unlocked afresh.
    qtbot.wait(200)
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.unlock(passphrase=PASSPHRASE)
    assert session.is_open


def test_change_passphrase_keeps_the_workspace_open(
    qtbot, session: Session, existing_workspace
) -> None:
    folder, _ = existing_workspace
    session.choose(folder)
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.unlock(passphrase=PASSPHRASE)
    with qtbot.waitSignal(session.passphrase_changed, timeout=10_000):
        session.change_passphrase("a brand new passphrase")
    assert session.is_open
    session.lock()
    with qtbot.waitSignal(session.failed, timeout=10_000):
        session.unlock(passphrase=PASSPHRASE)
    wait_until_settled(qtbot, session)
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.unlock(passphrase="a brand new passphrase")


def test_locking_stops_background_jobs_before_dropping_the_key(
    qtbot, session: Session, existing_workspace
) -> None:
    import time

    from musdesk.ui.workers import Job, JobContext, start

    folder, _ = existing_workspace
    session.choose(folder)
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.unlock(passphrase=PASSPHRASE)
    workspace = session.workspace
    assert workspace is not None
    seen: list[bool] = []

    def long_job(ctx: JobContext) -> None:
        while not ctx.cancelled:
            time.sleep(0.01)
        time.sleep(0.1)  # finishing its last write
        seen.append(workspace.is_open)

    start(Job(long_job))
    time.sleep(0.05)
    session.lock()
    assert seen == [True]  # the job ended while the key was still there
    assert not workspace.is_open
