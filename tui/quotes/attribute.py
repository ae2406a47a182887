"""Extracting one source's quotations and indirect reports, and attributing them to speakers.

A statement's speaker is looked for in this order, within its sentence:
1. a relayed report ("نقلت قناة X عن مصدر …"): the source relayed from, or unknown;
2. the last reporting word before it (قال، أضاف، مشيرًا، بحسب …): the first speaker named
   after it (Arabic puts the subject after the verb; English before it), a speaker fronted
   before it ("أما النائب فلان فوصف …"), a bare title ("وأكد الوزير") as the holder of that
   office named last; a non-speaker named there ("وصفها الجانبان") means unknown;
3. the first speaker named since the previous quotation that is not governed by a
   preposition (مع ترامب، لترامب are not speaking), else that quotation's speaker;
4. attribution after the quotation ("«…»، قال فلان", "على حد تعبير فلان");
5. a reporting word or colon with no subject ("وأضاف:") carries the article's last speaker on.
Otherwise the speaker is unknown: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import compress

from tui.corpus.model import Sentence, Source
from tui.quotes.lexicon import (CLAUSE_STARTERS, is_naming_noun, is_particle, is_speech_word,
                                strip_conjunction)
from tui.quotes.marks import pair_marks
from tui.quotes.model import Quote, Speaker
from tui.quotes.speakers import (PREPOSITIONS, Mention, Registry, Token, TokenColumns,
                                 token_columns)

_TANWEEN = re.compile("[\u064b-\u064d]")
_new = tuple.__new__
# Punctuation sets, tested with isdisjoint: a C loop, not a generator per character.
_COMMAS = frozenset('،,')
_CLAUSE_BREAK = re.compile("[،,؛;:]")
_BREAKS = frozenset('،,؛;.!?؟')
_STOPS = frozenset('.!?؟')
_ENGLISH_BREAKS = frozenset(',،;.:')

_CLOSERS = "»”\"'’"
_MIN_INDIRECT_TOKENS = 2
_MIN_CUT_INDIRECT_TOKENS = 6
_VERB_TO_PARTICLE = 20       # tokens a subject and a phrase may put between قال and إن
_SUBJECT_WINDOW = 6          # a sentence's subject sits among its first few words
_AFTER_WINDOW = 6            # «…»، قال فلان / على حد تعبير فلان


class _Tokens(list):
    """A paragraph's tokens with their start offsets, for slicing by offset in log time."""

    def __init__(self, tokens: list[Token], starts: list[int] | None = None,
                 norms: list[str] | None = None) -> None:
        super().__init__(tokens)
        self.starts = [t.start for t in tokens] if starts is None else starts
        self.norms = [t.norm for t in tokens] if norms is None else norms

    def between(self, start: int, end: int) -> list[Token]:
        """The tokens that start in [start, end)."""
        return self[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def last(self, start: int, end: int, count: int = 40) -> list[Token]:
        """At most `count` tokens that start in [start, end), the last ones: the words just
        before a quotation decide about it, and a run-on paragraph must not make that slow."""
        high = bisect_left(self.starts, end)
        return self[max(bisect_left(self.starts, start), high - count):high]

    def inside(self, spans) -> set[int]:
        """Start offsets of the tokens inside any of `spans`."""
        return {t.start for a, b in spans for t in self.between(a, b)}


class _Mentions(list):
    """A paragraph's mentions in text order, sliceable by offset."""

    def __init__(self, mentions: list[Mention]) -> None:
        super().__init__(mentions)
        self.starts = [m.start for m in mentions]

    def between(self, start: int, end: int) -> list[Mention]:
        return self[bisect_left(self.starts, start):bisect_left(self.starts, end)]


@dataclass
class _Unit:
    """A quotation or indirect report being built."""

    start: int
    end: int
    anchor: int                 # where the attribution search stops: the opener or particle
    direct: bool
    open_mark: int | None = None
    close_mark: int | None = None
    parent: int | None = None   # index of the enclosing unit (a nested '…')
    kind: str = "statement"
    speaker: Speaker | None = None


def extract_quotes(source: Source, registry: Registry | None = None,
                   tokens: TokenColumns | None = None) -> list[Quote]:
    """Every quotation and indirect report of one source, in text order, with speakers.
    `tokens`: the text's `token_columns`, when they were made already."""
    if registry is None:
        registry = Registry()
        registry.learn(source.text)
    text = source.text
    # every unit with the index of its enclosing one among these, made into Quotes at the end
    drafts: list[tuple[_Unit, int | None]] = []
    current: Speaker | None = None
    # one tokenisation and one mention pass per article; paragraphs take slices of them
    columns = token_columns(text) if tokens is None else tokens
    every_token = columns[:]
    named = registry.mentions(columns, text)
    token_starts = columns.starts
    mention_starts = [m.start for m in named]

    def holder(title: str, before: int) -> Speaker | None:
        """The last person named before `before` who holds the office a bare title names."""
        office = title[2:] if title.startswith("ال") else title
        for mention in reversed(named[:bisect_left(mention_starts, before)]):
            if registry.title_holder(office, mention.speaker):
                return mention.speaker
        return None
    for paragraph in source.paragraphs:
        units = _direct_units(text, paragraph.start, paragraph.end)
        first = bisect_left(token_starts, paragraph.start)
        last = bisect_left(token_starts, paragraph.end)
        tokens = _Tokens(every_token[first:last], list(token_starts[first:last]),
                         columns.norms[first:last])
        outer = tokens.inside((u.start, u.end) for u in units if u.parent is None)
        # the paragraph's mentions, their token numbers counted from its first token
        all_mentions = [_new(Mention, (m.speaker, m.first - first, m.last - first, m.start,
                                       m.end, m.object)) for m in named[
            bisect_left(mention_starts, paragraph.start):bisect_left(mention_starts, paragraph.end)]]
        sentence_starts = [s.start for s in paragraph.sentences]
        unquoted_mentions = _Mentions([m for m in all_mentions if m.start not in outer])
        for unit in units:
            if unit.parent is None:
                sentence = _sentence_at(paragraph.sentences, sentence_starts, unit.anchor)
                unit.kind = _kind(text, tokens, sentence, unit, outer, unquoted_mentions)
        # a quoted name (وكالة «تاس») still names a speaker; a quoted statement's words do not
        said = tokens.inside((u.start, u.end) for u in units
                             if u.parent is None and u.kind == "statement")
        mentions = _Mentions([m for m in all_mentions if m.start not in said
                              and not (m.first > 0 and is_particle(tokens[m.first - 1].norm))])
        units += _indirect_units(text, tokens, units, paragraph.sentences, said)
        top = sorted((u for u in units if u.parent is None), key=lambda u: u.anchor)
        anchors = [u.anchor for u in top]
        for sentence in paragraph.sentences:
            in_sentence = top[bisect_left(anchors, sentence.start):
                              bisect_left(anchors, sentence.end)]
            previous: _Unit | None = None
            for unit in in_sentence:
                if unit.kind == "statement":
                    unit.speaker = _attribute(text, tokens, mentions, sentence, unit, previous,
                                              current, said, holder)
                    if unit.speaker is not None:
                        current = unit.speaker
                    previous = unit
            if not in_sentence:
                subject = _subject(tokens, mentions, sentence)
                if subject is not None:
                    current = subject
        for unit in units:
            if unit.parent is not None:
                outer = units[unit.parent]
                unit.speaker, unit.kind = outer.speaker, "statement"
        offset = len(drafts)
        drafts.extend((u, None if u.parent is None else offset + u.parent) for u in units)
    return _to_quotes(source, drafts)


def _direct_units(text: str, start: int, end: int) -> list[_Unit]:
    units = []
    for span in pair_marks(text[start:end]):
        opener = start + span.open_mark if span.open_mark is not None else start + span.start
        units.append(_Unit(
            start=start + span.start, end=start + span.end, anchor=opener, direct=True,
            open_mark=start + span.open_mark if span.open_mark is not None else None,
            close_mark=start + span.close_mark if span.close_mark is not None else None,
            parent=span.parent))
    return units


class _ByAnchor(list):
    """Quotations in anchor order, sliceable by offset."""

    def __init__(self, units) -> None:
        super().__init__(sorted(units, key=lambda u: u.anchor))
        self.starts = [u.anchor for u in self]

    def between(self, start: int, end: int) -> list[_Unit]:
        return self[bisect_left(self.starts, start):bisect_left(self.starts, end)]


def _indirect_units(text: str, tokens: _Tokens, direct: list[_Unit],
                    sentences: tuple[Sentence, ...], said: set[int]) -> list[_Unit]:
    """قال إن …، أكد أنه …: the clause after the particle, up to where the next clause starts."""
    # The reporting words of the paragraph, outside quoted statements: a sentence without
    # one reports nothing, and most sentences are passed over without looking at a word.
    starts = tokens.starts
    verbs = [i for i in compress(range(len(tokens)), map(is_speech_word, tokens.norms))
             if starts[i] not in said]
    if not verbs:
        return []
    statements = _ByAnchor(u for u in direct if u.parent is None and u.kind == "statement")
    opened = sorted(u.open_mark for u in direct if u.open_mark is not None)
    norms = tokens.norms
    units: list[_Unit] = []
    for sentence in sentences:
        low = bisect_left(starts, sentence.start)
        high = bisect_left(starts, sentence.end)
        first, last = bisect_left(verbs, low), bisect_left(verbs, high)
        if first == last:
            continue
        # the sentence's words outside quoted statements: all of them when none is quoted
        idx = [i for i in range(low, high) if starts[i] not in said] if said \
            else range(low, high)
        taken_until = -1
        # a report starts at a reporting word: only those positions are visited
        for i in verbs[first:last]:
            if i <= taken_until:
                continue
            pos = bisect_left(idx, i)
            particle = None
            for j in idx[pos + 1:pos + 1 + _VERB_TO_PARTICLE]:
                if is_particle(norms[j]):
                    particle = j
                    break
                if is_speech_word(norms[j]) or _has_mark(text, tokens[j - 1], tokens[j]):
                    break
            while particle is not None:
                taken_until = max(taken_until, particle)
                unit, resume = _report_after(text, tokens, particle, sentence, statements,
                                             opened)
                if unit is not None:
                    units.append(unit)
                particle = _coordinated(text, tokens, idx, particle, resume)
    return units


def _coordinated(text: str, tokens: _Tokens, idx: Sequence[int], particle: int,
                 resume: int) -> int | None:
    """"قالت إن …، وإن …": a second report coordinated with the first (before any new verb)."""
    # the words after the particle and from `resume` on (both hold for a tail of idx)
    after = max(particle + 1, bisect_left(tokens.starts, resume))
    norms = tokens.norms
    for j in idx[bisect_left(idx, after):]:
        if is_speech_word(norms[j]):
            return None
        if norms[j][:1] == "و" and is_particle(norms[j]) and \
                not _COMMAS.isdisjoint(text[tokens[j - 1].end:tokens[j].start]):
            return j
    return None


def _report_after(text: str, tokens: _Tokens, particle: int, sentence: Sentence,
                  statements: _ByAnchor, opened: list[int]) -> tuple[_Unit | None, int]:
    """The indirect report opened by the particle, and where the sentence goes on after it."""
    content_start = tokens[particle].end
    end = _clause_end(text, tokens, particle, sentence.end)
    inner = statements.between(content_start, end)
    resume = end
    if inner:
        # the report goes on in the speaker's own words: they carry it, unless a full
        # clause came first ("أنه شرح … ، وأنّه “أتفق …”")
        end = min(u.anchor for u in inner)
        resume = max(u.end for u in inner)
    words = tokens.between(content_start, end)
    while words and (is_particle(words[-1].norm) or words[-1].norm in ("و", "ف")):
        words.pop()
    if inner and words and _COMMAS.isdisjoint(text[words[-1].end:end]):
        return None, resume     # "إن الاتفاق الموقع مع الوزير «سيخلق…»": a subject, no clause
    if len(words) < (_MIN_CUT_INDIRECT_TOKENS if inner else _MIN_INDIRECT_TOKENS):
        return None, resume
    stop = words[-1].end
    if stop < len(text) and text[stop] in _CLOSERS and \
            bisect_left(opened, words[0].start) < bisect_left(opened, stop):
        stop += 1       # "ستراقب تطبيق الاتفاق «بندًا بندًا»": the quoted words close inside
    unit = _Unit(start=words[0].start, end=stop, anchor=tokens[particle].start, direct=False)
    return unit, resume


def _has_mark(text: str, left: Token, right: Token) -> bool:
    # a colon opens direct speech; quote marks around a name (وكالة «تاس») do not stop a report
    return ":" in text[left.end:right.start]


def _clause_end(text: str, tokens: _Tokens, particle: int, limit: int) -> int:
    # A clause ends before a clause starter that follows punctuation: the word after each
    # comma, colon or semicolon is the only one to look at (a word is letters only, so the
    # mark lies in the gap before it).
    checked = particle
    for mark in _CLAUSE_BREAK.finditer(text, tokens[particle].end, limit):
        k = bisect_right(tokens.starts, mark.start())
        if k >= len(tokens) or tokens[k].start >= limit:
            break
        if k == checked:
            continue
        checked = k
        token = tokens[k]
        if any(f in CLAUSE_STARTERS for f in strip_conjunction(token.norm)) \
                or token.norm[:1] == "و" and is_particle(token.norm):
            return tokens[k - 1].end    # "، مشيرًا …", "، فيما …", "، وأنه …"
    last = bisect_left(tokens.starts, limit) - 1
    return tokens[last].end if last >= 0 else limit


def _kind(text: str, tokens: _Tokens, sentence: Sentence, unit: _Unit,
          quoted: set[int], mentions: _Mentions) -> str:
    """A statement (someone's words) or a term (a quoted name or title)."""
    before = [t for t in tokens.last(sentence.start, unit.anchor) if t.start not in quoted]
    gap = text[before[-1].end if before else sentence.start:unit.anchor]
    if before and is_speech_word(before[-1].norm):
        return "statement"      # 'He said, "…"', "قال «…»"
    if ":" in gap and (any(is_speech_word(t.norm) for t in before)
                       or mentions.between(sentence.start, unit.anchor)):
        # "وأضاف بوتين: «…»", "ترامب: «…»"; a headline's "قمة نيروبي: «…»" is a topic
        return "statement"
    words = len(text[unit.start:unit.end].split())
    content = text[unit.start:unit.end]
    # a name never carries tanween: "تطبيق الاتفاق «بندًا بندًا»" quotes words, not a name
    named_by = before[-1:] if not (len(before) >= 2 and _is_adjective(before[-1].norm)) \
        else before[-2:-1]      # "القاعدة العسكرية “…”": the noun, then its adjective
    if words <= 4 and any(is_naming_noun(t.norm) for t in named_by) \
            and not _TANWEEN.search(content):
        return "term"
    clause: list[Token] = []
    limit = unit.anchor
    for token in reversed(before):
        if not _BREAKS.isdisjoint(text[token.end:limit]):
            break
        clause.insert(0, token)
        limit = token.start
    if any(is_speech_word(t.norm) or _describes(t.norm)
           or is_particle(t.norm) and not t.norm.isascii() for t in clause):
        return "statement"
    after = tokens.between(unit.end + 1, sentence.end)[:2]
    if after and is_speech_word(after[0].norm) and _STOPS.isdisjoint(text[unit.end:after[0].start]):
        return "statement"      # "«…»، قال فلان"
    return "statement" if words >= 4 else "term"


def _is_adjective(norm: str) -> bool:
    """A nisba adjective with the article: الروسية، العسكري، الإخبارية."""
    return norm.startswith("ال") and norm.endswith(("ي", "يه"))


def _describes(norm: str) -> bool:
    # "وصفه بـ"، "بأنه كان": the words that follow are the speaker's own.
    return any(f.startswith(("وصف", "واصف")) for f in strip_conjunction(norm))


def _first_speaker(mentions: _Mentions, start: int, end: int) -> Speaker | None:
    for mention in mentions.between(start, end):
        if not mention.object:
            return mention.speaker
    return None


def _attribute(text: str, tokens: _Tokens, mentions: _Mentions, sentence: Sentence,
               unit: _Unit, previous: _Unit | None, current: Speaker | None,
               said: set[int],
               _title_holder: Callable[[str, int], Speaker | None] = lambda t, o: None,
               ) -> Speaker | None:
    local_start = previous.end if previous is not None else sentence.start
    before = [t for t in tokens.last(local_start, unit.anchor) if t.start not in said]
    relayed = _relayed_from(before, mentions)
    if relayed is not _NOT_RELAYED:
        return relayed
    verbs = [k for k, t in enumerate(before) if is_speech_word(t.norm)]
    if verbs:
        verb = before[verbs[-1]]
        if verb.norm.isascii():
            # English puts the subject first: "the Russian news agency TASS reported that"
            clause_start = _clause_start(text, before[:verbs[-1]], verb.start, local_start)
            found = _first_speaker(mentions, clause_start, verb.start)
        else:
            found = _first_speaker(mentions, verb.end, unit.anchor)
        if found is not None:
            return found
        following = before[verbs[-1] + 1] if verbs[-1] + 1 < len(before) else None
        clause = _clause_start(text, before[:verbs[-1]], verb.start, local_start)
        fronted = _first_speaker(mentions, clause, verb.start)
        if fronted is not None:
            return fronted      # "أما النائب خالد الروسان فوصف الخطة بأنها …"
        if following is not None and following.norm in _BARE_TITLES:
            # "وأكد الوزير أن …": the minister last named in this article
            holder = _title_holder(following.norm, unit.anchor)
            if holder is not None:
                return holder
        if following is not None and following.norm.startswith("ال") \
                and following.norm not in _BARE_TITLES and following.norm not in PREPOSITIONS \
                and not any(m.start == following.start for m in mentions):
            return None     # "وصفها الجانبان": someone named, but not a speaker we know
    speaker = _first_speaker(mentions, local_start, unit.anchor)
    if speaker is not None:
        return speaker
    if previous is not None:
        # "، مضيفًا: “…”", "بـ”البنّاءة” و”المنتجة”": the same report goes on
        return previous.speaker
    speaker = _first_speaker(mentions, sentence.start, unit.anchor)
    if speaker is not None:
        return speaker
    if unit.direct:
        after = tokens.between(unit.end, sentence.end)[:_AFTER_WINDOW]
        for token in after:
            if is_speech_word(token.norm):
                found = _first_speaker(mentions, token.start, after[-1].end + 1)
                if found is not None:
                    return found
    in_sentence = [t for t in tokens.last(sentence.start, unit.anchor) if t.start not in said]
    gap = text[in_sentence[-1].end if in_sentence else sentence.start:unit.anchor]
    if ":" in gap or any(is_speech_word(t.norm) for t in in_sentence):
        return current
    return None


_NOT_RELAYED = Speaker("", "")
_RELAY_VERBS = {"نقل", "نقلت", "ونقلت", "ونقل", "نقلا", "ناقلا", "ناقله"}


def _relayed_from(before: list[Token], mentions: _Mentions) -> Speaker | None:
    """"نقلت قناة X عن مصدر …": the words are the source's, named or not, never the outlet's."""
    if not any(t.norm in _RELAY_VERBS for t in before):
        return _NOT_RELAYED
    for k, token in enumerate(before[:-1]):
        if token.norm == "عن":
            following = before[k + 1]
            for mention in mentions.between(following.start, following.start + 1):
                return mention.speaker
            return None
    return _NOT_RELAYED


_BARE_TITLES = {"الرئيس", "الوزير", "الوزيره", "السفير", "المتحدث", "المتحدثه", "الناطق",
                "المستشار", "المبعوث", "المحافظ"}


def _clause_start(text: str, before: list[Token], limit: int, floor: int) -> int:
    for token in reversed(before):
        between = text[token.end:limit]
        if not _ENGLISH_BREAKS.isdisjoint(between) or token.norm in ("while", "whereas"):
            return token.end
        limit = token.start
    return floor


def _sentence_at(sentences: tuple[Sentence, ...], starts: list[int], offset: int) -> Sentence:
    at = max(0, bisect_right(starts, offset) - 1)
    return sentences[at]


def _subject(tokens: _Tokens, mentions: _Mentions, sentence: Sentence) -> Speaker | None:
    first = tokens.between(sentence.start, sentence.end)[:_SUBJECT_WINDOW]
    if not first:
        return None
    return _first_speaker(mentions, first[0].start, first[-1].end)


def _to_quotes(source: Source, drafts: list[tuple[_Unit, int | None]]) -> list[Quote]:
    """The source's quotations in text order (an outer one before those inside it), with
    ids numbered in that order."""
    sentences = source.sentences
    starts = [s.start for s in sentences]
    order = sorted(range(len(drafts)), key=lambda k: (drafts[k][0].start, -drafts[k][0].end))
    ids = [""] * len(drafts)
    for n, k in enumerate(order):
        ids[k] = f"{source.id}:q{n + 1}"
    out = []
    for k in order:
        unit, parent = drafts[k]
        at = bisect_right(starts, unit.start) - 1
        sentence = sentences[at] if at >= 0 and unit.start < sentences[at].end else None
        out.append(Quote(
            id=ids[k], source_id=source.id, start=unit.start, end=unit.end,
            text=source.text[unit.start:unit.end], kind=unit.kind,  # type: ignore[arg-type]
            speaker=unit.speaker if unit.kind == "statement" else None, direct=unit.direct,
            sentence_id=sentence.id if sentence else None, open_mark=unit.open_mark,
            close_mark=unit.close_mark, inside=None if parent is None else ids[parent]))
    return out
