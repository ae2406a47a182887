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

This module reads the constructions; the parts live beside it: `units` (the spans being
built), `introductions` (who the article names anywhere), `clauses` (what was said: a
report's span), `discourse` (who speaks when the verb names no subject), `kinds`
(statement or term).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from rapidfuzz.distance import Levenshtein

from tui.corpus.model import Paragraph, Source
from tui.quotes import lexicon as L
from tui.quotes.clauses import (MAY_OPEN_REPORT, _ONLY_WITH_B, _TAKES_B, _adjective,
                                _worth_mentioning, promised,
                                _past_adjuncts,
                                _after_marker, _as_put_by, _clause_before, _coordinated,
                                _described, _hope, _object, _opens_report, _prayer, _report)
from tui.quotes.discourse import (_ASIDE_WORDS, _BUT_THAT, _INFORMATION, _NOBODY, _RELATIVES,
                                  _Discourse,
                                  _apposed, _benefited, _verbal_noun_opens,
                                  _could_name,
                                  _IN_IT, _from_the_caller, _fronted_subject, _his_own,
                                  _previous_in_sentence,
                                  _on_what, _set_off,
                                  _sentence_subject, _side_after, _speaker_of,
                                  _subject_before, _surname_subject, _then_who_he_is,
                                  _title_then_unread_name, _unread_name, _WAS,
                                  _without_object)
from tui.quotes.english import EnglishSpeakers, attribute as attribute_english
from tui.quotes.entities import Entities, Entity, name_key
from tui.quotes.introductions import _introduce
from tui.quotes.kinds import _kind, _nisba
from tui.quotes.model import Quote, Speaker
from tui.quotes.subject import (Subject, _ABBREVIATED, _CLOSING, _CLOSING_ADJECTIVES, _OPENING,
                                _at_place, _ba_family, before_the_condemned, _QUOTE_MARKS,
                                _PUBLISHED_VERBS, _WHERE, _YEARS,
                                _addressing, _after_closing_mark, _content, _issuer,
                                _derived_verbal_noun, _family_nisba, _given_then_family,
                                _known, _lexical, _name, _name_words, _quoted_before, _quoted_body,
                                _participle_shaped, _quoted_name_end, _quoted_subject,
                                _short_noun_with_pronoun, _verb_shaped,
                                _with_pronoun, _written_to, broken, gap, written_bare,
                                group_end, kabir_title, made_it_then_when, second_title,
                                ban_ki_moon, name_link_van, parse_subject,
                                verbal_noun_shape, with_alif,
                                without_addressee)
from tui.quotes.tokens import Token, has_tanween, is_number, ta_marbuta, tokenize
from tui.quotes.verses import GOD_NAMES, cite_verses
from tui.quotes.units import (_CLAUSE_MARKS, _STOPS, _Unit, _claim_inside, _direct_units,
                              _extend, _inside, _quote_at, _quote_before, _sentence_end,
                              _sentence_first, _sentence_start)
from tui.quotes.words import norm_word
from tui.text.normalize import normalize_text

_WINDOW = 24            # tokens a subject and its phrases may put between a verb and أن


_HEADLINE_TOKENS = 30


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
    counted = 0     # paragraphs as the discourse counts them: a line broken mid-sentence
    # goes on its paragraph ("… وتسريع\n عجلة التنمية …")
    for number, paragraph in enumerate(source.paragraphs):
        if number < 2 or not _broken_off(text, source.paragraphs[number - 1], paragraph):
            counted = number if counted == 0 else counted + 1
        units = _paragraph(text, paragraph, counted, entities, discourse, english,
                           tokens[number], lambda: [t for words in tokens[1:] for t in words])
        offset = len(drafts)
        drafts.extend((u, None if u.parent is None else offset + u.parent) for u in units)
    for unit, _parent in drafts:
        issuer = entities.issuer_named_later(unit.speaker) if unit.speaker is not None else None
        if issuer is not None and not _a_medium(issuer):
            unit.speaker = issuer   # (a site or a paper that published a study relays it)
    return _to_quotes(source, drafts)


def _a_medium(entity: Entity) -> bool:
    """Is it a paper, an agency, a channel or a site («موقع وورلد فورم نيوز»)?"""
    words = normalize_text(entity.label).split()
    return bool(words) and L.bare(words[0]) in _MEDIA


def _broken_off(text: str, before: Paragraph, paragraph: Paragraph) -> bool:
    """Does the paragraph go on a sentence the one before it broke off: that one a line of
    some length ending in a letter, this one opening with neither و nor ف?"""
    last = text[before.start:before.end].rstrip()
    first = text[paragraph.start:paragraph.end].lstrip()[:1]
    return len(last) >= 60 and last[-1:].isalpha() and first.isalpha() and first not in "وف"


def _subheading(text: str, paragraph: Paragraph, tokens: list[Token]) -> bool:
    """A line of one to four words with no mark that ends a sentence or a clause: a
    subheading of the article ("مراكز التعبئة"، "مطالب")."""
    line = text[paragraph.start:paragraph.end].strip()
    return 0 < len(tokens) <= 4 and not any(mark in line for mark in ".!?؟:،,؛\"«»")


def _paragraph(text: str, paragraph: Paragraph, number: int, entities: Entities,
               discourse: _Discourse, english: EnglishSpeakers,
               tokens: list[Token], body: Callable[[], list[Token]]) -> list[_Unit]:
    """The units of one paragraph (`body`: the article's words after its title, made when a
    title asks for them)."""
    units = _direct_units(text, paragraph)
    if number > 0 and not units and _subheading(text, paragraph, tokens):
        discourse.passed(number)    # "مراكز التعبئة": a subheading; whoever spoke in the
        # paragraph before it goes on in the one after it ("وأوضح أنه …")
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
    headline = _headline(text, tokens, units, entities, number, body)
    if headline is not None:
        reports.append(headline)
        # (a subheading "فلان: …" sums up what follows; a verb with no subject after it,
        # "مضيفاً: …", goes on with whoever spoke before it, not the one it names)
        if number == 0:
            discourse.spoke(headline.speaker, number)
        else:
            discourse.passed(number)
    # (most paragraphs hold no verb of issuing or revealing and no document: one look at
    # their words spares those notes' loops over every sentence)
    words = {t.norm for t in tokens}
    issuing = not (words.isdisjoint(_ISSUING_VERBS) and words.isdisjoint(_DOCUMENT_FORMS))
    revealing = not words.isdisjoint(_REVEALING)
    owned = not words.isdisjoint(_OWNED_FORMS)
    k = 0
    for sentence in sentences:
        low, high = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        if owned:
            _note_owned(text, tokens, low, high, entities)
        if issuing:
            _note_issued(text, tokens, low, high, entities)
        if revealing:
            _note_revealed(text, tokens, low, high, entities)
        _note_was_subject(text, tokens, low, high, entities)
        if not any(j not in said and (_opens_report(tokens, j) or _came_in_document(tokens, j, high))
                   for j in range(low, high) if tokens[j].norm in _MAY_OPEN):
            _topic(text, tokens, low, high, entities, discourse, number)
            continue
        _note_caller(text, tokens, low, high, entities, discourse, number)
        k = max(k, low)
        while k < high:
            if tokens[k].norm not in _MAY_OPEN:
                k += 1      # (no test below says yes to it: most words)
                continue
            if k not in said and _came_in_document(tokens, k, high):
                k = _came_in(text, tokens, starts, k, high, units, reports, paragraph, number,
                             entities, discourse)
                continue
            if k in said or not _opens_report(tokens, k):
                k += 1
                continue
            if TRACE is not None:
                before = {id(u): u.speaker for u in units + reports}
                discourse.how = tokens[k].norm
            # a report inside what someone was reported to say ("…، مشيرا إلى أنه وفقاً
            # لتقرير المفوضية، فإن …"، "أن البرنامج يعتبر …") is theirs to tell: the next verb
            # with no subject goes on with them, not with the source inside
            inside = any(u.start <= tokens[k].start < u.end for u in reports)
            kept = (discourse.entity, discourse.paragraph)
            narrated = L.one_of(tokens[k].norm, _NARRATING) and any(
                ":" in gap(text, tokens, m) and _OPENING.isdisjoint(gap(text, tokens, m))
                for m in range(k + 1, min(high, k + 10)))
            k = _construction(text, tokens, starts, k, units, reports, paragraph, number,
                              entities, discourse, said)
            if narrated:
                discourse.forget()  # "كما روى الإمام مسلم: أقبل رجل … فقال: … قال: …": who
                # narrates what follows a colon tells of others speaking; a verb after it is
                # not surely his (but "وروى شقيق الفقيد كيف قتل …. وأكد للصحيفة" recounts
                # his own story, and goes on, as does "وروى مسلم دوابشة: «لقد شاهدنا …».
                # وأكد أن …": his own words in quotation marks)
            if inside and kept[0] is not None:
                discourse.entity, discourse.paragraph = kept
            if TRACE is not None:
                for unit in units + reports:
                    if id(unit) not in before or before[id(unit)] is not unit.speaker:
                        TRACE[(unit.start, unit.end)] = discourse.how
    cite_verses(text, starts, units, entities, paragraph.start)
    _unclaimed(text, tokens, starts, units, reports, paragraph)
    for unit in units:
        if unit.parent is not None:
            outer = units[unit.parent]
            unit.speaker, unit.kind = outer.speaker, outer.kind
    return units + reports


def _body_then_its_short_name(text: str, tokens: list[Token], subject: Subject | None,
                              particle: int) -> bool:
    """"قالت حركة المقاومة الإسلامية حماس في بيان إن": a body's full name, the one word it
    goes by (no list knows it), then only where it spoke, then إنّ."""
    if subject is None or subject.kind != "organisation":
        return False
    short = subject.last + 1
    return short + 1 < particle and not broken(text, tokens, short) \
        and not _lexical(tokens[short].norm) and not tokens[short].norm.startswith("ال") \
        and _between_is_adjunct(text, tokens, short + 1, particle)


def _saying_next(text: str, tokens: list[Token], j: int) -> bool:
    """Do the words said begin at token j: a colon or a quotation mark before it, or إنّ/أنّ?"""
    if j >= len(tokens):
        return False
    between = gap(text, tokens, j)
    return ":" in between or not _OPENING.isdisjoint(between) \
        or L.particle(tokens[j].norm) and tokens[j].norm[:1] != "و"   # ("وإن كان": even if)


def _says_next(text: str, tokens: list[Token], k: int, limit: int, units: list[_Unit]) -> bool:
    """Does a colon, a quotation or أن follow "زاد"/"تابع" at token k, before its clause ends
    (past a comma only into أن or an aside: "وتابع داود اوغلو في مؤتمر صحافي …، ان")?"""
    reach = 7 if L.bare(tokens[k].norm) == "زاد" else 15
    for j in range(k + 1, min(limit, k + reach)):
        between = gap(text, tokens, j)
        if ":" in between or L.particle(tokens[j].norm) \
                or _quote_at(text, tokens[j - 1].end, units) is not None:
            return True
        if not _CLAUSE_MARKS.isdisjoint(between) and tokens[j].norm not in _ASIDES:
            return False    # (but "وتابع نابوت، وهو نائب رئيس فيفا: …" goes on past who he is)
    return False


def _between_and(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"بين الهلال والنصر": بين, then a word, then another joined by و (before any أن)."""
    for j in range(k + 2, min(limit, k + 5)):
        if broken(text, tokens, j) or L.particle(tokens[j].norm):
            return False
        if tokens[j].norm[:1] == "و" and len(tokens[j].norm) > 2:
            return True
    return False


def _came_in_document(tokens: list[Token], k: int, high: int) -> bool:
    """"وجاء في بيان …": what a document says follows."""
    return k + 3 < high and tokens[k].norm in _CAME and tokens[k + 1].norm == "في" \
        and L.bare(tokens[k + 2].norm) in _DOCUMENT_NOUNS \
        and not (k > 0 and L.bare(tokens[k - 1].norm) in _WHAT)
    # (not "وتأكيد لما ورد في بيان الجامعة": what the statement said, in someone's words)


_CAME = L._norm("جاء وجاء ورد وورد")
# Every word that may open a report or a document's words: the others are not asked.
_MAY_OPEN = MAY_OPEN_REPORT | _CAME
_WHAT = L._norm("ما لما بما مما كما وما حسبما")
_DOCUMENT_NOUNS = L._norm("بيان البيان رساله الرساله تقرير التقرير خطاب الخطاب كلمه الكلمه "
                          "تعميم التعميم قرار القرار")


def _came_in(text: str, tokens: list[Token], starts: list[int], k: int, limit: int,
             units: list[_Unit], reports: list[_Unit], paragraph: Paragraph, number: int,
             entities: Entities, discourse: _Discourse) -> int:
    """"وجاء في بيان للجنة المنظمة «…»"، "وجاء في بيان صادر عن الوزارة أن …": the body that
    issued the document said what follows it; where the text does not name the body, the
    construction is passed over (no verb goes on with anyone from it)."""
    issuer = _issuer(text, tokens, k + 3, limit)
    if issuer is None or issuer.kind != "organisation":
        return k + 1
    cue_at = tokens[k].start
    anchor = _anchor(text, tokens, issuer.last + 1, limit, units, strict=True)
    if anchor is None:
        return k + 1
    entity = entities.resolve(issuer, cue_at)
    entities.issued(_document(tokens[k + 2].norm), entity)     # then "ويضيف البيان …"
    form, where, quoted = anchor
    if form == "quote":
        quoted.speaker, quoted.claimed = entity, True
        discourse.spoke(entity, number)
        return bisect_right(starts, quoted.end)
    if form != "that":
        return k + 1
    end_token = _that_clause(text, tokens, starts, where, _sentence_end(paragraph, cue_at),
                             cue_at, units, reports, entity)
    if end_token is None:
        return where + 1
    discourse.spoke(entity, number)
    return end_token


def _that_clause(text: str, tokens: list[Token], starts: list[int], particle: int,
                 sentence_end: int, cue_at: int, units: list[_Unit], reports: list[_Unit],
                 entity) -> int | None:
    """What أن/إن at token `particle` opens, credited to `entity`: the quotation right after
    it when that is the whole clause, else the clause (with the quotation it opens); the
    token after it, or None when there is no clause to report."""
    unit_after = _quote_at(text, tokens[particle].end, units)
    if unit_after is not None and not _clause_goes_on(text, tokens, starts, unit_after,
                                                       sentence_end):
        unit_after.speaker, unit_after.claimed = entity, True
        return bisect_right(starts, unit_after.end)
    # (a quotation that opens the clause and is followed by more of it: "أن «هذه الجريمة
    # المنظمة» تجاوزت عمل المافيا" reports the clause, the quotation in it)
    unit = _report(text, tokens, starts, particle + 1, sentence_end, cue_at, "that", units)
    if unit is None:
        return None
    if unit_after is not None and unit_after.open_mark is not None:
        unit.start = unit.anchor = unit_after.open_mark     # with its opening mark
    unit.speaker = entity
    reports.append(unit)
    _claim_inside(units, unit, entity)
    return bisect_left(starts, unit.end)


def _that_past_unread_words(text: str, tokens: list[Token], k: int, limit: int) -> int | None:
    """Where a verb's object would open at token k: a plain أنّ a few words on, with only
    names and nouns before it (no preposition, verb, particle or verbal noun, no comma), is
    the verb's own; its position, else None. "أكد ضرورة أن …"، "أبدى استغرابه من أن …" keep
    their object."""
    if k >= limit or L.bare(tokens[k].norm) in L.NOT_NAMES or L.one_of(tokens[k].norm,
                                                                       L.PREPOSITIONS) \
            or tokens[k].norm.startswith("ايا") or L.particle(tokens[k].norm) \
            or _occasion(tokens, k) or _opens_adjunct(text, tokens, k) \
            or tokens[k].norm in _CLAUSE_LEADING:
        return None     # ("معتبرا إياها فرصة": whom or what, then as what; "وذكرت فيما
        # يتعلق بالمشاريع أن …": an adjunct, the subject the verb's own)
    for j in range(k + 1, min(limit, k + 12)):
        if broken(text, tokens, j):
            return None
        norm = tokens[j].norm
        if norm in _PLAIN_THAT:
            before = tokens[j - 1].norm
            return None if L.one_of(before, L.PREPOSITIONS) or L.bare(before) in L.NOT_NAMES \
                or L.bare(before) in _THEN_THAT or before[:1] == "ي" and _verb_shaped(before) \
                else j
            # ("مخطوط يعتقد أنه …": a verb before it, whose أنّ it is)
        if L.particle(norm) or L.reporting_word(norm) or L.bare(norm) in L.NOT_NAMES \
                or _verbal_noun_opens(L.bare(norm)) or _with_pronoun(text, tokens[j]) or norm[:1] == "ي" and _verb_shaped(norm):
            return None
    return None


_PLAIN_THAT = L._norm("ان انه انها انهم")
# Words that open a clause of their own before a verb's subject: "فيما يتعلق بـ"، "حيث".
_CLAUSE_LEADING = L._norm("فيما وفيما حيث كما بينما عندما اذ")
# Words that make أنّ a conjunction of time or purpose: "من أجل أن"، "بعد أن"، "قبل أن".
_THEN_THAT = L._norm("اجل بعد قبل منذ دون حين بدلا عوضا رغم الا بد")


def _with_preposition_and_article(name: str) -> bool:
    """Does a word after a name's first start with لـ and the article? No name goes on so:
    "تمنح الرياضي طاقة للقيام بأدواره" gives energy to do his part, it names nobody."""
    return any(word.startswith("لل") for word in normalize_text(name).split()[1:])


def _as_for(text: str, tokens: list[Token], first: int, high: int, entities: Entities,
            discourse: _Discourse, number: int) -> bool:
    """"أما ليو، فقدم تقييما جديدا …. وقال: «…»": a sentence that opens with أما, a person the
    article introduced, a comma and فـ is about them; the next verb with no subject goes on
    with them (only someone introduced: a name met here first may be anyone's). Whether it
    was read so."""
    comma = next((m for m in range(first + 1, min(high, first + 6))
                  if gap(text, tokens, m).strip() in (",", "،")), None)
    if comma is None or tokens[comma].norm[:1] != "ف":
        return False
    subject = parse_subject(text, tokens, first, comma)
    if subject is None or subject.last != comma - 1 or subject.kind == "unknown":
        # (a family name the parser reads otherwise: "ليو" as لـ and a word)
        subject = _surname_subject(text, tokens, first, entities, comma - first) \
            if comma - first <= 2 else None
    if subject is None or subject.last != comma - 1 or subject.kind != "person":
        return False
    entity = entities.resolve(subject, tokens[first].start, introduce=False)
    if entity is None or entity.kind != "person":
        return False
    discourse.spoke(entity, number)
    return True


def _topic(text: str, tokens: list[Token], low: int, high: int, entities: Entities,
           discourse: _Discourse, number: int) -> None:
    """A sentence that reports nothing but opens with a verb and a titled subject ("وتطرق
    الرئيس الروسي فلاديمير بوتين إلى العلاقات") makes that subject whom the next verb with
    no subject goes on with ("وأبدى امتنانه …، مضيفًا: …"); past an aside before the verb
    ("بدوره، توقع نواف الشريف … هطول أمطار …")."""
    if low + 1 < high and tokens[low].norm in ("اما", "واما") \
            and _as_for(text, tokens, low + 1, high, entities, discourse, number):
        return
    if low < high and _side_after(tokens, low):
        low += 1 if tokens[low].norm.startswith("بدور") else 2
    if low + 1 < high and tokens[low].norm in ("لم", "ولم", "لن", "ولن") \
            and not broken(text, tokens, low + 1):
        low += 1    # "ولم يتردد المدرب الهولندي عند سؤاله …": a verb denied is still one
        # with its subject
    opening = low
    if low + 1 < high and tokens[low].norm in ("كما", "فيما") \
            and L.one_of(tokens[low + 1].norm, _RECEIVED):
        low += 1    # "كما تلقى …": as well, then the verb of receiving
    first = low + 1
    if low < high and L.one_of(tokens[low].norm, _RECEIVED):
        # "وتلقت القيادة برقيات من الأسر والقبائل …. وأدانت …": whoever received messages
        # is not who the next verb goes on with, and the senders may be
        discourse.forget()
        _note_caller(text, tokens, opening, high, entities, discourse, number)
        return
    if first >= high or L.one_of(tokens[low].norm, L.PREPOSITIONS) or L.particle(tokens[low].norm) \
            or tokens[low].norm.startswith("ال") or broken(text, tokens, first) \
            or L.one_of(tokens[low].norm, L.PERSONAL_PRONOUNS):
        return      # (nor a pronoun: "نحن شركة وطنية، ندعم …" says what we are, in someone's
        # own unquoted words; no verb and no subject)
    subject = parse_subject(text, tokens, first, high, names=False)
    if subject is None:
        # "وأدان أبو ردينة ما تقوم به …": a bare name, when it is someone the article
        # introduced
        named = parse_subject(text, tokens, first, high)
        if named is not None and named.kind == "person" and named.name \
                and not verbal_noun_shape(L.bare(tokens[named.first].norm)) \
                and not _with_preposition_and_article(named.name):
            # (not "وتم تسريح كاسانو": the verbal noun is no part of his name)
            introduce = bool(named.title) and " " in named.name and not any(
                _lexical(word) for word in normalize_text(named.name).split())
            discourse.spoke(entities.resolve(named, tokens[first].start, introduce=introduce),
                            number)     # (nobody, for a name the article did not introduce,
            # unless a word that says who he is comes with it: "سيعلن الملياردير الكوري
            # الجنوبي تشونغ مونغ-جون ترشحه")
        return
    if subject.kind == "anonymous" and L.bare(tokens[low].norm) in _SHOWN_BY \
            and subject.first == first:
        # "أبدى محللون لسوق الأسهم تفاؤلهم …. وأشاروا إلى أن …": a group that showed what
        # it feels is whom the next verb of saying (in the plural) goes on with
        discourse.spoke(entities.resolve(subject, tokens[first].start), number)
        return
    if subject.kind not in ("person", "organisation") or not (subject.title or subject.name):
        return
    cut = next((m for m in range(subject.first + 2, subject.last + 1)
                if _nisba(tokens[m - 1].norm) and tokens[m].norm.startswith("ال")
                and not _nisba(tokens[m].norm) and not broken(text, tokens, m)
                and tokens[m].norm not in _CLOSING_ADJECTIVES), None)
    if subject.kind == "person" and not subject.name and cut is not None:
        # "وأدان رئيس الوزراء العراقي | الهجوم الإرهابي": after the title's adjective of
        # belonging, a noun with the article is the verb's object
        subject = parse_subject(text, tokens, first, cut, names=False) or subject
    if subject.kind == "person" and not subject.name:
        # "انتقد رئيس الوزراء العراقي حيدر العبادي أطرافا …": the title, then a name of
        # two words or more (no word a list knows first), is the man whom "وقال العبادي"
        # names later; the verb's object follows it
        for bound in range(min(high, subject.last + 5), subject.last + 2, -1):
            named = parse_subject(text, tokens, first, bound, names=True)
            if named is not None and named.last == bound - 1 and " " in (named.name or "") \
                    and named.title and not named.name.startswith("ال") \
                    and not _lexical(normalize_text(named.name).split()[0]):
                subject = named
                break
    entity = entities.resolve(subject, tokens[first].start)
    if entity is not None:
        discourse.spoke(entity, number)


def _note_caller(text: str, tokens: list[Token], low: int, high: int, entities: Entities,
                 discourse: _Discourse, number: int) -> None:
    """"تلقى الأمير … اتصالاً هاتفياً من صاحب السمو الملكي الأمير سلمان بن حمد …. وأعرب
    سموه عن …": in a sentence that opens with a verb of receiving (past كما), the caller,
    named in full, is the one the next verb (or his highness) goes on with."""
    if low + 1 < high and tokens[low].norm in ("كما", "فيما", "ثم", "اخيرا", "واخيرا"):
        low += 1    # (as well, then, finally: "وأخيراً تلقى …")
    if low + 1 >= high or not L.one_of(tokens[low].norm, _RECEIVED):
        return
    caller = _caller(text, tokens, low + 1, high)
    entity = entities.resolve(caller, tokens[caller.first].start) if caller is not None else None
    if entity is not None:
        entities.called(entity, tokens[high - 1].end)
        discourse.spoke(entity, number)


def _caller(text: str, tokens: list[Token], first: int, high: int) -> Subject | None:
    """Who made the call (or sent the cable) the sentence's subject received: "تلقى …
    اتصالاً هاتفياً اليوم من صاحب السمو الملكي الأمير سلمان بن حمد …", a person named in
    full after من; None otherwise."""
    for j in range(first + 1, min(high - 1, first + 30)):
        if not _from_the_caller(tokens, j, first):
            continue
        caller = parse_subject(text, tokens, j + 1, high, names=True)
        return caller if caller is not None and caller.kind == "person" \
            and " " in (caller.name or "") else None
    return None


# Verbs of showing a feeling ("أبدى محللون تفاؤلهم"، "أعرب مسؤولون عن قلقهم").
_SHOWN_BY = L._norm("ابدي ابدت اعرب اعربت عبر عبرت")

# Verbs of receiving: their subject is whom messages were sent to.
_RECEIVED = L._norm("تلقي تلقت يتلقي تتلقي استقبل استقبلت يستقبل تستقبل")

# Who a prayer is addressed to: a reporting-shaped verb before these prays.
_GOD = L._norm("الله المولي ربه ربها ربنا العلي")


def _god(tokens: list[Token], j: int) -> bool:
    """Is token j God, whom a prayer addresses ("داعيا المولى عز وجل أن …")? العلي only with
    القدير or العظيم after it: alone it is a family name ("وقال العلي إن …")."""
    word = L.bare(tokens[j].norm)
    if word == "العلي":
        return j + 1 < len(tokens) and tokens[j + 1].norm in ("القدير", "العظيم")
    return word in _GOD


# عبّر is spelt like the preposition عبر: it reports only with its عن
_EXPRESSED = {"عبر", "يعبر", "تعبر"}


# Prepositions after which a verb's letters spell its verbal noun ("عن وصف"، "في قول"، "على
# تأكيد"); not من, ما or بعد, which a verb may follow ("من أكد"، "بعد أن أعلن").
_NOUN_AFTER = L._norm("عن علي في الي خلال عبر حول")


# "If", as written (إنْ before a verb; "أن"، "ان" are "that", after "بعد" too).
_IF = frozenset("إذا وإذا فإذا اذا واذا فاذا لو ولو فلو إن وإن".split())


def _construction(text: str, tokens: list[Token], starts: list[int], k: int,
                  units: list[_Unit], reports: list[_Unit], paragraph: Paragraph, number: int,
                  entities: Entities, discourse: _Discourse, said: set[int]) -> int:
    """Read the reporting construction opened by token k; return where to go on."""
    norm = tokens[k].norm
    cue_at = tokens[k].start
    sentence_end = _sentence_end(paragraph, cue_at)
    limit = bisect_left(starts, sentence_end)
    feminine: bool | None = L.feminine_verb(norm) if (
        L.speech_verb(norm) or L.that_only_verb(norm)) and not L.plural_verb(norm) else None
    subject: Subject | None = None
    after = k + 1
    previous_speaker = _previous_in_sentence(reports, units, paragraph, cue_at)
    if k + 1 < len(tokens) and _god(tokens, k + 1):
        return k + 1    # "داعيا المولى عز وجل أن …"، "سائلا الله أن …": a prayer, not a report
    if k > 0 and tokens[k - 1].norm in _WHO_WHICH and not broken(text, tokens, k) \
            and norm.endswith(("ها", "هم", "ه")) and len(norm) >= 5 \
            and not any(f in L.DESCRIBING or f in _CONSIDERS for f in L.forms(norm)):
        return k + 1    # "نظام هيئة المحامين التي أقرها مجلس الوزراء": what the council
        # approved (its pronoun the noun before it), no report of what it said (but "القمة
        # التي وصفها البيت الأبيض بـ«التاريخية»" says how the White House called it)
    if k > 0 and tokens[k - 1].norm in ("عدم", "بعدم", "دون"):
        return k + 1    # "طالبا عدم كشف اسمه": a report not made
    if k > 0 and text[tokens[k - 1].start:tokens[k - 1].end] in _IF and not broken(text, tokens, k):
        return k + 1    # "وإذا ذكر البيت التجاري … فإنه"، "حتى وإن رأى اتحاد الكرة أن …"، "لو
        # تابعنا كل ما كتب …": if one said it, a report no one made
    if k > 0 and tokens[k - 1].norm in ("هناك", "وهناك", "هنالك", "وهنالك") \
            and not broken(text, tokens, k) \
            and (tokens[k - 1].norm[:1] == "و" or k == 1 or broken(text, tokens, k - 1)):
        return k + 1    # "وهناك تشدد من قبل الوزارة": opening its clause, there is (a noun
        # follows, no verb); after a word, هناك is "there" ("عثر عليها هناك محذرة")
    if k > 1 and tokens[k - 1].norm in ("يكن", "تكن") and tokens[k - 2].norm in ("لم", "ولم") \
            and not broken(text, tokens, k):
        return k + 1    # "سلوكياته التي لم يكن ينفيها عن نفسه": was not denying, no report
    if k > 0 and tokens[k - 1].norm in ("لم", "ولم", "لن", "ولن"):
        # "ولم تكشف الشركة عن المواد، لكنها قالت إن …": a report not made, by someone the
        # next verb may go on with
        # (only someone already known, or surely someone: not words the grammar takes for
        # a name, "الا أنه لم تظهر بوادر أخرى": no signs appeared, no one to go on with)
        named = parse_subject(text, tokens, k + 1, limit)
        if named is not None and named.kind != "unknown":
            entity = entities.resolve(named, cue_at, introduce=_could_name(tokens, named))
            if entity is not None:
                discourse.spoke(entity, number)
        return k + 1
    if k > 0 and tokens[k - 1].norm in ("ان", "وان") and not broken(text, tokens, k) \
            and _present(norm):
        return k + 1    # "استبعد أن يعلن تنظيم داعش مسؤوليته": a present verb after أن is a
        # report that might be made, was expected or is wished for, none made
    if (L.bare(norm) in _CONSIDERS or _present(norm)) \
            and _after_its_subject_in_that(text, tokens, k) \
            and any(u.start <= tokens[k].start < u.end and not _relayed_by_media(u)
                    for u in reports):
        return k + 1    # "وذكر … أن الولايات المتحدة تعتبر حزب العمال الكردستاني «منظمة
        # إرهابية»": inside another's report, the verb's subject stands before it, so what
        # follows is what it considers, not who speaks; the words stay with that report
    if L.bare(norm) == "رد" and k > 0 and tokens[k - 1].norm in ("هي", "هو", "وهي", "وهو") \
            and not broken(text, tokens, k):
        return k + 1    # "هذه الزيارة هي رد قاطع على أن …": a reply, the noun after «it is»,
        # no one replying
    if k > 0 and tokens[k - 1].norm == "غير" and L.participle(norm):
        return k + 1    # "في زيارة غير معلنة إلى بغداد": unannounced, not announcing
    if k > 0 and tokens[k - 1].norm in ("من", "ومن") and norm.endswith(("ها", "هم")) \
            and norm[:1] == "ا":
        return k + 1    # "ومن أوضحها حشر …": the clearest of them, not he clarified it
    if k > 0 and (tokens[k - 1].norm == "مما" or tokens[k - 1].norm == "ما" and k > 1
                  and tokens[k - 2].norm in _THIS) and not L.participle(norm):
        return k + 1    # "وهو ما يؤكد مكانة «معادن»": the outlet's comment, ما its subject
    if _adjective(text, tokens, k):
        return k + 1    # "وسط إجراءات أمنية مشددة"، "بحراسة مشددة من": strict, not stressing
    if _worth_mentioning(text, tokens, k):
        return k + 1    # "دون كميات تذكر": worth mentioning, not mentions
    if _opinion_noun(text, tokens, k):
        return k + 1    # "ويعزز المدرب سلمان النمشان رأي الدبيخي بالقول: …": the opinion
    if k + 1 < len(tokens) and L.bare(norm) in ("رد", "ردود", "رده") \
            and L.bare(tokens[k + 1].norm) in ("فعل", "الفعل", "افعال") \
            and not broken(text, tokens, k + 1):
        return k + 1    # "في أول رد فعل للسلطات": a reaction, a noun; no one named «فعل»
    if k + 2 < limit and tokens[k + 1].norm in ("ذلك", "هذا") and not broken(text, tokens, k + 1) \
            and not broken(text, tokens, k + 2) and L.speech_verb(norm) and not L.participle(norm):
        # "…، أوضح ذلك الناطق الإعلامي العقيد عبدالمنعم الحيزان.": who said what was just told
        # (the outlet's words for it, no quotation), and whom "وأشار إلى أن …" goes on with
        by = k + 2
        if tokens[by].norm in ("ل", "لـ") and by + 1 < limit:
            by = _quoted_name_end(text, tokens, by + 1, limit) or by   # "كشف ذلك لـ«اليوم» مدير …"
        elif L.one_of(tokens[by].norm, L.ADDRESSEES) and by + 1 < limit:
            by += 1                                                     # "أوضح ذلك للصحفيين …"
        said_by = parse_subject(text, tokens, by, limit) if by < limit else None
        if said_by is not None and said_by.kind != "unknown":
            discourse.spoke(entities.resolve(said_by, cue_at), number)
            return said_by.last + 1
        if said_by is None and by < limit and _kin_with_pronoun(text, tokens[by]):
            discourse.forget()  # "وقد أكدت ذلك والدتها وأفادت أن …": her mother, whom no
            return by + 1       # name says; not whoever spoke before (so the next verb abstains)
    if k > 0 and tokens[k - 1].norm in ("في", "حد") \
            and L.one_of(norm, L.DESCRIBING) and not broken(text, tokens, k):
        return _describing_noun(text, tokens, starts, k, units, reports, paragraph, number,
                                entities, discourse)
    if k > 0 and tokens[k - 1].norm in _NOUN_AFTER and L.speech_verb(norm) \
            and not L.participle(norm) and not broken(text, tokens, k):
        return k + 1    # "ما تم تداوله عن وصف جثة الطفلة بـ«…»"، "في لفت أنظار الزوار": after
        # a preposition the word is a verbal noun, not a verb with a subject after it
    if k >= 2 and tokens[k - 1].norm == "عن" and L.reporting_word(tokens[k - 2].norm) \
            and not broken(text, tokens, k - 1) and not broken(text, tokens, k):
        return k + 1    # "وأعرب عن أمله في أن …": the verb's own report (أمله is his hope,
        # not a verb), read from the verb with its subject
    if norm == "بين" and k > 0 and not broken(text, tokens, k) \
            and tokens[k - 1].start >= _sentence_start(paragraph, cue_at) \
            and tokens[k - 1].norm not in _LEADERS and not L.particle(tokens[k - 1].norm) \
            and tokens[k - 1].norm not in ("الذي", "التي", "الذين") \
            and (_between_and(text, tokens, k, limit)
                 or tokens[k - 1].norm[:1] == "ب" and len(tokens[k - 1].norm) > 3
                 and k + 1 < limit and not L.particle(tokens[k + 1].norm)):
        return k + 1    # "لمباراة السوبر بين الهلال والنصر": between, inside a phrase (بيّن
        # opens its clause, or its أن follows it: "الوزير بين أن"، "الذي بين أن"); so after a
        # noun with بـ: "واحتفظت بالمادة بين أوراق الذاكرة إلى أن أعلنت …"
    if norm == "بين" and k > 0 and tokens[k - 1].norm in _SPREAD \
            and not broken(text, tokens, k):
        return k + 1    # "وشاع بين الطالبات أنها ستترك عباءتها": it spread among them, a
        # rumour with no teller (not "the students made clear")
    if _on_what(tokens, k) and norm.endswith(("ه", "ها")) and len(norm) >= 4 \
            and not broken(text, tokens, k):
        return k + 1    # "في أول رد فعل على ما نشره الموقع …": what the site published, in
        # a phrase of the sentence, no report of the site's before the words that follow
    if L.bare(norm) == "بين" and norm.startswith("و") and any(
            tokens[j].norm in _BETWEEN and tokens[j].start >= _sentence_start(paragraph, cue_at)
            for j in range(max(0, k - 30), k)):
        return k + 1    # "يربط بين شمال أبحر … وبين وسط جدة"، "تحول بينه وبين شموخه":
        # between A and B, not "and he made clear"
    if norm == "بين" and k + 1 < limit and not broken(text, tokens, k + 1) \
            and tokens[k + 1].norm.endswith("ين") and not tokens[k + 1].norm.startswith("ال") \
            and L.bare(tokens[k + 1].norm) not in L.GIVEN_NAMES:
        return k + 1    # "تقع بين خيارين إما أن …": between two (a dual or a plural without
        # the article), never who made clear
    if norm == "طالب" and k + 1 < limit and tokens[k + 1].norm[:1] == "و" \
            and not broken(text, tokens, k + 1):
        return k + 1    # "جوزيف شيبرد طالب ورئيس هيئة الطلاب": a student, not demanded
    if L.bare(norm) == "ابان" and written_bare(text, tokens[k])[:1] == "إ":
        return k + 1    # "إبان توليه الحكم": during (إبّان), not أبان (made clear)
    if _passive(text[tokens[k].start:tokens[k].end]):
        return k + 1    # "ذُكر أن …"، "اتُّهِم بالتقصير": the verb written passive names no speaker
    if norm in ("يذكر", "ويذكر") and k + 1 < limit and L.particle(tokens[k + 1].norm):
        return k + 1    # "يُذكر أن …": the outlet's own background, no one's words
    if L.bare(norm) in _EXPRESSED and not any(
            tokens[j].norm == "عن" for j in range(k + 1, min(limit, k + 10))):
        return k + 1    # "وليس عبر وكيل محلي، مؤكدا …": via, not expressed (عبّر عن)
    if L.bare(norm) == "ذكر" and ("(" in gap(text, tokens, k) or k + 1 < limit
                                  and "/" in gap(text, tokens, k + 1)):
        return k + 1    # "كيمياء ( ذكر / انثى)": male, not "mentioned"
    if L.one_of(norm, _ACCUSING):
        j = k + 1
        while j < limit and (tokens[j].norm in ("ايضا", "كذلك") or L.one_of(tokens[j].norm,
                                                                          L.TIME_WORDS)):
            j += 1
        if j < limit and tokens[j].norm.startswith(("بال", "بان")) \
                and not broken(text, tokens, j):
            return k + 1    # "واتُّهم أيضا بالتآمر …": no one accused between the verb and
            # بـ, so it is the passive, "was accused of", and no one's report
    if promised(tokens, k, limit):
        return k + 1    # "وعدت المجلس العسكري بإرسال عربات …": promised (وعد), whom, then
        # what with بـ; not «و» and «عدّ» (considered), no one's report
    if L.bare(norm) in _DREW and k + 1 < limit and tokens[k + 1].norm in _MY_ATTENTION:
        return k + 1    # "لفت نظري، في حوار مدير …، تركيزه على …": caught my eye (the writer's),
        # no one's report
    if L.bare(norm) in _DESCRIBED_AS and k + 1 < limit and not broken(text, tokens, k + 1) \
            and (tokens[k + 1].norm == "ب" or tokens[k + 1].norm.startswith(("بان", "بال"))):
        return k + 1    # "حيث وُصف بـ«المتخصص»": was described as, with no one describing
        # (whoever describes has an object first: "ووصفه بـ…"، "وصف بوتين اللقاء بأنه …")
    if L.bare(norm) in _ONLY_WITH_B and not any(
            tokens[j].norm[:1] == "ب" or L.particle(tokens[j].norm)
            for j in range(k + 1, min(limit, k + 8))):
        return k + 1    # "بأن يقر مجلس الوزراء تعيين قائد للجيش": approves, not acknowledges
        # (أقر بـ… or أقر أن …), so it names no speaker for what follows either
    if L.bare(norm) in ("يعد", "تعد") and k + 1 < limit and not broken(text, tokens, k + 1) \
            and (tokens[k + 1].norm.endswith("ا") or tokens[k + 1].norm[:1] == "م"
                 and tokens[k + 1].norm.endswith("ه") and len(tokens[k + 1].norm) >= 5) \
            and not tokens[k + 1].norm.startswith("ال") \
            and not L.one_of(tokens[k + 1].norm, L._KNOWN):
        return k + 1    # "دعم الجهات الحكومية يعد رافدا لجهود …": يُعدّ "is considered", an
        # indefinite noun after it, no one counting (nor promising: "يعد بـ…"); so a
        # feminine one of مُـ: "والتي لا تعد متخصصة"
    if _drew_attention(text, tokens, k, limit):
        return k + 1    # "ولفت مهرجان أبها انتباه الزوار إلى تنوع معارضه": drew their
        # attention to a thing, no report (but "لفت الانتباه إلى أن …" reports)
    if L.bare(norm) in ("زاد", "تابع", "يتابع", "تتابع") \
            and not _says_next(text, tokens, k, limit, units):
        return k + 1    # "زاد حنق الأعداء": increased, not added (وزاد بوتين: …، زاد أن …);
        # "السويكت تابع بنفسه الموقف": followed up, not went on saying
    if L.one_of(norm, L.ACCORDING):
        return _according(text, tokens, starts, k, units, reports, paragraph, number, entities,
                          discourse, limit, relayed=previous_speaker not in (None, _NOBODY))
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
    named_before = False
    from_him = False    # "ونقل التلفزيون عنه قوله": the one the pronoun stands for spoke
    plain = False   # the subject after the verb is nouns with the article, and all of it
    called_on = False               # the noun after the verb is whom it called on
    whom_end: int | None = None     # after a phrase that is the verb's object, not its subject
    # "أنها حذرت …": the pronoun joined to أن before the verb is its subject
    pronoun_subject = k > 0 and tokens[k - 1].norm in _THAT_HE
    # (عن may come after the relaying one's long title and a time word: "ونقل جورج شترايتر
    # نائب المتحدث باسم الحكومة الألمانية أمس عن ميركل قولها …", within its clause)
    relayed_from = next((j for j in range(k + 1, min(limit, k + 14))
                         if (tokens[j].norm == ("الي" if L.one_of(norm, L.ASCRIBING) else "عن")
                             or _from_him_his_words(text, tokens, j, limit))
                         and j + 1 < limit and (j < k + 8 or not any(
                             broken(text, tokens, m) or L.particle(tokens[m].norm)
                             for m in range(k + 1, j + 1)))), None) \
        if L.one_of(norm, L.RELAY_VERBS) else None
    if relayed_from is None and L.one_of(norm, L.ASCRIBING):
        return k + 1    # "نسب ارتفاع الإيجارات": rates (نِسَب), or ascribed with no إلى:
        # whose words, the text does not say
    if relayed_from is not None:
        # "ونقلت وكالة … عن مصدر قوله إن …": the source after عن speaks (without عن, "ونقلت
        # مواقع يمنية أن …" reports as قال does)
        from_him = _from_him_his_words(text, tokens, relayed_from, limit)
        subject = None if from_him else parse_subject(text, tokens, relayed_from + 1, limit)
        if from_him:
            # (whom the pronoun stands for goes on: in its gender, not the outlet's verb's)
            feminine = tokens[relayed_from].norm == "عنها"
        after = _past_speech_noun(tokens, (subject.last + 1) if subject is not None
                                  else relayed_from + 1, limit)
        relayed = _anchor(text, tokens, after, limit, units)
        said_so = after > (subject.last + 1 if subject is not None else relayed_from + 1)
        if relayed is None or relayed[1] > after + 1 and not (
                said_so and _between_is_adjunct(text, tokens, after, relayed[1])):
            return k + 1    # "نقل سموه تعازي …": conveyed, not a report of words (but "إلى
            # حفتر قوله، لدى اجتماعه أمس …، إن": his words, and where he said them)
    elif L.participle(norm) or L.bare(norm) in L.SPEECH_NOUNS:
        pass        # "، مؤكدا أن …": the speaker of the sentence goes on
    elif L.plural_verb(norm) and not L.speech_verb(tokens[k + 1].norm if k + 1 < limit else ""):
        # "وقالوا إن …"، "المراقبون يؤكدون أن …": a plural verb's subject stands before it or
        # is unsaid; the words after it are not its subject (that would take the singular)
        subject = _subject_before(text, tokens, k, paragraph, entities)
        discourse.how = "subject-first" if subject is not None else "carry"
    elif (was := _subject_after_was(text, tokens, k, paragraph, entities)) is not None:
        # "وكان الصافي، طالب العبادي بأن …": كان, its subject, then the verb; the name
        # after the verb is whom he called on
        subject = was
        discourse.how = "subject-first"
        told = parse_subject(text, tokens, k + 1, limit)
        if told is not None and told.last + 1 < limit and L.particle(tokens[told.last + 1].norm):
            after = told.last + 1   # (what he said comes after whom he said it to)
    elif _unknown_after_was(text, tokens, k, paragraph):
        # "وكان السيستاني دعا العبادي إلى أن …"، "وكانت العائلة أعلنت …": كان, one word with
        # the article, then the verb: that word is its subject (a name the article never
        # introduced, or a noun), and the one after the verb whom it called on
        subject = parse_subject(text, tokens, k - 1, k)
        discourse.how = "subject-first"
        if subject is None:
            discourse.forget()
            return k + 1
    elif _fronted_subject(text, tokens, k, number) is not None:
        # "أما النائب فلان فوصف الخطة بأنها …": the subject stands before أما's فـ
        subject = _fronted_subject(text, tokens, k, number)
        discourse.how = "fronted"
    elif pronoun_subject and not broken(text, tokens, k) \
            and (L.one_of(norm, _WARNED) or L.one_of(norm, _TELL)):
        # "مضيفا أنها حذرت السفراء من أنه …": the pronoun joined to أن is the verb's
        # subject, so the noun after a verb of warning or telling is whom she warned, not
        # who speaks ("لكنه أبلغ مؤتمرا بالهاتف مع الصحفيين أنه …": whom he told, up to أن)
        discourse.how = "carry"
        told = next((j for j in range(k + 1, min(limit, k + 9)) if L.particle(tokens[j].norm)),
                    None)
        if L.one_of(norm, _TELL) and told is not None and all(
                _CLAUSE_MARKS.isdisjoint(gap(text, tokens, j)) for j in range(k + 2, told + 1)):
            whom_end = told
    elif k > 0 and gap(text, tokens, k).strip() in (",", "،") and not norm.startswith("و") \
            and _fronted_source(text, tokens, k, paragraph, entities) is not None \
            and (L.one_of(norm, _TELL) or k + 1 < limit and L.particle(tokens[k + 1].norm)):
        # "مصادر طبية مطلعة، أبلغت الصحيفة بأن …"، "المصادر ذاتها، بينت أن …": the subject
        # opens the sentence, set off by a comma before its verb; the noun after a verb of
        # telling is whom it told
        subject = _fronted_source(text, tokens, k, paragraph, entities)
        discourse.how = "subject-first"
        told = next((j for j in range(k + 1, min(limit, k + 9)) if L.particle(tokens[j].norm)),
                    None)
        if L.one_of(norm, _TELL) and told is not None and all(
                _CLAUSE_MARKS.isdisjoint(gap(text, tokens, j)) for j in range(k + 2, told + 1)):
            after = told    # (past whom it told)
    elif L.one_of(norm, _CALLED_ON) and k + 2 < limit and tokens[k + 1].norm.startswith("ال") \
            and tokens[k + 1].norm.endswith("ين") and len(tokens[k + 1].norm) >= 7 \
            and (called := next((j for j in range(k + 2, min(limit, k + 8))
                                 if tokens[j].norm in ("بان", "بانه", "بانها")
                                 and not any(broken(text, tokens, m) for m in range(k + 1, j + 1))),
                                None)) is not None:
        # "وطالب المتعاملين في سوق الأسهم بأن يكونوا …": a sound plural in -ين right after a
        # verb of calling on is whom he called on (its subject would take -ون); the verb goes
        # on with whoever spoke, and what he called for follows بأن
        discourse.how = "carry"
        after, called_on = called, True
    elif norm in _CONSIDERS and k > 0 and not broken(text, tokens, k) \
            and (before := _subject_before(text, tokens, k, paragraph, entities)) is not None:
        # "لكن مصادر في المعارضة السورية وصفت انسحاب «النصرة» … بـ«…»": the subject stands
        # before the verb of describing, and what follows it is what was described
        subject = before
        discourse.how = "subject-first"
    elif number == 0 and k > 0 and norm[:1] in ("ي", "ت") \
            and (before := _headline_subject(text, tokens, k, paragraph, entities)) is not None:
        # a headline "التحالف يعلن هدنة إنسانية"، "«سوني» تعلن عن …": the subject first,
        # the object after
        subject = before
        discourse.how = "subject-first"
    else:
        anchor = _anchor(text, tokens, k + 1, limit, units)
        bound = anchor[1] if anchor is not None else limit
        subject = parse_subject(text, tokens, k + 1, bound, names=anchor is not None
                                or _name_then_object(text, tokens, k + 1, bound))
        if subject is not None and L.one_of(norm, L.CONDEMNING):
            subject = before_the_condemned(text, tokens, subject)
        if subject is not None and subject.kind == "anonymous" and anchor is not None:
            subject = _with_the_named_office(text, tokens, subject, bound)
        if subject is not None and subject.kind == "person" and anchor is not None \
                and anchor[0] == "that" and subject.last + 1 < bound:
            subject = _honoured_name_before_that(text, tokens, subject, bound) or subject
        if subject is not None and subject.kind == "person" and subject.feminine \
                and feminine is False and not subject.name and subject.first == k + 1 \
                and not L.one_of(tokens[k + 1].norm, L.PLURAL_TITLES | L.ANONYMOUS):
            subject = None  # "والذي كتب مقدمة الدراسة، إن": a woman's title after a verb in
            # the masculine is no subject of it (a verb before its subject agrees with her:
            # "قالت مقدمة البرنامج"), but its object, the study's introduction
        if subject is not None and subject.kind == "person" and subject.name \
                and not subject.title and feminine is False and subject.first == k + 1 \
                and all(ta_marbuta(text, tokens[m]) for m in range(k + 1, subject.last + 1)) \
                and L.bare(tokens[k + 1].norm) not in L.GIVEN_NAMES \
                and not _saying_next(text, tokens, subject.last + 1):
            subject = None  # "وأعلنها مدوية بقوله"، "يعتبر نقلة نوعية وإن كان": a word in ة
            # after a verb in the masculine, and every word after it in ة too, is no man's
            # name a list knows (أسامة، حمزة are; "خليفة حفتر" ends otherwise), and a woman's
            # would take the feminine: what the verb says of its object
            if k + 2 < limit and tokens[k + 2].norm in ("بقوله", "بالقول") \
                    and not broken(text, tokens, k + 2):
                after = k + 2   # (how he said it; his saying follows)
            # (A family name in ة that his words follow at once stays his: "وأضاف مندورة:
            # «…»"، "وقال عكاشة إن": an object leaves the verb's saying still to come.)
        if subject is not None and norm[:1] == "و" and L.one_of(norm[1:], _ACCUSING) \
                and previous_speaker not in (None, _NOBODY) and not subject.name \
                and any(tokens[m].norm.endswith("يين")
                        for m in range(subject.first, subject.last + 1)):
            subject = None  # "قال مصدر أمني إن …، واتهم وزراء إسرائيليين «بنشر دعاية …»":
            # the plural's adjective is in the accusative (-يين), whom he accused, so the
            # one who spoke goes on (but "واتهم ذوو الطفلة المستشفى": ذوو, nominative)
        one_of = next((j for j in range(k + 3, bound) if L.bare(tokens[j].norm) in _ONE_OF),
                      None) if subject is None and anchor is not None else None
        if one_of is not None:
            # "كشف العميد الركن صالح علي حسن أحد القادة العسكريين في جبهة أبين أن …": a name,
            # then «أحد …», who he is, up to what he said
            subject = parse_subject(text, tokens, k + 1, one_of, names=True)
            if subject is None or subject.kind != "person" or not subject.name \
                    or subject.last != one_of - 1:
                subject = None
        if subject is None and anchor is not None and anchor[0] == "that" \
                and (any(f in _SAYS for f in L.forms(norm)) and text[tokens[anchor[1]].start]
                     in "إا" or any(f in _STATES for f in L.forms(norm))):
            # "وقال لوري والاش مدير منظمة … في واشنطن ان …": a name no list knows, then who
            # the person is, up to قال's إنّ; or up to the أنّ of a verb that takes no
            # person for its object ("وأكد بلحسن الوسلاتي المتحدث باسم وزارة الدفاع أن")
            subject = _unread_name_then_title(text, tokens, k, anchor[1])
        if subject is None and k + 2 < bound and tokens[k + 1].norm in _IN_IT \
                and not broken(text, tokens, k + 2) and L.bare(norm) not in _APPEARS:
            # "في وقت أشارت فيه المتحدثة باسم الشرطة … إلى أن": in it, then who said it (a
            # title or a body, not any words that parse as a name)
            subject = parse_subject(text, tokens, k + 2, bound, names=anchor is not None)
            if subject is not None and (subject.kind == "unknown"
                                        or subject.kind == "person" and not subject.title
                                        and not _full_name_then_title(text, tokens, subject,
                                                                      bound)):
                subject = None  # (but "في وقت أكد فيه دونالد بوث، المبعوث الأميركي …، أن":
                # a name, then his title set off by a comma)
        if anchor is not None and anchor[0] == "that" and any(f in _SAYS for f in L.forms(norm)) \
                and text[tokens[anchor[1]].start] in "إا":
            subject = _body_name_runs_on(text, tokens, k, subject, anchor[1]) or subject
        if _title_only(subject) and anchor is not None and anchor[0] == "quote" \
                and anchor[1] == subject.last + 1:
            titled = _title_then_quoted_name(text, tokens, starts, subject, anchor[2], limit,
                                             units, entities, cue_at)
            if titled is not None:
                subject, anchor, bound = titled, None, limit
            elif _quoted_genitive(text, tokens, starts, subject, anchor[2]):
                # "وكتب الصحافي … رئيس تحرير «الشرق الأوسط» سابقا … أن …": the paper his title
                # governs, a name, not his words; what he said comes after it, if anything
                subject, anchor = _past_quoted_genitive(text, tokens, starts, subject,
                                                        anchor[2], limit, units)
                bound = anchor[1] if anchor is not None else limit
        elif _title_only(subject) and anchor is not None and subject.last + 3 <= anchor[1] \
                and gap(text, tokens, subject.last + 1).strip() in (",", "،"):
            subject = _title_comma_name(text, tokens, subject, anchor[1]) or subject
        elif _name_to_colon(text, tokens, subject, anchor):
            subject = _title_then_unread_name(text, tokens, subject, anchor)
        elif _title_only(subject) and anchor is not None and anchor[0] in ("that", "colon") \
                and (quoted := _quote_at(text, tokens[subject.last].end, units)) is not None \
                and quoted.kind == "term":
            # 'قال المتحدث باسم الاحتلال “افيخاي ادرعي” إن …': the name in quotation marks
            # (a term, so no anchor) after a title whose last word no list knows; or the
            # title's quoted genitive, then the person ("تحدث رئيس مهرجان «جدة 36» الاستاذ
            # محمد الساعد بقوله: «…»")
            titled = _title_then_quoted_name(text, tokens, starts, subject, quoted, limit,
                                             units, entities, cue_at) \
                if anchor[0] == "that" else None
            if titled is not None:
                subject = titled
            elif _quoted_genitive(text, tokens, starts, subject, quoted):
                past, past_anchor = _past_quoted_genitive(text, tokens, starts, subject, quoted,
                                                          limit, units)
                if past_anchor is not None and past_anchor[1] == anchor[1] and (
                        past.name or anchor[0] == "that"
                        and tokens[subject.last + 1].start >= quoted.start):
                    subject = past  # (with no name, the title over the genitive right after
                    # it: "وأوضح قائد عمليات "غضب عدن" أن": the office, whoever the article
                    # said holds it; not over whom he told, "قائد نصر لـ«الشرق الأوسط»")
        # a headline "بخاري يحذر واشنطن بأن …": its speaker stands before the verb (here
        # someone the body names only later); after it, whom he warned
        named_before = subject is not None and number == 0 and 0 < k <= 3 \
            and norm[:1] in ("ي", "ت") and not any(
                broken(text, tokens, j) or L.one_of(tokens[j - 1].norm, L._KNOWN)
                for j in range(1, k + 1))
        if subject is not None and k > 0 and tokens[k - 1].norm in ("الذي", "التي", "من") \
                and not broken(text, tokens, k) \
                and (L.one_of(norm, L.DESCRIBING) or L.one_of(norm, _ACCUSING)) \
                and not norm.endswith(("ه", "ها")):
            subject = None  # "جمال حمدان … الذي وصف القناة بأنها …": what he described (or
            # "المالكي الذي اتهم المملكة العربية السعودية بدعم …": whom he accused), the
            # relative pronoun's verb has the one before it as subject (but "القمة التي
            # وصفها البيت الأبيض بـ…": with its pronoun, the one before is what it describes)
        if subject is not None and k > 0 and tokens[k - 1].norm in _BUT_HE \
                and not broken(text, tokens, k) and not norm.endswith(("ه", "ها")):
            subject = None  # "لكنه دعا ايران الى أن …": "but he" is the verb's subject, the
            # noun after it is whom he called on
        if subject is not None and k > 0 and tokens[k - 1].norm in ("ما", "مما") \
                and not broken(text, tokens, k) and norm[:1] in ("ي", "ت") \
                and not norm.endswith(("ه", "ها")):
            subject = None  # "ولكن ما يؤكد سبب الانتشار … أن …": what confirms the cause
            # is that … (ما is the subject; what follows the verb, its object; but "ما
            # أكده الوزير": what the minister confirmed, his with the verb's pronoun)
        if subject is None and (bound == k + 2 or bound == k + 3 and L.bare(
                tokens[k + 2].norm) in ("الي", "علي")) and not broken(text, tokens, k + 1):
            # "وأضاف باتيس أن …"، "وأشار بحاح، إلى أن …": the one word before the verb's
            # (إلى/على) أن is the family name of someone the article named in full (a foreign
            # name may open like بـ or لـ)
            subject = _surname_subject(text, tokens, k + 1, entities)
        if subject is None and anchor is not None and not broken(text, tokens, k + 1):
            # "وشدد اللواء السعدون على أن …": a rank or honorific, then the family name
            subject = _ranked_surname(text, tokens, k + 1, bound, entities)
        if subject is None and anchor is not None and anchor[0] == "colon" and bound == k + 2 \
                and not broken(text, tokens, k + 1) \
                and not L.one_of(tokens[k + 1].norm, L._KNOWN) \
                and not L.reporting_word(tokens[k + 1].norm) and not _manner(text, tokens[k + 1]) \
                and not tokens[k + 1].norm.endswith(("ه", "ها", "هم")) \
                and not _written_to(text, tokens[k + 1]):
            # "وقال لودفيج: …": the one word between the verb and its colon is who spoke, a
            # name no list knows (not the last speaker: "لكن دريك قال: …" came before; nor
            # whom it was said to, "قالت لسكوراس:", a name the article writes without لـ)
            word = text[tokens[k + 1].start:tokens[k + 1].end]
            subject = Subject(k + 1, k + 1, tokens[k + 1].start, tokens[k + 1].end, "person",
                              word, name=word)
        if subject is None and anchor is not None and anchor[0] in ("colon", "quote") \
                and bound == k + 3 and (tokens[k + 1].norm in L.SURNAME_PARTICLES
                     or text[tokens[k + 1].start:tokens[k + 1].end] == "آل") \
                and not broken(text, tokens, k + 1) \
                and not broken(text, tokens, k + 2) and not L.one_of(tokens[k + 2].norm, L._KNOWN):
            # "وقال فان جال: …"، "كما أوضح آل بوشوكة: …": a family name with its particle
            # (آل, the family of), as one word is above
            words = text[tokens[k + 1].start:tokens[k + 2].end]
            subject = Subject(k + 1, k + 2, tokens[k + 1].start, tokens[k + 2].end, "person",
                              words, name=words)
        if subject is None and anchor is not None and L.object_verb(norm) and k + 2 < bound \
                and not broken(text, tokens, k + 1) and not broken(text, tokens, k + 2) \
                and not L.one_of(tokens[k + 1].norm, L._KNOWN):
            # "واعتبر السعدون استهداف المساجد «حالة من اليأس …»": the family name of someone
            # the article named in full, then the verb's object, with a quotation in it
            subject = _surname_subject(text, tokens, k + 1, entities)
        if (subject is None or subject.kind == "unknown" and subject.first == subject.last
                == k + 1) and k + 1 < bound and _nominative_group(tokens[k + 1].norm) \
                and not broken(text, tokens, k + 1):
            # "ونفى الانفصاليون مهاجمة قوات حكومية": a sound plural in -ون is nominative,
            # never the object: the verb's subject, a group the text names by what they are
            end = group_end(text, tokens, k + 2, bound)     # (and its adjectives: "الأكراد")
            words = text[tokens[k + 1].start:tokens[end - 1].end]
            subject = Subject(k + 1, end - 1, tokens[k + 1].start, tokens[end - 1].end,
                              "anonymous", words, feminine=True)
        if subject is None and anchor is None:
            # "وأكد شتاينماير تفهمه …"، "تحدث الجبير عن …": a bare name or family name after
            # the verb is the subject only when the article has introduced that person
            named = parse_subject(text, tokens, k + 1, bound) \
                if k + 1 < len(tokens) and gap(text, tokens, k + 1).strip() not in (",", "،") \
                else None
            # (not after a comma: "بين بلدتي نافعة وعين ذكر، وتكمن أهميته …" is a place, then
            # another clause)
            if named is not None and (named.name or named.kind == "unknown"
                                      and " " not in named.label.strip()) and (
                    _side_after(tokens, named.last + 1)
                    or named.name and _his_own(text, tokens, named.last + 1)
                    or named.name and " " in named.name and named.last + 1 < bound
                    and not broken(text, tokens, named.last + 1)
                    and _apposition(tokens[named.last + 1].norm)
                    # ("توقع نواف الشريف مساعد الناطق الرسمي … هطول أمطار": who he is)
                    or entities.resolve(named, cue_at, introduce=False) is not None):
                subject = named     # (or "وأكد ترامب من جانبه على …": a subject's aside)
                if named.kind == "unknown" and named.first == named.last:
                    # "واعتبر السعدون استهداف …": the family name the article introduced,
                    # a person's (so that the verb's object is his)
                    subject = _surname_subject(text, tokens, named.first, entities) or named
            elif named is None and L.object_verb(norm) and k + 2 < bound \
                    and not broken(text, tokens, k + 1) and not broken(text, tokens, k + 2) \
                    and not L.one_of(tokens[k + 1].norm, L._KNOWN):
                # "وأكد الغامدي تواصل الفعاليات": one word, the family name of someone the
                # article named in full, then the object
                subject = _surname_subject(text, tokens, k + 1, entities) \
                    or _name_before_his(text, tokens, k + 1, bound)
        if subject is None and anchor is not None and k + 1 < anchor[1] \
                and not L.one_of(tokens[k + 1].norm, L._KNOWN) \
                and L.bare(tokens[k + 1].norm) not in _FAMILY_OPENERS:
            # "وقال تشاووش أوغلو لمؤسسة الإذاعة …: «…»": the surname of one the article named
            # in full, though the parser reads it as other words (not a word of the language,
            # "صرح مرارا" spelled like ماريا; nor a family's name, آل فايد, that a father and
            # his son share)
            subject = _surname_subject(text, tokens, k + 1, entities, 2) \
                or _surname_subject(text, tokens, k + 1, entities)
        if subject is not None and subject.first == subject.last and anchor is not None \
                and anchor[1] == subject.last + 1 and _manner(text, tokens[subject.first]):
            subject = None  # "وأضاف مازحا "…"": how he said it, not who
        if subject is not None and subject.kind == "person" and subject.name is None \
                and anchor is not None and anchor[0] == "that":
            # "أكد معالي الأمين العام لمجلس التعاون …، الدكتور عبد اللطيف الزياني، أن": the
            # title, then the name set off by commas (a title read on over its quoted
            # genitive stays so where no name follows: "قائد عمليات "غضب عدن" أن")
            apposed = _apposed(text, tokens, k + 1, bound)
            if apposed is not None and L.one_of(norm, L.CONDEMNING):
                apposed = before_the_condemned(text, tokens, apposed)   # (as read above)
            if apposed is not None and (apposed.name or apposed.last >= subject.last):
                subject = apposed
        if anchor is not None and (subject is None or subject.kind == "unknown"
                                   and not subject.title and subject.first == k + 1):
            subject = _body_by_its_statement(text, tokens, k + 1, bound) or subject
        if subject is None and anchor is not None and anchor[0] == "that" \
                and not L.one_of(norm, _TELL):
            subject = _quoted_subject(text, tokens, k + 1, bound)  # "وذكرت «علي بابا» أن"
        if subject is None and anchor is not None and anchor[0] == "quote" and anchor[1] == k + 1 \
                and not L.one_of(norm, _TELL):
            subject = _quoted_name(text, tokens, starts, k + 1, anchor[2], limit, units,
                                   entities, cue_at)
        if subject is None and anchor is None and L.object_verb(norm):
            # "أعلنت "زين السعودية" عن عرضها …": the quoted name, then the verb's object
            end = _quoted_name_end(text, tokens, k + 1, limit)
            if end is not None and L.bare(tokens[end].norm) in ("عن", "علي", "الي"):
                subject = _quoted_subject(text, tokens, k + 1, end)
        if subject is None and k + 3 < bound and tokens[k + 1].norm == "من" \
                and tokens[k + 2].norm in _ASIDE_WORDS and not broken(text, tokens, k + 3):
            # "وأوضح من جهته مساعد مدير المستشفى … الدكتور علي الغامدي، أنه …": on his side,
            # then who (someone new)
            subject = parse_subject(text, tokens, k + 3, bound)
            if subject is not None and subject.kind not in ("person", "organisation"):
                subject = None
        if subject is None and k + 1 < bound and _occasion(tokens, k + 1):
            # "وقال في تصريح لـ«عكاظ» مدير الإدارة فلان إن …"، "وقال أمس وزير …"، "وأوضح
            # لـ"الاقتصادية" عيضه الهذلي، الناطق …، أن …": the subject after the occasion
            quoted_until = -1
            for j in range(k + 2, min(bound, k + 8)):
                if j < quoted_until:
                    continue
                if tokens[j - 1].norm.startswith("ل") and not _OPENING.isdisjoint(
                        gap(text, tokens, j)):
                    # "أكد لـ«الشرق الأوسط» العميد فلان": the outlet's quoted name, and
                    # the subject after it
                    quoted_until = next((m for m in range(j + 1, min(bound, j + 6))
                                         if _after_closing_mark(text, tokens, m)), -1)
                    if quoted_until > 0:
                        continue
                if tokens[j].norm in ("مع", "بين", "ضد", "امام") \
                        or text[tokens[j].start - 1].isalpha():
                    break   # "في مؤتمر صحفي مع وزير الخارجية الروسي": who he spoke with;
                    # "في كلمة امام مؤسسة": before whom (أمام, not an imam)
                if L.one_of(tokens[j].norm, L.PERSON_TITLES) or L.one_of(tokens[j].norm, L.RANKS):
                    subject = parse_subject(text, tokens, j, bound)
                    if _name_to_colon(text, tokens, subject, anchor):
                        # "وقال له رئيس اللجنة بوب كوركر: «…»"
                        subject = _title_then_unread_name(text, tokens, subject, anchor)
                    break
                if L.one_of(tokens[j - 1].norm, L.PREPOSITIONS) \
                        and not tokens[j - 1].norm.startswith("ل") \
                        and not _occasion_token(tokens[j].norm):
                    break   # "تقول في خاتمة الكتاب: …": what في governs, not a subject
                if j == k + 2 and tokens[k + 1].norm[:1] == "ل" and len(tokens[k + 1].norm) > 3 \
                        and tokens[k + 1].norm[1:3] != "ال" and not broken(text, tokens, j):
                    break   # '"صلة" أكدت لإدارة النادي أن': to the club's management, the
                    # word after لـ's noun its genitive, not a subject
                if not _occasion_token(tokens[j].norm) and (
                        not broken(text, tokens, j) or _after_closing_mark(text, tokens, j)):
                    subject = _named_before(text, tokens, j, bound, entities, cue_at) \
                        or _source_before(text, tokens, j, bound)
                    break   # "وأكد في تصريح صحفي حرص ومتابعة المستشار …": the object first
                if not _occasion_word(text, tokens, j):
                    break
        if subject is not None and (anchor is None or anchor[0] == "quote") and subject.name \
                and (L.object_verb(norm) or L.one_of(norm, L.DESCRIBING)):
            subject = _without_object(text, tokens, k + 1, subject, entities, cue_at)
        if subject is not None and anchor is not None and anchor[0] == "quote" \
                and L.object_verb(norm) and subject.first == subject.last == anchor[1] - 1 \
                and subject.kind == "person" and not subject.title \
                and L.bare(tokens[subject.first].norm) not in L.GIVEN_NAMES \
                and entities.resolve(subject, cue_at, introduce=False) is None:
            subject = None  # "يؤكد مبدأ «السياسة مصالح»": one word no one introduced, then
            # the quotation: what is stressed (the principle), not who stresses it
        if subject is not None and L.one_of(norm, L.DESCRIBING) and subject.last > subject.first \
                and not L.bare(norm).endswith(("ه", "ها")) \
                and tokens[subject.last].norm.startswith("ال") and subject.last + 1 < len(tokens) \
                and tokens[subject.last + 1].norm.startswith("ب"):
            # "وصف بوتين اللقاء بأنه …"، "وصف الوزير الاجتماع بـ«…»": the object comes first
            # (in "وصفها البيت الأبيض بـ«…»" it is the pronoun, and the phrase is the subject)
            subject = parse_subject(text, tokens, k + 1, subject.last) or subject
        elif subject is not None and subject.first == k + 1 and subject.kind != "anonymous" \
                and subject.last + 1 < limit \
                and (not broken(text, tokens, subject.last + 1)
                     or L.one_of(norm, _ACCUSING)
                     and gap(text, tokens, subject.last + 1).strip() in ("،", ",")) \
                and (L.one_of(norm, L.DESCRIBING) and not norm.endswith(("ه", "ها", "هم"))
                     and not broken(text, tokens, subject.last + 1)
                     and _as_described(text, tokens, subject.last + 1)
                     or L.one_of(norm, _ACCUSING) and (tokens[subject.last + 1].norm[:1] == "ب"
                                                       and tokens[subject.last + 1].norm
                                                       not in _SON_OF
                                                       or _and_another(text, tokens, subject,
                                                                       limit) is not None)):
            # "واتهم أوكرانيا بشن قصف …"، "كما اتهم حزب العمال … بأن «…»": one phrase (or
            # two joined by و: "حزب العمال الكردستاني وتنظيم داعش بان …"), then بـ: whom he
            # accused or what he described (the verb takes both), not who; what was said
            # comes after it (a comma may stand before the بـ of an accusation: "واتهم الرئيس
            # اليمني السابق علي عبدالله صالح، بأنه …")
            whom_end = _and_another(text, tokens, subject, limit) or subject.last + 1
            subject = None

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
                          and tokens[j].norm not in _SON_OF
                          and not broken(text, tokens, j)), None)
            if glued is not None:
                subject = parse_subject(text, tokens, subject.first, glued)
        if subject is not None and L.bare(norm) in _DREW:
            # "ولفت الوزير الانتباه إلى أن …": the attention he drew ends his name
            drawn = next((j for j in range(subject.first, subject.last + 1)
                          if tokens[j].norm in _ATTENTION), None)
            if drawn is not None:   # (none before it: "ولفت الانتباه إلى أن …", the one before)
                subject = parse_subject(text, tokens, subject.first, drawn) \
                    if drawn > subject.first else None
        if subject is not None and subject.last + 1 < limit \
                and _god(tokens, subject.last + 1):
            return subject.last + 2     # "ودعا الرئيس … الله أن يتقبل …": a prayer
        if subject is not None and _pronoun_noun(text, tokens, subject, entities, cue_at) \
                and not (anchor is not None and anchor[0] in ("that", "colon")
                         and not L.object_verb(norm) and not L.one_of(norm, _TELL)):
            subject = None  # "فالكه يتوقع رحيله عن «الفيفا»": his departure, not a name (but
            # "وقال رومنيجه للصحفيين إن …": before what the verb reports, a noun with its
            # pronoun cannot stand; the word is who spoke)
        if subject is not None:
            subject = without_addressee(text, tokens, subject)
        if subject is not None and anchor is not None and subject.last + 2 <= anchor[1] \
                and tokens[subject.last + 1].norm in _ITSELF \
                and not broken(text, tokens, subject.last + 1):
            # "وأكد المصدر ذاته أن …"، "الوزير نفسه": the same one, himself; his word, not the
            # verb's object (and whom he told may follow: "وقال بيسكوف نفسه لوكالة ريا إن")
            subject = dataclasses.replace(subject, last=subject.last + 1,
                                          end=tokens[subject.last + 1].end)
        if subject is not None:
            after = _past_dashed_aside(text, tokens, subject.last + 1, limit)
            discourse.how = "after-verb"
            plain = _plain_subject(text, tokens, k, subject, anchor)
            teller = _teller_before(text, tokens, k)
            if teller is not None:
                subject = teller    # "أن السلطات الإيرانية أبلغت محامية رضايان بأن «…»":
                # who told, before the verb; the one told after it
            elif (fronted := _noun_of_inna(text, tokens, k)) is not None:
                # "إن نتائج الدراسة تؤكد صحة الدلائل على أن …": after إنّ/أنّ its noun comes
                # first and is the verb's subject; the noun after the verb is its object
                subject = fronted if fronted.kind in ("person", "organisation", "anonymous") \
                    else None
                after = k + 1
        else:
            subject = _heard_saying(text, tokens, k) or _narrator_before(text, tokens, k) \
                or _subject_before(text, tokens, k, paragraph, entities)
            discourse.how = "subject-first"
    if subject is not None and feminine and not subject.feminine and discourse.how == "after-verb" \
            and (subject.kind in ("organisation", "unknown")
                 or subject.kind == "person" and subject.name):
        # "قالت «السعودي الفرنسي كابيتال» إن …": the verb says the body is feminine, so
        # "…، مشيرة إلى أن …" goes on with it later; and a person named after it is a woman
        # ("وقالت ساندرا ميتشيل نائب المفوض …" though her title is masculine: "واضافت" goes
        # on with her)
        subject = dataclasses.replace(subject, feminine=True)
    if subject is not None and subject.kind == "person" and subject.name is None \
            and subject.first < subject.last and tokens[subject.last].norm[:1] == "ب" \
            and not broken(text, tokens, subject.last) \
            and tokens[subject.last - 1].norm.startswith("ال") \
            and not any(L.bare(t.norm) in L.RELATIONS
                        for t in tokens[subject.first:subject.last]) \
            and entities.by_surname(
                word := text[tokens[subject.last].start:tokens[subject.last].end]) is not None:
        # "من جانبه، أكد المحاضر بهامز أن": the family name of a man the article named in
        # full ("الأميركي إيسي بهامز"), not بـ and a place the title is at (right after the
        # title's word with the article; "والد مايكل براون" is his father, not Brown)
        title = text[subject.start:tokens[subject.last - 1].end]
        subject = dataclasses.replace(subject, label=word, name=word, title=title,
                                      title_words=subject.title_words[:-1])
    if after + 2 < limit and tokens[after].norm == "علي" \
            and tokens[after + 1].norm.startswith("لسان") and not broken(text, tokens, after + 2):
        # "أوضحت المديرية على لسان متحدثها الإعلامي سعيد النقير أن": who spoke for it; so
        # with no subject before it ("…، وأكدت على لسان المتحدثة باسم الحكومة، ثريا …، أن")
        voice = parse_subject(text, tokens, after + 2, limit)
        if voice is not None and voice.kind == "person" and (subject is not None or voice.name):
            subject, after = voice, voice.last + 1
    if subject is None and whom_end is not None:
        after = whom_end
    after = _past_attention(text, tokens, k, after, limit)
    relay_source = _relayed_source(text, tokens, after, limit) if subject is not None else None
    if relay_source is not None:
        after = relay_source.last + 1
        if after < limit and tokens[after].norm in _ITSELF and not broken(text, tokens, after):
            after += 1  # "نقلا عن الموقع الرسمي الإيراني نفسه بأنها …": the source itself
        after = _past_speech_noun(tokens, after, limit)
        if after < limit and gap(text, tokens, after).strip() in (",", "،"):
            # "نقلاً عن مصادر أمنية مطلعة، رفضت الكشف عن هويتها، أن …": what the source is
            # (or asked), set off by commas, then what it said
            closing = next((j for j in range(after + 1, min(limit, after + 9))
                            if gap(text, tokens, j).strip() in (",", "،")), None)
            if closing is not None and L.particle(tokens[closing].norm) and not any(
                    L.reporting_word(tokens[m].norm) for m in range(after, closing)):
                after = closing
    if subject is None and L.one_of(norm, L.DESCRIBING) and k + 1 < limit \
            and tokens[k + 1].norm.startswith("ال") and not L.one_of(tokens[k + 1].norm, L._KNOWN):
        # "وصفها الجانبان بـ«…»": a subject is there, naming no one the article knows
        entity = None
    else:
        if subject is not None and subject.kind == "person" and not subject.name \
                and not tokens[subject.first].norm.startswith("ال") \
                and _unnamed_aside_end(text, tokens, subject.last + 1, limit) is not None:
            # "قال لـ"الاقتصادية" محلل لسوق الأسهم فضل عدم ذكر اسمه إن …": a source who
            # would not be named, indefinite, is someone new and unnamed, never the analyst
            # the article named ("المسؤول في البيت الأبيض طالبا عدم ذكر اسمه" is the one
            # it spoke of)
            subject = dataclasses.replace(subject, kind="anonymous")
        sentence_start = _sentence_start(paragraph, cue_at)
        entity = _speaker_of(subject, cue_at, entities, discourse, number, feminine,
                             previous_speaker, norm, tokens, k, text, paragraph,
                             said=tuple((u.start, u.end) for u in (*reports, *units)
                                        if sentence_start <= u.start < cue_at
                                        and u.kind == "statement"))
        if entity is None and plain and discourse.how == "after-verb":
            entity = entities.resolve(subject, cue_at, plain=True)
        if entity is not None and _relayed_for_the_verb_before(tokens, k):
            entity = None   # "وبيّنوا وفقاً لما نقلت وسائل الإعلام الباكستانية أن …": the
            # media passed on what the verb before them reports (whose subject, unsaid, is
            # not surely the one before): not the media's words
        if entity is not None and subject is not None and _cut_short(text, tokens, subject, limit):
            entity = None   # "أعلن باريس سان جرمان اليوم …": the club, not the city
            discourse.forget()
        if entity is not None and subject is None and discourse.how == "carry" \
                and not called_on and not from_him \
                and not _bare_verb(text, tokens, k, limit, units, paragraph):
            entity = None   # "ولكن العفو الدولية تقول إن …": a subject the grammar missed
            named = _name_in_commas(text, tokens, k + 1, min(limit, k + 20))
            if named is not None:
                # "ورأى الدكتور في العلاقات الدولية …، سدات لاشينار، أحد …، أن": the name
                # between commas is who spoke (and whom "وقال" after it goes on with)
                subject = parse_subject(text, tokens, named[0], named[1])
                if subject is not None and subject.kind == "person" and subject.name \
                        and subject.last == named[1] - 1:
                    entity = entities.resolve(subject, cue_at)
                else:
                    discourse.forget()
        if entity is not None and not _several(entity) and (
                L.plural_verb(norm) or L.plural_participle(norm) and entity.kind == "person"):
            # "وقالوا" goes on with no one person and no one body; and whoever last spoke
            # is not who goes on after it ("…، مؤكدين أن": those who thanked a person, not
            # him; a body may take the plural: "الجالية اليمنية …، مؤكدين")
            entity = None
            discourse.forget()
    if named_before:
        entity = None   # (the words after the verb still end where its subject does)
        discourse.forget()
    if subject is not None and entity is not None \
            and _benefited(text, tokens, norm, subject, limit):
        entity = None   # "أفاد تنظيم «داعش» في ذلك الهجوم": benefited it, no report; the
        # noun after the verb is its object, no one to go on with
    if subject is not None and entity is not None:
        # "واعترفت إيران … . وقالت إنه …": whoever a reporting verb names is who the next
        # verb without a subject goes on with, even where its own words were not taken (a
        # document for its issuer: in the document's gender too, "وأكد البيان …، منوها")
        discourse.spoke(entity, number, subject.feminine
                        if subject.kind == "unknown" and entity.kind == "organisation"
                        else None)
        _note_issuer(text, tokens, k, subject, entity, entities, limit)
        _note_abbreviation(text, subject, entity, entities)
    elif entity is not None and k + 1 < limit and not broken(text, tokens, k + 1) \
            and (named := entities.by_surname(text[tokens[k + 1].start:tokens[k + 1].end])) \
            is not None and named.id == entity.id:
        # "ودعا القحطاني الشباب إلى …": the one who goes on, named by his surname right after
        # the verb though the grammar did not read him as its subject (whom he called on
        # follows); he spoke in this paragraph, so "وأضاف:" in the next goes on with him
        discourse.spoke(entity, number)
    elif entity is not None and subject is None and discourse.how == "carry" \
            and L.bare(norm) in _WENT_ON and k + 1 < limit and not broken(text, tokens, k + 1) \
            and _known(tokens[k + 1].norm):
        # "وأضاف تمت مناقشة آلية الحوافز …": his words with no mark and no أنّ (a word the
        # lists know right after the verb, no name the grammar missed), which are not taken,
        # but he spoke in this paragraph: "وأشاد قائلا «…»" in the next goes on with him
        discourse.spoke(entity, number)
    elif entity is not None and subject is None and (
            discourse.how == "relative:sender"
            or discourse.how == "relative" and entity.kind == "person" and entity.keys):
        # "…، أعرب فيه عن إدانته …. وعبر عن عزائه": who a verb "in it" is by (who made
        # the call, who issued the statement) goes on, as a subject would; so does a person
        # a relative pronoun names ("الدكتور عبدالله الموسى الذي أعرب عن شكره …، مؤكدا")
        discourse.spoke(entity, number)
    # (a describing verb has its object first: "وصف بوتين اللقاء بأنه …")
    anchor = _anchor(text, tokens, after, limit, units,
                     strict=not L.one_of(norm, L.DESCRIBING),
                     named=subject is not None and (subject.kind == "person"
                                                    and bool(subject.name)
                                                    or subject.kind == "organisation"))
    # (a body set off by what it is, too: "شركة السعودي الفرنسي كابيتال، إحدى المؤسسات
    # المالية المرخصة …، أن")
    if anchor is None and subject is not None and subject.kind == "person" \
            and " " in (subject.name or "") \
            and any(f in _SAYS or f in _ANSWERS for f in L.forms(norm)):
        anchor = _after_who_he_is(text, tokens, subject, limit, units)
    cited = _saying_of(text, tokens, after, limit, units)
    if cited is not None and cited[0].kind == "unknown" \
            and entities.resolve(cited[0], cue_at, introduce=False) is None:
        cited = None    # ("قول الفيصل": a family name the article gave in full, or no one)
    if cited is not None:
        # "ونقل البيان قول الجنرال تشارلز هوبر …، إن …"، "ذاكراً قول الفيصل «…»": the words
        # are the one whose saying is named; the verb's subject only passes them on
        subject, anchor = cited
        entity = entities.resolve(subject, cue_at)
        discourse.spoke(entity, number)
    if anchor is None and (subject is not None or pronoun_subject) and L.one_of(norm, _WARNED):
        # "حذر رئيسها محمد بخاري الولايات المتحدة من أن …"، "أنها حذرت السفراء من أنه …":
        # whom he warned, then من أن
        warned = next((j for j in range(after + 1, min(limit, after + 6))
                       if tokens[j - 1].norm == "من" and L.particle(tokens[j].norm)
                       and not any(broken(text, tokens, m) for m in range(after, j + 1))), None)
        if warned is not None:
            anchor = ("that", warned, None)
        if warned is not None and subject is not None:
            # the subject ends where a parse with a name ends right before the one warned
            for bound in range(warned - 2, subject.first, -1):
                named = parse_subject(text, tokens, subject.first, bound, names=True)
                if named is not None and named.name and named.last == bound - 1:
                    if not subject.name:
                        subject, entity = named, entities.resolve(named, cue_at)
                        discourse.spoke(entity, number)
                    break
    if anchor is None and any(f in _SAYS for f in L.forms(norm)):
        # "قال ستيف وارن المتحدث باسم …، الذي يرافق كارتر في الزيارة، إن …": إنّ (with its
        # kasra) follows قال and no other verb, so the clause is what was said even where
        # the words before it do not all parse; who said it is sure only when a person's
        # title and name stand right after the verb ("ويقول البروفيسور جيمس شيرمان أستاذ
        # علم الأوبئة … إن"): a title or a body may have been cut short ("وحدات حماية |
        # الشعب الكردية")
        loose = _anchor(text, tokens, k + 1, limit, units)
        if loose is not None and loose[0] == "colon" and loose[1] - k <= 10 \
                and _reported_after_colon(text, tokens, loose[1], units):
            # "وقال شيخ القبيلة العجوز: إن …": the same after a colon; when the words before
            # it do not parse, no one is sure, and the clause is nobody's that the reader has
            # met (not the last speaker's, nor are the participles after it)
            anchor = loose
            if not (subject is not None and subject.first == k + 1
                    and subject.kind in ("person", "organisation", "anonymous")
                    and (subject.title or subject.kind != "person")
                    and loose[1] - 1 - subject.last <= 4
                    and not any(L.reporting_word(t.norm) or L.particle(t.norm)
                                for t in tokens[subject.last + 1:loose[1]])):
                entity = None   # (but "وقال المتحدث باسم مدينة الملاهي ياكوب فال: إن": the
                discourse.forget()  # title read, a name no list knows after it: the title's)
        elif loose is not None and loose[0] == "that" and text[tokens[loose[1]].start] in "إا":
            anchor = loose
            cut_off = _unread_words_then_that(text, tokens, subject.last + 1, limit) \
                if _title_only(subject) else None
            titled = _title_then_unread_name(text, tokens, subject, cut_off) \
                if cut_off is not None and cut_off[1] == loose[1] else None
            heard = _title_then_name_then_audience(text, tokens, subject, limit) \
                if _title_only(subject) and cut_off is None else None
            if heard is not None and heard[0][1] == loose[1]:
                titled = heard[1]
            named = _unread_name_then_title(text, tokens, k, loose[1]) \
                if subject is None else None
            if titled is not None:
                subject, entity = titled, entities.resolve(titled, cue_at)
                discourse.spoke(entity, number)
            elif named is not None:
                subject, entity = named, entities.resolve(named, cue_at)
                discourse.spoke(entity, number)
            # ("وقالت لايهون شان التي ترأس النادي منذ … إن": a full name, then a relative
            # clause saying who she is, with no verb of saying)
            elif not (subject is not None and (subject.first == k + 1
                                               or _occasion(tokens, k + 1)
                                               and subject.first <= k + 6)
                    and subject.last + 1 < loose[1] and subject.kind == "person"
                    and subject.name and (subject.title or _apposed_title(
                        text, tokens, subject, loose[1]) or _given_and_family(tokens, subject)
                        or " " in subject.name
                        and _who_he_is(text, tokens, subject.last + 1, loose[1]))) \
                    and not _body_then_its_short_name(text, tokens, subject, loose[1]):
                entity = None
                discourse.forget()
    if anchor is None and subject is None and L.speech_verb(norm) and not L.participle(norm):
        one_word = _one_word_then_that(text, tokens, k, limit, units)
        if one_word is not None:
            # "وأضاف باتيس أن …": one word the article never introduced (a family name of
            # someone it named otherwise, a name cut off) stands between the verb and its أن:
            # the clause is what was said, by someone the text does not make certain; but a
            # noun with its pronoun ("ويوضح رأيه بأن …") is the verb's object, its owner the
            # speaker found without it
            anchor = one_word
            surname = _lone_surname(text, tokens, k + 1)
            if surname is not None and _spelt_as_named(tokens[k + 1].norm, entities):
                entity = entities.resolve(surname, cue_at)
                discourse.spoke(entity, number)
            elif surname is not None:
                entity = None   # "وأضاف برايس أن …" where the article named «عبدالستار
                discourse.forget()  # بارز»: their keys meet, the names do not
            elif not text[tokens[k + 1].start:tokens[k + 1].end].endswith(("ه", "ها", "هم")):
                entity = None
                discourse.forget()
    if anchor is None and _title_only(subject) and L.speech_verb(norm) \
            and not L.participle(norm):
        cut_off = _unread_words_then_that(text, tokens, subject.last + 1, limit)
        named = _title_then_unread_name(text, tokens, subject, cut_off)
        heard = _title_then_name_then_audience(text, tokens, subject, limit) \
            if cut_off is None else None
        if heard is not None:
            cut_off, named = heard
        if named is not None:
            anchor, subject, entity = cut_off, named, entities.resolve(named, cue_at)
            discourse.spoke(entity, number)
        elif cut_off is not None:
            # "أكد رئيس مجلس إدارة سكرتارية عربال الدائمة محمد علي النقي أن …": a title the
            # grammar read only in part, then more words than a name (more of the title,
            # then the name), then أن: what was said, by someone the label would garble,
            # unless a given name opens a name that runs to the أن ("حاكم محافظة شانلي اورفة
            # عز الدين كجك أنه": the rest of the place, then his name)
            named = _given_name_before(text, tokens, subject.last + 2, cut_off[1])
            if named is not None:
                named = dataclasses.replace(named, first=subject.first, start=subject.start,
                                            title=text[subject.start:tokens[named.first - 1].end])
                anchor, subject, entity = cut_off, named, entities.resolve(named, cue_at)
                discourse.spoke(entity, number)
            else:
                anchor, entity = cut_off, None
                discourse.forget()
    as_said = parse_subject(text, tokens, k + 1, limit) \
        if anchor is None and k > 0 and L.bare(tokens[k - 1].norm) == "كما" \
        and L.speech_verb(norm) and k + 1 < limit else None
    if as_said is not None and as_said.kind in ("person", "organisation", "anonymous") \
            and (as_said.name or as_said.kind != "person") and as_said.last + 2 < limit \
            and tokens[as_said.last + 1].norm in _SO \
            and gap(text, tokens, as_said.last + 1).strip() in (",", "،"):
        # "وكما أشار توماس بيكيتي، فإن ألمانيا حصلت على …": as he said it, then what he
        # said after فإنّ (not his name read as what was pointed out)
        opens = as_said.last + 1
        while opens < limit and tokens[opens].norm in _SO:
            opens += 1
        unit = _report(text, tokens, starts, opens, sentence_end, cue_at, "that", units)
        if unit is not None:
            entity = entities.resolve(as_said, cue_at)
            unit.speaker = entity
            reports.append(unit)
            _claim_inside(units, unit, entity)
            discourse.spoke(entity, number)
            return bisect_left(starts, unit.end)
    form, where, quoted_unit = anchor if anchor is not None else (None, None, None)
    if form == "that" and _prayer(tokens, where + 1):
        return limit    # "ودعا … بأن يحفظ الله المملكة …، إنه ولي ذلك": a prayer to its end
    if relay_source is not None and anchor is not None:
        relayer = entity
        entity = entities.resolve(relay_source, cue_at)     # who the outlet relays said it
        discourse.spoke(entity, number, relayer=relayer)
    if L.one_of(norm, L.DESCRIBING) and form != "that":
        described = _described(text, tokens, starts, after, limit, units)
        if described is not None:
            described.speaker, described.claimed = entity, True     # وصف الاجتماع بـ«…»
            discourse.spoke(entity, number)
            return bisect_right(starts, described.end)
    if L.bare(norm) in _EXPRESSED and form is not None \
            and all(t.norm != "عن" for t in tokens[after:where]):
        return k + 1    # "عبر تقديم «…»": the preposition (via), not عبّر عن (expressed)
    if any(f in L.THAT_CLAUSE_ONLY for f in L.forms(norm)) and (
            form != "that" or tokens[where - 1].norm not in _BEFORE_ITS_THAT):
        return k + 1    # "يذهب بي إلى المكتبة … يحب أن": went, not held that
    if L.bare(norm) == "بين" and (form == "quote" or form == "that" and norm == "بين"
                                  and tokens[where].norm[:1] == "و"):
        return k + 1    # "بين مقاتليهما «…»": the preposition (between), not بيّن أن; so
        # after a noun and before وأنّ/وإنْ: "منافسة بين أندية الوطن … وإن لم أبالغ" (but
        # "وبين المهوس وأنه …" is the verb, opening its sentence with و)
    made_clear = norm == "وبين" and form == "colon" and (
        subject is not None and subject.kind in ("person", "organisation", "anonymous")
        and subject.last == where - 1 or subject is None and where == k + 1)
    # ("وبيّن مدير عام الهيئة المهندس محمد العمرة: …"، "وبيّن: …": and he made clear,
    # opening its clause with its subject or none and a colon, not "between")
    if L.that_only_verb(norm) and not L.speech_verb(norm) and form != "quote" and not made_clear \
            and (form != "that" or where - after > 3 and not _hope(tokens, where)
            and not (after < where and L.one_of(tokens[after].norm, L.PREPOSITIONS)
                     and _between_is_adjunct(text, tokens, after, where))
            and not (subject is not None and subject.kind == "person" and subject.name
                     and broken(text, tokens, after) and (_apposition(tokens[after].norm)
                                                           or broken(text, tokens, where))
                     and _between_is_adjunct(text, tokens, after, where, named=True))):
        # "دعا إلى …"، "بين الطرفين": not a report without أن; and the أن must be the verb's
        # ("أعرب عن أمله في أن"، "وبين في خطبة الجمعة … أن"), not one further on ("… مطالب
        # الشعب بأن …"); who a named speaker is, set off by commas, may stand before it
        # ("وبينت «سابك» على لسان يوسف البنيان، نائب رئيس مجلس إدارتها، أن …")
        return k + 1
    if form is None and L.speech_verb(norm) and not L.participle(norm):
        quoted = _quote_before(text, tokens, k, units)
        if quoted is not None and subject is not None:
            quoted.speaker, quoted.claimed = entity, True     # "«…»، قال فلان"
            discourse.spoke(entity, number)
            return after
        if _after_marker(text, tokens, k) and not (
                tokens[k - 1].norm == "كما" and after < limit and not broken(text, tokens, after)
                and (_with_pronoun(text, tokens[after])
                     or _short_noun_with_pronoun(text, tokens[after])
                     or L.one_of(norm, _ACCUSING))):
            # "…، حسبما ذكرت الشرطة": the clause before is the source's (but "…، كما أكد
            # الجانبان رفضهما …" goes on with what they also stressed, their noun after
            # them: كما is "also"; and "…، كما اتهم جهات مسؤولة بالفساد": those accused)
            if tokens[k - 1].norm == "كما" and L.bare(norm) in _CLAIMED \
                    and previous_speaker not in (None, _NOBODY):
                return after    # "وقال: إن البديل للاتفاق ليس الحرب، كما يدعي أوباما": the
                # clause is the one who spoke's, against what the claimer claims
            unit = _clause_before(text, tokens, starts, k, paragraph, units)
            if unit is not None and subject is not None:
                unit.speaker, unit.form = entity, "according"
                reports.append(unit)
            return after
    if form == "colon" and _reported_after_colon(text, tokens, where, units):
        form = "that"   # "وقال الحمدان: إن الهيئة مستمرة …": إنّ after the colon opens his
        # words as the writer reports them ("إنه تم الاتفاق"), not as he said them; reported
        # speech is never shown as his own words
    if form == "that" and where >= 2 and tokens[where - 2].norm == "الي" \
            and L.bare(tokens[where - 1].norm) in L.SPEECH_NOUNS \
            and tokens[where - 1].norm.endswith(("ه", "ها", "هم")):
        entity = None   # "مشيرًا إلى قوله إن «…»": citing what another said (his own words
        # would follow أن); whom the pronoun names, the text does not make sure
    if form == "that":
        particle = where
        end_token = _that_clause(text, tokens, starts, particle, sentence_end, cue_at, units,
                                 reports, entity)
        if end_token is None:
            return particle + 1
        discourse.spoke(entity, number)
        coordinated = _coordinated(text, tokens, starts, end_token, limit, units, reports,
                                   entity, sentence_end, cue_at)
        # go on inside the clause: a report within a report ("أعلن البنتاغون أن القائد
        # أعلن أن …") is one too
        return particle + 1 if coordinated is None else coordinated
    if form == "colon":
        colon_token = where
        unit_after = _quote_after_colon(text, tokens, colon_token, units)
        if unit_after is not None:
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
            if _another_speaks(tokens, colon_token, limit):
                return colon_token  # "عن ابن مسعود أنه قال: قال رسول الله: «…»"، "قال:
                # سمعت رسول الله يقول: «…»": what he told is another's words, read too
            return bisect_left(starts, unit.end)
        return colon_token
    if form == "quote" and where >= 2 and tokens[where - 1].norm == "تعالي" \
            and tokens[where - 2].norm in ("بقوله", "بقول"):
        # "مستشهدا بقوله تعالى {…}": the verse is God's words, cited; not the citer's
        god = parse_subject(text, tokens, where - 1, where)
        entity = entities.resolve(god, cue_at) if god is not None else None
    if form == "quote":
        unit = quoted_unit
        unit.speaker, unit.claimed = entity, True
        discourse.spoke(entity, number)
        return bisect_right(starts, unit.end)
    if L.object_verb(norm) and (subject is None or subject.kind != "unknown"
                                or discourse.how == "subject-first"):
        # (a family name put first is one the article introduced: "الزياني يؤكد تمسك …")
        if _side_after(tokens, after):
            after += 1 if tokens[after].norm.startswith("بدور") else 2
        if subject is not None and entity is not None and _title_only(subject) \
                and after + 2 < limit and not broken(text, tokens, after + 1) \
                and text[tokens[after].start:tokens[after + 1].end] in entity.names:
            after += 2      # "وأكد قائمقام المدينة دلف الكبيسي توغل …": the name the article
            # gave him (its grammar did not read it), then what he stressed
        while after + 1 < limit and L.one_of(tokens[after].norm, L.ADDRESSEES) \
                and tokens[after].norm[:1] == "ل" and not broken(text, tokens, after + 1):
            after += 1      # "لتؤكد للجميع حرص الحكومة …": whom it tells, not what
        that = _that_past_unread_words(text, tokens, after, limit) \
            if not (k > 0 and tokens[k - 1].norm in ("ما", "مما", "وما")) else None
        # ("ما يؤكد سبب الانتشار … أن …": what confirms it is the subject, before the verb)
        if that is not None:
            # "وأعلنت قوة حلف شمال الأطلسي في أفغانستان أن …"، "واعلن الناطق باسم مهمة حلف
            # شمال الاطلسي … براين تريبس أن …": words the grammar did not read, then أنّ;
            # they are (more of) the subject, never the object: the clause after أنّ is
            # what was said, by the subject read so far or, with none, by no one certain
            unread = text[tokens[after].start:tokens[that - 1].end]
            if (subject is None or subject.name is None and entity is not None and entity.keys) \
                    and not (subject is None and that == after + 1
                             and tokens[after].norm in L.HONORIFIC_PRONOUNS) \
                    and not (entity is not None and any(unread in n for n in entity.names)):
                entity = None   # (a title read so far is not the man the article named with
                # it when more words of the subject follow: "أكد الأمين العام للمؤتمر …
                # الدكتور محمد بشاري أن";
                # but "وأكد سموه أن …" is his highness, whom the article named, and "مبينا
                # النزال أن …" the one who goes on, by a name the article gave him)
            end_token = _that_clause(text, tokens, starts, that, sentence_end, cue_at, units,
                                     reports, entity)
            if end_token is not None and entity is not None:
                discourse.spoke(entity, number)
            return that + 1
        unit = _object(text, tokens, starts, after, limit, sentence_end, cue_at, units, norm)
        owner = _whose_statements(tokens[after].norm) if unit is not None \
            and unit.start == tokens[after].start and L.bare(norm) in _PASSED_ON else None
        if owner is not None and entity is not None and owner != entity.feminine:
            # "وذكرت صحيفة الميرور تصريحاته التي أكد فيها …": his statements, relayed by
            # the paper; the words are whoever his pronoun names (the last one who spoke,
            # when that one agrees with it), not the paper's
            entity = discourse.carry(number, owner)
        if unit is not None:
            unit.speaker = entity
            reports.append(unit)
            _claim_inside(units, unit, entity)
            discourse.spoke(entity, number)
            return bisect_left(starts, unit.end)
    return k + 1


# Verbs of considering or describing something as something, in the present or past: "تعتبر
# X «…»"، "يصف X بـ«…»" (whom or what, then as what).
_CONSIDERS = L._norm("اعتبر اعتبرت يعتبر تعتبر وصف وصفت يصف تصف صنف صنفت يصنف تصنف")


def _relayed_by_media(unit: _Unit) -> bool:
    """Is the report a news agency's or a paper's ("وذكرت وكالة أنباء البحرين أن مملكة البحرين
    تشدد على أن …")? A medium relays: the words inside are the inner subject's."""
    speaker = unit.speaker
    return speaker is not None and speaker.kind == "organisation" and _a_medium(speaker)


def _present(norm: str) -> bool:
    """"يقول"، "تؤكد": a verb of saying in the present, ي or ت first (not a past one that opens
    with ت: تابع، تحدثت)."""
    return norm[:1] == "ي" or norm[:1] == "ت" and not L.one_of(norm, _PAST_IN_T)


# Past verbs of saying that open with ت, as a present one does.
_PAST_IN_T = L._norm("تابع تابعت تحدث تحدثت توقع توقعت تساءل تساءلت تعهد تعهدت")


def _after_its_subject_in_that(text: str, tokens: list[Token], k: int) -> bool:
    """Does the verb at token k follow its subject inside a clause of أن/إن ("أن الولايات
    المتحدة تعتبر …"): the particle, a phrase read as a person or body up to the verb, nothing
    that ends a clause between?"""
    for j in range(k - 1, max(-1, k - 8), -1):
        if broken(text, tokens, j + 1):
            return False
        if L.particle(tokens[j].norm):
            if j + 1 >= k or j > 0 and tokens[j - 1].norm in _BUT_THAT:
                return False    # (nor after "بيد أن"، "إلا أن": but, no clause of a report)
            subject = parse_subject(text, tokens, j + 1, k)
            return subject is not None and subject.last == k - 1 \
                and subject.kind in ("person", "organisation")
    return False


def _full_name_then_title(text: str, tokens: list[Token], subject: Subject, bound: int
                          ) -> bool:
    """A full name, then a comma and a title ("دونالد بوث، المبعوث الأميركي …")."""
    after = subject.last + 1
    return bool(subject.name) and " " in subject.name.strip() and after < bound \
        and gap(text, tokens, after).strip() in (",", "،") \
        and L.one_of(L.bare(tokens[after].norm), L.PERSON_TITLES)


def _kin_with_pronoun(text: str, token: Token) -> bool:
    """"والدتها"، "شقيقه"، "زوجته": a relative named by whose relative he or she is."""
    word = L.bare(token.norm)
    for suffix in ("ها", "ه", "هم"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[:-len(suffix)]
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem     # والدت → والده
            if stem in L.RELATIONS:
                return True
    return False


def _reported_after_colon(text: str, tokens: list[Token], j: int, units: list[_Unit]) -> bool:
    """"قال: إن …": the colon's words open with the particle of reported speech, and no
    quotation follows the colon. Not with the speaker's own "I" or "we" ("وقال: إننا …", his
    words as he said them), nor إنْ "if" ("قال: إن لم يوجد تنسيق فإنه …"، "وإن …")."""
    norm = tokens[j].norm
    if not L.particle(norm) or L.bare(norm) in _FIRST_PERSON_THAT or norm[:1] == "و":
        return False
    if L.bare(norm) == "ان" and j + 1 < len(tokens) and tokens[j + 1].norm in _IF_FOLLOWS:
        return False
    return _quote_after_colon(text, tokens, j, units) is None


def _quote_after_colon(text: str, tokens: list[Token], j: int, units: list[_Unit]
                       ) -> _Unit | None:
    """The quotation right after the colon before token j (from the colon, not the word
    before it: "قناة «المملكة»: «…»"), or None."""
    colon = text.rfind(":", tokens[j - 1].end, tokens[j].start)
    return _quote_at(text, colon if colon >= 0 else tokens[j - 1].end, units)


_FIRST_PERSON_THAT = L._norm("انني اننا انا انكم")
_IF_FOLLOWS = L._norm("لم كان كانت شاء تم")


def _title_then_quoted_name(text: str, tokens: list[Token], starts: list[int], title: Subject,
                            quoted: _Unit, limit: int, units: list[_Unit], entities: Entities,
                            at: int) -> Subject | None:
    """'وأوضح مدير فرع مكتب العمل بخيبر "فهد الرشيدي" لـ"سبق"؛ أن …': a title, then a name in
    quotation marks (as some outlets mark names), then only adjuncts before what was said:
    the titled person (the quotation a term). Not 'مدير مركز الملك فهد الثقافي «قرية المفتاحة»
    سعيد بن محيا الأحمري أن': the place, then his name (the quotation left as it was)."""
    kind = quoted.kind
    if _quoted_genitive(text, tokens, starts, title, quoted) \
            and not (tokens[title.last].norm[:1] in "بل"
                     and _at_place(text, tokens, title.last, limit)):
        return None     # "وأوضح قائد عمليات "غضب عدن" أن": a noun in construct governs the
        # quoted words, the operation's or the party's name (after "بخيبر", a place with its
        # preposition, they are his)
    named = _quoted_name(text, tokens, starts, title.last + 1, quoted, limit, units, entities,
                         at)
    rest = _anchor(text, tokens, named.last + 1, limit, units) if named is not None else None
    if named is not None and named.kind == "person" and named.name \
            and rest is not None and _adjuncts(text, tokens, named.last + 1, rest[1]):
        return dataclasses.replace(title, last=named.last, end=named.end, label=named.name,
                                   name=named.name)
    quoted.kind = kind
    return None


def _quoted_genitive(text: str, tokens: list[Token], starts: list[int], title: Subject,
                     quoted: _Unit) -> bool:
    """A title that ends in a noun without its article, then a short quotation: the noun's
    genitive, a name in quotation marks ("رئيس تحرير «الشرق الأوسط»"، "مدير «أرامكو»")."""
    last = tokens[title.last].norm
    words = bisect_left(starts, quoted.end) - (title.last + 1)
    return title.name is None and not last.startswith(("ال", "لل")) and len(last) >= 3 \
        and not has_tanween(text, tokens[title.last]) and 1 <= words <= 3 \
        and quoted.close_mark is not None


def _past_quoted_genitive(text: str, tokens: list[Token], starts: list[int], title: Subject,
                          quoted: _Unit, limit: int, units: list[_Unit]
                          ) -> tuple[Subject, tuple | None]:
    """The title read on over its quoted genitive (the quotation a term), and what the verb
    reports after it, as (subject, anchor); a person's name between them is the subject ("…
    «الرياض» تركي السديري: «…»")."""
    end = bisect_left(starts, quoted.end)
    quoted.kind = "term"
    close = quoted.close_mark if quoted.close_mark is not None else tokens[end - 1].end - 1
    subject = dataclasses.replace(title, last=end - 1, end=close + 1,
                                  label=text[title.start:close + 1])
    anchor = _anchor(text, tokens, end, limit, units)
    bound = anchor[1] if anchor is not None else limit
    if anchor is not None and bound - 1 > end and L.bare(tokens[bound - 1].norm) in L.SPEECH_NOUNS:
        bound -= 1      # ("… «جدة 36» الاستاذ محمد الساعد بقوله: «…»": by saying)
    named = parse_subject(text, tokens, end, bound) if end < bound else None
    if named is not None and named.kind == "person" and named.name and named.last == bound - 1:
        subject = dataclasses.replace(subject, last=named.last, end=named.end, label=named.name,
                                      name=named.name)
    return subject, anchor


def _describing_noun(text: str, tokens: list[Token], starts: list[int], k: int,
                     units: list[_Unit], reports: list[_Unit], paragraph: Paragraph,
                     number: int, entities: Entities, discourse: _Discourse) -> int:
    """"وذهب أوباما إلى حد وصف الاتحاد الأوروبي بأنه «…»"، "لم تتردد الصحيفة في وصف الزيارة
    بأنها …": وصف at token k is the verbal noun; what follows it is what was described, and
    who describes is the sentence's subject, or no one the text makes sure of. Where to go
    on."""
    cue_at = tokens[k].start
    sentence_end = _sentence_end(paragraph, cue_at)
    limit = bisect_left(starts, sentence_end)
    describer = _sentence_subject(text, tokens, k, paragraph, None, entities, coordinated=False)
    entity = entities.resolve(describer, cue_at) if describer is not None else None
    described = _described(text, tokens, starts, k + 1, limit, units)
    if described is not None:
        described.speaker, described.claimed = entity, True
        discourse.spoke(entity, number)
        return bisect_right(starts, described.end)
    as_being = next((j for j in range(k + 2, min(limit, k + 8))
                     if tokens[j].norm[:1] == "ب" and L.particle(tokens[j].norm)), None)
    if as_being is None:
        return k + 1
    end_token = _that_clause(text, tokens, starts, as_being, sentence_end, cue_at, units,
                             reports, entity)
    discourse.spoke(entity, number)
    return as_being + 1 if end_token is None else end_token


# "تصريحاته"، "أقوالها": someone's statements, as the object of a verb that passes them on
# (not of one that judges them: "واعتبرت الخارجية تصريحاته تعديا …" is the ministry's).
_PASSED_ON = L._norm("ذكر ذكرت وذكر وذكرت نشر نشرت ونشرت اورد اوردت واوردت نقل نقلت ونقلت "
                     "تناقلت وتناقلت")
_STATEMENTS_OF = L._norm("تصريحاته تصريحاتها تصريحه تصريحها اقواله اقوالها")


def _whose_statements(norm: str) -> bool | None:
    """Feminine (True) or masculine (False) for "تصريحاتها" or "تصريحاته", else None."""
    if L.bare(norm) not in _STATEMENTS_OF:
        return None
    return norm.endswith("ها")


def _subject_after_was(text: str, tokens: list[Token], k: int, paragraph: Paragraph,
                       entities: Entities) -> Subject | None:
    """The subject between the كان that opens the sentence and the verb at token k (as
    `_subject_before` reads it), or None."""
    first = _sentence_first(tokens, k, paragraph)
    if not (first + 1 < k and L.bare(tokens[first].norm) in _WAS):
        return _named_between_was_and_qad(text, tokens, first, k)
    subject = _subject_before(text, tokens, k, paragraph, entities)
    if subject is not None and subject.first == first + 1:
        return subject
    return _named_between_was_and_qad(text, tokens, first, k)


def _named_between_was_and_qad(text: str, tokens: list[Token], first: int, k: int
                               ) -> Subject | None:
    """"وعن دخول المفتشين كان علي أكبر صالحي، رئيس منظمة الطاقة النووية، قد أعلن أنه …":
    كان further into the sentence, a full name (perhaps his title set off by commas), قد,
    then the verb at token k: that name is its subject."""
    if k - 2 <= first or tokens[k - 1].norm != "قد":
        return None
    was = next((j for j in range(k - 2, max(first - 1, k - 20), -1)
                if L.bare(tokens[j].norm) in _WAS), None)
    if was is None or was + 1 >= k - 1:
        return None
    named = parse_subject(text, tokens, was + 1, k - 1, names=True)
    if named is None or named.kind != "person" or " " not in (named.name or "").strip():
        return None
    return named if _then_who_he_is(text, tokens, named, k - 1) else None


def _unknown_after_was(text: str, tokens: list[Token], k: int, paragraph: Paragraph) -> bool:
    """The sentence opens with كان, then one word with the article, then the verb at token k
    (no comma, no قد): a family name before its verb, whoever it is."""
    first = _sentence_first(tokens, k, paragraph)
    return first + 2 == k and L.bare(tokens[first].norm) in _WAS \
        and tokens[first + 1].norm.startswith("ال") and len(tokens[first + 1].norm) > 4 \
        and not L.one_of(tokens[first + 1].norm, L._KNOWN) \
        and not broken(text, tokens, first + 1) and not broken(text, tokens, k)


def _as_written(tokens: list[Token], k: int) -> bool:
    """"وقال اوسبورن كما ورد في فقرات من خطابه …": where his words were found, an aside
    that only follows the verb's subject."""
    return k + 1 < len(tokens) and tokens[k].norm in ("كما", "حسبما") \
        and tokens[k + 1].norm in ("ورد", "جاء")


def _given_name_before(text: str, tokens: list[Token], low: int, bound: int) -> Subject | None:
    """A name from token `low` or after that opens with a given name and ends right before
    `bound`, of two or three words."""
    for j in range(low, bound - 1):
        if L.bare(tokens[j].norm) not in L.GIVEN_NAMES or not 2 <= bound - j <= 3:
            continue
        named = parse_subject(text, tokens, j, bound, names=True)
        if named is not None and named.first == j and named.last == bound - 1 and named.name \
                and named.kind == "person" and named.title is None:
            return named
    return None


def _ranked_surname(text: str, tokens: list[Token], first: int, bound: int,
                    entities: Entities) -> Subject | None:
    """Ranks or honorifics from token `first`, then one word right before `bound` (or
    before its إلى/على) that is the family name of someone the article named in full."""
    j = first
    while j < bound and (L.one_of(tokens[j].norm, L.RANKS) or L.one_of(tokens[j].norm,
                                                                       L.HONORIFICS)) \
            and not broken(text, tokens, j + 1):
        j += 1
    if j == first or not (bound == j + 1 or bound == j + 2
                          and L.bare(tokens[j + 1].norm) in ("الي", "علي")):
        return None
    found = _surname_subject(text, tokens, j, entities)
    return None if found is None else dataclasses.replace(found, first=first,
                                                          start=tokens[first].start)


def _pronoun_noun(text: str, tokens: list[Token], subject: Subject, entities: Entities,
                  at: int) -> bool:
    """A one-word "name" spelt with the pronoun ه at its end (رحيله، موقفه), with no title,
    that the article never introduced and no list knows as a given name: a noun with his
    pronoun, not who spoke."""
    word = text[tokens[subject.first].start:tokens[subject.first].end]
    return subject.kind == "person" and subject.first == subject.last and not subject.title \
        and not subject.honorifics and word.endswith("ه") and len(word) >= 4 \
        and L.bare(tokens[subject.first].norm) not in L.GIVEN_NAMES \
        and entities.resolve(subject, at, introduce=False) is None


def _cut_short(text: str, tokens: list[Token], subject: Subject, limit: int) -> bool:
    """Does a body named by one word (a country, a city) run on into words that are no
    words of the language ("باريس سان جرمان"، "ريال مدريد")? Then its name is longer than
    the grammar read, and who spoke is not sure."""
    after = subject.last + 1
    if subject.kind != "organisation" or subject.first != subject.last or after >= limit \
            or broken(text, tokens, after):
        return False
    first = tokens[subject.first].norm
    if first.startswith("ال") and L.one_of(first, L.ORGANISATIONS):
        return False    # "كما أكدت الوزارة شفاء 578 حالة": a body's common noun with its
        # article is no foreign name's first word; the words after it are its object
    norm = tokens[after].norm
    if norm.startswith("و") and norm.endswith(("ه", "ها", "هم")):
        return False    # "وذكر المرصد ومقره بريطانيا أن …": an aside about it
    if _derived_verbal_noun(L.bare(norm)) and L.bare(norm) not in L.GIVEN_NAMES:
        return False    # "وأعلنت إثيوبيا اكتمال بناء …": a verbal noun, the verb's object,
        # never a word of a longer name
    return not norm.startswith("ال") and not _lexical(norm) and not is_number(tokens[after]) \
        and not has_tanween(text, tokens[after])


def _name_in_commas(text: str, tokens: list[Token], k: int, end: int) -> tuple[int, int] | None:
    """Between commas after the verb, two or three words no list knows (a name: "، سدات
    لاشينار،"), before any particle or quotation: where they are."""
    start = None
    for j in range(k, end):
        if L.particle(tokens[j].norm) or not set(gap(text, tokens, j)).isdisjoint("«\"“:"):
            return None
        if gap(text, tokens, j).strip() in (",", "،"):
            if start is not None and 2 <= j - start <= 3 and all(
                    not L.one_of(t.norm, L._KNOWN) and not t.norm.startswith("ال")
                    or t.norm.startswith("ال") and m > start
                    for m, t in enumerate(tokens[start:j], start)):
                return start, j
            start = j
    return None


def _bare_verb(text: str, tokens: list[Token], k: int, limit: int, units: list[_Unit],
               paragraph: Paragraph) -> bool:
    """Does the verb stand without a subject of its own, so that it goes on with the last
    speaker ("وأضاف أن …"، "وقال في تصريح للصحفيين: …")? Not when words that are no
    adjunct stand between it and what was said ("وأعلن المقاتلون الأكراد … أن"), nor when
    its clause opens with words before it ("ولكن العفو الدولية تقول إن"، "غير أن أوباما
    وفي مقابلة قال"): a subject is there that the grammar did not read."""
    if k > 0 and tokens[k - 1].norm in ("قد", "وقد") and tokens[k].norm[:1] in ("ي", "ت"):
        return False    # "وقد يقول إنه …": someone may say it, no one did
    if k > 0 and tokens[k].norm in _SAYING_NOW and L.speech_verb(tokens[k - 1].norm) \
            and not broken(text, tokens, k):
        return _bare_verb(text, tokens, k - 1, limit, units, paragraph)   # (the same verb)
    after = _past_attention(text, tokens, k, k + 1, limit)
    if after < limit and tokens[after].norm in _SAYING_NOW and not broken(text, tokens, after):
        after += 1  # "وأردف يقول «…»": saying, as "قائلا" is; no subject
    anchor = _anchor(text, tokens, after, limit, units)
    if anchor is not None and anchor[1] > after \
            and not _between_is_adjunct(text, tokens, after, anchor[1]):
        return False
    if anchor is None and after + 1 < limit and not broken(text, tokens, after) \
            and not broken(text, tokens, after + 1) and not L.one_of(tokens[after].norm, L._KNOWN) \
            and not _with_pronoun(text, tokens[after]) and _with_pronoun(text, tokens[after + 1]) \
            and not _opens_adjunct(text, tokens, after) and not is_number(tokens[after]):
        return False    # "وأعلن بلاتيني ترشحه": a word no list knows, then a noun with his
        # pronoun: the word is who did it (a name the article did not introduce), not nobody
    if tokens[k].norm[:1] in ("و", "ف") or k > 0 and tokens[k - 1].norm in _BUT_HE \
            or k > 1 and tokens[k - 1].norm in ("انه", "انها") and tokens[k - 2].norm in _EXCEPT:
        return True     # "… وقال «…»": a verb joined by و opens a clause of its own; "غير
        # أنه لمح إلى أن …"، "إلا أنه أشار": but he, the one the sentence is about
    start = _sentence_start(paragraph, tokens[k].start)
    opening = _sentence_first(tokens, k, paragraph)
    if opening + 1 < k and L.bare(tokens[opening].norm) in _WAS and tokens[opening + 1].norm \
            not in ("قد", "يقول", "يقال", "قال", "ذكر") and not L.particle(tokens[opening + 1].norm):
        return False    # "وكان بلاتر الذي أعلن …، أكد أن": كان and its subject open the
        # sentence, the verb after the comma is its predicate (not whoever spoke before)
    first = k       # the first word of the verb's clause
    while first > 0 and tokens[first - 1].start >= start \
            and _CLAUSE_MARKS.isdisjoint(gap(text, tokens, first)):
        first -= 1
    # ("لكن صاحب أحد المتاجر … قال": but is no word of the clause's own)
    content = next((j for j in range(first, k) if tokens[j].norm not in _LEADERS
                    and tokens[j].norm not in ("لكن", "ولكن")), None)
    if content == k - 1 and has_tanween(text, tokens[content]) and tokens[k].norm[:1] in "يت" \
            and not _not_said(tokens[content].norm) and tokens[content].norm not in L.MANNER:
        return False    # "تلقى العميد …، إخطاراً يفيد القبض على …": a noun in the accusative,
        # then a present verb that tells what it is (a notice saying …), not whoever spoke
    return content is None or _opens_adjunct(text, tokens, content) \
        or tokens[content].norm.removeprefix("و") in _AS_FOR
    # ("وبالنسبة للقرارات الأخرى التي خرج بها الاجتماع قال «…»": as for them, he said)


# "ما كان لهم أن …"، "يحق لك أن": كان/يكون and لـ with a pronoun, before an أن of their own.
_WAS_FOR = L._norm("كان كانت يكون تكون")
_FOR_THEM = L._norm("له لها لهم لهما لنا لك لكم لي")


# "… الذي يُعتقد أنه …": believed (by whoever the sentence reports).
_BELIEVED = L._norm("يعتقد تعتقد يظن تظن يرجح ترجح")


# Verbs of narrating (a hadith, a story): روى، يروي.
_NARRATING = L._norm("روي يروي روت تروي")


# The present of قال right after another verb of saying: how he said it ("وأضاف يقول").
_SAYING_NOW = L._norm("يقول تقول")


# "as for …"، "about …": a topic put before the verb, no subject of it
_AS_FOR = L._norm("بالنسبه بخصوص حول عن")
# Words that may open a clause before a verb with no subject: "كما أكد"، "ثم قال"، "وقد أوضح".
_LEADERS = L._norm("و ف كما ثم قد وقد فقد لقد وكان كان وكانت كانت بدوره بدورها ايضا كذلك")
# "… لكنه أوضح أن …": but he (whoever spoke last) went on, with or without a comma before
_BUT_HE = L._norm("لكنه لكنها ولكنه ولكنها")


# The verbs after which إنّ, not أنّ, opens what was said.
_SAYS = L._norm("قال قالت قالوا يقول تقول يقولون")
# Verbs of stating whose object is only what was stated (never whom they told, accused or
# called on: not أبلغ، اتهم، طالب، دعا), in the singular that goes before its subject.
_STATES = L._norm("اكد اكدت يؤكد تؤكد اوضح اوضحت يوضح توضح اعلن اعلنت يعلن تعلن كشف كشفت "
                  "يكشف تكشف ذكر ذكرت يذكر تذكر افاد افادت يفيد تفيد صرح صرحت يصرح تصرح "
                  "اضاف اضافت يضيف تضيف نفي نفت ينفي تنفي شدد شددت يشدد تشدد بين بينت "
                  "يبين تبين لفت لفتت يلفت تلفت اشار اشارت يشير تشير")
# Verbs by which the last one who spoke goes on ("وأضاف"، "وتابع").
_WENT_ON = _SAYS | L._norm("اضاف اضافت يضيف تضيف تابع تابعت استطرد استطردت")
# Verbs of claiming: "…، كما يدعي فلان" says what he claims, which the clause may deny.
_CLAIMED = L._norm("يدعي تدعي ادعي ادعت يزعم تزعم زعم زعمت يروج تروج")
# "يجيب ماثيو ريكارد، أسعد رجل في العالم، «…»": answering, said as saying is.
_ANSWERS = L._norm("اجاب اجابت يجيب تجيب")


# Periods named after هذا/هذه: "هذا الأسبوع"، "هذه السنة".
_PERIODS = L._norm("الاسبوع الشهر العام السنه الصباح المساء الموسم")

# "وهو ما …"، "وهذا ما …": the outlet's comment on what it just told.
_THIS = L._norm("وهو وهي وهذا وهذه هو هي هذا هذه")

# Verbs of calling on someone to do something: whom, then بأن and what.
_CALLED_ON = L._norm("طالب دعا حث ناشد اوصي")

# The word before the أن of "أصر على أن"، "ذهب إلى أن"، "جدد التأكيد على أن".
_BEFORE_ITS_THAT = L._norm("الي علي التاكيد تاكيده تاكيدها")


def _manner(text: str, token: Token) -> bool:
    """An indefinite accusative of the shape فاعلاً ("مازحا"، "ضاحكا") or a participle in
    the accusative ("معلقا"، "متسائلا"): how something was said."""
    norm = token.norm
    return not norm.startswith("ال") and (has_tanween(text, token) or len(norm) == 5
                                          and norm[1] == "ا" and norm.endswith("ا")
                                          or norm.endswith("ا") and L.participle(norm)
                                          or len(norm) >= 6 and norm[0] == "م"
                                          and norm.endswith("ا") and (norm[2] == "ا"
                                                                      or norm[1] == "ت")
                                          or _with_verbal_noun(norm))
    # (مُفاعِلاً، مُتفعِّلاً: "وأضاف مدافعا: …"، "متهكما")


def _with_verbal_noun(norm: str) -> bool:
    """"وقال بانزعاج: …"، "وعلق باقتضاب: …"، "وقال بتأثر: …": بـ and a verbal noun (its hamza
    unwritten, or of the تفعّل/تفاعل kind), how it was said (not a family name with با:
    باوزير، بامهيل)."""
    word = L.bare(norm)
    return word.startswith("با") and len(word) >= 5 and not _ba_family(word) \
        or word.startswith("بت") and (len(word) == 5 or len(word) == 6 and word[3] == "ا")


def _name_before_his(text: str, tokens: list[Token], first: int, bound: int
                     ) -> Subject | None:
    """"وأعلن ميشيل بلاتيني ترشحه رسميا": two or three words no list knows, then a noun with
    his or her pronoun: the words are a name, its owner, and the noun the verb's object."""
    for j in range(first + 2, min(bound, first + 4)):
        if broken(text, tokens, j - 1) and j - 1 > first or broken(text, tokens, j):
            return None
        word = tokens[j - 1].norm
        if L.one_of(word, L._KNOWN) or has_tanween(text, tokens[j - 1]) or is_number(tokens[j - 1]):
            return None
        if _his_own(text, tokens, j) and _with_pronoun(text, tokens[j]):
            named = parse_subject(text, tokens, first, j, names=True)
            if named is not None and named.kind == "person" and named.name \
                    and named.last == j - 1:
                return named
            return None
    return None


def _unread_words_then_that(text: str, tokens: list[Token], first: int, limit: int):
    """The anchor of "a few words no list knows, then أن" from token `first` (no comma, no
    preposition, time word, verb of speech or particle among them), or None."""
    for j in range(first, min(limit, first + 7)):
        if broken(text, tokens, j) and j > first or broken(text, tokens, first):
            return None
        norm = tokens[j].norm
        if L.particle(norm):
            return ("that", j, None) if j > first else None
        if L.one_of(norm, L._KNOWN) and text[tokens[j].start:tokens[j].end] != "علي" \
                and not _given_name_and_surname(tokens, j, first) \
                or has_tanween(text, tokens[j]) or _plural_present(norm):
            return None     # (علي spelt with its ya is the name Ali, not the preposition)
    return None


def _plural_present(norm: str) -> bool:
    """"ينفي مسؤولو الاتحاد الأوروبي الاتهامات ويجادلون بأن": a present verb in the plural
    (يـ/تـ … ون), no word of a name (خلدون، سعدون open otherwise; تايسون has its long vowel
    second)."""
    word = norm[1:] if norm[:1] == "و" and len(norm) > 6 else norm
    return len(word) >= 6 and word[0] in "يت" and word[1] not in "اوي" and word.endswith("ون")


def _title_then_name_then_audience(text: str, tokens: list[Token], subject: Subject,
                                   limit: int):
    """"وقال رئيس الشبكة بليغ التميمي لـ«الشرق الأوسط» إن …": a title with no name, one to
    three words no list knows, then whom it was said to or when (`_past_adjuncts`: an
    outlet, the press, a time), then the particle: (the anchor at the particle, the titled
    person named by those words), or None."""
    first = subject.last + 1
    for end in range(first + 1, min(limit, first + 4)):
        if broken(text, tokens, end - 1) and end - 1 > first:
            return None
        word = tokens[end - 1]
        if L.one_of(word.norm, L._KNOWN) or has_tanween(text, word) or L.particle(word.norm):
            return None
        particle = _past_adjuncts(text, tokens, end, limit)
        if end < particle < limit and L.particle(tokens[particle].norm):
            named = _title_then_unread_name(text, tokens, subject, ("that", end, None))
            return (("that", particle, None), named) if named is not None else None
    return None


def _given_and_family(tokens: list[Token], subject: Subject) -> bool:
    """A name of two words or more that opens with a known given name ("ناصر العجي"): a
    person, whatever words about them follow before قال's إنّ ("طالب، أحد أبرز مشايخ قبيلة
    مراد …، في تصريح لـ«الشرق الأوسط»")."""
    return subject.name is not None and len(subject.name.split()) >= 2 \
        and L.bare(tokens[subject.first].norm) in L.GIVEN_NAMES


def _title_only(subject: Subject | None) -> bool:
    """A person named by a title and no name ("زوج المعلمة ووالد الطالبة")."""
    return subject is not None and subject.kind == "person" and bool(subject.title) \
        and not subject.name


# What joins لـ to an outlet's name: its tatweel and the name's quotation marks.
_OUTLET_MARKS = _OPENING | _CLOSING | {"\u0640"}


def _title_comma_name(text: str, tokens: list[Token], title: Subject, bound: int
                      ) -> Subject | None:
    """"قال رئيس النادي، القطري ناصر الخليفي: «…»": a title with no name, a comma, then (a
    nationality and) a name that opens with a given name and runs right up to what was said:
    the titled person, named. So do two words no list knows ("قال وزير الخارجية، فيليب
    هاموند: «…»": a foreign name, its given name in no list)."""
    j = title.last + 1
    if second_title(tokens[j].norm):
        # "قال القيادي في الحزب …، وقائد قوات البيشمركة في محور …، زعيم علي، إن": his other
        # office, set off by commas too
        j = next((m for m in range(j + 1, bound) if broken(text, tokens, m)), bound)
        if j >= bound or gap(text, tokens, j).strip() not in (",", "،"):
            return None
    if tokens[j].norm.startswith("ال") and _nisba(tokens[j].norm):
        j += 1      # (his nationality: القطري)
    told = next((m for m in range(j + 2, min(bound, j + 4)) if broken(text, tokens, m)), None)
    if told is not None and gap(text, tokens, told).strip() in (",", "،") \
            and tokens[told].norm == "ل" and bound - told <= 4 \
            and all(set(gap(text, tokens, m).strip()) <= _OUTLET_MARKS
                    for m in range(told + 1, bound)):
        bound = told    # "زعيم علي، لـ«الشرق الأوسط» إن": whom he told, after his name
    unread = bound - j == 2 and all(
        not _lexical(tokens[m].norm) and not tokens[m].norm.startswith("ال")
        and len(tokens[m].norm) >= 3 and not has_tanween(text, tokens[m]) for m in (j, j + 1))
    if not 2 <= bound - j <= 3 or L.bare(tokens[j].norm) not in L.GIVEN_NAMES and not unread \
            or any(broken(text, tokens, m) for m in range(j + 1, bound)):
        return None
    named = parse_subject(text, tokens, j, bound)
    if named is None or named.kind != "person" or not named.name or named.title \
            or named.last != bound - 1:
        return None
    return dataclasses.replace(title, last=named.last, end=named.end, label=named.name,
                               name=named.name)


def _name_then_object(text: str, tokens: list[Token], k: int, bound: int) -> bool:
    """"ونفى أحمد الحرمي وجود …": with no words of his after the verb, its subject is read
    as a name only where a given name no other word spells opens it, then a family name
    with the article, then more of the same sentence (what he denied). Other unknown words
    there are more often the verb's object ("أكد وجود خلافات"); and a name that ends the
    sentence ("…، كما أعلن خالد العطية.") leaves the words before it to other rules."""
    return k + 2 < bound and _given_then_family(text, tokens, k, bound) \
        and not _lexical(tokens[k].norm) and not broken(text, tokens, k + 2)


def _unread_name_then_title(text: str, tokens: list[Token], k: int, particle: int
                            ) -> Subject | None:
    """"وقال سيوم موسيفين، وسيط منظمة إيغاد … أمس إن …": after قال, two or three words no
    list knows and the grammar did not read, then a comma and who the person is (a title, or
    a relative clause: "التي ترأس النادي"): the words are the person's name. (إنّ after قال
    makes the clause what was said.)"""
    who = next((j for j in range(k + 3, min(particle, k + 5))
                if tokens[j].norm in ("الذي", "التي") and not broken(text, tokens, j)), None)
    if who is not None and _who_he_is(text, tokens, who, particle) \
            and not any(tokens[j].norm.startswith("ال") or L.one_of(tokens[j].norm, L._KNOWN)
                        or not tokens[j].norm.isalpha() or broken(text, tokens, j)
                        for j in range(k + 1, who)):
        # "وقالت لايهون شان التي ترأس النادي منذ … إن": two or three words, then a relative
        # clause that says who she is
        start, end = tokens[k + 1].start, tokens[who - 1].end
        return Subject(k + 1, who - 1, start, end, "person", text[start:end],
                       name=text[start:end])
    comma = next((j for j in range(k + 2, min(particle, k + 5)) if broken(text, tokens, j)
                  or tokens[j].norm.startswith("ال") and L.one_of(tokens[j].norm, L.PERSON_TITLES)
                  or j == k + 3 and tokens[j].norm in L.PERSON_TITLES and j + 1 < particle
                  and (tokens[j + 1].norm[:1] != "و" or tokens[j + 1].norm in L._KNOWN)
                  and not broken(text, tokens, j + 1)),
                 None)
    # (or a title in construct right after a name of two words: "وقال لوري والاش مدير منظمة
    # … ان"; its genitive may open with a و of its own: "رئيس وزراء أستونيا")
    if comma is None or comma - k - 1 < 2 \
            or gap(text, tokens, comma).strip() not in ("", ",", "،") \
            or not _apposition(tokens[comma].norm):
        return None     # (or with no comma, a title with its article: "وقال بوب بيدريجون
        # المتحدث باسم شرطة مطار لوس أنجليس إن")
    words = range(k + 1, comma)
    if any(tokens[j].norm.startswith("ال") and not (j > k + 1 and _family_nisba(tokens[j].norm))
           or L.one_of(tokens[j].norm, L._KNOWN) or not tokens[j].norm.isalpha() for j in words):
        return None     # (a family name of the ـي kind after the first: "بلحسن الوسلاتي")
    if any(tokens[j].norm[:1] == "و" and not L.one_of(tokens[j].norm, L._KNOWN)
           and not tokens[j + 1].norm.startswith("ال")
           and not L.one_of(tokens[j + 1].norm, L._KNOWN)
           and not broken(text, tokens, j + 1) for j in range(comma + 1, particle - 1)):
        return None     # "وكشف بير اغرين مسؤول الشرطة المحلية وإيفا مورين نائب …، أنّهما":
        # another person named after his title, who said it with him
    start, end = tokens[k + 1].start, tokens[comma - 1].end
    return Subject(k + 1, comma - 1, start, end, "person", text[start:end], name=text[start:end])


def _body_name_runs_on(text: str, tokens: list[Token], k: int, subject: Subject | None,
                       particle: int) -> Subject | None:
    """"وقال موقع الأوديتي سنترال الأمريكي إن"، "وقالت قناة تلفزيون سكاي نيوز 24 إن": a body
    the grammar read in part, then one to three more words of its foreign name (no word
    any list knows, a number, an adjective of belonging) right up to قال's إنّ."""
    if subject is None or subject.kind != "organisation" or subject.first != k + 1 \
            or not 1 <= particle - subject.last - 1 <= 3:
        return None
    for j in range(subject.last + 1, particle):
        norm = tokens[j].norm
        if broken(text, tokens, j) or norm[:1] == "و" or not (
                is_number(tokens[j]) or _nisba(norm) or not _lexical(norm)
                and not norm.startswith("ال")):
            return None
    end = tokens[particle - 1].end
    return dataclasses.replace(subject, last=particle - 1, end=end,
                               label=text[subject.start:end])


def _given_name_and_surname(tokens: list[Token], j: int, first: int) -> bool:
    """"والد الشهيد سعيد الزهراني إن": a word that is also a given name (سعيد، كريم), first
    of the unread words, with a family name (الـ…) right after it, is a name, not the
    adjective."""
    return j == first and j + 1 < len(tokens) and L.bare(tokens[j].norm) in L.GIVEN_NAMES \
        and tokens[j + 1].norm.startswith("ال") and not L.one_of(tokens[j + 1].norm, L._KNOWN)


def _one_word_then_that(text: str, tokens: list[Token], k: int, limit: int,
                        units: list[_Unit]):
    """The anchor of "verb, one unread word, (إلى/على) أن" after the verb at k, or None. The
    word is in no list of the lexicon: not an object ("أكد ضرورة أن"), not a time word."""
    if k + 2 >= limit or broken(text, tokens, k + 1) or broken(text, tokens, k + 2):
        return None
    word = tokens[k + 1].norm
    if L.one_of(word, L._KNOWN) or L.particle(word) or has_tanween(text, tokens[k + 1]):
        return None
    anchor = _anchor(text, tokens, k + 1, limit, units)
    if anchor is None or anchor[0] != "that":
        return None
    if anchor[1] == k + 2 or anchor[1] == k + 3 and L.bare(tokens[k + 2].norm) in ("الي", "علي"):
        return anchor
    return None


def _lone_surname(text: str, tokens: list[Token], j: int) -> Subject | None:
    """"وأشار بلير إلى أن …": the one unread word between a verb and its أن is the name of
    who spoke when it can be nothing else: no article (an object, "أكد الالتزام بأن"), no
    pronoun (a noun of his, "ويوضح رأيه بأن"), no accusative ending (how or when, "وأضاف
    مستدركا أن"), not و with a verb, not shaped like a present-tense verb (a word that
    bـ or لـ opens may be a name here: بلير، لويل)."""
    written = text[tokens[j].start:tokens[j].end]
    norm = tokens[j].norm
    if norm[:1] == "و" and L.bare(norm) not in L.GIVEN_NAMES:
        return None     # "أصبحت أفكر بما قال وتذكرت أن": و and a verb, not وليد
    if len(norm) < 3 or norm.startswith(("ال", "بال", "لل", "وال", "فال", "كال")) \
            or written.endswith(("ه", "ها", "هم", "هن", "هما", "كم", "كن", "ا", "ى")) \
            or norm[0] in "يت" and len(norm) >= 4 and _verb_shaped(norm) \
            or norm.startswith("اؤ") or norm in L.MANNER or _written_to(text, tokens[j]):
        return None     # (nor a verb in the first person: "قال أؤكد أن …"; nor how he
        # said it: "وكان يشير برفق إلى أن")
    return Subject(j, j, tokens[j].start, tokens[j].end, "person", written, name=written)


def _spelt_as_named(norm: str, entities: Entities) -> bool:
    """Does every person the article named with this word's key write the word itself
    (normalised), not only a spelling that shares its key? (Nobody named: yes.)"""
    key = name_key(norm)
    return all(any(norm in norm_word(name).split() for name in person.names)
               for person in entities.items if person.kind == "person" and key in person.keys)


def _several(entity: Entity) -> bool:
    """Can the speaker be the subject of a plural verb: an anonymous or collective source
    (مصادر، مسؤولون), a plural (المراقبون، الحوثيون، مديرو التعليم) or names joined by و?"""
    head = norm_word(entity.label).split()     # (cached: asked at nearly every report)
    if entity.kind == "anonymous" or len(head) > 2 and any(w.startswith("و") for w in head[1:]):
        return True
    word = head[0] if head else ""
    return word.endswith(("ون", "ين")) or L.one_of(word, L.PLURAL_TITLES) \
        or L.one_of(word, L.ANONYMOUS)


def _clause_goes_on(text: str, tokens: list[Token], starts: list[int], quoted: _Unit,
                    sentence_end: int) -> bool:
    """Do words of the same clause follow a quotation right after أن (no punctuation between,
    and not a new report)?"""
    after = bisect_left(starts, quoted.end)
    if after >= len(tokens) or tokens[after].start >= sentence_end:
        return False
    between = text[quoted.end:tokens[after].start]
    if between.strip(" \u00a0\t" + "»”\"'’") or "\n" in between:
        return False
    norm = tokens[after].norm
    return not (L.reporting_word(norm) or L.particle(norm) or L.participle(norm))


# "الاتحاد الدولي (الفيفا)": one word in brackets right after a body, the name it goes by.
_BRACKETED_WORD = re.compile(r"\s*\((\w{3,20})\)")


def _note_abbreviation(text: str, subject: Subject, entity, entities: Entities) -> None:
    """Remember the short name a body is given in brackets right after it, so that "وقال
    الفيفا إنّ …" later names the body "أكد الاتحاد الدولي (الفيفا) …" introduced."""
    if entity.kind != "organisation":
        return
    found = _BRACKETED_WORD.match(text, subject.end)
    if found is not None:
        entities.abbreviated(found.group(1), entity)


def _note_issuer(text: str, tokens: list[Token], k: int, subject: Subject, entity,
                 entities: Entities, limit: int) -> None:
    """Remember who issued a document the construction names: "وذكر مجلس الوزراء في بيان
    أن …" (في and the document after the subject), "بيان صادر عن الوزارة" (the document
    before the body that issued it)."""
    if entity.kind not in ("organisation", "person", "anonymous"):
        return      # (a spokesman the text does not name issues it too: "وأكد متحدث باسم
        # المفوضية الأوروبية في بيان أمس أنه …. وقال البيان إن …")
    before = range(max(k + 1, subject.first - 4), subject.first)
    # (after the subject, past the verb's object too: "كشفت جامعة تبوك عن ملابسات الوفاة في
    # بيان نشرته"; not past what was said or another verb of saying)
    after = range(subject.last + 1, min(limit, subject.last + 10))
    for j in after:
        if L.particle(tokens[j].norm) or j > subject.last + 3 \
                and L.reporting_word(tokens[j].norm) \
                or not _QUOTE_MARKS.isdisjoint(gap(text, tokens, j)):
            break       # (within three words, the verb itself: "… قد ذكرت في بيان لها"; nor
            # inside his words: "وقال كيري "بحثنا كذلك في قرار الأمم المتحدة")
        if L.bare(tokens[j].norm) == "في" and j + 1 < limit:
            at = j + 2 if L.bare(tokens[j + 1].norm) in _FIRST_OR_LATEST else j + 1
            document = _own_document(tokens[at].norm) if at < limit else None
            if document is not None:
                entities.issued(document, entity, anew=not tokens[at].norm.startswith("ال"))
                return
    for j in before:
        if _document(tokens[j].norm) in L.DOCUMENTS:
            entities.issued(_document(tokens[j].norm), entity)
            return


def _note_was_subject(text: str, tokens: list[Token], low: int, high: int,
                      entities: Entities) -> None:
    """"وكان عبدالإله بنكيران قد قبّل كتفي الملك": كان, a person's full name, then قد and
    his verb introduce him, whatever the verb (so "وقال بنكيران" names him later)."""
    if high - low < 4 or L.bare(tokens[low].norm) not in _WAS:
        return
    qad = next((j for j in range(low + 2, min(high, low + 12)) if tokens[j].norm == "قد"), None)
    if qad is None:
        return
    named = parse_subject(text, tokens, low + 1, qad, names=True)
    if named is not None and named.last == qad - 1 and named.kind == "person" \
            and " " in (named.name or ""):
        entities.resolve(named, tokens[low + 1].start)


def _note_issued(text: str, tokens: list[Token], low: int, high: int,
                 entities: Entities) -> None:
    """"أصدرت وزارة الداخلية أمس بيانا بشأن …"، "أصدر المهندس إبراهيم محلب … قراراً بمد …":
    remember who issued the document, for "وقال البيان إن …"، "ونص القرار على أن …" after it
    (the document speaks for whoever issued it, when the text names them)."""
    # (every sentence passes here: set look-ups first, the parse only where they hold)
    for j in range(low, high - 1):
        if tokens[j].norm not in _ISSUING_VERBS:
            continue
        for d in range(j + 1, min(high, j + 16)):
            if broken(text, tokens, d) and not _OPENING.isdisjoint(gap(text, tokens, d)):
                break
            word = _document(tokens[d].norm)
            owned = None if tokens[d].norm.startswith("ال") else _own_document(tokens[d].norm)
            if word.endswith("ا") and word[:-1] in L.DOCUMENTS:
                word = word[:-1]    # بيانا، قرارا: the accusative
            elif owned is not None and owned != word:
                word = owned        # "أصدرت الشركة تقريرها الشهري": its own
            elif not (word.endswith("ه") and word in L.DOCUMENTS
                      and not tokens[d].norm.startswith("ال")):
                continue            # (دراسة، رسالة: no alif marks it)
            issuer = _issuer_before(text, tokens, j, d) or _issuer_first(text, tokens, low, j)
            if issuer is not None and issuer.kind in ("organisation", "person") \
                    and (issuer.kind == "organisation" or " " in (issuer.name or "")):
                entities.issued(word, entities.resolve(issuer, tokens[j].start))
            break
    for j in range(low, high - 2):
        # "دراسة أجراها معهد …"، "تقرير أعدته وزارة …": the document, then who made it (or
        # "البحث الذي أجرته مؤسسة …": the document with its article, الذي/التي, then the verb)
        described = j + 1 if j + 2 < high and _described_document(text, tokens, j) else j
        v = described + 2 if tokens[described + 1].norm in ("الذي", "التي") \
            and described + 3 < high and tokens[j].norm.startswith("ال") and (
                not broken(text, tokens, described + 1)
                or gap(text, tokens, described + 1).strip() in ("-", "–", "—", "(")) else j + 1
        # (the relative may stand in an aside: "واشار الاستطلاع -الذي اجراه معهد ماريست-";
        # an adjective may stand before it: "التقرير الإحصائي الذي أصدرته الأمانة العامة")
        made = tokens[v].norm
        if not made.endswith("ه") and not made.endswith("ها"):
            continue
        word = tokens[j].norm if v == j + 1 else tokens[j].norm[2:]
        if word not in L.DOCUMENTS and word[:1] in "وبلف" and word[1:] in L.DOCUMENTS:
            word = word[1:]
        if word not in L.DOCUMENTS or word.startswith("ال") \
                or made.rstrip("اه").rstrip("ت") not in _MADE_VERBS or broken(text, tokens, v):
            continue
        titled = next((m for m in range(v + 2, min(high, v + 10)) if tokens[m].norm == "بعنوان"),
                      high)     # (the issuer's name ends before the title of what it made)
        quoted = _quoted_name_end(text, tokens, v + 1, high) \
            if any(mark in gap(text, tokens, v + 1) for mark in '"«“') else None
        issuer = parse_subject(text, tokens, v + 1, quoted or titled)
        if issuer is not None and quoted is not None and issuer.kind == "unknown":
            # ("اصدرته " ارقام " التراجع": the body's name in quotation marks, then the object)
            issuer = dataclasses.replace(issuer, kind="organisation")
        if issuer is not None and issuer.kind in ("organisation", "person") \
                and (issuer.kind == "organisation" or " " in (issuer.name or "")):
            entities.issued(word, entities.resolve(issuer, tokens[j].start))
    for j in range(low, high - 3):
        # "جاء ذلك في البيان الصادر من المركز الإعلامي بالنادي …"، "التقرير الذي صدر عن
        # مؤسسة النقد": the document, then the body it came from, whatever the sentence's verb
        word = _document(tokens[j].norm)
        if word not in L.DOCUMENTS:
            continue
        described = j + 1 if j + 2 < high and _described_document(text, tokens, j) else j
        v = described + 2 if tokens[described + 1].norm in ("الذي", "التي") else described + 1
        if v + 1 >= high or L.bare(tokens[v].norm) not in _CAME_FROM \
                or tokens[v + 1].norm not in ("عن", "من") \
                or any(broken(text, tokens, m) for m in range(j + 1, v + 2)):
            continue
        issuer = parse_subject(text, tokens, v + 2, high, names=False)
        if issuer is not None and issuer.kind == "organisation":
            entities.issued(word, entities.resolve(issuer, tokens[j].start))


def _described_document(text: str, tokens: list[Token], j: int) -> bool:
    """Is token j a document and the token after it one adjective of it ("التقرير الإحصائي"،
    "تقرير حديث")?"""
    word = L.bare(tokens[j + 1].norm)
    return not broken(text, tokens, j + 1) and (
        word.removeprefix("ال") in _RECENT_DOCUMENT
        or word.endswith(("ي", "يه")) and len(word) >= 5 and not _lexical(tokens[j + 1].norm)
        and word.startswith("ال") == tokens[j].norm.startswith("ال"))


# "تقرير حديث"، "الدراسة الجديدة": adjectives of a document's date.
_RECENT_DOCUMENT = L._norm("حديث حديثه جديد جديده اخير اخيره سنوي سنويه")


# "البيان الصادر عن …"، "التقرير الذي صدر من …": where a document came from.
_CAME_FROM = L._norm("الصادر الصادره صادر صادره صدر صدرت")


def _note_revealed(text: str, tokens: list[Token], low: int, high: int,
                   entities: Entities) -> None:
    """"كشفت إدارة المباني بتعليم عنيزة عن تقريرها الخاص …": the body revealed its own
    document (its pronoun on it), so "وأوضح التقرير أن …" after it speaks for the body."""
    for j in range(low, high - 3):
        if tokens[j].norm not in _REVEALING:
            continue
        about = next((m for m in range(j + 2, min(high - 1, j + 12))
                      if tokens[m].norm == "عن" and not broken(text, tokens, m)
                      and not broken(text, tokens, m + 1)), None)
        if about is None:
            continue
        stem = _document_with_pronoun(tokens[about + 1].norm)
        if stem is None:
            continue
        issuer = _issuer_before(text, tokens, j, about)
        if issuer is not None and issuer.kind == "organisation":
            entities.issued(stem, entities.resolve(issuer, tokens[j].start))


def _issuer_before(text: str, tokens: list[Token], verb: int, end: int) -> Subject | None:
    """The verb's subject, the whole of what stands between it and token `end` (what it
    issued or revealed) but for time words ("أمس بيانا": when, between the body and what
    it issued); None when the subject does not reach that far."""
    while end > verb + 1 and L.one_of(tokens[end - 1].norm, L.TIME_WORDS):
        end -= 1
    issuer = parse_subject(text, tokens, verb + 1, end)
    return issuer if issuer is not None and issuer.last == end - 1 else None


def _issuer_first(text: str, tokens: list[Token], low: int, verb: int) -> Subject | None:
    """"وكان معهد واشنطن للشرق الأدنى أصدر قبل شهور، تقريرا": the sentence opens with the
    issuer (after كان), its verb after it; the whole of what stands before the verb."""
    start = low + 1 if low < verb and tokens[low].norm in _WAS else low
    if start >= verb or broken(text, tokens, verb):
        return None
    issuer = parse_subject(text, tokens, start, verb)
    return issuer if issuer is not None and issuer.last == verb - 1 else None


# كان as discourse reads it, and "فكان" too (this module's readings of a sentence that opens
# with it: an issuer, a subject between كان and قد).
_WAS = _WAS | L._norm("فكان")


_REVEALING = L._norm("كشف كشفت وكشف وكشفت اعلن اعلنت واعلن واعلنت")


# What one does to a document, with its pronoun: أجراها، أعدها، أصدره، نشرته.
_MADE_VERBS = L._norm("اجر اجرا اعد اصدر نشر واجر واعد واصدر ونشر")


# Verbs of issuing a document (its accusative follows the issuer: "أصدرت الوزارة بيانا").
_ISSUING_VERBS = L._norm("اصدر اصدرت واصدر واصدرت نشر نشرت ونشر ونشرت وزع وزعت ووزع ووزعت "
                         "اجري اجرت واجري واجرت اعد اعدت واعد واعدت")


# A document's word as _note_issued reads it after a verb: bare, or with one of و ب ل ف.
_DOCUMENT_FORMS = frozenset(L.DOCUMENTS) | {p + d for p in "وبلف" for d in L.DOCUMENTS}
# The words _note_owned looks for: a report or a statement, with or without the article.
_OWNED = L._norm("تقرير بيان دراسه تقارير دراسات")     # ("أحدث تقارير «أوبك»": one of)
_OWNED_FORMS = frozenset(p + d for p in ("", "ال", "و", "وال") for d in _OWNED)


def _note_owned(text: str, tokens: list[Token], low: int, high: int,
                entities: Entities) -> None:
    """"وأبرز التقرير السنوي للمؤسسة العامة للتقاعد …"، "بيان الخارجية الأميركية"، "البيان
    الصادر عن وزارة الداخلية": a report, a statement or a study, its adjectives, then the
    body whose it is (with لـ, as the genitive of the bare word, or after «الصادر عن»): the
    body issued it, so "وأضاف التقرير" after it speaks for that body."""
    for j in range(low, high - 1):
        if tokens[j].norm not in _OWNED_FORMS:
            continue
        word = _document(tokens[j].norm)
        if word not in _OWNED:
            continue
        definite = "ال" in tokens[j].norm[:4]
        m = j + 1
        while m < min(high, j + 4) and not broken(text, tokens, m) \
                and tokens[m].norm.startswith("ال") and tokens[m].norm.endswith(("ي", "يه")):
            m += 1      # (its adjectives: السنوي، الشهري، الأميركية)
        if m == j + 1 < high and _quoted_before(text, tokens, m):
            # "تقرير «جدوى للاستثمار»"، "تقرير "المركز"": the body's name in quotation marks
            bound = _quoted_name_end(text, tokens, m, high)
            named = _quoted_subject(text, tokens, m, bound) if bound is not None else None
            if named is not None and named.kind in ("organisation", "unknown"):
                body = dataclasses.replace(named, kind="organisation")
                entities.issued(word, entities.resolve(body, tokens[m].start))
            continue
        if m >= high or broken(text, tokens, m):
            continue
        owner = tokens[m].norm
        if owner in ("الصادر", "الصادره") and m + 2 < high and tokens[m + 1].norm == "عن" \
                and not broken(text, tokens, m + 1) and not broken(text, tokens, m + 2):
            local, at = tokens, m + 2
        elif owner.startswith("لل") and len(owner) > 4:
            local = tokens[:m] + [Token(tokens[m].start + 1, tokens[m].end, "ال" + owner[2:])] \
                + tokens[m + 1:]
            at = m
        elif not definite and m == j + 1 and owner.startswith("ال"):
            local, at = tokens, m   # (the bare word in construct: "بيان الخارجية")
        else:
            continue
        body = _owning_body(text, local, at, high, entities)
        if body is not None:
            if local is not tokens:     # ("للمؤسسة" is لـ and "المؤسسة" without its alif)
                body = dataclasses.replace(body, label=with_alif(body.label),
                                           title=with_alif(body.title))
            entities.issued(word, entities.resolve(body, tokens[at].start))


def _owning_body(text: str, tokens: list[Token], at: int, high: int, entities: Entities
                 ) -> Subject | None:
    """The body named from token `at` whose document it is: the longest phrase from there
    that the article already knows ("التقرير السنوي للمؤسسة العامة للتقاعد | الأرقام …": what
    the verb governs may follow with nothing to mark where the body's name ends), else the
    whole phrase when a particle, a reporting word or a preposition follows it ("بيان
    الخارجية الأميركية أن"); else None."""
    body = parse_subject(text, tokens, at, high)
    if body is not None and body.last > at and tokens[body.last].norm in _FOR_THE_PERIOD:
        body = parse_subject(text, tokens, at, body.last)     # "… للتقاعد | للعام 1435"
    if body is None or body.kind != "organisation":
        return None
    for bound in range(body.last + 1, at, -1):
        known = body if bound == body.last + 1 else parse_subject(text, tokens, at, bound)
        if known is not None and known.kind == "organisation" \
                and entities.resolve(known, tokens[at].start, introduce=False) is not None:
            return known
    after = body.last + 1
    if after < high and not broken(text, tokens, after) and (
            L.particle(tokens[after].norm) or L.reporting_word(tokens[after].norm)
            or L.one_of(tokens[after].norm, L.PREPOSITIONS)
            or tokens[after].norm in _FOR_THE_PERIOD):
        return body
    return None


# "للعام 1435"، "للشهر الماضي": the period a report covers, after the body whose it is.
_FOR_THE_PERIOD = L._norm("للعام لعام للشهر للربع للسنه لسنه للفتره")


# "في أول تقرير له"، "في أحدث تقاريره": which of its documents, before the document.
_FIRST_OR_LATEST = L._norm("اول احدث اخر اخير")
_POSSESSIVES = ("هما", "هم", "ها", "ه")


def _own_document(norm: str) -> str | None:
    """The document word after في, bare or with its owner's pronoun ("في بيان"، "في تقريرها"،
    "في رسالته"), as `_document` gives it; None for any other word ("في بيانات": data)."""
    if L.one_of(norm, L.DOCUMENTS) and L.bare(norm) != "بيانات":
        return _document(norm)
    return _document_with_pronoun(norm)


def _document_with_pronoun(norm: str) -> str | None:
    """"تقريرها"، "رسالته": a document word with its owner's pronoun, as the document (تقرير،
    رساله); None for any other word."""
    word = L.bare(norm)
    for pronoun in _POSSESSIVES:
        stem = word.removesuffix(pronoun)
        if stem != word and len(stem) >= 3:
            if stem in L.DOCUMENTS:
                return stem
            stem = stem[:-1] + "ه"     # رسالتها → رساله
            return stem if word[len(stem) - 1] == "ت" and stem in L.DOCUMENTS else None
    return None


def _document(norm: str) -> str:
    """A document word without its article or preposition (للبيان → بيان), as a subject's
    title words give it (not _content's: it would read بيان as بـ and يان)."""
    word = L.bare(norm)
    for prefix in ("وبال", "وال", "بال", "لل", "ال"):
        if word.startswith(prefix):
            return word[len(prefix):]
    return word


def _occasion_word(text: str, tokens: list[Token], j: int) -> bool:
    """A word of the occasion of speaking: في تصريح خاص لـ«عكاظ» أمس، في حديث له."""
    return _occasion_token(tokens[j].norm) or broken(text, tokens, j)


def _occasion_token(norm: str) -> bool:
    return _content(norm) in L.OCCASIONS or norm[:1] == "ل" or L.one_of(norm, L.TIME_WORDS) \
        or norm in ("له", "لها", "لهم", "صحفي", "صحافي", "خاص", "خاصه", "رسمي", "في",
                    "امام") or norm == _THEN


# Words a family's name opens with, shared by its members: "آل فايد"، "بن لادن"، "أبو زيد".
_FAMILY_OPENERS = L._norm("ال آل بن ابن ابو بو")


def _and_another(text: str, tokens: list[Token], subject: Subject, limit: int) -> int | None:
    """"حزب العمال الكردستاني | وتنظيم داعش | بان …": a second phrase joined by و right after
    the first and followed by a word with بـ: the index of that word, else None."""
    j = subject.last + 1
    if j + 1 >= limit or tokens[j].norm[:1] != "و" or len(tokens[j].norm) < 4 \
            or broken(text, tokens, j) or L.particle(tokens[j].norm[1:]):
        return None
    for after in range(j + 1, min(limit, j + 5)):
        norm = tokens[after].norm
        if broken(text, tokens, after):
            return None
        if norm[:1] == "ب" and norm not in _SON_OF:
            return after    # (بأن too)
        if L.particle(norm) or L.reporting_word(norm):
            return None
    return None


def _occasion(tokens: list[Token], k: int) -> bool:
    """What may stand between a verb and its subject: "في تصريح …"، "لـ«عكاظ»"، "أمس"،
    "أيضا"."""
    norm = tokens[k].norm
    return L.bare(norm) == "في" or norm.startswith("ل") or L.one_of(norm, L.TIME_WORDS) \
        or norm == _THEN or norm in _IN_TURN


# "واعترف بدوره، مدرب المكسيك …": in his turn, between the verb and its subject
_IN_TURN = L._norm("بدوره بدورها بدورهم")




_ITSELF = L.SELF | L._norm("نفسهم ذاته ذاتها")
_APPEARS = L._norm("ظهر ظهرت يظهر تظهر")     # ("صورة يظهر فيها مؤسس الموقع": appears)


def _relayed_source(text: str, tokens: list[Token], after: int, limit: int
                    ) -> Subject | None:
    """"وذكرت نيويورك تايمز، نقلا عن مسؤولين مطلعين قولهم إن …": right after the verb's
    subject, whom the outlet relays from; they said it (the outlet passed it on)."""
    first = after
    while after < limit and (L.one_of(tokens[after].norm, L.TIME_WORDS)
                             or tokens[after].norm.startswith("لل")) \
            and (after == first or not broken(text, tokens, after)):
        after += 1      # ("وأوردت وسائل الإعلام أمس ما قاله …"، "وكالة رويترز للأنباء"،
        # "قالت صحيفة وول ستريت جورنال الخميس نقلا عن مسؤولين …")
    if after + 2 < limit and (L.bare(tokens[after].norm) in _RELAYING
                              and tokens[after + 1].norm == "عن"
                              or L.bare(tokens[after].norm) in _BASED_ON
                              and tokens[after + 1].norm == "الي") \
            and not broken(text, tokens, after + 1):
        # (or "استنادا إلى دوائر مطلعة": based on them)
        at = after + 2
        if at + 1 < limit and tokens[at].norm in _POINTING and not broken(text, tokens, at + 1):
            at += 1     # "نقلاً عن تلك المصادر": the sources named before
        own = _own_sources(text, tokens, at, limit)
        if own is not None:
            return own
        source = parse_subject(text, tokens, at, limit)
        if source is not None and source.kind in ("person", "organisation", "anonymous"):
            return source
    if after + 1 < limit and tokens[after].norm in _WORDS_OF and not broken(text, tokens, after + 1):
        # "ونقلت شبكة (سكاي سبورت) اليوم تصريحات مورينيو الذي قال "…"": whose statements
        # the outlet passed on; he said them
        source = parse_subject(text, tokens, after + 1, limit)
        if source is not None and source.kind in ("person", "organisation", "anonymous"):
            return source
    if after + 2 < limit and tokens[after].norm == "ما" and _reports_what(tokens[after + 1].norm) \
            and not broken(text, tokens, after + 1) and not broken(text, tokens, after + 2):
        # "ونقلت وكالة رويترز ما قاله جيف كوفلين العالم في …: «…»": what someone said,
        # passed on; he said it
        source = parse_subject(text, tokens, after + 2, limit)
        if source is not None and source.kind in ("person", "organisation", "anonymous"):
            return source
    return None


def _drew_attention(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """لفت at token k, then (its subject and) the attention it drew, then إلى and no أن."""
    if not L.one_of(tokens[k].norm, _DREW) or L.participle(tokens[k].norm):
        return False
    for j in range(k + 1, min(limit, k + 8)):
        if broken(text, tokens, j):
            return False
        if tokens[j].norm in _DRAWN:
            to = next((m for m in range(j + 1, min(limit, j + 5)) if tokens[m].norm == "الي"),
                      None)
            return to is not None and to + 1 < limit and not L.particle(tokens[to + 1].norm)
    return False


# Someone's attention drawn, the object of لفت in construct: "لفت انتباه الزوار" (but "لفت
# النظر إلى حرمة الدماء" points it out, a report).
_DRAWN = L._norm("انتباه انظار")


def _from_him_his_words(text: str, tokens: list[Token], j: int, limit: int) -> bool:
    """"ونقل التلفزيون عنه قوله إن …": عنه/عنها at token j, then his (her) words, the
    pronouns agreeing: the one the pronoun stands for said it, not the outlet."""
    pronoun = {"عنه": "ه", "عنها": "ها"}.get(tokens[j].norm)
    if pronoun is None or j + 1 >= limit or broken(text, tokens, j + 1):
        return False
    words = tokens[j + 1].norm
    return words.endswith(pronoun) and L.bare(words) in L.SPEECH_NOUNS   # (قولها ends in ا)


# "تصريحات فلان": someone's statements, named after the outlet that relays them.
_WORDS_OF = L._norm("تصريحات اقوال")
# "نقلاً عن" (relaying from) between a subject and what it reported.
_RELAYING = L._norm("نقلا")
_BASED_ON = L._norm("استنادا استناد")


def _past_speech_noun(tokens: list[Token], j: int, limit: int) -> int:
    """Token j, or past it when it is the relayed source's قوله/قولهم ("عن مصدر قوله إن")."""
    return j + 1 if j < limit and L.bare(tokens[j].norm) in L.SPEECH_NOUNS else j


def _quoted_name(text: str, tokens: list[Token], starts: list[int], j: int, quoted: _Unit,
                 limit: int, units: list[_Unit], entities: Entities, at: int) -> Subject | None:
    """"وقال "النجار" في تصريحات …: "…""، "ويرى “جون ديغنان” خبير المدن الذكية … أن …": a
    name of at most three words in quotation marks right after the verb, with what the verb
    reports still to come in its sentence, is the verb's subject (some outlets mark names
    so), not what was said; the quotation becomes a term."""
    end = bisect_left(starts, quoted.end)
    if not _name_words(tokens, j, end) or end >= limit:
        return None
    closing = gap(text, tokens, end).strip()
    titled = closing[1:].strip()[:1] in (",", "،") and not broken(text, tokens, end + 1) \
        and L.one_of(tokens[end].norm, L.PERSON_TITLES)
    # ('وقالت "ناتاشا كريستي"، مدير أكواريوم الحجرات المفقودة: "…"': her title after it)
    if closing[:1] not in _CLOSING or closing[1:].strip()[:1] not in ("", ":") and not titled:
        return None
    rest = _anchor(text, tokens, end, limit, units) if ":" not in gap(text, tokens, end) \
        else ("colon", end, None)
    if rest is None:
        return None
    named = parse_subject(text, tokens, j, end)
    if named is None or named.last != end - 1 or named.kind not in ("person", "organisation") \
            and entities.resolve(named, at, introduce=False) is None:
        named = _quoted_body(text, tokens, j, end)
    quoted.kind = "term"
    return named






def _opinion_noun(text: str, tokens: list[Token], k: int) -> bool:
    """«رأي» written with its yā' (the verb is رأى) in the middle of a clause, after a word
    that is no particle or conjunction: the noun, an opinion ("… النمشان رأي الدبيخي")."""
    return tokens[k].norm == "راي" and text[tokens[k].end - 1] == "ي" and k > 0 \
        and not broken(text, tokens, k) and not L.particle(tokens[k - 1].norm) \
        and tokens[k - 1].norm not in _BEFORE_A_VERB and L.bare(tokens[k - 1].norm) not in _WAS
    # ("وكان رأي كاتب هذه السطور أنه …": the opinion was that, his report all the same)


# Words a verb follows in its clause: "كما رأى"، "فيما رأى"، "وقد رأى".
_BEFORE_A_VERB = L._norm("كما فيما بينما حيث اذ قد وقد لقد ولقد فقد ثم بل لكن ولكن كذلك ايضا")


def _name_to_colon(text: str, tokens: list[Token], subject: Subject | None,
                   anchor: tuple | None) -> bool:
    """"وقال مدير المبيعات والتسويق في كاديلاك الشرق الأوسط فيليكس ويلر: "…"": a title read
    whole, then a name of two or three words no list knows, up to the colon (as "… جيه
    جونسون إن" up to إنّ)."""
    return subject is not None and _title_only(subject) and anchor is not None \
        and anchor[0] == "colon" and 2 <= anchor[1] - subject.last - 1 <= 3 \
        and _unread_name(text, tokens, subject.last + 1, anchor[1])


def _body_by_its_statement(text: str, tokens: list[Token], j: int, bound: int
                           ) -> Subject | None:
    """"وقال الأزهر الشريف في بيان إن …"، "وقال الأهلي بموقعه الرسمي إن …": one or two words
    with the article that the subject's grammar did not read, then where a body publishes
    (its statement, its site, its account): the body of that name."""
    for n in (1, 2):
        after = j + n
        if after + 1 >= bound or any(broken(text, tokens, m) for m in range(j + 1, after + 1)):
            return None
        if any(not t.norm.startswith("ال") for t in tokens[j:after]):
            return None
        norm, following = tokens[after].norm, tokens[after + 1].norm
        if norm in ("في", "عبر") and L.bare(following).removesuffix("ه") in _PUBLISHED_IN \
                or _on_its_own(norm):
            return _quoted_body(text, tokens, j, after)
    return None


def _on_its_own(norm: str) -> bool:
    """"بموقعه"، "ببيانها"، "بحسابه": on its own site, statement or account."""
    word = L.bare(norm)
    return word.startswith("ب") and word.endswith(("ه", "ها")) \
        and word[1:].removesuffix("ها").removesuffix("ه") in _PUBLISHED_IN


# Where a body publishes what it says: "في بيان"، "بموقعه الرسمي"، "عبر حسابه".
_PUBLISHED_IN = L._norm("بيان موقع حساب صفح صفحت تغريد تغريدت")     # ("في صفحته": صفحت+ه)






# The other adverbs of the kind (أيضا، حينها، وقتها …) are time words; عندها ("then") is
# not one of them, as the same letters are عند with her pronoun ("with her") elsewhere.
_THEN = "عندها"


def _named_before(text: str, tokens: list[Token], j: int, bound: int, entities: Entities,
                  at: int) -> Subject | None:
    """A full name after an occasion is the subject where its own title follows it ("لـ
    "الاقتصادية" عيضه الهذلي، الناطق …، أن …"), or where the words said follow it and it
    is a name the article knows or starts with a given name; not any two words ("ووصف
    مؤخرا مثليي الجنس بأنهم …": the object)."""
    named = parse_subject(text, tokens, j, bound)
    if named is None or named.kind != "person" or not named.name or " " not in named.name:
        return None
    after = named.last + 1
    if named.title or after < bound and gap(text, tokens, after).strip() in (",", "،") \
            and _apposition(tokens[after].norm):
        return named
    if after < bound and gap(text, tokens, after).strip() in ("؛", ";") \
            and (named.honorifics or L.bare(tokens[j].norm) in L.GIVEN_NAMES):
        return named    # "قال لـ"الاقتصادية" حميد العنزي؛ مصرفي سعودي، إن …": who he is,
        # after a semicolon, whatever words say it
    if after < bound and _apposition(tokens[after].norm) and not broken(text, tokens, after) \
            and (named.honorifics or L.bare(tokens[j].norm) in L.GIVEN_NAMES):
        return named    # "وقال لـ"الاقتصادية" صالح العواجي نائب مدير عام …: "…"": a given
        # name (or an honorific: "الدكتور حامد النيادي وكيل وزارة …"), then his title with
        # no comma
    if after == bound and (L.bare(tokens[j].norm) in L.GIVEN_NAMES
                           or entities.resolve(named, at, introduce=False) is not None):
        return named
    return None


def _source_before(text: str, tokens: list[Token], j: int, bound: int) -> Subject | None:
    """A source or a body after the occasion, running right up to what was said or to its
    object: "وأكد لـ"الاقتصادية" مصدر عسكري في وزارة الدفاع أن …"، "كشفت لـ«عكاظ» مصادر
    مطلعة أن …"."""
    source = parse_subject(text, tokens, j, bound)
    if source is None or source.kind not in ("anonymous", "organisation"):
        return None
    after = source.last + 1
    if after + 1 == bound and L.one_of(tokens[after].norm, L.TIME_WORDS) \
            and not broken(text, tokens, after):
        after += 1      # "وأوضح لـ"الاقتصادية" مصدر مصرفي حينها، أن …": when he said it
    if after == bound or after < len(tokens) and L.bare(tokens[after].norm) in ("عن", "علي"):
        return source   # (or up to the object's preposition: "كشفت لـ"…" مصادر …، عن …")
    if after < bound and L.bare(tokens[after].norm) == "في" \
            and _between_is_adjunct(text, tokens, after, bound):
        return source   # "وأوضحت حينها إدارة الوحدة في بيان رسمي أصدرته بأنها …": where it
        # said it, between the body and its أن
    return None


def _past_age_bracket(text: str, tokens: list[Token], j: int) -> int:
    """Where a quotation may open before token j: right after the word before it, or past the
    bracket that closes the speaker's age there ("وصرح روسل خانداكر (20 عاما) "…"": the
    subject spans the age, not its closing bracket)."""
    if j == 0:
        return tokens[j].start
    after = tokens[j - 1].end
    between = gap(text, tokens, j)
    if j >= 2 and between.strip()[:1] == ")" and "(" in gap(text, tokens, j - 2) \
            and is_number(tokens[j - 2]) and L.bare(tokens[j - 1].norm) in _YEARS:
        return after + between.index(")") + 1
    if j >= 2 and between.strip()[:1] == ")" and "(" in gap(text, tokens, j - 1) \
            and L.bare(tokens[j - 2].norm) in L.LEVANTINE_MONTHS \
            and L.one_of(tokens[j - 1].norm, L.TIME_WORDS):
        return after + between.index(")") + 1     # "في تموز (يوليو) "…"": the month's other
        # name, in brackets
    return after


def _plain_subject(text: str, tokens: list[Token], k: int, subject: Subject, anchor) -> bool:
    """Whether the subject after the verb at k is nouns with the article that no list knows
    ("وأوضح الحرس أن …"، "وزعم العريس أنه …"، "ذكر الانتربول ان …"), and all that stands
    between the verb and its أن (or إلى/على أن) or colon: nothing but the verb's subject can
    stand there, so it names who spoke, though not who that is. Not data, figures or papers
    (whose issuer the text may name elsewhere: "وأظهرت البيانات أن …"), nor a noun of
    saying ("وأردف القول أن …": the verb's object)."""
    if anchor is None or anchor[0] not in ("that", "colon") or subject.kind != "unknown" \
            or subject.title or subject.first != k + 1 or broken(text, tokens, k + 1) \
            or not L.one_of(tokens[k].norm, _PLAIN_VERBS):
        return False
    if anchor[1] != subject.last + 1 and not (
            anchor[1] == subject.last + 2
            and L.bare(tokens[subject.last + 1].norm) in ("الي", "علي")
            and not broken(text, tokens, subject.last + 1)):
        return False
    words = [tokens[m].norm for m in range(subject.first, subject.last + 1)]
    return all(w.startswith("ال") and not L.one_of(w, L.TIME_WORDS) for w in words) \
        and L.bare(words[0]) not in _NOT_PLAIN


# Verbs of saying whose one object is what was said: the noun after them is their subject.
# Not those that also take whom they told, warned, called on, accused or described ("وأبلغ
# الوفد أن …"، "ودعا الأطراف إلى أن …"، "ووصف الاتفاق بأنه …"), nor بيّن, which is also
# "between" ("العهد الذي بينه وبين الإرهاب أن …"), nor a plural ("ويصفون نص الاتفاقية …":
# its subject is they).
_PLAIN_VERBS = L._norm("""
قال يقول اضاف يضيف اكد يؤكد اوضح يوضح اشار يشير صرح يصرح اعلن يعلن شدد يشدد لفت يلفت
اردف استطرد كشف يكشف ذكر يذكر افاد يفيد اعتبر يعتبر راي يري نفي ينفي نوه ينوه اقر يقر
اعترف يعترف توقع يتوقع زعم يزعم ادعي يدعي افصح ابان ختم اصر يصر تابع يتابع
""")
_PLAIN_VERBS |= L._feminine(_PLAIN_VERBS)     # (قالت، تقول …)


# "وأشار الأول إلى أن …"، "وأشار الآخر": one of those the text named before, which one the
# word alone does not say (sample 96 2-143: «الأول» was a man named two sentences back).
_ONE_OF_THOSE = L.ORDINALS | L._norm("الاخير الاخيره الاخر الاخري")
# Nouns with the article that say what spoke without being who: data, figures, a paper
# (read at a meeting), the information (of no one), saying itself, one of those.
_NOT_PLAIN = L._norm("البيانات الارقام المعطيات المؤشرات الورقه القول الكلام") | _INFORMATION \
    | _ONE_OF_THOSE


def _anchor(text: str, tokens: list[Token], k: int, limit: int, units: list[_Unit],
            strict: bool = False, named: bool = False):
    """What follows a reporting verb (and its subject) within the window, as (form, token
    index, quotation): ("that", the particle), ("colon", the token after the colon),
    ("quote", the token after the opener, the quotation), or None. With `strict` (k is
    right after the subject), only adjuncts may stand before an أن; with `named` (the subject
    is a person's name) also who they are, with no comma ("اعتبر بندر السمان رئيس مصرفية …
    أن")."""
    stop = min(limit, k + _WINDOW)
    aside_until = -1
    relayer_closed: int | None = None   # where a quoted relayer's name closed
    for j in range(k, stop):
        if j < aside_until:
            continue
        if tokens[j].norm in _RELAYED_BY and j + 1 < stop and L.speech_verb(tokens[j + 1].norm):
            # "وأشارت مصادر حسبما أوردت صحيفة «عكاظ»، إلى أنه …": who relayed it, an aside up
            # to its comma; the verb's own أن comes after it
            aside_until = next((m for m in range(j + 2, min(stop, j + 9))
                                if not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, m))), -1)
            if aside_until > 0:
                continue
        who_he_is = _who_he_is_end(text, tokens, j, stop)
        if who_he_is is not None:
            # "يقول أمين الدين حامدي، وهو كاتب ومحلل سياسي يتابع أخبار طالبان، إن …": who he
            # is, between commas; a verb in it (he follows the news) reports nothing
            aside_until = who_he_is
            continue
        declined = _unnamed_aside_end(text, tokens, j, stop - 1)
        if declined is not None:
            # "قال أحد العاملين في المطار رافضا ذكر اسمه: «…»": who asked not to be named,
            # up to his words
            aside_until = declined
            continue
        between = gap(text, tokens, j) if j > 0 else ""
        if ":" in between and j > k and _introduces_a_list(tokens[j - 1]):
            return None     # "… موزعة على المراحل الدراسية الأربعة: …"، "…، التي تشمل: …":
            # the colon opens a list of what the words before it name, no one's words
        if ":" in between and j - 1 >= k and (
                tokens[j - 1].norm in _I_SAID or j - 2 >= k and tokens[j - 2].norm in _I_SAID
                and tokens[j - 1].norm in ("له", "لها", "لهم")):
            return None     # "هكذا قال زميلي النصراوي، فقلت: «…»": the writer's own words
        if ":" in between and ("//" in between or tokens[j].norm.lower() in _WEB):
            return None     # "موقعها الإلكتروني :http://dar.kku.edu.sa": an address, no
            # colon of speech
        if ":" in between and not (between.strip() == ":" and is_number(tokens[j])
                                   and j > 0 and is_number(tokens[j - 1])) \
                and (not strict or _adjuncts(text, tokens, k, j - 1, named)
                               or _between_is_adjunct(text, tokens, k, j - 1, named)):
            return "colon", j, None     # (or pieces between commas: "قال فلان، وزير …،
            # خلال الجلسة: «…»"; a colon between numbers is a time: "الساعة 8:08 مساء")
        quoted = _quote_at(text, relayer_closed if relayer_closed is not None else
                           _past_age_bracket(text, tokens, j), units)
        relayer_closed = None
        if quoted is not None and j > k and quoted.close_mark is not None and (
                L.bare(tokens[j - 1].norm) in L.RELAY_NOTES
                or tokens[j - 1].norm == "ل" and quoted.kind != "statement"):
            # "وقالت جافي بحسب "رويترز": "…"": the name after بحسب is who relayed the
            # words; the words are in the quotation after it (so after whom they were told:
            # "وقال فلان لـ«الاقتصادية» «…»")
            relayer_closed = quoted.close_mark + 1
            continue
        if quoted is not None and quoted.start <= tokens[j].start and quoted.kind == "statement" \
                and not (j > 0 and tokens[j - 1].norm.startswith("ل")
                         and len(tokens[j - 1].norm) <= 2) \
                and (not strict or _adjuncts(text, tokens, k, j - 1, named)):
            return "quote", j, quoted
        if not _STOPS.isdisjoint(between) and not (
                between.strip() == "." and (tokens[j - 1].norm in _ABBREVIATED
                                            or len(tokens[j - 1].norm) == 1
                                            or between == ".")):
            return None     # (but "م. محمد العمرة" and "(د. ب. أ)" go on: abbreviations; so
            # does a dot inside a word, "محلل … في اس.بي أنجل": a company's letters)
        norm = tokens[j].norm
        particle = L.particle(norm)
        if L.participle(norm) and j > 0 and not _CLAUSE_MARKS.isdisjoint(between):
            return None     # "… التي أقرتها لجنة الفرز، مبيناً أن …": the participle's own
            # report, whoever it goes on with
        if particle and j > k and (tokens[j - 1].norm in _EXCEPT or L.especially(
                tokens[j - 1].norm, norm)) \
                or j > k and norm in _BUT and not _CLAUSE_MARKS.isdisjoint(between):
            return None     # "ويعتبر الفهمي من المواهب …، إلا أن …"، "…، لكن الرسالة هي: …":
            # "but" opens another clause, not what the verb reports
        if particle and j > k and tokens[j - 1].norm in _WHEN:
            continue        # "بعد أن …"، "قبل أن …"، "منذ أن …": when, not what was said
        if particle and _quoted_name_opens(text, tokens, j, stop):
            continue        # "ونقلت محطة «إن تي في» أنّ …"، "المتحدث باسم حملة "وان كامباين"
            # التي …": the first word of a quoted name
        if particle and j + 1 < stop and L.bare(tokens[j + 1].norm) in _LETTER_NAMES \
                and not broken(text, tokens, j + 1):
            continue        # "وقالت قناة ان اتش كي العامة ان …": the letters of a name (NHK)
        if particle and _cnn_letter(text, tokens, j):
            continue        # "قال لشبكة (سي إن إن) إنه …": the letters of CNN
        if particle and ban_ki_moon(text, tokens, j):
            continue        # "وقال الأمين العام للأمم المتحدة بان كي مون إن …": his name
        if particle and j - 2 >= k and L.bare(tokens[j - 2].norm) in _WAS_FOR \
                and tokens[j - 1].norm in _FOR_THEM and not broken(text, tokens, j - 1) \
                and not broken(text, tokens, j):
            return None     # "أولئك ما كان لهم أن يدخلوها": it was (not) for them to; the
            # أن is that phrase's, not what a verb before it reported
        if particle and j - 2 >= k and tokens[j - 2].norm in _RELATIVES \
                and tokens[j - 1].norm[:1] in ("ي", "ت") and not L.speech_verb(tokens[j - 1].norm) \
                and tokens[j - 1].norm not in _BELIEVED \
                and not broken(text, tokens, j - 1) and not broken(text, tokens, j):
            return None     # "أظهرت فاعلية من الجمهور الذي يتطلع أن يرى …": the relative
            # clause's own verb takes this أن (it looks forward to), not the report's (but
            # "ما قاله العلماء … عن الكوكب الذي يعتقد أنه أكبر …": what is believed is what
            # they said)
        if particle and not name_link_van(text, tokens, j):
            if strict and not _between_is_adjunct(text, tokens, k, j, named) \
                    and not made_it_then_when(text, tokens, k, j):
                return None     # "السفارة تابعت على الفور الحادث …، وتبين … أنه": not its أن
                # (but "مسح لرويترز أجرته الأسبوع الماضي، أن": who made the document, when)
            return "that", j, None
        if j > k and (L.speech_verb(norm) or L.participle(norm)) and not norm.startswith("ل") \
                and not (L.bare(norm) in _SAYING and _CLAUSE_MARKS.isdisjoint(between)) \
                and not (norm[:1] == "ف" and _CLAUSE_MARKS.isdisjoint(between)) \
                and tokens[j - 1].norm not in ("عن", "عدم") \
                and not (any(tokens[m].norm in ("الذي", "التي") for m in range(max(k, j - 2), j))
                         and not (j + 1 < stop and L.particle(tokens[j + 1].norm)
                                  and not broken(text, tokens, j + 1))):
            return None     # ("أعرب عن أمله في أن": his hope, a noun; "وقالت الوهيبي التي
            # كانت تتحدث للفتيات …: …": who she is, in a relative clause, her verb goes on;
            # but "…، التي أكدت أن …" takes the أن right after it; "طالبا عدم ذكر اسمه":
            # after عدم, a verbal noun)
        if j > k and norm[:1] == "و" and norm[1:] in _CLAUSE_VERBS:
            return None     # "مشيرين إلى … وجاء في التقرير …، أن": another clause's أن
    return None


# "وتشرح الأستاذة … قائلة «…»": saying, right after the verb's subject and what goes with it
# (no comma): the verb's own words follow, not another report.
_SAYING = L._norm("قائلا قائله قائلين قائلتين قائلون")


# The writer's "I said" (and "we said", "I asked him") right before a colon: his words.
_I_SAID = frozenset(p + w for p in ("", "و", "ف") for w in L._norm(
    "قلت قلنا اقول نقول سالته سالتها اجبت اجبته اجبتها رددت رددنا"))
# Words after which a colon opens a list: what includes or follows, and counts.
_LIST_OPENERS = L._norm("تشمل يشمل تضم يضم تتضمن يتضمن كالتالي كالاتي التالي التاليه الاتي "
                        "الاتيه وهي وهما منها ومنها ابرزها اهمها")
_COUNTS = L._norm("ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثماني ثمانيه تسع تسعه "
                  "عشر عشره")


def _introduces_a_list(token: Token) -> bool:
    word = L.bare(token.norm)
    return word in _LIST_OPENERS or word.removeprefix("ال") in _COUNTS
    # (not a number in figures: "… في أغسطس 2014: «…»" is a year)


def _quoted_name_opens(text: str, tokens: list[Token], j: int, stop: int) -> bool:
    """Token j opens a name of up to three words in quotation marks: a mark joined to its
    start, and one joined to the end of it or of one of the next two. (A straight " opens
    and closes alike: joined to the word before it, as in "وكالة "رويترز" إن", it closes.)"""
    start = tokens[j].start
    if start == 0 or text[start - 1] not in _OPENING:
        return False
    return any(text[tokens[m].end:tokens[m].end + 1] in _CLOSING
               for m in range(j, min(stop, j + 3)))


# Latin letters spelt out in Arabic ("ان اتش كي"، "بي بي سي"), leaving out those that are
# also words after أن ("في"، "أي"، "أم"، "كي") or open names ("دي ماريا"، "بان كي مون").
_LETTER_NAMES = L._norm("اتش تي بي سي جي اكس")


def _cnn_letter(text: str, tokens: list[Token], j: int) -> bool:
    """Token j, an «إن», is one of the two Ns of «سي إن إن» (CNN): «سي» before it and
    another «إن» after it, or «سي إن» before it. (After «بي بي سي» an «إن» is the
    particle: «قالت بي بي سي إن …».)"""
    def glued(m: int) -> bool:      # tokens m-1 and m written together, nothing between
        return 0 < m < len(tokens) and not broken(text, tokens, m)
    if glued(j + 1) and glued(j) and tokens[j - 1].norm == "سي" and tokens[j + 1].norm == "ان":
        return True
    return glued(j) and glued(j - 1) and tokens[j - 1].norm == "ان" and tokens[j - 2].norm == "سي"
# After حسب, what a thing depends on, not a source: "حسب الوقت وحجم الدباب".
_DEPENDING = L._norm("الوقت الحاجه الظروف الموقع النوع الحجم المسافه الطلب الاحوال الفئه المده")
# After وفقا/طبقا, what one acts in accordance with, never a source of words: "طبقاً لمجموعة
# من المعايير"، "وفقا للشروط".
_RULES = L._norm("معايير معيار شروط ضوابط قواعد اسس اجراءات انظمه لوائح تعليمات بنود مؤشرات "
                 "عوامل اشتراطات مواصفات اليه اليات خطه خطط برنامج جدول منهجيه")
# ("تجرى وفق برنامج إلكتروني"، "تتم وفق آلية محددة": done by a procedure, which says nothing)
# After بحسب, the words of whoever the sentence is about: "بحسب وصفه"، "بحسب تعبيرها".
_THEIR_WORDS = L._norm("وصفه وصفها تعبيره تعبيرها قوله قولها كلامه كلامها روايته روايتها")

# "حسبما أوردت …", "كما نقلت …": who relayed the words, between a verb and its أن.
_RELAYED_BY = L._norm("حسبما وحسبما كما بحسبما")

# "بن"/"بنت" in a name ("محمد بن عوض الشهري"), not a word with the preposition بـ.
_SON_OF = L._norm("بن بنت")


def _as_described(text: str, tokens: list[Token], k: int) -> bool:
    """"بأنه …"، "بـ«…»": what a describing verb says its object is (not "بدقة": how)."""
    return tokens[k].norm in _AS_BEING or tokens[k].norm in ("ب", "بـ") \
        or tokens[k].norm[:1] == "ب" and not _OPENING.isdisjoint(gap(text, tokens, k + 1)
                                                                 if k + 1 < len(tokens) else "")


_AS_BEING = L._norm("بانه بانها بانهم بانهما بان")

# Verbs of accusing: "اتهم فلان الحكومة بـ…" (who, whom, of what).
_ACCUSING = L._norm("اتهم يتهم اتهمت تتهم")

# Verbs whose first object is whom they tell ("وأبلغ «الوطن» المسؤول … أن").
_TELL = L._norm("ابلغ يبلغ تبلغ ابلغت اخبر يخبر تخبر اخبرت")
# Verbs that warn someone of what they say: "حذر فلان الحكومة من أن …".
_WARNED = L._norm("حذر يحذر حذرت تحذر")
# Describing verbs without an object pronoun: "وُصف بـ…" right after them is the passive.
_DESCRIBED_AS = L._norm("وصف وصفت يوصف توصف")
# "لفت الانتباه إلى أن …"، "لافتاً النظر إلى …": to draw attention, said with its noun
_DREW = L._norm("لفت لفتت يلفت تلفت لافتا لافته لافتين")
_ATTENTION = L._norm("الانتباه النظر الانظار")
_MY_ATTENTION = L._norm("نظري انتباهي نظرنا انتباهنا")


def _past_attention(text: str, tokens: list[Token], k: int, after: int, limit: int) -> int:
    """Past «الانتباه/النظر» right after the verb «لفت» at token k (from `after`, where its
    subject ended): "لافتاً الانتباه إلى أنه …"، "ولفت الانتباه إلى أن …", a verb of two words."""
    if L.bare(tokens[k].norm) in _DREW and after < limit and tokens[after].norm in _ATTENTION \
            and not broken(text, tokens, after):
        return after + 1
    return after

# أن/إن with the pronoun that is the subject of the verb after it ("أنها حذرت", "إنه أكد").
_THAT_HE = L._norm("انه انها انهم انهما بانه بانها بانهم وانه وانها وانهم "
                   "لكنه لكنها لكنهم ولكنه ولكنها ولكنهم")     # ("لكنه أبلغ مؤتمرا بالهاتف …")

# "إلا أن" is "but" (or "except that"), never what a verb reports.
_EXCEPT = L._norm("الا غير")     # ("غير أن": however)
_WHEN = L._norm("بعد قبل منذ وبعد وقبل ومنذ")
_BUT = L._norm("لكن ولكن لكنه ولكنه لكنها ولكنها لذا ولذا لذلك ولذلك")    # (and "therefore")

# Verbs that open a clause of their own after و (وجاء في التقرير، وكان، وقام).
_CLAUSE_VERBS = L._norm("جاء جاءت قام قامت كان كانت اصبح اصبحت عاد عادت بدا بدت وصل وصلت "
                        "علم علمت")     # ("وعلمت «دنيا الرياضة» أن …": the paper learned)


def _teller_before(text: str, tokens: list[Token], k: int) -> Subject | None:
    """The subject of a verb of telling (أبلغ، أخبر) that stands between أن/إن and the verb:
    what follows the verb is then whom it told, not who spoke."""
    if not L.one_of(tokens[k].norm, _TELL):
        return None
    j = _that_before(text, tokens, k, 8, ("ان", "بان"))
    if j is None:
        return None
    teller = parse_subject(text, tokens, j + 1, k)
    return teller if teller is not None and teller.last == k - 1 \
        and teller.kind in ("person", "organisation", "anonymous") else None


def _that_before(text: str, tokens: list[Token], k: int, reach: int,
                 particles: tuple[str, ...]) -> int | None:
    """The index of the nearest of `particles` (أنّ/إنّ forms) two to `reach` - 1 tokens before
    the verb at k, with nothing that breaks a phrase after it; else None."""
    for j in range(k - 2, max(-1, k - reach), -1):
        if broken(text, tokens, j + 1):
            return None
        if tokens[j].norm in particles:
            return j
    return None


def _noun_of_inna(text: str, tokens: list[Token], k: int) -> Subject | None:
    """The noun phrase between إنّ/أنّ and the verb at token k ("إن نتائج الدراسة | تؤكد"),
    whatever it names, when it ends right before the verb; else None."""
    if k < 2 or broken(text, tokens, k) or tokens[k].norm[:1] in ("و", "ف"):
        return None     # (a verb with و opens a clause of its own)
    j = _that_before(text, tokens, k, 7, ("ان", "بان", "وان"))
    if j is None:
        return None
    if _verb_shaped(tokens[j + 1].norm) or L.reporting_word(tokens[j + 1].norm):
        return None     # ("أن يمنع ويشدد الرقابة": أنْ and a verb, no noun)
    noun = parse_subject(text, tokens, j + 1, k)
    return noun if noun is not None and noun.last == k - 1 else None


def _adjuncts(text: str, tokens: list[Token], k: int, end: int, named: bool = False) -> bool:
    """Are tokens[k:end] (what stands between a verb's subject and a colon or quotation) only
    phrases that are not what was said: "في تصريح لـ«عكاظ»"، "أمس"، "للصحفيين"؟ An object
    there ("أكد … جدارة «الأخضر»") means the quotation is inside what was said."""
    if end <= k:
        return True
    unnamed = _unnamed_aside_end(text, tokens, k, end)
    if unnamed is not None:
        return _adjuncts(text, tokens, unnamed, end, named)
    if named and _who_he_is(text, tokens, k, end):
        return True
    if tokens[k].norm in L.MANNER and k + 1 < end and not broken(text, tokens, k + 1) \
            and _adjuncts(text, tokens, k + 1, end, named):
        return True     # "وقال كيري ساخرا | في بداية أحد الاجتماعات «…»": how he said it,
        # then where
    if named and (_apposition(tokens[k].norm) and broken(text, tokens, k)
                  or L.bare(tokens[k].norm) in _ONE_OF and (
                      broken(text, tokens, k) or tokens[end - 1].norm.startswith("ال")
                      or not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, end)))) \
            and end - k <= 20 \
            and not any(L.reporting_word(tokens[j].norm) for j in range(k + 1, end)) \
            and all(_CLAUSE_MARKS.isdisjoint(gap(text, tokens, j)) for j in range(k + 1, end)):
        return True     # "وقال حميد اللامي، أحد المتظاهرين الذين خرجوا إلى شارع دجلة … في
        # حديث لـ«الشرق الأوسط»: «…»": who he is, set off by its comma, up to his words («أحد»
        # needs no comma: "كشف العميد صالح علي حسن أحد القادة العسكريين في جبهة أبين أن")
    described = _described_between_commas(text, tokens, k, end) if named else None
    if described is not None:
        return _adjuncts(text, tokens, described, end)
    if end - k > 10 or any(not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, j))
                           for j in range(k + 1, end)):
        return False
    first = tokens[k].norm
    if has_tanween(text, tokens[k]) and (end - k <= 1 or end - k <= 3 and _participle_shaped(
            first)):
        return True     # "ليرد ترامب مبتسمًا: …"، "قال المذيع … ناعياً زميله: …": how he said
        # it (an accusative participle, with its object)
    if _this_time(tokens, k):
        return True     # "هذا الأسبوع"
    return (_not_said(first)
            or first.startswith("بال") and k + 1 < len(tokens) and tokens[k + 1].norm.startswith("ال")
            # ("وقال بالنص الصريح «…»": how he said it; "بالوتيلي" alone is a name)
            or named and (_apposition(first) or kabir_title(text, tokens, k, len(tokens))))
    # ("وقال فلان نائب مدير الهيئة «…»"، "… لودفيج كبير الخبراء …: «…»")


def _described_between_commas(text: str, tokens: list[Token], k: int, end: int) -> int | None:
    """"وقال الملا أختر منصور، خليفة الملا عمر، بعد تسلمه زعامة الحركة: «…»": after a name,
    a few words set off by commas (no verb of saying, no particle) say who he is when what
    follows them, up to his words, is itself no part of what he said (بعد …، خلال …، لـ…).
    The token after the piece, or None."""
    if not gap(text, tokens, k).strip() in (",", "،") or has_tanween(text, tokens[k]):
        return None
    j = next((m for m in range(k + 1, end) if not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, m))),
             end)
    if not (j < end and j - k <= 5 and _set_off(text, tokens, k, j)
            and gap(text, tokens, j).strip() in (",", "،")):
        return None
    return j


