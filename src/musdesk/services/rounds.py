"""MUS rounds: planning (steps, conversations, proposed times), the wheel steps and GRUS."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from musdesk import texts
from musdesk.errors import InvalidValue
from musdesk.models import (
    Conversation,
    Department,
    Employee,
    GroupConversation,
    Organisation,
    QuestionTemplate,
    Round,
    StepTask,
    WheelStep,
)
from musdesk.models.enums import (
    CONVERSATION_STATUSES,
    ROLES,
    ROUND_STATUSES,
    WHEEL_STEP_PHASE,
    WHEEL_STEP_ROLES,
    WHEEL_STEPS,
)
from musdesk.services import audit, roster, workdays
from musdesk.services.common import (
    MAX_LINE,
    MAX_NAME,
    MAX_TEXT,
    as_date,
    as_datetime,
    as_dict,
    as_time,
    atomic,
    choice,
    dates_in_order,
    fetch,
    fetch_optional,
    optional_text,
    reason,
    reject_unknown,
    required_text,
    tuples,
)
from musdesk.services.conversations import find_clash, get_conversation, record_initial_status
from musdesk.services.round_links import LATEST, latest_earlier_round
from musdesk.services.templates import install_default_template

DEFAULT_TASKS_PER_STEP = 2
BREAK_MINUTES = 15  # between two conversations of one leader
MAX_PER_DAY = 4  # conversations per leader per day: each needs full attention

# The conversation status that means "past this wheel step" (steps 1–2 are the round's own).
STEP_REACHED_AT = {
    "preparation": "prepared",
    "dialogue": "held",
    "feedback": "held",
    "development_goals": "summary_drafted",
    "follow_up": "in_follow_up",
    "evaluation": "closed",
}


# Working days (weekends and the country's public holidays) live in services/workdays.py.
is_working_day = workdays.is_working_day
previous_working_day = workdays.previous_working_day
next_working_day = workdays.next_working_day


def step_due_dates(start: dt.date, end: dt.date, country: str | None = None) -> list[dt.date]:
    """Eight due dates spread evenly over the period, each on a working day, in order."""
    span = (end - start).days
    dates: list[dt.date] = []
    for number in range(1, 9):
        day = start + dt.timedelta(days=span * number // 8)
        day = max(previous_working_day(day, country), dates[-1] if dates else start)
        dates.append(day)
    return dates


def round_dict(round_: Round) -> dict[str, Any]:
    counts = Counter(
        status
        for (status,) in tuples(Conversation.select(Conversation.status)
                                .where(Conversation.round == round_))
    )
    return as_dict(
        round_,
        organisation_name=round_.organisation.name,
        department_name=round_.department.name if round_.department else "",
        conversation_count=sum(counts.values()),
        status_counts=dict(counts),
    )


def get_round(round_id: str) -> dict[str, Any]:
    return round_dict(fetch(Round, round_id, "round"))


def list_rounds(organisation_id: str | None = None) -> list[dict[str, Any]]:
    query = Round.select().order_by(Round.period_start.desc(), Round.name)
    if organisation_id is not None:
        query = query.where(
            Round.organisation == fetch(Organisation, organisation_id, "organisation")
        )
    return [round_dict(r) for r in query]


def _employees_for(org: Organisation, department: Department | None) -> list[Employee]:
    query = Employee.select().where((Employee.organisation == org) & (Employee.active == True))  # noqa: E712
    if department is not None:
        query = query.where(
            Employee.department.in_(roster.department_and_descendants(department.id))
        )
    return list(query.order_by(Employee.leader, Employee.last_name, Employee.first_name))


class SlotFinder:
    """Proposes conversation times: working days, working hours, no clash for a leader."""

    def __init__(
        self,
        first_day: dt.date,
        last_day: dt.date,
        day_start: dt.time,
        day_end: dt.time,
        minutes: int,
        country: str | None = None,
    ) -> None:
        """`country`: whose public holidays are no working days (None: weekends only)."""
        self.first_day, self.last_day = first_day, last_day
        self.country = country
        self.day_start, self.day_end = day_start, day_end
        self.length = dt.timedelta(minutes=minutes)
        self.step = dt.timedelta(minutes=minutes + BREAK_MINUTES)
        self._cursor: dict[Any, dt.datetime] = {}
        self._per_day: Counter[tuple[Any, dt.date]] = Counter()

    def next_slot(
        self, leader_id: Any, employee_id: Any = None
    ) -> tuple[dt.datetime, dt.datetime] | None:
        """The leader's next free time that is also free for the employee (when given)."""
        start = self._cursor.get(leader_id) or dt.datetime.combine(self.first_day, self.day_start)
        while start.date() <= self.last_day:
            day = start.date()
            day_end = dt.datetime.combine(day, self.day_end)
            full = self._per_day[(leader_id, day)] >= MAX_PER_DAY
            if not is_working_day(day, self.country) or full or start + self.length > day_end:
                start = dt.datetime.combine(day + dt.timedelta(days=1), self.day_start)
                continue
            end = start + self.length
            clash = find_clash(leader_id, start, end, employee_id=employee_id)
            if clash is not None:
                clash_end = clash.scheduled_end
                assert clash_end is not None  # a clash is a scheduled conversation
                start = max(start + self.step, clash_end + dt.timedelta(minutes=BREAK_MINUTES))
                continue
            self._cursor[leader_id] = start + self.step
            self._per_day[(leader_id, day)] += 1
            return start, end
        return None


