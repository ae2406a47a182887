"""Discrepancies between outlets (durations, spellings, ...): one row per side of each."""

from __future__ import annotations

from array import array
from bisect import bisect_right

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive

from widgets.arabic import FollowsArabic, inline, one_line
from widgets.options import OptionRows


# Claims listed per topic: a real archive has topics that 5,000 articles mention (a
# percentage, a duration), and the pane would list 700,000 claims.
CLAIMS_SHOWN = 8
OUTLET_CELLS = 20    # an outlet's name in a claim's label, at most


class DiscrepancyList(FollowsArabic, OptionRows):
    """Each discrepancy's topic (not selectable), its first CLAIMS_SHOWN claims, and how many
    more there are (not selectable); an option is made only when drawn."""

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
        self._firsts = array("q", [0])   # each discrepancy's first option, then the count
        self._shown: tuple = ()

    def watch_discrepancies(self) -> None:
        self.relayout()

    def lay_out(self, width: int) -> None:
        discrepancies = self.discrepancies
        starts = array("q", [0])
        more = []
        for discrepancy in discrepancies:
            shown = min(len(discrepancy.claims), CLAIMS_SHOWN)
            if len(discrepancy.claims) > CLAIMS_SHOWN:
                more.append(starts[-1] + 1 + shown)
            starts.append(starts[-1] + 1 + shown + (len(discrepancy.claims) > CLAIMS_SHOWN))
        self._firsts, self._shown = starts, discrepancies
        width = max(10, width - 4)
        arabic, outlets = self.arabic, self.outlets   # as they are now, for every option

        def option(index: int) -> Text:
            discrepancy, offset = self._place(index)
            if offset == 0:
                topic = one_line(discrepancy.topic, width, arabic=arabic)
                topic.stylize("bold")
                return topic
            if offset > CLAIMS_SHOWN:
                hidden = len(discrepancy.claims) - CLAIMS_SHOWN
                return Text(f"  … and {hidden:,} more (`summit-tui discrepancies` lists all)",
                            style="dim")
            claim = discrepancy.claims[offset - 1]
            outlet = outlets.get(claim.source_id, claim.source_id)
            label = Text("  ") + inline(outlet, arabic=arabic, limit=OUTLET_CELLS) + Text(": ")
            # Short values are laid out at their own length, so they sit by the label.
            room = max(1, min(width - label.cell_len, len(claim.value)))
            return label + one_line(claim.value, room, arabic=arabic)

        # Topics and claims are laid out to fit in `width` (a label, and a cell of its value,
        # at most): one line each when the list is that wide; the "more" lines may wrap.
        padding = self.get_component_styles("option-list--option").padding.width
        fits = self.scrollable_content_region.width - padding >= max(width, OUTLET_CELLS + 5)
        self.fill(starts[-1], option, self._not_a_claim,
                  tall=more if fits else range(starts[-1]))

    def _place(self, index: int) -> tuple[object, int]:
        # (the discrepancy of option `index`, the option's place under it: 0 is its topic)
        number = bisect_right(self._firsts, index) - 1
        return self._shown[number], index - self._firsts[number]

    def _not_a_claim(self, index: int) -> bool:
        discrepancy, offset = self._place(index)
        return offset == 0 or offset > CLAIMS_SHOWN

    def claim_at(self, index: int):
        """The claim option `index` shows (None for a topic or a "more" line)."""
        discrepancy, offset = self._place(index)
        return None if self._not_a_claim(index) else discrepancy.claims[offset - 1]

    def on_option_rows_selected(self, event: OptionRows.Selected) -> None:
        event.stop()
        self.post_message(self.ClaimChosen(self.claim_at(event.index)))
