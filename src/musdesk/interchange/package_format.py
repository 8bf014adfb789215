"""The inside of a package: a ZIP archive (in memory only) with a manifest and JSON lines.

    README.txt                      what this is and how to open it with `age` (plain text)
    records/<table>.jsonl           line 1: the column names; each further line: one record's
                                    values in that order (JSON arrays)
    blobs/<table>/<id>.<column>     the bytes of a blob column (scans of signed papers)
    seal/public-key.pem             the workspace's seal key (Ed25519, SubjectPublicKeyInfo)
    manifest.json                   format and app version, schema version, when, from which
                                    workspace, scope, counts per table, SHA-256 and size of
                                    every other member (written last)

docs/package-format.md is the full description. Nothing here touches the disk: the archive
lives in a BytesIO and is encrypted (package_crypto) before the one atomic write.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from musdesk.interchange.package_crypto import PackageDamaged, PackageTooNew, reason

FORMAT_NAME = "musdesk-package"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
README = "README.txt"
SEAL_KEY_MEMBER = "seal/public-key.pem"
RECORDS_DIR = "records/"
BLOBS_DIR = "blobs/"
# Bounds when reading (a package is in memory, and so is what it unpacks to).
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_MEMBERS = 100_000
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_LINE_BYTES = 64 * 1024 * 1024
_MEMBER_NAME = re.compile(r"[A-Za-z0-9_./-]{1,200}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


def records_member(table: str) -> str:
    return f"{RECORDS_DIR}{table}.jsonl"


def blob_member(table: str, record_id: str, column: str) -> str:
    return f"{BLOBS_DIR}{table}/{record_id}.{column}"


@dataclass(frozen=True)
class Manifest:
    format_version: int
    app_version: str
    schema_version: int
    created: str  # ISO 8601, UTC
    source_workspace: str
    scope: str  # "workspace" or "organisations"
    organisations: tuple[tuple[str, str], ...]  # (id, name) in the package
    counts: dict[str, int]
    tables: dict[str, tuple[str, ...]]  # table → its columns, as in the records member
    members: dict[str, tuple[str, int]]  # name → (SHA-256 hex, size)
    # "workspace/scope" → (that package's time, when this side took it in); see package_merge
    lineage: dict[str, tuple[str, str]] = field(default_factory=dict)
    scope_organisations: tuple[str, ...] = ()  # the chosen organisations (ids)
    language: str = "da"

    @property
    def scope_key(self) -> str:
        return scope_key(self.scope, self.scope_organisations)

    def to_json(self) -> bytes:
        data = {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "created": self.created,
            "source_workspace": self.source_workspace,
            "scope": {"kind": self.scope, "organisations": list(self.scope_organisations)},
            "organisations": [{"id": i, "name": n} for i, n in self.organisations],
            "counts": self.counts,
            "tables": {name: list(columns) for name, columns in self.tables.items()},
            "members": {n: {"sha256": h, "size": s} for n, (h, s) in self.members.items()},
            "lineage": {k: list(v) for k, v in self.lineage.items()},
            "language": self.language,
        }
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
                raise PackageDamaged(reason("not_a_package"))
            version = data["format_version"]
            if not isinstance(version, int):
                raise PackageDamaged(reason("manifest"))
            if version > FORMAT_VERSION:
                raise PackageTooNew(what=f"format {version}", known=f"format {FORMAT_VERSION}")
            scope = data["scope"]
            manifest = cls(
                format_version=version,
                app_version=_str(data["app_version"]),
                schema_version=_int(data["schema_version"]),
                created=_str(data["created"]),
                source_workspace=_str(data["source_workspace"]),
                scope=_choice(scope["kind"], ("workspace", "organisations")),
                scope_organisations=tuple(_str(o) for o in scope["organisations"]),
                organisations=tuple((_str(o["id"]), _str(o["name"]))
                                    for o in data["organisations"]),
                counts={_str(k): _int(v) for k, v in data["counts"].items()},
                tables={_str(k): tuple(_str(c) for c in v) for k, v in data["tables"].items()},
                members={_member_name(k): (_hex64(v["sha256"]), _int(v["size"]))
                         for k, v in data["members"].items()},
                lineage={_str(k): _pair(v) for k, v in data.get("lineage", {}).items()},
                language=_str(data.get("language", "da")),
            )
        except PackageTooNew:
            raise
        except PackageDamaged:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PackageDamaged(reason("manifest")) from exc
        if set(manifest.counts) != set(manifest.tables):
            raise PackageDamaged(reason("manifest"))
        return manifest


def scope_key(scope: str, organisations: tuple[str, ...] | list[str]) -> str:
    """What a lineage entry is about: the whole workspace, or a set of organisations."""
    if scope == "workspace":
        return "all"
    return hashlib.sha256(",".join(sorted(organisations)).encode()).hexdigest()[:16]


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("text expected")
    return value


def _pair(value: Any) -> tuple[str, str]:
    if not isinstance(value, list) or len(value) != 2:
        raise TypeError("two times expected")
    return _str(value[0]), _str(value[1])


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError("count expected")
    return value


def _choice(value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValueError(value)
    return str(value)


def _member_name(value: Any) -> str:
    name = _str(value)
    if not _MEMBER_NAME.fullmatch(name) or ".." in name or name.startswith("/"):
        raise ValueError("member name")
    return name


def _hex64(value: Any) -> str:
    if not isinstance(value, str) or not _HEX64.fullmatch(value):
        raise ValueError("sha256")
    return value


# --- writing ---------------------------------------------------------------------------------
class ArchiveWriter:
    """Members into an in-memory ZIP, each hashed as it is written."""

    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        self.zip = zipfile.ZipFile(self.buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        self.members: dict[str, tuple[str, int]] = {}

    def add(self, name: str, data: bytes) -> None:
        self.zip.writestr(name, data)
        self.members[name] = (hashlib.sha256(data).hexdigest(), len(data))

    def add_lines(self, name: str, lines: Iterator[bytes]) -> int:
        """Write a JSON-lines member from an iterator of lines; returns the line count."""
        digest = hashlib.sha256()
        size = count = 0
        with self.zip.open(name, "w", force_zip64=True) as out:
            chunk: list[bytes] = []
            for line in lines:
                chunk.append(line)
                count += 1
                if len(chunk) >= 2000:
                    size += self._write(out, digest, chunk)
                    chunk = []
            size += self._write(out, digest, chunk)
        self.members[name] = (digest.hexdigest(), size)
        return count

    @staticmethod
    def _write(out: Any, digest: Any, chunk: list[bytes]) -> int:
        data = b"".join(chunk)
        digest.update(data)
        out.write(data)
        return len(data)

    def finish(self, manifest: Manifest) -> bytes:
        self.zip.writestr(MANIFEST, manifest.to_json())
        self.zip.close()
        return self.buffer.getvalue()


def json_line(values: list[Any] | tuple[Any, ...]) -> bytes:
    return json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


# --- reading ---------------------------------------------------------------------------------
class Archive:
    """An opened, checked archive: every member present, of the stated size and SHA-256."""

    def __init__(self, plaintext: bytes) -> None:
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(plaintext))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError) as exc:
            raise PackageDamaged(reason("archive")) from exc
        if len(infos) > MAX_MEMBERS:
            raise PackageDamaged(reason("archive"))
        names = [info.filename for info in infos]
        if len(set(names)) != len(names) or MANIFEST not in names:
            raise PackageDamaged(reason("archive"))
        self.infos = {info.filename: info for info in infos}
        # The records members as unpacked for their hash, until first read (unpacked once).
        self._unpacked: dict[str, bytes] = {}
        if self.infos[MANIFEST].file_size > MAX_MANIFEST_BYTES:
            raise PackageDamaged(reason("manifest"))
        self.manifest = Manifest.from_json(self._read(MANIFEST))
        listed = set(self.manifest.members)
        if listed != set(names) - {MANIFEST}:
            raise PackageDamaged(reason("members_differ"))
        total = sum(info.file_size for info in infos)
        if total > MAX_UNPACKED_BYTES:
            raise PackageDamaged(reason("too_much_inside"))
        for name in sorted(listed):
            expected_hash, expected_size = self.manifest.members[name]
            if self.infos[name].file_size != expected_size:
                raise PackageDamaged(reason("member_mismatch", member=name))
            if self._hash(name) != expected_hash:
                raise PackageDamaged(reason("member_mismatch", member=name))
        for table, _columns in self.manifest.tables.items():
            if records_member(table) not in listed:
                raise PackageDamaged(reason("member_missing", member=records_member(table)))

    def _read(self, name: str) -> bytes:
        try:
            return self.zip.read(name)
        except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError) as exc:
            raise PackageDamaged(reason("member_mismatch", member=name)) from exc

    def _hash(self, name: str) -> str:
        if name.startswith(RECORDS_DIR):
            data = self._read(name)
            self._unpacked[name] = data
            return hashlib.sha256(data).hexdigest()
        digest = hashlib.sha256()
        try:
            with self.zip.open(name) as handle:
                while chunk := handle.read(1024 * 1024):
                    digest.update(chunk)
        except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError) as exc:
            raise PackageDamaged(reason("member_mismatch", member=name)) from exc
        return digest.hexdigest()

    def read(self, name: str) -> bytes:
        """A member's bytes (checked: every member's hash was compared when opening)."""
        if name not in self.manifest.members:
            raise PackageDamaged(reason("member_missing", member=name))
        unpacked = self._unpacked.pop(name, None)
        return unpacked if unpacked is not None else self._read(name)
