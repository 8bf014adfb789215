"""PDF/A for every document, an attached file for summaries, and the PAdES signature.

ReportLab lays the pages out (fonts embedded, no encryption); this step adds, as one
incremental update written by pyHanko's PDF writer:
- XMP metadata with the PDF/A identification (`pdfaid:part`, `pdfaid:conformance` B), kept
  consistent with the document information dictionary by pyHanko's metadata writer;
- an sRGB output intent (`resources/color/sRGB.icc`);
- for a summary, the signed content as an attached file (`/AF`, relationship `/Data`). PDF/A-2
  allows only PDF/A files as attachments, so a summary is PDF/A-3b (PDF/A-2b plus attached
  files); every other document is PDF/A-2b;
- for the summary's personnel-file copy (PDF/A-2b), the same signed content as one XMP
  property, `musdesk:signedContent`, described by a PDF/A extension schema in the same XMP
  packet (PDF/A-2 allows any XMP property that such a schema describes; no attachment).
A summary is then signed (PAdES baseline B, pyHanko) in the same revision.

What is not validated here (no veraPDF on the machine): see docs/architecture.md.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from musdesk.resources import resource_path

if TYPE_CHECKING:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

PDFAID_NS = "http://www.aiim.org/pdfa/ns/id/"
# Our own XMP namespace for the signed content of a personnel-file copy (PDF/A-2b).
CONTENT_NS = "http://ns.musdesk.invalid/signed-content/1.0/"
CONTENT_PREFIX = "musdesk"
CONTENT_PROPERTY = "signedContent"
ICC_CONDITION = "sRGB IEC61966-2.1"


@dataclass(frozen=True)
class Metadata:
    title: str
    subject: str = ""
    author: str = ""
    keywords: str = ""
    language: str = "da"


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes
    description: str
    mime_type: str = "application/json"


@cache
def srgb_profile() -> bytes:
    return resource_path("color", "sRGB.icc").read_bytes()


def _writer(pdf: bytes) -> IncrementalPdfFileWriter:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    return IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)


def producer() -> str:
    """The producer both the information dictionary and the XMP name (pyHanko, the last
    program to write the file, puts its own name into both; PDF/A wants them equal)."""
    from pyhanko.pdf_utils.metadata import model

    return model.VENDOR


def _metadata(writer: IncrementalPdfFileWriter, meta: Metadata, part: int,
              content: bytes | None = None) -> None:
    """One XMP description with the PDF/A identification and the same title, author,
    subject, keywords, tool and dates as the information dictionary (pyHanko's metadata
    writer updates both together when it writes)."""
    from pyhanko.pdf_utils.metadata import model, xmp_xml

    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    target = writer.document_meta
    target.title = meta.title or None
    target.author = meta.author or None
    target.subject = meta.subject or None
    target.creator = "musdesk"
    target.created = now
    fields = {
        model.ExpandedName(PDFAID_NS, "part"): model.XmpValue(str(part)),
        model.ExpandedName(PDFAID_NS, "conformance"): model.XmpValue("B"),
    }
    if meta.keywords:
        # pyHanko would write "pdf:keywords"; the schema's name is pdf:Keywords
        fields[model.ExpandedName(model.NS["pdf"], "Keywords")] = model.XmpValue(meta.keywords)
    trapped = _tidy_info(writer)
    if trapped:  # the information dictionary says /Trapped: the XMP says the same
        fields[model.ExpandedName(model.NS["pdf"], "Trapped")] = model.XmpValue(trapped)
    if content is not None:
        fields.update(_content_fields(content))
    roots = xmp_xml.update_xmp_with_meta(target, [model.XmpStructure(fields)])
    writer.root["/Metadata"] = writer.add_object(xmp_xml.MetadataStream.from_xmp(roots))
    writer.update_root()


def _tidy_info(writer: IncrementalPdfFileWriter) -> str:
    """Drop the empty entries ReportLab writes into the information dictionary (an empty
    /Author or /Keywords has no XMP twin, and PDF/A wants the two to agree); returns its
    /Trapped value ("True"/"False"/"Unknown", or "")."""
    from pyhanko.pdf_utils import generic

    if "/Info" not in writer.trailer:
        return ""
    reference = writer.trailer.raw_get("/Info")
    info = reference.get_object()
    empty = [key for key, value in info.items()
             if isinstance(value, generic.TextStringObject | generic.ByteStringObject)
             and not str(value).strip()]
    for key in empty:
        del info[key]
    if empty and isinstance(reference, generic.IndirectObject):
        writer.mark_update(reference)
    trapped = info.get("/Trapped")
    return str(trapped).lstrip("/") if trapped is not None else ""


def _content_fields(content: bytes) -> dict[Any, Any]:
    """`musdesk:signedContent` (the signed JSON as text) and the PDF/A extension schema that
    describes it: PDF/A-2 (6.6.2.3) wants every property outside the predefined schemas
    described in the packet itself, as pdfaExtension:schemas (a bag of pdfaSchema structures,
    each with its namespace URI, prefix and a sequence of pdfaProperty name, valueType,
    category and description)."""
    from lxml import etree
    from pyhanko.pdf_utils.metadata import model

    etree.register_namespace(CONTENT_PREFIX, CONTENT_NS)  # the prefix the schema declares
    ns = model.NS

    def name(prefix: str, local: str) -> Any:
        return model.ExpandedName(ns[prefix], local)

    prop = model.XmpStructure.of(
        (name("pdfaProperty", "name"), model.XmpValue(CONTENT_PROPERTY)),
        (name("pdfaProperty", "valueType"), model.XmpValue("Text")),
        (name("pdfaProperty", "category"), model.XmpValue("internal")),
        (name("pdfaProperty", "description"), model.XmpValue(
            "The summary's canonical content, signed with the workspace's Ed25519 key "
            "(musdesk-signed-content 1, JSON)")),
    )
    schema = model.XmpStructure.of(
        (name("pdfaSchema", "schema"), model.XmpValue("musdesk signed content")),
        (name("pdfaSchema", "namespaceURI"), model.XmpValue(CONTENT_NS)),
        (name("pdfaSchema", "prefix"), model.XmpValue(CONTENT_PREFIX)),
        (name("pdfaSchema", "property"),
         model.XmpValue(model.XmpArray.ordered([model.XmpValue(prop)]))),
    )
    return {
        name("pdfaExtension", "schemas"):
            model.XmpValue(model.XmpArray.unordered([model.XmpValue(schema)])),
        model.ExpandedName(CONTENT_NS, CONTENT_PROPERTY): model.XmpValue(content.decode()),
    }


def xmp_content_of(pdf: bytes) -> bytes | None:
    """The `musdesk:signedContent` property of the file's XMP metadata, or None."""
    from pyhanko.pdf_utils.metadata import model, xmp_xml
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        stream = reader.root["/Metadata"].get_object()
        wanted = model.ExpandedName(CONTENT_NS, CONTENT_PROPERTY)
        for root in xmp_xml.parse_xmp(io.BytesIO(stream.data)):
            for key, value in root:
                if key == wanted and isinstance(value.value, str):
                    return value.value.encode()
    except Exception:  # noqa: BLE001 - a damaged or foreign file simply has none
        return None
    return None


