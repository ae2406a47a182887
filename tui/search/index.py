"""The search index: a vocabulary of normalised words, postings per scope, rapidfuzz on top.

Two levels, so a query never scans the records:

1. Vocabulary. Every distinct word form of the corpus, with its clitic-free stems (والرئيس →
   رئيس), their spelling-variant keys (ترامب and ترمب share one) and a by-length table for typo
   matching. A query word is matched against the vocabulary only: exactly, by stem, by variant
   key in both directions, by prefix (the word still being typed) and by rapidfuzz `ratio` over
   the forms of about the same length. A few hundred forms at most survive, each with a score.
2. Postings. For each form, the records (of one scope) that contain it, as sorted int arrays.
   Records are numbered shortest first, so when a common word matches thousands of records
   the shortest (densest) ones are scored first. The surviving records are ranked by how well
   each query word matched, whether the words stand in order, and how much of the record the
   query covers. `WRatio` is not used: it punishes a short query against a long quote.

Build with `SearchIndex(records)`, or with `SearchIndex.from_columns` from records kept as
columns and words tokenised elsewhere (`tokens.tokenise`, e.g. in the worker processes that
read the articles); `to_state()` / `from_state()` let the store keep it on disk.
"""

from __future__ import annotations

import bisect
import pickle
import re
from array import array
from collections.abc import Iterable, Mapping, Sequence
from collections import deque
from itertools import accumulate, repeat
from operator import itemgetter

from rapidfuzz import fuzz, process

from tui.search import elsewhere
from tui.search.model import KIND_OF_SCOPE, SCOPES, Hit, Record
from tui.search.tokens import fold, key_of, stems, tokenise, words

STATE_VERSION = 7
# A scope's int arrays, as to_state keeps them.
_ARRAYS = ("tok_vid", "rec_first", "rec_last", "post_flat", "post_off")
POOL = 200            # records scored exactly when the candidates are many
PREFIX_LIMIT = 200    # vocabulary forms a prefix may expand to
MAX_QUERY_WORDS = 8
MASK_CACHE = 4096     # bit masks kept per scope (each is one bit per record)
FORK_WORDS = 1 << 20  # a scope of this many words makes its postings in a fork (elsewhere)

EXACT, CLITIC, VARIANT, STEM_VARIANT = 100.0, 96.0, 92.0, 88.0


class _Vocabulary:
    """Distinct word forms and the ways a query word can reach them."""

    def __init__(self, forms: list[str]) -> None:
        self.forms = forms
        self.by_stem: dict[str, list[int]] = {}
        self.by_key: dict[str, list[int]] = {}
        for vid, form in enumerate(forms):
            for stem in stems(form):
                self.by_stem.setdefault(stem, []).append(vid)
                key = key_of(stem)
                if key is not None:
                    self.by_key.setdefault(key, []).append(vid)
        self.sorted_stems = sorted(self.by_stem)
        self._finish()

    def _finish(self) -> None:
        self.by_length: dict[int, list[str]] = {}
        for stem in self.sorted_stems:
            self.by_length.setdefault(len(stem), []).append(stem)
        self._cache: dict[str, dict[int, float]] = {}

    def tables(self) -> dict:
        """What `restore` needs besides the forms: finding each form's stems and keys again
        was nearly all of reopening a big folder's index (3 s of 3.5 at 24,000 articles)."""
        return {"by_stem": self.by_stem, "by_key": self.by_key,
                "sorted_stems": self.sorted_stems}

    @classmethod
    def restore(cls, forms: list[str], tables: dict) -> _Vocabulary:
        self = cls.__new__(cls)
        self.forms = forms
        self.by_stem, self.by_key = tables["by_stem"], tables["by_key"]
        self.sorted_stems = tables["sorted_stems"]
        if not (isinstance(self.by_stem, dict) and isinstance(self.by_key, dict)
                and isinstance(self.sorted_stems, list)):
            raise ValueError("the vocabulary's tables are not tables")
        self._finish()
        return self

    def match(self, word: str) -> dict[int, float]:
        """vocabulary id -> how well `word` (a folded query word) matches that form, 0..100."""
        found = self._cache.get(word)
        if found is None:
            found = self._match(word)
            if len(self._cache) > 1024:
                self._cache.clear()
            self._cache[word] = found
        return found

    def _match(self, word: str) -> dict[int, float]:
        scores: dict[int, float] = {}

        def give(vids: Iterable[int], score: float) -> None:
            for vid in vids:
                if scores.get(vid, 0.0) < score:
                    scores[vid] = score

        forms = self.forms
        for vid in self.by_stem.get(word, ()):
            scores[vid] = EXACT if forms[vid] == word else CLITIC
        key = key_of(word)
        if key is not None:
            give(self.by_key.get(key, ()), VARIANT)
        # The query word may carry a clitic itself (وترامب): its stems count, a little less.
        for stem in stems(word)[1:]:
            if len(stem) >= 3:
                give(self.by_stem.get(stem, ()), CLITIC - 4)
                stem_key = key_of(stem)
                if stem_key is not None:
                    give(self.by_key.get(stem_key, ()), STEM_VARIANT)
        if len(word) >= 3:
            self._prefix(word, give)
        if len(word) >= 4:
            self._typos(word, give)
        return scores

    def _prefix(self, word: str, give) -> None:
        at = bisect.bisect_left(self.sorted_stems, word)
        stems_ = self.sorted_stems
        for stem in stems_[at:at + PREFIX_LIMIT]:
            if not stem.startswith(word):
                break
            if stem != word:
                give(self.by_stem[stem], 70.0 + 25.0 * len(word) / len(stem))

    def _typos(self, word: str, give) -> None:
        reach = 1 if len(word) < 7 else 2
        cutoff = 74.0 if len(word) < 6 else 80.0
        for length in range(len(word) - reach, len(word) + reach + 1):
            choices = self.by_length.get(length)
            if not choices:
                continue
            for stem, ratio, _ in process.extract(word, choices, scorer=fuzz.ratio,
                                                  score_cutoff=cutoff, limit=None):
                if stem != word:
                    give(self.by_stem[stem], 0.85 * ratio)


