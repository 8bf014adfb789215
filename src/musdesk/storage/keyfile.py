"""The key file: the database's random data key, wrapped twice with AES-256-GCM.

One wrapping is under a key derived from the passphrase with Argon2id; the other under a
key derived from the recovery key (160 random bits, so a fast HKDF suffices). The file
starts with a version tag; the KDF parameters are authenticated as associated data and
bounded before use, so a tampered file can neither unlock nor make us allocate gigabytes.
"""

from __future__ import annotations

import base64
import ctypes
import hashlib
import json
import os
import secrets
import stat
import sys
import unicodedata
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from musdesk import texts
from musdesk.errors import (
    KeyFileDamaged,
    KeyFileMissing,
    KeyFileTooCostly,
    KeyFileTooLarge,
    PassphraseRejected,
    WrongPassphrase,
    WrongRecoveryKey,
)

MAGIC = b"MUSDESK-KEYFILE 1\n"
DATA_KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 8

# Upper bounds for parameters read from disk, close to what this program writes (the
# default is 256 MiB, 3 passes, 4 lanes): a crafted key file can cost at most about five
# default unlocks (a few seconds, 512 MiB) before "wrong passphrase".
MAX_MEMORY_KIB = 512 * 1024
MAX_ITERATIONS = 8
MAX_LANES = 8
# A real key file is under 1 KB; reading stops well before anything large.
MAX_KEY_FILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int

    @classmethod
    def default(cls) -> KdfParams:
        """About half a second on a 2-core laptop with 256 MiB (see benchmarks/bench_storage)."""
        return cls(memory_kib=256 * 1024, iterations=3, lanes=4)

    @classmethod
    def cheap(cls) -> KdfParams:
        """For tests and demos only: milliseconds instead of half a second."""
        return cls(memory_kib=64, iterations=1, lanes=1)

    def check_bounds(self) -> None:
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in asdict(self).values()):
            raise KeyFileDamaged(detail="KDF parameters are not integers")
        if self.memory_kib > MAX_MEMORY_KIB:
            raise KeyFileTooCostly(what=f"{self.memory_kib // 1024} MiB")
        if self.iterations > MAX_ITERATIONS:
            raise KeyFileTooCostly(what=f"{self.iterations} iterations")
        if self.lanes > MAX_LANES:
            raise KeyFileTooCostly(what=f"{self.lanes} lanes")
        if self.iterations < 1 or self.lanes < 1 or self.memory_kib < 8 * self.lanes:
            raise KeyFileDamaged(detail="KDF parameters out of range")


def normalise_passphrase(passphrase: str) -> bytes:
    # NFC so that "å" typed on macOS (decomposed) and Windows (composed) are the same passphrase.
    try:
        return unicodedata.normalize("NFC", passphrase).encode("utf-8")
    except UnicodeEncodeError:
        # Bytes that are not UTF-8 (from the environment they arrive as lone surrogates).
        raise PassphraseRejected(reason=texts.text("error.passphrase_not_text")) from None


def wipe_bytes(data: bytes) -> None:
    """Overwrite an immutable bytes object that held key material (CPython only: the
    library that made it gives no mutable variant). Best effort, see docs/architecture.md."""
    if sys.implementation.name != "cpython" or not isinstance(data, bytes) or len(data) < 2:
        return
    offset = sys.getsizeof(b"") - 1  # PyBytesObject header up to ob_sval
    ctypes.memset(id(data) + offset, 0, len(data))


def read_key_file(path: Path) -> KeyFile:
    """Read and parse the key file: a regular file of at most MAX_KEY_FILE_BYTES (a link
    to /dev/zero or a padded file is refused without reading it all)."""
    from musdesk.storage.files import storage_error_for

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise KeyFileMissing(path=str(path.parent)) from None
    except OSError as exc:
        raise storage_error_for(exc, path.parent) from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise KeyFileDamaged(detail=texts.text("error.key_file_not_regular"))
        chunks, total = [], 0
        while total <= MAX_KEY_FILE_BYTES:
            chunk = os.read(fd, MAX_KEY_FILE_BYTES + 1 - total)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise storage_error_for(exc, path.parent) from exc
    finally:
        os.close(fd)
    if total > MAX_KEY_FILE_BYTES:
        raise KeyFileTooLarge(limit=MAX_KEY_FILE_BYTES)
    return KeyFile.from_bytes(b"".join(chunks))


def validate_new_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        reason = texts.text("error.passphrase_too_short", minimum=MIN_PASSPHRASE_LENGTH)
        raise PassphraseRejected(reason=reason)


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    params.check_bounds()
    secret = normalise_passphrase(passphrase)
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    try:
        return kdf.derive(secret)
    finally:
        wipe_bytes(secret)


def new_recovery_key() -> str:
    """160 random bits as eight groups of four base32 letters, easy to print and type."""
    raw = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _recovery_bytes(recovery_key: str) -> bytes:
    cleaned = "".join(ch for ch in recovery_key.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        raise WrongRecoveryKey() from None
    if len(raw) != 20:
        raise WrongRecoveryKey()
    return raw


def derive_recovery_key(recovery_key: str, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"musdesk recovery v1")
    return hkdf.derive(_recovery_bytes(recovery_key))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object) -> bytes:
    if not isinstance(value, str):
        raise KeyFileDamaged(detail="field is not text")
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        raise KeyFileDamaged(detail="field is not base64") from None


