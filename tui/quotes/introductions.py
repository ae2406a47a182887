"""Who an article names with a title, rank or nationality anywhere in it (not only as a
speaker), learned before its reports are read, so that "وقال الجبير" finds the minister the
article introduced in another sentence."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from itertools import compress
from operator import attrgetter

from tui.quotes import lexicon as L
from tui.quotes.discourse import _apposed, _praised_at
from tui.quotes.entities import Entities
from tui.quotes.subject import (Subject, _amin_title, _content, _institution, _known,
                                _nisba_adjective, _verb_shaped, broken, gap, held_for_someone,
                                before_the_condemned, parse_subject,
                                whom_told, without_addressee)
from tui.quotes.tokens import Token
from tui.text.normalize import normalize_text
from tui.quotes.units import _OPENERS


# Relations whose genitive is a title: "حرم الرئيس"، "نجل الأمير"، "شقيقة الرئيس المصري".
_GOVERNING = L.RELATIONS | L._norm("حرم عقيله نجل نجله كريمه")


def _noun_then_its_adjective(tokens: list[Token], subject) -> bool:
    """The name read after a title ends with a feminine noun with the article (العمارة)
    and an adjective of the نسبة kind agrees with it right after (المسيحية): a noun phrase, no
    person's name."""
    after = subject.last + 1
    if after >= len(tokens) or subject.last == subject.first:
        return False
    last, next_ = tokens[subject.last].norm, tokens[after].norm
    return last.startswith("ال") and last.endswith("ه") and _nisba_adjective(next_) \
        and next_.endswith("يه")


def _past_weekday(text: str, tokens: list[Token], subject: Subject) -> Subject:
    """"التقى وزير الدفاع الأمريكي أشتون كارتر الجمعة رئيس …": the day after a name whose
    word before it is no given name (a foreign family name) is when, not a third word of
    the name (as "سعد محمد الجمعة" has it: a given name, his father's, the family's)."""
    words = subject.name.split()
    day = next((j for j in range(subject.last, subject.first, -1)
                if text[tokens[j].start:tokens[j].end] == words[-1]), None)
    if len(words) < 3 or day is None or L.bare(tokens[day].norm) not in _WEEKDAYS \
            or L.bare(tokens[day - 1].norm) in L.GIVEN_NAMES:
        return subject
    name = " ".join(words[:-1])
    label = subject.label[:subject.label.rfind(words[-1])].rstrip()
    return replace(subject, last=day - 1, end=tokens[day - 1].end,
                   name=name, label=label if label.endswith(name) else name)


# Days of the week with the article, as news dates what was done: "الجمعة"، "يوم الخميس".
_WEEKDAYS = L._norm("السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه")


def _headline_verb(text: str, tokens: list[Token], subject: Subject) -> bool:
    """Does the name read after a title open with a word shaped like a verb in the present
    (يواسي، يستقبل، تدشن), no given name?"""
    first = subject.name.split()[0]
    word = next((t for t in tokens[subject.first:subject.last + 1]
                 if text[t.start:t.end] == first), None)
    return word is not None and word.norm[:1] in ("ي", "ت") and len(word.norm) >= 4 \
        and _verb_shaped(word.norm) and L.bare(word.norm) not in L.GIVEN_NAMES


