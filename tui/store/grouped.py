"""Statements and discrepancies kept in the folder's cache beside the quotations they group.

Grouping statements across 10,000 articles takes tens of seconds, and a reopening whose
quotations all came from the cache would group them into the same statements again. The key
covers every file's quotation key and the code that groups and compares, so a changed, added
or removed file, or a changed rule, groups afresh; a cache that cannot be used is done without.
Rows are plain tuples, as for the quotations (see tui.store.codec).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from tui.store.cache import content_hash, kept

Groups = tuple[tuple, tuple]   # (statements, discrepancies)
_NAME = "statements"


def groups_key(quote_keys: Iterable[str]) -> str:
    return content_hash(_NAME, _rules_fingerprint(), *quote_keys)


def _rules_fingerprint() -> str:
    # The code that decides statements and discrepancies, byte for byte: a version number
    # bumped by hand would sooner or later be forgotten.
    import tui.quotes
    import tui.text.normalize

    files = sorted(Path(tui.quotes.__file__).parent.glob("*.py"))
    files.append(Path(tui.text.normalize.__file__))
    return content_hash(*(path.read_bytes() for path in files))


def cached_groups(opened, compute: Callable[[], Groups]) -> Groups:
    """(statements, discrepancies) for `opened`: from its folder's cache when they were
    grouped from the same quotations by the same code, else `compute()` (then stored)."""
    from tui.store.build import _cycle_collector_paused

    # A quarter of a million members and their rows, none in a cycle: with the collector
    # on, its full collections walked them again and again as they were made (1.4 s
    # instead of 0.8 s at 10,000 articles). Paused while they are read, as opening is.
    return kept(opened.cache_folder, _NAME, opened.groups_key, compute,
                decode=lambda row: decode_groups(row, tuple(opened.corpus.ids)),
                encode=lambda groups: encode_groups(*groups),
                reading=_cycle_collector_paused)


def encode_groups(statements: Iterable, discrepancies: Iterable) -> tuple:
    return (
        tuple((s.id, None if s.speaker is None else (s.speaker.id, s.speaker.label,
                                                     s.speaker.type, s.speaker.names), s.text,
               tuple((m.source_id, m.start, m.end, m.text, m.relation, m.score, m.quote_id,
                      m.direct) for m in s.members),
               tuple(s.conflicts))
              for s in statements),
        tuple((d.topic, tuple((c.source_id, c.start, c.end, c.text, c.value)
                              for c in d.claims))
              for d in discrepancies),
    )


def decode_groups(row: tuple, source_ids: tuple[str, ...]) -> Groups:
    """The statements and discrepancies of a row; `source_ids`: the corpus's, in order
    (a statement is missing from those its members are not from: not stored, as a list
    per statement grew as sources × statements)."""
    from tui.quotes.model import Claim, Discrepancy, Member, Speaker, Statement
    from tui.quotes.statements import Absent

    statement_rows, discrepancy_rows = row
    speakers: dict[tuple, Speaker] = {}
    statements = []
    for sid, pair, text, members, conflicts in statement_rows:
        members = tuple(Member(*member) for member in members)
        statements.append(Statement(
            sid, None if pair is None else speakers.setdefault(pair, Speaker(*pair)), text,
            members, Absent(source_ids, frozenset(m.source_id for m in members)), conflicts))
    # A real archive's 680,981 claims say 22,178 different things (خمس ساعات, "5 h"): one
    # string each, shared, rather than two new ones per claim (about 80 MB).
    words: dict[str, str] = {}
    share = words.setdefault
    discrepancies = tuple(
        Discrepancy(topic, tuple(Claim(source, start, end, share(text, text),
                                       share(value, value))
                                 for source, start, end, text, value in claims))
        for topic, claims in discrepancy_rows)
    return tuple(statements), discrepancies
