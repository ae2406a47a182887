"""A text's words with their offsets and their normalised forms, for the attribution rules.

A token is a run of letters (Arabic, presentation forms included, or Latin) or of digits; its
`norm` is `normalize_text` of it, so a word stored as presentation-form glyphs (text copied
from a PDF) reads as its letters while `start`/`end` still point into the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from tui.text.normalize import normalize_text

_LETTERS = "\u0621-\u064a\u0640\u064b-\u065f\u0670\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc"
_TOKEN = re.compile(f"[{_LETTERS}]+|[A-Za-z]+|[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,][0-9]+)*")
_TANWEEN = re.compile("[\u064b-\u064d]")


class Token(NamedTuple):
    start: int
    end: int
    norm: str


@lru_cache(maxsize=1 << 18)
def _norm(word: str) -> str:
    return normalize_text(word)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of text[start:end], with offsets into `text`."""
    found = _TOKEN.finditer(text, start, len(text) if end is None else end)
    return [Token(m.start(), m.end(), _norm(m.group())) for m in found]


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
