"""How strong a new passphrase is, and whether the two entries may be accepted. Qt-free.

The estimate is `zxcvbn`'s (patterns, keyboard walks, dates, repeats and dictionaries of
common passwords, English words and names), with a short list of common Danish and
Norwegian words and names added to its dictionaries, so "Sommer2026!" or "Kjærlighet1"
count as the guessable words they are. zxcvbn is imported on first use (~0.1 s), not at
start-up.
"""

from __future__ import annotations

import enum
import functools
from typing import Any

MIN_LENGTH = 8  # the storage layer refuses shorter ones (keyfile.MIN_PASSPHRASE_LENGTH)
MAX_CHECKED = 72  # zxcvbn's own bound; longer passphrases are rated on their start

# Words an attacker tries first in Denmark and Norway: seasons, months, days, places,
# football, pets, greetings, and the most common first and last names. Lower case; the
# spellings without æ/ø/å are added by `_nordic_words`.
NORDIC_WORDS = (
    # passwords in the language itself
    "adgangskode", "kodeord", "passord", "kode", "hemmelig", "hemmelighed", "hemmelighet",
    "login", "velkommen", "hej", "hejsa", "hallo", "heisann", "hei", "godmorgen",
    "kærlighed", "kjærlighet", "elsker", "elskerdig", "jegelskerdig", "jegelskerdeg",
    "skat", "skatt", "musdesk", "medarbejder", "medarbeider", "firma", "bedrift",
    # seasons, months, days
    "sommer", "vinter", "forår", "efterår", "høst", "vår", "januar", "februar", "marts",
    "mars", "april", "maj", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "december", "desember", "mandag", "tirsdag", "onsdag", "torsdag", "fredag",
    "lørdag", "søndag", "jul", "påske", "weekend", "ferie",
    # places and teams
    "danmark", "norge", "dansk", "norsk", "københavn", "aarhus", "odense", "aalborg",
    "esbjerg", "oslo", "bergen", "trondheim", "stavanger", "tromsø", "drammen",
    "fodbold", "fotball", "brøndby", "rosenborg", "vålerenga", "håndbold", "håndball",
    # animals and things
    "hund", "hunden", "kat", "katt", "katten", "hest", "bamse", "blomst", "solskin",
    "solskinn", "regnbue", "fisk", "øl", "kaffe", "pizza",
    # first names
    "anne", "hanne", "mette", "kirsten", "susanne", "lene", "marianne", "camilla", "maria",
    "ida", "emma", "sofie", "freja", "ingrid", "kari", "nora", "sara", "line", "tove",
    "peter", "jens", "lars", "søren", "niels", "michael", "henrik", "thomas", "mads",
    "rasmus", "ole", "per", "jan", "erik", "bjørn", "knut", "ola", "magnus", "jonas",
    "william", "oliver", "noah", "emil", "lucas", "frederik", "kristian", "morten",
    # last names
    "jensen", "nielsen", "hansen", "pedersen", "andersen", "christensen", "larsen",
    "sørensen", "rasmussen", "jørgensen", "petersen", "madsen", "kristensen", "olsen",
    "thomsen", "johansen", "johnsen", "karlsen", "nilsen", "berg", "haugen", "hagen",
    "andreassen", "jacobsen", "eriksen", "bakken", "lund",
)

_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_PLAIN = str.maketrans({"æ": "a", "ø": "o", "å": "a"})


class Strength(enum.IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


class Problem(enum.Enum):
    NONE = "none"
    EMPTY = "empty"
    TOO_SHORT = "too_short"
    MISMATCH = "mismatch"


def _nordic_words() -> list[str]:
    """The list with the spellings a keyboard without æ/ø/å gives, in rank order."""
    words: list[str] = []
    for word in NORDIC_WORDS:
        for variant in (word, word.translate(_ASCII), word.translate(_PLAIN)):
            if variant not in words:
                words.append(variant)
    return words


@functools.cache
def _estimator() -> Any:
    from zxcvbn import matching, zxcvbn

    matching.add_frequency_lists({"nordic": _nordic_words()})
    return zxcvbn


def score(passphrase: str) -> int:
    """zxcvbn's score, 0 (guessed at once) to 4 (very unlikely to be guessed)."""
    if not passphrase:
        return 0
    result = _estimator()(passphrase[:MAX_CHECKED])
    return int(result["score"])


def strength(passphrase: str) -> Strength:
    stripped = passphrase.strip()
    if len(stripped) < MIN_LENGTH:
        return Strength.TOO_SHORT
    value = score(stripped)
    if value <= 1:
        return Strength.WEAK
    return Strength(value)


def problem(first: str, second: str) -> Problem:
    """Why the pair cannot be accepted yet; weak-but-long passphrases are allowed."""
    if not first:
        return Problem.EMPTY
    if len(first.strip()) < MIN_LENGTH:
        return Problem.TOO_SHORT
    if first != second:
        return Problem.MISMATCH
    return Problem.NONE
