"""Statements and discrepancies kept in the folder's cache beside the quotations they group.

Grouping statements across 10,000 articles takes tens of seconds, and a reopening whose
quotations all came from the cache would group them into the same statements again. The key
covers every file's quotation key and the code that groups and compares, so a changed, added
or removed file, or a changed rule, groups afresh; a cache that cannot be used is done without.
Statements and discrepancies are two rows under that key: `statements` and `search` need only
the first (comparing facts is as long as grouping, and its 680,981 claims on a real archive
take memory they do not use), and the app, opening later, then compares facts alone.
Rows are plain tuples, as for the quotations (see tui.store.codec).
"""

from __future__ import annotations

import functools
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path

from tui.store.cache import MISSING, content_hash, keep, read_kept

Groups = tuple[tuple, tuple]   # (statements, discrepancies)
_STATEMENTS, _DISCREPANCIES = "statements", "discrepancies"
# How the rows are laid out: rows of another layout are never read as these.
_LAYOUT = "3"   # 3: a discrepancy's claims as columns


def groups_key(quote_keys: Iterable[str]) -> str:
    return content_hash(_STATEMENTS, _LAYOUT, _rules_fingerprint(), *quote_keys)


def records_key(quote_key: str) -> str:
    """The key of a file's record plans (tui.quotes.analysis.record_plan) in the cache's
    `records` table: its quotations' key and the code that makes records and wordings
    (the same fingerprint as the statements')."""
    return content_hash("records", quote_key, _rules_fingerprint())


def facts_key(quote_key: str) -> str:
    """The key of a file's articles' facts (tui.quotes.discrepancies.article_facts) in the
    cache's `facts` table: its quotations' key (which holds its content's) and the code that
    compares facts (the same fingerprint as the statements')."""
    return content_hash("facts", quote_key, _rules_fingerprint())


def discrepancies_kept(cache, key: str | None) -> bool:
    """Whether `cache` (open) holds the discrepancies under `key`: then no article's facts
    are needed."""
    return key is not None and cache.keys("whole").get(_DISCREPANCIES) == key


def groups_kept(cache, key: str | None) -> bool:
    """Whether `cache` (open) holds the statements under `key`: then no record is grouped
    (unless that row turns out unreadable, when they are worked out afresh)."""
    return key is not None and cache.keys("whole").get(_STATEMENTS) == key


@functools.cache
def _rules_fingerprint() -> str:
    # The code that decides statements and discrepancies, byte for byte: a version number
    # bumped by hand would sooner or later be forgotten.
    import tui.quotes
    import tui.text.normalize

    files = sorted(Path(tui.quotes.__file__).parent.glob("*.py"))
    files.append(Path(tui.text.normalize.__file__))
    return content_hash(*(path.read_bytes() for path in files))


def cached_groups(opened, compute: Callable[[tuple | None, bool], tuple],
                  facts: bool = True) -> Groups:
    """(statements, discrepancies) for `opened`, each from its folder's cache when it was
    made from the same quotations by the same code, else computed (then stored):
    `compute(statements, facts)` gives (statements, discrepancies), grouping only when it is
    not given the statements (None) and comparing facts only when `facts`. Without `facts`
    the discrepancies are () and neither read nor computed."""
    from tui.store.build import _cycle_collector_paused

    folder, key = opened.cache_folder, opened.groups_key
    ids = tuple(opened.corpus.ids)
    # A quarter of a million members and their rows, none in a cycle: with the collector
    # on, its full collections walked them again and again as they were made (1.4 s
    # instead of 0.8 s at 10,000 articles). Paused while they are read, as opening is.
    statements = read_kept(folder, _STATEMENTS, key,
                           lambda row: decode_statements(row, ids, opened.quotes),
                           _cycle_collector_paused)
    discrepancies = read_kept(folder, _DISCREPANCIES, key, decode_discrepancies,
                              _cycle_collector_paused) if facts else ()
    if statements is not MISSING and discrepancies is not MISSING:
        return statements, discrepancies
    made, compared = compute(None if statements is MISSING else statements,
                             discrepancies is MISSING)
    if statements is MISSING:
        statements = tuple(made)
        keep(folder, _STATEMENTS, key, lambda: encode_statements(statements))
    if discrepancies is MISSING:
        discrepancies = tuple(compared)
        keep(folder, _DISCREPANCIES, key, lambda: encode_discrepancies(discrepancies))
    return statements, discrepancies


