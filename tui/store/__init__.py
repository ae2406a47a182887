"""Opening a folder with an on-disk cache (SQLite in the user's cache dir). No textual here.

    opened = open_corpus(path, use_cache=True, progress=cb, notice=cb)
    opened.corpus, opened.quotes, opened.index (a tui.search.SearchIndex), opened.problems

SUMMIT_TUI_CACHE_DIR overrides where the cache lives (else platformdirs' user cache dir).
"""

from __future__ import annotations

from tui.store.build import Opened, open_corpus
from tui.store.cache import Cache, CacheError, cache_dir, cache_path
from tui.store.grouped import cached_groups

__all__ = ["Cache", "CacheError", "Opened", "cache_dir", "cache_path", "cached_groups",
           "open_corpus"]
