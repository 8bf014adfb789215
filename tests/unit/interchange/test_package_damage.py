"""Damaged, cut, extended and forged packages are refused before anything is written."""

from __future__ import annotations

import io
import json
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from musdesk.errors import MusdeskError
from musdesk.interchange import package_crypto as crypto
from musdesk.interchange.package_crypto import (
    PackageDamaged,
    PackageSecretWrong,
    PackageTooNew,
    Protection,
    Unlock,
)
from musdesk.interchange.package_export import export_package
from musdesk.interchange.package_import import import_as_new
from musdesk.interchange.package_merge import merge_package
from musdesk.interchange.package_reader import open_package
from musdesk.services import signing
from musdesk.storage import KdfParams, Workspace
from tests.unit.interchange.package_data import folder_hashes, populate

PAIR = crypto.generate_key_pair()
WITH_KEY = Unlock(identities=(PAIR.identity,))


def _damaged_copies(data: bytes, count: int, seed: int = 15) -> list[tuple[str, bytes]]:
    """Bit flips in header and body, cuts, appended bytes, zeroed ranges, swapped blocks."""
    rng = random.Random(seed)
    header_end = data.index(b"\n---") + 48
    copies: list[tuple[str, bytes]] = []
    kinds = ["flip-header", "flip-body", "truncate", "append", "zero", "swap"]
    for i in range(count):
        kind = kinds[i % len(kinds)]
        blob = bytearray(data)
        if kind == "flip-header":
            at = rng.randrange(0, header_end)
            blob[at] ^= 1 << rng.randrange(8)
        elif kind == "flip-body":
            at = rng.randrange(header_end, len(blob))
            blob[at] ^= 1 << rng.randrange(8)
        elif kind == "truncate":
            blob = blob[:rng.randrange(0, len(blob))]
        elif kind == "append":
            blob += bytes(rng.randrange(256) for _ in range(rng.randrange(1, 64)))
        elif kind == "zero":
            at = rng.randrange(0, len(blob) - 16)
            length = rng.randrange(1, 512)
            end = min(len(blob), at + length)
            if all(b == 0 for b in blob[at:end]):
                blob[at] ^= 0xFF
            blob[at:end] = bytes(end - at)
        else:
            size = rng.choice((16, 64, 512))
            a = rng.randrange(0, len(blob) - 2 * size)
            b = rng.randrange(a + size, len(blob) - size + 1)
            first, second = bytes(blob[a:a + size]), bytes(blob[b:b + size])
            if first == second:
                blob[a] ^= 1
            else:
                blob[a:a + size], blob[b:b + size] = second, first
        assert bytes(blob) != data
        copies.append((f"{i}-{kind}", bytes(blob)))
    return copies


def test_one_hundred_damaged_copies_are_all_refused_and_the_target_is_unchanged(
        workspace: Workspace, tmp_path: Path) -> None:
    client = populate()
    # A second scan of random bytes: the package spans several of age's 64 KiB chunks.
    noise = random.Random(1).randbytes(200_000)
    signing.attach_scan(client.conversation_id,
                        signing.ScanFile("page2.pdf", "application/pdf", noise))
    package = tmp_path / "p.musdesk"
    export_package(package, workspace.workspace_id, Protection(recipients=(PAIR.recipient,)))
    data = package.read_bytes()
    assert len(data) > 64 * 1024  # more than one age chunk, so blocks can be swapped
    hashes = folder_hashes(workspace.folder)
    refused: dict[str, str] = {}
    for name, blob in _damaged_copies(data, 100):
        path = tmp_path / "damaged.musdesk"
        path.write_bytes(blob)
        with pytest.raises(MusdeskError) as caught:
            merge_package(open_package(path, WITH_KEY), workspace)
        assert isinstance(caught.value, crypto.PackageError), name
        assert "\n" not in str(caught.value)
        refused[name] = type(caught.value).__name__
    assert len(refused) == 100
    assert set(refused.values()) <= {"PackageDamaged", "PackageSecretWrong"}
    assert folder_hashes(workspace.folder) == hashes
    # The undamaged package still merges (as a no-op: it is this workspace's own).
    assert not merge_package(open_package(package, WITH_KEY), workspace).changed


