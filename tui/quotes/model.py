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
SpeakerType = Literal["person", "organisation", "anonymous", "unknown"]
# How the text reports the words: in quotation marks, after a colon, in an أن-clause, as the
# object of a reporting verb, after بحسب/وفقا لـ, or in a headline "فلان: …".
Form = Literal["quote", "colon", "that", "object", "according", "headline"]


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who speaks: one id for all the names the texts give them (عادل الجبير، الجبير، وزير
    الخارجية). Two speakers are the same when their ids are; label, type and names describe."""

    id: str
    label: str = field(compare=False)
    type: SpeakerType = field(default="unknown", compare=False)
    names: tuple[str, ...] = field(default=(), compare=False)


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
    form: Form = "quote"


@dataclass(frozen=True, slots=True)
class Member:
    source_id: str
    start: int
    end: int
    text: str
    relation: Relation
    score: float
    quote_id: str | None
    # The member's own form: words the text presents as the speaker's own (quotation marks
    # or a colon). An indirect member is never "verbatim".
    direct: bool = True


@dataclass(frozen=True, slots=True)
class Statement:
    id: str
    speaker: Speaker | None
    text: str
    members: tuple[Member, ...]
    missing_from: tuple[str, ...]
    conflicts: tuple[str, ...] = ()
    # (source id, date) of the member reported first, where the articles are dated
    # (set by tui.store.analysis after grouping; None when no member is dated)
    first: tuple[str, str] | None = None

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
