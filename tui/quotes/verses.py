"""Verses of the Quran cited by name: "بقوله تعالى {…}"، "وقوله تعالى {…}"، "بقول المولى عز
وجل {…}". Whoever cites them, the words are God's, and the text says so in the words right
before the opening mark; no construction around them is needed to know it."""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.quotes.entities import Entities
from tui.quotes.subject import Subject
from tui.quotes.units import _Unit

# "… قوله تعالى: {"، "وقال تعالى: «" at the end of the text before a quotation's opening
# mark (ى or ي: the letters as written; any mark that opens a quotation or a verse; the
# epithet may stand in quotation marks of its own: "يقول الله «جل شأنه»: (…)")
_CUE = re.compile(
    r"(?<![^\s،,(])(?:[وب]?قول(?:ه)?|[وف]?قال|[وف]?يقول)\s+(?:الله\s+)?[«\"“]?"
    r"(?P<name>تعال[ىي]|سبحانه(?:\s+وتعال[ىي])?|المول[ىي]\s+عز\s+وجل|الحق\s+سبحانه"
    r"(?:\s+وتعال[ىي])?|الحق\s+تبارك\s+وتعال[ىي]|عز\s+وجل|جل\s+شأنه)[»\"”]?"
    r"\s*:?\s*[{«\"“(﴿]\s*$")

_LOOK_BACK = 48     # characters before the opening mark: the cue is a few words long


# The names a cue gives, as labels: the discourse never goes on with them (a verse is cited,
# the next verb is the citer's), and no rule clears them as scripture with a wrong speaker.
# (A name that is an epithet alone, "تعالى"، "سبحانه"، "عز وجل", is labelled with الله before
# it, which the formula leaves out: a reader names the speaker so, not "the Exalted".)
_EPITHETS = ("تعالى", "سبحانه", "سبحانه وتعالى", "عز وجل", "جل شأنه")
GOD_NAMES = frozenset({"المولى عز وجل", "الحق سبحانه", "الحق سبحانه وتعالى",
                       "الحق تبارك وتعالى", *_EPITHETS, *("الله " + name for name in _EPITHETS)})


def cite_verses(text: str, starts: list[int], units: list[_Unit], entities: Entities,
                low: int) -> None:
    """Give each quoted statement opened right after "قوله تعالى" or its like the name the
    text gives (the one of God's the cue uses), whatever a construction gave it. `low`:
    where the paragraph starts (the cue is in the same paragraph)."""
    for unit in units:
        if unit.parent is not None or unit.kind != "statement" or not unit.direct:
            continue    # (claimed or not: "مستشهداً بقول المولى عز وجل {…}" names the citer
            # as the verb's subject, and the cue says whose the words are)
        begin = max(low, unit.start - _LOOK_BACK)
        found = _CUE.search(text, begin, unit.start)
        if found is None:
            continue
        start, end = found.span("name")
        first = bisect_left(starts, start)
        last = bisect_left(starts, end) - 1
        if first >= len(starts) or last < first:
            continue
        label = re.sub(r"\s+", " ", text[start:end]).replace("تعالي", "تعالى") \
            .replace("المولي", "المولى")
        if label in _EPITHETS:
            label = "الله " + label
        god = Subject(first, last, start, end, "person", label, name=label)
        unit.speaker, unit.claimed = entities.resolve(god, start), True
