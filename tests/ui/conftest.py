"""UI fixtures: settings in a temp ini file, a session with cheap key derivation, the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from musdesk.storage import KdfParams, Workspace
from musdesk.ui.session import Session, SessionState
from musdesk.ui.settings import SETTINGS_FILE_ENV, AppSettings
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def _english_locale() -> Iterator[None]:
    """The locale the English interface sets (ui.i18n), not the machine's (often "C")."""
    from musdesk.ui.i18n import locale_for

    QLocale.setDefault(locale_for("en"))
    yield
    QLocale.setDefault(locale_for("en"))


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never read or write the real user's settings."""
    path = tmp_path / "settings.ini"
    monkeypatch.setenv(SETTINGS_FILE_ENV, str(path))
    return path


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def session(settings: AppSettings) -> Iterator[Session]:
    session = Session(settings, kdf=KdfParams.cheap())
    yield session
    session.close()


@pytest.fixture
def existing_workspace(tmp_path: Path) -> tuple[Path, str]:
    """A locked workspace on disk: its folder and recovery key."""
    folder = tmp_path / "existing"
    workspace, recovery_key = Workspace.create(folder, PASSPHRASE, kdf=KdfParams.cheap())
    workspace.lock()
    return folder, recovery_key


def wait_until_settled(qtbot, session: Session) -> None:
    qtbot.waitUntil(lambda: session.state is not SessionState.BUSY, timeout=10_000)
