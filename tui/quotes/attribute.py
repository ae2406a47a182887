"""One article's quotations and reported statements, each with the speaker the text names.

Works on one article alone (a map over a corpus); `tui.quotes.speakers.link_speakers` then
makes one speaker of the same person across articles.

Per paragraph:
1. quotation marks are paired (tui.quotes.marks); a quotation is a statement or a term;
2. every reporting word outside a quoted statement opens a construction
   (tui.quotes.lexicon): a verb is followed by its subject (tui.quotes.subject), phrases that
   are not part of it, and then what was said: an أن/إن clause (`that`), a colon and words
   (`colon`), a quotation (`quote`), or, for verbs such as أكد/أعلن/نفى, a noun object
   (`object`); بحسب/وفقا لـ/حسبما name the source of a clause (`according`); a short line
   "فلان: …" is a headline (`headline`);
3. the speaker is the subject when there is one, resolved inside the article
   (tui.quotes.entities); a verb with no subject (وأضاف، وأكد أن) or a participle (مؤكدا)
   carries on the speaker of the discourse when the verb agrees with it and it spoke in the
   last paragraphs; a quotation no construction claims takes a speaker named right after it
   («…»، قال فلان) or the one of the statement before it in the same sentence;
4. otherwise the speaker is unknown: a wrong speaker is worse than none.
A report's span runs from after its particle (or colon) to the end of its clause: the next
clause that starts a new report (، مشيرا …، وأضاف …، فيما …) or the sentence end, numbers
and years included. An indirect report is never a direct quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from tui.corpus.model import Paragraph, Source
from tui.quotes import lexicon as L
from tui.quotes.english import EnglishSpeakers
from tui.quotes.english import attribute as attribute_english
from tui.quotes.entities import Entities, Entity, name_keys
from tui.quotes.marks import pair_marks
from tui.quotes.model import Quote, Speaker
from tui.quotes.subject import (_ABBREVIATED, Subject, _content, _institution, _verb_shaped, broken,
                                gap, parse_subject)
from tui.text.normalize import normalize_text
from tui.quotes.tokens import Token, has_tanween, tokenize

_WINDOW = 24            # tokens a subject and its phrases may put between a verb and أن
_CARRY_PARAGRAPHS = 1   # a speaker carries on this many paragraphs (وأضاف …)
_MIN_REPORT = 2         # tokens of a reported clause
_HEADLINE_TOKENS = 30
_CLAUSE_MARKS = frozenset("،,؛;")
_STOPS = frozenset(".!?؟")
_OPENERS = frozenset("«“„\"”'")
_CLOSERS = frozenset("»”\"'’)")


@dataclass
class _Unit:
    """A quotation or a report being built."""

    start: int
    end: int
    anchor: int                 # where the words start being reported: opener or particle
    direct: bool
    form: str
    open_mark: int | None = None
    close_mark: int | None = None
    parent: int | None = None   # index of the enclosing quotation (a nested '…')
    kind: str = "statement"
    speaker: Entity | None = None
    claimed: bool = False       # a construction gave this quotation its speaker


@dataclass
class _Discourse:
    """The last speaker of the article and where it spoke, for verbs with no subject."""

    entity: Entity | None = None
    paragraph: int = -10
    how: str = ""       # which rule gave the last speaker (read by `trace_rules`)

    def carry(self, paragraph: int, feminine: bool | None) -> Entity | None:
        if self.entity is None or paragraph - self.paragraph > _CARRY_PARAGRAPHS:
            return None
        if feminine is not None and feminine != _feminine(self.entity):
            return None
        return self.entity

    def spoke(self, entity: Entity | None, paragraph: int) -> None:
        if entity is not None:
            self.entity, self.paragraph = entity, paragraph


def _feminine(entity: Entity) -> bool:
    return entity.feminine


# For development only: when a dict, (start, end) of each unit → the rule that gave its
# speaker (tests/quotes/realnews.py reads it to score each rule on the gold set).
TRACE: dict[tuple[int, int], str] | None = None


def extract_quotes(source: Source) -> list[Quote]:
    """Every quotation and reported statement of one article, in text order, with speakers."""
    text = source.text
    entities = Entities()
    # each paragraph's words, read once for both passes (right-to-left paragraphs only)
    tokens = [tokenize(text, p.start, p.end) if p.direction != "ltr" else []
              for p in source.paragraphs]
    _introduce(text, tokens, entities)
    discourse = _Discourse()
    english = EnglishSpeakers()
    drafts: list[tuple[_Unit, int | None]] = []
    for number, paragraph in enumerate(source.paragraphs):
        units = _paragraph(text, paragraph, number, entities, discourse, english,
                           tokens[number])
        offset = len(drafts)
        drafts.extend((u, None if u.parent is None else offset + u.parent) for u in units)
    return _to_quotes(source, drafts)


def _introduce(text: str, paragraphs_tokens: list[list[Token]], entities: Entities) -> None:
    """Learn the people an article names with a title or rank anywhere (not only as
    speakers), so "وقال الجبير" resolves to the minister introduced in another sentence."""
    for words in paragraphs_tokens:
        # a title with بـ/لـ joined to it introduces someone too ("بالرئيس الأميركي دونالد
        # ترامب"): read it without the preposition
        tokens = [_unprefixed(t) for t in words]
        k = 0
        while k < len(tokens):
            norm = tokens[k].norm
            if _introduces(norm) and not (k > 0 and _institution(tokens[k - 1].norm)):   # "جامعة الملك سعود"
                subject = parse_subject(text, tokens, k, names=False)
                if subject is not None and subject.name is None and subject.kind == "person":
                    titled = subject
                    subject = _apposed(text, tokens, k, len(tokens))   # "نظيره الروسي، فلاديمير بوتين،"
                    if subject is None or not subject.name:
                        subject = _named_before(text, tokens, k, titled)
                if subject is not None and subject.name \
                        and _OPENERS.isdisjoint(text[tokens[subject.last].end:
                                                     tokens[subject.last].end + 3]):
                    # (a name right before a quotation may run into the object: "أكد اللاعب
                    # وسام حمدان جدارة «الأخضر»"; the construction there reads it better)
                    entities.resolve(subject, tokens[k].start)
                    k = subject.last + 1
                    after = _title_after(text, tokens, k)
                    if after is not None and len(subject.name.split()) >= 2:
                        # "الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية": his title too
                        entities.resolve(replace(subject, title=after.title,
                                                 title_words=_title_head(tokens, after)),
                                         tokens[k].start)
                        k = after.last + 1
                    continue
            k += 1


def _named_before(text: str, tokens: list[Token], k: int, titled: Subject) -> Subject | None:
    """A name after its nationality, then its title: "البرتغالي جوزيه مورينيو مدرب تشيلسي"
    (the nationality is one more title word). Without a title or a nationality before them,
    words before a title are not certainly a name ("أداء لاعبيه أمام فريق المدرب")."""
    between = gap(text, tokens, k).strip()
    if k == 0 or between not in ("", ",", "،") \
            or text[tokens[k].start - 1].isalpha() or tokens[k].norm[:1] == "و" \
            or L.bare(tokens[k].norm) in ("ام", "اب", "ابن"):
        return None     # (not "للرئيس …", a recipient, nor "والمبعوث …", someone else)
    for j in range(max(0, k - 4), k):
        if any(broken(text, tokens, m) for m in range(j + 1, k)):
            continue
        named = parse_subject(text, tokens, j, k)
        if named is None or not named.name or named.title or named.last != k - 1 \
                or named.kind != "person" or len(named.name.split()) < 2:
            continue
        nationality = j > 0 and not broken(text, tokens, j) and _nationality(tokens[j - 1].norm)
        if not nationality:
            continue
        words = _title_head(tokens, titled)
        if nationality:
            words = words + (_content(tokens[j - 1].norm),)
        return replace(named, last=titled.last, end=titled.end, title=titled.title,
                       title_words=words, honorifics=titled.honorifics)
    return None


def _title_after(text: str, tokens: list[Token], k: int) -> Subject | None:
    """A title with no name right after a name (a comma between at most)."""
    if k >= len(tokens) or gap(text, tokens, k).strip() not in ("", ",", "،") \
            or text[tokens[k].start - 1].isalpha() or tokens[k].norm[:1] == "و" \
            or not L.one_of(tokens[k].norm, L.PERSON_TITLES):
        return None
    # (read with names: "التقى الرئيس الكيني جوزيف موانغي رئيس الوزراء الإثيوبي أبيبي تسفاي"
    # names a second person, whose title this is)
    titled = parse_subject(text, tokens, k)
    return titled if titled is not None and titled.title and not titled.name else None


def _title_head(tokens: list[Token], titled: Subject) -> tuple[str, ...]:
    """A title's words up to a definite word after an indefinite one (مدرب تشيلسي |
    الاحتفال بعقده): a title read with no name after it may run into the verb's object."""
    words = []
    for k in range(titled.first, titled.last + 1):
        norm = tokens[k].norm
        if k > titled.first and norm.startswith("ال") and not tokens[k - 1].norm.startswith("ال") \
                and not L.one_of(tokens[k - 1].norm, L.PERSON_TITLES):
            break
        words.append(_content(norm))
    return tuple(words)


