"""Records → documents: what a real conversation prints, and what it never prints."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from musdesk import texts
from musdesk.documents import batch, data, seal
from musdesk.documents.content import EMPLOYEE_PART, LEADER_PART
from musdesk.models import Conversation
from tests.unit.documents.conftest import SECRET, MusRound
from tests.unit.documents.pdfcheck import reader, squashed, text_of


def test_summary_of_a_conversation_prints_content_but_no_private_or_prep_notes(
    mus_round: MusRound,
) -> None:
    doc = data.summary_of(mus_round.conversation)
    assert doc.language == "da"  # the organisation's language
    assert doc.document_id == str(mus_round.conversation.id)
    assert doc.context.employee.name == mus_round.employee_name
    assert doc.context.leader.name == "Åse Øvergård"
    assert doc.sections and all(
        note.answer.startswith("Svar til") for s in doc.sections for note in s.notes
    )
    assert "Tilmelder sig kurset (Medarbejder" in doc.agreements.actions
    assert doc.goals[0].activities[0].method  # a translated label, not the enum value
    assert doc.goals[0].activities[0].method != "course"
    assert doc.follow_ups and doc.follow_ups[0].title == "Lede den nye modtagelse"
    pdf = batch.render_conversation_document("summary", mus_round.conversation)
    text = text_of(pdf)
    assert SECRET not in text and "PREP-" not in text
    assert SECRET not in seal.canonical_content(doc)
    flat = squashed(text)
    assert "Fokus:modtagelsen." in flat and "Lededennyemodtagelse" in flat
    assert seal.verify_pdf_bytes(pdf, data.latest_version).ok


def test_prep_sheets_carry_the_template_questions_of_their_part(mus_round: MusRound) -> None:
    employee = data.prep_sheet_of(mus_round.conversation, EMPLOYEE_PART)
    leader = data.prep_sheet_of(mus_round.conversation, LEADER_PART)
    assert employee.sections and leader.sections
    assert employee.sections != leader.sections
    first_question = employee.sections[0].notes[0].question
    pdf = batch.render_conversation_document("prep-employee", mus_round.conversation)
    assert squashed(first_question) in squashed(text_of(pdf))


def test_wheel_of_the_round_has_eight_steps_with_roles(mus_round: MusRound) -> None:
    overview = data.wheel_of(mus_round.round)
    assert [s.number for s in overview.steps] == list(range(1, 9))
    assert all(step.responsible for step in overview.steps)
    assert overview.period_start is not None


@pytest.mark.parametrize("language", ["da", "nb", "en"])
def test_every_kind_for_real_records_in_every_language(
    mus_round: MusRound, tmp_path: Path, language: str
) -> None:
    for kind in batch.KINDS:
        if kind in batch.PER_ROUND_KINDS:
            pdf = batch.render_round_document(kind, mus_round.round, language)
        else:
            pdf = batch.render_conversation_document(kind, mus_round.conversation, language)
        assert len(reader(pdf).pages) >= 1, kind
    heading = texts.text("documents.summary.agreements", language)
    pdf = batch.render_conversation_document("summary", mus_round.conversation, language)
    assert squashed(heading) in squashed(text_of(pdf))


def test_batch_writes_one_file_per_employee_and_reports_progress(
    mus_round: MusRound, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    result = batch.write_round_documents(
        "invitation", str(mus_round.round.id), tmp_path / "out",
        progress=lambda done, total, name: seen.append((done, total)),
    )
    count = len(data.conversations_of_round(mus_round.round))
    assert count == 3
    assert len(result.written) == count and not result.cancelled
    assert seen == [(i, count) for i in range(1, count + 1)]
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert any("Søren-Ærøskøbing" in name for name in names)
    assert not [n for n in names if n.startswith(".")]  # no temp files left
    for path in result.written:
        assert reader(path.read_bytes()).pages


def test_batch_stops_when_cancelled(mus_round: MusRound, tmp_path: Path) -> None:
    calls = iter([False, True, True])
    result = batch.write_round_documents(
        "prep-employee", str(mus_round.round.id), tmp_path / "out",
        is_cancelled=lambda: next(calls),
    )
    assert result.cancelled and len(result.written) == 1
    assert len(list((tmp_path / "out").iterdir())) == 1


def test_newer_version_makes_an_issued_summary_superseded(mus_round: MusRound) -> None:
    pdf = batch.render_conversation_document("summary", mus_round.conversation)
    Conversation.update(version=Conversation.version + 1).where(
        Conversation.id == mus_round.conversation.id
    ).execute()
    result = seal.verify_pdf_bytes(pdf, data.latest_version)
    assert result.ok and result.superseded


def test_combined_prep_sheets_number_each_person_on_their_own(
    mus_round: MusRound, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    result = batch.write_round_combined(
        "prep-employee", str(mus_round.round.id), tmp_path / "all.pdf", language="en",
        progress=lambda done, total, name: seen.append((done, total)),
    )
    [path] = result.written
    footers = [
        re.search(r"Page (\d+) of (\d+)", page.extract_text()).groups()
        for page in reader(path.read_bytes()).pages
    ]
    sections, current = [], []
    for page, total in footers:
        if page == "1" and current:
            sections.append(current)
            current = []
        current.append((int(page), int(total)))
    sections.append(current)
    assert len(sections) == 3
    for section in sections:
        assert [p for p, _ in section] == list(range(1, len(section) + 1))
        assert {t for _, t in section} == {len(section)}
    assert seen[-1] == (4, 4)


def test_cancelled_combined_file_is_not_written(mus_round: MusRound, tmp_path: Path) -> None:
    result = batch.write_round_combined(
        "invitation", str(mus_round.round.id), tmp_path / "all.pdf", is_cancelled=lambda: True
    )
    assert result.cancelled and not result.written
    assert not (tmp_path / "all.pdf").exists()
