"""Database records → the plain dataclasses the renderers draw.

Reads the domain models directly (read-only). Enumeration values become labels in the
document's language; private leader notes are never read here. The language is the
organisation's unless the caller chooses one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from musdesk import texts
from musdesk.documents.content import (
    EMPLOYEE_PART,
    Activity,
    Agreements,
    Context,
    FollowUp,
    Goal,
    GoalReview,
    Invitation,
    LastYear,
    Person,
    PlanDocument,
    PrepNote,
    PrepSheet,
    QuestionNote,
    Section,
    SignatureState,
    SubGoal,
    SummaryDocument,
    WheelOverview,
    WheelStep,
)
from musdesk.documents.styles import format_date
from musdesk.models import (
    Agreement,
    Answer,
    Conversation,
    DevelopmentGoal,
    FollowUpMeeting,
    MeetingGoal,
    Round,
    StatusChange,
    TemplateQuestion,
    TemplateSection,
)
from musdesk.models import SubGoal as SubGoalRecord
from musdesk.models.enums import NO_SUMMARY_STATUSES, label
from musdesk.services.template_files import require_language_version

AGREEMENT_FIELD_BY_KIND = {
    "leader_expects": "leader_expects",
    "employee_can_expect": "employee_expects",
    "actions": "actions",
    "not_doing": "not_done",
}
PREP_KIND = {EMPLOYEE_PART: "employee_prep", "leader": "leader_prep"}


def document_language(conversation_or_round: Conversation | Round, chosen: str | None) -> str:
    if chosen:
        return texts.normalise_language(chosen)
    round_ = (
        conversation_or_round.round
        if isinstance(conversation_or_round, Conversation)
        else conversation_or_round
    )
    return texts.normalise_language(round_.organisation.language)


def _label(vocabulary: str, value: str | None, language: str) -> str:
    if not value:
        return ""
    try:
        return label(vocabulary, value, language)
    except KeyError:
        return value


def context_of(conv: Conversation) -> Context:
    employee, leader, round_ = conv.employee, conv.leader, conv.round
    end = conv.scheduled_end
    if end is None and conv.scheduled_start is not None and round_.conversation_minutes:
        end = conv.scheduled_start + dt.timedelta(minutes=round_.conversation_minutes)
    return Context(
        organisation=round_.organisation.name,
        round_name=round_.name,
        employee=Person(employee.full_name, employee.job_title),
        leader=Person(leader.full_name, leader.job_title) if leader else Person("–"),
        department=employee.department.name if employee.department else "",
        starts_at=conv.scheduled_start,
        ends_at=end,
        place=conv.place,
        has_leader=leader is not None,
    )


def _agreements(rows: Iterable[Agreement], language: str) -> Agreements:
    lines: dict[str, list[str]] = {field: [] for field in AGREEMENT_FIELD_BY_KIND.values()}
    for row in sorted(rows, key=lambda a: (a.sort_order, a.created_at)):
        field = AGREEMENT_FIELD_BY_KIND.get(row.kind)
        if field is None:
            continue
        extras = [
            part for part in (
                _label("agreement_owner", row.owner, language),
                format_date(row.due_date, language) if row.due_date else "",
            ) if part
        ]
        lines[field].append(row.text + (f" ({', '.join(extras)})" if extras else ""))
    return Agreements(**{field: "\n".join(values) for field, values in lines.items()})


def _cadence(goal: DevelopmentGoal, language: str) -> str:
    if goal.cadence == "custom" and goal.cadence_days:
        return f"{_label('cadence', 'custom', language)} ({goal.cadence_days})"
    return _label("cadence", goal.cadence, language)


def goal_of(goal: DevelopmentGoal, language: str) -> Goal:
    sub_goals = goal.sub_goals.order_by(SubGoalRecord.sort_order, SubGoalRecord.due_date)
    return Goal(
        title=goal.title,
        why=goal.why,
        linked_to=goal.strategic_goal.title if goal.strategic_goal else "",
        wanted_change=goal.practice_change,
        signs_of_success=goal.signs_of_success,
        support=goal.support,
        deadline=goal.deadline,
        activities=tuple(
            Activity(a.description, _label("learning_method", a.method, language))
            for a in sorted(goal.activities, key=lambda a: a.sort_order)
        ),
        sub_goals=tuple(SubGoal(s.text, s.due_date) for s in sub_goals),
        followed_up_by=goal.owner.full_name if goal.owner else "",
        cadence=_cadence(goal, language),
        status=_label("goal_status", goal.status, language),
        progress=goal.progress,
    )


def _goals(conv: Conversation) -> list[DevelopmentGoal]:
    return list(
        conv.development_goals.order_by(DevelopmentGoal.sort_order, DevelopmentGoal.created_at)
    )


def follow_ups_of(conv: Conversation, goals: list[DevelopmentGoal], language: str
                  ) -> tuple[FollowUp, ...]:
    goal_ids = [g.id for g in goals]
    condition = FollowUpMeeting.conversation == conv
    if goal_ids:
        served = MeetingGoal.select(MeetingGoal.meeting).where(MeetingGoal.goal.in_(goal_ids))
        condition |= FollowUpMeeting.id.in_(served)
    meetings = list(FollowUpMeeting.select().where(condition).order_by(FollowUpMeeting.planned_on))
    titles = {g.id: g.title for g in goals}
    served_titles: dict[object, list[str]] = {}
    if meetings:
        for link in (MeetingGoal.select(MeetingGoal.meeting, MeetingGoal.goal)
                     .where(MeetingGoal.meeting.in_([m.id for m in meetings]))):
            if link.goal_id in titles:
                served_titles.setdefault(link.meeting_id, []).append(titles[link.goal_id])
    meeting_word = texts.text("documents.followup.meeting", language)
    return tuple(
        FollowUp(
            date=m.planned_on,
            title="; ".join(served_titles.get(m.id, [])) or meeting_word,
            status=_label("meeting_status", m.status, language),
        )
        for m in meetings
    )


def _wording_in(conv: Conversation, language: str) -> dict[str, str]:
    """Question texts (by key) and section titles (by "kind/theme") of the conversation's
    question set in `language`, when that is not the set's own; {} when it is. A set
    without a version in that language is refused (`NoLanguageVersion`)."""
    template = conv.template or conv.round.template
    if template is None or template.language == language:
        return {}
    version = require_language_version(str(template.id), language)
    wording: dict[str, str] = {}
    for section in version.sections:
        wording[f"{section.kind}/{section.theme}"] = section.title
        for question in section.questions:
            wording[question.key] = question.text
    return wording


def summary_refusal(status: str, language: str | None = None) -> str | None:
    """Why no summary can be made in this status (None: it can)."""
    if status not in NO_SUMMARY_STATUSES:
        return None
    key = "cancelled" if status == "cancelled" else "not_held"
    return texts.text(f"documents.trust.no_summary.{key}", language)


def signature_state(conv: Conversation) -> SignatureState:
    """Signed (with both dates) when the current version is recorded as signed; an amended
    version names the signed version it replaces."""

    versions = {v.version: v for v in conv.signed_versions}
    current = versions.get(conv.version)
    previous = versions.get(conv.version - 1)
    sent = None
    if current is None and conv.status == "sent_for_approval":
        change = (conv.status_changes
                  .where((StatusChange.to_status == "sent_for_approval")
                         & (StatusChange.version == conv.version))
                  .order_by(StatusChange.at.desc()).first())
        if change is not None:  # stored in UTC; the paper gives the local day
            sent = change.at.replace(tzinfo=dt.UTC).astimezone().date()
    return SignatureState(
        sent_for_approval_on=sent,
        signed=current is not None,
        employee_signed_on=current.employee_signed_on if current else None,
        leader_signed_on=current.leader_signed_on if current else None,
        replaces_version=previous.version if previous else None,
        replaces_reason=previous.amendment_reason if previous else "",
    )


def summary_of(conv: Conversation, language: str | None = None) -> SummaryDocument:
    """What the summary prints: never the private notes, never the preparation answers.

    Refused (SummaryNotPossible) for a conversation that has not been held."""
    from musdesk.documents.errors import SummaryNotPossible

    lang = document_language(conv, language)
    refusal = summary_refusal(conv.status)
    if refusal is not None:
        raise SummaryNotPossible(reason=refusal)
    state = signature_state(conv)
    if state.signed:
        issued = issued_content_of(str(conv.id), conv.version, lang)
        if issued is not None:  # what was signed, not what the goals and meetings are now
            return issued
    rows = (
        Answer.select(Answer, TemplateQuestion, TemplateSection)
        .join(TemplateQuestion)
        .join(TemplateSection)
        .where((Answer.conversation == conv) & (Answer.part == "conversation"))
        .order_by(TemplateSection.sort_order, TemplateQuestion.sort_order)
    )
    sections: list[Section] = []
    last_section = None
    wording = _wording_in(conv, lang)
    for answer in rows:
        if not answer.text.strip():
            continue
        question, section = answer.question, answer.question.section
        note = QuestionNote(wording.get(question.key, question.text), answer.text)
        if answer.question.section_id == last_section:
            sections[-1] = Section(sections[-1].title, (*sections[-1].notes, note))
        else:
            title = wording.get(f"{section.kind}/{section.theme}", section.title)
            sections.append(Section(title, (note,)))
            last_section = answer.question.section_id
    goals = _goals(conv)
    from musdesk.services.consultant import consultant

    return SummaryDocument(
        consultant=consultant().name if conv.leader_id is None else "",
        document_id=str(conv.id),
        version=conv.version,
        language=lang,
        context=context_of(conv),
        main_points=conv.summary,
        sections=tuple(sections),
        agreements=_agreements(conv.agreements, lang),
        goals=tuple(goal_of(g, lang) for g in goals),
        follow_ups=follow_ups_of(conv, goals, lang),
        last_year=last_year_of(conv, lang),
        employee_comments=conv.employee_comments,
        state=state,
    )


def issued_content_of(document_id: str, version: int, language: str) -> SummaryDocument | None:
    """The content first issued for this signed version in this language (at signing), or
    None when it was never issued (then the summary is made from the records)."""
    from musdesk.documents.content_json import summary_from_canonical
    from musdesk.models.issued import IssuedContent, IssuedSummary

    rows = (IssuedContent.select(IssuedContent.canonical)
            .join(IssuedSummary, on=(IssuedSummary.content == IssuedContent.content_hash))
            .where((IssuedSummary.document_id == document_id)
                   & (IssuedSummary.version == version))
            .order_by(IssuedSummary.issued_at))
    for row in rows:
        try:
            doc = summary_from_canonical(row.canonical)
        except ValueError:
            continue
        if doc.language == language and doc.document_id == document_id \
                and doc.version == version and doc.state.signed:
            return doc
    return None


def last_year_of(conv: Conversation, language: str) -> LastYear | None:
    """The previous conversation's agreements and goals with their evaluation, or None.
    The previous conversation is `carry_forward.previous_conversation`'s (one resolver)."""
    from musdesk.services.carry_forward import goal_reviews, previous_conversation

    previous = previous_conversation(conv)
    if previous is None:
        return None
    reviews = tuple(
        GoalReview(
            title=r.title,
            status=_label("goal_status", r.status, language),
            outcome=_label("evaluation_outcome", r.outcome, language),
            what_helped=r.what_helped,
            progress=r.progress,
        )
        for r in goal_reviews(previous)
    )
    last = LastYear(previous.round.name, _agreements(previous.agreements, language), reviews)
    return None if last.is_empty() else last


