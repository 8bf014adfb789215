"""The summary (referat) printed for signature: facts, main points per section, the four
agreements, the development plan, the follow-up schedule, signature blocks and the seal.

Private leader notes have no field in `SummaryDocument`, so they cannot be printed here.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from musdesk import texts
from musdesk.documents import blocks
from musdesk.documents.blocks import FONT_COMMAND
from musdesk.documents.content import Agreements, Context, Person, SummaryDocument
from musdesk.documents.fonts import markup
from musdesk.documents.page import CONTENT_WIDTH, PageFrame, PdfInfo, build_pdf
from musdesk.documents.styles import (
    ACCENT,
    FILL,
    INK,
    format_date,
    format_when,
    in_document_language,
    stylesheet,
)

AGREEMENT_FIELDS = (
    ("leader_expects", "documents.agreement.leader_expects"),
    ("employee_expects", "documents.agreement.employee_expects"),
    ("actions", "documents.agreement.actions"),
    ("not_done", "documents.agreement.not_done"),
)


@dataclass(frozen=True)
class SealMark:
    """What the seal puts on the paper: the short code, the QR text, the PDF keyword."""

    code: str
    qr_payload: str
    keyword: str


def context_facts(doc_context: Context, language: str) -> list[tuple[str, str]]:
    t = lambda key: texts.text(key, language)  # noqa: E731
    c = doc_context
    rows = [
        (t("documents.label.organisation"), c.organisation),
        (t("documents.label.department"), c.department or "–"),
        (t("documents.label.employee"), _person(c.employee)),
        (t("documents.label.leader"), _person(c.leader)),
        (t("documents.label.date"), format_when(c.starts_at, c.ends_at, language)),
        (t("documents.label.place"), c.place or t("documents.not_set")),
    ]
    return rows


def _person(person: Person) -> str:
    return f"{person.name}, {person.job_title}" if person.job_title else person.name


def agreements_story(agreements: Agreements, language: str) -> list[Flowable]:
    story: list[Flowable] = []
    for field_name, key in AGREEMENT_FIELDS:
        story.append(blocks.label(key, language, "h3"))
        story.extend(blocks.long_text(getattr(agreements, field_name), language))
    return story


def _signatures(doc: SummaryDocument) -> list[Flowable]:
    lang = doc.language
    t = lambda key: texts.text(key, lang)  # noqa: E731
    styles = stylesheet()
    half = CONTENT_WIDTH / 2
    gap = 8 * mm
    state = doc.state
    # without a leader the consultant signs in the leader's place
    if doc.context.has_leader:
        second_title, second_name = t("documents.label.leader"), doc.context.leader.name
    else:
        second_title = t("documents.trust.consultant_role")
        second_name = doc.consultant or t("documents.trust.consultant")
    if state.signed:
        # the record of what was signed: both dates, nothing left to fill in
        def signed(day: dt.date | None) -> Paragraph:
            return Paragraph(markup(texts.text(
                "documents.trust.signed_on", lang, date=format_date(day, lang))), styles["body"])

        rows = [
            [Paragraph(markup(t("documents.label.employee")), styles["h3"]), "",
             Paragraph(markup(second_title), styles["h3"])],
            [Paragraph(markup(doc.context.employee.name), styles["body"]), "",
             Paragraph(markup(second_name), styles["body"])],
            [signed(state.employee_signed_on), "", signed(state.leader_signed_on)],
        ]
        heights: list[float | None] = [None, None, None]
        lines: list[tuple[object, ...]] = []
    else:
        rows = [
            [Paragraph(markup(t("documents.label.employee")), styles["h3"]), "",
             Paragraph(markup(second_title), styles["h3"])],
            [Paragraph(markup(doc.context.employee.name), styles["body"]), "",
             Paragraph(markup(second_name), styles["body"])],
            ["", "", ""],
            [Paragraph(markup(t("documents.summary.sign_date")), styles["label"]), "",
             Paragraph(markup(t("documents.summary.sign_date")), styles["label"])],
            ["", "", ""],
            [Paragraph(markup(t("documents.summary.sign_signature")), styles["label"]), "",
             Paragraph(markup(t("documents.summary.sign_signature")), styles["label"])],
        ]
        heights = [None, None, 12 * mm, None, 14 * mm, None]
        # the lines to write on: under the empty rows, per column
        lines = [("LINEBELOW", (col, row), (col, row), 0.8, INK)
                 for row in (2, 4) for col in (0, 2)]
    table = Table(
        rows,
        colWidths=[half - gap / 2, gap, half - gap / 2],
        rowHeights=heights,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle([
        FONT_COMMAND,
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        *lines,
    ]))
    return [
        blocks.label("documents.summary.signatures", lang),
        blocks.label("documents.summary.approval", lang, "body"),
        blocks.gap(2),
        table,
    ]


def state_banner(doc: SummaryDocument) -> list[Flowable]:
    """What the paper is: a draft for approval, or the signed record (dates, version); an
    amendment names the version it replaces."""
    lang = doc.language
    state = doc.state
    if state.signed:
        key = ("documents.trust.signed_banner" if doc.context.has_leader
               else "documents.trust.signed_banner_consultant")
        text = texts.text(
            key, lang, version=doc.version,
            employee=format_date(state.employee_signed_on, lang),
            leader=format_date(state.leader_signed_on, lang),
        )
        style = "state_signed"
    elif state.sent_for_approval_on is not None:
        text = texts.text("documents.trust.sent_banner", lang, version=doc.version,
                          sent=format_date(state.sent_for_approval_on, lang))
        style = "state_draft"
    else:
        text = texts.text("documents.trust.draft_banner", lang, version=doc.version)
        style = "state_draft"
    story: list[Flowable] = [blocks.para(text, style)]
    if state.replaces_version is not None:
        story.append(blocks.para(texts.text(
            "documents.trust.replaces", lang, version=doc.version,
            replaced=state.replaces_version,
            reason=state.replaces_reason or texts.text("documents.not_set", lang),
        ), "intro"))
    return story


def comments_story(doc: SummaryDocument) -> list[Flowable]:
    """The employee's own remarks; on an unsigned paper with none yet, lines to write on."""
    lang = doc.language
    story: list[Flowable] = [
        blocks.label("documents.trust.comments_heading", lang),
        blocks.label("documents.trust.comments_intro", lang, "intro"),
    ]
    if doc.employee_comments.strip():
        story.extend(blocks.long_text(doc.employee_comments, lang))
    elif doc.state.signed:
        story.append(blocks.label("documents.trust.comments_none", lang, "empty"))
    else:
        story.append(blocks.WritingLines(4))
    return story


