"""Hyphenation for the documents: pyphen's dictionaries (Danish, Norwegian bokmål, English).

ReportLab's own hyphenation (`hyphenationLang`) breaks a word that does not fit the rest of
a line, but a word wider than the whole line (common in narrow table columns: Danish and
Norwegian compounds such as "selvbetjeningsløsninger") goes to its `splitLongWords`, which
cuts between any two letters without a hyphen. So user and catalogue text gets soft hyphens
(U+00AD) at pyphen's break points in long words before it becomes a Paragraph; ReportLab
shows a hyphen only where it breaks the line there (its soft-hyphen support), and
splitLongWords stays as the last resort for a word with no break point (an e-mail address).

The language is the document's, set per thread while its story is built
(`styles.document_language`), so a batch on a worker thread never mixes with the UI thread.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from typing import Any

DICTIONARIES = {"da": "da_DK", "nb": "nb_NO", "en": "en_GB"}
SOFT_HYPHEN = "\u00ad"
MIN_LENGTH = 8  # shorter words rarely need breaking; fewer soft hyphens, faster layout
_WORD = re.compile(r"[^\W\d_]{" + str(MIN_LENGTH) + ",}")
_local = threading.local()


def current() -> str:
    return getattr(_local, "language", "")


def set_current(language: str) -> str:
    previous = current()
    _local.language = language
    return previous


@cache
def _dictionary(language: str) -> Any:  # pyphen.Pyphen (untyped)
    import pyphen

    return pyphen.Pyphen(lang=DICTIONARIES[language])


def soft_hyphens(text: str, language: str | None = None) -> str:
    """`text` with soft hyphens at the break points of its long words."""
    language = current() if language is None else language
    if language not in DICTIONARIES or not text:
        return text
    dictionary = _dictionary(language)
    return _WORD.sub(lambda m: dictionary.inserted(m.group(0), hyphen=SOFT_HYPHEN), text)
