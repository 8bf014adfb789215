"""Plain data the renderers draw: no database, no Qt, only text, dates and numbers.

`data.py` fills these from the records; tests and benchmarks build them directly. Labels of
enumerations (learning method, cadence, status) arrive already translated, so a renderer
only lays out. The summary's dataclass is also what the integrity seal signs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

EMPLOYEE_PART = "employee"
LEADER_PART = "leader"
CONVERSATION_PART = "conversation"  # only the question set editor's preview prints it


@dataclass(frozen=True)
class Person:
    name: str
    job_title: str = ""


@dataclass(frozen=True)
class QuestionNote:
    """A question and, in a summary, what was written for it (empty on a preparation sheet)."""

    question: str
    answer: str = ""


@dataclass(frozen=True)
class PrepNote(QuestionNote):
    """A question on a preparation sheet, with its help text; a scale question is answered
    by circling 1–5 instead of on lines. (Only on sheets: the sealed summary keeps
    `QuestionNote` as it is.)"""

    help: str = ""
    scale: bool = False


@dataclass(frozen=True)
class Section:
    title: str
    notes: tuple[QuestionNote, ...] = ()


@dataclass(frozen=True)
class Agreements:
    """The four things the employee leaves the conversation knowing."""

    leader_expects: str = ""
    employee_expects: str = ""
    actions: str = ""
    not_done: str = ""

    def is_empty(self) -> bool:
        return not any(
            (self.leader_expects, self.employee_expects, self.actions, self.not_done)
        )


@dataclass(frozen=True)
class Activity:
    description: str
    method: str = ""


@dataclass(frozen=True)
class SubGoal:
    title: str
    due: dt.date | None = None


@dataclass(frozen=True)
class Goal:
    title: str
    why: str = ""
    linked_to: str = ""
    wanted_change: str = ""
    signs_of_success: str = ""
    support: str = ""
    deadline: dt.date | None = None
    activities: tuple[Activity, ...] = ()
    sub_goals: tuple[SubGoal, ...] = ()
    followed_up_by: str = ""
    cadence: str = ""
    status: str = ""
    progress: int | None = None


@dataclass(frozen=True)
class FollowUp:
    date: dt.date
    title: str
    status: str = ""


@dataclass(frozen=True)
class Context:
    """Who meets whom, where and when: shared by every document about one conversation."""

    organisation: str
    round_name: str
    employee: Person
    leader: Person
    department: str = ""
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    place: str = ""
    has_leader: bool = True  # False: nobody leads the employee; the consultant holds it


@dataclass(frozen=True)
class GoalReview:
    """One of last year's goals as it ended: status, evaluation outcome, what helped."""

    title: str
    status: str = ""
    outcome: str = ""
    what_helped: str = ""
    progress: int | None = None


@dataclass(frozen=True)
class LastYear:
    """What the previous round left: its agreements and its goals with their evaluation."""

    round_name: str = ""
    agreements: Agreements = field(default_factory=Agreements)
    goals: tuple[GoalReview, ...] = ()

    def is_empty(self) -> bool:
        return self.agreements.is_empty() and not self.goals


@dataclass(frozen=True)
class SignatureState:
    """Where the summary stands: a draft for approval, or signed on paper on these days.

    `replaces_version` is the signed version an amendment replaces (with the reason)."""

    signed: bool = False
    employee_signed_on: dt.date | None = None
    leader_signed_on: dt.date | None = None
    replaces_version: int | None = None
    replaces_reason: str = ""
    sent_for_approval_on: dt.date | None = None  # the unsigned draft went to the employee


@dataclass(frozen=True)
class SummaryDocument:
    """The summary for signature. Private leader notes have no field here, by design.

    Everything here is printed and signed, the employee's own comments and the signature
    state included (a draft and the signed record are different documents)."""

    document_id: str
    version: int
    language: str
    context: Context
    main_points: str = ""
    sections: tuple[Section, ...] = ()
    agreements: Agreements = field(default_factory=Agreements)
    goals: tuple[Goal, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    last_year: LastYear | None = None
    employee_comments: str = ""
    state: SignatureState = field(default_factory=SignatureState)
    # who signs in the leader's place when the employee has no leader: the consultant's own
    # name (Settings…), "" when not given or when there is a leader
    consultant: str = ""


@dataclass(frozen=True)
class PrepSheet:
    language: str
    part: str  # EMPLOYEE_PART or LEADER_PART (CONVERSATION_PART: the editor's preview)
    context: Context
    sections: tuple[Section, ...] = ()
    last_year: LastYear | None = None


@dataclass(frozen=True)
class Invitation:
    language: str
    context: Context
    # who signs when the employee has no leader: the consultant (Settings…), "" if not given
    consultant: str = ""
    consultant_firm: str = ""


@dataclass(frozen=True)
class WheelStep:
    number: int
    phase: str  # "before", "during" or "after"
    title: str
    about: str = ""
    responsible: tuple[str, ...] = ()
    due: dt.date | None = None
    done: dt.date | None = None


@dataclass(frozen=True)
class WheelOverview:
    language: str
    organisation: str
    round_name: str
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    steps: tuple[WheelStep, ...] = ()


@dataclass(frozen=True)
class PlanDocument:
    language: str
    context: Context
    goals: tuple[Goal, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
