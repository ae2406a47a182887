"""The search box in a real terminal (tmux): a query typed in Arabic reads shaped, right to left."""

from __future__ import annotations

import os
import re
import shutil

import pytest

from tests.tmux.session import TmuxSession

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None or shutil.which("summit-tui") is None,
                                reason="needs tmux and the installed summit-tui command")

BARE_LETTERS = re.compile("[\u0621-\u064a]")


@pytest.fixture
def tmux(tmp_path):
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", TERM="xterm-256color",
               SUMMIT_TUI_CONFIG_DIR=os.environ["SUMMIT_TUI_CONFIG_DIR"],
               TMUX_TMPDIR=str(tmp_path))
    env.pop("TMUX", None)
    session = TmuxSession("summit-tui --bidi visual", env=env)
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
    tmux.wait_for(lambda s: "Scope" in s and "search quotes" in s)
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
