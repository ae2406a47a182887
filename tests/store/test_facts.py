"""Each article's facts for comparing, made beside its quotations and kept per file in the
cache: the discrepancies they give are those of comparing in process."""

from __future__ import annotations

import sqlite3

import pytest

from tests.store.helpers import ARTICLES, article_folder
from tui.quotes.discrepancies import article_facts, find_discrepancies
from tui.store import analyse, cache_path, open_corpus


@pytest.fixture()
def folder(tmp_path):
    return article_folder(tmp_path / "articles")


def in_process(opened):
    return find_discrepancies(opened.corpus, opened.quotes)


def test_facts_made_with_the_quotations_give_the_same_discrepancies(folder):
    opened = open_corpus(folder, facts=True)
    facts = opened.article_facts()
    assert set(facts) == set(opened.corpus.ids)
    for source in opened.corpus.sources:
        assert facts[source.id] == article_facts(source)
    found = find_discrepancies(opened.corpus, opened.quotes, facts=facts)
    assert found == in_process(opened) and found
    assert not opened.article_facts()       # given once


def test_facts_kept_in_the_cache_round_trip_and_are_not_made_again(folder, monkeypatch):
    from tui.store import build

    first = open_corpus(folder, facts=True)
    expected = in_process(first)

    def never(source):
        raise AssertionError("facts made again although kept")
    monkeypatch.setattr(build, "_facts_one", never)
    again = open_corpus(folder, facts=True)
    facts = again.article_facts()
    assert set(facts) == set(again.corpus.ids)
    assert find_discrepancies(again.corpus, again.quotes, facts=facts) == expected


def test_quotations_cached_without_facts_have_them_made_where_compared(folder, monkeypatch):
    from tui.store import build

    open_corpus(folder)                     # as `statements` opens: no facts
    # (no job for facts alone: the opening, and the app's sources, would wait for it)
    monkeypatch.setattr(build, "_facts_one", lambda source: pytest.fail("made in the pool"))
    opened = open_corpus(folder, facts=True)
    facts = opened.article_facts()
    assert not facts
    assert find_discrepancies(opened.corpus, opened.quotes, facts=facts) == in_process(opened)


def test_a_changed_file_has_its_facts_made_again_the_others_read_back(folder, monkeypatch):
    from tui.store import build

    open_corpus(folder, facts=True)
    changed = folder / ARTICLES[0].name
    changed.write_text(changed.read_text(encoding="utf-8")
                       + "\nواستمر الاجتماع ثلاث ساعات.\n", encoding="utf-8")
    made = []
    original = build._facts_one
    monkeypatch.setattr(build, "_facts_one",
                        lambda source: made.append(source.id) or original(source))
    opened = open_corpus(folder, facts=True)
    facts = opened.article_facts()
    assert set(facts) == set(opened.corpus.ids)
    assert made == [s.id for s in opened.corpus.sources if s.file == ARTICLES[0].name]
    assert find_discrepancies(opened.corpus, opened.quotes, facts=facts) == in_process(opened)


def test_the_app_s_analysis_gives_the_discrepancies_of_comparing_in_process(folder):
    opened = open_corpus(folder, facts=True)
    analysis = analyse(opened)
    plain = open_corpus(folder, use_cache=False)
    assert list(analysis.discrepancies) == find_discrepancies(
        plain.corpus, plain.quotes, statements=analysis.statements)


def test_facts_compared_in_a_fork_beside_grouping_are_those_compared_in_process(
        folder, monkeypatch):
    """From ELSEWHERE_SOURCES articles the facts are compared in a forked copy while the
    statements are grouped, and sent back as plain rows: the same discrepancies."""
    from tui.store import analysis as module

    opened = open_corpus(folder, facts=True)
    monkeypatch.setattr(module, "ELSEWHERE_SOURCES", 1)
    sent: list = []
    start = module._elsewhere

    def watched(make):
        result = start(make)

        def got():
            sent.append(result())
            return sent[-1]
        got.cancel = result.cancel
        return got
    monkeypatch.setattr(module, "_elsewhere", watched)
    analysis = analyse(opened)
    assert len(sent) == 1 and sent[0] is not None       # the fork's answer was used
    plain = open_corpus(folder, use_cache=False)
    expected = find_discrepancies(plain.corpus, plain.quotes, statements=analysis.statements)
    assert list(analysis.discrepancies) == expected and expected


