"""The shipped TrueType fonts (DejaVu Sans), embedded in every PDF.

The app never relies on system fonts: the TTF files live in `resources/fonts/` and are
registered with ReportLab once per process. Characters the font has no glyph for (rare
scripts, newer emoji) are replaced by a visible placeholder instead of vanishing.
"""

from __future__ import annotations

import threading
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from musdesk.documents import hyphenation
from musdesk.resources import resource_path

REGULAR = "MusdeskSans"
BOLD = "MusdeskSans-Bold"
FONT_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
}
# Shown for a character the font cannot draw; DejaVu has a glyph for it.
PLACEHOLDER = "\ufffd"

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the embedded font family with ReportLab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)  # no italic shipped: emphasis is bold
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


@cache
def _covered() -> frozenset[int]:
    register_fonts()
    regular = set(pdfmetrics.getFont(REGULAR).face.charToGlyph)
    bold = set(pdfmetrics.getFont(BOLD).face.charToGlyph)
    return frozenset(regular & bold)


def _fast_path_ok(text: str, covered: frozenset[int]) -> bool:
    """Most texts need no change: every character drawable, no control characters."""
    characters = set(text)
    characters.discard("\n")
    codes = set(map(ord, characters))
    return min(codes, default=32) >= 32 and codes <= covered and not (
        codes & _INVISIBLE_OR_CONTROL
    )


_INVISIBLE_OR_CONTROL = frozenset(
    [*range(0x7F, 0xA0), *range(0xFE00, 0xFE10), 0x200D, 0x09]
)


def drawable(text: str) -> str:
    """`text` with characters the font cannot draw replaced by a placeholder.

    Control characters other than newline and tab are dropped (they would corrupt layout).
    Right-to-left scripts (Hebrew, Arabic) are covered by the font but kept in their stored
    (logical) order: ReportLab has no bidi support without extra packages.
    """
    covered = _covered()
    if _fast_path_ok(text, covered):
        return text
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch in "\n\t":
            out.append(ch)
        elif code < 32 or 0x7F <= code < 0xA0:
            continue
        elif code in covered or ch.isspace():
            out.append(ch)
        elif 0xFE00 <= code <= 0xFE0F or code == 0x200D:
            continue  # variation selectors and zero-width joiners: invisible helpers
        else:
            out.append(PLACEHOLDER)
    return "".join(out)


def markup(text: str | None) -> str:
    """Plain user text → safe Paragraph markup: drawable, XML-escaped, line breaks kept."""
    if not text:
        return ""
    cleaned = drawable(text.replace("\r\n", "\n").replace("\r", "\n")).replace("\t", "    ")
    return escape(hyphenation.soft_hyphens(cleaned)).replace("\n", "<br/>")
