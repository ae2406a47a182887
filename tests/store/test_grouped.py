"""Statements and discrepancies come back from the folder's cache on a reopening."""

from __future__ import annotations

import pytest

from tests.store.helpers import ARTICLES, article_folder
from tui.quotes.analysis import group_records
from tui.quotes.discrepancies import find_discrepancies
from tui.store import cache_path, cached_groups, open_corpus
from tui.store.grouped import (decode_discrepancies, decode_statements, encode_discrepancies,
                               encode_statements)


@pytest.fixture()
def folder(tmp_path):
    return article_folder(tmp_path / "articles")


def grouping(opened, calls, compared=None):
    """`compute` for cached_groups: `calls` counts the groupings, `compared` the times facts
    were compared."""
    def compute(statements=None, facts=True):
        if statements is None:
            calls.append(1)
            statements = tuple(group_records(opened.corpus, opened.quotes))
        if not facts:
            return statements, ()
        if compared is not None:
            compared.append(1)
        return statements, tuple(find_discrepancies(opened.corpus, opened.quotes))
    return compute


def test_a_reopening_gets_the_same_statements_without_grouping_again(folder):
    calls: list[int] = []
    first = open_corpus(folder)
    grouped = cached_groups(first, grouping(first, calls))
    assert len(calls) == 1 and grouped[0] and grouped[1]
    again = open_corpus(folder)
    assert cached_groups(again, grouping(again, calls)) == grouped
    assert len(calls) == 1


def test_a_changed_file_groups_again(folder):
    calls: list[int] = []
    first = open_corpus(folder)
    before = cached_groups(first, grouping(first, calls))
    path = folder / ARTICLES[0].name
    path.write_text(path.read_text(encoding="utf-8") + "\nقال بوتين: «سنلتقي في موسكو».\n",
                    encoding="utf-8")
    changed = open_corpus(folder)
    after = cached_groups(changed, grouping(changed, calls))
    assert len(calls) == 2 and after != before


def test_a_damaged_row_or_no_cache_groups_again(folder, tmp_path):
    import sqlite3

    calls: list[int] = []
    first = open_corpus(folder)
    expected = cached_groups(first, grouping(first, calls))
    with sqlite3.connect(cache_path(str(folder.resolve()))) as db:
        db.execute("UPDATE whole SET blob=? WHERE name='statements'", (b"not a pickle",))
    again = open_corpus(folder)
    assert cached_groups(again, grouping(again, calls)) == expected and len(calls) == 2
    uncached = open_corpus(folder, use_cache=False)
    assert cached_groups(uncached, grouping(uncached, calls)) == expected and len(calls) == 3


def test_rows_round_trip_to_equal_records(folder):
    opened = open_corpus(folder, use_cache=False)
    statements, discrepancies = grouping(opened, [])(None, True)
    assert (decode_statements(encode_statements(statements), opened.corpus.ids),
            decode_discrepancies(encode_discrepancies(discrepancies))) \
        == (statements, discrepancies)


def test_statements_alone_neither_compare_facts_nor_keep_them_from_being_compared_later(
        folder):
    calls: list[int] = []
    compared: list[int] = []
    first = open_corpus(folder)
    statements, discrepancies = cached_groups(first, grouping(first, calls, compared),
                                              facts=False)
    assert statements and discrepancies == () and calls == [1] and compared == []
    again = open_corpus(folder)
    both = cached_groups(again, grouping(again, calls, compared))
    # the facts are compared now, the statements read back rather than grouped again
    assert both[0] == statements and both[1] and calls == [1] and compared == [1]
    assert cached_groups(again, grouping(again, calls, compared)) == both
    assert calls == [1] and compared == [1]


@pytest.mark.parametrize("enabled", [True, False])
def test_reading_the_groups_pauses_the_cycle_collector_and_restores_it(folder, enabled,
                                                                        monkeypatch):
    import gc

    import tui.store.grouped as grouped_module

    first = open_corpus(folder)
    expected = cached_groups(first, grouping(first, []))
    seen = []
    real = grouped_module.decode_statements
    monkeypatch.setattr(grouped_module, "decode_statements",
                        lambda row, *given: seen.append(gc.isenabled()) or real(row, *given))
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert cached_groups(first, grouping(first, [])) == expected
        assert seen == [False] and gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_record_plans_are_made_with_the_quotations_and_kept_per_file(folder, monkeypatch):
    """A cold open makes each article's record plan in the extraction jobs; a reopening
    whose statements are not kept reads them back from the cache, and grouping with them
    gives the statements grouping without them gives."""
    from tui.store import build

    first = open_corpus(folder, workers=1)
    plans = first.record_plans()
    assert set(plans) == set(first.corpus.ids)
    assert first.record_plans() == {}      # given once
    monkeypatch.setattr(build, "_plan_one", lambda source, quotes: pytest.fail("made again"))
    again = open_corpus(folder, workers=1)  # nothing was grouped: the plans come back
    kept = again.record_plans()
    kept = {sid: kept[sid] for sid in list(kept)}
    assert kept == {sid: plans[sid] for sid in list(plans)}
    grouped = tuple(group_records(again.corpus, again.quotes, plans=kept))
    assert grouped == tuple(group_records(again.corpus, again.quotes))
    cached_groups(again, lambda statements, facts: (grouped, ()), facts=False)
    # the statements kept: the plans are not read
    assert open_corpus(folder, workers=1).record_plans() == {}