def _fronted_source(text: str, tokens: list[Token], k: int, paragraph: Paragraph,
                    entities: Entities) -> Subject | None:
    """The subject that opens the sentence of the verb at k and ends at the comma right
    before it, when it is a source (unnamed or a body) or a person named in full:
    "مصادر طبية مطلعة، أبلغت …"، "المصادر ذاتها، بينت …"."""
    first = bisect_left([t.start for t in tokens], _sentence_start(paragraph, tokens[k].start))
    if not 0 < k - first <= 8:
        return None
    subject = parse_subject(text, tokens, first, k)
    if subject is None or subject.last < k - 2 or subject.first != first:
        return None
    if subject.last == k - 2 and tokens[k - 1].norm not in ("ذاتها", "نفسها", "ذاته", "نفسه"):
        return None     # (one word more is allowed: "المصادر ذاتها،")
    if subject.kind in ("anonymous", "organisation") \
            or subject.kind == "person" and " " in (subject.name or ""):
        return subject
    return None


def _saying_of(text: str, tokens: list[Token], after: int, limit: int, units: list[_Unit]):
    """"قول الجنرال تشارلز هوبر، كبير مسؤولي الدفاع …، إن …": right after the verb and its
    subject, the noun «قول» in construct with a person named or titled, then (past who he
    is and where) his words: (that person, the anchor), else None. A participle may stand
    before it: "واستطرد ذاكراً قول الفيصل …"."""
    if after + 2 < limit and L.participle(tokens[after].norm) and not broken(text, tokens, after + 1):
        after += 1
    if after + 1 >= limit or tokens[after].norm not in ("قول", "بقول") \
            or broken(text, tokens, after + 1):
        return None
    loose = _anchor(text, tokens, after + 1, limit, units)
    if loose is None or loose[0] not in ("that", "quote", "colon") \
            or loose[0] == "that" and text[tokens[loose[1]].start] not in "إا":
        return None
    end = loose[1] - (1 if loose[0] == "colon" else 0)
    if any(L.reporting_word(t.norm) for t in tokens[after + 1:end]):
        return None
    owner = parse_subject(text, tokens, after + 1, end, names=True)
    if owner is None or owner.last - owner.first > 12 or not (
            owner.kind == "person" and (owner.name or owner.title)
            or owner.kind == "unknown" and owner.first == owner.last):
        return None
    return owner, loose     # (one word no list reads: the caller asks the article for it)


