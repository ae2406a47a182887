"""Parsed stylesheets kept on disk: a second start parses nothing and styles every widget
exactly as a start without the cache does; a bad file only means parsing again."""

from __future__ import annotations

import os
import pickle

import pytest
from textual.css import stylesheet as stylesheet_module
from textual.css.stylesheet import Stylesheet, StylesheetParseError

from tests.app.helpers import make_app, run_async
from tui.settings import Settings, save_settings
from widgets.stylesheet_cache import CachedStylesheet, _installed, cache_file, cached


@pytest.fixture
def parses(monkeypatch):
    """Every CSS text Textual's tokenizer and parser goes through, by origin."""
    seen: list[str] = []
    parse = stylesheet_module.parse

    def counting(scope, css, read_from, *args, **kwargs):
        seen.append(read_from[1] or str(read_from[0]))
        return parse(scope, css, read_from, *args, **kwargs)

    monkeypatch.setattr(stylesheet_module, "parse", counting)
    return seen


async def styles_of(corpus, **kwargs) -> dict[str, str]:
    """Every node's computed style rules on the first screen, by its place in the tree."""
    app = make_app(corpus, **kwargs)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        return {f"{n.css_path_nodes}-{i}": repr(sorted(n.styles.get_rules().items()))
                for i, n in enumerate(app.screen.walk_children(with_self=True))}


@run_async
async def test_a_second_start_parses_nothing_and_styles_as_without_the_cache(seeds, parses):
    plain = await styles_of(seeds, style_cache=False)
    without = len(parses)
    assert without > 10        # the app's stylesheet and every widget's DEFAULT_CSS
    first = await styles_of(seeds)
    assert cache_file().is_file() and len(parses) == 2 * without
    second = await styles_of(seeds)
    assert len(parses) == 2 * without   # all of it came from the file
    assert first == plain and second == plain


@run_async
async def test_a_damaged_file_is_parsed_again_and_replaced(seeds, parses):
    path = cache_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x80\x05not a pickle at all")
    assert await styles_of(seeds) == await styles_of(seeds, style_cache=False)
    installed, entries = pickle.loads(path.read_bytes())
    assert installed == _installed() and entries


@run_async
async def test_a_file_written_for_another_textual_is_not_used(seeds, parses):
    await styles_of(seeds)
    installed, entries = pickle.loads(cache_file().read_bytes())
    cache_file().write_bytes(pickle.dumps((("another", "textual"), entries)))
    before = len(parses)
    await styles_of(seeds)
    assert len(parses) > before


def test_a_tampered_file_cannot_run_code(tmp_path):
    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {tmp_path / 'ran'}",))

    path = tmp_path / "styles.pickle"
    path.write_bytes(pickle.dumps((_installed(), {"key": Payload()})))
    sheet = cached(Stylesheet(), path)
    assert isinstance(sheet, CachedStylesheet) and sheet._stored == {}
    assert not (tmp_path / "ran").exists()


def test_a_lookup_other_than_the_styles_own_is_refused(tmp_path):
    # getattr is allowed for a style's `rules.get`; anything else could reach any global.
    from textual.css.styles import Styles

    class Payload:
        def __reduce__(self):
            return (getattr, (Styles, "__init__"))   # then __globals__, then os…

    path = tmp_path / "styles.pickle"
    path.write_bytes(pickle.dumps((_installed(), {"key": Payload()})))
    assert cached(Stylesheet(), path)._stored == {}


@run_async
async def test_an_unwritable_cache_folder_only_costs_the_parse(seeds, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SUMMIT_TUI_CACHE_DIR", str(blocker / "cache"))
    assert await styles_of(seeds) == await styles_of(seeds, style_cache=False)


def test_css_with_errors_is_not_kept(tmp_path):
    sheet = cached(Stylesheet(), tmp_path / "styles.pickle")
    sheet.add_source("Label { colour: red; }", read_from=("test", "bad"))
    with pytest.raises(StylesheetParseError):
        sheet.parse()
    sheet.add_source("Label { color: red; }", read_from=("test", "good"))
    sheet.source.pop(("test", "bad"))
    sheet.parse()
    sheet.save()
    again = cached(Stylesheet(), tmp_path / "styles.pickle")
    assert [key[2] for key in again._stored] == [("test", "good")]


@run_async
async def test_each_theme_gets_its_own_rules(seeds):
    save_settings(Settings(theme="nord"))
    nord = await styles_of(seeds)
    assert nord == await styles_of(seeds)                       # from the file
    save_settings(Settings(theme="textual-dark"))
    dark = await styles_of(seeds)
    assert dark != nord
    assert dark == await styles_of(seeds, style_cache=False)
