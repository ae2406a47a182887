"""What the explorer screen asks of its data and of Textual's footer, apart from the screen:
the search index told the speakers, outlets and statements; when each statement was first
reported; which footer keys fit."""

from __future__ import annotations

from dataclasses import replace

from tui.corpus import Corpus
from tui.provenance import source_date


def describe(index, quotes, corpus) -> None:
    """Let `index` find quotations by their speakers and records by their outlets."""
    if index is not None and hasattr(index, "describe"):
        index.describe(quotes, {s.id: s.outlet for s in corpus.sources})


def set_statements(index, statements) -> None:
    """Let `index` give one search result per statement."""
    if index is not None and hasattr(index, "set_statements"):
        index.set_statements(statements)


def first_reports(corpus: Corpus, statements) -> dict[str, tuple]:
    """statement id -> when it was first reported: the earliest date of the articles that
    carry it (when they have dates), then the first of them in the corpus, then where."""
    order = {s.id: n for n, s in enumerate(corpus.sources)}
    dates = {s.id: source_date(s) for s in corpus.sources}
    return {st.id: min(((0, dates[m.source_id]) if dates.get(m.source_id) else (1, ""),
                        order.get(m.source_id, len(order)), m.start) for m in st.members)
            for st in statements if st.members}


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
