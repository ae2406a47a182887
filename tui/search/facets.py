"""Who said each quotation and which outlet carried each record: what a query can match
besides the record's own words.

A quotation's words rarely hold its speaker's name (the attribution is outside the quote
marks), so `بوتين` alone would find quotes about Putin rather than by him. The facets give
every record its speaker's names (every name the corpus uses for that speaker) and its
outlet's label, each as a small vocabulary matched the way the index matches words (exact,
clitics, spelling variants, prefix, typos), with the records of each as bit masks.

Built from the quotations and the outlet labels after the index (`SearchIndex.describe`),
so the index kept on disk does not change when an outlet is renamed.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from tui.search.tokens import words

FIELD_CACHE = 4096   # masks kept (one per scope, field and name word)


def _forms(text: str) -> set[str]:
    return {form for form, _, _ in words(text)}


class KeptSpeaker(NamedTuple):
    """A speaker as the cache keeps it for search (tui.quotes.Speaker's fields)."""

    id: str
    label: str
    type: str
    names: tuple[str, ...]


class _Words:
    """The facets' vocabulary: the words of every speaker's names and of every outlet
    label, each as a set of vocabulary ids. Tokenising 15,000 speakers' names and finding
    their forms' stems was most of a reopened search at 24,000 articles (about 0.8 s of
    2.4), so the store keeps this (`kept`) beside the speakers it was made for."""

    def __init__(self, vocabulary, speaker_words: dict[str, frozenset[int]],
                 label_words: list[frozenset[int]]) -> None:
        self.vocabulary = vocabulary
        self.speaker_words = speaker_words      # speaker id -> its name words
        self.label_words = label_words          # per label (in the order given) its words

    @classmethod
    def make(cls, speakers: Iterable, labels: Sequence[str]) -> _Words:
        """`speakers` with id, label and names; the forms take ids in order of first use:
        the speakers' first, then the labels'."""
        from tui.search.index import _Vocabulary

        forms: dict[str, int] = {}

        def vids(text_forms: set[str]) -> frozenset[int]:
            return frozenset(forms.setdefault(form, len(forms)) for form in text_forms)

        speaker_words = {}
        for speaker in speakers:
            names = " ".join((speaker.label, *getattr(speaker, "names", ())))
            speaker_words[speaker.id] = vids(_forms(names))
        label_words = [vids(_forms(label)) for label in labels]
        return cls(_Vocabulary(list(forms)), speaker_words, label_words)

    def kept(self, speaker_ids: Sequence[str], labels: Sequence[str]) -> dict:
        """Plain data for `restore`: the speakers' words in the order of `speaker_ids`, as
        one int array and where each speaker's start (no tuple per speaker)."""
        from tui.search.index import packed

        flat, offsets = packed(sorted(self.speaker_words[key]) for key in speaker_ids)
        return {"forms": list(self.vocabulary.forms), "tables": self.vocabulary.tables(),
                "speakers": list(speaker_ids), "speaker_words": flat.tobytes(),
                "speaker_offsets": offsets.tobytes(), "labels": list(labels),
                "label_words": [sorted(found) for found in self.label_words]}

    @classmethod
    def restore(cls, kept: Mapping, labels: Sequence[str]) -> _Words | None:
        """The words `kept` holds, or None when they were made for other outlet labels (an
        outlet renamed since: the labels' words would be other forms)."""
        from tui.search.index import _Vocabulary

        if list(kept["labels"]) != list(labels):
            return None
        flat, offsets = array("i"), array("i")
        flat.frombytes(kept["speaker_words"])
        offsets.frombytes(kept["speaker_offsets"])
        speakers = kept["speakers"]
        if len(offsets) != len(speakers) + 1 or len(kept["label_words"]) != len(labels):
            raise ValueError("the kept facet words do not fit their speakers")
        speaker_words = {key: frozenset(flat[offsets[n]:offsets[n + 1]])
                         for n, key in enumerate(speakers)}
        forms = list(kept["forms"])
        return cls(_Vocabulary.restore(forms, kept["tables"]), speaker_words,
                   [frozenset(found) for found in kept["label_words"]])


class Facets:
    def __init__(self, columns: Mapping[str, tuple[Sequence[str], Sequence[str]]],
                 quotes: Iterable, outlets: Mapping[str, str]) -> None:
        """`columns[scope]`: the scope's record ids and source ids, in record-number order;
        `quotes`: the quotations (id, speaker with id/label/names, direct); `outlets`:
        source id -> outlet label."""
        self.quotes = {q.id: q for q in quotes}
        ids = columns.get("quotes", ((), ()))[0]
        found = self.quotes.get
        self._build(columns, [getattr(found(record_id), "speaker", None) for record_id in ids],
                    outlets)

    def _build(self, columns: Mapping[str, tuple[Sequence[str], Sequence[str]]],
               speakers: Sequence, outlets: Mapping[str, str],
               kept: Mapping | None = None) -> None:
        """`speakers`: each quotation record's speaker (or None), in record-number order.
        `kept`: the words `kept_words` gave for the same speakers, used when they were made
        for the same outlet labels (else the names and labels are tokenised again)."""
        self._speaker_objects: dict[str, object] = {}
        self._sources = {scope: list(sources) for scope, (_, sources) in columns.items()}

        # Quotations: each record's speaker, and each speaker's records.
        self._speaker_at: list[str | None] = []
        self._speaker_numbers: dict[str, list[int]] = {}
        for number, speaker in enumerate(speakers):
            key = None if speaker is None else speaker.id
            self._speaker_at.append(key)
            if key is None:
                continue
            self._speaker_numbers.setdefault(key, []).append(number)
            if key not in self._speaker_objects:
                self._speaker_objects[key] = speaker
        # Each label once, in the order the sources first give it: the order its words
        # join the vocabulary in, so kept words fit only the same labels in the same order.
        labels = self._labels = list(dict.fromkeys(outlets.values()))
        words = _Words.restore(kept, labels) if kept is not None else None
        if words is None:
            words = _Words.make(self._speaker_objects.values(), labels)
        self._words = words
        self._vocabulary = words.vocabulary
        self._speaker_words = words.speaker_words
        label_words = dict(zip(labels, words.label_words))
        self._outlet_words = {source: label_words[label] for source, label in outlets.items()}
        self._speakers_of_word: dict[int, list[str]] = {}
        for key in self._speaker_objects:
            for vid in self._speaker_words[key]:
                self._speakers_of_word.setdefault(vid, []).append(key)
        self._sources_of_word: dict[int, list[str]] = {}
        for source, found in self._outlet_words.items():
            for vid in found:
                self._sources_of_word.setdefault(vid, []).append(source)
        self._by_source: dict[str, dict[str, list[int]]] = {}
        self._masks: dict[tuple, int] = {}

    # -- what a word matches --------------------------------------------------------------
    def match(self, word: str) -> dict[int, float]:
        """Facet word id -> how well `word` (folded) matches that word of a name or label."""
        return self._vocabulary.match(word)

    def mask(self, scope: str, field: str, word: str) -> int:
        """The records of `scope` whose speaker ("speaker") or outlet ("outlet") has a name
        word that `word` matches, as a bit mask."""
        if field == "speaker" and scope != "quotes":
            return 0       # sentences have no speaker
        found = 0
        for vid in self.match(word):
            found |= self._word_mask(scope, field, vid)
        return found

    def free_mask(self, scope: str, word: str) -> int:
        """The records a free query word reaches through their speaker or outlet: in the
        quotations only (a sentence has no speaker, and its outlet is not what it says)."""
        if scope != "quotes":
            return 0
        return self.mask(scope, "speaker", word) | self.mask(scope, "outlet", word)

    def _word_mask(self, scope: str, field: str, vid: int) -> int:
        """The records whose speaker's names (or outlet's label) hold facet word `vid`."""
        key = (scope, field, vid)
        found = self._masks.get(key)
        if found is None:
            found = self._make_mask(scope, field, vid)
            if len(self._masks) > FIELD_CACHE:
                self._masks.clear()
            self._masks[key] = found
        return found

    def _numbers(self, scope: str, field: str, vid: int) -> list[int]:
        numbers: list[int] = []
        if field == "speaker":
            for key in self._speakers_of_word.get(vid, ()):
                numbers += self._speaker_numbers[key]
        else:
            by_source = self._numbers_by_source(scope)
            for source in self._sources_of_word.get(vid, ()):
                numbers += by_source.get(source, ())
        return numbers

    def _make_mask(self, scope: str, field: str, vid: int) -> int:
        from tui.search.index import _mask_of

        numbers = self._numbers(scope, field, vid)
        return _mask_of(numbers, len(self._sources[scope])) if numbers else 0

    def _numbers_by_source(self, scope: str) -> dict[str, list[int]]:
        found = self._by_source.get(scope)
        if found is None:
            found = {}
            for number, source in enumerate(self._sources[scope]):
                found.setdefault(source, []).append(number)
            self._by_source[scope] = found
        return found

    def warm(self) -> None:
        """Make now the masks of the words many records share (a common title, a word
        every outlet label has): they are the slow ones to make while the user types."""
        for scope in self._sources:
            size = len(self._sources[scope])
            threshold = max(64, size // 64)
            fields = ("speaker", "outlet") if scope == "quotes" else ("outlet",)
            for field in fields:
                words = self._speakers_of_word if field == "speaker" else self._sources_of_word
                for vid in words:
                    if len(self._numbers(scope, field, vid)) >= threshold:
                        self._word_mask(scope, field, vid)

    # -- scoring one record ---------------------------------------------------------------
    def scores(self, scope: str, number: int, matched: Mapping[int, float]) -> tuple[float, float]:
        """How well one query word (its facet matches) matches record `number`'s speaker
        and its outlet: (speaker score, outlet score), 0 for no match."""
        speaker = outlet = 0.0
        if scope == "quotes" and number < len(self._speaker_at):
            key = self._speaker_at[number]
            if key is not None:
                speaker = max((matched.get(v, 0.0) for v in self._speaker_words[key]),
                              default=0.0)
            source = self._sources[scope][number]
            outlet = max((matched.get(v, 0.0) for v in self._outlet_words.get(source, ())),
                         default=0.0)
        return speaker, outlet

    def speaker_at(self, number: int):
        """The speaker (tui.quotes.Speaker, or as kept) of quotation record `number`, or
        None."""
        key = self._speaker_at[number] if 0 <= number < len(self._speaker_at) else None
        return None if key is None else self._speaker_objects[key]

    # -- kept on disk -----------------------------------------------------------------------
    def speaker_table(self) -> tuple[tuple[tuple, ...], list[int]]:
        """Every speaker once, as (id, label, type, names), and for each quotation record in
        number order the index of its speaker in that table (-1: none)."""
        order = {key: n for n, key in enumerate(self._speaker_objects)}
        table = tuple((sp.id, sp.label, sp.type, tuple(sp.names))
                      for sp in self._speaker_objects.values())
        return table, [-1 if key is None else order[key] for key in self._speaker_at]

    def kept_words(self) -> dict:
        """The facets' words as plain data, for `from_table(..., words=)`: the speakers in
        `speaker_table`'s order."""
        return self._words.kept(list(self._speaker_objects), self._labels)

    @classmethod
    def from_table(cls, columns: Mapping[str, tuple[Sequence[str], Sequence[str]]],
                   table: Sequence[Sequence], speaker_at: Sequence[int],
                   outlets: Mapping[str, str], words: Mapping | None = None) -> Facets:
        """Facets from what `speaker_table` kept, without the quotations themselves: the
        speakers answer as before; `quotes` is empty (SearchIndex.quote() answers None).
        `words`: what `kept_words` gave with that table (then nothing is tokenised unless
        an outlet was renamed)."""
        speakers = [KeptSpeaker(str(i), str(label), str(kind), tuple(map(str, names)))
                    for i, label, kind, names in table]
        if len(columns.get("quotes", ((), ()))[0]) != len(speaker_at):
            raise ValueError("the kept speakers are for another index")
        if words is not None and list(words["speakers"]) != [sp.id for sp in speakers]:
            raise ValueError("the kept facet words are for other speakers")
        facets = cls.__new__(cls)
        facets.quotes = {}
        facets._build(columns, [speakers[n] if n >= 0 else None for n in speaker_at], outlets,
                      words)
        return facets