def prep_sheet_of(conv: Conversation, part: str, language: str | None = None) -> PrepSheet:
    lang = document_language(conv, language)
    template = conv.template or conv.round.template
    sections: list[Section] = []
    if template is not None and template.language != lang:
        template = require_language_version(str(template.id), lang)  # never mixed
    if template is not None:
        # one query for all questions of this part, in the template's order
        rows = (
            TemplateQuestion.select(TemplateQuestion, TemplateSection)
            .join(TemplateSection)
            .where(
                (TemplateSection.template == template)
                & (TemplateSection.kind == PREP_KIND[part])
            )
            .order_by(TemplateSection.sort_order, TemplateQuestion.sort_order)
        )
        last_section = None
        for question in rows:
            note = PrepNote(question.text, help=question.help,
                            scale=question.kind == "scale")
            if question.section_id == last_section:
                sections[-1] = Section(sections[-1].title, (*sections[-1].notes, note))
            else:
                sections.append(Section(question.section.title, (note,)))
                last_section = question.section_id
    return PrepSheet(
        language=lang, part=part, context=context_of(conv), sections=tuple(sections),
        last_year=last_year_of(conv, lang),
    )


def invitation_of(conv: Conversation, language: str | None = None) -> Invitation:
    from musdesk.services.consultant import consultant

    who = consultant()
    return Invitation(language=document_language(conv, language), context=context_of(conv),
                      consultant=who.name, consultant_firm=who.firm)


