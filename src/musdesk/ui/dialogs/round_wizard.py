"""The round planning wizard: organisation, name, period and question template; who takes
part; conversation slots; the eight steps' due dates and responsible roles.

Finishing runs `round_planning.plan_round_with_choices` once, on a worker (`ui/workers.py`)
behind a window-modal progress dialog: planning and the carry-over for everyone are one
transaction, so a refused choice or a cancel saves nothing and the wizard stays open.
`planned` holds the new round afterwards, and `round_planned` reports it.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from collections.abc import Iterator
from typing import Any, cast

from PySide6.QtCore import QDate, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from musdesk.errors import MusdeskError
from musdesk.models import enums
from musdesk.services import roster, round_links, templates
from musdesk.services.round_planning import (
    SlotChoice,
    StepChoice,
    default_slots,
    last_proposed_day,
    leader_capacity,
    people_in_scope,
    plan_round_with_choices,
    proposed_days,
    step_dates_around,
)
from musdesk.ui import dates
from musdesk.ui.dates import py_date, py_time
from musdesk.ui.dialogs.round_wizard_last_year import LastYearPage
from musdesk.ui.errors import show_error
from musdesk.ui.workers import Job, JobContext, start

ID_ROLE = Qt.ItemDataRole.UserRole + 1
LEADER_ROLE = Qt.ItemDataRole.UserRole + 2


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(dates.date_format())
    return edit


class RoundPage(QWizardPage):
    def __init__(self, organisation_id: str | None, today: dt.date) -> None:
        super().__init__()
        self.setTitle(self.tr("The round"))
        self.setSubTitle(self.tr("Which client, what the round is called, when it runs and "
                                 "which question set the conversations use."))
        self.organisation = QComboBox()
        for org in roster.list_organisations():
            self.organisation.addItem(org["name"], org)
        for row in range(self.organisation.count()):
            if self.organisation.itemData(row)["id"] == organisation_id:
                self.organisation.setCurrentIndex(row)
        self._default_name = self.tr("MUS %1").replace("%1", str(today.year))
        self.name = QLineEdit(self._default_name)
        self.start = date_edit(today)
        self.end = date_edit(today + dt.timedelta(days=120))
        self.template = QComboBox()
        self.organisation.currentIndexChanged.connect(lambda _index: self._fill_templates())
        self.name.textChanged.connect(self.completeChanged)
        self.start.dateChanged.connect(self.completeChanged)
        self.end.dateChanged.connect(self.completeChanged)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a02a1c")
        form = QFormLayout(self)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Period from"), self.start)
        form.addRow(self.tr("Period until"), self.end)
        self.edit_sets = QPushButton(self.tr("Question sets…"))
        self.edit_sets.setToolTip(self.tr("Copy, adapt, import or export question sets"))
        self.edit_sets.clicked.connect(self.open_set_editor)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.edit_sets)
        form.addRow(self.tr("Question template"), template_row)
        form.addRow(self.problem)
        self.set_overview = QLabel()
        self.set_overview.setWordWrap(True)
        self.set_overview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.set_overview.setTextFormat(Qt.TextFormat.RichText)
        overview_box = QGroupBox(self.tr("What the question set asks"))
        QVBoxLayout(overview_box).addWidget(self.set_overview)
        form.addRow(overview_box)
        self.template.currentIndexChanged.connect(lambda _index: self._show_overview())
        self._fill_templates()

    def organisation_data(self) -> dict[str, Any] | None:
        return self.organisation.currentData()

    def _fill_templates(self, keep: str | None = None) -> None:
        self.template.clear()
        org = self.organisation_data()
        if org is not None and self.name.text().startswith(self._default_name):
            # the default name never repeats one of the organisation's rounds
            self.name.setText(round_links.free_round_name(org["id"], self._default_name))
        self.template.addItem(self.tr("The standard questions in the organisation's language"),
                              None)
        if org is not None:
            for template in templates.list_templates(org["language"]):
                self.template.addItem(f"{template['name']} (v{template['version']})",
                                      template["id"])
        if keep is not None and self.template.findData(keep) >= 0:
            self.template.setCurrentIndex(self.template.findData(keep))
        self._show_overview()
        self.completeChanged.emit()

    def _show_overview(self) -> None:
        """Per part: how many sections and questions, and the sections' titles."""
        org = self.organisation_data()
        ident = self.template.currentData()
        if org is None:
            self.set_overview.setText("")
            return
        if ident:
            sections = templates.get_template(ident)["sections"]
        else:
            sections = templates.shipped_template_data(org["language"])["sections"]
        lines = []
        for kind in enums.SECTION_KINDS:
            part = [s for s in sections if s["kind"] == kind]
            count = sum(len(s["questions"]) for s in part)
            titles = ", ".join(html.escape(s["title"]) for s in part)
            lines.append(f"<p><b>{html.escape(enums.label('section_kind', kind))}</b> — "
                         + self.tr("%1 questions").replace("%1", str(count))
                         + f"<br/>{titles}</p>")
        self.set_overview.setText("".join(lines))

    def open_set_editor(self) -> None:
        """The question set editor; afterwards the chooser offers what was saved there."""
        from musdesk.ui.dialogs.template_editor import TemplateEditorDialog

        self.set_editor = TemplateEditorDialog(self)
        self.set_editor.saved.connect(self._set_saved)
        self.set_editor.finished.connect(lambda _result: self._fill_templates(
            keep=self.template.currentData()))
        self.set_editor.open()

    def _set_saved(self, template_id: str) -> None:
        self._fill_templates(keep=template_id)

    def period(self) -> tuple[dt.date, dt.date]:
        return py_date(self.start.date()), py_date(self.end.date())

    def isComplete(self) -> bool:  # noqa: N802
        start, end = self.period()
        problem = ""
        if self.organisation_data() is None:
            problem = self.tr("Add an organisation in the roster first.")
        elif not self.name.text().strip():
            problem = self.tr("Give the round a name.")
        elif end < start:
            problem = self.tr("The period ends before it starts.")
        self.problem.setText(problem)
        return not problem


