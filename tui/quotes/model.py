"""What the quotes package finds, as plain frozen records with offsets into `Source.text`.

Offsets follow the corpus rule: `source.text[start:end] == text`. For a quotation, the span
is its content WITHOUT the quote marks (a tatweel-joined prefix such as بـ or لـ is outside
too), so the same words compare equal however an outlet punctuated them. For indirect
speech (قال إن …) the span is the reported clause after the particle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

QuoteKind = Literal["statement", "term"]
Relation = Literal["verbatim", "near-verbatim", "paraphrase", "indirect"]


@dataclass(frozen=True, slots=True)
class Speaker:
    """An entity that speaks: one id for all its names (بوتين, فلاديمير بوتين, الرئيس الروسي)."""

    id: str
    label: str


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    source_id: str
    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: Speaker | None
    direct: bool
    sentence_id: str | None
    # Where the quote marks sit (the opener's and the closer's offsets; None when the mark was
    # missing and the span was recovered, or for indirect speech). Extra to the contract.
    open_mark: int | None = None
    close_mark: int | None = None
    # A quotation inside another one ('…' inside "…"): the outer quote's id.
    inside: str | None = None


@dataclass(frozen=True, slots=True)
class Member:
    source_id: str
    start: int
    end: int
    text: str
    relation: Relation
    score: float
    quote_id: str | None


@dataclass(frozen=True, slots=True)
class Statement:
    id: str
    speaker: Speaker | None
    text: str
    members: tuple[Member, ...]
    missing_from: tuple[str, ...]
    conflicts: tuple[str, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for member in self.members:
            seen.setdefault(member.source_id)
        return tuple(seen)


@dataclass(frozen=True, slots=True)
class Claim:
    source_id: str
    start: int
    end: int
    text: str
    value: str


@dataclass(frozen=True, slots=True)
class Discrepancy:
    topic: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class Analysis:
    quotes: tuple[Quote, ...] = ()
    statements: tuple[Statement, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    notes: tuple[str, ...] = field(default=())
