"""The app's domain helpers (settings, exports, outlet renaming) import no Textual; the
headless CLI does not load the app."""

from __future__ import annotations

import subprocess
import sys


def _loaded(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_settings_export_and_outlets_import_no_textual():
    assert _loaded("import sys, tui.settings, tui.export, tui.outlets; "
                   "print('textual' in sys.modules)") == "False"


def test_the_cli_parser_does_not_import_the_app():
    assert _loaded("import sys, tui.cli; tui.cli._command_modules(); "
                   "print('tui.app' in sys.modules or 'textual' in sys.modules)") == "False"
