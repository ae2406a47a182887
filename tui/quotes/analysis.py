"""The whole pass over a corpus: extract per source, link speakers, group, compare facts.

Extraction is independent per article (a map, e.g. over a process pool); linking speakers
across articles and grouping statements are one pass over everything the map produced.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from tui.quotes.attribute import extract_quotes
from tui.quotes.discrepancies import find_discrepancies
from tui.quotes.model import Analysis, Quote, Statement
from tui.quotes.speakers import link_speakers, speaker_names
from tui.quotes.features import Wordings
from tui.quotes.statements import (Record, SentenceRecord, group_statements, groups,
                                   quote_record, records_from_sentences)


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
    return records_and_wordings(corpus, quotes, tick)[0]


def records_and_wordings(corpus, quotes: Iterable[Quote],
                         tick: Callable[[], None] = lambda: None,
                         plans: Mapping[str, tuple] | None = None
                         ) -> tuple[list[Record], list[tuple | None]]:
    """`records_for`, and beside each record its wording (surface_key, content keys as a
    tuple) when an article's `plans` entry (see `record_plan`, made in the extraction pool)
    gives it, else None (grouping works it out). An article with a plan is not looked at
    again: its records are made from the plan, the same ones `source_records` makes."""
    by_source: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        by_source[quote.source_id].append(quote)
    plans = plans or {}
    # The key words of plans decoded article by article are one string each here, as the
    # wordings grouping works out share theirs (a quarter of a million records' keys,
    # a few million strings, would otherwise be as many copies).
    strings: dict[str, str] = {}
    share = strings.setdefault
    records: list[Record] = []
    wordings: list[tuple | None] = []
    for source in corpus.sources:
        tick()
        mine = by_source.get(source.id, [])
        plan = plans.get(source.id)
        if plan is None:
            found = source_records(source, mine)
            records += found
            wordings += [None] * len(found)
            continue
        positions, spans, worded = plan
        records += [quote_record(mine[n]) for n in positions]
        records += [SentenceRecord(source, start, end) for start, end in spans]
        wordings += [(surface, tuple(map(share, keys, keys))) for surface, keys in worded]
    return records, wordings


def source_records(source, quotes: Sequence[Quote]) -> list[Record]:
    """The records of one article (`quotes`: its quotations, in order): `records_for`'s."""
    return [record for _, record in _numbered_records(source, quotes)]


def _numbered_records(source, quotes: Sequence[Quote]) -> list[tuple[int, Record]]:
    """(position of its quotation in `quotes`, or -1 for a plain sentence, record) of each
    of the article's records, the quotations' first."""
    found = [(n, quote_record(q)) for n, q in enumerate(quotes) if groups(q)]
    found += [(-1, r) for r in records_from_sentences(source, quotes)]
    if source.languages and source.languages[0] == "ar":
        found = [(n, r) for n, r in found if _latin_share(r.text) < 0.5]
    return found


def record_plan(source, quotes: Sequence[Quote], wordings: Wordings) -> tuple:
    """An article's records as plain values, made where its quotations are extracted (a
    worker of the pool) and kept per file in the cache: (positions of the quotations that
    are records, (start, end) of the plain sentences that are, (surface_key, content keys)
    of each record in that order: quotations first, as `source_records` gives them). The
    quotations' speakers are not in it: they are linked across articles afterwards, and
    linking changes no quotation's kind, span or text, nor their order."""
    numbered = _numbered_records(source, quotes)
    return (tuple(n for n, _ in numbered if n >= 0),
            tuple((r.start, r.end) for n, r in numbered if n < 0),
            tuple((surface, tuple(keys))
                  for surface, keys in (wordings(r.text) for _, r in numbered)))


def group_records(corpus, quotes: list[Quote],
                  tick: Callable[[], None] = lambda: None,
                  plans: Mapping[str, tuple] | None = None) -> list[Statement]:
    """Statements of the corpus; `plans`: source id -> its `record_plan`, for the articles
    that have one (the others' records and wordings are worked out here)."""
    records, wordings = records_and_wordings(corpus, quotes, tick, plans)
    return group_statements(records, corpus.ids, speaker_names(quotes), tick,
                            wordings=wordings)


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
