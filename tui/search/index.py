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
import codecs
from math import log10
import pickle
import re
from array import array
from collections.abc import Iterable, Mapping, Sequence
from collections import deque
from dataclasses import replace
from itertools import accumulate, chain, compress, count, groupby, repeat
from operator import itemgetter

from rapidfuzz import fuzz, process

from tui.search import elsewhere
from tui.search.model import KIND_OF_SCOPE, SCOPES, Hit, Record
from tui.search.query import parse
from tui.search.tokens import key_of, stems, tokenise, words

STATE_VERSION = 9   # 9: the vocabulary's tables and forms as strings and int arrays
# What `facts()` keeps beside the index (its own version: the index need not be rebuilt
# when only this changes). 2: the facets' words kept with the speakers.
FACTS_VERSION = f"{STATE_VERSION}.2"
# A scope's int arrays, as to_state keeps them.
_ARRAYS = ("tok_vid", "rec_first", "rec_last", "post_flat", "post_off")
_GROUP_ARRAYS = ("group", "group_off", "group_members", "group_sources")
POOL = 200            # records scored exactly when the candidates are many
PARTIAL_MARGIN = 10   # records holding only some query words, scored beyond the limit
PREFIX_LIMIT = 200    # vocabulary forms a prefix may expand to
MAX_QUERY_WORDS = 8
MASK_CACHE = 4096     # bit masks kept per scope (each is one bit per record)
WORD_MASKS = 64       # query words whose masks are kept per scope (two masks each)
FORK_WORDS = 1 << 20  # a scope of this many words makes its postings in a fork (elsewhere)

EXACT, CLITIC, VARIANT, STEM_VARIANT = 100.0, 96.0, 92.0, 88.0


def packed(lists: Iterable[Iterable[int]]) -> tuple[array, array]:
    """Lists of ints as one flat array and where each starts (and the last ends): list n is
    flat[offsets[n]:offsets[n + 1]]."""
    flat, offsets = array("i"), array("i", [0])
    for ints in lists:
        flat.extend(ints)
        offsets.append(len(flat))
    return flat, offsets


class _Lists:
    """A table of str -> ints (vocabulary ids), as its keys sorted and one int array:
    `keys[n]`'s ints are flat[offsets[n]:offsets[n + 1]]. It answers as the dict of lists
    it is made from did (the ints in the same order), and is kept as one string and two
    byte strings, which load in a few C calls. A key is a word's stem or spelling key, so
    it never holds a newline; how many keys there are, the offsets say."""

    def __init__(self, keys: list[str], flat: array, offsets: array) -> None:
        if len(offsets) != len(keys) + 1 or (len(keys) and offsets[-1] != len(flat)):
            raise ValueError("a vocabulary table does not fit its keys")
        self.keys, self._flat, self._offsets = keys, flat, offsets

    @classmethod
    def of(cls, table: Mapping[str, Sequence[int]]) -> _Lists:
        keys = sorted(table)
        return cls(keys, *packed(table[key] for key in keys))

    def state(self) -> tuple[str, bytes, bytes]:
        return "\n".join(self.keys), self._flat.tobytes(), self._offsets.tobytes()

    @classmethod
    def restore(cls, state: Sequence) -> _Lists:
        keys, flat, offsets = state
        offsets = _ints(offsets)
        return cls(keys.split("\n") if len(offsets) > 1 else [], _ints(flat), offsets)

    def _at(self, key: str) -> int:
        at = bisect.bisect_left(self.keys, key)
        return at if at < len(self.keys) and self.keys[at] == key else -1

    def get(self, key: str, default: Sequence[int] = ()) -> Sequence[int]:
        at = self._at(key)
        return default if at < 0 else self._flat[self._offsets[at]:self._offsets[at + 1]]

    def __getitem__(self, key: str) -> Sequence[int]:
        at = self._at(key)
        if at < 0:
            raise KeyError(key)
        return self._flat[self._offsets[at]:self._offsets[at + 1]]

    def __len__(self) -> int:
        return len(self.keys)


