"""Reopening: files whose stat is unchanged are not read again; any stat change is noticed."""

from __future__ import annotations

import os
import sqlite3

import pytest

from tests.store.helpers import ARTICLES, article_folder
from tui.store import build as store_build
from tui.store import cache_path, open_corpus

HOUR_NS = 3600 * 10**9


@pytest.fixture()
def folder(tmp_path):
    return article_folder(tmp_path / "articles", 3)


@pytest.fixture()
def reads(monkeypatch):
    """The files hashed by each open, by name; stats recorded a moment ago are trusted."""
    monkeypatch.setattr(store_build, "RACY_NS", -HOUR_NS)
    seen: list[str] = []
    real = store_build._file_digest
    monkeypatch.setattr(store_build, "_file_digest",
                        lambda path, limit: seen.append(path.name) or real(path, limit))
    return seen


def test_unchanged_files_are_not_read_again(folder, reads):
    first = open_corpus(folder)
    assert sorted(reads) == sorted(p.name for p in folder.iterdir())
    reads.clear()
    again = open_corpus(folder)
    assert reads == [] and (again.reused, again.rebuilt) == (3, 0)
    assert again.corpus.sources == first.corpus.sources and again.quotes == first.quotes


def test_a_changed_stat_is_read_and_only_that_file(folder, reads):
    open_corpus(folder)
    changed = folder / ARTICLES[1].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nقال ترمب: \"جملة أخرى\".\n",
                       encoding="utf-8")
    reads.clear()
    again = open_corpus(folder)
    assert reads == [changed.name] and (again.reused, again.rebuilt) == (2, 1)
    assert any("جملة أخرى" in h.record.text for h in again.index.search("جملة أخرى"))


def test_same_size_and_mtime_put_back_is_still_noticed(folder, reads):
    """Rewriting a file to the same length and resetting its mtime still moves its ctime."""
    open_corpus(folder)
    changed = folder / ARTICLES[0].name
    before = os.stat(changed)
    text = changed.read_text(encoding="utf-8")
    swapped = text.replace("ترامب", "ترمبا", 1)
    assert swapped != text and len(swapped.encode()) == len(text.encode())
    changed.write_text(swapped, encoding="utf-8")
    os.utime(changed, ns=(before.st_atime_ns, before.st_mtime_ns))
    reads.clear()
    again = open_corpus(folder)
    assert reads == [changed.name] and again.rebuilt == 1
    source = next(s for s in again.corpus.sources if s.file == changed.name)
    assert source.text.count("ترمبا") == text.count("ترمبا") + 1


def test_a_recently_changed_file_is_hashed_until_its_stat_is_old(folder, monkeypatch):
    """A change within the racy window could be followed by another with the same stamps."""
    open_corpus(folder)
    seen: list[str] = []
    real = store_build._file_digest
    monkeypatch.setattr(store_build, "_file_digest",
                        lambda path, limit: seen.append(path.name) or real(path, limit))
    monkeypatch.setattr(store_build, "RACY_NS", HOUR_NS)
    open_corpus(folder)
    assert sorted(seen) == sorted(p.name for p in folder.iterdir())


def test_stats_of_removed_files_are_forgotten(folder, reads):
    open_corpus(folder)
    (folder / ARTICLES[2].name).unlink()
    again = open_corpus(folder)
    assert len(again.corpus.sources) == 2
    with sqlite3.connect(cache_path(str(folder))) as db:
        names = {row[0] for row in db.execute("SELECT name FROM stats")}
    assert names == {p.name for p in folder.iterdir()}


def test_a_cache_without_the_stats_table_is_rebuilt(folder):
    open_corpus(folder)
    with sqlite3.connect(cache_path(str(folder))) as db:
        db.execute("UPDATE meta SET value='summit-tui-cache-2' WHERE key='schema'")
        db.execute("DROP TABLE stats")
    notices = []
    again = open_corpus(folder, notice=notices.append)
    assert any("another version" in n for n in notices) and again.rebuilt == 3


@pytest.mark.parametrize("enabled", [True, False])
def test_opening_leaves_the_cycle_collector_as_it_found_it(folder, enabled, monkeypatch):
    import gc

    seen = []
    real = store_build._open_cached
    monkeypatch.setattr(store_build, "_open_cached",
                        lambda *args: seen.append(gc.isenabled()) or real(*args))
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        open_corpus(folder)
        assert gc.isenabled() is enabled and seen == [False]
        monkeypatch.setattr(store_build, "_open_cached", _raise)
        with pytest.raises(RuntimeError):
            open_corpus(folder)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def _raise(*args):
    raise RuntimeError("build failed")


def test_a_cold_open_through_the_pool_records_every_file_for_the_next(tmp_path, reads):
    """On a cold open the readers hash the files they read: the next open hashes none, and
    a file changed since is the one read again."""
    from bench.make_corpus import make

    folder = tmp_path / "generated"
    make(60, folder)
    cold = open_corpus(folder, workers=2)
    assert cold.rebuilt == 60 and reads == []       # hashed in the pool's workers
    again = open_corpus(folder, workers=2)
    assert reads == [] and (again.reused, again.rebuilt) == (60, 0)
    changed = sorted(folder.glob("*.txt"))[7]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nجملة أخرى.\n", encoding="utf-8")
    third = open_corpus(folder, workers=2)
    assert reads == [changed.name] and (third.reused, third.rebuilt) == (59, 1)