def _after_who_he_is(text: str, tokens: list[Token], subject: Subject, limit: int,
                     units: list[_Unit]):
    """"وقال موفق الربيعي، سياسي عراقي في الكتلة السياسية للعبادي: «…»"، "ويقول هنري باركي
    مدير برنامج … في واشنطن، لوكالة الصحافة الفرنسية، «…»": قال takes no object, so after a
    person's full name whatever stands before a colon or a quotation (no verb of saying, no
    أن, a few words) says who he is, where or to whom: the anchor, else None."""
    loose = _anchor(text, tokens, subject.last + 1, limit, units)
    if loose is None or loose[0] not in ("colon", "quote") \
            or not 0 < loose[1] - subject.last - 1 <= 20:
        return None
    end = loose[1] - (1 if loose[0] == "colon" else 0)
    if any(L.reporting_word(t.norm) or L.particle(t.norm) for t in tokens[subject.last + 1:end]):
        return None
    return loose


def _who_he_is(text: str, tokens: list[Token], k: int, end: int) -> bool:
    """"وقال فينجر الذي حقق أول انتصار له على … للصحفيين "…"": after a person's name, a
    relative clause that says who he is (no verb of saying in it, no mark that ends a
    clause), up to whom he told: not what was said."""
    return tokens[k].norm in ("الذي", "التي") and end - k <= 16 \
        and not any(L.reporting_word(tokens[j].norm) for j in range(k + 1, end)) \
        and all(_CLAUSE_MARKS.isdisjoint(gap(text, tokens, j)) for j in range(k + 1, end))


