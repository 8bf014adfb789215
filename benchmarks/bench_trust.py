"""Issuing and checking a summary as an outsider would (issue 17): the sealed summary
(PDF/A-3b, attached signed content, PAdES), its personnel-file copy (PDF/A-2b, the signed
content in the XMP), and `verify` of the issued bytes and of a re-saved file (which hashes
what every page draws). Medians of CPU seconds (`time.process_time`) and wall seconds, so a
loaded machine can be compared with a quiet one. No target: the verify dialog runs the check
on a worker, the preview renders on a worker.
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from musdesk.storage import KdfParams, Workspace

RUNS = 5


def _median(fn: Callable[[], object]) -> tuple[float, float]:
    cpu, wall = [], []
    for _ in range(RUNS):
        c, w = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - w)
    return statistics.median(cpu), statistics.median(wall)


def main() -> dict[str, float]:
    import pikepdf

    from musdesk.documents import batch, seal
    from musdesk.models import Conversation
    from musdesk.services import conversations, roster, rounds, templates

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        workspace, _ = Workspace.create(Path(tmp) / "ws", "benchmark passphrase",
                                        kdf=KdfParams.cheap())
        try:
            org = roster.create_organisation("Benchmark A/S", language="da")
            leader = roster.create_employee(org["id"], "Åse", "Øvergård")
            roster.create_employee(org["id"], "Søren", "Ærø", leader_id=leader["id"])
            template = templates.install_default_template("da")
            planned = rounds.plan_round(org["id"], "MUS 2026", dt.date(2026, 9, 1),
                                        dt.date(2027, 8, 31), template_id=template["id"])
            conv = Conversation.get((Conversation.round == planned["id"])
                                    & (Conversation.leader == leader["id"]))
            conversations.set_summary(str(conv.id), "En god samtale. " * 200)
            conversations.transition(str(conv.id), "held")
            conv = Conversation.get_by_id(conv.id)
            for kind in ("summary", batch.ARCHIVE_SUMMARY):
                cpu, wall = _median(lambda k=kind: batch.render_conversation_document(k, conv))
                figures[f"{kind}_issue_cpu_s"], figures[f"{kind}_issue_wall_s"] = cpu, wall
            pdf = batch.render_conversation_document("summary", conv)
            out = io.BytesIO()
            with pikepdf.open(io.BytesIO(pdf)) as doc:
                doc.save(out)  # re-saved: not the issued bytes
            resaved = out.getvalue()
            assert seal.verify_pdf_bytes(resaved).verdict is seal.Verdict.RESAVED
            for name, data in (("genuine", pdf), ("resaved", resaved)):
                cpu, wall = _median(lambda d=data: seal.verify_pdf_bytes(d))
                figures[f"verify_{name}_cpu_s"], figures[f"verify_{name}_wall_s"] = cpu, wall
        finally:
            workspace.lock()
    for key, value in figures.items():
        figures[key] = round(value, 3)
    print("   issue a summary: sealed (3b) "
          f"{figures['summary_issue_cpu_s']} s CPU / {figures['summary_issue_wall_s']} s wall;"
          f" personnel-file copy (2b) {figures['summary-archive_issue_cpu_s']} s CPU /"
          f" {figures['summary-archive_issue_wall_s']} s wall")
    print(f"   verify: issued bytes {figures['verify_genuine_cpu_s']} s CPU;"
          f" re-saved file {figures['verify_resaved_cpu_s']} s CPU"
          f" / {figures['verify_resaved_wall_s']} s wall")
    return figures


if __name__ == "__main__":
    main()
