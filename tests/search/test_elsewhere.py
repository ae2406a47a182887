"""Work done in a forked copy of the process, and the index built with and without it."""

from __future__ import annotations

import os

import pytest

from tui.search import SearchIndex, elsewhere, index as index_module, records_for_corpus


def test_the_result_comes_back_from_the_fork():
    parent = os.getpid()
    result = elsewhere.start(lambda: (os.getpid(), [1, 2, 3]))()
    assert result is not None
    pid, payload = result[0]
    assert pid != parent and payload == [1, 2, 3]


def test_freed_memory_goes_back_before_the_fork(monkeypatch):
    """The child starts with the parent's resident pages: the freed ones are returned first,
    before the child exists (it sees the parent's state as it was then)."""
    from tui import memory

    calls = []
    monkeypatch.setattr(memory, "release_freed_memory", lambda: calls.append(os.getpid()))
    result = elsewhere.start(lambda: list(calls))()
    assert calls == [os.getpid()] and result == ([os.getpid()],)


def test_a_failing_fork_gives_none_and_the_caller_goes_on():
    def fails():
        raise RuntimeError("in the child")

    assert elsewhere.start(fails)() is None


def test_no_fork_gives_none(monkeypatch):
    monkeypatch.delattr(os, "fork")
    assert elsewhere.start(lambda: 1)() is None


@pytest.mark.parametrize("fork_words", [0, 1 << 62])
def test_the_index_is_the_same_made_in_a_fork_or_here(seeds, monkeypatch, fork_words):
    records = records_for_corpus(seeds)
    here = SearchIndex(records)
    monkeypatch.setattr(index_module, "FORK_WORDS", fork_words)
    came_back = []
    start = elsewhere.start

    def spy(make):
        wait = start(make)
        return lambda: came_back.append(wait()) or came_back[-1]

    monkeypatch.setattr(elsewhere, "start", spy)
    again = SearchIndex(records)
    # made in a fork exactly when asked to, and the fork's work was used
    assert len(came_back) == (1 if fork_words == 0 else 0)
    assert all(found is not None for found in came_back)
    for scope in ("quotes", "sentences"):
        a, b = here._scopes[scope], again._scopes[scope]
        assert list(a.post_flat) == list(b.post_flat) and list(a.post_off) == list(b.post_off)
        assert {v: a.mask(v) for v in range(len(a.post_off) - 1)} == \
            {v: b.mask(v) for v in range(len(b.post_off) - 1)}
        for query in ("ترمب", "الرئيس الروسي", "قمة", "Putin"):
            assert again.search(query, scope) == here.search(query, scope)


def test_a_failed_fork_still_gives_the_whole_index(seeds, monkeypatch):
    records = records_for_corpus(seeds)
    here = SearchIndex(records)
    monkeypatch.setattr(index_module, "FORK_WORDS", 0)
    monkeypatch.setattr(elsewhere, "start", lambda make: (lambda: None))
    again = SearchIndex(records)
    for scope in ("quotes", "sentences"):
        assert again.search("ترامب", scope) == here.search("ترامب", scope)
        assert list(again._scopes[scope].post_off) == list(here._scopes[scope].post_off)


def test_a_background_child_gives_way_to_the_others():
    """A child started for work waited for only at the end (comparing facts while statements
    are grouped) runs at a lower priority than its parent; any other child at the same."""
    mine = os.getpriority(os.PRIO_PROCESS, 0)
    lowered = elsewhere.start(lambda: os.getpriority(os.PRIO_PROCESS, 0), background=True)()
    same = elsewhere.start(lambda: os.getpriority(os.PRIO_PROCESS, 0))()
    assert lowered == (min(19, mine + elsewhere.BACKGROUND_NICE),) and same == (mine,)


def test_facts_are_compared_in_a_background_child():
    from tui.store import analysis

    mine = os.getpriority(os.PRIO_PROCESS, 0)
    assert analysis._elsewhere(lambda: os.getpriority(os.PRIO_PROCESS, 0))() == (
        min(19, mine + elsewhere.BACKGROUND_NICE),)
