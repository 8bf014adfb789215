"""Documents an outside reader can check: PDF/A markers and embedded fonts on every kind, the
DRAFT mark exactly when unsigned, the PAdES signature (pdfsig, pyHanko with the exported
certificate as trust root), the attached signed content (a qpdf re-save keeps the content,
a foreign file with our keyword is not ours), reprints, comments and amendments."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest

from musdesk.cli import main
from musdesk.documents import archive, batch, certificate, data, pades, seal
from musdesk.documents.errors import SummaryNotPossible
from musdesk.documents.seal import Verdict
from musdesk.documents.styles import format_date
from musdesk.errors import Frozen
from musdesk.models import Conversation
from musdesk.services import conversations, signing
from musdesk.storage import Workspace
from tests.unit.documents.conftest import MusRound
from tests.unit.documents.pdfcheck import text_of

BASE14 = {"Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats"}
KINDS = ("summary", "invitation", "prep-employee", "prep-leader", "plan")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is needed for this test (Debian: poppler-utils / qpdf)")
    return path


def _plain(text: str) -> str:
    """Text without whitespace, soft hyphens and the hyphens a line break adds."""
    text = re.sub(r"-\s*\n\s*", "", text.replace("\u00ad", ""))
    return "".join(text.split())


def _reread(conversation: Conversation) -> Conversation:
    return Conversation.get_by_id(conversation.id)


def check_archival(pdf: bytes, part: str) -> None:
    """What pikepdf and pdffonts can tell about PDF/A-{part}b here."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert not doc.is_encrypted
        meta = doc.open_metadata()
        assert meta.get("pdfaid:part") == part and meta.get("pdfaid:conformance") == "B"
        intents = doc.Root.OutputIntents
        assert len(intents) == 1 and intents[0].S == "/GTS_PDFA1"
        profile = intents[0].DestOutputProfile
        assert int(profile.N) == 3 and profile.read_bytes()[36:40] == b"acsp"
        assert str(doc.docinfo.get("/Producer")) == meta.get("pdf:Producer")
        assert str(doc.docinfo.get("/Title")) == meta.get("dc:title")
        # every entry of the information dictionary has its XMP twin with the same value
        twins = {"/Author": "dc:creator", "/Subject": "dc:description",
                 "/Keywords": "pdf:Keywords", "/Creator": "xmp:CreatorTool",
                 "/Trapped": "pdf:Trapped"}
        for key, twin in twins.items():
            if key in doc.docinfo:
                value = meta.get(twin)
                value = value[0] if isinstance(value, list) else value
                assert str(doc.docinfo[key]).lstrip("/") == str(value), (key, twin)
        assert "/Filter" not in doc.Root.Metadata
        check_xmp_extensions(doc.Root.Metadata.read_bytes())
    report = subprocess.run([_tool("pdffonts"), "-"], input=pdf, capture_output=True,
                            check=True).stdout.decode()
    rows = [line.split() for line in report.splitlines()[2:] if line.strip()]
    assert rows, report
    for row in rows:
        name = row[0].split("+")[-1]
        assert name not in BASE14, report
        # columns: name type encoding emb sub uni object ID
        assert row[-5] == "yes", report


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_pdfa_with_embedded_fonts_and_its_text(
    mus_round: MusRound, kind: str
) -> None:
    pdf = batch.render_conversation_document(kind, mus_round.conversation)
    check_archival(pdf, "3" if kind == "summary" else "2")
    text = _plain(text_of(pdf))
    assert _plain(mus_round.employee_name) in text and "FjordbyKommune" in text
    assert ("UDKAST" in text) is (kind == "summary")  # never signed yet
    if kind == "summary":
        assert _plain("En god og åben samtale.") in text
        assert _plain("Tager ansvar for modtagelsen.") in text


@pytest.mark.parametrize("kind", batch.PER_ROUND_KINDS)
def test_the_round_documents_are_pdfa_with_embedded_fonts(mus_round: MusRound, kind: str
                                                         ) -> None:
    pdf = batch.render_round_document(kind, mus_round.round)
    check_archival(pdf, "2")
    assert "UDKAST" not in text_of(pdf)


