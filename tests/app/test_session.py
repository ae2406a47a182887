"""A fact-checker's session (issue 17): open another folder, rename outlets where no
manifest is, copy and export with provenance, the status line, every pane by keyboard."""

from __future__ import annotations

import os
import shutil
import stat
import tomllib
from pathlib import Path

import pytest

from tests.app.helpers import explorer, make_app, notes, run_async, search_for, settle
from tests.app.test_footer import footer_keys
from tui.corpus import load_corpus
from tui.corpus.loader import seeds_dir
from tui.screens.dialogs import ConfirmScreen, PromptScreen
from tui.screens.open_dialog import OpenScreen
from widgets.hits import HitList
from widgets.matrix import StatementMatrix
from widgets.reader import Reader
from widgets.search_panel import SearchPanel
from widgets.sources import SourceList


def _copy_seeds(folder: Path, manifest: bool = True) -> Path:
    shutil.copytree(seeds_dir(), folder, ignore=shutil.ignore_patterns("__*"))
    if not manifest:
        (folder / "sources.toml").unlink()
    return folder


async def _wait_open(pilot, timeout: float = 30.0) -> None:
    """Until the folder being opened is open and analysed."""
    import time

    deadline = time.monotonic() + timeout
    screen = explorer(pilot.app)
    while screen.busy or screen.opening is not None:
        assert time.monotonic() < deadline, "the folder never opened"
        await pilot.pause(0.05)
    await settle(pilot)


def _status(app) -> str:
    return explorer(app).query_one("#status").render().plain


# -- open -----------------------------------------------------------------------------------
@run_async
async def test_open_replaces_the_corpus_without_restarting(seeds, tmp_path):
    folder = tmp_path / "coverage"
    folder.mkdir()
    (folder / "a.txt").write_text("خبر أول\n\nقال الوزير إن الاجتماع كان مثمرا.\n",
                                  encoding="utf-8")
    (folder / "b.txt").write_text("خبر ثان\n\nوقال الوزير: «لن نتراجع».\n", encoding="utf-8")
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "Putin–Trump Alaska summit" in _status(app)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, OpenScreen)
        # A path that is not there: said so, and the seeds stay.
        app.screen.path_box.value = str(tmp_path / "nowhere")
        await pilot.press("enter")
        await pilot.pause()
        assert any("no such file or folder" in n for n in notes(app))
        assert explorer(app).corpus.bundled
        await pilot.press("ctrl+o")
        await pilot.pause()
        app.screen.path_box.value = str(folder)
        await pilot.press("enter")
        await _wait_open(pilot)
        screen = explorer(app)
        assert screen.corpus.root == str(folder) and len(screen.corpus.sources) == 2
        assert [r.id for r in screen.query_one(SourceList).entries] == list(screen.corpus.ids)
        assert screen.query_one(Reader).source.id == screen.corpus.sources[0].id
        assert screen.analysis is not None and screen.index is not None
        assert _status(app).startswith(" coverage · 2 sources")
        # The new corpus is searched, not the old one.
        await search_for(pilot, "الاجتماع")
        assert screen.hits and all(h.record.source_id in screen.corpus.ids for h in screen.hits)


@run_async
async def test_a_folder_that_cannot_be_opened_leaves_the_open_one(seeds, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert explorer(app).open_path(empty)
        for _ in range(200):
            await pilot.pause(0.05)
            if explorer(app).opening is None:
                break
        await settle(pilot)
        assert any("cannot open" in n and "empty" in n for n in notes(app))
        screen = explorer(app)
        assert screen.corpus.bundled and screen.analysis is not None
        assert app.return_code in (None, 0) and app.is_running


@run_async
async def test_the_open_dialog_lists_folders_and_articles_and_a_file_opens(seeds, tmp_path):
    folder = _copy_seeds(tmp_path / "copy")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("O")   # Shift+O, for terminals where Ctrl+O does not arrive
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, OpenScreen)
        tree = dialog.query_one("#open-tree")
        shown = [p.name for p in tree.filter_paths(folder.iterdir())]
        assert "000_1c209e6ac6ae10d1.txt" in shown and "notes.pdf" not in shown
        dialog.path_box.value = str(folder / "000_1c209e6ac6ae10d1.txt")
        await pilot.press("enter")
        await _wait_open(pilot)
        assert len(explorer(app).corpus.sources) == 1


