"""How strong a new passphrase is, and whether the two entries may be accepted. Qt-free."""

from __future__ import annotations

import enum
import math
import string

MIN_LENGTH = 8  # the storage layer refuses shorter ones (keyfile.MIN_PASSPHRASE_LENGTH)

# Guessed first by any attacker, whatever their length suggests.
_COMMON = {
    "password", "passw0rd", "adgangskode", "passord", "kodeord", "12345678", "123456789",
    "1234567890", "qwertyui", "qwerty123", "sommer2024", "sommer2025", "letmein1", "musdesk1",
}


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


def estimated_bits(passphrase: str) -> float:
    """A rough guess-count estimate: alphabet size per character, less for repeats."""
    if not passphrase:
        return 0.0
    alphabet = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        alphabet += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        alphabet += 26
    if any(c.isdigit() for c in passphrase):
        alphabet += 10
    if any(c == " " for c in passphrase):
        alphabet += 1
    if any(not c.isascii() and c.isalpha() for c in passphrase):
        alphabet += 6  # æ, ø, å and friends
    if any(not c.isalnum() and c != " " for c in passphrase):
        alphabet += 20
    distinct = len(set(passphrase.lower()))
    # Repeated characters ("aaaa1111") add little: count distinct ones fully, others a bit.
    effective_length = distinct + (len(passphrase) - distinct) * 0.3
    return effective_length * math.log2(max(alphabet, 2))


def strength(passphrase: str) -> Strength:
    stripped = passphrase.strip()
    if len(stripped) < MIN_LENGTH:
        return Strength.TOO_SHORT
    if stripped.lower() in _COMMON:
        return Strength.WEAK
    bits = estimated_bits(stripped)
    words = len(stripped.split())
    if words >= 4 and len(stripped) >= 20:
        bits = max(bits, 70.0)  # four or more words: a passphrase in the proper sense
    if bits >= 70:
        return Strength.STRONG
    if bits >= 55:
        return Strength.GOOD
    if bits >= 40:
        return Strength.FAIR
    return Strength.WEAK


def problem(first: str, second: str) -> Problem:
    """Why the pair cannot be accepted yet; weak-but-long passphrases are allowed."""
    if not first:
        return Problem.EMPTY
    if len(first.strip()) < MIN_LENGTH:
        return Problem.TOO_SHORT
    if first != second:
        return Problem.MISMATCH
    return Problem.NONE
