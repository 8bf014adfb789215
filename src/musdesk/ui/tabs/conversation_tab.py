"""The conversation tab: preparation, notes, the four agreements and the development plan.

Split like the form itself: the layout is `ui/widgets/conversation_tab_view.py` (around the
form) and `ui/widgets/conversation_form_view.py` (the form); what is shown and offered comes
from `services/conversation_form.py`; every write of a field goes through
`ui/tabs/conversation_edits.py`, debounced by `Autosave` (no save button). This module is the
controller: which conversation is open, rebuilding the form, and the workflow steps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QScrollArea, QVBoxLayout, QWidget

from musdesk.errors import MusdeskError
from musdesk.services import conversation_form as form
from musdesk.services import conversations, signing
from musdesk.ui import dates
from musdesk.ui.autosave import DEFAULT_DELAY_MS, Autosave
from musdesk.ui.dialogs.conversation_workflow import ReasonDialog, SignDialog
from musdesk.ui.errors import show_error
from musdesk.ui.tabs.base import ORGANISATION_ROLE, TabPage
from musdesk.ui.tabs.conversation_edits import FormEdits
from musdesk.ui.tabs.conversation_paper import PaperActions
from musdesk.ui.widgets.conversation_form_view import FormView
from musdesk.ui.widgets.conversation_tab_view import ConversationTabView


class ConversationTab(TabPage):
    document_opened = Signal(object)  # the preview dialog of a document, once rendered
    # The view's scroll area; the name hides QWidget.scroll(dx, dy), which nothing calls.
    scroll: QScrollArea  # type: ignore[assignment]

    def __init__(self, autosave_ms: int | None = None, today: Callable[[], dt.date] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today or dt.date.today
        self.autosave = Autosave(autosave_ms or DEFAULT_DELAY_MS, parent=self)
        self.page = ConversationTabView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.edits = FormEdits(self.autosave, self)
        self.edits.carry_requested.connect(self.carry_goal)
        self.edits.carry_agreement_requested.connect(self.carry_agreement)
        self.paper = PaperActions(self, lambda: self.conversation_id)
        self.paper.changed.connect(self.refresh)
        self.autosave.state_changed.connect(self.page.show_save_state)
        self.autosave.failed.connect(lambda error: self.page.show_save_problem(str(error)))
        self.conversation_id: str | None = None
        self.view: FormView | None = None  # the form of the open conversation
        self.data: dict[str, Any] | None = None
        self._loading = False
        self._left = False  # hidden since shown: refresh when shown again
        # The widgets tests and other tabs reach for, under their long-standing names.
        page = self.page
        self.round_combo, self.employee_combo = page.round_combo, page.employee_combo
        self.save_label, self.save_problem = page.save_label, page.save_problem
        self.status_label, self.signed_banner = page.status_label, page.signed_banner
        self.documents_button, self.amend_button = page.documents_button, page.amend_button
        self.cancel_button = page.cancel_button
        self.nav, self.scroll, self.empty_label = page.nav, page.scroll, page.empty_label
        page.document_requested.connect(self.preview_document)
        page.invitation_requested.connect(lambda: self.save_invitation())
        page.amend_requested.connect(self.amend)
        page.step_requested.connect(self.move_to)
        self.round_combo.currentIndexChanged.connect(self._round_chosen)
        self.round_combo.activated.connect(  # the user's choice: its client on every tab
            lambda _i: self.organisation_chosen.emit(self.organisation_id() or ""))
        self.employee_combo.currentIndexChanged.connect(self._employee_chosen)
        # Ctrl+S only reassures: it writes now what would be written in a moment anyway.
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_pending)
        page.show_state(None)
        self.reload_rounds()

    @property
    def workflow_buttons(self) -> dict[str, Any]:
        return self.page.workflow_buttons

    @property
    def section_anchors(self) -> list[QWidget]:
        return self.page.section_anchors

    # --- choosing a conversation ------------------------------------------------------
    def _fill_rounds(self) -> None:
        self.round_combo.clear()
        for round_ in form.rounds():
            self.round_combo.addItem(
                f"{round_['organisation_name']} — {round_['name']} "
                f"({dates.period_text(round_['period_start'], round_['period_end'])})",
                round_["id"])
            self.round_combo.setItemData(self.round_combo.count() - 1,
                                         round_["organisation_id"], ORGANISATION_ROLE)

    def _fill_employees(self, round_id: str | None) -> None:
        self.employee_combo.clear()
        for row in form.conversations_in_round(round_id) if round_id else []:
            text = f"{row['employee_name']} — {row['status_label']}"
            if row["left_on"] is not None:  # left the organisation during the round
                text += " · " + self.tr("left %1").replace("%1", dates.date_text(row["left_on"]))
            self.employee_combo.addItem(text, row["id"])

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
        index = self.round_combo.findData(select_round) if select_round else -1
        if index < 0:  # the newest round of the current organisation, else the newest
            wanted = getattr(self, "_wanted_organisation", None)
            index = next((i for i in range(self.round_combo.count())
                          if self.round_combo.itemData(i, ORGANISATION_ROLE) == wanted), 0)
        self.round_combo.setCurrentIndex(max(index, 0))
        self._round_chosen()

    def organisation_id(self) -> str | None:
        return self.round_combo.currentData(ORGANISATION_ROLE)

    def set_organisation(self, organisation_id: str) -> None:
        """The newest round of that organisation, when it has one."""
        self._wanted_organisation = organisation_id
        if self.organisation_id() == organisation_id:
            return
        for index in range(self.round_combo.count()):
            if self.round_combo.itemData(index, ORGANISATION_ROLE) == organisation_id:
                self.round_combo.setCurrentIndex(index)
                return

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
        if not self._all_saved():
            return
        self.conversation_id = None
        self.data = None
        self.view = None
        self.edits.detach()
        self.page.show_empty(text)
        self.page.show_state(None)

    def open_conversation(self, conversation_id: str) -> None:
        """Save what is pending, then show this conversation."""
        if not self._all_saved():
            self._sync_combos()  # stay on the form whose edits wait to be saved
            return
        another = conversation_id != self.conversation_id
        self.conversation_id = conversation_id
        self.refresh(keep_position=not another)

    def refresh(self, keep_position: bool = True) -> None:
        """Rebuild the form from the services (after a workflow step, or a conversation switch)."""
        if self.conversation_id is None or not self._all_saved():
            return
        self.edits.reset()
        try:
            self.data = form.load(self.conversation_id)
        except MusdeskError as exc:
            show_error(self, exc)
            return
        position = self.page.scroll_position() if keep_position else 0
        try:
            paper = signing.signing_overview(self.conversation_id)
        except MusdeskError:
            paper = None  # the form is still useful without the printings and scans
        view = FormView(self.data, paper=paper)
        self.view = view
        self.page.show_sections(view.section_titles, view.section_anchors)
        self.edits.attach(self.conversation_id, view)
        self.paper.attach(view.paper_box)
        self.page.set_body(view)
        self.page.set_scroll_position(position)
        self.page.show_state(self.data)
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

    def save_pending(self) -> None:
        self.autosave.flush()

    def unsaved_reason(self) -> str | None:
        return self.autosave.retry_reason()

    def discard_unsaved(self) -> None:
        self.autosave.discard()

    def _all_saved(self) -> bool:
        """Write what is pending; False while the workspace refuses some of it (busy, full,
        read-only): then the form stays as it is, saying "not saved" and why, and the writes
        are retried, so rebuilding it cannot lose what was typed."""
        self.autosave.flush()
        return not self.autosave.has_retries

    # --- workflow ---------------------------------------------------------------------
    def _guard(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except MusdeskError as exc:
            show_error(self, exc)
            return False
        return True

    def move_to(self, target: str) -> bool:
        """Take one workflow step (after saving pending edits); True when it happened."""
        if self.data is None or self.conversation_id is None or not self._all_saved():
            return False
        conversation_id = self.conversation_id
        action: Callable[[], object]
        if target == "signed":
            conv = self.data["conversation"]
            from musdesk.services.consultant import consultant

            # without a leader the consultant signs in the leader's place
            leader = conv["leader_name"] or consultant().name or self.tr("the HR consultant")
            dialog = SignDialog(conv["employee_name"], leader, self._today(), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            employee_day, leader_day = dialog.dates()
            scan_path = dialog.scan()

            def action() -> object:
                scan = signing.ScanFile.from_path(scan_path) if scan_path else None
                return signing.record_paper_signatures(
                    conversation_id, employee_day, leader_day, scan=scan)
        elif target == "cancelled":
            reason = ReasonDialog(
                self.tr("Cancel the conversation"),
                self.tr("Why is the conversation cancelled? (optional)"), required=False,
                parent=self)
            if self.data.get("leaver"):  # the reason kept for someone who left
                reason.reason.setPlainText(self.data["leaver"]["reason"])
            if reason.exec() != QDialog.DialogCode.Accepted:
                return False
            why = reason.text()
            action = lambda: conversations.cancel(conversation_id, why)  # noqa: E731
        elif target == "sent_for_approval":
            # the draft printed from now on says when it went to the employee for approval
            action = lambda: signing.send_for_approval(conversation_id)  # noqa: E731
        else:
            action = lambda: conversations.transition(conversation_id, target)  # noqa: E731
        done = self._guard(action)
        self.refresh()
        return done

    def save_invitation(self, folder: Path | None = None) -> object:
        """The invitation as an .ics request plus its PDF, to send from one's own mail."""
        if self.conversation_id is None:
            return None
        self.save_pending()
        from musdesk.ui.dialogs.invitation_export import save_invitation

        return save_invitation(self, self.conversation_id, folder)

    def preview_document(self, kind: str) -> None:
        """Show one of this conversation's documents for printing or saving (after saving
        pending edits, so the document holds what is on screen). It is rendered on a worker
        thread; the preview opens when it is ready (`document_opened` then)."""
        if self.conversation_id is None or not self._all_saved():
            return
        from musdesk.ui.dialogs.document_preview import preview_conversation_document_later

        def ready(dialog: QDialog) -> None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            self.document_opened.emit(dialog)

        preview_conversation_document_later(self, kind, self.conversation_id, ready)

    def amend(self) -> bool:
        """Start a new version of a signed conversation, with a reason."""
        if self.conversation_id is None or not self._all_saved():
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

    def carry_agreement(self, agreement_id: str) -> None:
        """Bring one of last round's agreements into this conversation's agreements."""
        if self.conversation_id is None:
            return
        conversation_id = self.conversation_id
        self.save_pending()
        self._guard(lambda: form.carry_agreement(agreement_id, conversation_id))
        self.refresh()

    # --- TabPage ----------------------------------------------------------------------
    def view_state(self) -> dict[str, Any]:
        if self.data is None:
            return {}
        return {"round_id": self.data["conversation"]["round_id"],
                "conversation_id": self.conversation_id,
                "scroll": self.page.scroll_position()}

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
        QTimer.singleShot(0, lambda: self.page.set_scroll_position(position))

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
