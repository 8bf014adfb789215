"""Settings values (defaults, bounds, bad stored data) and the passphrase rules and hint."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from musdesk.ui.i18n import choose_language, locale_for
from musdesk.ui.settings import AppSettings
from musdesk.ui.widgets.passphrase_field import NewPassphraseFields


def test_defaults(settings: AppSettings) -> None:
    assert settings.auto_lock_minutes == 10
    assert settings.backups_kept == 5
    assert settings.language == ""
    assert settings.last_workspace is None


def test_values_are_kept_and_bounded(settings: AppSettings, tmp_path: Path) -> None:
    settings.auto_lock_minutes = 0
    settings.backups_kept = 1000
    settings.language = "nb"
    settings.last_workspace = tmp_path
    assert settings.auto_lock_minutes == 1
    assert settings.backups_kept == 50
    assert settings.language == "nb"
    assert settings.last_workspace == tmp_path


def test_damaged_stored_values_fall_back(settings: AppSettings) -> None:
    settings.store.setValue("security/auto_lock_minutes", "soon")
    settings.store.setValue("ui/language", "klingon")
    assert settings.auto_lock_minutes == 10
    assert settings.language == ""


@pytest.mark.parametrize(
    ("chosen", "system", "expected"),
    [("da", "en_US", "da"), ("", "nb_NO", "nb"), ("", "nn_NO", "nb"), ("", "da_DK", "da"),
     ("", "de_DE", "en"), ("", "C", "en"), ("en", "da_DK", "en")],
)
def test_language_follows_choice_then_system(
    chosen: str, system: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MUSDESK_LANGUAGE", raising=False)
    assert choose_language(chosen, system) == expected


def test_language_from_the_environment_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUSDESK_LANGUAGE", "nb_NO")
    assert choose_language("da", "da_DK") == "nb"


def test_locales_format_dates_the_local_way() -> None:
    assert locale_for("da").language() == QLocale.Language.Danish
    assert locale_for("nb").language() == QLocale.Language.NorwegianBokmal
    assert locale_for("en", QLocale(QLocale.Language.German)).language() == (
        QLocale.Language.English)


def test_fields_accept_only_a_matching_long_pair(qtbot) -> None:
    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    fields.first.setText("blue kettle sings")
    assert not fields.is_acceptable()
    fields.second.setText("blue kettle sing")
    assert "not the same" in fields.status.text()
    fields.second.setText("blue kettle sings")
    assert fields.is_acceptable()
    assert fields.hint.text()


def test_an_unchanged_window_size_is_not_written_again(tmp_path: Path) -> None:
    """Every exit stores the window's geometry; the same one does not rewrite (and fsync)
    the settings file, which would cost every start-up and exit a disk flush."""
    import os

    from PySide6.QtCore import QByteArray, QSettings

    path = tmp_path / "settings.ini"
    settings = AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.window_geometry = QByteArray(b"geometry-1")
    settings.sync()
    first = os.stat(path).st_ino, os.stat(path).st_mtime_ns
    settings.window_geometry = QByteArray(b"geometry-1")
    settings.sync()
    assert (os.stat(path).st_ino, os.stat(path).st_mtime_ns) == first  # not replaced
    settings.window_geometry = QByteArray(b"geometry-2")
    settings.sync()
    assert os.stat(path).st_ino != first[0] or os.stat(path).st_mtime_ns != first[1]
    assert settings.window_geometry == QByteArray(b"geometry-2")
