"""The explicit/implicit bidi-mode sequences of the terminal-wg recommendation."""

from __future__ import annotations

from tui.text import terminal_bidi


def test_explicit_mode_is_bdsm_reset_and_implicit_mode_bdsm_set():
    assert terminal_bidi.EXPLICIT == "\x1b[8l"
    assert terminal_bidi.IMPLICIT == "\x1b[8h"
