"""The readable PDF of an access request: every record about one person, section by section.

Input is `services.privacy_access.AccessExport` (plain data, already labelled); this module
only lays it out in the shared page frame.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from musdesk import texts
from musdesk.documents import blocks
from musdesk.documents.blocks import FONT_COMMAND
from musdesk.documents.fonts import markup
from musdesk.documents.page import CONTENT_WIDTH, PageFrame, PdfInfo, build_pdf
from musdesk.documents.styles import FILL, RULE, format_date, stylesheet
from musdesk.errors import FileNotWritable
from musdesk.services.privacy_access import AccessExport, AccessSection
from musdesk.storage.files import write_atomic

MAX_CELL = 4000  # characters of one value per cell; longer text continues in the next row


def _pairs_table(pairs: tuple[tuple[str, str], ...]) -> Table:
    styles = stylesheet()
    data = []
    for name, value in pairs:
        chunks = [value[i:i + MAX_CELL] for i in range(0, len(value), MAX_CELL)] or [""]
        for index, chunk in enumerate(chunks):
            data.append([Paragraph(markup(name if index == 0 else ""), styles["label"]),
                         Paragraph(markup(chunk).replace("\n", "<br/>"), styles["cell"])])
    table = Table(data, colWidths=[0.28 * CONTENT_WIDTH, 0.72 * CONTENT_WIDTH], hAlign="LEFT",
                  splitByRow=1, splitInRow=1)
    table.setStyle(TableStyle([
        FONT_COMMAND,
        ("BACKGROUND", (0, 0), (0, -1), FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _section(section: AccessSection, language: str) -> list[Flowable]:
    heading = blocks.para(f"{section.title} ({len(section.rows)})", "h2")
    if not section.rows:
        return [KeepTogether([heading, blocks.label("documents.nothing_recorded", language,
                                                    "empty")])]
    story: list[Flowable] = []
    for index, row in enumerate(section.rows):
        table = _pairs_table(row or (("", ""),))
        story.append(KeepTogether([heading, table]) if index == 0 else table)
        story.append(blocks.gap(2))
    return story


def render_access(export: AccessExport) -> bytes:
    lang = export.language
    title = texts.text("privacy.access.title", lang, name=export.employee_name)
    facts = [
        (texts.text("privacy.access.person", lang), export.employee_name),
        (texts.text("privacy.access.organisation", lang), export.organisation_name),
        (texts.text("privacy.access.made_on", lang), format_date(export.made_at.date(), lang)),
        (texts.text("privacy.access.private_notes", lang),
         texts.text("privacy.yes" if export.include_private_notes else "privacy.no", lang)),
    ]
    story: list[Flowable] = [
        blocks.para(title, "title"),
        blocks.label("privacy.access.intro", lang, "intro"),
        blocks.facts_table(facts),
        blocks.gap(4),
    ]
    for section in export.sections:
        story += _section(section, lang)
    frame = PageFrame(language=lang, title=title, organisation=export.organisation_name)
    return build_pdf(story, frame, PdfInfo(title=title, subject=FORMAT_SUBJECT))


FORMAT_SUBJECT = "musdesk access export"


def write_access_export(employee_id: str, folder: Path, *,
                        include_private_notes: bool = False) -> tuple[Path, Path]:
    """Write the PDF and the JSON file into `folder` (made if missing); record the export."""
    from musdesk.documents.batch import safe_name
    from musdesk.services import audit
    from musdesk.services.common import atomic
    from musdesk.services.privacy_access import gather

    export = gather(employee_id, include_private_notes=include_private_notes)
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise FileNotWritable(path=str(folder), reason=exc.strerror or str(exc)) from exc
    stem = f"{safe_name(export.employee_name)}-{export.made_at.date().isoformat()}"
    pdf_path = folder / f"{stem}.pdf"
    json_path = folder / f"{stem}.json"
    write_atomic(pdf_path, render_access(export))
    write_atomic(json_path, export.to_json())
    with atomic():
        audit.record("exported", ("employee", export.employee_id),
                     detail="access+notes" if include_private_notes else "access")
    return pdf_path, json_path
