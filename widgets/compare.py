"""The compare view: every outlet's wording of one statement, word differences highlighted.

Panels sit side by side when there is room and stack when the view is narrow; each is drawn
through layout() at its own width, so resizing reflows them at once.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

from tui.text.normalize import normalize_text, variant_key
from widgets.arabic import FollowsArabic, inline, laid_lines, one_line

DRIFT_STYLE = "bold black on yellow"
PANEL_MIN_WIDTH = 36
_WORD = re.compile(r"\S+")
_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass(frozen=True, slots=True)
class Wording:
    outlet: str
    relation: str
    speaker: str
    text: str
    drift: tuple[tuple[int, int], ...]   # offsets into `text` of words that differ


def _words(text: str) -> list[tuple[int, int, str]]:
    out = []
    for match in _WORD.finditer(text):
        key = _PUNCT.sub("", normalize_text(match.group()))
        out.append((match.start(), match.end(), variant_key(key) if key else ""))
    return out


def drift(reference: str, others: Sequence[str]) -> list[tuple[tuple[int, int], ...]]:
    """For `reference` then each of `others`: the word spans that differ from the reference.

    Words compare after normalisation and spelling-variant folding, so ترمب = ترامب and
    harakat or punctuation alone are not drift. The reference marks words some wording lacks.
    """
    ref_words = _words(reference)
    ref_keys = [k for _, _, k in ref_words]
    ref_marked: set[int] = set()
    results: list[tuple[tuple[int, int], ...]] = []
    for other in others:
        words = _words(other)
        matcher = difflib.SequenceMatcher(None, ref_keys, [k for _, _, k in words],
                                          autojunk=False)
        marked = set()
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            marked.update(range(j1, j2))
            ref_marked.update(range(i1, i2))
        results.append(tuple((words[n][0], words[n][1]) for n in sorted(marked)))
    first = tuple((ref_words[n][0], ref_words[n][1]) for n in sorted(ref_marked))
    return [first, *results]


def wordings(statement, outlets: dict[str, str], speakers: dict[str, str]) -> list[Wording]:
    """One Wording per member of `statement`, the reference first (a verbatim one if any).

    `speakers` maps a quote id to its speaker's label (members carry only the quote id).
    """
    members = sorted(statement.members, key=lambda m: m.relation != "verbatim")
    if not members:
        return []
    spans = drift(members[0].text, [m.text for m in members[1:]])
    default = statement.speaker.label if statement.speaker else "—"
    return [Wording(outlets.get(m.source_id, m.source_id),
                    m.relation + (" · reference" if n == 0 else ""),
                    speakers.get(m.quote_id or "", default), m.text, spans[n])
            for n, m in enumerate(members)]


class WordingPanel(FollowsArabic, Widget):
    DEFAULT_CSS = """
    WordingPanel { height: auto; border: round $primary; padding: 0 1; }
    """

    def __init__(self, wording: Wording, **kwargs) -> None:
        super().__init__(**kwargs)
        self.wording = wording
        self.border_subtitle = wording.relation

    def lay_out(self, width: int) -> None:
        # Plain content: a title string is parsed as markup, and outlets come from files.
        self.border_title = Content(inline(self.wording.outlet, arabic=self.arabic).plain)
        self.refresh(layout=True)   # the panel is as high as its lines

    def _lines(self, width: int) -> list[Text]:
        w = self.wording
        spans = [(s, e, DRIFT_STYLE) for s, e in w.drift]
        head = one_line(w.speaker, width, arabic=self.arabic)
        head.stylize("italic")
        return [head, *laid_lines(w.text, width, spans, arabic=self.arabic)]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(max(1, width)))

    def render(self) -> Text:
        return Text("\n").join(self._lines(max(1, self.content_size.width)))


class CompareView(VerticalScroll):
    DEFAULT_CSS = """
    CompareView { layout: grid; grid-size: 1; grid-rows: auto; grid-gutter: 0 1; height: 1fr; }
    """

    def __init__(self, items: Sequence[Wording], **kwargs) -> None:
        super().__init__(**kwargs)
        self.items = list(items)

    def compose(self) -> ComposeResult:
        for item in self.items:
            yield WordingPanel(item)

    def on_resize(self) -> None:
        columns = max(1, min(len(self.items), self.size.width // PANEL_MIN_WIDTH))
        self.styles.grid_size_columns = columns
        self.set_class(columns == 1, "-stacked")

    @property
    def stacked(self) -> bool:
        return self.has_class("-stacked")