def _ints(data) -> array:
    """An int array from bytes, a PickleBuffer or another array's buffer."""
    if isinstance(data, array) and data.typecode == "i":
        return data
    found = array("i")
    found.frombytes(memoryview(data).cast("B"))
    return found


def _pick(values: Sequence, order: Sequence[int]) -> list:
    """values[n] for every n of order."""
    if len(order) == 1:
        return [values[order[0]]]
    return list(itemgetter(*order)(values)) if order else []


_consume = deque(maxlen=0).extend     # runs an iterator to its end, keeping nothing


def _postings(tok_vid: array, firsts: array, lasts: array,
              vocabulary_size: int) -> tuple[array, array]:
    """For every form, the numbers of the records holding it, ascending, all in one array
    (`post_flat`, form v's at post_off[v]:post_off[v + 1]). Record k's words are
    tok_vid[firsts[k]:lasts[k]]; records are visited by number, so each list comes out
    sorted. The per-word appends run in C (map over array.append)."""
    postings = [array("i") for _ in range(vocabulary_size)]
    posting_of = postings.__getitem__
    append = array.append
    words_of = map(set, map(tok_vid.__getitem__, map(slice, firsts, lasts)))
    for number, vids in enumerate(words_of):
        _consume(map(append, map(posting_of, vids), repeat(number)))
    post_flat, post_off = array("i"), array("i", [0])
    for found in postings:
        post_flat += found
        post_off.append(len(post_flat))
    return post_flat, post_off


class _Records(Sequence):
    """Records kept as columns, made into Record objects only when asked for (a hit).

    Record number n is row order[n] of the columns ("order"; None: row n): the index numbers
    records shortest first, and reordering every column of a quarter of a million rows to
    match cost more than the rest of the merge of a cold open."""

    def __init__(self, columns: dict, texts: Mapping[str, str]) -> None:
        self._kind = columns["kind"]
        self._id, self._source_id = columns["id"], columns["source_id"]
        self._speaker = columns["speaker"]
        # Texts are not stored when they are the source's own slice: `texts` gives them back.
        self._own_text: dict[int, str] = columns.get("own_text", {})
        self._texts = texts
        self._start, self._end = _ints(columns["start"]), _ints(columns["end"])
        order = columns.get("order")
        self._order = None if order is None else _ints(order)
        if not (len(self._id) == len(self._source_id) == len(self._speaker)
                == len(self._start) == len(self._end)
                == (len(self._id) if self._order is None else len(self._order))):
            raise ValueError("record columns differ in length")

    def __len__(self) -> int:
        return len(self._id)

    def columns(self) -> dict:
        return {"kind": self._kind, "id": self._id, "source_id": self._source_id,
                "start": self._start, "end": self._end, "own_text": self._own_text,
                "speaker": self._speaker, "order": self._order}

    def __getitem__(self, n):
        if isinstance(n, slice):
            return [self[i] for i in range(*n.indices(len(self)))]
        if self._order is not None:
            n = self._order[n]
        start, end = self._start[n], self._end[n]
        text = self._own_text.get(n)
        if text is None:
            text = self._texts[self._source_id[n]][start:end]
        return Record(self._id[n], self._source_id[n], start, end, text, self._kind,
                      self._speaker[n])


