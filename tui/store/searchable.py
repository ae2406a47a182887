"""The search index made ready to answer as the app's search pane does, quickly when the
folder was searched before.

A search that knows who said each quotation and which statement it belongs to needs the
quotations linked across articles and grouped into statements (`tui.store.analyse`): seconds
at 10,000 articles, even from the cache. What the index takes from them is small: each
quotation record's speaker and statement. `ready_for_search` keeps that beside the grouped
statements, under the same key (the quotations and the code that groups them), and a later
search of the same folder reads it back instead of analysing again.
"""

from __future__ import annotations

from tui.store.cache import kept

_NAME = "search-facts"


def ready_for_search(opened) -> None:
    """Tell `opened.index` its quotations' speakers and statements: kept ones when the
    folder's cache has them for these quotations, else by analysing (and keeping them)."""
    index = opened.index
    if index is None:
        return
    outlets = opened.corpus.outlet_of

    def analysed():
        from tui.store.analysis import analyse

        tell_index(opened, analyse(opened, facts=False))
        return index.facts()

    # (kept by another version or for other quotations: restore_facts refuses them, and
    # the folder is analysed again)
    kept(opened.cache_folder, _NAME, opened.groups_key, analysed,
         decode=lambda facts: index.restore_facts(facts, outlets))


def tell_index(opened, analysis) -> None:
    """Let the open corpus's index find quotations by their speakers' names and records by
    their outlets' (speaker:, outlet:), and give one result per statement."""
    if opened.index is not None:
        describe(opened.index, analysis.quotes, opened.corpus)
        opened.index.set_statements(analysis.statements)


def describe(index, quotes, corpus) -> None:
    """Let `index` find quotations by their speakers' names and records by their outlets'
    names; again after an outlet is renamed."""
    index.describe(quotes, corpus.outlet_of)
