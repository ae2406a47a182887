"""Quotations, speakers, statements across outlets and fact discrepancies (no textual here).

`analyze(corpus)` runs everything; the parts are separate so the scale work can run
`extract_quotes` per article in a process pool, then `link_speakers` over all of them, and
group the records afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

from tui.quotes.model import (Analysis, Claim, Discrepancy, Member, Quote, Speaker,
                              Statement)

# Bump when extraction or attribution changes what they return: caches of extracted quotes
# (tui/store) should key on it, or they keep serving the old results.
EXTRACTOR_VERSION = "2026-12-08.706"

__all__ = ["EXTRACTOR_VERSION", "Analysis", "Claim", "Discrepancy", "Member", "Quote", "Speaker", "Statement",
           "analyze", "extract_quotes", "group_statements", "find_discrepancies", "link_speakers"]


def extract_quotes(source) -> list[Quote]:
    from tui.quotes.attribute import extract_quotes as _extract
    return _extract(source)


def link_speakers(quotes: list[Quote]) -> list[Quote]:
    from tui.quotes.speakers import link_speakers as _link
    return _link(quotes)


def group_statements(quotes, source_ids, **options) -> list[Statement]:
    from tui.quotes.statements import group_statements as _group
    return _group(quotes, source_ids, **options)


def find_discrepancies(corpus) -> list[Discrepancy]:
    from tui.quotes.discrepancies import find_discrepancies as _find
    return _find(corpus)


def analyze(corpus, progress: Callable[[float], None] | None = None) -> Analysis:
    """Quotes of every source, the statements they form across outlets, and discrepancies."""
    from tui.quotes.analysis import analyze as _analyze
    return _analyze(corpus, progress)


def forget_word_caches() -> None:
    """Empty the caches extraction keeps of words, names and the last article's tokens. They
    make the next article faster in the process that extracts; a process that has done
    extracting (the one that groups what the workers extracted) only carries them."""
    from tui.quotes import entities, lexicon, tokens
    tokens.forget_recent()
    for cached in (lexicon.particle, lexicon.plural_verb, lexicon.reporting_word,
                   entities.name_key, entities.name_keys, entities._letters):
        cached.cache_clear()
