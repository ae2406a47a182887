"""A whole source as screen lines: what the reader draws and `summit-tui render` prints.

The title first (bold; when the first paragraph is the title it is drawn once, as the title),
then each paragraph, one blank line between paragraphs. Spans and
the selection are offsets into `Source.text`; each paragraph is laid out on its own slice, so
spans are clipped to it and shifted, and every line keeps the paragraph it came from.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from rich.style import Style
from rich.text import Text

from tui.corpus.model import Source
from tui.text.layout import Highlight, LaidLine, BidiMode, layout, layout_height

TITLE = -1
GAP = -2


@dataclass(frozen=True, slots=True)
class DocumentLine:
    """One screen line of a laid-out source."""

    paragraph: int               # index into source.paragraphs, TITLE, or GAP (a blank line)
    laid: LaidLine | None        # None for a blank line
    offset: int                  # source offset of laid.start (paragraph start + line start)

    def text(self, width: int) -> Text:
        return self.laid.text if self.laid is not None else Text(" " * width, end="")

    def plain(self, width: int) -> str:
        return self.laid.plain if self.laid is not None else " " * width


def source_lines(source: Source, width: int, spans: Sequence[Highlight] = (), *,
                 selected: tuple[int, int] | None = None,
                 selected_style: str | Style = "reverse", title_style: str | Style = "bold",
                 mode: BidiMode = "visual", harakat: bool = True) -> list[DocumentLine]:
    width = max(1, width)
    lines: list[DocumentLine] = []
    paragraphs = source.paragraphs
    title_is_first = _title_is_first(source)
    marks = []
    if title_is_first:
        marks.append((paragraphs[0].start, paragraphs[0].end, title_style))
    else:
        title_spans = ((0, len(source.title), title_style),) if source.title else ()
        for laid in layout(source.title, width, title_spans, mode, harakat):
            lines.append(DocumentLine(TITLE, laid, 0))
    marks.extend((s, e, st) for s, e, st in spans if e > s)
    if selected is not None and selected[1] > selected[0]:
        marks.append((selected[0], selected[1], selected_style))
    for index, paragraph in enumerate(paragraphs):
        if lines:
            lines.append(DocumentLine(GAP, None, paragraph.start))
        local = tuple(
            (max(s, paragraph.start) - paragraph.start, min(e, paragraph.end) - paragraph.start, st)
            for s, e, st in marks if s < paragraph.end and e > paragraph.start)
        text = source.text[paragraph.start:paragraph.end]
        for laid in layout(text, width, local, mode, harakat):
            lines.append(DocumentLine(index, laid, paragraph.start + laid.start))
    return lines


def _title_is_first(source: Source) -> bool:
    """Most articles open with their title as the first paragraph: it is drawn once, as the title."""
    paragraphs = source.paragraphs
    return bool(paragraphs) and (
        source.text[paragraphs[0].start:paragraphs[0].end].strip() == source.title.strip())


class LazyDocument:
    """`source_lines`, laid out one paragraph at a time, only where asked.

    A 1 MB article is thousands of paragraphs and about a millisecond each to lay out cold, so
    the reader cannot lay out the whole source per width. Here each block (the title when it is
    not the first paragraph, then every paragraph with the blank line above it) has a height per
    (width, mode, harakat): exact once laid out, else an estimate (characters / width, at least
    one line). Rows are positions in that mixed table, so a row's block can change as
    estimates are replaced; callers keep their place by (block, line in block) instead.

    Counts do not depend on spans or the selection (they only paint cells), so `set_marks`
    keeps them. `demanded` counts layouts made for drawing and locating (`ensure`, `line`,
    `row_of_offset`), `refined` those made by `refine`: instrumentation for tests and bench.
    """

    def __init__(self, source: Source, spans: Sequence[Highlight] = (), *,
                 selected: tuple[int, int] | None = None,
                 selected_style: str | Style = "reverse", title_style: str | Style = "bold",
                 mode: BidiMode = "visual", harakat: bool = True) -> None:
        self.source = source
        self.mode: BidiMode = mode
        self.harakat = harakat
        self.selected_style = selected_style
        self.title_style = title_style
        title_first = _title_is_first(source)
        # Blocks: (paragraph index or TITLE, source start, source end, blank line above).
        self._kind: list[int] = []
        self._start: list[int] = []
        self._texts: list[str] = []
        self._gap: list[int] = []
        if not title_first:
            self._kind.append(TITLE)
            self._start.append(0)
            self._texts.append(source.title)
            self._gap.append(0)
        for index, paragraph in enumerate(source.paragraphs):
            self._kind.append(index)
            self._start.append(paragraph.start)
            self._texts.append(source.text[paragraph.start:paragraph.end])
            # A blank line between paragraphs, and after the title when it is drawn apart.
            self._gap.append(0 if title_first and index == 0 else 1)
        self._first_paragraph = 0 if title_first else 1
        self._title_first = title_first
        self._tables: dict[tuple[int, str, bool], _Table] = {}
        self.demanded = 0
        self.refined = 0
        self.set_marks(spans, selected)

    # -- marks ------------------------------------------------------------------------------

    def set_marks(self, spans: Sequence[Highlight] = (),
                  selected: tuple[int, int] | None = None) -> None:
        """Spans and selection (source offsets); heights are kept, drawn lines change."""
        marks: list[tuple[int, int, str | Style]] = []
        if self._title_first:
            paragraph = self.source.paragraphs[0]
            marks.append((paragraph.start, paragraph.end, self.title_style))
        marks.extend((s, e, st) for s, e, st in spans if e > s)
        if selected is not None and selected[1] > selected[0]:
            marks.append((selected[0], selected[1], self.selected_style))
        # Per block, in the order given (layout() combines overlapping styles in that order).
        local: dict[int, list[Highlight]] = {}
        starts = self._start
        first = self._first_paragraph
        for s, e, st in marks:
            block = max(first, bisect_right(starts, s, lo=first) - 1)
            while block < len(starts):
                p_start = starts[block]
                p_end = p_start + len(self._texts[block])
                if p_start >= e:
                    break
                if s < p_end and e > p_start:
                    local.setdefault(block, []).append(
                        (max(s, p_start) - p_start, min(e, p_end) - p_start, st))
                block += 1
        if not self._title_first:
            title = self.source.title
            local[0] = [(0, len(title), self.title_style)] if title else []
        self._marks = {block: tuple(spans) for block, spans in local.items()}

    # -- heights ----------------------------------------------------------------------------

    def __len__(self) -> int:
        """Number of blocks."""
        return len(self._kind)

    def _table(self, width: int) -> _Table:
        key = (max(1, width), self.mode, self.harakat)
        table = self._tables.get(key)
        if table is None:
            if len(self._tables) >= 8:  # a resize drag visits many widths: keep the last few
                self._tables.pop(next(iter(self._tables)))
            table = self._tables[key] = _Table(
                [gap + max(1, -(-len(text) // key[0])) for gap, text in zip(self._gap, self._texts)])
        return table

    def _laid(self, block: int, width: int) -> tuple[LaidLine, ...]:
        return layout(self._texts[block], max(1, width), self._marks.get(block, ()),
                      self.mode, self.harakat)

    def _measure(self, block: int, width: int, table: _Table) -> None:
        if not table.exact[block]:
            table.set(block, self._gap[block] + len(self._laid(block, width)))

    def _count(self, block: int, width: int, table: _Table) -> None:
        """_measure without making the lines: the rest of a long source is sized in idle time,
        and its lines, kept, would be objects for every full garbage collection to walk."""
        if not table.exact[block]:
            table.set(block, self._gap[block] + layout_height(
                self._texts[block], max(1, width), self.mode, self.harakat))

    def height(self, width: int) -> int:
        """Rows of the whole document at `width`: exact where laid out, estimated elsewhere."""
        return self._table(width).prefix()[-1]

    def known(self, width: int) -> int:
        """Blocks whose height at `width` is exact."""
        return self._table(width).known

    def locate(self, width: int, row: int) -> tuple[int, int]:
        """(block, line within the block) shown at `row`, clamped to the document."""
        prefix = self._table(width).prefix()
        row = min(max(0, row), prefix[-1] - 1)
        block = bisect_right(prefix, row) - 1
        return block, row - prefix[block]

    def row_of_block(self, width: int, block: int) -> int:
        return self._table(width).prefix()[block]

    # -- laying out on demand ---------------------------------------------------------------

    def ensure(self, width: int, top: int, count: int) -> int:
        """Lay out what rows [top, top + count) show; returns the top row to use.

        Blocks are laid out from the one at `top` downwards, which leaves that block's first
        row where it was. Near the end, where laid-out blocks turn out shorter than estimated,
        blocks above are laid out too and the top moves up so the window stays full.
        """
        table = self._table(width)
        if not len(self):
            return 0
        block, line = self.locate(width, top)
        row = table.prefix()[block]
        i = block
        while i < len(self) and row < top + count:
            if not table.exact[i]:
                self._measure(i, width, table)
                self.demanded += 1
            row += table.heights[i]
            i += 1
        line = min(line, table.heights[block] - 1)
        top = table.prefix()[block] + line
        below = table.prefix()[-1] - top
        if i >= len(self) and below < count:
            # The end came first: fill the window from below.
            below = table.prefix()[-1] - table.prefix()[block]
            i = block - 1
            while i >= 0 and below < count:
                if not table.exact[i]:
                    self._measure(i, width, table)
                    self.demanded += 1
                below += table.heights[i]
                i -= 1
            top = max(0, table.prefix()[-1] - count)
        return top

    def end_top(self, width: int, count: int) -> int:
        """The top row that shows the last `count` rows, those laid out (exact)."""
        table = self._table(width)
        for _ in range(8):  # each pass makes the blocks at the end exact: two suffice
            top = max(0, self.height(width) - count)
            self.ensure(width, top, count)
            first, _ = self.locate(width, max(0, self.height(width) - count))
            if all(table.exact[first:]):
                break
        return max(0, self.height(width) - count)

    def line(self, width: int, block: int, line: int) -> DocumentLine:
        """Line `line` of `block` (laid out now if it was not)."""
        table = self._table(width)
        if not table.exact[block]:
            self._measure(block, width, table)
            self.demanded += 1
        if self._gap[block]:
            if line == 0:
                return DocumentLine(GAP, None, self._start[block])
            line -= 1
        laid = self._laid(block, width)
        laid_line = laid[min(line, len(laid) - 1)]
        kind = self._kind[block]
        offset = 0 if kind == TITLE else self._start[block] + laid_line.start
        return DocumentLine(kind, laid_line, offset)

    def lines(self, width: int) -> list[DocumentLine]:
        """Every line (lays out the whole source: the same list as `source_lines`)."""
        table = self._table(width)
        out = []
        for block in range(len(self)):
            if not table.exact[block]:
                self._measure(block, width, table)
            out.extend(self.line(width, block, n) for n in range(table.heights[block]))
        return out

    def block_of_offset(self, offset: int) -> int | None:
        """The paragraph block holding source offset `offset` (None: between paragraphs)."""
        first = self._first_paragraph
        block = bisect_right(self._start, offset, lo=first) - 1
        if block < first or offset >= self._start[block] + len(self._texts[block]):
            return None
        return block

    def anchor(self, width: int, row: int) -> tuple[int, int]:
        """(block, offset within it) of the line at `row`: a place that survives a reflow."""
        block, line = self.locate(width, row)
        shown = self.line(width, block, line)
        if shown.laid is None:
            return block, -1  # the blank line above the block
        return block, shown.laid.start

    def row_of_anchor(self, width: int, anchor: tuple[int, int]) -> int:
        """The row now showing `anchor` (laying out its block)."""
        block, offset = anchor
        table = self._table(width)
        if not table.exact[block]:
            self._measure(block, width, table)
            self.demanded += 1
        row = table.prefix()[block]
        if offset < 0:
            return row
        row += self._gap[block]
        laid = self._laid(block, width)
        for n, line in enumerate(laid):
            if offset < line.end:
                return row + n
        return row + len(laid) - 1

    def row_of_offset(self, width: int, offset: int, context: int = 0) -> int | None:
        """The row showing source offset `offset`, with `context` rows above it laid out.

        The blocks above the target that those rows cover are laid out first, so that
        scrolling to `row - context` and laying out from there does not move the target.
        """
        block = self.block_of_offset(offset)
        if block is None:
            return None
        table = self._table(width)
        above, i = 0, block - 1
        while i >= 0 and above < context:
            if not table.exact[i]:
                self._measure(i, width, table)
                self.demanded += 1
            above += table.heights[i]
            i -= 1
        return self.row_of_anchor(width, (block, offset - self._start[block]))

    # -- refining in the background ---------------------------------------------------------

    def refine(self, width: int, limit: int, rows: tuple[int, int] | None = None) -> int:
        """Lay out up to `limit` blocks not yet exact at `width`; returns how many remain.

        Blocks showing rows [rows[0], rows[1]) come first, laid out (the pages either side of
        the screen, so that paging finds them ready), then the rest from the top, only counted.
        """
        table = self._table(width)
        done = 0
        if rows is not None and len(self):
            first, _ = self.locate(width, rows[0])
            last, _ = self.locate(width, rows[1] - 1)
            for block in range(first, last + 1):
                if done >= limit:
                    break
                if not table.exact[block]:
                    self._measure(block, width, table)
                    self.refined += 1
                    done += 1
        while done < limit and table.cursor < len(self):
            if not table.exact[table.cursor]:
                self._count(table.cursor, width, table)
                self.refined += 1
                done += 1
            table.cursor += 1
        return len(self) - table.known


class _Table:
    """Block heights at one (width, mode, harakat), with row starts computed when asked."""

    __slots__ = ("heights", "exact", "known", "cursor", "_prefix")

    def __init__(self, estimates: list[int]) -> None:
        self.heights = estimates
        self.exact = bytearray(len(estimates))
        self.known = 0
        self.cursor = 0               # refine() goes top to bottom
        self._prefix: list[int] | None = None

    def set(self, block: int, height: int) -> None:
        if not self.exact[block]:
            self.exact[block] = 1
            self.known += 1
        if self.heights[block] != height:
            self.heights[block] = height
            self._prefix = None

    def prefix(self) -> list[int]:
        if self._prefix is None:
            self._prefix = list(accumulate(self.heights, initial=0))
        return self._prefix