# -- renaming where no manifest is ----------------------------------------------------------
@run_async
async def test_rename_in_a_folder_without_sources_toml_writes_one_first(tmp_path):
    folder = _copy_seeds(tmp_path / "corpus", manifest=False)
    app = make_app(load_corpus(folder))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        ids = explorer(app).corpus.ids
        await pilot.press("1", "down", "r")
        assert isinstance(app.screen, ConfirmScreen)
        assert "no sources.toml" in app.screen.question
        assert not (folder / "sources.toml").exists()       # nothing before the yes
        await pilot.press("y")
        await pilot.pause()
        manifest = tomllib.loads((folder / "sources.toml").read_text(encoding="utf-8"))
        assert [row["id"] for row in manifest["source"]] == list(ids)
        assert isinstance(app.screen, PromptScreen)
        await _name_and_confirm(pilot, "الغد")
        manifest = tomllib.loads((folder / "sources.toml").read_text(encoding="utf-8"))
        assert manifest["source"][1]["outlet"] == "الغد"
        assert explorer(app).corpus.source(ids[1]).outlet == "الغد"
        # A file of the user's gets the mode any new file gets, not a private 0600.
        mode = stat.S_IMODE((folder / "sources.toml").stat().st_mode)
        assert mode == 0o666 & ~_umask()
    # The folder opens the same way afterwards, with the name.
    again = load_corpus(folder)
    assert again.ids == ids and again.source(ids[1]).outlet == "الغد"


async def _name_and_confirm(pilot, name: str) -> None:
    """Answer the rename prompt with `name`, then say yes to writing it."""
    pilot.app.screen.query_one("#answer").value = name
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press("y")
    await pilot.pause()


@run_async
async def test_rename_on_the_seeds_copies_them_opens_the_copy_and_renames_there(tmp_path):
    target = tmp_path / "my-seeds"
    before = (seeds_dir() / "sources.toml").read_bytes()
    app = make_app(load_corpus())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("1", "down", "r")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, OpenScreen)
        app.screen.path_box.value = str(target)
        await pilot.press("enter")
        await _wait_open(pilot)
        await pilot.pause()
        screen = explorer(app)
        assert not screen.corpus.bundled and screen.corpus.root == str(target)
        assert isinstance(app.screen, PromptScreen)      # the rename goes on, in the copy
        await _name_and_confirm(pilot, "Outlet Two")
        manifest = tomllib.loads((target / "sources.toml").read_text(encoding="utf-8"))
        assert manifest["source"][1]["outlet"] == "Outlet Two"
        assert any(f"copied the seeds to {target}" in n for n in notes(app))
    assert (seeds_dir() / "sources.toml").read_bytes() == before


