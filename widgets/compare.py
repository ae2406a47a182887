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

from tui.provenance import relation_label, who
from tui.text.normalize import normalize_text, variant_key
from widgets.arabic import FollowsArabic, inline, laid_lines, one_line

DRIFT_STYLE = "bold black on yellow"
PANEL_MIN_WIDTH = 36
_WORD = re.compile(r"\S+")
_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass(frozen=True, slots=True)
class Wording:
    outlet: str
    relation: str                         # as people read it (tui.provenance.relation_label)
    speaker: str                          # who, with their type
    text: str
    drift: tuple[tuple[int, int], ...]    # offsets into `text` of words that differ
    direct: bool = True                   # quoted directly; False: reported speech
    where: str = ""                       # source:start-end, and the date when known


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


def wordings(statement, outlets: dict[str, str], speakers: dict,
             dates: dict[str, str | None] | None = None) -> list[Wording]:
    """One Wording per member of `statement`, the reference first (a direct, verbatim one
    if any: reported speech is never the reference while a quotation exists).

    `speakers` maps a quote id to its speaker (tui.quotes.Speaker, or a label): members
    carry only the quote id. `dates`: source id -> the article's date, when known.
    """
    members = sorted(statement.members,
                     key=lambda m: (not m.direct, m.relation != "verbatim"))
    if not members:
        return []
    dates = dates or {}
    spans = drift(members[0].text, [m.text for m in members[1:]])
    default = statement.speaker
    out = []
    for n, m in enumerate(members):
        relation = relation_label(m.relation, m.direct)
        where = f"{m.source_id}:{m.start}-{m.end}"
        if dates.get(m.source_id):
            where = f"{dates[m.source_id]} · {where}"
        out.append(Wording(outlets.get(m.source_id, m.source_id),
                           relation + (" · reference" if n == 0 else ""),
                           who(speakers.get(m.quote_id or "", default)), m.text, spans[n],
                           m.direct, where))
    return out


class WordingPanel(FollowsArabic, Widget):
    DEFAULT_CSS = """
    WordingPanel { height: auto; border: round $primary; padding: 0 1; }
    WordingPanel.-reported { border: dashed $secondary; }
    """

    def __init__(self, wording: Wording, **kwargs) -> None:
        super().__init__(**kwargs)
        self.wording = wording
        self.border_subtitle = wording.relation
        self.set_class(not wording.direct, "-reported")

    def lay_out(self, width: int) -> None:
        # Plain content: a title string is parsed as markup, and outlets come from files.
        self.border_title = Content(inline(self.wording.outlet, arabic=self.arabic).plain)
        self.refresh(layout=True)   # the panel is as high as its lines

    def _lines(self, width: int) -> list[Text]:
        w = self.wording
        text, spans = w.text, [(s, e, DRIFT_STYLE) for s, e in w.drift]
        if w.direct:
            # Quotation marks only around what the article quotes directly.
            text, spans = f"«{text}»", [(s + 1, e + 1, style) for s, e, style in spans]
        head = one_line(w.speaker, width, arabic=self.arabic)
        head.stylize("italic")
        lines = [head, *laid_lines(text, width, spans, arabic=self.arabic)]
        if w.where:
            lines.append(Text(w.where[:width], style="dim"))
        return lines

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
