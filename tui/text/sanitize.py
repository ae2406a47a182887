"""Making untrusted article text safe to send to a terminal.

Control characters (C0, C1, DEL), and so every escape sequence, and the bidi embedding,
override and isolate characters would let an article repaint the screen, write the
clipboard (OSC 52) or reorder what the user sees. They are replaced one for one, so
offsets into the text stay valid: C0 controls by their visible Control Pictures (U+2400…),
C1 controls by ␦, bidi controls by a space, lone surrogates by U+FFFD.
"""

from __future__ import annotations

import functools

_CONTROL_PICTURES = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}
_CONTROL_PICTURES[0x7F] = "\u2421"
_TABLE: dict[int, str] = dict(_CONTROL_PICTURES)
_TABLE[0x09] = " "
_TABLE.update(dict.fromkeys(range(0x80, 0xA0), "\u2426"))  # ␦: a C1 control
# A space: as good as dropped, and offsets stay put.
_TABLE.update(dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)], " "))
# Lone surrogates cannot be encoded for output at all.
_TABLE.update(dict.fromkeys(range(0xD800, 0xE000), "\ufffd"))
# Line and paragraph separators would break a screen line in two.
_TABLE[0x2028] = " "
_TABLE[0x2029] = " "


@functools.cache
def unsafe_codes() -> frozenset[int]:
    """The code points sanitize_for_terminal replaces (made when first asked for, as the
    clipboard's table is: drawing needs neither)."""
    return frozenset(_TABLE)


def sanitize_for_terminal(text: str, *, keep_newlines: bool = False) -> str:
    """`text` with every unsafe character replaced by one safe character (same length)."""
    result = text.translate(_TABLE)
    if not keep_newlines:
        result = result.replace("\n", " ")
    return result


def is_safe(text: str) -> bool:
    unsafe = unsafe_codes()
    return not any(ord(ch) in unsafe for ch in text)


@functools.cache
def _clipboard_table() -> dict[int, str | None]:
    table: dict[int, str | None] = dict.fromkeys(unsafe_codes() - {0x09})
    table.update(dict.fromkeys(range(0xD800, 0xE000), "\ufffd"))
    table[0x2028] = " "
    table[0x2029] = " "
    return table


def clean_for_clipboard(text: str) -> str:
    """`text` with controls and bidi overrides removed, for the clipboard.

    What is copied gets pasted into a shell or an editor: an ESC could end a bracketed
    paste and run the rest as commands, and an override could disguise what was pasted.
    Letters, joiners and marks are kept, so the quotation reads as it did.
    """
    return text.translate(_clipboard_table())
