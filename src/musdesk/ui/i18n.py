"""Which language the UI speaks, and loading its Qt translations.

The language comes from the settings when the user chose one, else from the system locale.
The same choice drives the Qt-free core texts (error messages) and QLocale, so that dates
and numbers follow it too.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from musdesk import texts
from musdesk.resources import resource_path

TRANSLATIONS_DIR = ("translations",)
CATALOGUE_NAME = "musdesk"
LANGUAGE_ENV = "MUSDESK_LANGUAGE"

# Shown in the settings dialog in their own language, so anyone can find theirs.
LANGUAGE_NAMES = {"da": "Dansk", "nb": "Norsk bokmål", "en": "English"}

_LOCALES = {
    "da": (QLocale.Language.Danish, QLocale.Country.Denmark),
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
}


def choose_language(chosen: str, system_locale_name: str) -> str:
    """MUSDESK_LANGUAGE when set (scripts, screenshots), else the user's choice ('da'/'nb'/
    'en') when made, else the system's language, else English."""
    override = os.environ.get(LANGUAGE_ENV, "")
    if override:
        return texts.normalise_language(override)
    if chosen in LANGUAGE_NAMES:
        return chosen
    if not system_locale_name or system_locale_name in ("C", "POSIX"):
        return "en"
    return texts.normalise_language(system_locale_name)


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """Danish/Norwegian locales; for English the system's own formats when it is English."""
    if language in _LOCALES:
        lang, country = _LOCALES[language]
        return QLocale(lang, country)
    system = system or QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def catalogue_path(language: str, suffix: str = "qm") -> str:
    return str(resource_path(*TRANSLATIONS_DIR, f"{CATALOGUE_NAME}_{language}.{suffix}"))


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load musdesk's and Qt's own translations (standard buttons), set locale and core texts.

    Returns the translators; the caller keeps them alive as long as the application runs.
    """
    texts.set_language(language)
    QLocale.setDefault(locale_for(language))
    installed: list[QTranslator] = []
    if language == "en":
        return installed  # the source strings are English
    ours = QTranslator(app)
    if ours.load(catalogue_path(language)):
        app.installTranslator(ours)
        installed.append(ours)
    from PySide6.QtCore import QLibraryInfo

    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt ships no bokmål catalogue; its Nynorsk one has the same words for the standard
    # buttons (Avbryt, Lagre, Lukk, Ja, Nei), which is all musdesk shows of it.
    qt_name = "qtbase_nn" if language == "nb" else f"qtbase_{language}"
    if qt_own.load(qt_name, qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    overrides = QTranslator(app)  # installed last, so asked first
    if overrides.load(str(resource_path(*TRANSLATIONS_DIR, f"qt_overrides_{language}.qm"))):
        app.installTranslator(overrides)
        installed.append(overrides)
    return installed


def remove_language(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
