"""The status line: what the slow work is doing and how far it is, as one line of text:
" stage…  ━━━━━━━━━━   42%"."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget


class ProgressLine(Widget):
    DEFAULT_CSS = "ProgressLine { height: 1; }"

    fraction: reactive[float] = reactive(0.0)
    stage: reactive[str] = reactive("")

    def __init__(self, stage: str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.set_reactive(ProgressLine.stage, stage)

    def update(self, fraction: float, stage: str | None = None) -> None:
        self.fraction = min(1.0, max(0.0, fraction))
        if stage is not None:
            self.stage = stage

    def render(self) -> Text:
        label = f" {self.stage} " if self.stage else ""
        percent = f" {round(self.fraction * 100):3d}%"
        width = max(0, self.size.width - len(label) - len(percent))
        done = round(self.fraction * width)
        return Text.assemble(label, ("━" * done, "bold"), ("━" * (width - done), "dim"),
                             percent, no_wrap=True, overflow="crop")
