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
from functools import partial

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.corpus.model import Source
from tui.text.document import DocumentLine, line_of_offset, source_lines


# Characters in a source beyond which laying it out takes noticeable time (about 1 s per
# 200k characters cold, bench/bench_layout.py): done in a thread, off the UI.
LARGE = 150_000


class Reader(ScrollView, can_focus=True):
    """Shows one `Source`. API: show(source, spans), select(start, end), mode, harakat."""

    COMPONENT_CLASSES = {"reader--title", "reader--selected"}

    DEFAULT_CSS = """
    Reader { height: 1fr; overflow-x: hidden; overflow-y: auto; scrollbar-gutter: stable; }
    Reader > .reader--title { text-style: bold; }
    Reader > .reader--selected { background: $accent 40%; text-style: bold; }
    """

    BINDINGS = [
        Binding("home,g", "scroll_home", "Top", show=False, id="reader.home"),
        Binding("end,G", "scroll_end", "Bottom", show=False, id="reader.end"),
        Binding("space", "page_down", "Page down", show=False, id="reader.page_down"),
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
        self._generation = 0

    # -- the API others call --------------------------------------------------------------

    def show(self, source: Source, spans: Sequence[tuple[int, int, str | Style]] = ()) -> None:
        """Show `source` from the top with `spans` (source offsets, rich styles) marked."""
        self.source = source
        self.spans = list(spans)
        self.selected = None
        self._lines = []  # never show the previous source while a large one is laid out
        self._relayout()
        self.scroll_to(y=0, animate=False)

    def select(self, start: int, end: int) -> None:
        """Highlight source offsets [start, end) and scroll them into view."""
        self.selected = (start, end)
        self._relayout(follow_selection=True)

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

    def _relayout(self, keep_place: bool = False, follow_selection: bool = False) -> None:
        if not self.is_mounted:
            return
        anchor = None
        if keep_place and self._lines:
            top = min(int(self.scroll_y), len(self._lines) - 1)
            anchor = self._lines[top].offset
        self._width = self._content_width()
        self._generation += 1
        if self.source is None:
            self._apply(self._generation, [], anchor, follow_selection)
            return
        job = partial(
            source_lines, self.source, self._width, list(self.spans), selected=self.selected,
            selected_style=self.get_component_rich_style("reader--selected", partial=True),
            title_style=self.get_component_rich_style("reader--title", partial=True),
            mode=self.mode, harakat=self.harakat)
        if len(self.source.text) < LARGE:
            self._apply(self._generation, job(), anchor, follow_selection)
            return
        generation = self._generation

        def lay_out() -> None:
            lines = job()
            self.app.call_from_thread(self._apply, generation, lines, anchor, follow_selection)

        self.run_worker(lay_out, thread=True, exclusive=True, group="reader-layout")

    def _apply(self, generation: int, lines: list[DocumentLine], anchor: int | None,
               follow_selection: bool) -> None:
        if generation != self._generation:
            return  # a newer layout was asked for meanwhile
        self._lines = lines
        self._strips.clear()
        self.virtual_size = Size(self._width, len(self._lines))
        # Scroll once the new virtual size is in force (it bounds scroll_y).
        if anchor is not None:
            row = line_of_offset(self._lines, anchor)
            if row is not None:
                self.call_after_refresh(self.scroll_to, y=row, animate=False)
        if follow_selection:
            self.call_after_refresh(self._scroll_to_selection)
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
            self.scroll_to(y=max(0, row - 2), animate=False)

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