def plan_round(
    organisation_id: str,
    name: str,
    period_start: dt.date | str,
    period_end: dt.date | str,
    *,
    department_id: str | None = None,
    template_id: str | None = None,
    previous_round_id: str | None = LATEST,
    first_day: dt.date | str | None = None,
    slot_minutes: int = 60,
    propose_times: bool = True,
) -> dict[str, Any]:
    """Create a round: the eight steps with default roles, tasks and spread due dates, and one
    conversation per active employee (of the organisation, or the department and those below
    it), each with a proposed time. `unscheduled` counts those that found no free time.
    The round follows `previous_round_id`; by default (`LATEST`) the latest earlier round of
    the same scope (`round_links`), None for none."""
    start, end = as_date("period_start", period_start), as_date("period_end", period_end)
    if start is None:
        raise InvalidValue("period_start", reason("required"))
    if end is None:
        raise InvalidValue("period_end", reason("required"))
    dates_in_order("period_end", start, end)
    if not 15 <= int(slot_minutes) <= 480:
        raise InvalidValue(
            "slot_minutes", reason("not_a_choice", value=slot_minutes, allowed="15–480")
        )
    with atomic():
        org = fetch(Organisation, organisation_id, "organisation")
        department = fetch_optional(Department, department_id, "department")
        if department is not None and department.organisation_id != org.id:
            raise InvalidValue("department", reason("other_organisation"))
        if previous_round_id == LATEST:
            previous_round_id = latest_earlier_round(
                str(org.id), str(department.id) if department else None, start)
        previous = fetch_optional(Round, previous_round_id, "round")
        if previous is not None and previous.organisation_id != org.id:
            raise InvalidValue("previous_round", reason("other_organisation"))
        if template_id:
            template = fetch(QuestionTemplate, template_id, "template")
        else:
            template = QuestionTemplate.get_by_id(install_default_template(org.language)["id"])
        round_ = Round.create(
            organisation=org,
            department=department,
            name=required_text("name", name),
            period_start=start,
            period_end=end,
            template=template,
            previous_round=previous,
            conversation_minutes=int(slot_minutes),
        )
        dues = step_due_dates(start, end, org.country)
        _create_steps(round_, dues, org.language)
        window_start = as_date("first_day", first_day) or min(dues[2] + dt.timedelta(days=1), end)
        dates_in_order("first_day", start, window_start)
        finder = SlotFinder(
            window_start,
            end,
            as_time("workday_start", org.workday_start),
            as_time("workday_end", org.workday_end),
            int(slot_minutes),
            org.country,
        )
        unscheduled = 0
        for employee in _employees_for(org, department):
            slot = finder.next_slot(employee.leader_id, employee.id) if propose_times else None
            unscheduled += slot is None
            conv = Conversation.create(
                round=round_,
                employee=employee,
                leader=employee.leader_id,
                template=template,
                scheduled_start=slot[0] if slot else None,
                scheduled_end=slot[1] if slot else None,
            )
            record_initial_status(conv)
        audit.record("created", round_)
    return round_dict(round_) | {"unscheduled": unscheduled}


