"""The whole pass over a corpus: extract per source, then group, then compare facts."""

from __future__ import annotations

from collections.abc import Callable

from tui.quotes.attribute import extract_quotes
from tui.quotes.model import Analysis
from tui.quotes.speakers import Registry


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
    try:
        from tui.quotes.statements import group_statements
    except ImportError:     # grouping lands in the next commit
        statements = []
    else:
        statements = group_statements(quotes, corpus.ids)
    report(0.9)
    try:
        from tui.quotes.discrepancies import find_discrepancies
    except ImportError:
        discrepancies = []
    else:
        discrepancies = find_discrepancies(corpus)
    report(1.0)
    return Analysis(tuple(quotes), tuple(statements), tuple(discrepancies))