def plan_of(conv: Conversation, language: str | None = None) -> PlanDocument:
    lang = document_language(conv, language)
    goals = _goals(conv)
    return PlanDocument(
        language=lang, context=context_of(conv),
        goals=tuple(goal_of(g, lang) for g in goals),
        follow_ups=follow_ups_of(conv, goals, lang),
    )


def wheel_of(round_: Round, language: str | None = None) -> WheelOverview:
    lang = document_language(round_, language)
    steps = []
    for step in sorted(round_.steps, key=lambda s: s.number):
        roles = [r.strip() for r in step.roles.split(",") if r.strip()]
        steps.append(WheelStep(
            number=step.number,
            phase=step.phase,
            title=_label("wheel_step", step.key, lang),
            about=step.notes,
            responsible=tuple(_label("role", role, lang) for role in roles),
            due=step.due_date,
            done=step.done_date,
        ))
    department = round_.department.name if round_.department else ""
    return WheelOverview(
        language=lang,
        organisation=round_.organisation.name + (f" · {department}" if department else ""),
        round_name=round_.name,
        period_start=round_.period_start,
        period_end=round_.period_end,
        steps=tuple(steps),
    )


def latest_version(document_id: str) -> int | None:
    """The conversation's current version, for telling a verifier that a paper is outdated."""
    conv = Conversation.get_or_none(Conversation.id == document_id)
    return conv.version if conv is not None else None


def signing_note(document_id: str, version: int, language: str | None = None) -> str:
    """Whether the sealed version was signed on paper, and when (for verify's answer)."""
    from musdesk.models import SignedVersion

    signed = SignedVersion.get_or_none(
        (SignedVersion.conversation == document_id) & (SignedVersion.version == version)
    )
    if signed is None:
        return texts.text("documents.verify.not_signed", language)
    lang = language or texts.current_language()
    return texts.text(
        "documents.verify.signed_on", language,
        employee=format_date(signed.employee_signed_on, lang),
        leader=format_date(signed.leader_signed_on, lang),
    )


def conversations_of_round(round_: Round) -> list[Conversation]:
    """The round's conversations in the order of the employees' names (cancelled left out)."""
    from musdesk.models import Employee

    return list(
        Conversation.select(Conversation, Employee)
        .join(Employee, on=(Conversation.employee == Employee.id))
        .where((Conversation.round == round_) & (Conversation.status != "cancelled"))
        .order_by(Employee.last_name, Employee.first_name)
    )
