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

from tui.store.cache import Cache, CacheError

_NAME = "search-facts"


def ready_for_search(opened) -> None:
    """Tell `opened.index` its quotations' speakers and statements: kept ones when the
    folder's cache has them for these quotations, else by analysing (and keeping them)."""
    index = opened.index
    if index is None:
        return
    outlets = {s.id: s.outlet for s in opened.corpus.sources}
    key, folder = opened.groups_key, opened.cache_folder
    kept = _read(folder, key)
    if kept is not None:
        try:
            index.restore_facts(kept, outlets)
            return
        except (ValueError, TypeError, KeyError, IndexError):
            pass    # kept by another version or for other quotations: analysed again
    from tui.store.analysis import analyse

    analyse(opened)
    facts = index.facts()
    if facts is not None:
        _write(folder, key, facts)


def _read(folder, key):
    if key is None or folder is None:
        return None
    try:
        cache = Cache.open(folder)
    except (OSError, CacheError):
        return None
    try:
        return cache.get("whole", _NAME, key)
    except (CacheError, TypeError, ValueError):
        return None
    finally:
        cache.close()


def _write(folder, key, facts) -> None:
    if key is None or folder is None:
        return
    try:
        cache = Cache.open(folder)
    except (OSError, CacheError):
        return
    try:
        cache.put_many("whole", [(_NAME, key, facts)])
    except (OSError, CacheError):
        pass    # not kept this time; analysed again next time
    finally:
        cache.close()