def _output_intent(writer: IncrementalPdfFileWriter) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.generic import pdf_name, pdf_string

    profile = generic.StreamObject(
        {pdf_name("/N"): generic.NumberObject(3)}, stream_data=srgb_profile()
    )
    profile.compress()
    intent = generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/OutputIntent"),
        pdf_name("/S"): pdf_name("/GTS_PDFA1"),
        pdf_name("/OutputConditionIdentifier"): pdf_string(ICC_CONDITION),
        pdf_name("/Info"): pdf_string(ICC_CONDITION),
        pdf_name("/RegistryName"): pdf_string("http://www.color.org"),
        pdf_name("/DestOutputProfile"): writer.add_object(profile),
    })
    writer.root["/OutputIntents"] = generic.ArrayObject([writer.add_object(intent)])
    writer.update_root()


def _attach(writer: IncrementalPdfFileWriter, attachment: Attachment) -> None:
    """An associated file of the document (PDF/A-3: `/AF` in the catalogue and the file
    specification with `/AFRelationship`), listed in the EmbeddedFiles name tree so
    ordinary readers show it as an attachment."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams
    from pyhanko.pdf_utils.generic import pdf_name, pdf_string

    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    stream = EmbeddedFileObject.from_file_data(
        writer, attachment.data, mime_type=attachment.mime_type,
        params=EmbeddedFileParams(modification_date=now),
    )
    spec = generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Filespec"),
        pdf_name("/F"): pdf_string(attachment.name),
        pdf_name("/UF"): pdf_string(attachment.name),
        pdf_name("/Desc"): pdf_string(attachment.description),
        pdf_name("/AFRelationship"): pdf_name("/Data"),
        pdf_name("/EF"): generic.DictionaryObject({
            pdf_name("/F"): stream.ef_stream_ref, pdf_name("/UF"): stream.ef_stream_ref,
        }),
    })
    spec_ref = writer.add_object(spec)
    tree = generic.DictionaryObject({
        pdf_name("/Names"): generic.ArrayObject([pdf_string(attachment.name), spec_ref]),
    })
    names = generic.DictionaryObject({pdf_name("/EmbeddedFiles"): writer.add_object(tree)})
    writer.root["/Names"] = writer.add_object(names)
    writer.root["/AF"] = generic.ArrayObject([spec_ref])
    writer.update_root()


def archival(
    pdf: bytes, meta: Metadata, *, attachment: Attachment | None = None,
    sign: bool = False, xmp_content: bytes | None = None,
) -> bytes:
    """`pdf` as PDF/A (2b, or 3b with an attachment); signed (PAdES) when `sign`;
    `xmp_content` goes into the XMP metadata (PDF/A-2b stays 2b)."""
    writer = _writer(pdf)
    _metadata(writer, meta, 3 if attachment is not None else 2, xmp_content)
    _output_intent(writer)
    if attachment is not None:
        _attach(writer, attachment)
    if sign:
        from musdesk.documents import pades

        return pades.sign(writer, meta)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def attachment_of(pdf: bytes, name: str) -> bytes | None:
    """The bytes of the attached file `name`, or None (also for a file that is no PDF)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        tree = reader.root["/Names"]["/EmbeddedFiles"]
        entries = list(tree["/Names"])
        for index in range(0, len(entries) - 1, 2):
            if str(entries[index]) == name:
                spec = entries[index + 1].get_object()
                return bytes(spec["/EF"]["/F"].get_object().data)
    except Exception:  # noqa: BLE001 - a damaged or foreign file simply has no attachment
        return None
    return None


