"""Peewee models only. `ALL_MODELS` lists every table in creation order."""

from musdesk.models.audit import AuditEvent
from musdesk.models.base import BaseModel, database_proxy, utc_now
from musdesk.models.conversation import (
    Agreement,
    Answer,
    Conversation,
    PrivateNote,
    ScanAttachment,
    SignedVersion,
    StatusChange,
)
from musdesk.models.followup import (
    Adjustment,
    CalendarTombstone,
    Evaluation,
    FollowUpMeeting,
    GoalProgress,
    MeetingGoal,
    Recognition,
)
from musdesk.models.issued import IssuedContent, IssuedSummary
from musdesk.models.meta import WorkspaceMeta
from musdesk.models.organisation import Department, Employee, Organisation, StrategicGoal
from musdesk.models.plan import Activity, DevelopmentGoal, SubGoal
from musdesk.models.privacy import RetentionHold
from musdesk.models.round import GroupConversation, Round, StepTask, WheelStep
from musdesk.models.template import QuestionTemplate, TemplateQuestion, TemplateSection

ALL_MODELS: list[type] = [
    WorkspaceMeta,
    Organisation,
    Department,
    Employee,
    StrategicGoal,
    QuestionTemplate,
    TemplateSection,
    TemplateQuestion,
    Round,
    WheelStep,
    StepTask,
    GroupConversation,
    Conversation,
    Answer,
    PrivateNote,
    Agreement,
    StatusChange,
    SignedVersion,
    ScanAttachment,
    DevelopmentGoal,
    SubGoal,
    Activity,
    FollowUpMeeting,
    GoalProgress,
    Adjustment,
    Evaluation,
    Recognition,
    AuditEvent,
    IssuedContent,
    IssuedSummary,
    RetentionHold,
    MeetingGoal,
    CalendarTombstone,
]

__all__ = [
    "ALL_MODELS",
    "Activity",
    "Adjustment",
    "Agreement",
    "Answer",
    "AuditEvent",
    "BaseModel",
    "CalendarTombstone",
    "Conversation",
    "Department",
    "DevelopmentGoal",
    "Employee",
    "Evaluation",
    "FollowUpMeeting",
    "GoalProgress",
    "GroupConversation",
    "IssuedContent",
    "IssuedSummary",
    "MeetingGoal",
    "Organisation",
    "PrivateNote",
    "QuestionTemplate",
    "Recognition",
    "RetentionHold",
    "Round",
    "ScanAttachment",
    "SignedVersion",
    "StatusChange",
    "StepTask",
    "StrategicGoal",
    "SubGoal",
    "TemplateQuestion",
    "TemplateSection",
    "WheelStep",
    "WorkspaceMeta",
    "database_proxy",
    "utc_now",
]