def _nationality(norm: str) -> bool:
    """A definite adjective of origin before a name (البرتغالي، الفرنسي)."""
    norm = norm[1:] if norm.startswith("وال") else norm
    return norm.startswith("ال") and norm.endswith("ي") and len(norm) >= 6 \
        and not L.one_of(norm, L.PERSON_TITLES)


def _unprefixed(token: Token) -> Token:
    rest = _title_without_preposition(token.norm)
    if rest is None:
        return token
    return Token(token.start + (len(token.norm) - len(rest)), token.end, rest)


@lru_cache(maxsize=1 << 16)
def _title_without_preposition(norm: str) -> str | None:
    """"بالرئيس" → "الرئيس", "للوزير" → "الوزير": a title with بـ/لـ joined to it."""
    if not norm.startswith(("بال", "وبال", "لل", "ولل")):
        return None
    rest = "ال" + (norm.split("بال", 1)[1] if "بال" in norm[:4] else norm.split("لل", 1)[1])
    return rest if L.one_of(rest, L.PERSON_TITLES) else None


def _paragraph(text: str, paragraph: Paragraph, number: int, entities: Entities,
               discourse: _Discourse, english: EnglishSpeakers,
               tokens: list[Token]) -> list[_Unit]:
    units = _direct_units(text, paragraph)
    if paragraph.direction == "ltr":
        attribute_english(text, paragraph.start, paragraph.end, units, english,
                          lambda offset: _sentence_start(paragraph, offset))
        for unit in units:
            if unit.parent is not None:
                unit.speaker, unit.kind = units[unit.parent].speaker, units[unit.parent].kind
        return units
    starts = [t.start for t in tokens]
    sentences = paragraph.sentences
    for unit in units:
        if unit.parent is None:
            unit.kind = _kind(text, tokens, starts, unit, sentences)
    said = _inside(tokens, [u for u in units if u.parent is None and u.kind == "statement"])
    reports: list[_Unit] = []
    headline = _headline(text, tokens, units, entities, number)
    if headline is not None:
        reports.append(headline)
        discourse.spoke(headline.speaker, number)
    k = 0
    for sentence in sentences:
        low, high = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        if not any(j not in said and _opens_report(tokens, j) for j in range(low, high)):
            _topic(text, tokens, low, high, entities, discourse, number)
            continue
        k = max(k, low)
        while k < high:
            if k in said or not _opens_report(tokens, k):
                k += 1
                continue
            if TRACE is not None:
                before = {id(u): u.speaker for u in units + reports}
                discourse.how = tokens[k].norm
            k = _construction(text, tokens, starts, k, units, reports, paragraph, number,
                              entities, discourse, said)
            if TRACE is not None:
                for unit in units + reports:
                    if id(unit) not in before or before[id(unit)] is not unit.speaker:
                        TRACE[(unit.start, unit.end)] = discourse.how
    _unclaimed(text, tokens, starts, units, reports, paragraph)
    for unit in units:
        if unit.parent is not None:
            outer = units[unit.parent]
            unit.speaker, unit.kind = outer.speaker, outer.kind
    return units + reports


def _topic(text: str, tokens: list[Token], low: int, high: int, entities: Entities,
           discourse: _Discourse, number: int) -> None:
    """A sentence that reports nothing but opens with a verb and a titled subject ("وتطرق
    الرئيس الروسي فلاديمير بوتين إلى العلاقات") makes that subject whom the next verb with
    no subject goes on with ("وأبدى امتنانه …، مضيفًا: …")."""
    first = low + 1
    if first >= high or L.one_of(tokens[low].norm, L.PREPOSITIONS) or L.particle(tokens[low].norm) \
            or tokens[low].norm.startswith("ال") or broken(text, tokens, first):
        return
    subject = parse_subject(text, tokens, first, high, names=False)
    if subject is None or subject.kind not in ("person", "organisation") \
            or not (subject.title or subject.name):
        return
    entity = entities.resolve(subject, tokens[first].start)
    if entity is not None:
        discourse.spoke(entity, number)


def _direct_units(text: str, paragraph: Paragraph) -> list[_Unit]:
    start = paragraph.start
    units = []
    kept: dict[int, int] = {}
    for index, span in enumerate(pair_marks(text[start:paragraph.end])):
        words = text[start + span.start:start + span.end]
        if not any(ch.isalnum() for ch in words) or _ASIDE_ONLY.fullmatch(words.strip()):
            continue    # stray marks around a full stop or a lone «قائلا»: nothing quoted
        opener = start + span.open_mark if span.open_mark is not None else start + span.start
        kept[index] = len(units)
        units.append(_Unit(
            start=start + span.start, end=start + span.end, anchor=opener, direct=True,
            form="quote",
            open_mark=start + span.open_mark if span.open_mark is not None else None,
            close_mark=start + span.close_mark if span.close_mark is not None else None,
            parent=kept.get(span.parent) if span.parent is not None else None))
    return units


_ASIDE_ONLY = re.compile(r"[وف]?(?:قائلا|قائلة|قائلاً|قائلةً|مضيفا|مضيفاً)")


def _inside(tokens: list[Token], units: list[_Unit]) -> set[int]:
    """Indices of the tokens inside any of `units`."""
    inside = set()
    if not units:
        return inside
    for k, token in enumerate(tokens):
        for unit in units:
            if unit.start <= token.start < unit.end:
                inside.add(k)
                break
    return inside


def _opens_report(tokens: list[Token], k: int) -> bool:
    return _reporting(tokens[k].norm) or _as_put_by(tokens, k)


@lru_cache(maxsize=1 << 16)
def _reporting(norm: str) -> bool:
    return L.reporting_word(norm) or L.one_of(norm, L.ACCORDING) or L.one_of(norm, L.RELAY_VERBS)


@lru_cache(maxsize=1 << 16)
def _introduces(norm: str) -> bool:
    """A title, rank or honorific: a person is named here."""
    return L.one_of(norm, L.PERSON_TITLES) or L.one_of(norm, L.RANKS) \
        or L.one_of(norm, L.HONORIFICS)


def _as_put_by(tokens: list[Token], k: int) -> bool:
    """"…، على حد تعبير فلان / قول فلان": attribution after the words."""
    return tokens[k].norm in ("تعبير", "قول") and k > 0 and tokens[k - 1].norm == "حد"


def _sentence_end(paragraph: Paragraph, offset: int) -> int:
    for sentence in paragraph.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.end
    return paragraph.end


def _sentence_start(paragraph: Paragraph, offset: int) -> int:
    for sentence in paragraph.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start
    return paragraph.start


# Who a prayer is addressed to: a reporting-shaped verb before these prays.
_GOD = L._norm("الله المولي ربه ربها ربنا العلي")


# عبّر is spelt like the preposition عبر: it reports only with its عن
_EXPRESSED = {"عبر", "يعبر", "تعبر"}


