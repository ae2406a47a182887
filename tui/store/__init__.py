"""Opening and analysing a corpus, with an on-disk cache (SQLite in the user's cache dir).
No textual here. The app and every headless command go through these two:

    opened = open_corpus(path, progress=cb, notice=cb, fields=Fields.parse(["outlet=site"]))
    opened.corpus, opened.index (a tui.search.SearchIndex), opened.problems, opened.quotes
    analysis = analyse(opened, progress=cb)     # quotes, statements, discrepancies (cached)

SUMMIT_TUI_CACHE_DIR overrides where the cache lives (else platformdirs' user cache dir).
"""

from __future__ import annotations

from tui.store.analysis import analyse, counts_by_source, statements_first_reported
from tui.store.build import Opened, open_corpus, open_loaded
from tui.store.cache import Cache, CacheError, cache_dir, cache_path
from tui.store.grouped import cached_groups

__all__ = ["Cache", "CacheError", "Opened", "analyse", "cache_dir", "cache_path",
           "cached_groups", "counts_by_source", "open_corpus", "open_loaded", "statements_first_reported"]
