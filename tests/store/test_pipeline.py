"""A cold open learns speakers while the pool reads: the registry must be the serial one."""

from __future__ import annotations

import pytest

from bench.make_corpus import make
from tests.store.helpers import ARTICLES, article_folder
from tui.quotes.analysis import extract_all, registry_for
from tui.quotes.speakers import Registry
from tui.store import build as store_build
from tui.store import open_corpus


def state(registry):
    """Everything a registry holds, in the order it was learnt."""
    return (registry.names, registry.speakers, dict(registry._aliases),
            {k: sorted(v) for k, v in registry._titles.items()},
            {k: list(v) for k, v in registry._by_first.items()})


def open_recording(folder, monkeypatch, **options):
    learnt = []
    real = store_build._registry
    monkeypatch.setattr(store_build, "_registry",
                        lambda sources, **kw: learnt.append(real(sources, **kw)) or learnt[-1])
    opened = open_corpus(folder, **options)
    return opened, learnt


@pytest.fixture()
def seed_folder(tmp_path):
    target = article_folder(tmp_path / "seeds")
    (target / "empty.txt").write_text("", encoding="utf-8")     # skipped, not learnt from
    return target


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    target = tmp_path_factory.mktemp("generated")
    make(60, target)
    return target


@pytest.mark.parametrize("pooled", [False, True])
def test_learning_while_reading_the_seeds_gives_the_serial_registry(seed_folder, monkeypatch,
                                                                    pooled):
    if pooled:
        monkeypatch.setattr(store_build, "POOL_THRESHOLD", 1)
    opened, learnt = open_recording(seed_folder, monkeypatch, workers=2 if pooled else 1)
    assert len(learnt) == 1 and len(opened.corpus.sources) == len(ARTICLES)
    serial = registry_for(opened.corpus)
    assert state(learnt[0]) == state(serial)
    assert opened.quotes == tuple(extract_all(opened.corpus, serial))


def test_learning_while_reading_a_generated_corpus_gives_the_serial_registry(generated,
                                                                             monkeypatch):
    opened, learnt = open_recording(generated, monkeypatch, workers=2)
    assert len(opened.corpus.sources) == 60 > store_build.POOL_THRESHOLD
    serial = registry_for(opened.corpus)
    assert len(serial.names) > len(Registry().names)          # the corpus taught it names
    assert state(learnt[0]) == state(serial)
    assert opened.quotes == tuple(extract_all(opened.corpus, serial))


def test_a_partly_cached_open_learns_after_reading_and_agrees(seed_folder, monkeypatch):
    open_corpus(seed_folder)
    changed = seed_folder / ARTICLES[0].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nقال وزير الخارجية الفرنسي "
                       "جان بارو: \"كلام\".\n", encoding="utf-8")
    opened, learnt = open_recording(seed_folder, monkeypatch)
    assert opened.rebuilt == 1 and len(learnt) == 1
    assert state(learnt[0]) == state(registry_for(opened.corpus))
    assert "جان بارو" in learnt[0].names


@pytest.mark.parametrize("use_cache", [True, False])
def test_the_registry_comes_with_the_opened_folder(seed_folder, use_cache):
    first = open_corpus(seed_folder, use_cache=use_cache)
    again = open_corpus(seed_folder, use_cache=use_cache)
    serial = registry_for(again.corpus)
    assert state(first.registry) == state(again.registry) == state(serial)
    assert state(open_corpus(None).registry) == state(registry_for(open_corpus(None).corpus))


def test_a_failure_while_learning_propagates_and_the_cache_is_rebuilt(generated, monkeypatch):
    seen = []

    def failing(sources, **kw):
        for n, _ in enumerate(sources):
            seen.append(n)
            if n == 2:
                raise RuntimeError("learning failed")

    with monkeypatch.context() as patch:
        patch.setattr(store_build, "_registry", failing)
        with pytest.raises(RuntimeError, match="learning failed"):
            open_corpus(generated, workers=2)
    assert seen == [0, 1, 2]
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
            state(opened.registry), hits,
            [opened.index.records(scope) for scope in ("quotes", "sentences")],
            group_records(corpus, opened.quotes, opened.registry),
            find_discrepancies(corpus, opened.quotes, opened.registry))


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
