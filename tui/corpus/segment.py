"""Splitting a source's text into paragraphs (one per non-blank line) and sentences.

Crawled news often has no line ends at all and separates its paragraphs with a run of
spaces instead: three or more white-space characters inside a line end a paragraph too.

Sentence ends are `.`, `!`, `?` and `؟` followed by white space; a full stop inside a
quotation does not end the sentence, so a quote that runs over several sentences stays whole.
The Arabic semicolon `؛` joins two clauses of one sentence ("…؛ لأنه …"، "…؛ بسبب …"), and
some outlets set a speaker's title off with it ("وقال فلان؛ مدير …، إن"): it is no end.
`..` and `…` are pauses in Arabic headlines and news prose, not sentence ends.
"""

from __future__ import annotations

import bisect
import re

from tui.corpus.model import Paragraph, Sentence
from tui.text.direction import base_direction

# Bumped when the rules below split a text differently: cached sources key on it (their
# paragraphs and sentences are stored), so a changed rule never meets an old split.
SEGMENTATION = 5    # 2: the semicolon no longer ends a sentence; 3: nor "إن.إتش.كيه";
# 4: a full stop set off before the next sentence, "الجديد .وفي", ends one; 5: so does one
# after a word whose tanween sits before its alif ("مبكرًا."), no lone letter
# A terminator run, then closing quotes or brackets, then white space or the end.
# (Its first mark is matched before the look-behind asks what precedes it, here and in
# _GLUED: a pattern opening with a look-behind is tried at every character of the text.)
_BOUNDARY = re.compile(r"[.!?؟](?<!\.[.!?؟])[.!?؟]*(?!\.)[\"'»”’)\]]*(?=\s|$)")
# A full stop glued to the next sentence, as some feeds print it ("عام واحد.وعبر والد …"،
# "لأقاربه».وذكر"، or with its space before it, "العام الدراسي الجديد .وفي نهاية", though
# not " ..": a pause): after a word of three letters or more or a closing mark, before a
# letter (not "بي.بي.سي", not "د.عبدالله", not 1.5).
_GLUED = re.compile(r"[.!?؟](?:(?<=[\u0621-\u064a]{3}[.!?؟])|(?<=[\u0621-\u064a]{3} [.!?؟])(?![.!?؟])"
                    r"|(?<=[»”\"')\]][.!?؟]))[.!?؟]*(?=[\u0621-\u064a])")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc", "no", "gen", "sen"}
_PAIRED = {"«": "»", "“": "”", "‹": "›"}
_AFTER_ORPHAN_CLOSER = set("،,.;؛:!?؟)]") | {""}
# A word's letters with their vowel marks (not \\w: "مبكرًا" would end in a lone "ا").
_LAST_WORD = re.compile(r"([\w\u064b-\u065f\u0670]+)$")
# A line, or a part of one between runs of three or more spaces (a crawled paragraph break).
_LINE = re.compile(r"(?:[^\n \t\u00a0]|[ \t\u00a0]{1,2}(?![ \t\u00a0]))+")
_MARKS = re.compile("[" + "".join(_PAIRED) + "".join(_PAIRED.values()) + '"]')


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Closed quotations in one paragraph, as (start, end) with the marks included.

    A rough pass for sentence splitting only; the quotes package does the careful work.
    An opener that never closes yields no region, so it cannot swallow the paragraph.
    """
    regions: list[tuple[int, int]] = []
    open_at = -1
    closer = ""
    # Only quote marks change the state: visit them alone, not every character.
    for match in _MARKS.finditer(text):
        i, ch = match.start(), match.group()
        if open_at < 0:
            if ch in _PAIRED:
                open_at, closer = i, _PAIRED[ch]
            elif ch == '"':
                open_at, closer = i, '"'
            elif ch == "”" and text[i + 1:i + 2].strip() not in _AFTER_ORPHAN_CLOSER:
                # A closing mark used as the opener, common in Arabic news: ”نأمل…”
                open_at, closer = i, "”"
        elif ch == closer:
            regions.append((open_at, i + 1))
            open_at = -1
        elif ch in _PAIRED and closer != '"':
            # A second opener of the same kind: the first never closed.
            open_at, closer = i, _PAIRED[ch]
    return regions


def _inside(position: int, regions: list[tuple[int, int]]) -> bool:
    # Regions are sorted and disjoint: binary search keeps long paragraphs linear-ish.
    index = bisect.bisect_left(regions, (position,)) - 1  # the last region starting before
    return index >= 0 and regions[index][0] < position < regions[index][1]


def _word_before(text: str, dot: int) -> re.Match | None:
    return _LAST_WORD.search(text[max(0, dot - 12):dot])  # a bounded look-back


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = _word_before(text, dot)
    if not word:
        return False
    token = word.group(1)
    # "Dr.", "J. Smith"; and an Arabic letter alone: "د. عبدالله" (دكتور)، "م. محمد" (مهندس)
    return token.lower() in _ABBREVIATIONS or (len(token) == 1 and (
        token.isupper() or "\u0621" <= token <= "\u064a"))


def _dotted_initials(text: str, dot: int) -> bool:
    """Is the word before the full stop at `dot` itself after one ("إن.إتش.كيه": the
    letters of an abbreviation, each followed by a point)?"""
    word = _word_before(text, dot)
    return word is not None and text[dot - len(word.group(1)) - 1:dot - len(word.group(1))] == "."


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets within text[start:end], trimmed of white space."""
    chunk = text[start:end]
    regions = quoted_regions(chunk)
    cuts = [0]
    for match in _BOUNDARY.finditer(chunk):
        cut = match.end()
        if _inside(cut, regions) or _is_abbreviation(chunk, match.start()):
            continue
        cuts.append(cut)
    for match in _GLUED.finditer(chunk):
        if not _inside(match.end(), regions) and not _dotted_initials(chunk, match.start()):
            cuts.append(match.end())
    cuts = sorted(set(cuts))
    cuts.append(len(chunk))
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        piece = chunk[a:b]
        stripped = piece.strip()
        if not stripped:
            continue
        lead = len(piece) - len(piece.lstrip())
        spans.append((start + a + lead, start + a + lead + len(stripped)))
    return spans


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """One paragraph per non-blank line (or part of a line between runs of three or more
    spaces), trimmed of white space."""
    spans = []
    for match in _LINE.finditer(text):
        line = match.group()
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip())
        spans.append((match.start() + lead, match.start() + lead + len(line.strip())))
    return spans


def segment(source_id: str, text: str) -> tuple[Paragraph, ...]:
    paragraphs = []
    for p_index, (p_start, p_end) in enumerate(paragraph_spans(text)):
        direction = base_direction(text[p_start:p_end])
        sentences = tuple(
            Sentence(
                id=f"{source_id}:{p_index}.{s_index}",
                source_id=source_id,
                paragraph=p_index,
                index=s_index,
                start=s_start,
                end=s_end,
                direction=base_direction(text[s_start:s_end], direction),
            )
            for s_index, (s_start, s_end) in enumerate(sentence_spans(text, p_start, p_end))
        )
        paragraphs.append(Paragraph(
            id=f"{source_id}:{p_index}", source_id=source_id, index=p_index,
            start=p_start, end=p_end, direction=direction, sentences=sentences,
        ))
    return tuple(paragraphs)