def _introduce(text: str, paragraphs_tokens: list[list[Token]], entities: Entities) -> None:
    """Learn the people an article names with a title or rank anywhere (not only as
    speakers), so "وقال الجبير" resolves to the minister introduced in another sentence."""
    body: set[str] | None = None
    said_by = _family_names_that_speak(paragraphs_tokens)
    speaking_out: frozenset[str] | None = None      # (read only when a title has no name)
    untitled: list[tuple[Subject, int]] = []
    for number, words in enumerate(paragraphs_tokens):
        # a title with بـ/لـ joined to it introduces someone too ("بالرئيس الأميركي دونالد
        # ترامب"): read it without the preposition
        # The loop goes from one word that may open an introduction to the next (a title or
        # a given name, `_MAY_INTRODUCE`: any other word it would only step over); the
        # end of the paragraph closes the list. A branch for other words must add them there.
        tokens, openers = _unprefixed_and_openers(words)
        k = openers[0]
        while k < len(tokens):
            norm = tokens[k].norm
            # (not a title inside a name: "جامعة الملك سعود")
            # (nor a title a relation governs: "حرم الرئيس انتصار السيسي" names his wife,
            # "شقيق الرئيس بشار الأسد" the president; the text does not say which)
            # ("برئاسة مدير عام السجون، اللواء …": chaired by him, not a presidency's name)
            if (L.says_who(norm) or _amin_title(text, tokens, k, len(tokens))) \
                    and not _main_adjective(text, tokens, k) \
                    and not (k > 0 and (_institution(tokens[k - 1].norm)
                                        and tokens[k - 1].norm != "برئاسه"
                                        or L.bare(tokens[k - 1].norm) in _GOVERNING)):
                # (after a verb of praise the subject ends where what was praised opens:
                # "وأشاد مدرب الخليج | بقدرات المحترف الغيني أبوبكر سيلا" names two men)
                praised = _told_at(words, tokens, k, _praised_at(tokens, k, len(tokens)))
                subject = parse_subject(text, tokens, k, praised, names=False)
                title_last = False      # the phrase ends with the title, not the name
                if subject is not None and subject.name is None and subject.kind == "person":
                    titled = subject
                    # "نظيره الروسي، فلاديمير بوتين،"
                    subject = _apposed(text, tokens, k, praised)
                    if subject is None or not subject.name:
                        subject = _named_before(text, tokens, k, titled)
                        title_last = subject is not None
                    if subject is None or not subject.name:
                        if speaking_out is None:
                            speaking_out = _families_that_speak_out(text, paragraphs_tokens)
                        subject = _speaking_family_after(text, tokens, titled, speaking_out)
                if subject is not None and k > 0 and L.one_of(tokens[k - 1].norm, L.CONDEMNING):
                    subject = before_the_condemned(text, tokens, subject)  # "وأدان الوزراء |
                    # الجرائم": what they condemned is no more of who they are
                if subject is not None:
                    subject = without_addressee(text, tokens, subject)
                if subject is not None and subject.name and number == 0 \
                        and _headline_verb(text, tokens, subject):
                    # "ولي العهد يواسي عرفة في وفاة شقيقه": a headline's subject, then its
                    # verb in the present (and the verb's object), no name
                    subject = None
                if subject is not None and subject.name and number == 0 \
                        and " " not in subject.name.strip():
                    # a headline "مبعوث الأمم المتحدة قلق من …": after a title, one word the
                    # body never writes describes him (concerned); a name it would repeat
                    if body is None:
                        body = {L.bare(t.norm) for later in paragraphs_tokens[1:] for t in later}
                    if L.bare(tokens[subject.last].norm) not in body:
                        subject = None
                if subject is not None and subject.name and not title_last \
                        and _noun_then_its_adjective(tokens, subject):
                    # "ثم يتناول المؤلف مفهوم العمارة المسيحية": a concept and its adjective,
                    # what he deals with, no name; after a given name and more, the name ends
                    # before them ("الأمير عبدالله بن سعود | السياحة الوطنية")
                    given = L.bare(normalize_text(subject.name).split()[0]) in L.GIVEN_NAMES
                    subject = parse_subject(text, tokens, k, subject.last) \
                        if given and len(subject.name.split()) >= 3 else None
                if subject is not None and subject.name and not title_last:
                    subject = _past_weekday(text, tokens, subject)
                if subject is not None and subject.name and (title_last or _OPENERS.isdisjoint(
                        text[tokens[subject.last].end:tokens[subject.last].end + 3])):
                    # (a name right before a quotation may run into the object: "أكد اللاعب
                    # وسام حمدان جدارة «الأخضر»"; the construction there reads it better; a
                    # title there cannot: "هادي إليامي رئيس لجنة حقوق الإنسان «لجنة الميثاق»")
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
            elif (titled := _introduced_by_name(text, tokens, k)) is not None:
                # "وقد وقع المذكرة فهد الرشيد، العضو المنتدب …": a name, then its title
                entities.resolve(titled, tokens[k].start)
                k = titled.last + 1
                continue
            elif (named := _given_and_speaking_family(text, tokens, k, said_by)) is not None:
                # "يجلس «التناك» محمد العسيف …" … "وقال العسيف إنه …": the man the verb names
                # (learned last, and only if no one else of the article has that family name)
                untitled.append((named, tokens[k].start))
                k = named.last + 1
                continue
            k = openers[bisect_right(openers, k)]
    for named, at in untitled:
        if not entities.known_surname(named.name.split()[-1]):
            entities.resolve(named, at)