def encode_statements(statements: Iterable) -> tuple:
    return tuple((s.id, None if s.speaker is None else (s.speaker.id, s.speaker.label,
                                                        s.speaker.type, s.speaker.names),
                  s.text,
                  tuple((m.source_id, m.start, m.end, m.text, m.relation, m.score,
                         m.quote_id, m.direct) for m in s.members),
                  tuple(s.conflicts))
                 for s in statements)


def encode_discrepancies(discrepancies: Iterable) -> tuple:
    """A discrepancy's claims as columns: their source ids, texts and values (each
    distinct string once in the pickle) and their offsets as packed ints. A real archive's
    680,981 claims as a tuple each were 150 MB of objects while their row was read back,
    the peak of a warm open."""
    strings: dict[str, str] = {}
    share = strings.setdefault
    rows = []
    for d in discrepancies:
        claims = d.claims
        rows.append((d.topic, tuple(share(c.source_id, c.source_id) for c in claims),
                     array(_OFFSET, [c.start for c in claims]).tobytes(),
                     array(_OFFSET, [c.end for c in claims]).tobytes(),
                     tuple(share(c.text, c.text) for c in claims),
                     tuple(share(c.value, c.value) for c in claims)))
    return tuple(rows)


_OFFSET = "q"   # a claim's offsets, packed


def decode_statements(statement_rows: tuple, source_ids: tuple[str, ...],
                      quotes: Iterable = ()) -> tuple:
    """The statements of a row; `source_ids`: the corpus's, in order (a statement is
    missing from those its members are not from: not stored, as a list per statement grew
    as sources × statements). `quotes`: the corpus's quotations, whose strings the members
    that are quotations share (see `_shared_member`)."""
    from tui.quotes.model import Member, Speaker, Statement
    from tui.quotes.statements import Absent

    by_id = {quote.id: quote for quote in quotes}
    speakers: dict[tuple, Speaker] = {}
    # The sets of sources statements come from, one object per set (a real archive's
    # 60,308 statements have 22,789 different ones).
    present: dict[frozenset, frozenset] = {}
    statements = []
    for sid, pair, text, members, conflicts in statement_rows:
        members = tuple(Member(*_shared_member(member, by_id)) for member in members)
        # (the statement's text is one of its members', as grouping gives it: that one's)
        text = next((m.text for m in members if m.text == text), text)
        sources = frozenset(m.source_id for m in members)
        statements.append(Statement(
            sid, None if pair is None else speakers.setdefault(pair, Speaker(*pair)), text,
            members, Absent(source_ids, present.setdefault(sources, sources)), conflicts))
    return tuple(statements)


# Where a member row (see encode_statements) holds its text and its quotation's id.
_MEMBER_TEXT, _MEMBER_QUOTE = 3, 6


def _shared_member(row: tuple, quotes: dict) -> tuple:
    """A member row whose quotation is in `quotes` (id -> Quote), with that quotation's id
    and, when equal, its text: the same strings, not equal copies unpickled beside them (a
    real archive's 99,732 such members held 46 MB of copies). Equal values, so the Member
    made from it is equal to the one made from `row`."""
    quote = quotes.get(row[_MEMBER_QUOTE])
    if quote is None:
        return row
    row = list(row)
    row[_MEMBER_QUOTE] = quote.id
    if row[_MEMBER_TEXT] == quote.text:
        row[_MEMBER_TEXT] = quote.text
    return row


def decode_discrepancies(discrepancy_rows: tuple) -> tuple:
    """The discrepancies of a row (`encode_discrepancies`). A real archive's 680,981
    claims say 22,178 different things (خمس ساعات, "5 h"): the row holds each string
    once, and so do the claims read from it."""
    from tui.quotes.model import Claim, Discrepancy

    out = []
    for topic, sources, starts, ends, texts, values in discrepancy_rows:
        starts, ends = _offsets(starts), _offsets(ends)
        if not len(sources) == len(starts) == len(ends) == len(texts) == len(values):
            raise ValueError("a discrepancy's claim columns differ in length")
        out.append(Discrepancy(topic, tuple(map(Claim, sources, starts, ends, texts,
                                                values))))
    return tuple(out)


def _offsets(packed: bytes) -> array:
    found = array(_OFFSET)
    found.frombytes(packed)
    return found
