"""The fixed vocabularies of the MUS process, stored as plain strings.

Each tuple lists the allowed values in their natural order; the translated label of a value
is the text key `domain.<vocabulary>.<value>` (resources/texts/domain.json), see `label()`.
"""

from __future__ import annotations

from musdesk import texts

# Languages a question template or an organisation may use.
LANGUAGES = ("da", "nb", "en")

# --- rounds and the wheel -----------------------------------------------------------------
ROUND_STATUSES = ("planning", "active", "completed", "cancelled")

PHASES = ("before", "during", "after")

ROLES = ("leader", "employee", "hr", "works_council")

# The eight steps of the MUS wheel, in order, with their phase and default responsible roles.
WHEEL_STEPS = (
    "concept",
    "responsibilities",
    "preparation",
    "dialogue",
    "feedback",
    "development_goals",
    "follow_up",
    "evaluation",
)
WHEEL_STEP_PHASE = {
    "concept": "before",
    "responsibilities": "before",
    "preparation": "before",
    "dialogue": "during",
    "feedback": "during",
    "development_goals": "after",
    "follow_up": "after",
    "evaluation": "after",
}
WHEEL_STEP_ROLES = {
    "concept": ("hr", "works_council"),
    "responsibilities": ("hr", "leader"),
    "preparation": ("leader", "employee"),
    "dialogue": ("leader", "employee"),
    "feedback": ("leader", "employee"),
    "development_goals": ("leader", "employee"),
    "follow_up": ("leader", "employee"),
    "evaluation": ("hr", "works_council", "leader"),
}

# --- question templates -------------------------------------------------------------------
SECTION_KINDS = ("employee_prep", "leader_prep", "conversation")
QUESTION_KINDS = ("text", "scale")

# --- conversations ------------------------------------------------------------------------
CONVERSATION_STATUSES = (
    "planned",
    "invited",
    "prepared",
    "held",
    "summary_drafted",
    "sent_for_approval",
    "signed",
    "in_follow_up",
    "closed",
    "cancelled",
)
# States from which a conversation may still be cancelled (everything before it is signed).
OPEN_STATUSES = (
    "planned",
    "invited",
    "prepared",
    "held",
    "summary_drafted",
    "sent_for_approval",
)
# States in which the signed content is frozen.
FROZEN_STATUSES = ("signed", "in_follow_up", "closed")
# States with no summary: it records a conversation that took place (documents/data.py).
NO_SUMMARY_STATUSES = ("planned", "invited", "prepared", "cancelled")

AGREEMENT_KINDS = (
    "leader_expects",  # what the leader expects of the employee
    "employee_can_expect",  # what the employee can expect of the leader
    "actions",  # actions each will start: by whom and when
    "not_doing",  # what will not be done, and why
)
AGREEMENT_OWNERS = ("leader", "employee", "both")

# --- development plans --------------------------------------------------------------------
GOAL_STATUSES = (
    "open",
    "in_progress",
    "achieved",
    "partly_achieved",
    "not_achieved",
    "dropped",
    "carried_over",  # continued as a new goal in a later round
)
OPEN_GOAL_STATUSES = ("open", "in_progress")

CADENCES = ("weekly", "biweekly", "monthly", "quarterly", "custom")

LEARNING_METHODS = (
    "course",
    "new_tasks",
    "peer_training",
    "teaching_others",
    "network",
    "mentoring",
    "project",
    "self_study",
    "other",
)

# --- follow-up ----------------------------------------------------------------------------
MEETING_STATUSES = ("planned", "held", "missed", "cancelled")
EVALUATION_OUTCOMES = ("achieved", "partly_achieved", "not_achieved")
RECOGNITION_KINDS = ("formal", "informal")
RECOGNITION_CATEGORIES = ("raise", "bonus", "promotion", "praise", "celebration", "other")

# --- audit --------------------------------------------------------------------------------
AUDIT_ACTIONS = (
    "created",
    "updated",
    "deleted",
    "status_changed",
    "signed",
    "amended",
    "printed",
    "exported",
    "imported",
    "erased",
    "restored",
)

VOCABULARIES: dict[str, tuple[str, ...]] = {
    "round_status": ROUND_STATUSES,
    "phase": PHASES,
    "role": ROLES,
    "wheel_step": WHEEL_STEPS,
    "section_kind": SECTION_KINDS,
    "question_kind": QUESTION_KINDS,
    "conversation_status": CONVERSATION_STATUSES,
    "agreement_kind": AGREEMENT_KINDS,
    "agreement_owner": AGREEMENT_OWNERS,
    "goal_status": GOAL_STATUSES,
    "cadence": CADENCES,
    "learning_method": LEARNING_METHODS,
    "meeting_status": MEETING_STATUSES,
    "evaluation_outcome": EVALUATION_OUTCOMES,
    "recognition_kind": RECOGNITION_KINDS,
    "recognition_category": RECOGNITION_CATEGORIES,
    "audit_action": AUDIT_ACTIONS,
}


def label(vocabulary: str, value: str, language: str | None = None) -> str:
    """The translated label of one value, e.g. label("conversation_status", "held")."""
    return texts.text(f"domain.{vocabulary}.{value}", language)
