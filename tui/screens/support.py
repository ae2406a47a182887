"""What the explorer screen asks of Textual's footer, apart from the screen: which keys fit."""

from __future__ import annotations

from dataclasses import replace



def fit_footer(bindings: dict, width: int) -> dict:
    """`bindings` with those the footer shows left to it only while they fit whole in
    `width` columns (with the palette key's room); the others stay bound, and in `?`."""
    from textual.binding import ActiveBinding

    room = width - (12 if width >= 60 else 0)
    used = 0
    fitted = {}
    seen_actions: set = set()
    for key, active in bindings.items():
        binding = active.binding
        if binding.show and binding.action not in seen_actions:
            seen_actions.add(binding.action)
            shown = binding.key_display or _KEY_GLYPHS.get(key, key)
            need = len(shown) + 1 + len(binding.description) + 1
            if used + need > room:
                binding = replace(binding, show=False)
                active = ActiveBinding(active.node, binding, active.enabled, active.tooltip)
            else:
                used += need
        fitted[key] = active
    return fitted


_KEY_GLYPHS = {"question_mark": "?", "slash": "/", "ctrl+s": "^s", "ctrl+o": "^o",
               "space": "space", "escape": "esc"}