def _construction(text: str, tokens: list[Token], starts: list[int], k: int,
                  units: list[_Unit], reports: list[_Unit], paragraph: Paragraph, number: int,
                  entities: Entities, discourse: _Discourse, said: set[int]) -> int:
    """Read the reporting construction opened by token k; return where to go on."""
    norm = tokens[k].norm
    cue_at = tokens[k].start
    sentence_end = _sentence_end(paragraph, cue_at)
    limit = bisect_left(starts, sentence_end)
    feminine: bool | None = L.feminine_verb(norm) if L.speech_verb(norm) \
        or L.that_only_verb(norm) else None
    subject: Subject | None = None
    after = k + 1
    previous_speaker = _previous_in_sentence(reports, units, paragraph, cue_at)
    if k + 1 < len(tokens) and L.bare(tokens[k + 1].norm) in _GOD:
        return k + 1    # "داعيا المولى عز وجل أن …"، "سائلا الله أن …": a prayer, not a report
    if k > 0 and tokens[k - 1].norm in ("عدم", "بعدم", "دون"):
        return k + 1    # "طالبا عدم كشف اسمه": a report not made
    if L.bare(norm) == "زاد" and not any(
            ":" in gap(text, tokens, j) or L.particle(tokens[j].norm) or _quote_at(
                text, tokens[j - 1].end, units) is not None
            for j in range(k + 1, min(len(tokens), k + 7))):
        return k + 1    # "زاد حنق الأعداء": increased, not added (وزاد بوتين: …، زاد أن …)
    if L.one_of(norm, L.ACCORDING):
        return _according(text, tokens, starts, k, units, reports, paragraph, number, entities,
                          discourse, limit)
    if _as_put_by(tokens, k):
        subject = parse_subject(text, tokens, k + 1, limit)
        if subject is None:
            return k + 1
        entity = entities.resolve(subject, cue_at)
        quoted = _quote_before(text, tokens, k - 2, units) if k >= 2 else None
        if quoted is not None:
            quoted.speaker, quoted.claimed = entity, True
        else:
            unit = _clause_before(text, tokens, starts, k - 2, paragraph, units)
            if unit is not None:
                unit.speaker, unit.form = entity, "according"
                reports.append(unit)
        discourse.spoke(entity, number)
        return subject.last + 1
    if L.one_of(norm, L.RELAY_VERBS):
        # "ونقلت وكالة … عن مصدر قوله إن …": the source after عن speaks
        for j in range(k + 1, min(limit, k + 8)):
            if tokens[j].norm == "عن" and j + 1 < limit:
                subject = parse_subject(text, tokens, j + 1, limit)
                after = (subject.last + 1) if subject is not None else j + 1
                break
        else:
            return k + 1
        if after < limit and L.bare(tokens[after].norm) in L.SPEECH_NOUNS:
            after += 1
        relayed = _anchor(text, tokens, after, limit, units)
        if relayed is None or relayed[1] > after + 1:
            return k + 1    # "نقل سموه تعازي …": conveyed, not a report of words
    elif L.participle(norm) or L.bare(norm) in L.SPEECH_NOUNS:
        pass        # "، مؤكدا أن …": the speaker of the sentence goes on
    elif _fronted_subject(text, tokens, k, number) is not None:
        # "أما النائب فلان فوصف الخطة بأنها …": the subject stands before أما's فـ
        subject = _fronted_subject(text, tokens, k, number)
        discourse.how = "fronted"
    else:
        anchor = _anchor(text, tokens, k + 1, limit, units)
        bound = anchor[1] if anchor is not None else limit
        subject = parse_subject(text, tokens, k + 1, bound, names=anchor is not None)
        if subject is None and anchor is None:
            # "وأكد شتاينماير تفهمه …"، "تحدث الجبير عن …": a bare name or family name after
            # the verb is the subject only when the article has introduced that person
            named = parse_subject(text, tokens, k + 1, bound)
            if named is not None and (named.name or named.kind == "unknown"
                                      and " " not in named.label.strip()) and (
                    _side_after(tokens, named.last + 1)
                    or named.name and _his_own(tokens, named.last + 1)
                    or entities.resolve(named, cue_at, introduce=False) is not None):
                subject = named     # (or "وأكد ترامب من جانبه على …": a subject's aside)
        if subject is None and k + 1 < bound and _occasion(tokens, k + 1):
            # "وقال في تصريح لـ«عكاظ» مدير الإدارة فلان إن …"
            for j in range(k + 2, min(bound, k + 8)):
                if tokens[j].norm in ("مع", "بين", "ضد") or text[tokens[j].start - 1].isalpha():
                    break   # "في مؤتمر صحفي مع وزير الخارجية الروسي": who he spoke with
                if L.one_of(tokens[j].norm, L.PERSON_TITLES) or L.one_of(tokens[j].norm, L.RANKS):
                    subject = parse_subject(text, tokens, j, bound)
                    break
                if not _occasion_word(text, tokens, j):
                    break   # "وأكد في تصريح صحفي حرص ومتابعة المستشار …": the object first
        if subject is not None and (anchor is None or anchor[0] == "quote") and subject.name \
                and (L.object_verb(norm) or L.one_of(norm, L.DESCRIBING)):
            subject = _without_object(text, tokens, k + 1, subject, entities, cue_at)
        if subject is not None and L.one_of(norm, L.DESCRIBING) and subject.last > subject.first \
                and not L.bare(norm).endswith(("ه", "ها")) \
                and tokens[subject.last].norm.startswith("ال") and subject.last + 1 < len(tokens) \
                and tokens[subject.last + 1].norm.startswith("ب"):
            # "وصف بوتين اللقاء بأنه …"، "وصف الوزير الاجتماع بـ«…»": the object comes first
            # (in "وصفها البيت الأبيض بـ«…»" it is the pronoun, and the phrase is the subject)
            subject = parse_subject(text, tokens, k + 1, subject.last) or subject
        if subject is not None and subject.name and subject.title is None \
                and subject.last > subject.first \
                and entities.known_surname(text[tokens[subject.first].start:
                                                tokens[subject.first].end]):
            # "وصف بوتين اللقاء …"، "وتعهد ترامب بإطلاع …": a surname the article gave in
            # full is the whole name; what follows is the verb's object
            subject = parse_subject(text, tokens, subject.first, subject.first + 1) or subject
        if subject is not None and any(f in _TAKES_B for f in L.forms(norm)):
            # "أفادت مصادر محلية بتقدم المقاومة": the object with its بـ ends the subject
            glued = next((j for j in range(subject.first + 1, subject.last + 1)
                          if tokens[j].norm[:1] == "ب" and not tokens[j].norm.startswith("بال")
                          and not broken(text, tokens, j)), None)
            if glued is not None:
                subject = parse_subject(text, tokens, subject.first, glued)
        if subject is not None:
            after = subject.last + 1
            discourse.how = "after-verb"
        else:
            subject = _subject_before(text, tokens, k, paragraph, entities)
            discourse.how = "subject-first"
    if subject is None and L.one_of(norm, L.DESCRIBING) and k + 1 < limit \
            and tokens[k + 1].norm.startswith("ال") and not L.one_of(tokens[k + 1].norm, L._KNOWN):
        # "وصفها الجانبان بـ«…»": a subject is there, naming no one the article knows
        entity = None
    else:
        entity = _speaker_of(subject, cue_at, entities, discourse, number, feminine,
                             previous_speaker, norm, tokens, k, text, paragraph)
    if subject is not None and entity is not None:
        # "واعترفت إيران … . وقالت إنه …": whoever a reporting verb names is who the next
        # verb without a subject goes on with, even where its own words were not taken
        discourse.spoke(entity, number)
    # (a describing verb has its object first: "وصف بوتين اللقاء بأنه …")
    anchor = _anchor(text, tokens, after, limit, units,
                     strict=not L.one_of(norm, L.DESCRIBING))
    form, where, quoted_unit = anchor if anchor is not None else (None, None, None)
    if L.one_of(norm, L.DESCRIBING) and form != "that":
        described = _described(text, tokens, starts, after, limit, units)
        if described is not None:
            described.speaker, described.claimed = entity, True     # وصف الاجتماع بـ«…»
            discourse.spoke(entity, number)
            return bisect_right(starts, described.end)
    if L.bare(norm) in _EXPRESSED and form is not None \
            and all(t.norm != "عن" for t in tokens[after:where]):
        return k + 1    # "عبر تقديم «…»": the preposition (via), not عبّر عن (expressed)
    if L.bare(norm) == "بين" and form == "quote":
        return k + 1    # "بين مقاتليهما «…»": the preposition (between), not بيّن أن
    if L.that_only_verb(norm) and not L.speech_verb(norm) and form != "quote" and (
            form != "that" or where - after > 3 and not _hope(tokens, where)):
        # "دعا إلى …"، "بين الطرفين": not a report without أن; and the أن must be the verb's
        # ("أعرب عن أمله في أن"), not one further on ("… مطالب الشعب بأن …")
        return k + 1
    if form is None and L.speech_verb(norm) and not L.participle(norm):
        quoted = _quote_before(text, tokens, k, units)
        if quoted is not None and subject is not None:
            quoted.speaker, quoted.claimed = entity, True     # "«…»، قال فلان"
            discourse.spoke(entity, number)
            return after
        if _after_marker(text, tokens, k):
            # "…، حسبما ذكرت الشرطة": the clause before is the source's
            unit = _clause_before(text, tokens, starts, k, paragraph, units)
            if unit is not None and subject is not None:
                unit.speaker, unit.form = entity, "according"
                reports.append(unit)
            return after
    if form == "that":
        particle = where
        unit_after = _quote_at(text, tokens[particle].end, units)
        if unit_after is not None:
            unit_after.speaker, unit_after.claimed = entity, True
            end_token = bisect_right(starts, unit_after.end)
        else:
            unit = _report(text, tokens, starts, particle + 1, sentence_end, cue_at, "that",
                           units)
            if unit is None:
                return particle + 1
            unit.speaker = entity
            reports.append(unit)
            _claim_inside(units, unit, entity)
            end_token = bisect_left(starts, unit.end)
        discourse.spoke(entity, number)
        coordinated = _coordinated(text, tokens, starts, end_token, limit, units, reports,
                                   entity, sentence_end, cue_at)
        # go on inside the clause: a report within a report ("أعلن البنتاغون أن القائد
        # أعلن أن …") is one too
        return particle + 1 if coordinated is None else coordinated
    if form == "colon":
        colon_token = where
        colon = text.rfind(":", tokens[colon_token - 1].end, tokens[colon_token].start)
        unit_after = _quote_at(text, colon if colon >= 0 else tokens[colon_token - 1].end, units)
        if unit_after is not None:      # (the colon, not the word before it: "قناة «المملكة»: «…»")
            unit_after.speaker, unit_after.claimed = entity, True
            discourse.spoke(entity, number)
            return bisect_right(starts, unit_after.end)
        unit = _report(text, tokens, starts, colon_token, sentence_end, cue_at, "colon", units,
                       direct=True)
        if unit is not None:
            unit.speaker = entity
            reports.append(unit)
            _claim_inside(units, unit, entity)
            discourse.spoke(entity, number)
            return bisect_left(starts, unit.end)
        return colon_token
    if form == "quote":
        unit = quoted_unit
        unit.speaker, unit.claimed = entity, True
        discourse.spoke(entity, number)
        return bisect_right(starts, unit.end)
    if L.object_verb(norm) and (subject is None or subject.kind != "unknown"):
        if _side_after(tokens, after):
            after += 1 if tokens[after].norm.startswith("بدور") else 2
        unit = _object(text, tokens, starts, after, limit, sentence_end, cue_at, units, norm)
        if unit is not None:
            unit.speaker = entity
            reports.append(unit)
            _claim_inside(units, unit, entity)
            discourse.spoke(entity, number)
            return bisect_left(starts, unit.end)
    return k + 1


