"""The package's outer layer: age encryption (the `pyrage` binding), keys, and its errors.

A package is one age file (https://age-encryption.org/v1), so the standard `age` tool opens
it without musdesk. It is encrypted either under a passphrase (age's scrypt recipient) or to
one or more X25519 recipients (`age1…` public keys). age authenticates every 64 KiB chunk and
the end of the stream, so a wrong key, one changed byte, a cut or an appended byte is refused
by the decryption itself, before musdesk reads anything of the contents.

Everything stays in memory (pyrage's passphrase mode works on bytes); sizes are bounded by
`MAX_PACKAGE_BYTES`, stated in docs/package-format.md and refused beyond.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyrage

from musdesk import texts
from musdesk.errors import MusdeskError

MAX_PACKAGE_BYTES = 512 * 1024 * 1024  # the largest package file musdesk writes or reads
# scrypt's work factor in a package header is chosen by whoever wrote it: musdesk writes
# 2^17 (128 MiB, package_age), age's tool 2^18, rage ~1 s of the machine's time. Beyond 2^22
# (4 GiB of memory) a header is refused, not tried.
MAX_SCRYPT_LOG_N = 22
AGE_MAGIC = b"age-encryption.org/v1\n"
_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")
_IDENTITY = re.compile(r"AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}")


# --- errors ------------------------------------------------------------------------------
class PackageError(MusdeskError):
    key = "package.error.generic"


class PackageSecretWrong(PackageError):
    """The passphrase or key does not open this package (or it is not a package at all)."""

    key = "package.error.wrong_secret"
    exit_code = 3


class PackageDamaged(PackageError):
    """The package is damaged, cut, forged, or its contents break the rules."""

    key = "package.error.damaged"

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason=reason)


class PackageTooNew(PackageError):
    key = "package.error.too_new"


class PackageTooLarge(PackageError):
    key = "package.error.too_large"


class PackageCancelled(PackageError):
    key = "package.error.cancelled"


class PackageRefused(PackageError):
    """The package is sound but cannot be merged here (the reason says why)."""

    key = "package.error.refused"

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason=reason)


class BadKey(PackageError):
    key = "package.error.bad_key"

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason=reason)


def reason(key: str, /, **params: object) -> str:  # params may hold "key"
    return texts.text(f"package.reason.{key}", **params)


# --- how a package is locked ---------------------------------------------------------------
@dataclass(frozen=True)
class Protection:
    """How to encrypt: a passphrase, or X25519 recipients (`age1…`)."""

    passphrase: str | None = None
    recipients: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if (self.passphrase is None) == (not self.recipients):
            raise BadKey(reason("passphrase_or_recipients"))
        if self.passphrase is not None and not self.passphrase:
            raise BadKey(reason("empty_passphrase"))


@dataclass(frozen=True)
class Unlock:
    """How to decrypt: a passphrase, or X25519 identities (`AGE-SECRET-KEY-1…`)."""

    passphrase: str | None = None
    identities: tuple[str, ...] = field(default=(), repr=False)


def parse_recipients(text: str) -> tuple[str, ...]:
    """`age1…` keys from pasted text or a recipients file (one a line, `#` comments)."""
    found: list[str] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        for word in line.replace(",", " ").split():
            if _IDENTITY.fullmatch(word.upper()):
                raise BadKey(_secret_given(word))
            if not _RECIPIENT.fullmatch(word):
                raise BadKey(reason("not_a_recipient", text=word[:20]))
            try:
                pyrage.x25519.Recipient.from_str(word)
            except pyrage.RecipientError:
                raise BadKey(reason("not_a_recipient", text=word[:20])) from None
            found.append(word)
    if not found:
        raise BadKey(reason("no_recipient"))
    return tuple(dict.fromkeys(found))


def _secret_given(word: str) -> str:
    """A secret key where a public one belongs (e.g. the whole file of `package keygen`):
    refused, naming the public key to give instead; nothing of the secret is repeated."""
    try:
        public = str(pyrage.x25519.Identity.from_str(word.upper()).to_public())
    except pyrage.IdentityError:
        return reason("secret_key_given_bad")
    return reason("secret_key_given", public=public)


def read_recipients(value: str) -> tuple[str, ...]:
    """A recipient given on the command line: the key itself, or a file holding keys."""
    if _RECIPIENT.fullmatch(value.strip()):
        return parse_recipients(value)
    return read_recipients_file(Path(value))


def read_recipients_file(path: Path) -> tuple[str, ...]:
    """The `age1…` keys of a recipients file (one a line, `#` comments; at most 1 MiB)."""
    return parse_recipients(_read_small_text(Path(path)))


def parse_identities(text: str) -> tuple[str, ...]:
    found = [m.group(0) for m in _IDENTITY.finditer(text.upper())]
    if not found:
        raise BadKey(reason("no_identity"))
    return tuple(found)


def read_identities(path: Path) -> tuple[str, ...]:
    """Identities from an age key file (as `musdesk package keygen` or `age-keygen` write)."""
    return parse_identities(_read_small_text(Path(path)))


def _read_small_text(path: Path) -> str:
    try:
        if path.stat().st_size > 1024 * 1024:
            raise BadKey(reason("key_file_too_large", path=str(path)))
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise BadKey(reason("key_file_unreadable", path=str(path),
                            why=exc.strerror or str(exc))) from exc


@dataclass(frozen=True)
class KeyPair:
    identity: str  # AGE-SECRET-KEY-1…, secret
    recipient: str  # age1…, to give to whoever makes packages for you

    def key_file_text(self) -> str:
        """The same layout as `age-keygen` writes, so `age -d -i FILE` reads it."""
        created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        return (f"# created: {created}\n# public key: {self.recipient}\n{self.identity}\n")


def generate_key_pair() -> KeyPair:
    identity = pyrage.x25519.Identity.generate()
    return KeyPair(identity=str(identity), recipient=str(identity.to_public()))


def write_key_file(path: Path, pair: KeyPair) -> None:
    """A new key file (0600), never replacing an existing one."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise BadKey(reason("key_file_exists", path=str(path))) from None
    except OSError as exc:
        raise BadKey(reason("key_file_unwritable", path=str(path),
                            why=exc.strerror or str(exc))) from exc
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(pair.key_file_text())
        handle.flush()
        os.fsync(handle.fileno())


