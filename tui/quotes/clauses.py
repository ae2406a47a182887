"""What was said: the clause a report covers (after أن/إن, a colon, a verb's object, what
بحسب credits), from its first word to the end of its clause."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from tui.corpus.model import Paragraph
from tui.quotes import lexicon as L
from tui.quotes.entities import Entity
from tui.quotes.subject import _OPENING, _occasion_noun, broken, gap, parse_subject
from tui.quotes.tokens import Token, has_tanween
from tui.quotes.units import (_CLAUSE_MARKS, _MIN_REPORT, _Unit, _claim_inside, _extend,
                              _quote_at, _sentence_start)

def _opens_report(tokens: list[Token], k: int) -> bool:
    norm = tokens[k].norm
    return norm in _MAY_REPORT and _reporting(norm) or _as_put_by(tokens, k)


# Every word `_reporting` may say yes to, and more: the words of its lists with the clitics
# its tests take off (L.forms, L.bare, L.one_of: و/ف, then لـ, then ها/هم). Asked of nearly
# every word of every article, `_reporting` is asked only of these: in a pass over new
# articles most words would miss its cache, each miss a chain of the lexicon's tests.
_MAY_REPORT = frozenset(
    conjunction + to + word + pronoun
    for word in (L.SPEECH_VERBS | L.THAT_ONLY_VERBS | L.PARTICIPLES | L.SPEECH_NOUNS
                 | L.ACCORDING | L.RELAY_VERBS)
    for conjunction in ("", "و", "ف") for to in ("", "ل") for pronoun in ("", "ها", "هم"))


# Every word `_opens_report` may say yes to.
MAY_OPEN_REPORT = _MAY_REPORT | {"تعبير", "قول"}


@lru_cache(maxsize=1 << 16)
def _reporting(norm: str) -> bool:
    return L.reporting_word(norm) or L.one_of(norm, L.ACCORDING) or L.one_of(norm, L.RELAY_VERBS)


def _as_put_by(tokens: list[Token], k: int) -> bool:
    """"…، على حد تعبير فلان / قول فلان": attribution after the words."""
    return tokens[k].norm in ("تعبير", "قول") and k > 0 and tokens[k - 1].norm == "حد"


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
    if _prayer(tokens, first):
        return None     # "ودعا … بأن يحفظ الله المملكة": a prayer, not a report
    last = _clause_end(text, tokens, first, sentence_end)
    if last - first + 1 < _MIN_REPORT:
        return None
    start, end = tokens[first].start, tokens[last].end
    end = _extend(text, start, end, sentence_end, units)
    return _Unit(start=start, end=end, anchor=start, direct=direct, form=form)


def _prayer(tokens: list[Token], first: int) -> bool:
    """Does the clause open with a present-tense verb whose subject is God ("يحفظ الله
    المملكة"، "يديم الله عليها نعمه")? Then it asks, it does not report."""
    return first + 1 < len(tokens) and tokens[first].norm[:1] in ("ي", "ت") \
        and L.bare(tokens[first + 1].norm) in _GOD_NAMES


_GOD_NAMES = L._norm("الله المولي")


def _that_verb_then_that(tokens: list[Token], k: int) -> bool:
    """"وبين أن"، "وطالب بأن": a verb that reports only with أن, and its أن right after."""
    return L.that_only_verb(tokens[k].norm) and k + 1 < len(tokens) \
        and L.particle(tokens[k + 1].norm)


def _even_if(tokens: list[Token], k: int) -> bool:
    """"…، وإن لم تُرشّد هذه الحماسة انقلبت …": وإن before a verb is "and if / even if",
    more of the same clause, not the particle of a second report (which a noun or its
    pronoun follows: "وإنه لا مكان …")."""
    return tokens[k].norm == "وان" and k + 1 < len(tokens) \
        and tokens[k + 1].norm in _VERBS_AFTER_IF


# what "and if" opens with: a negated or a past verb of being
_VERBS_AFTER_IF = L._norm("لم كان كانت كانوا")


def _clause_end(text: str, tokens: list[Token], first: int, sentence_end: int) -> int:
    """The index of the last token of the clause that starts at token `first`."""
    last = first
    k = first + 1
    while k < len(tokens) and tokens[k].start < sentence_end:
        between = gap(text, tokens, k)
        if "\n" in between:
            break
        norm = tokens[k].norm
        if norm == "و" and k + 1 < len(tokens) and L.speech_verb(tokens[k + 1].norm) \
                and (tokens[k + 1].norm[:1] not in ("ي", "ت")
                     or not _CLAUSE_MARKS.isdisjoint(between)):
            break           # "…، و قال: …": «وقال» written apart, the next report
        if not _CLAUSE_MARKS.isdisjoint(between):
            if L.one_of(norm, L.CLAUSE_STARTERS) or _circumstantial(text, tokens[k]) or (
                    norm.startswith(("لكن", "ولكن")) or norm in _WHILE) \
                    and _report_follows(tokens, k) or (
                    norm[:1] == "و" and (L.particle(norm) and not _even_if(tokens, k)
                                         or L.speech_verb(norm)
                                         or _that_verb_then_that(tokens, k))):
                break       # "، مشيرا …"، "، موجهاً …"، "، وأنه …"، "، وأضاف …"، "، لكنه أكد …"
                # "، وبين أن …"
            if norm[:1] == "و" and not norm.startswith("وال") and _names_someone(
                    text, tokens, k + 1):
                break       # "، وختم الشاب الوزيه حديثه …": a new verb with its own subject
            if not _SEMICOLONS.isdisjoint(between) and (norm == "ما" or any(
                    L.speech_verb(t.norm) for t in tokens[k:k + 3])):
                break       # "…؛ ما يعكس …": the outlet's comment on it; "…؛ من جهته أعلن …"
            if norm == "وذلك" and _outlets_aside(tokens, k + 1):
                break       # "، وذلك بحسب ما …"، "، وذلك رداً على …"، "، وذلك عقب القمة"
            if norm == "الامر" and k + 1 < len(tokens) and tokens[k + 1].norm == "الذي":
                break       # "، الأمر الذي رأى فيه كثير من المشجعين …": the outlet's comment
            if norm in ("بعدما", "عقب", "حيث", "اذ") and k + 1 < len(tokens) \
                    and L.speech_verb(tokens[k + 1].norm):
                break       # "…، بعدما افادت معلومات عن …"، "…، حيث أكد …": another report
            if norm in _ASIDE_OPENERS and any(
                    L.speech_verb(tokens[j].norm) and not L.participle(tokens[j].norm)
                    and _names_someone(text, tokens, j + 1)
                    for j in range(k + 1, min(k + 3, len(tokens) - 1))):
                break       # "…، إلى ذلك أشار متحدث باسم القوات …": an aside, then another's
                # report
            if norm == "كما" and k + 2 < len(tokens) and L.speech_verb(tokens[k + 1].norm) \
                    and tokens[k + 1].norm not in _IS_DEEMED and _names_someone(text, tokens, k + 2):
                break       # "…، كما أكد مهندس معتز موسى أن …": someone else's report (but
                # "…، كما أكدت استمرار الحظر": more of the same speaker's words)
        elif norm[:1] == "و" and L.speech_verb(norm) and norm[1:2] not in ("ي", "ت") \
                and not L.particle(norm) and not promised(tokens, k, len(tokens)) \
                or L.participle(norm) and not _adjective(text, tokens, k) \
                or norm[:1] == "و" and _that_verb_then_that(tokens, k):
            break           # "… وأضاف أن …"، "… مبينا أن …" (not "ويعد": also "is counted")
        elif norm in _SAID_PAST and tokens[k - 1].norm not in _AS_SAID \
                and _quotation_after_speaker(text, tokens, k):
            break           # "… في إطار شراكة مع البنك الدولي قال السفير «…»": another
            # sentence run on with no stop, someone's verb and his quotation
        elif norm[:1] == "و" and L.particle(norm) and not L.especially(tokens[k - 1].norm, norm) \
                and not _even_if(tokens, k):
            break           # "… لم يتغير وإنه لا مكان …": the verb's second أن, a report of its own
            # (not "… خصوصاً وإن …"، "خاصة وأن": "especially as", more of the same clause)
        elif norm in ("حيث", "فيما", "بينما", "بعدما") and k + 1 < len(tokens) \
                and L.speech_verb(tokens[k + 1].norm) \
                or (norm.startswith(("لكنه", "لكنها", "ولكنه", "ولكنها"))
                    or norm in ("لكن", "ولكن") and _names_someone(text, tokens, k + 1)) \
                and _report_follows(tokens, k):
            break           # "… حيث أكد المعلم أن …"، "…، بعدما افادت معلومات": another report
            # ("… يبذله اللاعبون لكنه أوضح أن …": his next report, no comma before it; "…
            # بغاز الكلور لكن موسكو تؤكد أنه …": someone named, and what they say)
        last = k
        k += 1
    return last


# "قال" and its like in the past, and what says the words after them are another's only as
# the clause cites him ("كما قال الوزير"، "حسبما قال").
_SAID_PAST = L._norm("قال قالت اضاف اضافت تابع تابعت")
_AS_SAID = L._norm("كما مثلما حسبما وكما ما")


def _quotation_after_speaker(text: str, tokens: list[Token], k: int) -> bool:
    """Does a subject follow the verb at token k, and right after it a quotation mark or a
    colon?"""
    subject = parse_subject(text, tokens, k + 1, names=False) if k + 1 < len(tokens) else None
    if subject is None or subject.kind not in ("person", "organisation", "anonymous") \
            or subject.last + 1 >= len(tokens):
        return False
    after = gap(text, tokens, subject.last + 1).strip()[:1]
    return after in _OPENING or after == ":"


# "، فيما …"، "، بينما …"، "، مما …": what was said goes on with its contrast
# or its consequence, unless a report of its own follows ("، فيما أكد فلان أن …").
_WHILE = L._norm("فيما بينما مما")
# Words that open an aside of "besides" or "for its part" before another's verb: "…، إلى ذلك
# أشار …"، "…، من جهتها أكدت …"، "…، بدوره قال …".
_ASIDE_OPENERS = L._norm("الي من بدوره بدورها بالمقابل كذلك")
# "كما يعتبر الأمير … مرشحاً": is deemed, not a report
_IS_DEEMED = L._norm("يعتبر تعتبر يعد تعد")

# A semicolon joins two clauses of one sentence ("…؛ لأنه …"، "…؛ بسبب …"), so what was said
# may go on past it.
_SEMICOLONS = frozenset("؛;")
# "، وذلك …" goes on with what was said ("وذلك لضمان …"، "وذلك بعد أن …") unless it opens the
# outlet's own aside: where the words come from, what they answer, the occasion they were said
# on, or the event they came right after.
_ASIDE_AFTER_THAT = L._norm("ردا اشاره عقب بعيد اثر اعقاب")


def _outlets_aside(tokens: list[Token], k: int) -> bool:
    if k >= len(tokens):
        return False
    norm = tokens[k].norm
    if L.one_of(norm, L.ACCORDING) or norm in _ASIDE_AFTER_THAT:
        return True
    return norm == "في" and k + 1 < len(tokens) and (
        tokens[k + 1].norm in _ASIDE_AFTER_THAT or tokens[k + 1].norm in L.OCCASIONS)


def _adjective(text: str, tokens: list[Token], k: int) -> bool:
    """A feminine participle right after a feminine word, with no comma between and no أن
    after it, describes that word ("حراسة مشددة"، "مصادر مؤكدة"); "، مشددة على أن …" and
    "وقالت الوزيرة مشددة على أن" report."""
    norm = tokens[k].norm
    if k == 0 or not L.participle(norm) or not norm.endswith("ه") \
            or broken(text, tokens, k) or L.reporting_word(tokens[k - 1].norm):
        return False
    if not text[tokens[k - 1].start:tokens[k - 1].end].endswith("ة"):
        return False
    if k + 1 < len(tokens) and (tokens[k + 1].norm == "الي" or tokens[k + 1].norm == "علي"
                                and not L.bare(norm).startswith("مشدد")):
        return False    # "… الصحة العقلية مشيرة إلى أهمية …": its own preposition, a report
    return not any(L.particle(t.norm) for t in tokens[k + 1:k + 3])


def _worth_mentioning(text: str, tokens: list[Token], k: int) -> bool:
    """«تذكر»/«يذكر» right after an indefinite noun, with no أن or colon soon after it, is
    that noun's adjective (تُذكر, worth mentioning: "دون كميات تذكر"، "بلا أضرار تذكر"), not a
    report (but "وفي كل مناسبة يذكر الفلسطينيين والعالم بأنه …" reminds them of what
    follows)."""
    if tokens[k].norm not in ("تذكر", "يذكر") or k == 0 or broken(text, tokens, k):
        return False
    before = tokens[k - 1].norm
    return not before.startswith("ال") and not L.one_of(before, L.SUBJECT_STOPS) \
        and before not in ("لم", "ولم", "لا", "ولا", "مما", "وكما") \
        and not any(L.particle(tokens[j].norm) or ":" in gap(text, tokens, j)
                    for j in range(k + 1, min(len(tokens), k + 5)))


def _circumstantial(text: str, token: Token) -> bool:
    """"، موجهاً نصيحة …": an indefinite participle in the accusative (مُفعِلاً) opens a new
    clause about the speaker, not more of what was said."""
    norm = token.norm
    if len(norm) < 5 or not norm.endswith("ا") or L.one_of(norm, L.TIME_WORDS) \
            or norm in _ADVERBIAL:
        return False
    if L.bare(norm) in _ABOUT_THE_SPEAKER:
        return True     # (written without its tanween: "…, داعيا الراغبين …")
    if norm[0] == "م":
        # (without its tanween, a participle of the forms مستفعلا، مفتعلا، منفعلا: "، مستغربا")
        return has_tanween(text, token) or len(norm) >= 6 and norm[1:3] in ("ست", "عت", "نت")
    return has_tanween(text, token) and len(norm) == 5 and norm[1] == "ا"     # "، داعيًا"


# Participles that, after a comma, always say what the speaker did next, not what he said.
_ABOUT_THE_SPEAKER = L._norm("داعيا داعيه مطالبا مطالبه معربا معربه مثمنا مثمنه منوها منوهه "
                             "مشيدا مشيده متمنيا متمنيه معبرا معبره مبديا مبديه مقدما مقدمه "
                             "مستعرضا مستعرضه متقدما متقدمه سائلا سائله راجيا راجيه")
# accusatives that qualify what was said rather than open a clause about the speaker
_ADVERBIAL = L._norm("خصوصا خاصه تحديدا اولا ثانيا ثالثا اخيرا ايضا مثلا عموما")


_PROMISED = L._norm("وعد وعدت وعدوا")


def promised(tokens: list[Token], k: int, limit: int) -> bool:
    """"وعدت المجلس العسكري بإرسال عربات …": وعد (promised), whom, then what with بـ; not
    «و» and «عدّ» (considered), and no one's report."""
    return tokens[k].norm in _PROMISED and any(
        tokens[j].norm[:1] == "ب" and len(tokens[j].norm) > 3 and not L.particle(tokens[j].norm[1:])
        for j in range(k + 2, min(limit, k + 8)))


def _report_follows(tokens: list[Token], k: int) -> bool:
    return any(L.speech_verb(t.norm) for t in tokens[k:k + 5])


def _names_someone(text: str, tokens: list[Token], k: int) -> bool:
    subject = parse_subject(text, tokens, k, names=False) if k < len(tokens) else None
    return subject is not None and (subject.kind in ("person", "organisation") and bool(
        subject.name or subject.title) or subject.kind == "anonymous"
        or subject.kind == "unknown" and L.one_of(tokens[k].norm, L.DOCUMENTS))
    # ("، واستندت الدراسة إلى …"، "، وقالت مصادر …": a document or a source has its own verb)


def _coordinated(text: str, tokens: list[Token], starts: list[int], k: int, limit: int,
                 units: list[_Unit], reports: list[_Unit], entity: Entity | None,
                 sentence_end: int, cue_at: int) -> int | None:
    """"قال إن …، وإن …": a second report of the same verb."""
    if k >= limit or k >= len(tokens):
        return None
    norm = tokens[k].norm
    if norm[:1] != "و" or not L.particle(norm) or _even_if(tokens, k):
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
    if k < limit and not _SEMICOLONS.isdisjoint(gap(text, tokens, k)):
        return None     # "قليل من المطر لا يصنع فرقاً يُذكر؛ لكن …": the verb's clause ended
    first = k
    k = _past_adjuncts(text, tokens, k, limit)
    if k + 1 < limit and tokens[k].norm in ("علي", "وعلي") and tokens[k + 1].norm == "لسان":
        return None     # "وأكدت على لسان المتحدثة باسم الحكومة …، أن": through whose mouth
        # (who is then the speaker), not what was stressed
    if k > first and k < limit and tokens[k].norm[:1] == "و" and tokens[k].norm[1:2] in "لب" \
            and not broken(text, tokens, k):
        return None     # "الذي أعلن قبل سنوات ولمدة عشرة أعوام": more of when, no object
    bare_verb = L.bare(verb[1:] if verb[:1] in "وف" else verb)
    if bare_verb in _TAKES_ALA:
        ala = _to_its_ala(text, tokens, k, limit)
        if ala == k < limit and tokens[k].norm[:1] == "ب" and len(tokens[k].norm) > 3:
            # "في اجتماعه | بمديري التعليم أمس، على …": with whom is no object; its على
            # comes after more than the adjuncts
            ala = _to_its_ala(text, tokens, first, limit)
        k = ala
    needed = _OBJECT_PREPOSITION.get(bare_verb)
    if needed and (k >= limit or L.bare(tokens[k].norm) != needed):
        return None     # "تحدث عن …" (not "تحدث إلى الصحفيين"), "ينص على …"
    if bare_verb in _ONLY_WITH_B and (k >= limit or tokens[k].norm[:1] != "ب"):
        return None     # "أقر بـ…" acknowledges; "بأن يقر مجلس الوزراء تعيين …" approves
    if k < limit and L.bare(tokens[k].norm) in ("علي", "الي", "عن", "ب", "من") \
            and (not broken(text, tokens, k) or L.bare(tokens[k].norm) in ("علي", "عن")
                 and gap(text, tokens, k).strip() in (",", "،")):
        k += 1      # (", على …" after the subject and its asides)
    if k >= limit or broken(text, tokens, k) and ":" in gap(text, tokens, k):
        return None
    norm = tokens[k].norm
    glued = 0
    if norm[:1] == "ب" and len(norm) > 3 and any(f in _TAKES_B for f in L.forms(verb)):
        glued = 1       # "أفادت مصادر بمقتل …"، "اعترفت إيران بتنفيذ …": without its بـ
        norm = norm[1:]
    if L.one_of(norm, L.PREPOSITIONS) or L.one_of(norm, L.SUBJECT_STOPS) or norm == "غير" \
            or L.one_of(norm, L.ACCORDING) or norm in _CLAUSE_OPENERS \
            or L.one_of(norm, L.TIME_WORDS) or L.reporting_word(norm) or L.particle(norm) \
            or has_tanween(text, tokens[k]) and not norm.startswith("ال"):
        return None
    if _quote_at(text, tokens[k - 1].end if k else 0, units) is not None:
        return None     # (nor "غير": "حركة اعتبرت غير مقبولة" was judged, no one's words)
    if norm[:1] == "ل" and not glued and L.bare(norm[1:]) in L.ORGANISATIONS:
        return None     # "كما أفاد فالون لهيئة الإذاعة البريطانية، «…»": whom he told
    unit = _report(text, tokens, starts, k, sentence_end, cue_at, "object", units)
    if unit is not None and glued:
        unit.start = unit.anchor = tokens[k].start + 1
    return unit


# Verbs whose object may come with على, after the occasion: "أكد الوزير في اجتماعه بمديري
# التعليم أمس، على بدء الدراسة …"، "مشدداً على ضرورة …".
_TAKES_ALA = L._norm("اكد يؤكد اكدت تؤكد شدد يشدد شددت تشدد مؤكدا مشددا مؤكده مشدده")
# "على هامش …"، "على مستوى …": where, not what was stressed
_ALA_PLACES = L._norm("هامش مستوي صعيد راس مدي ارض خلفيه ضوء")


def _to_its_ala(text: str, tokens: list[Token], k: int, limit: int) -> int:
    """The على that opens the verb's object, past phrases of where, when and with whom it was
    said ("في اجتماعه بمديري التعليم أمس في الوزارة، على …"): each comma-delimited piece
    before it opens with a preposition or a time word; otherwise k as it was."""
    piece_start = k
    for j in range(k, min(limit, k + 16)):
        norm = tokens[j].norm
        if j > k and (L.particle(norm) or L.reporting_word(norm)) \
                or ":" in gap(text, tokens, j) and j > k:
            return k
        if L.bare(norm) == "علي" and (j == k or broken(text, tokens, j)
                                      or j > piece_start) and j + 1 < limit \
                and L.bare(tokens[j + 1].norm) not in _ALA_PLACES:
            return j
        if j == piece_start or not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, j)) and j > k:
            piece_start = j
            if not (L.one_of(norm, L.PREPOSITIONS) or L.one_of(norm, L.TIME_WORDS)
                    or L.bare(norm) == "علي"):
                return k
    return k


