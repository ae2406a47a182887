"""The reader: one source, laid out by layout(), drawn line by line from a cache.

A ScrollView with render_line (no widget per line): the document is a list of laid-out lines
(tui.text.document.source_lines, the same lines `summit-tui render` prints), rebuilt only when
the width, the mode, the harakat setting, the spans or the selection change; layout() caches
paragraphs, so a resize back to a known width is instant. Quotes are marked with the
caller's styles (the explorer passes a colour per speaker: a subtle foreground tint); the
selection (component class reader--selected) is highlighted and scrolled into view.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.corpus.model import Source
from tui.text.document import DocumentLine, line_of_offset, source_lines


class Reader(ScrollView, can_focus=True):
    """Shows one `Source`. API: show(source, spans), select(start, end), mode, harakat."""

    COMPONENT_CLASSES = {"reader--title", "reader--selected"}

    DEFAULT_CSS = """
    Reader { height: 1fr; overflow-x: hidden; overflow-y: auto; scrollbar-gutter: stable; }
    Reader > .reader--title { text-style: bold; }
    Reader > .reader--selected { background: $accent 40%; text-style: bold; }
    """

    BINDINGS = [
        ("home", "scroll_home", "Top"),
        ("end", "scroll_end", "Bottom"),
    ]

    mode: reactive[str] = reactive("visual")
    harakat: reactive[bool] = reactive(True)

    def __init__(self, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None, disabled: bool = False) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.source: Source | None = None
        self.spans: list[tuple[int, int, str | Style]] = []
        self.selected: tuple[int, int] | None = None
        self._lines: list[DocumentLine] = []
        self._width = 0
        self._strips: dict[int, Strip] = {}

    # -- the API others call --------------------------------------------------------------

    def show(self, source: Source, spans: Sequence[tuple[int, int, str | Style]] = ()) -> None:
        """Show `source` from the top with `spans` (source offsets, rich styles) marked."""
        self.source = source
        self.spans = list(spans)
        self.selected = None
        self._relayout()
        self.scroll_to(y=0, animate=False)

    def select(self, start: int, end: int) -> None:
        """Highlight source offsets [start, end) and scroll them into view."""
        self.selected = (start, end)
        self._relayout()
        self._scroll_to_selection()

    @property
    def lines(self) -> list[DocumentLine]:
        """The laid-out lines currently drawn (for tests and for callers that copy text)."""
        return list(self._lines)

    # -- reacting -------------------------------------------------------------------------

    def on_mount(self) -> None:
        self._relayout()

    def watch_mode(self) -> None:
        self._relayout(keep_place=True)

    def watch_harakat(self) -> None:
        self._relayout(keep_place=True)

    def on_resize(self) -> None:
        if self._content_width() != self._width:
            self._relayout(keep_place=True)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    # -- drawing --------------------------------------------------------------------------

    def _content_width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    def _relayout(self, keep_place: bool = False) -> None:
        if not self.is_mounted:
            return
        anchor = None
        if keep_place and self._lines:
            top = min(int(self.scroll_y), len(self._lines) - 1)
            anchor = self._lines[top].offset
        self._width = self._content_width()
        if self.source is None:
            self._lines = []
        else:
            self._lines = source_lines(
                self.source, self._width, self.spans, selected=self.selected,
                selected_style=self.get_component_rich_style("reader--selected", partial=True),
                title_style=self.get_component_rich_style("reader--title", partial=True),
                mode=self.mode, harakat=self.harakat)
        self._strips.clear()
        self.virtual_size = Size(self._width, len(self._lines))
        if anchor is not None:
            row = line_of_offset(self._lines, anchor)
            if row is not None:
                self.scroll_to(y=row, animate=False)
        self.refresh()

    def _scroll_to_selection(self) -> None:
        if self.selected is None:
            return
        row = line_of_offset(self._lines, self.selected[0])
        if row is None:
            return
        height = self.scrollable_content_region.height
        if not (self.scroll_y <= row < self.scroll_y + height):
            # Leave a little context above the selection.
            self.scroll_to(y=max(0, row - 2), animate=False, immediate=True)

    def render_line(self, y: int) -> Strip:
        row = int(self.scroll_y) + y
        width = self.scrollable_content_region.width
        if width != self._width and self.source is not None:
            # The content region changed without a resize event (a scrollbar came or went).
            self.call_later(self._relayout, True)
        if not (0 <= row < len(self._lines)):
            return Strip.blank(width, self.rich_style)
        strip = self._strips.get(row)
        if strip is None:
            text = self._lines[row].text(self._width)
            segments = list(text.render(self.app.console, end=""))
            strip = Strip(Segment.apply_style(segments, self.rich_style), self._width)
            self._strips[row] = strip
        return strip.crop_extend(0, width, self.rich_style)

