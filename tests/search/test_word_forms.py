"""Word forms are folded once and remembered: the remembered forms are the folded ones."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.search import tokens
from tui.search.tokens import WORD, fold, tokenise_source, words


def expected(text: str, offset: int = 0):
    return [(fold(m.group()), m.start() + offset, m.end() + offset)
            for m in WORD.finditer(text) if fold(m.group())]


@pytest.mark.parametrize("kept", [0, 3, 1 << 18])
def test_remembered_forms_are_the_folded_forms(seeds, monkeypatch, kept):
    monkeypatch.setattr(tokens, "_FORMS", {})
    monkeypatch.setattr(tokens, "_FORMS_KEPT", kept)
    for source in seeds.sources:
        first = words(source.text, 7)
        assert first == expected(source.text, 7)
        assert words(source.text, 7) == first           # now from what was remembered
    assert len(tokens._FORMS) == min(kept, len({m.group() for s in seeds.sources
                                                for m in WORD.finditer(s.text)}))
    assert words("الرئيسُ ترامب") == [("الرئيس", 0, 7), ("ترامب", 8, 13)]


_PIECES = st.sampled_from(["ترامب", "الرئيسُ", "بوتين", "ـ", "ـــ", "\u064e", "Putin", "2025",
                           " ", "  ", "،", ".", "«", "»", "\n", "\u200f", "و", "x_y"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.data())
def test_a_source_tokenised_at_once_gives_each_range_its_own_words(text, data):
    """Words cut by a range's ends, words that fold to nothing, quotations that are not the
    source's slice: each range and quotation gets what `words` gives it alone."""
    spans = st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted)
    ranges = data.draw(st.lists(spans, max_size=6))
    quotes = [(text[a:b], a) for a, b in data.draw(st.lists(spans, max_size=4))]
    quotes += data.draw(st.lists(st.tuples(_PIECES, st.integers(0, len(text))), max_size=2))
    said, sentences = tokenise_source(text, ranges, quotes)
    assert said[0] is sentences[0]
    expected = ([words(text[a:b], a) for a, b in ranges], [words(q, a) for q, a in quotes])
    got = []
    for forms, counts, ids in (sentences, said):
        at, mine = 0, []
        for count in counts:
            mine.append([forms[ids[n]] for n in range(at, at + count)])
            at += count
        assert at == len(ids)
        got.append(mine)
    # each record's words, in order: the index finds their spans again with `words`
    assert tuple(got) == tuple([[form for form, _, _ in record] for record in found]
                               for found in expected)
    used = {forms_ for found in expected for record in found for forms_, _, _ in record}
    assert sorted(sentences[0]) == sorted(used)     # no form that no range uses


@pytest.mark.parametrize("form, found", [
    ("والوزير", ("والوزير", "وزير", "الوزير")),
    ("للمملكه", ("للمملكه", "مملكه", "لمملكه")),
    # no clitic can open a word whose first letter opens none: the form alone
    ("مدرسه", ("مدرسه",)),
    ("تشييد", ("تشييد",)),
])
def test_a_forms_stems_are_it_and_what_each_clitic_leaves(form, found):
    from tui.search.tokens import stems
    assert stems(form) == found


def test_a_vocabulary_keys_a_stem_shared_by_forms_once_and_alike():
    from tui.search.index import _Vocabulary
    from tui.search.tokens import key_of
    vocabulary = _Vocabulary(["الوزير", "والوزير", "وزير", "مدرسه"])
    # (each form is listed under the key once for each of its stems that has it)
    assert list(vocabulary.by_key.get(key_of("وزير"))) == [0, 0, 1, 1, 2]
    assert vocabulary.class_of[0] == vocabulary.class_of[2] != vocabulary.class_of[3]
