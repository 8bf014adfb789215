"""The open workspace and its state: none chosen, locked, unlocking, open.

This is the logic behind the welcome and unlock screens and the lock action, kept apart
from the widgets so it can be tested without pixels. Key derivation (create, open, change
passphrase) runs on a worker thread; results come back as signals.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from musdesk.errors import MusdeskError
from musdesk.ui.settings import AppSettings

if TYPE_CHECKING:  # imported when first needed (start-up time)
    from musdesk.storage import KdfParams, Workspace
    from musdesk.ui.workers import Job, JobContext


# What `ask_unsaved` answers for an edit the workspace refused, at lock or quit.
RETRY, DISCARD, CANCEL = "retry", "discard", "cancel"

LOCK_WAIT_MS = 10_000  # how long lock() waits for cancelled jobs before trying again later
LOCK_RETRY_MS = 500


class SessionState(enum.Enum):
    NO_WORKSPACE = "none"
    LOCKED = "locked"
    BUSY = "busy"  # deriving a key: creating, unlocking, changing the passphrase
    OPEN = "open"


class Session(QObject):
    state_changed = Signal()
    opened = Signal()  # a workspace is open (unlocked or just created)
    created = Signal(str)  # the recovery key, to be shown once
    failed = Signal(object)  # a MusdeskError from create/unlock/change passphrase
    passphrase_changed = Signal()
    about_to_lock = Signal()  # tabs write pending edits now
    locked = Signal()
    # A background job is still finishing its step: the key stays until it has ended, and
    # the lock is retried (LOCK_RETRY_MS) until then.
    lock_waiting = Signal()
    # An edit the workspace refused to save (disk full, read-only) is still waiting: the
    # reason; the workspace stays open (locking would lose the text).
    lock_refused = Signal(str)

    def __init__(self, settings: AppSettings, kdf: KdfParams | None = None) -> None:
        super().__init__()
        self.settings = settings
        self._kdf = kdf  # None: the storage default (tests pass cheap parameters)
        self.folder: Path | None = None
        self.workspace: Workspace | None = None
        self._state = SessionState.NO_WORKSPACE
        self._job: Job | None = None
        self._lock_retry = False
        # Set by the window: writes what is pending and returns why something could not be
        # saved, or None. Asked before the key is dropped.
        self.unsaved_reason: Callable[[], str | None] = lambda: None
        # Set by the window: asked (reason, quitting) when such an edit still waits at a
        # lock the user asked for, or at quit: RETRY, DISCARD or CANCEL. `discard_unsaved`
        # then forgets the waiting edits.
        self.ask_unsaved: Callable[[str, bool], str] | None = None
        self.discard_unsaved: Callable[[], None] = lambda: None
        self._lock_asks = False
        self.remember = True  # the demo is not remembered as the last workspace

    # --- state ------------------------------------------------------------------------
    @property
    def state(self) -> SessionState:
        return self._state

    def _set_state(self, state: SessionState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit()

    @property
    def is_open(self) -> bool:
        return self._state is SessionState.OPEN

    # --- choosing and unlocking ---------------------------------------------------------
    def choose(self, folder: Path, *, remember: bool = True) -> None:
        """A workspace folder to unlock next (dropping any open one)."""
        self.close()
        self.folder = Path(folder)
        self.remember = remember
        self._set_state(SessionState.LOCKED)

    def forget(self) -> None:
        self.close()
        self.folder = None
        self._set_state(SessionState.NO_WORKSPACE)

    def unlock(self, *, passphrase: str | None = None, recovery_key: str | None = None) -> None:
        if self.folder is None or self._state is not SessionState.LOCKED:
            return
        folder, kept = self.folder, self.settings.backups_kept

        def work(_: JobContext) -> Workspace:
            from musdesk.storage import Workspace

            return Workspace.open(
                folder, passphrase=passphrase, recovery_key=recovery_key, backups_kept=kept
            )

        self._run(work, self._on_opened, back_to=SessionState.LOCKED)

    def create(self, folder: Path, passphrase: str) -> None:
        self.close()
        kdf, kept = self._kdf, self.settings.backups_kept

        def work(_: JobContext) -> tuple[Workspace, str]:
            from musdesk.storage import Workspace

            return Workspace.create(Path(folder), passphrase, kdf=kdf, backups_kept=kept)

        def done(result: tuple[Workspace, str]) -> None:
            workspace, recovery_key = result
            self.folder, self.remember = Path(folder), True
            self._on_opened(workspace)
            self.created.emit(recovery_key)

        self._run(work, done, back_to=SessionState.NO_WORKSPACE)

    def open_prepared(self, build: Callable[[], tuple[Path, Workspace]]) -> None:
        """Open a workspace someone else builds on the worker thread (the demo)."""
        self.close()

        def work(_: JobContext) -> tuple[Path, Workspace]:
            return build()

        def done(result: tuple[Path, Workspace]) -> None:
            self.folder, self.remember = result[0], False
            self._on_opened(result[1])

        self._run(work, done, back_to=SessionState.NO_WORKSPACE)

    def adopt(self, folder: Path, workspace: Workspace) -> None:
        """A workspace opened elsewhere on a worker (a package opened as a new workspace)."""
        self.close()
        self.folder, self.remember = Path(folder), True
        self._on_opened(workspace)

    def change_passphrase(self, new_passphrase: str, *, rotate_key: bool = False) -> None:
        """`rotate_key`: a new data key too; the new recovery key is then in
        `new_recovery_key` when `passphrase_changed` is emitted (show it once)."""
        workspace = self.workspace
        if workspace is None or not self.is_open:
            return
        kdf = self._kdf
        self.new_recovery_key: str | None = None

        def work(_: JobContext) -> str | None:
            return workspace.change_passphrase(new_passphrase, kdf=kdf, rotate_key=rotate_key)

        def done(recovery_key: str | None) -> None:
            self.new_recovery_key = recovery_key
            self.passphrase_changed.emit()

        # The workspace stays open meanwhile: the state does not change.
        self._run(work, done, back_to=None)

    def cancel(self) -> None:
        """Stop waiting for a running key derivation; its late result is closed again."""
        if self._job is not None and self._state is SessionState.BUSY:
            self._job.cancel()
            self._job = None
            self._set_state(SessionState.LOCKED if self.folder else SessionState.NO_WORKSPACE)

    # --- locking ------------------------------------------------------------------------
    def lock(self, wait_ms: int = LOCK_WAIT_MS, *, force: bool = False,
             ask: bool = False) -> bool:
        """Stop background jobs, save pending edits (about_to_lock), drop the key, keep the
        folder to unlock again. True when locked.

        Every job is cancelled and waited for (`wait_ms`, -1 = as long as it takes) first: a
        job (an import, a PDF) must not outlive the key, and edits are then saved with no job
        writing. If one is still running after that, nothing is dropped: `lock_waiting` is
        emitted and locking is tried again shortly, until the job has ended. If an edit could
        not be saved (`unsaved_reason`), the workspace stays open and `lock_refused` says
        why, unless `force` (quitting) or, with `ask` (the user locking), the user chose to
        discard it (`settle_unsaved`)."""
        if not self.is_open or self.workspace is None:
            return True
        from musdesk.ui.workers import stop_all

        if not stop_all(wait_ms):
            self.lock_waiting.emit()
            self._lock_asks = self._lock_asks or ask
            if not self._lock_retry:
                self._lock_retry = True
                QTimer.singleShot(LOCK_RETRY_MS, self._retry_lock)
            return False
        self._lock_asks = False
        reason = self.unsaved_reason()
        if reason is not None and not force and not (
                ask and self.settle_unsaved(quitting=False, reason=reason)):
            self.lock_refused.emit(reason)
            return False
        self.about_to_lock.emit()
        self.workspace.lock()
        self.workspace = None
        self._set_state(SessionState.LOCKED)
        self.locked.emit()
        return True

    def _retry_lock(self) -> None:
        self._lock_retry = False
        if self.is_open:
            self.lock(ask=self._lock_asks)

    def settle_unsaved(self, *, quitting: bool, reason: str | None = None) -> bool:
        """Before locking or quitting: True when no edit the workspace refused is waiting
        any more, or the user chose to discard it; False when the user cancelled (or nobody
        can be asked). Each RETRY saves the waiting edits again and asks again if the
        workspace still refuses them."""
        if reason is None:
            reason = self.unsaved_reason()
        while reason is not None:
            choice = self.ask_unsaved(reason, quitting) if self.ask_unsaved else CANCEL
            if choice == RETRY:
                reason = self.unsaved_reason()
            elif choice == DISCARD:
                self.discard_unsaved()
                return True
            else:
                return False
        return True

    def close(self) -> None:
        """On quit or switching workspace: like lock; a demo workspace is also deleted (it is
        made afresh each time, and its passphrase is public)."""
        if self.is_open:
            self.lock(wait_ms=-1, force=True)  # quitting: cancelled jobs end at their next step
        from musdesk.ui.demo import discard_demo

        if self._state is not SessionState.BUSY and discard_demo(self.folder):
            self.folder = None
            self._set_state(SessionState.NO_WORKSPACE)

    # --- internals ----------------------------------------------------------------------
    def _on_opened(self, workspace: Workspace) -> None:
        self.workspace = workspace
        if self.remember and self.folder is not None:
            self.settings.last_workspace = self.folder
        self._set_state(SessionState.OPEN)
        self.opened.emit()

    def _run(
        self, work: Callable[[JobContext], Any], done: Callable[[Any], None], *,
        back_to: SessionState | None,
    ) -> None:
        from musdesk.ui.workers import Job, start

        job = Job(work)
        self._job = job

        def succeeded(result: Any) -> None:
            self._job = None
            done(result)

        def failed(exc: BaseException) -> None:
            self._job = None
            if back_to is not None:
                self._set_state(back_to)
            if isinstance(exc, MusdeskError):
                self.failed.emit(exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        job.signals.succeeded.connect(succeeded)
        job.signals.failed.connect(failed)
        job.signals.cancelled_result.connect(_close_late_result)
        if back_to is not None:
            self._set_state(SessionState.BUSY)
        start(job)


def _close_late_result(result: object) -> None:
    """A workspace that opened after the user cancelled is locked again at once."""
    candidates = result if isinstance(result, tuple) else (result,)
    for item in candidates:
        lock = getattr(item, "lock", None)
        if callable(lock):
            lock()
