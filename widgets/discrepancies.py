"""Discrepancies between outlets (durations, spellings, ...): one row per side of each."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from widgets.arabic import RelaidOnChange, inline, one_line
from widgets.plain_inside import same_rows


class DiscrepancyList(RelaidOnChange, OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    mode: reactive[str] = reactive("visual")
    harakat: reactive[bool] = reactive(True)
    discrepancies: reactive[tuple] = reactive(tuple, always_update=True)
    outlets: reactive[dict] = reactive(dict)

    class ClaimChosen(Message):
        def __init__(self, claim) -> None:
            super().__init__()
            self.claim = claim

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._claims: list = []

    def watch_discrepancies(self) -> None:
        self._rebuild()

    def _rebuild(self) -> None:
        if not self.is_mounted:
            return
        self._width = self.size.width
        if not self._width:
            return   # not laid out yet: options at width 0 would only be laid out again
        width = max(10, self._width - 4)
        self.clear_options()
        self._claims = []
        options = []
        for discrepancy in self.discrepancies:
            topic = one_line(discrepancy.topic, width, mode=self.mode, harakat=self.harakat)
            topic.stylize("bold")
            options.append(Option(topic, disabled=True))
            for claim in discrepancy.claims:
                outlet = self.outlets.get(claim.source_id, claim.source_id)
                label = Text("  ") + inline(outlet, mode=self.mode, harakat=self.harakat,
                                            limit=20) + Text(": ")
                # Short values are laid out at their own length, so they sit by the label.
                room = max(1, min(width - label.cell_len, len(claim.value)))
                value = one_line(claim.value, room, mode=self.mode, harakat=self.harakat)
                options.append(Option(label + value, id=str(len(self._claims))))
                self._claims.append(claim)
        self.add_options(options)

    def render_lines(self, crop):
        # Empty (until the analysis is in, as on the first frame), every row between the
        # borders is one blank line: drawn once.
        if (self.option_count or self.show_vertical_scrollbar
                or self.show_horizontal_scrollbar):
            return super().render_lines(crop)
        gutter = self.styles.gutter
        return same_rows(super().render_lines, crop, gutter.top,
                         self.size.height - gutter.bottom)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.ClaimChosen(self._claims[int(event.option.id)]))