def _told_at(words: list[Token], tokens: list[Token], k: int, limit: int) -> int:
    """Where the phrase of the title at k ends before a title that had لـ or بـ joined to it
    ("اللاعب | للمدرب خورخي داسيلفا": the name is the coach's, introduced from there), unless
    the title is held for someone ("المستشار الثقافي للرئيس الإيراني حسام الدين آشنا": the
    adviser's name)."""
    if held_for_someone(tokens[k].norm):
        return limit
    return next((j for j in range(k + 1, limit)
                 if tokens[j] is not words[j] and whom_told(words[j].norm)), limit)


def _main_adjective(text: str, tokens: list[Token], k: int) -> bool:
    """«الرئيس» between a definite word and a preposition is that noun's adjective, "main":
    «السبب الرئيس لإلغاء عقد المحترف …»، «الهدف الرئيس من …» (no president: a name after it
    is someone else's; but «التقى الرئيس الروسي …»، «السيد الرئيس» name one)."""
    if tokens[k].norm != "الرئيس" or k == 0 or k + 1 >= len(tokens) \
            or broken(text, tokens, k) or broken(text, tokens, k + 1):
        return False
    after = tokens[k + 1].norm
    return tokens[k - 1].norm.startswith("ال") and not L.one_of(tokens[k - 1].norm, L.WHO_WORDS) \
        and (after in L.PREPOSITIONS or after[:1] == "ل" and len(after) > 3)


def _family_names_that_speak(paragraphs_tokens: list[list[Token]]) -> frozenset[str]:
    """Words with the article that stand alone right after a verb of saying somewhere in the
    article ("وقال العسيف إنه …"): family names, if a given name comes before them elsewhere."""
    return frozenset(
        after.norm for words in paragraphs_tokens for verb, after in zip(words, words[1:])
        if after.norm.startswith("ال") and _said_alone_after(verb, after))


def _families_that_speak_out(text: str, paragraphs_tokens: list[list[Token]]) -> frozenset[str]:
    """Of those, the ones a colon or إن/أن follows ("وأضاف الوجيه: «…»"): a family name
    beyond doubt, not a verb's object ("وكشف الجريمة")."""
    return frozenset(
        after.norm for words in paragraphs_tokens
        for verb, after, following in zip(words, words[1:], words[2:])
        if after.norm.startswith("ال") and _said_alone_after(verb, after)
        and (text[after.end:following.start].strip().startswith(":")
             or not text[after.end:following.start].strip()
             and L.bare(following.norm) in ("ان", "انه", "انها", "بان")))


def _said_alone_after(verb: Token, after: Token) -> bool:
    """Is the word after a verb of saying (not a participle) one with the article that no
    list knows, long enough to be a family name? (The callers ask for the article first:
    every pair of words in the article passes there.)"""
    return len(after.norm) > 4 and L.speech_verb(verb.norm) and not L.participle(verb.norm) \
        and not L.one_of(after.norm, L._KNOWN)


def _given_and_speaking_family(text: str, tokens: list[Token], k: int, said_by: frozenset[str]
                               ) -> Subject | None:
    """A given name, then a family name the article uses alone after a verb of saying:
    "محمد العسيف" when "وقال العسيف" follows (no title needed: the verb vouches it names a
    person)."""
    if not said_by or k + 1 >= len(tokens) or tokens[k + 1].norm not in said_by \
            or broken(text, tokens, k + 1) or L.bare(tokens[k].norm) not in L.GIVEN_NAMES \
            or L.one_of(tokens[k].norm, L.WHO_WORDS) \
            or k > 0 and not broken(text, tokens, k) and (
                tokens[k - 1].norm in L.NAME_LINKS or tokens[k - 1].norm in L.GIVEN_NAMES
                or tokens[k - 1].norm[1:] in L.GIVEN_NAMES and tokens[k - 1].norm[:1] == "و"):
        return None     # (not the end of a longer name: "عصام بن عبداللطيف الملا"، "وحمزة صالح
        # الراوي")
    named = parse_subject(text, tokens, k, k + 2)
    if named is None or named.kind != "person" or not named.name or named.first != k \
            or named.last != k + 1:
        return None
    return named


def _speaking_family_after(text: str, tokens: list[Token], titled: Subject,
                           said_by: frozenset[str]) -> Subject | None:
    """A title, then two words its grammar did not read as a name, the second a family name
    the article uses alone after a verb of saying: "استهجن محافظ الحديدة السابق صخر الوجيه
    مزاعم …" when "وأضاف الوجيه: …" follows (the verb vouches the two words name him)."""
    j = titled.last + 1
    if j + 1 >= len(tokens) or tokens[j + 1].norm not in said_by \
            or broken(text, tokens, j) or broken(text, tokens, j + 1) \
            or tokens[j].norm.startswith("ال") or _known(tokens[j].norm):
        return None
    name = text[tokens[j].start:tokens[j + 1].end]
    return replace(titled, last=j + 1, end=tokens[j + 1].end, label=name, name=name)


