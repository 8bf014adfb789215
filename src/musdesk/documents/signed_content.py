"""The signed content inside the PDF: an attached JSON file, signed with the workspace key.

Bytes alone cannot tell a re-saved file from a changed one: any tool that saves a PDF again
(qpdf, a viewer's "save as") changes every byte offset. So a summary carries, as the attached
file `musdesk-content.json`:

    {"format": "musdesk-signed-content 1",
     "envelope": {"document_id", "version", "code", "content" (the canonical JSON the seal
                  signed), "content_sha256", "pages_sha256" (the decoded page content
                  streams, see archive.page_content_hash), "public_key" (Ed25519, hex)},
     "signature": Ed25519 over "MUSDESK-CONTENT 1\\n" + the envelope's canonical JSON}

`verify` reads it back: signed by this workspace's key and its pages unchanged → the same
content in a re-saved file; pages changed → content changed; no attachment, or one this
workspace did not sign → not a musdesk summary (a foreign PDF with our keyword pasted in).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

FORMAT = "musdesk-signed-content 1"
ATTACHMENT_NAME = "musdesk-content.json"
MAGIC = b"MUSDESK-CONTENT 1\n"
MAX_ATTACHMENT = 8 * 1024 * 1024


def _canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _raw_public(key: Ed25519PublicKey) -> str:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def build(
    key: Ed25519PrivateKey, *, document_id: str, version: int, code: str, canonical: str,
    content_sha256: str, pages_sha256: str,
) -> bytes:
    """The attached file's bytes."""
    envelope = {
        "document_id": document_id,
        "version": version,
        "code": code,
        "content": canonical,
        "content_sha256": content_sha256,
        "pages_sha256": pages_sha256,
        "public_key": _raw_public(key.public_key()),
    }
    signature = key.sign(MAGIC + _canonical(envelope)).hex()
    return _canonical({"format": FORMAT, "envelope": envelope, "signature": signature})


@dataclass(frozen=True)
class SignedContent:
    """What an attached file says, and whether `our_key` signed it."""

    document_id: str
    version: int
    code: str
    canonical: str
    content_sha256: str
    pages_sha256: str
    public_key: str
    signed_by_us: bool
    signed_by_its_key: bool


def read(data: bytes | None, our_keys: Sequence[Ed25519PublicKey]) -> SignedContent | None:
    """The attached file parsed and checked against this workspace's keys (its own, and
    those of packages merged into it), or None when it is missing or not ours in form."""
    if not data or len(data) > MAX_ATTACHMENT:
        return None
    try:
        outer = json.loads(data.decode("utf-8"))
        envelope = outer["envelope"]
        if outer.get("format") != FORMAT or not isinstance(envelope, dict):
            return None
        signature = bytes.fromhex(str(outer["signature"]))
        message = MAGIC + _canonical(envelope)
        content = SignedContent(
            document_id=str(envelope["document_id"]),
            version=int(envelope["version"]),
            code=str(envelope["code"]),
            canonical=str(envelope["content"]),
            content_sha256=str(envelope["content_sha256"]),
            pages_sha256=str(envelope["pages_sha256"]),
            public_key=str(envelope["public_key"]),
            signed_by_us=False,
            signed_by_its_key=False,
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None
    by_us = any(_valid(key, signature, message) for key in our_keys)
    by_its_key = by_us
    if not by_us:
        try:
            its_key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(content.public_key))
        except ValueError:
            its_key = None
        by_its_key = its_key is not None and _valid(its_key, signature, message)
    return SignedContent(**{**content.__dict__, "signed_by_us": by_us,
                            "signed_by_its_key": by_its_key})


def _valid(key: Ed25519PublicKey, signature: bytes, message: bytes) -> bool:
    try:
        key.verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def key_fingerprint(public_hex: str) -> str:
    import hashlib

    try:
        return hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:16]
    except ValueError:
        return "?"
