"""Words of a text with their offsets, and each word's matching forms.

Words are found in the ORIGINAL text (harakat, tatweel and zero-width marks count as part of
a word), so a word's span is already in source offsets; its matching form is the word passed
through the same per-character rules as `tui.text.normalize` (one `str.translate` table built
from `normalize_char`), which is ~20x faster than normalising character by character.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.text.normalize import normalize_char, variant_key

WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f]+")

# Clitics written onto the next word: و ف ب ك ل and the article, alone or combined.
_PREFIXES = tuple(sorted({"و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال", "كال", "لل",
                          "ولل", "فلل", "وب", "ول", "فب", "ول"}, key=len, reverse=True))
MIN_VARIANT = 4  # below this, dropping long vowels joins unrelated words (امن / ايمن)


@lru_cache(maxsize=1)
def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        folded = normalize_char(ch)
        if folded != ch:
            table[code] = folded or None
    return table


def fold(word: str) -> str:
    """A word's matching form: what `normalize_text` gives, character for character."""
    return word.translate(_table())


# News repeats its words endlessly: a word's form is folded once (indexing 10,000 articles
# folds millions of words, but only tens of thousands of different ones).
_FORMS: dict[str, str] = {}
_FORMS_KEPT = 1 << 18


def words(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """(form, start, end) for every word of `text`; spans are shifted by `offset`."""
    table = _table()
    known = _FORMS
    out = []
    for match in WORD.finditer(text):
        word = match.group()
        form = known.get(word)
        if form is None:
            form = word.translate(table)
            if len(known) < _FORMS_KEPT:
                known[word] = form
        if form:
            out.append((form, match.start() + offset, match.end() + offset))
    return out


def stems(form: str) -> tuple[str, ...]:
    """The form and what is left after each clitic prefix it may carry (2+ letters left)."""
    found = [form]
    for prefix in _PREFIXES:
        if form.startswith(prefix) and len(form) - len(prefix) >= 2:
            rest = form[len(prefix):]
            if rest not in found:
                found.append(rest)
    return tuple(found)


def key_of(form: str) -> str | None:
    """The spelling-variant key of a form, or None when the form is too short to fold."""
    return variant_key(form) if len(form) >= MIN_VARIANT else None
