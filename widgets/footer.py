"""The key footer: the focused context's keys on one line, drawn by one widget.

It draws what Textual's Footer draws (the screen's `active_bindings` that are shown, one per
action, in their order, and the command palette's key at the right edge), in the same styles.
Textual's Footer mounts a widget per key and restyles each on every focus change: with a dozen
keys that was about a tenth of the work before the app's first frame. Here the keys are laid
out as text at each render; a click on a key presses it, as on Textual's.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.reactive import reactive
from textual.widget import Widget

from widgets.text_line import TextLine


class FooterItem(NamedTuple):
    key: str            # the key as bound ("question_mark"), what a click presses
    key_display: str    # the key as shown ("?")
    description: str
    enabled: bool


class KeyFooter(TextLine, Widget, can_focus=False):
    """The keys of the screen's focused context (`Screen.active_bindings`, in their order)."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"key-footer--key", "key-footer--description",
                         "key-footer--separator", "key-footer--hover"}
    # The colours of Textual's Footer and FooterKey, so themes treat both alike.
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        padding-right: 1;   /* the cell right of the palette's key, as Textual's footer */
        color: $footer-foreground;
        background: $footer-background;
    }
    KeyFooter > .key-footer--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    KeyFooter > .key-footer--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
    KeyFooter > .key-footer--separator { color: $foreground 20%; }
    KeyFooter > .key-footer--hover { background: $block-hover-background; }
    """

    show_command_palette: reactive[bool] = reactive(True)
    _hover: reactive[str | None] = reactive(None)   # the key under the mouse

    def __init__(self, *, show_command_palette: bool = True, name: str | None = None,
                 id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.set_reactive(KeyFooter.show_command_palette, show_command_palette)
        # (start, end, item) of each key drawn at the last render, for clicks and tests.
        self._spans: list[tuple[int, int, FooterItem]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen) -> None:
        self.refresh()

    # -- what is shown --------------------------------------------------------------------
    def items(self) -> tuple[list[FooterItem], FooterItem | None]:
        """The keys to show, in order, and the command palette's key (or None)."""
        app = self.app
        active = self.screen.active_bindings
        items: list[FooterItem] = []
        actions: set[str] = set()
        for _node, binding, enabled, _tooltip in active.values():
            # One key per action, as Textual's Footer shows them.
            if binding.show and binding.action not in actions:
                actions.add(binding.action)
                items.append(FooterItem(binding.key, app.get_key_display(binding),
                                        binding.description, enabled))
        palette = None
        if self.show_command_palette and app.ENABLE_COMMAND_PALETTE:
            found = active.get(app.COMMAND_PALETTE_BINDING)
            if found is not None:
                palette = FooterItem(found.binding.key, app.get_key_display(found.binding),
                                     found.binding.description, found.enabled)
        return items, palette

    def shown_keys(self) -> list[str]:
        """The keys drawn whole at the last render, left to right (the palette's last)."""
        return [item.key for _start, _end, item, whole in self._spans if whole]

    # -- drawing --------------------------------------------------------------------------
    def render(self) -> Text:
        items, palette = self.items()
        key_style = self.get_component_rich_style("key-footer--key")
        description_style = self.get_component_rich_style("key-footer--description")
        tail = None
        if palette is not None:
            # As Textual's palette key, docked right: a thin rule, the key, its name.
            tail = self._part(palette, key_style, description_style, compact=True)
        room = max(0, self.content_size.width - (tail.cell_len + 1 if tail is not None else 0))
        line = Text(no_wrap=True, overflow="crop", end="")
        spans: list[tuple[int, int, FooterItem, bool]] = []
        for item in items:
            start = line.cell_len
            if start >= room:
                break
            line.append_text(self._part(item, key_style, description_style))
            spans.append((start, min(line.cell_len, room), item, line.cell_len <= room))
        line.truncate(room, pad=True)
        if tail is not None:
            start = line.cell_len
            line.append("▏", self.get_component_rich_style("key-footer--separator"))
            line.append_text(tail)
            spans.append((start, line.cell_len, palette, True))
        self._spans = spans
        return line

    def _part(self, item: FooterItem, key_style: Style, description_style: Style,
              compact: bool = False) -> Text:
        if compact:
            part = Text.assemble((item.key_display, key_style),
                                 (f" {item.description}", description_style))
        else:
            part = Text.assemble((f" {item.key_display} ", key_style),
                                 (f"{item.description} ", description_style))
        if not item.enabled:
            part.stylize(Style(dim=True))
        if item.key == self._hover:
            hover = self.get_component_rich_style("key-footer--hover")
            part.stylize(Style(bgcolor=hover.bgcolor))
        return part

    # -- mouse ----------------------------------------------------------------------------
    def _item_at(self, x: int) -> FooterItem | None:
        for start, end, item, _whole in self._spans:
            if start <= x < end:
                return item
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        item = self._item_at(event.x)
        self._hover = item.key if item is not None else None

    def on_leave(self) -> None:
        self._hover = None

    def on_mouse_down(self, event: events.MouseDown) -> None:
        item = self._item_at(event.x)
        if item is None:
            return
        if item.enabled:
            self.app.simulate_key(item.key)
        else:
            self.app.bell()
