"""The one-page round report for management and the works council (wheel step 8).

Anonymous by construction: it prints only what `services.evaluation.round_figures` returns
(counts per department, small groups pooled or left out, no names) and the round's own
evaluation notes. Uses the shared page frame, fonts and styles of the other documents.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from musdesk import texts
from musdesk.documents import blocks, fonts
from musdesk.documents.fonts import markup
from musdesk.documents.page import CONTENT_WIDTH, PageFrame, PdfInfo, build_pdf
from musdesk.documents.styles import (
    INK,
    MUTED,
    PHASE_COLOURS,
    document_language,
    format_date,
    stylesheet,
)
from musdesk.models import Round, WheelStep, enums
from musdesk.services import audit
from musdesk.services.evaluation import MIN_GROUP, GroupFigures, RoundFigures, round_figures

SERIES = (PHASE_COLOURS["before"], PHASE_COLOURS["during"], PHASE_COLOURS["after"])
TRACK = colors.HexColor("#eef2f4")


def _language(round_: Round, language: str | None) -> str:
    return texts.normalise_language(language or round_.organisation.language)


def _shares(group: GroupFigures) -> tuple[float, float, float] | None:
    if group.suppressed or not group.people:
        return None
    on_time = (group.follow_ups_on_time or 0) / group.follow_ups_due \
        if group.follow_ups_due else 0.0
    return (group.held or 0) / group.people, (group.signed or 0) / group.people, on_time


def _figures_table(figures: RoundFigures, lang: str) -> Flowable:
    styles = stylesheet()
    too_few = texts.text("wheel.report.too_few", lang, min=MIN_GROUP)
    header = [texts.text(f"wheel.report.{key}", lang)
              for key in ("department", "count", "held", "signed", "follow_ups")]
    rows: list[list[object]] = []
    for group in [*figures.departments, figures.total]:
        is_total = group is figures.total
        name = texts.text("wheel.report.whole_round", lang) if is_total else group.name
        style = styles["cell_bold"] if is_total else styles["cell"]
        if group.suppressed:
            cells = [too_few, "", "", ""]
        else:
            cells = [str(group.people), str(group.held), str(group.signed),
                     texts.text("wheel.report.on_time_of", lang, on_time=group.follow_ups_on_time,
                                due=group.follow_ups_due)]
        rows.append([Paragraph(markup(text), style) for text in (name, *cells)])
    return blocks.grid(header, rows, (0.36, 0.11, 0.12, 0.17, 0.24))


def _chart(groups: list[GroupFigures], lang: str) -> Drawing:
    """Three bars per department (held, signed, follow-ups on time), as shares."""
    fonts.register_fonts()
    shown: list[tuple[GroupFigures, tuple[float, float, float]]] = []
    for group in groups:
        values = _shares(group)
        if values is not None:
            shown.append((group, values))
    bar, gap = 3.2 * mm, 3 * mm
    height = 8 * mm + len(shown) * (3 * bar + gap)
    drawing = Drawing(CONTENT_WIDTH, height)
    legend = [texts.text(f"wheel.report.{key}", lang) for key in ("held", "signed", "follow_ups")]
    x = 0.0
    for colour, name in zip(SERIES, legend, strict=True):
        drawing.add(Rect(x, height - 3 * mm, 3 * mm, 3 * mm, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 4 * mm, height - 2.6 * mm, fonts.drawable(name),
                           fontName=fonts.REGULAR, fontSize=8, fillColor=INK))
        x += 8 * mm + len(name) * 1.7 * mm
    label_width = 0.32 * CONTENT_WIDTH
    span = CONTENT_WIDTH - label_width - 14 * mm
    top = height - 8 * mm
    for group, values in shown:
        name = fonts.drawable(group.name)
        drawing.add(String(label_width - 2 * mm, top - 2 * bar, name[:40], fontName=fonts.REGULAR,
                           fontSize=8, fillColor=INK, textAnchor="end"))
        for index, value in enumerate(values):
            y = top - (index + 1) * bar
            drawing.add(Rect(label_width, y, span, bar - 0.6 * mm, fillColor=TRACK,
                             strokeColor=None))
            drawing.add(Rect(label_width, y, span * value, bar - 0.6 * mm,
                             fillColor=SERIES[index], strokeColor=None))
            drawing.add(String(label_width + span + 1.5 * mm, y + 0.5 * mm,
                               f"{round(value * 100)} %", fontName=fonts.REGULAR, fontSize=7,
                               fillColor=MUTED))
        top -= 3 * bar + gap
    return drawing


def round_report_story(round_: Round, figures: RoundFigures, today: dt.date,
                       lang: str) -> list[Flowable]:
    steps = list(WheelStep.select().where(WheelStep.round == round_))
    done = sum(1 for step in steps if step.done_date is not None)
    people = figures.total.people
    facts = [
        (texts.text("wheel.report.period", lang),
         f"{format_date(round_.period_start, lang)} – {format_date(round_.period_end, lang)}"),
        (texts.text("wheel.report.as_of", lang), format_date(today, lang)),
        (texts.text("wheel.report.people", lang),
         str(people) if people is not None else texts.text("wheel.report.too_few", lang,
                                                            min=MIN_GROUP)),
        (texts.text("wheel.report.status", lang), f"{done}/{len(steps)}"),
    ]
    story: list[Flowable] = [
        blocks.label("wheel.report.title", lang, "title"),
        blocks.para(f"{round_.organisation.name} · {round_.name}", "intro"),
        blocks.facts_table(facts),
        blocks.gap(2),
        blocks.label("wheel.report.intro", lang, "small", min=MIN_GROUP),
        blocks.label("wheel.report.figures", lang),
        _figures_table(figures, lang),
    ]
    if any(_shares(group) for group in figures.departments):
        story.append(blocks.label("wheel.report.chart", lang, "h3"))
        story.append(_chart(figures.departments, lang))
    story.append(blocks.label("wheel.report.methods", lang))
    if figures.learning_methods:
        listed = ", ".join(f"{enums.label('learning_method', method, lang)} ({count})"
                           for method, count in figures.learning_methods[:6])
        story.append(blocks.para(listed))
    else:
        story.append(blocks.label("wheel.report.no_methods", lang, "empty"))
    story.append(blocks.label("wheel.report.evaluation", lang))
    story.extend(blocks.long_text(figures.evaluation_notes, lang))
    return story


def render_round_report(round_id: str, today: dt.date | None = None,
                        language: str | None = None) -> bytes:
    """The report's PDF bytes. `today` decides which follow-ups were due (default: today)."""
    round_ = Round.get_by_id(round_id)
    lang = _language(round_, language)
    today = today or dt.date.today()
    figures = round_figures(
        str(round_.id), today,
        no_department=texts.text("wheel.report.no_department", lang),
        other_departments=texts.text("wheel.report.other_departments", lang))
    title = texts.text("wheel.report.title", lang)
    with document_language(lang):
        story = round_report_story(round_, figures, today, lang)
    return build_pdf(
        story,
        PageFrame(language=lang, title=f"{title} – {round_.name}",
                  organisation=round_.organisation.name),
        PdfInfo(title=title, subject=round_.name),
    )


def write_round_report(round_id: str, path: Path, today: dt.date | None = None,
                       language: str | None = None) -> Path:
    """Render and write the report (whole or not at all), noting in the audit trail that
    the round's figures were printed."""
    from musdesk.documents.batch import write_pdf

    pdf = render_round_report(round_id, today, language)
    written = write_pdf(Path(path), pdf)
    audit.record("printed", Round.get_by_id(round_id), detail="round report")
    return written


def render(round_: Round, language: str | None = None) -> bytes:
    """The shape `documents.batch.render_round_document` dispatches to (KIND round-report)."""
    return render_round_report(str(round_.id), None, language)
