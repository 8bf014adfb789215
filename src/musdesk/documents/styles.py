"""Paragraph styles, colours and formats shared by every document."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any, TypeVar

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle

from musdesk import texts
from musdesk.documents import fonts, hyphenation

T = TypeVar("T")

INK = colors.HexColor("#1d2730")
ACCENT = colors.HexColor("#1f5562")
MUTED = colors.HexColor("#5d6b75")
RULE = colors.HexColor("#b9c4cb")
FILL = colors.HexColor("#eaf1f3")
WATERMARK = colors.HexColor("#d9a3a3")
PHASE_COLOURS = {
    "before": colors.HexColor("#3f7296"),
    "during": colors.HexColor("#3d8462"),
    "after": colors.HexColor("#b07a22"),
}


@contextmanager
def document_language(language: str) -> Iterator[None]:
    """Paragraphs made inside this block are hyphenated in `language` (documents/
    hyphenation.py; this thread only, so a worker's batch does not affect the UI)."""
    previous = hyphenation.set_current(language)
    try:
        yield
    finally:
        hyphenation.set_current(previous)


def in_document_language(builder: Callable[..., T]) -> Callable[..., T]:
    """Decorator for a story builder whose first argument has a `.language`."""

    @functools.wraps(builder)
    def wrapper(document: Any, *args: Any, **kwargs: Any) -> T:
        with document_language(document.language):
            return builder(document, *args, **kwargs)

    return wrapper


@cache
def stylesheet() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle(
        "body", fontName=fonts.REGULAR, fontSize=10, leading=14, textColor=INK,
        spaceAfter=4, splitLongWords=1, bulletFontName=fonts.REGULAR, embeddedHyphenation=1,
    )
    return {
        "body": base,
        "title": ParagraphStyle(
            "title", parent=base, fontName=fonts.BOLD, fontSize=17, leading=21,
            textColor=ACCENT, spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=fonts.BOLD, fontSize=12.5, leading=16,
            textColor=ACCENT, spaceBefore=12, spaceAfter=5, keepWithNext=1,
        ),
        "h2_free": ParagraphStyle(
            "h2_free", parent=base, fontName=fonts.BOLD, fontSize=12.5, leading=16,
            textColor=ACCENT, spaceBefore=12, spaceAfter=5,
        ),
        "h3": ParagraphStyle(
            "h3", parent=base, fontName=fonts.BOLD, fontSize=10, leading=13.5,
            spaceBefore=6, spaceAfter=2, keepWithNext=1,
        ),
        "intro": ParagraphStyle("intro", parent=base, textColor=MUTED, spaceAfter=8),
        "answer": ParagraphStyle("answer", parent=base, leftIndent=8, spaceAfter=6),
        "empty": ParagraphStyle(
            "empty", parent=base, textColor=MUTED, leftIndent=8,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=fonts.BOLD, fontSize=8.5, leading=11,
            spaceAfter=0,
        ),
        "cell_head": ParagraphStyle(
            "cell_head", parent=base, fontName=fonts.BOLD, fontSize=8.5, leading=11,
            textColor=colors.white, spaceAfter=0,
        ),
        "label": ParagraphStyle(
            "label", parent=base, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=0,
        ),
        "small": ParagraphStyle(
            "small", parent=base, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0,
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=base, leftIndent=14, bulletIndent=3, spaceAfter=3,
        ),
        "code": ParagraphStyle(
            "code", parent=base, fontName=fonts.BOLD, fontSize=13, leading=17,
            textColor=INK, spaceAfter=2,
        ),
        "centre": ParagraphStyle("centre", parent=base, alignment=TA_CENTER),
        "state_draft": ParagraphStyle(
            "state_draft", parent=base, fontName=fonts.BOLD, textColor=colors.HexColor("#8a2a2a"),
            borderColor=colors.HexColor("#8a2a2a"), borderWidth=0.8, borderPadding=5,
            spaceBefore=4, spaceAfter=10,
        ),
        "state_signed": ParagraphStyle(
            "state_signed", parent=base, fontName=fonts.BOLD, textColor=ACCENT,
            borderColor=ACCENT, borderWidth=0.8, borderPadding=5, spaceBefore=4, spaceAfter=10,
        ),
    }


def format_date(value: dt.date | None, language: str) -> str:
    if value is None:
        return texts.text("documents.not_set", language)
    months = texts.text("documents.months", language).split(",")
    return texts.text(
        "documents.date_format", language,
        day=value.day, month=months[value.month - 1], year=value.year,
    )


def format_date_short(value: dt.date | None, language: str) -> str:
    """'09.09.2026' (da, nb) or '9 Sep 2026' (en): for narrow table columns."""
    if value is None:
        return "–"
    months = texts.text("documents.months_short", language).split(",")
    return texts.text(
        "documents.date_short", language, day=value.day, dd=f"{value.day:02d}",
        mm=f"{value.month:02d}", mon=months[value.month - 1], year=value.year,
    )


def format_time(value: dt.datetime, language: str) -> str:
    return texts.text(
        "documents.time_format", language, hh=f"{value.hour:02d}", mm=f"{value.minute:02d}"
    )


def format_when(start: dt.datetime | None, end: dt.datetime | None, language: str) -> str:
    """'23. november 2026, kl. 10.00–11.30' in the document's language."""
    if start is None:
        return texts.text("documents.not_set", language)
    when = f"{format_date(start.date(), language)}, {format_time(start, language)}"
    if end is not None and end.date() == start.date():
        when += "–" + format_time(end, language).removeprefix("kl. ")
    return when
