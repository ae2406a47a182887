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
    """A ranked record; `matches` are (start, end) spans in SOURCE offsets, sorted."""

    record: Record
    score: float
    matches: tuple[tuple[int, int], ...]
