"""The whole pass over a corpus: extract per source, link speakers, group, compare facts.

Extraction is independent per article (a map, e.g. over a process pool); linking speakers
across articles and grouping statements are one pass over everything the map produced.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from tui.quotes.attribute import extract_quotes
from tui.quotes.discrepancies import find_discrepancies
from tui.quotes.model import Analysis, Quote, Statement
from tui.quotes.speakers import link_speakers, speaker_names
from tui.quotes.statements import (Record, group_statements, records_from_quotes,
                                   records_from_sentences)


def extract_all(corpus) -> list[Quote]:
    """Every source's quotations, with one speaker for one person across the corpus."""
    return link_speakers([q for source in corpus.sources for q in extract_quotes(source)])


_LATIN = re.compile(r"[A-Za-z]")


def _latin_share(text: str) -> float:
    if _LATIN.search(text) is None:
        return 0.0      # the common case, without a look at each character
    letters = [ch for ch in text if ch.isalpha()]
    return sum(ch.isascii() for ch in letters) / len(letters) if letters else 0.0


def records_for(corpus, quotes: Iterable[Quote],
                tick: Callable[[], None] = lambda: None) -> list[Record]:
    """What grouping compares: statement quotations plus the sentences that hold none.

    An Arabic article's appended English translation repeats the article, so Latin-script
    records of an Arabic source are left out of grouping.
    """
    by_source: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        by_source[quote.source_id].append(quote)
    records: list[Record] = []
    for source in corpus.sources:
        tick()
        mine = by_source.get(source.id, [])
        candidates = records_from_quotes(mine) + records_from_sentences(source, mine)
        if source.languages and source.languages[0] == "ar":
            candidates = [r for r in candidates if _latin_share(r.text) < 0.5]
        records.extend(candidates)
    return records


def group_records(corpus, quotes: list[Quote],
                  tick: Callable[[], None] = lambda: None) -> list[Statement]:
    return group_statements(records_for(corpus, quotes, tick), corpus.ids,
                            speaker_names(quotes), tick)


def analyze(corpus, progress: Callable[[float], None] | None = None) -> Analysis:
    """Quotes, statements and discrepancies of a corpus; `progress` gets 0..1 as it goes."""
    report = progress or (lambda fraction: None)
    quotes: list[Quote] = []
    total = max(1, len(corpus.sources))
    for index, source in enumerate(corpus.sources):
        quotes.extend(extract_quotes(source))
        report(0.6 * (index + 1) / total)
    quotes = link_speakers(quotes)
    statements = group_records(corpus, quotes)
    report(0.9)
    discrepancies = find_discrepancies(corpus, quotes, statements=statements)
    report(1.0)
    return Analysis(tuple(quotes), tuple(statements), tuple(discrepancies))
