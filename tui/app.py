"""The Textual app: composes the screens; each screen and widget owns its part."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Footer, Header

from tui.corpus import Corpus


class SummitApp(App[int]):
    TITLE = "summit-tui"
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, corpus: Corpus, *, problems: list[str] | None = None,
                 bidi: str | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.problems = list(problems or [])
        self.bidi = bidi or "visual"

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="sources")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("id", "outlet", "paragraphs", "sentences")
        for source in self.corpus.sources:
            table.add_row(source.id, source.outlet, len(source.paragraphs),
                          len(source.sentences))
        for problem in self.problems:
            self.notify(problem, severity="error", timeout=10)
