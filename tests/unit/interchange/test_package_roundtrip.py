"""Packages made from a real workspace, opened again as new workspaces, and read by `age`."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from musdesk.documents import seal
from musdesk.documents.seal import Verdict
from musdesk.interchange import package_crypto as crypto
from musdesk.interchange.package_crypto import PackageSecretWrong, Protection, Unlock
from musdesk.interchange.package_export import export_package
from musdesk.interchange.package_import import import_as_new
from musdesk.interchange.package_reader import inspect_package, open_package, package_needs
from musdesk.models import ALL_MODELS
from musdesk.storage import KdfParams, Workspace
from tests.unit.interchange.package_data import SCAN, populate, table_rows

PACKAGE_PASSPHRASE = "package passphrase for tests"


def test_whole_workspace_round_trip_is_equal_table_by_table(workspace: Workspace,
                                                           tmp_path: Path) -> None:
    client = populate()
    populate("Nordby AS", language="nb")
    before = table_rows(workspace)
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(client.summary_pdf)
    assert seal.verify_file(pdf).verdict is Verdict.GENUINE
    package = tmp_path / "all.musdesk"
    result = export_package(package, workspace.workspace_id,
                            Protection(passphrase=PACKAGE_PASSPHRASE))
    assert result.counts["scan_attachment"] == 2 and result.counts["employee"] == 6
    workspace.lock()

    opened = open_package(package, Unlock(passphrase=PACKAGE_PASSPHRASE))
    summary = opened.summary()
    assert summary.organisations == ("Fjordby Kommune", "Nordby AS")
    assert summary.source_workspace == workspace.workspace_id and summary.scope == "workspace"
    new, imported = import_as_new(opened, tmp_path / "new", "another passphrase",
                                  kdf=KdfParams.cheap())
    try:
        after = table_rows(new)
        assert set(after) == {m._meta.table_name for m in ALL_MODELS}
        for table in before:
            assert after[table] == before[table], table
        assert imported.counts["answer"] == len(before["answer"])
        # The sealed summary still verifies in the new workspace (same seal key, records).
        assert seal.verify_file(pdf).verdict is Verdict.GENUINE
        new.check_integrity()
        # The bulk load's settings are undone: WAL again, every index made again as it was.
        conn = new.database.connection()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        schema = set(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        new.lock()
    empty, _ = Workspace.create(tmp_path / "empty", "a passphrase here", kdf=KdfParams.cheap())
    try:
        assert schema == set(empty.database.connection().execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        empty.lock()


def test_one_organisation_takes_what_hangs_on_it_and_nothing_else(workspace: Workspace,
                                                                  tmp_path: Path) -> None:
    client = populate()
    other = populate("Nordby AS", language="nb")
    package = tmp_path / "client.musdesk"
    export_package(package, workspace.workspace_id, Protection(passphrase=PACKAGE_PASSPHRASE),
                   organisations=[client.organisation_id])
    source_key = workspace.database.execute_sql(
        "SELECT value FROM workspace_meta WHERE key = 'documents.seal.private_key'").fetchone()
    workspace.lock()
    opened = open_package(package, Unlock(passphrase=PACKAGE_PASSPHRASE))
    assert opened.summary().organisations == ("Fjordby Kommune",)
    new, _ = import_as_new(opened, tmp_path / "client", "client passphrase",
                           kdf=KdfParams.cheap())
    try:
        rows = table_rows(new)
        ids = {r[0] for r in rows["employee"]}
        assert ids == {e.replace("-", "") for e in client.employee_ids}
        assert not ids & {e.replace("-", "") for e in other.employee_ids}
        assert len(rows["conversation"]) == 3 and len(rows["signed_version"]) == 1
        assert len(rows["scan_attachment"]) == 1 and rows["scan_attachment"][0][-1] == SCAN
        # Only the Danish template (the one the round used) came along, with its questions.
        sql = new.database.execute_sql
        assert [r[0] for r in sql("SELECT language FROM question_template")] == ["da"]
        assert rows["template_question"]
        # The audit trail of those records, not of the other client's.
        recorded = {r[0].replace("-", "") for r in sql("SELECT record_id FROM audit_event")}
        assert recorded and not recorded & {e.replace("-", "") for e in other.employee_ids}
        # The seal's private key stays behind; the seal records of its summary travel, and
        # the printed summary still verifies, with the package's public seal key.
        # (the new workspace has seal keys of its own, made when it was created)
        assert source_key and ("documents.seal.private_key", source_key[0]) not in {
            (r[0], r[1]) for r in rows["workspace_meta"]}
        # the draft's printing and the signed summary's issue at signing, each its content
        assert len(rows["issued_summary"]) == 2 and len(rows["issued_content"]) == 2
        pdf = tmp_path / "summary.pdf"
        pdf.write_bytes(client.summary_pdf)
        assert seal.verify_file(pdf).verdict is Verdict.GENUINE
        other_pdf = tmp_path / "other.pdf"
        other_pdf.write_bytes(other.summary_pdf)
        assert seal.verify_file(other_pdf).verdict is not Verdict.GENUINE
    finally:
        new.lock()


def test_readme_and_manifest_inside(workspace: Workspace, tmp_path: Path) -> None:
    client = populate()
    package = tmp_path / "client.musdesk"
    export_package(package, workspace.workspace_id, Protection(passphrase=PACKAGE_PASSPHRASE),
                   organisations=[client.organisation_id])
    archive = zipfile.ZipFile(__import__("io").BytesIO(
        crypto.decrypt(package.read_bytes(), Unlock(passphrase=PACKAGE_PASSPHRASE))))
    readme = archive.read("README.txt").decode("utf-8")
    assert "age -d" in readme and "Fjordby Kommune" in readme
    assert "arbejdsområde" not in readme.split("\n")[0]  # the title, in Danish
    assert "Sådan åbnes den" in readme  # the organisation's language
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == "musdesk-package" and manifest["format_version"] == 1
    assert manifest["scope"]["kind"] == "organisations"
    assert manifest["counts"]["employee"] == 3
    for name, member in manifest["members"].items():
        import hashlib

        assert hashlib.sha256(archive.read(name)).hexdigest() == member["sha256"]
    header, *rows = archive.read("records/employee.jsonl").decode().splitlines()
    assert json.loads(header) == manifest["tables"]["employee"] and len(rows) == 3
    assert b"BEGIN PUBLIC KEY" in archive.read("seal/public-key.pem")


def test_wrong_passphrase_and_wrong_key_are_refused(workspace: Workspace,
                                                    tmp_path: Path) -> None:
    populate()
    package = tmp_path / "p.musdesk"
    export_package(package, workspace.workspace_id, Protection(passphrase=PACKAGE_PASSPHRASE))
    assert package_needs(package) == "passphrase"
    with pytest.raises(PackageSecretWrong):
        inspect_package(package, Unlock(passphrase="not it"))
    pair, other = crypto.generate_key_pair(), crypto.generate_key_pair()
    keyed = tmp_path / "k.musdesk"
    export_package(keyed, workspace.workspace_id, Protection(recipients=(pair.recipient,)))
    assert package_needs(keyed) == "recipients"
    with pytest.raises(PackageSecretWrong):
        inspect_package(keyed, Unlock(identities=(other.identity,)))
    assert inspect_package(keyed, Unlock(identities=(pair.identity,))).counts["employee"] == 3


@pytest.mark.skipif(shutil.which("age") is None,
                    reason="the Debian `age` command is not installed (apt-get install age)")
def test_the_age_command_decrypts_a_package_for_a_recipient(workspace: Workspace,
                                                            tmp_path: Path) -> None:
    client = populate()
    pair = crypto.generate_key_pair()
    key_file = tmp_path / "client-key.txt"
    crypto.write_key_file(key_file, pair)
    package = tmp_path / "client.musdesk"
    export_package(package, workspace.workspace_id, Protection(recipients=(pair.recipient,)),
                   organisations=[client.organisation_id])
    out = subprocess.run(["age", "--decrypt", "-i", str(key_file), str(package)],
                         capture_output=True, check=True, timeout=60).stdout
    archive = zipfile.ZipFile(__import__("io").BytesIO(out))
    assert "README.txt" in archive.namelist()
    assert json.loads(archive.read("manifest.json"))["counts"]["employee"] == 3
    # age's own key generator's files work for musdesk too.
    generated = tmp_path / "age-keygen.txt"
    subprocess.run(["age-keygen", "-o", str(generated)], capture_output=True, check=True,
                   timeout=60)
    identity = crypto.read_identities(generated)
    recipient = next(line.split(": ")[1] for line in generated.read_text().splitlines()
                 if line.startswith("# public key"))
    second = tmp_path / "second.musdesk"
    export_package(second, workspace.workspace_id, Protection(recipients=(recipient,)))
    assert inspect_package(second, Unlock(identities=identity)).counts["employee"] == 3


@pytest.mark.parametrize("size", [0, 1, 65_536, 65_537, 3 * 65_536 + 5])
def test_passphrase_packages_are_plain_age_files_with_a_fixed_work_factor(size: int) -> None:
    import os

    import pyrage

    from musdesk.interchange.package_age import SCRYPT_LOG_N, encrypt_with_passphrase

    data = os.urandom(size)
    sealed = encrypt_with_passphrase(data, "æøå passphrase")
    assert sealed.split(b"\n")[1].endswith(b" " + str(SCRYPT_LOG_N).encode())
    assert pyrage.passphrase.decrypt(sealed, "æøå passphrase") == data  # rage reads it
    with pytest.raises(pyrage.DecryptError):
        pyrage.passphrase.decrypt(sealed, "another")


def _age_decrypt_with_passphrase(package: Path, out: Path, passphrase: str) -> int:
    """Run `age -d` on a pseudo-terminal (age reads a passphrase only from a terminal)."""
    import os
    import pty
    import select
    import time

    pid, fd = pty.fork()
    if pid == 0:  # the child: become age
        os.execvp("age", ["age", "-d", "-o", str(out), str(package)])
    seen, sent, deadline = b"", False, time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if not sent and b"passphrase" in seen.lower():
            os.write(fd, passphrase.encode() + b"\n")
            sent = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return status


@pytest.mark.skipif(shutil.which("age") is None,
                    reason="the Debian `age` command is not installed (apt-get install age)")
def test_the_age_command_decrypts_a_passphrase_package(workspace: Workspace,
                                                       tmp_path: Path) -> None:
    client = populate()
    package = tmp_path / "client.musdesk"
    export_package(package, workspace.workspace_id, Protection(passphrase=PACKAGE_PASSPHRASE),
                   organisations=[client.organisation_id])
    out = tmp_path / "client.zip"
    assert _age_decrypt_with_passphrase(package, out, PACKAGE_PASSPHRASE) == 0
    archive = zipfile.ZipFile(out)
    assert json.loads(archive.read("manifest.json"))["counts"]["employee"] == 3


def test_a_mistyped_recipient_key_is_a_bad_key_said_in_words() -> None:
    """Found by the strict type check: the reason's "key" parameter clashed with the text's
    {key} placeholder, so a mistyped recipient crashed with a TypeError."""
    with pytest.raises(crypto.BadKey, match="notakey"):
        crypto.parse_recipients("notakey")