def _plaintext(package: Path) -> bytes:
    return crypto.decrypt(package.read_bytes(), WITH_KEY)


def _reforge(plaintext: bytes, change: Callable[[dict[str, bytes], dict], None],
             rehash: bool = True) -> bytes:
    """The archive with members changed, the manifest made to agree (unless told not to),
    encrypted to the same key: what a buggy or malicious program holding the key makes."""
    source = zipfile.ZipFile(io.BytesIO(plaintext))
    members = {name: source.read(name) for name in source.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    change(members, manifest)
    if rehash:
        import hashlib

        manifest["members"] = {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                               for n, d in members.items()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.writestr("manifest.json", json.dumps(manifest))
    return crypto.encrypt(out.getvalue(), Protection(recipients=(PAIR.recipient,)))


def _edit_record(table: str, column: str, value: object) -> Callable[[dict, dict], None]:
    def change(members: dict[str, bytes], manifest: dict) -> None:
        name = f"records/{table}.jsonl"
        header, first, *rest = members[name].decode().splitlines()
        row = json.loads(first)
        row[json.loads(header).index(column)] = value
        members[name] = "\n".join([header, json.dumps(row), *rest, ""]).encode()
    return change


def _count_off(members: dict, manifest: dict) -> None:
    manifest["counts"]["employee"] += 1


def _newer_schema(members: dict, manifest: dict) -> None:
    manifest["schema_version"] = 999


def _newer_format(members: dict, manifest: dict) -> None:
    manifest["format_version"] = 2


def _unknown_table(members: dict, manifest: dict) -> None:
    manifest["tables"]["future_table"] = ["id"]
    manifest["counts"]["future_table"] = 0
    members["records/future_table.jsonl"] = b'["id"]\n'


def _drop_member(members: dict, manifest: dict) -> None:
    del members["records/answer.jsonl"]


def _duplicate_id(members: dict, manifest: dict) -> None:
    name = "records/department.jsonl"
    lines = members[name].decode().splitlines()
    members[name] = "\n".join([*lines, lines[1], ""]).encode()
    manifest["counts"]["department"] += 1


def _duplicate_unique_pair(members: dict, manifest: dict) -> None:
    """A second answer to the same question of the same conversation, under a new id."""
    name = "records/answer.jsonl"
    lines = members[name].decode().splitlines()
    row = json.loads(lines[1])
    row[0] = "b" * 32
    members[name] = "\n".join([*lines, json.dumps(row), ""]).encode()
    manifest["counts"]["answer"] += 1


def _edit_line(table: str, edit: Callable[[list, str], str]) -> Callable[[dict, dict], None]:
    """The first record line of `table` rewritten by edit(row, line)."""
    def change(members: dict[str, bytes], manifest: dict) -> None:
        name = f"records/{table}.jsonl"
        header, first, *rest = members[name].decode().splitlines()
        members[name] = "\n".join([header, edit(json.loads(first), first), *rest, ""]).encode()
    return change


def _changed_twin(members: dict, manifest: dict) -> None:
    """The same department id twice: once as stored, once renamed."""
    name = "records/department.jsonl"
    header, first, *rest = members[name].decode().splitlines()
    row = json.loads(first)
    row[json.loads(header).index("name")] = "Twin"
    members[name] = "\n".join([header, first, json.dumps(row), *rest, ""]).encode()
    manifest["counts"]["department"] += 1


def _two_on_one_line(row: list, line: str) -> str:
    other = list(row)
    other[0] = "c" * 32
    return line + "," + json.dumps(other)


FORGERIES = {
    "number as text": (_edit_record("round", "conversation_minutes", "60"), True,
                       PackageDamaged),
    "real in an integer column": (_edit_record("development_goal", "progress", 50.0), True,
                                  PackageDamaged),
    "number in a text column": (_edit_record("employee", "first_name", 42), True,
                                PackageDamaged),
    "nested array": (_edit_record("employee", "first_name", ["Eve"]), True, PackageDamaged),
    "object for a record": (_edit_line("employee", lambda row, line: json.dumps({"id": row[0]})),
                            True, PackageDamaged),
    "record too short": (_edit_line("employee", lambda row, line: json.dumps(row[:-1])), True,
                         PackageDamaged),
    "two records on one line": (_edit_line("employee", _two_on_one_line), True, PackageDamaged),
    "not a number": (_edit_line("development_goal", lambda row, line: line.replace(
        line.split(",")[-1], "NaN]")), True, PackageDamaged),
    "empty line": (_edit_line("employee", lambda row, line: line + "\n"), True, PackageDamaged),
    "same key, other values": (_changed_twin, True, PackageDamaged),
    "duplicate unique pair": (_duplicate_unique_pair, True, PackageDamaged),
    "count differs": (_count_off, True, PackageDamaged),
    "hash differs": (_edit_record("employee", "first_name", "Mallory"), False, PackageDamaged),
    "member missing": (_drop_member, True, PackageDamaged),
    "newer schema": (_newer_schema, True, PackageTooNew),
    "newer format": (_newer_format, True, PackageTooNew),
    "unknown table": (_unknown_table, True, PackageTooNew),
    "bad vocabulary": (_edit_record("conversation", "status", "approved_by_magic"), True,
                       PackageDamaged),
    "dangling reference": (_edit_record("employee", "department_id", "a" * 32), True,
                           PackageDamaged),
    "too long": (_edit_record("organisation", "name", "x" * 201), True, PackageDamaged),
    "not a date": (_edit_record("development_goal", "deadline", "2027-02-30"), True,
                   PackageDamaged),
    "not a uuid": (_edit_record("employee", "id", "not-a-uuid"), True, PackageDamaged),
    "null where required": (_edit_record("employee", "last_name", None), True,
                            PackageDamaged),
    "out of range": (_edit_record("development_goal", "progress", 101), True,
                     PackageDamaged),
    "wrong type": (_edit_record("round", "conversation_minutes", "sixty"), True,
                   PackageDamaged),
    "duplicate id": (_duplicate_id, True, PackageDamaged),
}


@pytest.mark.parametrize("name", sorted(FORGERIES))
def test_a_forged_or_inconsistent_package_is_refused_for_merge_and_as_new(
        name: str, workspace: Workspace, tmp_path: Path) -> None:
    populate()
    package = tmp_path / "p.musdesk"
    export_package(package, workspace.workspace_id, Protection(recipients=(PAIR.recipient,)))
    change, rehash, error = FORGERIES[name]
    forged = tmp_path / "forged.musdesk"
    forged.write_bytes(_reforge(_plaintext(package), change, rehash))
    hashes = folder_hashes(workspace.folder)
    with pytest.raises(error):
        merge_package(open_package(forged, WITH_KEY), workspace)
    assert folder_hashes(workspace.folder) == hashes
    workspace.lock()
    with pytest.raises(error):
        import_as_new(open_package(forged, WITH_KEY), tmp_path / "new", "a passphrase here",
                      kdf=KdfParams.cheap())
    assert not (tmp_path / "new").exists()


def test_a_wrong_passphrase_is_refused_and_nothing_changes(workspace: Workspace,
                                                           tmp_path: Path) -> None:
    populate()
    package = tmp_path / "p.musdesk"
    export_package(package, workspace.workspace_id, Protection(passphrase="the right one"))
    hashes = folder_hashes(workspace.folder)
    with pytest.raises(PackageSecretWrong):
        merge_package(open_package(package, Unlock(passphrase="a wrong one")), workspace)
    with pytest.raises(PackageSecretWrong):
        open_package(package, WITH_KEY)
    assert folder_hashes(workspace.folder) == hashes


def test_a_costly_scrypt_header_is_refused_without_trying(tmp_path: Path) -> None:
    forged = (b"age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 30\n"
              b"AAAA\n--- AAAA\n" + bytes(100))
    path = tmp_path / "costly.musdesk"
    path.write_bytes(forged)
    with pytest.raises(PackageDamaged, match="costly"):
        open_package(path, Unlock(passphrase="x"))


def test_not_a_package_and_a_missing_file(tmp_path: Path) -> None:
    text = tmp_path / "notes.musdesk"
    text.write_text("hello")
    with pytest.raises(PackageDamaged):
        open_package(text, Unlock(passphrase="x"))
    with pytest.raises(PackageDamaged, match="does not exist"):
        open_package(tmp_path / "missing.musdesk", Unlock(passphrase="x"))
