"""The one-page round report: figures as the service counts them, and no names at all."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from musdesk.documents.round_report import render_round_report
from musdesk.models import Employee
from musdesk.services import evaluation
from musdesk.storage import Workspace
from tests.unit.evaluation.conftest import TODAY, RoundBuilder
from tests.unit.evaluation.sample_round import build_round


def _text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_the_report_is_one_anonymous_page_with_the_services_figures(
    workspace: Workspace,
) -> None:
    today = dt.date(2026, 11, 23)
    planned = build_round("finished", today)
    pages, text = _text(render_round_report(planned["id"], today, "en"))
    assert pages == 1
    figures = evaluation.round_figures(planned["id"], today,
                                       other_departments="Other departments together")
    assert "MUS round report" in text and "Whole round" in text
    for group in figures.departments:
        assert group.name in text
    total = figures.total
    assert f"{total.follow_ups_on_time} of {total.follow_ups_due}" in text
    assert "Økonomi" not in text  # three people: only inside the pooled group
    for employee in Employee.select():  # ("Signe" would match "Signed": whole names)
        assert employee.full_name not in text and employee.last_name not in text


def test_a_small_round_prints_no_figures(builder: RoundBuilder) -> None:
    for _ in range(3):
        builder.conversation("Drift", "signed")
    pages, text = _text(render_round_report(str(builder.round.id), TODAY, "da"))
    assert pages == 1
    assert "færre end 5 – ingen tal" in text
    assert "Person001" not in text and "Ørsted" not in text