class _Vocabulary:
    """Distinct word forms and the ways a query word can reach them."""

    def __init__(self, forms: list[str]) -> None:
        self.forms = forms
        by_stem: dict[str, list[int]] = {}
        by_key: dict[str, list[int]] = {}
        # A form's spelling class: forms that are one word spelt two ways (ترامب, ترمب) share
        # it (its variant key; a short form is its own class). Records whose words are of the
        # same classes, in order, are copies of each other (see _ScopeIndex.make_groups).
        self.class_of = array("i")
        classes: dict[str, int] = {}
        # A stem is shared by many forms (وزير of الوزير، والوزير، ووزير …): its key is
        # worked out once (a real archive's 365,000 stems are 248,000 different ones).
        keys: dict[str, str | None] = {}
        for vid, form in enumerate(forms):
            for n, stem in enumerate(stems(form)):
                by_stem.setdefault(stem, []).append(vid)
                if stem in keys:
                    key = keys[stem]
                else:
                    key = keys[stem] = key_of(stem)
                if key is not None:
                    by_key.setdefault(key, []).append(vid)
                if n == 0:
                    found = key or stem
                    self.class_of.append(classes.setdefault(found, len(classes)))
        self.by_stem = _Lists.of(by_stem)
        self.by_key = _Lists.of(by_key)
        self.sorted_stems = self.by_stem.keys
        self._finish()

    def _finish(self) -> None:
        self.lengths = array("i", map(len, self.forms))
        # The stems of each length, in sorted order (a stable sort by length keeps it).
        self.by_length: dict[int, list[str]] = {
            length: list(group)
            for length, group in groupby(sorted(self.sorted_stems, key=len), key=len)}
        # length -> _LetterTable of by_length[length], made when a typo first asks for it.
        self._letters: dict[int, _LetterTable] = {}
        self._cache: dict[str, dict[int, float]] = {}

    def tables(self) -> dict:
        """What `restore` needs besides the forms: finding each form's stems and keys again
        was nearly all of reopening a big folder's index (3 s of 3.5 at 24,000 articles).
        Plain strings and bytes: a few hundred thousand keys and lists unpickled one by one
        were most of what remained (0.3 s)."""
        return {"by_stem": self.by_stem.state(), "by_key": self.by_key.state()}

    @classmethod
    def restore(cls, forms: list[str], tables: dict) -> _Vocabulary:
        self = cls.__new__(cls)
        self.forms = forms
        self.by_stem = _Lists.restore(tables["by_stem"])
        self.by_key = _Lists.restore(tables["by_key"])
        self.sorted_stems = self.by_stem.keys
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
        cutoff = 74 if len(word) < 6 else 80
        for length in range(len(word) - reach, len(word) + reach + 1):
            choices = self.by_length.get(length)
            if not choices:
                continue
            table = self._letters.get(length)
            if table is None:
                table = self._letters[length] = _LetterTable(choices)
            # Only the stems that can reach the cutoff go to rapidfuzz (in their order, so
            # the result is what all of them would give): `ratio` over every stem within
            # reach (89,000-210,000 of the archive's 256,000) was 11-16 ms a word, most of
            # a slow keystroke.
            for stem, ratio, _ in process.extract(word, table.possible(word, cutoff),
                                                  scorer=fuzz.ratio, score_cutoff=cutoff,
                                                  limit=None):
                if stem != word:
                    give(self.by_stem[stem], 0.85 * ratio)


