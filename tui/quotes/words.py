"""Per-word normalisation with a cache: news text repeats the same words endlessly.

Thin memoised wrappers over `tui.text.normalize`, so matching stays defined there.
"""

from __future__ import annotations

from functools import lru_cache

from tui.text.normalize import normalize_text, variant_key

_CACHE = 1 << 18


@lru_cache(maxsize=_CACHE)
def norm_word(word: str) -> str:
    return normalize_text(word)


@lru_cache(maxsize=_CACHE)
def key_word(word: str) -> str:
    return variant_key(word)