def _described(text: str, tokens: list[Token], starts: list[int], k: int, limit: int,
               units: list[_Unit]) -> _Unit | None:
    """"وصف بوتين اللقاء بـ«البنّاء»": the first quotation after بـ within a few words."""
    if k >= len(tokens):
        return None
    stop = tokens[min(limit, k + 6, len(tokens)) - 1].end
    for unit in sorted(units, key=lambda u: u.anchor):
        if unit.parent is not None or unit.claimed or unit.kind != "statement" \
                or unit.open_mark is None or not tokens[k].start <= unit.open_mark <= stop:
            continue
        before = text[max(0, unit.open_mark - 3):unit.open_mark].replace("\u0640", "").strip()
        if before.endswith("ب"):
            return unit
    return None


def _hope(tokens: list[Token], particle: int) -> bool:
    """"أعرب … عن أمله في أن"، "عن ثقته بأن": the feeling's noun right before the particle."""
    before = [t.norm for t in tokens[max(0, particle - 3):particle]]
    return len(before) >= 2 and (before[-1] in ("في", "فى") and before[-2].endswith(
        ("ه", "ها", "هم")) or before[-1].endswith(("ه", "ها", "هم")) and "عن" in before)


def _speaker_of(subject: Subject | None, at: int, entities: Entities, discourse: _Discourse,
                number: int, feminine: bool | None, previous, norm: str,
                tokens: list[Token], k: int, text: str, paragraph: Paragraph) -> Entity | None:
    if subject is not None:
        return entities.resolve(subject, at)
    if L.participle(norm) or L.bare(norm) in L.SPEECH_NOUNS:
        # "، مؤكدا …": the sentence's speaker goes on (unknown if it was unknown), or the
        # subject of the verb the sentence opened with ("أعرب بوتين عن …، مؤكدا أن …")
        if previous is not _NOBODY:
            discourse.how = "participle:sentence-speaker"
            return previous
        subject = _sentence_subject(text, tokens, k, paragraph, None, entities, coordinated=False)
        discourse.how = "participle:sentence-subject" if subject is not None \
            else "participle:carry"
        return entities.resolve(subject, at) if subject is not None \
            else discourse.carry(number, None)
    if _after_side(tokens, k):
        return None     # "من جانبه أكد أن …": someone else, not said who
    if k > 1 and tokens[k - 1].norm in _RELATIVES and not broken(text, tokens, k - 1):
        antecedent = _antecedent(text, tokens, k - 1, paragraph)
        if antecedent is not None:
            discourse.how = "relative"
            return entities.resolve(antecedent, at)     # "… سمير الخطيب الذي قال إن …"
    # "… بما وصفه بـ«…»": a verb in a relative clause has its sentence's subject
    relative = k > 0 and tokens[k - 1].norm in ("بما", "ما", "الذي", "التي") \
        or tokens[k].norm.endswith(("ه", "ها")) and L.one_of(tokens[k].norm[:-1], L.DESCRIBING) \
        or k + 1 < len(tokens) and tokens[k + 1].norm in ("فيه", "فيها")
    # ("في بيان أصدره الأمين العام …، قال فيه: …": said in it, by who issued it)
    subject = _sentence_subject(text, tokens, k, paragraph, feminine, entities,
                                coordinated=not relative)
    if subject is not None:
        discourse.how = "sentence-subject"
        return entities.resolve(subject, at)
    discourse.how = "carry"
    return discourse.carry(number, feminine)


_RELATIVES = frozenset({"الذي", "التي", "والذي", "والتي"})


def _antecedent(text: str, tokens: list[Token], relative: int, paragraph: Paragraph
                ) -> Subject | None:
    """The person or body a relative pronoun follows ("رئيس الوزراء سمير الخطيب الذي"):
    the longest subject phrase that ends right before it, within its sentence."""
    sentence_start = _sentence_start(paragraph, tokens[relative].start)
    for j in range(max(0, relative - 8), relative):
        if tokens[j].start < sentence_start or tokens[j].norm.startswith(("لل", "بال")) \
                or any(broken(text, tokens, m) for m in range(j + 1, relative)):
            continue    # (not from a word with a preposition: "خلفا للسويسري جوزيف بلاتر")
        subject = parse_subject(text, tokens, j, relative)
        if subject is not None and subject.last == relative - 1 \
                and subject.kind in ("person", "organisation") and (subject.name or subject.title):
            return subject
    return None


# "بيان أصدره …"، "كلمة ألقاها …"، "رسالة وجهها …": who issued the words named after the verb
_ISSUED = L._norm("اصدره اصدرته اصدرها القاه القاها وجهه وجهها نشره نشرها بثه بثها")


def _sentence_subject(text: str, tokens: list[Token], k: int, paragraph: Paragraph,
                      feminine: bool | None, entities: Entities, coordinated: bool = True
                      ) -> Subject | None:
    """"فيما أبدت منار الدوسري سعادتها …، وقالت: …": a verb with و after a comma, with no
    subject, goes on with the subject of the clause before it: the phrase that opens the
    sentence (SVO), the phrase right after the verb that opens it, or after the last verb of
    speech or feeling (عبر، أعرب، أشاد …) before it, when that is a title, an organisation,
    or a name. (A participle needs no و: it always goes on with its sentence's subject.)"""
    if coordinated and (not tokens[k].norm.startswith("و")
                        or _CLAUSE_MARKS.isdisjoint(gap(text, tokens, k))):
        return None
    first = bisect_left([t.start for t in tokens], _sentence_start(paragraph, tokens[k].start))
    if first < len(tokens) and tokens[first].norm in ("فيما", "بينما", "كما", "ثم", "وقد", "قد"):
        first += 1
    fronted = _apposed(text, tokens, first, k)
    if fronted is not None:
        return fronted
    # the word after the verb that opens the sentence or a clause of it ("وفي ختام المؤتمر،
    # فاجأ بوتين …"), or after a verb of speech or feeling
    clause_starts = [first] + [j for j in range(first + 1, k)
                               if not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, j))]
    candidates = sorted({j + 1 for j in clause_starts} | {
        j for j in range(first + 2, k) if L.reporting_word(tokens[j - 1].norm)
        or L.bare(tokens[j - 1].norm) in _ISSUED})
    for j in reversed(candidates):
        if j >= k or L.one_of(tokens[j - 1].norm, L.PREPOSITIONS) or broken(text, tokens, j):
            continue
        subject = parse_subject(text, tokens, j, k)
        if subject is None or subject.kind not in ("person", "organisation") \
                or not _credible(subject, entities, tokens[k].start):
            continue
        if feminine is not None and subject.kind == "person" and subject.title \
                and subject.feminine != feminine:
            return None
        return subject
    return None