def _whole(value: object) -> int:
    """A KDF parameter as written: a whole number, else the key file is damaged."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise KeyFileDamaged(detail="bad key derivation parameters")
    return value


def _checksum(body: Mapping[str, object]) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8")).hexdigest()


@dataclass
class WrappedKey:
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, str]:
        return {
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, obj: object) -> WrappedKey:
        if not isinstance(obj, dict):
            raise KeyFileDamaged(detail="slot is not an object")
        slot = cls(_unb64(obj.get("salt")), _unb64(obj.get("nonce")), _unb64(obj.get("wrapped")))
        if len(slot.nonce) != 12 or len(slot.salt) < 16:
            raise KeyFileDamaged(detail="slot has a wrong size")
        return slot


@dataclass
class KeyFile:
    workspace_id: str
    kdf: KdfParams
    passphrase_slot: WrappedKey
    recovery_slot: WrappedKey

    # --- associated data binds each wrapping to this file's identity and parameters --------
    def _passphrase_aad(self) -> bytes:
        params = json.dumps(asdict(self.kdf), sort_keys=True).encode()
        return MAGIC + self.workspace_id.encode() + b"|passphrase|" + params

    def _recovery_aad(self) -> bytes:
        return MAGIC + self.workspace_id.encode() + b"|recovery"

    # --- making and unwrapping --------------------------------------------------------------
    @classmethod
    def create(
        cls, workspace_id: str, data_key: bytes | bytearray, passphrase: str, kdf: KdfParams
    ) -> tuple[KeyFile, str]:
        recovery_key = new_recovery_key()
        empty = WrappedKey(b"", b"", b"")
        keyfile = cls(workspace_id, kdf, empty, empty)
        keyfile.rewrap_passphrase(data_key, passphrase, kdf)
        salt, nonce = os.urandom(16), os.urandom(12)
        wrapping = derive_recovery_key(recovery_key, salt)
        ciphertext = AESGCM(wrapping).encrypt(nonce, data_key, keyfile._recovery_aad())
        wipe_bytes(wrapping)
        keyfile.recovery_slot = WrappedKey(salt, nonce, ciphertext)
        return keyfile, recovery_key

    def rewrap_passphrase(
        self, data_key: bytes | bytearray, passphrase: str, kdf: KdfParams
    ) -> None:
        self.kdf = kdf
        salt, nonce = os.urandom(16), os.urandom(12)
        wrapping = derive_passphrase_key(passphrase, salt, kdf)
        ciphertext = AESGCM(wrapping).encrypt(nonce, data_key, self._passphrase_aad())
        wipe_bytes(wrapping)
        self.passphrase_slot = WrappedKey(salt, nonce, ciphertext)

    @staticmethod
    def _unwrap(wrapping: bytes, slot: WrappedKey, aad: bytes) -> bytearray:
        """The data key in a fresh mutable buffer; the library's immutable copy is wiped."""
        try:
            plain = AESGCM(wrapping).decrypt(slot.nonce, slot.ciphertext, aad)
        finally:
            wipe_bytes(wrapping)
        key = bytearray(plain)
        wipe_bytes(plain)
        return key

    def unwrap_with_passphrase(self, passphrase: str) -> bytearray:
        slot = self.passphrase_slot
        wrapping = derive_passphrase_key(passphrase, slot.salt, self.kdf)
        try:
            return self._unwrap(wrapping, slot, self._passphrase_aad())
        except InvalidTag:
            raise WrongPassphrase() from None

    def unwrap_with_recovery_key(self, recovery_key: str) -> bytearray:
        slot = self.recovery_slot
        wrapping = derive_recovery_key(recovery_key, slot.salt)
        try:
            return self._unwrap(wrapping, slot, self._recovery_aad())
        except InvalidTag:
            raise WrongRecoveryKey() from None

    # --- serialisation ----------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        body = {
            "workspace_id": self.workspace_id,
            "kdf": {"name": "argon2id", **asdict(self.kdf)},
            "passphrase": self.passphrase_slot.to_json(),
            "recovery": self.recovery_slot.to_json(),
        }
        body["checksum"] = _checksum(body)
        return MAGIC + json.dumps(body, indent=1, sort_keys=True).encode("utf-8") + b"\n"

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        if not raw.startswith(MAGIC):
            raise KeyFileDamaged(detail="unknown format or version")
        if len(raw) > MAX_KEY_FILE_BYTES:
            raise KeyFileTooLarge(limit=MAX_KEY_FILE_BYTES)
        try:
            body = json.loads(raw[len(MAGIC) :].decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise KeyFileDamaged(detail="unreadable content") from None
        if not isinstance(body, dict):
            raise KeyFileDamaged(detail="unreadable content")
        # The checksum tells accidental damage apart from a wrong passphrase (both fail GCM).
        if body.pop("checksum", None) != _checksum(body):
            raise KeyFileDamaged(detail="checksum mismatch")
        kdf_obj = body.get("kdf")
        if not isinstance(kdf_obj, dict) or kdf_obj.get("name") != "argon2id":
            raise KeyFileDamaged(detail="unknown key derivation")
        kdf = KdfParams(
            memory_kib=_whole(kdf_obj.get("memory_kib")),
            iterations=_whole(kdf_obj.get("iterations")),
            lanes=_whole(kdf_obj.get("lanes")),
        )
        kdf.check_bounds()
        workspace_id = body.get("workspace_id")
        if not isinstance(workspace_id, str) or not workspace_id:
            raise KeyFileDamaged(detail="no workspace identity")
        return cls(
            workspace_id,
            kdf,
            WrappedKey.from_json(body.get("passphrase")),
            WrappedKey.from_json(body.get("recovery")),
        )
