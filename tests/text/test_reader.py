"""The Reader widget in a tiny App: draws layout()'s lines, highlights and follows the selection."""

from __future__ import annotations

import asyncio
import functools
import re

from textual.app import ComposeResult

from tui.text.document import source_lines
from tui.text.layout import ArabicDisplay
from widgets.arabic import ArabicApp
from widgets.reader import Reader

PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


class ReaderApp(ArabicApp):
    def compose(self) -> ComposeResult:
        yield Reader(id="reader")


def run_async(test):
    """Run an async test body with asyncio (the project adds no pytest async plugin)."""

    @functools.wraps(test)
    def wrapper(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return wrapper


async def _settled(reader: Reader, pilot) -> None:
    """Wait for the idle-time refinement to make every height exact at the current width."""
    for _ in range(400):
        document = reader.document
        if document is not None and document.known(reader.scrollable_content_region.width) \
                == len(document):
            break
        await pilot.pause(0.02)
    await pilot.pause()


def _screen_rows(reader: Reader) -> list[str]:
    return [reader.render_line(y).text for y in range(reader.scrollable_content_region.height)]


@run_async
async def test_reader_draws_the_laid_out_source_and_reflows(seeds):
    source = seeds.source("s1")
    app = ReaderApp()
    async with app.run_test(size=(70, 20)) as pilot:
        reader = app.query_one(Reader)
        reader.show(source, [(source.paragraphs[2].start, source.paragraphs[2].end, "#87afff")])
        await pilot.pause()
        width = reader.scrollable_content_region.width
        expected = [line.plain(width) for line in source_lines(source, width)]
        rows = _screen_rows(reader)
        assert rows == expected[:len(rows)]
        assert any(PRESENTATION.search(row) for row in rows)
        await _settled(reader, pilot)
        assert reader.virtual_size.height == len(expected)

        await pilot.resize_terminal(50, 20)
        await pilot.pause()
        narrow = reader.scrollable_content_region.width
        assert narrow < width
        assert _screen_rows(reader)[0] == source_lines(source, narrow)[0].plain(narrow)


@run_async
async def test_selection_is_highlighted_and_scrolled_into_view(seeds):
    source = seeds.source("s3")
    last = source.paragraphs[-1]
    app = ReaderApp()
    async with app.run_test(size=(60, 15)) as pilot:
        reader = app.query_one(Reader)
        reader.show(source)
        await pilot.pause()
        assert reader.scroll_y == 0
        reader.select(last.start, last.start + 10)
        await pilot.pause()
        assert reader.scroll_y > 0
        selected_style = reader.get_component_rich_style("reader--selected", partial=True)
        highlighted = [
            y for y in range(reader.scrollable_content_region.height)
            if any(seg.style and seg.style.bgcolor == selected_style.bgcolor
                   and selected_style.bgcolor is not None
                   for seg in reader.render_line(y))]
        assert highlighted, "the selected span is not on screen"


@run_async
async def test_mode_and_harakat_switch_what_is_drawn(seeds):
    source = seeds.source("s2")
    app = ReaderApp()
    async with app.run_test(size=(60, 15)) as pilot:
        reader = app.query_one(Reader)
        reader.show(source)
        await pilot.pause()
        assert any(PRESENTATION.search(row) for row in _screen_rows(reader))
        app.arabic = ArabicDisplay("logical")
        await pilot.pause()
        rows = _screen_rows(reader)
        assert not any(PRESENTATION.search(row) for row in rows)
        assert any(re.search("[\u0627-\u064a]", row) for row in rows)


def _hard_case_source():
    from tests.text.hard_cases import CASES
    from tui.corpus.model import Body, Paragraph, Source
    from tui.text.direction import base_direction

    texts = [text.replace("\n", " ") for text, _ in CASES]
    body = "\n".join(texts)
    paragraphs, start = [], 0
    for n, text in enumerate(texts):
        paragraphs.append(Paragraph(f"hard/p{n}", "hard", n, start, start + len(text),
                                    base_direction(text), ()))
        start += len(text) + 1
    return Source("hard", "hard.txt", "حالات صعبة", "Source X", ("ar",),
                  Body(body, tuple(paragraphs)))


@run_async
async def test_the_hard_cases_replayed_through_the_reader():
    source = _hard_case_source()
    app = ReaderApp()
    async with app.run_test(size=(40, 200)) as pilot:
        reader = app.query_one(Reader)
        reader.show(source)
        await pilot.pause()
        width = reader.scrollable_content_region.width
        expected = [line.plain(width) for line in source_lines(source, width)]
        assert len(expected) < reader.scrollable_content_region.height
        rows = _screen_rows(reader)[:len(expected)]
        assert rows == expected
        for row in rows:
            assert not any(ch in row for ch in "\x1b\x07\u200c\u200d\u2066\u2069")
