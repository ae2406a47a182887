"""The Reader on a long article: only what is on screen is laid out, the place survives a
resize, and a selection far down lands on exactly its characters."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult

from tests.text.test_reader import _screen_rows, _settled, run_async
from tui.corpus.model import Body, Paragraph, Source
from tui.text.direction import base_direction
from tui.text.document import source_lines
from widgets.arabic import ArabicApp
from widgets import reader as reader_module
from widgets.reader import Reader


class ReaderApp(ArabicApp):
    def compose(self) -> ComposeResult:
        yield Reader(id="reader")


def long_source(seeds, paragraphs: int) -> Source:
    """The seed paragraphs repeated and numbered (no two alike) as one article."""
    texts = [s.text[p.start:p.end] for s in seeds.sources for p in s.paragraphs]
    body, spans, start = [], [], 0
    for n in range(paragraphs):
        text = f"{texts[n % len(texts)]} ({n})"
        body.append(text)
        spans.append(Paragraph(f"long/p{n}", "long", n, start, start + len(text),
                               base_direction(text), ()))
        start += len(text) + 1
    return Source("long", "long.txt", "مقال طويل", "Source X", ("ar",),
                  Body("\n".join(body), tuple(spans)))


def head_of(source: Source, paragraphs: int) -> Source:
    """The same article cut after `paragraphs` paragraphs: its lines start the long one's."""
    kept = source.paragraphs[:paragraphs]
    return Source(source.id, source.file, source.title, source.outlet, source.languages,
                  Body(source.text[:kept[-1].end], kept))


def top_line(reader: Reader):
    document, width = reader.document, reader.scrollable_content_region.width
    block, line = document.locate(width, int(reader.scroll_y))
    return document.line(width, block, line)


@run_async
async def test_a_long_article_shows_its_first_screen_laying_out_only_that(seeds, monkeypatch):
    source = long_source(seeds, 3000)  # about 1 MB of UTF-8
    assert len(source.text.encode("utf-8")) > 900_000
    # Idle-time refinement held off: what is measured is what showing and paging laid out
    # (on a fast, quiet machine the refiner lays out half the article during one pause).
    monkeypatch.setattr(reader_module, "REFINE_PAUSE", 3600.0)
    app = ReaderApp()
    async with app.run_test(size=(80, 30)) as pilot:
        reader = app.query_one(Reader)
        reader.show(source)
        await pilot.pause()
        width, height = reader.scrollable_content_region.width, reader.size.height
        document = reader.document
        # Drawing needed the paragraphs on screen and a small margin, not the article.
        assert 0 < document.demanded <= height
        assert document.known(width) < len(document) // 2
        expected = [line.plain(width) for line in source_lines(head_of(source, 40), width)]
        assert _screen_rows(reader) == expected[:reader.scrollable_content_region.height]
        # The scrollbar is sized from estimates meanwhile: the whole article, roughly.
        assert reader.virtual_size.height > 3000 * 2

        # Paging down draws the next screen, still without laying out everything.
        before = document.demanded
        await pilot.press("space")
        for _ in range(50):  # the page down may animate
            await pilot.pause(0.02)
            if not app.animator.is_being_animated(reader, "scroll_y"):
                break
        assert int(reader.scroll_y) > 0
        assert _screen_rows(reader) == expected[int(reader.scroll_y):][
            :reader.scrollable_content_region.height]
        assert document.demanded - before <= height


@run_async
async def test_idle_refinement_settles_the_size_and_keeps_the_top_line(seeds):
    source = long_source(seeds, 120)
    app = ReaderApp()
    async with app.run_test(size=(70, 20)) as pilot:
        reader = app.query_one(Reader)
        reader.show(source)
        await pilot.pause()
        reader.scroll_to(y=150, animate=False)
        await pilot.pause()
        shown = top_line(reader)
        await _settled(reader, pilot)
        width = reader.scrollable_content_region.width
        expected = source_lines(source, width)
        assert reader.virtual_size.height == len(expected)
        assert top_line(reader) == shown
        assert _screen_rows(reader)[0] == shown.plain(width)
        row = int(reader.scroll_y)
        assert [l.plain(width) for l in expected[row:row + 5]] == _screen_rows(reader)[:5]