def test_facts_compared_from_the_open_are_those_compared_in_process(folder, monkeypatch):
    """From ELSEWHERE_SOURCES articles an open that builds the index and will compare facts
    starts comparing them in a fork once the quotations are linked, before the index is
    merged; the analysis takes that fork's answer: the same discrepancies."""
    from tui.store import analysis as module

    monkeypatch.setattr(module, "ELSEWHERE_SOURCES", 1)
    started: list = []
    start = module._elsewhere

    def watched(make):
        started.append(start(make))
        return started[-1]
    monkeypatch.setattr(module, "_elsewhere", watched)
    opened = open_corpus(folder, facts=True)
    assert len(started) == 1 and opened.take_comparison() is started[0]
    opened._comparing = started[0]      # (given back for the analysis to take)
    analysis = analyse(opened)
    assert len(started) == 1            # no second fork: the open's was waited for
    plain = open_corpus(folder, use_cache=False)
    expected = find_discrepancies(plain.corpus, plain.quotes, statements=analysis.statements)
    assert list(analysis.discrepancies) == expected and expected


def test_a_comparison_started_by_the_open_and_not_wanted_is_stopped(folder, monkeypatch):
    """The fork the open started is stopped when the analysis compares no facts, and when
    the open is dropped unanalysed: no process is left waiting to send its answer."""
    from tui.store import analysis as module

    monkeypatch.setattr(module, "ELSEWHERE_SOURCES", 1)
    stopped: list = []
    start = module._elsewhere

    def watched(make):
        result = start(make)
        stop = result.cancel

        def cancel():
            stopped.append(True)
            stop()
        result.cancel = cancel      # type: ignore[attr-defined]
        return result
    monkeypatch.setattr(module, "_elsewhere", watched)
    analysis = analyse(open_corpus(folder, facts=True), facts=False)
    assert stopped == [True] and analysis.statements and not analysis.discrepancies
    import gc

    stopped.clear()
    # opened and dropped (without the cache: its index, kept above, would not be merged)
    open_corpus(folder, facts=True, use_cache=False)
    gc.collect()
    assert stopped == [True]


def test_a_damaged_facts_row_is_made_again_where_it_is_compared(folder):
    expected = in_process(open_corpus(folder, facts=True))
    with sqlite3.connect(cache_path(str(folder))) as db:
        db.execute("UPDATE facts SET blob=?", (b"not a pickle",))
    opened = open_corpus(folder, facts=True)
    assert find_discrepancies(opened.corpus, opened.quotes,
                              facts=opened.article_facts()) == expected


def test_a_kept_facts_row_that_does_not_fit_is_left_out_not_misread(folder):
    from tui.store.build import _Facts
    from tui.store.cache import dumps

    facts = _Facts({"a": dumps(("durations only",)), "b": b"junk"})
    assert facts.get("a") is None and facts.get("b") is None


def test_no_facts_are_made_once_the_discrepancies_are_kept(folder):
    opened = open_corpus(folder, facts=True)
    analyse(opened)
    assert not open_corpus(folder, facts=True).article_facts()


def test_a_cache_of_the_schema_before_facts_is_rebuilt_not_misread(folder):
    from tui.store.cache import SCHEMA_VERSION

    expected = in_process(open_corpus(folder))
    with sqlite3.connect(cache_path(str(folder))) as db:     # as schema 5 made them
        db.execute("DROP TABLE facts")
        db.execute("UPDATE meta SET value='summit-tui-cache-5' WHERE key='schema'")
    assert SCHEMA_VERSION != "summit-tui-cache-5"
    notices: list[str] = []
    opened = open_corpus(folder, facts=True, notice=notices.append)
    assert any("another version" in n for n in notices)
    assert opened.rebuilt == len(ARTICLES)
    assert find_discrepancies(opened.corpus, opened.quotes,
                              facts=opened.article_facts()) == expected


def test_facts_the_open_did_not_make_are_made_in_a_pool_and_compare_the_same(folder):
    from tui.store.build import with_missing_facts

    open_corpus(folder)                     # as `statements` opens: no facts
    opened = open_corpus(folder, facts=True)
    kept = opened.article_facts()
    assert not kept
    facts = with_missing_facts(opened.corpus, kept, workers=2)
    assert set(facts) == set(opened.corpus.ids)
    for source in opened.corpus.sources:
        assert facts[source.id] == article_facts(source)
    assert find_discrepancies(opened.corpus, opened.quotes, facts=facts) == in_process(opened)
    # and nothing to make: the facts given back as they are
    assert with_missing_facts(opened.corpus, facts) is facts


def test_facts_made_by_the_pool_s_workers_are_those_made_in_process(tmp_path):
    from tui.store.build import POOL_THRESHOLD, with_missing_facts

    folder = tmp_path / "many"
    folder.mkdir()
    copies = POOL_THRESHOLD // len(ARTICLES) + 1      # enough articles for a pool
    for n in range(copies):
        for path in ARTICLES:
            (folder / f"{n}-{path.name}").write_bytes(path.read_bytes())
    opened = open_corpus(folder, use_cache=False, extract=False)
    facts = with_missing_facts(opened.corpus, {}, workers=2)
    assert len(opened.corpus.sources) >= POOL_THRESHOLD
    assert {sid: facts[sid] for sid in opened.corpus.ids} == {
        s.id: article_facts(s) for s in opened.corpus.sources}
