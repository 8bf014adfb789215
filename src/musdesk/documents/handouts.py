"""The handouts: preparation sheets (employee, leader), the invitation letter, the MUS wheel
overview and the development plan on its own. Each renderer returns PDF bytes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from musdesk import texts
from musdesk.documents import blocks
from musdesk.documents.content import (
    CONVERSATION_PART,
    EMPLOYEE_PART,
    Invitation,
    PlanDocument,
    PrepNote,
    PrepSheet,
    QuestionNote,
    WheelOverview,
)
from musdesk.documents.fonts import markup
from musdesk.documents.last_year import last_year_story
from musdesk.documents.page import CONTENT_WIDTH, PageFrame, PdfInfo, build_combined, build_pdf
from musdesk.documents.styles import (
    format_date,
    format_date_short,
    format_when,
    in_document_language,
    stylesheet,
)
from musdesk.documents.summary import context_facts
from musdesk.documents.wheel import step_title, wheel_drawing

LINES_PER_QUESTION = 4


@dataclass(frozen=True)
class Part:
    """One handout ready to lay out: its page frame, its story and its PDF information."""

    frame: PageFrame
    story: list[Flowable]
    info: PdfInfo

    def render(self) -> bytes:
        return build_pdf(self.story, self.frame, self.info)


def _frame(language: str, title: str, organisation: str) -> PageFrame:
    return PageFrame(language=language, title=title, organisation=organisation)


# --- preparation sheets -------------------------------------------------------------------
def _prefix(part: str) -> str:
    return {EMPLOYEE_PART: "documents.prep_employee",
            CONVERSATION_PART: "documents.prep_conversation"}.get(part,
                                                                  "documents.prep_leader")


def _answer_space(note: QuestionNote, lang: str) -> list[Flowable]:
    """The question's help text, then lines to write on (or 1–5 to circle on a scale)."""
    flowables: list[Flowable] = []
    if isinstance(note, PrepNote) and note.help:
        flowables.append(blocks.para(note.help, "label"))
    if isinstance(note, PrepNote) and note.scale:
        flowables += [blocks.gap(2), blocks.label("documents.prep.scale", lang, "body"),
                      blocks.gap(4)]
    else:
        flowables.append(blocks.WritingLines(LINES_PER_QUESTION))
    return flowables


@in_document_language
def prep_sheet_story(sheet: PrepSheet) -> list[Flowable]:
    lang = sheet.language
    prefix = _prefix(sheet.part)
    story: list[Flowable] = [
        blocks.label(f"{prefix}.title", lang, "title"),
        blocks.para(sheet.context.round_name, "intro"),
        blocks.facts_table(context_facts(sheet.context, lang)),
        blocks.gap(3),
        blocks.label(f"{prefix}.intro", lang, "intro"),
    ]
    story.extend(last_year_story(sheet.last_year, lang))
    if not any(section.notes for section in sheet.sections):
        story.append(blocks.label("documents.prep.no_questions", lang, "empty"))
    for section in sheet.sections:
        if not section.notes:
            continue
        for index, note in enumerate(section.notes):
            # the section title travels with its first question, never alone at a page foot
            heading = [blocks.para(section.title, "h2")] if index == 0 else []
            story.append(KeepTogether([
                *heading,
                blocks.para(note.question, "h3"),
                *_answer_space(note, lang),
            ]))
    return story


def prep_sheet_part(sheet: PrepSheet) -> Part:
    prefix = _prefix(sheet.part)
    title = texts.text(f"{prefix}.title", sheet.language)
    header = f"{title} – {sheet.context.employee.name}"
    return Part(
        _frame(sheet.language, header, sheet.context.organisation),
        prep_sheet_story(sheet),
        PdfInfo(title=header, subject=sheet.context.round_name),
    )


def render_prep_sheet(sheet: PrepSheet) -> bytes:
    return prep_sheet_part(sheet).render()


# --- invitation ---------------------------------------------------------------------------
def consultant_signature(invitation: Invitation) -> tuple[str, list[Flowable]]:
    """Who the employee without a leader meets, and the signature: the consultant's own
    name with role and firm when given (Settings…), else "the HR consultant" and the
    organisation."""
    lang, c = invitation.language, invitation.context
    role = texts.text("documents.trust.consultant_role", lang)
    if not invitation.consultant:
        return (texts.text("documents.trust.consultant", lang),
                [blocks.label("documents.trust.consultant", lang, "h3"),
                 blocks.para(invitation.consultant_firm or c.organisation, "label")])
    title = ", ".join(part for part in (role, invitation.consultant_firm) if part)
    return (f"{invitation.consultant}, {title}",
            [blocks.para(invitation.consultant, "h3"), blocks.para(title, "label")])


