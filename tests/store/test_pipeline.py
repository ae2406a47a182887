"""Opening through the pool, the cache or neither gives the same quotations, speakers and all."""

from __future__ import annotations

import pytest

from bench.make_corpus import make
from tests.store.helpers import ARTICLES, article_folder
from tui.quotes.analysis import extract_all
from tui.store import build as store_build
from tui.store import open_corpus


def speakers(quotes):
    """Every quotation's speaker, whole: id, label, type and names (equality is by id)."""
    return [None if q.speaker is None else (q.speaker.id, q.speaker.label, q.speaker.type,
                                            q.speaker.names) for q in quotes]


@pytest.fixture()
def seed_folder(tmp_path):
    target = article_folder(tmp_path / "seeds")
    (target / "empty.txt").write_text("", encoding="utf-8")     # skipped
    return target


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    target = tmp_path_factory.mktemp("generated")
    make(60, target)
    return target


@pytest.mark.parametrize("pooled", [False, True])
def test_an_open_extracts_what_extraction_alone_does(seed_folder, monkeypatch, pooled):
    if pooled:
        monkeypatch.setattr(store_build, "POOL_THRESHOLD", 1)
    opened = open_corpus(seed_folder, workers=2 if pooled else 1)
    assert len(opened.corpus.sources) == len(ARTICLES)
    serial = extract_all(opened.corpus)
    assert opened.quotes == tuple(serial)
    assert speakers(opened.quotes) == speakers(serial)
    assert any(q.speaker is not None for q in opened.quotes)


def test_an_open_without_the_index_has_the_same_quotations_and_a_later_one_builds_it(
        seed_folder):
    """What never searches (statements, discrepancies, quotes) opens without an index; an
    open that searches later builds it from the quotations kept meanwhile."""
    bare = open_corpus(seed_folder, index=False)
    assert bare.index is None and bare.quotes
    indexed = open_corpus(seed_folder)
    assert indexed.index is not None and indexed.rebuilt == 0
    assert indexed.quotes == bare.quotes and speakers(indexed.quotes) == speakers(bare.quotes)
    fresh = open_corpus(seed_folder, use_cache=False)
    assert indexed.index.search("ترمب", limit=5) == fresh.index.search("ترمب", limit=5)


def test_a_changed_file_is_extracted_again_and_linked_with_the_rest(seed_folder):
    open_corpus(seed_folder)
    changed = seed_folder / ARTICLES[0].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nوقال وزير الخارجية الفرنسي "
                       "جان بارو: \"كلام كثير هنا\".\n", encoding="utf-8")
    opened = open_corpus(seed_folder)
    assert opened.rebuilt == 1
    assert speakers(opened.quotes) == speakers(extract_all(opened.corpus))
    assert any(q.speaker is not None and q.speaker.label == "جان بارو" for q in opened.quotes)


@pytest.mark.parametrize("use_cache", [True, False])
def test_reopening_gives_the_same_speakers(seed_folder, use_cache):
    first = open_corpus(seed_folder, use_cache=use_cache)
    again = open_corpus(seed_folder, use_cache=use_cache)
    assert speakers(first.quotes) == speakers(again.quotes)


def test_a_failure_while_extracting_propagates_and_the_cache_is_rebuilt(generated, monkeypatch):
    seen = []
    real = store_build._extract_one

    def failing(source):
        seen.append(source.id)
        if len(seen) == 3:
            raise RuntimeError("extraction failed")
        return real(source)

    with monkeypatch.context() as patch:
        patch.setattr(store_build, "_extract_one", failing)
        with pytest.raises(RuntimeError, match="extraction failed"):
            open_corpus(generated, workers=1)
    assert len(seen) == 3
    notices = []
    again = open_corpus(generated, workers=2, notice=notices.append)
    assert any("did not finish" in n for n in notices) and again.rebuilt == 60


QUERIES = ("ترمب", "ترامب وبوتين", "الرئيس الروسى", "ضمان امن اوكرانيا", "قمه الاسكا", "Putin",
           "دارشييف", "اوكر", "في")


def everything(opened):
    """What an open gives that the rest of the program uses, grouped statements included."""
    from tui.quotes.analysis import group_records
    from tui.quotes.discrepancies import find_discrepancies

    corpus = opened.corpus
    hits = {(scope, query): opened.index.search(query, scope, limit=500)
            for scope in ("quotes", "sentences") for query in QUERIES}
    return (corpus.sources, corpus.warnings, opened.problems, opened.quotes,
            speakers(opened.quotes), hits,
            [opened.index.records(scope) for scope in ("quotes", "sentences")],
            group_records(corpus, opened.quotes),
            find_discrepancies(corpus, opened.quotes))


def test_cold_warm_partly_cached_and_uncached_opens_give_the_same_everything(tmp_path):
    """The pool's per-source pickles and tokens, the cache's rows and the serial path without
    a cache make the same corpus, quotations, statements, discrepancies and search hits."""
    folder = tmp_path / "generated"
    make(60, folder)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    uncached = everything(open_corpus(folder, use_cache=False, workers=1))
    cold = open_corpus(folder, workers=2)
    assert cold.rebuilt == 61 and len(cold.corpus.sources) == 60
    assert everything(cold) == uncached
    warm = open_corpus(folder, workers=2)
    assert warm.reused == 61 and everything(warm) == uncached
    # one file changed: its quotations are extracted again, the index is built again from
    # every source (the others' quotations from the cache)
    changed = sorted(folder.glob("article-*.txt"))[5]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nقال ترمب: «كلام جديد».\n",
                       encoding="utf-8")
    partly = open_corpus(folder, workers=2)
    assert partly.rebuilt == 1
    assert everything(partly) == everything(open_corpus(folder, use_cache=False, workers=1))
    assert any("كلام جديد" in h.record.text for h in partly.index.search("كلام جديد"))


def test_the_pools_are_gone_before_the_index_is_merged(generated, monkeypatch):
    """Each pool ends once its results are in: its workers, and every article's bytes it was
    handed, must not live on through the merge (the open's peak of memory)."""
    import multiprocessing

    alive = []
    real = store_build._index

    def index(*args, **kwargs):
        alive.append(multiprocessing.active_children())
        return real(*args, **kwargs)

    monkeypatch.setattr(store_build, "_index", index)
    opened = open_corpus(generated, workers=2)
    assert opened.rebuilt == 60 and alive == [[]]
