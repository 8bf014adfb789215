"""Locking waits for background jobs; jobs stop at their next step when cancelled; each
worker thread's database connection is closed once, by the job runner."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest

from musdesk.models import Organisation
from musdesk.services import roster
from musdesk.services.followup_overview import Scope
from musdesk.ui import workers
from musdesk.ui.session import Session
from musdesk.ui.tabs import followup_tab
from musdesk.ui.workers import Job, JobCancelled, JobContext
from tests.conftest import PASSPHRASE


@pytest.fixture
def open_session(qtbot, session: Session, existing_workspace) -> Session:
    folder, _ = existing_workspace
    session.choose(folder)
    with qtbot.waitSignal(session.opened, timeout=20_000):
        session.unlock(passphrase=PASSPHRASE)
    return session


def test_lock_keeps_the_key_while_a_job_still_runs_and_locks_when_it_ends(
    qtbot, open_session: Session
) -> None:
    session = open_session
    release, started = threading.Event(), threading.Event()
    seen: list[str] = []

    def slow_step(context: JobContext) -> int:
        started.set()
        release.wait(10)  # one long step that cannot look at the cancel flag meanwhile
        # Still unlocked here: the key must not have been dropped under the job.
        seen.append(f"{Organisation.select().count()} organisations")
        context.check()
        return 1

    job = workers.start(Job(slow_step))
    assert started.wait(10)  # (a job cancelled before it starts does not run at all)
    waiting: list[bool] = []
    session.lock_waiting.connect(lambda: waiting.append(True))
    assert session.lock(wait_ms=100) is False
    assert waiting and session.is_open and session.workspace is not None
    with qtbot.waitSignal(session.locked, timeout=10_000):
        release.set()
    assert seen == ["0 organisations"], "the job read the database before the key went"
    assert not session.is_open
    assert job.context.cancelled


def test_a_cancelled_job_stops_at_the_next_step_and_reports_nothing(qtbot, workspace) -> None:
    steps: list[int] = []

    def three_steps(context: JobContext) -> str:
        for step in range(3):
            context.check()
            steps.append(step)
            if step == 0:
                context.cancel()
        return "done"

    job = Job(three_steps)
    results: list[object] = []
    job.signals.succeeded.connect(results.append)
    job.signals.failed.connect(results.append)
    job.signals.cancelled_result.connect(results.append)
    with qtbot.waitSignal(job.signals.finished, timeout=5_000):
        workers.start(job)
    assert steps == [0] and results == []


def test_the_follow_up_scope_loader_checks_for_cancellation(workspace) -> None:
    org = roster.create_organisation("Følg Op Kommune")
    scope = Scope("organisation", org["id"])
    calls: list[int] = []

    def check() -> None:
        calls.append(1)
        if len(calls) == 2:
            raise JobCancelled()

    with pytest.raises(JobCancelled):
        followup_tab.load_scope(scope, dt.date(2026, 6, 1), check)
    assert len(calls) == 2  # stopped after the first step, before the due list


def test_worker_connections_are_closed_once_by_the_runner(qtbot, workspace) -> None:
    before = workspace.database.open_connections()

    def read(_context: JobContext) -> int:
        return Organisation.select().count()

    for _ in range(5):
        job = Job(read)
        with qtbot.waitSignal(job.signals.finished, timeout=5_000):
            workers.start(job)
    deadline = time.monotonic() + 5
    while workspace.database.open_connections() > before and time.monotonic() < deadline:
        time.sleep(0.02)
    assert workspace.database.open_connections() == before


def test_lock_is_refused_while_an_edit_waits_to_be_saved(qtbot, open_session: Session) -> None:
    session = open_session
    waiting = ["The disk is full."]
    session.unsaved_reason = lambda: waiting[0] if waiting else None
    refused: list[str] = []
    session.lock_refused.connect(refused.append)
    assert session.lock() is False
    assert refused == ["The disk is full."] and session.is_open
    waiting.clear()  # saved meanwhile
    assert session.lock() is True and not session.is_open


def test_a_job_cancelled_before_it_starts_does_not_run(qtbot, workspace) -> None:
    ran: list[bool] = []
    job = Job(lambda _context: ran.append(True))
    job.cancel()
    with qtbot.waitSignal(job.signals.finished, timeout=5_000):
        workers.start(job)
    assert ran == []
