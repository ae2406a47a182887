"""Grouping the quotations and reported sentences of all sources into statements.

Two records are the same statement when their wording is the same (verbatim), nearly the
same (spelling variants, truncation), or when they share most of their content words
(paraphrase: the outlets translate the same Russian or English words differently).

Scale (10,000 articles, ~250,000 records):
- records with the same wording (by variant keys) are one node: agency copy reprinted by a
  hundred outlets costs one comparison, not ten thousand;
- candidates come from an inverted index of content keys and key bigrams, probing only each
  node's rarest keys, and a key held by too many nodes (a name everyone repeats) is not used,
  so the work grows with the number of nodes times small postings, not with its square;
- only candidate pairs are scored with rapidfuzz; cluster checks and the choice of a
  statement's head look at a bounded sample of each cluster.

Clusters grow from the best pair down, and two clusters join only when most of their sampled
cross pairs match (no chaining through one shared phrase), not when they hold two different
wordings from one source (unless near-verbatim, or one is that article's headline "فلان: …"
joining the statement of its body it sums up), and never across two different known
speakers unless the words are near-verbatim (then the statement carries an attribution
conflict instead). One body under two names ("هيئة كبار العلماء", "الأمانة العامة لهيئة كبار
العلماء"), or a state and its capital ("مملكة البحرين", "المنامة"), is one speaker.
"""

from __future__ import annotations

import math
import mmap
import re
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from itertools import accumulate, combinations, compress, count, filterfalse, islice, repeat
from operator import invert, lshift, or_, sub
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz

from tui.memory import release_freed_memory
from tui.quotes.features import Wordings, content_keys
from tui.text.normalize import normalize_text
from tui.quotes.model import Member, Quote, Speaker, Statement

VERBATIM = 92.0
NEAR_VERBATIM = 75.0
CONTAINED = 90.0
CONTAINED_KEYS = 0.5     # share of a short text's keys a longer one must hold to contain it
PARAPHRASE_OVERLAP = 0.5
PARAPHRASE_DICE = 0.3
# The same speaker on the same words, reworded by another outlet, shares fewer of them.
SAME_SPEAKER_OVERLAP = 0.35
SAME_SPEAKER_DICE = 0.25
MAX_POSTING = 100
FALLBACK_PROBES = 3
SAMPLE = 6               # nodes of a cluster compared when two clusters may join
NAME_WEIGHT = 0.2
NARRATION_PARAPHRASE = 55.0
RESTATED = 55.0          # two wordings by one speaker in one article that join one statement
# A short wording whose words a longer one of the same speaker holds nearly all of (weighed
# as `compare` weighs them), two runs of them in the same order: a headline or a summary of
# part of a long quotation ("التفجير جرم عظيم وعدوان كبير يستهدف رجال الأمن" in a
# quotation of 120 words), which shares too few of the long one's words for a paraphrase.
SUMMARY_OVERLAP = 0.85
# Content words the short one has at least: fewer make a stock phrase a prolific speaker
# repeats from day to day ("خسائر بشرية في صفوف قوات النظام"), not a summary of one quotation.
SUMMARY_KEYS = 7
SUMMARY_RUNS = 2         # consecutive key pairs both hold


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
    # A headline "فلان: …": the article's own short form of a statement its body reports.
    headline: bool = False


def records_from_quotes(quotes: Iterable[Quote]) -> list[Record]:
    return [quote_record(q) for q in quotes if groups(q)]


def groups(quote: Quote) -> bool:
    """Does a quotation take part in grouping (a statement, not one inside another)?"""
    return quote.kind == "statement" and quote.inside is None


def quote_record(quote: Quote) -> Record:
    return Record(quote.source_id, quote.start, quote.end, quote.text, quote.speaker,
                  quote.direct, quote.id, headline=quote.form == "headline")


def records_from_sentences(source, quotes: Sequence[Quote]) -> list[Record]:
    """The sentences of a source that hold no statement: they may join one as narration."""
    spans = [(q.start, q.end) for q in quotes if q.kind == "statement"
             and q.source_id == source.id]
    out = []
    for sentence in source.sentences:
        if any(a < sentence.end and sentence.start < b for a, b in spans):
            continue
        out.append(SentenceRecord(source, sentence.start, sentence.end))
    return out


class SentenceRecord(Record):
    """A plain sentence as a Record (narration, said by no one), its text sliced from its
    source's when read rather than kept: the sentences of a real archive were 87 MB of
    copies beside the sources' own texts while statements were grouped."""

    __slots__ = ("_source",)

    def __init__(self, source, start: int, end: int) -> None:
        # the base's fields but its text (frozen: set as its own __init__ would)
        for name, value in (("source_id", source.id), ("start", start), ("end", end),
                            ("speaker", None), ("direct", False), ("quote_id", None),
                            ("narration", True), ("headline", False), ("_source", source)):
            object.__setattr__(self, name, value)

    @property
    def text(self) -> str:      # type: ignore[override]
        return self._source.text[self.start:self.end]


@dataclass(slots=True)
class _Node:
    """Records that share one wording."""

    records: list[Record]
    keys: tuple[str, ...]
    surface: str
    sources: frozenset[str]
    speakers: frozenset[str]
    narration: bool             # every record is narration


# How many nodes' sets of keys the scorer keeps at hand (see `_Scorer.key_set`).
_KEY_SETS = 4096


