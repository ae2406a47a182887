"""Where a piece of text comes from, said the same way everywhere: on screen, in what `y`
copies, and in exports. No textual here.

A quotation is copied with its marks only when the article quotes it directly; an indirect
report (قال إن …) is copied as reported speech, never inside «», since for a fact-checker a
reported clause presented as a quotation is a fabricated quote.
"""

from __future__ import annotations

import datetime as _dt
import tomllib
from dataclasses import dataclass
from pathlib import Path

from tui.text.sanitize import clean_for_clipboard

SPEAKER_TYPES = {"person": "person", "organisation": "organisation",
                 "anonymous": "anonymous source", "unknown": "unknown"}
# One letter per speaker type, for narrow columns (the legend says what they mean).
TYPE_LETTERS = {"person": "P", "organisation": "O", "anonymous": "A", "unknown": "?"}
RELATIONS = ("verbatim", "near-verbatim", "paraphrase", "loose", "indirect")


def source_date(source) -> str | None:
    """The article's date as text (ISO for dates), or None when the source has none."""
    value = getattr(source, "date", None)
    if value is None or value == "":
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.date().isoformat() if isinstance(value, _dt.datetime) else value.isoformat()
    return str(value)


def corpus_name(corpus) -> str:
    """What the open corpus is called: its own name, the manifest's `corpus`, or its folder."""
    name = getattr(corpus, "name", None)
    if name:
        return str(name)
    manifest = getattr(corpus, "manifest", None)
    if manifest:
        try:
            data = tomllib.loads(Path(manifest).read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            data = {}
        if isinstance(data.get("corpus"), str) and data["corpus"].strip():
            return data["corpus"].strip()
    if getattr(corpus, "bundled", False):
        return "the bundled seeds"
    return Path(getattr(corpus, "root", "") or ".").name or str(getattr(corpus, "root", ""))


def speaker_type(speaker) -> str:
    return getattr(speaker, "type", None) or "unknown"


def who(speaker) -> str:
    """'label (type)', or 'unattributed'."""
    if speaker is None:
        return "unattributed"
    label = getattr(speaker, "label", None) or str(speaker)
    kind = getattr(speaker, "type", None)
    return f"{label} ({SPEAKER_TYPES.get(kind, kind)})" if kind else label


def outlet_relations(statement) -> dict[str, tuple[str, bool]]:
    """Each outlet's strongest version of a statement: source id -> (relation, direct).
    Reported speech is always "indirect", whatever it was compared with."""
    best: dict[str, tuple[str, bool]] = {}
    for member in statement.members:
        direct = bool(getattr(member, "direct", True))
        relation = member.relation if direct else "indirect"
        rank = RELATIONS.index(relation) if relation in RELATIONS else len(RELATIONS)
        current = best.get(member.source_id)
        if current is None or rank < RELATIONS.index(current[0]):
            best[member.source_id] = (relation if relation in RELATIONS else "loose", direct)
    return best


def relation_label(relation: str, direct: bool) -> str:
    """A statement member's relation as people read it: reported speech says so."""
    if not direct:
        return "indirect (reported)"
    if relation == "indirect":
        return "quoted (others report it)"
    if relation == "loose":
        return "loose paraphrase"
    return relation


@dataclass(frozen=True, slots=True)
class Provenance:
    """A span of an article and what is known about it."""

    source_id: str
    start: int
    end: int
    text: str
    outlet: str
    date: str | None = None
    speaker: object | None = None     # tui.quotes.Speaker, or a label
    direct: bool | None = None        # None: not a quotation (a sentence of the article)
    statement_id: str | None = None

    @property
    def where(self) -> str:
        return f"{self.source_id}:{self.start}-{self.end}"

    def line(self) -> str:
        """What `y` copies: the words, marked as the article gives them, then where from."""
        words = " ".join(self.text.split())
        tail = [self.outlet]
        if self.direct is not None:
            tail.insert(0, who(self.speaker))
        if self.date:
            tail.append(self.date)
        if self.statement_id:
            tail.append(self.statement_id)
        tail.append(self.where)
        if self.direct is True:
            head = f"«{words}»"
        elif self.direct is False:
            head = f"Reported: {words}"
        else:
            head = f"Article text: {words}"
        return clean_for_clipboard(f"{head} — {', '.join(tail)}")

    def notice(self) -> str:
        """What the app says after copying."""
        kind = {True: "quotation", False: "reported speech (no quotation marks)",
                None: "article text"}[self.direct]
        return f"copied the {kind} with {self.where}"
