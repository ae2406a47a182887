"""The search box in a real terminal (tmux): a query typed in Arabic reads shaped, right to left,
and the arrow keys move the cursor across the screen."""

from __future__ import annotations

import os
import re
import time

import pytest

from tests.tmux.session import HAVE_TERMINAL, TmuxSession, terminal_env

pytestmark = pytest.mark.skipif(not HAVE_TERMINAL,
                                reason="needs tmux and the installed summit-tui command")

BARE_LETTERS = re.compile("[\u0621-\u064a]")


@pytest.fixture
def tmux(tmp_path):
    env = terminal_env(tmp_path, SUMMIT_TUI_CONFIG_DIR=os.environ["SUMMIT_TUI_CONFIG_DIR"])
    session = TmuxSession("summit-tui --bidi visual", env=env, log=tmp_path / "pane.log")
    try:
        yield session
    finally:
        session.close()


def _query_row(screen: str) -> str | None:
    """The row inside the search box (the one under its top edge), frame cells dropped."""
    rows = screen.splitlines()
    for n, row in enumerate(rows[:-1]):
        if "▔▔▔" in row:
            return re.sub("[\u2500-\u259f]", " ", rows[n + 1])
    return None


def test_an_arabic_query_reads_shaped_right_to_left_while_typed(tmux):
    tmux.wait_for(lambda s: "Sources" in s and "Source 5" in s)
    tmux.keys("/")
    # The footer offers the scope key once the search pane has focus: typing goes there.
    tmux.wait_for(lambda s: "Scope" in s and "speaker:NAME" in s)   # the box's hint
    tmux.run("send-keys", "-t", "t", "-l", "ترامب")
    shaped = "\ufe90\ufee3\ufe8d\ufeae\ufe97"   # ب م ا ر ت in their joined forms
    screen = tmux.wait_for(lambda s: shaped in (_query_row(s) or ""))
    row = _query_row(screen)
    assert not BARE_LETTERS.search(row)
    # Right-aligned in the box: nothing but the box's padding right of the first letter.
    assert row.rstrip().endswith(shaped) and row.index(shaped) > len(row) // 2

    tmux.run("send-keys", "-t", "t", "-l", " 2025 Alaska")
    screen = tmux.wait_for(lambda s: "Alaska 2025 " + shaped in (_query_row(s) or ""))
    assert not BARE_LETTERS.search(_query_row(screen))



def _cursor_reaches(tmux, column: int, timeout: float = 20.0) -> None:
    """Wait for the terminal's cursor (where the box puts it: on its cursor cell) at `column`."""
    deadline = time.monotonic() + timeout
    while True:
        at = int(tmux.flag("cursor_x"))
        if at == column:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"the cursor is at column {at}, not {column}")
        time.sleep(0.2)


def test_left_and_right_move_the_cursor_across_the_screen_over_arabic(tmux):
    tmux.wait_for(lambda s: "Sources" in s and "Source 5" in s)
    tmux.keys("/")
    tmux.wait_for(lambda s: "Scope" in s and "speaker:NAME" in s)   # the box's hint
    tmux.run("send-keys", "-t", "t", "-l", "ترامب")
    shaped = "\ufe90\ufee3\ufe8d\ufeae\ufe97"   # ب م ا ر ت, one cell each
    leftmost = _query_row(tmux.wait_for(lambda s: shaped in (_query_row(s) or ""))).index(shaped)
    _cursor_reaches(tmux, leftmost - 1)          # the end: left of the last letter typed
    tmux.keys("Home")                            # the start: on the first letter, rightmost
    _cursor_reaches(tmux, leftmost + 4)
    for column in range(leftmost + 3, leftmost - 2, -1):
        tmux.keys("Left")
        _cursor_reaches(tmux, column)
    tmux.keys("Left", "Right")                   # at the left edge Left stays
    _cursor_reaches(tmux, leftmost)
    tmux.keys("Right")
    _cursor_reaches(tmux, leftmost + 1)