def _apposed(text: str, tokens: list[Token], first: int, k: int) -> Subject | None:
    """A sentence that opens with its subject, a title and then its name set off by commas:
    "مدير إدارة الاتصال …، علي بن بخيت الزهراني، أفاد بأن …"; or without the name."""
    if first >= k:
        return None
    head = tokens[first].norm
    if not (L.one_of(head, L.PERSON_TITLES) or L.one_of(head, L.ORGANISATIONS)
            or L.one_of(head, L.RANKS) or L.one_of(head, L.HONORIFICS)):
        return None
    subject = parse_subject(text, tokens, first, k)
    if subject is None or subject.kind not in ("person", "organisation"):
        return None
    after = subject.last + 1
    if subject.name is None and after < k and "،" in gap(text, tokens, after) + "," \
            and not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, after)):
        named = parse_subject(text, tokens, after, k)
        if named is not None and named.name and named.title is None \
                and named.kind == "person":
            return replace(named, first=subject.first, start=subject.start,
                           title=subject.title, title_words=subject.title_words,
                           honorifics=subject.honorifics + named.honorifics,
                           feminine=subject.feminine)
    return subject


def _after_side(tokens: list[Token], k: int) -> bool:
    """"من جهته/من جانبه/بدوره، أكد …" with no subject: the pronoun names someone new."""
    before = [t.norm for t in tokens[max(0, k - 2):k]]
    return any(w.startswith(("جهت", "جانب", "بدور")) for w in before)


def _occasion_word(text: str, tokens: list[Token], j: int) -> bool:
    """A word of the occasion of speaking: في تصريح خاص لـ«عكاظ» أمس، في حديث له."""
    norm = tokens[j].norm
    return _content(norm) in L.OCCASIONS or norm[:1] == "ل" or L.one_of(norm, L.TIME_WORDS) \
        or norm in ("له", "لها", "لهم", "صحفي", "صحافي", "خاص", "خاصه", "رسمي", "في") \
        or broken(text, tokens, j)


def _his_own(tokens: list[Token], k: int) -> bool:
    """"شتاينماير تفهمه"، "الجبير حرصها": a noun with a pronoun right after a bare name
    points back to it, so the name is the subject and the noun the object."""
    if k >= len(tokens):
        return False
    norm = tokens[k].norm
    return len(norm) >= 5 and norm.endswith(("ه", "ها")) and not norm.startswith("ال") \
        and not L.one_of(norm, L._KNOWN)


def _side_after(tokens: list[Token], k: int) -> bool:
    """"ترامب من جانبه"، "الوزير بدوره": an aside that only follows a verb's subject."""
    words = [t.norm for t in tokens[k:k + 2]]
    return bool(words) and (words[0].startswith("بدور") or words[0] == "من" and len(words) > 1
                            and words[1].startswith(("جهت", "جانب")))


_NOBODY = object()


def _previous_in_sentence(reports: list[_Unit], units: list[_Unit], paragraph: Paragraph,
                          at: int):
    """The speaker of the report before `at` in its sentence (None: unknown), or _NOBODY
    when the sentence reported nothing before."""
    start = _sentence_start(paragraph, at)
    found = _NOBODY
    best = -1
    for unit in reports + [u for u in units if u.claimed]:
        if start <= unit.anchor < at and unit.anchor > best:
            found, best = unit.speaker, unit.anchor
    return found


def _occasion(tokens: list[Token], k: int) -> bool:
    return L.bare(tokens[k].norm) == "في" or tokens[k].norm.startswith("ل")


def _fronted(tokens: list[Token], k: int) -> int | None:
    """"أما فلان فأكد …": the index of أما before a verb with ف."""
    if not tokens[k].norm.startswith("ف"):
        return None
    for j in range(k - 1, max(-1, k - 10), -1):
        if tokens[j].norm in ("اما", "واما"):
            return j
    return None


def _without_object(text: str, tokens: list[Token], first: int, subject: Subject,
                    entities: Entities, at: int) -> Subject | None:
    """With no أن after it, a subject may have run into the verb's object: "أكد لاعب المنتخب
    وسام حمدان جدارة الأخضر" (a name of three words ending with an indefinite one), "وصف
    الرئيس دونالد ترامب القمة" (a name the article knows, and one word more)."""
    last = tokens[subject.last]
    if subject.last - subject.first < 1 or (
            subject.title is not None and subject.title.endswith(text[last.start:last.end])):
        return subject
    shorter = parse_subject(text, tokens, first, subject.last)
    if shorter is None or not shorter.name:
        return subject
    if last.norm.startswith("ال"):
        # ("سمير الخطيب" itself a name the article knows: the whole phrase is the subject)
        if _knows_name(entities, subject.name):
            return subject
        known = entities.resolve(shorter, at, introduce=False)
        return shorter if known is not None else subject
    return shorter if subject.last - subject.first >= 2 else subject


def _knows_name(entities: Entities, name: str | None) -> bool:
    """Has the article named someone with exactly this name (every word of it)?"""
    keys = name_keys(name) if name else ()
    return len(keys) > 1 and any(e.keys == keys for e in entities.items)


def _subject_before(text: str, tokens: list[Token], k: int, paragraph: Paragraph,
                    entities: Entities) -> Subject | None:
    """The subject put before its verb (SVO): "لكن مصدرا مقربا منه ينفي ذلك"، in a headline
    "ماليزيا تؤكد أن …", or at the head of the sentence of a verb that goes on with و
    ("الرئيس اليمني يجتمع بكبار مستشاريه ويؤكد أهمية …"). A bare name counts only when the
    article introduced that person ("في خطوة تشير إلى …" names nobody)."""
    sentence_start = _sentence_start(paragraph, tokens[k].start)
    first = bisect_left([t.start for t in tokens], sentence_start)
    if first < k and k - first <= 20:
        fronted = _apposed(text, tokens, first, k)
        if fronted is not None and tokens[fronted.last].end <= tokens[k].start and \
                not text[tokens[fronted.last].end:tokens[k].start].strip(' ،,"«»“”'):
            return fronted      # "مدير …، علي بن بخيت الزهراني، أفاد بأن …"
    if k > 1 and tokens[k - 1].norm in ("قد", "وقد") and not broken(text, tokens, k):
        k -= 1          # "كان الجنرال فلان قد قال …"
    clause = k
    while clause > 0 and not (broken(text, tokens, clause) and not _quotes_only(
            gap(text, tokens, clause))) and tokens[clause - 1].start >= sentence_start \
            and k - clause < 12:
        clause -= 1
    # the subject starts the clause, or follows a particle or لكن ("غير أن الأعرجي أعلن …")
    starts_at = [clause, clause + 1] + [j + 1 for j in range(clause, k - 1)
                                        if L.particle(tokens[j].norm)
                                        or tokens[j].norm in ("لكن", "ولكن")]
    for first in starts_at:
        if first >= k or tokens[first].norm in ("لكن", "ولكن", "بينما", "فيما"):
            continue
        if first > 0 and L.one_of(tokens[first - 1].norm, L.PREPOSITIONS) \
                and not broken(text, tokens, first):
            continue
        subject = parse_subject(text, tokens, first, k, names=True)
        if subject is not None and subject.last == k - 1 and _credible(subject, entities,
                                                                       tokens[k].start):
            return subject
    if tokens[k].norm[:1] == "و" and clause < k:
        # "X يفعل … ويؤكد": the head of the sentence, when a present-tense verb follows it
        subject = parse_subject(text, tokens, clause, k, names=True)
        if subject is not None and subject.last + 1 < k \
                and tokens[subject.last + 1].norm[:1] in ("ي", "ت") \
                and _credible(subject, entities, tokens[k].start):
            return subject
    return None


def _quotes_only(between: str) -> bool:
    return bool(between.strip()) and not set(between.strip()) - _OPENERS - _CLOSERS - {"»"}


def _credible(subject: Subject, entities: Entities, at: int) -> bool:
    """A subject with a head a list knows, or a name the article has introduced."""
    if subject.kind == "unknown":
        return False
    if subject.title or subject.kind != "person":
        return True
    return entities.resolve(subject, at, introduce=False) is not None


def _fronted_subject(text: str, tokens: list[Token], k: int, number: int) -> Subject | None:
    at = _fronted(tokens, k)
    if at is None:
        return None
    subject = parse_subject(text, tokens, at + 1, k)
    return subject if subject is not None and subject.last == k - 1 else None


