"""The one place that touches Textual's Input internals: where its cursor is drawn and which
character a click lands on.

Input maps between its value and its cells by counting cell widths in logical order, and
offers no public hook to map otherwise; ArabicInput draws the value laid out (shaped, in
display order), so the mapping has to change. Three private names of Input are used, all
here: `_cursor_offset` (the cursor's cell, which Input scrolls to and puts the terminal's
cursor on), `_cell_offset_to_index` (a clicked or dragged-over cell to a position) and
`_cursor_visible` (the blink phase, which a drawing of its own must follow).
tests/app/test_input_cells.py fails with a message naming this module if Textual changes
any of them; pyproject.toml allows only the Textual versions those tests passed with.
"""

from __future__ import annotations

from textual.widgets import Input


class CellMappedInput(Input):
    """An Input whose cursor cell and click mapping are the subclass's `cursor_cell()` and
    `position_at_cell(cell)` (cells count from the start of the drawn row, scrolling
    included)."""

    def cursor_cell(self) -> int:
        raise NotImplementedError

    def position_at_cell(self, cell: int) -> int:
        raise NotImplementedError

    @property
    def cursor_shown(self) -> bool:
        """Whether the blinking cursor is in its drawn phase."""
        return self._cursor_visible

    # Input's private names, as Input calls them.

    @property
    def _cursor_offset(self) -> int:
        return self.cursor_cell()

    def _cell_offset_to_index(self, offset: int) -> int:
        return self.position_at_cell(offset + int(self.scroll_offset.x))
