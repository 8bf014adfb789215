"""Documents: a four-page summary vs a bare ReportLab document of the same text, and 500
handouts.

Targets: summary ≤ 2× the bare document (every line of text the summary prints, as plain
paragraphs in a SimpleDocTemplate with the same embedded TrueType font). Also reported: the
ratio against built-in Helvetica (embeds nothing) and against a bare document of only the
user's content paragraphs (no headings, labels, tables, header/footer: the strictest view).
500 handouts ≤ 15 s, measured both as pure rendering and end to end from an encrypted
workspace through `batch.write_round_documents` (database reads, atomic file writes).
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from musdesk.documents import fonts, handouts, samples
from musdesk.documents.content import EMPLOYEE_PART, LEADER_PART
from musdesk.documents.summary import SealMark, render_summary
from musdesk.storage import KdfParams, Workspace

RUNS = 15
HANDOUTS = 500
NOTE = (
    "We talked about the year's tasks, what went well and what took more effort than "
    "planned, and about the coming year's work in the team. "
)


def _four_page_summary():  # noqa: ANN202
    notes = "\n\n".join(f"{i}. {NOTE * 3}" for i in range(17))
    return samples.sample_summary(notes=notes)


def _printed_lines(pdf: bytes) -> list[str]:
    """Every line of text the summary prints (headers and footers included): the same text
    for the bare document."""
    from pypdf import PdfReader  # test dependency, installed with the benchmarks

    lines = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines.extend(line for line in (page.extract_text() or "").splitlines() if line.strip())
    return [line.replace("&", "&amp;").replace("<", "&lt;") for line in lines]


def _content_paragraphs(doc) -> list[str]:  # noqa: ANN001
    """Only the user's texts (notes, agreements, goals), as the paragraphs they are in."""
    texts = [doc.main_points]
    for section in doc.sections:
        for note in section.notes:
            texts.extend((note.question, *note.answer.split("\n\n")))
    a = doc.agreements
    texts.extend((a.leader_expects, a.employee_expects, a.actions, a.not_done))
    for goal in doc.goals:
        texts.extend((goal.title, goal.why, goal.wanted_change, goal.signs_of_success,
                      goal.support))
    return [t for t in texts if t]


def _bare(paragraphs: list[str], font: str | None) -> bytes:
    styles = getSampleStyleSheet()
    style = styles["BodyText"]
    if font:
        style.fontName = font
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(p, style) for p in paragraphs])
    return buffer.getvalue()


def _median(fn, runs: int = RUNS) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _summary_figures() -> dict[str, float]:
    from pypdf import PdfReader  # test dependency, installed with the benchmarks

    doc = _four_page_summary()
    mark = SealMark("ABCD-EFGH-JKLM", "MUSDESK-SEAL/1 benchmark", "musdesk-seal:bench")
    fonts.register_fonts()
    pdf = render_summary(doc, mark)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    paragraphs = _printed_lines(pdf)
    ours = _median(lambda: render_summary(doc, mark))
    bare_ttf = _median(lambda: _bare(paragraphs, fonts.REGULAR))
    bare_helvetica = _median(lambda: _bare(paragraphs, None))
    content = _content_paragraphs(doc)
    bare_content = _median(lambda: _bare(content, fonts.REGULAR))
    return {
        "summary_pages": pages,
        "summary_s": round(ours, 4),
        "bare_same_font_s": round(bare_ttf, 4),
        "bare_helvetica_s": round(bare_helvetica, 4),
        "ratio_vs_same_font": round(ours / bare_ttf, 2),
        "ratio_vs_helvetica": round(ours / bare_helvetica, 2),
        "bare_content_only_s": round(bare_content, 4),
        "ratio_vs_content_only": round(ours / bare_content, 2),
    }


def _render_handouts() -> float:
    renderers = [
        lambda: handouts.render_invitation(samples.sample_invitation("da")),
        lambda: handouts.render_prep_sheet(samples.sample_prep_sheet(EMPLOYEE_PART, "da")),
        lambda: handouts.render_prep_sheet(samples.sample_prep_sheet(LEADER_PART, "nb")),
        lambda: handouts.render_plan(samples.sample_plan("en")),
        lambda: handouts.render_wheel(samples.sample_wheel("da")),
    ]
    started = time.perf_counter()
    for i in range(HANDOUTS):
        renderers[i % len(renderers)]()
    return time.perf_counter() - started


def _batch_from_workspace() -> tuple[float, int]:
    from musdesk.documents import batch
    from musdesk.services import roster, rounds, templates

    with tempfile.TemporaryDirectory() as tmp:
        workspace, _ = Workspace.create(Path(tmp) / "ws", "benchmark passphrase",
                                        kdf=KdfParams.cheap())
        try:
            org = roster.create_organisation("Benchmark A/S", language="da")
            leader = roster.create_employee(org["id"], "Åse", "Øvergård")
            for i in range(HANDOUTS - 1):
                roster.create_employee(org["id"], f"Søren {i}", "Ærø", leader_id=leader["id"])
            template = templates.install_default_template("da")
            planned = rounds.plan_round(
                org["id"], "MUS 2026", dt.date(2026, 9, 1), dt.date(2027, 8, 31),
                template_id=template["id"], propose_times=False,
            )
            started = time.perf_counter()
            result = batch.write_round_documents(
                "prep-employee", planned["id"], Path(tmp) / "out"
            )
            return time.perf_counter() - started, len(result.written)
        finally:
            workspace.lock()


def main() -> dict[str, float]:
    figures: dict[str, float] = _summary_figures()
    print(
        f"   four-page summary ({figures['summary_pages']} pages): {figures['summary_s']:.3f} s;"
        f" bare ReportLab, same font {figures['bare_same_font_s']:.3f} s"
        f" → {figures['ratio_vs_same_font']}× (target ≤ 2);"
        f" vs Helvetica {figures['ratio_vs_helvetica']}×;"
        f" vs the user's content paragraphs only (no headings, tables, labels)"
        f" {figures['ratio_vs_content_only']}×"
    )
    figures["handouts_render_500_s"] = round(_render_handouts(), 2)
    print(f"   {HANDOUTS} handouts rendered: {figures['handouts_render_500_s']} s (target ≤ 15)")
    elapsed, written = _batch_from_workspace()
    figures["handouts_batch_500_s"] = round(elapsed, 2)
    figures["handouts_batch_files"] = written
    print(f"   {written} preparation sheets from the workspace to files: {elapsed:.2f} s"
          " (target ≤ 15)")
    return figures


if __name__ == "__main__":
    main()
