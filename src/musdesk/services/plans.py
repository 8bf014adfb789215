"""Development plans: goals with sub-goals and learning activities, and the good-goal check.

Goals agreed in a conversation are part of its signed content: once it is signed, what the
goal is (title, why, signs, support, practice change, link, sub-goals, activities) is frozen,
while progress, status, dates and cadence stay editable for the follow-up.
"""

from __future__ import annotations

from typing import Any

from peewee import JOIN, ModelSelect, prefetch

from musdesk import texts
from musdesk.errors import Frozen, InvalidValue
from musdesk.models import (
    Activity,
    Conversation,
    DevelopmentGoal,
    Employee,
    StrategicGoal,
    SubGoal,
)
from musdesk.models.enums import CADENCES, FROZEN_STATUSES, GOAL_STATUSES, LEARNING_METHODS
from musdesk.services import audit, calendar_tombstones, followup_planning
from musdesk.services.common import (
    MAX_LINE,
    MAX_TEXT,
    as_date,
    as_dict,
    atomic,
    choice,
    dates_in_order,
    fetch,
    fetch_optional,
    kind_label,
    optional_text,
    percent,
    reason,
    reject_unknown,
    required_text,
)

GOAL_FIELDS = (
    "title",
    "why",
    "signs_of_success",
    "support",
    "practice_change",
    "strategic_goal_id",
    "owner_id",
    "starts_on",
    "deadline",
    "cadence",
    "cadence_days",
    "status",
    "progress",
    "sort_order",
)
# What the goal *is*: frozen with the signed conversation.
# Changing one of these re-plans the employee's follow-up meetings.
PLANNING_FIELDS = frozenset(("cadence", "cadence_days", "starts_on", "deadline", "status"))
FROZEN_GOAL_FIELDS = (
    "title",
    "why",
    "signs_of_success",
    "support",
    "practice_change",
    "strategic_goal_id",
)
WARNINGS = ("no_deadline", "no_signs_of_success", "no_activity", "no_cadence")


def _is_frozen(goal: DevelopmentGoal) -> bool:
    conv = goal.conversation
    return conv is not None and conv.status in FROZEN_STATUSES


def _require_unfrozen(goal: DevelopmentGoal) -> None:
    if _is_frozen(goal):
        raise Frozen(what=kind_label("goal"))


def _apply(goal: DevelopmentGoal, changes: dict[str, Any]) -> None:
    text_fields = ("why", "signs_of_success", "support", "practice_change")
    for name in text_fields:
        if name in changes:
            setattr(goal, name, optional_text(name, changes[name], MAX_TEXT))
    if "title" in changes:
        goal.title = required_text("title", changes["title"], 300)
    if "strategic_goal_id" in changes:
        strategic = fetch_optional(StrategicGoal, changes["strategic_goal_id"], "strategic_goal")
        if strategic is not None and strategic.organisation_id != goal.employee.organisation_id:
            raise InvalidValue("strategic_goal", reason("other_organisation"))
        goal.strategic_goal = strategic
    if "owner_id" in changes:
        owner = fetch_optional(Employee, changes["owner_id"], "employee")
        if owner is not None and owner.organisation_id != goal.employee.organisation_id:
            raise InvalidValue("owner", reason("other_organisation"))
        goal.owner = owner
    if "starts_on" in changes:
        goal.starts_on = as_date("starts_on", changes["starts_on"])
    if "deadline" in changes:
        goal.deadline = as_date("deadline", changes["deadline"])
    dates_in_order("deadline", goal.starts_on, goal.deadline)
    if "cadence" in changes:
        goal.cadence = (
            choice("cadence", changes["cadence"], CADENCES) if changes["cadence"] else None
        )
    if "cadence_days" in changes or "cadence" in changes:
        days = changes.get("cadence_days", goal.cadence_days)
        if goal.cadence == "custom":
            if days is None or not str(days).isdigit() or not 1 <= int(days) <= 365:
                raise InvalidValue("cadence_days", reason("custom_days"))
            goal.cadence_days = int(days)
        else:
            goal.cadence_days = None
    if "status" in changes:
        goal.status = choice("status", changes["status"], GOAL_STATUSES)
    if "progress" in changes:
        goal.progress = percent("progress", changes["progress"])
    if "sort_order" in changes:
        goal.sort_order = int(changes["sort_order"])


