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
