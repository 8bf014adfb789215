"""`musdesk package export|inspect|import|keygen` as a consultant's script uses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from musdesk.cli import main
from musdesk.storage import KdfParams, Workspace
from tests.unit.interchange.package_data import folder_hashes, populate

WORKSPACE_PASSPHRASE = "a good long passphrase"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("MUSDESK_PASSPHRASE", WORKSPACE_PASSPHRASE)
    monkeypatch.setenv("MUSDESK_PACKAGE_PASSPHRASE", "the package passphrase")
    monkeypatch.delenv("MUSDESK_RECOVERY_KEY", raising=False)
    return monkeypatch


@pytest.fixture
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "source"
    workspace, _ = Workspace.create(folder, WORKSPACE_PASSPHRASE, kdf=KdfParams.cheap())
    populate()
    populate("Nordby AS", language="nb")
    workspace.lock()
    return folder


def test_export_inspect_import_and_merge(source: Path, tmp_path: Path, env, capsys) -> None:
    package = tmp_path / "fjordby.musdesk"
    assert main(["package", "export", str(source), "-o", str(package),
                 "--organisation", "Fjordby Kommune"]) == 0
    assert "Fjordby Kommune" in capsys.readouterr().out
    assert main(["package", "inspect", str(package)]) == 0
    out = capsys.readouterr().out
    assert "Fjordby Kommune" in out and "Nordby" not in out and "employee\t3" in out
    target = tmp_path / "client"
    assert main(["package", "import", str(package), str(target), "--cheap-kdf"]) == 0
    assert "recovery" in capsys.readouterr().out.lower()
    assert main(["check", str(target)]) == 0
    capsys.readouterr()
    report = tmp_path / "report.txt"
    assert main(["package", "import", str(package), str(target), "--merge",
                 "--report", str(report)]) == 0
    assert "0 added, 0 updated, 0 conflicts" in capsys.readouterr().out
    assert "No conflicts." in report.read_text()


def test_keygen_and_a_package_for_a_recipient(source: Path, tmp_path: Path, env,
                                              capsys) -> None:
    key = tmp_path / "client-key.txt"
    assert main(["package", "keygen", "-o", str(key)]) == 0
    recipient = capsys.readouterr().out.strip().splitlines()[-1]
    assert recipient.startswith("age1") and (key.stat().st_mode & 0o777) == 0o600
    assert main(["package", "keygen", "-o", str(key)]) == 1  # never replaced
    assert "already exists" in capsys.readouterr().err
    package = tmp_path / "p.musdesk"
    # The key file itself is no recipient: refused in one line naming its public key, and
    # nothing of the secret key is repeated.
    assert main(["package", "export", str(source), "-o", str(package),
                 "--recipient", str(key)]) == 1
    err = capsys.readouterr().err
    secret = next(line for line in key.read_text().splitlines() if line.startswith("AGE-"))
    assert err.count("\n") == 1 and recipient in err and "secret key" in err
    assert secret[15:] not in err and secret[:20] not in err and not package.exists()
    # A file of public keys (one a line, `#` comments) is, like the key itself.
    public = tmp_path / "client-key.pub"
    public.write_text(f"# the client's key\n{recipient}\n")
    assert main(["package", "export", str(source), "-o", str(package),
                 "--recipient", str(public)]) == 0
    package.unlink()
    assert main(["package", "export", str(source), "-o", str(package),
                 "--recipient", recipient]) == 0
    capsys.readouterr()
    assert main(["package", "inspect", str(package)]) != 0  # needs the key file
    assert "key file" in capsys.readouterr().err
    assert main(["package", "inspect", str(package), "-i", str(key)]) == 0
    assert "employee\t6" in capsys.readouterr().out


def test_refusals_are_one_line_and_change_nothing(source: Path, tmp_path: Path, env,
                                                  capsys) -> None:
    package = tmp_path / "p.musdesk"
    assert main(["package", "export", str(source), "-o", str(package)]) == 0
    capsys.readouterr()
    damaged = tmp_path / "damaged.musdesk"
    data = bytearray(package.read_bytes())
    data[-100] ^= 0x10
    damaged.write_bytes(bytes(data))
    before = folder_hashes(source)
    assert main(["package", "import", str(damaged), str(source), "--merge"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "refused" in err
    env.setenv("MUSDESK_PACKAGE_PASSPHRASE", "wrong")
    assert main(["package", "import", str(package), str(source), "--merge"]) == 3
    assert "does not open" in capsys.readouterr().err
    assert folder_hashes(source) == before
    assert main(["package", "import", str(package), str(tmp_path / "x")]) == 3
    assert not (tmp_path / "x").exists()
