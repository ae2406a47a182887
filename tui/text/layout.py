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

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from tui.text.bidi import MIRRORED as _MIRRORED
from tui.text.bidi import line_levels, mirror, paragraph_level, resolve_levels, visual_order
from tui.text.sanitize import sanitize_for_terminal
from tui.text.shape import is_mark, shape

Mode = Literal["visual", "logical"]

__all__ = ["Span", "LaidLine", "layout", "cell_width", "clear_cache"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int                   # offsets into the paragraph text given to layout()
    end: int
    style: str | Style


@dataclass(frozen=True, slots=True)
class LaidLine:
    text: Text                   # exactly `width` cells
    start: int                   # this line shows text[start:end]
    end: int
    cells: tuple[int, ...]       # per cell: offset of the (base) character drawn there, -1 = padding
    plain: str                   # text.plain
    # Per cell, every offset drawn there (a lam-alef ligature stands for two letters; a
    # letter's harakat share its cell). Empty for padding.
    cell_offsets: tuple[tuple[int, ...], ...] = ()
    rtl: bool = False            # the paragraph's base direction


def cell_width(text: str) -> int:
    """Cells `text` takes on screen, as Textual/rich measure it (for already laid-out text)."""
    return cell_len(text)


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


class _Unit(NamedTuple):
    """A contiguous logical range drawn as one piece (a base glyph and its marks), or nothing."""
    start: int
    end: int
    draw: str                    # glyph text with marks ("" = invisible)
    width: int
    base: int                    # offset whose bidi level places it; -1 if invisible
    offsets: tuple[int, ...]     # drawn offsets (base letters and their marks)
    space: bool


@dataclass(frozen=True, slots=True)
class _Paragraph:
    text: str                    # sanitised
    base: int                    # paragraph level
    levels: tuple[int, ...]
    units: tuple[_Unit, ...]


@lru_cache(maxsize=4096)
def _analyse(text: str, mode: Mode, harakat: bool) -> _Paragraph:
    clean = sanitize_for_terminal(text.replace("\n", " "))
    base = paragraph_level(clean)
    levels = resolve_levels(clean, base) if mode == "visual" else (base,) * len(clean)
    if mode == "visual":
        glyphs = [(g.char, g.offsets) for g in shape(clean)]
    else:
        glyphs = [(ch, (i,)) for i, ch in enumerate(clean)]
    # Group glyphs into drawn units: a base glyph takes the marks that follow it.
    clusters: list[list] = []  # [draw, offsets, base]
    for char, offsets in glyphs:
        if char == "" or (not is_mark(char) and _invisible(char)):
            continue
        if is_mark(char):
            if clusters and clusters[-1][2] >= 0:
                if harakat or not _is_haraka(char):
                    clusters[-1][0] += char
                clusters[-1][1] += offsets
            continue  # a mark with nothing to sit on is not drawn
        clusters.append([char, tuple(offsets), offsets[0]])
    units: list[_Unit] = []
    owner = [-1] * len(clean)
    for index, (_, offsets, _) in enumerate(clusters):
        for off in offsets:
            owner[off] = index
    i = 0
    while i < len(clean):
        index = owner[i]
        if index < 0:
            units.append(_Unit(i, i + 1, "", 0, -1, (), False))
            i += 1
            continue
        draw, offsets, first = clusters[index]
        end = max(offsets) + 1
        units.append(_Unit(i, end, draw, max(1, _cells(draw[0])), first, tuple(sorted(offsets)),
                           clean[first] == " "))
        i = end
    return _Paragraph(clean, base, levels, tuple(units))


def _wrap(units: Sequence[_Unit], width: int) -> list[tuple[int, int]]:
    """Unit index ranges of each line: greedy at spaces, long words broken between units."""
    lines: list[tuple[int, int]] = []
    n = len(units)
    line_start = 0
    used = 0                     # cells of the line so far, trailing spaces included
    i = 0
    while i < n:
        # The next word: units up to the first space, then its spaces. The scan stops once
        # the word is known not to fit, so a 100,000-character word costs linear time.
        j, content, room = i, 0, width - used
        while j < n and not units[j].space and content <= room:
            content += units[j].width
            j += 1
        k = j
        while k < n and (units[k].space or units[k].width == 0):
            k += 1
        if used + content <= width:
            used += content + sum(u.width for u in units[j:k])
            i = k
            continue
        if used > 0 and i > line_start:
            lines.append((line_start, i))
            line_start, used = i, 0
            continue
        # A word longer than the line: break it between drawn units.
        fill = 0
        m = i
        while m < j and (fill + units[m].width <= width or fill == 0):
            fill += units[m].width
            m += 1
        while m < n and units[m].width == 0 and not units[m].space:
            m += 1
        lines.append((line_start, m))
        line_start, used, i = m, 0, m
    if line_start < n or not lines:
        lines.append((line_start, n))
    return lines


def _style_of(offsets: tuple[int, ...], spans: Sequence[Span]) -> tuple:
    return tuple(s.style for s in spans if any(s.start <= o < s.end for o in offsets))


def layout(text: str, width: int, spans: Sequence[Span] = (), mode: Mode = "visual",
           harakat: bool = True) -> tuple[LaidLine, ...]:
    """`text` (one paragraph) as screen lines of exactly `width` cells. Cached.

    Each line is `width` cells: RTL paragraphs right-aligned, LTR ones left-aligned. `spans`
    (offsets into `text`) are painted on the cells of exactly their characters.
    """
    if mode not in ("visual", "logical"):
        raise ValueError(f"mode must be 'visual' or 'logical', not {mode!r}")
    return _layout(text, max(1, int(width)), tuple(spans), mode, bool(harakat))


@lru_cache(maxsize=16384)
def _layout(text: str, width: int, spans: tuple[Span, ...], mode: Mode,
            harakat: bool) -> tuple[LaidLine, ...]:
    para = _analyse(text, mode, harakat)
    units = para.units
    rtl = para.base == 1
    out: list[LaidLine] = []
    for first, last in _wrap(units, width):
        line_units = units[first:last]
        start = line_units[0].start if line_units else len(para.text)
        end = line_units[-1].end if line_units else len(para.text)
        # Trailing spaces (and invisibles among them) hang: not drawn.
        shown = list(line_units)
        while shown and (shown[-1].space or shown[-1].width == 0):
            shown.pop()
        if mode == "visual" and shown:
            # Invisible units (LRM, RLM, ZWNJ…) still take part in reordering: an RLM between
            # two level-2 runs keeps them apart.
            lv = line_levels(para.text, para.levels, start, end, para.base)
            unit_levels = [lv[(u.base if u.base >= 0 else u.start) - start] for u in shown]
            order = visual_order(unit_levels)
            drawn = []
            for idx in order:
                u = shown[idx]
                if u.width == 0:
                    continue
                glyph = u.draw
                if unit_levels[idx] % 2 and glyph[0] in _MIRRORED:
                    glyph = mirror(glyph[0]) + glyph[1:]
                drawn.append((u, glyph, u.width))
        else:
            drawn = [(u, u.draw, u.width) for u in shown if u.width > 0]
        used = 0
        for idx, (u, glyph, w) in enumerate(drawn):
            if w > width:  # a wide glyph on a line narrower than it
                drawn[idx] = (u, "…", 1)
                w = 1
            used += w
        pad = width - used
        rich_text = Text(no_wrap=True, overflow="ignore", end="")
        cells: list[int] = []
        cell_offsets: list[tuple[int, ...]] = []
        if rtl and pad:
            rich_text.append(" " * pad)
            cells.extend([-1] * pad)
            cell_offsets.extend([()] * pad)
        run_text, run_style = "", None
        for u, glyph, w in drawn:
            style = _style_of(u.offsets, spans) if spans else ()
            if style != run_style and run_text:
                rich_text.append(run_text, _combine(run_style))
                run_text = ""
            run_style = style
            run_text += glyph
            if w == 1:
                cells.append(u.base)
                cell_offsets.append(u.offsets)
            else:
                cells.extend([u.base] * w)
                cell_offsets.extend([u.offsets] * w)
        if run_text:
            rich_text.append(run_text, _combine(run_style))
        if not rtl and pad:
            rich_text.append(" " * pad)
            cells.extend([-1] * pad)
            cell_offsets.extend([()] * pad)
        out.append(LaidLine(rich_text, start, end, tuple(cells), rich_text.plain,
                            tuple(cell_offsets), rtl))
    return tuple(out)


def _combine(styles: tuple | None) -> Style | str | None:
    if not styles:
        return None
    if len(styles) == 1:
        return styles[0]
    combined = Style()
    for style in styles:
        combined += Style.parse(style) if isinstance(style, str) else style
    return combined
