"""Asking the terminal not to reorder what the app already laid out (terminal-wg BiDi recommendation).

In `visual` mode the app sends shaped text in display order, so a terminal that runs bidi
itself (VTE ≥ 0.58, mintty) must be switched to explicit mode, or it reverses the text a
second time. `CSI 8 l` selects explicit mode, `CSI 8 h` restores implicit mode (the default);
terminals that do not know the mode ignore both. In `logical` mode the app leaves the
terminal's own default alone.
"""

from __future__ import annotations

EXPLICIT = "\x1b[8l"   # BDSM reset: the terminal shows cells as written
IMPLICIT = "\x1b[8h"   # BDSM set: the terminal runs the bidi algorithm (its default)
