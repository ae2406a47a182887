"""The real `summit-tui` binary in a real terminal (tmux 100x30): what reaches the screen.

Visual mode must show shaped Arabic (presentation forms, no bare letters) in the reader;
logical mode must show the text as stored, for terminals that shape and reorder themselves.
"""

from __future__ import annotations

import os
import re
import time

import pytest

from tests.tmux.session import HAVE_TERMINAL, TmuxSession, terminal_env
from tui.corpus import load_corpus
from tui.settings import load_settings

pytestmark = pytest.mark.skipif(not HAVE_TERMINAL,
                                reason="needs tmux and the installed summit-tui command")

PRESENTATION = re.compile("[\ufe70-\ufeff]")
BARE_LETTERS = re.compile("[\u0621-\u064a]")
FRAME = re.compile("[\u2500-\u259f]")
INVISIBLE = re.compile("[\u200b-\u200f\u064b-\u0652]")


def reader_lines(screen: str) -> list[str]:
    """The text rows inside the reader pane's frame, without frame or scrollbar cells."""
    rows = screen.splitlines()
    top = next(n for n, row in enumerate(rows) if "Reader" in row and "╭" in row)
    out = []
    for row in rows[top + 1:]:
        if row.lstrip().startswith("╰"):
            break
        out.append(FRAME.sub(" ", row).strip())
    return [row for row in out if row]


def _toast(screen: str) -> bool:
    return any(word in screen for word in ("bidi mode", "not available", "warning", "error"))


@pytest.fixture
def tmux(tmp_path):
    env = terminal_env(tmp_path, SUMMIT_TUI_CONFIG_DIR=os.environ["SUMMIT_TUI_CONFIG_DIR"])
    log = tmp_path / "pane.log"
    # A short pause lets pipe-pane attach before the app writes its first byte.
    session = TmuxSession("sleep 0.5; exec summit-tui --bidi visual", env=env, log=log)
    try:
        yield session
    finally:
        session.close()


def _settled_visual(screen: str) -> bool:
    """The reader is drawn (no toast over it) and every Arabic row in it is shaped."""
    if "╭─ Reader" not in screen or _toast(screen):
        return False
    rows = reader_lines(screen)
    return (sum(bool(PRESENTATION.search(r)) for r in rows) >= 5
            and not any(BARE_LETTERS.search(r) for r in rows))


def _settled_logical(screen: str) -> bool:
    """Redrawn in logical mode: stored letters, and no shaped row left from before."""
    if "╭─ Reader" not in screen or _toast(screen):
        return False
    rows = reader_lines(screen)
    return (any(BARE_LETTERS.search(r) for r in rows)
            and not any(PRESENTATION.search(r) for r in rows))


def test_reader_is_shaped_in_visual_mode_and_logical_in_logical_mode(tmux):
    tmux.wait_for(lambda s: "Sources" in s and "Source 5" in s)
    tmux.keys("2")
    # Under load a capture can catch a half-painted screen, so wait for a settled one; a
    # wrong mode never settles and the wait fails with the screen it saw.
    visual = reader_lines(tmux.wait_for(_settled_visual))
    assert sum(bool(PRESENTATION.search(row)) for row in visual) >= 5

    tmux.keys("b")
    logical = reader_lines(tmux.wait_for(_settled_logical))
    # Each row is a stretch of the stored text, in stored (logical) order.
    source = load_corpus().source("s1")
    stored = " ".join(INVISIBLE.sub("", source.text).split())
    title = " ".join(INVISIBLE.sub("", source.title).split())
    for row in logical:
        shown = " ".join(INVISIBLE.sub("", row).split())
        assert shown in stored or shown in title, row

    tmux.keys("q")
    deadline = time.monotonic() + 20
    while tmux.run("list-sessions") and time.monotonic() < deadline:
        time.sleep(0.2)
    assert load_settings()[0].bidi == "logical"
    # What the app wrote to the terminal: explicit bidi mode at start (visual), implicit when
    # switched to logical; the terminal is never left in explicit mode. (pipe-pane's `cat`
    # may still be writing the last bytes: give it a moment.)
    deadline = time.monotonic() + 10
    while True:
        raw = tmux.log.read_bytes() if tmux.log.exists() else b""
        explicit, implicit = raw.find(b"\x1b[8l"), raw.rfind(b"\x1b[8h")
        if 0 <= explicit < implicit or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert 0 <= explicit < implicit
    assert raw.rfind(b"\x1b[8l") < implicit