class _Scorer:
    def __init__(self, nodes: list[_Node], names: frozenset[str] = frozenset()) -> None:
        df: Counter[str] = Counter()
        for node in nodes:
            df.update(set(node.keys))
        n = max(1, len(nodes))
        # A speaker's name says who, not what: two Putin quotes share "بوتين" and nothing else.
        self.idf = {k: math.log(1 + n / c) * (NAME_WEIGHT if k in names else 1.0)
                    for k, c in df.items()}
        self.nodes = nodes
        # Each node's weight in all, summed as `compare` summed it (over the node's set of
        # keys, in that set's order, so the float is the same to the last bit): made once
        # here instead of at every pair that reaches the paraphrase test.
        idf = self.idf
        self.totals = array("d", (sum(map(idf.__getitem__, set(node.keys)))
                                  for node in nodes))
        # Each node's set of keys is made when a pair reaches the paraphrase test, not kept
        # for every node (a dict of weights per node was a quarter of a gigabyte at 200,000
        # nodes); the last few stay at hand, as pairs come node by node.
        self._sets: dict[int, set[str]] = {}
        self.cache: dict[tuple[int, int], tuple[str, float] | None] = {}

    def key_set(self, i: int) -> set[str]:
        """Node i's keys as a set (made from its tuple alone, so its order is always the
        same)."""
        found = self._sets.get(i)
        if found is None:
            if len(self._sets) > _KEY_SETS:
                self._sets.clear()
            found = self._sets[i] = set(self.nodes[i].keys)
        return found

    def score(self, i: int, j: int) -> tuple[str, float] | None:
        """(relation, score 0-100) if nodes i and j report the same words, else None."""
        if i == j:
            return "verbatim", 100.0
        key = (i, j) if i < j else (j, i)
        if key not in self.cache:
            self.cache[key] = self.compare(*key)
        return self.cache[key]

    def compare(self, i: int, j: int) -> tuple[str, float] | None:
        """`score` without keeping the answer: for the candidate pairs, scored once each."""
        a, b = self.nodes[i], self.nodes[j]
        if not a.keys or not b.keys:
            return None
        # The cut-offs let rapidfuzz stop early; a score under one is 0 and takes the same
        # branch below as its exact value would.
        seq = fuzz.ratio(a.surface, b.surface, score_cutoff=NEAR_VERBATIM)
        if seq >= VERBATIM:
            return "verbatim", round(seq, 1)
        short, long_ = (a, b) if len(a.surface) <= len(b.surface) else (b, a)
        if seq >= NEAR_VERBATIM:
            return "near-verbatim", round(seq, 1)
        ka, kb = self.key_set(i), self.key_set(j)
        # The keys both hold, as a set made by walking the smaller one (the right one on a
        # tie) in its order, which also fixes the order their weights are summed in below.
        shared = ka & kb
        # A short text inside a long one shares most of its words with it: without half of
        # them, its characters cannot line up nine in ten (and partial_ratio, the costliest
        # step, is most of scoring a real archive's candidates).
        if len(short.keys) >= 4 and len(shared) >= CONTAINED_KEYS * len(
                ka if short is a else kb):
            contained = fuzz.partial_ratio(short.surface, long_.surface, score_cutoff=CONTAINED)
            if contained >= CONTAINED:
                return "near-verbatim", round(contained, 1)
        if len(shared) < 2 and not (len(ka) <= 2 and len(kb) <= 2 and shared):
            return None
        w_shared = sum(map(self.idf.__getitem__, shared))
        total_a, total_b = self.totals[i], self.totals[j]
        overlap = w_shared / min(total_a, total_b)
        dice = 2 * w_shared / (total_a + total_b)
        if overlap >= PARAPHRASE_OVERLAP and dice >= PARAPHRASE_DICE:
            return "paraphrase", round(100 * (overlap + dice) / 2, 1)
        if overlap >= SAME_SPEAKER_OVERLAP and dice >= SAME_SPEAKER_DICE \
                or overlap >= SUMMARY_OVERLAP and _summarises(short.keys, long_.keys):
            # (a loose relation: it joins only what one known speaker said in both)
            return "loose", round(100 * (overlap + dice) / 2, 1)
        return None


