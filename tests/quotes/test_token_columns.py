"""Tokens as columns (what a worker process sends to the one that learns speakers) are the
tokens `tokenize` makes, and learning from them learns what learning from the text does."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.corpus import load_corpus
from tui.quotes.speakers import _TOKEN, Registry, token_columns, tokenize
from tui.quotes.words import norm_word

PIECES = ["الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "ترمب", "وكالة", "«تاس»", "قال", "إن",
          "Trump", "said", "،", ".", " ", "\n", "\n\n", "\u200f", "ـ", "123", "(ب)", "ً"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_columns_hold_the_tokens_tokenize_makes(text):
    # the reference: every match of the token pattern, its span and its normalised word
    assert tokenize(text) == [(m.start(), m.end(), norm_word(m.group()))
                              for m in _TOKEN.finditer(text)]
    columns = token_columns(text)
    assert list(columns[0:len(columns)]) == tokenize(text)
    assert [columns[k] for k in range(len(columns))] == tokenize(text)
    again = pickle.loads(pickle.dumps(columns))
    assert again[0:len(again)] == tokenize(text)


def test_a_span_of_text_tokenises_with_offsets_into_the_whole():
    text = "قال ترامب: «نعم». وقال بوتين"
    start = text.index("«")
    assert tokenize(text, start) == [t for t in tokenize(text) if t.start >= start]
    assert all(text[t.start:t.end] for t in tokenize(text, start, start + 5))


def test_learning_from_columns_learns_what_learning_from_text_does():
    sources = load_corpus(None).sources
    from_text, from_columns = Registry(), Registry()
    for source in sources:
        from_text.learn(source.text)
        from_columns.learn(source.text, pickle.loads(pickle.dumps(token_columns(source.text))))
    assert from_columns.names == from_text.names
    assert from_columns.speakers == from_text.speakers
    assert len(from_text.names) > 30


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["ب" * 300, " " * 70000]), max_size=12).map("".join))
def test_token_columns_survive_the_trip_to_another_process(text):
    columns = token_columns(text)
    again = pickle.loads(pickle.dumps(columns, pickle.HIGHEST_PROTOCOL))
    assert list(again.starts) == list(columns.starts) == [t.start for t in tokenize(text)]
    assert list(again.ends) == list(columns.ends) == [t.end for t in tokenize(text)]
    assert again.norms == columns.norms == [t.norm for t in tokenize(text)]
