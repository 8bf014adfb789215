"""Texts of the Qt-free core (error messages, PDFs, question sets) per language.

The catalogue is data: every `resources/texts/*.json` file maps a key to its text in each
language (`{"key": {"da": "...", "nb": "...", "en": "..."}}`). Keys are unique across files.
The UI has Qt's own translations; this is for code that must not import Qt.
"""

from __future__ import annotations

import json
import threading
from functools import cache

from musdesk.resources import resource_path

LANGUAGES: tuple[str, ...] = ("da", "nb", "en")
DEFAULT_LANGUAGE = "da"

_state = threading.local()
_global_language = DEFAULT_LANGUAGE


@cache
def catalogue() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for path in sorted(resource_path("texts").glob("*.json")):
        entries = json.loads(path.read_text(encoding="utf-8"))
        for key, value in entries.items():
            if key in merged:
                raise ValueError(f"text key {key!r} defined twice (again in {path.name})")
            merged[key] = value
    return merged


def normalise_language(code: str | None) -> str:
    """Map a locale name such as 'nb_NO', 'no' or 'da-DK' to a supported language."""
    if not code:
        return DEFAULT_LANGUAGE
    base = code.replace("-", "_").split("_")[0].lower()
    if base in ("no", "nn", "nb"):
        return "nb"
    return base if base in LANGUAGES else "en"


def set_language(code: str) -> None:
    global _global_language
    _global_language = normalise_language(code)


def current_language() -> str:
    return getattr(_state, "language", None) or _global_language


def text(key: str, language: str | None = None, /, **params: object) -> str:
    """The text for `key` in `language` (default: the current one), formatted with params."""
    lang = normalise_language(language) if language else current_language()
    entry = catalogue().get(key)
    if entry is None:
        raise KeyError(f"no text for key {key!r}")
    template = entry.get(lang) or entry["en"]
    return template.format(**params) if params else template
