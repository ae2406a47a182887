"""Search from the explorer: `/`, type, results while typing, Enter jumps the reader."""

from __future__ import annotations

import pytest

from tests.app.helpers import explorer, make_app, run_async, search_for, settle
from tui.text.layout import ArabicDisplay, layout
from widgets.arabic_input import ArabicInput
from widgets.reader import Reader
from widgets.search_panel import SearchPanel

search = pytest.importorskip("tui.search")
if not hasattr(search, "SearchIndex"):
    pytest.skip("the search engine is not in this build", allow_module_level=True)


async def _search(pilot, query: str) -> list:
    await search_for(pilot, query)
    return explorer(pilot.app).query_one(SearchPanel).hits


@run_async
async def test_search_finds_the_other_spelling_and_enter_jumps_to_it(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        hits = await _search(pilot, "ترمب")
        assert hits, "no hits for ترمب"
        assert any("ترامب" in h.record.text for h in hits)
        await pilot.press("down", "enter")   # down from the box lands on the first hit
        first = hits[0]
        screen = explorer(app)
        assert screen.current_source == first.record.source_id
        assert explorer(app).query_one(Reader).source.id == first.record.source_id
        outlet = seeds.source(first.record.source_id).outlet
        assert outlet in str(screen.pane("reader").border_title)
        assert (screen.selection.start, screen.selection.end) == \
            (first.record.start, first.record.end)
        panel = screen.query_one(SearchPanel)
        rows = panel.rows
        assert len(rows) > 2 and screen.hit_position == 0
        await pilot.press("2", "right_square_bracket")
        assert screen.hit_position == 1
        second = rows[1].hit.record
        assert (screen.selection.source_id, screen.selection.start) == \
            (second.source_id, second.start)
        # The list's highlight follows, and the pane and the status line say which it is.
        assert panel.hit_list.row_index == 1
        assert str(panel.border_subtitle).startswith(f"2/{len(rows)}")
        assert f"hit 2/{len(rows)}" in screen.query_one("#status").render().plain
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert screen.hit_position == len(rows) - 1     # wraps around
        assert panel.hit_list.row_index == len(rows) - 1


@run_async
async def test_the_query_box_itself_shows_the_query_laid_out_for_the_bidi_mode(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        assert await _search(pilot, "ترمب")
        screen = explorer(app)
        box = screen.query_one(ArabicInput)
        width = box.scrollable_content_region.width
        assert box.arabic == app.arabic == ArabicDisplay("visual", harakat=True)
        drawn = box.render_line(0).text[:width]
        assert drawn == layout("ترمب", width)[0].plain
        assert drawn.strip() == "\ufe90\ufee3\ufeae\ufe97"   # ب م ر ت shaped, right to left
        await pilot.press("escape")
        await pilot.press("b")  # the bidi mode key, outside the box
        await pilot.pause()
        assert box.arabic.bidi == "logical"
        assert box.render_line(0).text[:width].rstrip() == "ترمب"


@run_async
async def test_english_query_finds_the_english_paragraphs(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.press("ctrl+s")  # all sentences
        hits = await _search(pilot, "Putin")
        assert hits and all(h.record.source_id == "s3" for h in hits[:3])


class _Counted(dict):
    """A mapping that counts how often it is written out whole."""

    reprs = 0

    def __repr__(self) -> str:
        type(self).reprs += 1
        return super().__repr__()


@run_async
async def test_a_search_never_writes_out_its_statements(seeds):
    """Textual names a worker by the repr of its arguments unless told a name: the
    statements of a big folder (260,000 quotations) took minutes and gigabytes to write out
    on every keystroke, before the search even started."""
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        panel = explorer(app).query_one(SearchPanel)
        counted = _Counted(panel.statements)
        worker = panel._search(panel.index, "بوتين", "quotes", counted, {})
        await worker.wait()
        assert counted.reprs == 0 and worker.description == "search"
