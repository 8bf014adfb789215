"""`musdesk pdf` and `musdesk verify` end to end, in-process, on a real encrypted workspace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from musdesk import cli
from musdesk.storage import Workspace
from tests.conftest import PASSPHRASE
from tests.unit.documents.conftest import MusRound
from tests.unit.documents.pdfcheck import reader, squashed, text_of


@pytest.fixture
def closed_round(mus_round: MusRound, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
                 ) -> MusRound:
    monkeypatch.setenv("MUSDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("MUSDESK_RECOVERY_KEY", raising=False)
    workspace.lock()  # the command opens it itself
    return mus_round


def run(*argv: object) -> int:
    return cli.main([str(a) for a in argv])


def test_pdf_for_one_employee_by_name_then_verify_file_and_code(
    closed_round: MusRound, workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "referat.pdf"
    assert run("pdf", workspace_path, "summary", "--round", "MUS 2026",
               "--employee", "Søren Ærøskøbing", "-o", out) == 0
    assert "referat.pdf" in capsys.readouterr().out
    assert squashed("Søren Ærøskøbing") in squashed(text_of(out.read_bytes()))

    assert run("verify", out, workspace_path) == 0
    said = capsys.readouterr().out
    assert said.startswith("Genuine")

    altered = tmp_path / "altered.pdf"
    data = bytearray(out.read_bytes())
    widths = bytes(data).index(b"/Widths [ ") + 11  # a glyph width: what a page shows
    data[widths] = ord("9") if data[widths] != ord("9") else ord("8")
    altered.write_bytes(bytes(data))
    assert run("verify", altered, workspace_path) == 2
    assert capsys.readouterr().out.startswith("Content changed")

    # `pdf` records nothing: the draft's code is not known to `verify CODE`, and it says why
    draft_code = _code_of(out)
    assert run("verify", draft_code, workspace_path) == 2
    assert "never recorded" in _verify_file_says(out, workspace_path, capsys)

    # Signing issues the summary; `pdf` then reproduces its code, which `verify` finds
    _sign_in_workspace(workspace_path, closed_round)
    signed = tmp_path / "signed.pdf"
    assert run("pdf", workspace_path, "summary", "--round", "MUS 2026",
               "--employee", "Søren Ærøskøbing", "-o", signed) == 0
    capsys.readouterr()
    said = _verify_file_says(signed, workspace_path, capsys)
    assert said.startswith("Genuine") and "issued on" in said
    code = _code_of(signed)
    assert code != draft_code
    assert run("verify", code.lower(), workspace_path) == 0
    assert "Søren Ærøskøbing" in capsys.readouterr().out
    again = tmp_path / "again.pdf"
    assert run("pdf", workspace_path, "summary", "--round", "MUS 2026",
               "--employee", "Søren Ærøskøbing", "-o", again) == 0
    assert _code_of(again) == code  # the same content, the same code, nothing recorded
    assert run("verify", "AAAA-AAAA-AAAA", workspace_path) == 2


def _code_of(path: Path) -> str:
    return re.search(r"[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}", text_of(path.read_bytes())).group()


def _verify_file_says(path: Path, workspace_path: Path, capsys: pytest.CaptureFixture) -> str:
    capsys.readouterr()
    assert run("verify", path, workspace_path) == 0
    return capsys.readouterr().out


def _sign_in_workspace(workspace_path: Path, mus_round: MusRound) -> None:
    import datetime as dt

    from musdesk.services import conversations, signing

    with Workspace.open(workspace_path, passphrase=PASSPHRASE):
        cid = str(mus_round.conversation.id)
        conversations.transition(cid, "summary_drafted")
        signing.record_paper_signatures(cid, dt.date(2027, 2, 1), dt.date(2027, 2, 2))


def test_pdf_without_employee_writes_one_file_each(
    closed_round: MusRound, workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    folder = tmp_path / "invitations"
    assert run("pdf", workspace_path, "invitation", "--round", str(closed_round.round.id),
               "-o", folder, "--language", "nb") == 0
    files = sorted(folder.iterdir())
    assert len(files) == 3
    assert all(reader(p.read_bytes()).pages for p in files)
    assert "Invitasjon" in text_of(files[0].read_bytes())


def test_wheel_is_one_file_for_the_round(
    closed_round: MusRound, workspace_path: Path, tmp_path: Path
) -> None:
    assert run("pdf", workspace_path, "wheel", "--round", "MUS", "-o", tmp_path) == 0
    [wheel] = [p for p in tmp_path.iterdir() if p.name.startswith("wheel-")]
    assert "Strategi" in text_of(wheel.read_bytes())


def test_unknown_round_or_employee_is_one_line_and_non_zero(
    closed_round: MusRound, workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert run("pdf", workspace_path, "plan", "--round", "No such round", "-o", tmp_path) != 0
    assert run("pdf", workspace_path, "plan", "--round", "MUS 2026", "--employee", "Nobody",
               "-o", tmp_path / "x.pdf") != 0
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("musdesk: ") for line in errors)
    assert not (tmp_path / "x.pdf").exists()


def test_single_output_without_pdf_suffix_is_a_folder(
    closed_round: MusRound, workspace_path: Path, tmp_path: Path
) -> None:
    assert run("pdf", workspace_path, "plan", "--round", "MUS 2026", "--employee", "Zoë Lind",
               "-o", tmp_path / "plans") == 0
    [plan] = (tmp_path / "plans").iterdir()
    assert plan.suffix == ".pdf" and "Zoë-Lind" in plan.name


def test_combined_file_holds_everyone_each_numbered_on_their_own(
    closed_round: MusRound, workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    target = tmp_path / "all-invitations.pdf"
    assert run("pdf", workspace_path, "invitation", "--round", "MUS 2026", "--combined",
               "-o", target, "--language", "en") == 0
    pages = reader(target.read_bytes()).pages
    said = capsys.readouterr().out.splitlines()
    # the progress counts what was made: three people, then laying the file out
    assert [line.split()[0] for line in said[:-1]] == ["1/4", "2/4", "3/4", "4/4"]
    assert "3 people" in said[-1] and f"{len(pages)} pages" in said[-1]
    # one page per invitation here, and a blank back after each but the last, so printed
    # double-sided every person starts on a new sheet
    assert len(pages) == 5
    for number, page in enumerate(pages):
        text = squashed(page.extract_text())
        if number % 2:
            assert text == squashed("This page is intentionally blank.")
        else:
            assert "Page1of1" in text
    everyone = squashed(text_of(target.read_bytes()))
    assert all(squashed(name) in everyone
               for name in ("Søren Ærøskøbing", "Zoë Lind", "Åse Øvergård"))
    assert run("pdf", workspace_path, "summary", "--round", "MUS 2026", "--combined",
               "-o", tmp_path / "s.pdf") != 0  # summaries are sealed one file each


def test_round_report_is_one_anonymous_page(
    closed_round: MusRound, workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "report.pdf"
    assert run("pdf", workspace_path, "round-report", "--round", "MUS 2026", "-o", out) == 0
    pdf = reader(out.read_bytes())
    assert len(pdf.pages) == 1
    text = squashed(text_of(out.read_bytes()))
    assert squashed("MUS 2026") in text
    for name in [closed_round.employee_name, *closed_round.other_names]:
        assert squashed(name) not in text, "the report must not name anyone"


def test_a_summary_that_cannot_be_written_is_not_recorded_as_printed(
    closed_round: MusRound, workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    from musdesk.models import AuditEvent, WorkspaceMeta

    def recorded() -> tuple[int, int]:
        with Workspace.open(workspace_path, passphrase=PASSPHRASE):
            return AuditEvent.select().count(), WorkspaceMeta.select().count()

    before = recorded()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert run("pdf", workspace_path, "summary", "--round", "MUS 2026",
               "--employee", "Søren Ærøskøbing", "-o", blocker / "referat.pdf") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not a folder" in err[0]
    assert recorded() == before, "no seal and no 'printed' record without a written file"


def test_writing_through_a_link_keeps_the_link(
    closed_round: MusRound, workspace_path: Path, tmp_path: Path
) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    assert run("pdf", workspace_path, "wheel", "--round", "MUS 2026", "-o", link) == 0
    assert link.is_symlink() and real.read_bytes().startswith(b"%PDF")
