"""Search hits as rows: one row per thing said, however many articles carry it.

The index already gives one hit for the copies of a text (the same words after
normalising); a row also joins the hits that are members of one statement (the same words
reworded, or reported, by other outlets: tui.quotes.Statement). Each row knows how many
articles carry it and can list its members: every copy and every statement member.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

MEMBERS_SHOWN = 200   # members listed when a row is opened; the rest are counted


class HitRow:
    """One row of results: `hits` (best first: hits[0] is what the row shows), the
    statement they belong to, and the articles carrying it (its copies' and its
    statement's members'), counted at once and listed in corpus order when asked."""

    __slots__ = ("hits", "statement", "_sources", "_order", "_listed")

    def __init__(self, hits: tuple, statement: object | None = None,
                 sources: frozenset[str] | tuple[str, ...] = (),
                 order: Mapping[str, int] | None = None) -> None:
        self.hits = tuple(hits)
        self.statement = statement
        self._sources = frozenset(sources)
        self._order = order or {}
        self._listed: tuple[str, ...] | None = tuple(sources) if isinstance(sources, tuple) \
            else None

    @property
    def hit(self):
        return self.hits[0]

    @property
    def articles(self) -> int:
        return len(self._sources)

    @property
    def sources(self) -> tuple[str, ...]:
        """Every article carrying it, in corpus order."""
        if self._listed is None:
            order = self._order
            self._listed = tuple(sorted(self._sources, key=lambda s: (order.get(s, len(order)),
                                                                      s)))
        return self._listed

    def first_sources(self, count: int) -> list[str]:
        """The first `count` articles carrying it, in corpus order (without ordering all)."""
        if self._listed is not None or len(self._sources) <= 4 * count:
            return list(self.sources[:count])
        order = self._order
        return heapq.nsmallest(count, self._sources,
                               key=lambda s: (order.get(s, len(order)), s))

    def outlet_count(self, outlets: Mapping[str, str]) -> int:
        """How many different outlets carry it (`outlets`: source id -> label)."""
        return len({outlets.get(s, s) for s in self._sources})

    @property
    def statement_id(self) -> str | None:
        return getattr(self.statement, "id", None)

    @property
    def copies(self) -> int:
        return sum(hit.copies for hit in self.hits)

    def __repr__(self) -> str:
        return f"HitRow({self.hit.record.id}, {self.statement_id}, {self.articles} articles)"


@dataclass(frozen=True, slots=True)
class RowMember:
    """One article's version of a row: a copy of the hit's words or a statement member."""

    source_id: str
    start: int
    end: int
    text: str
    relation: str          # "same words", or a statement member's relation
    direct: bool | None    # quoted directly / reported; None for a sentence
    speaker: object | None = None
    quote_id: str | None = None


def collapse(hits: Sequence, index, statement_of: Mapping[str, object],
             order: Mapping[str, int]) -> list[HitRow]:
    """Rows for `hits` (ranked): hits of one statement (`statement_of`: quote id ->
    statement) share a row, at the place of the best of them. `order`: source id -> its
    place in the corpus."""
    rows: list[list] = []
    where: dict[str, int] = {}
    for hit in hits:
        statement = statement_of.get(hit.record.id) if hit.record.kind == "quote" else None
        key = getattr(statement, "id", None)
        if key is not None and key in where:
            rows[where[key]][0].append(hit)
            continue
        if key is not None:
            where[key] = len(rows)
        rows.append([[hit], statement])
    out = []
    for found, statement in rows:
        sources: frozenset[str] = frozenset()
        if statement is not None:
            sources = frozenset(index.statement_sources(statement)
                                if hasattr(index, "statement_sources")
                                else (m.source_id for m in statement.members))
        for hit in found:
            copies = index.copy_sources(hit)
            if not sources.issuperset(copies):
                sources = sources.union(copies)
        out.append(HitRow(tuple(found), statement, sources, order))
    return out


def members(row: HitRow, index, limit: int = MEMBERS_SHOWN) -> tuple[list[RowMember], int]:
    """The row's members, at most `limit` (its hits' copies first, then the statement's
    other members), and how many more there are."""
    listed: list[RowMember] = []
    seen: set[tuple[str, int]] = set()
    total = 0
    member_of = {}
    if row.statement is not None:
        member_of = {(m.source_id, m.start): m for m in row.statement.members}
    for hit in row.hits:
        total += hit.copies
        room = max(0, limit - len(listed))
        for record in index.copies(hit, limit=room or 1)[:room]:
            seen.add((record.source_id, record.start))
            quote = index.quote_of(record) if record.kind == "quote" else None
            member = member_of.get((record.source_id, record.start))
            if member is not None:
                relation, direct = member.relation, member.direct
            else:
                relation = "same words"
                direct = getattr(quote, "direct", None) if record.kind == "quote" else None
            listed.append(RowMember(record.source_id, record.start, record.end, record.text,
                                    relation, direct, getattr(quote, "speaker", None),
                                    record.id if record.kind == "quote" else None))
    if row.statement is not None:
        for m in row.statement.members:
            if (m.source_id, m.start) in seen:
                continue
            total += 1
            if len(listed) < limit:
                quote_speaker = None
                if m.quote_id is not None:
                    quote_speaker = getattr(index.quote(m.quote_id), "speaker", None)
                listed.append(RowMember(m.source_id, m.start, m.end, m.text, m.relation,
                                        m.direct, quote_speaker or row.statement.speaker,
                                        m.quote_id))
    return listed, max(0, total - len(listed))