def _sign(conversation: Conversation) -> tuple[dt.date, dt.date]:
    cid = str(conversation.id)
    held_on = (conversation.scheduled_start or dt.datetime(2026, 11, 2)).date()
    employee_on, leader_on = held_on + dt.timedelta(days=3), held_on + dt.timedelta(days=4)
    conversations.transition(cid, "summary_drafted")
    signing.record_paper_signatures(cid, employee_on, leader_on)
    return employee_on, leader_on


def test_draft_exactly_while_unsigned_then_both_dates_and_the_version(mus_round: MusRound
                                                                     ) -> None:
    draft = text_of(batch.render_conversation_document("summary", mus_round.conversation))
    pages = draft.count("Side ")
    assert draft.count("UDKAST") >= pages + 1  # the mark on every page, and the banner
    employee_on, leader_on = _sign(mus_round.conversation)
    signed = text_of(batch.render_conversation_document("summary", _reread(mus_round.conversation)))
    assert "UDKAST" not in signed
    flat = _plain(signed)
    assert _plain("Underskrevet version 1") in flat
    for day in (employee_on, leader_on):
        assert _plain(format_date(day, "da")) in flat


def test_a_draft_sent_for_approval_says_when_it_went_to_the_employee(mus_round: MusRound
                                                                     ) -> None:
    cid = str(mus_round.conversation.id)
    conversations.transition(cid, "summary_drafted")
    before = _plain(text_of(batch.render_conversation_document(
        "summary", _reread(mus_round.conversation))))
    assert _plain("UDKAST til godkendelse (version 1) – ikke underskrevet") in before
    assert "sendttilmedarbejderen" not in before
    sent_at = dt.datetime(2027, 1, 20, 9, 0)
    signing.send_for_approval(cid, at=sent_at)
    after = _plain(text_of(batch.render_conversation_document(
        "summary", _reread(mus_round.conversation))))
    sent_on = sent_at.replace(tzinfo=dt.UTC).astimezone().date()
    assert _plain(f"sendt til medarbejderen {format_date(sent_on, 'da')}") in after
    assert "UDKAST" in after
    signing.record_paper_signatures(cid, dt.date(2027, 1, 23), dt.date(2027, 1, 24))
    signed = _plain(text_of(batch.render_conversation_document(
        "summary", _reread(mus_round.conversation))))
    assert "sendttilmedarbejderen" not in signed and "UDKAST" not in signed


def test_an_amended_version_names_the_version_it_replaces(mus_round: MusRound) -> None:
    _sign(mus_round.conversation)
    cid = str(mus_round.conversation.id)
    conversations.amend(cid, "Forkert dato for kurset")
    text = _plain(text_of(batch.render_conversation_document(
        "summary", _reread(mus_round.conversation))))
    assert _plain("Version 2 erstatter den underskrevne version 1") in text
    assert _plain("Forkert dato for kurset") in text
    assert "UDKAST" in text


def test_the_employee_comments_are_printed_and_signed(mus_round: MusRound) -> None:
    cid = str(mus_round.conversation.id)
    conversations.set_employee_comments(cid, "Jeg ønsker også mentorordning – tak.")
    doc = data.summary_of(_reread(mus_round.conversation))
    assert "mentorordning" in seal.canonical_content(doc)
    text = _plain(text_of(batch.render_conversation_document(
        "summary", _reread(mus_round.conversation))))
    assert _plain("Medarbejderens kommentarer") in text
    assert _plain("Jeg ønsker også mentorordning – tak.") in text
    _sign(mus_round.conversation)
    snapshot = conversations.signed_versions(cid)[-1]["snapshot"]
    assert "mentorordning" in snapshot
    with pytest.raises(Frozen):
        conversations.set_employee_comments(cid, "ændret bagefter")


