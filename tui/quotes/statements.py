"""Grouping the quotations and reported sentences of all sources into statements.

Two records are the same statement when their wording is the same (verbatim), nearly the
same (spelling variants, truncation), or when they share most of their content words
(paraphrase: the outlets translate the same Russian or English words differently).

Scale: candidates come from an inverted index of content keys, and a key held by too many
records (a name everyone repeats) is not used to find candidates, so the work grows with the
number of records times the size of the small postings, not with its square. Only the
candidate pairs are scored with rapidfuzz.

Clusters grow from the best pair down, and two clusters join only when most of their cross
pairs match (no chaining through one shared phrase), never with two records of one source,
and never across two different known speakers unless the words themselves are near-verbatim
(then the statement carries an attribution conflict instead).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from tui.quotes.features import content_keys, surface_key
from tui.quotes.model import Member, Quote, Speaker, Statement

VERBATIM = 92.0
NEAR_VERBATIM = 75.0
CONTAINED = 90.0
PARAPHRASE_OVERLAP = 0.5
PARAPHRASE_DICE = 0.3
MAX_POSTING = 200
NAME_WEIGHT = 0.2


@dataclass(frozen=True, slots=True)
class Record:
    """One thing a source reports: a quotation, an indirect report or a plain sentence.

    `narration` records (sentences without a quotation) may join a statement but never
    start one: a statement is what someone said.
    """

    source_id: str
    start: int
    end: int
    text: str
    speaker: Speaker | None = None
    direct: bool = True
    quote_id: str | None = None
    narration: bool = False


def records_from_quotes(quotes: Iterable[Quote]) -> list[Record]:
    return [Record(q.source_id, q.start, q.end, q.text, q.speaker, q.direct, q.id)
            for q in quotes if q.kind == "statement" and q.inside is None]


def records_from_sentences(source, quotes: Sequence[Quote]) -> list[Record]:
    """The sentences of a source that hold no statement: they may join one as narration."""
    spans = [(q.start, q.end) for q in quotes if q.kind == "statement"
             and q.source_id == source.id]
    out = []
    for sentence in source.sentences:
        if any(a < sentence.end and sentence.start < b for a, b in spans):
            continue
        text = source.text[sentence.start:sentence.end]
        out.append(Record(source.id, sentence.start, sentence.end, text, None, False, None, True))
    return out


@dataclass(slots=True)
class _Prepared:
    record: Record
    keys: list[str]
    surface: str


class _Scorer:
    def __init__(self, prepared: list[_Prepared], names: frozenset[str] = frozenset()) -> None:
        df: Counter[str] = Counter()
        for item in prepared:
            df.update(set(item.keys))
        n = max(1, len(prepared))
        # A speaker's name says who, not what: two Putin quotes share "بوتين" and nothing else.
        self.idf = {k: math.log(1 + n / c) * (NAME_WEIGHT if k in names else 1.0)
                    for k, c in df.items()}
        self.items = prepared
        self.weights = [{k: self.idf[k] for k in set(p.keys)} for p in prepared]
        self.cache: dict[tuple[int, int], tuple[str, float] | None] = {}

    def score(self, i: int, j: int) -> tuple[str, float] | None:
        """(relation, score 0-100) if records i and j report the same words, else None."""
        key = (i, j) if i < j else (j, i)
        if key not in self.cache:
            self.cache[key] = self._score(*key)
        return self.cache[key]

    def _score(self, i: int, j: int) -> tuple[str, float] | None:
        a, b = self.items[i], self.items[j]
        if not a.keys or not b.keys:
            return None
        seq = fuzz.ratio(a.surface, b.surface)
        if seq >= VERBATIM:
            return "verbatim", round(seq, 1)
        short, long_ = (a, b) if len(a.surface) <= len(b.surface) else (b, a)
        if seq >= NEAR_VERBATIM:
            return "near-verbatim", round(seq, 1)
        if len(short.keys) >= 4:
            contained = fuzz.partial_ratio(short.surface, long_.surface)
            if contained >= CONTAINED:
                return "near-verbatim", round(contained, 1)
        wa, wb = self.weights[i], self.weights[j]
        shared = wa.keys() & wb.keys()
        if len(shared) < 2 and not (len(wa) <= 2 and len(wb) <= 2 and shared):
            return None
        w_shared = sum(wa[k] for k in shared)
        total_a, total_b = sum(wa.values()), sum(wb.values())
        overlap = w_shared / min(total_a, total_b)
        dice = 2 * w_shared / (total_a + total_b)
        if overlap >= PARAPHRASE_OVERLAP and dice >= PARAPHRASE_DICE:
            return "paraphrase", round(100 * (overlap + dice) / 2, 1)
        return None


def candidate_pairs(prepared: list[_Prepared]) -> set[tuple[int, int]]:
    """Pairs of records that share at least two usable content keys (or all of a short one's)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(prepared):
        for key in set(item.keys):
            postings[key].append(index)
    limit = max(MAX_POSTING, int(math.sqrt(len(prepared))))
    pairs: set[tuple[int, int]] = set()
    for index, item in enumerate(prepared):
        counts: Counter[int] = Counter()
        for key in set(item.keys):
            posting = postings[key]
            if len(posting) > limit:
                continue
            for other in posting:
                if other > index:
                    counts[other] += 1
        need_self = min(2, len(set(item.keys)))
        for other, shared in counts.items():
            if shared >= min(need_self, len(set(prepared[other].keys))):
                pairs.add((index, other))
    return pairs


def group_statements(records: Sequence[Record | Quote], source_ids: Sequence[str],
                     names: Iterable[str] = ()) -> list[Statement]:
    """Statements across sources, largest first; `source_ids` names every outlet."""
    recs = [r if isinstance(r, Record) else None for r in records]
    if any(r is None for r in recs):
        quotes = [r for r in records if isinstance(r, Quote)]
        recs = [r for r in records if isinstance(r, Record)] + records_from_quotes(quotes)
    items = [_Prepared(r, content_keys(r.text), surface_key(r.text)) for r in recs]
    scorer = _Scorer(items, frozenset(k for name in names for k in content_keys(name)))
    edges = []
    for i, j in candidate_pairs(items):
        if items[i].record.source_id == items[j].record.source_id:
            continue
        if items[i].record.narration and items[j].record.narration:
            continue
        result = scorer.score(i, j)
        if result is None:
            continue
        relation, value = result
        if _speakers_clash(items[i].record, items[j].record) and relation == "paraphrase":
            continue
        edges.append((value, i, j))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    cluster_of = list(range(len(items)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    for _value, i, j in edges:
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj or not _can_join(members[ci], members[cj], items, scorer):
            continue
        if len(members[ci]) < len(members[cj]):
            ci, cj = cj, ci
        for k in members[cj]:
            cluster_of[k] = ci
        members[ci].extend(members.pop(cj))
    groups = [sorted(m) for m in members.values()
              if any(not items[k].record.narration for k in m)]
    statements = [_statement(group, items, scorer, source_ids) for group in groups]
    statements.sort(key=lambda s: (-len(s.sources), _first_position(s, source_ids)))
    return [_renumber(s, n) for n, s in enumerate(statements, 1)]


def _speakers_clash(a: Record, b: Record) -> bool:
    return a.speaker is not None and b.speaker is not None and a.speaker.id != b.speaker.id


def _can_join(left: list[int], right: list[int], items: list[_Prepared], scorer: _Scorer) -> bool:
    left_sources = {items[k].record.source_id for k in left}
    if any(items[k].record.source_id in left_sources for k in right):
        return False
    matched = 0
    for a in left:
        for b in right:
            result = scorer.score(a, b)
            if result is None:
                continue
            if result[0] == "paraphrase" and _speakers_clash(items[a].record, items[b].record):
                continue
            matched += 1
    return matched * 2 >= len(left) * len(right)


def _statement(group: list[int], items: list[_Prepared], scorer: _Scorer,
               source_ids: Sequence[str]) -> Statement:
    # the representative: the direct quotation most like the others, longest on a tie
    def centrality(k: int) -> tuple:
        rec = items[k].record
        total = sum((scorer.score(k, o) or ("", 0.0))[1] for o in group if o != k)
        return (not rec.narration, rec.direct, total, len(rec.text))

    head = max(group, key=centrality)
    head_rec = items[head].record
    members = []
    for k in group:
        rec = items[k].record
        if k == head:
            relation, value = ("verbatim" if rec.direct else "indirect"), 100.0
        else:
            relation, value = scorer.score(head, k) or _best_link(k, group, scorer)
            if relation != "verbatim" and (not rec.direct or rec.narration) and head_rec.direct:
                relation = "indirect"
        members.append(Member(rec.source_id, rec.start, rec.end, rec.text, relation,  # type: ignore[arg-type]
                              value, rec.quote_id))
    order = {sid: n for n, sid in enumerate(source_ids)}
    members.sort(key=lambda m: (order.get(m.source_id, len(order)), m.start))
    speakers = Counter(items[k].record.speaker for k in group if items[k].record.speaker)
    speaker = speakers.most_common(1)[0][0] if speakers else None
    present = {m.source_id for m in members}
    conflicts = []
    if len(speakers) > 1:
        credited = "; ".join(
            f"{sp.label} ({', '.join(sorted({items[k].record.source_id for k in group if items[k].record.speaker == sp}))})"
            for sp in speakers)
        conflicts.append(f"the same words are credited to different speakers: {credited}")
    direct_sources = sorted({items[k].record.source_id for k in group
                             if items[k].record.direct and not items[k].record.narration})
    indirect_sources = sorted({items[k].record.source_id for k in group
                               if not items[k].record.direct and not items[k].record.narration}
                              - set(direct_sources))
    if direct_sources and indirect_sources:
        conflicts.append(f"quoted directly by {', '.join(direct_sources)} but only as indirect "
                         f"speech by {', '.join(indirect_sources)}")
    return Statement(
        id="", speaker=speaker, text=head_rec.text, members=tuple(members),
        missing_from=tuple(s for s in source_ids if s not in present),
        conflicts=tuple(conflicts))


def _best_link(k: int, group: list[int], scorer: _Scorer) -> tuple[str, float]:
    best = ("paraphrase", 0.0)
    for other in group:
        if other != k:
            result = scorer.score(k, other)
            if result is not None and result[1] > best[1]:
                best = result
    return best


def _first_position(statement: Statement, source_ids: Sequence[str]) -> tuple[int, int]:
    order = {sid: n for n, sid in enumerate(source_ids)}
    first = statement.members[0]
    return order.get(first.source_id, len(order)), first.start


def _renumber(statement: Statement, n: int) -> Statement:
    from dataclasses import replace
    return replace(statement, id=f"st{n}")
