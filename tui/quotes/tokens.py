"""A text's words with their offsets and their normalised forms, for the attribution rules.

A token is a run of letters (Arabic, presentation forms included, or Latin) or of digits; its
`norm` is `normalize_text` of it, so a word stored as presentation-form glyphs (text copied
from a PDF) reads as its letters while `start`/`end` still point into the original text (and
a demonstrative spelt with its long vowel, ذالك, reads as ذلك).
"""

from __future__ import annotations

import re
from functools import lru_cache, partial
from typing import NamedTuple

from tui.text.normalize import normalize_text

_LETTERS = "\u0621-\u064a\u0640\u064b-\u065f\u0670\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc"
# (a word has a letter that is no tatweel: a tatweel alone, "ابن عمر ـ رضي الله عنهما ـ", is
# a dash between words, punctuation to the rules, not a word)
_LETTERS_BUT_TATWEEL = _LETTERS.replace("\u0621-\u064a\u0640", "\u0621-\u063f\u0641-\u064a")
_TOKEN = re.compile(f"\u0640*[{_LETTERS_BUT_TATWEEL}][{_LETTERS}]*|[A-Za-z]+"
                    f"|[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,][0-9]+)*")
_TANWEEN = re.compile("[\u064b-\u064d]")


class Token(NamedTuple):
    start: int
    end: int
    norm: str


@lru_cache(maxsize=1 << 18)
def _norm(word: str) -> str:
    norm = normalize_text(word)
    return _SPELT_OUT.get(norm, norm)


# Demonstratives some writers spell with the long vowel said in them (ذالك for ذلك): the
# same word to the grammar, so it is never read as a name.
_SPELT_OUT = {"ذالك": "ذلك", "وذالك": "وذلك", "هاذا": "هذا", "وهاذا": "وهذا", "هاذه": "هذه",
              "وهاذه": "وهذه", "لاكن": "لكن", "ولاكن": "ولكن"}


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of text[start:end], with offsets into `text`.

    The paragraphs of the last text tokenised are remembered: an article's facts
    (tui.quotes.discrepancies) read the paragraphs its extraction read just before, in the
    same worker. The list returned may be that remembered one, so callers must not change
    it (none does: the rules only read tokens)."""
    global _recent
    end = len(text) if end is None else end
    recent_text, seen = _recent
    if recent_text != text:     # (the same object, most often: no comparing of characters)
        seen = {}
        _recent = (text, seen)
    tokens = seen.get((start, end))
    if tokens is None:
        tokens = seen[(start, end)] = _tokens(text, start, end)
    return tokens


# (text, {(start, end): its tokens}) of the last text tokenised: one article's at most
_recent: tuple[str, dict[tuple[int, int], list[Token]]] = ("", {})


def forget_recent() -> None:
    """Let go of the last text's tokens (see tokenize)."""
    global _recent
    _recent = ("", {})

_new_token = partial(tuple.__new__, Token)
_Match = re.Match


def _tokens(text: str, start: int, end: int) -> list[Token]:
    # Built by maps of C functions, not a comprehension calling Token(...) per word: a
    # NamedTuple's __new__ is a Python function, and this loop runs over every word of
    # every article (it was a third of tokenising).
    found = list(_TOKEN.finditer(text, start, end))
    words = map(_norm, map(_Match.group, found))
    return list(map(_new_token, zip(map(_Match.start, found), map(_Match.end, found), words)))


def has_tanween(text: str, token: Token) -> bool:
    """A proper name never carries tanween: "يدرك جيدًا" after a title is not a name."""
    return _TANWEEN.search(text, token.start, token.end) is not None


def is_number(token: Token) -> bool:
    return token.norm[:1].isdigit()


# ta marbuta and its presentation forms, then any harakat or tatweel after it
_TA_MARBUTA = re.compile("[\u0629\ufe93\ufe94][\u064b-\u065f\u0640]*$")


def ta_marbuta(text: str, token: Token) -> bool:
    """The word ends in ة as written. Its `norm` folds ة into ه, so "نظيره" (his
    counterpart) and "المتحدثة" (a woman spokesman) end alike there; only the written
    letter tells a feminine noun from a pronoun suffix."""
    return _TA_MARBUTA.search(text, token.start, token.end) is not None