def test_no_summary_of_a_conversation_not_held(
    workspace: Workspace, mus_round: MusRound, capsys: pytest.CaptureFixture,
    workspace_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("MUSDESK_PASSPHRASE", PASSPHRASE)
    other = (Conversation.select().where(
        (Conversation.round == mus_round.round) & (Conversation.id != mus_round.conversation.id)
    ).first())
    conversations.transition(str(other.id), "invited")
    with pytest.raises(SummaryNotPossible):
        batch.render_conversation_document("summary", _reread(other))
    # the round's batch makes the held one only
    result = batch.write_round_documents("summary", str(mus_round.round.id), tmp_path / "all")
    assert result.people == 1 and result.skipped == 2
    name = other.employee.full_name
    workspace.lock()
    code = main(["pdf", str(workspace_path), "summary", "--round", "MUS 2026",
                 "--employee", name, "-o", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err.strip()
    assert code != 0 and len(err.splitlines()) == 1
    assert "not been held" in err or "ikke holdt" in err
    assert not (tmp_path / "x.pdf").exists()


@pytest.fixture
def signed_file(mus_round: MusRound, tmp_path: Path) -> tuple[Path, bytes]:
    pdf = batch.render_conversation_document("summary", mus_round.conversation)
    path = tmp_path / "referat.pdf"
    path.write_bytes(pdf)
    return path, pdf


def test_pdfsig_says_valid_and_invalid_after_one_changed_byte(signed_file, tmp_path: Path
                                                              ) -> None:
    path, pdf = signed_file
    said = subprocess.run([_tool("pdfsig"), str(path)], capture_output=True).stdout.decode()
    assert "Signature is Valid." in said and "ETSI.CAdES.detached" in said
    altered = bytearray(pdf)
    position = pdf.index(b"/Widths [ ") + 11
    altered[position] = ord("9") if altered[position] != ord("9") else ord("8")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(altered))
    said = subprocess.run([_tool("pdfsig"), str(bad)], capture_output=True).stdout.decode()
    assert "Signature is Valid." not in said
    assert "Digest Mismatch" in said or "Invalid" in said


def test_pyhanko_validates_with_the_exported_certificate_as_trust_root(
    signed_file, tmp_path: Path, workspace: Workspace, cheap_kdf
) -> None:
    _, pdf = signed_file
    exported = tmp_path / "musdesk-certificate.pem"
    certificate.export_certificate(exported)
    pem = exported.read_bytes()
    assert pem.startswith(b"-----BEGIN CERTIFICATE-----")
    assert pades.validate(pdf, pem) == (True, True)
    fingerprint = certificate.format_fingerprint(certificate.certificate_fingerprint())
    assert _plain(fingerprint) in _plain(text_of(pdf))  # printed in the footer
    changed = bytearray(pdf)
    position = pdf.index(b"/Widths [ ") + 11
    changed[position] = ord("9") if changed[position] != ord("9") else ord("8")
    assert pades.validate(bytes(changed), pem)[0] is False
    # another workspace's certificate is no trust root for this file
    workspace.lock()
    other, _ = Workspace.create(tmp_path / "other", "another passphrase 123", kdf=cheap_kdf)
    try:
        assert pades.validate(pdf, certificate.signing_identity().certificate_pem())[1] is False
    finally:
        other.lock()


def _pyhanko_cli() -> str:
    """pyHanko's own command line (the `pyhanko-cli` package of the test extras)."""
    import sys

    found = shutil.which("pyhanko") or str(Path(sys.executable).with_name("pyhanko"))
    if not Path(found).exists():
        pytest.skip("the pyhanko command (pip package pyhanko-cli) is not installed")
    return found


def test_pyhanko_sign_validate_trusts_it_with_the_exported_certificate(
    signed_file, tmp_path: Path
) -> None:
    path, pdf = signed_file
    pem = tmp_path / "musdesk-certificate.pem"
    certificate.export_certificate(pem)
    command = [_pyhanko_cli(), "sign", "validate", "--trust", str(pem), "--trust-replace"]
    said = subprocess.run([*command, str(path)], capture_output=True, timeout=120)
    assert said.returncode == 0, said.stderr
    assert b"INTACT:TRUSTED,UNTOUCHED" in said.stdout
    # the same file without the certificate as trust root: intact, but nobody vouches for it
    untrusted = subprocess.run([_pyhanko_cli(), "sign", "validate", str(path)],
                               capture_output=True, timeout=120)
    assert untrusted.returncode != 0 and b"UNTRUSTED" in untrusted.stdout
    changed = bytearray(pdf)
    position = pdf.index(b"/Widths [ ") + 11
    changed[position] = ord("9") if changed[position] != ord("9") else ord("8")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(changed))
    said = subprocess.run([*command, str(bad)], capture_output=True, timeout=120)
    assert said.returncode != 0 and b"INVALID" in said.stdout


def test_a_qpdf_resave_is_the_same_content(signed_file, tmp_path: Path,
                                           capsys: pytest.CaptureFixture) -> None:
    path, pdf = signed_file
    resaved = tmp_path / "resaved.pdf"
    subprocess.run([_tool("qpdf"), "--object-streams=generate", str(path), str(resaved)],
                   check=True)
    assert resaved.read_bytes() != pdf
    assert text_of(resaved.read_bytes()) == text_of(pdf)
    result = seal.verify_file(resaved)
    assert result.verdict is Verdict.RESAVED and result.ok
    assert result.message("en").startswith("Same content")


def test_a_foreign_pdf_with_the_keyword_pasted_in_is_not_a_musdesk_summary(
    signed_file, tmp_path: Path
) -> None:
    _, pdf = signed_file
    keyword = re.search(rb"musdesk-seal:[0-9a-f-]+:\d+:[A-Z2-7-]{14}", pdf).group()
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setKeywords(keyword.decode())
    canvas.drawString(72, 720, "Referat (forfalsket)")
    canvas.save()
    result = seal.verify_pdf_bytes(buffer.getvalue())
    assert result.verdict is Verdict.NOT_MUSDESK and not result.ok
    assert result.message("en").startswith("Not a musdesk summary")
    # our own attachment copied into the foreign file: its pages are not the issued ones
    with pikepdf.open(io.BytesIO(pdf)) as original, pikepdf.open(buffer) as foreign:
        attached = original.attachments["musdesk-content.json"].get_file().read_bytes()
        foreign.attachments["musdesk-content.json"] = pikepdf.AttachedFileSpec(
            foreign, attached)
        out = io.BytesIO()
        foreign.save(out)
    assert seal.verify_pdf_bytes(out.getvalue()).verdict is Verdict.CONTENT_CHANGED


# The schemas PDF/A-2 predefines (ISO 19005-2, 6.6.2.3.1: XMP 2005's own schemas, PDF/A
# identification and extension schemas); any other property needs an extension schema.
PREDEFINED_XMP = {
    "http://purl.org/dc/elements/1.1/", "http://ns.adobe.com/xap/1.0/",
    "http://ns.adobe.com/pdf/1.3/", "http://www.aiim.org/pdfa/ns/id/",
    "http://ns.adobe.com/xap/1.0/mm/", "http://ns.adobe.com/xap/1.0/rights/",
    "http://www.aiim.org/pdfa/ns/extension/",
}
# the property names of the predefined schemas our files use (a misspelt one, such as
# "pdf:keywords", is not predefined)
PREDEFINED_NAMES = {
    "http://ns.adobe.com/pdf/1.3/": {"Keywords", "PDFVersion", "Producer", "Trapped"},
    "http://www.aiim.org/pdfa/ns/id/": {"part", "conformance", "amd", "corr"},
    "http://ns.adobe.com/xap/1.0/": {"CreateDate", "CreatorTool", "ModifyDate",
                                     "MetadataDate", "Identifier", "Label", "Rating"},
}
XMP_VALUE_TYPES = {"Text", "Integer", "Boolean", "Date", "URI", "URL", "Real", "MIMEType",
                   "Locale", "AgentName", "ProperName", "GUID", "RenditionClass"}


def check_xmp_extensions(xmp: bytes) -> set[str]:
    """Every top-level XMP property is predefined or described by a pdfaExtension schema
    with its namespace URI, prefix, name and a known value type; returns the described
    properties ("{uri}name")."""
    from lxml import etree

    rdf = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
    schema_ns, prop_ns = ("http://www.aiim.org/pdfa/ns/schema#",
                          "http://www.aiim.org/pdfa/ns/property#")
    root = etree.fromstring(xmp.split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])
    used: dict[str, str] = {}  # "{uri}name" -> prefix
    for description in root.iter(f"{rdf}Description"):
        if description.getparent().tag != f"{rdf}RDF":
            continue
        names = [*description.attrib, *(child.tag for child in description)]
        for name in names:
            if name == f"{rdf}about":
                continue
            uri = name[1:].split("}")[0]
            used[name] = next((p for p, u in description.nsmap.items() if u == uri), "") or ""
            for child in description:
                if child.tag == name:
                    used[name] = child.prefix or ""
    described: dict[str, tuple[str, str]] = {}
    for schema in root.iter():
        uri = schema.get(f"{{{schema_ns}}}namespaceURI")
        if uri is None:
            continue
        prefix = schema.get(f"{{{schema_ns}}}prefix")
        for prop in schema.iter():
            name = prop.get(f"{{{prop_ns}}}name")
            if name is not None:
                described[f"{{{uri}}}{name}"] = (prefix, prop.get(f"{{{prop_ns}}}valueType"))
                assert prop.get(f"{{{prop_ns}}}category") in ("internal", "external")
                assert prop.get(f"{{{prop_ns}}}description")
    for name, prefix in used.items():
        uri = name[1:].split("}")[0]
        if uri in PREDEFINED_XMP:
            assert name.split("}")[1] in PREDEFINED_NAMES.get(uri, {name.split("}")[1]}), name
            continue
        assert name in described, f"{name} is neither predefined nor described"
        schema_prefix, value_type = described[name]
        assert schema_prefix == prefix, (name, prefix, schema_prefix)
        assert value_type in XMP_VALUE_TYPES, (name, value_type)
    return set(described)


