"""Comparing a laid-out line with ICU's reordering of the same logical slice."""

from __future__ import annotations

import unicodedata

from tui.text.layout import LaidLine


def expand(runs: list[list[int]]) -> list[int]:
    return [first + k * step for first, count, step in runs for k in range(count)]


def _groups(line: LaidLine) -> list[tuple[int, ...]]:
    """The drawn units of a line, left to right (a wide glyph's two cells are one unit)."""
    out: list[tuple[int, ...]] = []
    for offsets in line.cell_offsets:
        if offsets and (not out or out[-1] != offsets):
            out.append(offsets)
    return out


def _unshape(glyph: str) -> str:
    if "\ufb50" <= glyph <= "\ufeff":
        return unicodedata.normalize("NFKC", glyph)
    return glyph


def mismatch(line: LaidLine, order: list[int], icu_chars: str) -> str | None:
    """Why `line` (visual mode) differs from ICU's visual order and mirroring; None if it agrees."""
    groups = _groups(line)
    unit_of = {off: n for n, offsets in enumerate(groups) for off in offsets}
    expected: list[int] = []
    for index in order:
        unit = unit_of.get(index)
        if unit is not None and (not expected or expected[-1] != unit):
            expected.append(unit)
    if expected != list(range(len(groups))):
        return f"order: ICU {expected} for units {groups}"
    # Mirroring: the glyph drawn for each base character is the one ICU writes for it.
    icu_char = {index: icu_chars[pos] for pos, index in enumerate(order)}
    col = 0
    for offsets in groups:
        while line.cell_offsets[col] != offsets:
            col += 1
        base = line.cells[col]
        drawn = line.text.plain[_plain_index(line, col)]
        mine = _unshape(drawn)
        if len(mine) == 1 and mine != icu_char[base] and not unicodedata.category(mine).startswith("L"):
            return f"mirroring at offset {base}: drew {drawn!r}, ICU {icu_char[base]!r}"
    return None


def _plain_index(line: LaidLine, col: int) -> int:
    """Index in line.plain of the character drawn starting at cell `col`."""
    from rich.cells import cell_len

    cells = 0
    for index, ch in enumerate(line.plain):
        if cells >= col and cell_len(ch) > 0:
            return index
        cells += cell_len(ch)
    raise IndexError(col)