def _introduced_by_name(text: str, tokens: list[Token], k: int) -> Subject | None:
    """A person a given name at token k opens, with a title or a full chain of names (not
    after a title: "الرئيس باراك أوباما" is read from the title); or the next name of a list,
    a given name with و after its comma ("…، وسامي الخرساني، مدير عام …"; without one,
    "وزير الاتصالات وعصام الصغير" would read his name into the title before it, and "اللاعب
    وناديه" is his club)."""
    norm = tokens[k].norm
    if L.bare(norm) in L.GIVEN_NAMES:
        if k > 0 and L.says_who(tokens[k - 1].norm):
            return None
        return _name_then_title(text, tokens, k) or _full_name(text, tokens, k)
    if norm[:1] == "و" and norm[1:] in L.GIVEN_NAMES and k > 0 \
            and gap(text, tokens, k).strip() in (",", "،"):
        named = list(tokens)
        named[k] = Token(tokens[k].start + 1, tokens[k].end, norm[1:])
        return _name_then_title(text, named, k)
    return None


def _name_then_title(text: str, tokens: list[Token], k: int) -> Subject | None:
    """A name of two words or more that opens with a given name, then (after a comma at
    most) a title with no name of its own: "فهد الرشيد، العضو المنتدب لمدينة …"، "جورج
    اوسبورن وزير المالية البريطاني"."""
    if k > 0 and not broken(text, tokens, k) and tokens[k - 1].norm in L.NAME_LINKS:
        return None     # "ملهم بن محمد هندي": the middle of a longer name, not its start
    if not any(L.one_of(tokens[j].norm, L.PERSON_TITLES)
               for j in range(k + 2, min(len(tokens), k + 8))):
        return None     # (no title within reach of a name's end: most given names)
    named = parse_subject(text, tokens, k)
    if named is None or named.first != k or named.kind != "person" or not named.name \
            or len(named.name.split()) < 2:
        return None
    if named.title is not None:
        # the grammar read the title with the name ("وعلي أكبر صالحي رئيس منظمة الطاقة
        # الذرية الإيرانية ومساعد …"): the name without its و
        if tokens[k].norm[:1] == "و" and L.bare(tokens[k].norm[1:]) in L.GIVEN_NAMES:
            named = replace(named, start=named.start + 1, label=named.label[1:],
                            name=named.name[1:])
        return named
    after = _title_after(text, tokens, named.last + 1)
    if after is None:
        return None
    return replace(named, last=after.last, end=after.end, title=after.title,
                   title_words=_title_head(tokens, after))


def _full_name(text: str, tokens: list[Token], k: int) -> Subject | None:
    """A name of three words or more that opens with a given name and ends with a family
    name with the article, with no title: "تفاقمت معاناة يحيى ناصر محمد الحكمي" introduces
    whom "وقال الحكمي" is, as certainly as a title would."""
    before = tokens[k - 1].norm if k > 0 and not broken(text, tokens, k) else ""
    if before and not (_known(before) or before.startswith("ال") or before.endswith("ه")
                       or before[:1] == "و" and len(before) > 4
                       and L.bare(before[1:]) not in L.GIVEN_NAMES):
        return None     # (the middle of a longer name, or of a list of tags with no commas,
        # "سيرجي لافروف عادل الجبير": a name opens after a word some list knows, a word
        # with the article, a noun in construct, "معاناة", or a verb with و, "وانتقد")
    named = parse_subject(text, tokens, k)
    if named is None or named.first != k or named.kind != "person" or not named.name \
            or named.title is not None:
        return None
    # a given name, given names or بن, then a family name with the article: a chain of
    # names, not "سلامة منسوبي التعليم"
    words = [L.bare(normalize_text(word)) for word in named.name.split()]
    if len(words) < 3 or words[0] not in L.GIVEN_NAMES or not words[-1].startswith("ال") \
            or not all(word in L.GIVEN_NAMES or word in L.NAME_LINKS for word in words[1:-1]):
        return None
    return named


