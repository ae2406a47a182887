"""Fuzzy search over quotations and sentences, across spelling variants and diacritics.

    index = SearchIndex(records)        # records: Record(kind="quote" | "sentence")
    index.search("ترمب", scope="quotes", limit=50) -> list[Hit]

`records_for_corpus(corpus, quotes)` makes the records of a corpus. No textual here.
"""

from __future__ import annotations

from tui.search.index import SearchIndex
from tui.search.model import SCOPES, Hit, Record
from tui.search.records import quote_records, records_for_corpus, sentence_records

__all__ = ["SCOPES", "Hit", "Record", "SearchIndex", "quote_records", "records_for_corpus",
           "sentence_records"]