def _not_said(first: str) -> bool:
    """Does a phrase opened by this word say how, when, where, to whom or through whom the
    words were said, never what: "في تصريح"، "أمس"، "للصحفيين"، "وأبلغ مكونيل الصحفيين"، "بموقعه
    الرسمي"، "بحسب «رويترز»"، "بالقول"، "مخاطبا رئيس الوزراء"، "بدوره"؟ (The words that may
    open both what stands before a colon or quotation and a piece between commas before أن.)"""
    return (first in _ASIDES or L.one_of(first, L.PREPOSITIONS) or L.one_of(first, L.TIME_WORDS)
            or L.one_of(first, L.ADDRESSEES) or first.startswith("ل") or L.participle(first)
            or first in L.AUDIENCES or _on_its_own(first) or L.bare(first) in L.RELAY_NOTES
            or L.bare(first) in L.SPEECH_NOUNS or _addressing(L.bare(first)))


def _who_he_is_end(text: str, tokens: list[Token], j: int, stop: int) -> int | None:
    """Where an aside "، وهو …،" that opens at token j ends (the token after its closing
    comma), when it holds no particle, colon or quotation (then it may be his words)."""
    if j == 0 or tokens[j].norm not in ("وهو", "وهي") \
            or gap(text, tokens, j).strip() not in (",", "،"):
        return None
    # (up to fourteen words: "، وهو من تولى منصب مفتي نظام طالبان إبان حكمها في العاصمة كابل،")
    for m in range(j + 1, min(stop, j + 16)):
        between = gap(text, tokens, m)
        if between.strip() in (",", "،"):
            return m
        if between.strip() or L.particle(tokens[m].norm):
            return None
    return None


