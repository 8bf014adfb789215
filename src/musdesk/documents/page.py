"""The page frame every document shares: header, "page X of Y", footer with ID and version.

"Page X of Y" needs the page count before the first page is finished. Instead of laying
the story out twice, the canvas keeps each finished page's state and draws the header and
footer on all of them at save time, when the total is known.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from musdesk import texts
from musdesk.documents import fonts
from musdesk.documents.styles import ACCENT, MUTED, RULE, WATERMARK

if TYPE_CHECKING:
    from musdesk.documents.archive import Metadata

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
BODY_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM


@dataclass(frozen=True)
class PageFrame:
    """What the header and footer of each page say."""

    language: str
    title: str
    organisation: str = ""
    document_id: str | None = None
    version: int | None = None
    confidential: bool = True
    # Drawn large across every page (e.g. "DRAFT" on a summary not signed yet).
    watermark: str = ""
    # A second footer line (the signing certificate's fingerprint on a summary).
    footer_note: str = ""


@dataclass(frozen=True)
class PdfInfo:
    """The PDF's document information (shown by viewers; `keywords` carries the seal)."""

    title: str
    subject: str = ""
    author: str = ""
    keywords: str = ""


def _clip(text: str, font: str, size: float, width: float) -> str:
    """Shorten a header/footer line to `width` with an ellipsis (body text never clips)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = fonts.drawable(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


HEADER_SIZE = 8.5
HEADER_MIN_SIZE = 6.5
HEADER_GAP = 6 * mm


def header_layout(title: str, right: str) -> tuple[str, float, str]:
    """(title, its font size, right text) for the running header.

    The title (which holds the person's name) is never cut while it can be drawn at
    6.5 pt across the page: the organisation on the right gives way first (clipped, then
    left out), then the title's size shrinks. Only a title too long even then loses the
    part before its " – " (the document kind), never the name after it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    title = fonts.drawable(title)
    size = HEADER_SIZE
    width = stringWidth(title, fonts.BOLD, size)
    min_right = min(stringWidth(right, fonts.REGULAR, size), CONTENT_WIDTH * 0.3)
    if width + HEADER_GAP + min_right <= CONTENT_WIDTH:
        room = CONTENT_WIDTH - width - HEADER_GAP
        return title, size, _clip(right, fonts.REGULAR, size, room)
    while size > HEADER_MIN_SIZE and stringWidth(title, fonts.BOLD, size) > CONTENT_WIDTH:
        size -= 0.25
    width = stringWidth(title, fonts.BOLD, size)
    if width > CONTENT_WIDTH and " – " in title:
        kind, name = title.split(" – ", 1)
        name_width = stringWidth(" – " + name, fonts.BOLD, size)
        if name_width < CONTENT_WIDTH:
            kind = _clip(kind, fonts.BOLD, size, CONTENT_WIDTH - name_width)
            title = f"{kind} – {name}"
    room = CONTENT_WIDTH - stringWidth(title, fonts.BOLD, size) - HEADER_GAP
    right_text = _clip(right, fonts.REGULAR, size, room) if room > 40 else ""
    return title, size, right_text


def draw_watermark(canvas: Canvas, text: str) -> None:
    """Outlined letters across the page (no transparency, so PDF/A-2 needs no blending
    rules), light enough to read the text underneath."""
    canvas.saveState()
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(52)
    size = 96.0
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while size > 30 and stringWidth(text, fonts.BOLD, size) > PAGE_HEIGHT * 0.8:
        size -= 4
    canvas.setStrokeColor(WATERMARK)
    canvas.setLineWidth(1.2)
    text_object = canvas.beginText()
    text_object.setTextRenderMode(1)  # stroke only
    text_object.setFont(fonts.BOLD, size)
    text_object.setTextOrigin(-stringWidth(text, fonts.BOLD, size) / 2, -size / 3)
    text_object.textOut(text)
    canvas.drawText(text_object)
    canvas.restoreState()


def draw_decorations(canvas: Canvas, frame: PageFrame, page: int, total: int) -> None:
    lang = frame.language
    if frame.watermark:
        draw_watermark(canvas, frame.watermark)
    canvas.saveState()
    # header: title left, organisation (and "confidential") right, a thin rule below
    top = PAGE_HEIGHT - 12 * mm
    right = frame.organisation
    if frame.confidential:
        conf = texts.text("documents.confidential", lang)
        right = f"{right} · {conf}" if right else conf
    title, size, right = header_layout(frame.title, right)
    canvas.setFillColor(ACCENT)
    canvas.setFont(fonts.BOLD, size)
    canvas.drawString(MARGIN_X, top, title)
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.REGULAR, size)
    if right:
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, right)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)
    # footer: ID and version left, page X of Y right
    bottom = 10 * mm
    canvas.line(MARGIN_X, bottom + 4 * mm, PAGE_WIDTH - MARGIN_X, bottom + 4 * mm)
    canvas.setFont(fonts.REGULAR, 7.5)
    if frame.document_id is not None:
        left = texts.text(
            "documents.footer_id", lang, id=frame.document_id, version=frame.version or 1
        )
    else:
        left = texts.text("documents.footer_made", lang)
    canvas.drawString(MARGIN_X, bottom, _clip(left, fonts.REGULAR, 7.5, CONTENT_WIDTH * 0.75))
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN_X, bottom, texts.text("documents.page_of", lang, page=page, total=total)
    )
    if frame.footer_note:
        canvas.setFont(fonts.REGULAR, 6.5)
        canvas.drawString(
            MARGIN_X, bottom - 3.6 * mm, _clip(frame.footer_note, fonts.REGULAR, 6.5, CONTENT_WIDTH)
        )
    canvas.restoreState()