def _create_steps(round_: Round, dues: list[dt.date], language: str) -> None:
    for number, (key, due) in enumerate(zip(WHEEL_STEPS, dues, strict=True), start=1):
        step = WheelStep.create(
            round=round_,
            number=number,
            key=key,
            phase=WHEEL_STEP_PHASE[key],
            roles=",".join(WHEEL_STEP_ROLES[key]),
            due_date=due,
        )
        for order in range(DEFAULT_TASKS_PER_STEP):
            StepTask.create(
                step=step,
                text=texts.text(f"domain.task.{key}.{order + 1}", language),
                role=WHEEL_STEP_ROLES[key][min(order, len(WHEEL_STEP_ROLES[key]) - 1)],
                due_date=due,
                sort_order=order,
            )


def propose_slot(round_: Round, employee: Employee, today: dt.date | None = None
                 ) -> tuple[dt.datetime, dt.datetime] | None:
    """The employee's leader's next free time in the round from `today` on (no clash)."""
    org = round_.organisation
    finder = SlotFinder(
        max(round_.period_start, today or dt.date.today()),
        round_.period_end,
        as_time("workday_start", org.workday_start),
        as_time("workday_end", org.workday_end),
        round_.conversation_minutes,
        org.country,
    )
    return finder.next_slot(employee.leader_id, employee.id)


def add_conversation(round_id: str, employee_id: str, propose_time: bool = True,
                     today: dt.date | None = None) -> dict[str, Any]:
    """Add one employee to a round (e.g. someone hired after planning), with a proposed time
    from `today` (default: the real today) on."""
    with atomic():
        round_ = fetch(Round, round_id, "round")
        employee = fetch(Employee, employee_id, "employee")
        if employee.organisation_id != round_.organisation_id:
            raise InvalidValue("employee", reason("other_organisation"))
        if not employee.active:
            raise InvalidValue("employee", reason("employee_left"))
        exists = Conversation.select().where(
            (Conversation.round == round_) & (Conversation.employee == employee)
        )
        if exists.exists():
            raise InvalidValue("employee", reason("already_in_round"))
        slot = propose_slot(round_, employee, today) if propose_time else None
        conv = Conversation.create(
            round=round_,
            employee=employee,
            leader=employee.leader_id,
            template=round_.template_id,
            scheduled_start=slot[0] if slot else None,
            scheduled_end=slot[1] if slot else None,
        )
        record_initial_status(conv)
    return get_conversation(str(conv.id))


def update_round(round_id: str, **changes: Any) -> dict[str, Any]:
    reject_unknown(
        changes, ("name", "period_start", "period_end", "status", "notes", "template_id")
    )
    with atomic():
        round_ = fetch(Round, round_id, "round")
        if "name" in changes:
            round_.name = required_text("name", changes["name"])
        for name in ("period_start", "period_end"):
            if name in changes:
                day = as_date(name, changes[name])
                if day is None:
                    raise InvalidValue("period", reason("required"))
                setattr(round_, name, day)
        dates_in_order("period_end", round_.period_start, round_.period_end)
        if "status" in changes:
            round_.status = choice("status", changes["status"], ROUND_STATUSES)
        if "notes" in changes:
            round_.notes = optional_text("notes", changes["notes"], MAX_TEXT)
        if "template_id" in changes:
            # Conversations keep the version they have; new ones get this template.
            round_.template = fetch(QuestionTemplate, changes["template_id"], "template")
        round_.save()
    return round_dict(round_)


def set_round_status(round_id: str, status: str) -> dict[str, Any]:
    return update_round(round_id, status=status)


# --- wheel steps --------------------------------------------------------------------------
def step_dict(step: WheelStep) -> dict[str, Any]:
    tasks = sorted(step.tasks, key=lambda t: t.sort_order)
    return as_dict(
        step,
        roles=[r for r in step.roles.split(",") if r],
        tasks=[as_dict(t) for t in tasks],
    )


def steps(round_id: str) -> list[dict[str, Any]]:
    round_ = fetch(Round, round_id, "round")
    return [step_dict(s) for s in round_.steps.order_by(WheelStep.number)]