class QrCode(Flowable):
    """A QR code drawn straight onto the canvas from ReportLab's own QR encoder.

    ReportLab's QR widget builds one shape object per dark run and tries all eight mask
    patterns, which made it half the cost of a summary. Any mask pattern is valid for
    readers, so we take pattern 0, and draw each dark run as one rectangle.
    """

    BORDER = 2  # quiet zone in modules; the seal box adds more white around it

    def __init__(self, payload: str, size: float = 30 * mm) -> None:
        super().__init__()
        encoder = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        encoder.addData(payload)
        encoder.version = encoder.calculate_version()
        encoder.makeImpl(False, 0)
        self.modules: list[list[bool]] = [[bool(m) for m in row] for row in encoder.modules]
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.modules)
        box = self.size / (count + 2 * self.BORDER)
        canvas = self.canv
        canvas.setFillColor(INK)
        for r, row in enumerate(self.modules):
            y = self.size - (r + self.BORDER + 1) * box
            c = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    canvas.rect((c + self.BORDER) * box, y, length * box, box,
                                stroke=0, fill=1)
                c += length


def _seal_block(doc: SummaryDocument, seal: SealMark | None) -> Flowable:
    lang = doc.language
    styles = stylesheet()
    if seal is None:
        return blocks.label("documents.seal.draft", lang, "empty")
    text = [
        Paragraph(markup(texts.text("documents.seal.heading", lang)), styles["h3"]),
        Paragraph(
            # a fixed space: ReportLab drops a plain one before the change of font
            f"{markup(texts.text('documents.seal.code', lang))}:&nbsp;"
            f"<font name='MusdeskSans-Bold' size='12'>{markup(seal.code)}</font>",
            styles["body"],
        ),
        Paragraph(markup(texts.text("documents.seal.explanation", lang)), styles["small"]),
    ]
    table = Table(
        [[QrCode(seal.qr_payload), text]],
        colWidths=[34 * mm, CONTENT_WIDTH - 34 * mm],
        hAlign="LEFT",
    )
    table.setStyle(TableStyle([
        FONT_COMMAND,
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 0.6, ACCENT),
        ("BACKGROUND", (1, 0), (1, 0), FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _last_year(doc: SummaryDocument) -> list[Flowable]:
    from musdesk.documents.last_year import last_year_story  # it builds on this module

    return last_year_story(doc.last_year, doc.language, "documents.last_year.summary_title")


@in_document_language
def summary_story(doc: SummaryDocument, seal: SealMark | None) -> list[Flowable]:
    lang = doc.language
    story: list[Flowable] = [
        blocks.label("documents.summary.title", lang, "title"),
        blocks.para(doc.context.round_name, "intro"),
        *state_banner(doc),
        blocks.facts_table(context_facts(doc.context, lang)),
        blocks.gap(3),
        blocks.label("documents.trust.signed_intro" if doc.state.signed
                     else "documents.summary.intro", lang, "intro"),
        blocks.label("documents.summary.main_points", lang),
    ]
    if doc.main_points.strip():
        story.extend(blocks.long_text(doc.main_points, lang, "body"))
    elif not doc.sections:
        story.append(blocks.label("documents.summary.no_sections", lang, "empty"))
    story.extend(_last_year(doc))
    for section in doc.sections:
        story.append(blocks.para(section.title, "h3"))
        if not section.notes:
            story.append(blocks.label("documents.nothing_recorded", lang, "empty"))
        for note in section.notes:
            story.append(blocks.para(note.question, "label"))
            story.extend(blocks.long_text(note.answer, lang))
    story.append(blocks.label("documents.summary.agreements", lang))
    story.extend(agreements_story(doc.agreements, lang))
    story.extend(blocks.heading_before_table("documents.summary.plan", lang))
    if doc.goals:
        story.append(blocks.plan_table(doc.goals, lang))
    else:
        story.append(blocks.label("documents.summary.no_goals", lang, "empty"))
    story.extend(blocks.heading_before_table("documents.summary.followup", lang))
    if doc.follow_ups:
        story.append(blocks.followup_table(doc.follow_ups, lang))
    else:
        story.append(blocks.label("documents.summary.no_followup", lang, "empty"))
    story.extend(comments_story(doc))
    story.append(KeepTogether([*_signatures(doc), blocks.gap(6), _seal_block(doc, seal)]))
    return story


def render_summary(
    doc: SummaryDocument, seal: SealMark | None = None, fingerprint: str = "",
    *, archive: bool = True,
) -> bytes:
    """The summary as PDF bytes; with `seal`, it carries the code, the QR code and the keyword;
    with `fingerprint` (the signing certificate's SHA-256), every footer names it. Not
    signed yet: DRAFT across every page."""
    lang = doc.language
    title = texts.text("documents.summary.title", lang)
    note = (texts.text("documents.trust.footer_certificate", lang, fingerprint=fingerprint)
            if fingerprint else "")
    frame = PageFrame(
        language=lang, title=f"{title} – {doc.context.employee.name}",
        organisation=doc.context.organisation, document_id=doc.document_id, version=doc.version,
        watermark="" if doc.state.signed else texts.text("documents.trust.draft_mark", lang),
        footer_note=note,
    )
    info = summary_info(doc, seal)
    return build_pdf(summary_story(doc, seal), frame, info, archive=archive)


def summary_info(doc: SummaryDocument, seal: SealMark | None) -> PdfInfo:
    title = texts.text("documents.summary.title", doc.language)
    return PdfInfo(
        title=f"{title} – {doc.context.employee.name}",
        subject=f"{doc.context.round_name} · {format_date(_date(doc), doc.language)}",
        author=doc.context.leader.name,
        keywords=seal.keyword if seal else "",
    )


def _date(doc: SummaryDocument) -> dt.date | None:
    return doc.context.starts_at.date() if doc.context.starts_at else None
