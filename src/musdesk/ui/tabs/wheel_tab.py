"""The MUS wheel tab: plan a round and steer it through its eight steps.

Left: the drawn wheel (strategy at the centre) and the same steps as a list, which is also
the text alternative for screen readers. Right: the chosen step's checklist and who is
behind at it, the progress matrix, strategy with the group conversations, and the
evaluation figures. Reading goes through `services/wheel_overview.py` and
`services/evaluation.py`; every change through `services/rounds.py`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from musdesk.models import enums
from musdesk.services import evaluation, roster, rounds, wheel_overview
from musdesk.services.wheel_overview import ConversationRow, StepView
from musdesk.ui import dates
from musdesk.ui.dialogs.grus_dialog import GroupConversationDialog
from musdesk.ui.dialogs.invitation_export import wheel_invitations
from musdesk.ui.dialogs.round_wizard import RoundWizard
from musdesk.ui.errors import guarded
from musdesk.ui.file_dialogs import start_folder, start_path
from musdesk.ui.tabs.base import CONVERSATION, ORGANISATION_ROLE, TabPage
from musdesk.ui.widgets.mus_wheel import CENTRE, NO_STEP, MusWheel, WheelSegment
from musdesk.ui.widgets.wheel_evaluation import EvaluationPanel
from musdesk.ui.widgets.wheel_people import PeoplePanel
from musdesk.ui.widgets.wheel_progress import ProgressPage
from musdesk.ui.widgets.wheel_step_panel import StepPanel
from musdesk.ui.widgets.wheel_strategy import StrategyPanel

PAGE_STEP, PAGE_PROGRESS, PAGE_STRATEGY, PAGE_EVALUATION = range(4)


def segments_for(steps: list[StepView]) -> list[WheelSegment]:
    """What the wheel draws for each step (titles in the core's current language)."""
    return [
        WheelSegment(
            number=step.number, title=enums.label("wheel_step", step.key), phase=step.phase,
            progress=step.fraction, tasks_done=step.tasks_done, tasks_total=len(step.tasks),
            passed=step.conversations_passed if step.counts_conversations else None,
            total=step.conversations_total, overdue=step.overdue,
            done=step.done_date is not None,
        )
        for step in steps
    ]


def conversation_payload(row: ConversationRow, round_id: str) -> dict[str, str]:
    return {"conversation_id": row.conversation_id, "employee_id": row.employee_id,
            "round_id": round_id}


class WheelTab(TabPage):
    def __init__(self, today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._round: dict[str, Any] | None = None
        self._steps: list[StepView] = []
        self._rows: list[ConversationRow] = []
        self._stale = False  # set when hidden: other tabs may have changed the round
        self._build()
        self.reload_rounds()

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.round_combo = QComboBox()
        self.round_combo.setMinimumContentsLength(30)
        self.round_combo.setAccessibleName(self.tr("Round"))
        self.round_combo.currentIndexChanged.connect(self._on_round_chosen)
        self.round_combo.activated.connect(  # the user's choice: its client on every tab
            lambda _i: self.organisation_chosen.emit(self.organisation_id() or ""))
        self.plan_button = QPushButton(self.tr("Plan a round…"))
        self.plan_button.clicked.connect(self.plan_round)
        self.summary = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status of the round"))
        for status in enums.ROUND_STATUSES:
            self.status_combo.addItem(enums.label("round_status", status), status)
        self.status_combo.activated.connect(self._on_status_chosen)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Round:")))
        top.addWidget(self.round_combo, 1)
        top.addWidget(self.status_combo)
        top.addWidget(self._build_documents_button())
        self.sets_button = QPushButton(self.tr("Question sets…"))
        self.sets_button.clicked.connect(self.edit_question_sets)
        top.addWidget(self.sets_button)
        top.addWidget(self.plan_button)

        self.wheel = MusWheel()
        self.wheel.set_phase_titles({phase: enums.label("phase", phase)
                                     for phase in enums.PHASES})
        self.wheel.set_texts(self.tr("{done}/{total} tasks"), self.tr("{passed}/{total} past"),
                             self.tr("overdue"), self.tr("done"))
        self.wheel.stepSelected.connect(self._on_step_selected)
        self.step_list = QListWidget()
        self.step_list.setAccessibleName(self.tr("The steps of the wheel as a list"))
        self.step_list.setMaximumHeight(150)
        self.step_list.currentRowChanged.connect(self._on_list_row)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.wheel, 1)
        left_layout.addWidget(self.step_list)

        self.step_panel = StepPanel()
        self.step_panel.taskToggled.connect(self._on_task_toggled)
        self.step_panel.taskAdded.connect(self._on_task_added)
        self.step_panel.stepEdited.connect(self._on_step_edited)
        self.step_panel.stepDoneToggled.connect(self._on_step_done)
        self.step_panel.conversationRequested.connect(self.open_conversation)
        self.strategy_panel = StrategyPanel()
        self.strategy_panel.editGroupConversation.connect(self.edit_group_conversation)
        self.evaluation_panel = EvaluationPanel()
        self.evaluation_panel.notesChanged.connect(self._save_evaluation_notes)
        self.evaluation_panel.reportRequested.connect(self.save_round_report)
        self.pages = QTabWidget()
        self.pages.addTab(self.step_panel, self.tr("Step"))
        self.pages.addTab(self._build_progress_page(), self.tr("Progress"))
        self.pages.addTab(self.strategy_panel, self.tr("Strategy"))
        self.pages.addTab(self.evaluation_panel, self.tr("Evaluation"))
        self.people_panel = PeoplePanel(self._today)  # changes during the round
        self.people_panel.changed.connect(self._after_people_changed)
        self.pages.addTab(self.people_panel, self.tr("People"))
        self.pages.currentChanged.connect(lambda _index: self.evaluation_panel.flush())

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setChildrenCollapsible(False)

        self.empty = QLabel(self.tr(
            "<h3>No MUS round yet</h3><p>Plan a round to see its wheel: the eight steps "
            "with their checklists, who is behind, and the figures at the end.</p>"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)  # its own line: the round's name and period stay whole
        layout.addWidget(self.stack, 1)

    def _build_progress_page(self) -> QWidget:
        page = self.progress_page = ProgressPage(self)
        page.open_requested.connect(self.open_conversation)
        page.invitation_requested.connect(lambda: wheel_invitations(self, selected=True))
        page.leavers_changed.connect(self._after_people_changed)
        # (the names tests and the invitation dialog know them by)
        self.matrix, self.matrix_model, self.matrix_proxy = page.matrix, page.model, page.proxy
        self.filter_edit, self.behind_only, self.matrix_count = (page.filter_edit,
                                                                 page.behind_only, page.count)
        self.matrix_open, self.matrix_invitation = page.open_button, page.invitation_button
        return page

    # --- loading --------------------------------------------------------------------------
    def current_round_id(self) -> str | None:
        return self._round["id"] if self._round else None

    def reload_rounds(self, select_id: str | None = None) -> None:
        """Fill the round chooser; keep (or choose) `select_id`, else the newest round."""
        keep = select_id or self.current_round_id()
        items = rounds.list_rounds()
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for item in items:
            period = dates.period_text(item["period_start"], item["period_end"])
            self.round_combo.addItem(
                f"{item['organisation_name']} — {item['name']} ({period})", item["id"])
            self.round_combo.setItemData(self.round_combo.count() - 1,
                                         str(item["organisation_id"]), ORGANISATION_ROLE)
        index = self.round_combo.findData(keep) if keep else -1
        self.round_combo.setCurrentIndex(index if index >= 0 else (0 if items else -1))
        self.round_combo.blockSignals(False)
        self.stack.setCurrentIndex(1 if items else 0)
        self.load_round(self.round_combo.currentData())

    def _on_round_chosen(self, _index: int) -> None:
        self.evaluation_panel.flush()
        self.load_round(self.round_combo.currentData())

    def organisation_id(self) -> str | None:
        return str(self._round["organisation_id"]) if self._round else None

    def set_organisation(self, organisation_id: str) -> None:
        """The newest round of that organisation (none: no round shown)."""
        if self.organisation_id() == organisation_id:
            return
        for index in range(self.round_combo.count()):
            if self.round_combo.itemData(index, ORGANISATION_ROLE) == organisation_id:
                self.round_combo.setCurrentIndex(index)
                return
        self.round_combo.setCurrentIndex(-1)

    def load_round(self, round_id: str | None) -> None:
        selected = self.wheel.selected_step
        self._round = rounds.get_round(round_id) if round_id else None
        self.refresh()
        if self._round is not None and selected == NO_STEP:
            self.wheel.select_step(self._first_open_step())

    def _first_open_step(self) -> int:
        """The step to show first: the first one not done, so the wheel opens where work is."""
        for step in self._steps:
            if step.done_date is None and step.fraction < 1.0:
                return step.number
        return 1

    def refresh(self) -> None:
        """Read the round again and redraw everything (after any change)."""
        today = self._today()
        round_id = self.current_round_id()
        self._rows = [] if round_id is None else wheel_overview.conversation_rows(round_id, today)
        self.progress_page.set_rows(self._rows, round_id)
        self.refresh_steps()
        self._fill_centre()
        self._fill_strategy()
        self._fill_evaluation(today)
        self.people_panel.set_round(round_id)

    def refresh_steps(self) -> None:
        """Read only the steps again: enough after a task or a step was ticked (the
        conversations did not change, and reading 2,000 of them takes a noticeable moment)."""
        round_id = self.current_round_id()
        self._steps = [] if round_id is None else wheel_overview.step_views(round_id,
                                                                            self._today())
        self.wheel.set_segments(segments_for(self._steps))
        self._fill_step_list()
        self._show_selected_step()
        self._fill_summary()

    def _on_status_chosen(self, _index: int) -> None:
        round_id, status = self.current_round_id(), self.status_combo.currentData()
        if round_id is None or status == (self._round or {}).get("status"):
            return
        changed = guarded(self, lambda: rounds.set_round_status(round_id, status))
        if changed is not None:
            self._round = changed
        self._fill_summary()

    def _fill_summary(self) -> None:
        self.status_combo.setEnabled(self._round is not None)
        if self._round is None:
            self.summary.setText("")
            return
        self.status_combo.setCurrentIndex(self.status_combo.findData(self._round["status"]))
        behind = sum(1 for row in self._rows if row.behind)
        overdue = sum(1 for step in self._steps if step.overdue)
        self.summary.setText(" · ".join([
            self.tr("Conversations in this round: %1").replace("%1", str(len(self._rows))),
            self.tr("Behind: %1").replace("%1", str(behind)),
            self.tr("Steps overdue: %1").replace("%1", str(overdue))]))

    def _fill_centre(self) -> None:
        if self._round is None:
            self.wheel.set_centre(self.tr("Strategy"), [])
            return
        goals = roster.list_strategic_goals(self._round["organisation_id"])
        self.wheel.set_centre(self.tr("Strategy"), [self._round["organisation_name"],
                                                    *(goal["title"] for goal in goals[:3])])

    def _fill_step_list(self) -> None:
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for segment, line in zip(self.wheel.segments(),
                                 self.wheel.text_alternative().splitlines(), strict=True):
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, segment.number)
            self.step_list.addItem(item)
        self.step_list.setCurrentRow(self.wheel.selected_step - 1
                                     if self.wheel.selected_step >= 1 else -1)
        self.step_list.blockSignals(False)

    def _fill_strategy(self) -> None:
        if self._round is None:
            self.strategy_panel.show_strategy([], [], {}, {})
            return
        org_id = self._round["organisation_id"]
        departments = roster.list_departments(org_id)
        own: dict[str, list[dict[str, Any]]] = {}
        for department in departments:
            own[department["id"]] = [goal for goal in roster.list_strategic_goals(
                org_id, department["id"]) if goal["department_id"] == department["id"]]
        groups = {group["department_id"]: group
                  for group in rounds.list_group_conversations(self._round["id"])}
        self.strategy_panel.show_strategy(
            roster.list_strategic_goals(org_id), departments, own, groups,
            wheel_overview.linked_goal_counts(self._round["id"]))

    def _fill_evaluation(self, today: dt.date) -> None:
        round_id = self.current_round_id()
        figures = None if round_id is None else evaluation.round_figures(
            round_id, today, no_department=self.tr("No department"),
            other_departments=self.tr("Other departments together"))
        self.evaluation_panel.show_figures(figures)

    # --- steps ----------------------------------------------------------------------------
    def step(self, number: int) -> StepView | None:
        return next((step for step in self._steps if step.number == number), None)

    def _on_step_selected(self, number: int) -> None:
        if number == CENTRE:
            self.pages.setCurrentIndex(PAGE_STRATEGY)
        elif self.pages.currentIndex() == PAGE_STRATEGY:
            self.pages.setCurrentIndex(PAGE_STEP)
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(number - 1 if number >= 1 else -1)
        self.step_list.blockSignals(False)
        self._show_selected_step()

    def _on_list_row(self, row: int) -> None:
        if row >= 0:
            self.wheel.select_step(row + 1)

    def _show_selected_step(self) -> None:
        step = self.step(self.wheel.selected_step)
        behind = wheel_overview.behind_at_step(self._rows, step.key) if step else []
        self.step_panel.show_step(step, behind, self._today())

    def _on_task_toggled(self, task_id: str, done: bool) -> None:
        done_on = self._today() if done else None
        guarded(self, lambda: rounds.set_step_task_done(task_id, done_on))
        self.refresh_steps()

    def _on_task_added(self, step_id: str, text: str, role: str | None) -> None:
        step = next((step for step in self._steps if step.id == step_id), None)
        due = step.due_date if step else None
        if guarded(self, lambda: rounds.add_step_task(step_id, text, role, due)) is not None:
            self.step_panel.clear_new_task()
        self.refresh_steps()

    def _on_step_edited(self, step_id: str, due: dt.date | None, roles: list[str]) -> None:
        guarded(self, lambda: rounds.update_step(step_id, due_date=due, roles=roles))
        # A new due date can make people behind or no longer behind: read everything again.
        QTimer.singleShot(0, self.refresh)

    def _on_step_done(self, step_id: str, done: bool) -> None:
        guarded(self, lambda: rounds.update_step(step_id, done_date=self._today() if done
                                                 else None))
        self.refresh_steps()

    # --- conversations --------------------------------------------------------------------
    def open_conversation(self, row: ConversationRow | None) -> None:
        round_id = self.current_round_id()
        if row is not None and round_id is not None:
            self.navigate.emit(CONVERSATION, conversation_payload(row, round_id))

    def edit_question_sets(self) -> QDialog:
        from musdesk.ui.dialogs.template_editor import TemplateEditorDialog

        dialog = TemplateEditorDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _after_people_changed(self) -> None:
        """A change on the People page (a name or period too): reload the chooser."""
        self.reload_rounds(select_id=self.current_round_id())

    # --- planning, GRUS, evaluation notes -------------------------------------------------
    def plan_round(self) -> None:
        wizard = RoundWizard(self._round["organisation_id"] if self._round else None, self,
                             today=self._today())
        if wizard.exec() == QDialog.DialogCode.Accepted and wizard.planned:
            self.wheel.select_step(NO_STEP)
            self.reload_rounds(select_id=wizard.planned["id"])

    def edit_group_conversation(self, department: dict[str, Any]) -> None:
        if self._round is None:
            return
        existing = next((group for group in rounds.list_group_conversations(self._round["id"])
                         if group["department_id"] == department["id"]), None)
        goals = [goal["title"] for goal in roster.list_strategic_goals(
            self._round["organisation_id"], department["id"])]
        members = [person["full_name"] for person in roster.list_employees(
            self._round["organisation_id"], department["id"])]
        dialog = GroupConversationDialog(self._round["id"], department, existing, goals, self,
                                         members=members)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _save_evaluation_notes(self, text: str) -> None:
        step = self.step(8)
        if step is None:
            return
        if guarded(self, lambda: rounds.update_step(step.id, notes=text)) is not None:
            step.notes = text
            self.evaluation_panel.mark_saved()

    def _build_documents_button(self) -> QPushButton:
        """The round's handouts: the wheel overview, and everyone's invitations, preparation
        sheets or plans in one go."""
        # A push button with its menu: room for the arrow (a tool button covers a letter).
        self.documents_button = QPushButton(self.tr("Documents"))
        menu = QMenu(self.documents_button)
        overview = menu.addAction(self.tr("MUS wheel overview…"))
        overview.triggered.connect(self.preview_wheel_overview)
        menu.addSeparator()
        for kind, title in (
            ("invitation", self.tr("All invitations…")),
            ("prep-employee", self.tr("All employees' preparation sheets…")),
            ("prep-leader", self.tr("All leaders' preparation sheets…")),
            ("plan", self.tr("All development plans…")),
        ):
            action = menu.addAction(title)
            action.triggered.connect(lambda _=False, k=kind: self.make_documents(k))
        from musdesk.ui.dialogs.print_stack import add_print_menu

        add_print_menu(menu, self.print_stack)
        menu.addSeparator()
        invitations = menu.addAction(self.tr("All invitations for e-mail (.ics + PDF)…"))
        invitations.triggered.connect(lambda: wheel_invitations(self))
        self.documents_button.setMenu(menu)
        return self.documents_button

    def print_stack(self, kind: str, on_ready: Any = None) -> Any:
        """Everyone's summary or handout: made (cancellable), previewed, printed as one job."""
        from musdesk.ui.dialogs.print_stack import print_round_stack

        return None if self._round is None else print_round_stack(
            self, kind, self._round["id"], on_ready=on_ready)

    def preview_wheel_overview(self) -> QDialog | None:
        if self._round is None:
            return None
        from musdesk.ui.dialogs.document_preview import preview_round_document

        dialog = preview_round_document(self, "wheel", self._round["id"])
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        return dialog

    def make_documents(self, kind: str, folder: Path | None = None) -> Any:
        """One PDF per conversation of the round into a folder, on a worker thread with a
        progress dialog that can be cancelled."""
        if self._round is None:
            return None
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the documents"), start_folder())
            if not chosen:
                return None
            folder = Path(chosen)
        from musdesk.ui.dialogs.document_preview import make_round_documents

        return make_round_documents(self, kind, self._round["id"], folder)

    def save_round_report(self) -> None:
        """Ask where to save the one-page round report, then write it."""
        if self._round is None:
            return
        # Imported here: ReportLab is only needed once a report is asked for.
        from musdesk.documents.batch import safe_name
        from musdesk.documents.round_report import write_round_report

        self.evaluation_panel.flush()  # the notes typed just now belong in the report
        suggested = start_path(f"round-report-{safe_name(self._round['name'])}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the round report"), suggested, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        round_id = self._round["id"]
        written = guarded(self, lambda: write_round_report(round_id, Path(path), self._today()))
        if written is not None:
            self.evaluation_panel.report_state.setText(
                self.tr("Saved: %1").replace("%1", str(written)))

    # --- TabPage --------------------------------------------------------------------------
    def save_pending(self) -> None:
        self.evaluation_panel.flush()

    def view_state(self) -> dict[str, Any]:
        return {"round_id": self.current_round_id(), "step": self.wheel.selected_step,
                "page": self.pages.currentIndex(),
                "behind_only": self.behind_only.isChecked()}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        round_id = state.get("round_id")
        if isinstance(round_id, str) and self.round_combo.findData(round_id) >= 0:
            self.round_combo.setCurrentIndex(self.round_combo.findData(round_id))
        step = state.get("step")
        if isinstance(step, int) and (step == CENTRE or 1 <= step <= len(self._steps)):
            self.wheel.select_step(step)
        page = state.get("page")
        if isinstance(page, int) and 0 <= page < self.pages.count():
            self.pages.setCurrentIndex(page)
        self.behind_only.setChecked(bool(state.get("behind_only")))

    def show_item(self, payload: object) -> None:
        if isinstance(payload, dict) and isinstance(payload.get("round_id"), str):
            index = self.round_combo.findData(payload["round_id"])
            if index >= 0:
                self.round_combo.setCurrentIndex(index)
            else:
                self.reload_rounds(select_id=payload["round_id"])

    def showEvent(self, event: Any) -> None:  # noqa: N802
        # Other tabs change conversations; read the round again when coming back to it.
        if self._stale and self._round is not None:
            self.refresh()
        self._stale = False
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        self.evaluation_panel.flush()
        self._stale = True
        super().hideEvent(event)


def build_wheel_tab() -> TabPage:
    return WheelTab()

