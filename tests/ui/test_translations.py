"""Every visible string has a Danish and a Norwegian translation, and the compiled files
that the application loads agree with the translation sources."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from musdesk import texts
from musdesk.ui import i18n_build
from musdesk.ui.i18n import catalogue_path, install_language, remove_language
from musdesk.ui.qtmodels.employee_table import format_date

TRANSLATED = ("da", "nb")
PLACEHOLDER = re.compile(r"%\d|%[sdn]|\{[a-z_]*\}")


def messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


def translation_of(message: ET.Element) -> list[str]:
    element = message.find("translation")
    if element is None or element.get("type") in ("unfinished", "vanished", "obsolete"):
        return []
    forms = [form.text or "" for form in element.iter("numerusform")]
    return [f for f in (forms or [element.text or ""]) if f.strip()]


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The committed .ts files, updated with the strings the code has now."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {}
    for language in TRANSLATED:
        copy = folder / f"musdesk_{language}.ts"
        shutil.copy(i18n_build.ts_path(language), copy)
        copies[language] = copy
    i18n_build.update(list(copies.values()))
    return copies


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_in_the_code_is_translated(
    fresh_sources: dict[str, Path], language: str
) -> None:
    untranslated = [f"{context}: {source!r}" for context, source, message
                    in messages(fresh_sources[language]) if not translation_of(message)]
    assert not untranslated, (
        f"{len(untranslated)} strings have no {language} translation; translate them in "
        f"resources/translations/musdesk_{language}.ts after `make translations`:\n"
        + "\n".join(untranslated[:40]))


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_placeholders(language: str) -> None:
    wrong = []
    for context, source, message in messages(i18n_build.ts_path(language)):
        for text in translation_of(message):
            if message.get("numerus") == "yes":
                continue
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", TRANSLATED)
def test_compiled_file_matches_its_source(language: str) -> None:
    """The .qm the app loads holds every translation of the .ts (run `make translations`)."""
    translator = QTranslator()
    assert translator.load(catalogue_path(language))
    stale = []
    for context, source, message in messages(i18n_build.ts_path(language)):
        texts_ = translation_of(message)
        if message.get("numerus") == "yes" or not texts_:
            continue
        if translator.translate(context, source) != texts_[0]:
            stale.append(f"{context}: {source!r}")
    assert not stale, "compiled translations are stale:\n" + "\n".join(stale[:20])


def test_danish_ui_dates_and_core_texts(qtbot) -> None:
    from musdesk.ui.screens.welcome import WelcomeScreen

    app = QCoreApplication.instance()
    locale_before = QLocale()
    translators = install_language(app, "da")
    try:
        screen = WelcomeScreen()
        qtbot.addWidget(screen)
        assert screen.create_button.text() == "Opret et nyt arbejdsområde …"
        assert QLocale().language() == QLocale.Language.Danish
        assert format_date(dt.date(2026, 5, 1)) == "01.05.2026"
        assert QLocale().toString(12345) == "12.345"
        assert texts.current_language() == "da"
    finally:
        remove_language(app, translators)
        texts.set_language("en")
        QLocale.setDefault(locale_before)
    english = WelcomeScreen()
    qtbot.addWidget(english)
    assert english.create_button.text() == "Create a new workspace…"


def test_norwegian_standard_buttons_are_bokmal(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    app = QCoreApplication.instance()
    locale_before = QLocale()
    translators = install_language(app, "nb")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
        assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Lagre"  # not nn
    finally:
        remove_language(app, translators)
        texts.set_language("en")
        QLocale.setDefault(locale_before)
