"""age's passphrase (scrypt) recipient with a work factor musdesk chooses.

pyrage encrypts under a passphrase with rage's adaptive scrypt work factor (about one second
of the machine's time, measured at each call): on this kind of laptop that was 2^19–2^20,
i.e. 0.5–1 GiB of memory for writing and again for reading a package, and different every
time. The age format fixes everything except that number, so this module writes the same
age v1 file (https://age-encryption.org/v1, the "scrypt" recipient stanza and the STREAM
payload) with `SCRYPT_LOG_N`, from the `cryptography` primitives; pyrage (and the `age`
command) read it back like any age file, which the tests check. X25519 recipients and all
decryption stay with pyrage.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SCRYPT_LOG_N = 17  # 128 MiB and a fraction of a second; age's own tool uses 18
CHUNK = 64 * 1024
INTRO = b"age-encryption.org/v1\n"
SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _wrap_lines(data: bytes) -> bytes:
    """A stanza body: base64 in lines of 64 columns, the last line shorter (maybe empty)."""
    encoded = _b64(data)
    lines = [encoded[i:i + 64] for i in range(0, len(encoded), 64)]
    if not lines or len(lines[-1]) == 64:
        lines.append(b"")
    return b"\n".join(lines) + b"\n"


def encrypt_with_passphrase(plaintext: bytes, passphrase: str,
                            log_n: int = SCRYPT_LOG_N) -> bytes:
    file_key = os.urandom(16)
    salt = os.urandom(16)
    wrap_key = hashlib.scrypt(passphrase.encode("utf-8"), salt=SCRYPT_LABEL + salt,
                              n=2 ** log_n, r=8, p=1, maxmem=2 ** (log_n + 11), dklen=32)
    body = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    header = (INTRO + b"-> scrypt " + _b64(salt) + b" " + str(log_n).encode() + b"\n"
              + _wrap_lines(body) + b"---")
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    nonce = os.urandom(16)
    stream = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    out = [header, b" ", _b64(mac), b"\n", nonce]
    count = max(1, -(-len(plaintext) // CHUNK))
    view = memoryview(plaintext)
    for index in range(count):
        last = index == count - 1
        chunk_nonce = index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
        out.append(stream.encrypt(chunk_nonce, bytes(view[index * CHUNK:(index + 1) * CHUNK]),
                                  None))
    return b"".join(out)