# Phrases that may stand between a subject and what it said: "…، الذي استلم …:"، "وهو نائب
# رئيس …:"، "بدوره"، "أيضا".
_ASIDES = L._norm("قائلا قائله ايضا كذلك بدوره بدورها بدورهم الذي التي الذين وهو وهي وهم "
                  "حسبما "      # "وأشارت مصادر حسبما أوردت «عكاظ»، إلى أن": who relayed it
                  "التاكيد "    # "وجدد الوزير التأكيد على أن …"
                  "حينها عندها بعدها "
                  "بهذا بهذه "  # "وقال بهذا الخصوص «…»"، "بهذه المناسبة"
                  "طالبا طالبه مفضلا مفضله "    # "طالبا عدم ذكر اسمه": asking not to be named
                  # a blessing after the name: "قال النبي صلى الله عليه وسلم إن …"
                  "صلي رضي "
                  # "يقول رحمه الله "…""، "قال حفظه الله: …": a blessing on who speaks
                  "رحمه رحمها حفظه حفظها") | L.IN_ANSWER | _WHERE \
    | _IN_IT    # ("وقال ردا على استفسار: «…»"، "أصدر البنك بيانا قال فيه إنه …": in it;
    # "قالت موراي داخل مجلس الشيوخ: «…»": where)


