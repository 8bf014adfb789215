"""The user's preferences and remembered state, kept in QSettings.

Tests and benchmarks point MUSDESK_SETTINGS_FILE at an ini file of their own so that they
never read or change the user's real settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILE_ENV = "MUSDESK_SETTINGS_FILE"

DEFAULT_AUTO_LOCK_MINUTES = 10
AUTO_LOCK_RANGE = (1, 240)
DEFAULT_BACKUPS_KEPT = 5
BACKUPS_KEPT_RANGE = (1, 50)
SYSTEM_LANGUAGE = ""  # follow the system locale


def default_qsettings() -> QSettings:
    override = os.environ.get(SETTINGS_FILE_ENV)
    if override:
        return QSettings(override, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "musdesk", "musdesk")


def _clamp(value: int, bounds: tuple[int, int]) -> int:
    low, high = bounds
    return max(low, min(high, value))


def _as_int(raw: object, default: int) -> int:
    try:
        return int(raw) if isinstance(raw, str | int | float) else default
    except (TypeError, ValueError):
        return default


class AppSettings:
    """Typed access to the few settings musdesk keeps; invalid stored values fall back."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else default_qsettings()

    # --- preferences (settings dialog) -------------------------------------------------
    @property
    def language(self) -> str:
        """'da', 'nb', 'en', or '' for the system locale."""
        value = str(self.store.value("ui/language", SYSTEM_LANGUAGE) or "")
        return value if value in ("da", "nb", "en") else SYSTEM_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("ui/language", value)

    @property
    def auto_lock_minutes(self) -> int:
        raw = self.store.value("security/auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)
        return _clamp(_as_int(raw, DEFAULT_AUTO_LOCK_MINUTES), AUTO_LOCK_RANGE)

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, value: int) -> None:
        self.store.setValue("security/auto_lock_minutes", _clamp(int(value), AUTO_LOCK_RANGE))

    @property
    def backups_kept(self) -> int:
        raw = self.store.value("storage/backups_kept", DEFAULT_BACKUPS_KEPT)
        return _clamp(_as_int(raw, DEFAULT_BACKUPS_KEPT), BACKUPS_KEPT_RANGE)

    @backups_kept.setter
    def backups_kept(self, value: int) -> None:
        self.store.setValue("storage/backups_kept", _clamp(int(value), BACKUPS_KEPT_RANGE))

    # --- remembered state ---------------------------------------------------------------
    @property
    def last_workspace(self) -> Path | None:
        value = self.store.value("workspace/last", "")
        return Path(str(value)) if value else None

    @last_workspace.setter
    def last_workspace(self, folder: Path | None) -> None:
        self.store.setValue("workspace/last", str(folder) if folder else "")

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        if value != self.window_geometry:  # unchanged: no rewrite (and fsync) at every exit
            self.store.setValue("window/geometry", value)

    def sync(self) -> None:
        self.store.sync()
