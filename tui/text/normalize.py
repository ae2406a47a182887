"""Normalising Arabic (and Latin) text for matching, never for display.

`normalize()` keeps a map from every normalised character back to its original offset, so a
match found in normalised text is shown on the original characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

_DROP = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}
# Zero-width and directional marks carry no letters; matching ignores them.
_DROP |= {"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"}
_DROP |= {chr(c) for c in range(0x202A, 0x202F)} | {chr(c) for c in range(0x2066, 0x206A)}

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ة": "ه", "ۀ": "ه", "ک": "ك",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": ".",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": '"', "›": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}
for _base in (0x0660, 0x06F0):
    for _digit in range(10):
        _FOLD[chr(_base + _digit)] = str(_digit)


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus, for each of its characters, the original offset it came from
    (a range when each came from the character at its own offset: a tuple of every offset
    of every article was half of normalising a real archive)."""

    text: str
    origin: Sequence[int]
    original_length: int

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original (start, end) covering normalised text[start:end]."""
        if start >= end:
            at = self.origin[start] if start < len(self.origin) else self.original_length
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


def _presentation_form(ch: str) -> bool:
    """Arabic letters stored as their contextual glyphs (text copied from PDFs and old
    sites): Presentation Forms-A and -B."""
    return "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufefe"


def normalize_char(ch: str) -> str:
    if ch in _DROP:
        return ""
    if _presentation_form(ch):
        # NFKC gives the letters a glyph stands for (a lam-alef ligature is two letters);
        # each is then normalised like any other, so offsets still lead to the glyph.
        letters = unicodedata.normalize("NFKC", ch)
        if letters != ch:
            return "".join(map(normalize_char, letters))
    folded = _FOLD.get(ch)
    if folded is not None:
        return folded
    return ch.casefold() if ch.isascii() or ch.isalpha() and not "\u0600" <= ch <= "\u06ff" else ch


class _Table(dict):
    """normalize_char for str.translate, filled in as characters are first met: a whole
    article is then normalised at C speed (per character in Python it was most of the time
    discrepancies took on a large folder)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = normalize_char(chr(code))
        return folded


_TABLE = _Table()


def _dropped() -> re.Pattern:
    """A character class of exactly the characters that normalise to nothing: those of
    _DROP, and the presentation forms whose letters all are (a medial haraka's glyph)."""
    forms = [chr(c) for r in ((0xFB50, 0xFE00), (0xFE70, 0xFEFF)) for c in range(*r)]
    empty = sorted(_DROP | {ch for ch in forms if not normalize_char(ch)})
    return re.compile("[" + "".join(map(re.escape, empty)) + "]")


_DROPPED = _dropped()


def normalize(text: str) -> Normalized:
    folded = text.translate(_TABLE)
    # Where characters are dropped, found at C speed without a second translation of the
    # whole text (the character lengths' was a twentieth of the extraction pool's time):
    # when every other character gave one, the folded text is exactly that much shorter.
    dropped = [m.start() for m in _DROPPED.finditer(text)]
    if len(folded) == len(text) - len(dropped):
        # One character for one, or none (harakat, tatweel, zero-width marks): the offsets
        # are those of the characters kept.
        if not dropped:
            return Normalized(folded, range(len(text)), len(text))
        kept = bytearray(b"\x01") * len(text)
        for at in dropped:
            kept[at] = 0
        return Normalized(folded, tuple(compress(range(len(text)), kept)), len(text))
    table = _TABLE
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        for piece in table[ord(ch)]:
            out.append(piece)
            origin.append(index)
    return Normalized("".join(out), tuple(origin), len(text))


def normalize_text(text: str) -> str:
    """The normalised text alone (faster when no offset map is needed)."""
    return text.translate(_TABLE)


# --- name-variant key -------------------------------------------------------------------
# Transliterated names are spelt by ear: long vowels come and go (ترامب/ترمب,
# أمريكي/أميركي, أنكوريج/أنكوراج), doubled letters collapse, and the affricate "ch" is
# written تش or ش (دارتشييف/دارشييف). The key keeps a word's first and last letters and
# its consonant skeleton in between, so such variants meet while different names do not.
_WITHOUT_LONG_VOWELS = str.maketrans("", "", "اوي")
_WORD = re.compile(r"[\u0621-\u064a\w]+")
_DOUBLED = re.compile(r"(.)\1+")     # a letter written twice or more in a row


def _once(doubled: re.Match) -> str:
    # (a function, not the template r"\1": `sub` runs a template through Python on every
    # call, matches or not; a function only where a letter is doubled, which is seldom)
    return doubled[1]


def variant_key(word: str) -> str:
    """A spelling-variant key for one word (a name, a nisba adjective, a place)."""
    base = normalize_text(word).strip()
    if base.startswith("ال") and len(base) > 4:
        base = base[2:]
    if len(base) <= 2:
        return base
    middle = base[1:-1].replace("تش", "ش").translate(_WITHOUT_LONG_VOWELS)
    key = base[0] + middle + base[-1]
    return _DOUBLED.sub(_once, key)


def variant_keys(text: str) -> list[str]:
    """The variant key of every word in `text`, in order."""
    return [variant_key(m.group()) for m in _WORD.finditer(normalize_text(text))]
