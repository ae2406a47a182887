"""The on-disk cache: reuse, per-file re-processing, damaged caches, the search command."""

from __future__ import annotations

import json
import pickle
import shutil
import sqlite3

import pytest

from tests.cli.helpers import run_cli
from tests.store.helpers import ARTICLES, article_folder
from tui.store import cache_path, open_corpus
from tui.store import build as store_build


@pytest.fixture()
def folder(tmp_path):
    """Three seed articles in a folder of their own (no manifest: ids from file names)."""
    return article_folder(tmp_path / "articles", 3)


def hits_of(opened, query="ترمب", scope="quotes"):
    return [(h.record.source_id, h.record.start, h.record.end, h.score)
            for h in opened.index.search(query, scope=scope)]


def test_second_open_reuses_every_file_and_gives_the_same_results(folder):
    first = open_corpus(folder)
    assert (first.reused, first.rebuilt) == (0, 3)
    assert cache_path(str(folder)).exists()
    second = open_corpus(folder)
    assert (second.reused, second.rebuilt) == (3, 0)
    assert second.corpus.sources == first.corpus.sources
    assert second.quotes == first.quotes
    for scope in ("quotes", "sentences"):
        assert hits_of(second, scope=scope) == hits_of(first, scope=scope)
    uncached = open_corpus(folder, use_cache=False)
    assert hits_of(uncached) == hits_of(first)


def test_only_a_changed_file_is_processed_again(folder):
    open_corpus(folder)
    changed = folder / ARTICLES[1].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nقال ترمب: \"جملة جديدة\".\n",
                       encoding="utf-8")
    again = open_corpus(folder)
    assert (again.reused, again.rebuilt) == (2, 1)
    assert any("جملة جديدة" in h.record.text for h in again.index.search("جملة جديدة"))


def test_added_and_removed_files_are_followed(folder):
    open_corpus(folder)
    (folder / ARTICLES[0].name).unlink()
    shutil.copy(ARTICLES[3], folder / ARTICLES[3].name)
    again = open_corpus(folder)
    assert (again.reused, again.rebuilt) == (2, 1)
    assert len(again.corpus.sources) == 3
    assert ARTICLES[0].stem not in again.corpus.ids
    with sqlite3.connect(cache_path(str(folder))) as db:
        names = {row[0] for row in db.execute("SELECT name FROM sources")}
    assert names == {p.name for p in folder.iterdir()}


def test_no_cache_writes_nothing(folder):
    open_corpus(folder, use_cache=False)
    assert not cache_path(str(folder)).exists()


def _reopen_with_notice(folder):
    notices = []
    opened = open_corpus(folder, notice=notices.append)
    assert (opened.reused, opened.rebuilt) == (0, 3)
    assert len(opened.corpus.sources) == 3 and opened.index.search("ترمب")
    return " ".join(notices)


def test_a_corrupt_cache_is_rebuilt_with_a_notice(folder):
    open_corpus(folder)
    cache_path(str(folder)).write_bytes(b"this is not a database" * 100)
    assert "rebuilding" in _reopen_with_notice(folder)


def test_an_old_version_cache_is_rebuilt_with_a_notice(folder):
    open_corpus(folder)
    with sqlite3.connect(cache_path(str(folder))) as db:
        db.execute("UPDATE meta SET value='summit-tui-cache-0' WHERE key='schema'")
    assert "another version" in _reopen_with_notice(folder)


def test_a_cache_of_the_old_page_size_is_made_again_with_large_pages(folder):
    from tui.store.cache import PAGE_SIZE, SCHEMA_VERSION

    def page_size():
        with sqlite3.connect(cache_path(str(folder))) as db:
            return db.execute("PRAGMA page_size").fetchone()[0]

    first = open_corpus(folder)
    assert page_size() == PAGE_SIZE
    cache_path(str(folder)).unlink()
    with sqlite3.connect(cache_path(str(folder))) as db:      # as version 3 made them
        db.execute("PRAGMA page_size=4096")
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.executemany("INSERT INTO meta VALUES (?, ?)",
                       [("schema", "summit-tui-cache-3"), ("state", "complete")])
    assert SCHEMA_VERSION != "summit-tui-cache-3"
    assert "another version" in _reopen_with_notice(folder)
    assert page_size() == PAGE_SIZE
    assert open_corpus(folder).corpus.sources == first.corpus.sources


def test_an_interrupted_build_is_rebuilt(folder, monkeypatch):
    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(store_build, "_extract_one", crash)
        with pytest.raises(KeyboardInterrupt):
            open_corpus(folder)
    assert "did not finish" in _reopen_with_notice(folder)


class _Boom:
    def __reduce__(self):
        return (exec, ("import pathlib; pathlib.Path('PWNED').write_text('x')",))


def test_a_tampered_row_is_refused_not_executed(folder, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    open_corpus(folder)
    with sqlite3.connect(cache_path(str(folder))) as db:
        db.execute("UPDATE sources SET blob=?", (pickle.dumps(_Boom()),))
    assert "unexpected object" in _reopen_with_notice(folder)
    assert not (tmp_path / "PWNED").exists()


def test_a_process_pool_gives_what_one_process_gives(folder, monkeypatch):
    inline = open_corpus(folder, use_cache=False, workers=1)
    monkeypatch.setattr(store_build, "POOL_THRESHOLD", 1)
    pooled = open_corpus(folder, workers=2)
    assert pooled.corpus.sources == inline.corpus.sources
    assert pooled.quotes == inline.quotes
    assert hits_of(pooled, scope="sentences") == hits_of(inline, scope="sentences")


def test_progress_runs_from_zero_to_one(folder):
    seen = []
    open_corpus(folder, progress=lambda fraction, stage: seen.append(fraction))
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)


def test_search_command_json_contract(folder):
    done = run_cli("search", "ترمب", str(folder), "--json", "--limit", "5")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert 0 < len(rows) <= 5
    for row in rows:
        assert {"source", "start", "end", "text", "score", "speaker"} <= set(row)
        text = (folder / f"{row['source']}.txt").read_text(encoding="utf-8")
        assert text[row["start"]:row["end"]] == row["text"]
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)


def test_search_command_on_the_seeds_sentences_scope_and_table():
    done = run_cli("search", "Putin", "--json", "--scope", "sentences", "--limit", "3")
    rows = json.loads(done.stdout)
    assert rows and all(r["source"] == "s3" and r["outlet"] == "Source 3" for r in rows)
    table = run_cli("search", "ترامب")
    assert table.returncode == 0 and "Source" in table.stdout
    bad = run_cli("search", "ترامب", "--limit", "0")
    assert bad.returncode != 0 and "at least 1" in bad.stderr


def test_notices_reach_the_caller_in_the_result(folder):
    open_corpus(folder)
    cache_path(str(folder)).write_bytes(b"garbage" * 100)
    opened = open_corpus(folder)
    assert any("rebuilding" in n for n in opened.notices)


def test_a_new_extractor_version_extracts_again(folder, monkeypatch):
    import tui.quotes

    open_corpus(folder)
    monkeypatch.setattr(tui.quotes, "EXTRACTOR_VERSION", "another", raising=False)
    calls = []
    real = store_build._extract_one
    monkeypatch.setattr(store_build, "_extract_one", lambda job: calls.append(1) or real(job))
    again = open_corpus(folder, workers=1)
    assert len(calls) == 3 and again.reused == 3
