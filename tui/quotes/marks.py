"""Pairing quote marks in one paragraph, with recovery for the marks outlets leave out.

Arabic news uses «…», “…”, ”…” and »…» (a closing mark as the opener), "…" and '…' nested inside
another quote. A naive pairing that takes every mark as a toggle glues a closer to the next
quote's opener and swallows the narration between them; here a mark's role comes from what
stands on either side of it, and a mark that cannot be paired is recovered locally:
- an opener that never closes ends at the paragraph end (or, if another opener of the same
  family comes first, at the last clause break before it);
- a closer with no opener starts after the last reporting particle (أن، إن، أنه …), colon,
  comma, sentence end or previous quote in front of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Braces stand for guillemets in some outlets' feeds ("وقال {إن هذه الحوادث …}").
OPENERS = {"«": "»", "“": "”", "„": "”", "{": "}"}
AMBIGUOUS = {'"', "”"}
SINGLE_OPEN = {"'", "‘", "’"}
_FAMILY = {"«": "guillemet", "»": "guillemet", "“": "curly", "”": "curly", "„": "curly",
           '"': "ascii", "{": "brace", "}": "brace"}
_CLOSER = {"«": "»", "“": "”", "”": "”", "„": "”", '"': '"', "{": "}"}
# Closers that are never openers: they close the quotation open in their family.
_PLAIN_CLOSERS = {"»": "«", "}": "{"}
_CLAUSE_BREAKS = "،,:؛;"
_SENTENCE_END = re.compile(r"[.!?؟]\s")
_PARTICLE = re.compile(r"(?:^|\s)[وف]?(?:ب?[أإا]ن(?:ه|ها|هم)?|[أإ]نّ(?:ه|ها)?)\s")


@dataclass(frozen=True, slots=True)
class Span:
    """One quotation inside a paragraph: content offsets (marks excluded), relative to it."""

    start: int
    end: int
    open_mark: int | None
    close_mark: int | None
    parent: int | None = None   # index of the enclosing span in the returned list


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _is_word(ch: str) -> bool:
    return ch.isalnum() or "\u064b" <= ch <= "\u0652"


def _opener_like(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return (_is_space(prev) or prev in "ـ(:[«") and not _is_space(nxt) and nxt not in ".,،;؛)"


def _closer_like(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return not _is_space(prev) and prev != "ـ" and (_is_space(nxt) or not _is_word(nxt))


def _after_and(text: str, i: int) -> bool:
    """The mark at i is glued to a lone conjunction و before a word ("و»بوبا»")."""
    return i >= 1 and text[i - 1] == "و" and (i == 1 or _is_space(text[i - 2])) \
        and i + 1 < len(text) and _is_word(text[i + 1])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",،;؛:"):
        end -= 1
    return start, end


def _recover_start(text: str, floor: int, closer: int) -> int:
    """Where a quotation whose opener is missing most likely began."""
    region = text[floor:closer]
    start = 0
    for match in _SENTENCE_END.finditer(region):
        start = match.end()
    particles = list(_PARTICLE.finditer(region, start))
    if particles:
        return floor + particles[-1].end()
    for i in range(len(region) - 1, start - 1, -1):
        if region[i] in _CLAUSE_BREAKS:
            return floor + i + 1
    return floor + start


def _recover_end(text: str, opener: int, limit: int, nested_close: int = -1) -> int:
    """Where an opener that never closed most likely ended, before `limit` and after the
    closer of a quotation nested in it (`nested_close`), which it contains."""
    for i in range(limit - 1, max(opener, nested_close), -1):
        if text[i] in _CLAUSE_BREAKS or text[i] == ".":
            return i + (1 if text[i] == "." else 0)
    return limit


def _glued_opener(text: str, i: int, ch: str) -> bool:
    """`قال رأفت الصباغ" إن وصول الطائرة …"`: a mark glued to the speaker's name, then إن
    and, later in the paragraph, its closer: it opens the words (after قال, إن begins what was
    said; no quotation closes on the name before it). So does one glued to أن/إن itself, a
    space then a word after it (`وأشار المرصد إلى أن" حي جوبر يشهد …"`): no quotation closes
    on a particle."""
    if text.find(ch, i + 1) == -1:
        return False
    return _GLUED_INNA.match(text, i + 1) is not None \
        or ch == '"' and _PARTICLE_BEFORE.search(text, max(0, i - 12), i) is not None \
        and _WORD_AFTER.match(text, i + 1) is not None
    # (the straight mark only: a curly one glued to "سي إن إن”" closes the letters of CNN)


_GLUED_INNA = re.compile(r"\s+إن\s")
# أن، إن، بأن، أنه … right before the mark (glued to it), and a space and a word after it
_PARTICLE_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:ب?[أإا]ن(?:ه|ها|هم)?|[أإ]نّ(?:ه|ها)?)\Z")
_WORD_AFTER = re.compile(r"\s+\w")


_MARK = re.compile("[" + re.escape("".join(sorted(
    set(OPENERS) | set(OPENERS.values()) | AMBIGUOUS | SINGLE_OPEN | set(_FAMILY)
    | set(_CLOSER) | set(_CLOSER.values())))) + "]")


def pair_marks(text: str) -> list[Span]:
    """The quotations of one paragraph, outer ones and nested '…' alike, in text order."""
    spans: list[Span] = []
    open_at: int | None = None      # offset of the current outer opener
    open_mark = ""
    inner_at: int | None = None     # offset of a nested single-quote opener
    last_end = 0                    # after the previous quotation's closer

    def close(start_mark: int | None, content_start: int, content_end: int,
              close_mark: int | None) -> None:
        nonlocal last_end, inner_at
        # a nested quotation still open ends with its outer one: a later mark can close
        # only a quotation opened after this one ("«'ا»”ا'" held one across two)
        inner_at = None
        a, b = _trim(text, content_start, content_end)
        if b > a:
            spans.append(Span(a, b, start_mark, close_mark))
        last_end = (close_mark + 1) if close_mark is not None else content_end

    inner_close = ""                # what closes the nested quotation
    nested_close = -1               # the last nested closer inside the current quotation

    def nest_end(a: int, b: int) -> None:
        nonlocal nested_close
        x, y = _trim(text, a + 1, b)
        if y > x:
            spans.append(Span(x, y, a, b, parent=-1))
        nested_close = b

    # Only quotation marks change the state below: every other character is stepped over.
    for found in _MARK.finditer(text):
        i, ch = found.start(), found.group()
        if open_at is not None and inner_at is not None and inner_close != "'":
            # inside a nested «…“…”…»: only its closer or the outer closer matter
            if ch == inner_close and (ch in _PLAIN_CLOSERS or _closer_like(text, i)):
                nest_end(inner_at, i)
                inner_at = None
                continue
            if ch != _CLOSER[open_mark] or not _closer_like(text, i):
                continue
            inner_at = None     # the nested one never closed; the outer closes here
        if open_at is not None and ch in SINGLE_OPEN:
            prev = text[i - 1] if i > 0 else ""
            if inner_at is None and (_is_space(prev) or prev in ":«“”\"") and i + 1 < len(text) \
                    and _is_word(text[i + 1]):
                inner_at, inner_close = i, "'"
            elif inner_at is not None and _closer_like(text, i):
                nest_end(inner_at, i)
                inner_at = None
            continue
        if open_at is not None and inner_at is None and ch in _CLOSER \
                and _FAMILY[ch] != _FAMILY[open_mark] and (ch in OPENERS or _opener_like(text, i)
                                               and not _closer_like(text, i)):
            # a quotation of another family inside this one: «قلت لهم: “…”»
            inner_at, inner_close = i, _CLOSER[ch]
            continue
        if ch in OPENERS:
            if open_at is not None:
                end = _recover_end(text, open_at, i, nested_close)
                close(open_at, open_at + 1, end, None)
            open_at, open_mark, inner_at = i, ch, None
        elif ch in _PLAIN_CLOSERS:
            if open_at is not None and _FAMILY[open_mark] != _FAMILY[ch]:
                continue        # a closer of another family inside this quotation
            if open_at is not None:
                close(open_at, open_at + 1, i, i)
                open_at = None
            elif (_opener_like(text, i) or _after_and(text, i)) and not _closer_like(text, i):
                # "لـ»المدينة»"، "«التعاونية» و»بوبا»": some outlets open with the closing
                # guillemet too
                open_at, open_mark, inner_at = i, "«", None
            else:
                close(None, _recover_start(text, last_end, i), i, i)
        elif ch in AMBIGUOUS:
            compatible = open_at is not None and (
                (ch == '"' and open_mark == '"') or (ch == "”" and open_mark in "“”„"))
            if compatible:
                prev = text[i - 1] if i > 0 else ""
                if _is_space(prev) and _opener_like(text, i) and not _closer_like(text, i) \
                        and ch == "”":
                    # `… نص ”نص` : a fresh opener; the previous quotation never closed.
                    end = _recover_end(text, open_at, i, nested_close)
                    close(open_at, open_at + 1, end, None)
                    open_at, open_mark = i, ch
                else:
                    close(open_at, open_at + 1, i, i)
                    open_at = None
                inner_at = None
            elif open_at is None:
                if _closer_like(text, i) and not _opener_like(text, i) and not (
                        i + 1 < len(text) and _is_word(text[i + 1])) \
                        and not _glued_opener(text, i, ch):
                    close(None, _recover_start(text, last_end, i), i, i)
                else:
                    open_at, open_mark = i, ch
            # a mark of another family inside a quotation: part of its text
    if open_at is not None:
        close(open_at, open_at + 1, len(text), None)
    if len(spans) < 2 and not (spans and spans[0].parent is not None):
        return spans            # most paragraphs: nothing to order or to nest
    # nested spans were appended before their parent closed: resolve parent indices
    resolved: list[Span] = []
    for index, span in enumerate(spans):
        if span.parent == -1:
            parent = next((j for j in range(index + 1, len(spans))
                           if spans[j].parent is None and spans[j].start <= span.start
                           and span.end <= spans[j].end), None)
            span = Span(span.start, span.end, span.open_mark, span.close_mark, parent)
        resolved.append(span)
    order = sorted(range(len(resolved)), key=lambda k: (resolved[k].start, -resolved[k].end))
    new_index = {old: new for new, old in enumerate(order)}
    return [Span(s.start, s.end, s.open_mark, s.close_mark,
                 new_index[s.parent] if s.parent is not None else None)
            for s in (resolved[k] for k in order)]
