"""The cache's rows: sources and quotations come back equal to what was stored."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from tui.corpus import load_corpus
from tui.corpus.model import Body, Source
from tui.quotes import extract_quotes
from tui.store import codec
from tui.store.cache import dumps, loads


@pytest.fixture(scope="module")
def seeds():
    corpus = load_corpus(None)
    return corpus.sources, [extract_quotes(s) for s in corpus.sources]


def reopened(source: Source) -> Source:
    """`source` as a reopening gets it: through the stored bytes of its row."""
    return codec.decode_source(loads(dumps(codec.encode_source(source))))


def test_a_decoded_source_equals_the_loaded_one(seeds):
    for source in seeds[0]:
        again = reopened(source)
        assert again == source
        assert hash(again) == hash(source)
        assert repr(again) == repr(source)
        assert again.paragraphs == source.paragraphs
        assert again.sentences == source.sentences
        assert again.paragraph_at(source.paragraphs[-1].start) == source.paragraphs[-1]


def test_text_and_paragraphs_are_made_once_and_only_when_read(seeds):
    source = seeds[0][0]
    calls = []

    def made(what, value):
        def make():
            calls.append(what)
            return value
        return make

    lazy = dataclasses.replace(source, body=Body(made("text", source.text),
                                                 made("paragraphs", source.paragraphs)))
    assert calls == [] and lazy.id == source.id
    assert lazy.text == source.text and lazy.text is lazy.text
    assert calls == ["text"] and lazy.body.unmade_paragraphs is not None
    first = lazy.paragraphs
    assert lazy.paragraphs is first and lazy.body.unmade_paragraphs is None
    assert calls == ["text", "paragraphs"]


def test_a_decoded_source_makes_its_paragraphs_only_when_read(seeds):
    source = reopened(seeds[0][0])
    assert source.title == seeds[0][0].title
    assert source.text == seeds[0][0].text
    assert source.body.unmade_paragraphs is not None
    assert source.paragraphs == seeds[0][0].paragraphs
    assert source.body.unmade_paragraphs is None


def test_a_text_with_lone_surrogates_round_trips(seeds):
    original = seeds[0][0]
    source = dataclasses.replace(original, body=Body(original.text + "\udcff", original.paragraphs))
    assert reopened(source).text == source.text


def test_a_decoded_source_pickles_copies_and_stays_frozen(seeds):
    source = seeds[0][1]
    assert pickle.loads(pickle.dumps(reopened(source))) == source
    renamed = dataclasses.replace(reopened(source), outlet="another")
    assert renamed.outlet == "another" and renamed.paragraphs == source.paragraphs
    with pytest.raises(dataclasses.FrozenInstanceError):
        reopened(source).body = Body("", ())


def test_a_source_round_trips_without_its_paragraphs_being_read(seeds):
    source = seeds[0][2]
    assert reopened(reopened(source)) == source


@pytest.mark.parametrize("damage", [
    b"not a pickle",
    pickle.dumps(dataclasses.FrozenInstanceError("a class, refused")),
    pickle.dumps(("wrong", "shape")),
])
def test_damaged_paragraphs_are_segmented_again_from_the_text(seeds, damage):
    source = seeds[0][0]
    *fields, _ = codec.encode_source(source)
    assert codec.decode_source((*fields, damage)).paragraphs == source.paragraphs


def test_damaged_paragraphs_read_after_the_text_use_the_same_text(seeds):
    source = seeds[0][1]
    *fields, _ = codec.encode_source(source)
    again = codec.decode_source((*fields, b"damaged"))
    text = again.text
    assert again.paragraphs == source.paragraphs and again.text is text


def test_a_row_of_the_old_shape_does_not_decode(seeds):
    source = seeds[0][0]
    fields = list(codec.encode_source(source))
    with pytest.raises((TypeError, ValueError)):
        codec.decode_source((*fields[:7], ()) + tuple(fields[8:]))    # paragraphs not bytes
    with pytest.raises((TypeError, ValueError)):
        codec.decode_source(tuple(fields[:8]))      # the shape before dates were kept


def test_quotations_round_trip_with_one_object_per_speaker(seeds):
    speakers: dict = {}
    for quotes in seeds[1]:
        again = codec.decode_quotes(loads(dumps(codec.encode_quotes(quotes))), speakers)
        assert again == quotes
    named = [q for quotes in seeds[1] for q in quotes if q.speaker is not None]
    assert named
    decoded = [q for quotes in seeds[1]
               for q in codec.decode_quotes(codec.encode_quotes(quotes), speakers)
               if q.speaker is not None]
    assert all(q.speaker is speakers[(q.speaker.id, q.speaker.label, q.speaker.type,
                                      q.speaker.names)] for q in decoded)


def test_the_shape_names_the_rows_layout():
    assert repr(codec.ROWS) in codec.shape()


def test_a_change_to_the_sentence_rules_changes_the_shape(monkeypatch):
    # cached sources hold their sentences: rows split by older rules must not be reused
    before = codec.shape()
    monkeypatch.setattr(codec, "SEGMENTATION", codec.SEGMENTATION + 1)
    assert codec.shape() != before


def _spans(source: Source) -> list[tuple[str, int, int]]:
    return [(s.id, s.start, s.end) for s in source.sentences]


def test_sentence_spans_come_from_the_row_without_making_the_paragraphs(seeds):
    for source in seeds[0]:
        again = reopened(source)
        assert codec.sentence_spans(again) == _spans(source)
        assert again.body.unmade_paragraphs is not None
        assert codec.sentence_spans(source) == _spans(source)     # a source read from its file


@pytest.mark.parametrize("damage", [b"not a pickle", pickle.dumps(("wrong", "shape"))])
def test_sentence_spans_of_a_damaged_row_are_those_of_the_text(seeds, damage):
    source = seeds[0][2]
    *fields, _ = codec.encode_source(source)
    assert codec.sentence_spans(codec.decode_source((*fields, damage))) == _spans(source)
