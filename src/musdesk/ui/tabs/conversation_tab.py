"""The conversation form: preparation, notes, the four agreements and the development plan.

Layout lives here and in widgets/conversation_*.py; what is shown and offered comes from
services/conversation_form.py; every write goes through the domain services, debounced by
`Autosave` (no save button).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.services import conversation_form as form
from musdesk.services import conversations, signing
from musdesk.ui.autosave import (
    DEFAULT_DELAY_MS,
    FAILED,
    INCOMPLETE,
    NOT_READY,
    PENDING,
    SAVED,
    Autosave,
)
from musdesk.ui.dialogs.conversation_workflow import ReasonDialog, SignDialog
from musdesk.ui.errors import show_error
from musdesk.ui.tabs.base import TabPage
from musdesk.ui.widgets.conversation_agreements import AgreementRow
from musdesk.ui.widgets.conversation_fields import AnswerEdit
from musdesk.ui.widgets.conversation_form_view import FormView
from musdesk.ui.widgets.conversation_goal_editor import GoalEditor

NAV_WIDTH = 210
PROBLEM_STYLE = (
    "background: #fdecea; border: 1px solid #b00020; border-radius: 4px; padding: 6px;"
)
CANCELLED_STYLE = (
    "background: #f1f1f1; border: 1px solid #8a8a8a; border-radius: 4px; padding: 8px;"
)
SIGNED_STYLE = "background: #e9f5ec; border: 1px solid #5a9a6a; border-radius: 4px; padding: 8px;"


class ConversationTab(TabPage):
    def __init__(self, autosave_ms: int | None = None, today: Callable[[], dt.date] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today or dt.date.today
        self.autosave = Autosave(autosave_ms or DEFAULT_DELAY_MS, parent=self)
        self.autosave.state_changed.connect(self._show_save_state)
        self.autosave.failed.connect(self._save_failed)
        self.autosave.flushed.connect(self._refresh_warnings)
        self.conversation_id: str | None = None
        self.view: FormView | None = None  # the form of the open conversation
        self.data: dict[str, Any] | None = None
        self._loading = False
        self._left = False  # hidden since shown: refresh when shown again
        self._dirty_goals: set[GoalEditor] = set()
        self.workflow_buttons: dict[str, QPushButton] = {}
        self.section_anchors: list[QWidget] = []  # where each entry of the part list starts
        self._build()
        self.reload_rounds()

    # --- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 0)
        pick = QHBoxLayout()
        self.round_combo = QComboBox()
        self.round_combo.setMinimumContentsLength(18)
        self.employee_combo = QComboBox()
        self.employee_combo.setMinimumContentsLength(22)
        round_label = QLabel(self.tr("&Round:"))
        round_label.setBuddy(self.round_combo)
        employee_label = QLabel(self.tr("&Employee:"))
        employee_label.setBuddy(self.employee_combo)
        self.save_label = QLabel()
        self.save_label.setObjectName("saveState")
        self.save_label.setMinimumWidth(110)
        self.save_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for widget in (round_label, self.round_combo, employee_label, self.employee_combo):
            pick.addWidget(widget)
        pick.addStretch(1)
        pick.addWidget(self.save_label)
        outer.addLayout(pick)

        status_row = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        status_row.addWidget(self.status_label)
        status_row.addStretch(1)
        self.buttons_row = QHBoxLayout()
        status_row.addLayout(self.buttons_row)
        self.documents_button = QToolButton()
        self.documents_button.setText(self.tr("&Documents"))
        self.documents_button.setToolTip(self.tr("Preview, print or save this conversation's "
                                                 "documents"))
        self.documents_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        documents_menu = QMenu(self.documents_button)
        for kind, title in self._document_kinds():
            action = documents_menu.addAction(title)
            action.triggered.connect(lambda _=False, k=kind: self.preview_document(k))
        self.documents_button.setMenu(documents_menu)
        status_row.addWidget(self.documents_button)
        self.amend_button = QPushButton(self.tr("&Amend…"))
        self.amend_button.setToolTip(self.tr("Start a new version of the signed conversation"))
        self.amend_button.clicked.connect(self.amend)
        status_row.addWidget(self.amend_button)
        outer.addLayout(status_row)

        self.save_problem = QLabel()
        self.save_problem.setObjectName("saveProblem")
        self.save_problem.setWordWrap(True)
        self.save_problem.setTextFormat(Qt.TextFormat.PlainText)  # messages quote user text
        self.save_problem.setStyleSheet(PROBLEM_STYLE)
        self.save_problem.setVisible(False)
        outer.addWidget(self.save_problem)

        self.signed_banner = QLabel()
        self.signed_banner.setObjectName("signedBanner")
        self.signed_banner.setWordWrap(True)
        self.signed_banner.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.signed_banner)

        middle = QHBoxLayout()
        self.nav = QListWidget()
        self.nav.setObjectName("sectionList")
        self.nav.setAccessibleName(self.tr("Parts of the form"))
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setStyleSheet("QListWidget::item { padding: 5px 6px; }")
        self.nav.itemActivated.connect(self._jump_to)
        self.nav.itemClicked.connect(self._jump_to)
        middle.addWidget(self.nav)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes into the form itself
        middle.addWidget(self.scroll, 1)
        self.scroll.verticalScrollBar().valueChanged.connect(self._follow_scroll)
        outer.addLayout(middle, 1)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._set_body(self.empty_label)

        self.round_combo.currentIndexChanged.connect(self._round_chosen)
        self.employee_combo.currentIndexChanged.connect(self._employee_chosen)
        # Ctrl+S only reassures: it writes now what would be written in a moment anyway.
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_pending)
        self._show_conversation_state()

    def _set_body(self, body: QWidget) -> None:
        old = self.scroll.takeWidget()
        if old is not None and old is not self.empty_label:
            old.deleteLater()
        self.scroll.setWidget(body)

    # --- choosing a conversation ------------------------------------------------------
    def _fill_rounds(self) -> None:
        self.round_combo.clear()
        for round_ in form.rounds():
            self.round_combo.addItem(
                f"{round_['name']} ({round_['period_start']:%Y-%m} – "
                f"{round_['period_end']:%Y-%m})", round_["id"])

    def _fill_employees(self, round_id: str | None) -> None:
        self.employee_combo.clear()
        for row in form.conversations_in_round(round_id) if round_id else []:
            self.employee_combo.addItem(
                f"{row['employee_name']} — {row['status_label']}", row["id"])

    def reload_rounds(self, select_round: str | None = None) -> None:
        """Fill the round list again (rounds may have been planned meanwhile)."""
        self._loading = True
        try:
            self._fill_rounds()
        finally:
            self._loading = False
        if self.round_combo.count() == 0:
            self.employee_combo.clear()
            self._show_empty(self.tr(
                "There is no MUS round yet. Plan a round in the MUS wheel tab; its "
                "conversations will then be written down here."))
            return
        index = self.round_combo.findData(select_round) if select_round else 0
        self.round_combo.setCurrentIndex(max(index, 0))
        self._round_chosen()

    def _round_chosen(self, *_: object) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self._fill_employees(self.round_combo.currentData())
        finally:
            self._loading = False
        if self.employee_combo.count() == 0:
            self._show_empty(self.tr("This round has no conversations yet."))
            return
        index = self.employee_combo.findData(self.conversation_id)
        self.employee_combo.setCurrentIndex(max(index, 0))
        self._employee_chosen()

    def _employee_chosen(self, *_: object) -> None:
        if self._loading:
            return
        conversation_id = self.employee_combo.currentData()
        if conversation_id and conversation_id != self.conversation_id:
            self.open_conversation(conversation_id)

    def _show_empty(self, text: str) -> None:
        self.save_pending()
        self.conversation_id = None
        self.data = None
        self.view = None
        self.nav.clear()
        self.section_anchors = []
        self.empty_label.setText(text)
        self._set_body(self.empty_label)
        self._show_conversation_state()

    def open_conversation(self, conversation_id: str) -> None:
        """Save what is pending, then show this conversation."""
        self.save_pending()
        another = conversation_id != self.conversation_id
        self.conversation_id = conversation_id
        self.refresh(keep_position=not another)

    def refresh(self, keep_position: bool = True) -> None:
        """Rebuild the form from the services (after a workflow step, or a conversation switch)."""
        if self.conversation_id is None:
            return
        self.save_pending()
        self.autosave.discard()
        self._dirty_goals.clear()
        try:
            self.data = form.load(self.conversation_id)
        except MusdeskError as exc:
            show_error(self, exc)
            return
        position = self.scroll.verticalScrollBar().value() if keep_position else 0
        self._set_body(self._build_form(self.data))
        self.scroll.verticalScrollBar().setValue(position)
        self._show_conversation_state()
        self._sync_combos()

    def _sync_combos(self) -> None:
        """Show the open conversation in both lists, filled afresh (others may have added
        rounds or conversations since)."""
        if self.data is None:
            return
        conv = self.data["conversation"]
        self._loading = True
        try:
            self._fill_rounds()
            self.round_combo.setCurrentIndex(max(self.round_combo.findData(conv["round_id"]), 0))
            self._fill_employees(conv["round_id"])
            self.employee_combo.setCurrentIndex(max(self.employee_combo.findData(conv["id"]), 0))
        finally:
            self._loading = False

    # --- the form ---------------------------------------------------------------------
    def _build_form(self, data: dict[str, Any]) -> FormView:
        """The form's widgets (layout in FormView), wired to the autosave and the workflow."""
        view = FormView(data)
        self.view = view
        self.nav.clear()
        for title in view.section_titles:
            self.nav.addItem(QListWidgetItem(title))
        self.section_anchors = view.section_anchors
        flush = self.autosave.flush
        view.schedule_row.edited.connect(self._schedule_edited)
        view.schedule_row.left.connect(flush)
        if view.carry_box is not None:
            view.carry_box.carry_requested.connect(self.carry_goal)
        for box in view.part_boxes.values():
            box.answer_edited.connect(self._answer_edited)
            box.left.connect(flush)
        for edit in view.private_edits:
            edit.textChanged.connect(lambda e=edit: self._private_edited(e))
            edit.left.connect(flush)
        view.summary_edit.textChanged.connect(self._summary_edited)
        view.summary_edit.left.connect(flush)
        view.agreements_box.row_edited.connect(self._agreement_edited)
        view.agreements_box.row_remove_requested.connect(self._remove_agreement)
        view.agreements_box.left.connect(flush)
        view.plan_box.goal_edited.connect(self._goal_edited)
        view.plan_box.row_edited.connect(self._goal_row_edited)
        view.plan_box.row_remove_requested.connect(self._remove_goal_row)
        view.plan_box.remove_requested.connect(self._remove_goal)
        view.plan_box.left.connect(flush)
        return view

    def _jump_to(self, item: QListWidgetItem) -> None:
        """Scroll so the chosen part starts at the top, and put the cursor in it."""
        index = self.nav.row(item)
        if not 0 <= index < len(self.section_anchors) or self.scroll.widget() is None:
            return
        anchor = self.section_anchors[index]
        top = anchor.mapTo(self.scroll.widget(), QPoint(0, 0)).y()
        self.scroll.verticalScrollBar().setValue(max(top - 6, 0))

    def _follow_scroll(self, value: int) -> None:
        """Mark in the list the part being read."""
        body = self.scroll.widget()
        anchors = self.section_anchors
        if body is None or body is self.empty_label or not anchors:
            return
        current = 0
        for index, anchor in enumerate(anchors):
            if anchor.mapTo(body, QPoint(0, 0)).y() <= value + 40:
                current = index
        if self.nav.currentRow() != current:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(current)
            self.nav.blockSignals(False)

    # --- edits → autosave -------------------------------------------------------------
    def _answer_edited(self, question_id: str, text: str) -> None:
        conversation_id = self.conversation_id
        self.autosave.schedule(
            f"answer:{question_id}",
            lambda: conversations.save_answer(conversation_id, question_id, text))

    def _summary_edited(self) -> None:
        conversation_id, text = self.conversation_id, self.view.summary_edit.toPlainText()
        self.autosave.schedule(
            "summary", lambda: conversations.set_summary(conversation_id, text))

    def _schedule_edited(self) -> None:
        conversation_id, row = self.conversation_id, self.view.schedule_row

        def write() -> object:
            if not row.is_ready():
                return NOT_READY  # a date without a time, or half typed
            values = row.values()
            return conversations.schedule(conversation_id, values["start"],
                                          place=values["place"])

        self.autosave.schedule("schedule", write)

    def _private_edited(self, edit: AnswerEdit) -> None:
        conversation_id = self.conversation_id

        def write() -> None:
            edit.note_id = form.save_private_note(  # type: ignore[attr-defined]
                conversation_id, edit.note_id, edit.toPlainText())  # type: ignore[attr-defined]

        self.autosave.schedule(f"note:{id(edit)}", write)

    def _agreement_edited(self, row: AgreementRow) -> None:
        conversation_id = self.conversation_id

        def write() -> object:
            if not row.is_ready():
                return NOT_READY  # an empty text or a half-typed date
            values = row.values()
            if row.agreement_id is None:
                row.agreement_id = conversations.add_agreement(
                    conversation_id, row.kind, **values)["id"]
            else:
                conversations.update_agreement(row.agreement_id, **values)

        self.autosave.schedule(f"agreement:{id(row)}", write)

    def _remove_agreement(self, row: AgreementRow) -> None:
        if row.values()["text"] and QMessageBox.question(
                self, self.tr("Remove the agreement"),
                self.tr("Remove this agreement?")) != QMessageBox.StandardButton.Yes:
            return
        self.autosave.forget(f"agreement:{id(row)}")
        if row.agreement_id is not None:
            try:
                conversations.delete_agreement(row.agreement_id)
            except MusdeskError as exc:
                show_error(self, exc)
                return
        self.view.agreements_box.remove_row(row)

    def _goal_edited(self, editor: GoalEditor) -> None:
        conversation_id = self.conversation_id
        self._dirty_goals.add(editor)

        def write() -> object:
            if not editor.is_ready():
                return NOT_READY  # no title yet, or a half-typed date
            editor.goal_id = form.save_goal(conversation_id, editor.goal_id, editor.values())
            editor.set_has_id(True)

        self.autosave.schedule(f"goal:{id(editor)}", write)

    def _goal_row_edited(self, editor: GoalEditor, row: Any) -> None:
        self._dirty_goals.add(editor)

        def write() -> object:
            if editor.goal_id is None or not row.is_ready():
                return NOT_READY
            row.record_id = form.save_goal_row(
                editor.goal_id, row.kind, row.record_id, row.values())

        self.autosave.schedule(f"goal-row:{id(row)}", write)

    def _remove_goal_row(self, editor: GoalEditor, row: Any) -> None:
        self.autosave.forget(f"goal-row:{id(row)}")
        if row.record_id is None or self._guard(
                lambda: form.delete_goal_row(row.kind, row.record_id)):
            editor.drop_row(row)
            self._dirty_goals.add(editor)
            self._refresh_warnings()

    def _remove_goal(self, editor: GoalEditor) -> None:
        answer = QMessageBox.question(
            self, self.tr("Remove the goal"),
            self.tr("Remove this development goal with its sub-goals and activities?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.autosave.forget(f"goal:{id(editor)}")
        for row in [*editor.activity_rows, *editor.sub_goal_rows]:
            self.autosave.forget(f"goal-row:{id(row)}")
        self._dirty_goals.discard(editor)
        if editor.goal_id is None or self._guard(lambda: form.delete_goal(editor.goal_id)):
            self.view.plan_box.drop_editor(editor)

    def _refresh_warnings(self) -> None:
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
            show_error(self, exc)
            return False
        return True

    # --- save state -------------------------------------------------------------------
    def _show_save_state(self, state: str) -> None:
        text = {PENDING: self.tr("Saving…"), SAVED: self.tr("Saved"),
                INCOMPLETE: self.tr("Not saved yet: a field is empty or a date incomplete"),
                FAILED: self.tr("Not saved")}.get(state, "")
        self.save_label.setText(text)
        self.save_label.setStyleSheet("color: #b00020;" if state in (FAILED, INCOMPLETE)
                                      else "")
        if state != FAILED:
            self.save_problem.setVisible(False)

    def _save_failed(self, error: MusdeskError) -> None:
        # Said beside the form, not in a dialog: a dialog in the middle of typing would take
        # the keyboard away. The value stays in its field and is saved once it is corrected.
        self.save_problem.setText(self.tr("Not saved: %s") % error)
        self.save_problem.setVisible(True)

    def save_pending(self) -> None:
        self.autosave.flush()

    # --- workflow ---------------------------------------------------------------------
    def _show_conversation_state(self) -> None:
        for button in self.workflow_buttons.values():
            button.setParent(None)
            button.deleteLater()
        self.workflow_buttons = {}
        data = self.data
        if data is None:
            self.status_label.setText("")
            self.amend_button.setVisible(False)
            self.documents_button.setVisible(False)
            self.signed_banner.setVisible(False)
            return
        status = data["conversation"]["status"]
        text = self.tr("Status: <b>%s</b>") % data["status_label"]
        if data["next_step"]:
            text += " · " + self.tr("next step: %s") % self._action_text(
                status, data["next_step"]).rstrip("…")
        self.status_label.setText(text)
        for target in data["actions"]:
            button = QPushButton(self._action_text(status, target))
            button.setObjectName(f"workflow_{target}")
            if target == data["next_step"]:
                button.setDefault(True)
            button.clicked.connect(lambda _=False, t=target: self.move_to(t))
            self.buttons_row.addWidget(button)
            self.workflow_buttons[target] = button
        self.amend_button.setVisible(data["can_amend"])
        self.documents_button.setVisible(True)
        order = [self.round_combo, self.employee_combo, *self.workflow_buttons.values(),
                 self.documents_button, self.amend_button, self.nav]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        signature = data["signature"]
        if signature is not None:
            self.signed_banner.setText(self.tr(
                "Signed — version %1. %2 signed on %3, %4 signed on %5 (recorded %6). "
                "The content is read-only; use Amend to start a new version.")
                .replace("%1", str(signature["version"]))
                .replace("%2", signature["employee_name"] or self.tr("the employee"))
                .replace("%3", str(signature["employee_signed_on"]))
                .replace("%4", signature["leader_name"] or self.tr("the leader"))
                .replace("%5", str(signature["leader_signed_on"]))
                .replace("%6", f"{signature['signed_at']:%Y-%m-%d %H:%M} UTC"))
        elif status == "cancelled":
            text = self.tr("This conversation was cancelled.")
            if data["conversation"].get("cancel_reason"):
                text += " " + self.tr("Reason: %s") % data["conversation"]["cancel_reason"]
            self.signed_banner.setText(text)
        self.signed_banner.setStyleSheet(SIGNED_STYLE if signature is not None
                                         else CANCELLED_STYLE)
        self.signed_banner.setVisible(signature is not None or status == "cancelled")

    def _action_text(self, status: str, target: str) -> str:
        texts = {
            "invited": self.tr("Mark invited"),
            "prepared": self.tr("Mark prepared"),
            "held": self.tr("Mark held"),
            "summary_drafted": self.tr("Back to draft") if status == "sent_for_approval"
            else self.tr("Mark summary drafted"),
            "sent_for_approval": self.tr("Send for approval"),
            "signed": self.tr("Record signatures…"),
            "in_follow_up": self.tr("Start follow-up"),
            "closed": self.tr("Close"),
            "cancelled": self.tr("Cancel conversation…"),
        }
        return texts[target]

    def move_to(self, target: str) -> bool:
        """Take one workflow step (after saving pending edits); True when it happened."""
        if self.data is None or self.conversation_id is None:
            return False
        self.save_pending()
        conversation_id = self.conversation_id
        if target == "signed":
            conv = self.data["conversation"]
            dialog = SignDialog(conv["employee_name"], conv["leader_name"], self._today(), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            employee_day, leader_day = dialog.dates()
            scan_path = dialog.scan()

            def action() -> object:
                scan = signing.ScanFile.from_path(scan_path) if scan_path else None
                return signing.record_paper_signatures(
                    conversation_id, employee_day, leader_day, scan=scan)
        elif target == "cancelled":
            dialog = ReasonDialog(
                self.tr("Cancel the conversation"),
                self.tr("Why is the conversation cancelled? (optional)"), required=False,
                parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            why = dialog.text()
            action = lambda: conversations.cancel(conversation_id, why)  # noqa: E731
        else:
            action = lambda: conversations.transition(conversation_id, target)  # noqa: E731
        done = self._guard(action)
        self.refresh()
        return done

    def _document_kinds(self) -> list[tuple[str, str]]:
        return [
            ("summary", self.tr("Summary for signature…")),
            ("invitation", self.tr("Invitation…")),
            ("prep-employee", self.tr("Employee's preparation sheet…")),
            ("prep-leader", self.tr("Leader's preparation sheet…")),
            ("plan", self.tr("Development plan…")),
        ]

    def preview_document(self, kind: str) -> QDialog | None:
        """Show one of this conversation's documents for printing or saving (after saving
        pending edits, so the document holds what is on screen)."""
        if self.conversation_id is None:
            return None
        self.save_pending()
        from musdesk.ui.dialogs.document_preview import preview_conversation_document

        dialog = preview_conversation_document(self, kind, self.conversation_id)
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        return dialog

    def amend(self) -> bool:
        """Start a new version of a signed conversation, with a reason."""
        if self.conversation_id is None:
            return False
        dialog = ReasonDialog(
            self.tr("Amend the signed conversation"),
            self.tr("The signed version stays as it is. Say why a new version is needed:"),
            required=True, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        conversation_id, why = self.conversation_id, dialog.text()
        done = self._guard(lambda: conversations.amend(conversation_id, why))
        self.refresh()
        return done

    def carry_goal(self, goal_id: str) -> None:
        """Carry last round's open goal into this conversation's plan."""
        if self.conversation_id is None:
            return
        conversation_id = self.conversation_id
        self.save_pending()
        self._guard(lambda: form.carry_goal(goal_id, conversation_id))
        self.refresh()

    # --- TabPage ----------------------------------------------------------------------
    def view_state(self) -> dict[str, Any]:
        if self.data is None:
            return {}
        return {"round_id": self.data["conversation"]["round_id"],
                "conversation_id": self.conversation_id,
                "scroll": self.scroll.verticalScrollBar().value()}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        conversation_id = state.get("conversation_id")
        if not conversation_id:
            return
        try:
            self.open_conversation(conversation_id)
        except MusdeskError:
            return
        # The form gets its height once laid out: scroll back after that.
        position = int(state.get("scroll", 0))
        QTimer.singleShot(0, lambda: self.scroll.verticalScrollBar().setValue(position))

    def show_item(self, payload: object) -> None:
        """{"conversation_id"} or {"employee_id", "round_id"?} from another tab."""
        if not isinstance(payload, dict):
            return
        conversation_id = payload.get("conversation_id")
        try:
            if not conversation_id and payload.get("employee_id"):
                conversation_id = form.find_conversation(
                    payload["employee_id"], payload.get("round_id"))
        except MusdeskError as exc:
            show_error(self, exc)
            return
        if conversation_id:
            self.open_conversation(conversation_id)
        else:
            self._show_empty(self.tr(
                "This employee has no conversation in that round yet. Add one from the MUS "
                "wheel tab."))

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 (Qt API)
        super().showEvent(event)
        if not self._left:
            return
        self._left = False
        # Other tabs may have planned a round or moved this conversation on meanwhile.
        if self.data is None:
            self.reload_rounds()
        else:
            self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802, ANN001 (Qt API)
        self.save_pending()
        # A minimised window hides spontaneously: coming back should not rebuild the form.
        self._left = self._left or not event.spontaneous()
        super().hideEvent(event)


def build_conversation_tab() -> TabPage:
    return ConversationTab()
