"""The one layout function: a paragraph as screen lines, shaped, in bidi order, with styles.

Steps (issue 3): sanitise; shape the whole paragraph in logical order (shape.py); resolve bidi
levels once for the paragraph (bidi.py); wrap in logical order at `width` cells; per line apply
L1, reorder by the paragraph's levels (L2), keep marks on their base letter (L3: a base and its
marks are one drawn unit), mirror at odd levels (L4); align RTL right, LTR left; paint `spans`
on the cells of the characters they cover.

`visual` mode draws shaped glyphs in display order (the terminal must not reorder: see
terminal_bidi.py). `logical` mode draws the unshaped characters in logical order, padding
first for RTL, for terminals that run bidi themselves. Either way trailing spaces of a line are
not drawn (they hang at the edge, as UBA L1 puts them there) and nothing invisible is emitted:
ZWJ, ZWNJ, LRM/RLM and other format characters steer shaping and bidi but never reach the
terminal, and controls are replaced by sanitize.py's placeholders first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from tui.text.bidi import MIRRORED as _MIRRORED
from tui.text.bidi import line_levels, mirror, paragraph_level, resolve_levels, visual_order
from tui.text.sanitize import sanitize_for_terminal
from tui.text.shape import is_mark, shape_glyphs, singles

BidiMode = Literal["visual", "logical"]


@dataclass(frozen=True, slots=True)
class ArabicDisplay:
    """How Arabic is drawn, the app's one display setting: `bidi` "visual" (shaped and
    ordered here, for terminals that draw cells as sent) or "logical" (sent in logical
    order, unshaped, for terminals that run bidi themselves); harakat shown or hidden."""

    bidi: BidiMode = "visual"
    harakat: bool = True

__all__ = ["ArabicDisplay", "BidiMode", "Highlight", "LaidLine", "layout", "layout_height",
           "clear_cache"]


# A style painted on the characters text[start:end] of a paragraph: (start, end, style).
Highlight = tuple[int, int, "str | Style"]


@dataclass(frozen=True, slots=True)
class LaidLine:
    """One laid-out screen line of a paragraph."""

    text: Text                   # exactly `width` cells
    start: int                   # this line shows text[start:end]
    end: int
    cells: tuple[int, ...]       # per cell: offset of the (base) character drawn there, -1 = padding
    plain: str                   # text.plain
    # Per cell, every offset drawn there (a lam-alef ligature stands for two letters; a
    # letter's harakat share its cell). Empty for padding.
    cell_offsets: tuple[tuple[int, ...], ...] = ()
    rtl: bool = False            # the paragraph's base direction


def clear_cache() -> None:
    _layout.cache_clear()
    _analyse.cache_clear()


# Arabic harakat and Quranic marks: hidden when the `harakat` setting is off.
def _is_haraka(ch: str) -> bool:
    cp = ord(ch)
    return (0x0610 <= cp <= 0x061A or 0x064B <= cp <= 0x065F or cp == 0x0670
            or 0x06D6 <= cp <= 0x06ED or 0x08D3 <= cp <= 0x08FF)


@lru_cache(maxsize=16384)
def _invisible(ch: str) -> bool:
    """Drawn as nothing: format characters (ZWJ, ZWNJ, LRM, BOM…) and other zero-width non-marks."""
    return unicodedata.category(ch) in ("Cf", "Cc", "Cs", "Zl", "Zp") or (
        not is_mark(ch) and cell_len(ch) == 0)


@lru_cache(maxsize=16384)
def _cells(ch: str) -> int:
    return cell_len(ch)


@lru_cache(maxsize=16384)
def _plain(ch: str) -> bool:
    """A glyph that is a drawn unit by itself, one cell wide: no mark, nothing invisible."""
    return bool(ch) and not is_mark(ch) and not _invisible(ch) and _cells(ch) == 1


@dataclass(frozen=True, slots=True)
class _Paragraph:
    """A paragraph analysed for drawing (cached per text, mode and harakat).

    Its drawn units are parallel plain tuples, one entry per unit: a contiguous logical range
    drawn as one piece (a base glyph and its marks), or nothing. Tuples of ints and strings are
    what the cyclic GC stops tracking; an object per unit (there is one per character) would
    be walked by every full collection for as long as the cache holds the paragraph.
    """
    text: str                    # sanitised
    base: int                    # paragraph level
    levels: tuple[int, ...]
    starts: tuple[int, ...]      # unit k shows text[starts[k]:ends[k]]
    ends: tuple[int, ...]
    draws: tuple[str, ...]       # glyph text with marks ("" = invisible)
    widths: tuple[int, ...]      # cells (0 = invisible)
    places: tuple[int, ...]      # offset whose bidi level places it (invisible: its start)
    offsets: tuple[tuple[int, ...], ...]  # drawn offsets (base letters and their marks)
    spaces: tuple[bool, ...]
    mirrors: bool                # a drawn glyph may be mirrored (L4)
    widest: int                  # the widest unit's cells


@lru_cache(maxsize=4096)
def _analyse(text: str, mode: BidiMode, harakat: bool) -> _Paragraph:
    clean = sanitize_for_terminal(text.replace("\n", " "))
    size = len(clean)
    base = paragraph_level(clean)
    if mode == "visual":
        levels = resolve_levels(clean, base)
        chars, char_offsets = shape_glyphs(clean)
    else:
        levels = (base,) * size
        chars, char_offsets = clean, singles(0, size)
    special = [ch for ch in set(chars) if not _plain(ch)]
    if not special:
        # The usual paragraph: every glyph is a unit of its own, one cell wide. Shaping keeps
        # glyphs in logical order and a ligature's letters adjacent when no mark is in
        # between, so each unit spans its glyph's offsets.
        count = len(chars)
        if count == size:
            starts = tuple(range(size))
            ends = tuple(range(1, size + 1))
            spaces = tuple(map(" ".__eq__, clean))
        else:
            starts = tuple([offs[0] for offs in char_offsets])
            ends = tuple([offs[-1] + 1 for offs in char_offsets])
            spaces = tuple([clean[start] == " " for start in starts])
        return _Paragraph(clean, base, levels, starts, ends, tuple(chars), (1,) * count, starts,
                          tuple(char_offsets), spaces, not _MIRRORED.isdisjoint(chars),
                          1 if count else 0)
    # Group glyphs into drawn clusters: a base glyph takes the marks that follow it. Glyphs
    # between the special ones (marks, invisibles, wide) are clusters of their own.
    draws: list[str] = []
    offsets: list[tuple[int, ...]] = []
    if isinstance(chars, str):
        at = [m.start() for m in re.finditer("[" + re.escape("".join(special)) + "]", chars)]
    else:
        kinds = set(special)
        at = [k for k, ch in enumerate(chars) if ch in kinds]
    done = 0
    for k in at:
        draws.extend(chars[done:k])
        offsets.extend(char_offsets[done:k])
        done = k + 1
        char = chars[k]
        if not char:
            continue
        if is_mark(char):
            if draws:  # a mark with nothing to sit on is not drawn
                if harakat or not _is_haraka(char):
                    draws[-1] += char
                offsets[-1] += char_offsets[k]
            continue
        if _invisible(char):
            continue
        draws.append(char)
        offsets.append(char_offsets[k])
    draws.extend(chars[done:])
    offsets.extend(char_offsets[done:])
    places = [offs[0] for offs in offsets]  # the base glyph's first letter
    offsets = [offs if len(offs) == 1 else tuple(sorted(offs)) for offs in offsets]
    starts = [offs[0] for offs in offsets]
    ends = [offs[-1] + 1 for offs in offsets]
    if starts[:1] == [0] and ends[-1:] == [size] and starts[1:] == ends[:-1]:
        # Clusters side by side from the first offset to the last: each is a unit.
        if any(_cells(ch) > 1 for ch in special if ch):
            widths = [_cells(draw[0]) or 1 for draw in draws]
        else:
            widths = [1] * len(draws)
        spaces = [clean[place] == " " for place in places]
        return _Paragraph(clean, base, levels, tuple(starts), tuple(ends), tuple(draws),
                          tuple(widths), tuple(places), tuple(offsets), tuple(spaces),
                          not _MIRRORED.isdisjoint([draw[0] for draw in draws]),
                          max(widths, default=0))
    # Offsets no cluster draws (invisibles, a mark with no base) are units drawn as nothing;
    # a cluster's unit runs from its first offset to its last, over any such offsets inside.
    owner = [-1] * size
    for index, offs in enumerate(offsets):
        for off in offs:
            owner[off] = index
    starts, ends, drawn, unit_places, unit_offsets = [], [], [], [], []
    i = 0
    while i < size:
        index = owner[i]
        starts.append(i)
        if index < 0:
            i += 1
            ends.append(i)
            drawn.append("")
            unit_places.append(i - 1)
            unit_offsets.append(())
            continue
        offs = offsets[index]
        i = offs[-1] + 1
        ends.append(i)
        drawn.append(draws[index])
        unit_places.append(places[index])
        unit_offsets.append(offs)
    widths = [(_cells(draw[0]) or 1) if draw else 0 for draw in drawn]
    spaces = [draw != "" and clean[place] == " " for draw, place in zip(drawn, unit_places)]
    return _Paragraph(clean, base, levels, tuple(starts), tuple(ends), tuple(drawn),
                      tuple(widths), tuple(unit_places), tuple(unit_offsets), tuple(spaces),
                      not _MIRRORED.isdisjoint([draw[0] for draw in draws]),
                      max(widths, default=0))


def _wrap(widths: Sequence[int], spaces: Sequence[bool], width: int) -> list[tuple[int, int]]:
    """Unit index ranges of each line: greedy at spaces, long words broken between units."""
    lines: list[tuple[int, int]] = []
    n = len(widths)
    line_start = 0
    used = 0                     # cells of the line so far, trailing spaces included
    i = 0
    while i < n:
        # The next word: units up to the first space, then its spaces. The scan stops once
        # the word is known not to fit, so a 100,000-character word costs linear time.
        j, content, room = i, 0, width - used
        while j < n and not spaces[j] and content <= room:
            content += widths[j]
            j += 1
        k = j
        while k < n and (spaces[k] or widths[k] == 0):
            k += 1
        if used + content <= width:
            used += content + sum(widths[j:k])
            i = k
            continue
        if used > 0 and i > line_start:
            lines.append((line_start, i))
            line_start, used = i, 0
            continue
        # A word longer than the line: break it between drawn units.
        fill = 0
        m = i
        while m < j and (fill + widths[m] <= width or fill == 0):
            fill += widths[m]
            m += 1
        while m < n and widths[m] == 0 and not spaces[m]:
            m += 1
        lines.append((line_start, m))
        line_start, used, i = m, 0, m
    if line_start < n or not lines:
        lines.append((line_start, n))
    return lines


def _style_of(offsets: tuple[int, ...], spans: Sequence[Highlight]) -> tuple:
    return tuple(style for start, end, style in spans if any(start <= o < end for o in offsets))


def layout(text: str, width: int, spans: Sequence[Highlight] = (), mode: BidiMode = "visual",
           harakat: bool = True) -> tuple[LaidLine, ...]:
    """`text` (one paragraph) as screen lines of exactly `width` cells. Cached.

    Each line is `width` cells: RTL paragraphs right-aligned, LTR ones left-aligned. `spans`
    (offsets into `text`) are painted on the cells of exactly their characters.
    """
    if mode not in ("visual", "logical"):
        raise ValueError(f"mode must be 'visual' or 'logical', not {mode!r}")
    return _layout(text, max(1, int(width)), tuple(spans), mode, bool(harakat))


def layout_height(text: str, width: int, mode: BidiMode = "visual", harakat: bool = True) -> int:
    """len(layout(text, width, spans, mode, harakat)), for any spans, without making the lines.

    For callers that only need heights (the reader sizing a long source in idle time): the
    paragraph's analysis is cached and compact, the lines would be neither.
    """
    if mode not in ("visual", "logical"):
        raise ValueError(f"mode must be 'visual' or 'logical', not {mode!r}")
    para = _analyse(text, mode, bool(harakat))
    return len(_wrap(para.widths, para.spaces, max(1, int(width))))


# A laid-out line is four objects the cyclic GC tracks (LaidLine, Text and its two lists), and
# every full collection walks them all: 4,096 paragraphs hold a whole 1 MB article at one width
# (some 35,000 such objects); 16,384 let a few resizes build up four times that.
@lru_cache(maxsize=4096)
def _layout(text: str, width: int, spans: tuple[Highlight, ...], mode: BidiMode,
            harakat: bool) -> tuple[LaidLine, ...]:
    para = _analyse(text, mode, harakat)
    clean = para.text
    starts, ends, draws, widths = para.starts, para.ends, para.draws, para.widths
    places, offsets, spaces = para.places, para.offsets, para.spaces
    rtl = para.base == 1
    visual = mode == "visual"
    out: list[LaidLine] = []
    for first, last in _wrap(widths, spaces, width):
        start = starts[first] if last > first else len(clean)
        end = ends[last - 1] if last > first else len(clean)
        # Trailing spaces (and invisibles among them) hang: not drawn.
        stop = last
        while stop > first and (spaces[stop - 1] or not widths[stop - 1]):
            stop -= 1
        glyphs: list[str] | None = None
        if visual and stop > first:
            # Invisible units (LRM, RLM, ZWNJ…) still take part in reordering: an RLM between
            # two level-2 runs keeps them apart.
            lv = line_levels(clean, para.levels, start, end, para.base)
            unit_levels = [lv[places[u] - start] for u in range(first, stop)]
            low, high = min(unit_levels), max(unit_levels)
            if low == high:  # one level: L2 reverses the line or leaves it
                order = range(stop - 1, first - 1, -1) if low % 2 else range(first, stop)
            else:
                order = [first + idx for idx in visual_order(unit_levels)]
            units = [u for u in order if widths[u]]
            if para.mirrors and (low % 2 or low != high):
                glyphs = []
                for u in units:
                    glyph = draws[u]
                    if unit_levels[u - first] % 2 and glyph[0] in _MIRRORED:
                        glyph = mirror(glyph[0]) + glyph[1:]
                    glyphs.append(glyph)
        else:
            units = [u for u in range(first, stop) if widths[u]]
        if glyphs is None:
            glyphs = [draws[u] for u in units]
        if para.widest > 1:
            drawn_widths = [widths[u] for u in units]
            for idx, w in enumerate(drawn_widths):
                if w > width:  # a wide glyph on a line narrower than it
                    glyphs[idx] = "…"
                    drawn_widths[idx] = 1
            pad = width - sum(drawn_widths)
            cells: list[int] = []
            cell_offsets: list[tuple[int, ...]] = []
            for u, w in zip(units, drawn_widths):
                if w == 1:
                    cells.append(places[u])
                    cell_offsets.append(offsets[u])
                else:
                    cells.extend([places[u]] * w)
                    cell_offsets.extend([offsets[u]] * w)
        else:
            pad = width - len(units)
            cells = [places[u] for u in units]
            cell_offsets = [offsets[u] for u in units]
        if pad:
            if rtl:
                cells[:0] = [-1] * pad
                cell_offsets[:0] = [()] * pad
            else:
                cells.extend([-1] * pad)
                cell_offsets.extend([()] * pad)
        if spans:
            rich_text = _styled(glyphs, [offsets[u] for u in units], spans, pad, rtl)
        else:
            padding = " " * pad
            plain = padding + "".join(glyphs) if rtl else "".join(glyphs) + padding
            rich_text = Text(plain, no_wrap=True, overflow="ignore", end="")
        out.append(LaidLine(rich_text, start, end, tuple(cells), rich_text.plain,
                            tuple(cell_offsets), rtl))
    return tuple(out)


def _styled(glyphs: list[str], offsets: list[tuple[int, ...]], spans: Sequence[Highlight], pad: int,
            rtl: bool) -> Text:
    """The line's text with each run of glyphs under the same spans in their combined style."""
    rich_text = Text(no_wrap=True, overflow="ignore", end="")
    if rtl and pad:
        rich_text.append(" " * pad)
    run_text, run_style = "", None
    for glyph, offs in zip(glyphs, offsets):
        style = _style_of(offs, spans)
        if style != run_style and run_text:
            rich_text.append(run_text, _combine(run_style))
            run_text = ""
        run_style = style
        run_text += glyph
    if run_text:
        rich_text.append(run_text, _combine(run_style))
    if not rtl and pad:
        rich_text.append(" " * pad)
    return rich_text


def _combine(styles: tuple | None) -> Style | str | None:
    if not styles:
        return None
    if len(styles) == 1:
        return styles[0]
    combined = Style()
    for style in styles:
        combined += Style.parse(style) if isinstance(style, str) else style
    return combined