class _LetterTable:
    """The stems of one length, each as its letters' codes, for a quick necessary test of
    `fuzz.ratio(word, stem) >= cutoff` over all of them at once.

    `ratio` is 200 * LCS / (len(word) + len(stem)), LCS being their longest common
    subsequence. Every letter of that subsequence is a letter of the stem that occurs in
    the word, so a stem with fewer such letters than the cutoff needs cannot reach it.
    Counting them is C work: the stems are one byte string (a code per distinct letter,
    0 between stems), `bytes.translate` marks the word's letters with 1, and one big-int
    multiplication sums each stem's marks into its last byte (a sum is at most the
    length, < 256, so no byte carries into the next). Stems of more than 255 distinct
    letters (no byte code for each) are all passed on: correct, only not quicker."""

    def __init__(self, stems: list[str]) -> None:
        self.stems = stems
        self.length = len(stems[0]) if stems else 0
        self.code: dict[str, int] = {}
        self.data = _letter_codes("\0".join(stems), self.code)
        # Summing a stem's `length` bytes into its last: 1 + 2**8 + … + 2**(8 * (length - 1)).
        self.spread = int.from_bytes(b"\x01" * self.length, "little")

    def possible(self, word: str, cutoff: int) -> list[str]:
        """The stems, in order, that may match `word` with `fuzz.ratio` >= `cutoff` (an int)."""
        length = self.length
        # The fewest common letters the cutoff allows, rounded up (exact in integers).
        need = -(-cutoff * (len(word) + length) // 200)
        if need <= 0 or self.data is None or not 0 < length < 255:
            return self.stems
        marks = bytearray(256)
        for ch in set(word):
            code = self.code.get(ch)
            if code is not None:
                marks[code] = 1
        marked = self.data.translate(marks)
        sums = (int.from_bytes(marked, "little") * self.spread).to_bytes(
            len(marked) + length, "little")[length - 1::length + 1]
        enough = sums[:len(self.stems)].translate(
            bytes(int(n >= need) for n in range(256)))
        stems = self.stems
        return [stems[found.start()] for found in _ONE.finditer(enough)]


def _letter_codes(text: str, code: dict[str, int]) -> bytes | None:
    """`text` as one byte a character, "\\0" as 0 and every other character as its code
    (1, 2, … in order of first meeting, written into `code`); None past 255 of them.
    A charmap codec does it in C (a `str.translate` by dict was 18 ms for 60,000 stems,
    as was finding the distinct letters first): each letter it does not know yet stops it
    there, the letter is given the next code, and it goes on from that point."""
    letters = ["\0"]
    parts = []
    at = 0
    while True:
        # U+FFFE marks a byte that no character has (as in the stdlib's charmap codecs).
        table = codecs.charmap_build("".join(letters).ljust(256, "\ufffe"))
        try:
            parts.append(codecs.charmap_encode(text[at:], "strict", table)[0])
            return b"".join(parts)
        except UnicodeEncodeError as error:
            parts.append(codecs.charmap_encode(text[at:at + error.start], "strict", table)[0])
            new = list(dict.fromkeys(error.object[error.start:error.end]))
            if any(ch in code or ch == "\ufffe" for ch in new) or len(letters) + len(new) > 256:
                return None     # no code for it (one it has would not have stopped it)
            for ch in new:
                code[ch] = len(letters)
                letters.append(ch)
            at += error.start


_ONE = re.compile(b"\x01")


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


def _mask_of(numbers: Iterable[int], size: int) -> int:
    """A bit mask with the bits of `numbers` set: one "0" or "1" per record, set by a C
    loop, read as a binary numeral (bit n is the character n from the end)."""
    digits = bytearray(b"0") * (size + 1)
    _consume(map(digits.__setitem__, map(size.__sub__, numbers), repeat(49)))
    return int(digits, 2)


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

    def column(self, name: str) -> list:
        """Column `name` ("id", "source_id" or "speaker") in record-number order."""
        values = {"id": self._id, "source_id": self._source_id, "speaker": self._speaker}[name]
        return list(values) if self._order is None else _pick(values, self._order)

    def span_at(self, n: int) -> tuple[int, int]:
        if self._order is not None:
            n = self._order[n]
        return self._start[n], self._end[n]

    def source_at(self, n: int) -> str:
        return self._source_id[n if self._order is None else self._order[n]]

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
        # Query word -> the records holding its best forms, and any of its forms (what
        # `word_masks` gives), kept between keystrokes: while the last word of a query is
        # typed the others ask again, and each was a mask of hundreds of rare forms made
        # afresh (a pass over their postings: 1-2 ms a word over 230,000 sentences).
        self._word_masks: dict[str, tuple[int, int]] = {}
        # Copies: records with the same words (see make_groups). group[n] is record n's group;
        # group g's records are group_members[group_off[g]:group_off[g + 1]] (ascending) and
        # come from group_sources[g] different sources; `firsts` has the bit of each group's
        # first record set: a search returning one record per group looks only there.
        self.group = array("i")
        self.group_off = array("i", [0])
        self.group_members = array("i")
        self.group_sources = array("i")
        self.firsts = 0
        self._numbers: dict[str, int] | None = None   # record id -> number, when first asked
        self.group_source_lists: dict[int, list[str]] = {}   # group -> its sources, as asked
        # Record number -> its statement's number (-1: in none), once told the statements
        # (SearchIndex.set_statements): a search then returns one record per statement.
        self.statement_key: array | None = None

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

    def make_groups(self, class_of: array) -> None:
        """Group the records that are copies of each other: the same words after normalising,
        spelling variants alike (`class_of`: a form's spelling class), in the same order. A
        wire story reprinted by many outlets is one group. The speaker is not part of it:
        outlets that credit the same words to different people are a finding, which the
        copies, listed with their own speakers, show."""
        column = getattr(self.records, "column", None)
        if column is not None:
            sources = column("source_id")
        else:
            sources = [r.source_id for r in self.records]
        classes = array("i", map(class_of.__getitem__, self.tok_vid))
        as_bytes = array.tobytes
        keys = map(as_bytes, map(classes.__getitem__, map(slice, self.rec_first, self.rec_last)))
        ids: dict = {}
        # A record with no words at all is no one's copy.
        self.group = array("i", [ids.setdefault(key or number, len(ids))
                                 for number, key in enumerate(keys)])
        del classes
        self._index_groups(sources)

    def _index_groups(self, sources: Sequence[str] | None = None) -> None:
        """group_off, group_members, firsts (and group_sources, given the records' sources)
        from `group`."""
        groups = (max(self.group) + 1) if len(self.group) else 0
        counts = [0] * groups
        for g in self.group:
            counts[g] += 1
        self.group_off = array("i", [0])
        self.group_off.extend(accumulate(counts))
        self.group_members = array("i", sorted(range(self.size), key=self.group.__getitem__))
        if sources is not None:
            distinct = [0] * groups
            for g, _ in set(zip(self.group, sources)):
                distinct[g] += 1
            self.group_sources = array("i", distinct)
        firsts = _pick(self.group_members, self.group_off[:-1])
        self.firsts = _mask_of(firsts, self.size)

    def span_of(self, number: int) -> tuple[int, int]:
        records = self.records
        if isinstance(records, _Records):
            return records.span_at(number)
        record = records[number]
        return record.start, record.end

    def source_of(self, number: int) -> str:
        records = self.records
        if isinstance(records, _Records):
            return records.source_at(number)
        return records[number].source_id

    def number_of(self, record_id: str, source_id: str) -> int | None:
        """The number of the record with this id (and source), or None."""
        if self._numbers is None:
            records = self.records
            ids = (records.column("id") if isinstance(records, _Records)
                   else [r.id for r in records])
            self._numbers = {}
            for number, found in enumerate(ids):
                self._numbers.setdefault(found, number)
        number = self._numbers.get(record_id)
        if number is None or self.source_of(number) != source_id:
            return None
        return number

    def copies(self, number: int) -> array:
        """The numbers of record `number`'s group (itself included), ascending."""
        if not len(self.group):
            return array("i", [number])
        g = self.group[number]
        return self.group_members[self.group_off[g]:self.group_off[g + 1]]

    @property
    def size(self) -> int:
        return len(self.records)

    def made_mask(self, vid: int) -> int | None:
        """`mask(vid)` when it is made already, else None."""
        return self._masks.get(vid)

    def mask(self, vid: int) -> int:
        """The records holding form `vid`, as a bit mask (bit n = record number n)."""
        found = self._masks.get(vid)
        if found is None:
            # Set by a C loop: a Python statement per record was the cost of the masks made
            # for the common forms at the end of a cold open.
            found = _mask_of(self.posting(vid), self.size)
            if len(self._masks) > MASK_CACHE:
                self._masks.clear()
            self._masks[vid] = found
        return found

    def word_masks(self, word: str, matched: Mapping[int, float]) -> tuple[int, int]:
        """(records holding the forms within 4 of `word`'s best score, records holding any
        form it matches) as bit masks; `matched` is the vocabulary's match of `word` (the
        same for the same word, so the masks are kept by the word)."""
        found = self._word_masks.get(word)
        if found is None:
            if matched:
                top = max(matched.values())
                found = (_any_of(self, [v for v, s in matched.items() if s >= top - 4]),
                         _any_of(self, matched))
            else:
                found = (0, 0)
            if len(self._word_masks) >= WORD_MASKS:
                self._word_masks.clear()
            self._word_masks[word] = found
        return found

    def forget_word_masks(self) -> None:
        self._word_masks.clear()

    def frequency(self, vids: list[int]) -> int:
        return sum(self.post_off[v + 1] - self.post_off[v] for v in vids)

    def warm_masks(self) -> None:
        """Make the masks of frequent forms now: they are the slow ones to make on demand."""
        threshold = max(64, self.size // 64)
        # Which forms are frequent, found by C loops over the offsets: a Python statement
        # per form (200,000 of them) was a tenth of a reopened search.
        counts = map(int.__sub__, self.post_off[1:], self.post_off[:-1])
        for vid in compress(count(), map(threshold.__le__, counts)):
            if vid not in self._masks:
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
        for ix in self._scopes.values():      # (while the fork, if any, makes postings)
            ix.make_groups(vocabulary.class_of)
        if pending is not None:
            found = pending()
            if found is None:
                largest.make_postings(len(forms))      # the fork failed: made here after all
            else:
                largest.post_flat, largest.post_off, masks = found[0]
                largest._masks.update(masks)
        self._finish(forms, vocabulary)

    def _finish(self, forms: list[str], vocabulary: _Vocabulary | None = None,
                warm: bool = True) -> None:
        """`warm=False`: the frequent forms' masks are not looked for (a kept index holds
        the ones made when it was built; one missing is made when first asked, the same)."""
        for scope in self._scopes.values():
            scope.extend_postings(len(forms))
            if warm:
                scope.warm_masks()
        self._vocabulary = vocabulary if vocabulary is not None else _Vocabulary(forms)
        self._facets = None   # speakers and outlets, once `describe` is told them

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
                   _ARRAYS + _GROUP_ARRAYS},
            }
            scopes[name]["masks"] = {vid: mask.to_bytes((ix.size + 8) // 8, "little")
                                     for vid, mask in ix._masks.items()}
        return {"version": STATE_VERSION, "forms": "\n".join(self._vocabulary.forms),
                "scopes": scopes, "vocabulary": self._vocabulary.tables()}

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
            for field in _GROUP_ARRAYS:
                setattr(ix, field, _ints(data[field]))
            ix.firsts = _mask_of(_pick(ix.group_members, ix.group_off[:-1]), ix.size)
        # (a form is a word: never empty, never holding a newline)
        forms = state["forms"].split("\n") if state["forms"] else []
        self._finish(forms, _Vocabulary.restore(forms, state["vocabulary"]), warm=False)
        return self

    # -- queries --------------------------------------------------------------------------
    def forget_matches(self) -> None:
        """Drop the per-word vocabulary matches and masks kept between keystrokes (for
        benchmarks)."""
        self._vocabulary._cache.clear()
        for ix in self._scopes.values():
            ix.forget_word_masks()

    def records(self, scope: str = "quotes") -> list[Record]:
        return list(self._scope(scope).records)

    def __len__(self) -> int:
        return sum(len(ix.records) for ix in self._scopes.values())

    def _scope(self, scope: str) -> _ScopeIndex:
        try:
            return self._scopes[scope]
        except KeyError:
            raise ValueError(f"unknown scope {scope!r}: use one of {', '.join(SCOPES)}") from None

    def describe(self, quotes: Iterable = (), outlets: Mapping[str, str] | None = None) -> None:
        """Let queries match each quotation's speaker (every name the corpus gives them) and
        each record's outlet: `quotes` are the quotations the records were made from
        (tui.quotes.Quote), `outlets` maps source ids to outlet labels. Called again when
        either changes (an outlet renamed)."""
        from tui.search.facets import Facets

        self._facets = Facets(self._columns(), quotes, outlets or {})
        self._facets.warm()
        if "quotes" in self._scopes:
            self._scopes["quotes"].number_of("", "")   # for the copies' sources, made here

    def record_ids(self) -> dict[str, str]:
        """Every record id the index holds (the quotations' and the sentences'), each
        mapping to the index's own string of it: for another holder of the same ids (the
        quotations read back from the cache) to keep these rather than equal copies."""
        ids: dict[str, str] = {}
        for column, _ in self._columns().values():
            ids.update(zip(column, column))
        return ids

    def _columns(self) -> dict[str, tuple[Sequence[str], Sequence[str]]]:
        """Each scope's record ids and source ids, in record-number order."""
        columns = {}
        for scope, ix in self._scopes.items():
            records = ix.records
            if isinstance(records, _Records):
                columns[scope] = (records.column("id"), records.column("source_id"))
            else:
                columns[scope] = ([r.id for r in records], [r.source_id for r in records])
        return columns

    def facts(self) -> dict | None:
        """What `describe` and `set_statements` told the index, as plain data the store can
        keep (each quotation record's speaker and statement), or None when it was not told
        both: a reopening answers as this index does without the quotations at hand."""
        ix = self._scopes.get("quotes")
        if ix is None or self._facets is None or ix.statement_key is None:
            return None
        table, speaker_at = self._facets.speaker_table()
        return {"version": FACTS_VERSION, "speakers": table,
                "speaker_at": array("i", speaker_at).tobytes(),
                "statement_key": ix.statement_key.tobytes(),
                "words": self._facets.kept_words()}

    def restore_facts(self, facts: Mapping, outlets: Mapping[str, str]) -> None:
        """`describe` and `set_statements` as `facts()` kept them (outlets as they are now).
        Raises ValueError when they do not fit this index."""
        from tui.search.facets import Facets

        ix = self._scopes.get("quotes")
        if ix is None or facts.get("version") != FACTS_VERSION:
            raise ValueError("kept search facts of another version")
        speaker_at, keys = array("i"), array("i")
        speaker_at.frombytes(facts["speaker_at"])
        keys.frombytes(facts["statement_key"])
        if len(keys) != ix.size:
            raise ValueError("kept statements are for another index")
        self._facets = Facets.from_table(self._columns(), facts["speakers"], speaker_at,
                                         outlets, facts["words"])
        ix.statement_key = keys

    def set_statements(self, statements: Sequence) -> None:
        """Let a search return one record per statement (tui.quotes.Statement: the same
        words, reworded or reported, in other outlets), so that its first results are
        different things said, however many versions of one there are."""
        ix = self._scopes.get("quotes")
        if ix is None:
            return
        ix.number_of("", "")          # the id -> number table, made here rather than later
        keys = array("i", [-1]) * ix.size
        sources: dict[str, frozenset[str]] = {}
        # one object per set of sources (a real archive's 60,308 statements have 22,789)
        same: dict[frozenset[str], frozenset[str]] = {}
        for n, statement in enumerate(statements):
            for member in statement.members:
                if member.quote_id is not None:
                    number = ix.number_of(member.quote_id, member.source_id)
                    if number is not None:
                        keys[number] = n
            found = frozenset(m.source_id for m in statement.members)
            sources[statement.id] = same.setdefault(found, found)
        self._statement_sources = sources
        ix.statement_key = keys

    def statement_sources(self, statement) -> frozenset[str]:
        """The sources carrying a statement (kept when set_statements ran)."""
        found = getattr(self, "_statement_sources", {}).get(statement.id)
        if found is None:
            found = frozenset(m.source_id for m in statement.members)
        return found

    def speaker_of(self, record: Record):
        """The speaker (tui.quotes.Speaker: label, type, names) of a quotation record, once
        `describe` was told the quotations; None otherwise."""
        facets = self._facets
        if facets is None or record.kind != "quote":
            return None
        number = self._scopes["quotes"].number_of(record.id, record.source_id)
        return None if number is None else facets.speaker_at(number)

    def quote_of(self, record: Record):
        """The quotation (tui.quotes.Quote) a quotation record was made from, if described."""
        return self.quote(record.id) if record.kind == "quote" else None

    def quote(self, quote_id: str):
        """The described quotation with this id, or None."""
        facets = self._facets
        return None if facets is None else facets.quotes.get(quote_id)

    def copies(self, hit: Hit, limit: int | None = None) -> list[Record]:
        """The records `hit` stands for (the same words, spelling variants alike), its own
        first, then in index order; at most `limit`."""
        ix = self._scope(_SCOPE_OF_KIND[hit.record.kind])
        number = self._number(ix, hit.record)
        if number is None:
            return [hit.record]
        members = [n for n in ix.copies(number) if n != number]
        if limit is not None:
            members = members[:max(0, limit - 1)]
        return [hit.record, *(ix.records[n] for n in members)]

    def copy_sources(self, hit: Hit) -> list[str]:
        """The sources of every record `hit` stands for, each once, in index order."""
        ix = self._scope(_SCOPE_OF_KIND[hit.record.kind])
        number = self._number(ix, hit.record)
        if number is None:
            return [hit.record.source_id]
        if not len(ix.group):
            return [ix.source_of(number)]
        # Kept per group: the rows of a search ask again at every keystroke.
        found = ix.group_source_lists.get(ix.group[number])
        if found is None:
            found = list(dict.fromkeys(map(ix.source_of, ix.copies(number))))
            if len(ix.group_source_lists) > MASK_CACHE:
                ix.group_source_lists.clear()
            ix.group_source_lists[ix.group[number]] = found
        return list(found)

    def _number(self, ix: _ScopeIndex, record: Record) -> int | None:
        return ix.number_of(record.id, record.source_id)

    def search(self, query: str, scope: str = "quotes", limit: int = 50, *,
               distinct: bool = True) -> list[Hit]:
        """The best `limit` records of `scope` for `query` (see tui.search.query), best
        first: the records holding every query word (in their words, or, for quotations, in
        their speaker's names or outlet), then those holding the most of them. With
        `distinct`, one record stands for all its copies (the same words after normalising,
        spelling variants alike: a wire story many outlets carry is one hit)."""
        ix = self._scope(scope)
        parsed = parse(query)
        if parsed.empty or limit <= 0 or not ix.records:
            return []
        facets = self._facets
        allowed = -1
        for field in parsed.filters:
            if facets is None:
                return []
            for word in getattr(parsed, field):
                allowed &= facets.mask(scope, field, word)
        if distinct and len(ix.group):
            allowed &= ix.firsts
        if not allowed:
            return []
        query_words = list(parsed.words[:MAX_QUERY_WORDS])
        if not query_words:
            return self._filtered(ix, allowed, limit, distinct)
        matched = [self._vocabulary.match(word) for word in query_words]
        around = [facets.free_mask(scope, word) if facets is not None else 0
                  for word in query_words]
        keys = ix.statement_key if distinct else None
        masks = [ix.word_masks(word, m) for word, m in zip(query_words, matched)]
        pool = _pool(ix, masks, around, allowed, limit, keys)
        if not pool:
            return []
        found = [facets.match(word) for word in query_words] if facets is not None else None
        lengths = [len(word) for word in query_words]
        wanted = _wanted(matched)
        form_lengths = self._vocabulary.lengths

        def score(number: int) -> _Scored:
            return _score(ix, number, wanted, len(matched), lengths, form_lengths, facets,
                          found, scope)

        def key(scored: _Scored) -> tuple:
            start, end = ix.span_of(scored[2])
            return (-scored[0], -scored[1], end - start, ix.source_of(scored[2]), start)

        scored = sorted(map(score, pool), key=key)[:limit]
        if distinct:
            # A group's first record may spell a word otherwise than the query (ترامب for
            # ترمب): the copy spelt as asked stands for the group instead, when there is one.
            scored = sorted([score(better) if (better := _as_spelt(ix, s[2], s[3], matched))
                             != s[2] else s for s in scored], key=key)
        words_count = len(matched)
        return [self._counted(ix, _with_matches(
                    Hit(ix.records[number], score_, (), matched=found_, words=words_count,
                        via=via), positions), number, distinct)
                for found_, score_, number, positions, via in scored]

    def _filtered(self, ix: _ScopeIndex, allowed: int, limit: int, distinct: bool) -> list[Hit]:
        """A query of filters only (speaker:…, outlet:…): every record they allow, in the
        order of the articles."""
        numbers = _lowest(ix, allowed, FILTERED_POOL)
        numbers.sort(key=lambda n: (ix.source_of(n), ix.records[n].start))
        return [self._counted(ix, Hit(ix.records[n], 0.0, ()), n, distinct)
                for n in numbers[:limit]]

    def _counted(self, ix: _ScopeIndex, hit: Hit, number: int, distinct: bool) -> Hit:
        if not distinct or not len(ix.group):
            return hit
        g = ix.group[number]
        return replace(hit, copies=ix.group_off[g + 1] - ix.group_off[g],
                       articles=ix.group_sources[g] if len(ix.group_sources) else 1)


_SCOPE_OF_KIND = {kind: scope for scope, kind in KIND_OF_SCOPE.items()}
FILTERED_POOL = 5000   # records a filter-only query sorts into article order
SPEAKER_BONUS = 6.0    # a word found in the speaker's names: quotes BY someone come first
REACH_MAX = 3.0        # at most this much for being carried by many articles (log10 of them)


_NONZERO = re.compile(rb"[^\x00]")
_BITS = [tuple(i for i in range(8) if byte >> i & 1) for byte in range(256)]


def _pool(ix: _ScopeIndex, masks: list[tuple[int, int]], around: list[int],
          allowed: int, limit: int, keys: array | None = None) -> list[int]:
    """The record numbers worth scoring, in tiers, shortest first within each.

    Tier 1: every query word at its best match (the exact spelling, say); tier 2: every word
    at any match (`masks`: each word's records of the two kinds, `_ScopeIndex.word_masks`); then the records holding all words but one, but two, and so on. A word
    is found in a record's words, or in what `around` gives for it (the records whose
    speaker or outlet it names). Only records `allowed` count (a filter; one record per
    group of copies). Sets of records are bit masks (Python ints), so a union or an
    intersection over a quarter of a million records is a few microseconds, and records
    are numbered shortest first, so the lowest set bits are the densest records. With
    `keys` (record -> statement, -1 for none) one record per statement is taken: the first
    one met, tier by tier.
    """
    size = max(POOL, limit)
    best_masks = [best | extra for (best, _), extra in zip(masks, around)]
    any_masks = [either | extra for (_, either), extra in zip(masks, around)]
    chosen: dict[int, None] = {}
    seen: set[int] = set()

    def take(mask: int, size: int) -> bool:
        mask &= allowed
        if mask > 0:
            if keys is None:
                chosen.update(dict.fromkeys(_lowest(ix, mask, size)))
            else:
                for number in _bits(ix, mask):
                    key = keys[number]
                    if number in chosen or (key >= 0 and key in seen):
                        continue
                    seen.add(key)
                    chosen[number] = None
                    if len(chosen) >= size:
                        break
        return len(chosen) >= size

    if take(_all(best_masks), size) or take(_all(any_masks), size):
        return list(chosen)[:size]
    # Partial matches only fill the list: ranked by how many words they hold, then shortest
    # first, they need no large pool to be ranked well.
    size = min(size, len(chosen) + limit + PARTIAL_MARGIN)
    for mask in _fewer(any_masks):
        if take(mask, size):
            break
    return list(chosen)[:size]


def _any_of(ix: _ScopeIndex, vids) -> int:
    """The records holding any of the forms `vids`. The forms whose masks are not made yet
    are set in one mask together: a prefix being typed matches hundreds of forms, and a
    mask of its own for each (a pass over every record) took 350 ms a keystroke over the
    archive's 229,474 sentences."""
    either = 0
    fresh = []
    for vid in vids:
        found = ix.made_mask(vid)
        if found is None:
            fresh.append(vid)
        else:
            either |= found
    if len(fresh) == 1:
        either |= ix.mask(fresh[0])    # kept: the next keystroke likely asks again
    elif fresh:
        either |= _mask_of(chain.from_iterable(map(ix.posting, fresh)), ix.size)
    return either


def _all(masks: list[int]) -> int:
    found = -1
    for mask in masks:
        found &= mask
        if not found:
            return 0
    return found


def _fewer(masks: list[int]):
    """Masks of the records holding exactly n - 1, n - 2, …, 1 of the n `masks`' bits:
    each record's count kept as bit planes (a ripple-carry adder over the masks)."""
    planes: list[int] = []
    for mask in masks:
        carry = mask
        for i, plane in enumerate(planes):
            if not carry:
                break
            planes[i], carry = plane ^ carry, plane & carry
        if carry:
            planes.append(carry)
    full = 0
    for mask in masks:
        full |= mask
    for k in range(len(masks) - 1, 0, -1):
        if k >> len(planes):
            continue        # no record holds that many
        exactly = full
        for i, plane in enumerate(planes):
            exactly &= plane if k >> i & 1 else ~plane
            if not exactly:
                break
        if exactly:
            yield exactly


def _bits(ix: _ScopeIndex, mask: int):
    """The set bits of `mask`, lowest first, as they are wanted."""
    if mask <= 0:
        return
    data = mask.to_bytes((ix.size + 8) // 8, "little")
    for found in _NONZERO.finditer(data):
        at = found.start()
        base = at * 8
        for bit in _BITS[data[at]]:
            yield base + bit


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


def _wanted(matched: list[dict[int, float]]) -> dict[int, list[tuple[int, float]]]:
    """vocabulary id -> (query word, score) for every query word the form matches."""
    wanted: dict[int, list[tuple[int, float]]] = {}
    for i, m in enumerate(matched):
        for vid, score in m.items():
            wanted.setdefault(vid, []).append((i, score))
    return wanted


_Scored = tuple   # (words found, score, record number, word positions, via)


def _score(ix: _ScopeIndex, number: int, wanted: dict[int, list[tuple[int, float]]],
           words_count: int, lengths: list[int], form_lengths: array, facets,
           found: list[dict[int, float]] | None, scope: str) -> _Scored:
    """How well record `number` answers the query: how many query words it holds (in its
    words, or in its speaker's names or outlet), its score, its number, where each query
    word is in its words (word positions), and what else than its words matched."""
    tokens = ix.tok_vid[ix.rec_first[number]:ix.rec_last[number]]
    best = [0.0] * words_count
    positions: list[list[int]] = [[] for _ in range(words_count)]
    # The positions of the query's words found by a C loop; only those are looked at.
    for position in compress(range(len(tokens)), map(wanted.__contains__, tokens)):
        for i, score in wanted[tokens[position]]:
            positions[i].append(position)
            if score > best[i]:
                best[i] = score
    in_text = sum(length for length, p in zip(lengths, positions) if p)
    via: dict[str, None] = {}
    if found is not None:
        for i, words_found in enumerate(found):
            if not words_found or positions[i]:
                continue
            speaker, outlet = facets.scores(scope, number, words_found)
            if speaker:
                best[i] = speaker
                via["speaker"] = None
            elif outlet:
                best[i] = outlet
                via["outlet"] = None
    quality = sum(best) / words_count
    order = _order(positions)
    chars = max(1, sum(map(form_lengths.__getitem__, tokens)))
    coverage = min(1.0, in_text / chars)
    score = 0.85 * quality + 10.0 * order + 5.0 * coverage
    if "speaker" in via:
        # A name the quotation does not hold but its speaker bears: the user asks for what
        # that person said, which ranks above what others said about them.
        score += SPEAKER_BONUS
    if len(ix.group_sources):
        # Of two wordings that answer alike, the one more articles carry comes first (a
        # wire story's own wording before a copy that dropped a word).
        score += min(REACH_MAX, log10(ix.group_sources[ix.group[number]]))
    return (words_count - best.count(0.0), round(score, 2), number, positions, tuple(via))


SPELLING_SCAN = 64   # copies looked at for the one spelt as the query asks


def _as_spelt(ix: _ScopeIndex, number: int, positions: list[list[int]],
              matched: list[dict[int, float]]) -> int:
    """The first copy of record `number` (among its first SPELLING_SCAN) whose words
    match each query word as well as any form of the corpus does, or `number` itself."""
    tokens = ix.tok_vid
    start = ix.rec_first[number]
    wanted = []
    for m, found in zip(matched, positions):
        if not found or not m:
            continue
        top = max(m.values())
        if max(m.get(tokens[start + p], 0.0) for p in found) < top:
            wanted.append({v for v, s in m.items() if s >= top})
    if not wanted or not len(ix.group):
        return number
    for other in ix.copies(number)[:SPELLING_SCAN]:
        if other == number:
            continue
        own = set(tokens[ix.rec_first[other]:ix.rec_last[other]])
        if all(own & top for top in wanted):
            return other
    return number


def _with_matches(hit: Hit, positions: list[list[int]]) -> Hit:
    """The hit with the source spans of its matched words. The index keeps no word's span
    (they were most of its size on disk): `words` finds a record's words again, in the order
    the index numbered them, for the few records a query returns."""
    record = hit.record
    # Only up to the last matched word: a long sentence's tail was most of the tokenising.
    last = max((p for group in positions for p in group), default=-1)
    found = words(record.text, record.start, upto=last + 1)
    spans = sorted({found[p][1:] for group in positions for p in group if p < len(found)})
    return replace(hit, matches=tuple(spans))


def _order(positions: list[list[int]]) -> float:
    """1 when the query words found in the record stand side by side in order, 0.5 in
    order nearby, else 0 (words found elsewhere, in the speaker's names, say, or not at
    all, are left out: the count of words found ranks first)."""
    present = [p for p in positions if p]
    if len(present) <= 1:
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