def _between_is_adjunct(text: str, tokens: list[Token], k: int, end: int,
                        named: bool = False) -> bool:
    """Between a verb's subject and its أن stand only phrases that are not what was said:
    each comma-delimited piece opens with a preposition, a time word, an addressee, an
    occasion or the verb's own preposition ("وشدد بحاح، خلال ترؤسه …، على أن")."""
    unnamed = _unnamed_aside_end(text, tokens, k, end)
    if unnamed is not None:
        return _between_is_adjunct(text, tokens, unnamed, end, named)
    piece_start = k
    for j in range(k, end + 1):
        if j == end or (j > k and not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, j))):
            if j > piece_start and not _opens_adjunct(text, tokens, piece_start) \
                    and not _this_period(tokens, piece_start, j) and not (
                    named and piece_start == k and (_apposition(tokens[k].norm)
                                                    or kabir_title(text, tokens, k, len(tokens))
                                                    or _one_of_them_is_he(tokens, k, j))) and not (
                    named and j == end and j - piece_start <= 5 and _set_off(text, tokens,
                                                                              piece_start, end)) \
                    and not (named and piece_start > k and _described_before(tokens, piece_start)):
                return False
            piece_start = j
    return True


def _described_before(tokens: list[Token], k: int) -> bool:
    """"…، رئيسة الاتحاد الوطني للتعليم، أكبر اتحاد للمعلمين على مستوى البلاد، …": a piece
    that opens with a superlative and an indefinite noun describes what the piece before it
    named (who the speaker is), never what was said."""
    return L.bare(tokens[k].norm) in L.DESCRIPTIONS and k + 1 < len(tokens) \
        and not tokens[k + 1].norm.startswith("ال") and tokens[k + 1].norm.isalpha()


