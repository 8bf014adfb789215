"""Slow work off the UI thread: key derivation, imports, PDF rendering.

    job = Job(lambda ctx: Workspace.open(folder, passphrase=p))
    job.signals.succeeded.connect(...); job.signals.failed.connect(...)
    start(job)

The function gets a `JobContext` to report progress and to check whether the user cancelled:
every job calls `context.check()` (or reads `context.cancelled`) between its steps, so
cancelling — and locking, which cancels every job and waits for them — takes effect at the
next step. Signals are delivered on the UI thread. A worker that touches the database gets its
own connection from Peewee (one per thread); the runner closes it once, in `Job.run`'s
`finally`, so connections never pile up and no call site has to remember it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobCancelled(Exception):  # noqa: N818 (not an error: the user asked for it)
    """Raised by `JobContext.check()` when the job was cancelled; ends the job quietly."""


class JobContext:
    def __init__(self, signals: JobSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Between two steps: stop here when the job was cancelled."""
        if self._cancel.is_set():
            raise JobCancelled()


class JobSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised
    finished = Signal()  # after succeeded/failed, also when cancelled
    # A result that arrived after the user cancelled, e.g. an opened workspace that the
    # receiver must close again; nobody else sees it.
    cancelled_result = Signal(object)


class Job(QRunnable):
    def __init__(self, function: Callable[[JobContext], Any], *,
                 cancellable: bool = True) -> None:
        """`cancellable=False`: one step that must not be skipped or cut short once asked
        for (a restore); `cancel()` and `stop_all` then wait for it and its result is
        delivered."""
        super().__init__()
        self.cancellable = cancellable
        self.setAutoDelete(False)  # Python keeps it alive through _running below
        self.signals = JobSignals()
        self.context = JobContext(self.signals)
        self._function = function
        self.progress_dialog: QObject | None = None  # a dialog showing it, kept alive with it

    def cancel(self) -> None:
        """Ask the job to stop; a result that still arrives is not delivered."""
        if self.cancellable:
            self.context.cancel()

    def run(self) -> None:
        try:
            self.context.check()  # cancelled while waiting in the pool: do not start at all
            result = self._function(self.context)
        except JobCancelled:
            pass
        except BaseException as exc:  # delivered to the UI thread, which decides
            if not self.context.cancelled:
                self.signals.failed.emit(exc)
        else:
            if self.context.cancelled:
                self.signals.cancelled_result.emit(result)
            else:
                self.signals.succeeded.emit(result)
        finally:
            from musdesk.storage.database import close_worker_connection

            close_worker_connection()  # this thread's database connection, once
            self.signals.finished.emit()

_running: set[Job] = set()


def start(job: Job, pool: QThreadPool | None = None) -> Job:
    """Run the job on the shared pool; it is kept referenced until it has finished."""
    _running.add(job)
    job.signals.finished.connect(lambda: _running.discard(job))
    (pool or QThreadPool.globalInstance()).start(job)
    return job


def stop_all(timeout_ms: int = 10_000, pool: QThreadPool | None = None) -> bool:
    """Cancel every running job and wait for them to end (before the key is dropped, no job
    may still be reading or writing). Returns whether they all ended in time (-1: wait as
    long as it takes); on False the caller must not drop the key."""
    for job in list(_running):
        job.cancel()
    return (pool or QThreadPool.globalInstance()).waitForDone(timeout_ms)


def running_count() -> int:
    return len(_running)


def run_in_background(
    function: Callable[[JobContext], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> Job:
    job = Job(function)
    job.signals.succeeded.connect(on_success)
    job.signals.failed.connect(on_failure)
    return start(job)
