"""Edits in the conversation form → the domain services, debounced by `Autosave`.

The controller half of the form: `FormView` (ui/widgets/conversation_form_view.py) lays the
fields out and emits what was edited; this wires those signals to writes through
`services/conversations.py` and `services/conversation_form.py`. It knows nothing of the tab
around it beyond the conversation's ID.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from musdesk.errors import MusdeskError
from musdesk.services import conversation_form as form
from musdesk.services import conversations
from musdesk.ui.autosave import NOT_READY, Autosave
from musdesk.ui.errors import show_error
from musdesk.ui.widgets.conversation_agreements import AgreementRow
from musdesk.ui.widgets.conversation_fields import AnswerEdit
from musdesk.ui.widgets.conversation_form_view import FormView
from musdesk.ui.widgets.conversation_goal_editor import GoalEditor


class FormEdits(QObject):
    """Saves what is typed into one conversation's `FormView`."""

    carry_requested = Signal(str)  # a goal of last round to carry into this plan
    carry_agreement_requested = Signal(str)  # an agreement of last round to carry over

    def __init__(self, autosave: Autosave, parent: QWidget) -> None:
        super().__init__(parent)
        self.autosave = autosave
        self._parent = parent
        self.conversation_id: str | None = None
        self.view: FormView | None = None
        self._dirty_goals: set[GoalEditor] = set()
        autosave.flushed.connect(self.refresh_warnings)

    def reset(self) -> None:
        """Forget pending writes (the form is about to be rebuilt)."""
        self.autosave.discard()
        self._dirty_goals.clear()

    def attach(self, conversation_id: str, view: FormView) -> None:
        """Wire a freshly built form of `conversation_id` to the autosave."""
        self.conversation_id = conversation_id
        self.view = view
        flush = self.autosave.flush
        view.schedule_row.edited.connect(self._schedule_edited)
        view.schedule_row.left.connect(flush)
        if view.carry_box is not None:
            view.carry_box.carry_requested.connect(self.carry_requested)
            view.carry_box.carry_agreement_requested.connect(self.carry_agreement_requested)
        for box in view.part_boxes.values():
            box.answer_edited.connect(self._answer_edited)
            box.left.connect(flush)
        for edit in view.private_edits:
            edit.textChanged.connect(lambda e=edit: self._private_edited(e))
            edit.left.connect(flush)
        view.summary_edit.textChanged.connect(self._summary_edited)
        view.summary_edit.left.connect(flush)
        view.comments_edit.textChanged.connect(self._comments_edited)
        view.comments_edit.left.connect(flush)
        view.agreements_box.row_edited.connect(self._agreement_edited)
        view.agreements_box.row_remove_requested.connect(self._remove_agreement)
        view.agreements_box.left.connect(flush)
        view.plan_box.goal_edited.connect(self._goal_edited)
        view.plan_box.row_edited.connect(self._goal_row_edited)
        view.plan_box.row_remove_requested.connect(self._remove_goal_row)
        view.plan_box.remove_requested.connect(self._remove_goal)
        view.plan_box.left.connect(flush)

    def detach(self) -> None:
        self.conversation_id = None
        self.view = None

    def _attached(self) -> str:
        """The conversation of the attached form (edits arrive only while one is)."""
        return cast(str, self.conversation_id)

    # --- edits → autosave -------------------------------------------------------------
    def _answer_edited(self, question_id: str, text: str) -> None:
        conversation_id = self._attached()
        self.autosave.schedule(
            f"answer:{question_id}",
            lambda: conversations.save_answer(conversation_id, question_id, text))

    def _summary_edited(self) -> None:
        if self.view is None:
            return
        conversation_id, text = self._attached(), self.view.summary_edit.toPlainText()
        self.autosave.schedule(
            "summary", lambda: conversations.set_summary(conversation_id, text))

    def _comments_edited(self) -> None:
        if self.view is None:
            return
        conversation_id, text = self._attached(), self.view.comments_edit.toPlainText()
        self.autosave.schedule(
            "employee_comments",
            lambda: conversations.set_employee_comments(conversation_id, text))

    def _schedule_edited(self) -> None:
        if self.view is None:
            return
        conversation_id, row = self._attached(), self.view.schedule_row

        def write() -> object:
            if not row.is_ready():
                return NOT_READY  # a date without a time, or half typed
            values = row.values()
            return conversations.schedule(conversation_id, values["start"],
                                          place=values["place"])

        self.autosave.schedule("schedule", write)

    def _private_edited(self, edit: AnswerEdit) -> None:
        conversation_id = self._attached()

        def write() -> None:
            edit.note_id = form.save_private_note(
                conversation_id, edit.note_id, edit.toPlainText())

        self.autosave.schedule(f"note:{id(edit)}", write)

    def _agreement_edited(self, row: AgreementRow) -> None:
        conversation_id = self._attached()

        def write() -> object:
            if not row.is_ready():
                return NOT_READY  # an empty text or a half-typed date
            values = row.values()
            if row.agreement_id is None:
                row.agreement_id = conversations.add_agreement(
                    conversation_id, row.kind, **values)["id"]
            else:
                conversations.update_agreement(row.agreement_id, **values)
            return None

        self.autosave.schedule(f"agreement:{id(row)}", write)

    def _remove_agreement(self, row: AgreementRow) -> None:
        text = row.values()["text"]
        if text and QMessageBox.question(
                self._parent, self.tr("Remove the agreement"),
                self.tr("Remove the agreement “%1”?").replace("%1", _short(text))
        ) != QMessageBox.StandardButton.Yes:
            return
        self.autosave.forget(f"agreement:{id(row)}")
        agreement_id = row.agreement_id
        if agreement_id is not None and not self._guard(
                lambda: conversations.delete_agreement(agreement_id)):
            return
        if self.view is not None:
            self.view.agreements_box.remove_row(row)

    def _goal_edited(self, editor: GoalEditor) -> None:
        conversation_id = self._attached()
        self._dirty_goals.add(editor)

        def write() -> object:
            if not editor.is_ready():
                return NOT_READY  # no title yet, or a half-typed date
            editor.goal_id = form.save_goal(conversation_id, editor.goal_id, editor.values())
            editor.set_has_id(True)
            return None

        self.autosave.schedule(f"goal:{id(editor)}", write)

    def _goal_row_edited(self, editor: GoalEditor, row: Any) -> None:
        self._dirty_goals.add(editor)

        def write() -> object:
            if editor.goal_id is None or not row.is_ready():
                return NOT_READY
            row.record_id = form.save_goal_row(
                editor.goal_id, row.kind, row.record_id, row.values())
            return None

        self.autosave.schedule(f"goal-row:{id(row)}", write)

    def _remove_goal_row(self, editor: GoalEditor, row: Any) -> None:
        self.autosave.forget(f"goal-row:{id(row)}")
        if row.record_id is None or self._guard(
                lambda: form.delete_goal_row(row.kind, row.record_id)):
            editor.drop_row(row)
            self._dirty_goals.add(editor)
            self.refresh_warnings()

    def _remove_goal(self, editor: GoalEditor) -> None:
        title = editor.title.text().strip()
        answer = QMessageBox.question(
            self._parent, self.tr("Remove the goal"),
            self.tr("Remove the development goal “%1” with its sub-goals (%2) and activities "
                    "(%3)?").replace("%1", _short(title) or "–")
            .replace("%2", str(len(editor.sub_goal_rows)))
            .replace("%3", str(len(editor.activity_rows))))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.autosave.forget(f"goal:{id(editor)}")
        for row in [*editor.activity_rows, *editor.sub_goal_rows]:
            self.autosave.forget(f"goal-row:{id(row)}")
        self._dirty_goals.discard(editor)
        goal_id = editor.goal_id
        if (goal_id is None or self._guard(lambda: form.delete_goal(goal_id))) and (
                self.view is not None):
            self.view.plan_box.drop_editor(editor)

    def refresh_warnings(self) -> None:
        dirty, self._dirty_goals = self._dirty_goals, set()
        if self.view is None:
            return
        for editor in dirty:
            if editor.goal_id is not None and editor in self.view.plan_box.editors:
                with contextlib.suppress(MusdeskError):  # a goal gone shows on refresh
                    editor.set_warnings(form.goal_warnings(editor.goal_id))

    def _guard(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except MusdeskError as exc:
            show_error(self._parent, exc)
            return False
        return True


def _short(text: str, limit: int = 80) -> str:
    """A text named in a question: whole, or cut after a word with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"