def _summarises(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Does a short wording, most of whose words a long one holds, keep enough of them, two
    runs at least in the long one's order? (Asked of the few pairs that reach it.)"""
    if len(short) < SUMMARY_KEYS:
        return False
    runs = set(zip(short, short[1:]))
    return len(runs.intersection(zip(long_, long_[1:]))) >= SUMMARY_RUNS


def _features(keys: list[str]) -> set[str]:
    """Blocking features: content keys and consecutive key pairs (rarer, so more usable)."""
    return set(keys) | {f"{a} {b}" for a, b in zip(keys, keys[1:])}


# What one node may read of other nodes' postings when it looks for candidates, rarest
# feature first: a node made only of common words (a stock phrase repeated ten thousand
# times) costs this much and no more. Far above what a folder of hundreds of articles
# reaches, so there every usable feature is read, as before.
PROBE_BUDGET = 1500


def candidate_pairs(nodes: list, limit: int | None = None,
                    tick: Callable[[], None] = lambda: None) -> set[tuple[int, int]]:
    """Pairs of nodes worth scoring (see `_packed_pairs`)."""
    return {(pair >> 32, pair & 0xFFFFFFFF) for pair in _packed_pairs(nodes, limit, tick)}


def _packed_pairs(nodes: list, limit: int | None = None,
                  tick: Callable[[], None] = lambda: None) -> array:
    """Pairs of nodes worth scoring: they share a usable feature among their rarest ones,
    and at least one of them is not narration (two plain sentences never make a statement).
    One sorted array of packed pairs (i << 32 | j, i < j), each once.

    Features are numbered (a key pair is one int), and only those that two nodes share are
    kept, as `_Postings`: the postings of a quarter of a million nodes' features, as
    strings and then as lists of ints, were most of the memory grouping took. Only the
    nodes that can start a statement look for partners; every node is looked up."""
    if limit is None:
        limit = MAX_POSTING
    postings = _Postings(nodes, tick)
    features, alone, original = postings.features, postings.alone, postings.original
    unigrams = [len(set(node.keys)) for node in nodes]
    words = postings.words

    def name(feat: int) -> str:
        """A shared feature as its words (ties between equally common ones go by them)."""
        feat = original[feat]
        if feat >= 0:
            return words[feat]
        pair = -1 - feat
        return f"{words[pair >> 32]} {words[pair & 0xFFFFFFFF]}"

    start, holding = postings.start, postings.holding
    # How many nodes hold each feature, read for every feature of every node below: one
    # array made once, rather than a dict of them made anew for each node (a fifth of
    # the probing). `rare(n)`: n holders are few enough to probe them all.
    length = array("q", map(sub, islice(start, 1, None), start)).__getitem__
    rare, common = limit.__ge__, limit.__lt__

    def probe(part: int, parts: int, tick: Callable[[], None]) -> array:
        """The pairs found from the side of the nodes of this part (see `_blocks`), packed
        (i << 32 | j, i < j); a pair found from both its nodes' sides is there twice."""
        found = array("q")
        for index in _blocks(part, parts, len(nodes), 1024):
            if not index & 255:
                tick()
            feats = features[index]
            narration = nodes[index].narration
            if not feats:
                continue
            # (ties keep the order of the node's features: sorted is stable)
            usable = sorted(compress(feats, map(rare, map(length, feats))), key=length)
            fallback = len(usable) + alone[index] < FALLBACK_PROBES
            if narration and not fallback:
                # its pairs with statements are found from their side, counting the same
                # features; a plain sentence that falls back on common features counts those
                # too, which their side would not
                continue
            if fallback:
                # every feature is common (a sentence reprinted with small changes hundreds
                # of times): probe its rarest ones anyway, but only the first `limit`
                # holders, which is enough to tie each variant to the earliest ones
                usable += sorted(compress(feats, map(common, map(length, feats))),
                                 key=lambda f: (length(f), name(f)))[
                    :FALLBACK_PROBES - len(usable) - alone[index]]
            counts: Counter[int] = Counter()
            budget = PROBE_BUDGET
            for feat in usable:
                first = start[feat]
                holders = holding[first:min(first + limit, start[feat + 1])]
                counts.update(holders)
                budget -= len(holders)
                if budget <= 0:
                    break
            counts.pop(index, None)
            short = unigrams[index] <= 2
            for other, shared in counts.items():
                if narration and nodes[other].narration:
                    continue
                # one shared rare feature is enough for short texts; longer ones need two
                if shared >= 2 or short or unigrams[other] <= 2:
                    found.append(index << 32 | other if index < other else other << 32 | index)
        return found

    return _sorted_once(_in_parts(probe, len(nodes) >= SPLIT_NODES, tick), len(nodes))


class _Postings:
    """The blocking features nodes share, and which nodes hold each, in flat arrays.

    Features are numbered 0..F-1 (even features first, see `_shared_features`: a number
    only labels a feature's postings, and no answer depends on it); `features[n]` are node
    n's, in the order its set of them had (ties in rarity are taken in it, as they were when
    these were sets), `alone[n]` how many of its features no other node has. The holders
    of feature f are `holding[start[f]:start[f + 1]]`, node numbers ascending (compressed
    sparse rows: a list of ints per feature took about a quarter of a gigabyte on a real
    archive's 6.5 million postings, these arrays 30 MB; `holding` is an int array, or the
    same ints in a memoryview when two processes made it, see `_holders`). `original[f]` is f as it was
    numbered before (a word's number in `words`, or -1 - (a << 32 | b) for the pair a b)."""

    def __init__(self, nodes: list, tick: Callable[[], None] = lambda: None) -> None:
        # Words numbered in the order first met (the numbers decide the features' set
        # orders, and so which of two equally rare ones is probed first). The loops below
        # are maps over C built-ins rather than Python expressions per feature: a real
        # archive's eight million features cost seconds of one core a step.
        ids: defaultdict[str, int] = defaultdict(count().__next__)
        number = ids.__getitem__
        # Every node's features, one after another in one array, each node's in its set's
        # order (`sizes[n]` of them): the sets of every node at once, and then an array
        # each, were most of the memory grouping a real archive took.
        flat = array("q")
        sizes = array("i")
        for index, node in enumerate(nodes):
            if not index & 4095:
                tick()
            kid = list(map(number, node.keys))
            feats = set(kid)
            # the pair a b as -1 - (a << 32 | b), which is ~(a << 32 | b)
            feats.update(map(invert, map(or_, map(lshift, kid, repeat(32)), kid[1:])))
            flat.extend(feats)
            sizes.append(len(feats))
        self.words = list(ids)
        del ids, number
        # From SPLIT_NODES nodes, counting the features and finding each node's shared ones
        # are each shared with a fork, as the candidate search is (they were 6 s of this
        # process alone on a real archive, the other core mostly idle or comparing facts,
        # which is waited for only at the end).
        split = len(nodes) >= SPLIT_NODES
        # The shared features (held by more than one node), numbered anew in the order
        # `_shared_features` gives them, and where each one's holders start in `holding`
        # (its count after the counts of those before it).
        original, shared = _shared_features(flat, tick, split)
        start = array("q", accumulate(map(shared.__getitem__, original), initial=0))
        shared.update(zip(original, count()))     # each shared feature -> its new number
        # Each node's shared features, node after node in one array (an array each was
        # 64 bytes of header and a block of its own, a quarter of a million times): the
        # rows of the nodes of each part (see `_node_parts`), joined in the nodes' order.
        offsets = array("q", accumulate(sizes, initial=0))
        parts = _in_parts(lambda part, parts, tick: _shared_rows(flat, offsets, shared, part,
                                                                 parts, tick), split, tick)
        every, lengths, alone = parts[0]
        for more, more_lengths, more_alone in parts[1:]:
            every.extend(more)
            lengths.extend(more_lengths)
            alone.extend(more_alone)
        ends = array("q", accumulate(lengths, initial=0))
        del parts, lengths, offsets
        del flat, sizes, shared
        holding = _holders(every, ends, start, split, tick)
        self.features, self.alone, self.original = _Rows(every, ends), alone, original
        self.start, self.holding = start, holding


def _holders(every: array, ends: array, start: array, split: bool = False,
             tick: Callable[[], None] = lambda: None) -> array | memoryview:
    """The holders' table of `_Postings`: the nodes holding feature f, ascending, at
    [start[f], start[f + 1]) (`every`, `ends`: each node's shared features, one node's
    after another, and where each node's end). With `split`, the nodes of the second of two
    parts (see `_node_parts`) are placed by a fork meanwhile (2 s of this process alone on
    a real archive, the other core mostly idle), into the same memory: an anonymous shared
    map, which both processes write (each its own holders' places, so no place twice) and
    no answer needs to be sent back. Its ints, read as a memoryview, are those of the
    array one process makes."""
    if not split or not start[-1]:
        holding = array("i", bytes(4 * start[-1]))
        _place_holders(holding, every, ends, start, 0, 1, tick)
        return holding
    # (MAP_SHARED and anonymous: the fork's writes land in these pages, not copies of them)
    holding = memoryview(mmap.mmap(-1, 4 * start[-1])).cast("i")
    _in_parts(lambda part, parts, tick: _place_holders(holding, every, ends, start, part,
                                                       parts, tick), True, tick)
    return holding


def _place_holders(holding, every: array, ends: array, start: array, part: int, parts: int,
                   tick: Callable[[], None]) -> None:
    """Write into `holding` the holders among the nodes of this part (see `_holders`): the
    first part's from the start of each feature's run forward, the second's (of two) from
    its end backward, its nodes taken last first. The two meet where the first part's
    holders end, and neither needs to count the other's (each feature's run holds both)."""
    first, last = _node_parts(ends, part, parts)
    if part == 0:
        at = start.tolist()         # where each feature's next holder goes (a list reads faster)
        for index in range(first, last):
            if not index & 4095:
                tick()
            for feat in every[ends[index]:ends[index + 1]]:
                holding[at[feat]] = index
                at[feat] += 1
        return
    after = start[1:].tolist()      # where each feature's run ends, and then its next holder
    for index in range(last - 1, first - 1, -1):
        if not index & 4095:
            tick()
        for feat in every[ends[index]:ends[index + 1]]:
            after[feat] -= 1
            holding[after[feat]] = index


class _Rows(Sequence):
    """Row n of a table kept as one array of items and where each row ends: items[ends[n]
    :ends[n + 1]], as an array of its own when read."""

    __slots__ = ("_items", "_ends")

    def __init__(self, items: array, ends: array) -> None:
        self._items, self._ends = items, ends

    def __len__(self) -> int:
        return len(self._ends) - 1

    def __getitem__(self, n: int) -> array:
        if not 0 <= n < len(self._ends) - 1:
            raise IndexError(n)
        return self._items[self._ends[n]:self._ends[n + 1]]


def _shared_features(flat: array, tick: Callable[[], None] = lambda: None,
                     split: bool = False) -> tuple[array, dict[int, int]]:
    """The features held more than once in `flat`, and how many times each is held: the
    even features in the order first met there, then the odd ones. Counted in two halves
    (even features, then odd ones): a real archive's 1.4 million distinct features in one
    dict of counts were 130 MB, and fewer than half of them are shared. With `split`, the
    odd half is counted in a fork meanwhile (see `_in_parts`); its answer is the same.

    Each half's shared features come in the order first met in that half (a Counter keeps
    it), so no further pass is needed: putting both halves in the order first met in
    `flat` took one more pass over its 7.4 million features, 3 s of a real archive, and that
    order decided nothing but the numbers the features are given (`_Postings`)."""
    halves = _in_parts(lambda part, parts, tick: _shared_of(flat, part, parts, tick), split,
                       tick)
    counts = halves[0]
    for more in halves[1:]:
        counts.update(more)     # (the odd features after the even ones, in their order)
    tick()
    return array("q", counts), counts


def _shared_of(flat: array, part: int, parts: int, tick: Callable[[], None]) -> dict[int, int]:
    """The features held more than once in `flat` whose parity is `part` (both parities,
    even first, with one part), each -> how many times it is held, in the order first met."""
    counts: dict[int, int] = {}
    for parity in range(part, 2, parts):
        tick()
        half = filter((1).__and__, flat) if parity else filterfalse((1).__and__, flat)
        seen = Counter(half)
        counts.update(compress(seen.items(), map((1).__lt__, seen.values())))
        del seen
    return counts


def _node_parts(offsets: array, part: int, parts: int) -> tuple[int, int]:
    """The nodes [first, last) of one of `parts` runs of consecutive nodes holding about
    as many features each (`offsets[n]`: where node n's features start in `_Postings`'
    flat array, and the total at its end): the work of a node is its features."""
    nodes = len(offsets) - 1
    cut = [bisect_left(offsets, offsets[-1] * k // parts) for k in range(parts)] + [nodes]
    return cut[part], cut[part + 1]


def _shared_rows(flat: array, offsets: array, shared: dict[int, int], part: int, parts: int,
                 tick: Callable[[], None]) -> tuple[array, array, array]:
    """(shared features of each node, one node's after another; how many each node has;
    how many of its features no other node has) for the nodes of this part (see
    `_node_parts`), each shared feature as its number in `shared`. A node's row depends on
    that node alone, so the parts joined in order are the rows made in one pass."""
    first, last = _node_parts(offsets, part, parts)
    number, holds = shared.__getitem__, shared.__contains__
    every = array("i")
    lengths = array("i", bytes(4 * (last - first)))
    alone = array("i", bytes(4 * (last - first)))
    for index in range(first, last):
        if not index & 4095:
            tick()
        feats = flat[offsets[index]:offsets[index + 1]]
        # The features others share, as a set made by adding them in the order the node's
        # own set had them, which gives it that set's intersection's order.
        mine = set(filter(holds, feats))
        every.extend(map(number, mine))
        lengths[index - first] = len(mine)
        alone[index - first] = len(feats) - len(mine)
    return every, lengths, alone


def _sorted_once(parts: list[array], nodes: int) -> array:
    """The packed pairs of every part, sorted, each once. A set of them all was 130 MB on a
    real archive (1.8 million pairs) in each process; here they are bucketed by their first
    node and each bucket sorted alone."""
    counts = array("q", bytes(8 * nodes))
    for part in parts:
        for pair in part:
            counts[pair >> 32] += 1
    sizes = array("q", accumulate(counts, initial=0))    # where each first node's start
    del counts
    partners = array("i", bytes(4 * sizes[-1]))
    at = sizes[:-1]
    for part in parts:
        for pair in part:
            first = pair >> 32
            partners[at[first]] = pair & 0xFFFFFFFF
            at[first] += 1
    parts.clear()
    out = array("q")
    for first in range(nodes):
        low, high = sizes[first], sizes[first + 1]
        if low < high:
            base = first << 32
            out.extend(base | other for other in sorted(set(partners[low:high])))
    return out


# From this many nodes, the candidate search and the scoring are each shared between two
# processes, the other a forked copy of this one (tui.search.elsewhere) that sees the nodes
# and postings without copying them. Each part's answer is the same whichever process
# makes it, and the parts are merged in the same order; a fork that fails is made good here.
SPLIT_NODES = 20_000


def _in_parts(work: Callable[[int, int, Callable[[], None]], object], split: bool,
              tick: Callable[[], None]) -> list:
    """[work(0, 1, tick)]; with `split`, [work(0, 2, tick), work(1, 2, …)], the second made
    in a fork meanwhile (given no `tick`: the fork is stopped when this process's raises)."""
    if not split:
        return [work(0, 1, tick)]
    from tui.search import elsewhere

    other = elsewhere.start(lambda: work(1, 2, lambda: None))
    try:
        mine = work(0, 2, tick)
        tick()
    except BaseException:
        other.cancel()
        raise
    got = other()
    return [mine, got[0] if got is not None else work(1, 2, tick)]


def _blocks(part: int, parts: int, total: int, size: int):
    """The positions 0..total-1 of one part: every `parts`-th block of `size`. The costly
    items bunch together (the end of the candidate pairs took twice the start's time), so
    halves at the middle would leave one process waiting for the other."""
    for start in range(part * size, total, parts * size):
        yield from range(start, min(start + size, total))


def _nodes(records: list[Record], tick: Callable[[], None] = lambda: None,
           known: Sequence[tuple | None] | None = None) -> list[_Node]:
    """The records grouped by wording. `known[n]`, when given and not None, is record n's
    (surface_key, content keys) worked out before (in the extraction pool): the same as
    `Wordings` gives, so the nodes are the same either way."""
    by_surface: dict[str, list[Record]] = {}
    keys_of: dict[str, tuple[str, ...]] = {}
    wordings = Wordings()
    for n, record in enumerate(records):
        if not n & 4095:
            tick()
        found = known[n] if known is not None else None
        surface, keys = found if found is not None else wordings(record.text)
        if surface not in by_surface:
            by_surface[surface] = []
            keys_of[surface] = tuple(keys)     # a tuple: a list's spare room, 200,000 times
        by_surface[surface].append(record)
    del wordings
    # Most nodes are one sentence of one article, said by no one known: their sets of
    # sources and speakers are shared (a small frozenset is 216 bytes, 200,000 of them).
    alone: dict[str, frozenset[str]] = {}
    nobody: frozenset[str] = frozenset()

    def sources(recs: list[Record]) -> frozenset[str]:
        if len(recs) == 1:
            found = alone.get(recs[0].source_id)
            if found is None:
                found = alone[recs[0].source_id] = frozenset((recs[0].source_id,))
            return found
        return frozenset(r.source_id for r in recs)

    def speakers(recs: list[Record]) -> frozenset[str]:
        found = frozenset(r.speaker.id for r in recs if r.speaker is not None)
        return found or nobody

    return [_Node(recs, keys_of[surface], surface, sources(recs), speakers(recs),
                  all(r.narration for r in recs))
            for surface, recs in by_surface.items()]


def group_statements(records: Sequence[Record | Quote], source_ids: Sequence[str],
                     names: Iterable[str] = (),
                     tick: Callable[[], None] = lambda: None,
                     wordings: Sequence[tuple | None] | None = None) -> list[Statement]:
    """Statements across sources, largest first; `source_ids` names every outlet. `tick` is
    called now and then: it may raise to stop the grouping (a user quitting meanwhile).
    `wordings`, beside records that are all Records, are their wordings where known (see
    `_nodes`); a list given is emptied once the nodes are made (its tuples, a quarter of a
    million on a real archive, would otherwise stay while grouping peaks)."""
    recs = [r for r in records if isinstance(r, Record)]
    if wordings is not None and len(recs) != len(records):
        raise ValueError("wordings are given beside Records only")
    recs += records_from_quotes([r for r in records if isinstance(r, Quote)])
    nodes = _nodes(recs, tick, wordings)
    if isinstance(wordings, list):
        wordings.clear()
    # What the nodes were made from is freed (the record plans' pickles, 77 MB of a real
    # archive, and the wordings): its heap pages go back before the blocking step, this
    # process's peak, lays its arrays on top of them.
    release_freed_memory()
    pairs = _packed_pairs(nodes, tick=tick)
    # (made from the nodes alone, after the blocking step: its weights are not held
    # through that step's peak)
    scorer = _Scorer(nodes, frozenset(k for name in names for k in content_keys(name)))
    edges, *more = _in_parts(lambda part, parts, tick: _edges(nodes, scorer, pairs, part,
                                                             parts, tick),
                             len(nodes) >= SPLIT_NODES, tick)
    for other in more:
        edges += other
    del pairs, more
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    # What each edge's pair scored, kept for the clusters: two in five of the comparisons
    # joining clusters make (150,000 on a real archive) are of these pairs, and the answer
    # is the one `compare` gave them here or in the fork.
    scorer.cache.update(((i, j), (relation, value)) for value, i, j, relation in edges)
    groups = _clusters(nodes, [edge[:3] for edge in edges], scorer, tick)
    del edges
    statements = []
    order = {sid: n for n, sid in enumerate(source_ids)}
    every = tuple(source_ids)
    for n, group in enumerate(groups):
        if not n & 255:
            tick()
        statements.append(_statement(group, nodes, scorer, every, order))
    statements.sort(key=lambda s: (-len(s.sources), _first_position(s, order)))
    return [replace(s, id=f"st{n}") for n, s in enumerate(statements, 1)]


def _clusters(nodes: list[_Node], edges: list[tuple[float, int, int]], scorer: _Scorer,
              tick: Callable[[], None]) -> list[list[int]]:
    """The nodes joined along `edges` (best first) where the rules allow, as the sorted node
    numbers of each cluster that holds a statement (not narration alone), in the order of
    each cluster's number (the node it grew from).

    A node never joined is its own cluster: its members are [n] and its sources its own
    frozenset. Only joined clusters get a list and a set of their own (most nodes of a real
    archive never join: a list and a set for each of its 214,000 nodes were about 80 MB at
    grouping's end, its peak)."""
    cluster_of = list(range(len(nodes)))
    members: dict[int, list[int]] = {}
    sources: dict[int, set[str]] = {}
    for n, (value, i, j) in enumerate(edges):
        if not n & 4095:
            tick()
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj:
            continue
        if value < NEAR_VERBATIM and not _sources_of(ci, sources, nodes).isdisjoint(
                _sources_of(cj, sources, nodes)) \
                and not (value >= RESTATED and _one_speaker_restating(nodes[i], nodes[j])) \
                and not _headline_restating(i, j, ci, cj, members, sources, nodes):
            continue    # two different wordings from one article are two statements
        left, right = members.get(ci, [ci]), members.get(cj, [cj])
        if not _can_join(left, right, nodes, scorer):
            continue
        if len(left) < len(right):
            ci, cj, left, right = cj, ci, right, left
        for k in right:
            cluster_of[k] = ci
        if ci not in members:
            members[ci], sources[ci] = left, set(nodes[ci].sources)
        left.extend(right)
        members.pop(cj, None)
        sources[ci] |= _sources_of(cj, sources, nodes)
        sources.pop(cj, None)
    # the clusters still standing are those whose number is their own, ascending
    found = (members.get(c, [c]) for c, at in enumerate(cluster_of) if c == at)
    return [sorted(m) for m in found if any(not nodes[k].narration for k in m)]


def _sources_of(cluster: int, sources: dict[int, set[str]], nodes: list[_Node]):
    """The sources of a cluster (see `_clusters`): its set once joined, else its node's."""
    found = sources.get(cluster)
    return nodes[cluster].sources if found is None else found


def _edges(nodes: list[_Node], scorer: _Scorer, pairs: array, part: int, parts: int,
           tick: Callable[[], None]) -> list[tuple[float, int, int, str]]:
    """(score, i, j, relation) of the candidate pairs of this part (`pairs`: packed, in
    index order; see `_blocks`) that may join: scored, and kept by the rules for loose
    paraphrase and narration."""
    edges = []
    # in index order, so the weights the scorer makes for a node serve its next pairs
    for n in _blocks(part, parts, len(pairs), 4096):
        if not n & 4095:
            tick()
        pair = pairs[n]
        i, j = pair >> 32, pair & 0xFFFFFFFF
        if nodes[i].narration and nodes[j].narration:
            continue
        result = scorer.compare(i, j)
        if result is None:
            continue
        relation, value = result
        if relation == "loose":
            # a looser paraphrase joins only what one known speaker said in both
            if nodes[i].narration or nodes[j].narration or not _one_voice(nodes[i], nodes[j]):
                continue
        elif relation == "paraphrase" and (_speakers_clash(nodes[i], nodes[j]) or (
                (nodes[i].narration or nodes[j].narration) and value < NARRATION_PARAPHRASE)):
            continue    # a plain sentence joins on a close paraphrase only
        edges.append((value, i, j, relation))
    return edges


def _one_speaker_restating(a: _Node, b: _Node) -> bool:
    """Two wordings of one known speaker that match each other closely: an article that gives
    a statement twice (its headline, then its body) gives one statement."""
    return bool(a.speakers) and a.speakers == b.speakers and not (a.narration or b.narration)


def _headline_restating(i: int, j: int, ci: int, cj: int, members: dict[int, list[int]],
                        sources: dict[int, set[str]], nodes: list[_Node]) -> bool:
    """Is the edge i-j a headline "فلان: …" and a wording of the same speaker, and are the
    articles its two clusters share, on the headline's side, given by headlines alone? A
    headline is its article's short form of a statement its body gives: the two join though
    they come from one article (after `_clusters`' rule, two statements of one body do not)."""
    a, b = nodes[i], nodes[j]
    # (the clusters are read only for a headline: most edges that reach here have none)
    sides = [c for k, c in ((i, ci), (j, cj)) if _headline(nodes[k])]
    if not sides or a.narration or b.narration or not _one_voice(a, b):
        return False
    shared = _sources_of(ci, sources, nodes) & _sources_of(cj, sources, nodes)
    return any(all(r.headline for n in members.get(c, [c]) for r in nodes[n].records
                   if r.source_id in shared) for c in sides)


def _headline(node: _Node) -> bool:
    return all(r.headline for r in node.records)


def _speakers_clash(a: _Node, b: _Node) -> bool:
    return bool(a.speakers) and bool(b.speakers) and not _one_voice(a, b)


def _one_voice(a: _Node, b: _Node) -> bool:
    """Do two nodes have a known speaker in common: one id, or one body under two names?"""
    if not a.speakers.isdisjoint(b.speakers):
        return True
    return any(_one_body(x, y) for x in a.speakers for y in b.speakers)


@lru_cache(maxsize=4096)
def _one_body(x: str, y: str) -> bool:
    """Are two speakers' ids one body: one named two ways, or a state and its capital?"""
    return _one_name(x, y) or _one_nation(x, y)


def _one_nation(x: str, y: str) -> bool:
    """A state and its capital speaking for it ("مملكة البحرين"، "المنامة"; "إيران"،
    "طهران"): one voice, as news uses the capital for the government."""
    a, b = _nation(x), _nation(y)
    return a is not None and a == b


def _nation(speaker_id: str) -> int | None:
    if not speaker_id.startswith(_ORG):
        return None
    keys = speaker_id[len(_ORG):].split("-")
    if len(keys) > 1 and keys[0] in _STATE_WORDS:
        keys = keys[1:]     # مملكة البحرين، جمهورية مصر، سلطنة عمان
    return _NATIONS.get("-".join(keys))


def _nation_keys() -> dict[str, int]:
    from tui.quotes.entities import name_keys
    found: dict[str, int] = {}
    for number, names in enumerate(_STATES):
        for name in names.split("|"):
            found["-".join(name_keys(name))] = number
    return found


# A state, the names news gives it, and its capital (not where a capital is also a state's
# name or another city's: عمان, طرابلس, الكويت name both).
_STATES = ("البحرين|المنامة", "السعودية|العربية السعودية|الرياض", "قطر|الدوحة",
           "الإمارات|الإمارات العربية المتحدة|أبوظبي", "مصر|مصر العربية|القاهرة",
           "سوريا|سورية|العربية السورية|دمشق", "العراق|بغداد", "لبنان|بيروت", "تركيا|أنقرة",
           "إيران|الإسلامية الإيرانية|طهران", "روسيا|روسيا الاتحادية|موسكو",
           "الولايات المتحدة|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|واشنطن",
           "بريطانيا|المملكة المتحدة|لندن", "فرنسا|باريس", "ألمانيا|برلين", "الصين|بكين",
           "اليابان|طوكيو", "اليمن|صنعاء", "السودان|الخرطوم", "المغرب|الرباط", "أفغانستان|كابول",
           "باكستان|إسلام آباد", "إسرائيل|تل أبيب", "إيطاليا|روما", "إسبانيا|مدريد",
           "اليونان|أثينا", "أوكرانيا|كييف", "الأردن|المملكة الأردنية|الأردنية الهاشمية")
_STATE_WORDS = frozenset({"ملكه", "جمهره", "دوله", "سلطنه"})
_NATIONS = _nation_keys()


def _one_name(x: str, y: str) -> bool:
    """Are two organisations' ids one body named two ways: the shorter name's words, three at
    least, in order within the longer one's and ending it ("هيئة كبار العلماء", "الأمانة
    العامة لهيئة كبار العلماء"; "… السعودية", "… في السعودية")? A name that goes on past
    the other's end is not it ("وزارة الخارجية" is not "وزارة الخارجية الأمريكية"), nor is
    one of two words, often a description ("النادي الإسباني" of "نادي برشلونة الإسباني")."""
    if not (x.startswith(_ORG) and y.startswith(_ORG)):
        return False
    short, long_ = sorted((x[len(_ORG):].split("-"), y[len(_ORG):].split("-")), key=len)
    if len(short) < 3 or len(short) == len(long_) or short[-1] != long_[-1]:
        return False
    words = iter(long_)
    return all(word in words for word in short)    # (each found after the one before)


_ORG = "org:"


def _sample(group: list[int]) -> list[int]:
    if len(group) <= SAMPLE:
        return group
    step = len(group) / SAMPLE
    return [group[int(k * step)] for k in range(SAMPLE)]


def _can_join(left: list[int], right: list[int], nodes: list[_Node], scorer: _Scorer) -> bool:
    a_side, b_side = _sample(left), _sample(right)
    matched = 0
    for a in a_side:
        for b in b_side:
            result = scorer.score(a, b)
            if result is None:
                continue
            if result[0] == "paraphrase" and _speakers_clash(nodes[a], nodes[b]):
                continue
            matched += 1
    return matched * 2 >= len(a_side) * len(b_side)


def _statement(group: list[int], nodes: list[_Node], scorer: _Scorer,
               source_ids: tuple[str, ...], order: dict[str, int]) -> Statement:
    sample = _sample(group) if len(group) <= 4 * SAMPLE else _sample(
        sorted(group, key=lambda k: -len(nodes[k].records))[:4 * SAMPLE])

    # the head: a direct quotation, most like the others, most reprinted, longest on a tie
    def centrality(k: int) -> tuple:
        node = nodes[k]
        direct = any(r.direct and not r.narration for r in node.records)
        total = sum((scorer.score(k, o) or ("", 0.0))[1] for o in sample if o != k)
        return (not node.narration, direct, total, len(node.records), len(node.surface), -k)

    head = max(sample, key=centrality)
    head_record = next((r for r in nodes[head].records if r.direct and not r.narration),
                       nodes[head].records[0])
    head_direct = head_record.direct and not head_record.narration
    members = []
    for k in group:
        relation, value = ("verbatim", 100.0) if k == head else (
            scorer.score(head, k) or _best_link(k, sample, scorer))
        for rec in nodes[k].records:
            own_direct = rec.direct and not rec.narration
            if not own_direct or not head_direct:
                # a member's relation comes from its own form: reported speech (or words
                # compared with reported speech) is never "verbatim"
                rel, val = "indirect", (100.0 if k == head else value)
            elif rec is head_record or k == head:
                rel, val = "verbatim", 100.0
            else:
                rel, val = relation, value
            members.append(Member(rec.source_id, rec.start, rec.end, rec.text,
                                  rel, val, rec.quote_id, own_direct))  # type: ignore[arg-type]
    members.sort(key=lambda m: (order.get(m.source_id, len(order)), m.start))
    records = [r for k in group for r in nodes[k].records]
    speakers = Counter(r.speaker for r in records if r.speaker is not None)
    speaker = speakers.most_common(1)[0][0] if speakers else None
    present = {m.source_id for m in members}
    conflicts = []
    if len(speakers) > 1 and not all(a.id == b.id or _one_body(a.id, b.id)
                                     for a, b in combinations(speakers, 2)):
        # (one body under two names, or a state and its capital, is one voice: no conflict)
        credited = "; ".join(
            f"{sp.label} ({', '.join(sorted({r.source_id for r in records if r.speaker == sp}))})"
            for sp in speakers)
        conflicts.append(f"the same words are credited to different speakers: {credited}")
    direct_sources = sorted({r.source_id for r in records if r.direct and not r.narration})
    indirect_sources = sorted({r.source_id for r in records
                               if not r.direct and not r.narration} - set(direct_sources))
    if direct_sources and indirect_sources:
        conflicts.append(f"quoted directly by {', '.join(direct_sources)} but only as indirect "
                         f"speech by {', '.join(indirect_sources)}")
    figures = figure_conflict(members)
    if figures:
        conflicts.append(figures)
    return Statement(
        id="", speaker=speaker, text=head_record.text, members=tuple(members),
        missing_from=Absent(source_ids, frozenset(present)),
        conflicts=tuple(conflicts))


class Absent(Sequence):
    """The sources a statement is missing from, in corpus order: the corpus's sources less
    its own, made when read. Kept as a list each, they grew as sources × statements (a
    quarter of a million statements in an archive of 24,000 articles). Compares equal to
    the tuple it stands for."""

    __slots__ = ("_every", "_present", "_listed")

    def __init__(self, every: tuple[str, ...], present: frozenset[str]) -> None:
        self._every, self._present, self._listed = every, present, None

    def _items(self) -> tuple[str, ...]:
        if self._listed is None:
            self._listed = tuple(s for s in self._every if s not in self._present)
        return self._listed

    def __len__(self) -> int:
        if self._listed is not None:
            return len(self._listed)
        return len(self._every) - sum(1 for s in self._present if s in self._index())

    def _index(self) -> frozenset[str]:
        # one set of the corpus's ids, shared by every statement of a grouping
        return _ids_of(self._every)

    def __getitem__(self, at):
        return self._items()[at]

    def __iter__(self):
        present = self._present
        return (s for s in self._every if s not in present)

    def __contains__(self, source_id) -> bool:
        return source_id not in self._present and source_id in self._index()

    def __eq__(self, other) -> bool:
        if isinstance(other, Absent):
            return self._every == other._every and self._present == other._present
        return isinstance(other, (tuple, list)) and self._items() == tuple(other)

    def __hash__(self) -> int:
        return hash(self._items())

    def __repr__(self) -> str:
        return repr(self._items()) if len(self._every) <= 20 else \
            f"Absent({len(self)} of {len(self._every)} sources)"

    def __reduce__(self):
        return tuple, (self._items(),)


_IDS: dict[int, tuple[tuple, frozenset]] = {}


def _ids_of(every: tuple[str, ...]) -> frozenset[str]:
    found = _IDS.get(id(every))
    if found is None or found[0] is not every:
        _IDS.clear()
        found = _IDS[id(every)] = (every, frozenset(every))
    return found[1]


# Numbers in a member's words: digits (any script, after normalising), fractions, and the
# number words and magnitudes news writes out, read as values, so that one figure written
# two ways is one: «مائة ألف» and «100 ألف», «3 آلاف طن» and «3000 طن», «32 مليونا و190
# ألف» and «32.190.000».
_FIGURE_WORDS = {normalize_text(w): v for w, v in (
    ("نصف", "1/2"), ("النصف", "1/2"), ("ثلث", "1/3"), ("الثلث", "1/3"), ("ربع", "1/4"),
    ("الربع", "1/4"), ("ثلثي", "2/3"), ("ثلاثة أرباع", "3/4"))}
# Number words, in the normalised spelling; counted only before a magnitude (ستة ملايين)
# or when a hundred or more (مائة سلة): a small one alone is too often another word (ست).
_NUMBER_WORDS = {"اثنين": 2, "اثنان": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4,
                 "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8,
                 "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
                 "مائه": 100, "مئه": 100, "مائتي": 200, "مئتي": 200, "مائتين": 200,
                 "مئتين": 200, "مائتان": 200, "مئتان": 200}
_MAGNITUDES = {"الف": 10**3, "الفا": 10**3, "الاف": 10**3, "مليون": 10**6, "مليونا": 10**6,
               "ملايين": 10**6, "مليار": 10**9, "مليارا": 10**9, "مليارات": 10**9,
               "تريليون": 10**12, "ترليون": 10**12}
# one magnitude alone is one of it (ألف سلة، حاجز التريليون); a plural alone is vague (آلاف)
_SINGLE_MAGNITUDES = ("الف", "مليون", "مليار", "تريليون", "ترليون")
_LETTER = "\u0621-\u064a"


def _alternatives(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_FIGURE = re.compile(
    # digits in groups of three (32.190.385, 3,540) or with a decimal part (1.71)
    r"(?:(?P<grouped>\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:,\d{3})+)(?![\d.,]\d)"
    r"|(?P<digits>\d+(?:[.,]\d+)?)"
    rf"|(?<![{_LETTER}])(?P<word>{_alternatives(_NUMBER_WORDS)}))"
    rf"(?:\)?\s*(?P<magnitude>{_alternatives(_MAGNITUDES)})(?![{_LETTER}]))?"
    rf"|(?<![{_LETTER}])(?:ال)?(?P<alone>{_alternatives(_SINGLE_MAGNITUDES)})(?![{_LETTER}])")
_AND = re.compile(r"\s*و\s*")


# Each fraction word as a whole word; a text without the word in it is not searched.
_FIGURE_WORD_PATTERNS = tuple((w, re.compile(rf"(?<!\w){w}(?!\w)"), v)
                              for w, v in _FIGURE_WORDS.items())


def figures(text: str) -> frozenset[str]:
    """The numbers a text states: "إلى النصف بحلول 2027" → {1/2, 2027}; "3 آلاف طن" →
    {3000}; "32 مليونا و190 ألف ريال" → {32190000}."""
    norm = normalize_text(text)
    found = set(map(_shown, _values(norm)))
    found |= {v for w, pattern, v in _FIGURE_WORD_PATTERNS
              if w in norm and pattern.search(norm)}
    return frozenset(found)


def _values(norm: str) -> list[float]:
    """The numbers of a normalised text, in order; a number that a smaller one follows
    after «و» (32 مليونا و190 ألف) is one number with it."""
    values: list[float] = []
    last_end, last_magnitude = -1, 0
    for match in _FIGURE.finditer(norm):
        value, magnitude = _value(match)
        if value is None:
            continue
        if values and last_magnitude > value and _AND.fullmatch(norm, last_end, match.start()):
            values[-1] += value
        else:
            values.append(value)
        last_end, last_magnitude = match.end(), magnitude
    return values


def _value(match: re.Match) -> tuple[float | None, int]:
    """(the number a _FIGURE match says, its magnitude), or (None, 0) for a small number
    word without a magnitude."""
    if match["alone"]:
        magnitude = _MAGNITUDES[match["alone"]]
        return float(magnitude), magnitude
    magnitude = _MAGNITUDES[match["magnitude"]] if match["magnitude"] else 1
    if match["grouped"]:
        number = float(match["grouped"].replace(".", "").replace(",", ""))
    elif match["digits"]:
        number = float(match["digits"].replace(",", "."))
    else:
        number = _NUMBER_WORDS[match["word"]]
        if magnitude == 1 and number < 100:
            return None, 0
    return number * magnitude, magnitude


def _shown(value: float) -> str:
    return str(int(value)) if value == int(value) else format(value, ".12g")


def figure_conflict(members: Sequence[Member]) -> str | None:
    """Members from different outlets that each state numbers the other does not ("إلى النصف
    بحلول 2027" / "إلى الثلث بحلول 2028"): one statement, facts given differently. A member
    that gives fewer numbers (leaves one out) is no conflict."""
    if len({m.source_id for m in members}) < 2:
        return None     # one outlet: nothing to disagree with (most statements of an archive)
    # Each text's numbers read once: most members of a statement many outlets carry are
    # the same words (an agency's copy reprinted).
    read: dict[str, frozenset[str]] = {}
    stated = []
    for m in members:
        found = read.get(m.text)
        if found is None:
            found = read[m.text] = figures(m.text)
        if found:
            stated.append((m, found))
    for n, (a, fa) in enumerate(stated):
        for b, fb in stated[n + 1:]:
            if a.source_id != b.source_id and fa - fb and fb - fa:
                return (f"the outlets give different figures: {', '.join(sorted(fa - fb))} "
                        f"({a.source_id}) / {', '.join(sorted(fb - fa))} ({b.source_id})")
    return None


def _best_link(k: int, sample: list[int], scorer: _Scorer) -> tuple[str, float]:
    best = ("paraphrase", 0.0)
    for other in sample:
        if other != k:
            result = scorer.score(k, other)
            if result is not None and result[1] > best[1]:
                best = result
    return best


def _first_position(statement: Statement, order: dict[str, int]) -> tuple[int, int]:
    first = statement.members[0]
    return order.get(first.source_id, len(order)), first.start
