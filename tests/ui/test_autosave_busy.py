"""A worker thread holding a write transaction never costs an edit: writes begin IMMEDIATE
and wait; a refusal is said ("not saved" and why), the text stays and the write is retried."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from musdesk.errors import DatabaseBusy
from musdesk.models import Answer, WorkspaceMeta
from musdesk.services import conversations
from tests.ui.test_conversation_tab import first_edit, make_tab
from tests.unit.conversation_form import scenario


@pytest.fixture
def world(workspace):
    return scenario.build()


@contextmanager
def writer_holding_the_lock(workspace, seconds: float) -> Iterator[threading.Thread]:
    """Another thread (its own connection) in a write transaction for `seconds`."""
    started = threading.Event()

    def hold() -> None:
        try:
            with workspace.database.atomic("IMMEDIATE"):
                WorkspaceMeta.replace(key="test.worker", value="busy").execute()
                started.set()
                time.sleep(seconds)
        finally:
            workspace.database.close_thread_connection()

    worker = threading.Thread(target=hold)
    worker.start()
    assert started.wait(5)
    try:
        yield worker
    finally:
        worker.join(10)


def saved_answer(question_id: str) -> str:
    row = Answer.get_or_none(Answer.question == question_id)
    return row.text if row is not None else ""


def test_a_service_write_waits_for_a_worker_transaction(world, workspace) -> None:
    conv = world.conversation()
    question_id = conversations.answers(conv)[0]["question_id"]
    with writer_holding_the_lock(workspace, 1.0) as worker:
        conversations.save_answer(conv, question_id, "written while the worker wrote")
        assert not worker.is_alive(), "the write waited for the worker to commit"
    assert saved_answer(question_id) == "written while the worker wrote"


def test_autosave_while_a_worker_writes_for_a_second_lands(qtbot, world, workspace) -> None:
    tab = make_tab(qtbot, world)
    question_id, edit = first_edit(tab, "employee_prep")
    edit.setFocus()
    qtbot.keyClicks(edit, "Typed during an import")
    with writer_holding_the_lock(workspace, 1.0):
        tab.save_pending()
    assert tab.save_label.text() == "Saved"
    assert not tab.save_problem.isVisible()
    assert saved_answer(question_id) == "Typed during an import"


def test_a_refused_write_says_why_keeps_the_text_and_is_retried(
    qtbot, world, workspace
) -> None:
    tab = make_tab(qtbot, world)
    question_id, edit = first_edit(tab, "employee_prep")
    edit.setFocus()
    qtbot.keyClicks(edit, "Kept through a busy moment")
    # This thread gives up after 0.2 s; the worker holds its transaction for 1.5 s.
    workspace.database.execute_sql("PRAGMA busy_timeout = 200")
    failures: list[object] = []
    tab.autosave.failed.connect(failures.append)
    with writer_holding_the_lock(workspace, 1.5):
        tab.save_pending()
        assert failures and isinstance(failures[0], DatabaseBusy)
        assert tab.save_label.text() == "Not saved"
        assert tab.save_problem.isVisible()
        assert tab.save_problem.text() == f"Not saved: {failures[0]}"
        assert edit.toPlainText() == "Kept through a busy moment"
        assert tab.autosave.has_retries
        assert tab.unsaved_reason() == str(failures[0])  # locking would be refused for it
        # Switching the conversation now would rebuild the form: it stays, nothing is lost.
        tab.refresh()
        assert tab.view is not None and edit in tab.view.part_boxes["employee_prep"].edits.values()
    workspace.database.execute_sql("PRAGMA busy_timeout = 5000")
    qtbot.waitUntil(lambda: tab.save_label.text() == "Saved", timeout=10_000)
    assert saved_answer(question_id) == "Kept through a busy moment"
    assert not tab.autosave.has_retries and not tab.save_problem.isVisible()
