"""The PDF signature (PAdES baseline B) on sealed summaries, made with pyHanko.

The signer is the workspace's self-issued certificate (`certificate.py`). An ordinary PDF
reader then shows that the file is signed and unchanged since signing (and that it does not
know the signer until the exported certificate is trusted); `pdfsig` and pyHanko's validator
with the exported certificate as trust root confirm it.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from musdesk import texts
from musdesk.documents import certificate

if TYPE_CHECKING:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.signers import SimpleSigner

    from musdesk.documents.archive import Metadata

FIELD_NAME = "musdesk-seal"


def _signer() -> SimpleSigner:
    from asn1crypto import keys, x509
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    identity = certificate.signing_identity()
    cert = x509.Certificate.load(identity.cert_der)
    key = keys.PrivateKeyInfo.load(identity.key_der)
    return signers.SimpleSigner(
        signing_cert=cert, signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs([cert]),
    )


def sign(writer: IncrementalPdfFileWriter, meta: Metadata) -> bytes:
    """Sign what `writer` holds (its pending changes go into the signed revision)."""
    from pyhanko.sign import fields, signers

    signature_meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=texts.text("documents.trust.signature_reason", meta.language),
        name=meta.author or None,
    )
    out = io.BytesIO()
    signers.sign_pdf(writer, signature_meta, signer=_signer(), output=out)
    return out.getvalue()


def validate(pdf: bytes, trust_root_pem: bytes) -> tuple[bool, bool]:
    """(intact, trusted) of the file's last signature, checked by pyHanko with the given
    certificate as the only trust root. For tests and for the curious; `verify` relies on
    the recorded hashes and the signed content."""
    from asn1crypto import pem, x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    _type, _headers, der = pem.unarmor(trust_root_pem)
    root = x509.Certificate.load(der)
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    if not reader.embedded_signatures:
        return False, False
    context = ValidationContext(trust_roots=[root], allow_fetching=False)
    status = validate_pdf_signature(reader.embedded_signatures[-1], context)
    return bool(status.intact and status.valid), bool(status.trusted)


def signs_whole_file(pdf: bytes, trust_root_pem: bytes) -> bool:
    """Whether the file's last signature is intact, made with the given certificate, and
    covers every byte of the file (nothing added or re-saved since signing)."""
    from asn1crypto import pem, x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    _type, _headers, der = pem.unarmor(trust_root_pem)
    root = x509.Certificate.load(der)
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        if not reader.embedded_signatures:
            return False
        context = ValidationContext(trust_roots=[root], allow_fetching=False)
        status = validate_pdf_signature(reader.embedded_signatures[-1], context)
    except Exception:  # a malformed file is "not signed by us", never a crash
        return False
    return bool(status.intact and status.valid and status.trusted
                and status.coverage == SignatureCoverageLevel.ENTIRE_FILE)
