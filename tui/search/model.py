"""What the search engine takes and gives: records (quotes or sentences) and ranked hits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["quote", "sentence"]
Scope = Literal["quotes", "sentences"]
SCOPES: tuple[Scope, ...] = ("quotes", "sentences")
KIND_OF_SCOPE: dict[str, Kind] = {"quotes": "quote", "sentences": "sentence"}


@dataclass(frozen=True, slots=True)
class Record:
    """A searchable span: `text == source.text[start:end]` of source `source_id`."""

    id: str
    source_id: str
    start: int
    end: int
    text: str
    kind: Kind
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """A ranked record; `matches` are (start, end) spans in SOURCE offsets, sorted.

    `matched` of the query's `words` were found: in the record's words, or (quotations) in
    its speaker's names or its outlet's label, as `via` says. A hit stands for `copies`
    records with the same words (itself included; see SearchIndex.copies) in `articles`
    different sources."""

    record: Record
    score: float
    matches: tuple[tuple[int, int], ...]
    matched: int = 0
    words: int = 0
    copies: int = 1
    articles: int = 1
    via: tuple[str, ...] = ()

    @property
    def whole(self) -> bool:
        """Every query word was found (a filter-only query finds no words and is whole)."""
        return self.matched == self.words
