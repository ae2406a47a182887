"""A one-line text box that draws Arabic shaped and right-to-left while it is typed.

Textual's `Input` draws its value character by character in logical order, which in the
app's `visual` bidi mode (the terminal does no bidi) shows Arabic unshaped and backwards.
`ArabicInput` keeps everything of `Input` (editing, selection, clipboard, bindings, messages;
the value stays in logical order) and changes only the drawing, and in visual mode what
Left and Right mean (see Keys below):

* `visual` mode: the value is laid out by `tui.text.layout.layout()` as one line and drawn
  from that line's cells; the cursor and the selection are placed through the line's
  per-cell logical offsets. A value wider than the box scrolls (the Input's own horizontal
  scrolling, over the laid-out cells) so the cursor stays in sight.
* `logical` mode (the terminal shapes and reorders): drawn in logical order, one character
  after another, as the stock Input draws it.

Either way the value is sanitised first (`sanitize_for_terminal`, one character for one),
so a pasted escape or bidi override is shown as a harmless placeholder, never sent raw.
Input's own cell mapping is replaced through widgets/input_cells.py, the one module that
touches Input's internals.

Where the cursor is drawn (visual mode). Position p is the insertion point between
characters p-1 and p. The block is drawn on the cell just past the trailing edge of the
character before it, p-1: LEFT of it when that character is at a right-to-left level,
right of it otherwise (as browsers do: the cursor follows what was just typed). So in
Arabic, p = 0 is on the rightmost letter and the end is the cell left of the text. At a
direction boundary this means the side of the character before: after "ترامب 2025" the
cursor is right of the "5". When that cell would fall off the line (a left-to-right number
starting a right-to-left line), the block goes on character p itself.

Keys (visual mode). Left and Right move on the screen, as in browsers and native fields:
to the position whose cursor cell is the nearest one strictly left (right) of the current
cursor cell, the logically nearest position if several share that cell; at the edge the
cursor stays. Shift+Left/Right move the selection's moving end the same way; without Shift
a selection collapses to whichever end's cursor is drawn further left (right), the moving
end if both are drawn on one cell. Home and End keep their logical meaning (the start and
the end of the text: in Arabic, the right and the left edge), and so do Ctrl+Left/Right
(the previous and the next word start in the text, so over Arabic Ctrl+Left goes right)
and the deleting keys. Right does not accept a completion suggestion here, since none is
drawn. Where positions share a cell, the arrows stop at the one logically nearest to where
they come from, so each side of the cell usually reaches one. Not always: at a direction
boundary both sides can reach the same one. In "ترامب 2025 Alaska" the start of "Alaska"
is drawn on the last "a", like the position just before that "a", and only the latter is
reached (Ctrl+Left/Right reach the word start). And of three positions on one cell (a
letter with two harakat) the middle one is never reached. Typing and deleting work at
such a position as anywhere.
Logical mode (the terminal orders the text) keeps Input's keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from rich.cells import cell_len
from rich.text import Text
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widgets.input import Selection

from tui.text.bidi import line_levels, resolve_levels
from tui.text.layout import ArabicDisplay, layout
from tui.text.sanitize import sanitize_for_terminal
from widgets.arabic import FollowsArabic
from widgets.input_cells import CellMappedInput

__all__ = ["ArabicInput"]


@dataclass(frozen=True, slots=True)
class _View:
    """The value laid out for drawing: one row, scrolled by the Input."""

    text: Text                           # exactly len(offsets) cells
    offsets: tuple[tuple[int, ...], ...]  # per cell: the logical offsets drawn there
    spans: tuple[tuple[int, int], ...]   # per cell: its characters in text.plain
    cursor: tuple[int, ...]              # per position 0..len(value): the cursor's cell
    natural: int                         # cells the value needs, the cursor's cell included

    def index_at(self, cell: int) -> int:
        """The cursor position to put at a clicked cell: one drawn there, else the nearest."""
        drawn = self.offsets[cell][0] if 0 <= cell < len(self.offsets) and self.offsets[cell] \
            else -1
        near = drawn if drawn >= 0 else 0
        return min(range(len(self.cursor)),
                   key=lambda p: (abs(self.cursor[p] - cell), abs(p - near)))

    def step(self, position: int, direction: int) -> int:
        """The position an arrow moves to from `position`: direction -1 is Left, +1 Right.

        The nearest cursor cell strictly on that side, then the logically nearest position
        drawn there; `position` itself at the edge.
        """
        here = self.cursor[position]
        beyond = [p for p, cell in enumerate(self.cursor) if (cell - here) * direction > 0]
        if not beyond:
            return position
        return min(beyond, key=lambda p: (abs(self.cursor[p] - here), abs(p - position)))


def _cell_spans(plain: str) -> list[tuple[int, int]]:
    """Per cell, the slice of `plain` drawn in it (a mark shares its base's cell)."""
    spans: list[tuple[int, int]] = []
    wide = 0                             # cells of the last base character
    for index, ch in enumerate(plain):
        width = cell_len(ch)
        if width == 0 and spans:
            for cell in range(len(spans) - wide, len(spans)):
                spans[cell] = (spans[cell][0], index + 1)
            continue
        wide = max(1, width)
        spans.extend([(index, index + 1)] * wide)
    return spans


@lru_cache(maxsize=256)
def _view(value: str, width: int, arabic: ArabicDisplay, password: bool) -> _View:
    if password:
        return _logical_view("•" * len(value), width)
    clean = sanitize_for_terminal(value)
    if arabic.bidi == "logical":
        return _logical_view(clean, width)
    size = len(clean)
    # Wide enough never to wrap (no glyph takes more than two cells), so the value is one
    # laid-out line however long; the box shows a window of it.
    line = layout(clean, max(width, 2 * size + 2), (), mode="visual",
                  harakat=arabic.harakat)[0]
    content = [i for i, cell in enumerate(line.cells) if cell >= 0]
    first, last = (content[0], content[-1] + 1) if content else (0, 0)
    glyphs = _cell_spans(line.plain)
    body = line.text[glyphs[first][0]:glyphs[last - 1][1]] if content else Text("")
    body_offsets = list(line.cell_offsets[first:last])
    # layout() leaves a line's trailing spaces undrawn (they hang at its end); in a box being
    # typed into, a typed space must show. They sit where UBA L1 puts them: at the
    # paragraph's end side, the first next to the text.
    drawn = max((o for offs in body_offsets for o in offs), default=-1)
    trail = [t for t in range(drawn + 1, size) if clean[t] == " "]
    natural = len(body_offsets) + len(trail) + 1
    total = max(width, natural)
    pad = total - len(body_offsets) - len(trail)
    text = Text(no_wrap=True, overflow="ignore", end="")
    if line.rtl:
        text.append(" " * (pad + len(trail)))
        text.append_text(body)
        offsets = [()] * pad + [(t,) for t in reversed(trail)] + body_offsets
        end_cell = pad - 1
    else:
        text.append_text(body)
        text.append(" " * (len(trail) + pad))
        offsets = body_offsets + [(t,) for t in trail] + [()] * pad
        end_cell = len(body_offsets) + len(trail)
    return _View(text, tuple(offsets), tuple(_cell_spans(text.plain)),
                 _cursor_cells(clean, line.rtl, offsets, end_cell), natural)


def _logical_view(clean: str, width: int) -> _View:
    """The value in logical order, a character after another; the cursor on the character
    after it (past the end: the cell after the last)."""
    glyphs = _cell_spans(clean)
    natural = len(glyphs) + 1
    total = max(width, natural)
    text = Text(clean + " " * (total - len(glyphs)), no_wrap=True, overflow="ignore", end="")
    offsets = [tuple(range(start, end)) for start, end in glyphs] + [()] * (total - len(glyphs))
    cursor = tuple(accumulate((cell_len(ch) for ch in clean), initial=0))
    return _View(text, tuple(offsets), tuple(_cell_spans(text.plain)), cursor, natural)


def _cursor_cells(clean: str, rtl: bool, offsets: list[tuple[int, ...]],
                  end_cell: int) -> tuple[int, ...]:
    """Per logical position, the cell its cursor is drawn on (the rule: module docstring)."""
    size, total = len(clean), len(offsets)
    base = 1 if rtl else 0
    # The levels layout() orders this one-line paragraph by, L1 included; used only to
    # tell which side of a character its trailing edge is on.
    levels = line_levels(clean, resolve_levels(clean, base), 0, size, base)
    left = [-1] * size
    right = [-1] * size
    for cell, offs in enumerate(offsets):
        for o in offs:
            if left[o] < 0:
                left[o] = cell
            right[o] = cell
    after = [-1] * (size + 1)            # first drawn offset at or after each position
    for p in range(size - 1, -1, -1):
        after[p] = p if left[p] >= 0 else after[p + 1]
    cursor: list[int] = []
    before = -1                          # last drawn offset before the position
    for p in range(size + 1):
        if p and left[p - 1] >= 0:
            before = p - 1
        cell = -1
        if before >= 0:
            cell = left[before] - 1 if levels[before] % 2 else right[before] + 1
            if not 0 <= cell < total:
                cell = -1
        if cell < 0 and after[p] >= 0:
            cell = left[after[p]]
        if cell < 0:
            cell = left[before] if before >= 0 else end_cell
        cursor.append(min(max(cell, 0), max(total - 1, 0)))
    return tuple(cursor)


class ArabicInput(FollowsArabic, CellMappedInput):
    """An `Input` whose value is drawn laid out (shaped, in display order) in visual mode,
    where Left and Right move the cursor on the screen (the module docstring: Keys).

    It follows the app's Arabic setting. A highlighter and completion suggestions are not
    drawn: neither knows about laid-out cells, and the search box uses neither. A password
    is drawn as bullets in logical order.
    """

    @property
    def moves_on_screen(self) -> bool:
        """Left and Right move on the screen (visual mode, over a value)."""
        return self.arabic.bidi == "visual" and not self.password and bool(self.value)

    def _current_view(self) -> _View:
        return _view(self.value, self.scrollable_content_region.width, self.arabic,
                     self.password)

    def lay_out(self, width: int) -> None:
        """The setting or the width changed: the cells moved, so does the cursor's."""
        self.virtual_size = Size(self.content_width, 1)
        self.scroll_to_region(Region(self.cursor_cell(), 0, width=1, height=1), force=True,
                              animate=False)
        if self.has_focus:  # the terminal's own cursor, where input methods draw
            self.app.cursor_position = self.cursor_screen_offset
        self.refresh()

    # --- the arrows move on the screen in visual mode ------------------------------------

    def action_cursor_left(self, select: bool = False) -> None:
        if not self.moves_on_screen:
            super().action_cursor_left(select)
        else:
            self._visual_move(-1, select)

    def action_cursor_right(self, select: bool = False) -> None:
        if not self.moves_on_screen:
            super().action_cursor_right(select)
        else:
            self._visual_move(1, select)

    def _visual_move(self, direction: int, select: bool) -> None:
        view = self._current_view()
        start, end = self.selection
        if select:
            self.selection = Selection(start, view.step(end, direction))
        elif start != end:
            far = (view.cursor[start] - view.cursor[end]) * direction > 0
            self.cursor_position = start if far else end
        else:
            self.cursor_position = view.step(end, direction)

    # --- cells: where the cursor is drawn, what a click reaches, how wide the value is ----

    def cursor_cell(self) -> int:
        return self._current_view().cursor[self.cursor_position]

    def position_at_cell(self, cell: int) -> int:
        return self._current_view().index_at(cell)

    @property
    def content_width(self) -> int:
        if not self.value:
            return super().content_width   # the placeholder's
        return self._current_view().natural

    def render_line(self, y: int) -> Strip:
        if y != 0 or not self.value:
            return super().render_line(y)
        width = self.scrollable_content_region.width
        view = self._current_view()
        text = view.text.copy()
        if self.has_focus:
            start, end = sorted(self.selection)
            if start != end:
                style = self.get_component_rich_style("input--selection")
                for cell, offs in enumerate(view.offsets):
                    if any(start <= o < end for o in offs):
                        text.stylize_before(style, *view.spans[cell])
            if self.cursor_shown:
                cell = view.cursor[self.cursor_position]
                text.stylize(self.get_component_rich_style("input--cursor"), *view.spans[cell])
        console = self.app.console
        segments = console.render(text, self.app.console_options.update_width(len(view.offsets)))
        scroll_x = int(self.scroll_offset.x)
        strip = Strip(segments).crop(scroll_x, scroll_x + width + 1)
        return strip.extend_cell_length(width + 1).apply_style(self.rich_style)
