"""Issue 17's flows in the real binary, in a real terminal (tmux, 80x24): search by who said
it, one row per thing said on a corpus where a wire story is reprinted many times, the
discrepancies by keyboard, and a folder with no article ending with status 2."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from tests.tmux.session import HAVE_TERMINAL, TmuxSession, terminal_env

pytestmark = pytest.mark.skipif(not HAVE_TERMINAL,
                                reason="needs tmux and the installed summit-tui command")

SHAPED_PUTIN = "\ufee6\ufef4\ufe97\ufeee\ufe91"   # بوتين as drawn: shaped, right to left
SHAPED_MOSCOW = "\ufeee\ufedc\ufeb3\ufeee\ufee3"   # موسكو


def _session(tmp_path: Path, command: str, cache: Path | None = None) -> TmuxSession:
    env = terminal_env(tmp_path, SUMMIT_TUI_CONFIG_DIR=os.environ["SUMMIT_TUI_CONFIG_DIR"],
                       SUMMIT_TUI_CACHE_DIR=str(cache or tmp_path / "cache"))
    return TmuxSession(command, env=env, size=(80, 24), log=tmp_path / "pane.log")


@pytest.fixture
def seeds_app(tmp_path):
    session = _session(tmp_path, "summit-tui --bidi visual")
    try:
        session.wait_for(lambda s: "Putin–Trump" in s and re.search(r"\d+ st", s))
        yield session
    finally:
        session.close()


def test_search_by_speaker_lists_what_they_said_with_who_and_their_type(seeds_app):
    seeds_app.keys("/")
    seeds_app.wait_for(lambda s: "speaker:NAME" in s)
    seeds_app.run("send-keys", "-t", "t", "-l", "speaker:بوتين موسكو")
    screen = seeds_app.wait_for(lambda s: "results · scope: quotes" in s)
    rows = [row for row in screen.splitlines() if re.search(r"│\d+\. ", row)]
    assert rows, screen
    for row in rows:
        # every row is his, with his type, shaped for the terminal
        assert "person: " in row and SHAPED_PUTIN in row, row
    # Moscow is in every result's words (drawn on the next line).
    lines = screen.splitlines()
    for n, line in enumerate(lines):
        if re.search(r"│\d+\. ", line):
            words = lines[n + 1:n + 3]
            if any("╰" in below for below in words):
                continue    # the last row's words fall below the pane's edge (scrolled to)
            assert SHAPED_MOSCOW in "".join(words), lines[n:n + 3]
    # ] steps to the first result and the status line says which. (Escape alone first: an
    # escape followed at once by ] reads as one escape sequence.)
    seeds_app.keys("Escape")
    seeds_app.wait_for(lambda s: "╭─ Reader" in s)
    seeds_app.keys("]")
    screen = seeds_app.wait_for(lambda s: re.search(r"hit 1/\d+", s))
    assert "╭─ Reader · Source 2" in screen


def test_the_discrepancies_are_reached_by_keyboard_and_shown_whole(seeds_app):
    seeds_app.keys("5")
    screen = seeds_app.wait_for(lambda s: "╭─ Discrepancies" in s)
    assert "duration of the meeting" in screen
    # every outlet of the first topic is on screen (it showed three of four before)
    assert all(f"Source {n}: " in screen for n in (1, 3, 4, 5)), screen
    seeds_app.keys("Down", "Enter")
    screen = seeds_app.wait_for(lambda s: "╭─ Reader · Source 1" in s)
    seeds_app.keys("y")
    screen = seeds_app.wait_for(lambda s: "copied the article text" in s)


def test_tab_reaches_the_discrepancies(seeds_app):
    # one pane after another, as a reader presses Tab (four at once raced the panes' first
    # drawing on a loaded machine: a key could land while the next pane was being mounted)
    for pane in ("Reader", "Search", "Statements", "Discrepancies"):
        seeds_app.keys("Tab")
        seeds_app.wait_for(lambda s, pane=pane: f"╭─ {pane}" in s)


@pytest.fixture
def wire_corpus(tmp_path):
    """A synthetic corpus like the benchmark's (recombined seed sentences, spelling
    variants swapped): a few hundred articles repeat the same sentences many times."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from bench.make_corpus import make

    folder = tmp_path / "wire"
    make(300, folder)
    return folder


def test_a_sentence_many_articles_carry_is_one_row(tmp_path, wire_corpus):
    session = _session(tmp_path, f"summit-tui --bidi visual {wire_corpus}")
    try:
        session.wait_for(lambda s: re.search(r"wire · 300 s\w* · \d+ q\w* · \d+ st", s)
                         is not None, timeout=120)
        session.keys("/")
        session.wait_for(lambda s: "speaker:NAME" in s)
        session.run("send-keys", "-t", "t", "-l", "ترمب اتصالات مباشرة")
        screen = session.wait_for(lambda s: "results · scope: quotes" in s, timeout=60)
        counts = [int(n.replace(",", "")) for n in re.findall(r"▸ ([\d,]+) articles", screen)]
        assert counts and max(counts) >= 10, screen   # one row for many articles
        texts = [row for n, row in enumerate(screen.splitlines()) if re.search(r"│\d+\. ", row)]
        assert len(texts) >= 3
        # the rows on screen are different things: no two rows show the same words by the
        # same speaker (two speakers' quotations may share the words a match centres on)
        lines = screen.splitlines()
        shown = [(re.sub(r"│\d+\. article-\d+", "", row).strip("│ "), lines[n + 1].strip("│ "))
                 for n, row in enumerate(lines) if re.search(r"│\d+\. ", row)]
        assert len(set(shown)) == len(shown), screen
    finally:
        session.close()


def test_a_folder_without_articles_exits_2_with_one_line(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    shell = _session(tmp_path, "sh")
    try:
        shell.type(f"summit-tui {empty}; echo EXIT=$?")
        screen = shell.wait_for(lambda s: re.search(r"EXIT=\d", s), timeout=60)
        assert "EXIT=2" in screen, screen
        said = screen[screen.index("EXIT=$?") + len("EXIT=$?"):screen.index("EXIT=2")]
        said = "".join(said.split("\n"))   # one line, wrapped by the 80-column terminal
        assert said.count("error") == 1 and str(empty) in said, screen
        assert "Traceback" not in screen
    finally:
        shell.close()
