"""The workspace's signing certificate for PDF signatures (PAdES) on summaries.

One self-issued X.509 certificate per workspace, made with `cryptography` on first use: an
ECDSA P-256 key (fast, supported by poppler/NSS, Adobe and pyHanko) and a certificate that
is its own issuer. Key and certificate live in the encrypted database (`workspace_meta`),
like the Ed25519 seal key, so they travel with a packaged workspace and are as safe as the
data. The SHA-256 fingerprint of the certificate (DER) is printed in every summary's footer
and shown in the app; the certificate can be exported as PEM so that a client or a lawyer
can use it as the trust root for checking summaries without the workspace.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from musdesk.models.base import database_proxy
from musdesk.models.meta import WorkspaceMeta
from musdesk.storage.transactions import write_transaction

KEY_META = "pades.private_key"
CERT_META = "pades.certificate"
VALID_YEARS = 30


@dataclass(frozen=True)
class SigningIdentity:
    """The private key (PKCS#8 DER) and the certificate (DER) of this workspace."""

    key_der: bytes
    cert_der: bytes

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.cert_der).hexdigest().upper()

    def certificate_pem(self) -> bytes:
        return x509.load_der_x509_certificate(self.cert_der).public_bytes(
            serialization.Encoding.PEM
        )


def format_fingerprint(fingerprint: str) -> str:
    """'AB12 CD34 …': groups of four, easy to compare by eye."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


def _make(now: dt.datetime) -> SigningIdentity:
    key = ec.generate_private_key(ec.SECP256R1())
    # Who issued it: the product and a short, stable part of the public key, so two
    # workspaces' certificates are told apart by name too.
    public = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    tag = hashlib.sha256(public).hexdigest()[:12].upper()
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, f"musdesk workspace {tag}"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "musdesk (self-issued)"),
    ])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, content_commitment=True, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=False, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    return SigningIdentity(
        key_der=key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
        cert_der=cert.public_bytes(serialization.Encoding.DER),
    )


def existing_identity() -> SigningIdentity | None:
    """This workspace's key and certificate if made already (reads only)."""
    key_row = WorkspaceMeta.get_or_none(WorkspaceMeta.key == KEY_META)
    cert_row = WorkspaceMeta.get_or_none(WorkspaceMeta.key == CERT_META)
    if key_row is None or cert_row is None:
        return None
    return SigningIdentity(bytes.fromhex(key_row.value), bytes.fromhex(cert_row.value))


def signing_identity() -> SigningIdentity:
    """This workspace's key and certificate, made and stored on first use (a workspace
    gets them when created or upgraded, see `documents/upkeep.py`, so a read-only command
    only reads them)."""
    found = existing_identity()
    if found is not None:
        return found
    if getattr(database_proxy.obj, "query_only", False):
        from musdesk.documents.errors import SealKeysMissing

        raise SealKeysMissing()
    with write_transaction():  # BEGIN IMMEDIATE: it writes (first use)
        key_row = WorkspaceMeta.get_or_none(WorkspaceMeta.key == KEY_META)
        cert_row = WorkspaceMeta.get_or_none(WorkspaceMeta.key == CERT_META)
        if key_row is None or cert_row is None:
            made = _make(dt.datetime.now(dt.UTC))
            WorkspaceMeta.insert(key=KEY_META, value=made.key_der.hex()).on_conflict_ignore(
            ).execute()
            WorkspaceMeta.insert(key=CERT_META, value=made.cert_der.hex()).on_conflict_ignore(
            ).execute()
            key_row = WorkspaceMeta.get(WorkspaceMeta.key == KEY_META)
            cert_row = WorkspaceMeta.get(WorkspaceMeta.key == CERT_META)
        return SigningIdentity(bytes.fromhex(key_row.value), bytes.fromhex(cert_row.value))


def certificate_fingerprint() -> str:
    return signing_identity().fingerprint


def export_certificate(path: Path) -> Path:
    """Write the certificate (PEM, public: no key) for checking summaries elsewhere, whole or
    not at all."""
    from musdesk.documents.batch import write_pdf  # the same checks for the target's folder

    return write_pdf(Path(path), signing_identity().certificate_pem())
