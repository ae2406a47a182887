"""The explicit/implicit bidi-mode sequences of the terminal-wg recommendation."""

from __future__ import annotations

from tui.text import terminal_bidi


def test_visual_mode_asks_for_explicit_mode_and_exit_restores_implicit():
    assert terminal_bidi.start_sequence("visual") == "\x1b[8l"
    assert terminal_bidi.start_sequence("logical") == "\x1b[8h"
    assert terminal_bidi.exit_sequence() == "\x1b[8h"
