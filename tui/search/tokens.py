"""Words of a text with their offsets, and each word's matching forms.

Words are found in the ORIGINAL text (harakat, tatweel and zero-width marks count as part of
a word), so a word's span is already in source offsets; its matching form is the word passed
through the same per-character rules as `tui.text.normalize` (one `str.translate` table built
from `normalize_char`), which is ~20x faster than normalising character by character.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate, islice

from tui.text.normalize import normalize_char, variant_key

WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f]+")
_SPLIT = re.compile(f"({WORD.pattern})")

# Clitics written onto the next word: و ف ب ك ل and the article, alone or combined.
_PREFIXES = tuple(sorted({"و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال", "كال", "لل",
                          "ولل", "فلل", "وب", "ول", "فب", "ول"}, key=len, reverse=True))
# The letters the prefixes open with.
_PREFIX_LETTERS = tuple(sorted({prefix[0] for prefix in _PREFIXES}))
MIN_VARIANT = 4  # below this, dropping long vowels joins unrelated words (امن / ايمن)


@lru_cache(maxsize=1)
def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        folded = normalize_char(ch)
        if folded != ch:
            table[code] = folded or None
    return table


def fold(word: str) -> str:
    """A word's matching form: what `normalize_text` gives, character for character."""
    return word.translate(_table())


# News repeats its words endlessly: a word's form is folded once (indexing 10,000 articles
# folds millions of words, but only tens of thousands of different ones).
_FORMS: dict[str, str] = {}
_FORMS_KEPT = 1 << 18


def words(text: str, offset: int = 0, upto: int | None = None) -> list[tuple[str, int, int]]:
    """(form, start, end) for every word of `text` (the first `upto` of them, if given);
    spans are shifted by `offset`."""
    table = _table()
    known = _FORMS
    out: list[tuple[str, int, int]] = []
    if upto is not None and upto <= 0:
        return out
    for match in WORD.finditer(text):
        word = match.group()
        form = known.get(word)
        if form is None:
            form = word.translate(table)
            if len(known) < _FORMS_KEPT:
                known[word] = form
        if form:
            out.append((form, match.start() + offset, match.end() + offset))
            if len(out) == upto:
                break
    return out


def tokenise(spans: Iterable[tuple[str, int, int, int]]) -> tuple:
    """The words of many records at once, compactly: `spans` gives each record as (text,
    start, end, shift), its words being those of text[start:end] with offsets moved by shift
    (what `words(text[start:end], start + shift)` gives, without copying the slice).

    Returns (forms, counts, ids): the distinct forms in order of first use, each record's
    number of words, and every word's index into `forms`, as int arrays. It pickles as a few
    byte strings, so a worker process can tokenise a source and send the result to the
    process that builds the index for almost nothing. A word's span is not kept: the index
    finds it again, by `words`, for the few records a query returns.
    """
    table = _table()
    known = _FORMS
    ids_of: dict[str, int] = {}
    forms: list[str] = []
    counts, ids = array("i"), array("i")
    add_id = ids.append
    for text, start, end, shift in spans:
        before = len(ids)
        for match in WORD.finditer(text, start, end):
            word = match.group()
            form = known.get(word)
            if form is None:
                form = word.translate(table)
                if len(known) < _FORMS_KEPT:
                    known[word] = form
            if form:
                number = ids_of.get(form)
                if number is None:
                    number = ids_of[form] = len(forms)
                    forms.append(form)
                add_id(number)
        counts.append(len(ids) - before)
    return forms, counts, ids


