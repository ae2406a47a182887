"""A list of options made only when drawn, drawn and answering keys as Textual's OptionList.

OptionList keeps every option it is given and, to know its height, a visual of each (the
text copied into Textual's Content) and an entry per line: on a real archive's 5,000
discrepancies (40,000 options) about 150 MiB, and 12 s of the warm app's CPU to add them.
`OptionRows` keeps the number of options and a function that makes option i when it is
drawn; only options that may take more than one line (the owner says which) are measured,
as OptionList measures them. It uses Textual's public Line API and visuals only.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Padding, Visual, VisualType, visualize


class OptionRows(ScrollView, can_focus=True):
    """Options `make(i)` for i < count, those with `disabled(i)` not selectable; Enter (or a
    click) on an option posts `Selected(index)`."""

    ALLOW_SELECT = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor_down", "Down", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select", "Select", show=False),
        Binding("home", "first", "First", show=False),
        Binding("pagedown", "page_down", "Page Down", show=False),
        Binding("pageup", "page_up", "Page Up", show=False),
        Binding("up", "cursor_up", "Up", show=False),
    ]

    # OptionList's look, under its component classes, so a theme styles both alike.
    DEFAULT_CSS = """
    OptionRows {
        height: auto;
        max-height: 100%;
        color: $foreground;
        overflow-x: hidden;
        border: tall $border-blurred;
        padding: 0 1;
        background: $surface;
        & > .option-list--option-highlighted {
            color: $block-cursor-blurred-foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus {
            border: tall $border;
            background-tint: $foreground 5%;
            & > .option-list--option-highlighted {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
        & > .option-list--separator {
            color: $foreground 15%;
        }
        & > .option-list--option-highlighted {
            color: $foreground;
            background: $block-cursor-blurred-background;
        }
        & > .option-list--option-disabled {
            color: $text-disabled;
        }
        & > .option-list--option-hover {
            background: $block-hover-background;
        }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "option-list--option", "option-list--option-disabled",
        "option-list--option-highlighted", "option-list--option-hover",
        "option-list--separator",
    }

    highlighted: reactive[int | None] = reactive(None)
    """The highlighted option's index, or None (none yet)."""

    class Selected(Message):
        def __init__(self, options: OptionRows, index: int) -> None:
            super().__init__()
            self.options = options
            self.index = index

        @property
        def control(self) -> OptionRows:
            return self.options

    def __init__(self, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None, disabled: bool = False) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.option_count = 0
        self._make: Callable[[int], VisualType] = _no_option
        self._disabled: Callable[[int], bool] = _no_option
        self._tall: tuple[int, ...] = ()
        # Each option's first line, when some option takes more than one; else None (option
        # i is line i). `_lines` is the number of lines.
        self._line_starts: array | None = None
        self._lines = 0
        self._hover: int | None = None
        self._renders: LRUCache[tuple, list[Strip]] = LRUCache(2048)

    @property
    def filling(self) -> bool:
        """Options still to join: never (they are made when drawn; benches and tests ask)."""
        return False

    def fill(self, count: int, make: Callable[[int], VisualType],
             disabled: Callable[[int], bool], tall: Iterable[int] = ()) -> None:
        """`count` options, option i being `make(i)` (asked when drawn), selectable unless
        `disabled(i)`. Every option takes one line except perhaps those in `tall`, which are
        measured (the owner lays the others out to fit). Nothing is highlighted."""
        self.option_count = count
        self._make, self._disabled, self._tall = make, disabled, tuple(tall)
        self._renders.clear()
        self._hover = None
        self.highlighted = None
        self.scroll_y = 0
        self._measure()
        self.refresh()

    def _measure(self) -> None:
        width = self.scrollable_content_region.width
        if not width:
            self._line_starts, self._lines = None, self.option_count
            return
        padding = self.get_component_styles("option-list--option").padding
        heights = {index: visualize(self, self._make(index)).get_height(
            self.styles, width - padding.width) for index in self._tall}
        heights = {index: height for index, height in heights.items() if height != 1}
        if not heights:
            self._line_starts, self._lines = None, self.option_count
        else:
            starts = array("q", range(self.option_count + 1))
            extra = 0
            for index in range(self.option_count):
                starts[index] = index + extra
                extra += heights.get(index, 1) - 1
            starts[self.option_count] = self.option_count + extra
            self._line_starts, self._lines = starts, self.option_count + extra
        self.virtual_size = Size(width, self._lines)

    def _line(self, index: int) -> int:
        return index if self._line_starts is None else self._line_starts[index]

    def _height(self, index: int) -> int:
        starts = self._line_starts
        return 1 if starts is None else starts[index + 1] - starts[index]

    def _at(self, line: int) -> tuple[int, int]:
        # (option, line within it) on line `line`
        if not 0 <= line < self._lines:
            raise IndexError(line)
        if self._line_starts is None:
            return line, 0
        index = bisect_right(self._line_starts, line, 0, self.option_count) - 1
        return index, line - self._line_starts[index]

    # -- drawing, as OptionList draws an option -----------------------------------------
    def _on_resize(self) -> None:
        self._renders.clear()
        self._measure()

    def notify_style_update(self) -> None:
        self._renders.clear()
        self.refresh()
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        try:
            index, offset = self._at(self.scroll_offset.y + y)
        except IndexError:
            return self._blank()
        if self._disabled(index):
            component = "option-list--option-disabled"
        elif self.highlighted == index:
            component = "option-list--option-highlighted"
        elif self._hover == index:
            component = "option-list--option-hover"
        else:
            component = ""
        style = (self.get_visual_style("option-list--option", component) if component
                 else self.get_visual_style("option-list--option"))
        strips = self._render(index, style)
        return strips[offset] if offset < len(strips) else self._blank()

    def _blank(self) -> Strip:
        return Strip.blank(self.scrollable_content_region.width,
                           self.get_visual_style("option-list--option").rich_style)

    def _render(self, index: int, style) -> list[Strip]:
        padding = self.get_component_styles("option-list--option").padding
        width = self.scrollable_content_region.width
        key = (index, style, padding)
        strips = self._renders.get(key)
        if strips is None:
            visual: Visual = visualize(self, self._make(index))
            if padding:
                visual = Padding(visual, padding)
            strips = [strip.extend_cell_length(width, style.rich_style)
                      .apply_meta({"option": index})
                      for strip in Visual.to_strips(self, visual, width, None, style)]
            self._renders[key] = strips
        return strips

    # -- the highlight and keys, as in OptionList ---------------------------------------
    def validate_highlighted(self, highlighted: int | None) -> int | None:
        if highlighted is None or not self.option_count:
            return None
        return min(max(highlighted, 0), self.option_count - 1)

    def watch_highlighted(self, highlighted: int | None) -> None:
        # (the reactive redraws the list)
        if highlighted is not None and not self._disabled(highlighted):
            self.scroll_to_highlight()

    def scroll_to_highlight(self, top: bool = False) -> None:
        highlighted = self.highlighted
        if highlighted is None or not self.is_mounted:
            return
        self.scroll_to_region(
            Region(0, self._line(highlighted), self.scrollable_content_region.width,
                   self._height(highlighted)),
            force=True, animate=False, top=top, immediate=True)

    def on_show(self) -> None:
        self.scroll_to_highlight()

    def _enabled_from(self, start: int, direction: int, wrap: bool) -> int | None:
        # The first selectable option from `start` (itself included) going `direction`.
        count = self.option_count
        steps = count if wrap else (count - start if direction == 1 else start + 1)
        for step in range(max(steps, 0)):
            index = (start + direction * step) % count
            if not self._disabled(index):
                return index
        return None

    def _next(self, direction: int) -> int | None:
        if not self.option_count:
            return None
        if self.highlighted is None:
            return self._enabled_from(0 if direction == 1 else self.option_count - 1,
                                      direction, wrap=False)
        found = self._enabled_from(self.highlighted + direction, direction, wrap=True)
        return self.highlighted if found is None else found

    def action_cursor_up(self) -> None:
        self.highlighted = self._next(-1)

    def action_cursor_down(self) -> None:
        self.highlighted = self._next(1)

    def action_first(self) -> None:
        if self.option_count:
            self.highlighted = self._enabled_from(0, 1, wrap=False)

    def action_last(self) -> None:
        if self.option_count:
            self.highlighted = self._enabled_from(self.option_count - 1, -1, wrap=False)

    def _move_page(self, direction: int) -> None:
        # A page of lines from the highlight, then the nearest selectable option that way.
        if not self.option_count:
            return
        height = self.scrollable_content_region.height
        line = self._line(self.highlighted or 0) + direction * height
        index, _ = self._at(min(max(line, 0), self._lines - 1))
        self.highlighted = self._enabled_from(index, direction, wrap=False)

    def action_page_up(self) -> None:
        if self.highlighted is None:
            self.action_first()
        else:
            self._move_page(-1)

    def action_page_down(self) -> None:
        if self.highlighted is None:
            self.action_last()
        else:
            self._move_page(1)

    def action_select(self) -> None:
        highlighted = self.highlighted
        if highlighted is not None and not self._disabled(highlighted):
            self.post_message(self.Selected(self, highlighted))

    # -- the mouse (each line carries its option's index, as OptionList's do) -----------
    async def _on_click(self, event: events.Click) -> None:
        clicked = event.style.meta.get("option")
        if clicked is not None and not self._disabled(clicked):
            self.highlighted = clicked
            self.action_select()

    def _on_mouse_move(self, event: events.MouseMove) -> None:
        hover = event.style.meta.get("option")
        if hover != self._hover:
            self._hover = hover
            self.refresh()

    def _on_leave(self, _: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self.refresh()


def _no_option(index: int):
    raise IndexError(index)