PAGE_KEYS = ("/Contents", "/Resources", "/MediaBox", "/CropBox", "/Rotate")
_STREAM_CODING = ("/Length", "/Filter", "/DecodeParms", "/DL")


def page_content_hash(pdf: bytes) -> str | None:
    """SHA-256 over what every page draws: its content streams and everything they use
    (fonts and their files, images, forms), decoded and written in a canonical form, and
    any annotation other than a signature field. Saving the file again (qpdf, a viewer's
    "save as") keeps it; editing the text, a font or an image, or adding a note changes it.
    None if the file cannot be read as a PDF."""
    import hashlib

    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        digest = hashlib.sha256()
        seen: dict[object, int] = {}
        for page in _pages(reader.root["/Pages"]):
            digest.update(b"page")
            for key in PAGE_KEYS:
                if key in page:
                    digest.update(key.encode())
                    _feed(digest, page.raw_get(key), seen)
            for annotation in page.get("/Annots") or ():
                annotation = annotation.get_object()
                if _is_signature_widget(annotation):
                    continue
                digest.update(b"annot")
                _feed(digest, annotation, seen, skip=("/P", "/Parent"))
        return digest.hexdigest()
    except Exception:  # noqa: BLE001 - not a readable PDF
        return None


def _is_signature_widget(annotation: Any) -> bool:
    field = annotation
    for _ in range(8):
        if field.get("/FT") == "/Sig":
            return True
        if "/Parent" not in field:
            return False
        field = field["/Parent"]
    return False


def _feed(digest: Any, value: Any, seen: dict[object, int], skip: tuple[str, ...] = ()) -> None:
    """Write `value` into `digest` canonically: references by order of first visit, dicts
    by sorted key, streams by their decoded data (not their filters or lengths)."""
    from pyhanko.pdf_utils import generic

    if isinstance(value, generic.IndirectObject):
        ident = (value.idnum, value.generation)
        if ident in seen:
            digest.update(b"ref%d;" % seen[ident])
            return
        seen[ident] = len(seen)
        value = value.get_object()
    if isinstance(value, generic.StreamObject):
        digest.update(b"stream{")
        for key in sorted(k for k in value if k not in _STREAM_CODING and k not in skip):
            digest.update(key.encode() + b"=")
            _feed(digest, value.raw_get(key), seen)
        data = value.data
        digest.update(b"%d:" % len(data) + data + b"}")
    elif isinstance(value, generic.DictionaryObject):
        digest.update(b"dict{")
        for key in sorted(k for k in value if k not in skip):
            digest.update(key.encode() + b"=")
            _feed(digest, value.raw_get(key), seen)
        digest.update(b"}")
    elif isinstance(value, generic.ArrayObject):
        digest.update(b"array[")
        for index in range(len(value)):
            _feed(digest, value.raw_get(index), seen)
        digest.update(b"]")
    elif isinstance(value, generic.TextStringObject | generic.ByteStringObject):
        raw = getattr(value, "original_bytes", None) or str(value).encode("utf-8")
        digest.update(b"str%d:" % len(raw) + raw)
    else:
        digest.update(repr(value).encode() + b";")


def _pages(node: Any) -> Iterator[Any]:
    node = node.get_object()
    if node.get("/Type") == "/Pages" or "/Kids" in node:
        for kid in node["/Kids"]:
            yield from _pages(kid)
    else:
        yield node
