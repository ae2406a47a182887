"""The whole pass over a corpus: extract per source, then group, then compare facts."""

from __future__ import annotations

from collections.abc import Callable

from tui.quotes.attribute import extract_quotes
from tui.quotes.model import Analysis
from tui.quotes.speakers import Registry
from tui.quotes.statements import group_statements, records_from_quotes, records_from_sentences


def _latin_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum(ch.isascii() for ch in letters) / len(letters) if letters else 0.0



def _in_primary_script(corpus, record) -> bool:
    """An Arabic article's appended English translation repeats it: leave it out of grouping."""
    source = corpus.source(record.source_id)
    if source.languages and source.languages[0] == "ar":
        return _latin_share(record.text) < 0.5
    return True


def extract_all(corpus) -> list:
    """Every source's quotations, with speakers introduced anywhere in the corpus known."""
    registry = Registry()
    for source in corpus.sources:
        registry.learn(source.text)
    return [q for source in corpus.sources for q in extract_quotes(source, registry)]


def analyze(corpus, progress: Callable[[float], None] | None = None) -> Analysis:
    report = progress or (lambda fraction: None)
    registry = Registry()
    for source in corpus.sources:
        registry.learn(source.text)
    quotes = []
    total = max(1, len(corpus.sources))
    for index, source in enumerate(corpus.sources):
        quotes.extend(extract_quotes(source, registry))
        report(0.6 * (index + 1) / total)
    records = records_from_quotes(quotes)
    for source in corpus.sources:
        records += records_from_sentences(source, quotes)
    records = [r for r in records if _in_primary_script(corpus, r)]
    statements = group_statements(records, corpus.ids, registry.names)
    report(0.9)
    try:
        from tui.quotes.discrepancies import find_discrepancies
    except ImportError:
        discrepancies = []
    else:
        discrepancies = find_discrepancies(corpus)
    report(1.0)
    return Analysis(tuple(quotes), tuple(statements), tuple(discrepancies))