def test_a_record_plan_is_given_once_and_grouping_without_it_is_the_same(folder):
    """Reading a plan drops its pickle (so they are not all held through grouping): a
    second read finds none, and grouping with plans already read makes those articles'
    records itself, the same statements."""
    first = open_corpus(folder, workers=1)
    plans = first.record_plans()
    some = next(iter(plans))
    count = len(plans)
    assert isinstance(plans[some], tuple) and len(plans) == count - 1
    assert some not in plans and plans.get(some) is None
    with pytest.raises(KeyError):
        plans[some]
    half = list(plans)[: len(plans) // 2]
    for sid in half:
        plans[sid]
    grouped = tuple(group_records(first.corpus, first.quotes, plans=plans))
    assert len(plans) == 0        # grouping read every one left
    assert grouped == tuple(group_records(first.corpus, first.quotes))


def test_members_read_back_share_their_quotations_strings(folder):
    """Statements read from a row with the corpus's quotations are equal to those read
    without, and a member that is a quotation holds that quotation's own text and id (not a
    copy); the statement's text is its member's."""
    opened = open_corpus(folder, use_cache=False)
    statements, _ = grouping(opened, [])(None, False)
    row = encode_statements(statements)
    plain = decode_statements(row, opened.corpus.ids)
    shared = decode_statements(row, opened.corpus.ids, opened.quotes)
    assert shared == plain == tuple(statements)
    quotes = {q.id: q for q in opened.quotes}
    members = [m for s in shared for m in s.members if m.quote_id in quotes]
    assert members
    for member in members:
        quote = quotes[member.quote_id]
        assert member.quote_id is quote.id
        assert (member.text is quote.text) == (member.text == quote.text)
    assert all(any(s.text is m.text for m in s.members) for s in shared
               if any(s.text == m.text for m in s.members))


def test_claims_are_kept_as_columns_each_string_once(folder):
    """The discrepancies' row holds each claim's offsets packed and each distinct text,
    value and source id once; read back, equal claims that share those strings, and a
    row whose columns do not line up is not read (the facts are compared again)."""
    from tui.quotes.model import Claim, Discrepancy

    claims = (Claim("a", 1, 5, "خمس ساعات", "5 h"), Claim("b", 70000, 2**40, "خمس ساعات",
                                                             "5 h"), Claim("a", 0, 3, "ست", "6 h"))
    made = (Discrepancy("duration", claims), Discrepancy("empty", ()))
    row = encode_discrepancies(made)
    again = decode_discrepancies(row)
    assert again == made
    first, second, _ = again[0].claims
    assert first.text is second.text and first.value is second.value
    topic, sources, starts, ends, texts, values = row[0]
    with pytest.raises(ValueError):
        decode_discrepancies(((topic, sources[:2], starts, ends, texts, values),))
    first_open = open_corpus(folder)
    calls: list[int] = []
    compared: list[int] = []
    expected = cached_groups(first_open, grouping(first_open, calls, compared))
    assert calls == [1] and compared == [1]
    again_open = open_corpus(folder)
    assert cached_groups(again_open, grouping(again_open, calls, compared)) == expected
    assert compared == [1]          # read back, not compared again


def test_forgetting_plans_drops_every_pickle_and_leaves_other_mappings(folder):
    from tui.store.build import forget_plans

    plans = open_corpus(folder, workers=1).record_plans()
    assert len(plans) > 0
    forget_plans(plans)
    assert len(plans) == 0 and list(plans) == []
    given = {"a": (1, 2, 3)}
    forget_plans(given)
    assert given == {"a": (1, 2, 3)}


def test_facts_compared_in_a_fork_beside_grouping_are_the_same(folder, monkeypatch):
    """From ELSEWHERE_SOURCES articles facts are compared in a fork (which drops the record
    plans it never reads) while this process groups with them: the same analysis."""
    import tui.store.analysis as store_analysis

    opened = open_corpus(folder, workers=1, facts=True)
    alone = store_analysis.analysis_from_quotes(opened.corpus, opened.quotes)
    again = open_corpus(folder, workers=1, facts=True)
    from tui.store import build

    plans = again.record_plans()
    read: list[str] = []

    class Watched(build._Plans):
        def __getitem__(self, source_id):
            read.append(source_id)
            return super().__getitem__(source_id)

    watched = Watched(dict(plans._blobs))
    ids = set(watched)
    monkeypatch.setattr(store_analysis, "ELSEWHERE_SOURCES", 1)
    beside = store_analysis.analysis_from_quotes(again.corpus, again.quotes, plans=watched,
                                                 article_facts=again.article_facts())
    assert beside.statements == alone.statements
    assert beside.discrepancies == alone.discrepancies
    # the fork forgot its copy of the plans; grouping here still read every one
    assert set(read) == ids and len(watched) == 0
