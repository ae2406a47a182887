"""Search records from a corpus: its sentences, and the quotations the quotes package found."""

from __future__ import annotations

from collections.abc import Iterable

from tui.search.model import Record


def sentence_records(source) -> list[Record]:
    return [Record(s.id, source.id, s.start, s.end, source.text[s.start:s.end], "sentence",
                   None) for s in source.sentences]


def quote_records(quotes: Iterable) -> list[Record]:
    """Records for quotation objects (tui.quotes.Quote: speaker is a Speaker or None)."""
    records = []
    for q in quotes:
        speaker = getattr(q.speaker, "label", q.speaker)
        records.append(Record(q.id, q.source_id, q.start, q.end, q.text, "quote", speaker))
    return records


def records_for_corpus(corpus, quotes: Iterable | None = None) -> list[Record]:
    """Every sentence of `corpus`, plus `quotes` (extracted here when None)."""
    if quotes is None:
        quotes = extract_quotes_or_none(corpus)
    records = quote_records(quotes)
    for source in corpus.sources:
        records.extend(sentence_records(source))
    return records


def extract_quotes_or_none(corpus) -> list:
    """The corpus's quotations, or none when the quotes package is not in this build."""
    try:
        from tui.quotes.analysis import extract_all
    except ImportError:
        return []
    return extract_all(corpus)