def update_step(step_id: str, **changes: Any) -> dict[str, Any]:
    """Change a step's due date, done date, roles (list of enums.ROLES) or notes."""
    reject_unknown(changes, ("due_date", "done_date", "roles", "notes"))
    with atomic():
        step = fetch(WheelStep, step_id, "wheel_step")
        if "due_date" in changes:
            step.due_date = as_date("due_date", changes["due_date"])
        if "done_date" in changes:
            step.done_date = as_date("done_date", changes["done_date"])
        if "roles" in changes:
            step.roles = ",".join(choice("roles", r, ROLES) for r in changes["roles"])
        if "notes" in changes:
            step.notes = optional_text("notes", changes["notes"], MAX_TEXT)
        step.save()
    return step_dict(step)


def add_step_task(
    step_id: str, text: str, role: str | None = None, due_date: dt.date | str | None = None
) -> dict[str, Any]:
    with atomic():
        step = fetch(WheelStep, step_id, "wheel_step")
        task = StepTask.create(
            step=step,
            text=required_text("text", text, MAX_LINE),
            role=choice("role", role, ROLES) if role else None,
            due_date=as_date("due_date", due_date),
            sort_order=step.tasks.count(),
        )
    return as_dict(task)


def set_step_task_done(task_id: str, done_on: dt.date | str | None) -> dict[str, Any]:
    """Tick (a date) or untick (None) a checklist item."""
    with atomic():
        task = fetch(StepTask, task_id, "step_task")
        task.done_on = as_date("done_on", done_on)
        task.save()
    return as_dict(task)


def wheel_progress(round_id: str, today: dt.date | None = None) -> list[dict[str, Any]]:
    """Per step: dates, roles, checklist done/total, conversations past the step, overdue."""
    today = today or dt.date.today()
    round_ = fetch(Round, round_id, "round")
    order = {status: i for i, status in enumerate(CONVERSATION_STATUSES)}
    statuses = [
        s
        for (s,) in tuples(
            Conversation.select(Conversation.status)
            .where((Conversation.round == round_) & (Conversation.status != "cancelled")))
    ]
    result = []
    for step in round_.steps.order_by(WheelStep.number):
        tasks = list(step.tasks)
        reached_at = STEP_REACHED_AT.get(step.key)
        passed = sum(order[s] >= order[reached_at] for s in statuses) if reached_at else None
        result.append(
            {
                "id": str(step.id),
                "number": step.number,
                "key": step.key,
                "phase": step.phase,
                "roles": [r for r in step.roles.split(",") if r],
                "due_date": step.due_date,
                "done_date": step.done_date,
                "tasks_total": len(tasks),
                "tasks_done": sum(t.done_on is not None for t in tasks),
                "conversations_total": len(statuses),
                "conversations_passed": passed,
                "overdue": step.done_date is None
                and step.due_date is not None
                and step.due_date < today,
            }
        )
    return result


# --- group conversations (GRUS) -----------------------------------------------------------
GROUP_FIELDS = (
    "scheduled_start",
    "place",
    "participants",
    "department_goals",
    "shared_activities",
    "notes",
    "held_on",
)


def save_group_conversation(round_id: str, department_id: str, **fields: Any) -> dict[str, Any]:
    """Create or update the department's group conversation in this round."""
    reject_unknown(fields, GROUP_FIELDS)
    with atomic():
        round_ = fetch(Round, round_id, "round")
        department = fetch(Department, department_id, "department")
        if department.organisation_id != round_.organisation_id:
            raise InvalidValue("department", reason("other_organisation"))
        grus = GroupConversation.get_or_none(
            (GroupConversation.round == round_) & (GroupConversation.department == department)
        )
        is_new = grus is None
        if grus is None:
            grus = GroupConversation(round=round_, department=department)
        for name, value in fields.items():
            if name == "scheduled_start":
                grus.scheduled_start = as_datetime(name, value)
            elif name == "held_on":
                grus.held_on = as_date(name, value)
            elif name == "place":
                grus.place = optional_text(name, value, MAX_NAME)
            else:
                setattr(grus, name, optional_text(name, value, MAX_TEXT))
        grus.save(force_insert=is_new)
    return as_dict(grus, department_name=department.name)


def list_group_conversations(round_id: str) -> list[dict[str, Any]]:
    round_ = fetch(Round, round_id, "round")
    query = (
        GroupConversation.select(GroupConversation, Department)
        .join(Department)
        .where(GroupConversation.round == round_)
        .order_by(Department.name)
    )
    return [as_dict(g, department_name=g.department.name) for g in query]
