"""The MUS wheel drawn with reportlab.graphics: eight steps clockwise around the strategy,
coloured by phase (before, during, after), with each step's name outside the ring."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, String, Wedge
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit

from musdesk import texts
from musdesk.documents import fonts
from musdesk.documents.content import WheelStep
from musdesk.documents.styles import ACCENT, INK, MUTED, PHASE_COLOURS

STEP_ANGLE = 360 / 8
LABEL_SIZE = 8.5
LABEL_LEADING = 10.5


def step_title(step: WheelStep, language: str) -> str:
    return step.title or texts.text(f"documents.wheel.step{step.number}", language)


def wheel_drawing(steps: Sequence[WheelStep], language: str, width: float) -> Drawing:
    fonts.register_fonts()
    height = 90 * mm
    drawing = Drawing(width, height, initialFontName=fonts.REGULAR)  # not Helvetica
    cx, cy = width / 2, height / 2
    outer, inner = 33 * mm, 15 * mm
    label_width = cx - outer - 12 * mm
    for step in steps:
        # step 1 starts at twelve o'clock; ReportLab's angles run anticlockwise from three.
        end = 90 - STEP_ANGLE * (step.number - 1)
        start = end - STEP_ANGLE
        fill = PHASE_COLOURS.get(step.phase, MUTED)
        drawing.add(Wedge(cx, cy, outer, start, end, radius1=inner, fillColor=fill,
                          strokeColor=colors.white, strokeWidth=2))
        middle = math.radians((start + end) / 2)
        number_radius = (outer + inner) / 2
        drawing.add(String(
            cx + number_radius * math.cos(middle), cy + number_radius * math.sin(middle) - 5,
            str(step.number), fontName=fonts.BOLD, fontSize=15, fillColor=colors.white,
            textAnchor="middle",
        ))
        if step.done is not None:  # a small tick under the number: this step is done
            drawing.add(String(
                cx + number_radius * math.cos(middle), cy + number_radius * math.sin(middle) - 15,
                "✓", fontName=fonts.BOLD, fontSize=9, fillColor=colors.white,
                textAnchor="middle",
            ))
        _add_label(drawing, step, language, cx, cy, outer, middle, label_width)
    drawing.add(Circle(cx, cy, inner - 2, fillColor=ACCENT, strokeColor=None))
    centre = fonts.drawable(texts.text("documents.wheel.centre", language))
    drawing.add(String(cx, cy - 3.5, centre, fontName=fonts.BOLD, fontSize=9.5,
                       fillColor=colors.white, textAnchor="middle"))
    return drawing


def _add_label(
    drawing: Drawing, step: WheelStep, language: str, cx: float, cy: float, outer: float,
    angle: float, label_width: float,
) -> None:
    cos, sin = math.cos(angle), math.sin(angle)
    edge = (cx + (outer + 2) * cos, cy + (outer + 2) * sin)
    anchor_x = cx + (outer + 10 * mm) * (1 if cos >= 0 else -1) * max(abs(cos), 0.55)
    anchor_y = cy + (outer + 6 * mm) * sin
    drawing.add(Line(edge[0], edge[1], anchor_x, anchor_y, strokeColor=MUTED, strokeWidth=0.5))
    text = fonts.drawable(f"{step.number}. {step_title(step, language)}")
    lines = simpleSplit(text, fonts.BOLD, LABEL_SIZE, label_width)[:3]
    anchor = "start" if cos >= 0 else "end"
    shift = 2 if cos >= 0 else -2
    top = anchor_y + (len(lines) - 1) * LABEL_LEADING / 2 - 3
    for index, line in enumerate(lines):
        drawing.add(String(anchor_x + shift, top - index * LABEL_LEADING, line,
                           fontName=fonts.BOLD, fontSize=LABEL_SIZE, fillColor=INK,
                           textAnchor=anchor))
