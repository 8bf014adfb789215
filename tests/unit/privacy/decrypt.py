"""Reading SQLCipher 4 files the hard way, for the proof that erased data is gone.

Two views of each database file, both with the workspace's data key:
- every table's every value (through SQLCipher itself), and
- every page decrypted by hand (AES-256-CBC with the raw key and the IV stored in the page's
  reserved tail), which also shows free pages and slack space no query would return.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlcipher3 import dbapi2 as sqlcipher

from musdesk.storage.database import configure_connection

PAGE_SIZE = 4096
RESERVE = 80  # IV (16) + HMAC-SHA512 (64)
SALT = 16


def decrypted_pages(data: bytes, key: bytes) -> bytes:
    """All pages of an encrypted database (or WAL frames' pages) as plaintext, joined."""
    out = bytearray()
    for start in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE):
        page = data[start:start + PAGE_SIZE]
        first = start == 0
        body = page[SALT if first else 0:PAGE_SIZE - RESERVE]
        iv = page[PAGE_SIZE - RESERVE:PAGE_SIZE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += decryptor.update(body) + decryptor.finalize()
    return bytes(out)


def wal_pages(data: bytes, key: bytes) -> bytes:
    """The pages inside a WAL file (32-byte header, then 24-byte frame header + page)."""
    out = bytearray()
    position = 32
    while position + 24 + PAGE_SIZE <= len(data):
        number = int.from_bytes(data[position:position + 4], "big")
        page = data[position + 24:position + 24 + PAGE_SIZE]
        iv = page[PAGE_SIZE - RESERVE:PAGE_SIZE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        body = page[SALT if number == 1 else 0:PAGE_SIZE - RESERVE]
        out += decryptor.update(body) + decryptor.finalize()
        position += 24 + PAGE_SIZE
    return bytes(out)


def table_text(path: Path, key: bytes) -> str:
    """Every value of every table, as text (blobs decoded leniently)."""
    conn = sqlcipher.connect(f"file:{path}?mode=ro", uri=True)
    try:
        configure_connection(conn, key)
        parts: list[str] = []
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, bytes):
                        parts.append(value.decode("utf-8", "replace"))
                    else:
                        parts.append(str(value))
        return "\n".join(parts)
    finally:
        conn.close()


def needles(*texts: str) -> list[bytes]:
    found: list[bytes] = []
    for text in texts:
        found += [text.encode("utf-8"), text.encode("utf-16-le")]
    return found
