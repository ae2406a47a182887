"""What an open folder holds many of, it holds once: a quotation's id and sentence id are
the search index's own strings of them, cold and reopened, and reading them so changes no
value."""

from __future__ import annotations

from tests.store.helpers import article_folder
from tui.store import open_corpus
from tui.store.cache import dumps, loads
from tui.store.codec import decode_quotes, encode_quotes


def _index_ids(opened) -> tuple[dict, dict]:
    """Each scope's record id -> the index's string of it."""
    quotes = {r.id: r.id for r in opened.index.records("quotes")}
    sentences = {r.id: r.id for r in opened.index.records("sentences")}
    return quotes, sentences


def _check_shared(opened) -> None:
    quotes, sentences = _index_ids(opened)
    assert opened.quotes
    assert all(q.id is quotes[q.id] for q in opened.quotes)
    with_sentence = [q for q in opened.quotes if q.sentence_id is not None]
    assert with_sentence
    assert all(q.sentence_id is sentences[q.sentence_id] for q in with_sentence)


def test_quotations_share_the_indexs_ids_cold_and_reopened(tmp_path):
    folder = article_folder(tmp_path / "articles")
    cold = open_corpus(folder, workers=1)
    _check_shared(cold)
    warm = open_corpus(folder, workers=1)
    assert warm.quotes == cold.quotes
    _check_shared(warm)


def test_the_index_gives_every_record_id_once(tmp_path):
    opened = open_corpus(article_folder(tmp_path / "articles"), use_cache=False)
    ids = opened.index.record_ids()
    quotes, sentences = _index_ids(opened)
    assert set(ids) == set(quotes) | set(sentences)
    assert all(ids[i] is i for i in ids)


def test_decoding_with_ids_gives_equal_quotations_holding_those_strings(tmp_path):
    opened = open_corpus(article_folder(tmp_path / "articles"), use_cache=False)
    quotes = list(opened.quotes)
    row = loads(dumps(encode_quotes(quotes)))
    ids = {q.id: q.id for q in quotes[::2]}     # some ids only: the others keep their own
    ids.update((q.sentence_id, q.sentence_id) for q in quotes if q.sentence_id)
    again = decode_quotes(row, {}, ids)
    assert again == decode_quotes(row, {}) == quotes
    for n, (quote, made) in enumerate(zip(quotes, again)):
        assert (made.id is quote.id) == (n % 2 == 0)
        assert made.sentence_id is quote.sentence_id


def test_statements_from_the_same_sources_share_one_set_of_them(tmp_path):
    from tui.store import analyse

    opened = open_corpus(article_folder(tmp_path / "articles"), workers=1)
    analysis = analyse(opened, facts=False)
    opened.index.set_statements(analysis.statements)
    by_sources: dict = {}
    for statement in analysis.statements:
        found = opened.index.statement_sources(statement)
        assert found == frozenset(m.source_id for m in statement.members)
        by_sources.setdefault(found, []).append(found)
    assert any(len(sets) > 1 for sets in by_sources.values())
    assert all(s is sets[0] for sets in by_sources.values() for s in sets)