# Verbs whose object comes with بـ joined to it.
_TAKES_B = L._norm("افاد يفيد افادت تفيد اعترف يعترف اعترفت تعترف اقر يقر اقرت تقر "
                   "اشاد يشيد اشادت تشيد")     # ("واشاد المدرب بقدرات اللاعب فلان": praised)


# Verbs that report an object only with their own preposition.
_OBJECT_PREPOSITION = {"تحدث": "عن", "يتحدث": "عن", "تتحدث": "عن", "نص": "علي", "ينص": "علي",
                       "تنص": "علي", "نبه": "الي", "ينبه": "الي", "حذر": "من", "يحذر": "من",
                       "حذرت": "من", "تحذر": "من", "محذرا": "من", "محذره": "من"}


# Verbs that report their object only with بـ joined to it: without it, أقر is "approved".
_ONLY_WITH_B = L._norm("اقر يقر اقرت تقر")


# Words that open another clause, never a verb's object: "…، بينما قال جناح آخر إنه …".
_CLAUSE_OPENERS = L._norm("بينما وبينما فيما وفيما حيث اذ لكن ولكن")

_QUOTE_OPENERS = frozenset("«\"“")
_QUOTE_CLOSERS = frozenset("»\"”")


def _past_adjuncts(text: str, tokens: list[Token], k: int, limit: int) -> int:
    """Past the time words and the occasion between a verb's subject and its object: "وأكد
    فلان أمس في تصريح له تضامن …"، "أكد اللواء فلان لـ«عكاظ» وجود …"."""
    while k < limit and not broken(text, tokens, k):
        if L.one_of(tokens[k].norm, L.TIME_WORDS) or tokens[k].norm in L.TO_THE_PRESS:
            k += 1
        elif k + 1 < limit and not broken(text, tokens, k + 1) and (
                tokens[k].norm in _THIS and L.one_of(tokens[k + 1].norm, L.TIME_WORDS)
                or tokens[k].norm in _AGO and tokens[k + 1].norm in _SPANS
                or tokens[k].norm in _PERIOD and tokens[k + 1].norm in _WHICH_PERIOD):
            k += 2      # "هذا الأسبوع"، "قبل أيام"، "منذ يومين"، "(أوائل) العام الحالي"
        elif k + 1 < limit and tokens[k].norm == "في" and not broken(text, tokens, k + 1) \
                and (tokens[k + 1].norm in L.LEVANTINE_MONTHS
                     or L.one_of(tokens[k + 1].norm, L.TIME_WORDS)
                     and tokens[k + 1].norm not in ("اليوم", "يوم")):
            # "في أيار (مايو) الماضي": the month, its other name in brackets, which one
            k += 2
            if k < limit and tokens[k].norm in ("الثاني", "الاول") and not broken(text, tokens, k):
                k += 1  # ("في كانون الثاني")
            if k < limit and gap(text, tokens, k).strip() == "(":
                closing = next((j for j in range(k + 1, min(limit, k + 3))
                                if ")" in gap(text, tokens, j)), None)
                if closing is None:
                    break
                k = closing     # ("في يناير (كانون الثاني) «تحرير» …")
            if k < limit and tokens[k].norm in ("الماضي", "المقبل", "الجاري", "القادم") \
                    and gap(text, tokens, k).strip() in ("", ")"):
                k += 1
            if k < limit and gap(text, tokens, k).strip() not in ("", ",", "،", ")"):
                break
        elif tokens[k].norm == "ل" and k + 1 < limit and _QUOTE_OPENERS & set(gap(text, tokens, k + 1)):
            # to the outlet, its name quoted: past its closing mark
            j = k + 1
            while j + 1 < min(limit, k + 5) and not _QUOTE_CLOSERS & set(gap(text, tokens, j + 1)):
                j += 1
            if j + 1 >= limit or not _QUOTE_CLOSERS & set(gap(text, tokens, j + 1)):
                break
            k = j + 1
        else:
            break
    if k + 1 < limit and L.bare(tokens[k].norm) == "في" \
            and _occasion_noun(tokens[k + 1].norm):
        j = k + 2
        while j < limit and j < k + 6 and (
                not broken(text, tokens, j) and tokens[j].norm in (
                    "له", "لها", "لهم", "صحفي", "صحافي", "خاص", "رسمي", "ذاته", "نفسه", "سابق",
                    "لاحق", "مبكره", "متاخره")     # (في وقت سابق، في ساعة مبكرة)
                or tokens[j].norm == "من" and j + 1 < limit
                and L.one_of(tokens[j + 1].norm, L.TIME_WORDS) and not broken(text, tokens, j)
                # ("في ساعة مبكرة من صباح أمس": of which morning)
                # (في الوقت ذاته; "في بيان، أمس، مواصلة …": its day between commas)
                or L.one_of(tokens[j].norm, L.TIME_WORDS) and _comma_at_most(text, tokens, j)
                # "في بيان أمني لها عن …": the occasion's adjective of belonging
                or j == k + 2 and not broken(text, tokens, j) and tokens[j].norm.endswith("ي")
                and tokens[j].norm[:1] not in "بلو" and not tokens[j].norm.startswith("ال")
                and len(tokens[j].norm) >= 4     # (not "بمديري التعليم": with whom)
                or j == k + 2 and not broken(text, tokens, j) and tokens[j].norm.startswith("ال")
                and j + 1 < limit and gap(text, tokens, j + 1).strip() in (",", "،")):
            # ("في اجتماعهم المشترك، على …": its adjective, then the comma)
            j += 1
        if j < limit and _comma_at_most(text, tokens, j):
            return j
    return k