def tokenise_source(text: str, ranges: Sequence[tuple[int, int]],
                    quotes: Sequence[tuple[str, int]]) -> tuple[tuple, tuple]:
    """`tokenise` for the sentences and the quotations of one source text at once: the
    words of text[start:end] for each of `ranges`, and of each quotation's (text, start)
    with offsets moved by start; the two results share one forms list.

    A word of text[start:end] is a word of the whole text, cut at start or end when it runs
    over them (a word is a maximal run of word characters), so the whole text is split into
    words once, by C loops, and a range takes its words as array slices; only the words cut
    by a range's ends and a quotation that is not the source's slice are tokenised apart.
    """
    parts = _SPLIT.split(text)
    words_ = parts[1::2]
    bounds = list(accumulate(map(len, parts), initial=0))
    known = _FORMS
    unknown = set(words_).difference(known)
    if unknown:
        table = _table()
        folded = {word: word.translate(table) for word in unknown}
        room = _FORMS_KEPT - len(known)
        known.update(folded if room >= len(folded) else islice(folded.items(), max(room, 0)))
        if room < len(folded):
            known = {**folded, **{word: known[word] for word in words_ if word not in folded}}
    folded_words = list(map(known.__getitem__, words_))
    ids_of = dict.fromkeys(folded_words)
    ids_of.pop("", None)
    forms = list(ids_of)
    ids_of = dict(zip(forms, range(len(forms))))
    ids_of[""] = -1
    ids = array("i", map(ids_of.__getitem__, folded_words))
    del ids_of[""]
    starts, ends = bounds[1::2], bounds[2::2]      # only searched (bisect), never sent
    if -1 in ids:
        # words with nothing left once folded (a lone tatweel) are not words of any range
        keep = [n for n, number in enumerate(ids) if number >= 0]
        ids = array("i", [ids[n] for n in keep])
        starts, ends = [starts[n] for n in keep], [ends[n] for n in keep]

    def add(out: tuple, form: str) -> None:
        number = ids_of.get(form)
        if number is None:
            number = ids_of[form] = len(forms)
            forms.append(form)
        out[1].append(number)

    def add_piece(out: tuple, start: int, end: int) -> None:
        form = fold(text[start:end])
        if form:
            add(out, form)

    def cut(out: tuple, start: int, end: int) -> None:
        before = len(out[1])
        first = bisect_right(ends, start)       # the first word that ends after start
        last = bisect_left(starts, end)         # words first..last-1 begin before end
        if first < last and starts[first] < start:          # a word cut by start
            add_piece(out, start, min(ends[first], end))
            first += 1
        tail = None
        if first < last and ends[last - 1] > end:           # a word cut by end
            last -= 1
            tail = starts[last]
        out[1].extend(ids[first:last])
        if tail is not None:
            add_piece(out, tail, end)
        out[0].append(len(out[1]) - before)

    sentences = (array("i"), array("i"))
    for start, end in ranges:
        cut(sentences, start, end)
    said = (array("i"), array("i"))
    for quote, start in quotes:
        if text.startswith(quote, start):
            cut(said, start, start + len(quote))
        else:
            # not the source's own slice (a cached row may hold another text): its own words
            before = len(said[1])
            for found, _, _ in words(quote, start):
                add(said, found)
            said[0].append(len(said[1]) - before)
    # Only the forms the ranges and quotations use: the vocabulary is the records' words.
    used = set(said[1])
    used.update(sentences[1])
    if len(used) < len(forms):
        kept = sorted(used)
        renumber = dict(zip(kept, range(len(kept))))
        forms = [forms[number] for number in kept]
        said, sentences = ((out[0], array("i", map(renumber.__getitem__, out[1])))
                           for out in (said, sentences))
    return (forms, *said), (forms, *sentences)


def stems(form: str) -> tuple[str, ...]:
    """The form and what is left after each clitic prefix it may carry (2+ letters left)."""
    if not form.startswith(_PREFIX_LETTERS):
        return (form,)      # (a third of a vocabulary's forms: no prefix to try)
    found = [form]
    for prefix in _PREFIXES:
        if form.startswith(prefix) and len(form) - len(prefix) >= 2:
            rest = form[len(prefix):]
            if rest not in found:
                found.append(rest)
    return tuple(found)


def key_of(form: str) -> str | None:
    """The spelling-variant key of a form, or None when the form is too short to fold."""
    return variant_key(form) if len(form) >= MIN_VARIANT else None
