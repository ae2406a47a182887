"""Quotations in English paragraphs (an Arabic article's appended translation, an English
wire text): who said the words inside the quotation marks.

English puts the subject before the verb: «Putin added, "…"», «He continued, "…"», «To which
Putin responded, "…"». A quotation's speaker is the capitalised name right before the
reporting verb that governs it; "he"/"she" and participles ("…, adding, "…"") carry on the
paragraph's last speaker. Reported speech without quotation marks is not extracted here.
"""

from __future__ import annotations

import re

from tui.quotes.entities import Entity

VERBS = frozenset("""
said says added adds stated states continued continues noted notes announced told tells
responded replied explained clarified stressed emphasized warned affirmed declared remarked
insisted argued wrote asked indicated pointed described reported confirmed
""".split())
PARTICIPLES = frozenset("saying adding emphasizing noting stressing indicating describing "
                        "continuing".split())
_PRONOUNS = frozenset({"he", "she", "they"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SKIP = frozenset({"also", "then", "later", "further", "again", "had", "has", "have", "was"})
# Capitalised words that start sentences or name things, not people who speak.
_NOT_NAMES = frozenset({"The", "To", "In", "On", "At", "For", "And", "But", "During", "After",
                        "Which", "This", "That", "Russian", "American", "Ukrainian", "President",
                        "Minister", "Defense", "Ambassador"})


_SAYS = re.compile(r"\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) (?:also )?(?:"
                   + "|".join(sorted(VERBS)) + r")\b")


class EnglishSpeakers:
    """The English speakers of one article, by name."""

    def __init__(self) -> None:
        self.by_name: dict[str, Entity] = {}
        self.last: Entity | None = None

    def named(self, name: str) -> Entity:
        surname = name.split()[-1]
        entity = self.by_name.get(surname)
        if entity is None:
            entity = self.by_name[surname] = Entity("person:" + surname.lower(), "person", name)
        if len(name) > len(entity.label):
            entity.label = name
        entity.add_name(name)
        return entity


def attribute(text: str, start: int, end: int, quotes: list, speakers: EnglishSpeakers,
              sentence_start) -> None:
    """Give each quotation of an English paragraph (`quotes`: units with `open_mark`,
    `anchor`, `speaker`, `kind`, `claimed`) the speaker its construction names."""
    previous_in_sentence: dict[int, Entity | None] = {}
    # "Putin stated that …" without quotation marks still makes Putin the one "he" means
    for match in _SAYS.finditer(text, start, end):
        name = _name(match.group(1))
        if name:
            speakers.last = speakers.named(name)
            break
    for unit in sorted(quotes, key=lambda u: u.anchor):
        if unit.parent is not None:
            continue
        begin = sentence_start(unit.anchor)
        words = [(m.group(), m.start()) for m in _WORD.finditer(text, begin, unit.anchor)]
        cue = next((k for k in range(len(words) - 1, max(-1, len(words) - 8), -1)
                    if words[k][0].lower() in VERBS or words[k][0].lower() in PARTICIPLES),
                   None)
        if cue is None:
            unit.kind = "term" if len(text[unit.start:unit.end].split()) <= 3 else unit.kind
            continue
        unit.kind = "statement"
        verb = words[cue][0].lower()
        entity = None
        if verb in PARTICIPLES:
            entity = previous_in_sentence.get(begin, speakers.last)
        else:
            subject = _subject_before(words, cue)
            if subject is None:
                entity = None
            elif subject.lower() in _PRONOUNS:
                entity = speakers.last
            else:
                entity = speakers.named(subject) if _name(subject) else None
        unit.speaker, unit.claimed = entity, True
        if entity is not None:
            speakers.last = entity
            previous_in_sentence[begin] = entity


def _name(words: str) -> str:
    """A capitalised run without the pronouns and titles in it: "Donald Trump"."""
    kept = [w for w in words.split() if w not in _NOT_NAMES and w.lower() not in _PRONOUNS]
    return " ".join(kept)


def _subject_before(words: list[tuple[str, int]], cue: int) -> str | None:
    """The capitalised name (or pronoun) right before the verb: "Putin", "Donald Trump"."""
    k = cue - 1
    while k >= 0 and words[k][0].lower() in _SKIP:
        k -= 1
    if k < 0:
        return None
    if words[k][0].lower() in _PRONOUNS:
        return words[k][0]
    name: list[str] = []
    while k >= 0 and words[k][0][:1].isupper() and words[k][0] not in _NOT_NAMES \
            and len(name) < 3:
        name.insert(0, words[k][0])
        k -= 1
    return _name(" ".join(name)) or None