# --- encrypting and decrypting -------------------------------------------------------------
def encrypt(plaintext: bytes, protection: Protection) -> bytes:
    if len(plaintext) > MAX_PACKAGE_BYTES:
        raise PackageTooLarge(limit=MAX_PACKAGE_BYTES // (1024 * 1024))
    try:
        if protection.passphrase is not None:
            from musdesk.interchange.package_age import encrypt_with_passphrase

            return encrypt_with_passphrase(plaintext, protection.passphrase)
        recipients = [pyrage.x25519.Recipient.from_str(r) for r in protection.recipients]
        encrypted: bytes = pyrage.encrypt(plaintext, recipients)
        return encrypted
    except (pyrage.EncryptError, pyrage.RecipientError) as exc:
        raise BadKey(str(exc)) from exc


def header_method(data: bytes) -> str:
    """"passphrase" or "recipients": what the package needs, read from its age header.

    Also refuses what is no age file, and a scrypt work factor beyond `MAX_SCRYPT_LOG_N`
    (a forged header must not make us spend minutes and gigabytes)."""
    if not data.startswith(AGE_MAGIC):
        raise PackageDamaged(reason("not_age"))
    end = data.find(b"\n---", 0, 64 * 1024)
    if end < 0:
        raise PackageDamaged(reason("bad_header"))
    stanzas = [line for line in data[len(AGE_MAGIC):end].split(b"\n") if line.startswith(b"->")]
    if not stanzas:
        raise PackageDamaged(reason("bad_header"))
    kinds = {stanza.split(b" ")[1] if len(stanza.split(b" ")) > 1 else b"" for stanza in stanzas}
    if b"scrypt" in kinds:
        parts = stanzas[0].split(b" ")
        if len(stanzas) != 1 or len(parts) != 4 or not parts[3].isdigit():
            raise PackageDamaged(reason("bad_header"))
        if int(parts[3]) > MAX_SCRYPT_LOG_N:
            raise PackageDamaged(reason("work_factor", found=int(parts[3])))
        return "passphrase"
    return "recipients"


def decrypt(data: bytes, unlock: Unlock) -> bytes:
    """The authenticated plaintext, or PackageSecretWrong / PackageDamaged."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageTooLarge(limit=MAX_PACKAGE_BYTES // (1024 * 1024))
    method = header_method(data)
    try:
        if method == "passphrase":
            if not unlock.passphrase:
                raise PackageSecretWrong(detail=reason("needs_passphrase"))
            opened: bytes = pyrage.passphrase.decrypt(data, unlock.passphrase)
            return opened
        if not unlock.identities:
            raise PackageSecretWrong(detail=reason("needs_identity"))
        identities = [pyrage.x25519.Identity.from_str(i) for i in unlock.identities]
        decrypted: bytes = pyrage.decrypt(data, identities)
        return decrypted
    except pyrage.IdentityError as exc:
        raise BadKey(reason("no_identity")) from exc
    except pyrage.DecryptError as exc:
        # age cannot tell a wrong key from a damaged header stanza; both mean "not this key".
        # A damaged body (after the header MAC) is reported by rage in other words.
        message = str(exc).lower()
        if "decryption failed" in message or "no matching keys" in message \
                or "incorrect" in message:
            raise PackageSecretWrong() from exc
        raise PackageDamaged(reason("authentication")) from exc


def read_package_file(path: Path) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PACKAGE_BYTES:
            raise PackageTooLarge(limit=MAX_PACKAGE_BYTES // (1024 * 1024))
        return path.read_bytes()
    except FileNotFoundError:
        raise PackageDamaged(reason("missing", path=str(path))) from None
    except IsADirectoryError:
        raise PackageDamaged(reason("not_a_file", path=str(path))) from None
    except OSError as exc:
        raise PackageDamaged(reason("unreadable", path=str(path),
                                    why=exc.strerror or str(exc))) from exc
