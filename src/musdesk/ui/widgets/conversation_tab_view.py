"""The conversation tab's layout: choosing a conversation, its state and workflow buttons,
the part list and the scrolling form. Only widgets and what they show; what is offered comes
from the data the controller (`ui/tabs/conversation_tab.py`) hands in, and the requests go
out as signals.
"""

from __future__ import annotations

import itertools
from typing import Any, cast

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from musdesk.ui import dates
from musdesk.ui.autosave import FAILED, INCOMPLETE, PENDING, SAVED
from musdesk.ui.widgets.apart import apart

NAV_WIDTH = 210
PROBLEM_STYLE = (
    "background: #fdecea; border: 1px solid #b00020; border-radius: 4px; padding: 6px;"
)
CANCELLED_STYLE = (
    "background: #f1f1f1; border: 1px solid #8a8a8a; border-radius: 4px; padding: 8px;"
)
LEFT_STYLE = ("QFrame#leftBanner { background: #fdf1e7; border: 1px solid #c0602a; "
              "border-radius: 4px; }")
SIGNED_STYLE = "background: #e9f5ec; border: 1px solid #5a9a6a; border-radius: 4px; padding: 8px;"


class ConversationTabView(QWidget):
    """Header (round, employee, save state), status row, banners, part list and form area."""

    # The form's scroll area; the name hides QWidget.scroll(dx, dy), which nothing calls.
    scroll: QScrollArea  # type: ignore[assignment]

    document_requested = Signal(str)  # a document kind
    amend_requested = Signal()
    invitation_requested = Signal()  # save the invitation as .ics + PDF
    step_requested = Signal(str)  # a workflow target status

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workflow_buttons: dict[str, QPushButton] = {}
        self.section_anchors: list[QWidget] = []  # where each entry of the part list starts
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 0)
        outer.addLayout(self._build_header())
        outer.addLayout(self._build_status_row())
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
        outer.addWidget(self._build_left_banner())
        outer.addLayout(self._build_middle(), 1)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_body(self.empty_label)

    def _build_header(self) -> QHBoxLayout:
        pick = QHBoxLayout()
        self.round_combo = QComboBox()
        self.round_combo.setMinimumContentsLength(18)
        self.employee_combo = QComboBox()
        self.employee_combo.setMinimumContentsLength(34)  # "name — status · left DATE"
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
        return pick

    def _build_left_banner(self) -> QFrame:
        """"X left the organisation on …", with the offer to cancel the conversation."""
        self.left_banner = QFrame()
        self.left_banner.setObjectName("leftBanner")
        self.left_banner.setStyleSheet(LEFT_STYLE)
        self.left_label = QLabel()
        self.left_label.setWordWrap(True)
        self.left_label.setTextFormat(Qt.TextFormat.PlainText)
        self.left_cancel = QPushButton(self.tr("Cancel this conversation…"))
        self.left_cancel.clicked.connect(lambda: self.step_requested.emit("cancelled"))
        row = QHBoxLayout(self.left_banner)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.left_label, 1)
        row.addWidget(self.left_cancel)
        self.left_banner.setVisible(False)
        return self.left_banner

    def _build_status_row(self) -> QHBoxLayout:
        """[Documents] status … [the steps that apply] ┃ [Amend…] [Cancel conversation…]

        Documents is first and the two actions that undo or end something last, apart from
        the others; both are always there (disabled when they do not apply), so no button
        moves when the status changes, and no destructive one takes another's place."""
        status_row = QHBoxLayout()
        # A push button with a menu: the style leaves room for the arrow (a tool button
        # draws it over the last letter).
        self.documents_button = QPushButton()
        self.documents_button.setText(self.tr("&Documents"))
        self.documents_button.setToolTip(self.tr("Preview, print or save this conversation's "
                                                 "documents"))
        documents_menu = QMenu(self.documents_button)
        documents_menu.setToolTipsVisible(True)
        self.document_actions = {}
        for kind, title in self.document_kinds():
            action = documents_menu.addAction(title)
            action.triggered.connect(lambda _=False, k=kind: self.document_requested.emit(k))
            self.document_actions[kind] = action
        documents_menu.addSeparator()
        self.invitation_action = documents_menu.addAction(
            self.tr("Save invitation for e-mail (.ics + PDF)…"))
        self.invitation_action.triggered.connect(self.invitation_requested)
        self.documents_button.setMenu(documents_menu)
        status_row.addWidget(self.documents_button)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        status_row.addWidget(self.status_label)
        # When each step was taken (services.conversations.status_history), oldest first.
        self.history_button = QPushButton(self.tr("Histor&y"))
        self.history_button.setObjectName("statusHistory")
        self.history_button.setToolTip(self.tr("When the conversation reached each status"))
        self.history_menu = QMenu(self.history_button)
        self.history_button.setMenu(self.history_menu)
        status_row.addWidget(self.history_button)
        status_row.addStretch(1)
        self.buttons_row = QHBoxLayout()
        status_row.addLayout(self.buttons_row)
        status_row.addSpacing(8)
        self.amend_button = QPushButton(self.tr("&Amend…"))
        self.amend_button.setToolTip(self.tr("Start a new version of the signed conversation"))
        self.amend_button.clicked.connect(self.amend_requested)
        self.cancel_button = QPushButton(self.tr("Cancel conversation…"))
        self.cancel_button.setObjectName("workflow_cancelled")
        self.cancel_button.setToolTip(self.tr("End this conversation without holding it"))
        self.cancel_button.clicked.connect(lambda: self.step_requested.emit("cancelled"))
        apart(status_row, self.amend_button, self.cancel_button)
        return status_row

    def _build_middle(self) -> QHBoxLayout:
        middle = QHBoxLayout()
        self.nav = QListWidget()
        self.nav.setObjectName("sectionList")
        self.nav.setAccessibleName(self.tr("Parts of the form"))
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setStyleSheet("QListWidget::item { padding: 5px 6px; }")
        self.nav.itemActivated.connect(self.jump_to)
        self.nav.itemClicked.connect(self.jump_to)
        middle.addWidget(self.nav)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes into the form itself
        middle.addWidget(self.scroll, 1)
        self.scroll.verticalScrollBar().valueChanged.connect(self.follow_scroll)
        return middle

    # --- the form area ----------------------------------------------------------------
    def set_body(self, body: QWidget) -> None:
        old = self.scroll.takeWidget()
        if old is not None and old is not self.empty_label:
            old.deleteLater()
        self.scroll.setWidget(body)

    def show_empty(self, text: str) -> None:
        self.show_sections([], [])
        self.empty_label.setText(text)
        self.set_body(self.empty_label)

    def show_sections(self, titles: list[str], anchors: list[QWidget]) -> None:
        self.nav.clear()
        for title in titles:
            self.nav.addItem(QListWidgetItem(title))
        self.section_anchors = anchors

    def scroll_position(self) -> int:
        return self.scroll.verticalScrollBar().value()

    def set_scroll_position(self, value: int) -> None:
        self.scroll.verticalScrollBar().setValue(value)

    def jump_to(self, item: QListWidgetItem) -> None:
        """Scroll so the chosen part starts at the top."""
        index = self.nav.row(item)
        if not 0 <= index < len(self.section_anchors) or self.scroll.widget() is None:
            return
        anchor = self.section_anchors[index]
        top = anchor.mapTo(cast(QWidget, self.scroll.widget()), QPoint(0, 0)).y()
        self.set_scroll_position(max(top - 6, 0))

    def follow_scroll(self, value: int) -> None:
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

    # --- save state -------------------------------------------------------------------
    def show_save_state(self, state: str) -> None:
        text = {PENDING: self.tr("Saving…"), SAVED: self.tr("Saved"),
                INCOMPLETE: self.tr("Not saved yet: a field is empty or a date incomplete"),
                FAILED: self.tr("Not saved")}.get(state, "")
        self.save_label.setText(text)
        self.save_label.setStyleSheet("color: #b00020;" if state in (FAILED, INCOMPLETE)
                                      else "")
        if state != FAILED:
            self.save_problem.setVisible(False)

    def show_save_problem(self, message: str) -> None:
        # Said beside the form, not in a dialog: a dialog in the middle of typing would take
        # the keyboard away. The value stays in its field and is saved once it is corrected.
        self.save_problem.setText(self.tr("Not saved: %s") % message)
        self.save_problem.setVisible(True)

    # --- the conversation's state and workflow buttons ---------------------------------
    def show_state(self, data: dict[str, Any] | None) -> None:
        """Status line, workflow buttons and the signed/cancelled banner for `data`
        (services/conversation_form.load), or nothing when no conversation is open."""
        for button in self.workflow_buttons.values():
            if button is not self.cancel_button:
                button.setParent(None)
                button.deleteLater()
        self.workflow_buttons = {}
        self.cancel_button.setEnabled(False)
        if data is None:
            self.status_label.setText("")
            for button in (self.amend_button, self.cancel_button, self.documents_button,
                           self.history_button):
                button.setVisible(False)
            self.signed_banner.setVisible(False)
            self.left_banner.setVisible(False)
            return
        status = data["conversation"]["status"]
        self._show_leaver(data, status)
        text = self.tr("Status: <b>%s</b>") % data["status_label"]
        if data["next_step"]:
            text += " · " + self.tr("next step: %s") % self.action_text(
                status, data["next_step"]).rstrip("…")
        self.status_label.setText(text)
        for target in data["actions"]:
            if target == "cancelled":  # the fixed place at the right, apart
                self.cancel_button.setEnabled(True)
                self.workflow_buttons[target] = self.cancel_button
                continue
            button = QPushButton(self.action_text(status, target))
            button.setObjectName(f"workflow_{target}")
            if target == data["next_step"]:
                button.setDefault(True)
            button.clicked.connect(lambda _=False, t=target: self.step_requested.emit(t))
            self.buttons_row.addWidget(button)
            self.workflow_buttons[target] = button
        for button in (self.amend_button, self.cancel_button, self.documents_button,
                       self.history_button):
            button.setVisible(True)
        self.amend_button.setEnabled(bool(data["can_amend"]))
        self._show_history(data.get("history", []))
        self._offer_summary(status)
        forward = [b for b in self.workflow_buttons.values() if b is not self.cancel_button]
        order = [self.round_combo, self.employee_combo, *forward, self.history_button,
                 self.documents_button, self.amend_button, self.cancel_button, self.nav]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._show_banner(data, status)

    def _show_history(self, history: list[dict[str, Any]]) -> None:
        """One line per status change: "12.03.2026 14:05 — Held" (a record; choosing a line
        does nothing)."""
        self.history_menu.clear()
        for change in history:
            self.history_menu.addAction(
                f"{dates.moment_text(change['at'])} — {change['status_label']}")
        self.history_button.setEnabled(bool(history))

    def history_lines(self) -> list[str]:
        return [action.text() for action in self.history_menu.actions()]

    def _offer_summary(self, status: str) -> None:
        """A summary records a conversation that took place: before it is held (or once it
        is cancelled) the menu item is disabled and says why."""
        from musdesk.models.enums import NO_SUMMARY_STATUSES

        possible = status not in NO_SUMMARY_STATUSES
        reason = (self.tr("the conversation was cancelled") if status == "cancelled"
                  else self.tr("only once the conversation is held"))
        archive = self.document_actions["summary-archive"]
        archive.setEnabled(possible)
        archive.setToolTip(self.tr(
            "The signed summary as PDF/A-2b, the archival format personnel files and public "
            "archives ask for; same verification code, no attached file.")
            if possible else "")
        action = self.document_actions["summary"]
        action.setEnabled(possible)
        if possible:
            action.setText(self.tr("Summary for signature…"))
            action.setToolTip("")
        else:
            action.setText(self.tr("Summary for signature (%1)").replace("%1", reason))
            action.setToolTip(self.tr(
                "A summary records a conversation that took place: mark the conversation "
                "as held first."))

    def _show_leaver(self, data: dict[str, Any], status: str) -> None:
        leaver = data.get("leaver")
        self.left_banner.setVisible(leaver is not None and status != "cancelled")
        if leaver is None:
            return
        can_cancel = "cancelled" in data["actions"]
        text = self.tr("%1 left the organisation on %2.").replace(
            "%1", data["conversation"]["employee_name"]).replace(
            "%2", dates.date_text(leaver["left_on"]))
        if can_cancel:
            text += " " + self.tr("The conversation is still open: cancel it, keeping the "
                                  "reason, or hold it if it still takes place.")
        self.left_label.setText(text)
        self.left_cancel.setVisible(can_cancel)

    def _show_banner(self, data: dict[str, Any], status: str) -> None:
        signature = data["signature"]
        if signature is not None:
            self.signed_banner.setText(self.tr(
                "Signed — version %1. %2 signed on %3, %4 signed on %5 (recorded %6). "
                "The content is read-only; use Amend to start a new version.")
                .replace("%1", str(signature["version"]))
                .replace("%2", signature["employee_name"] or self.tr("the employee"))
                .replace("%3", dates.date_text(signature["employee_signed_on"]))
                .replace("%4", signature["leader_name"] or self.tr("the HR consultant"))
                .replace("%5", dates.date_text(signature["leader_signed_on"]))
                .replace("%6", dates.moment_text(signature["signed_at"])))
        elif status == "cancelled":
            text = self.tr("This conversation was cancelled.")
            if data["conversation"].get("cancel_reason"):
                text += " " + self.tr("Reason: %s") % data["conversation"]["cancel_reason"]
            self.signed_banner.setText(text)
        self.signed_banner.setStyleSheet(SIGNED_STYLE if signature is not None
                                         else CANCELLED_STYLE)
        self.signed_banner.setVisible(signature is not None or status == "cancelled")

    def action_text(self, status: str, target: str) -> str:
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

    def document_kinds(self) -> list[tuple[str, str]]:
        return [
            ("summary", self.tr("Summary for signature…")),
            ("summary-archive", self.tr("Summary for the personnel file (PDF/A-2b)…")),
            ("invitation", self.tr("Invitation…")),
            ("prep-employee", self.tr("Employee's preparation sheet…")),
            ("prep-leader", self.tr("Leader's preparation sheet…")),
            ("plan", self.tr("Development plan…")),
        ]