def test_the_personnel_file_copy_is_pdfa_2b_signed_with_its_content_in_the_xmp(
    mus_round: MusRound, tmp_path: Path
) -> None:
    sealed = batch.render_conversation_document("summary", mus_round.conversation)
    pdf = batch.render_conversation_document(batch.ARCHIVE_SUMMARY,
                                             _reread(mus_round.conversation))
    check_archival(pdf, "2")
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert "/AF" not in doc.Root and len(doc.attachments) == 0  # PDF/A-2: no attachment
        assert "/Filter" not in doc.Root.Metadata  # the XMP stream stays readable
        xmp = doc.Root.Metadata.read_bytes()
    described = check_xmp_extensions(xmp)
    assert described == {f"{{{archive.CONTENT_NS}}}{archive.CONTENT_PROPERTY}"}
    # same content, same code as the sealed summary; the same text on the pages
    assert text_of(pdf) == text_of(sealed)
    one, two = seal.verify_pdf_bytes(sealed), seal.verify_pdf_bytes(pdf)
    assert one.verdict is two.verdict is Verdict.GENUINE and one.record.code == two.record.code
    path = tmp_path / "personalemappe.pdf"
    path.write_bytes(pdf)
    said = subprocess.run([_tool("pdfsig"), str(path)], capture_output=True).stdout.decode()
    assert "Signature is Valid." in said
    # re-saved by qpdf: the content in the XMP still tells "same content"
    resaved = tmp_path / "resaved.pdf"
    subprocess.run([_tool("qpdf"), "--object-streams=generate", str(path), str(resaved)],
                   check=True)
    assert seal.verify_file(resaved).verdict is Verdict.RESAVED
    # the sealed summary's XMP follows the same rules (it has no extension property)
    with pikepdf.open(io.BytesIO(sealed)) as doc:
        assert check_xmp_extensions(doc.Root.Metadata.read_bytes()) == set()


