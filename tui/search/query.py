"""What a search query asks: free words, and who said it or which outlet carried it.

    بوتين موسكو                 words: in the quotation, its speaker's names or its outlet
    speaker:بوتين موسكو         only quotations by a speaker named بوتين, holding موسكو
    outlet:"Source 2" ترمب      only records of outlets labelled "Source 2", holding ترمب
    speaker:«عادل الجبير»       a value of several words in quote marks (" « » “ ” all do)

Field names are English and case-insensitive; a field with no value yet (`speaker:` being
typed) asks nothing. Words are compared in their matching form (tui.search.tokens.fold).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.search.tokens import words

FIELDS = ("speaker", "outlet")
_FIELD = re.compile(r"(?i)(?<![\w:])(speaker|outlet):"
                    r"(?:\"([^\"]*)\"?|«([^»]*)»?|“([^”]*)”?|([^\s\"«“]*))")


@dataclass(frozen=True, slots=True)
class Query:
    words: tuple[str, ...]          # free words, folded, each once, in order
    speaker: tuple[str, ...] = ()   # the words of speaker:…, folded
    outlet: tuple[str, ...] = ()    # the words of outlet:…, folded

    @property
    def empty(self) -> bool:
        return not (self.words or self.speaker or self.outlet)

    @property
    def filters(self) -> tuple[str, ...]:
        """The fields that narrow the search ("speaker", "outlet")."""
        return tuple(name for name in FIELDS if getattr(self, name))


def _forms(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(form for form, _, _ in words(text)))


def parse(text: str) -> Query:
    fields: dict[str, list[str]] = {name: [] for name in FIELDS}

    def take(match: re.Match) -> str:
        value = next((g for g in match.groups()[1:] if g is not None), "")
        fields[match.group(1).lower()].append(value)
        return " "

    rest = _FIELD.sub(take, text)
    return Query(_forms(rest), *(_forms(" ".join(fields[name])) for name in FIELDS))