@run_async
async def test_a_resize_keeps_the_first_visible_line(seeds):
    source = long_source(seeds, 3000)
    app = ReaderApp()
    async with app.run_test(size=(90, 25)) as pilot:
        reader = app.query_one(Reader)
        reader.show(source)
        await pilot.pause()
        reader.scroll_to(y=5000, animate=False)
        await pilot.pause()
        if top_line(reader).laid is None:  # a blank line between paragraphs: take the next
            reader.scroll_to(y=reader.scroll_y + 1, animate=False)
            await pilot.pause()
        before = top_line(reader)
        assert before.laid is not None and before.paragraph > 1000
        offset = before.offset
        for size in ((60, 25), (41, 30), (120, 20)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            width = reader.scrollable_content_region.width
            now = top_line(reader)
            # The line now at the top is the one holding the old top line's first character.
            assert now.paragraph == before.paragraph
            assert now.offset <= offset < now.offset + (now.laid.end - now.laid.start)
            assert _screen_rows(reader)[0] == now.plain(width)
        assert reader.document.demanded < len(reader.document) // 2


def highlighted_cells(reader: Reader, y: int) -> set[int]:
    bgcolor = reader.get_component_rich_style("reader--selected", partial=True).bgcolor
    assert bgcolor is not None
    cells, x = set(), 0
    for segment in reader.render_line(y):
        width = cell_len(segment.text)
        if segment.style is not None and segment.style.bgcolor == bgcolor:
            cells.update(range(x, x + width))
        x += width
    return cells


@run_async
async def test_select_far_down_scrolls_there_and_highlights_exactly_the_span(seeds):
    source = long_source(seeds, 3000)
    target = source.paragraphs[2500]
    text = source.text[target.start:target.end]
    # A run of words in the middle of the paragraph (from a word start to a word end).
    first = text.index(" ", len(text) // 3) + 1
    last = text.index(" ", first + 25)
    start, end = target.start + first, target.start + last
    app = ReaderApp()
    async with app.run_test(size=(70, 24)) as pilot:
        reader = app.query_one(Reader)
        reader.show(source)
        await pilot.pause()
        reader.select(start, end)
        await pilot.pause()
        document, width = reader.document, reader.scrollable_content_region.width
        assert document.demanded < 100  # the target and its neighbours, not 2,500 paragraphs
        found: set[int] = set()
        expected: set[int] = set()
        for y in range(reader.scrollable_content_region.height):
            line = document.line(width, *document.locate(width, int(reader.scroll_y) + y))
            cells = highlighted_cells(reader, y)
            if line.paragraph != 2500:
                assert not cells
                continue
            base = line.offset - line.laid.start  # the paragraph's start
            # Every cell drawing a selected character is highlighted, and no other cell.
            assert cells == {x for x, offsets in enumerate(line.laid.cell_offsets)
                             if any(start <= base + o < end for o in offsets)}
            found.update(o + base for x in cells for o in line.laid.cell_offsets[x])
            expected.update(o + base for offsets in line.laid.cell_offsets for o in offsets
                            if start <= o + base < end)
        assert expected and found == expected
        # Every letter of the selection is on screen (spaces at a line end hang undrawn).
        letters = {o for o in range(start, end) if not source.text[o].isspace()}
        assert letters <= found


@run_async
async def test_end_shows_the_last_lines_of_a_long_article(seeds):
    source = long_source(seeds, 3000)
    last = source.paragraphs[-1]
    app = ReaderApp()
    async with app.run_test(size=(80, 25)) as pilot:
        reader = app.query_one(Reader)
        reader.show(source)
        await pilot.pause()
        reader.focus()
        await pilot.press("end")
        await pilot.pause(0.2)
        width = reader.scrollable_content_region.width
        rows = _screen_rows(reader)
        tail = [line.plain(width) for line in source_lines(head_of(source, 3000), width)[-5:]]
        assert rows[-5:] == tail
        assert source.text[last.start:last.end].endswith("(2999)")
        assert reader.document.demanded < 100
