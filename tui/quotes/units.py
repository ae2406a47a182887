"""The spans an article is read into: quotations (paired marks) and reports being built,
with the sentence and clause limits they stay inside."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from tui.corpus.model import Paragraph
from tui.quotes.entities import Entity
from tui.quotes.marks import pair_marks
from tui.quotes.tokens import Token

_MIN_REPORT = 2         # tokens of a reported clause


_CLAUSE_MARKS = frozenset("،,؛;")


_STOPS = frozenset(".!?؟")


_OPENERS = frozenset("«“„\"”'")


_CLOSERS = frozenset("»”\"'’)")


@dataclass
class _Unit:
    """A quotation or a report being built."""

    start: int
    end: int
    anchor: int                 # where the words start being reported: opener or particle
    direct: bool
    form: str
    open_mark: int | None = None
    close_mark: int | None = None
    parent: int | None = None   # index of the enclosing quotation (a nested '…')
    kind: str = "statement"
    speaker: Entity | None = None
    claimed: bool = False       # a construction gave this quotation its speaker
    # a source's clause whose verb has a subject of its own ("وحسب موقع …، تابع "خلفان"
    # هجومه …"): what follows in the sentence goes on with that subject, not the source
    actor_inside: bool = False


def _direct_units(text: str, paragraph: Paragraph) -> list[_Unit]:
    start = paragraph.start
    units = []
    kept: dict[int, int] = {}
    for index, span in enumerate(pair_marks(text[start:paragraph.end])):
        words = text[start + span.start:start + span.end]
        if not any(ch.isalnum() for ch in words) or _ASIDE_ONLY.fullmatch(words.strip()):
            continue    # stray marks around a full stop or a lone «قائلا»: nothing quoted
        opener = start + span.open_mark if span.open_mark is not None else start + span.start
        kept[index] = len(units)
        units.append(_Unit(
            start=start + span.start, end=start + span.end, anchor=opener, direct=True,
            form="quote",
            open_mark=start + span.open_mark if span.open_mark is not None else None,
            close_mark=start + span.close_mark if span.close_mark is not None else None,
            parent=kept.get(span.parent) if span.parent is not None else None))
    return units


_ASIDE_ONLY = re.compile(r"[وف]?(?:قائلا|قائلة|قائلاً|قائلةً|مضيفا|مضيفاً)")


def _inside(tokens: list[Token], units: list[_Unit]) -> set[int]:
    """Indices of the tokens inside any of `units`."""
    inside: set[int] = set()
    if not units:
        return inside
    # (tokens are in text order: those inside a unit are a run of them)
    starts = [t.start for t in tokens]
    for unit in units:
        inside.update(range(bisect_left(starts, unit.start), bisect_left(starts, unit.end)))
    return inside


def _sentence_end(paragraph: Paragraph, offset: int) -> int:
    for sentence in paragraph.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.end
    return paragraph.end


def _sentence_start(paragraph: Paragraph, offset: int) -> int:
    for sentence in paragraph.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start
    return paragraph.start


def _sentence_first(tokens: list[Token], k: int, paragraph: Paragraph) -> int:
    """The index of the first token of the sentence that holds token k."""
    return bisect_left(tokens, _sentence_start(paragraph, tokens[k].start),
                       key=lambda token: token.start)


def _quotes_only(between: str) -> bool:
    return bool(between.strip()) and not set(between.strip()) - _OPENERS - _CLOSERS - {"»"}


def _quote_at(text: str, offset: int, units: list[_Unit]) -> _Unit | None:
    """The top-level quotation whose opener comes right after `offset` (spaces, a colon, a
    comma — "وأضاف، «…»" — or a tatweel-joined بـ/لـ between)."""
    for unit in units:
        if unit.parent is None and unit.open_mark is not None and unit.open_mark >= offset:
            between = text[offset:unit.open_mark]
            if not between.strip(" :،,\u0640\u00a0\n") or between.strip() in ("بـ", "لـ", ":"):
                return unit
    return None


def _quote_before(text: str, tokens: list[Token], k: int, units: list[_Unit]) -> _Unit | None:
    """«…»، قال فلان: the quotation that closes right before token k."""
    if k == 0:
        return None
    if k > 1 and tokens[k - 1].norm in ("كما", "وكما"):
        k -= 1          # "«…»، كما قال رئيس بلديتها": as he said
    begin = tokens[k - 1].end
    for unit in units:
        if unit.parent is None and unit.close_mark is not None and not unit.claimed \
                and unit.kind == "statement":
            between = text[unit.close_mark + 1:tokens[k].start]
            if unit.close_mark < tokens[k].start and not between.strip(" ،,.\n") \
                    and "\n" not in between and unit.close_mark >= begin - 2 - len(between):
                return unit
    return None


def _extend(text: str, start: int, end: int, limit: int, units: list[_Unit]) -> int:
    """The end of a span over what closes inside it: a percent sign, a quotation that
    opened inside, a bracket."""
    limit = min(limit, len(text))
    while end < limit and text[end] in "%٪":
        end += 1
    for unit in units:
        if unit.parent is None and start <= (unit.open_mark if unit.open_mark is not None
                                             else unit.start) < end < (unit.close_mark or -1) + 1:
            end = unit.close_mark + 1
    if end < limit and text[end] == ")" and "(" in text[start:end] \
            and text[start:end].count("(") > text[start:end].count(")"):
        end += 1
    return end


def _claim_inside(units: list[_Unit], report: _Unit, entity: Entity | None) -> None:
    """Quotations inside a report are the same speaker's words."""
    for unit in units:
        if unit.parent is None and unit.kind == "statement" and not unit.claimed \
                and report.start <= unit.start and unit.end <= report.end:
            unit.speaker, unit.claimed = entity, True