class SectionStart(Flowable):
    """Zero-size marker: from this page on, header, footer and "page X of Y" belong to
    `frame` (several documents in one file, each numbered on its own)."""

    def __init__(self, frame: PageFrame) -> None:
        super().__init__()
        self.frame = frame

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._section_frame = self.frame
        self.canv._section_number = getattr(self.canv, "_section_number", 0) + 1


class BlankBackForDuplex(Flowable):
    """Right after a page break: when the new page is an even one (the back of a sheet
    printed on both sides), it stays blank, so the next person starts on a new sheet.
    The blank page has no header, footer or page number of anyone's."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self._blank = False

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        canvas = getattr(self, "canv", None)
        self._blank = canvas is not None and canvas.getPageNumber() % 2 == 0
        return (avail_width, avail_height) if self._blank else (0, 0)

    def draw(self) -> None:
        if not self._blank:
            return
        self.canv._blank_page = True
        self.canv.setFont(fonts.REGULAR, 8)
        self.canv.setFillColor(MUTED)
        self.canv.drawCentredString(
            CONTENT_WIDTH / 2, 20 * mm, fonts.drawable(
                texts.text("documents.trust.blank_page", self.language)))


def _canvas_class(frame: PageFrame) -> type[Canvas]:
    class FramedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._finished_pages.append(dict(self.__dict__))
            self.__dict__.pop("_blank_page", None)
            self._startPage()

        def save(self) -> None:
            sections = [state.get("_section_number", 0) for state in self._finished_pages]
            blank = [bool(state.get("_blank_page")) for state in self._finished_pages]
            totals = Counter(s for s, b in zip(sections, blank, strict=True) if not b)
            seen: Counter[object] = Counter()
            for section, is_blank, state in zip(sections, blank, self._finished_pages,
                                                strict=True):
                self.__dict__.update(state)
                if not is_blank:
                    seen[section] += 1
                    kept = state.get("_section_frame")
                    page_frame = kept if isinstance(kept, PageFrame) else frame
                    draw_decorations(self, page_frame, seen[section], totals[section])
                Canvas.showPage(self)
            self.page_count = len(self._finished_pages)
            Canvas.save(self)

    return FramedCanvas


def _producer() -> str:
    from musdesk.documents.archive import producer

    return producer()


def build_pdf(
    story: Sequence[Flowable],
    frame: PageFrame,
    info: PdfInfo,
    *,
    archive: bool = True,
) -> bytes:
    """Lay `story` out on A4 pages inside the shared frame; return the PDF's bytes, as
    PDF/A-2b unless `archive` is false (the summary adds its attachment and signature)."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=info.title,
        subject=info.subject,
        author=info.author,
        keywords=info.keywords,
        creator="musdesk",
        producer=_producer(),
        lang=frame.language,
        # Otherwise each page starts with a Helvetica text state: a font not embedded.
        initialFontName=fonts.REGULAR,
    )
    body = Frame(
        MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, BODY_HEIGHT,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[body])])
    doc.build(list(story), canvasmaker=_canvas_class(frame))
    if not archive:
        return buffer.getvalue()
    from musdesk.documents.archive import archival

    return archival(buffer.getvalue(), archive_metadata(info, frame.language))


def archive_metadata(info: PdfInfo, language: str) -> Metadata:
    from musdesk.documents.archive import Metadata

    return Metadata(title=info.title, subject=info.subject, author=info.author,
                    keywords=info.keywords, language=language)


def build_combined(
    parts: Sequence[tuple[PageFrame, Sequence[Flowable]]], info: PdfInfo
) -> bytes:
    """Several documents in one file (for printing a round in one go): each starts on a new
    sheet (a blank back page is added where the one before ends on a front page, so a
    double-sided print never puts two people on one sheet) with its own header and footer
    and its own "page X of Y"."""
    from reportlab.platypus import PageBreak

    story: list[Flowable] = []
    for index, (frame, part) in enumerate(parts):
        if index:
            story.append(PageBreak())
            story.append(BlankBackForDuplex(frame.language))
        story.append(SectionStart(frame))
        story.extend(part)
    return build_pdf(story, parts[0][0], info)