@in_document_language
def invitation_story(invitation: Invitation, today: dt.date | None = None) -> list[Flowable]:
    lang = invitation.language
    c = invitation.context
    t = lambda key, **kw: texts.text(key, lang, **kw)  # noqa: E731
    styles = stylesheet()
    details = [
        (t("documents.invitation.when"), format_when(c.starts_at, c.ends_at, lang)),
        (t("documents.invitation.where"), c.place or t("documents.not_set")),
    ]
    if c.starts_at and c.ends_at and c.ends_at > c.starts_at:
        minutes = int((c.ends_at - c.starts_at).total_seconds() // 60)
        details.append((t("documents.invitation.duration"),
                        t("documents.invitation.minutes", minutes=minutes)))
    if c.has_leader:
        leader = f"{c.leader.name}, {c.leader.job_title}" if c.leader.job_title else c.leader.name
        signer = [blocks.para(c.leader.name, "h3"), blocks.para(c.leader.job_title, "label")]
    else:  # the consultant invites and signs, never "Kind regards –"
        leader, signer = consultant_signature(invitation)
    details.append((t("documents.invitation.with"), leader))
    steps = t("documents.invitation.prepare_steps").split("|")
    bullets = [Paragraph(markup(step), styles["bullet"], bulletText="•") for step in steps]
    return [
        blocks.para(c.organisation, "h3"),
        blocks.para(c.department, "label"),
        blocks.para(format_date(today or dt.date.today(), lang), "label"),
        blocks.gap(8),
        blocks.label("documents.invitation.title", lang, "title"),
        blocks.gap(2),
        blocks.label("documents.invitation.greeting", lang, "body", name=c.employee.name),
        blocks.label("documents.invitation.opening", lang, "body"),
        blocks.gap(2),
        blocks.facts_table(details),
        blocks.label("documents.invitation.purpose_heading", lang),
        blocks.label("documents.invitation.purpose", lang, "body"),
        blocks.label("documents.invitation.prepare_heading", lang),
        *bullets,
        blocks.gap(2),
        blocks.label("documents.invitation.change", lang, "body"),
        blocks.gap(6),
        blocks.label("documents.invitation.closing", lang, "body"),
        blocks.gap(6),
        *signer,
    ]


def invitation_part(invitation: Invitation, today: dt.date | None = None) -> Part:
    title = texts.text("documents.invitation.title", invitation.language)
    header = f"{title} – {invitation.context.employee.name}"
    return Part(
        _frame(invitation.language, header, invitation.context.organisation),
        invitation_story(invitation, today),
        PdfInfo(title=header, subject=invitation.context.round_name),
    )


def render_invitation(invitation: Invitation, today: dt.date | None = None) -> bytes:
    return invitation_part(invitation, today).render()


# --- the MUS wheel overview ---------------------------------------------------------------
@in_document_language
def wheel_story(overview: WheelOverview) -> list[Flowable]:
    lang = overview.language
    styles = stylesheet()
    story: list[Flowable] = [
        blocks.label("documents.wheel.title", lang, "title"),
        blocks.para(f"{overview.organisation} · {overview.round_name}", "intro"),
        blocks.label("documents.wheel.intro", lang, "body"),
    ]
    if overview.period_start or overview.period_end:
        story.append(blocks.label(
            "documents.wheel.period", lang, "body",
            start=format_date(overview.period_start, lang),
            end=format_date(overview.period_end, lang),
        ))
    story.append(wheel_drawing(overview.steps, lang, CONTENT_WIDTH))
    header = [texts.text(f"documents.wheel.{key}", lang)
              for key in ("step", "phase", "who", "due", "done")]
    rows: list[list[object]] = []
    for step in overview.steps:
        about = step.about or texts.text(f"documents.wheel.step{step.number}.about", lang)
        rows.append([
            Paragraph(f"{step.number}. {markup(step_title(step, lang))}", styles["cell_bold"]),
            Paragraph(markup(texts.text(f"documents.phase.{step.phase}", lang)), styles["cell"]),
            [Paragraph(markup(", ".join(step.responsible)), styles["cell_bold"]),
             Paragraph(markup(about), styles["cell"])],
            Paragraph(markup(format_date_short(step.due, lang)), styles["cell"]),
            Paragraph(markup(format_date_short(step.done, lang)), styles["cell"]),
        ])
    story.append(blocks.gap(4))
    story.append(blocks.grid(header, rows, (0.23, 0.09, 0.44, 0.12, 0.12)))
    return story


def render_wheel(overview: WheelOverview) -> bytes:
    title = texts.text("documents.wheel.title", overview.language)
    return build_pdf(
        wheel_story(overview),
        _frame(overview.language, f"{title} – {overview.round_name}", overview.organisation),
        PdfInfo(title=title, subject=overview.round_name),
    )


# --- the development plan on its own ------------------------------------------------------
@in_document_language
def plan_story(plan: PlanDocument) -> list[Flowable]:
    lang = plan.language
    story: list[Flowable] = [
        blocks.label("documents.plan.title", lang, "title"),
        blocks.para(f"{plan.context.employee.name} · {plan.context.round_name}", "intro"),
        blocks.facts_table(context_facts(plan.context, lang)[:4]),
        blocks.gap(3),
        blocks.label("documents.plan.intro", lang, "intro"),
    ]
    if plan.goals:
        story.append(blocks.plan_table(plan.goals, lang))
    else:
        story.append(blocks.label("documents.summary.no_goals", lang, "empty"))
    story.extend(blocks.heading_before_table("documents.summary.followup", lang))
    if plan.follow_ups:
        story.append(blocks.followup_table(plan.follow_ups, lang))
    else:
        story.append(blocks.label("documents.summary.no_followup", lang, "empty"))
    return story


def plan_part(plan: PlanDocument) -> Part:
    title = texts.text("documents.plan.title", plan.language)
    header = f"{title} – {plan.context.employee.name}"
    return Part(
        _frame(plan.language, header, plan.context.organisation),
        plan_story(plan),
        PdfInfo(title=header, subject=plan.context.round_name),
    )


def render_plan(plan: PlanDocument) -> bytes:
    return plan_part(plan).render()


def render_combined(parts: Sequence[Part], info: PdfInfo) -> bytes:
    """Several handouts in one file, each with its own header, footer and page count."""
    return build_combined([(part.frame, part.story) for part in parts], info)
