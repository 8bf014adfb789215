"""The passphrase strength hint: zxcvbn with common Danish and Norwegian words added."""

from __future__ import annotations

import subprocess
import sys

import pytest

from musdesk.ui.passphrase_strength import (
    NORDIC_WORDS,
    Problem,
    Strength,
    problem,
    strength,
)


@pytest.mark.parametrize(
    "passphrase",
    ["Password123!", "Qwerty12345!", "password", "aaaaaaaaaa", "12345678901", "Tromso12",
     "Kjærlighet2024", "Kjaerlighet2024", "Brøndby1964"],
)
def test_guessable_passphrases_are_weak(passphrase: str) -> None:
    assert strength(passphrase) is Strength.WEAK


def test_a_season_and_a_year_is_not_good() -> None:
    assert strength("Sommer2026!") < Strength.GOOD


@pytest.mark.parametrize(
    "passphrase",
    ["blue kettle sings loudly at dawn", "Fisk og kaffe på taget i Aarhus", "mxq7-Lpv2-rk9T"],
)
def test_long_unrelated_words_and_random_strings_are_strong(passphrase: str) -> None:
    assert strength(passphrase) is Strength.STRONG


def test_short_ones_are_too_short_whatever_they_contain() -> None:
    assert strength("x7#Lq!") is Strength.TOO_SHORT
    assert strength("  abc    ") is Strength.TOO_SHORT


def test_the_nordic_words_change_the_rating() -> None:
    """The oracle is zxcvbn without the added list, in a fresh interpreter."""
    plain = subprocess.run(
        [sys.executable, "-c",
         "from zxcvbn import zxcvbn; print(zxcvbn('Kjærlighet2024')['score'])"],
        capture_output=True, text=True, check=True)
    assert int(plain.stdout) >= 3
    assert strength("Kjærlighet2024") is Strength.WEAK


def test_the_word_list_is_lower_case_without_repeats() -> None:
    assert all(word == word.lower() and word.strip() == word for word in NORDIC_WORDS)
    assert len(set(NORDIC_WORDS)) == len(NORDIC_WORDS)


def test_zxcvbn_is_imported_on_first_use_only() -> None:
    code = ("import sys; import musdesk.ui.passphrase_strength as p; "
            "assert 'zxcvbn' not in sys.modules; assert 'PySide6' not in sys.modules; "
            "p.strength('long enough words'); assert 'zxcvbn' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_problems_in_order_of_importance() -> None:
    assert problem("", "") is Problem.EMPTY
    assert problem("short", "short") is Problem.TOO_SHORT
    assert problem("long enough", "long enougH") is Problem.MISMATCH
    assert problem("long enough", "long enough") is Problem.NONE