def add_goal(employee_id: str, title: str, **fields: Any) -> dict[str, Any]:
    """A development goal for an employee; `conversation_id` links it to the conversation
    where it was agreed. Other fields: see GOAL_FIELDS."""
    conversation_id = fields.pop("conversation_id", None)
    reject_unknown(fields, GOAL_FIELDS)
    with atomic():
        employee = fetch(Employee, employee_id, "employee")
        conv = fetch_optional(Conversation, conversation_id, "conversation")
        if conv is not None:
            if conv.employee_id != employee.id:
                raise InvalidValue("conversation", reason("other_employee"))
            if conv.status in FROZEN_STATUSES:
                raise Frozen(what=kind_label("conversation"))
        count = DevelopmentGoal.select().where(DevelopmentGoal.employee == employee).count()
        goal = DevelopmentGoal(employee=employee, conversation=conv, sort_order=count)
        if conv is not None and conv.leader_id is not None and "owner_id" not in fields:
            goal.owner = conv.leader_id  # the leader follows up unless said otherwise
        _apply(goal, {"title": title, **fields})
        goal.save(force_insert=True)
        audit.record("created", goal)
    return goal_dict(goal)


def update_goal(goal_id: str, *, replan: bool = True, **changes: Any) -> dict[str, Any]:
    """Change a goal (see GOAL_FIELDS). A change of cadence, period or status re-plans the
    future meetings, unless the caller re-plans itself (`replan=False`, in the same
    transaction: services/goal_adjustment)."""
    reject_unknown(changes, GOAL_FIELDS)
    with atomic():
        goal = fetch(DevelopmentGoal, goal_id, "goal")
        if any(name in FROZEN_GOAL_FIELDS for name in changes):
            _require_unfrozen(goal)
        _apply(goal, changes)
        goal.save()
        if replan and PLANNING_FIELDS & set(changes):
            # An adjustment of cadence, period or status re-plans the future meetings.
            followup_planning.replan_employee(goal.employee_id)
    return goal_dict(goal)


def delete_goal(goal_id: str) -> None:
    with atomic():
        goal = fetch(DevelopmentGoal, goal_id, "goal")
        _require_unfrozen(goal)
        audit.record("deleted", goal)
        employee_id = goal.employee_id
        calendar_tombstones.bury_goal(goal)  # its deadline and sub-goals leave calendars
        goal.delete_instance()
        followup_planning.replan_employee(employee_id)


def add_sub_goal(goal_id: str, text: str, due_date: Any = None) -> dict[str, Any]:
    with atomic():
        goal = fetch(DevelopmentGoal, goal_id, "goal")
        _require_unfrozen(goal)
        sub = SubGoal.create(
            goal=goal,
            text=required_text("text", text, MAX_LINE),
            due_date=as_date("due_date", due_date),
            sort_order=goal.sub_goals.count(),
        )
    return as_dict(sub)


def update_sub_goal(sub_goal_id: str, **changes: Any) -> dict[str, Any]:
    """Change text or due date (frozen after signing) or tick it done (`done_on`)."""
    reject_unknown(changes, ("text", "due_date", "done_on"))
    with atomic():
        sub = fetch(SubGoal, sub_goal_id, "sub_goal")
        if "text" in changes or "due_date" in changes:
            _require_unfrozen(sub.goal)
        if "text" in changes:
            sub.text = required_text("text", changes["text"], MAX_LINE)
        if "due_date" in changes:
            sub.due_date = as_date("due_date", changes["due_date"])
        if "done_on" in changes:
            sub.done_on = as_date("done_on", changes["done_on"])
        sub.save()
    return as_dict(sub)


def delete_sub_goal(sub_goal_id: str) -> None:
    """Remove a sub-goal (not once the goal is signed: what the goal is stays frozen)."""
    with atomic():
        sub = fetch(SubGoal, sub_goal_id, "sub_goal")
        _require_unfrozen(sub.goal)
        sub.delete_instance()


def delete_activity(activity_id: str) -> None:
    """Remove an activity (not once the goal is signed)."""
    with atomic():
        activity = fetch(Activity, activity_id, "activity")
        _require_unfrozen(activity.goal)
        activity.delete_instance()


def add_activity(
    goal_id: str,
    description: str,
    method: str,
    starts_on: Any = None,
    ends_on: Any = None,
) -> dict[str, Any]:
    with atomic():
        goal = fetch(DevelopmentGoal, goal_id, "goal")
        _require_unfrozen(goal)
        start, end = as_date("starts_on", starts_on), as_date("ends_on", ends_on)
        dates_in_order("ends_on", start, end)
        activity = Activity.create(
            goal=goal,
            description=required_text("description", description, MAX_LINE),
            method=choice("method", method, LEARNING_METHODS),
            starts_on=start,
            ends_on=end,
            sort_order=goal.activities.count(),
        )
    return as_dict(activity)