def _named_before(text: str, tokens: list[Token], k: int, titled: Subject) -> Subject | None:
    """A name after its nationality, then its title: "البرتغالي جوزيه مورينيو مدرب تشيلسي"
    (the nationality is one more title word). Without a title or a nationality before them,
    words before a title are not certainly a name ("أداء لاعبيه أمام فريق المدرب")."""
    between = gap(text, tokens, k).strip()
    if k == 0 or between not in ("", ",", "،") \
            or text[tokens[k].start - 1].isalpha() or L.and_someone(tokens[k].norm) \
            or text.startswith("لل", tokens[k].start) \
            or L.bare(tokens[k].norm) in ("ام", "اب", "ابن"):
        return None     # (not "للرئيس …", a recipient, nor "والمبعوث …", someone else;
        # "للمشرف" keeps its length unprefixed: "درعا خاصة للمشرف على …" is what he got)
    for j in range(max(0, k - 4), k):
        if any(broken(text, tokens, m) for m in range(j + 1, k)):
            continue
        # (the word before the name is looked at before the name is parsed: few words have
        # a nationality or a reporting verb before them, and parsing is the costly test)
        nationality = j > 0 and not broken(text, tokens, j) and _nationality(tokens[j - 1].norm)
        # (or right after a reporting verb: "نفى حمادي الجبالي رئيس الحكومة التونسية السابق،
        # الاتهامات …", the verb's subject)
        reported = j > 0 and not broken(text, tokens, j) and L.reporting_word(tokens[j - 1].norm) \
            and not L.participle(tokens[j - 1].norm)
        if not (nationality or reported):
            continue
        named = parse_subject(text, tokens, j, k)
        if named is None or not named.name or named.title or named.last != k - 1 \
                or named.kind != "person" or len(named.name.split()) < 2:
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
            or text[tokens[k].start - 1].isalpha() or L.and_someone(tokens[k].norm) \
            or not L.one_of(tokens[k].norm, L.PERSON_TITLES):
        return None
    # (read with names: "التقى الرئيس الكيني جوزيف موانغي رئيس الوزراء الإثيوبي أبيبي تسفاي"
    # names a second person, whose title this is; but up to a comma only: "الأمير جلوي بن
    # عبدالعزيز بن مساعد أمير منطقة نجران، العريف عبدالله … الأحمري" names the corporal after
    # the prince's title, which is the prince's)
    end = next((j for j in range(k + 1, len(tokens)) if broken(text, tokens, j)), len(tokens))
    titled = parse_subject(text, tokens, k, end)
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


# The words `_introduce` reads from, and a few more: a title, rank or honorific
# (L.says_who) or a given name, each also with و/ف before it (says_who and L.bare take them
# off); the loop tests each word it stops at exactly. A set rather than a cached test: in a
# pass over new articles most words would miss a cache, and every word is looked up.
_MAY_INTRODUCE = frozenset(form for word in L.WHO_WORDS | L.GIVEN_NAMES
                           for form in (word, "و" + word, "ف" + word))


def _unprefixed_and_openers(words: list[Token]) -> tuple[list[Token], list[int]]:
    """The paragraph's words with a title's بـ/لـ taken off (`_unprefixed`), and the
    positions of those that may open an introduction, then len(words). (Maps of set
    lookups rather than a loop: this looks at every word of every article.)"""
    tokens = list(words)
    for j in compress(range(len(words)), map(_UNPREFIXED.__contains__, map(_NORM, words))):
        tokens[j] = _unprefixed(words[j])
    openers = list(compress(range(len(tokens)), map(_MAY_INTRODUCE.__contains__,
                                                    map(_NORM, tokens))))
    openers.append(len(tokens))
    return tokens, openers


_NORM = attrgetter("norm")


def _unprefixed(token: Token) -> Token:
    rest = _title_without_preposition(token.norm)
    if rest is None:
        return token
    return Token(token.start + (len(token.norm) - len(rest)), token.end, rest)


# بـ/لـ (after و or not) joined to a word with the article
_JOINED = ("بال", "وبال", "لل", "ولل")


# Every title with the article, with بـ/لـ joined to it each way, to the title: "بالرئيس" →
# "الرئيس", "وللوزير" → "الوزير"
_UNPREFIXED = {joined + title[2:]: title for title in L.PERSON_TITLES if title.startswith("ال")
               for joined in _JOINED}


def _title_without_preposition(norm: str) -> str | None:
    """"بالرئيس" → "الرئيس", "للوزير" → "الوزير": a title with بـ/لـ joined to it."""
    return _UNPREFIXED.get(norm)
