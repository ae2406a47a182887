"""One-row widgets that draw the Rich Text their render() returns straight to a strip."""

from __future__ import annotations

from rich.segment import Segment
from textual.strip import Strip


class TextLine:
    """Mixed into a one-row Widget whose render() returns a Rich Text.

    Through render() alone, Textual turns the Text into its own content and lays it out again:
    more than half of such a widget's cost before the first frame. Here the Text's segments
    become the row, on the widget's style, cut or padded to the content's width."""

    def render_line(self, y: int) -> Strip:
        width = self.content_size.width
        base = self.rich_style
        if y:
            return Strip.blank(width, base)
        text = self.render()
        strip = Strip(Segment.apply_style(text.render(self.app.console, end=""), base),
                      text.cell_len)
        return strip.adjust_cell_length(width, base)
