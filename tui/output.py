"""Writing headless output: JSON for scripts, plain text for people, both terminal-safe."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any

from tui.text.sanitize import sanitize_for_terminal

# json.dumps escapes C0 controls but lets C1 controls and bidi controls through when
# ensure_ascii is off; those must never reach a terminal that a script prints to.
_UNSAFE_IN_JSON = {c: f"\\u{c:04x}" for c in
                   [*range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A),
                    0x200E, 0x200F, 0x061C, 0x2028, 0x2029]}


def dumps(data: Any, *, ascii_only: bool = False) -> str:
    text = json.dumps(data, ensure_ascii=ascii_only, indent=2)
    return text.translate(_UNSAFE_IN_JSON)


def stdout_is_utf8() -> bool:
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("_", "-")
    return encoding in ("utf-8", "utf8", "utf-8-sig")


def print_json(data: Any) -> None:
    # Under a non-UTF-8 locale, \uXXXX escapes keep the JSON valid and lossless.
    sys.stdout.write(dumps(data, ascii_only=not stdout_is_utf8()) + "\n")


def prepare_text_output() -> None:
    """Under a non-UTF-8 locale, let text output degrade to '?' instead of crashing."""
    if not stdout_is_utf8() and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
        print("summit-tui: note: the terminal's encoding is not UTF-8; Arabic shows as '?' "
              "(set LANG=C.UTF-8, or use --json)", file=sys.stderr)


def print_table(headers: list[str], rows: Iterable[list[Any]]) -> None:
    """A plain left-aligned table; cells are sanitised and cut to keep lines short."""
    prepare_text_output()
    rows = [[sanitize_for_terminal(str(cell)) for cell in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, min(len(c), 60)) for w, c in zip(widths, row)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths))
    sys.stdout.write(line.rstrip() + "\n")
    for row in rows:
        cells = [(c if len(c) <= 60 else c[:59] + "…").ljust(w) for c, w in zip(row, widths)]
        sys.stdout.write("  ".join(cells).rstrip() + "\n")
