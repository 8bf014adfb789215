"""Every kind of document renders in every language, reads back, and embeds its fonts."""

from __future__ import annotations

import dataclasses

import pytest

from musdesk import texts
from musdesk.documents import handouts, samples
from musdesk.documents.content import EMPLOYEE_PART, LEADER_PART, QuestionNote, Section
from musdesk.documents.summary import render_summary
from tests.unit.documents.pdfcheck import font_report, reader, squashed, text_of

LANGUAGES = ("da", "nb", "en")


def render_kind(kind: str, language: str) -> bytes:
    if kind == "summary":
        return render_summary(samples.sample_summary(language=language))
    if kind == "invitation":
        return handouts.render_invitation(samples.sample_invitation(language))
    if kind == "prep-employee":
        return handouts.render_prep_sheet(samples.sample_prep_sheet(EMPLOYEE_PART, language))
    if kind == "prep-leader":
        return handouts.render_prep_sheet(samples.sample_prep_sheet(LEADER_PART, language))
    if kind == "wheel":
        return handouts.render_wheel(samples.sample_wheel(language))
    if kind == "plan":
        return handouts.render_plan(samples.sample_plan(language))
    raise AssertionError(kind)


TITLE_KEYS = {
    "summary": "documents.summary.title",
    "invitation": "documents.invitation.title",
    "prep-employee": "documents.prep_employee.title",
    "prep-leader": "documents.prep_leader.title",
    "wheel": "documents.wheel.title",
    "plan": "documents.plan.title",
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", sorted(TITLE_KEYS))
def test_every_kind_renders_in_every_language(kind: str, language: str) -> None:
    data = render_kind(kind, language)
    assert data.startswith(b"%PDF-")
    pages = len(reader(data).pages)
    assert pages >= 1
    text = squashed(text_of(data))
    assert squashed(texts.text(TITLE_KEYS[kind], language)) in text
    assert squashed(texts.text("documents.page_of", language, page=pages, total=pages)) in text
    fonts = font_report(data)
    assert fonts, "no fonts found"
    assert all(fonts.values()), f"fonts not embedded: {fonts}"
    assert all("DejaVuSans" in name for name in fonts), fonts


def test_summary_names_with_nordic_letters_and_sections_are_printed() -> None:
    text = squashed(text_of(render_summary(samples.sample_summary(language="da"))))
    for expected in ("SørenÆrøskøbing", "ÅseØvergård", "Leadthenewintakeprocess",
                     "Follow-up1", "Dokument-ID"):
        assert expected in text
    assert "Mødelokale2,Rådhuset" in text


def test_footer_carries_document_id_and_version() -> None:
    doc = samples.sample_summary()
    text = squashed(text_of(render_summary(doc)))
    assert squashed(f"Document ID {doc.document_id} · version {doc.version}") in text


def test_ten_pages_of_notes_flow_over_pages_without_loss() -> None:
    paragraph = "Æbler, øl og ål – " + "notes about the year and what comes next " * 12
    notes = "\n\n".join(f"{i}: {paragraph}" for i in range(120))
    data = render_summary(samples.sample_summary(notes=notes))
    pages = len(reader(data).pages)
    assert pages >= 10
    text = squashed(text_of(data))
    assert "119:Æbler" in text and "0:Æbler" in text
    assert squashed(f"Page {pages} of {pages}") in text


def test_one_huge_paragraph_and_a_huge_plan_cell_split_across_pages() -> None:
    huge = "word " * 9000 + "THE-END"
    base = samples.sample_summary(notes=huge)
    goal = dataclasses.replace(base.goals[0], why=huge)
    data = render_summary(dataclasses.replace(base, goals=(goal, *base.goals[1:])))
    assert len(reader(data).pages) > 5
    assert squashed(text_of(data)).count("THE-END") == 2


def test_empty_summary_says_so_instead_of_leaving_gaps() -> None:
    data = render_summary(samples.sample_summary(empty=True))
    text = squashed(text_of(data))
    assert squashed(texts.text("documents.summary.no_sections", "en")) in text
    assert squashed(texts.text("documents.summary.no_goals", "en")) in text
    assert squashed(texts.text("documents.summary.no_followup", "en")) in text
    assert text.count(squashed(texts.text("documents.nothing_recorded", "en"))) == 4


@pytest.mark.parametrize(
    "name",
    [
        "Zoë Ångström-Ørsted",
        "Ana 😀 Lima 🎉",
        "שרה כהן",
        "مريم الحسن",
        "李小龍",
        "A" * 300,
        "<b>not markup</b> & co",
    ],
)
def test_awkward_names_and_texts_lay_out(name: str) -> None:
    context = dataclasses.replace(samples.sample_context(), employee=samples.Person(name))
    doc = samples.sample_summary(context=context, notes=f"{name}\n{name} {name}")
    data = render_summary(doc)
    text = text_of(data)
    assert len(reader(data).pages) >= 1
    if name.startswith("<b>"):
        assert "<b>not markup</b>" in text
    if name.startswith("Zoë"):
        assert "Zoë Ångström-Ørsted" in text
    for kind in ("invitation", "prep"):
        sheet = (
            samples.sample_invitation() if kind == "invitation"
            else samples.sample_prep_sheet(EMPLOYEE_PART)
        )
        sheet = dataclasses.replace(sheet, context=context)
        render = (
            handouts.render_invitation if kind == "invitation" else handouts.render_prep_sheet
        )
        assert render(sheet).startswith(b"%PDF-")


def test_characters_without_a_glyph_become_a_visible_placeholder() -> None:
    from musdesk.documents.fonts import PLACEHOLDER, drawable, markup

    assert drawable("李") == PLACEHOLDER
    assert drawable("æøå ÆØÅ é") == "æøå ÆØÅ é"
    assert drawable("a\x00b\x07c") == "abc"
    assert markup("a < b & c\nd") == "a &lt; b &amp; c<br/>d"


def test_prep_sheet_prints_questions_and_last_year() -> None:
    sheet = samples.sample_prep_sheet(LEADER_PART, "nb")
    text = squashed(text_of(handouts.render_prep_sheet(sheet)))
    assert squashed("What would you do differently?") in text
    assert squashed(texts.text("documents.prep.last_year", "nb")) in text
    assert squashed("Course in the case system by June.") in text


def test_prep_sheet_without_questions_says_so() -> None:
    sheet = dataclasses.replace(
        samples.sample_prep_sheet(EMPLOYEE_PART), sections=(Section("Empty", ()),)
    )
    text = squashed(text_of(handouts.render_prep_sheet(sheet)))
    assert squashed(texts.text("documents.prep.no_questions", "en")) in text


def test_wheel_lists_all_eight_steps_and_the_period() -> None:
    text = squashed(text_of(handouts.render_wheel(samples.sample_wheel("da"))))
    for number in range(1, 9):
        assert squashed(texts.text(f"documents.wheel.step{number}", "da")) in text
    assert "1.september2026" in text and "31.august2027" in text


def test_invitation_has_time_place_purpose_and_preparation() -> None:
    text = squashed(text_of(handouts.render_invitation(samples.sample_invitation("nb"))))
    assert "23.november2026,kl.10.00–11.30" in text
    assert "Mødelokale2,Rådhuset" in text
    assert squashed(texts.text("documents.invitation.purpose_heading", "nb")) in text
    assert squashed(texts.text("documents.invitation.minutes", "nb", minutes=90)) in text


def test_question_answers_in_summary_keep_line_breaks_and_order() -> None:
    doc = dataclasses.replace(
        samples.sample_summary(),
        sections=(Section("S", (QuestionNote("Q1", "first"), QuestionNote("Q2", "second"))),),
    )
    text = squashed(text_of(render_summary(doc)))
    assert text.index("Q1first") < text.index("Q2second")