def _anchor(text: str, tokens: list[Token], k: int, limit: int, units: list[_Unit],
            strict: bool = False):
    """What follows a reporting verb (and its subject) within the window, as (form, token
    index, quotation): ("that", the particle), ("colon", the token after the colon),
    ("quote", the token after the opener, the quotation), or None. With `strict` (k is
    right after the subject), only adjuncts may stand before an أن."""
    stop = min(limit, k + _WINDOW)
    for j in range(k, stop):
        between = gap(text, tokens, j) if j > 0 else ""
        if ":" in between and (not strict or _adjuncts(text, tokens, k, j - 1)):
            return "colon", j, None
        quoted = _quote_at(text, tokens[j - 1].end if j > 0 else tokens[j].start, units)
        if quoted is not None and quoted.start <= tokens[j].start and quoted.kind == "statement" \
                and not (j > 0 and tokens[j - 1].norm.startswith("ل") and len(tokens[j - 1].norm) <= 2) \
                and (not strict or _adjuncts(text, tokens, k, j - 1)):
            return "quote", j, quoted
        if not _STOPS.isdisjoint(between) and not (
                between.strip() == "." and (tokens[j - 1].norm in _ABBREVIATED
                                            or len(tokens[j - 1].norm) == 1)):
            return None     # (but "م. محمد العمرة" and "(د. ب. أ)" go on: abbreviations)
        norm = tokens[j].norm
        if L.particle(norm):
            if strict and not _between_is_adjunct(text, tokens, k, j):
                return None     # "السفارة تابعت على الفور الحادث …، وتبين … أنه": not its أن
            return "that", j, None
        if j > k and (L.speech_verb(norm) or L.participle(norm)) and not norm.startswith("ل"):
            return None
    return None


def _adjuncts(text: str, tokens: list[Token], k: int, end: int) -> bool:
    """Are tokens[k:end] (what stands between a verb's subject and a colon or quotation) only
    phrases that are not what was said: "في تصريح لـ«عكاظ»"، "أمس"، "للصحفيين"؟ An object
    there ("أكد … جدارة «الأخضر»") means the quotation is inside what was said."""
    if end <= k:
        return True
    if end - k > 10 or any(not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, j))
                           for j in range(k + 1, end)):
        return False
    first = tokens[k].norm
    if has_tanween(text, tokens[k]) and end - k <= 1:
        return True     # "ليرد ترامب مبتسمًا: …"
    return (first in _ASIDES or L.one_of(first, L.PREPOSITIONS) or L.one_of(first, L.TIME_WORDS)
            or L.one_of(first, L.ADDRESSEES) or first.startswith("ل") or L.participle(first)
            or L.bare(first) in L.SPEECH_NOUNS or first in ("قائلا", "قائله"))


# Phrases that may stand between a subject and what it said: "…، الذي استلم …:"، "وهو نائب
# رئيس …:"، "بدوره"، "أيضا".
_ASIDES = L._norm("قائلا قائله ايضا كذلك بدوره بدورها بدورهم الذي التي الذين وهو وهي وهم "
                  "حينها عندها بعدها")


def _between_is_adjunct(text: str, tokens: list[Token], k: int, end: int) -> bool:
    """Between a verb's subject and its أن stand only phrases that are not what was said:
    each comma-delimited piece opens with a preposition, a time word, an addressee, an
    occasion or the verb's own preposition ("وشدد بحاح، خلال ترؤسه …، على أن")."""
    piece_start = k
    for j in range(k, end + 1):
        if j == end or (j > k and not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, j))):
            if j > piece_start and not _opens_adjunct(text, tokens, piece_start):
                return False
            piece_start = j
    return True


def _opens_adjunct(text: str, tokens: list[Token], k: int) -> bool:
    first = tokens[k].norm
    return (L.one_of(first, L.PREPOSITIONS) or L.one_of(first, L.TIME_WORDS)
            or L.one_of(first, L.ADDRESSEES) or first.startswith("ل") or L.participle(first)
            or L.bare(first) in L.SPEECH_NOUNS or first in _ASIDES
            or has_tanween(text, tokens[k]) or first.endswith(("ه", "ها", "هم")) and k > 0
            and L.one_of(tokens[k - 1].norm, frozenset({"عن"})))


def _quote_at(text: str, offset: int, units: list[_Unit]) -> _Unit | None:
    """The top-level quotation whose opener comes right after `offset` (spaces, a colon or a
    tatweel-joined بـ/لـ between)."""
    for unit in units:
        if unit.parent is None and unit.open_mark is not None and unit.open_mark >= offset:
            between = text[offset:unit.open_mark]
            if not between.strip(" :\u0640\u00a0\n") or between.strip() in ("بـ", "لـ", ":"):
                return unit
    return None


def _quote_before(text: str, tokens: list[Token], k: int, units: list[_Unit]) -> _Unit | None:
    """«…»، قال فلان: the quotation that closes right before token k."""
    if k == 0:
        return None
    begin = tokens[k - 1].end if k > 0 else 0
    for unit in units:
        if unit.parent is None and unit.close_mark is not None and not unit.claimed \
                and unit.kind == "statement":
            between = text[unit.close_mark + 1:tokens[k].start]
            if unit.close_mark < tokens[k].start and not between.strip(" ،,.\n") \
                    and "\n" not in between and unit.close_mark >= begin - 2 - len(between):
                return unit
    return None


def _after_marker(text: str, tokens: list[Token], k: int) -> bool:
    """"…، حسبما ذكرت الشرطة"، "…، كما قال فلان": the clause before the verb is what was said
    (a sentence that opens with "كما أعلنت …" is "also announced", not that)."""
    before = tokens[k - 1].norm if k > 0 else ""
    if before in ("حسبما", "وحسبما", "وفقما"):
        return k > 1
    if before == "ما" and k > 1 and L.one_of(tokens[k - 2].norm, L.ACCORDING):
        return True     # "…، بحسب ما كشفت وسائل الإعلام"
    return before == "كما" and k > 1 and not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, k - 1))


def _report(text: str, tokens: list[Token], starts: list[int], first: int, sentence_end: int,
            cue_at: int, form: str, units: list[_Unit], direct: bool = False) -> _Unit | None:
    """The clause reported from token `first` to the end of its clause."""
    if first >= len(tokens) or tokens[first].start >= sentence_end:
        return None
    last = _clause_end(text, tokens, first, sentence_end)
    if last - first + 1 < _MIN_REPORT:
        return None
    start, end = tokens[first].start, tokens[last].end
    end = _extend(text, start, end, sentence_end, units)
    return _Unit(start=start, end=end, anchor=start, direct=direct, form=form)


def _clause_end(text: str, tokens: list[Token], first: int, sentence_end: int) -> int:
    """The index of the last token of the clause that starts at token `first`."""
    last = first
    k = first + 1
    while k < len(tokens) and tokens[k].start < sentence_end:
        between = gap(text, tokens, k)
        if "\n" in between:
            break
        norm = tokens[k].norm
        if not _CLAUSE_MARKS.isdisjoint(between):
            if L.one_of(norm, L.CLAUSE_STARTERS) or _circumstantial(text, tokens[k]) or (
                    norm.startswith(("لكن", "ولكن")) and _report_follows(tokens, k)) or (
                    norm[:1] == "و" and (L.particle(norm) or L.speech_verb(norm))):
                break       # "، مشيرا …"، "، موجهاً …"، "، وأنه …"، "، وأضاف …"، "، لكنه أكد …"
            if norm[:1] == "و" and not norm.startswith("وال") and _names_someone(
                    text, tokens, k + 1):
                break       # "، وختم الشاب الوزيه حديثه …": a new verb with its own subject
        elif norm[:1] == "و" and L.speech_verb(norm) and norm[1:2] not in ("ي", "ت") \
                and not L.particle(norm) or L.participle(norm):
            break           # "… وأضاف أن …"، "… مبينا أن …" (not "ويعد": also "is counted")
        elif norm[:1] == "و" and L.particle(norm):
            break           # "… لم يتغير وإنه لا مكان …": the verb's second أن, a report of its own
        elif norm in ("حيث", "فيما", "بينما") and k + 1 < len(tokens) \
                and L.speech_verb(tokens[k + 1].norm):
            break           # "… حيث أكد المعلم أن …": another report
        last = k
        k += 1
    return last


def _circumstantial(text: str, token: Token) -> bool:
    """"، موجهاً نصيحة …": an indefinite participle in the accusative (مُفعِلاً) opens a new
    clause about the speaker, not more of what was said."""
    norm = token.norm
    return len(norm) >= 5 and norm[0] == "م" and norm.endswith("ا") and has_tanween(text, token)


def _report_follows(tokens: list[Token], k: int) -> bool:
    return any(L.speech_verb(t.norm) for t in tokens[k:k + 5])


def _names_someone(text: str, tokens: list[Token], k: int) -> bool:
    subject = parse_subject(text, tokens, k, names=False) if k < len(tokens) else None
    return subject is not None and subject.kind in ("person", "organisation") \
        and bool(subject.name or subject.title)


