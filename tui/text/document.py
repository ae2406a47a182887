"""A whole source as screen lines: what the reader draws and `summit-tui render` prints.

The title first (bold; when the first paragraph is the title it is drawn once, as the title),
then each paragraph, one blank line between paragraphs. Spans and
the selection are offsets into `Source.text`; each paragraph is laid out on its own slice, so
spans are clipped to it and shifted, and every line keeps the paragraph it came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

from tui.corpus.model import Source
from tui.text.layout import LaidLine, Mode, Span, layout

TITLE = -1
GAP = -2

StyledSpan = tuple[int, int, "str | Style"]


@dataclass(frozen=True, slots=True)
class DocumentLine:
    paragraph: int               # index into source.paragraphs, TITLE, or GAP (a blank line)
    laid: LaidLine | None        # None for a blank line
    offset: int                  # source offset of laid.start (paragraph start + line start)

    def text(self, width: int) -> Text:
        return self.laid.text if self.laid is not None else Text(" " * width, end="")

    def plain(self, width: int) -> str:
        return self.laid.plain if self.laid is not None else " " * width


def source_lines(source: Source, width: int, spans: Sequence[StyledSpan] = (), *,
                 selected: tuple[int, int] | None = None,
                 selected_style: str | Style = "reverse", title_style: str | Style = "bold",
                 mode: Mode = "visual", harakat: bool = True) -> list[DocumentLine]:
    width = max(1, width)
    lines: list[DocumentLine] = []
    paragraphs = source.paragraphs
    # Most articles open with their title as the first paragraph: draw it once, as the title.
    title_is_first = bool(paragraphs) and (
        source.text[paragraphs[0].start:paragraphs[0].end].strip() == source.title.strip())
    marks = []
    if title_is_first:
        marks.append((paragraphs[0].start, paragraphs[0].end, title_style))
    else:
        title_spans = (Span(0, len(source.title), title_style),) if source.title else ()
        for laid in layout(source.title, width, title_spans, mode, harakat):
            lines.append(DocumentLine(TITLE, laid, 0))
    marks.extend((s, e, st) for s, e, st in spans if e > s)
    if selected is not None and selected[1] > selected[0]:
        marks.append((selected[0], selected[1], selected_style))
    for index, paragraph in enumerate(paragraphs):
        if lines:
            lines.append(DocumentLine(GAP, None, paragraph.start))
        local = tuple(
            Span(max(s, paragraph.start) - paragraph.start, min(e, paragraph.end) - paragraph.start, st)
            for s, e, st in marks if s < paragraph.end and e > paragraph.start)
        text = source.text[paragraph.start:paragraph.end]
        for laid in layout(text, width, local, mode, harakat):
            lines.append(DocumentLine(index, laid, paragraph.start + laid.start))
    return lines


def line_of_offset(lines: Sequence[DocumentLine], offset: int) -> int | None:
    """Index of the line that shows source offset `offset`."""
    for n, line in enumerate(lines):
        if line.laid is None or line.paragraph == TITLE:
            continue
        start = line.offset
        end = line.offset + (line.laid.end - line.laid.start)
        if start <= offset < end:
            return n
    return None