_THIS = L._norm("هذا هذه")
_PERIOD = L._norm("العام السنه الشهر الاسبوع الموسم")
_WHICH_PERIOD = L._norm("الحالي الجاري الماضي المقبل القادم")
_AGO = L._norm("قبل منذ")
_SPANS = L._norm("ايام يومين اسبوع اسبوعين اسابيع شهر شهرين اشهر عام عامين اعوام سنه سنتين "
                 "سنوات ساعات ساعه ساعتين دقائق")


def _comma_at_most(text: str, tokens: list[Token], k: int) -> bool:
    """Nothing but a space or a comma between token k and the one before it."""
    return not broken(text, tokens, k) or gap(text, tokens, k).strip() in (",", "،")


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
        # (بين opens a report only as بيّن with its أن, and then أن opens it: without it,
        # "بين شوطي المباراة" is the preposition)
        if _opens_report(tokens, j - 1) and L.bare(tokens[j - 1].norm) != "بين" \
                and not (j - 2 >= first_token and tokens[j - 2].norm in ("التي", "الذي")) \
                or L.particle(tokens[j - 1].norm):
            # (a verb in a relative clause opens nothing: "بالعقوبات التي أقرتها الأمم
            # المتحدة، وفق ما أعلنته الأناضول" is all of what the agency announced)
            begin = j
            break
    start, end = tokens[begin].start, tokens[end_token].end
    return _Unit(start=start, end=end, anchor=start, direct=False, form="according")