def _extend(text: str, start: int, end: int, limit: int, units: list[_Unit]) -> int:
    """The end of a span over what closes inside it: a percent sign, a quotation that
    opened inside, a bracket."""
    limit = min(limit, len(text))
    while end < limit and text[end] in "%٪":
        end += 1
    for unit in units:
        if unit.parent is None and start <= (unit.open_mark if unit.open_mark is not None
                                             else unit.start) < end < (unit.close_mark or -1) + 1:
            end = unit.close_mark + 1
    if end < limit and text[end] == ")" and "(" in text[start:end] \
            and text[start:end].count("(") > text[start:end].count(")"):
        end += 1
    return end


def _claim_inside(units: list[_Unit], report: _Unit, entity: Entity | None) -> None:
    """Quotations inside a report are the same speaker's words."""
    for unit in units:
        if unit.parent is None and unit.kind == "statement" and not unit.claimed \
                and report.start <= unit.start and unit.end <= report.end:
            unit.speaker, unit.claimed = entity, True


def _coordinated(text: str, tokens: list[Token], starts: list[int], k: int, limit: int,
                 units: list[_Unit], reports: list[_Unit], entity: Entity | None,
                 sentence_end: int, cue_at: int) -> int | None:
    """"قال إن …، وإن …": a second report of the same verb."""
    if k >= limit or k >= len(tokens):
        return None
    norm = tokens[k].norm
    if norm[:1] != "و" or not L.particle(norm):
        return None     # (with a comma before it or not: "… لم يتغير وإنه لا مكان …")
    unit_after = _quote_at(text, tokens[k].end, units)
    if unit_after is not None:
        unit_after.speaker, unit_after.claimed = entity, True
        return bisect_right(starts, unit_after.end)
    unit = _report(text, tokens, starts, k + 1, sentence_end, cue_at, "that", units)
    if unit is None:
        return None
    unit.speaker = entity
    reports.append(unit)
    _claim_inside(units, unit, entity)
    end = bisect_left(starts, unit.end)
    return _coordinated(text, tokens, starts, end, limit, units, reports, entity, sentence_end,
                        cue_at) or end


def _object(text: str, tokens: list[Token], starts: list[int], k: int, limit: int,
            sentence_end: int, cue_at: int, units: list[_Unit], verb: str = "") -> _Unit | None:
    """"أكدت الشرطة وقوع إصابات"، "شدد على حرص المملكة …"، "أفادت مصادر بمقتل …": the
    object is what was said."""
    k = _past_adjuncts(text, tokens, k, limit)
    needed = _OBJECT_PREPOSITION.get(L.bare(verb[1:] if verb[:1] in "وف" else verb))
    if needed and (k >= limit or L.bare(tokens[k].norm) != needed):
        return None     # "تحدث عن …" (not "تحدث إلى الصحفيين"), "ينص على …"
    if k < limit and L.bare(tokens[k].norm) in ("علي", "الي", "عن", "ب", "من") \
            and not broken(text, tokens, k):
        k += 1
    if k >= limit or broken(text, tokens, k) and ":" in gap(text, tokens, k):
        return None
    norm = tokens[k].norm
    glued = 0
    if norm[:1] == "ب" and len(norm) > 3 and any(f in _TAKES_B for f in L.forms(verb)):
        glued = 1       # "أفادت مصادر بمقتل …"، "اعترفت إيران بتنفيذ …": without its بـ
        norm = norm[1:]
    if L.one_of(norm, L.PREPOSITIONS) or L.one_of(norm, L.SUBJECT_STOPS) \
            or L.one_of(norm, L.TIME_WORDS) or L.reporting_word(norm) or L.particle(norm) \
            or has_tanween(text, tokens[k]) and not norm.startswith("ال"):
        return None
    if _quote_at(text, tokens[k - 1].end if k else 0, units) is not None:
        return None
    unit = _report(text, tokens, starts, k, sentence_end, cue_at, "object", units)
    if unit is not None and glued:
        unit.start = unit.anchor = tokens[k].start + 1
    return unit


# Verbs whose object comes with بـ joined to it.
_TAKES_B = L._norm("افاد يفيد افادت تفيد اعترف يعترف اعترفت تعترف اقر يقر اقرت تقر")
# Verbs that report an object only with their own preposition.
_OBJECT_PREPOSITION = {"تحدث": "عن", "يتحدث": "عن", "تتحدث": "عن", "نص": "علي", "ينص": "علي",
                       "تنص": "علي", "نبه": "الي", "ينبه": "الي"}


def _past_adjuncts(text: str, tokens: list[Token], k: int, limit: int) -> int:
    """Past the time words and the occasion between a verb's subject and its object: "وأكد
    فلان أمس في تصريح له تضامن …"."""
    while k < limit and L.one_of(tokens[k].norm, L.TIME_WORDS) and not broken(text, tokens, k):
        k += 1
    if k + 1 < limit and L.bare(tokens[k].norm) == "في" \
            and _content(tokens[k + 1].norm) in L.OCCASIONS:
        j = k + 2
        while j < limit and j < k + 5 and not broken(text, tokens, j) and (
                tokens[j].norm in ("له", "لها", "لهم", "صحفي", "صحافي", "خاص", "رسمي")
                or L.one_of(tokens[j].norm, L.TIME_WORDS)):
            j += 1
        if j < limit and not broken(text, tokens, j):
            return j
    return k


def _according(text: str, tokens: list[Token], starts: list[int], k: int, units: list[_Unit],
               reports: list[_Unit], paragraph: Paragraph, number: int, entities: Entities,
               discourse: _Discourse, limit: int) -> int:
    """"بحسب الشرطة، فإن …"، "… وفقا للشرطة": the source of a clause, before or after it."""
    norm = L.bare(tokens[k].norm)
    j = k + 1
    if norm in ("وفق", "وفقا", "طبقا") and j < limit and tokens[j].norm in ("ل", "لـ", "لما"):
        j += 1
    if norm in ("حسبما", "كما") or (j < limit and tokens[j].norm == "ما"):
        return k + 1     # "حسبما ذكرت …": the verb after it opens the construction
    if j >= limit:
        return k + 1
    first = tokens[j]
    if first.norm.startswith("ل") and norm in ("وفق", "وفقا", "طبقا") and len(first.norm) > 3:
        # "وفقا للشرطة": read the source without its لـ
        stripped = Token(first.start + 1, first.end, first.norm[1:] if not first.norm.startswith(
            "لل") else "ال" + first.norm[2:])
        local = tokens[:j] + [stripped] + tokens[j + 1:]
    else:
        local = tokens
    subject = parse_subject(text, local, j, limit)
    if subject is None or subject.kind == "unknown" and not subject.title:
        return k + 1
    if subject.kind == "person" and not subject.title \
            and entities.resolve(subject, tokens[k].start, introduce=False) is None:
        return k + 1    # "وفقا لمبادرة السلام": in accordance with something, not a source
    entity = entities.resolve(subject, tokens[k].start)
    if entity is None:
        return k + 1
    after = subject.last + 1
    sentence_start = _sentence_start(paragraph, tokens[k].start)
    at_start = bisect_left(starts, sentence_start) >= k - 1
    if at_start and after < limit:
        # "وبحسب الشرطة، فإن الحادث …": the clause after, past فإن/فقد
        while after < limit and tokens[after].norm in ("فان", "فانه", "فانها", "فقد", "فقط",
                                                         "ف", "ان", "انه"):
            after += 1
        unit = _report(text, tokens, starts, after, _sentence_end(paragraph, tokens[k].start),
                       tokens[k].start, "according", units)
    else:
        unit = _clause_before(text, tokens, starts, k, paragraph, units)
        if unit is not None:
            unit.form = "according"
    if unit is None:
        return after
    unit.speaker = entity
    reports.append(unit)
    _claim_inside(units, unit, entity)
    discourse.spoke(entity, number)
    return max(after, bisect_left(starts, unit.end))


def _clause_before(text: str, tokens: list[Token], starts: list[int], k: int,
                   paragraph: Paragraph, units: list[_Unit]) -> _Unit | None:
    """The clause that ends right before token k (the attribution after it)."""
    sentence_start = _sentence_start(paragraph, tokens[k].start)
    first_token = bisect_left(starts, sentence_start)
    end_token = k - 1
    while end_token >= first_token and tokens[end_token].norm in ("حسبما", "كما", "ما", "وذلك"):
        end_token -= 1
    if end_token - first_token + 1 < _MIN_REPORT:
        return None
    begin = first_token
    for j in range(end_token, first_token, -1):
        if _opens_report(tokens, j - 1) or L.particle(tokens[j - 1].norm):
            begin = j
            break
    start, end = tokens[begin].start, tokens[end_token].end
    return _Unit(start=start, end=end, anchor=start, direct=False, form="according")