# -- copy and export with provenance ------------------------------------------------------
@run_async
async def test_copy_from_a_statement_says_its_id_outlet_speaker_and_where(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("4", "down", "y")
        screen = explorer(app)
        statement = screen.query_one(StatementMatrix).current
        member = statement.members[0]
        text = app.clipboard
        assert f", {statement.id}, {member.source_id}:{member.start}-{member.end}" in text
        assert f"({statement.speaker.type})" in text
        assert seeds.source(member.source_id).outlet in text
        assert text.startswith("«" if member.direct else "Reported: ")
        # The status line says what is selected, with the speaker's type.
        assert statement.id in _status(app) and f"{member.source_id}:{member.start}" in \
            _status(app)


@run_async
async def test_a_date_on_the_source_is_copied_when_there_is_one(seeds):
    """Sources gain dates in issue 16; the copy line takes them when they are there."""
    from dataclasses import dataclass

    from tui.provenance import Provenance, source_date

    @dataclass
    class Dated:
        date: str = "2025-08-16"

    assert source_date(Dated()) == "2025-08-16" and source_date(seeds.sources[0]) is None
    line = Provenance("s1", 3, 9, "نص", "Source 1", "2025-08-16", None, True, "st4").line()
    assert line == "«نص» — unattributed, Source 1, 2025-08-16, st4, s1:3-9"


@run_async
async def test_export_says_where_it_wrote_with_a_normal_file_mode(seeds, tmp_path,
                                                                  monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("4", "e")
        prompt = app.screen.query_one("#answer")
        # The offered name is a full path: where the file goes is plain before it goes.
        assert prompt.value == str(tmp_path / "summit-statements.csv")
        await pilot.press("enter")
        await pilot.pause()
        written = tmp_path / "summit-statements.csv"
        assert written.exists()
        assert any(f"exported to {written}" in n for n in notes(app))
        assert stat.S_IMODE(written.stat().st_mode) == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# -- search: results as rows, their members, nothing found ----------------------------------
@run_async
async def test_a_row_opens_to_its_articles_and_a_member_opens_in_the_reader(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search_for(pilot, "اتصالات مباشرة")
        panel = explorer(app).query_one(SearchPanel)
        row = panel.rows[0]
        assert row.statement_id and row.articles >= 2
        await pilot.press("down")               # to the list, on the first row
        hit_list = panel.query_one(HitList)
        assert app.focused is hit_list and hit_list.row_index == 0
        count = hit_list.option_count
        await pilot.press("space")
        listed, more = hit_list.opened[0]
        assert hit_list.option_count == count + len(listed) + (1 if more else 0)
        assert {m.source_id for m in listed} == set(row.sources)
        # Reported members say so; none of them is called verbatim.
        for member in listed:
            if member.direct is False:
                assert member.relation in ("indirect", "same words")
        other = next(m for m in listed if m.source_id != row.hit.record.source_id)
        await pilot.press("down")
        while hit_list.highlighted_option.id != f"m0.{listed.index(other)}":
            await pilot.press("down")
        await pilot.press("enter")
        screen = explorer(app)
        assert screen.current_source == other.source_id
        assert (screen.selection.start, screen.selection.end) == (other.start, other.end)
        await pilot.press("3", "down", "left")
        assert 0 not in hit_list.opened


@run_async
async def test_nothing_found_says_so(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await search_for(pilot, "zqxv")
        hit_list = explorer(app).query_one(HitList)
        assert hit_list.option_count == 1
        note = hit_list.get_option_at_index(0)
        assert note.disabled and "No quotes match zqxv" in note.prompt.plain
        assert "Ctrl+S" in note.prompt.plain


@run_async
async def test_rows_show_the_speakers_type_and_partial_matches(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await search_for(pilot, "بوتين سلام زززز")
        panel = explorer(app).query_one(SearchPanel)
        first = panel.query_one(HitList).get_option_at_index(0).prompt.plain
        assert " · person: " in first and "2/3 words" in first
        # Narrow (the wide layout's search pane): the type as a letter, before the name.
        await pilot.resize_terminal(120, 40)
        await pilot.pause(0.3)
        first = panel.query_one(HitList).get_option_at_index(0).prompt.plain
        assert " · P: " in first


# -- every pane by keyboard, the status line ------------------------------------------------
@run_async
async def test_discrepancies_are_a_pane_reached_by_5_and_by_tab(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = explorer(app)
        await pilot.press("5")
        await pilot.pause()
        listing = screen.query_one("#discrepancies")
        assert app.focused is listing
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.focused is screen.query_one(StatementMatrix)
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is listing
        await pilot.press("down", "enter")
        claim = screen.analysis.discrepancies[0].claims[0]
        assert screen.current_source == claim.source_id
        assert "Article text" in (screen.copy_text() or "")


@run_async
async def test_the_discrepancies_get_a_useful_height_at_80x24(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("5")
        await pilot.pause()
        listing = explorer(app).query_one("#discrepancies")
        first = explorer(app).analysis.discrepancies[0]
        assert listing.size.height >= 15
        assert listing.option_count > len(first.claims) + 1   # the whole first topic and more


@run_async
async def test_status_line_says_corpus_counts_hit_and_filters(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        status = _status(app)
        analysis = explorer(app).analysis
        assert (f"Putin–Trump Alaska summit · 5 sources · {len(analysis.quotes)} quotes · "
                f"{len(analysis.statements)} statements") in status
        await pilot.press("4", "o", "s")
        status = _status(app)
        assert "only one outlet" in status and "sort: first" in status
        await search_for(pilot, "ترمب")
        await pilot.press("escape", "right_square_bracket")
        rows = explorer(app).query_one(SearchPanel).rows
        assert f"hit 1/{len(rows)}" in _status(app)
        assert "· st" in _status(app) and "(person)" in _status(app)   # what is selected
        # The query (shown in its pane) is the first part to go when the line is full.
        assert "quotes: " not in _status(app)
        await pilot.resize_terminal(230, 45)
        await pilot.pause()
        assert "quotes: " in _status(app)


@run_async
async def test_zoom_gives_one_pane_the_whole_wide_screen(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = explorer(app)
        await pilot.press("4", "z")
        await pilot.pause()
        assert screen.narrow and screen.pane("statements").display
        assert not screen.pane("reader").display
        assert screen.query_one(StatementMatrix).size.width >= 110
        await pilot.press("z")
        await pilot.pause()
        assert not screen.narrow and screen.pane("reader").display


@pytest.mark.parametrize("width", [20, 40, 80])
def test_the_footer_never_cuts_a_key_and_keeps_help_and_quit(seeds, width):
    @run_async
    async def check():
        app = make_app(seeds)
        async with app.run_test(size=(width, 24)) as pilot:
            await settle(pilot)
            for pane in ("1", "2", "4", "5"):
                await pilot.press(pane)
                await pilot.pause()
                shown = footer_keys(app, width)
                assert shown[:2] == ["question_mark", "q"], (width, pane, shown)

    check()


@run_async
async def test_a_wide_layout_gives_the_reader_the_most_room(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = explorer(app)
        widths = {pane: screen.pane(pane).size.width for pane in
                  ("sources", "reader", "statements", "search", "discrepancies")}
        assert widths["reader"] == max(widths.values()), widths
