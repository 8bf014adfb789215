"""Jobs on the thread pool: results, errors and cancelling come back on the UI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from musdesk.ui.workers import Job, JobContext, run_in_background, start


def test_result_arrives_on_the_ui_thread(qtbot) -> None:
    threads: list[object] = []

    def work(ctx: JobContext) -> int:
        threads.append(threading.current_thread())
        ctx.report(1, 2)
        return 42

    job = Job(work)
    received: list[object] = []
    progress: list[tuple[int, int]] = []
    job.signals.succeeded.connect(lambda value: received.append((value, QThread.currentThread())))
    job.signals.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(job.signals.finished, timeout=5_000):
        start(job)
    assert received[0][0] == 42
    assert received[0][1] is QThread.currentThread()  # delivered to the test's (UI) thread
    assert threads[0] is not threading.main_thread()
    assert progress == [(1, 2)]


def test_failure_is_delivered(qtbot) -> None:
    failures: list[BaseException] = []

    def work(_: JobContext) -> None:
        raise ValueError("nope")

    job = run_in_background(work, lambda _: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5_000)
    assert isinstance(failures[0], ValueError)
    assert job.context.cancelled is False


def test_cancelled_job_hands_its_result_only_to_cancelled_result(qtbot) -> None:
    release = threading.Event()
    running = threading.Event()

    def work(ctx: JobContext) -> str:
        running.set()
        release.wait(5)
        return "late"

    job = Job(work)
    succeeded: list[object] = []
    late: list[object] = []
    job.signals.succeeded.connect(succeeded.append)
    job.signals.cancelled_result.connect(late.append)
    start(job)
    # Cancelled once running (a job cancelled while still waiting in the pool never starts).
    assert running.wait(5)
    job.cancel()
    with qtbot.waitSignal(job.signals.finished, timeout=5_000):
        release.set()
    assert succeeded == [] and late == ["late"]