def _headline(text: str, tokens: list[Token], units: list[_Unit], entities: Entities,
              number: int) -> _Unit | None:
    """A short line "فلان: …" (a headline or a subheading): the words after the colon are
    the named speaker's, not quoted."""
    if not tokens or len(tokens) > _HEADLINE_TOKENS:
        return None
    line_end = tokens[-1].end
    if not _STOPS.isdisjoint(text[tokens[0].start:line_end].rstrip(".")):
        return None
    colon = next((j for j in range(1, min(len(tokens), 8)) if ":" in gap(text, tokens, j)),
                 None)
    if colon is None:
        return None
    first = 0
    while first < colon and not tokens[first].norm.strip():
        first += 1
    # "الجبير من موسكو:"، "المخلافي لـ«المدينة»:": where, or to whom, before the colon
    said_at = colon
    for j in range(first + 1, colon):
        if tokens[j].norm in ("من", "في", "ل", "لـ") and colon - j <= 3:
            said_at = j
            break
    subject = parse_subject(text, tokens, first, said_at)
    if subject is None and said_at - first == 1 and tokens[first].norm.startswith("ال") \
            and entities.known_surname(text[tokens[first].start:tokens[first].end]):
        # "الجبير: …": the family name of someone the article names in full
        word = text[tokens[first].start:tokens[first].end]
        subject = Subject(first, first, tokens[first].start, tokens[first].end, "person", word,
                          name=word)
    if subject is None or subject.last != said_at - 1:
        return None
    if subject.kind == "organisation" and L.one_of(tokens[subject.first].norm, L.COUNTRIES) \
            and not _first_person(tokens[colon:]):
        return None     # "مصر: مقتل رقيب …" names a place, not a speaker
    entity = entities.resolve(subject, tokens[0].start)
    quoted = _quote_at(text, tokens[colon - 1].end, units)
    if quoted is not None:
        quoted.speaker, quoted.claimed = entity, True
        return None
    unit = _Unit(start=tokens[colon].start, end=line_end, anchor=tokens[colon].start,
                 direct=False, form="headline")
    unit.end = _extend(text, unit.start, unit.end, line_end + 2, units)
    unit.speaker = entity
    _claim_inside(units, unit, entity)
    return unit if colon < len(tokens) - 1 else None


def _first_person(tokens: list[Token]) -> bool:
    """Words in the first person (سنطور، علاقتنا، لن نسمح): someone speaks."""
    return any(t.norm.startswith(("سن", "لن ن")) or t.norm.endswith(("نا",))
               or (t.norm[:1] == "ن" and len(t.norm) >= 4) for t in tokens)


def _unclaimed(text: str, tokens: list[Token], starts: list[int], units: list[_Unit],
               reports: list[_Unit], paragraph: Paragraph) -> None:
    """Quotations no construction claimed: inside a report, after the words of a verb that
    governs them (وصف الاجتماع بـ«…»), or in a row with a statement of the same sentence."""
    for unit in sorted((u for u in units if u.parent is None), key=lambda u: u.anchor):
        if unit.claimed or unit.kind != "statement":
            continue
        for report in reports:
            if report.start <= unit.start and unit.end <= report.end:
                unit.speaker, unit.claimed = report.speaker, True
                break
        if unit.claimed:
            continue
        sentence_start = _sentence_start(paragraph, unit.anchor)
        before = [u for u in units + reports if u is not unit and (u.claimed or u in reports)
                  and sentence_start <= u.anchor < unit.anchor]
        k = bisect_left(starts, unit.anchor)
        cue = next((j for j in range(k - 1, max(-1, k - 8), -1)
                    if tokens[j].start >= sentence_start and L.reporting_word(tokens[j].norm)),
                   None)
        if before and (cue is None or before[-1].anchor > tokens[cue].start):
            unit.speaker, unit.claimed = before[-1].speaker, True


def _kind(text: str, tokens: list[Token], starts: list[int], unit: _Unit, sentences) -> str:
    """A statement (someone's words) or a term (a quoted name, title or scare word)."""
    sentence_start = next((s.start for s in sentences if s.start <= unit.anchor < s.end),
                          sentences[0].start if sentences else 0)
    k = bisect_left(starts, unit.anchor)
    before = [t for t in tokens[max(0, k - 12):k] if t.start >= sentence_start]
    content = text[unit.start:unit.end]
    words = len(content.split())
    gap_text = text[before[-1].end if before else sentence_start:unit.anchor]
    if before and (_reports(before[-1].norm) or L.particle(before[-1].norm)):
        return "statement"      # قال «…»، أن «…»
    if ":" in gap_text and (any(_reports(t.norm) for t in before) or words >= 3):
        return "statement"
    if before and _naming(before[-1].norm) and words <= 5 and not _reports(before[-1].norm) \
            and not (words > 1 and _verb_shaped(normalize_text(content.split()[0]))):
        return "term"           # وكالة «تاس»، الشاب «مازن بن سفر السواط» (not «سيخلق …»)
    if before and before[-1].norm in ("باسم", "بعنوان", "عنوان", "اسم", "تسمي", "يسمي",
                                      "المسمي", "المسماه", "شعار", "بشعار"):
        return "term"
    if words == 1 and before and before[-1].norm.startswith("ال") \
            and not _reports(before[-1].norm) and _STOPS.isdisjoint(gap_text) \
            and ":" not in gap_text and "،" not in gap_text:
        return "term"           # الشركة الوطنية السياحية "سياحية" صالح قدح: a name in a phrase
    if words <= 3 and before and before[-1].norm == "ل" \
            and not (_OPENERS | {"»"}).isdisjoint(text[before[-1].end:unit.anchor + 1]):
        return "term"           # لـ«عكاظ» (but وصفها بـ«البناءة» quotes her)
    clause = []
    for token in reversed(before):
        between = text[token.end:clause[0].start if clause else unit.anchor]
        if not _CLAUSE_MARKS.isdisjoint(between) or not _STOPS.isdisjoint(between):
            break
        clause.insert(0, token)
    if any(_reports(t.norm) or L.particle(t.norm) or t.norm.startswith(("وصف", "واصف"))
           for t in clause):
        return "statement"
    after = tokens[bisect_right(starts, unit.end):][:2]
    if after and L.speech_verb(after[0].norm) and _STOPS.isdisjoint(text[unit.end:after[0].start]):
        return "statement"      # «…»، قال فلان
    return "statement" if words >= 4 else "term"


def _naming(norm: str) -> bool:
    """A word a quoted name follows: وكالة «تاس»، لوكالة «بترا»، لصحيفة «عكاظ»."""
    named = L.ORGANISATIONS | L.DOCUMENTS | L.PERSON_TITLES
    if L.one_of(norm, named):
        return True
    if norm.startswith("لل"):
        return L.one_of("ال" + norm[2:], named)
    return norm[:1] in ("ل", "ب") and len(norm) > 3 and L.one_of(norm[1:], named)


def _reports(norm: str) -> bool:
    """A word that reports speech by itself (طالب، دعا report only with أن after them)."""
    return L.speech_verb(norm) or L.participle(norm) or L.bare(norm) in L.SPEECH_NOUNS


def _to_quotes(source: Source, drafts: list[tuple[_Unit, int | None]]) -> list[Quote]:
    """The source's quotations in text order (an outer one before those inside it), with
    ids numbered in that order."""
    sentences = source.sentences
    sentence_starts = [s.start for s in sentences]
    order = sorted(range(len(drafts)), key=lambda k: (drafts[k][0].start, -drafts[k][0].end))
    ids = [""] * len(drafts)
    for n, k in enumerate(order):
        ids[k] = f"{source.id}:q{n + 1}"
    out = []
    seen: set[tuple[int, int]] = set()
    for k in order:
        unit, parent = drafts[k]
        span = (unit.start, unit.end)
        if not unit.direct and span in seen:
            continue        # a report the same as a quotation
        seen.add(span)
        at = bisect_right(sentence_starts, unit.start) - 1
        sentence = sentences[at] if at >= 0 and unit.start < sentences[at].end else None
        speaker: Speaker | None = None
        if unit.kind == "statement" and unit.speaker is not None:
            speaker = unit.speaker.speaker()
        out.append(Quote(
            id=ids[k], source_id=source.id, start=unit.start, end=unit.end,
            text=source.text[unit.start:unit.end], kind=unit.kind,  # type: ignore[arg-type]
            speaker=speaker, direct=unit.direct, sentence_id=sentence.id if sentence else None,
            open_mark=unit.open_mark, close_mark=unit.close_mark,
            inside=None if parent is None else ids[parent], form=unit.form))  # type: ignore
    return out
