"""The app on the hostile folder, at every terminal size from 20x6 to 300x100 and while being
resized fast: no exception, nothing unsafe on screen, every screen line exactly as wide as
the terminal (no garbled panes), and copying a hostile quote copies no control character.
"""

from __future__ import annotations

import os
import random

import pytest

from tests.app.helpers import explorer, make_app, notes, run_async, settle
from tests.hardening.hostile import INVISIBLE, UNSAFE, hostile_folder
from tui.corpus import load_corpus
from tui.text.sanitize import unsafe_codes

SIZES = [(20, 6), (40, 10), (80, 24), (119, 30), (120, 30), (160, 45), (300, 100)]
# A file name that is markup (it crashed the app once) and an escape; and a binary one,
# whose problem message carries the same name into a notification.
MARKUP_NAME = '[b="x]\x1b[31m[@click=app.quit]'


@pytest.fixture(scope="module")
def corpus_and_problems(tmp_path_factory):
    folder = hostile_folder(tmp_path_factory.mktemp("app"))
    (folder / f"{MARKUP_NAME}.txt").write_text(
        "قال بوتين: «نأمل \x1b[2J بالسلام». وأضاف ترامب أن اللقاء كان مثمرا.", encoding="utf-8")
    (folder / f"{MARKUP_NAME}bin.txt").write_bytes(bytes(range(32)) * 10)
    problems: list[str] = []
    return load_corpus(folder, problems=problems), problems


def screen_lines(app) -> list[str]:
    """What the terminal would be sent as text (styles and cursor moves aside), line by line.

    Read from the screen's compositor (private: Textual has no public way to read the
    composed screen as cells; only this test does)."""
    lines = []
    for strip in app.screen._compositor.render_strips():
        lines.append("".join(segment.text for segment in strip if not segment.control))
    return lines


def assert_screen_sound(app, size: tuple[int, int]) -> None:
    width, height = size
    strips = app.screen._compositor.render_strips()
    assert len(strips) == height
    assert all(strip.cell_length == width for strip in strips), "a screen line is too wide or short"
    text = "\n".join(screen_lines(app))
    unsafe = sorted({f"U+{ord(c):04X}" for c in UNSAFE.findall(text)})
    assert not unsafe, f"raw controls on screen at {size}: {unsafe}"
    invisible = sorted({f"U+{ord(c):04X}" for c in INVISIBLE.findall(text)})
    assert not invisible, f"invisible characters sent to the terminal at {size}: {invisible}"


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@run_async
async def test_every_source_at_every_size(corpus_and_problems, size):
    corpus, problems = corpus_and_problems
    app = make_app(corpus, problems=problems)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        assert_screen_sound(app, size)
        # The problem notification names the file, shown plainly.
        messages = notes(app)
        assert any("bin.txt" in m and "[@click=" in m for m in messages), messages
        for source in corpus.sources:
            explorer(app).open_source(source.id)
            await pilot.pause()
            assert explorer(app).current_source == source.id
            assert_screen_sound(app, size)


@run_async
async def test_rapid_resizing_leaves_a_sound_screen(corpus_and_problems):
    corpus, problems = corpus_and_problems
    app = make_app(corpus, problems=problems)
    rng = random.Random(7)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        explorer(app).open_source("escapes")
        for _ in range(40):
            await pilot.resize_terminal(rng.randint(20, 300), rng.randint(6, 100))
        for size in [(300, 100), (20, 6), (121, 40), (119, 40), (100, 30)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await settle(pilot)
            assert_screen_sound(app, size)


@run_async
async def test_a_hostile_search_and_copy_send_no_controls(corpus_and_problems):
    corpus, problems = corpus_and_problems
    app = make_app(corpus, problems=problems)
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # what would go out in OSC 52
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"بالسلام")
        await pilot.pause(0.4)
        await settle(pilot)
        assert_screen_sound(app, (160, 45))
        escaped = [h for h in explorer(app).query_one("SearchPanel").hits
                   if "\x1b" in h.record.text or "\u009d" in h.record.text]
        assert escaped, "the search found none of the hostile quotations"
        explorer(app)._show_hit(escaped[0])
        await pilot.pause()
        assert_screen_sound(app, (160, 45))
        explorer(app).action_copy()
        assert copied and "بالسلام" in copied[0]
        assert not any(ord(c) in unsafe_codes() and c not in "\n\t" for c in copied[0])


@run_async
async def test_the_app_reading_the_hostile_folder_itself(tmp_path):
    # As `summit-tui DIR` runs it: through the cache, with a FIFO, a device, markup and
    # escapes in file names, and a name that is not UTF-8 in the folder.
    folder = hostile_folder(tmp_path)
    (folder / f"{MARKUP_NAME}.txt").write_text("قال بوتين: «نأمل بالسلام».", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    with open(os.path.join(os.fsencode(folder), b"\xffname.txt"), "wb") as handle:
        handle.write("قال ترامب: «لا اتفاق».".encode())
    for _ in range(2):  # a fresh cache, then the cache reopened
        app = make_app(path=str(folder))
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await settle(pilot)
            screen = explorer(app)
            assert screen.corpus is not None and "escapes" in screen.corpus.ids
            assert screen.analysis is not None
            messages = notes(app)
            assert sum("not a regular file" in m for m in messages) == 1, messages
            assert sum("zero.txt" in m and "outside the folder" in m for m in messages) == 1
            for source_id in ("escapes", "bidi", "zero_width", "name"):
                screen.open_source(source_id)
                await pilot.pause()
                assert_screen_sound(app, (120, 40))
