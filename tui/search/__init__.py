"""Fuzzy search over quotations and sentences, across spelling variants and diacritics.

    index = SearchIndex(records)        # records: Record(kind="quote" | "sentence")
    index.search("ترمب", scope="quotes", limit=50) -> list[Hit]

`records_for_corpus(corpus, quotes)` makes the records of a corpus. No textual here.
"""

from __future__ import annotations

from importlib import import_module

__all__ = ["SCOPES", "Hit", "Record", "SearchIndex", "quote_records", "records_for_corpus",
           "sentence_records"]

# Each name from the module that defines it, when first asked for (PEP 562): the panes import
# tui.search.rows before their first paint, and the index (rapidfuzz, the vocabulary) is
# only needed once a corpus is being indexed, in the worker that opens it.
_HOME = {"SearchIndex": "index", "SCOPES": "model", "Hit": "model", "Record": "model",
         "quote_records": "records", "records_for_corpus": "records",
         "sentence_records": "records"}


def __getattr__(name: str):
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value
    return value