def update_activity(activity_id: str, **changes: Any) -> dict[str, Any]:
    reject_unknown(changes, ("description", "method", "starts_on", "ends_on", "done_on"))
    with atomic():
        activity = fetch(Activity, activity_id, "activity")
        if set(changes) - {"done_on"}:
            _require_unfrozen(activity.goal)
        if "description" in changes:
            activity.description = required_text("description", changes["description"], MAX_LINE)
        if "method" in changes:
            activity.method = choice("method", changes["method"], LEARNING_METHODS)
        if "starts_on" in changes:
            activity.starts_on = as_date("starts_on", changes["starts_on"])
        if "ends_on" in changes:
            activity.ends_on = as_date("ends_on", changes["ends_on"])
        dates_in_order("ends_on", activity.starts_on, activity.ends_on)
        if "done_on" in changes:
            activity.done_on = as_date("done_on", changes["done_on"])
        activity.save()
    return as_dict(activity)


def warnings_for(goal: DevelopmentGoal, has_activity: bool | None = None) -> list[str]:
    """What a good development goal lacks (codes from WARNINGS). `has_activity` when the
    caller knows already (loaded with the goal)."""
    found = []
    if goal.deadline is None:
        found.append("no_deadline")
    if not goal.signs_of_success.strip():
        found.append("no_signs_of_success")
    if not (goal.activities.exists() if has_activity is None else has_activity):
        found.append("no_activity")
    if not goal.cadence:
        found.append("no_cadence")
    return found


def warning_messages(codes: list[str]) -> list[dict[str, str]]:
    return [{"code": code, "message": texts.text(f"domain.warning.{code}")} for code in codes]


def goal_warnings(goal_id: str) -> list[dict[str, str]]:
    """The good-goal check: each warning with its code and translated message."""
    return warning_messages(warnings_for(fetch(DevelopmentGoal, goal_id, "goal")))


def goal_dict(goal: DevelopmentGoal, *, full: bool = False) -> dict[str, Any]:
    data = as_dict(goal, frozen=_is_frozen(goal), warnings=warnings_for(goal))
    if full:
        data["sub_goals"] = [as_dict(s) for s in goal.sub_goals.order_by(SubGoal.sort_order)]
        data["activities"] = [as_dict(a) for a in goal.activities.order_by(Activity.sort_order)]
    return data


def full_goal_dicts(query: ModelSelect[DevelopmentGoal]) -> list[dict[str, Any]]:
    """`goal_dict(goal, full=True)` of every goal of `query` (in its order) in three queries,
    however many goals, sub-goals and activities there are: the goals with their
    conversations (for the freeze rule) joined, sub-goals and activities prefetched."""
    goals = prefetch(
        query.select_extend(Conversation)
        .join(Conversation, JOIN.LEFT_OUTER, on=(DevelopmentGoal.conversation == Conversation.id)),
        SubGoal, Activity,
    )
    found = []
    for goal in goals:
        subs = sorted(goal.sub_goals, key=lambda s: s.sort_order)
        activities = sorted(goal.activities, key=lambda a: a.sort_order)
        conv = goal.conversation if goal.conversation_id is not None else None
        frozen = conv is not None and conv.status in FROZEN_STATUSES
        data = as_dict(goal, frozen=frozen, warnings=warnings_for(goal, bool(activities)))
        data["sub_goals"] = [as_dict(s) for s in subs]
        data["activities"] = [as_dict(a) for a in activities]
        found.append(data)
    return found


def get_goal(goal_id: str) -> dict[str, Any]:
    """The goal with its sub-goals, activities and good-goal warnings."""
    return goal_dict(fetch(DevelopmentGoal, goal_id, "goal"), full=True)


def goals_for_employee(employee_id: str, *, open_only: bool = False) -> list[dict[str, Any]]:
    employee = fetch(Employee, employee_id, "employee")
    query = DevelopmentGoal.select().where(DevelopmentGoal.employee == employee)
    if open_only:
        query = query.where(DevelopmentGoal.status.in_(("open", "in_progress")))
    query = query.order_by(DevelopmentGoal.created_at, DevelopmentGoal.sort_order)
    return full_goal_dicts(query)


def goals_for_conversation(conversation_id: str) -> list[dict[str, Any]]:
    conv = fetch(Conversation, conversation_id, "conversation")
    query = (DevelopmentGoal.select().where(DevelopmentGoal.conversation == conv.id)
             .order_by(DevelopmentGoal.sort_order))
    return full_goal_dicts(query)
