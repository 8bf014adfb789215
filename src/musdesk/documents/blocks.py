"""Building blocks several documents share: the facts table, text paragraphs, the plan table,
the follow-up table and ruled writing space. Every user text goes through `fonts.markup`."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from musdesk import texts
from musdesk.documents import fonts
from musdesk.documents.content import FollowUp, Goal
from musdesk.documents.fonts import markup
from musdesk.documents.page import BODY_HEIGHT, CONTENT_WIDTH
from musdesk.documents.styles import ACCENT, FILL, RULE, format_date, stylesheet

# Tables set a cell font even when every cell is a Paragraph; without this it is Helvetica,
# which would not be embedded.
FONT_COMMAND = ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)


def para(text: str | None, style: str = "body") -> Paragraph:
    return Paragraph(markup(text), stylesheet()[style])


def label(key: str, language: str, style: str = "h2", **params: object) -> Paragraph:
    """A paragraph of one of our own catalogue texts (escaped like user text)."""
    return para(texts.text(key, language, **params), style)


def long_text(text: str | None, language: str, style: str = "answer") -> list[Flowable]:
    """User text as one paragraph per blank-line-separated block, or 'Nothing recorded.'.

    Splitting at blank lines keeps very long notes cheap to break across pages."""
    blocks = [block.strip() for block in (text or "").replace("\r\n", "\n").split("\n\n")]
    blocks = [block for block in blocks if block]
    if not blocks:
        return [label("documents.nothing_recorded", language, "empty")]
    return [para(block, style) for block in blocks]


def facts_table(rows: Sequence[tuple[str, str]]) -> Table:
    """Label/value pairs in two columns of pairs, values wrapping."""
    styles = stylesheet()
    cells = [
        (Paragraph(markup(name), styles["label"]), Paragraph(markup(value), styles["cell_bold"]))
        for name, value in rows
    ]
    if len(cells) % 2:
        cells.append((Paragraph("", styles["label"]), Paragraph("", styles["cell"])))
    data = [[*cells[i], *cells[i + 1]] for i in range(0, len(cells), 2)]
    width = CONTENT_WIDTH
    table = Table(
        data,
        colWidths=[0.16 * width, 0.34 * width, 0.16 * width, 0.34 * width],
        hAlign="LEFT",
        splitByRow=1,
    )
    table.setStyle(
        TableStyle([
            FONT_COMMAND,
            ("BACKGROUND", (0, 0), (-1, -1), FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ])
    )
    return table


def grid_style(header_rows: int = 1) -> TableStyle:
    return TableStyle([
            FONT_COMMAND,
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, FILL]),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ])


class RowKeepingTable(Table):
    """A table whose rows stay whole on one page where they fit: when the next row does not
    fit in the space left but does fit on a fresh page (below the repeated header), the
    table moves on; only a row taller than a page is split inside (ReportLab's splitInRow)."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._calc(availWidth, availHeight)
        heights = self._rowHeights
        repeat = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        if len(heights) > repeat:
            needed = sum(heights[: repeat + 1])
            if availHeight < needed <= BODY_HEIGHT:
                return []
        parts: list[Flowable] = super().split(availWidth, availHeight)
        return parts


def grid(header: Sequence[str], rows: list[list[object]], widths: Sequence[float]) -> Table:
    """A table with a coloured header row repeated on each page; a row moves to the next
    page whole when it fits there, and only a row longer than a page splits inside."""
    styles = stylesheet()
    head = [Paragraph(markup(text), styles["cell_head"]) for text in header]
    table = RowKeepingTable(
        [head, *rows],
        colWidths=[w * CONTENT_WIDTH for w in widths],
        repeatRows=1,
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(grid_style())
    return table


def _cell(lines: Sequence[tuple[str, str]]) -> list[Flowable]:
    """Cell content: (style, text) pairs, empty texts left out."""
    styles = stylesheet()
    return [Paragraph(text, styles[style]) for style, text in lines if text]


def _labelled(key: str, value: str, language: str) -> str:
    if not value:
        return ""
    return f"<b>{markup(texts.text(key, language))}:</b> {markup(value)}"


def plan_table(goals: Sequence[Goal], language: str) -> Table:
    t = lambda key: texts.text(key, language)  # noqa: E731
    header = [
        t("documents.plan.goal"), t("documents.plan.activities"), t("documents.plan.support"),
        t("documents.plan.signs"), t("documents.plan.timing"), t("documents.plan.followup"),
    ]
    rows: list[list[object]] = []
    for number, goal in enumerate(goals, start=1):
        status = goal.status
        if goal.progress is not None:
            progress = texts.text("documents.plan.progress", language, progress=goal.progress)
            status = f"{status} · {progress}" if status else progress
        goal_cell = _cell([
            ("cell_bold", f"{number}. {markup(goal.title)}"),
            ("cell", _labelled("documents.plan.why", goal.why, language)),
            ("cell", _labelled("documents.plan.linked", goal.linked_to, language)),
            ("cell", _labelled("documents.plan.change", goal.wanted_change, language)),
            ("label", markup(status)),
        ])
        activities = _cell([
            ("cell", "• " + markup(a.description) + (f" ({markup(a.method)})"
                                                     if a.method else ""))
            for a in goal.activities
        ])
        timing = _cell([
            ("cell", f"{markup(format_date(s.due, language)) if s.due else '–'}: "
                     f"{markup(s.title)}")
            for s in goal.sub_goals
        ] + [("cell_bold", _labelled("documents.plan.deadline",
                                     format_date(goal.deadline, language), language))])
        follow = _cell([("cell", markup(goal.followed_up_by)), ("cell", markup(goal.cadence))])
        rows.append([
            goal_cell, activities, _cell([("cell", markup(goal.support))]),
            _cell([("cell", markup(goal.signs_of_success))]), timing, follow,
        ])
    return grid(header, rows, (0.21, 0.20, 0.14, 0.15, 0.15, 0.15))


def followup_table(items: Sequence[FollowUp], language: str) -> Table:
    styles = stylesheet()
    header = [
        texts.text("documents.followup.date", language),
        texts.text("documents.followup.meeting", language),
        texts.text("documents.followup.status", language),
    ]
    rows: list[list[object]] = [
        [
            Paragraph(markup(format_date(item.date, language)), styles["cell"]),
            Paragraph(markup(item.title), styles["cell"]),
            Paragraph(markup(item.status), styles["cell"]),
        ]
        for item in items
    ]
    return grid(header, rows, (0.22, 0.56, 0.22))


class WritingLines(Flowable):
    """Ruled lines to write on by hand."""

    def __init__(self, lines: int = 4, spacing: float = 8 * mm) -> None:
        super().__init__()
        self.lines = lines
        self.spacing = spacing

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.lines * self.spacing + 2 * mm

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        for line in range(1, self.lines + 1):
            y = self.lines * self.spacing + 2 * mm - line * self.spacing
            canvas.line(8, y, self.width, y)


def heading_before_table(key: str, language: str, room_mm: float = 45) -> list[Flowable]:
    """A heading for a table that may split: a new page only when less than `room_mm` is
    left (heading plus a row or two), instead of moving the whole table and leaving a
    half-empty page as keepWithNext would."""
    return [CondPageBreak(room_mm * mm), label(key, language, "h2_free")]


def gap(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)
