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
               speakers: Sequence, outlets: Mapping[str, str]) -> None:
        """`speakers`: each quotation record's speaker (or None), in record-number order."""
        from tui.search.index import _Vocabulary

        self._speaker_objects: dict[str, object] = {}
        self._sources = {scope: list(sources) for scope, (_, sources) in columns.items()}
        forms: dict[str, int] = {}

        def vids(text_forms: set[str]) -> frozenset[int]:
            return frozenset(forms.setdefault(form, len(forms)) for form in text_forms)

        # Quotations: each record's speaker, and each speaker's records and name words.
        self._speaker_at: list[str | None] = []
        self._speaker_numbers: dict[str, list[int]] = {}
        self._speaker_words: dict[str, frozenset[int]] = {}
        for number, speaker in enumerate(speakers):
            key = None if speaker is None else speaker.id
            self._speaker_at.append(key)
            if key is None:
                continue
            self._speaker_numbers.setdefault(key, []).append(number)
            if key not in self._speaker_words:
                self._speaker_objects[key] = speaker
                names = " ".join((speaker.label, *getattr(speaker, "names", ())))
                self._speaker_words[key] = vids(_forms(names))
        self._outlet_words = {source: vids(_forms(label)) for source, label in outlets.items()}
        self._vocabulary = _Vocabulary(list(forms))
        self._speakers_of_word: dict[int, list[str]] = {}
        for key, found in self._speaker_words.items():
            for vid in found:
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

    @classmethod
    def from_table(cls, columns: Mapping[str, tuple[Sequence[str], Sequence[str]]],
                   table: Sequence[Sequence], speaker_at: Sequence[int],
                   outlets: Mapping[str, str]) -> Facets:
        """Facets from what `speaker_table` kept, without the quotations themselves: the
        speakers answer as before; `quotes` is empty (SearchIndex.quote() answers None)."""
        speakers = [KeptSpeaker(str(i), str(label), str(kind), tuple(map(str, names)))
                    for i, label, kind, names in table]
        if len(columns.get("quotes", ((), ()))[0]) != len(speaker_at):
            raise ValueError("the kept speakers are for another index")
        facets = cls.__new__(cls)
        facets.quotes = {}
        facets._build(columns, [speakers[n] if n >= 0 else None for n in speaker_at], outlets)
        return facets
