"""Discrepancies between outlets (durations, spellings, ...): one row per side of each."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from widgets.arabic import FollowsArabic, inline, one_line


class DiscrepancyList(FollowsArabic, OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

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
        self.relayout()

    def lay_out(self, width: int) -> None:
        arabic = self.arabic
        width = max(10, width - 4)
        self.clear_options()
        self._claims = []
        options = []
        for discrepancy in self.discrepancies:
            topic = one_line(discrepancy.topic, width, arabic=arabic)
            topic.stylize("bold")
            options.append(Option(topic, disabled=True))
            for claim in discrepancy.claims:
                outlet = self.outlets.get(claim.source_id, claim.source_id)
                label = Text("  ") + inline(outlet, arabic=arabic, limit=20) + Text(": ")
                # Short values are laid out at their own length, so they sit by the label.
                room = max(1, min(width - label.cell_len, len(claim.value)))
                value = one_line(claim.value, room, arabic=arabic)
                options.append(Option(label + value, id=str(len(self._claims))))
                self._claims.append(claim)
        self.add_options(options)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.ClaimChosen(self._claims[int(event.option.id)]))
