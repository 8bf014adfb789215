"""Autosave without a save button: edits wait a moment, then go through the services.

Each edit registers a write under a key (the field it belongs to; a later edit of the same
field replaces the earlier one) and restarts a single-shot timer. When the timer fires, or
when the owner calls `flush()` (focus leaving a field, tab switch, lock, switching the
conversation, closing), every pending write runs in the order the fields were first edited.
A write that fails because of the value (an expected error of the services) is reported
and dropped, so one bad value does not block the others; the text stays in its field and is
saved once corrected. A write that fails because of the workspace (a `StorageError`: busy,
disk full, read-only) is reported with its reason, kept, and retried on a timer (and at
every flush) until it lands: nothing typed is lost. A write may return `NOT_READY` when its
field cannot be saved yet (a required text emptied, a date half typed). Until such a field
is saved, the state says so instead of "saved".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from musdesk.errors import MusdeskError, StorageError

DEFAULT_DELAY_MS = 700
RETRY_MS = 2000  # first retry of a write the workspace refused; doubles up to MAX_RETRY_MS
MAX_RETRY_MS = 30_000

# What `state_changed` reports.
IDLE, PENDING, SAVED, INCOMPLETE, FAILED = "idle", "pending", "saved", "incomplete", "failed"

# Returned by a write whose value cannot be saved yet.
NOT_READY = object()


class Autosave(QObject):
    state_changed = Signal(str)
    # An expected error from a write (its message is translated already).
    failed = Signal(object)
    # Emitted after pending writes ran (even when some failed), e.g. to refresh warnings.
    flushed = Signal()

    def __init__(self, delay_ms: int = DEFAULT_DELAY_MS, parent: QObject | None = None,
                 retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self._pending: dict[str, Callable[[], object]] = {}
        self._retrying: set[str] = set()  # kept after the workspace refused them
        self._retry_ms = retry_ms
        self._next_retry_ms = retry_ms
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self.flush)
        # Fields whose latest value is not in the database: the error, or None (not ready).
        self._unsaved: dict[str, MusdeskError | None] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._flushing = False
        self.state = IDLE

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def retry_reason(self) -> str | None:
        """The message of the first write waiting for a retry, or None."""
        for key in self._retrying & set(self._pending):
            error = self._unsaved.get(key)
            if error is not None:
                return str(error)
        return None

    @property
    def has_retries(self) -> bool:
        """Writes the workspace refused (busy, full, read-only) wait to be retried."""
        return bool(self._retrying & set(self._pending))

    def schedule(self, key: str, write: Callable[[], object]) -> None:
        """Remember `write` for the field `key` and restart the timer."""
        self._pending[key] = write
        self._timer.start()
        self._set_state(PENDING)

    def discard(self) -> None:
        """Forget pending writes (only when their target is gone, e.g. a deleted row)."""
        self._pending.clear()
        self._unsaved.clear()
        self._retrying.clear()
        self._timer.stop()
        self._retry_timer.stop()

    def forget(self, key: str) -> None:
        self._pending.pop(key, None)
        self._unsaved.pop(key, None)
        self._retrying.discard(key)

    def flush(self) -> bool:
        """Run every pending write now; True when none failed."""
        self._timer.stop()
        if self._flushing or not self._pending:
            return True
        self._flushing = True
        self._retry_timer.stop()
        ok = True
        kept: dict[str, Callable[[], object]] = {}
        try:
            while self._pending:
                key = next(iter(self._pending))
                write = self._pending.pop(key)
                try:
                    if write() is NOT_READY:
                        self._unsaved[key] = None
                    else:
                        self._unsaved.pop(key, None)
                    self._retrying.discard(key)
                except StorageError as exc:  # the workspace, not the value: try again
                    ok = False
                    self._unsaved[key] = exc
                    kept[key] = write
                    self.failed.emit(exc)
                    if self._retry_first(kept, key):
                        break  # the others would meet the same refusal; keep their order
                except MusdeskError as exc:
                    ok = False
                    self._unsaved[key] = exc
                    self._retrying.discard(key)
                    self.failed.emit(exc)
        finally:
            self._flushing = False
            self._keep_for_retry(kept)
        if any(error is not None for error in self._unsaved.values()):
            self._set_state(FAILED)
        else:
            self._set_state(INCOMPLETE if self._unsaved else SAVED)
        self.flushed.emit()
        return ok

    def _retry_first(self, kept: dict[str, Callable[[], object]], key: str) -> bool:
        """Move what is still pending behind `key` into `kept` (True when there was any)."""
        rest = dict(self._pending)
        self._pending.clear()
        kept.update(rest)
        return bool(rest)

    def _keep_for_retry(self, kept: dict[str, Callable[[], object]]) -> None:
        if not kept:
            self._next_retry_ms = self._retry_ms
            return
        # A field edited again meanwhile keeps its newer write.
        self._pending = {**kept, **self._pending}
        self._retrying.update(kept)
        self._retry_timer.start(self._next_retry_ms)
        self._next_retry_ms = min(self._next_retry_ms * 2, MAX_RETRY_MS)

    def _set_state(self, state: str) -> None:
        if state == self.state == PENDING:
            return  # not once per keystroke
        self.state = state
        self.state_changed.emit(state)
