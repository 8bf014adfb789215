"""The documents' texts are complete in every language; the seal's QR code is well formed."""

from __future__ import annotations

import re
import string
from pathlib import Path

from musdesk import texts
from musdesk.documents.summary import QrCode

SOURCES = [
    *(Path(__file__).resolve().parents[3] / "src" / "musdesk" / "documents").glob("*.py"),
    Path(__file__).resolve().parents[3] / "src" / "musdesk" / "commands" / "documents.py",
    Path(__file__).resolve().parents[3] / "src" / "musdesk" / "services" / "signing.py",
]


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_documents_text_exists_in_all_languages_with_the_same_placeholders() -> None:
    entries = {k: v for k, v in texts.catalogue().items() if k.startswith("documents.")}
    assert len(entries) > 100
    # date formats choose among the parts they are given (09.09.2026 / 9 Sep 2026)
    free_order = {"documents.date_short"}
    for key, entry in entries.items():
        assert all(entry.get(lang, "").strip() for lang in texts.LANGUAGES), key
        if key in free_order:
            continue
        assert _placeholders(entry["da"]) == _placeholders(entry["nb"]) == _placeholders(
            entry["en"]
        ), key
    assert len(texts.text("documents.months", "da").split(",")) == 12


def test_every_literal_key_in_the_code_exists() -> None:
    used: set[str] = set()
    for path in SOURCES:
        used |= set(re.findall(r'"(documents\.[a-z_0-9.]+[a-z0-9_])"', path.read_text("utf-8")))
    catalogue = texts.catalogue()
    not_texts = {"documents.seal.private_key"}  # a workspace_meta key, not a text
    prefixes = {key for key in used if any(k.startswith(key + ".") for k in catalogue)}
    missing = sorted(used - not_texts - prefixes - catalogue.keys())
    assert used and not missing, missing


def test_qr_code_has_its_three_finder_patterns() -> None:
    modules = QrCode("MUSDESK-SEAL/1 test v1 ABCD-EFGH-JKLM signature").modules
    size = len(modules)
    assert size >= 21 and (size - 17) % 4 == 0 and all(len(row) == size for row in modules)
    finder = [[r in (0, 6) or c in (0, 6) or (2 <= r <= 4 and 2 <= c <= 4) for c in range(7)]
              for r in range(7)]
    for top, left in ((0, 0), (0, size - 7), (size - 7, 0)):
        assert [row[left:left + 7] for row in modules[top:top + 7]] == finder