def _unnamed_aside_end(text: str, tokens: list[Token], k: int, end: int) -> int | None:
    """"ضابط رفيع في الأنبار رفض الكشف عن هويته لوكالة …": an unnamed source's asking not to
    be named, with no comma around it, at token k: the token after it, or None. It says who
    the source is, not what was said."""
    if k >= end or L.bare(tokens[k].norm) not in _DECLINED:
        return None
    return next((j + 1 for j in range(k + 1, min(end + 1, len(tokens), k + 5))
                 if L.bare(tokens[j].norm) in _IDENTITY and not broken(text, tokens, j)), None)
    # (up to `end` itself: the word before a colon may be his name, "رافضا ذكر اسمه: «…»")


# "رفض/طلب/فضل … الكشف عن هويته / عدم ذكر اسمه": an unnamed source's own words of itself.
_DECLINED = L._norm("رفض طلب فضل اشترط رافضا طالبا مفضلا مشترطا")
_IDENTITY = L._norm("هويته هويتها هويتهم اسمه اسمها اسمهم اسميهما")


def _one_of_them_is_he(tokens: list[Token], k: int, end: int) -> bool:
    """Tokens k to end say who the named subject is with «أحد …» ("أحد القادة العسكريين
    الذين شاركوا في تحرير قاعدة العند"), no word of saying among them."""
    return L.bare(tokens[k].norm) in _ONE_OF and end - k <= 20 \
        and not any(L.reporting_word(tokens[m].norm) for m in range(k + 1, end))


def _this_period(tokens: list[Token], start: int, end: int) -> bool:
    """The piece from token `start` is "هذا الأسبوع"، "هذه السنة": when (`end` may stop
    before its last word, as a piece before a colon ends)."""
    return end - start <= 2 and _this_time(tokens, start)


def _this_time(tokens: list[Token], k: int) -> bool:
    """Do tokens k and k+1 say "this week" ("هذا الأسبوع"، "هذه السنة")?"""
    return k + 1 < len(tokens) and tokens[k].norm in _THIS \
        and L.one_of(tokens[k + 1].norm, L.TIME_WORDS | _PERIODS)


_DAMMA = "\u064f"


def _passive(word: str) -> bool:
    """A past verb its writer marked passive with a damma on its first letter (قُتل، ذُكر،
    أُعلن، اتُّهِم); a present verb's damma (يُعلن) is active."""
    if word[:1] in ("و", "ف") and len(word) > 3:
        word = word[1:]
    if len(word) < 3 or word[0] in ("ي", "ت", "ن"):
        return False
    return word[1] == _DAMMA or word[0] == "ا" and _DAMMA in word[2:4]


def _opens_adjunct(text: str, tokens: list[Token], k: int) -> bool:
    first = tokens[k].norm
    if first == "اول" and k + 2 < len(tokens) and tokens[k + 1].norm == "من" \
            and tokens[k + 2].norm == "امس":
        return True     # "، أول من أمس (الخميس)،": the day before yesterday
    if k > 0 and "(" in gap(text, tokens, k) and _closes_soon(text, tokens, k) \
            and not _waits_for_its_name(tokens[k - 1].norm):
        return True     # "قال مجلس الاحتياطي الاتحادي (البنك المركزي)، إن": a gloss (but in
        # "قالت جماعة (المساواة الآن) …" the brackets hold the group's name)
    if k > 0 and gap(text, tokens, k).strip() in (",", "،") and _apposition(first):
        return True     # "قالت هدى يسي، رئيس اتحاد المستثمرات العرب، إن": who she is
    return (_not_said(first) or first.startswith("بال") or first in L.MANNER
            or first in _PUBLISHED_VERBS        # "كشفت دراسة نشرت أمس عن أن …"
            or first in _ON_BEHALF              # "بناء على التقرير"، "ممثلة في الدكتور …"
            or _as_written(tokens, k)
            or has_tanween(text, tokens[k]) or first.endswith(("ه", "ها", "هم")) and k > 0
            and L.one_of(tokens[k - 1].norm, frozenset({"عن"})))     # ("، بالحرم المكي أمس،")


# "on the grounds of", "represented by": a phrase between a body and its أن, not what it said.
_ON_BEHALF = L._norm("بناء استنادا ممثله ممثلا ممثلين ممثلتين")


def _waits_for_its_name(norm: str) -> bool:
    """A head word whose name follows it: جماعة، شرطة، منظمة، الوزير."""
    return L.one_of(norm, L.ORGANISATIONS) or L.says_who(norm)


def _closes_soon(text: str, tokens: list[Token], k: int) -> bool:
    """Does the bracket opened before token k close within a few words?"""
    return any(")" in gap(text, tokens, j) for j in range(k + 1, min(len(tokens), k + 6)))


# "، أحد المتظاهرين": one of a group, who the person is.
_ONE_OF = L._norm("احد احدي")


def _apposition(norm: str) -> bool:
    """Does a piece set off by a comma after the subject open by saying who the subject is
    (a title, a rank, an honorific: "، رئيس الاتحاد"، "، اللواء فضل حسن")?"""
    return L.says_who(norm) and not L.and_someone(norm)   # (not "، والمدير …": someone else)


def _according(text: str, tokens: list[Token], starts: list[int], k: int, units: list[_Unit],
               reports: list[_Unit], paragraph: Paragraph, number: int, entities: Entities,
               discourse: _Discourse, limit: int, relayed: bool = False) -> int:
    """"بحسب الشرطة، فإن …"، "… وفقا للشرطة": the source of a clause, before or after it.
    `relayed`: someone named reported earlier in the sentence, so a source after the words
    relayed theirs ("وأكد روحاني … أنه يأمل …، بحسب الموقع الرسمي"): the words stay theirs."""
    norm = L.bare(tokens[k].norm)
    j = k + 1
    if norm in ("وفق", "وفقا", "طبقا") and j < limit and tokens[j].norm in ("ل", "لـ", "لما"):
        j += 1
    if norm == "كما":
        return k + 1     # "كما أكد …": the verb after it opens the construction
    if norm == "حسب" and k > 0 and tokens[k - 1].norm in ("علي", "وعلي") \
            or norm == "حسب" and j < limit and L.bare(tokens[j].norm) in _DEPENDING \
            or norm in ("وفق", "وفقا", "طبقا") and j < limit and tokens[j].norm.startswith("لل") \
            and "ال" + tokens[j].norm[2:] in _DEPENDING:
        return k + 1     # "على حسب الموقع الجغرافي"، "حسب الوقت"، "طبقا للموقع والمساحة":
        # depending on, no source
    if j < limit and L.bare(tokens[j].norm) in _THEIR_WORDS:
        # "وكان هايز متلاعبا بحسب وصفه": by his own words, but whose ("his") the text does
        # not make sure (the sentence's subject or the last speaker): reported, by no one
        # (inside someone's report, "أنه طلب …، حسب وصفه، أن …", theirs already)
        if relayed or any(u.start <= tokens[k].start < u.end for u in reports):
            return j + 1
        unit = _clause_before(text, tokens, starts, k, paragraph, units)
        if unit is not None:
            unit.form = "according"
            reports.append(unit)
        return j + 1
    what = j < limit and tokens[j].norm == "ما"
    if norm in ("حسبما", "وحسبما") or tokens[j - 1].norm == "لما" or what:
        verb = j + 1 if what else j
        if relayed:
            return verb + 1
        return _as_reported_by(text, tokens, starts, k, verb, units, reports, paragraph,
                               number, entities, discourse, limit)
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
    if subject is not None and norm in ("وفق", "وفقا", "طبقا") and any(
            _content(t.norm) in _RULES or t.norm in _RULES
            for t in local[subject.first:subject.last + 1]):
        return k + 1    # "طبقاً لمجموعة من المعايير": in accordance with rules, no source
    if subject is not None and local is not tokens and first.norm.startswith("لل"):
        # "للمسؤول الأممي" is لـ and "المسؤول" without its alif: say "المسؤول الأممي"
        subject = dataclasses.replace(subject, label=with_alif(subject.label),
                                      title=with_alif(subject.title))
    if subject is not None and subject.kind == "unknown" and not subject.title \
            and subject.last == j and (j + 1 == limit or broken(text, local, j + 1)):
        # "…، وفقا للخزرجي.": a lone surname of someone the article named in full
        entity = entities.by_surname(local[j].norm)
    elif subject is None or subject.kind == "unknown" and not subject.title:
        entity = None
    elif subject.kind == "person" and (not subject.title or subject.name and norm in (
            "وفق", "وفقا", "طبقا")) and not _given_name_first(subject.name) \
            and entities.resolve(subject, tokens[k].start, introduce=False) is None:
        # "وفقا لمبادرة السلام"، "وفق صلاحيات مديري التعليم": in accordance with something,
        # not a source (but "وبحسب رويترز، فإن …" reports, whoever رويترز is; and "…،
        # بحسب ويكيليكس." ends the clause with a name no list knows: a source)
        entity = entities.resolve(subject, tokens[k].start) if norm in ("بحسب", "حسب") \
            and subject.first == subject.last and not subject.title \
            and (subject.last + 1 == limit or broken(text, tokens, subject.last + 1)) \
            and not _lexical(tokens[subject.first].norm) \
            and not _with_pronoun(text, tokens[subject.first]) else None
        # ("لا يعرف الحلال من الحرام حسب أحكامه،": by its rulings, a noun with its pronoun)
    else:
        entity = entities.resolve(subject, tokens[k].start)
    if entity is None:
        return _according_unread(text, tokens, starts, k, j, units, reports, paragraph,
                                 number, entities, discourse, limit)
    _note_issuer(text, local, j - 1, subject, entity, entities, limit)   # "وفقا للبيان الصادر من …"
    after = subject.last + 1
    sentence_start = _sentence_start(paragraph, tokens[k].start)
    at_start = bisect_left(starts, sentence_start) >= k - 1 \
        or _then_so(text, tokens, k, after, limit)
    inner = False
    if at_start and after < limit:
        # "وبحسب الشرطة، فإن الحادث …": the clause after, past a comma or فإن/فقد right
        # after the source, or past "، فإن/فقد" a few words on, where what the source said
        # of itself ends ("ووفقا لمصادر تحدثت لـ«الشرق الأوسط» أمس، فقد …"); else the
        # source's name may go on ("وفقا لموقع 24 الإماراتي")
        opens = _source_done(text, tokens, after, limit)
        if opens is None:
            return after
        after = opens
        inner = after + 1 < limit and L.speech_verb(tokens[after].norm) \
            and not L.participle(tokens[after].norm) \
            and (parse_subject(text, tokens, after + 1, limit) is not None
                 or _quoted_name_after(text, tokens, after + 1, limit)
                 or _words_then_that(text, tokens, after + 1, limit))
        fronted = None if inner else _speaker_then_verb(text, tokens, after, limit)
        if fronted is not None:
            # "وبحسب "الفرنسية"، فإن سيباستيان ابيس الباحث في … يعتبر أن …": the clause
            # names who speaks before his verb; the agency only passed it on
            subject, entity = fronted, entities.resolve(fronted, tokens[k].start)
        unit = _report(text, tokens, starts, after, _sentence_end(paragraph, tokens[k].start),
                       tokens[k].start, "according", units)
    elif relayed:
        return after
    else:
        unit = _clause_before(text, tokens, starts, k, paragraph, units)
        if unit is not None:
            unit.form = "according"
            own = _own_subject_before(text, tokens, bisect_left(starts, unit.start) - 1)
            if own is not None:
                # "فإنّ الرئيس أردوغان أبلغ نظيره …، بحسب موقع ترك برس": the clause names who
                # spoke; the site only passed it on
                subject, entity = own, entities.resolve(own, tokens[k].start)
    if unit is None:
        return after
    if subject.kind == "anonymous" and L.bare(local[subject.first].norm) in _INFORMATION:
        entity = None   # "وبحسب معلومات حصلت عليها «الشرق الأوسط»": nobody the text names
    if inner:
        entity = None   # "وبحسب «شبيغل»، وصفت دوائر دبلوماسية ألمانية القرار بأنه …": the
        # words are the circles' (their own report is read from the verb); the magazine
        # only passed them on. Which of the two the clause as a whole is credited to, the
        # gold set (the agency) and the blind judges (the circles) do not agree: no one
    unit.speaker = entity
    unit.actor_inside = inner
    reports.append(unit)
    _claim_inside(units, unit, entity)
    discourse.spoke(entity, number)
    if at_start and inner:
        # "وحسب وكالة أنباء الشرق الأوسط، أكدت الوزيرة أن …": the agency relayed the clause;
        # the verb that opens it has its own subject, whose report is read too
        return after
    return max(after, bisect_left(starts, unit.end))


def _teller_at_clause_start(text: str, tokens: list[Token], starts: list[int], unit: _Unit,
                            k: int) -> Subject | None:
    """The subject a clause read before a source ("…، حسبما ذكرت …" at token k) opens with,
    right after a verb of saying (not a participle) that opened it, with words of its own
    after it; None otherwise."""
    first = bisect_left(starts, unit.start)
    verb = tokens[first - 1].norm if first >= 1 else ""
    if not verb or not L.speech_verb(verb) or L.participle(verb):
        return None
    teller = parse_subject(text, tokens, first, k)
    if teller is None or teller.kind not in ("person", "organisation", "anonymous") \
            or teller.last + 3 >= k or broken(text, tokens, teller.last + 1):
        return None
    return teller


def _words_then_that(text: str, tokens: list[Token], j: int, limit: int) -> bool:
    """One to three words at token j, then أن/إن: a subject the grammar did not read ("وبحسب
    الموقع، أعلن بوغدانوف أنه …"), so the verb's words are someone's other than the source's
    (with أن right after the verb, "أعلنت أنه …", the source itself is its subject)."""
    if j >= limit or L.particle(tokens[j].norm) or broken(text, tokens, j):
        return False
    for m in range(j + 1, min(limit, j + 4)):
        if broken(text, tokens, m) or L.one_of(tokens[m].norm, L.PREPOSITIONS):
            return False
        if L.particle(tokens[m].norm):
            return True
    return False


def _quoted_name_after(text: str, tokens: list[Token], j: int, limit: int) -> bool:
    """"تابع "خلفان" هجومه": one to three words in quotation marks at token j, a name."""
    bound = _quoted_name_end(text, tokens, j, limit)
    return bound is not None and _quoted_subject(text, tokens, j, bound) is not None


def _source_done(text: str, tokens: list[Token], after: int, limit: int) -> int | None:
    """Where the words of a source named at the start of a sentence begin: past a comma or
    فإن/فقد right after the source, or past "، فإن/فقد" a few words on, where what the source
    said of itself ends ("ووفقا لمصادر تحدثت لـ«الشرق الأوسط» أمس، فقد …"), or past فإن after
    phrases that are not what was said ("… غفوري لـ«الوطن» أمس فإن …"). None: the source's
    name may go on ("وفقا لموقع 24 الإماراتي")."""
    if after >= limit:
        return None
    opens = after if not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, after)) \
        or tokens[after].norm in _SO else next(
            (m for m in range(after + 1, min(limit, after + 6)) if tokens[m].norm in _SO
             and (not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, m))
                  or _adjuncts(text, tokens, after, m)
                  or L.reporting_word(tokens[after].norm)
                  and _adjuncts(text, tokens, after + 1, m))), None)
    # ("ووفقا لمصادر دبلوماسية … تحدثت لـ«اليوم» فإن …": who they spoke to, then فإن)
    if opens is None:
        return None
    if opens == after and tokens[after].norm not in _SO:
        # "ووفقًا لما نشرته صحيفة «ماركا»، أمس، فإن …": when, set off, then فإن
        later = next((m for m in range(after + 1, min(limit, after + 5))
                      if tokens[m].norm in _SO
                      and not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, m))), None)
        if later is not None and _adjuncts(text, tokens, after, later):
            opens = later
    while opens < limit and tokens[opens].norm in ("فان", "فانه", "فانها", "فقد", "فقط", "ف",
                                                   "ان", "انه"):
        opens += 1
    return opens


def _then_so(text: str, tokens: list[Token], k: int, after: int, limit: int) -> bool:
    """"…، وبحسب الموقع الرسمي للقناة، فإن القدرة …": after a comma, و and the source, then
    فإن or فقد: the source opens the clause that follows, as at a sentence's start (without
    them, "…، وبحسب الوزارة." closes the clause before)."""
    if not tokens[k].norm.startswith("و") or k == 0 or _CLAUSE_MARKS.isdisjoint(gap(text, tokens, k)):
        return False
    opens = _source_done(text, tokens, after, limit) if after < limit else None
    return opens is not None and any(tokens[m].norm in _SO for m in range(after, opens))


def _as_reported_by(text: str, tokens: list[Token], starts: list[int], k: int, verb: int,
                    units: list[_Unit], reports: list[_Unit], paragraph: Paragraph,
                    number: int, entities: Entities, discourse: _Discourse, limit: int) -> int:
    """"…، حسبما أفاد مسؤولون هنود"، "… بحسب ما ذكرت «ديلي ميل»"، "… وفقا لما أظهرته لقطات
    تلفزيونية": the clause before is the report of whoever the verb after ما names. Without
    a verb of speech there ("وفق ما خطط له") it is no report; without a subject that reads
    as a source, the clause is reported by someone not said."""
    if verb >= limit or not _reports_what(tokens[verb].norm):
        return k + 1
    at = verb + 1
    while at < limit and tokens[at].norm in ("به", "بها", "امس", "اليوم"):
        at += 1     # "وفقا لما صرّح به، أمس، وزير …"
    subject = parse_subject(text, tokens, at, limit) if at < limit else None
    if subject is None and at < limit:
        subject = _quoted_subject(text, tokens, at, limit)     # "بحسب ما ذكرت «ديلي ميل»"
    if subject is not None and (subject.kind == "unknown" and not subject.title or (
            subject.kind == "person" and not subject.title
            and entities.resolve(subject, tokens[k].start, introduce=False) is None
            and not _quoted_before(text, tokens, at))):
        subject = None  # (a word the grammar cannot tell for a source: not said who)
    opens = None
    if subject is not None and (bisect_left(
            starts, _sentence_start(paragraph, tokens[k].start)) >= k - 1
            or _then_so(text, tokens, k, subject.last + 1, limit)):
        opens = _source_done(text, tokens, subject.last + 1, limit)
        if opens is None:
            return subject.last + 1
    if opens is not None:
        # "ووفقا لما صرح به الدكتور غفوري لـ«الوطن» أمس فإن …": at the sentence's start,
        # what the source said comes after it
        unit = _report(text, tokens, starts, opens, _sentence_end(paragraph, tokens[k].start),
                       tokens[k].start, "according", units)
    else:
        unit = _clause_before(text, tokens, starts, k, paragraph, units)
    if unit is None:
        return verb + 1
    entity = entities.resolve(subject, tokens[k].start) if subject is not None else None
    teller = _teller_at_clause_start(text, tokens, starts, unit, k) if opens is None else None
    if teller is not None:
        # "وذكر الوزير من بين هذه التدخلات …، حسبما ذكرت وكالة أنباء البحرين": the clause
        # opens after a verb of saying with its own subject, whose words they are; the
        # agency only passed them on
        unit.start = unit.anchor = tokens[teller.last + 1].start
        unit.form = "according"
        unit.speaker = entities.resolve(teller, tokens[teller.first].start)
        reports.append(unit)
        _claim_inside(units, unit, unit.speaker)
        discourse.spoke(unit.speaker, number)
        return subject.last + 1 if subject is not None else verb + 1
    unit.form, unit.speaker = "according", entity
    reports.append(unit)
    _claim_inside(units, unit, entity)
    if entity is not None:
        # "بحسب ما أعلنت الرئاسة الفرنسية في بيان.": then "وأورد البيان أن …" is hers
        _note_issuer(text, tokens, at - 1, subject, entity, entities, limit)
        discourse.spoke(entity, number)
        return subject.last + 1
    discourse.forget()
    return verb + 1


def _reports_what(norm: str) -> bool:
    """A verb of speech or publishing, with its object pronoun or without: ذكرت، أوضحه،
    أظهرته، نشرته."""
    for form in (norm, norm[:-1] if norm.endswith("ه") else None,
                 norm[:-2] if norm.endswith("ها") else None):
        if form and (L.speech_verb(form) or L.bare(form) in _PUBLISHED_VERBS
                     or form.endswith("ت") and L.speech_verb(form[:-1])):
            return True
    return False


# What opens the clause after "بحسب فلان،": "فإن …"، "فقد …".
_SO = ("فان", "فانه", "فانها", "فقد")


def _own_subject_before(text: str, tokens: list[Token], verb: int) -> Subject | None:
    """"فإنّ الرئيس أردوغان أبلغ …": a verb of speech whose subject stands between إنّ/أنّ and
    it (a person or a body, ending right before the verb), or None."""
    if verb < 2 or not L.speech_verb(tokens[verb].norm) or L.participle(tokens[verb].norm) \
            or broken(text, tokens, verb):
        return None
    for j in range(verb - 1, max(-1, verb - 7), -1):
        if broken(text, tokens, j + 1) and j + 1 < verb:
            return None
        if L.particle(tokens[j].norm) or tokens[j].norm == "فان":
            own = parse_subject(text, tokens, j + 1, verb)
            return own if own is not None and own.last == verb - 1 \
                and own.kind in ("person", "organisation") else None
    return None


def _speaker_then_verb(text: str, tokens: list[Token], opens: int, limit: int
                       ) -> Subject | None:
    """"(فإن) سيباستيان ابيس الباحث في مؤسسة … يعتبر أن …": a clause that opens with a named
    person, then who he is, then his verb of speech and its أن (within fifteen words, no
    other verb of speech and no clause's end between): that person, else None."""
    start = opens + 1 if opens < limit and tokens[opens].norm in _SO else opens
    for j in range(start + 1, min(limit - 1, start + 16)):
        if broken(text, tokens, j) and not set(gap(text, tokens, j)) <= set(' "«»“”'):
            return None
        if tokens[j].norm in ("الذي", "التي", "الذين"):
            return None     # "… يشكل «الأولوية المطلقة» لموسكو التي ترى أن": the verb of
            # a relative clause, whose subject is the noun before it, not the clause's first
        if L.speech_verb(tokens[j].norm) and not L.participle(tokens[j].norm):
            if not L.particle(tokens[j + 1].norm):
                return None
            named = parse_subject(text, tokens, start, j)
            return named if named is not None and named.kind == "person" and named.name \
                and named.first == start else None
    return None


def _given_name_first(name: str | None) -> bool:
    """Does a name open with a given name ("عمر الموسى")? After وفقاً/بحسب such a name is a
    source ("ووفقا لعمر الموسى عميد مركز …، فإن …"), introduced or not, not what was done
    in accordance with ("وفق صلاحيات مديري التعليم"، "وفقا لمبادرة السلام")."""
    words = normalize_text(name or "").split()
    return len(words) >= 2 and L.bare(words[0]) in L.GIVEN_NAMES \
        or len(words) >= 3 and L.bare(words[0]) == "عبد"     # "عبد الله الموسى": in two words


def _with_the_named_office(text: str, tokens: list[Token], subject: Subject,
                           bound: int) -> Subject:
    """"قال مسؤول في مقر حكومة رئيس الوزراء عبد الله الثني (بمدينة طبرق)، إنه": an unnamed
    source whose place ends with an office, then the name of the one who holds it: the name
    belongs to the source's description (the phrase had stopped before it), up to the verb's
    words or what only says where."""
    after = subject.last + 1
    if after >= bound or broken(text, tokens, after) \
            or not L.one_of(tokens[subject.last].norm, L.PERSON_TITLES):
        return subject  # (an office held by one man: not a rank, nor a group, "أحد أعضاء
        # الفريق حسن أبو السعود", where the name is the member's own)
    named = parse_subject(text, tokens, after, bound)
    if named is None or named.kind != "person" or not named.name or named.title \
            or not (named.last + 1 == bound
                    or _between_is_adjunct(text, tokens, named.last + 1, bound)):
        return subject
    words = text[subject.start:named.end]
    return dataclasses.replace(subject, last=named.last, end=named.end, label=words,
                               title=words)


def _past_dashed_aside(text: str, tokens: list[Token], j: int, limit: int) -> int:
    """Past an aside set off by dashes right after the subject ("واعتبر الدكتور محمد المشوح
    - محامٍ، ومستشار قانوني- صدور نظام …": who he is, then the verb's object), else j."""
    if j >= limit or not _DASHES.intersection(gap(text, tokens, j)):
        return j
    closing = next((m for m in range(j + 1, min(limit, j + 10))
                    if _DASHES.intersection(gap(text, tokens, m))), None)
    return closing if closing is not None else j


def _relayed_for_the_verb_before(tokens: list[Token], k: int) -> bool:
    """Is the relaying verb at token k in "وفقاً لما نقلت …"، "حسبما نقلت …" right after a verb
    of speech with no subject of its own ("وبيّنوا وفقاً لما نقلت وسائل الإعلام أن …")?"""
    if not L.one_of(tokens[k].norm, L.RELAY_VERBS) or k < 2:
        return False
    if tokens[k - 1].norm == "حسبما":
        verb = k - 2
    elif k >= 3 and tokens[k - 1].norm in ("لما", "ما") \
            and L.bare(tokens[k - 2].norm) in L.RELAY_NOTES:
        verb = k - 3
    else:
        return False
    return L.reporting_word(tokens[verb].norm) and not L.participle(tokens[verb].norm)