class ParticipantsPage(QWizardPage):
    def __init__(self, round_page: RoundPage) -> None:
        super().__init__()
        self.round_page = round_page
        self.setTitle(self.tr("Who takes part"))
        self.setSubTitle(self.tr("The whole organisation or one department (with the "
                                 "departments below it). Untick anyone who is not to have a "
                                 "conversation in this round."))
        self.scope = QComboBox()
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Employees in the round"))
        self.count = QLabel()
        self.scope.currentIndexChanged.connect(self._fill_people)
        self.people.itemChanged.connect(self._count)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Scope"), self.scope)
        layout.addLayout(form)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.count)

    def initializePage(self) -> None:  # noqa: N802
        org = self.round_page.organisation_data()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("The whole organisation"), None)
        if org is not None:
            for node, depth in _walk(roster.department_tree(org["id"])):
                self.scope.addItem("    " * depth + node["name"], node["id"])
        self.scope.blockSignals(False)
        self._fill_people()

    def department_id(self) -> str | None:
        return self.scope.currentData()

    def _fill_people(self) -> None:
        org = self.round_page.organisation_data()
        self.people.blockSignals(True)
        self.people.clear()
        if org is not None:
            departments = {d["id"]: d["name"] for d in roster.list_departments(org["id"])}
            for person in people_in_scope(org["id"], self.department_id()):
                department = departments.get(person["department_id"] or "", "")
                item = QListWidgetItem(f"{person['full_name']} — {department}" if department
                                       else person["full_name"])
                item.setData(ID_ROLE, person["id"])
                item.setData(LEADER_ROLE, person["leader_id"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.people.addItem(item)
        self.people.blockSignals(False)
        self._count()

    def busiest_leader_load(self) -> int:
        """The most conversations one leader holds among those taking part."""
        load: Counter[str] = Counter()
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                load[item.data(LEADER_ROLE) or ""] += 1
        return max(load.values(), default=0)

    def chosen_ids(self) -> list[str]:
        return [self.people.item(row).data(ID_ROLE) for row in range(self.people.count())
                if self.people.item(row).checkState() == Qt.CheckState.Checked]

    def chosen_leader_ids(self) -> list[str | None]:
        return [self.people.item(row).data(LEADER_ROLE) for row in range(self.people.count())
                if self.people.item(row).checkState() == Qt.CheckState.Checked]

    def excluded_ids(self) -> list[str]:
        return [self.people.item(row).data(ID_ROLE) for row in range(self.people.count())
                if self.people.item(row).checkState() != Qt.CheckState.Checked]

    def _count(self) -> None:
        total = self.people.count()
        chosen = total - len(self.excluded_ids())
        self.count.setText(self.tr("%1 of %2 employees take part")
                           .replace("%1", str(chosen)).replace("%2", str(total)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.people.count() - len(self.excluded_ids()) > 0


def _walk(nodes: list[dict[str, Any]], depth: int = 0
          ) -> Iterator[tuple[dict[str, Any], int]]:
    for node in nodes:
        yield node, depth
        yield from _walk(node.get("children", []), depth + 1)


class SlotsPage(QWizardPage):
    def __init__(self, round_page: RoundPage, participants: ParticipantsPage) -> None:
        super().__init__()
        self.round_page, self.participants = round_page, participants
        self.setTitle(self.tr("Conversation times"))
        self.setSubTitle(self.tr("Times are proposed on working days within these days and "
                                 "hours, with a break between two conversations of the same "
                                 "leader and never two at once. All can be moved later."))
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.first_day = date_edit(dt.date.today())
        self.last_day = date_edit(dt.date.today())
        self.day_start = QTimeEdit(QTime(8, 0))
        self.day_end = QTimeEdit(QTime(16, 0))
        for edit in (self.day_start, self.day_end):
            edit.setDisplayFormat("HH:mm")
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. the leader's office"))
        self.place.setMinimumWidth(260)
        self.capacity = QLabel()
        self.capacity.setWordWrap(True)
        self.days = QListWidget()
        self.days.setAccessibleName(self.tr("Proposed conversation days"))
        days_box = QGroupBox(self.tr("Proposed days"))
        QVBoxLayout(days_box).addWidget(self.days)
        columns = QHBoxLayout(self)
        form = QFormLayout()
        columns.addLayout(form, 3)
        columns.addWidget(days_box, 2)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Length"), self.minutes)
        form.addRow(self.tr("First day"), self.first_day)
        form.addRow(self.tr("Last day"), self.last_day)
        form.addRow(self.tr("From"), self.day_start)
        form.addRow(self.tr("Until"), self.day_end)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.capacity)
        self.minutes.valueChanged.connect(self._show_capacity)
        for day_edit in (self.first_day, self.last_day):
            day_edit.dateChanged.connect(self._show_capacity)
        for edit in (self.day_start, self.day_end):
            edit.timeChanged.connect(self._show_capacity)

    def _show_capacity(self) -> None:
        """Whether the busiest leader's conversations fit in the chosen days and hours."""
        fits = leader_capacity(self.choice())
        needed = self.participants.busiest_leader_load()
        text = self.tr("One leader can hold up to %1 conversations in these days; the busiest "
                       "leader has %2.").replace("%1", str(fits)).replace("%2", str(needed))
        if needed > fits:
            text += " " + self.tr("Not everyone gets a time: choose more days or longer "
                                  "hours, or place the rest by hand later.")
            self.capacity.setStyleSheet("color: #a02a1c")
        else:
            self.capacity.setStyleSheet("")
        self.capacity.setText(text)
        self.days.clear()
        for day, count in proposed_days(self.choice(), self.participants.chosen_leader_ids()):
            self.days.addItem(self.tr("%1: %2 conversations").replace(
                "%1", dates.date_text(day)).replace("%2", str(count)))

    def initializePage(self) -> None:  # noqa: N802
        org = self.round_page.organisation_data()
        start, end = self.round_page.period()
        if org is None:
            return
        slots = default_slots(org["id"], start, end)
        self.minutes.setValue(slots.minutes)
        for edit in (self.first_day, self.last_day):
            edit.setDateRange(to_qdate(start), to_qdate(end))
        self.first_day.setDate(to_qdate(slots.first_day))
        self.last_day.setDate(to_qdate(slots.last_day))
        self.day_start.setTime(QTime(slots.day_start.hour, slots.day_start.minute))
        self.day_end.setTime(QTime(slots.day_end.hour, slots.day_end.minute))
        self._show_capacity()

    def choice(self) -> SlotChoice:
        return SlotChoice(
            first_day=py_date(self.first_day.date()), last_day=py_date(self.last_day.date()),
            day_start=py_time(self.day_start.time()), day_end=py_time(self.day_end.time()),
            minutes=self.minutes.value(), place=self.place.text().strip(),
            country=(self.round_page.organisation_data() or {}).get("country"))


class StepsPage(QWizardPage):
    def __init__(self, round_page: RoundPage, participants: ParticipantsPage,
                 slots: SlotsPage) -> None:
        super().__init__()
        self.round_page, self.participants, self.slots = round_page, participants, slots
        self.setTitle(self.tr("The eight steps"))
        self.setSubTitle(self.tr("The steps before the conversations are due before the first "
                                 "proposed conversation, the others after the last one; tick "
                                 "who is responsible. Everything can be changed later on the "
                                 "wheel."))
        headers = [self.tr("Step"), self.tr("Due")]
        headers += [enums.label("role", role) for role in enums.ROLES]
        self.table = QTableWidget(len(enums.WHEEL_STEPS), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Due dates and responsible roles per step"))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._due_edits: list[QDateEdit] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def initializePage(self) -> None:  # noqa: N802
        start, end = self.round_page.period()
        choice = self.slots.choice()
        last = last_proposed_day(choice, self.participants.chosen_leader_ids())
        dues = step_dates_around(start, end, choice.first_day, last or choice.last_day,
                                 choice.country)
        self._due_edits = []
        for row, key in enumerate(enums.WHEEL_STEPS):
            title = QTableWidgetItem(f"{row + 1}. {enums.label('wheel_step', key)} "
                                     f"({enums.label('phase', enums.WHEEL_STEP_PHASE[key])})")
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, title)
            edit = date_edit(dues[row])
            edit.setDateRange(to_qdate(start), to_qdate(end))
            holder = QWidget()  # the rows share the page's height; the field stays its size
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(2, 0, 2, 0)
            holder_layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignVCenter)
            self.table.setCellWidget(row, 1, holder)
            self._due_edits.append(edit)
            for offset, role in enumerate(enums.ROLES):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if role in enums.WHEEL_STEP_ROLES[key]
                                   else Qt.CheckState.Unchecked)
                self.table.setItem(row, 2 + offset, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def set_due(self, number: int, value: dt.date) -> None:
        self._due_edits[number - 1].setDate(to_qdate(value))

    def set_role(self, number: int, role: str, responsible: bool) -> None:
        item = cast(QTableWidgetItem, self.table.item(number - 1, 2 + enums.ROLES.index(role)))
        item.setCheckState(Qt.CheckState.Checked if responsible else Qt.CheckState.Unchecked)

    def choices(self) -> list[StepChoice]:
        result = []
        for row, edit in enumerate(self._due_edits):
            roles = [role for offset, role in enumerate(enums.ROLES)
                     if cast(QTableWidgetItem, self.table.item(row, 2 + offset)).checkState()
                     == Qt.CheckState.Checked]
            result.append(StepChoice(row + 1, py_date(edit.date()), roles))
        return result


class _PlanningStages(QObject):
    """How far planning is, reported from the worker: (stage, done, total)."""

    moved = Signal(str, int, int)


class RoundWizard(QWizard):
    round_planned = Signal(dict)  # the new round, once it is saved

    def __init__(self, organisation_id: str | None = None, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan a MUS round"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.planned: dict[str, Any] | None = None
        self.planning_job: Job | None = None  # while the round is being planned
        self.planning_progress: QProgressDialog | None = None
        self._stage: tuple[str, int, int] | None = None  # the latest, not yet shown
        self._showing_stage = False
        self.round_page = RoundPage(organisation_id, today or dt.date.today())
        self.participants_page = ParticipantsPage(self.round_page)
        self.slots_page = SlotsPage(self.round_page, self.participants_page)
        self.last_year_page = LastYearPage(self.round_page, self.participants_page)
        self.steps_page = StepsPage(self.round_page, self.participants_page, self.slots_page)
        for page in (self.round_page, self.participants_page, self.last_year_page,
                     self.slots_page, self.steps_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Plan the round"))
        self.resize(760, 560)

    def plan(self) -> Job | None:
        """Start planning the round with the choices made, on a worker; the result comes
        by `round_planned` (and the wizard closes), an error is shown and it stays open."""
        org = self.round_page.organisation_data()
        if org is None or self.planning_job is not None:
            return None
        start_day, end_day = self.round_page.period()
        # Every widget is read here, on the UI thread; the worker only gets plain values.
        choices: dict[str, Any] = {
            "department_id": self.participants_page.department_id(),
            "template_id": self.round_page.template.currentData(),
            "exclude_employee_ids": self.participants_page.excluded_ids(),
            "slots": self.slots_page.choice(),
            "steps": self.steps_page.choices(),
            "previous_round_id": self.last_year_page.previous_round_id(),
            "carry_over": self.last_year_page.carry_over(),
        }
        name = self.round_page.name.text()

        stages = _PlanningStages(self)  # lives on the UI thread: its signal arrives there

        def work(context: JobContext) -> dict[str, Any]:
            return plan_round_with_choices(org["id"], name, start_day, end_day,
                                           check=context.check, progress=stages.moved.emit,
                                           **choices)

        progress = QProgressDialog(self.tr("Planning the round…"), self.tr("Cancel"), 0, 0, self)
        stages.moved.connect(self._show_stage)
        progress.setWindowTitle(self.tr("Plan a MUS round"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(200)
        progress.setAutoReset(False)  # one stage's end is not the job's end
        progress.setAutoClose(False)
        job = Job(work)
        job.signals.succeeded.connect(self._planned)
        # Cancelled after the transaction was committed: the round is whole, so report it.
        job.signals.cancelled_result.connect(self._planned)
        job.signals.failed.connect(self._failed)
        job.signals.finished.connect(self._job_ended)
        progress.canceled.connect(job.cancel)
        job.progress_dialog = progress
        self.planning_job, self.planning_progress = job, progress
        return start(job)

    def _show_stage(self, stage: str, done: int, total: int) -> None:
        """n of N on the progress dialog: times proposed, then people carried over for."""
        self._stage = (stage, done, total)
        if self._showing_stage:  # a modal dialog's setValue runs the event loop: no nesting
            return
        self._showing_stage = True
        try:
            while self._stage is not None and self.planning_progress is not None:
                (stage, done, total), self._stage = self._stage, None
                if stage == "carry":
                    text = self.tr("Carrying over last year's goals and agreements: "
                                   "{done} of {total} people")
                else:
                    text = self.tr("Proposing times: {done} of {total} conversations")
                self.planning_progress.setLabelText(text.format(done=done, total=total))
                self.planning_progress.setRange(0, total)
                self.planning_progress.setValue(done)
        finally:
            self._showing_stage = False

    def _job_ended(self) -> None:
        if self.planning_progress is not None:
            self.planning_progress.reset()  # hides it without "canceled"
            self.planning_progress.deleteLater()
        self.planning_job = self.planning_progress = None

    def _planned(self, planned: dict[str, Any]) -> None:
        self._job_ended()
        self.planned = planned
        self.round_planned.emit(planned)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._job_ended()
        if not isinstance(error, MusdeskError):
            raise error  # the app's handler reports it (no traceback shown)
        show_error(self, error)

    def accept(self) -> None:
        self.plan()

    def reject(self) -> None:
        if self.planning_job is not None:  # closing while planning: cancel, roll back
            self.planning_job.cancel()
            return
        super().reject()