def test_the_cli_writes_the_personnel_file_copy_with_archive(
    workspace: Workspace, mus_round: MusRound, workspace_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture,
) -> None:
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("MUSDESK_PASSPHRASE", PASSPHRASE)
    workspace.lock()
    target = tmp_path / "arkiv.pdf"
    assert main(["pdf", str(workspace_path), "summary", "--round", "MUS 2026", "--employee",
                 mus_round.employee_name, "--archive", "-o", str(target)]) == 0
    check_archival(target.read_bytes(), "2")
    capsys.readouterr()
    assert main(["verify", str(target), str(workspace_path)]) == 0  # genuine
    code = main(["pdf", str(workspace_path), "invitation", "--round", "MUS 2026",
                 "--archive", "-o", str(tmp_path / "x")])
    err = capsys.readouterr().err.strip()
    assert code != 0 and len(err.splitlines()) == 1 and "--archive" in err


def test_a_reprint_keeps_the_first_issue_date_and_lists_each_printing(mus_round: MusRound
                                                                     ) -> None:
    first = batch.render_conversation_document("summary", mus_round.conversation)
    again = batch.render_conversation_document("summary", _reread(mus_round.conversation))
    one, two = seal.verify_pdf_bytes(first), seal.verify_pdf_bytes(again)
    assert one.verdict is two.verdict is Verdict.GENUINE
    assert one.record.code == two.record.code
    found = seal.verify_code(one.record.code)
    assert found.record.issued_at == one.record.issued_at  # the first one
    assert len(found.printings) == 2
    assert "Printed 2 time(s)" in found.message("en")
    overview = signing.signing_overview(str(mus_round.conversation.id))
    assert len(overview["issued"]) == 2
