"""Discrepancies between outlets (durations, spellings, ...): one row per side of each."""

from __future__ import annotations

import time

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from widgets.arabic import FollowsArabic, inline, one_line
from widgets.table import Grew


# Claims listed per topic: a real archive has topics that 5,000 articles mention (a
# percentage, a duration), and the pane would list 700,000 claims.
CLAIMS_SHOWN = 8


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

    FIRST_OPTIONS = 200     # added at once (more than a screen holds), then per frame:
    SLICE_S = 0.012         # at most this long
    _fill_count = 0            # which fill is current: a new one stops the previous one
    _more = False              # options of the current fill are still to come

    @property
    def filling(self) -> bool:
        """Options of the last lay-out are still being added."""
        return self._more

    def lay_out(self, width: int) -> None:
        self.clear_options()
        self._claims = []
        self._fill_count += 1
        self._add_claims(self._fill_count, self._claim_options(max(10, width - 4)), None)

    def _claim_options(self, width: int):
        arabic = self.arabic
        for discrepancy in self.discrepancies:
            topic = one_line(discrepancy.topic, width, arabic=arabic)
            topic.stylize("bold")
            yield Option(topic, disabled=True)
            claims = discrepancy.claims
            for claim in claims[:CLAIMS_SHOWN]:
                outlet = self.outlets.get(claim.source_id, claim.source_id)
                label = Text("  ") + inline(outlet, arabic=arabic, limit=20) + Text(": ")
                # Short values are laid out at their own length, so they sit by the label.
                room = max(1, min(width - label.cell_len, len(claim.value)))
                value = one_line(claim.value, room, arabic=arabic)
                yield Option(label + value, id=str(len(self._claims)))
                self._claims.append(claim)
            if len(claims) > CLAIMS_SHOWN:
                more = len(claims) - CLAIMS_SHOWN
                yield Option(Text(f"  … and {more:,} more (`summit-tui discrepancies` "
                                  "lists all)", style="dim"), disabled=True)

    def _add_claims(self, filling: int, options, budget: float | None) -> None:
        # Tens of thousands of claims on a real archive: a slice per frame, so keys are
        # answered meanwhile (an option list cannot lay out only what is on screen).
        if filling != self._fill_count:
            return
        start = time.perf_counter()
        chunk = []
        added = 0
        for option in options:
            chunk.append(option)
            if len(chunk) < 16:
                continue
            self.add_options(chunk)   # what an option costs is mostly here
            added += len(chunk)
            chunk = []
            if budget is None:
                if added >= self.FIRST_OPTIONS:
                    break
            elif time.perf_counter() - start > budget:
                break
        else:
            self._more = False
            self.add_options(chunk)
            if budget is not None:
                self.post_message(Grew())
            return
        self._more = True
        if budget is not None:
            self.post_message(Grew())
        self.call_after_refresh(self._add_claims, filling, options, self.SLICE_S)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.ClaimChosen(self._claims[int(event.option.id)]))
