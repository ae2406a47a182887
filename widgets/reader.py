"""The reader: one source, laid out by layout() where it is on screen, drawn line by line.

A ScrollView with render_line (no widget per line) over a tui.text.document.LazyDocument: the
same lines `summit-tui render` prints, but laid out one paragraph at a time, only for the
rows on screen plus a small margin. Paragraphs not yet laid out at the current width count
with an estimated height; idle-time steps replace estimates with exact counts in small batches
so the scrollbar settles, while the first visible line stays where it is. A resize, or a switch
of mode or harakat, keeps the reader's place (the first visible line's paragraph and offset).
Quotes are marked with the caller's styles (the explorer passes a colour per speaker: a subtle
foreground tint); the selection (component class reader--selected) is highlighted and
scrolled into view.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer

from tui.corpus.model import Source
from tui.output import plain_text
from tui.text.document import DocumentLine, LazyDocument
from widgets.arabic import FollowsArabic, inline

# Rows laid out beyond the bottom of the screen when drawing. Zero: a frame lays out only
# what it shows (to the end of its last paragraph), and the idle-time steps lay out the pages
# either side first (NEAR), so a scroll or a page down usually finds them ready.
MARGIN = 0
NEAR = 1  # screens above and below the current one that idle time lays out first
# Idle-time refinement: at most this long per step, then the event loop runs again.
REFINE_BUDGET = 0.006
REFINE_PAUSE = 0.004
# Drawn lines kept (by block and line, so they survive estimates turning exact), as segments
# rather than Strips (a Strip carries caches of its own, objects for every full garbage
# collection to walk). A few screens are what scrolling by lines reuses.
LINE_CACHE = 512


class Reader(FollowsArabic, ScrollView, can_focus=True):
    """Shows one `Source`, laid out for the app's Arabic setting. API: show(source, spans),
    select(start, end)."""

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

    def __init__(self, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None, disabled: bool = False) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.source: Source | None = None
        self.spans: list[tuple[int, int, str | Style]] = []
        self.selected: tuple[int, int] | None = None
        self.document: LazyDocument | None = None
        self._segments: LRUCache[tuple[int, int], list[Segment]] = LRUCache(LINE_CACHE)
        self._refiner: Timer | None = None
        self._settling = False
        self._reflow_pending = False
        self._kept_place: tuple[int, int] | None = None
        self._base_style: Style | None = None
        self._moving_to_place = False   # scrolls the reader makes itself keep the kept place
        # The place before Textual moved the scroll to keep it in range of a new size, until
        # the reflow for that size anchors there (a clamp is not the user moving).
        self._place_before_resize: tuple[int, int] | None = None
        self._laid_height = 0

    # -- the API others call --------------------------------------------------------------

    def show(self, source: Source, spans: Sequence[tuple[int, int, str | Style]] = ()) -> None:
        """Show `source` from the top with `spans` (source offsets, rich styles) marked."""
        self.source = source
        self.spans = list(spans)
        self.selected = None
        self.document = None
        self._kept_place = None
        self._segments.clear()
        self._retitle()
        if not self._has_size():
            return   # laid out when first drawn (or resized), at the width it is drawn at
        self._build()
        self.scroll_to(y=0, animate=False)
        self._settle()

    def select(self, start: int, end: int) -> None:
        """Highlight source offsets [start, end) and scroll them into view."""
        self.selected = (start, end)
        if self.document is None:
            return
        self.document.set_marks(self.spans, self.selected)
        self._segments.clear()
        self._scroll_to_selection()
        self.refresh()

    @property
    def lines(self) -> list[DocumentLine]:
        """Every laid-out line at the current width (lays out the whole source: for tests
        and for callers that copy text; drawing never needs it)."""
        return [] if self.document is None else self.document.lines(self.laid_width)

    # -- reacting -------------------------------------------------------------------------

    def _has_size(self) -> bool:
        return self.is_mounted and self.scrollable_content_region.width > 0

    def _first_layout(self) -> None:
        """Lay out the source shown before the reader had a size."""
        self._build()
        if self.selected is not None:
            self.select(*self.selected)
        self._settle()

    def on_mount(self) -> None:
        if self.source is not None and self.document is None and self._has_size():
            self._first_layout()

    def layout_width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    def relayout(self) -> None:
        """The width or the Arabic setting changed: lay out again, keeping the place."""
        self._retitle()
        if self.source is not None and self.document is None and self._has_size():
            self._first_layout()
        else:
            self._reflow()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            if self._resized() and self.document is not None and self.laid_width:
                # Textual keeps the scroll in range of the new size before the reader lays
                # its lines out again for it: where the user was is where it was before.
                if self._place_before_resize is None:
                    self._place_before_resize = self._place_at(self.document, int(old_value))
            elif not self._moving_to_place:
                self._kept_place = None  # the user moved: the next reflow anchors afresh
            self._settle()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._segments.clear()
        self._base_style = None
        if self.document is not None and self.is_mounted:
            title, selected = self._styles()
            if (title, selected) != (self.document.title_style, self.document.selected_style):
                self.document.title_style, self.document.selected_style = title, selected
                self.document.set_marks(self.spans, self.selected)

    def action_scroll_end(self) -> None:
        # The end of estimated heights is not the end: lay out the last screen, then go there
        # (no animation: it would lay out a screen per frame on the way).
        document = self.document
        if document is None:
            super().action_scroll_end()
            return
        top = document.end_top(self.laid_width, self.scrollable_content_region.height)
        self._set_virtual_size()
        self.scroll_to(y=top, animate=False)

    # -- laying out -----------------------------------------------------------------------

    def _retitle(self) -> None:
        if self.source is None:
            return
        # Plain content, sanitised: a title string is parsed as markup, and an outlet named
        # after a file such as `[b="x].txt` would crash the app.
        title = plain_text(f"{self.source.outlet} ({self.source.id})")
        self.border_title = Content(f"Reader · {inline(title, arabic=self.arabic).plain}")

    def _styles(self) -> tuple[Style, Style]:
        return (self.get_component_rich_style("reader--title", partial=True),
                self.get_component_rich_style("reader--selected", partial=True))

    def _build(self) -> None:
        assert self.source is not None
        title_style, selected_style = self._styles()
        self.laid_width = self.layout_width()
        self._laid_height = self.scrollable_content_region.height
        self._place_before_resize = None
        self.document = LazyDocument(
            self.source, self.spans, selected=self.selected, selected_style=selected_style,
            title_style=title_style, mode=self.arabic.bidi, harakat=self.arabic.harakat)
        self._segments.clear()

    def _reflow(self) -> None:
        """Lay out again (new width or Arabic setting) keeping the first visible line."""
        self._reflow_pending = False
        document = self.document
        if document is None or not self.is_mounted:
            return
        anchor = self._place_before_resize or self._place(document)
        if self._place_before_resize is not None:
            self._kept_place = anchor
        self._place_before_resize = None
        self._laid_height = self.scrollable_content_region.height
        document.mode, document.harakat = self.arabic.bidi, self.arabic.harakat
        self.laid_width = self.layout_width()
        self._segments.clear()
        if anchor is not None:
            row = document.row_of_anchor(self.laid_width, anchor)
            self._set_virtual_size()
            self._scroll_keeping_place(row)
        self._settle()
        self.refresh()

    def _resized(self) -> bool:
        """The reader's size changed since its lines were laid out and placed."""
        return (self.layout_width() != self.laid_width
                or self.scrollable_content_region.height != self._laid_height)

    def _place_at(self, document: LazyDocument, row: int) -> tuple[int, int] | None:
        if not len(document):
            return None
        block, line = document.locate(self.laid_width, row)
        shown = document.line(self.laid_width, block, line)
        return (block, -1 if shown.laid is None else shown.laid.start)

    def on_resize(self) -> None:
        if self.layout_width() != self.laid_width:
            self.relayout()
        elif self._place_before_resize is not None and self.document is not None:
            # Only the height changed: back to where the user was (as far as it goes).
            place, self._place_before_resize = self._place_before_resize, None
            self._laid_height = self.scrollable_content_region.height
            row = self.document.row_of_anchor(self.laid_width, place)
            self._set_virtual_size()
            self._scroll_keeping_place(row)
        else:
            self._laid_height = self.scrollable_content_region.height

    def _place(self, document: LazyDocument) -> tuple[int, int] | None:
        """The reader's place: the top line's block and first offset.

        Reflowing to the start of the top line moves the place back a little each time (that
        line starts earlier at the new width); so while the top line still holds the place
        kept at the previous reflow, that place is kept instead.
        """
        if not len(document):
            return None
        block, line = document.locate(self.laid_width, int(self.scroll_y))
        shown = document.line(self.laid_width, block, line)
        kept = self._kept_place
        if (kept is not None and kept[0] == block and shown.laid is not None
                and shown.laid.start <= kept[1] < shown.laid.end):
            return kept
        place = (block, -1 if shown.laid is None else shown.laid.start)
        self._kept_place = place
        return place

    def _scroll_keeping_place(self, row: int) -> None:
        self._moving_to_place = True
        try:
            self.scroll_to(y=row, animate=False)
        finally:
            self._moving_to_place = False

    def _set_virtual_size(self) -> None:
        height = 0 if self.document is None else self.document.height(self.laid_width)
        size = Size(self.laid_width, height)
        if self.virtual_size != size:
            self.virtual_size = size

    def _settle(self) -> None:
        """Lay out the rows on screen (and a margin) and size the document accordingly."""
        document = self.document
        if document is None or self._settling or not self.is_mounted:
            return
        self._settling = True
        try:
            height = self.scrollable_content_region.height
            top = int(self.scroll_y)
            new_top = document.ensure(self.laid_width, top, height + MARGIN)
            self._set_virtual_size()
            if new_top != top and top + height > document.height(self.laid_width):
                # The end was estimated too far down: show the real end.
                self.scroll_to(y=new_top, animate=False)
        finally:
            self._settling = False
        self._schedule_refine()

    def _schedule_refine(self, *, after_frame: bool = True) -> None:
        """The next refinement step, REFINE_PAUSE after the frame that shows the rows just
        laid out (or, `after_frame` False, after the previous step): refining first would
        only delay that frame."""
        document = self.document
        if (self._refiner is None and document is not None
                and document.known(self.laid_width) < len(document)):
            self._refiner = self.set_timer(REFINE_PAUSE, self._refine_step, pause=after_frame)
            if after_frame:
                self.call_after_refresh(self._refiner.resume)

    def _refine_step(self) -> None:
        """Replace estimated heights by exact ones for a few ms, keeping the top line still."""
        self._refiner = None
        document = self.document
        if document is None or not self.is_mounted:
            return
        if self.app.animator.is_being_animated(self, "scroll_y"):
            # Keeping the place scrolls, which would stop the animation (a page down, `end`).
            self._schedule_refine()
            return
        top = int(self.scroll_y)
        block, line = document.locate(self.laid_width, top)
        height = self.scrollable_content_region.height
        near = (max(0, top - NEAR * height), top + (NEAR + 1) * height)
        deadline = time.perf_counter() + REFINE_BUDGET
        while time.perf_counter() < deadline:
            if not document.refine(self.laid_width, 2, near):
                break
        row = document.row_of_block(self.laid_width, block) + line
        self._set_virtual_size()
        if row != int(self.scroll_y):
            self._scroll_keeping_place(row)
        self._schedule_refine(after_frame=False)

    def _scroll_to_selection(self) -> None:
        if self.selected is None or self.document is None:
            return
        # Two rows of context above the selection; laid out first so the target stays put.
        row = self.document.row_of_offset(self.laid_width, self.selected[0], context=2)
        if row is None:
            return
        self._set_virtual_size()
        height = self.scrollable_content_region.height
        if not (self.scroll_y <= row < self.scroll_y + height):
            self.scroll_to(y=max(0, row - 2), animate=False)
        self._settle()

    # -- drawing --------------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        # The base style (background inherited from the panes) once per frame: rich_style walks
        # the DOM, and cached lines carry it, so they go when it changes.
        style = self.rich_style
        if style != self._base_style:
            self._base_style = style
            self._segments.clear()
        if self.source is not None and self.document is None and self._has_size():
            # A layout sets the size just before the frame is drawn, and the Resize event
            # comes after it: laid out here, the first frame shows the article at its width
            # (rather than nothing, drawn again a moment later).
            self._first_layout()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if width != self.laid_width and self.document is not None and not self._reflow_pending:
            # The content region changed without a resize event (a scrollbar came or went).
            self._reflow_pending = True
            self.call_later(self._reflow)
        document = self.document
        row = int(self.scroll_y) + y
        style = self._base_style
        if style is None:
            style = self._base_style = self.rich_style
        if document is None or not (0 <= row < document.height(self.laid_width)):
            return Strip.blank(width, style)
        key = document.locate(self.laid_width, row)
        segments = self._segments.get(key)
        if segments is None:
            text = document.line(self.laid_width, *key).text(self.laid_width)
            segments = list(Segment.apply_style(text.render(self.app.console, end=""), style))
            self._segments.set(key, segments)
        strip = Strip(segments, self.laid_width)
        return strip if width == self.laid_width else strip.crop_extend(0, width, style)
