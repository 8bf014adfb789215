"""The one-page record of processing (GDPR art. 30) for an organisation."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from musdesk import texts
from musdesk.documents import blocks
from musdesk.documents.fonts import markup
from musdesk.documents.page import PageFrame, PdfInfo, build_pdf
from musdesk.documents.styles import format_date, stylesheet
from musdesk.services.privacy_record import ProcessingRecord
from musdesk.storage.files import write_atomic


def render_record(record: ProcessingRecord) -> bytes:
    lang = record.language
    styles = stylesheet()
    title = texts.text("privacy.record.title", lang)

    def t(key: str, **params: object) -> str:
        return texts.text(f"privacy.record.{key}", lang, **params)

    facts = [
        (t("controller"), record.organisation),
        (t("processor"), t("processor_value")),
        (t("made_on"), format_date(record.made_on, lang)),
        (t("subjects"), t("subjects_value")),
    ]
    grouped: dict[str, list[str]] = {}
    for name, category, count in record.counts:
        grouped.setdefault(category, []).append(f"{name}: {count}")
    rows = [[Paragraph(markup(category), styles["cell_bold"]),
             Paragraph(markup(" · ".join(items)), styles["cell"])]
            for category, items in grouped.items()]
    story: list[Flowable] = [
        blocks.para(title, "title"),
        blocks.para(t("intro", organisation=record.organisation), "intro"),
        blocks.facts_table(facts),
        blocks.gap(3),
        blocks.para(t("purpose_heading"), "h3"),
        blocks.para(t("purpose"), "body"),
        blocks.para(t("types_heading"), "h3"),
        blocks.grid([t("category"), t("types_counts")], rows, (0.35, 0.65)),
        blocks.gap(2),
        blocks.para(t("retention_heading"), "h3"),
        blocks.para(t("retention", years=record.retention_years,
                      months=record.leaver_months), "body"),
        blocks.para(t("storage_heading"), "h3"),
        blocks.para(t("storage", folder=record.folder, backups=record.backups), "body"),
        blocks.para(t("security_heading"), "h3"),
        blocks.para(t("security"), "body"),
        blocks.para(t("recipients_heading"), "h3"),
        blocks.para(t("recipients"), "body"),
    ]
    frame = PageFrame(language=lang, title=title, organisation=record.organisation)
    return build_pdf(story, frame, PdfInfo(title=f"{title} – {record.organisation}"))


def write_record(record: ProcessingRecord, path: Path) -> Path:
    write_atomic(Path(path), render_record(record))
    return Path(path)