def _own_sources(text: str, tokens: list[Token], at: int, limit: int) -> Subject | None:
    """"نقلا عن مصادرها (المطلعة)": a word of unnamed sources with the outlet's pronoun, and
    the adjectives with the article after it: those sources (the grammar reads no subject in a
    noun with its pronoun)."""
    norm = tokens[at].norm
    bare = next((norm[:-len(p)] for p in ("ها", "هم", "نا", "ه") if norm.endswith(p)), None)
    if bare is None or bare not in L.ANONYMOUS or bare.startswith("ال"):
        return None
    last = at
    while last + 1 < limit and last - at < 2 and not broken(text, tokens, last + 1) \
            and tokens[last + 1].norm.startswith("ال") and tokens[last + 1].norm.endswith("ه"):
        last += 1   # ("مصادرها المطلعة": their adjective, feminine like them)
    words = text[tokens[at].start:tokens[last].end]
    return Subject(at, last, tokens[at].start, tokens[last].end, "anonymous", words,
                   title=words, title_words=tuple(_content(tokens[m].norm)
                                                  for m in range(at, last + 1)))


def _honoured_name_before_that(text: str, tokens: list[Token], subject: Subject,
                               bound: int) -> Subject | None:
    """"أوضح مدير قسم تجزئة سوائل الغاز الطبيعي في مشروع واسط، المهندس عبدالعزيز الغامدي، أن":
    between commas right before أنّ, an honorific and a name: that is who spoke, all before it
    his title (the grammar had read words of the title, "سوائل الغاز الطبيعي", as a name)."""
    if _CLAUSE_MARKS.isdisjoint(gap(text, tokens, bound)):
        return None
    opening = next((m for m in range(bound - 1, subject.last, -1)
                    if not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, m))), None)
    if opening is None or not L.one_of(tokens[opening].norm, L.HONORIFICS) \
            or gap(text, tokens, opening).strip() not in (",", "،"):
        return None
    named = parse_subject(text, tokens, opening, bound)
    if named is None or named.kind != "person" or not named.name or named.last != bound - 1:
        return None
    title = text[subject.start:tokens[opening - 1].end]
    return dataclasses.replace(named, first=subject.first, start=subject.start, title=title,
                               title_words=subject.title_words + named.title_words)


def _another_speaks(tokens: list[Token], j: int, limit: int) -> bool:
    """Does what follows a colon at token j open with قال or a verb of hearing (قال رسول
    الله، سمعت رسول الله): a narrator telling that another spoke? (Not any verb a list of
    reporting knows: "قال الزوج: عدت للمنزل" is his own story, عدت "I returned".)"""
    word = L.bare(tokens[j].norm) if j < limit else ""
    return word in _HEARD or word in _SAID_SO


# The blessing after a companion's name: "رضي الله عنه"، "عنها"، "عنهما".
_BLESSED = L._norm("رضي الله عنه عنها عنهما عنهم")


def _narrator_before(text: str, tokens: list[Token], k: int) -> Subject | None:
    """"وعن أبي هريرة رضي الله عنه قال: …": a narration's chain, عن and the one who tells,
    then his verb of saying at token k with no subject of its own: the one named after عن."""
    if not L.one_of(tokens[k].norm, _SAYS) or broken(text, tokens, k):
        return None
    end = k
    while end > 0 and tokens[end - 1].norm in _BLESSED and not broken(text, tokens, end):
        end -= 1
    for j in range(end - 2, max(-1, end - 6), -1):
        if broken(text, tokens, j + 1):
            return None
        if tokens[j].norm in ("عن", "وعن"):
            named = parse_subject(text, tokens, j + 1, end)
            if named is not None and named.last == end - 1 and named.kind == "person" \
                    and named.name and (end < k or L.bare(tokens[named.first].norm)
                                        in L.GIVEN_NAMES
                                        or L.bare(tokens[named.first].norm) in L.NAME_LINKS):
                return named    # (a blessing or a given name: "وعن وضع مطار عدن قال:" is
                # about the airport, and the verb goes on with who spoke before)
            if tokens[j + 1].norm == "ابي" and _name(text, tokens, j + 1, end) == end:
                # ("عن أبي هريرة": أبو in the genitive after عن, which the grammar of
                # subjects does not read; the name all the same)
                words = text[tokens[j + 1].start:tokens[end - 1].end]
                return Subject(j + 1, end - 1, tokens[j + 1].start, tokens[end - 1].end,
                               "person", words, name=words)
            return None
    return None


def _heard_saying(text: str, tokens: list[Token], k: int) -> Subject | None:
    """"أنه سمع رسول الله يقول: «…»"، "سمعت الشيخ وهو يقول": a verb of hearing or seeing,
    whom it heard, then his verb of speech in the present at token k: the one heard spoke
    (not the narrator, nor the last speaker), with the blessing on him between if written."""
    if L.bare(tokens[k].norm) not in ("يقول", "تقول") or k < 2:
        return None     # (what one hears said: "سمع دوي انفجارات يرجح أنه …" is a sound)
    for j in range(k - 1, max(-1, k - 10), -1):
        if _STOPS.intersection(gap(text, tokens, j + 1)) or L.particle(tokens[j].norm):
            return None
        if L.bare(tokens[j].norm).lstrip("ف") in _HEARD:
            heard = parse_subject(text, tokens, j + 1, k)
            if heard is None or heard.kind != "person" or heard.first != j + 1:
                return None
            rest = [tokens[m].norm for m in range(heard.last + 1, k)]
            return heard if all(w in _BLESSING for w in rest) else None
    return None


# قال as a narrator opens what another said: "قال: قال رسول الله: «…»".
_SAID_SO = L._norm("قال قالت")
# Verbs of hearing and seeing someone speak: "سمعت رسول الله يقول".
_HEARD = L._norm("سمع سمعت سمعنا سمعوا راي رايت راينا راوا شاهد شاهدت")
# The blessing and the pronoun that may stand between whom one heard and his verb.
_BLESSING = L._norm("صلي الله عليه وسلم رضي عنه عنها عنهما وهو")


def _according_unread(text: str, tokens: list[Token], starts: list[int], k: int, j: int,
                      units: list[_Unit], reports: list[_Unit], paragraph: Paragraph,
                      number: int, entities: Entities, discourse: _Discourse, limit: int) -> int:
    """"وبحسب رويترز، فإن …"، "وبحسب "الفرنسية"، فقد …": a source the grammar does not read,
    opening its sentence, then a comma and فإن/فقد: the clause after is reported all the
    same. Who reported it is known only when it is a name in quotation marks."""
    if bisect_left(starts, _sentence_start(paragraph, tokens[k].start)) < k - 1 \
            or L.bare(tokens[k].norm) not in ("بحسب", "حسب"):
        return k + 1    # ("وفقا لمبادرة السلام، فإن …": in accordance with it, not from it)
    comma = next((m for m in range(j + 1, min(limit, j + 5))
                  if not set(gap(text, tokens, m)).isdisjoint(",،")), None)
    if comma is None or tokens[comma].norm not in _SO or comma + 1 >= limit:
        return k + 1
    entity = None
    if comma - j <= 3 and _quoted_before(text, tokens, j) \
            and not _CLOSING.isdisjoint(gap(text, tokens, comma)):
        # "وبحسب "الفرنسية"، فقد …": a body's name in quotation marks
        entity = entities.resolve(_quoted_body(text, tokens, j, comma), tokens[k].start)
    opens = comma
    while opens < limit and tokens[opens].norm in _SO:
        opens += 1
    # ("وبحسب "الفرنسية"، فقد ذكر البنك الدولي أن …": the verb after فقد has its own
    # subject, whose report is read from it; the agency only passed it on)
    inner = opens + 1 < limit and L.speech_verb(tokens[opens].norm) \
        and not L.participle(tokens[opens].norm) \
        and parse_subject(text, tokens, opens + 1, limit) is not None
    fronted = None if inner else _speaker_then_verb(text, tokens, opens, limit)
    if fronted is not None:
        # "وبحسب "الفرنسية"، فإن سيباستيان ابيس الباحث في … يعتبر أن …": his words, which
        # the agency passed on
        entity = entities.resolve(fronted, tokens[k].start)
    unit = _report(text, tokens, starts, comma + 1, _sentence_end(paragraph, tokens[k].start),
                   tokens[k].start, "according", units)
    if unit is None:
        return comma + 1
    if inner:
        entity = None   # (as after a source the grammar reads, in `_according`)
    unit.speaker = entity
    unit.actor_inside = inner
    reports.append(unit)
    _claim_inside(units, unit, entity)
    if inner:
        return opens
    if entity is not None:
        discourse.spoke(entity, number)
    else:
        discourse.forget()
    return bisect_left(starts, unit.end)


def _headline(text: str, tokens: list[Token], units: list[_Unit], entities: Entities,
              number: int, body: Callable[[], list[Token]] = list) -> _Unit | None:
    """A short line "فلان: …" (a headline or a subheading): the words after the colon are
    the named speaker's, not quoted."""
    if not tokens or len(tokens) > _HEADLINE_TOKENS:
        return None
    line_start = text.rfind("\n", 0, tokens[0].start) + 1
    if not _BULLETS.isdisjoint(text[line_start:tokens[0].start]) \
            or _in_dashed_list(text, line_start, tokens[0].start) \
            or _after_a_list_colon(text, line_start):
        return None     # "* سفر مرضى السرطان: تشمل العوامل …": an item of a list, its topic
    line_end = tokens[-1].end
    line = text[tokens[0].start:line_end]
    if ".." in line:
        line = _PAUSE.sub(" ", line)     # "إيران.. شرط": a pause
    # (a search for each mark: a set's isdisjoint would make a string of each Arabic letter)
    stripped = line.rstrip(".")
    if any(mark in stripped for mark in _STOPS):
        return None
    # "رابط الخبر بصحيفة الوئام: اردوغان: …": the speaker before the second colon when the
    # words before the first name no one
    colons = [j for j in range(1, min(len(tokens), 8)) if ":" in gap(text, tokens, j)]
    for at, colon in enumerate(colons[:2]):
        found = _headline_after(text, tokens, colons[at - 1] if at else 0, colon, units,
                                entities, line_end, body if number == 0 else None)
        if found is not _NO_SPEAKER:
            return found
    return None


def _nominative_group(norm: str) -> bool:
    """A definite sound plural in the nominative, of belonging or of a participle:
    "الانفصاليون"، "المتمردون"، "المحتجون" (not a singular in -ون: "القانون")."""
    return norm.startswith("ال") and len(norm) >= 8 and (
        norm.endswith("يون") or norm.startswith("الم") and norm.endswith("ون"))


def _headline_subject(text: str, tokens: list[Token], k: int, paragraph: Paragraph,
                      entities: Entities) -> Subject | None:
    """The subject before a headline's verb at token k: the phrase that ends before it, or
    the body's quoted name when that is longer ("«إعداد القادة» يؤكد …": the whole name,
    not the plural title its last word would parse as)."""
    before = _subject_before(text, tokens, k, paragraph, entities)
    quoted = _quoted_subject(text, tokens, 0, k) if k <= 4 else None
    if quoted is not None and (before is None or quoted.first < before.first):
        return quoted
    return before


def _in_dashed_list(text: str, line_start: int, first_word: int) -> bool:
    """A line opened by a dash with the line before or after it opened by one too: an item
    of a list ("- جامعة الملك سعود: تراجعت إلى المركز …"), where a lone dash line is a
    subheading ("-وسام : هدفنا البطولة")."""
    if not _DASHES.intersection(text[line_start:first_word]):
        return False
    before = text[:max(0, line_start - 1)].rstrip().rsplit("\n", 1)[-1]
    after = text[text.find("\n", first_word) + 1:].lstrip() if "\n" in text[first_word:] else ""
    return before.lstrip()[:1] in _DASHES or after[:1] in _DASHES


_WEB = frozenset({"http", "https", "www"})


def _after_a_list_colon(text: str, line_start: int) -> bool:
    """Is the line at `line_start` one of the lines "X : …" that follow a line ending with a
    colon ("وبينت الجامعة أن الكليات هي :" then "كلية العلوم : كيمياء …"): an item of the
    list it opens, its topic before the colon, no speaker?"""
    end = line_start - 1
    for _ in range(30):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line.endswith(":"):
            return True
        if line and (":" not in line or len(line) > 300 or line[:1] in _DASHES
                     or not _BULLETS.isdisjoint(line[:2])):
            return False    # (not past a list of another kind: "* …: …" then "-وسام : …")
        end = start - 1
    return False


_DASHES = frozenset("-–—")
_WHO_WHICH = L._norm("الذي التي الذين اللذين اللتين")
_BETWEEN = L._norm("بين بينه بينها بينهم بينهما بيننا")
_SPREAD = L._norm("شاع وشاع انتشر وانتشر ساد وساد تردد وتردد راج وراج")
_NO_SPEAKER = object()
# The months as the Levant names them, given after the others in brackets: "يوليو (تموز)".
_LEVANT_MONTHS = L.LEVANTINE_MONTHS | L._norm("الثاني الاول")
_PAUSE = re.compile(r"\.{2,}")
# Marks that open the items of a list.
_BULLETS = frozenset("*•·▪●◦")     # (a dash opens subheadings: "-وسام : هدفنا البطولة")


# The media that relay what others said.
_MEDIA = L._norm("صحيفه وكاله قناه موقع مجله اذاعه تلفزيون شبكه")


def _headline_after(text: str, tokens: list[Token], first: int, colon: int, units: list[_Unit],
                    entities: Entities, line_end: int,
                    body: Callable[[], list[Token]] | None = None):
    """The headline "فلان: …" whose speaker's words run from token `first` to the colon
    before token `colon`: its unit, None when there is no unit to make, or _NO_SPEAKER."""
    # "قبل مواجهة الهلال بالسوبر .. ديسلفا: …": a kicker before the speaker, set off by ..
    for j in range(first + 1, colon):
        if ".." in gap(text, tokens, j) or "…" in gap(text, tokens, j):
            first = j
    while first < colon and not tokens[first].norm.strip():
        first += 1
    # "الجبير من موسكو:"، "المخلافي لـ«المدينة»:": where, or to whom, before the colon
    said_at = colon
    for j in range(first + 1, colon):
        if tokens[j].norm in ("من", "في", "ل", "لـ") and colon - j <= 3:
            said_at = j
            break
    subject = None
    if said_at < colon and L.one_of(tokens[first].norm, L.ANONYMOUS):
        # "مندوبون في أوبك:"، "مصادر في الحزب:": an unnamed source with where it sits
        whole = parse_subject(text, tokens, first, colon)
        if whole is not None and whole.last == colon - 1:
            subject, said_at = whole, colon
    quoted_name = _quoted_body(text, tokens, first, said_at) if 2 <= said_at - first <= 3 \
        and _quoted_before(text, tokens, first) and said_at < len(tokens) \
        and not _CLOSING.isdisjoint(text[tokens[said_at - 1].end:tokens[said_at].start]) \
        else None
    if subject is None:
        subject = parse_subject(text, tokens, first, said_at)
    if quoted_name is not None and subject is not None and subject.kind == "person" \
            and normalize_text(subject.label) != normalize_text(quoted_name.label):
        # "«الجزيرة كابيتال»: …": a name in quotation marks is one name (the grammar read
        # «الجزيرة» as a word describing a man named «كابيتال»)
        subject = quoted_name
    known = None
    if subject is None and 2 <= said_at - first <= 3:
        # "فان غال: …": the last words of the name of a person the article names in full
        known = entities.by_surname(text[tokens[first].start:tokens[said_at - 1].end])
        if known is not None:
            subject = Subject(first, said_at - 1, tokens[first].start, tokens[said_at - 1].end,
                              "person", text[tokens[first].start:tokens[said_at - 1].end])
    if subject is None and said_at - first == 1 and tokens[first].norm.startswith("ال") \
            and entities.known_surname(text[tokens[first].start:tokens[first].end]):
        # "الجبير: …": the family name of someone the article names in full
        word = text[tokens[first].start:tokens[first].end]
        subject = Subject(first, first, tokens[first].start, tokens[first].end, "person", word,
                          name=word)
    body_named = None
    if (subject is None or subject.kind == "unknown" and not subject.title and known is None) \
            and body is not None and 1 <= said_at - first <= 3:
        # the title "الضمان الصحي: …"، ""كبار العلماء": …": the words the body gives after the
        # body's own noun ("الأمين العام لمجلس الضمان الصحي"، "لهيئة كبار العلماء")
        body_named = _body_named_after(text, tokens[first:said_at], line_end, body)
        if body_named is not None:
            subject = Subject(first, said_at - 1, tokens[first].start,
                              tokens[said_at - 1].end, "organisation", body_named,
                              title=body_named, title_words=tuple(
                                  _content(w) for w in normalize_text(body_named).split()))
    if subject is not None and subject.kind == "unknown" and not subject.title \
            and body_named is None and known is None and body is not None \
            and subject.first == subject.last == said_at - 1 \
            and entities.resolve(subject, tokens[0].start, introduce=False, headline=True) is None \
            and _speaks_in_body(text, tokens[subject.first], line_end, body):
        # "البنتاجون: …" where the story says "(البنتاجون)" after the ministry, or "وقال
        # البنتاجون إن": the name the body gives a speaking body (or a family name in ي:
        # "العمري: …" and "وقال العمري في تصريح: …")
        family = tokens[subject.first].norm.endswith("ي")
        subject = dataclasses.replace(subject, kind="person" if family else "organisation",
                                      name=subject.label if family else None)
    if subject is None or subject.last != said_at - 1:
        return _NO_SPEAKER
    if body is not None and known is None and subject.kind == "person" and subject.name \
            and not subject.title and not any(
                L.bare(t.norm) in L.GIVEN_NAMES or t.norm in L.NAME_LINKS
                or t.norm in L.SURNAME_PARTICLES for t in tokens[subject.first:subject.last + 1]) \
            and not _named_in_body(text, subject.name, line_end):
        return _NO_SPEAKER  # "رحّالة الصيف: الفيلسوف المترحِّل": words no list knows as a
        # name's, which the story never writes again: a column's name, not a person (the
        # story may call a man it names so by his title: "فان غال: …" and "قال المدرب")
    if not any(not is_number(t) and len(t.norm) > 1 and not L.one_of(t.norm, L.PREPOSITIONS)
               and not L.one_of(t.norm, L.TIME_WORDS) and L.bare(t.norm) not in _LEVANT_MONTHS
               for t in tokens[colon:]):
        return _NO_SPEAKER  # "صلاحية العرض: من 1 يوليو (تموز) إلى 31 سبتمبر"، "طبيب باطني:
        # ت 2216 665": a label and its value (dates, numbers), nobody's words
    if _only_a_name(text, tokens, colon):
        return _NO_SPEAKER  # "المدرب: الروماني كوزمين اولاريو": a label and the name it
        # gives (a line-up, a fact box), nobody's words
    if any(t.norm == "يا" for t in tokens[subject.first:subject.last + 1]):
        return _NO_SPEAKER  # "سجِّل يا تاريخ: …": a call, not who speaks
    if colon + 1 < len(tokens) and L.speech_verb(tokens[colon].norm) \
            and tokens[colon].norm[:1] in "يت" and not L.participle(tokens[colon].norm) \
            and not broken(text, tokens, colon + 1):
        said_by = parse_subject(text, tokens, colon + 1, len(tokens))
        if said_by is not None and said_by.kind in ("person", "organisation", "anonymous"):
            return _NO_SPEAKER  # "الدفاع: تقول أيرلندا إنها …": a heading, then a sentence
            # that names its own speaker after its verb
    opening = text[tokens[subject.first].start:tokens[subject.first].end]
    if subject.first == subject.last and tokens[subject.first].norm.endswith("وا") \
            or opening.startswith("و") and opening.endswith("ت"):
        return _NO_SPEAKER  # "واختتموا: «…»"، "وغردت بلقيس: …": a verb (they concluded,
        # and she tweeted), not a name
    if opening.startswith("و") and subject.title and subject.name == opening \
            and L.bare(tokens[subject.first].norm) not in L.GIVEN_NAMES:
        return _NO_SPEAKER  # "وندد المتحدث باسم الخارجية: «…»": و and a verb no list knows,
        # then its subject (read as a name and his title); a sentence, not "فلان: …"
    if subject.kind == "organisation" and (L.one_of(tokens[subject.first].norm, L.COUNTRIES)
                                           or tokens[subject.first].norm == "الولايات") \
            and not _first_person(tokens[colon:]):
        return _NO_SPEAKER  # "مصر: مقتل رقيب …" names a place, not a speaker
    entity = known or entities.resolve(subject, tokens[0].start, headline=True)
    if known is None and subject.kind == "person" and subject.first == subject.last \
            and not subject.title and not _first_person(tokens[colon:]) \
            and _place_in(text, line_end, tokens[subject.first].norm):
        entity = None   # "صبيا: اعتداء حكومي على أرض مواطن …"، "نيويورك: داء …": a word
        # the story writes as a place, then news in no one's first person: a dateline
    if subject.kind == "organisation" and L.bare(tokens[subject.first].norm) in _MEDIA \
            and not any(t.norm.startswith("ال") for t in tokens[subject.first:subject.last + 1]):
        entity = None   # "صحيفة يونانية: الهلال.. برشلونة آسيا": a paper no one names passes
        # on what someone told it (the coach, in the text): not whose words they are
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


def _only_a_name(text: str, tokens: list[Token], colon: int) -> bool:
    """Are the words from token `colon` to the line's end one person's name, perhaps with a
    nationality before it, and nothing else (no verb, no second name)?"""
    if not 2 <= len(tokens) - colon <= 5:
        return False
    opening = L.bare(tokens[colon].norm)     # a nationality (ال…ي) or the name's first word
    first = colon + 1 if opening.startswith("ال") and opening.endswith("ي") else colon
    if first == colon and opening not in L.GIVEN_NAMES:
        return False    # (a name no list knows, after no nationality: "أزحنا العقبة" is
        # not one)
    named = parse_subject(text, tokens, first)
    return named is not None and named.kind == "person" and bool(named.name) \
        and named.first == first and named.last == len(tokens) - 1


def _named_in_body(text: str, name: str, after: int) -> bool:
    """Does the story after offset `after` write a word of the headline's name, as headlines
    spell it or nearly (its article off, "الجبير" in "والجبير"; one letter apart, or two
    where the story splits it: "ديسلفا" for "دا سيلفا")?"""
    rest = normalize_text(text[after:after + 6000])
    words = [w.removeprefix("ال") for w in normalize_text(name).split() if len(w) >= 3]
    if any(w in rest for w in words):
        return True
    story = rest.split()
    joined = [a + b for a, b in zip(story, story[1:])]
    return any(len(w) >= 4 and any(Levenshtein.distance(w, s.removeprefix("ال"), score_cutoff=1)
                                   <= 1 for s in story)
               or len(w) >= 5 and any(Levenshtein.distance(w, s, score_cutoff=2) <= 2
                                      for s in joined)
               for w in words)


def _place_in(text: str, after: int, word: str) -> bool:
    """Does the text after offset `after` write the word as a place: after في/بـ/من or a
    noun of places (محافظة صبيا، في نيويورك، بمدينة عنيزة)?"""
    rest = normalize_text(text[after:after + 4000])
    name = re.escape(word) + r"(?![\u0621-\u064a])"
    if re.search(r"(?:عضو|اعضاء|مندوب\w*|دول|وزراء|منظمه)\s+(?:في\s+)?" + name, rest):
        return False    # "مندوبون في أوبك": a body one belongs to, not a place
    return re.search(r"(?:^|\s)(?:في|من|الي|ب|و?ب?(?:محافظه|مدينه|منطقه|ولايه|بلده|قريه|عاصمه))"
                     r"\s*" + name, rest) is not None


def _speaks_in_body(text: str, word: Token, after: int, body: Callable[[], list[Token]]) -> bool:
    """Does the text after `after` write the headline's one word with the article as a body's
    name in brackets ("وزارة الدفاع الأميركية (البنتاجون)") or as the subject right after a
    verb of saying ("وقال البنتاجون إن")?"""
    written = text[word.start:word.end]
    if not word.norm.startswith("ال") or len(word.norm) < 5 or _lexical(word.norm) \
            or text.find(written, after) < 0:
        return False    # (cheap: most headlines' words are not written so again)
    rest = body()
    for j, token in enumerate(rest):
        if token.norm != word.norm or j == 0:
            continue
        if "(" in gap(text, rest, j) and j + 1 < len(rest) and ")" in gap(text, rest, j + 1) \
                or L.speech_verb(rest[j - 1].norm) and not broken(text, rest, j) \
                and _report_within(text, rest, j + 1):
            return True     # (what the verb says follows: "يرد المشهد (13 دقيقة)" is no one's)
    return False


def _report_within(text: str, tokens: list[Token], k: int) -> bool:
    """Does an أن/إن or a colon come within ten words from token k, in its sentence?"""
    for m in range(k, min(len(tokens), k + 10)):
        between = gap(text, tokens, m)
        if ":" in between or L.particle(tokens[m].norm):
            return True
        if not _STOPS.isdisjoint(between):
            return False
    return False


def _body_named_after(text: str, words: list[Token], after: int,
                      body: Callable[[], list[Token]]) -> str | None:
    """The name "X Y" of a body ("مجلس الضمان الصحي") when the text after `after` writes the
    words X Y right after one of the nouns bodies are named with (with لـ or not), and
    that noun is the same everywhere it does; else None."""
    wanted = [_content(t.norm) for t in words]
    word = text[words[0].start:words[0].end]
    if text.find(word[2:] if word.startswith("ال") and len(word) > 4 else word, after) < 0:
        return None     # (cheap: most titles' words are not written so again; "للأرصاد"
        # writes "الأرصاد" without its alif)
    rest = body()
    found: set[str] = set()
    loose: set[str] = set()
    for j in range(len(rest) - len(wanted)):
        head = rest[j].norm
        head = head[1:] if head.startswith("ل") and not head.startswith("ال") else head
        if not L.one_of(head, L.ORGANISATIONS) or broken(text, rest, j + 1):
            continue
        # (right after the noun, or past its own adjectives: "الرئاسة العامة للأرصاد" for
        # "«الأرصاد»")
        firsts = [j + 1]
        while firsts[-1] < min(len(rest) - len(wanted), j + 3) \
                and _its_adjective(rest[firsts[-1]].norm) \
                and not broken(text, rest, firsts[-1] + 1):
            firsts.append(firsts[-1] + 1)
        for first in firsts:
            if [_content(t.norm) for t in rest[first:first + len(wanted)]] == wanted \
                    and not any(broken(text, rest, m) and not _quoted_before(text, rest, m)
                                for m in range(first + 1, first + len(wanted))):
                start = rest[j].start + (len(rest[j].norm) > len(head))
                (found if first == j + 1 else loose).add(
                    text[start:rest[first + len(wanted) - 1].end])
                break
    found = found or loose      # (a name right after its noun first)
    if len({normalize_text(f).split()[0] for f in found}) != 1:
        return None
    return min(found, key=len)


def _its_adjective(norm: str) -> bool:
    """A definite adjective of the kinds bodies are named with: العامة، الوطنية، السعودية."""
    return norm.startswith("ال") and norm.endswith(("ه", "ي")) and len(norm) >= 5 \
        and not L.one_of(norm, L.ORGANISATIONS)


def _first_person(tokens: list[Token]) -> bool:
    """Words in the first person (سنطور، علاقتنا، لن نسمح): someone speaks."""
    return any(t.norm.startswith(("سن", "لن ن")) or t.norm.endswith(("نا",))
               or (t.norm[:1] == "ن" and len(t.norm) >= 4 and t.norm[2] != "ا"
                   and not t.norm.endswith(("ه", "اء", "ات"))) for t in tokens)
    # (نرفض، نرحب: a present verb in ن; not a noun in ن: نساء، نظام، نسبة، نشاطات)


def _apposed_title(text: str, tokens: list[Token], subject: Subject, end: int) -> bool:
    """"قال عبد الله الملفي وكيل الوزارة … إن"، "وقال أحمد الصالحي، أحد المتظاهرين …، إن": a
    full name, then who the person is (a title, or one of a group) up to the particle."""
    after = subject.last + 1
    if len(subject.name.split()) < 2 or after >= end or broken(text, tokens, after) and (
            gap(text, tokens, after).strip() not in (",", "،")):
        return False
    word = L.bare(tokens[after].norm)
    return L.one_of(word, L.PERSON_TITLES) or word in ("احد", "احدي")


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


# Words that name the Quran or the Prophet as who speaks: "في قوله تعالى: {…}"، "قول الرسول
# – صلى الله عليه وسلم –: «…»".
_SCRIPTURE = re.compile(r"(?:(?:تعالى|تعالي|عز وجل|جل جلاله|سبحانه"
                        r"|ص[لّ]+[ىي] الله عليه (?:وآله )?وسلم)"
                        r"[^.؟!\n«»\"“”{}]{0,80}"
                        r"|(?:^|\s)و?في الحديث(?: الشريف| النبوي)?\s*:?\s*)$")
# ("وفي الحديث "…"": a hadith cited, right before its mark)


def _scripture(text: str, unit: _Unit) -> bool:
    """A quotation a writer cites from the Quran or the Prophet ("… في قوله تعالى مخاطبا …:
    {…}"): not the writer's words; whoever the construction named, nobody here is sure."""
    if not unit.direct:
        return False
    # (a quotation's opening mark, or where words after a colon begin: "يقول صلى الله عليه
    # وسلم: (…)")
    opening = unit.open_mark if unit.open_mark is not None else \
        unit.start - 1 if unit.form == "colon" and unit.start > 0 else None
    if opening is None:
        return False
    before = text[max(0, opening - 120):opening].rstrip(" (")
    if _SCRIPTURE.search(before) is None:
        return False
    # (who the construction named stays when it names God or the Prophet, not when it is
    # the blessing itself: "صلى الله" is no one)
    if unit.speaker is not None and unit.speaker.label in GOD_NAMES:
        return False    # (a name of God a verse's cue gave: `cite_verses`)
    words = normalize_text(unit.speaker.label).split() if unit.speaker is not None else []
    return words[:1] == ["صلي"] or not any(
        word in label for label in words for word in ("الله", "تعالي", "رسول", "نبي"))


def _no_name(entity: Entity) -> bool:
    """A person whose every name is one word that no name is: a demonstrative («وذكرت تلك
    التقارير») or a noun with لِلـ («وقال للمنتج:», to the producer). Whatever construction
    read it, it names no one; the words are shown with no speaker rather than with that one.
    (Not a word shaped like a verb: many foreign family names are, تسيبراس، يعلون، بليجريني.)"""
    if entity.kind != "person" or not entity.names:
        return False
    words = {normalize_text(name).strip() for name in entity.names}
    return all(" " not in word and (word in _POINTING or word.startswith("لل"))
               for word in words)


_POINTING = L._norm("تلك ذلك هذه هذا هؤلاء اولئك")


def _marks_off(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the quotation marks, spaces and stops at its ends: words after a colon
    that run on to the closing mark of their quotation are the same words."""
    while start < end and text[start] in _MARKS_AROUND:
        start += 1
    while end > start and text[end - 1] in _MARKS_AROUND:
        end -= 1
    return start, end


_MARKS_AROUND = frozenset(" \n.،,\"'«»“”„‘’")


def _to_quotes(source: Source, drafts: list[tuple[_Unit, int | None]]) -> list[Quote]:
    """The source's quotations in text order (an outer one before those inside it), with
    ids numbered in that order."""
    sentences = source.sentences
    sentence_starts = [s.start for s in sentences]
    spans = [_marks_off(source.text, unit.start, unit.end) for unit, _parent in drafts]
    # (of units with the same words, the quotation first, then a statement with a speaker,
    # then one in quotation marks)
    order = sorted(range(len(drafts)), key=lambda k: (
        spans[k][0], -spans[k][1], not drafts[k][0].direct, drafts[k][0].kind != "statement",
        drafts[k][0].speaker is None, drafts[k][0].form != "quote"))
    ids = [""] * len(drafts)
    for n, k in enumerate(order):
        ids[k] = f"{source.id}:q{n + 1}"
    out = []
    seen: dict[tuple[int, int], int] = {}
    for k in order:
        unit, parent = drafts[k]
        span = spans[k]
        if span in seen:
            ids[k] = ids[seen[span]]
            continue        # the same words found twice (a report the same as a quotation,
            # words after a colon that are also in quotation marks): shown once
        seen[span] = k
        at = bisect_right(sentence_starts, unit.start) - 1
        sentence = sentences[at] if at >= 0 and unit.start < sentences[at].end else None
        speaker: Speaker | None = None
        if unit.kind == "statement" and unit.speaker is not None \
                and not _scripture(source.text, unit) and not _no_name(unit.speaker):
            speaker = unit.speaker.speaker()
        out.append(Quote(
            id=ids[k], source_id=source.id, start=unit.start, end=unit.end,
            text=source.text[unit.start:unit.end], kind=unit.kind,  # type: ignore[arg-type]
            speaker=speaker, direct=unit.direct, sentence_id=sentence.id if sentence else None,
            open_mark=unit.open_mark, close_mark=unit.close_mark,
            inside=None if parent is None else ids[parent], form=unit.form))  # type: ignore
    return out
