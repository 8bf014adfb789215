"""Autosave survives a crash: a separate process types into the real tab, is killed with
SIGKILL right after the save timer fired, and the edit is in the reopened workspace."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from musdesk.services import conversations
from musdesk.storage import Workspace
from tests.conftest import PASSPHRASE
from tests.unit.conversation_form import scenario

CHILD = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from musdesk.storage import Workspace
    from musdesk.ui.tabs.conversation_tab import ConversationTab

    folder, passphrase, conversation_id = sys.argv[1:4]
    app = QApplication([])
    workspace = Workspace.open(Path(folder), passphrase=passphrase)
    tab = ConversationTab(autosave_ms=150)
    tab.show_item({"conversation_id": conversation_id})
    tab.show()

    def saved():
        # Said from inside the timer's save: the parent kills us now, nothing runs after.
        print("SAVED", flush=True)

    tab.autosave.flushed.connect(saved)

    def type_edits():
        QTest.keyClicks(tab.view.summary_edit, "Typed just before the crash")
        question_id, edit = next(iter(tab.view.part_boxes["conversation"].edits.items()))
        print("QUESTION", question_id, flush=True)
        QTest.keyClicks(edit, "An answer typed before the crash")

    QTimer.singleShot(0, type_edits)
    QTimer.singleShot(20_000, app.quit)  # never hang the test run: no save means failure
    app.exec()
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_edit_survives_sigkill_after_the_save_timer(workspace, workspace_path) -> None:
    world = scenario.build()
    conversation_id = world.conversation()
    workspace.lock()  # the child takes the workspace lock

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MUSDESK_LANGUAGE="en")
    question_id = None
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(workspace_path), PASSPHRASE, conversation_id],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    ) as child:
        try:
            for line in child.stdout:
                if line.startswith("QUESTION"):
                    question_id = line.split()[1]
                if line.strip() == "SAVED":
                    child.send_signal(signal.SIGKILL)
                    break
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        problems = child.stderr.read()
    assert child.returncode == -signal.SIGKILL, problems

    reopened = Workspace.open(workspace_path, passphrase=PASSPHRASE)
    try:
        assert conversations.get_conversation(conversation_id)["summary"] == (
            "Typed just before the crash")
        answers = {row["question_id"]: row["answer"]
                   for row in conversations.answers(conversation_id)}
        assert answers[question_id] == "An answer typed before the crash"
    finally:
        reopened.lock()
