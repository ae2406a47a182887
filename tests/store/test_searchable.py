"""A search of a folder searched before answers from the kept speakers and statements, the
same as after a full analysis, and never from ones kept for other quotations."""

from __future__ import annotations

import sqlite3

import pytest

from tests.store.helpers import ARTICLES, article_folder
from tui.store import analyse, cache_path, open_corpus
from tui.store.searchable import ready_for_search, tell_index

QUERIES = ["بوتين المرة القادمة في موسكو", "speaker:بوتين", "ترمب اتصالات مباشرة",
           "outlet:Source"]


@pytest.fixture()
def folder(tmp_path):
    return article_folder(tmp_path / "articles")


def answers(opened) -> list:
    index = opened.index
    found = []
    for query in QUERIES:
        for hit in index.search(query, scope="quotes", limit=10):
            speaker = index.speaker_of(hit.record)
            found.append((query, hit.record.id, round(hit.score, 3), hit.copies, hit.articles,
                          None if speaker is None else (speaker.id, speaker.label,
                                                        speaker.type, tuple(speaker.names))))
    return found


def test_a_second_search_answers_from_what_was_kept_as_the_analysis_does(folder, monkeypatch):
    analysed = open_corpus(folder)
    tell_index(analysed, analyse(analysed))
    expected = answers(analysed)
    assert any(q == "speaker:بوتين" for q, *_ in expected)    # the speakers are searched

    first = open_corpus(folder)
    ready_for_search(first)                  # analyses, and keeps what search needs
    assert answers(first) == expected

    import tui.store.analysis as analysis

    def no_analysis(*args, **kwargs):
        raise AssertionError("analysed again although the search facts were kept")

    monkeypatch.setattr(analysis, "analyse", no_analysis)
    again = open_corpus(folder)
    ready_for_search(again)
    assert answers(again) == expected
    assert again.index.quote(expected[0][1]) is None       # the quotations were not read


def test_kept_facts_of_other_quotations_or_damaged_ones_are_not_used(folder):
    first = open_corpus(folder)
    ready_for_search(first)
    path = folder / ARTICLES[0].name
    path.write_text(path.read_text(encoding="utf-8") + "\nقال بوتين: «سنلتقي في موسكو».\n",
                    encoding="utf-8")
    changed = open_corpus(folder)
    ready_for_search(changed)
    assert any("سنلتقي في موسكو" in h.record.text
               for h in changed.index.search("speaker:بوتين سنلتقي", scope="quotes"))
    with sqlite3.connect(cache_path(str(folder.resolve()))) as db:
        db.execute("UPDATE whole SET blob=? WHERE name='search-facts'", (b"not a pickle",))
    damaged = open_corpus(folder)
    ready_for_search(damaged)                # analysed again, and answers all the same
    assert answers(damaged) == answers(changed)
