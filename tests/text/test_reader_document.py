"""LazyDocument: the lines of `source_lines`, laid out per paragraph on demand."""

from __future__ import annotations

import pytest

from tests.text.test_reader_big import long_source
from tui.text.document import LazyDocument, source_lines


def _key(lines, width):
    return [(l.paragraph, l.offset, l.plain(width), l.laid.text.spans if l.laid else None)
            for l in lines]


@pytest.mark.parametrize("width", [9, 40, 77])
@pytest.mark.parametrize("mode,harakat", [("visual", True), ("logical", True), ("visual", False)])
def test_every_line_is_the_one_source_lines_gives(seeds, width, mode, harakat):
    for source in seeds.sources:
        paragraphs = source.paragraphs
        spans = [(paragraphs[1].start + 4, paragraphs[2].start + 9, "#87afff"),
                 (paragraphs[1].start, paragraphs[1].start + 12, "italic")]
        selected = (paragraphs[-1].start + 3, paragraphs[-1].end)
        document = LazyDocument(source, spans, selected=selected, mode=mode, harakat=harakat)
        expected = source_lines(source, width, spans, selected=selected, mode=mode,
                                harakat=harakat)
        # Drawn in an arbitrary order, row by row, once every height is exact.
        assert _key(document.lines(width), width) == _key(expected, width)
        assert document.height(width) == len(expected)
        assert document.known(width) == len(document)


def test_heights_are_estimates_until_laid_out_and_rows_stay_consistent(seeds):
    source = long_source(seeds, 400)
    document = LazyDocument(source)
    width = 50
    estimate = document.height(width)
    assert document.known(width) == 0 and estimate >= 400 * 2
    top = document.ensure(width, 300, 30)
    assert 0 < document.known(width) < 30 and document.demanded == document.known(width)
    # The rows from `top` are exactly the source's lines of the blocks laid out there.
    shown = [document.line(width, *document.locate(width, row)) for row in range(top, top + 30)]
    full = source_lines(source, width)
    start = full.index(next(l for l in full if l.offset == shown[0].offset
                            and l.paragraph == shown[0].paragraph))
    assert _key(shown, width) == _key(full[start:start + 30], width)
    while document.refine(width, 50):
        pass
    assert document.height(width) == len(full) and document.refined > 0


def test_row_of_offset_and_the_end(seeds):
    source = long_source(seeds, 400)
    document = LazyDocument(source)
    width = 61
    target = source.paragraphs[350]
    offset = target.start + (target.end - target.start) // 2
    row = document.row_of_offset(width, offset, context=2)
    line = document.line(width, *document.locate(width, row))
    assert line.paragraph == 350
    assert line.offset <= offset < line.offset + line.laid.end - line.laid.start
    assert document.row_of_offset(width, target.end) is None  # the newline between paragraphs
    assert document.known(width) < 10
    top = document.end_top(width, 20)
    full = source_lines(source, width)
    assert top == document.height(width) - 20
    tail = [document.line(width, *document.locate(width, r)) for r in range(top, top + 20)]
    assert [l.plain(width) for l in tail] == [l.plain(width) for l in full[-20:]]
