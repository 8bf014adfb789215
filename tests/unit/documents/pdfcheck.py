"""Reading PDFs back for the tests: text, pages, fonts."""

from __future__ import annotations

import io

from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in reader(data).pages)


def squashed(text: str) -> str:
    """Text with all whitespace removed: line wrapping must not break a comparison."""
    return "".join(text.split())


def font_report(data: bytes) -> dict[str, bool]:
    """Every font used on any page → whether its file is embedded."""
    fonts: dict[str, bool] = {}
    for page in reader(data).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font.get("/BaseFont"))] = embedded
    return fonts
