"""The layout engine is domain code: importing it must not pull in Textual."""

from __future__ import annotations

import subprocess
import sys


def test_tui_text_imports_no_textual():
    code = ("import sys; import tui.text.layout, tui.text.bidi, tui.text.shape, "
            "tui.text.document, tui.text.terminal_bidi, tui.commands.render; "
            "print('textual' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_logical_mode_never_loads_the_reshaper():
    # The reshaper is made on the first shape: a user in the logical mode never needs it.
    code = ("import sys; from tui.text.layout import layout; "
            "layout('مرحبا بالعالم', 20, mode='logical'); "
            "print('arabic_reshaper' in sys.modules, end=' '); "
            "layout('مرحبا بالعالم', 20, mode='visual'); "
            "print('arabic_reshaper' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False True"