class _ScopeIndex:
    """The records of one scope, their words as flat arrays, and postings per form."""

    def __init__(self, records: Sequence[Record], tok_vid: array, rec_first: array,
                 rec_last: array, post_flat: array, post_off: array) -> None:
        self.records = records
        self.tok_vid = tok_vid
        self.rec_first, self.rec_last = rec_first, rec_last
        self.post_flat, self.post_off = post_flat, post_off
        self._masks: dict[int, int] = {}

    @classmethod
    def assemble(cls, records: Sequence, order: Sequence[int] | None,
                 chunks: list[list]) -> _ScopeIndex:
        """The scope of `records` (already numbered shortest first) from the `Collector`
        chunks covering them in their original order; record number k is original record
        order[k] (None: the same order). The chunks are emptied as they are used. The
        postings are made afterwards, by `make_postings`.

        The words stay in the order they came in: record k's are
        tok_vid[rec_first[k]:rec_last[k]], so numbering the records shortest first moves no
        word (copying millions of them into the new order was a fifth of a cold open's merge).
        Millions of words pass through here: whatever can is done by C loops (map, join,
        accumulate) rather than by a Python statement per word."""
        counts = array("i")
        for chunk in chunks:
            counts += chunk[0]
        if len(counts) != len(records):
            raise ValueError("the tokens do not cover the records")
        tok_vid = array("i")
        for chunk in chunks:
            tok_vid += chunk[1]
            chunk[1] = None
        chunks.clear()
        offsets = array("i", [0])
        offsets.extend(accumulate(counts))
        del counts
        if order is not None and len(order):
            rec_first = array("i", _pick(offsets, order))
            rec_last = array("i", _pick(offsets[1:], order))
        else:
            rec_first, rec_last = offsets[:-1], offsets[1:]
        del offsets
        return cls(records, tok_vid, rec_first, rec_last, array("i"), array("i", [0]))

    def make_postings(self, vocabulary_size: int) -> tuple[array, array, dict[int, int]]:
        """Make the postings and the masks of the common forms; returns them."""
        self.post_flat, self.post_off = _postings(self.tok_vid, self.rec_first,
                                                  self.rec_last, vocabulary_size)
        self._masks.clear()
        self.warm_masks()
        return self.post_flat, self.post_off, self._masks

    @property
    def size(self) -> int:
        return len(self.records)

    def mask(self, vid: int) -> int:
        """The records holding form `vid`, as a bit mask (bit n = record number n)."""
        found = self._masks.get(vid)
        if found is None:
            # One "0" or "1" per record, set by a C loop, read as a binary numeral (bit n is
            # the character n from the end): a Python statement per record was the cost
            # of the masks made for the common forms at the end of a cold open.
            digits = bytearray(b"0") * (self.size + 1)
            _consume(map(digits.__setitem__,
                          map(self.size.__sub__, self.posting(vid)), repeat(49)))
            found = int(digits, 2)
            if len(self._masks) > MASK_CACHE:
                self._masks.clear()
            self._masks[vid] = found
        return found

    def frequency(self, vids: list[int]) -> int:
        return sum(self.post_off[v + 1] - self.post_off[v] for v in vids)

    def warm_masks(self) -> None:
        """Make the masks of frequent forms now: they are the slow ones to make on demand."""
        threshold = max(64, self.size // 64)
        for vid in range(len(self.post_off) - 1):
            if vid not in self._masks and self.post_off[vid + 1] - self.post_off[vid] >= threshold:
                self.mask(vid)

    def extend_postings(self, vocabulary_size: int) -> None:
        """Forms added by a later scope have no records here: pad the offsets to cover them."""
        missing = vocabulary_size + 1 - len(self.post_off)
        if missing > 0:
            self.post_off.extend([len(self.post_flat)] * missing)

    def posting(self, vid: int) -> array:
        return self.post_flat[self.post_off[vid]:self.post_off[vid + 1]]


class Collector:
    """The words of many records, chunk by chunk, in record order: `add` takes what
    `tokens.tokenise` gives for the next records of a scope (one source's, say, sent by a
    worker process). Each chunk's forms are folded into one vocabulary as it arrives, so
    the strings every chunk brings along (millions, over a big folder) are not kept."""

    def __init__(self) -> None:
        self._vid: dict[str, int] = {}
        self.chunks: dict[str, list[list]] = {scope: [] for scope in SCOPES}
        self._last: tuple[list, list] = ([], [])

    def add(self, scope: str, tokens: tuple) -> None:
        forms, counts, ids = tokens
        if forms is not self._last[0]:      # chunks may share a forms list (tokenise_source)
            vid = self._vid
            new = [form for form in forms if form not in vid]
            if new:
                vid.update(zip(new, range(len(vid), len(vid) + len(new))))
            self._last = (forms, list(map(vid.__getitem__, forms)))
        mapped = array("i")
        mapped.fromlist(list(map(self._last[1].__getitem__, ids)))
        self.chunks[scope].append([counts, mapped])

    @property
    def forms(self) -> list[str]:
        """Every form, by vocabulary id (in order of first arrival)."""
        return list(self._vid)


class SearchIndex:
    """Fuzzy search over quotations and sentences. `SearchIndex(records)` builds it."""

    def __init__(self, records: Iterable[Record]) -> None:
        by_kind: dict[str, list[Record]] = {"quote": [], "sentence": []}
        for record in records:
            by_kind.setdefault(record.kind, []).append(record)
        collector = Collector()
        parts = {}
        for scope in SCOPES:
            mine = sorted(by_kind[KIND_OF_SCOPE[scope]],
                          key=lambda r: (len(r.text), r.source_id, r.start))
            collector.add(scope, tokenise((r.text, 0, len(r.text), r.start) for r in mine))
            parts[scope] = (mine, None)
        self._assemble(parts, collector)

    @classmethod
    def from_columns(cls, scopes: Mapping[str, Mapping], collector: Collector,
                     texts: Mapping[str, str]) -> SearchIndex:
        """The index of records given as columns rather than Record objects.

        `scopes[scope]` holds the scope's records in their original order: lists "id",
        "source_id", "speaker", "length" (of the text) and "start", "end"; a record's text
        is `texts[source_id][start:end]` unless "own_text" (original number -> text) says
        otherwise. `collector` holds their words, in the same order. The index finds what
        `SearchIndex(records)` finds, hit for hit. The collector is emptied.
        """
        self = cls.__new__(cls)
        parts = {}
        for scope in SCOPES:
            data = scopes[scope]
            keys = list(zip(data["length"], data["source_id"], data["start"]))
            order = sorted(range(len(keys)), key=keys.__getitem__)
            del keys
            columns = {"kind": KIND_OF_SCOPE[scope], "id": data["id"],
                       "source_id": data["source_id"], "speaker": data["speaker"],
                       "start": array("i", data["start"]), "end": array("i", data["end"]),
                       "own_text": data.get("own_text", {}), "order": array("i", order)}
            parts[scope] = (_Records(columns, texts), order)
        self._assemble(parts, collector)
        return self

    def _assemble(self, parts: Mapping[str, tuple], collector: Collector) -> None:
        forms = collector.forms
        self._scopes = {scope: _ScopeIndex.assemble(records, order, collector.chunks[scope])
                        for scope, (records, order) in parts.items()}
        # Postings and masks are most of the making of a big index, and its last step runs
        # alone: the largest scope's are made in a forked copy of this process meanwhile.
        largest = max(self._scopes.values(), key=lambda ix: len(ix.tok_vid))
        pending = None
        if len(largest.tok_vid) >= FORK_WORDS:
            pending = elsewhere.start(lambda: largest.make_postings(len(forms)))
        for ix in self._scopes.values():
            if ix is not largest or pending is None:
                ix.make_postings(len(forms))
        vocabulary = _Vocabulary(forms)
        if pending is not None:
            found = pending()
            if found is None:
                largest.make_postings(len(forms))      # the fork failed: made here after all
            else:
                largest.post_flat, largest.post_off, masks = found[0]
                largest._masks.update(masks)
        self._finish(forms, vocabulary)

    def _finish(self, forms: list[str], vocabulary: _Vocabulary | None = None) -> None:
        for scope in self._scopes.values():
            scope.extend_postings(len(forms))
            scope.warm_masks()
        self._vocabulary = vocabulary if vocabulary is not None else _Vocabulary(forms)

    # -- persistence ----------------------------------------------------------------------
    def to_state(self, texts: Mapping[str, str] | None = None) -> dict:
        """Plain data (lists, buffers) from which `from_state` rebuilds the index quickly.

        The big arrays are `pickle.PickleBuffer`s over the index's own memory: pickled with
        protocol 5 and a `buffer_callback` they are written out of band, never copied.

        With `texts` (source id -> Source.text), a record's text is left out when it is
        that source's own slice; `from_state` then needs the same `texts`.
        """
        texts = texts or {}
        scopes = {}
        for name, ix in self._scopes.items():
            records = ix.records
            if isinstance(records, _Records) and records._texts is texts:
                columns = records.columns()
                stored = {**columns, "start": pickle.PickleBuffer(columns["start"]),
                          "end": pickle.PickleBuffer(columns["end"])}
                if columns["order"] is not None:
                    stored["order"] = pickle.PickleBuffer(columns["order"])
            else:
                stored = {
                    "kind": KIND_OF_SCOPE[name],
                    "id": [r.id for r in records],
                    "source_id": [r.source_id for r in records],
                    "start": pickle.PickleBuffer(array("i", [r.start for r in records])),
                    "end": pickle.PickleBuffer(array("i", [r.end for r in records])),
                    "own_text": {n: r.text for n, r in enumerate(records)
                                 if r.source_id not in texts
                                 or texts[r.source_id][r.start:r.end] != r.text},
                    "speaker": [r.speaker for r in records],
                }
            scopes[name] = {
                "records": stored,
                **{field: pickle.PickleBuffer(getattr(ix, field)) for field in
                   _ARRAYS},
            }
            scopes[name]["masks"] = {vid: mask.to_bytes((ix.size + 8) // 8, "little")
                                     for vid, mask in ix._masks.items()}
        return {"version": STATE_VERSION, "forms": self._vocabulary.forms, "scopes": scopes,
                "vocabulary": self._vocabulary.tables()}

    @classmethod
    def from_state(cls, state: dict, texts: Mapping[str, str] | None = None) -> SearchIndex:
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"search index version {state.get('version')!r} is not "
                             f"{STATE_VERSION}")
        self = cls.__new__(cls)
        self._scopes = {}
        for name in SCOPES:
            data = state["scopes"][name]
            arrays = {}
            for field in _ARRAYS:
                arrays[field] = _ints(data[field])
            ix = self._scopes[name] = _ScopeIndex(_Records(data["records"], texts or {}),
                                                      **arrays)
            ix._masks.update((vid, int.from_bytes(mask, "little"))
                             for vid, mask in data.get("masks", {}).items())
        forms = list(state["forms"])
        self._finish(forms, _Vocabulary.restore(forms, state["vocabulary"]))
        return self

    # -- queries --------------------------------------------------------------------------
    def forget_matches(self) -> None:
        """Drop the per-word vocabulary matches kept between keystrokes (for benchmarks)."""
        self._vocabulary._cache.clear()

    def records(self, scope: str = "quotes") -> list[Record]:
        return list(self._scope(scope).records)

    def __len__(self) -> int:
        return sum(len(ix.records) for ix in self._scopes.values())

    def _scope(self, scope: str) -> _ScopeIndex:
        try:
            return self._scopes[scope]
        except KeyError:
            raise ValueError(f"unknown scope {scope!r}: use one of {', '.join(SCOPES)}") from None

    def search(self, query: str, scope: str = "quotes", limit: int = 50) -> list[Hit]:
        """The best `limit` records of `scope` for `query`, best first."""
        ix = self._scope(scope)
        query_words = list(dict.fromkeys(form for form, _, _ in words(query)))
        query_words = query_words[:MAX_QUERY_WORDS]
        if not query_words or limit <= 0 or not ix.records:
            return []
        matched = [self._vocabulary.match(word) for word in query_words]
        pool = _pool(ix, matched, limit)
        if not pool:
            return []
        query_chars = sum(len(w) for w in query_words)
        scored = [_score(ix, number, matched, query_chars) for number in pool]
        scored.sort(key=lambda s: (-s[0].score, len(s[0].record.text), s[0].record.source_id,
                                   s[0].record.start))
        return [_with_matches(hit, positions) for hit, positions in scored[:limit]]


_NONZERO = re.compile(rb"[^\x00]")
_BITS = [tuple(i for i in range(8) if byte >> i & 1) for byte in range(256)]


def _pool(ix: _ScopeIndex, matched: list[dict[int, float]], limit: int) -> list[int]:
    """The record numbers worth scoring, shortest first within each tier.

    Tier 1: every query word at its best match (the exact spelling, say); tier 2: every word
    at any match; then, when no record holds them all, the most common word is dropped until
    some do. Sets of records are bit masks (Python ints), so a union or an intersection over
    a quarter of a million records is a few microseconds, and records are numbered shortest
    first, so the lowest set bits are the densest records.
    """
    size = max(POOL, limit)
    present = [m for m in matched if m]
    if not present:
        return []
    chosen: dict[int, None] = {}
    if len(present) == len(matched):
        best = [[v for v, s in m.items() if s >= max(m.values()) - 4] for m in present]
        for tier in (best, [list(m) for m in present]):
            mask = _all_of(ix, tier)
            chosen.update(dict.fromkeys(_lowest(ix, mask, size)))
            if len(chosen) >= size:
                break
        if chosen:
            return list(chosen)[:size]
    words = sorted((list(m) for m in present), key=lambda vids: -ix.frequency(vids))
    while words and len(chosen) < size:
        chosen.update(dict.fromkeys(_lowest(ix, _all_of(ix, words), size)))
        words = words[1:]
    return list(chosen)[:size]


def _all_of(ix: _ScopeIndex, words: list[list[int]]) -> int:
    mask = -1
    for vids in words:
        either = 0
        for vid in vids:
            either |= ix.mask(vid)
        mask &= either
        if not mask:
            return 0
    return mask


def _lowest(ix: _ScopeIndex, mask: int, count: int) -> list[int]:
    """The `count` lowest set bits of `mask`."""
    out: list[int] = []
    if mask <= 0:
        return out
    data = mask.to_bytes((ix.size + 8) // 8, "little")
    for found in _NONZERO.finditer(data):
        at = found.start()
        base = at * 8
        for bit in _BITS[data[at]]:
            out.append(base + bit)
        if len(out) >= count:
            return out[:count]
    return out


def _score(ix: _ScopeIndex, number: int, matched: list[dict[int, float]],
           query_chars: int) -> tuple[Hit, list[list[int]]]:
    """The record's hit (its matches still to find) and where each query word matched in
    it (word positions in the record)."""
    record = ix.records[number]
    tokens = ix.tok_vid[ix.rec_first[number]:ix.rec_last[number]]
    best = [0.0] * len(matched)
    positions: list[list[int]] = [[] for _ in matched]
    for position, vid in enumerate(tokens):
        for i, m in enumerate(matched):
            score = m.get(vid)
            if score is not None:
                positions[i].append(position)
                if score > best[i]:
                    best[i] = score
    quality = sum(best) / len(best)
    order = _order(positions)
    chars = max(1, len(fold(record.text)))
    coverage = min(1.0, query_chars / chars)
    score = round(0.85 * quality + 10.0 * order + 5.0 * coverage, 2)
    return Hit(record, score, ()), positions


def _with_matches(hit: Hit, positions: list[list[int]]) -> Hit:
    """The hit with the source spans of its matched words. The index keeps no word's span
    (they were most of its size on disk): `words` finds a record's words again, in the order
    the index numbered them, for the few records a query returns."""
    record = hit.record
    found = words(record.text, record.start)
    spans = sorted({found[p][1:] for group in positions for p in group if p < len(found)})
    return Hit(record, hit.score, tuple(spans))


def _order(positions: list[list[int]]) -> float:
    """1 when the query words stand side by side in order, 0.5 in order nearby, else 0."""
    present = [p for p in positions if p]
    if len(present) < len(positions):
        return 0.0
    if len(present) == 1:
        return 1.0
    later = [set(p) for p in present[1:]]
    for start in present[0]:
        if all(start + k + 1 in s for k, s in enumerate(later)):
            return 1.0
    for start in present[0]:
        at, ok = start, True
        for p in present[1:]:
            nxt = [q for q in p if at < q <= at + 4]
            if not nxt:
                ok = False
                break
            at = nxt[0]
        if ok:
            return 0.5
    return 0.0
