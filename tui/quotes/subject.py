"""The subject of a reporting construction: who the words of the text say is speaking.

Arabic news puts the subject right after the reporting verb (VSO) and then phrases that are
not part of it: «وأوضح [المتحدث الرسمي لمديرية الدفاع المدني بمنطقة تبوك العقيد ممدوح العنزي]
لـ«الجزيرة» أن …». `parse_subject` reads that noun phrase from its first word and stops where
it ends:
- honorifics (سمو، معالي، الدكتور …), then one head: a title (وزير، المتحدث، مدير …), a rank
  (اللواء …), an organisation (وزارة، الشرطة …), an anonymous source (مصادر، شهود …), a
  quantifier (عدد من، أحد …), a document (بيان، تقرير …), a country, or a name;
- a title carries its complements: genitives (وزير الخارجية), adjectives (الأردني), and
  phrases with بـ / لـ / باسم / لدى / في (المتحدث باسم الجيش، سفير المملكة في مسقط);
- a name starts after a rank or honorific, or where an indefinite word follows the
  definite end of a title (a genitive chain cannot go on past a definite word): «وزير
  الخارجية | عادل الجبير»; a name is indefinite words joined by بن/أبو/عبد/آل, ended by at
  most one word with the article (الجبير);
- a title after a name is an apposition: «حسن القصيبي المتحدث الرسمي بقيادة منطقة جازان»;
- the phrase ends at punctuation, a particle (أن/إن), a preposition that opens an occasion
  (في تصريح، خلال، عقب، أمام …), a time word (اليوم، أمس …), an addressee (لـ«عكاظ»،
  للصحفيين), a reporting word, a relative pronoun, or a word of tanween (names have none).
A word that fits none of these does not become a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from tui.quotes import lexicon as L
from tui.quotes.tokens import Token, has_tanween, is_number, ta_marbuta

Kind = str   # "person" | "organisation" | "anonymous" | "unknown" | "pronoun"

_BREAK = frozenset('،,:;؛.!?؟()[]{}«»"“”„\n-–—/\u0640')   # (a tatweel alone is a dash)
_OPENERS = frozenset('«"“”„\'')
_NAME_MAX = 6
_PLAIN_NAME_MAX = 3     # words of a name not joined by بن/عبد/أبو: "فرانك فالتر شتاينماير"
_PHRASE_MAX = 14
# Nouns that take a genitive after them (an indefinite word after one is its complement,
# not the start of a name): titles and organisations, and these.
_CONSTRUCT = L._norm("""
كره حقوق فريق مقام قضاء حرس حدود
منطقه محافظه مدينه سلطنه اماره جمهوريه مملكه ولايه بلده قريه حي شؤون شئون قسم فرع مدرسه
مطار ميناء سوق مجمع طريق شارع مشروع خدمات صحه تعليم دوله دول جامعه كليه معهد شرق غرب شمال جنوب
وسط مجلس هيئه لجنه اداره وزاره حكومه رئاسه قياده قوه صاحب صاحبه
طرق شرطه اوقاف زراعه ريف ضواحي
""")


# "مصادر تابعة للحكومة"، "مصدر مقرب من …": a لـ/من after these belongs to the source.
_ATTACHED = L._norm("تابع تابعه تابعين تابعون مقرب مقربه مقربين مقربون قريب قريبه موال "
                    "مواليه موالين موالون")


@dataclass(frozen=True, slots=True)
class Subject:
    """A subject phrase: tokens[first:last+1], and what they name."""

    first: int
    last: int
    start: int
    end: int
    kind: Kind
    label: str                      # the phrase as shown: the name, else the whole phrase
    name: str | None = None         # the personal name, as written
    title: str | None = None        # the title or office, as written
    title_words: tuple[str, ...] = ()   # its normalised content words, for matching
    honorifics: tuple[str, ...] = ()    # سمو، معالي … (normalised), for «سموه»
    feminine: bool = False


def gap(text: str, tokens: list[Token], k: int) -> str:
    """The characters between token k-1 and token k."""
    return text[tokens[k - 1].end:tokens[k].start] if k > 0 else ""


def broken(text: str, tokens: list[Token], k: int) -> bool:
    """Punctuation or a line end between token k-1 and token k (not the point of an
    abbreviated honorific: "د. عبدالله"، "م. محمد العمرة")."""
    if k <= 0:
        return False
    between = text[tokens[k - 1].end:tokens[k].start]
    if between == " ":
        return False    # (the usual gap, asked about several times for every word)
    if between.strip() == "." and tokens[k - 1].norm in _ABBREVIATED or between == ".":
        return False    # (nor a point inside a word, with no space: "بي.إم.دبليو"، "اس.بي")
    return not _BREAK.isdisjoint(between)


_ABBREVIATED = frozenset({"د", "م", "ا"})


def _definite(norm: str) -> bool:
    return norm.startswith(("ال", "بال", "لل", "وال", "فال", "كال", "وبال", "ولل")) \
        and norm not in _NOT_ARTICLE


# The branch a rank is held in, written after it: "المقدم طيار"، "العقيد بحري" (pilot,
# naval), "اللواء طبيب"، "العقيد مهندس" (a medical officer, an engineer), "العقيد دكتور";
# alone these are nouns ("طيار سعودي": a pilot, no rank).
_RANK_BRANCHES = L._norm("طيار بحري ركن الطيار البحري الركن طبيب مهندس صيدلي دكتور الطبيب "
                         "المهندس")


def _rank_branch(tokens: list[Token], k: int, start: int) -> bool:
    """Is token k (after `start`) the branch of the rank right before it ("المقدم طيار"،
    "اللواء الطيار ركن": a branch may follow a branch)?"""
    return k > start and tokens[k].norm in _RANK_BRANCHES and (
        _is(tokens[k - 1].norm, L.RANKS) or _rank_branch(tokens, k - 1, start))


def _nisba_plural(word: str) -> bool:
    """"استشاريون"، "اقتصاديون"، "حقوقيون": the plural of a word of belonging (-ي + ون),
    people of a kind, never a name (a name ending so is rare: "ليون" is shorter)."""
    return len(word) >= 6 and word.endswith("يون") and not word.startswith(("ال", "وال"))


# إلى and إلا fold to letters that open like the article; they are not definite words.
_NOT_ARTICLE = frozenset({"الي", "الا"})


def _article(text: str, token: Token) -> bool:
    """Does the word carry the article? (Its letters say so, not only its normal form:
    إلسا، إلياس، إلهام fold to ال… but are names.)"""
    return token.norm.startswith("ال") and text[token.start] not in "إأآ"


_is = L.one_of      # (this module's short name for it, on the parser's hottest path)


@lru_cache(maxsize=1 << 16)
def _content(norm: str) -> str:
    """A title word without conjunction, article or preposition: الخارجية → خارجيه."""
    word = L.bare(norm)
    for prefix in ("وبال", "وال", "بال", "لل", "ال", "ب", "ل"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


def _complement(norm: str) -> bool:
    """بـ/لـ before a word a list knows: a complement of a title (لمديرية، بمنطقة، لشؤون)."""
    if len(norm) >= 4 and norm[0] in "بل" and not _definite(norm):
        rest = norm[1:]
        return rest in _CONSTRUCT or rest in L.ORGANISATIONS or rest in L.PERSON_TITLES \
            or rest in L.COUNTRIES
    return False


def _at_place(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"السفارة السعودية بمسقط"، "مدير التعليم بجدة": بـ and a place after a title or body (not
    a name that begins with ب, as بتال العتيبي or بندر الفلاني, a surname after it)."""
    norm = tokens[k].norm
    if len(norm) < 4 or norm[0] != "ب" or _definite(norm) or has_tanween(text, tokens[k]):
        return False
    following = tokens[k + 1].norm if k + 1 < limit and not broken(text, tokens, k + 1) else ""
    rest = norm[1:]
    if _infiaal(rest) or _derived_verbal_noun(rest):
        return False    # "ورحب مجلس الوزراء بانعقاد مؤتمر الرياض": بـ and a verbal noun,
        # what was welcomed, no place
    if _lexical(rest) and not (
            L.bare(following) in L.GIVEN_NAMES and L.bare(rest) not in L._KNOWN
            and rest not in L._KNOWN and not L.reporting_word(rest) and not _complement(rest)
            and not rest.startswith(("است", "ست", "سي"))):
        return False    # (a place shaped like a verb or with a letter of one joined, then a
        # given name, is where the office is: "مدير مركز التنمية ببريدة خالد المنصور"،
        # "بتبوك"، "بينبع")
    if L.bare(norm) in L.GIVEN_NAMES and following and not _lexical(following):
        return False    # "الرئيس الأميركي باراك أوباما"، "السفير بندر العيبان": a given name
    if norm[1:2] == "ا" and norm[2:3] not in ("ا", "و", "ي") and len(norm) in (4, 5) \
            and _definite(following) \
            and not L.one_of(following, L.WHO_WORDS) \
            and L.bare(following) not in _DEFINITE_GIVEN_NAMES:
        return False    # "وأدانت المنظمة بأشد العبارات الجريمة": بـ and a word of the أفعل
        # kind governing the definite noun after it (بأشد، بأكبر), how, no place (but
        # "مدير التعليم بأبها المهندس …": a title after it)
    return not (_definite(following) and following.endswith("ي"))


# "المتحدث باسم الجيش"، "المتحدثة بلسان الشرطة": whom a spokesman speaks for.
_ON_BEHALF = frozenset({"باسم", "بلسان"})


@lru_cache(maxsize=1 << 16)
def _lexical(norm: str) -> bool:
    """A word some list knows, or shaped like a verb: never part of a name."""
    return L.bare(norm) in L._KNOWN or norm in L._KNOWN or L.reporting_word(norm) \
        or _complement(norm) or norm in _ON_BEHALF or _verb_shaped(norm)


def _set_off_name(text: str, tokens: list[Token], subject: Subject) -> bool:
    """A subject with a name closed by a comma ("مفتي الجمهورية السابق علي جمعة، …")."""
    return bool(subject.name) and subject.last + 1 < len(tokens) \
        and gap(text, tokens, subject.last + 1).strip() in (",", "،")


def before_the_condemned(text: str, tokens: list[Token], subject: Subject) -> Subject:
    """After a verb of condemning the subject ends before what was condemned: "بشدة" (how),
    بال and a noun ("ندد الوزير الجبوري | بالهجوم"), a word with the article after the
    adjective that closes the body's or the title's name ("وأدانت رابطة العالم الإسلامي |
    التصريحات الطائفية"، "المتحدثة باسم الخارجية الألمانية | الهجوم"), or one word with the
    article after a bare title ("وأدان الوزير | الهجوم"; a family nisba in ي stays his name:
    "الوزير الجبوري"), or after a plural of people's title ("وأدان الوزراء | الجرائم"). A
    name closed by a comma stays whole ("أدان مفتي الجمهورية السابق علي جمعة، العمليات")."""
    if _set_off_name(text, tokens, subject):
        return subject
    cut = None
    for m in range(subject.first + 1, subject.last + 1):
        word, before = tokens[m].norm, tokens[m - 1].norm
        if L.bare(word) in ("بشده", "بشدة") or word.startswith("بال") and m > subject.first + 1 \
                or word.startswith("ال") and before.startswith("ال") \
                and not _is_rank_or_name(word) and (
                    before.endswith(("ي", "يه")) and not word.endswith(("ي", "يه"))
                    or _content(before) in L.PLURAL_TITLES
                    and not word.endswith(("ي", "يه", "ون", "ين"))):
            cut = m
            break
    last = tokens[subject.last].norm
    if cut is None and subject.last > subject.first and last.startswith("ال") \
            and not last.endswith(("ي", "يه")) and not _is_rank_or_name(last) and (
                subject.title and subject.name and all(
                    w.startswith("ال") for w in subject.name.split())
                or not subject.name and tokens[subject.last - 1].norm.startswith("ال")
                and _is_rank_or_name(tokens[subject.last - 1].norm)):
        cut = subject.last  # ("الوزير الهجوم" read as a two-word title, "الوزير العساف
        # الهجوم" as a name of two family names)
    if cut is None:
        return subject
    shorter = parse_subject(text, tokens, subject.first, cut)
    return shorter if shorter is not None and shorter.last == cut - 1 else subject


def _is_rank_or_name(norm: str) -> bool:
    """A title, rank or honorific with the article that opens the name after an office
    ("وزير الخارجية السعودي | الأمير سعود"، "الأمين العام | الدكتور عبدالله")."""
    return L.one_of(norm, L.WHO_WORDS)


def _ba_family(norm: str) -> bool:
    """باوزير، بامهيل، بافقيه، بايدن: a family name that opens with با, not بـ and a verbal
    noun whose hamza is unwritten (بإيجاز، بإخلاص; بارتياح، باهتمام; بانفعال; باستمرار):
    what follows با is not shaped إفعال، افتعال، انفعال or استفعال."""
    word = L.bare(norm)
    rest = word[2:]
    if not word.startswith("با") or len(word) < 5:
        return False
    return not (rest.startswith("ست") or len(rest) >= 4 and (
        rest[2] == "ا" or rest[3] == "ا" and (rest[1] == "ت" or rest[0] == "ن")))


def _shape_only(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """A word shaped like a verb (ترمب) standing alone between a verb and its colon, particle
    or quotation: a name, whatever its shape."""
    norm = tokens[k].norm
    if not _verb_shaped(norm) or _known(norm) or len(norm) < 4:
        return False
    if _prefixed(L.bare(norm)) and _foreign_pair(text, tokens, k, limit):
        return True     # "وقال لازلو بولوني إن …"
    if _ba_family(norm) and (k + 1 >= len(tokens) or broken(text, tokens, k + 1)
                             or L.particle(tokens[k + 1].norm)):
        return True     # "وقال بامهيل إن …"، "وأضاف باوزير: «…»"
    if k > 0 and L.one_of(tokens[k - 1].norm, L.HONORIFICS) and not broken(text, tokens, k) \
            and k + 1 < len(tokens) and (L.particle(tokens[k + 1].norm)
                                         or ":" in gap(text, tokens, k + 1)):
        return True     # "وأكد الدكتور باناجه أن …": after an honorific, one word alone before
        # his words is his name, whatever it looks like (not before a stop: "ودخل البروفسور
        # بمفرده.", alone)
    if _family_particle(text, tokens, k + 1, limit):
        return True     # "وقال يوهانس فان در كلاوو إنه": a given name shaped like a verb
        # (or like بـ and one: "بيرند فان ليندر"), then the particle of a family name (a
        # verb is followed by no فان, دي or فون)
    if _prefixed(L.bare(norm)):
        # "لجوزجان"، "لكرة القدم" are phrases; "عن بلقاسمي قوله" is a name, and so is
        # "وقال بارزاني في كلمة ألقاها …": where he spoke follows it
        return k + 1 < len(tokens) and (L.bare(tokens[k + 1].norm) in L.SPEECH_NOUNS or (
            tokens[k + 1].norm == "في" and k + 2 < limit and not broken(text, tokens, k + 1)
            and L.bare(tokens[k + 2].norm) in L.OCCASIONS)
            or k + 1 < limit and not broken(text, tokens, k + 1)
            and (L.bare(tokens[k + 1].norm) in _SAYING_PARTICIPLES
                 or _is(tokens[k + 1].norm, L.PERSON_TITLES) and not _definite(tokens[k + 1].norm)
                 and not _known(L.bare(norm)[1:])
                 or len(L.bare(norm)) >= 6 and not _known(L.bare(norm)[1:])
                 and tokens[k + 1].norm[:1] == "ل"
                 and (_is(tokens[k + 1].norm, L.ADDRESSEES)
                      or _content(tokens[k + 1].norm) in L.ORGANISATIONS)))
        # ("وتابع بينيتيز قائلا: «…»": how he said it follows the name; "وأوضح بولدن رئيس
        # ناسا أن …": who he is; "وقال بارتوميو لهيئة الإذاعة البريطانية: …": whom he told)
    if _firm_boundary(text, tokens, k + 1, limit):
        return True
    # "وقال يالجين أكدوجان نائب رئيس الوزراء إن": a foreign given name shaped like a verb,
    # then a family name no list knows, then the phrase ends (a real verb there would be
    # followed by its subject or object, words the lists know or with the article)
    after = k + 1
    return len(norm) >= 5 and after < limit and not broken(text, tokens, after) \
        and not _lexical(tokens[after].norm) and not _definite(tokens[after].norm) \
        and not has_tanween(text, tokens[after]) and len(tokens[after].norm) >= 3 \
        and _firm_boundary(text, tokens, after + 1, limit)


# "قائلا"، "مضيفا": the participles that say a speaker went on speaking
_SAYING_PARTICIPLES = L._norm("قائلا قائله مضيفا مضيفه")


def _addressing(word: str) -> bool:
    """"مخاطبا"، "متوجها"، "موجها": a participle in the accusative (مُفاعِلاً and kin, its
    tanween unwritten), how the speaker spoke; never a name."""
    return len(word) >= 5 and word[0] == "م" and word.endswith("ا") \
        and word not in L.GIVEN_NAMES and word not in L.VERB_SHAPED_NAMES \
        and (word[2] == "ا" or word[1:3] in ("ت", "تو") or word.startswith(("متو", "مست")))


def _family_particle(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """Is token k the particle of a European family name (فان، فون، دي), the word after it
    no word a list knows and without the article ("فان در كلاوو"، "دي ميستورا")? It may be
    shaped like لـ or بـ and a verb ("فان ليندر"), not like a verb in the present ("فإن
    يكون")."""
    if k + 1 >= limit or tokens[k].norm not in L.SURNAME_PARTICLES \
            or broken(text, tokens, k) or broken(text, tokens, k + 1):
        return False
    family = tokens[k + 1].norm
    if _definite(family):
        return False
    if not _lexical(family):
        return True
    return _verb_shaped(family) and family[:1] not in "يتنا" and L.bare(family) not in L._KNOWN \
        and family not in L._KNOWN and not L.reporting_word(family) and not _complement(family) \
        and family not in _ON_BEHALF


def _foreign_pair(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"المدرب لازلو بولوني."، "وقال لازلو بولوني إن": a foreign given name that opens like
    a word with لـ/بـ (whose rest no list knows), then a family name no list knows, then the
    phrase ends ("الرئيس لحل النزاع" goes on with a definite word; "بمنطقة" is منطقة)."""
    norm = L.bare(tokens[k].norm)
    after = k + 1
    return len(norm) >= 4 and not _known(norm[1:]) and not _definite(norm[1:]) \
        and after < limit and not broken(text, tokens, after) \
        and not _known(tokens[after].norm) and not _known(L.bare(tokens[after].norm)[1:]) \
        and not _definite(tokens[after].norm) and not has_tanween(text, tokens[after]) \
        and len(tokens[after].norm) >= 4 and (_firm_boundary(text, tokens, after + 1, limit)
                                              or _is(tokens[after + 1].norm, L.SUBJECT_STOPS))


def _foreign_family_with_wa(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"ويلسون"، "ويليامز"، "وارن" at token k, the second word of a name, then أن, a colon or
    a quotation: a family name that opens with و, not و and a word. Its rest is no word a
    list knows, no given name ("محمد وأحمد"), not definite, no noun with his pronoun
    ("وزملاؤه") and no verb but the present's ي-shape, which never stands before أن so
    ("عادل وابتسم: «…»" is a man who smiled)."""
    norm = tokens[k].norm
    rest = norm[1:]
    if norm[:1] != "و" or len(rest) < 3 or _known(rest) or _known(norm) or _definite(rest) \
            or L.bare(rest) in L.GIVEN_NAMES or _with_pronoun(text, tokens[k]) \
            or _verb_shaped(rest) and rest[:1] != "ي" and not (
                rest[:1] == "ل" and not _known(rest[1:]) and len(rest) >= 5) \
            or has_tanween(text, tokens[k]) \
            or rest[:1] == "ا" and len(rest) >= 4 and not rest.endswith("ون"):
        return False    # (an ا and four letters or more, "ابتسم"، "اعترف", is a verb's
        # past; "واتسون" ends as a name)
    after = k + 1
    if after >= len(tokens):
        return False
    between = gap(text, tokens, after).strip()
    return between == "" and after <= limit and (
        L.particle(tokens[after].norm)
        or (L.bare(tokens[after].norm) in L.PERSON_TITLES
            or kabir_title(text, tokens, after, limit)) and not ta_marbuta(text, tokens[k])) \
        or between[:1] == ":" or between[-1:] in _OPENERS
    # ("كريس وليامسون كبير المحللين": his title after the name; "وليامسون" opens with a
    # letter like لـ, but no word a list knows follows it; not a noun in ة before a title,
    # "وضوح وشفافية الأمير": his clarity and transparency)


def _possessive_title(word: str) -> bool:
    """"نقيبها"، "رئيسه"، "مديرها": a title with a possessive pronoun (not "مديرية", a body,
    which reads as "مديري" and a pronoun, nor "شاهدة", a witness, which reads as "شاهد"
    and one)."""
    if word in L.ORGANISATIONS or word in L.ANONYMOUS or word.startswith("ال"):
        return False    # (nor "المختصة": the article and a pronoun never go together)
    for pronoun in ("ها", "هم", "ه"):
        if word.endswith(pronoun) and len(word) - len(pronoun) >= 3 \
                and word[:-len(pronoun)] in L.PERSON_TITLES:
            return True
    return False


def _kin_in_ta_then_name(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"وأكدت زوجته ميساء غانم …": a relation in ة with a pronoun (ة written ت before it:
    زوجته، والدته، شقيقتها), then a given name: the person the name names. (Alone, "أحضر
    زوجته الثالثة" is whom he brought, no one who speaks.)"""
    word = L.bare(tokens[k].norm)
    for pronoun in ("ها", "ه"):
        stem = word[:-len(pronoun)]
        if word.endswith(pronoun) and stem.endswith("ت") and stem[:-1] + "ه" in L.RELATIONS:
            return k + 1 < limit and not broken(text, tokens, k + 1) and (
                L.bare(tokens[k + 1].norm) in L.GIVEN_NAMES
                or not _lexical(tokens[k + 1].norm) and _name(text, tokens, k + 1, limit) >= k + 3)
    return False


@lru_cache(maxsize=1 << 16)
def _known(norm: str) -> bool:
    """A word some list knows (whatever its shape)."""
    return L.bare(norm) in L._KNOWN or norm in L._KNOWN or L.reporting_word(norm) \
        or _complement(norm) or norm in _ON_BEHALF


@lru_cache(maxsize=1 << 16)
def _verb_shaped(norm: str) -> bool:
    """An indefinite word like a present-tense verb (يجتمع، تؤكد) or a verbal noun of the
    استفعال kind, or a word with بـ/لـ joined to it (لحل، بمنطقة): not the first word of a
    name unless it is a given name of that shape."""
    word = L.bare(norm)
    if _definite(word) or word in L.VERB_SHAPED_NAMES or word in L.GIVEN_NAMES:
        return False
    return _prefixed(word) or len(word) >= 4 and (
        word[0] in "يت" or word.startswith(("است", "سي", "ست")))


def _future(norm: str) -> bool:
    """"المدرب التشيلي سيواجه الإقالة": سـ, then a present verb (يواجه، تقدم، نعمل) ending in
    a root letter or a pronoun, no name: "سيرجيو"، "ستيفان"، "سيلفيا" end in a vowel or ن."""
    word = L.bare(norm)
    return len(word) >= 5 and word[0] == "س" and word[1] in "يتن" \
        and not word.endswith(("ا", "و", "ي", "ن", "يه")) \
        and word not in L.GIVEN_NAMES and word not in L.VERB_SHAPED_NAMES


def _feminine_past(norm: str) -> bool:
    """"تعرضت"، "تحدثت"، "تمكنت": a verb of the تفعّل/تفاعل kind in the feminine past, ت at
    both ends; no name has that shape ("أن المعلمة تعرضت للإغماء": she fainted)."""
    word = L.bare(norm)
    return len(word) >= 5 and word[0] == "ت" and word[-1] == "ت" and word not in L.GIVEN_NAMES


# Works and words someone makes, which his pronoun may follow: "كتابه"، "مقاله"، "نتائجه".
_WORKS = L._norm("كتاب مقال بحث نتائج حديث خطاب كلام تقرير تصريح تعليق بيان مؤلف ديوان "
                 "فيلم برنامج عمود")


def _iftaal_past(norm: str) -> bool:
    """"اشتهر"، "اعتبر"، "اعتذر": a past verb of the افتعل kind, five letters, ا and its ت,
    no long vowel in its root."""
    return len(norm) == 5 and norm[0] == "ا" and norm[2] == "ت" \
        and not set(norm[1] + norm[3:]) & set("اوي") and L.bare(norm) not in L.GIVEN_NAMES


def _iftaalat(norm: str) -> bool:
    """"اكتسبت"، "انسحبت"، "اعتبرت": a verb of the افتعل or انفعل kind in the feminine past,
    ا and its ت or ن, six letters ending in ت; no name has that shape."""
    return len(norm) == 6 and norm[0] == "ا" and (norm[2] == "ت" or norm[1] == "ن") \
        and norm[-1] == "ت" and norm not in L.GIVEN_NAMES


def _royal_adjective(previous: str, norm: str) -> bool:
    """"الملكي" after a noun that is no honorific ("رئيس الديوان الملكي الأسبق"، "الحرس
    الملكي"): the noun's adjective, royal, part of the title; an honorific only after
    السمو ("صاحب السمو الملكي")."""
    return L.bare(norm) == "الملكي" and not _is(previous, L.HONORIFICS)


def _honorific_at(tokens: list[Token], k: int, limit: int) -> bool:
    """An honorific at token k (before `limit`). صاحب is one only before another, "صاحب
    السمو"; "صاحب الناقة"، "صاحب المحل" is the owner, a title with its genitive."""
    if not _is(tokens[k].norm, L.HONORIFICS):
        return False
    return L.bare(tokens[k].norm) != "صاحب" \
        or k + 1 < limit and _is(tokens[k + 1].norm, L.HONORIFICS)


def _own_other_title(norm: str) -> bool:
    """و and a title with the pronoun of the (feminine) body just named: "ورئيسها"،
    "ومديرها العام" (not "ونائبه"، "ونائبتها": his or her deputy, another person; nor a
    relation, "ووالدها")."""
    if norm[:1] != "و" or not norm.endswith("ها") or len(norm) < 7:
        return False
    title = norm[1:-2]
    return title in L.PERSON_TITLES and title not in _SECONDS and title not in L.RELATIONS


# Titles of whoever stands second to another: "ونائبه" is someone else.
_SECONDS = L._norm("نائب نائبه مساعد مساعده وكيل وكيله مستشار مستشاره معاون")


def _prefixed(norm: str) -> bool:
    """بـ or لـ joined to a word (لحل النزاع، بمنطقة): a given name seldom starts so."""
    return len(norm) >= 3 and norm[0] in "بل" and not _definite(norm) \
        and norm not in L.VERB_SHAPED_NAMES and norm not in L.GIVEN_NAMES


def _quoted_after(text: str, tokens: list[Token], k: int) -> bool:
    """Quotation marks (and nothing else) between token k-1 and token k."""
    between = gap(text, tokens, k)
    return bool(between.strip()) and not set(between.strip()) - _OPENERS - set("»”")


def _ali(text: str, token: Token) -> bool:
    """The name علي (not the preposition على, which normalises the same)."""
    return token.norm in ("علي", "وعلي") and text[token.end - 1] == "ي"


def _in_front_of(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """أمام (in front of), written with its hamza above: not the title إمام, which
    normalises the same ("وقال كير أمام الآلاف من مؤيديه"); written bare, before a plural
    of people ("وقال امام مشرعين ونشطاء …"), whom an imam does not lead."""
    token = tokens[k]
    if token.norm != "امام":
        return False
    if text[token.start] == "أ":
        return True
    return text[token.start] == "ا" and k + 1 < limit \
        and tokens[k + 1].norm.endswith(("ين", "ون")) and tokens[k + 1].norm not in _LED_IN_PRAYER


# Whom an imam leads: "إمام المصلين".
_LED_IN_PRAYER = L._norm("المصلين مصلين المسلمين")


def _preposition(text: str, tokens: list[Token], k: int) -> bool:
    """Is token k a preposition? على and the name علي meet after normalisation: the text's
    own spelling (ى) tells them apart where it is kept."""
    norm = tokens[k].norm
    if norm in ("علي", "وعلي"):
        return text[tokens[k].end - 1] == "ى"
    return _is(norm, L.PREPOSITIONS)


# A title that takes a preposition as part of it: "المشرف العام على العلاقات العامة".
_TITLE_PREPOSITIONS = {"مشرف": "علي", "مسؤول": "عن", "قائم": "علي", "مسؤوله": "عن",
                       "مشرفه": "علي", "مبعوث": "الي", "مبعوثه": "الي",
                       "نهي": "عن",     # هيئة الأمر بالمعروف والنهي عن المنكر
                       "رقابه": "علي", "اشراف": "علي",   # اللجنة … للرقابة على المنشطات
                       "قائمون": "علي", "قائمين": "علي",   # القائمون على الحملة
                       "مشرفون": "علي", "مشرفين": "علي"}


@lru_cache(maxsize=1 << 16)
def _stops_phrase(norm: str) -> bool:
    """A word no subject phrase runs through: a particle, a reporting word, a time word …"""
    return _is(norm, L.SUBJECT_STOPS) or L.particle(norm) or L.reporting_word(norm) \
        or _is(norm, L.TIME_WORDS) or _is(norm, L.ADDRESSEES) \
        or _is(norm, L.ACCORDING) \
        or L.bare(norm) in _ISSUING     # "وقالت باربرة جافي بحسب «رويترز»: …"؛ "نتائج مسح
    # أجرته «رويترز»": who made the survey follows the verb, no word of the phrase


@lru_cache(maxsize=1 << 16)
def _may_end_phrase(norm: str) -> bool:
    """Could the word itself end a phrase in `_ends_phrase` (past what stands before it)?
    Every test of the word there implies this; most words are none of them, and are asked
    about many times over."""
    return _stops_phrase(norm) or norm[:1].isdigit() or norm[:1] == "ل" and len(norm) <= 2 \
        or norm in ("علي", "وعلي") or _is(norm, L.PREPOSITIONS) or L.bare(norm) == "في"


def _ends_phrase(text: str, tokens: list[Token], k: int, limit: int,
                 opening: bool = False) -> bool:
    """Does the subject phrase end before token k? (With `opening`, token k would be its
    first word: what stands before it does not matter.)"""
    if k >= limit:
        return True
    if tokens[k].norm == "بان" and ban_ki_moon(text, tokens, k) and not broken(text, tokens, k):
        return False    # "الأمين العام للأمم المتحدة بان كي مون": his name, not بأنّ
    if broken(text, tokens, k) and not opening:
        # a quoted name inside a title (المتحدث باسم "مدن"، وزارة «الصحة») goes on
        previous = tokens[k - 1].norm
        body = _content(previous)
        named = previous in _ON_BEHALF or _is(previous, L.ORGANISATIONS) \
            or _is(previous, _CONSTRUCT) or _is(previous, L.PERSON_TITLES) \
            and not _speech_after_definite_title(text, tokens, k) \
            or body in L.ORGANISATIONS or body in _CONSTRUCT     # لشركة «الطائف»
        # (a quoted name of up to three words has just closed: رئيس «أرامكو السعودية» السابق)
        closing = any(_quoted_after(text, tokens, j)
                      and not _OPENING.isdisjoint(gap(text, tokens, j))
                      and not any(broken(text, tokens, m) for m in range(j + 1, k))
                      for j in range(max(1, k - 3), k))
        # (and the nationality after a quoted name: صحيفة "موندو ديبورتيفو" الإسبانية)
        nisba = _definite(tokens[k].norm) and L.bare(tokens[k].norm).endswith(("ي", "يه")) \
            and not _CLOSING.isdisjoint(gap(text, tokens, k))
        if not (_quoted_after(text, tokens, k) and (named or closing or nisba)):
            return True
    norm = tokens[k].norm
    if _abe(text, tokens[k]) and not broken(text, tokens, k):
        return False    # "شينزو آبي": a name's word, whatever «أبي» would be
    if _after_son_of(tokens, k) and not broken(text, tokens, k) and not L.particle(norm):
        return False    # "عبدالعزيز بن طالب"، "علي بن أبي طالب": after بن a name goes on,
        # whatever else its word may be (طالب: he called for)
    if kabir_title(text, tokens, k, limit):
        return True     # "ادريان لودفيج | كبير الخبراء الأمنيين"
    if not _may_end_phrase(norm):
        return False
    if (_stops_phrase(norm) and not name_link_van(text, tokens, k)
            and not (norm == "بان" and ban_ki_moon(text, tokens, k))) or is_number(tokens[k]):
        return True
    if len(norm) <= 2 and norm.startswith("ل") \
            and not _OPENERS.isdisjoint(text[tokens[k].end:tokens[k].end + 3]):
        return True      # "لـ«عكاظ»" (but "لشركة «الطائف»" names the company)
    if norm in ("ل", "لـ"):
        return True
    if norm == "من" and k + 1 < limit and tokens[k + 1].norm in _THROUGH \
            and not broken(text, tokens, k + 1):
        return True     # "يتناول المؤلف من خلالها …": through it, no word of his title
    if _preposition(text, tokens, k) and L.bare(norm) not in ("في", "لدي", "من"):
        return not _governed_by_title(tokens, k)    # خلال، عقب، أمام، عبر، على، إلى …
    if L.bare(norm) == "في":
        following = tokens[k + 1].norm if k + 1 < limit else ""
        return _occasion_noun(following) or _is(following, L.TIME_WORDS) \
            or following in L.LEVANTINE_MONTHS
    return False


# "أحدث تقرير"، "آخر دراسة": the latest, the last (of a kind of document).
_LATEST = L._norm("احدث اخر اخير")


# "من خلاله/خلالها": through it (a study, a speech).
_THROUGH = L._norm("خلال خلاله خلالها خلالهم")


def _after_son_of(tokens: list[Token], k: int) -> bool:
    """Is token k the word after بن, or after بن أبي/أبو ("بن أبي طالب")?"""
    return k > 0 and (tokens[k - 1].norm == "بن" or k > 1 and tokens[k - 2].norm == "بن"
                      and tokens[k - 1].norm in ("ابي", "ابو"))


def _speech_after_definite_title(text: str, tokens: list[Token], k: int) -> bool:
    """`وأضاف المتحدث "سنبحث مع السلطات …"`: a definite person's title governs no genitive, so
    a quotation after it that runs past a few words is what he said, not a quoted name of
    his (unlike "المتحدث باسم «مدن»"، "رئيس «أرامكو»")."""
    previous = tokens[k - 1].norm
    return previous.startswith("ال") and not _is(previous, L.ORGANISATIONS) \
        and _closing_at(text, tokens, k, min(len(tokens), k + 4)) is None


def _on_typed_ali(text: str, tokens: list[Token], k: int) -> bool:
    """على typed with ي ("المشرف العام علي كرة القدم …"): read as the preposition when neither a
    family name nor a given name follows it ("المشرف العام علي الغامدي" names Ali); the caller
    asks whether a title before it takes على."""
    if tokens[k].norm not in ("علي", "وعلي") or k + 1 >= len(tokens) or broken(text, tokens, k + 1):
        return False
    following = tokens[k + 1].norm
    return not _family_nisba(following) and L.bare(following) not in L.GIVEN_NAMES


def _governed_by_title(tokens: list[Token], k: int) -> bool:
    """"المشرف العام على …"، "المسؤول عن …": the preposition belongs to the title before it."""
    for j in range(k - 1, max(-1, k - 3), -1):
        if _TITLE_PREPOSITIONS.get(_content(tokens[j].norm)) == L.bare(tokens[k].norm):
            return True
    return False


def parse_subject(text: str, tokens: list[Token], i: int, limit: int | None = None,
                  names: bool = True) -> Subject | None:
    """The subject phrase starting at token i (and ending before `limit`), or None when the
    words there are not one. Without `names`, a phrase of unknown words is not taken for a
    name (after "أكد" such words are usually the object: "أكد وجود خلافات").

    The answer depends only on the characters from two words before token i to just past
    the word at `limit`, so it is remembered by them: news repeats its phrases (a wire story
    reprinted by many outlets, "قال وزير الخارجية …" in every article of an event)."""
    limit = len(tokens) if limit is None else min(limit, len(tokens))
    if i >= limit:
        return None
    low = tokens[max(0, i - 2)].start
    high = tokens[min(limit, len(tokens) - 1)].end + 3
    base = tokens[i].start
    key = (text[low:high], base - low, limit - i, limit == len(tokens), min(i, 2), names)
    found = _REMEMBERED.get(key, _UNKNOWN)
    if found is _UNKNOWN:
        subject = _subject(text, tokens, i, limit, names)
        if subject is not None:
            subject = _past_age(text, tokens, subject, limit)
            subject = _name_of_whom_told(text, tokens, subject)
        if len(_REMEMBERED) >= _REMEMBER:
            _REMEMBERED.clear()
        _REMEMBERED[key] = None if subject is None else (i, base, subject)
        return subject
    if found is None:
        return None
    at, at_base, subject = found
    # (asked again most often where it was made, by another rule of the same article: a
    # subject is frozen, so that one is the answer as it is)
    if at == i and at_base == base:
        return subject
    return _moved(subject, i - at, base - at_base)


# Titles held for someone, named with لـ and his title: the name after them is theirs.
_SERVING = L._norm("مستشار مستشاره نائب نائبه مساعد مساعده مبعوث مبعوثه ممثل ممثله سفير سفيره "
                   "وكيل وكيله امين امينه سكرتير سكرتيره مرافق")


def held_for_someone(norm: str) -> bool:
    """"المستشار"، "نائب": a title held for someone, whom لـ and his title name after it
    ("المستشار الثقافي للرئيس الإيراني حسام الدين آشنا": the name is the adviser's)."""
    return L.bare(norm).removeprefix("ال") in _SERVING


def whom_told(norm: str) -> bool:
    """"للمدرب"، "وللرئيس": لـ (after و or not) joined to a man's title (not to a feminine word
    that is also a place or a body: "للمحافظة" is of the governorate)."""
    word = norm.removeprefix("و")
    rest = "ال" + word[2:]
    return word.startswith("لل") and not rest.endswith("ه") and L.one_of(rest, L.PERSON_TITLES)


def _name_of_whom_told(text: str, tokens: list[Token], subject: Subject) -> Subject:
    """"اللاعب للمدرب خورخي داسيلفا": a title, then لـ and another person's title, then a
    name: the name is of the one spoken to (the coach), or of the title's holder, the text
    does not say which; the subject is the title before لـ, unnamed."""
    if subject.kind != "person" or not subject.name \
            or held_for_someone(tokens[subject.first].norm):
        return subject
    named_at = text.find(subject.name, subject.start)
    told = next((j for j in range(subject.first + 1, subject.last)
                 if whom_told(tokens[j].norm) and tokens[j].start < named_at), None)
    if told is None:
        return subject
    return _subject(text, tokens, subject.first, told, False) or subject


def _age_end(text: str, tokens: list[Token], k: int, limit: int) -> int | None:
    """The end (exclusive) of "البالغ (من العمر) 34 عاما" at token k, or None."""
    if k >= limit or L.bare(tokens[k].norm) not in _AGED:
        return None
    j = k + 1
    if j + 1 < limit and tokens[j].norm == "من" and tokens[j + 1].norm == "العمر":
        j += 2
    if j + 1 >= limit or not is_number(tokens[j]) or L.bare(tokens[j + 1].norm) not in _YEARS \
            or any(broken(text, tokens, n) for n in range(k + 1, j + 2)):
        return None
    return j + 2


def _past_age(text: str, tokens: list[Token], subject: Subject, limit: int) -> Subject:
    """"وقال اللاعب البالغ من العمر 34 عاما لموقع النادي …"، "ويقول المحامي محمد العربي (31
    عامًا) بغضب: …": the age, or a short aside in brackets, is said of the speaker between
    the subject and what follows it; the subject spans it, its label does not."""
    end = _age_end(text, tokens, subject.last + 1, limit) or (
        _bracketed_aside(text, tokens, subject.last + 1, limit) if subject.name else None)
    # (a body's brackets hold its short name, and its phrase goes on after them: "كلية
    # التميز (موندراجون وينتيك) بمحافظة أملج")
    if end is None:
        return subject
    return replace(subject, last=end - 1, end=tokens[end - 1].end)


def _bracketed_aside(text: str, tokens: list[Token], k: int, limit: int) -> int | None:
    """The end (exclusive) of "(31 عامًا)" opening at token k, closed within four words."""
    if k >= limit or gap(text, tokens, k).strip() != "(":
        return None
    return _bracket_end(text, tokens, k, limit)


def _bracket_end(text: str, tokens: list[Token], k: int, limit: int) -> int | None:
    """The token after the bracket opened before token k, when it closes within four words
    (and no other opens first); else None."""
    for j in range(k, min(limit, k + 4)):
        if j > k and "(" in gap(text, tokens, j):
            return None
        if j + 1 < len(tokens) and ")" in gap(text, tokens, j + 1):
            return j + 1
    return None


_AGED = L._norm("البالغ البالغه")
_YEARS = L._norm("عاما عام سنه سنوات اعوام")


def written_bare(text: str, token: Token) -> str:
    """The word as the text writes it (hamzas and all), without a joined و or ف."""
    return text[token.start:token.end].lstrip("وف")


def _written_to(text: str, token: Token) -> bool:
    """Is the word لـ and a name the article writes elsewhere without it?"""
    word = text[token.start:token.end]
    return word.startswith("ل") and len(word) >= 5 and re.search(
        rf"(?<![\w\u0640]){re.escape(word[1:])}(?![\w\u0640])", text) is not None


def without_addressee(text: str, tokens: list[Token], subject: Subject) -> Subject:
    """The subject without a last word that is لـ + a name the article writes without it
    elsewhere ("حسن روحاني لجنتيلوني": to Gentiloni, named "باولو جنتيلوني" before) — the
    person spoken to, not the end of the speaker's name ("باناغيوتيس لافازانيس": no
    "افازانيس" anywhere). parse_subject reads only a few words around the phrase, so the
    article is looked at here."""
    if not subject.name or subject.last <= subject.first:
        return subject
    if not _written_to(text, tokens[subject.last]):
        return subject
    return parse_subject(text, tokens, subject.first, subject.last) or subject


def _moved(s: Subject, tokens: int, offset: int) -> Subject:
    """The same phrase, its token indices and offsets moved (dataclasses.replace is slow)."""
    return Subject(s.first + tokens, s.last + tokens, s.start + offset, s.end + offset, s.kind,
                   s.label, s.name, s.title, s.title_words, s.honorifics, s.feminine)


_REMEMBERED: dict = {}
_REMEMBER = 1 << 16
_UNKNOWN = object()


_COPULAS = frozenset({"هو", "هي", "هم"})
_NOT = frozenset({"غير", "ليس", "ليست"})


def _subject(text: str, tokens: list[Token], i: int, limit: int, names: bool) -> Subject | None:
    if i < len(tokens) and tokens[i].norm in _NOT:
        return None     # "أن ما ذكر غير صحيح لعدد من الأسباب": "not", a predicate, no one
    if i < len(tokens) and written_bare(text, tokens[i]).startswith("أمام"):
        return None     # "وأمام المحكمة أقر …": before (أمام, its hamza above), never an
        # imam (إمام), though the two fold to one word
    if i + 1 < limit and L.bare(tokens[i].norm) in _LATEST \
            and L.one_of(tokens[i + 1].norm, L.DOCUMENTS) and not broken(text, tokens, i + 1):
        # "وذكر أحدث تقارير «أوبك» أن …": the latest of its reports; the document speaks
        inner = _subject(text, tokens, i + 1, limit, names)
        if inner is None or inner.first > i + 1:
            return inner    # (the body that issued it, after the document's word)
        return replace(inner, first=i, start=tokens[i].start)
    if i + 2 < limit and tokens[i].norm in ("عز", "جل") and tokens[i + 1].norm == "من" \
            and tokens[i + 2].norm == "قائل" and not broken(text, tokens, i + 1) \
            and not broken(text, tokens, i + 2):
        # "كما قال عز من قائل: {…}": mighty (glorious) is He who said it, God; not a man
        # named عز
        return Subject(i, i + 2, tokens[i].start, tokens[i + 2].end, "person", "الله",
                       name="الله")
    if i + 3 < limit and [t.norm for t in tokens[i:i + 4]] == ["صلي", "الله", "عليه", "وسلم"] \
            and not any(broken(text, tokens, m) for m in range(i + 1, i + 4)):
        # "قال صلى الله عليه وسلم: «…»": the blessing said only of the Prophet, standing for
        # him (as "عز من قائل" stands for God)
        label = "النبي " + text[tokens[i].start:tokens[i + 3].end]
        return Subject(i, i + 3, tokens[i].start, tokens[i + 3].end, "person", label,
                       title=label, title_words=("نبي",))
    blessing = _peace_be_upon_him(text, tokens, i, limit)
    if blessing:
        # "قال عليه السلام: «…»"، "قال عليه الصلاة والسلام": the blessing said of a prophet,
        # standing for the one the text speaks of (which prophet, the words do not say)
        label = "النبي " + text[tokens[i].start:tokens[i + blessing - 1].end]
        return Subject(i, i + blessing - 1, tokens[i].start, tokens[i + blessing - 1].end,
                       "person", label, title=label, title_words=("نبي",))
    if i + 1 < len(tokens) and L.bare(tokens[i].norm) in ("نيابه", "بالنيابه") \
            and tokens[i + 1].norm == "عن" and not broken(text, tokens, i + 1):
        return None     # "نيابة عن مدير عام الجوازات زار …": on behalf of, not a body
        # (النيابة, the prosecution, is one with its article: "وأسندت النيابة إلى المتهمين")
    if tokens[i].norm in _THE_PROPHET:
        # "وقال النبي صلى الله عليه وسلم: «…»"، "قال الرسول …": the Prophet, by his title
        # (here only, where a subject starts: after a name, "سأل عبدالله بن مسعود النبي",
        # it is whom he asked, no title of the man's)
        return Subject(i, i, tokens[i].start, tokens[i].end, "person",
                       text[tokens[i].start:tokens[i].end],
                       title=text[tokens[i].start:tokens[i].end], title_words=(tokens[i].norm,))
    subject = _parse(text, tokens, i, limit, names)
    if subject is None:
        return subject
    after = subject.last + 1
    if after < len(tokens) and after <= limit and tokens[after].norm in _COPULAS \
            and not broken(text, tokens, after) and not (
                after + 1 < len(tokens) and tokens[after + 1].norm in ("الاخر", "الاخري")):
        return None     # "وقال هدفنا هو تنفيذ …": a sentence "X هو Y" follows, not a subject
        # (but "الخارجية المصرية هي الأخرى خرجت …": she too)
    if subject.name and not subject.title and _no_name_after_all(text, tokens, subject, after):
        return None
    # the last words are quoted (وكالة «شينخوا»، صحيفة "الخبر"): the label closes the quotation
    label = _closed(text, subject.label, subject.end)
    if label == subject.label:
        return subject
    return replace(subject, label=label,
                   title=_closed(text, subject.title, subject.end) if subject.title else None)


def _no_name_after_all(text: str, tokens: list[Token], subject: Subject, after: int) -> bool:
    """Words read as a bare name (no title) that name no one, seen with what follows them."""
    first = tokens[subject.first]
    word = L.bare(first.norm)
    if subject.first == subject.last:
        if len(word) == 3 and word not in L.GIVEN_NAMES and after < len(tokens) \
                and not broken(text, tokens, after) and tokens[after].norm[:1] not in ("ل", "ب") \
                and _with_pronoun(text, tokens[after]) \
                and L.bare(tokens[after].norm) not in L.SPEECH_NOUNS:   # ("عن غال قوله")
            return True     # "ويكشف عمق وفائه"، "ويوضح عمق ثقافته": a noun of three letters
            # no given name, in construct with a noun and its pronoun: the verb's object
        if _written_to(text, first):
            return True     # "مارلين قالت لسكوراس: «…»": to Skouras, whom the article names
            # without the لـ ("وبحسب سكوراس"), not a speaker
    return subject.name == subject.label and _ifaal(word) \
        and written_bare(text, first)[:1] == "إ" \
        and (subject.last == subject.first or _definite(tokens[subject.first + 1].norm))
    # ("ورفض تأكيد أو نفي إلقاء القبض على …": a verbal noun of the إفعال kind and its
    # genitive, what was (not) denied, no name; but "إدوار سعيد": a name of that shape goes
    # on without the article)


def _parse(text: str, tokens: list[Token], i: int, limit: int | None,
           names: bool) -> Subject | None:
    limit = len(tokens) if limit is None else min(limit, len(tokens))
    k = i
    honorifics: list[str] = []
    while k < limit and _honorific_at(tokens, k, limit) \
            and not (k > i and broken(text, tokens, k)):
        honorifics.append(L.bare(tokens[k].norm))
        k += 1
    if k >= limit or (k > i and broken(text, tokens, k)):
        return None
    norm = tokens[k].norm
    word = L.bare(norm)
    if _written_verb(text, tokens[k]) or k > 0 and tokens[k - 1].norm in _QAD \
            and not broken(text, tokens, k):
        return None     # "كان الرئيس السادات يُجري …"، "ويتعارفون فيما بينهم": a verb (and
        # after قد: "وقد وجد هولاند بالبيجاما", not the name Wajd)
    if word in L.HONORIFIC_PRONOUNS and k == i:
        return Subject(i, k, tokens[i].start, tokens[k].end, "pronoun",
                       text[tokens[k].start:tokens[k].end],
                       honorifics=(L.HONORIFIC_PRONOUNS[word],), feminine=word.endswith("ها"))
    if has_tanween(text, tokens[k]) and word not in L.ANONYMOUS or word in L.DESCRIPTIONS \
            or word in L.NOT_NAMES or k == i and word in L.ESPECIALLY:
        return None     # (nor "كما يقول، خاصة أنه …": especially, never a name)
    if norm in L.ALSO_ADJECTIVES and k > 0 and tokens[k - 1].norm.startswith("ال") \
            and not broken(text, tokens, k):
        return None     # "في المؤتمر الصحفي الذي …": the meeting's adjective, not a journalist
    if _in_front_of(text, tokens, k, limit):
        return None     # أمام (in front of), not إمام (an imam)
    if word in _REPRESENTED and k + 1 < limit and tokens[k + 1].norm == "في":
        return None     # "قطر ممثلة في وزارة الخارجية": represented by, not an actress
    if word == "ام" and k + 1 < limit and not broken(text, tokens, k + 1) \
            and L.bare(tokens[k + 1].norm) in L.GIVEN_NAMES and not _definite(tokens[k + 1].norm):
        # "تقول أم خالد: …": a kunya, her name (as "أبو خالد" is his), not the mother of one
        # Khalid, a title that any phrase after it would take for her name; a family name
        # of the ـي kind may follow ("أم محمد الغامدي"), nothing else ("في نظر أم خالد مهنة
        # مناسبة للنساء": what it is in her eyes)
        end = k + 2
        if end < limit and not broken(text, tokens, end) and _family_nisba(tokens[end].norm):
            end += 1
        named = _make(text, tokens, i, end - 1, "person", feminine=True,
                      honorifics=tuple(honorifics))
        return replace(named, name=named.label)
    if word in ("الدفاع", "والدفاع") and k + 1 < limit and tokens[k + 1].norm.startswith("عن"):
        return None     # "والدفاع عنهم بالقول …": defending them, not the ministry
    if norm.startswith("لل") or word in L.MANNER or _addressing(word) and not honorifics \
            or _is(norm, L.ADDRESSEES):
        return None     # "ليؤكد للجماهير …"، "وأضاف لتلفزيون بي.بي.سي": whom it told; "قال
        # نصا:"، "وأضاف مخاطبا رئيس الوزراء": how he said it (a participle in the
        # accusative), never who
    if word in ("الفريق", "والفريق") and k + 1 < limit and not broken(text, tokens, k + 1) \
            and _definite(tokens[k + 1].norm) and not _is(tokens[k + 1].norm, L.RANKS):
        end = _phrase(text, tokens, k + 1, limit, True)
        return _make(text, tokens, i, end - 1, "organisation", title_from=k)
        # "الفريق الطبي للاتحاد البرازيلي": a team, not the rank of general
    if (word in L.RANKS or word in L.PERSON_TITLES) and _given_not_rank(text, tokens, k, limit):
        person = _person(text, tokens, i, k, limit, honorifics)
        if person is not None:
            return person
    if word in L.RANKS:
        if word in L.PERSON_TITLES and not _definite(norm):
            # "وأوضح عميد شؤون المكتبات بجامعة … الدكتور نبيل قمصاني"، "مقدم البرنامج": a
            # rank stands definite before its name (العميد فلان); without the article the
            # word is the title in construct (a dean, a presenter)
            return _titled(text, tokens, i, k, limit, honorifics)
        if k + 1 < limit and L.bare(tokens[k + 1].norm) in ("في", "من") \
                and not broken(text, tokens, k + 1):
            # "الرقيب في شرطة «ويتشيتا» بول كيمبل": a rank with where it serves, as a title
            return _titled(text, tokens, i, k, limit, honorifics)
        if _definite(norm) and k + 2 < limit and _nisba_adjective(tokens[k + 1].norm) \
                and not broken(text, tokens, k + 1) and not broken(text, tokens, k + 2) \
                and not L.particle(tokens[k + 2].norm) and not _definite(tokens[k + 2].norm) \
                and not _is(tokens[k + 2].norm, L.PREPOSITIONS) \
                and not _is(tokens[k + 2].norm, L.PERSON_TITLES):
            # "الجنرال الأمريكي جون كامبل": a rank and its nationality, as a title, when a
            # name follows (but "وقال اللواء التركي إن"، "وشدد اللواء الزهراني على أن"،
            # "العميد الصبيحي قائد …" end with a family name of that shape)
            return _titled(text, tokens, i, k, limit, honorifics)
        person = _person(text, tokens, i, k + 1, limit, honorifics)
        if person is None and _definite(norm) and word in L.ANONYMOUS_SINGULAR \
                and (k + 1 >= limit or broken(text, tokens, k + 1)
                     or L.particle(tokens[k + 1].norm)):
            # "وأضاف الضابط أن …": the officer the article left unnamed («ضابط رفيع …»),
            # taken up again, a source of no name
            return _make(text, tokens, i, k, "anonymous")
        if person is None and not _definite(norm) and k + 1 < limit \
                and not broken(text, tokens, k + 1) and not _lexical(tokens[k + 1].norm) \
                and not has_tanween(text, tokens[k]):
            # "وقال ضابط شرطة كبير في البنجاب إن": an officer no one names, with his genitive
            return _titled(text, tokens, i, k, limit, honorifics)
        return person
    if word in L.PERSON_TITLES or _possessive_title(word) or _amin_title(text, tokens, k, limit) \
            or _kin_in_ta_then_name(text, tokens, k, limit) \
            or kabir_title(text, tokens, k, limit):
        # ("كبير الصيادين بفرضة القطيف رضا الفردان": chief of a trade, a title)
        titled = _titled(text, tokens, i, k, limit, honorifics)
        if titled is not None and titled.last == k and not titled.name and word in L.RELATIONS:
            return None     # "فتح والد بطل أبطال المملكة … مازن الدقيل النار": a father (of
            # whom, the grammar did not read), no one a reader could tell
        return titled
    if word in L.QUANTIFIERS or word in L.DEFINITE_QUANTIFIERS:
        collective = _collective(text, tokens, i, k, limit)     # (and "الكثير من المغردين")
        if collective is not None or word not in L.ORGANISATIONS:
            return collective   # ("مجموعة «إيكسور» للاستثمار" is a body: it goes on below)
    if word in L.ANONYMOUS or not honorifics and _nisba_plural(word):
        # (a group named by what its members are, "أوضح استشاريون في طب الأسرة أن …":
        # an anonymous source with its complements, as مختصون or محللون)
        end = _phrase(text, tokens, k + 1, limit, _definite(norm), addressed=True)
        if not _definite(norm) and word.endswith(("ون", "ين")) and k + 1 < end \
                and tokens[k + 1].norm.startswith("ال") and not broken(text, tokens, k + 1):
            end = k + 1     # "وأبلغ مسؤولون النادي الإيطالي أنه …": a sound plural that keeps
            # its ن governs no genitive; the noun with the article after it is whom they told
        # (a broken plural takes a feminine singular verb, or none that goes on with it in
        # the singular: "وأضافت المصادر"; a single source is masculine: "قال مصدر مسؤول ….
        # وأضاف أن …"; so are men in a sound plural, "وأضافوا" goes on with them, never
        # "وقالت": "وذكرت الإذاعة، نقلا عن مسؤولين أمنيين، أنه …. وقالت إن …" is the radio)
        return _make(text, tokens, i, end - 1, "anonymous",
                     feminine=word not in L.ANONYMOUS_SINGULAR
                     and not word.endswith(("ون", "ين")))
    if word in L.DOCUMENTS:
        after = k + 1
        if after + 1 < limit and tokens[after].norm == "ال" and is_number(tokens[after + 1]) \
                and not broken(text, tokens, after + 1):
            after += 2      # "التقرير الـ51 لمؤسسة النقد": its number, then who issued it
        issuer = _issuer(text, tokens, after, limit)
        if issuer is not None:
            return issuer
    if word in _NAMED_AFTER and word not in L.ORGANISATIONS and k + 1 < limit \
            and L.bare(tokens[k + 1].norm) in _NAME_TITLES and not broken(text, tokens, k + 1):
        # "أعلنت مدينة الملك عبدالله الطبية عن …": a body named after a king or a prince
        # (its name, then what kind of body it is), not a person titled "مدينة الملك"
        end = _phrase(text, tokens, _royal_name(text, tokens, k + 2, limit), limit, True)
        return _make(text, tokens, i, end - 1, "organisation", title_from=k,
                     feminine=ta_marbuta(text, tokens[k]))
    if word == "تنظيم" and k + 1 < limit and L.bare(tokens[k + 1].norm) in _ARMED_GROUPS \
            and not gap(text, tokens, k + 1).strip(" «»\"“”()"):
        # "وأعلن تنظيم داعش مسؤوليته …": the group ("تنظيم" alone is also the verbal noun,
        # "أعلن تنظيم المسابقة": what was announced, no body)
        end = k + 2
        if _definite(tokens[k + 1].norm):
            end = _phrase(text, tokens, end, limit, True)     # الدولة الإسلامية
        elif end < limit and _nisba_adjective(tokens[end].norm) \
                and not gap(text, tokens, end).strip(" «»\"“”()"):
            end += 1    # "تنظيم داعش الإرهابي" (not what it declared: "أعلن تنظيم داعش الخلافة")
        return _make(text, tokens, i, end - 1, "organisation", title_from=k)
    if word in L.ORGANISATIONS or word in L.DOCUMENTS:
        end = _quoted_coordinates(text, tokens, _phrase(text, tokens, k + 1, limit,
                                                        _definite(norm)), limit)
        if word in L.ORGANISATIONS and not _definite(norm) and end - k >= 2 \
                and end + 1 < limit and not broken(text, tokens, end) \
                and not _lexical(tokens[end].norm) and not _definite(tokens[end].norm) \
                and not _prefixed(tokens[end].norm) \
                and (gap(text, tokens, end + 1).strip() in (",", "،")
                     or L.particle(tokens[end + 1].norm)):
            end += 1    # "شركة السعودي الفرنسي كابيتال، …": a company's name ends with a word
            # no list knows, right before the phrase's end
        if word in L.ORGANISATIONS and not _definite(norm):
            end = _office_holder_end(text, tokens, k, end, limit)
        if word in L.DOCUMENTS and word not in L.ORGANISATIONS and _definite(norm) \
                and not word.endswith(("ات", "ان", "ين")):
            # "وذكر التقرير | الصعوبات التي تواجه …": a definite plural after one document
            # is no adjective of it (its adjective agrees: "التقرير السنوي"), but what it named
            end = next((j for j in range(k + 1, end) if _definite(tokens[j].norm)
                        and tokens[j].norm.endswith("ات")), end)
        kind = "organisation" if word in L.ORGANISATIONS else "unknown"
        return _make(text, tokens, i, end - 1, kind, title_from=k,
                     feminine=ta_marbuta(text, tokens[k]) or word.endswith("ات")
                     or word in _BROKEN_PLURAL_BODIES)
    if word == "الولايات" and k + 1 < limit and tokens[k + 1].norm == "المتحده" \
            and not broken(text, tokens, k + 1):
        # "وقالت الولايات المتحدة إنها …" (and "الأمريكية" after it)
        end = k + 2
        if end < limit and not broken(text, tokens, end) \
                and tokens[end].norm in ("الامريكيه", "الاميركيه"):
            end += 1
        together = end < limit and not broken(text, tokens, end) and tokens[end].norm[:1] == "و"
        # ("أكدت الولايات المتحدة ودول مجلس التعاون …": with others, a subject not read whole)
        return _make(text, tokens, i, end - 1, "unknown" if together else "organisation",
                     title_from=k, feminine=True)
    if word in L.COUNTRIES:
        end = k + 1
        if end < limit and not _ends_phrase(text, tokens, end, limit) \
                and _is(tokens[end].norm, L.COUNTRIES):
            end += 1        # سلطنة عمان
        while end < limit and tokens[end].norm[:1] == "و" and not broken(text, tokens, end) \
                and (L.bare(tokens[end].norm[1:]) in L.COUNTRIES
                     or tokens[end].norm == "والولايات" and end + 1 < limit
                     and tokens[end + 1].norm == "المتحده"):
            if tokens[end].norm == "والولايات":
                end += 2    # "بريطانيا وفرنسا والولايات المتحدة"
                continue
            end += 1        # "واشنطن ولندن وباريس": capitals that speak together
            if end < limit and not broken(text, tokens, end) \
                    and L.bare(tokens[end].norm) in L.COUNTRIES and not tokens[end].norm[:1] == "و":
                end += 1    # "والولايات المتحدة"
        return _make(text, tokens, i, end - 1, "organisation", title_from=k, feminine=True)
    chain = False   # (a verbal noun with its genitive after the plural, read below)
    if _construct_plural(word) and not honorifics and k + 1 < limit \
            and not broken(text, tokens, k + 1) and (
                _definite(tokens[k + 1].norm) and tokens[k + 1].norm not in L.SUBJECT_STOPS
                or (chain := _verbal_noun_chain(text, tokens, k + 1, limit))):
        # "وأكد مقاتلو المقاومة الشعبية أنهم …": a sound plural in construct (مقاتلو،
        # منسوبو) with its genitive, a group named by what its members do, not a man (so
        # "ويقول مؤيدو تعزيز الوحدة الأوروبية إن": a verbal noun, then its own genitive)
        end = _phrase(text, tokens, k + 2 + chain, limit, True)
        if tokens[end - 1].norm == "ال" and end < limit and is_number(tokens[end]):
            end += 1    # "مفاوضو الدول الـ12": the number the article is joined to
        return _make(text, tokens, i, end - 1, "anonymous", title_from=k, feminine=True)
    if _lexical(norm) and not _opens_a_name(text, tokens, k, limit) and not _ali(text, tokens[k]) \
            and not ban_ki_moon(text, tokens, k) \
            and not (k == i and _family_particle(text, tokens, k, limit)
                     and not is_number(tokens[k + 1])) \
            and not _shape_only(text, tokens, k, limit) \
            and not _named_like_time(text, tokens, k, limit) \
            and not _basim(text, tokens, k, limit) and not _family_of(text, tokens[k]) \
            or not (names or honorifics):
        return None
    if not honorifics and (_possessed(text, tokens[k]) or _mine(text, tokens[k])
                           or _with_pronoun(text, tokens[k])
                           and text[tokens[k].start:tokens[k].end].endswith("ها")):
        return None     # "واعتبرت دعوته بمثابة …": his call, the object, never a name
        # ("قد أعلنت ولاءها ومبايعتها": her allegiance)
    # ("الجيولوجي السعودي صالح الصبحي": his nationality, or where he is from, goes with the
    # word that describes him, before the name)
    n = k + 1
    while n < min(limit, k + 3) and not broken(text, tokens, n) \
            and not _ends_phrase(text, tokens, n, limit) and (
                _nisba_adjective(L.bare(tokens[n].norm))
                or _definite(tokens[n].norm) and not _lexical(tokens[n].norm) and n + 1 < limit
                and not broken(text, tokens, n + 1)
                and L.bare(tokens[n + 1].norm) in L.GIVEN_NAMES):
        n += 1      # (or another adjective, before a given name: "النادل الأسمر سمير")
    if _article(text, tokens[k]) and _describes_someone(norm) and n < limit \
            and not (honorifics and norm.endswith("ي")) \
            and not broken(text, tokens, n) \
            and not (k > 0 and gap(text, tokens, k)[-1:] in _QUOTE_MARKS) \
            and not _ends_phrase(text, tokens, n, limit) \
            and not _definite(tokens[n].norm) and (not _lexical(tokens[n].norm)
                                                   or tokens[n].norm in ("عبد", "ابو")):
        # "ذكرت الزائرة رزان صالح أن …": a word that describes, then a name (which may open
        # with عبد or أبو: "المغرد عبد الكريم العنزي")
        name_end = _name(text, tokens, n, limit)
        if name_end > n and _name_boundary(text, tokens, name_end, limit):
            return _with_name(text, tokens, i, k, n - 1, n, name_end, limit, honorifics)
    return _person(text, tokens, i, k, limit, honorifics)


def _nisba_adjective(word: str) -> bool:
    """A definite adjective of belonging, long enough to be no particle (السعودي، الأمريكية;
    not التي)."""
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) >= 6


def _describes_someone(norm: str) -> bool:
    """Is a word with the article shaped like one that says who someone is: a doer (الزائرة،
    الناشط), a word of مُـ (المغرد، المهندس), of belonging (الإعلامي، الروائية), or an
    intensive (الفنان، الزميل)? Not a family name (البيشان) nor a verbal noun (التسلسل):
    after those an unknown word is no name."""
    stem = norm[2:]
    return norm in _KIN_WITH_ARTICLE or len(stem) >= 3 and (
        stem[0] == "م" or stem[1] in "اأئ" or stem[2] in "ايو"
        or stem.endswith(("ي", "يه", "يون", "يين")))


_KIN_WITH_ARTICLE = L._norm("الاب الام الاخ الاخت العم الخال الجد الجده")   # "الأب فونيس"


_QAD = L._norm("قد وقد لقد ولقد فقد")
# (a word glued to the quotation mark before it opens a quoted name: "»الجزيرة كابيتال»"
# is one name; after a closing mark and a space, "لـ"الاقتصادية" القانوني فهد", it is not)
_QUOTE_MARKS = frozenset('«»"“”„')


def _amin_title(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """أمين is a given name (أمين الجميل) and a title: أمين عام، أمين سر، أمين منطقة الرياض."""
    if L.bare(tokens[k].norm) != "امين" or k + 1 >= limit or broken(text, tokens, k + 1):
        return False
    following = tokens[k + 1].norm
    if k + 2 < limit and following.startswith("ال") and not broken(text, tokens, k + 2) \
            and _is(tokens[k + 2].norm, L.HONORIFICS):
        return True     # "أمين الأحساء المهندس عادل الملحم"، "أمين المنطقة الدكتور خالد
        # طاهر": the mayor of a place, then his honorific and name (not "أمين الجميل")
    return following in _AMIN_OF or _content(following) in _CONSTRUCT \
        or L.bare(following) in _AMANAT


_AMIN_OF = L._norm("عام عامه سر صندوق العاصمه عاصمه")   # أمين العاصمة المقدسة: the mayor
# The cities and regions whose mayor (أمين) the Saudi press names by the place alone: "أمين
# جدة"، "أمين الشرقية" (no one is named أمين جدة).
_AMANAT = L._norm("جده الرياض مكه المدينه الشرقيه الاحساء الطائف حائل تبوك جازان نجران الباحه "
                  "عسير القصيم الجوف الدمام بريده ابها ينبع")
_SPEAKS_FOR = L._norm("متحدث متحدثه ناطق ناطقه")     # "المتحدث باسم …" is always "for"


# "نشرته"، "أصدرته" …: a verb of publishing with the document as its object
_ISSUING = L._norm("نشرته نشرها نشره اصدرته اصدرها اصدره بثته بثه اعدته اعده اجرته اجرتها "
                   "اجراها")
# Adjectives between a document and who issued it: "دراسة جديدة أجرتها وكالة القراءة".
_RECENT = L._norm("جديده حديثه سابقه اخيره")
# "دراسة نُشرت أمس"، "تقرير صدر اليوم": a verb of publishing after a noun opens a clause
_PUBLISHED_VERBS = L._norm("نشر نشرت صدر صدرت اعد اعدت اجري اجريت حصلت حصل تلقت تلقي "
                            "الصادر الصادره")   # ("التقرير … لمؤسسة النقد | الصادر أخيرا")


def _issuer(text: str, tokens: list[Token], k: int, limit: int) -> Subject | None:
    """"بيان (صادر) عن الوزارة"، "التقارير الطبية الصادرة من مستشفى …"، "بيان للوزارة": a
    document speaks for the body that issued it."""
    if k + 1 < limit and L.bare(tokens[k].norm) in _RECENT \
            and L.bare(tokens[k + 1].norm) in _ISSUING and not broken(text, tokens, k + 1):
        k += 1      # ("دراسة جديدة أجرتها …": a new one, then who made it)
    described = k
    while described < min(limit - 1, k + 2) and not broken(text, tokens, described) \
            and _document_adjective(tokens[described].norm):
        described += 1
    if described > k and not broken(text, tokens, described) \
            and tokens[described].norm.startswith("ل"):
        k = described   # "تقرير إحصائي سنوي لوزارة الصحة": what kind, then whose
    if k + 2 < limit and tokens[k].norm in ("التي", "الذي") and not broken(text, tokens, k) \
            and not broken(text, tokens, k + 1) and not broken(text, tokens, k + 2) \
            and L.bare(tokens[k + 1].norm) in ("قام", "قامت") \
            and tokens[k + 2].norm in ("بها", "به"):
        # "الدراسة التي قام بها مركز المعلومات بغرفة أبها": who made it
        subject = parse_subject(text, tokens, k + 3, limit, names=False)
        return subject if subject is not None and subject.kind == "organisation" else None
    owner = _owned_by_name(text, tokens, k, limit)
    if owner is not None:
        return owner
    for j in range(k, min(limit, k + 4)):
        norm = tokens[j].norm
        body = _body_after_li(text, tokens, j, limit) if j == k else None
        issued_for = body is not None
        if L.bare(norm) in _ISSUING and (j == k or j == k + 1 and not broken(text, tokens, j)):
            k = j       # "بيان أصدرته الوزارة"، "نتائج مسح أجرته «رويترز»": who made it follows
        elif _ends_phrase(text, tokens, j, limit) and norm not in ("عن", "من") \
                and not issued_for:
            return None     # (but "تقرير لوكالة الصحافة الفرنسية": its issuer, not whom told)
        if norm in ("عن", "من") and j > k and (_content(tokens[j - 1].norm).startswith("صادر")
                                               or tokens[j - 1].norm in ("صدر", "صدرت")):
            # ("بيان صدر عن مكتب أوغلو": the verb, not the participle)
            subject = parse_subject(text, tokens, j + 1, limit, names=False)
            return subject if subject is not None and subject.kind == "organisation" else None
        if j == k and L.bare(norm) in _ISSUING and j + 1 < limit:
            # "تقرير نشرته "الاقتصادية""، "بيان أصدرته الوزارة": who published it (after
            # when: "تقرير أصدره أخيرا مركز سوفا")
            while j + 2 < limit and L.one_of(tokens[j + 1].norm, L.TIME_WORDS) \
                    and not broken(text, tokens, j + 1) and not broken(text, tokens, j + 2):
                j += 1
            if _quoted_after(text, tokens, j + 1):
                close = _closing_at(text, tokens, j + 1, min(limit, j + 6))
                if close is not None:
                    return _make(text, tokens, j + 1, close, "organisation")
            subject = parse_subject(text, tokens, j + 1, limit, names=False)
            return subject if subject is not None and subject.kind == "organisation" else None
        if j == k and norm in L.ORGANISATIONS:
            # "بيان البنتاغون"، "تقرير الأمم المتحدة"، "تقرير منظمة أوبك": the body in the
            # genitive issued it
            subject = parse_subject(text, tokens, j, _before_given_out(tokens, j, limit),
                                    names=False)
            return subject if subject is not None and subject.kind == "organisation" else None
        if j == k and _definite(norm) and (norm in L.PERSON_TITLES or norm in L.RANKS):
            # "بيان السيناتور الديمقراطي"، "رسالة الوزير": the person in the genitive, by his
            # title, wrote it
            subject = parse_subject(text, tokens, j, _before_given_out(tokens, j, limit),
                                    names=False)
            return subject if subject is not None and subject.kind == "person" \
                and subject.title else None
        if body is not None:
            return body
    return None


def _body_after_li(text: str, tokens: list[Token], j: int, limit: int) -> Subject | None:
    """The body named with لـ at token j, whose document it is: "بيان للوزارة"، "تقرير للجنة"
    (a word of the lists of bodies), "بيان للأمم المتحدة" (any body the grammar reads after
    لـ with the article)."""
    norm = tokens[j].norm
    if not norm.startswith("ل") or not (_content(norm) in L.ORGANISATIONS
                                        or norm[1:] in L.ORGANISATIONS
                                        or norm.startswith("لل") and len(norm) > 4):
        return None
    # (لـ with the article, "للوزارة", or with a word that opens with ل, "للجنة")
    stripped = Token(tokens[j].start + 1, tokens[j].end,
                     "ال" + norm[2:] if norm.startswith("لل")
                     and norm[1:] not in L.ORGANISATIONS else norm[1:])
    local = tokens[:j] + [stripped] + tokens[j + 1:]
    subject = parse_subject(text, local, j, limit, names=False)
    if subject is None or subject.kind != "organisation":
        return None
    if not stripped.norm.startswith("ال"):
        return subject      # ("للجنة" is لـ and "لجنة", as written)
    # ("للأمم المتحدة" is لـ and "الأمم" without its alif: say "الأمم المتحدة")
    return replace(subject, label=with_alif(subject.label), title=with_alif(subject.title))


def with_alif(words: str | None) -> str | None:
    """A label read after لـ with the article ("لأمم المتحدة"), with the article's alif."""
    return "ا" + words if words and words.startswith("ل") else words


# "بيانات البنك | المقدمة لبورصة الكويت": the document's participle after whose it is.
_GIVEN_OUT = L._norm("المقدمه المقدم المنشوره المنشور المعلنه المعلن الوارده الوارد المرفوعه "
                     "المرفوع المتاحه المتاح")


def _before_given_out(tokens: list[Token], k: int, limit: int) -> int:
    """Where the body named from token k ends at the latest: before a participle that says
    how its document came out (submitted, published, announced), the document's, not a word of
    the body's name."""
    return next((j for j in range(k + 1, limit) if tokens[j].norm in _GIVEN_OUT), limit)


def made_it_then_when(text: str, tokens: list[Token], k: int, stop: int) -> bool:
    """"أجرته الأسبوع الماضي": from token k up to `stop`, a verb of making with the pronoun of
    the document before it, then only when ("وأظهر مسح لوكالة رويترز أجرته الأسبوع الماضي،
    أن …": the subject's clause, not words between the verb and what it reports)."""
    return k < stop and L.bare(tokens[k].norm) in _ISSUING \
        and all(L.one_of(tokens[j].norm, L.TIME_WORDS) for j in range(k + 1, stop)) \
        and not any(broken(text, tokens, j) for j in range(k + 1, stop))


def _owned_by_name(text: str, tokens: list[Token], k: int, limit: int) -> Subject | None:
    """"مسح لـ«رويترز»"، "مسح لرويترز الأسبوع الماضي": لـ and a name right after a document
    (token k follows it) say whose it is, when the name is quoted or is one word no list
    knows that ends the phrase. Not after a letter, which لـ addresses ("رسالة لأوباما")."""
    if k >= limit or k == 0 or L.bare(tokens[k - 1].norm).endswith(("رساله", "رسائل")) \
            or broken(text, tokens, k):
        return None
    norm = tokens[k].norm
    if norm == "ل" and k + 1 < limit and _quoted_after(text, tokens, k + 1):
        close = _closing_at(text, tokens, k + 1, min(limit, k + 6))
        return None if close is None else _make(text, tokens, k + 1, close, "organisation")
    name = norm[1:]
    if not norm.startswith("ل") or norm.startswith("لل") or len(name) < 4 \
            or _lexical(name) or name in L.DOCUMENTS:
        return None
    last = k
    while last + 1 < min(limit, k + 3) and not broken(text, tokens, last + 1) \
            and _foreign_word(tokens[last + 1].norm):
        last += 1       # "تقرير لكابيتال إيكونوميكس": a name of two or three words no list
        # knows, none with the article
    if last + 1 < limit and not broken(text, tokens, last + 1) \
            and not _stops_phrase(tokens[last + 1].norm):
        return None     # ("تقرير لمنظمة العفو": a body's name of several words, read elsewhere)
    named = Token(tokens[k].start + 1, tokens[k].end, name)
    return _make(text, [*tokens[:k], named, *tokens[k + 1:]], k, last, "organisation")


def _foreign_word(norm: str) -> bool:
    """A word of a foreign name after the first: no list knows it, it has no article and is
    shaped like no verb (إيكونوميكس، ساكس، ستانلي)."""
    return len(norm) >= 3 and not _lexical(norm) and not _definite(norm) \
        and not _verb_shaped(norm) and not L.particle(norm)


def _document_adjective(norm: str) -> bool:
    """"إحصائي"، "سنوي"، "جديدة": an indefinite adjective of a document (in ي or ية, or
    new, recent), between it and whose it is."""
    word = L.bare(norm)
    return word in _RECENT or not word.startswith("ال") and word.endswith(("ي", "يه")) \
        and len(word) >= 4 and not _lexical(norm)


def _closed(text: str, label: str, end: int) -> str:
    """A label that ends inside a quoted name ("وكالة «واشنطن بوست") gets the mark that closes
    it in the text (a mark some feeds use both ways, "” شينخوا”", counts as open when odd)."""
    closing = text[end:end + 1]
    opening = {"»": "«", "”": "“", '"': '"', ")": "("}.get(closing)
    if opening is None:
        return label
    opens, closes = label.count(opening), label.count(closing)
    if opening == closing or opens == 0:
        return label + closing if closes % 2 else label
    return label + closing if opens > closes else label


# Nouns of news that follow a name as its verb's object ("انتقد الأمير طلال بن بدر قرار نقل
# المباراة"), never its last word.
_NEWS_NOUNS = L._norm("قرار اتفاق مشروع برنامج خطه زياره لقاء اجتماع")

# Kin (and counsel): "والد فلان" is his father, not him (ابن، أب، أبو are also parts of names).
_KIN = L.RELATIONS - L._norm("ابن ابنه اب ام ذوي اقارب اسره عائله")


def _office_holder_end(text: str, tokens: list[Token], k: int, end: int, limit: int) -> int:
    """"مكتب رئيس الوزراء أحمد داود أوغلو": a body whose genitive is a title, then the name of
    the one who holds it (a given name first): the body is his office, its phrase ends after
    his name, not before it (where the name would read as the start of what was said)."""
    if not k + 1 < end < limit or broken(text, tokens, end) \
            or L.bare(tokens[end].norm) not in L.GIVEN_NAMES \
            or not any(L.one_of(tokens[j].norm, L.PERSON_TITLES) for j in range(k + 1, end)) \
            or any(L.bare(tokens[j].norm) in L.GIVEN_NAMES for j in range(k + 1, end)):
        return end      # (not when the title has its name: "كلية الأمير سلطان الصناعية
        # أسماء المقبولين" announced the names)
    holder = _parse(text, tokens, end, limit, names=True)
    if holder is None or holder.kind != "person" or not holder.name or holder.title \
            or holder.first != end:
        return end
    return holder.last + 1


# The groups news calls "تنظيم …" (داعش، القاعدة، الدولة الإسلامية، الإخوان).
_ARMED_GROUPS = L._norm("داعش القاعده الدوله الاخوان")


def _make(text: str, tokens: list[Token], first: int, last: int, kind: Kind,
          title_from: int | None = None, feminine: bool = False,
          honorifics: tuple[str, ...] = ()) -> Subject:
    k = first
    while k < last and _honorific_at(tokens, k, last + 1):
        k += 1      # (the label leaves honorifics out)
    label = _closed(text, text[tokens[k].start:tokens[last].end], tokens[last].end)
    title_words: tuple[str, ...] = ()
    if title_from is not None:
        title_words = tuple(_content(t.norm) for t in tokens[title_from:last + 1])
    return Subject(first, last, tokens[first].start, tokens[last].end, kind, label,
                   title=label if title_from is not None else None, title_words=title_words,
                   honorifics=honorifics, feminine=feminine)


def _rank_ahead(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """A rank or honorific further on in the phrase: the name comes after it."""
    # The words are looked at first, and where the phrase ends only up to the first rank:
    # most phrases have none within reach, and `_ends_phrase` is the costlier test.
    # (up to a word of kinship: "رئيس الرقباء المتقاعد أحمد عمر أبوشوشة والد الشهيد العريف
    # عمر أبوشوشة": the rank after "والد الشهيد" is the son's)
    stop = next((j for j in range(k, min(limit, k + 8)) if L.bare(tokens[j].norm) in _KIN
                 and j + 1 < limit and _definite(tokens[j + 1].norm)
                 and not _is(tokens[j + 1].norm, L.WHO_WORDS)), min(limit, k + 8))
    # (not "مترو جدة الدكتور …": the city, then his rank)
    rank = next((j for j in range(k, stop)
                 if _is(tokens[j].norm, L.RANKS) and not _rank_complement(tokens, j)
                 and not (j > 0 and tokens[j].norm == "الفريق"
                          and not _definite(tokens[j - 1].norm)
                          and _is(tokens[j - 1].norm, L.PERSON_TITLES))
                 or _is(tokens[j].norm, L.HONORIFICS)), None)
    # (not "قائد الفريق سلطان مسرحي": الفريق right after a title in construct is the team,
    # whose captain is named after it, not a general)
    return rank is not None and not any(_ends_phrase(text, tokens, j, limit)
                                        for j in range(k + 1, rank + 1))


def _rank_complement(tokens: list[Token], j: int) -> bool:
    """"أول" and "ركن" are ranks only after one ("الفريق أول"، "لواء ركن"، "العميد الركن"): not
    "وزير الإسكان ماجد الحقيل في أول ظهور رسمي له", his first appearance, nor "صاحب الركن
    محمد جهاد", the stall's owner."""
    return L.bare(tokens[j].norm) in ("اول", "ركن", "الركن") \
        and not (j > 0 and _is(tokens[j - 1].norm, L.RANKS))


def group_end(text: str, tokens: list[Token], k: int, limit: int) -> int:
    """The end (exclusive) of the adjectives of a group named by a definite plural before
    token k ("المتمردون | الأكراد"): definite words, up to one in ة, which as a singular
    cannot describe a plural ("ونفى المحتجون | الحكومة …" is the object)."""
    while k < limit and not broken(text, tokens, k) and _definite(tokens[k].norm) \
            and not tokens[k].norm.endswith("ه") and not _lexical(tokens[k].norm):
        k += 1
    if k + 1 < limit and tokens[k].norm.startswith("وال") and not broken(text, tokens, k) \
            and _is(tokens[k].norm[1:], L.ORGANISATIONS):
        # "المقاتلون الأكراد والمرصد السوري لحقوق الإنسان": a body that speaks with them
        k = _phrase(text, tokens, k + 1, limit, True)
    return k


# Given names written with the article, the Prophet's family's and the caliphs' among them:
# before بن they open a name ("الأمير الوليد بن طلال"، "الشيخ الحسن بن علي").
_DEFINITE_GIVEN_NAMES = L._norm("الوليد الحسين الحسن العباس الهادي المهدي القاسم المنذر "
                                "الزبير الفضل المعتصم المثني")


def _phrase(text: str, tokens: list[Token], k: int, limit: int, definite: bool,
            names: bool = False, addressed: bool = False) -> int:
    """The end (exclusive) of a title's, an organisation's or a source's complements from
    token k. After a definite word only definite words, complements with بـ/لـ/باسم/لدى/في/من
    and coordinated ones go on: an indefinite word there starts something else (with
    `names`, a name). With `addressed` (an unnamed source), a لـ-word that names no body
    is who was told: "مصدر قضائي للأناضول"."""
    previous = tokens[k - 1].norm
    stop = min(limit, k + _PHRASE_MAX)
    name_later = names and _rank_ahead(text, tokens, k, limit)
    # "بحضور الوزير ومدير عام الصندوق المهندس …": a bare office, then و and another title,
    # is two people (the office alone names the one the article introduced with it; one
    # man's two titles come with a complement, "رئيس مجلس الإدارة والعضو المنتدب", and
    # professions combine, "المحامية وناشطة حقوق الإنسان"، "الكاتب والشاعر")
    bare_title = L.bare(previous) in _BARE_OFFICES
    after_head = k
    while k < stop:
        bracket = _bracketed_name(text, tokens, previous, k, limit)
        if bracket is not None:
            return bracket      # "جماعة (المساواة الآن)"، "شرطة (ويتشيتا) الحكومية": its name
            # ends it (what follows says what it does: "للدفاع عن حقوق الإنسان")
        if _definite(previous) and L.bare(previous) in L.ANONYMOUS and _definite(tokens[k].norm) \
                and L.bare(tokens[k].norm) in L.ORGANISATIONS:
            return k    # "ويتهم المحتجون | الحكومة بمحاولة …": a body after a group is
            # whom they accuse, never its adjective (which agrees with a plural)
        if _content(previous) in _CORRESPONDENTS and tokens[k].norm[:1] == "ل" \
                and _content(tokens[k].norm) in L.ORGANISATIONS and not broken(text, tokens, k):
            k += 1      # "مراسل لوكالة فرانس برس": whom he reports for, not whom he told
            previous = tokens[k - 1].norm
            continue
        if previous == "باعمال" and k >= 2 and _content(tokens[k - 2].norm) in ("قائم", "قائمه") \
                and not broken(text, tokens, k):
            k += 1      # "القائم بأعمال رئيس هيئة الطيران المدني": acting for the office
            previous = tokens[k - 1].norm   # named after it, its genitive, not another man
            continue
        if k > after_head and text.startswith("أل", tokens[k].start) and len(tokens[k].norm) >= 5 \
                and not _lexical(tokens[k].norm) and not _is(tokens[k].norm, L.COUNTRIES) \
                and not is_number(tokens[k]) and not tokens[k].norm.endswith(("ي", "يه")) \
                and not broken(text, tokens, k):
            return k    # "رائد الفضاء | ألدرين": أل with its hamza is no article (the article
            # is written without it); a name's first letters (ألدرين، ألبرت) end the title
            # (but not an adjective of belonging: "وسائل إعلام ألمانية")
        if k > after_head and not broken(text, tokens, k) \
                and _in_quoted_name(text, tokens, after_head, k):
            k += 1      # 'بصحيفة "الديلي تليجراف" البريطانية': the paper's quoted name goes
            previous = tokens[k - 1].norm      # on to its closing mark
            continue
        if tokens[k].norm in ("هذه", "هذا") and k + 1 < limit and not _definite(previous) \
                and _takes_genitive(previous) and _definite(tokens[k + 1].norm) \
                and not broken(text, tokens, k) and not broken(text, tokens, k + 1):
            k += 2      # "مديرة هذه المؤسسة": a demonstrative and its noun, the genitive
            previous = tokens[k - 1].norm
            definite = True
            continue
        if tokens[k].norm == "ال" and not _definite(previous) and k + 1 < limit \
                and text[tokens[k].start] == "آ" and not broken(text, tokens, k) \
                and not broken(text, tokens, k + 1) and not _lexical(tokens[k + 1].norm) \
                and not (k + 2 < limit and L.one_of(tokens[k + 2].norm, L.PREPOSITIONS)):
            k += 2      # "شيخ قبيلة آل غانم": a clan's name, the genitive of the noun
            previous = tokens[k - 1].norm   # before it, not a man's name (not before a
            # place, "نائب عشيرة آل غانم في قرى مركز «وسانب»", which the title cannot follow)
            definite = True
            continue
        if _own_other_title(tokens[k].norm) and not broken(text, tokens, k):
            k += 1      # "رئيس مجلس إدارة شركة ستاربكس ورئيسها التنفيذي": the same man's
            previous = tokens[k - 1].norm   # other title in the body he heads ("its")
            definite = True
            continue
        if _ends_phrase(text, tokens, k, limit):
            break
        norm = tokens[k].norm
        if names and not name_later and not _definite(norm) and _is(norm, L.PERSON_TITLES):
            # "مستشار رئيس الجمهورية للشؤون العسكرية قائد عمليات غضب عدن اللواء ركن جعفر
            # …": a second title whose rank is beyond what the phrase's start could see;
            # the words up to it are the operation's name, not his
            name_later = _rank_ahead(text, tokens, k, limit)
        if norm in _INITIALS and _content(previous) in L.ORGANISATIONS and k + 1 < limit \
                and tokens[k + 1].norm in _INITIALS and not broken(text, tokens, k + 1):
            k += 1          # "لشركة يو تي سي بالمملكة": Latin letters spelt out, its name
            while k < limit and tokens[k].norm in _INITIALS and not broken(text, tokens, k):
                k += 1
            previous = tokens[k - 1].norm
            continue
        if norm[:1] in "بل" and not norm.startswith("لل") and _definite(previous) \
                and not _complement(norm) and _foreign_pair(text, tokens, k, limit):
            break       # "الرئيس الأوكراني | بترو بوروشينكو،": a name that opens like بـ
        if _place_opener(previous) and not _lexical(norm) and not broken(text, tokens, k):
            k += 1      # "في لوس أنجلوس"، "بلوس أنجلوس": the place's second word
            previous = norm
            continue
        if _is(norm, L.RANKS) and not (_genitive_rank(previous, norm)
                                       and not _place_name_before(tokens, k)) \
                or _is(norm, L.HONORIFICS) and not _royal_adjective(previous, norm) \
                or has_tanween(text, tokens[k]) and not _definite(norm) \
                and not _agreeing_nisba(text, tokens, k):
            break
        if _age_end(text, tokens, k, limit) is not None:
            break               # "اللاعب البالغ من العمر 34 عاما": his age, not his title
        if _definite(previous) and L.bare(previous) in L.PERSON_TITLES \
                and _is(norm, L.COUNTRIES) and not _is(previous, L.ORGANISATIONS) \
                and not (ta_marbuta(text, tokens[k - 1]) and norm.endswith("يه")):
            # (but "المصورة السعودية نجلاء الخليفة": a woman's title, and its nisba agreeing)
            break               # "وحذر السفير | اليابان من التراجع": a definite title governs
            # no genitive; the country after it is whom he warned
        if _definite(previous) and L.bare(norm) in L.DESCRIPTIONS:
            break               # "المدرب الفرنسي | أكثر سعادة": a comparative after a
            # definite phrase says what he is, never more of his title
        if _basim(text, tokens, k, limit):
            break               # "مدير الفريق باسم أبوداود": the name Basim, not "in the name of"
        if L.bare(norm) == "قول" or L.bare(norm) in L.SPEECH_NOUNS:
            break               # "ونقلت وكالة رويترز | قول وزير الدفاع …": what it relayed
        if (L.bare(norm) in L.VERB_SHAPED_NAMES or L.bare(norm) in _DEFINITE_GIVEN_NAMES) \
                and k + 1 < limit and tokens[k + 1].norm in ("بن", "ابن") \
                and not broken(text, tokens, k + 1):
            break               # "وزير الحج بندر بن محمد": a name with its بن (not بـ + ندر);
            # "الأمير الوليد بن طلال": a name with its article, not an adjective of the title
        if L.bare(norm) in _PUBLISHED_VERBS:
            break               # "دراسة نشرت أمس": a clause about it, not more of its name
        if norm.startswith("ال") and norm[2:] in L.CONVEYED:
            break               # "أمير منطقة نجران | التعازي والمواساة لخادم الحرمين …": what
            # he conveyed, never more of a title (whose name after it is the one he wrote to)
        if not _definite(previous) and not _takes_genitive(previous) \
                and _with_pronoun(text, tokens[k]) and not broken(text, tokens, k) \
                and norm[:1] != "و" and L.bare(norm) not in _ISSUING:
            break               # "مجموعة يسارية متطرفة | مسؤوليتها": a name, then the
            # verb's object with its pronoun (but "… ولوائها العسكري" is more of the body,
            # and "مسح أجرته رويترز" who made it)
        if norm.startswith("بال") and k + 1 < limit and tokens[k + 1].norm == "مع" \
                and not broken(text, tokens, k + 1):
            break               # "وزارة الخدمة المدنية بالتنسيق مع …": with whom it acted
        if norm.startswith("بال") and (_derived_verbal_noun(norm[3:]) or _tafaaul(norm[3:])):
            break               # "وأشاد وزير الدفاع المصري | بالتعاون العسكري القائم":
            # بـ and a verbal noun, what the verb is about, never more of the title
        if k + 1 < limit and not broken(text, tokens, k + 1) and (
                L.bare(norm) in _REPRESENTED and tokens[k + 1].norm == "في"
                or L.bare(norm) == "بناء" and tokens[k + 1].norm == "علي"):
            break               # "أمانة سوق عكاظ ممثلة في الدكتور …": who stands for it;
            # "مجلس الإدارة بناء على التقرير": on the grounds of, not its name
        if previous.startswith("ال") and previous.endswith(("يون", "يين")) and len(previous) >= 8 \
                and norm.startswith("ال") and norm.endswith("ات") and len(norm) >= 6 \
                and not broken(text, tokens, k):
            break               # "نفى المسؤولون الإيرانيون | التوقعات الحديثة بأن": after a
            # plural of belonging, a plural noun in ات (no adjective of men) is the object
        if (_nisba_plural(L.bare(previous)) or previous in _PLURAL_ADJECTIVES
                or _plural_adjective_after(tokens, k)) \
                and not _definite(norm) \
                and not norm.endswith(("ون", "ين", "ي", "يه")) and norm not in _PLURAL_ADJECTIVES \
                and not _complement(norm) and not L.one_of(norm, L.PREPOSITIONS):
            break               # "محللون سياسيون أردنيون | تصرفات نائب الرئيس": after the
            # adjectives of an unnamed group, a noun is the verb's object
        if addressed and (_source_object(text, tokens, k, limit)
                          or L.bare(norm) in L.NOT_NAMES and not norm.endswith("ا")
                          and not broken(text, tokens, k)):     # (not "مسؤولاً محلياً")
            break               # "أكدت مصادر عسكرية | نجاح القوات …"، "ونفى مصدر شبابي |
            # وجود خلاف": the verb's object
        if _definite(previous) and norm.startswith("ال") and norm[2:] in L.NOT_NAMES:
            break               # "وأكد المبعوث الأممي | الحاجة إلى …": the object
        if L.bare(norm) in ("الله", "المولي") and _definite(previous):
            break               # "ودعا الرئيس العام … المنكر الله أن …": whom he prayed to
            # (after an indefinite word it is a body's name: "حزب الله")
        if addressed and norm[:1] == "ل" and not _complement(norm) \
                and _content(norm) not in L.ORGANISATIONS and _content(norm) not in _CONSTRUCT \
                and L.bare(previous) not in _ATTACHED:
            break
        if L.bare(norm) in _NAME_TITLES and _institution(previous) and not _definite(previous):
            # "جامعة الملك سعود" (after "رئيس الاتحاد الأمير عبدالله" the prince is who heads it)
            k = _royal_name(text, tokens, k + 1, stop)
        elif norm[:1] == "ل" and len(norm) > 3 and _content(previous) in _ATTACHED:
            k += 1              # "التابع لمشاة البحرية": what it belongs to
        elif _purpose(text, tokens, k, limit) and _definite(previous) and not addressed:
            # "الحملة الوطنية لنصرة الأشقاء"، "اللجنة الميدانية لتصحيح أوضاع الجالية": a
            # purpose in the body's name, with its genitive chain
            k += 2 if _definite(tokens[k + 1].norm) else 3
        elif L.bare(norm) in ("في", "لدي", "من") or norm in _ON_BEHALF \
                or (_preposition(text, tokens, k) or _on_typed_ali(text, tokens, k)) \
                and _governed_by_title(tokens, k):
            if k + 1 >= limit or _ends_phrase(text, tokens, k + 1, limit) \
                    or _occasion_noun(tokens[k + 1].norm) \
                    or tokens[k + 1].norm in _LACK and tokens[k].norm == "من" \
                    or L.bare(tokens[k + 1].norm) in _PART_OF_TIME \
                    or L.bare(tokens[k + 1].norm) in L.DESCRIPTIONS and k + 2 < limit \
                    and _occasion_noun(tokens[k + 2].norm):
                break           # "وزير التعليم لدى اجتماعه …": where he spoke, not his office
                # ("صندوق النقد الدولي في أول تقرير …": nor in which report)
            k += 2              # the preposition and the noun it governs
            definite = definite or _is(tokens[k - 1].norm, L.COUNTRIES)     # ("في أستراليا")
            if k + 1 < limit and not _definite(tokens[k - 1].norm) \
                    and tokens[k].norm.endswith("ه") and not _definite(tokens[k].norm) \
                    and _article(text, tokens[k + 1]) and not broken(text, tokens, k) \
                    and not broken(text, tokens, k + 1) and not _lexical(tokens[k].norm):
                k += 1          # "المشرف العام على برامج خدمة المجتمع": a noun in construct
                # (-ة) and its definite genitive go on with the chain
            if 0 < limit - k <= 2 and not (_is(tokens[k - 1].norm, L.COUNTRIES)
                                           and tokens[k].norm[:1] != "و") and all(
                    (not _lexical(t.norm) or _is(t.norm, L.COUNTRIES))
                    and not _definite(t.norm) and not is_number(t)
                    for t in tokens[k:limit]) and not any(
                    broken(text, tokens, j) for j in range(k, limit)):
                k = limit       # "المحكمة في أديس أبابا | إنها": a place of two words
                # (not after a place the lists know: "في أستراليا | مارتن دولان")
        else:
            if bare_title and k == after_head and L.and_someone(norm):
                break
            if _definite(previous) and _coordinated_noun(norm) \
                    and _before_genitive(text, tokens, k, limit):
                k += 1          # "للأرصاد وحماية البيئة": a coordinated noun and its genitive
            elif _definite(previous) and norm[:1] == "و" and _is(norm[1:], L.COUNTRIES) \
                    and len(norm) > 3:
                pass            # "وزراء خارجية دول الخليج وأمريكا": a country joined to the
                # genitive (the phrase goes on with it)
            elif _definite(previous) and _sound_plural_after_singular(previous, norm):
                break           # "وشكرت وزارة الصحة المواطنين": whom, not an adjective of it
            elif previous.startswith("ال") and L.bare(previous) in L.PERSON_TITLES \
                    and not previous.endswith("ه") and norm.startswith("ال") and norm.endswith("ه") \
                    and not norm.endswith("يه") and not broken(text, tokens, k):
                break           # "وزود المؤلف الدراسة بألبوم صور": a feminine noun after a
                # man's definite title is no adjective of it (that would agree), but what he
                # did something to
            elif _name_after_closing_adjective(text, tokens, k, limit):
                break           # "الرئيس التونسي السابق | المنصف المرزوقي"
            elif L.bare(previous) in _CLOSING_ADJECTIVES and not _definite(norm) \
                    and L.bare(norm) in L.GIVEN_NAMES:
                break           # "رئيس نادي الاهلي الجديد | مساعد الزويهري": a given name that
                # is also a title word (assistant) opens the name after the closing adjective
            elif _definite(previous) and _verbal_noun(norm):
                break           # "المتحدثة باسم مكتب رئاسة الوزراء التعليق": the verb's
                # object (a definite chain ends at its definite noun; what follows it there
                # is an adjective, and a verbal noun never is one)
            elif _definite(previous) and not (_definite(norm) or _complement(norm)
                                              or _at_place(text, tokens, k, limit)
                                              or _is(norm, L.PERSON_TITLES) and names):
                if not name_later:
                    break       # a new phrase: a name (or the object of the verb)
            elif not _definite(previous) and not _takes_genitive(previous) \
                    and not _feminine_title(text, tokens[k - 1]) and not _definite(norm) \
                    and not _complement(norm) \
                    and _content(norm) not in _CONSTRUCT and definite and not name_later \
                    and not (L.bare(norm) in L.RELATIONS and _firm_boundary(text, tokens, k + 1,
                                                                            limit)):
                # (but "مجلس شباب منطقة عسير": a place's or body's noun with its genitive
                # goes on with the chain, it does not start a name; nor does one word of
                # kinship that ends it, "لشركة مترو جدة إلى أن": the city)
                break           # "… لدى سلطنة عمان | عبدالله …", "… عمان | ملابسات الحادثة"
            k += 1
        previous = tokens[k - 1].norm
        definite = definite or _definite(previous)
    return k


_CLOSING = frozenset('"»”')
_OPENING = frozenset('"«“')


def _in_quoted_name(text: str, tokens: list[Token], low: int, k: int) -> bool:
    """Is token k inside a quotation of a few words opened at one of the three tokens before
    it (not before `low`), and not closed yet: a name in quotation marks within a phrase?"""
    for j in range(k - 1, max(low, k - 3) - 1, -1):
        if not _CLOSING.isdisjoint(text[tokens[j].end:tokens[j + 1].start]):
            return False
        start = tokens[j].start
        mark = text[start - 1] if start > 0 else ""
        if mark in "«“" or mark == '"' and (start < 2 or not text[start - 2].isalpha()):
            # (an opening mark joined to the word; a straight one opens where no letter is
            # joined to it before)
            return any(not _CLOSING.isdisjoint(text[tokens[m].end:tokens[m].end + 1])
                       for m in range(k, min(len(tokens), k + 3)))
    return False


def _bracketed_name(text: str, tokens: list[Token], previous: str, k: int, limit: int
                    ) -> int | None:
    """After a body's noun, its name in brackets: the end (exclusive) of the bracket's
    words, when it closes within four words; else None."""
    if "(" not in gap(text, tokens, k) or ")" in gap(text, tokens, k) \
            or _content(previous) not in L.ORGANISATIONS:
        return None
    after = _bracket_end(text, tokens, k, limit)
    if after is not None and after < limit and gap(text, tokens, after).strip() == ")" \
            and tokens[after].norm.startswith("ال") and tokens[after].norm.endswith(("يه", "ي")) \
            and not _lexical(tokens[after].norm):
        after += 1      # "شرطة (ويتشيتا) الحكومية": and the adjective after it
    return after


def _closing_at(text: str, tokens: list[Token], first: int, stop: int) -> int | None:
    """The first token from `first` (up to `stop`) that a closing quotation mark follows,
    or the text's last token: where a quoted name ends."""
    return next((j for j in range(first, stop)
                 if j + 1 >= len(tokens) or not _CLOSING.isdisjoint(gap(text, tokens, j + 1))),
                None)


def _quoted_coordinates(text: str, tokens: list[Token], end: int, limit: int) -> int:
    """"صحيفتا "ذي دايلي مايل" و"دايلي تلغراف"": the bodies named after the first, each in
    its quotation marks, are the subject too; "بنك الاستثمار العالمي «مورغان ستانلي» إن": so
    is the name of the body, quoted right after it, when the report goes on after it (and
    when the phrase stopped inside the quoted name: "شركة «الجزيرة كابيتال» إن")."""
    opened = next((j for j in range(end - 1, max(0, end - 3) - 1, -1)
                   if not _OPENING.isdisjoint(gap(text, tokens, j))), None)
    if opened is not None and end < limit \
            and all(_CLOSING.isdisjoint(gap(text, tokens, m)) for m in range(opened + 1, end + 1)):
        close = _closing_at(text, tokens, end, min(limit, end + 3))
        if close is not None and close + 1 <= limit and close + 1 < len(tokens) \
                and L.particle(tokens[close + 1].norm):
            return close + 1
    if end < limit and not _OPENING.isdisjoint(gap(text, tokens, end)) \
            and frozenset("،,؛;").isdisjoint(gap(text, tokens, end)):
        # (a name may open with a particle's letters: "محطة «إن تي في» أنّ …")
        close = _closing_at(text, tokens, end, min(limit, end + 4))
        if close is not None and close + 1 <= limit and close + 1 < len(tokens) and (
                L.particle(tokens[close + 1].norm) or L.bare(tokens[close + 1].norm) == "في"
                or L.bare(tokens[close + 1].norm) in _ISSUING):
            end = close + 1     # ("مسح لوكالة أنباء "رويترز" أجرته …": who made it, then)
    while end + 1 < limit and tokens[end].norm == "و" \
            and not _CLOSING.isdisjoint(gap(text, tokens, end)) \
            and not _OPENING.isdisjoint(gap(text, tokens, end + 1)):
        close = _closing_at(text, tokens, end + 1, min(limit, end + 6))
        if close is None:
            break
        end = close + 1
    return end


# Adjectives of unnamed sources that a name never opens with.
_HIGH_RANKING = L._norm("رفيع رفيعه رفيعا")
# Nouns of events and places whose genitive is their proper name: "مهرجان تمور بريدة".
_NAMED_THINGS = L._norm("مهرجان معرض مؤتمر ملتقي منتدي بطوله دوري كاس مسابقه جائزه حمله "
                        "برنامج مشروع مستشفي مركز")


def _occasion_like(norm: str) -> bool:
    return L.bare(norm) in _NAMED_THINGS


def _unknown_word(text: str, tokens: list[Token], k: int) -> bool:
    """Token k, joined to the one before, is a word no list knows, without the article."""
    norm = tokens[k].norm
    return not broken(text, tokens, k) and L.bare(norm) not in L._KNOWN \
        and not _definite(norm) and not has_tanween(text, tokens[k]) and not is_number(tokens[k])


def _occasion_noun(norm: str) -> bool:
    """"تصريح"، "اجتماعه"، "كلمته"، "بيان": an occasion of speaking, with or without his
    pronoun (بيان is the word itself, not بـ + يان)."""
    if L.bare(norm) in L.OCCASIONS:
        return True
    word = _content(norm)
    bases = [word] + [word[:-len(p)] for p in ("ه", "ها", "هم") if word.endswith(p)] \
        + [word[:-len(p)] + "ه" for p in ("ته", "تها", "تهم") if word.endswith(p)]
    return any(len(base) >= 3 and base in L.OCCASIONS for base in bases)


def _purpose(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"لنصرة الأشقاء"، "لمكافحة الفساد": لـ and a verbal noun with its definite genitive,
    inside a body's or an office's name (an addressee, "لرويترز"، "لـ«عكاظ»", has none)."""
    norm = tokens[k].norm
    if norm[:1] != "ل" or _definite(norm) or len(norm) < 5 or k + 1 >= limit \
            or broken(text, tokens, k + 1) or _ends_phrase(text, tokens, k, limit):
        return False
    following = tokens[k + 1].norm
    if _institution(norm) or L.bare(following) in _NAME_TITLES:
        return False    # "لمركز الملك سلمان": a body named after a king, not a purpose
    if not following.startswith("ال") and k + 2 < limit and not _lexical(following) \
            and not has_tanween(text, tokens[k + 1]) and not broken(text, tokens, k + 2) \
            and not _verb_shaped(following):
        following = tokens[k + 2].norm      # "لتصحيح أوضاع الجالية": a chain of two
    return following.startswith("ال") and not _stops_phrase(following) \
        and not _is(following, L.TIME_WORDS)


def _genitive_rank(previous: str, norm: str) -> bool:
    """"مدير الفريق"، "رئيس بعثة الفريق"، "قائد اللواء": after a noun in the construct state (no
    article) inside a title, a word that is also a rank (الفريق، اللواء) is its genitive, the
    team or the brigade; after a definite word it is a rank before a name ("رئيس الأركان
    الفريق …")."""
    return _definite(norm) and not _definite(previous) and not previous.isdigit()


def _place_name_before(tokens: list[Token], k: int) -> bool:
    """"… بمنطقة نجران المقدم علي …": the word before token k is the name of a region, a
    province or a city (after منطقة، محافظة، مدينة), no noun in construct: a rank after it
    opens the name of who speaks, not the genitive of a team or a brigade."""
    return k >= 2 and _content(tokens[k - 2].norm) in _PLACE_NOUNS


_PLACE_NOUNS = L._norm("منطقه محافظه مدينه ولايه مقاطعه اقليم")


def _agreeing_nisba(text: str, tokens: list[Token], k: int) -> bool:
    """"لكن مسؤولاً أمريكياً قال": after إنّ/لكنّ the subject is accusative, and its nisba
    adjective with it; a nisba with tanween after a head with tanween describes it."""
    return k > 0 and tokens[k].norm.endswith("يا") and (
        has_tanween(text, tokens[k - 1])
        or k > 1 and tokens[k - 1].norm.endswith("يا") and _agreeing_nisba(text, tokens, k - 1))
    # ("لكن مصدرًا قضائيا فرنسيًا قال": the second of two, the first written without its mark)


def _basim(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """Is token k the given name باسم (Basim) rather than the preposition "in the name of"
    (المتحدث باسم الجيش)? It is when what follows is no body, place or known word but a name
    that ends where names end ("مدير الفريق باسم أبوداود أن …")."""
    if tokens[k].norm != "باسم" or k + 1 >= limit or broken(text, tokens, k + 1) \
            or k > 0 and _content(tokens[k - 1].norm) in _SPEAKS_FOR \
            or k > 1 and L.bare(tokens[k - 1].norm) in ("الرسمي", "الرسميه") \
            and _content(tokens[k - 2].norm) in _SPEAKS_FOR:
        return False    # ("المتحدث الرسمي باسم ميليشيا الحوثي": its adjective between)
    following = tokens[k + 1].norm
    if _definite(following) or _lexical(following) or _is(following, L.ORGANISATIONS) \
            or _is(following, L.COUNTRIES) or has_tanween(text, tokens[k + 1]):
        return False
    end = _name(text, tokens, k + 1, limit)
    return end > k + 1 and _firm_boundary(text, tokens, end, limit)


def _institution(norm: str) -> bool:
    """A noun that names a place or body after a person (جامعة، مستشفى، مدينة …)."""
    word = _content(norm)
    return word in _CONSTRUCT or word in L.ORGANISATIONS or L.bare(norm) in _CONSTRUCT \
        or word in _NAMED_AFTER


def _royal_name(text: str, tokens: list[Token], k: int, stop: int) -> int:
    """The end of the name after a royal title inside an institution's name: "(جامعة)
    الملك سعود"، "(مستشفى) الملك فهد"، "(مدينة) الملك عبدالعزيز"."""
    if k >= stop or _ends_phrase(text, tokens, k, stop):
        return k
    k += 1
    while k + 1 < stop and tokens[k].norm in ("بن", "ابن", "بنت", "ال") \
            and not _ends_phrase(text, tokens, k + 1, stop):
        k += 2          # "الملك سلمان بن عبدالعزيز"
    return k


def _participle_shaped(norm: str) -> bool:
    """An accusative active participle: فاعلاً (ناعياً، رافضاً) or مُفعِلاً (معلقاً، مؤكداً)."""
    return norm.endswith("ا") and (len(norm) == 5 and norm[1] == "ا"
                                   or norm[0] == "م" and len(norm) >= 5)


def _participle_then_preposition(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"متطرقا إلى"، "مستعرضا على"، "متحدثا عن" at token k: a derived participle in the
    accusative (مُفعِلاً، مُتفعِّلاً، مُستفعِلاً, its tanween unwritten), then the preposition
    it governs; no word of a name (ماريا، مولينا، ميراندا have a long vowel second, and
    مندوزا، مدينا go on with إنّ or في, not with these)."""
    word = L.bare(tokens[k].norm)
    return len(word) >= 5 and word[0] == "م" and word[1] not in "اوي" and word.endswith("ا") \
        and word not in L.GIVEN_NAMES and k + 1 < limit and not broken(text, tokens, k + 1) \
        and tokens[k + 1].norm in ("الي", "علي", "عن")


def _masdar_then_its_object(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"شرحا للمعالجة"، "دعما للمبادرة" at token k: a verbal noun of three root letters in the
    accusative (no long vowel inside, unlike كاكا، ليزا، روما), then لـ and its object: the
    verb's object, written without its tanween."""
    word = L.bare(tokens[k].norm)
    return len(word) == 4 and word.endswith("ا") and not set(word[1:3]) & set("اوي") \
        and word not in L.GIVEN_NAMES and k + 1 < limit and not broken(text, tokens, k + 1) \
        and tokens[k + 1].norm.startswith("لل") and tokens[k + 1].norm not in _PRESS_AUDIENCE


# Whom it was said to, in one word ("قال كاكا للصحفيين"، "للموقع"), never the object of a
# verbal noun.
_PRESS_AUDIENCE = L.TO_THE_PRESS | L._norm("للموقع للقناه للصحيفه")


def _accusative(norm: str) -> bool:
    """An indefinite word in the accusative, its alif written (موقفا، صارما), no name."""
    word = L.bare(norm)
    return len(word) >= 4 and word.endswith("ا") and not word.startswith("ال") \
        and word not in L.GIVEN_NAMES and word not in L.VERB_SHAPED_NAMES


def _verbal_noun_chain(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """An indefinite verbal noun (تعزيز، استخدام) at token k, then a word with the article."""
    return k + 1 < limit and verbal_noun_shape(L.bare(tokens[k].norm)) \
        and not broken(text, tokens, k + 1) and _definite(tokens[k + 1].norm)


def _construct_plural(word: str) -> bool:
    """A participle's sound plural in construct, which has lost its ن: مُفاعِلو (مقاتلو)،
    مُفعِّلو (مشجعو، موظفو)، مستفعِلو (مستخدمو); not a foreign name in و, whose م a long
    vowel follows or which ends in يو (ماريو، مارسيلو، مونتيرو، مورينيو)."""
    return len(word) >= 5 and word[0] == "م" and word[-1] == "و" and not word.endswith("يو") \
        and word[1] != "ا" and not (word[1] in "وي" and len(word) > 5) \
        and word not in L.GIVEN_NAMES and word not in L.VERB_SHAPED_NAMES


def _verbal_noun(norm: str) -> bool:
    """"التعليق"، "الاستمرار": a definite verbal noun of the تفعيل or استفعال kind (an
    adjective of these shapes ends in ي or ة: التنفيذي، الاستثنائية; the إفعال kind, الإعلان,
    is left out: unvowelled it is the plural الأوضاع، الإسبان، الاثنان)."""
    if not norm.startswith("ال") or norm.endswith(("ي", "ه", "ة")):
        return False
    return verbal_noun_shape(norm[2:])


def _derived_verbal_noun(word: str) -> bool:
    """"ارتياح"، "استمرار"، "تأكيد": shaped as a verbal noun of the افتعال, استفعال or تفعيل
    kind (some such words are given names, انتصار، ابتسام: asked only of one with a pronoun)."""
    return verbal_noun_shape(word) or len(word) == 6 and word[0] == "ا" and word[2] == "ت" \
        and word[4] == "ا"


def verbal_noun_shape(word: str) -> bool:
    """"تسريح"، "استمرار": shaped as a verbal noun of the تفعيل or استفعال kind."""
    return _tafil_shape(word) or len(word) == 7 and word.startswith("است") and word[5] == "ا"


def _ifaal(word: str) -> bool:
    """"إلقاء"، "إسقاط"، "إعلان": shaped as a verbal noun of the إفعال kind (written with إ:
    a plural أفعال, أرقام، أطراف, and names like أريام have أ), no given name (إحسان، إلهام;
    nor one with a long vowel second, إيمان، إيلان)."""
    return len(word) == 5 and word[0] == "ا" and word[3] == "ا" and word[1] not in "يو" \
        and word not in L.GIVEN_NAMES and word not in _IFAAL_NAMES


_IFAAL_NAMES = L._norm("احسان الهام انعام اكرام ايناس اسلام الياس اسحاق")


def _tafaaul(word: str) -> bool:
    """"تعاون"، "تنازل": shaped as a verbal noun of the تفاعل kind."""
    return len(word) == 5 and word[0] == "ت" and word[2] == "ا" and word not in L.GIVEN_NAMES


def _tafil_shape(word: str) -> bool:
    """"تسريح"، "تنفيذ": shaped as a verbal noun of the تفعيل kind (as توفيق، a name, is)."""
    return len(word) == 5 and word[0] == "ت" and word[3] == "ي"


def _tafila_shape(word: str) -> bool:
    """"تهنئة"، "تعزية"، "تلبية": shaped as a verbal noun of the تفعلة kind (of a verb whose
    last letter is weak or a hamza), the object of a verb ("ونقل المتحدث الرسمي تهنئة
    الوزير"), never a name's first word (نقل's subject has no name there)."""
    return len(word) == 5 and word[0] == "ت" and word[3] in "يئ" and word[4] == "ه"


def _source_object(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"أكدت مصادر عسكرية | نجاح القوات"، "مصادر صحفية | رفض الحكومة": after an unnamed
    source's adjective of belonging (-ية, which a broken plural takes), an indefinite noun
    that is no adjective of it (no -ة/-ي ending, no و) and has a definite genitive after it
    is a verbal noun in construct, the verb's object; "مصادر شبكة …"، "مصدر مسؤول"،
    "شهود عيان" have no such adjective before the noun."""
    previous, norm = tokens[k - 1].norm, tokens[k].norm
    if not (len(previous) >= 5 and previous.endswith("يه")) or _definite(previous) \
            or norm[:1] == "و" or _definite(norm) or norm.endswith(("ه", "ي", "ون", "ين", "ات")) \
            or _complement(norm) or L.one_of(norm, L.PREPOSITIONS) or _lexical(norm) \
            and L.bare(norm) not in L.NOT_NAMES or has_tanween(text, tokens[k]):
        return False
    return k + 1 < limit and not broken(text, tokens, k + 1) and _article(text, tokens[k + 1])


def _sound_plural_after_singular(previous: str, norm: str) -> bool:
    """A definite sound masculine plural ("المواطنين"، "المسؤولون") right after a definite
    singular word, or a feminine one ("الإضافات") right after a definite singular in ة
    ("اللجنة"): no adjective of it (an adjective agrees in number), so not the phrase's.
    (A definite word takes no pronoun, so its final ه is a written ة.)"""
    if not (norm.startswith("ال") and previous.startswith("ال")):
        return False
    if norm.endswith(("ين", "ون")) and len(norm) >= 7:
        return not previous.endswith(("ين", "ون", "ات")) and previous not in L.ANONYMOUS \
            and previous not in L.PEOPLE_PLURALS_IN_TA
        # (a broken plural of people agrees with it: "الطلاب المنتظمين"، "الطلبة السعوديين")
    return norm.endswith("ات") and len(norm) >= 6 and previous.endswith("ه")


def _verbal_noun_with_pronoun(text: str, token: Token) -> bool:
    """"حرصه"، "استعداده"، "ترحيبها"، "استنكاره": a verbal noun with his or her pronoun
    (a noun a list knows as never a name, or one of the تفعيل or استفعال kind), which
    opens the verb's object, never a name ("وجيه"، "نبيه" are names: their stems are not
    such nouns)."""
    if not _with_pronoun(text, token):
        return False
    word = L.bare(token.norm)
    stem = word[:-2] if word.endswith("ها") else word[:-1]
    return stem in L.NOT_NAMES or verbal_noun_shape(stem)


def _chain_definite(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"نقيب أصحاب المخابز": a construct chain of indefinite nouns ending in a definite one
    (before any preposition or باسم) makes the title definite."""
    for j in range(k, min(limit, k + 4)):
        if _ends_phrase(text, tokens, j, limit) or _preposition(text, tokens, j) \
                or tokens[j].norm in _ON_BEHALF or _complement(tokens[j].norm) \
                or has_tanween(text, tokens[j]):
            return False
        if _definite(tokens[j].norm):
            return True     # (a word a list knows too: "وزير خارجية الإمارات")
        if _lexical(tokens[j].norm) and j > k:
            return False
    return False


def _plural_adjective_after(tokens: list[Token], k: int) -> bool:
    """"معارضون سوريون بارزون": a sound plural (-ون/-ين) after a plural of belonging, one
    more adjective of the group (and what follows it is not)."""
    previous = tokens[k - 1].norm
    return k >= 2 and previous.endswith(("ون", "ين")) and len(previous) >= 5 \
        and not previous.startswith("ال") and _nisba_plural(L.bare(tokens[k - 2].norm))


def _feminine_title(text: str, token: Token) -> bool:
    """"نائبة رئيس الائتلاف": a title in the feminine, written with its ة (نائبه, his
    deputy, reads the same once normalised), which governs the next noun."""
    word = token.norm[:-1]
    return ta_marbuta(text, token) and word in L.PERSON_TITLES and len(word) >= 4 \
        and word not in L.RELATIONS     # (not جدة, the city, for جد)


def _takes_genitive(norm: str) -> bool:
    if norm in _INNER_ADJECTIVES or L.bare(norm) == "امين":
        return True         # "مدير عام فرع الوزارة": the chain goes on past the adjective;
        # (أمين is only ever a phrase's head as the title: "أمين عام الاتحاد")
    word = _content(norm)
    if _governing_verbal_noun(word):
        return True         # "لجنة متابعة أعمال الصيانة"، "للرقابة على تنفيذ مخرجات الحوار"
    return word in _CONSTRUCT or L.bare(norm) in _CONSTRUCT or _is(norm, L.PERSON_TITLES) \
        or _is(norm, L.ORGANISATIONS) or _complement(norm) or word in L.ORGANISATIONS \
        or word in L.PERSON_TITLES


# Titles of men written with ة: "قال عمدة البلدة"، "الخليفة"، "العلامة" (a verb in the
# masculine before them still has them for its subject).
_MASCULINE_IN_TA = L._norm("عمده خليفه علامه رحاله")


def _feminine_head(text: str, token: Token) -> bool:
    return ta_marbuta(text, token) and _content(token.norm) not in _MASCULINE_IN_TA


def _second_adjective(text: str, tokens: list[Token], k: int) -> bool:
    """"عمدة بلدة إيطالية صغيرة": after a feminine noun without the article and its adjective
    of belonging (إيطالية), a word in ة is one more adjective of the same noun, not a name."""
    return k >= 2 and tokens[k].norm.endswith("ه") and not _definite(tokens[k].norm) \
        and tokens[k - 1].norm.endswith("يه") and len(tokens[k - 1].norm) >= 5 \
        and not _definite(tokens[k - 1].norm) and tokens[k - 2].norm.endswith("ه") \
        and not _definite(tokens[k - 2].norm) and not broken(text, tokens, k) \
        and not broken(text, tokens, k - 1) and L.bare(tokens[k].norm) not in L.GIVEN_NAMES \
        and L.bare(tokens[k - 1].norm) not in L.GIVEN_NAMES


_CHARGED = L._norm("المكلف المكلفه المفوض المفوضه")


def _participle_object(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"الناطق باسم النيابة الفيدرالية المكلفة شؤون الإرهاب": after a participle that takes
    its object directly (المكلف، المكلفة، المفوض), a noun without the article and a noun with
    it are what the office is charged with, a construct chain, not a name. (Only these: a
    word of the same shape is mostly a place or a body, "قائمقام المدينة دلف الكبيسي", or a
    nisba, "المغنية المصرية ياسمينا العلواني", before a name.)"""
    if k < 1 or k + 1 >= limit or broken(text, tokens, k) or broken(text, tokens, k + 1):
        return False
    return tokens[k - 1].norm in _CHARGED \
        and not _definite(tokens[k].norm) and _definite(tokens[k + 1].norm) \
        and L.bare(tokens[k].norm) not in L.GIVEN_NAMES \
        and not _is(tokens[k].norm, L.RANKS) and not _is(tokens[k].norm, L.HONORIFICS)


def _governing_verbal_noun(word: str) -> bool:
    """A verbal noun of the مفاعلة or تفعيل kind (متابعة، مهاتفة، تنفيذ), which governs the
    next noun and is never a name (توفيق، تيسير are names)."""
    return (len(word) == 6 and word[0] == "م" and word[2] == "ا" and word[-1] == "ه"
            or _tafil_shape(word)) and word not in L.GIVEN_NAMES


# A firm, then its name: "مجموعة هايتونغ سيكيوريتيز"، "بنك غولدمان ساكس".
_FIRMS = L._norm("مجموعه شركه بنك مصرف")


def _titled(text: str, tokens: list[Token], first: int, head: int, limit: int,
            honorifics: list[str]) -> Subject:
    """A title, its complements, then perhaps ranks, honorifics and a name. After a title of
    relation to another person ("والد الطفلة"، "محامي المتهم") a name may be either's: the
    speaker is the title alone."""
    head_norm = tokens[head].norm
    after_head = head + 1
    # "مدير عام الهيئة"، "نائب أول رئيس …": an adjective inside the title, its genitive after
    if after_head < limit and tokens[after_head].norm in _INNER_ADJECTIVES:
        after_head += 1
    following = tokens[after_head].norm if after_head < limit and not _ends_phrase(
        text, tokens, after_head, limit) else ""
    # "وزير الخارجية …" is definite through its genitive (so is "رئيس بلديتها", through its
    # pronoun); "متحدث باسم …", "مسؤول أمريكي" are indefinite: an unnamed person, and a name
    # after them belongs to their complement
    definite = _definite(head_norm) or _definite(following) \
        or _possessive_title(L.bare(head_norm)) or _kin_in_ta_then_name(text, tokens, head, limit) \
        or bool(following) and _possessed(text, tokens[after_head]) \
        or bool(following) and _takes_genitive(following) and not _complement(following) \
        or _chain_definite(text, tokens, after_head, limit)
    end = _phrase(text, tokens, head + 1, limit, definite, names=definite)
    written = text[tokens[head].start:tokens[head].end].rstrip("\u0640")
    if _possessive_title(L.bare(head_norm)) and (head_norm.endswith(("ها", "هم"))
                                                 or written.endswith("ه")):
        # "حذر رئيسها | الولايات المتحدة": a title with its pronoun takes no genitive, only
        # its adjectives ("مديرها العام"، "رئيسها التنفيذي"); the noun after it is the object
        # (the pronoun as the text spells it: "رئيسة اللجنة" is a woman's title, in ة)
        stop = next((j for j in range(head + 1, end) if not (
            _definite(tokens[j].norm) and tokens[j].norm.endswith(("ي", "يه", "العام"))
            or tokens[j].norm in _INNER_ADJECTIVES)), end)
        if stop < end and not broken(text, tokens, stop) \
                and (_is(tokens[stop].norm, L.COUNTRIES) or tokens[stop].norm == "الولايات"
                     or _definite(tokens[stop].norm) and _is(tokens[stop].norm, L.ORGANISATIONS)):
            # (only a country or a body: "ابنه الآخر أحمد …" goes on to his name)
            return _make(text, tokens, first, stop - 1, "person", title_from=head,
                         feminine=_feminine_head(text, tokens[head]),
                         honorifics=tuple(honorifics))
    # "مسؤول حكومي رفيع المستوى": an unnamed source described by adjectives; no name
    # follows them
    described = L.bare(head_norm) in L.ANONYMOUS_SINGULAR and following.endswith("ي") \
        and not following.startswith(("ال", "ب", "ل"))
    if head < end < limit and end - head <= 12 and _occasion_like(tokens[end - 1].norm):
        # "… في مهرجان تمور بريدة، أن": the festival's name (a word or two no list knows, up
        # to the phrase's end) goes on the title (not "مهرجان بريدة للتمور المهندس …")
        named_end = end
        while named_end < min(limit, end + 2) and _unknown_word(text, tokens, named_end):
            named_end += 1
        if end < named_end < limit and tokens[named_end].norm.startswith("لل") \
                and len(tokens[named_end].norm) > 4 and not broken(text, tokens, named_end) \
                and named_end + 1 < limit and not broken(text, tokens, named_end + 1) \
                and L.bare(tokens[named_end + 1].norm) in L.GIVEN_NAMES:
            named_end += 1      # "مهرجان أبها للتسوق | إبراهيم …": what it is for, then his name
        if named_end > end and (named_end >= limit or broken(text, tokens, named_end)
                                or L.particle(tokens[named_end].norm)
                                or L.bare(tokens[named_end].norm) in L.GIVEN_NAMES
                                or _is(tokens[named_end].norm, L.RANKS)
                                or _is(tokens[named_end].norm, L.HONORIFICS)):
            end = named_end     # (then his name: "مدير مهرجان أبها للتسوق إبراهيم آل جار الله")
    if head + 1 < end < limit and _content(tokens[end - 2].norm) in _FIRMS \
            and _unknown_word(text, tokens, end - 1) and _unknown_word(text, tokens, end) \
            and L.bare(tokens[end].norm) not in L.GIVEN_NAMES \
            and (end + 1 >= limit or broken(text, tokens, end + 1)
                 or L.particle(tokens[end + 1].norm)
                 or L.bare(tokens[end + 1].norm) in L.GIVEN_NAMES):
        end += 1    # "المحلل في مجموعة هايتونغ سيكيوريتيز إن"، "بنك غولدمان ساكس": the
        # firm's name goes on to its second word, which names no one (his name, if any,
        # opens with a given name after it)
    if described and end < limit and tokens[end].norm in _HIGH_RANKING \
            and not broken(text, tokens, end):
        # "مسؤول حكومي رفيع المستوى": high-ranking, and of what level, goes on the phrase
        end += 1 + (end + 1 < limit and tokens[end + 1].norm == "المستوي"
                    and not broken(text, tokens, end + 1))
    if definite and end < limit and _amin_title(text, tokens, end, limit):
        # "مدير عام الهيئة … أمين عام مجلس التنمية … المهندس محمد العمرة": a second office
        # he holds, not a name (أمين is a given name too)
        end = _phrase(text, tokens, end + 1, limit, True, names=True)
    if L.bare(head_norm) in _KIN and end == after_head and end < limit \
            and not _ends_phrase(text, tokens, end, limit):
        # "عبر والد شهيد الواجب عن …": the relative of the one named after it speaks
        name_end = _name(text, tokens, end, limit)
        if name_end > end:
            return _make(text, tokens, first, name_end - 1, "person", title_from=head,
                         feminine=_feminine_head(text, tokens[head]), honorifics=tuple(honorifics))
    title_last = end - 1
    k = end
    name_title = None
    honoured = end < limit and (_is(tokens[end].norm, L.HONORIFICS) or _is(tokens[end].norm,
                                                                           L.RANKS))
    related = L.bare(head_norm) in L.RELATIONS and any(
        _is(t.norm, L.PERSON_TITLES) or _is(t.norm, _SOMEONE) and not honoured
        for t in tokens[head + 1:end]) or L.bare(head_norm) in L.PLURAL_TITLES
    # ("والد الشهيد الشيخ علي …": an honorific says the name is the father's)
    if definite and not related and k < limit and gap(text, tokens, k).strip() in _SET_OFF:
        # "قال الرئيس الأميركي، دونالد ترامب، إن …"، "قال قائد المعركة، اللواء فضل حسن، إن …":
        # a name between commas after the title
        named = k
        while named < limit and (_is(tokens[named].norm, L.RANKS)
                                 or _is(tokens[named].norm, L.HONORIFICS)) \
                and not broken(text, tokens, named + 1):
            named += 1
        dashed = "-" in gap(text, tokens, k) or "–" in gap(text, tokens, k)
        verbal = named < limit and _derived_verbal_noun(L.bare(tokens[named].norm)) \
            and L.bare(tokens[named].norm) not in L.GIVEN_NAMES
        # ("قاضي مدينة سوكري البوليفية، احتجاز كارلوس تشافيز،": what the judge decided)
        if named < limit and not verbal and (not _lexical(tokens[named].norm)
                                             or named > k
                                             and L.bare(tokens[named].norm) in L.GIVEN_NAMES) \
                and not (dashed and named == k and _definite(tokens[named].norm)):
            # (a dash then a word with the article is the title's own second part: "لجنة
            # الحوار اللبناني - الفلسطيني، الوزير السابق …")
            name_end = _name(text, tokens, named, limit, ranked=named > k)
            if named < name_end < len(tokens) \
                    and (gap(text, tokens, name_end).strip() in _SET_OFF
                         or named > k and (gap(text, tokens, name_end).strip() == ":"
                                           or _speech_particle(tokens[name_end].norm)
                                           and not broken(text, tokens, name_end))):
                # (or a rank then the name, and إن/أن right after it: "وأوضح المشرف العام
                # على برنامج …، الدكتور مساعد الأحمد أن …")
                return _with_name(text, tokens, first, head, title_last, named, name_end,
                                  limit, honorifics)
    if definite and not related and k < limit and not _ends_phrase(text, tokens, k, limit):
        # "… صاحب السمو الملكي الأمير محمد بن نايف": honorifics, ranks, then a title said as
        # part of the name
        while k < limit and (_is(tokens[k].norm, L.RANKS) or _is(tokens[k].norm, L.HONORIFICS)
                             or L.bare(tokens[k].norm) in _NAME_TITLES
                             and not _given_amira(tokens, k, limit)
                             or _rank_branch(tokens, k, end)) \
                and not broken(text, tokens, k) and not _given_not_rank(text, tokens, k, limit):
            if L.bare(tokens[k].norm) == "صاحب" and not (
                    k + 1 < limit and _is(tokens[k + 1].norm, L.HONORIFICS)):
                break   # "الناقد الأدبي صاحب المقالات الرياضية": the author of, not "صاحب
                # السمو": who he is, no name after it
            if _is(tokens[k].norm, L.HONORIFICS):
                honorifics.append(L.bare(tokens[k].norm))
            if L.bare(tokens[k].norm) in _NAME_TITLES:
                name_title = k
            k += 1
        ranked = k > end
        if not ranked and _participle_object(text, tokens, k, limit):
            title_last, k = k + 1, k + 2    # (its object goes on the title; a name may follow)
        elif not ranked and _second_adjective(text, tokens, k):
            title_last, k = k, k + 1        # (and so does one more adjective)
        # a name that starts like a verb ("يوهان كراوس") is still a name after a title when it
        # ends where a name ends
        shaped = k < limit and _verb_shaped(tokens[k].norm) and not _known(tokens[k].norm) \
            and (not _prefixed(L.bare(tokens[k].norm)) or _foreign_pair(text, tokens, k, limit))
        # ("رئيس الفلبين يؤيد ترشيح …": يؤ/تؤ opens a verb, يؤكد، تؤيد, never a name)
        verb = k < limit and (text[tokens[k].start:tokens[k].start + 2] in ("يؤ", "تؤ")
                              or _feminine_past(tokens[k].norm) or _future(tokens[k].norm)
                              or _derived_present(tokens[k].norm)
                              or _afal_then_that(text, tokens, k, limit))
        if shaped and not ranked:
            trial = _name(text, tokens, k, limit, True)
            ranked = trial > k and _firm_boundary(text, tokens, trial, limit)
        like_time = k < limit and _named_like_time(text, tokens, k, limit)   # "اللواء صباح بن"
        known_noun = k < limit and _article(text, tokens[k]) \
            and _content(tokens[k].norm) in L._KNOWN   # "ودعا الرئيس المواطنين إلى": whom
        # "… في مهرجان تمور بريدة": a noun without its article ends the title and governs
        # the words after it, a name of a thing, not of a person
        governing = k < limit and k - 1 >= head and _occasion_like(tokens[k - 1].norm)
        word_name = k == end < limit and _word_given_name(text, tokens, k, limit)
        # ("رئيس نادي الزمالك وهيثم عرابي مدير التعاقدات": و and a given name is someone else)
        another = k < limit and tokens[k].norm[:1] == "و" \
            and L.bare(tokens[k].norm) not in L.GIVEN_NAMES \
            and L.bare(tokens[k].norm[1:]) in L.GIVEN_NAMES
        if k < limit and not verb and not known_noun and not (described and not ranked) \
                and not governing and not another \
                and not _accusative_pair(text, tokens, k, limit) \
                and (not _ends_phrase(text, tokens, k, limit) or like_time or word_name) \
                and (not _lexical(tokens[k].norm) or ranked and _verb_shaped(tokens[k].norm)
                     or _opens_a_name(text, tokens, k, limit) or _ali(text, tokens[k]) or like_time
                     or _basim(text, tokens, k, limit) or _son_of_follows(text, tokens, k, limit)
                     or word_name or ban_ki_moon(text, tokens, k)) \
                and not has_tanween(text, tokens[k]):
            name_end = _name(text, tokens, k, limit, ranked, article_first=k == end
                             and (_name_after_closing_adjective(text, tokens, k, limit)
                                  or L.bare(tokens[k].norm) in _DEFINITE_GIVEN_NAMES))
            if word_name and name_end == k:
                # (the family name after it ends where a name ends, firmly)
                trial = _name(text, tokens, k + 1, limit, True)
                if trial > k + 1 and _firm_boundary(text, tokens, trial, limit):
                    name_end = trial
            if name_end == k + 1 and L.bare(tokens[k].norm) in L.RELATIONS:
                name_end = k    # one word of kinship is no name: "… لشركة مترو جدة إلى
                # أن", the city (جدة) after the company's name
            if name_end == k + 1 and not ranked and name_end + 1 < limit \
                    and gap(text, tokens, name_end).strip() in (",", "،") \
                    and L.bare(tokens[name_end].norm) in L.GIVEN_NAMES:
                # "رئيس قسم … في مشروع غاز واسط، فهد عبدالحفيظ، …": one word the title's
                # last noun governs (a place, a field), then a comma and a full name set off
                # as names are: the name is his, the word the title's
                named_end = _name(text, tokens, name_end, limit)
                if named_end >= name_end + 2 and (
                        named_end >= limit or gap(text, tokens, named_end).strip() in _SET_OFF
                        or _speech_particle(tokens[named_end].norm)
                        and not broken(text, tokens, named_end)):
                    title_last, k, name_end = k, name_end, named_end
            belonging = _belonging_name(text, tokens, name_end, limit)
            if belonging is not None:
                # "المسؤول الإعلامي لغرفة عمليات عمر المختار التابعة للجيش الليبي عبدالكريم
                # صبرا": the name was the body's (what belongs to the army), his comes after
                title_last, k, name_end = belonging[0] - 1, belonging[0], belonging[1]
            if name_end > k:
                subject = _with_name(text, tokens, first, head, title_last, k, name_end, limit,
                                     honorifics)
                if name_title is not None and name_title > title_last:
                    label = text[tokens[name_title].start:tokens[name_end - 1].end]
                    subject = replace(subject, label=label)
                return subject
    head_word = L.bare(head_norm)
    kind = "anonymous" if not definite and (head_word in L.ANONYMOUS or head_word in L.RANKS) \
        else "person"
    return _make(text, tokens, first, title_last, kind, title_from=head,
                 feminine=_feminine_head(text, tokens[head]), honorifics=tuple(honorifics))


# Given names that are also words ("بيان", a statement): a name only where one is certain,
# right after a definite title and before a word no list knows.
_WORD_NAMES = L._norm("بيان")


def _word_given_name(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"وقالت المحامية بيان زهران: إنه": a given name that is also a word, after a title
    and before the family name (a definite title is never in construct with a bare noun)."""
    return L.bare(tokens[k].norm) in _WORD_NAMES and k + 1 < limit \
        and not broken(text, tokens, k + 1) and not has_tanween(text, tokens[k]) \
        and not _lexical(tokens[k + 1].norm) and not tokens[k + 1].norm.startswith("ال") \
        and L.bare(tokens[k + 1].norm) not in ("صادر", "صادره")   # (a statement issued by)


_BARE_OFFICES = L._norm("الوزير الامير المحافظ السفير المدير الوكيل الرئيس الملك")


def _speech_particle(norm: str) -> bool:
    return L.bare(norm) in ("ان", "انه", "انها", "بان", "بانه", "بانها")


# What sets a name off after its title: commas, or dashes ("المبعوث الأممي -نيكولاي
# ملادينوف- إن").
_SET_OFF = (",", "،", "-", "–", "—")


def second_title(norm: str) -> bool:
    """"وقائد"، "وأحد"، "والمتحدث": و and a title (or "one of"), another office of the man
    the title before it named."""
    return norm[:1] == "و" and len(norm) > 3 and (
        norm == "واحد" or _is(norm[1:], L.PERSON_TITLES) and not _is(norm[1:], L.PLURAL_TITLES))


def _belonging_name(text: str, tokens: list[Token], k: int, limit: int
                    ) -> tuple[int, int] | None:
    """After a name in a title, "التابعة لـ…" (or where the body is, "في الجامعة") and another
    name: the first named the body the title's chain ends with, and the second is the person
    (the first and last token of the second name, end exclusive)."""
    if k + 1 >= limit or broken(text, tokens, k) or broken(text, tokens, k + 1):
        return None
    if tokens[k].norm in ("التابع", "التابعه") and tokens[k + 1].norm.startswith("ل"):
        start = _phrase(text, tokens, k + 1, limit, True)
        to_the_report = False
    elif tokens[k].norm == "في" and _definite(tokens[k + 1].norm) \
            and not _occasion_noun(tokens[k + 1].norm):
        # "مديرة مكتبة كادبوري البحثية في الجامعة سوزان ورال": where the body is, then the
        # person (only when the second name runs to where the report begins)
        start = k + 2   # (the place and its adjectives: "في الجامعة الأمريكية")
        while start < limit and _definite(tokens[start].norm) and not broken(text, tokens, start):
            start += 1
        to_the_report = True
    else:
        return None
    if start >= limit or broken(text, tokens, start) or _lexical(tokens[start].norm) \
            or has_tanween(text, tokens[start]):
        return None
    end = _name(text, tokens, start, limit)
    if end == start or to_the_report and (end >= len(tokens) or broken(text, tokens, end)
                                          or not L.particle(tokens[end].norm)):
        return None
    return start, end


def _abe(text: str, token: Token) -> bool:
    """«آبي» written with its madda is a name («شينزو آبي»), not the link «أبي» (بن أبي
    طالب), which normalises the same."""
    return token.norm == "ابي" and text.startswith("آ", token.start)


def _faalat(word: str) -> bool:
    """A verb of the فعلت kind (عرضت، عملت): four letters, ت last, no long vowel; no name has
    that shape but a few the lists keep (رفعت، مدحت، ثابت)."""
    return len(word) == 4 and word.endswith("ت") and not set(word[:3]) & set("اوي") \
        and word not in _NAMES_IN_T and word not in L.GIVEN_NAMES


def _family_of(text: str, token: Token) -> bool:
    """«آل» as written, with its madda: the family of, which opens a family name ("الدكتور
    آل إبراهيم")؛ the article alone normalises the same."""
    return token.norm == "ال" and text[token.start] == "آ"


def _person(text: str, tokens: list[Token], first: int, k: int, limit: int,
            honorifics: list[str]) -> Subject | None:
    """A name from token k (after ranks or honorifics), then perhaps its apposition."""
    while k < limit and (_is(tokens[k].norm, L.RANKS) or _is(tokens[k].norm, L.HONORIFICS)
                         or _rank_branch(tokens, k, first)) \
            and not broken(text, tokens, k) and not _given_not_rank(text, tokens, k, limit):
        if _is(tokens[k].norm, L.HONORIFICS):
            honorifics.append(L.bare(tokens[k].norm))
        k += 1
    ranked = k > first or _shape_only(text, tokens, k, limit)
    if k >= limit:
        return None
    served = _where_he_serves(text, tokens, k, limit) if k > first else None
    if served is not None:
        # "النقيب بالجيش العراقي غزوان الجبوري": where the rank serves, then his name
        name_end = _name(text, tokens, served, limit, True)
        if name_end - served >= 2:
            return _with_name(text, tokens, first, None, served - 1, served, name_end, limit,
                              honorifics)
    # (a family name that opens with its particle, "وقال فان در كلاوو إن", is a name too)
    family = k == first and _family_particle(text, tokens, k, limit) \
        and not is_number(tokens[k + 1])
    if not ban_ki_moon(text, tokens, k) and not family and (  # (a name whose first word is
            # written as بأنّ is)
            _ends_phrase(text, tokens, k, limit, opening=k == first) \
            and not _named_like_time(text, tokens, k, limit) \
            or _lexical(tokens[k].norm) and not (ranked and _verb_shaped(tokens[k].norm)) \
            and not _opens_a_name(text, tokens, k, limit) and not _ali(text, tokens[k]) \
            and not _son_of_follows(text, tokens, k, limit) \
            and not _named_like_time(text, tokens, k, limit) \
            and not _basim(text, tokens, k, limit) \
            and not _family_of(text, tokens[k]) \
            or has_tanween(text, tokens[k])):
        return None     # (the name Basim: "أكد باسم منقل أن …"; a family name with آل,
        # the family of, after a title: "وأوضح الدكتور آل إبراهيم أن …")
    name_end = _name(text, tokens, k, limit, ranked)
    if name_end == k:
        return None
    if name_end - k == 1 and _definite(tokens[k].norm):
        if k == first:
            # a lone word with the article after a verb: a surname if the article names
            # someone so, else nothing we can call a person (the caller decides)
            return Subject(first, k, tokens[first].start, tokens[k].end, "unknown",
                           text[tokens[k].start:tokens[k].end], name=None)
        following = k + 1
        ended = following >= limit or broken(text, tokens, following) \
            or L.particle(tokens[following].norm) \
            or L.bare(tokens[following].norm) in L.OCCASIONS \
            or _stops_phrase(tokens[following].norm) \
            or L.bare(tokens[following].norm) in _CIRCUMSTANCE
        # ("ألقى المهندس الغبان كلمة"; "وقال الدكتور الدخيل للصحفيين/خلال اجتماعه …": to
        # whom or when he spoke follows the name)
        if not L.bare(tokens[k].norm).endswith("ي") and not ended:
            return None     # "الجنرال البالغ 61 عاما": an adjective, not a surname (التركي);
            # but "وبين المهندس الفارس، أن …"، "وقال اللواء العنزي إن …" end with it
    return _with_name(text, tokens, first, None, k - 1, k, name_end, limit, honorifics)


def _infiaal(norm: str) -> bool:
    """A verbal noun of the انفعال kind: ان, two root letters, ا, the last (not انتصار, a
    woman's name of the افتعال kind, with its ت; nor أنطوان, a name with و inside)."""
    return len(norm) == 6 and norm.startswith("ان") and norm[4] == "ا" and norm[2] != "ت" \
        and norm[3] != "و" and L.bare(norm) not in L.GIVEN_NAMES


def _where_he_serves(text: str, tokens: list[Token], k: int, limit: int) -> int | None:
    """After a rank, "بالجيش العراقي"، "بشرطة الأنبار": a body joined with بـ and its
    adjectives or genitive (two words more at most); the token after them, where a name
    that no list knows must start, else None."""
    norm = tokens[k].norm
    if not norm.startswith("ب") or len(norm) < 5 or broken(text, tokens, k) \
            or _content(norm[1:]) not in L.ORGANISATIONS:
        return None
    j = k + 1
    while j < min(limit, k + 3) and not broken(text, tokens, j) and _definite(tokens[j].norm):
        j += 1
    if j >= limit or broken(text, tokens, j) or _lexical(tokens[j].norm) \
            or tokens[j].norm.startswith("ال") or has_tanween(text, tokens[j]):
        return None
    return j


# When or before whom words were said ("خلال اجتماعه"، "أمام الحضور"): never an adjective's
# complement, as "في" and "من" may be ("المختص في"، "البالغ من العمر").
_CIRCUMSTANCE = L._norm("خلال امام عبر اثناء عقب")


# Days of the week that are also family names (الخميس، الجمعة): a name's last word when a
# title follows it.
_DAY_FAMILIES = frozenset({"الخميس", "الجمعه", "السبت"})
# People a relation's title may name through their state ("والد الشهيد عيد …": the name
# may be the martyr's): the speaker is the title alone.
_SOMEONE = L._norm("الشهيد الفقيد المتوفي المتوفاه الضحيه القتيل المصاب المفقود الراحل "
                   "الطفل الطفله الشاب الشابه الفتاه الفتي")
# "ممثلة في": represented by (whoever follows speaks for the body).
_REPRESENTED = L._norm("ممثله ممثلا ممثلين ممثلتين ممثلتان ممثلان")
# "في منتصف يوليو": when, not where the body sits.
_PART_OF_TIME = L._norm("منتصف اواخر اوائل اواسط مطلع مستهل غضون")
# "his/her/their/our country": what comes before it is a noun in construct, never a name.
_COUNTRY_OF = L._norm("بلاده بلادها بلادهم بلادنا")


_CORRESPONDENTS = L._norm("مراسل مراسله")
# Latin letters as Arabic spells them in initials ("بي كي باتنايك", "جي بي مورغان"); a name
# opens with two of them or more.
_INITIALS = L._norm("بي سي دي جي كي تي اتش ار اس اف يو")


# Inside or outside a place: after a name, where the person spoke ("قالت موراي داخل مجلس
# الشيوخ: …"), never more of the name (not in PREPOSITIONS: "مصادر داخل المقاومة" is who
# the sources are).
_WHERE = L._norm("داخل خارج")


# Given names of the فعلت shape: "رفعت قمصان"، "مدحت شلبي".
_NAMES_IN_T = L._norm("بهجت مدحت رافت طلعت حكمت نشات ثروت شوكت رفعت عصمت مرفت حشمت صفوت "
                      "نجدت جودت نعمت نصرت عفت")


def _name(text: str, tokens: list[Token], k: int, limit: int, ranked: bool = False,
          article_first: bool = False) -> int:
    """The end (exclusive) of a personal name starting at token k, or k when the words there
    do not end like a name: a name is followed by punctuation, a particle, a preposition, a
    reporting word, a time word, a title in apposition or nothing ("نقل الوزير تعازي ومواساة
    خادم الحرمين" names nobody). With `article_first`, the first word's article does not end
    the name (a given name with it after a title: "المنصف المرزوقي")."""
    if ban_ki_moon(text, tokens, k):
        return k + 3    # (بان is no بأنّ there)
    start = k
    links = 0
    particle = False    # a family name came with its particle (فان جال، دي ميستورا)
    family = False      # or with أبو/آل: "خالد أبو راشد | المحامي" (a title after it)
    if tokens[k].norm in _INITIALS:
        # "بي كي باتنايك": Latin initials spelt out, then the family name
        j = k + 1
        while j < limit and tokens[j].norm in _INITIALS and not broken(text, tokens, j):
            j += 1
        if j - k >= 2 and j < limit and not broken(text, tokens, j) \
                and not tokens[j].norm.startswith("ال") and len(tokens[j].norm) >= 3:
            return j + 1
    first_norm = tokens[k].norm
    if first_norm.endswith("اه") and L.bare(first_norm)[:-1] in L.GIVEN_NAMES \
            and L.bare(first_norm) not in L.GIVEN_NAMES:
        return k    # "ليبدي المدرب البرتغالي رضاه عن …": his satisfaction (رضا and his
        # pronoun), the object, though رضا alone is a given name
    if _present_with_object(text, tokens[k]):
        return k    # "فالعالم فراي يعرفه – بأنه …": the verb that defines it, no name
    if first_norm in ("نداء", "دعاء") and k + 1 < len(tokens) \
            and tokens[k + 1].norm.startswith("ل") and not broken(text, tokens, k + 1):
        return k    # "ووجه المفتي نداء للشباب": a call to someone, what he directed (the
        # given names نداء and دعاء are nouns so)
    if first_norm == "حمله" and text[tokens[k].end - 1:tokens[k].end] == "ة":
        return k    # "وبحرمان حملة أردوغان من …": a campaign (حملة, in ة), no given name
    if first_norm == "عز" and k + 1 < len(tokens) and tokens[k + 1].norm == "وجل":
        return k    # "ودعا الصفيان المولى عز وجل أن …": God's praise (mighty and majestic)
        # after His name, whom he prayed to, no one's name
    if first_norm.endswith("ه") and L.bare(first_norm)[:-1] in _WORKS:
        return k    # "وختم المؤلف كتابه بمجموعة …"، "وختم نتائجه بأنه …": his book, his
        # findings, with his pronoun: what he closed, no name
    if _with_pronoun(text, tokens[k]) and _derived_verbal_noun(L.bare(first_norm)[:-1]):
        return k    # "أبدى القاسم ارتياحه الكبير": his relief, a verbal noun with his pronoun
    if _with_pronoun(text, tokens[k]) and text[tokens[k].start:tokens[k].end].replace(
            "\u0640", "").endswith("ته"):
        return k    # "وأكد الفنان قدرته وموهبته": a noun in ة with his pronoun (its ta opened
        # before the ha), what he showed; no name is written so (شحاتة ends in a ta marbuta)
    if _with_pronoun(text, tokens[k]) and text[tokens[k].start:tokens[k].end].endswith("ها"):
        return k    # "وختمت الباحثة حديثها بقولها": her talk, a noun with her pronoun; no
        # name opens so (his, ه, may end a name: نزيه، طه)
    if k > 0 and _place_opener(tokens[k - 1].norm) and not broken(text, tokens, k) \
            or _place_opener_with_b(first_norm):
        return k    # "قنصل المملكة في لوس أنجلوس": the second word of a place, no name; nor
        # is a place with بـ: "قنصل عام المملكة بلوس أنجلوس"
    if first_norm.startswith("بال") and (k + 1 < limit and _definite(tokens[k + 1].norm)
                                         and not broken(text, tokens, k + 1)
                                         or _known(first_norm[3:]) or first_norm.endswith("ه")
                                         or _derived_verbal_noun(first_norm[3:])):
        return k    # "وقال بالنص الصريح": بـ, a noun and its adjective, how he said it; "أكثر
        # سعادة بالحديث عن …": بـ and a word a list knows
        # (a name like بالوتيلي has no word with the article after it, nor ends in ة:
        # "ويضيف بالمقارنة نجد أن …" is by comparison)
    if first_norm in _HIGH_RANKING:
        return k    # "مسؤول حكومي رفيع المستوى": high-ranking, the source's adjective
    if first_norm in _IN_A_VOICE or text.startswith(("لأ", "لإ"), tokens[k].start):
        return k    # "وقال بصوت خافت «…»": how he said it; "عدت لأنادي قائلا": لـ and a
        # verb of the first person, what for
    if len(L.bare(first_norm)) >= 7 and L.bare(first_norm)[0] == "ا" \
            and not first_norm.startswith("ال") and text[tokens[k].start - 1:tokens[k].start] \
            not in _OPENING and L.bare(first_norm).endswith("ات") \
            and L.bare(first_norm) not in L.GIVEN_NAMES:
        return k    # "… لشؤون الحج اشتراطات وزارة الحج": a verbal noun's plural (اشتراطات،
        # إجراءات، استعدادات), what the verb governs, never a name (but a body's quoted
        # name may open with one: ""انتخابات الشرقية": …")
    if len(first_norm) >= 5 and first_norm[:2] == "لت" and _verb_shaped(first_norm[1:]) \
            and L.bare(first_norm) not in L.GIVEN_NAMES:
        return k    # "استمرت الفنانة في الغناء لتقدم باقة …": لـ and a verb, what for (not
        # لي, which opens foreign given names: ليران، ليندساي)
    if _prefixed(first_norm) and first_norm[0] == "ب" and first_norm.endswith("ه") \
            and not (k > 0 and L.one_of(tokens[k - 1].norm, L.HONORIFICS)) \
            and len(first_norm) >= 5 and k + 1 < len(tokens) and not broken(text, tokens, k + 1) \
            and (L.particle(tokens[k + 1].norm) or tokens[k + 1].norm.endswith("ه")
                 and not _definite(tokens[k + 1].norm)):
        return k    # "ويقول بقناعة تامة إنّ …"، "بصراحة إن": how he said it (بـ, a noun and
        # its adjective; not "باربرة جافي")
    if first_norm.startswith("و") and first_norm.endswith("ت") and len(first_norm) >= 5 \
            and L.bare(first_norm) not in L.GIVEN_NAMES \
            and L.bare(first_norm[1:]) not in L.GIVEN_NAMES:
        return k    # "كما تقول | وأنهت حديثها بالقول": و and a verb in the feminine past
        # (and she ended), never a name
    if first_norm.startswith("وب") and len(first_norm) >= 5 and first_norm not in L.GIVEN_NAMES:
        return k    # "… دون كميات تذكر وبنسب سيولة متدنية": و and بـ joined to a noun, "and
        # with …", never a name
    if first_norm.startswith("اؤ"):
        return k    # "قال أؤكد وبشكل حازم أن …": a verb in the first person (أؤكد، أؤمن)
    if len(first_norm) == 4 and first_norm[0] == "ا" and first_norm not in L.GIVEN_NAMES \
            and k + 1 < limit and tokens[k + 1].norm == "من" and not broken(text, tokens, k + 1):
        return k    # "ومنهم من قال أشنع من ذلك": an elative and its «than», what was said
    if _iftaal_past(first_norm) or first_norm[:1] == "و" and _iftaal_past(first_norm[1:]):
        return k    # "علما بأن الشاعر اشتهر في شعره": a past verb of the افتعل kind (اشتهر،
        # اعتبر، احتفل), what he did; a name so shaped has a long vowel (آشتون); so with و:
        # "أقر به المؤلف واعتذر عنه" (and he apologised)
    if len(first_norm) == 5 and first_norm.startswith("انت") \
            or len(first_norm) == 7 and first_norm.startswith("با") and first_norm[5] == "ا" \
            and (first_norm[3] == "ت" or first_norm[2] == "ن"):
        return k    # "ومنذ أن أنتخب إبراهيم البلوي": a verb of the افتعل kind (انتخب، انتقد)
        # (no name opens with انت and has five letters); "أن تعترف بارتكاب مخالفات": بـ and
        # a verbal noun of the افتعال or انفعال kind, what she admitted, never a name
    if _faalat(first_norm) or first_norm[:1] == "و" and _faalat(first_norm[1:]):
        return k    # "ولإرضاء المواطن عرضت القضية على الهيئة": a verb of the فعلت kind, what
        # she did, never a name (but رفعت، مدحت، حكمت are names, and ثابت، بخيت); nor with
        # و: "التي طالب بها المدرب | وعملت على …" (and she worked)
    if first_norm[:1] == "و" and _derived_verbal_noun(first_norm[1:]):
        return k    # "فرضت العاصفة | وارتفاع درجات الحرارة": و and a verbal noun (ارتفاع،
        # استمرار), a thing joined to the one before, never a name's first word
    if first_norm.startswith("است") and len(first_norm) in (5, 6) and first_norm[3] not in "اوي":
        return k    # "لكن النجم البرتغالي استمر في ثورته": a verb of the استفعل kind (استمر،
        # استقبل، استعرض), what the title did, never a name (not استيفان)
    if _written_verb(text, tokens[k]) or _verbal_noun(first_norm) \
            or _verbal_noun_with_pronoun(text, tokens[k]) \
            or first_norm.startswith("ال") and first_norm[2:] in L.NOT_NAMES \
            or _governing_verbal_noun(L.bare(first_norm)) or _tafila_shape(first_norm):
        return k    # ("وزير الخارجية المصري الأوضاع"، "الرئيس الروسي حرصه": the verb's
        # object, no name; "وتمت مهاتفة مدير الصيانة": the call, not a man's name)
    if first_norm.startswith("الم") and first_norm.endswith(("ين", "ون")) and len(first_norm) >= 8:
        return k    # "المشرف على الطلاب | المنتظمين في دورة …": a participle's plural, an
        # adjective of the noun before it, never a name
    if _masdar_then_its_object(text, tokens, k, limit):
        return k    # "وقدم الوزير شرحا للمعالجة": what he gave, and of what; no name
    if _derived_verbal_noun(L.bare(first_norm)) and k + 1 < limit \
            and not broken(text, tokens, k + 1) and tokens[k + 1].norm.startswith("ال") \
            and tokens[k + 1].norm.endswith("ات"):
        return k    # "عضو الفريق التنظيمي اكتمال الاستعدادات": a verbal noun and its plural
        # genitive, the verb's object (a name of that shape, انتصار، ابتسام, has no such
        # family name after it)
    if _accusative(first_norm) and verbal_noun_shape(L.bare(first_norm)[:-1]):
        return k    # "من لا يتوقع تفحيطا": a verbal noun of the تفعيل or استفعال kind in the
        # accusative, the verb's object, never a name
    if _short_noun_with_pronoun(text, tokens[k]) or _age_end(text, tokens, k, limit) \
            or first_norm.startswith("لل") and len(first_norm) > 4:
        return k    # "واختتم الوزير رده بالقول": his reply, no name; "البالغ 34 عاما": his age;
        # "احترام الرائد للميثاق": لـ with the article opens no name (بال/وال may: بالوتيلي،
        # والتر)
    if first_norm[:2] in ("وت", "وا") and len(first_norm) > 5 \
            and (first_norm[1] == "ت" or _definite(first_norm)) \
            or first_norm[:2] == "وت" and len(first_norm) == 5 \
            or first_norm[:1] == "و" and first_norm[1:] in L.NOT_NAMES \
            or _coordinated_noun(first_norm) and (
                first_norm.endswith("ه") or _possessed(text, tokens[k])
                or _before_genitive(text, tokens, k, limit)):
        return k    # "رئيس مركز تحديد وتصحيح الجنس"، "للأرصاد وحماية البيئة": the title goes
        # on with و, no name ("لجنة الاحتراف وأوضاع اللاعبين": and its genitive; "اسم
        # المواطنة طالبة التوظيف واسم الموظف": and the other's name; "بهذا الرجل وتحطم
        # زجاج سيارته": and a verb of the تفعّل kind; "والد العائلة ووالدتها": and her
        # mother, a noun with her pronoun)
    if _afila_plural(first_norm):
        return k    # "وذكر المؤلف أمثلة عن …": examples, a plural of أفعلة, what he gave
    if _tafaul_participle(first_norm):
        return k    # "وبدت رئيسة المجلس متحمسة لبدء …، قائلة": how she seemed, a participle
        # of the تفعّل or استفعل kind, never a name (but متحدثة is a title)
    if len(first_norm) == 3 and first_norm[1] == first_norm[2] \
            and first_norm not in L.GIVEN_NAMES:
        return k    # "اللاعب قرر خوض كأس العالم": a verb with a doubled last letter (قرّر،
        # حدّد، شدّد), what he did; no name is spelled so
    if k + 1 < limit and L.bare(tokens[k + 1].norm) in _COUNTRY_OF \
            and not broken(text, tokens, k + 1):
        return k    # "وأكد الوزير الأردني موقف بلاده": a noun its country's, the object
    while k < limit and k - start < _NAME_MAX:
        if k > start and gap(text, tokens, k)[:1].isspace() \
                and gap(text, tokens, k).strip()[-1:] in _OPENING:
            break       # 'أجاب الأمير عبدالله بن مساعد "نشكر …': a quotation mark opens what
            # he said; no name goes on past it
        if k > start and _tafaul_participle(tokens[k].norm) and tokens[k].norm.endswith("ه"):
            break       # "جانيت يلن | متحمسة لبدء …": how she seemed, no family name (not in
            # the accusative, which may be the adjective of an object: "كريم ماسيموف نداء
            # متحمسا", where the name does not reach the participle)
        if k > start and k + 1 < limit and L.bare(tokens[k + 1].norm) in _COUNTRY_OF \
                and not broken(text, tokens, k + 1):
            break       # "ناصر جودة | موقف بلاده": the object
        if k > start and tokens[k].norm in _DAY_FAMILIES and k + 1 < len(tokens) \
                and not broken(text, tokens, k) and (
                    k + 1 < limit and _is(tokens[k + 1].norm, L.PERSON_TITLES)
                    or k == start + 1 and L.bare(tokens[start].norm) in L.GIVEN_NAMES
                    and L.particle(tokens[k + 1].norm)):
            return k + 1    # "محمد الخميس رئيس اللجنة": a family name, not Thursday (so
            # after one given name, before أن: "أحمد الخميس أن"; "عادل الجبير الخميس إن"
            # is the day after a name of two words)
        if k == start + 1 and (tokens[k].norm in ("السيد", "الشيخ")
                               or tokens[k].norm.startswith("ال") and _is(tokens[k].norm, L.RANKS)) \
                and L.bare(tokens[start].norm) in L.GIVEN_NAMES and not broken(text, tokens, k) \
                and _firm_boundary(text, tokens, k + 1, limit):
            return k + 1    # "المهندس عدنان السيد أن …"، "عبدالهادي الشيخ المدير …"، "حسين
            # الرقيب مختص اقتصادي": after a given name, a family name (Mr., Sheikh and a rank
            # come before a name, not after it)
        if k == start + 1 and not tokens[k].norm.startswith("ال") \
                and _is(tokens[k].norm, L.PERSON_TITLES) and not broken(text, tokens, k) \
                and L.bare(tokens[start].norm) in L.GIVEN_NAMES and k + 1 < len(tokens) \
                and (gap(text, tokens, k + 1).strip() in (",", "،", ":")
                     or not broken(text, tokens, k + 1) and L.particle(tokens[k + 1].norm)):
            return k + 1    # "المسؤول الأمني في المطار عبدالله قائد، إن": a title's word with
            # no article and nothing it governs, after a given name, is his family name
        if k > start and gap(text, tokens, k) == "-" and not _lexical(tokens[k].norm) \
                and not _definite(tokens[k].norm):
            k += 1      # "تشونغ مونغ-جون"، "جان-بيير": a name's parts joined by a hyphen
            continue
        if k > start and _ends_phrase(text, tokens, k, limit) \
                and not _family_particle(text, tokens, k, limit):
            break       # (but "يوهانس فان در كلاوو": فان there opens his family name, not
            # فإن)
        if k == start + 1 and _tafil_shape(tokens[k].norm) \
                and L.bare(tokens[k].norm) not in L.GIVEN_NAMES \
                and L.bare(tokens[start].norm) not in L.GIVEN_NAMES:
            return start    # "واثبت المدرب الفرنسي سريعا تأثير شيك": an adverb, then the
            # object, a verbal noun (تأثير، تطوير), never a name's second word
        if k > start and len(tokens[k].norm) == 7 and tokens[k].norm.startswith("است") \
                and tokens[k].norm[5] == "ا":
            break       # "أعلن … العميد محمد سمير | استشهاد ضابط": a verbal noun of the
            # استفعال kind (استشهاد، استمرار), the verb's object, never a name's word
        if k > start and len(tokens[k].norm) == 4 and tokens[k].norm[0] == "ي" \
                and tokens[k].norm not in L.GIVEN_NAMES and tokens[k].norm not in L.VERB_SHAPED_NAMES \
                and k + 1 < len(tokens) and not broken(text, tokens, k + 1) \
                and tokens[k + 1].norm[:1] in "وف" and L.reporting_word(tokens[k + 1].norm):
            break       # "الأستاذ حريري | يعود فيقول …": a present verb, then his verb of saying
        if k > start and _iftaalat(tokens[k].norm):
            break       # "قال بافقيه | اكتسبت هذه التقنية …": a verb in the feminine past
        if _infiaal(tokens[k].norm):
            break       # "أعلن خادم الحرمين الشريفين | انطلاق القمة": a verbal noun of the
            # انفعال kind (انطلاق، انعقاد، انسحاب), the object, never a name's word
        if k > start and _amin_title(text, tokens, k, limit):
            break       # "باسم منقل | أمين عام نادي الوحدة": his title, not a name's word
        if k > start and tokens[k].norm.startswith("ال") and len(tokens[k].norm) >= 7 \
                and tokens[k].norm.endswith(("يين", "يون")):
            break       # "العماد جان قهوجي | العسكريين": a plural of belonging, whom he
            # addressed, never a family name
        if k > start and tokens[k].norm.startswith("الم") and len(tokens[k].norm) >= 8 \
                and tokens[k].norm.endswith(("ين", "ون")):
            break       # "الشيخ الدكتور أسامة خياط | المسلمين بتقوى الله": a participle's
            # plural, whom he advised, never a family name (as no name opens with one)
        if k > start and tokens[k].norm in _THE_PROPHET and not tokens[k - 1].norm.endswith("رب"):
            break       # "سأل عبدالله بن مسعود | النبي": whom he asked, no word of his name
        if k > start and tokens[k].norm in ("تلك", *_WHERE):
            break       # "ووصف توفيق | تلك الأيام بأنها …": what he described; "قالت موراي
            # | داخل مجلس الشيوخ": where she said it
        norm = tokens[k].norm
        if k > start and links and norm.startswith(("بال", "لل", "كال", "وبال", "ولل")) \
                or k - start >= 2 and norm.startswith(("بال", "وبال")) \
                or k > start and norm.startswith("لل") and len(norm) > 4:
            break       # "عبدالله بن مساعد بالاجتماع": a word with its preposition, no name
            # (a name may open with it, «ماريو بالوتيلي», but not go on to a third word
            # so: «واعترف … ميجيل هيريرا بالخطأ»; and لـ with the article opens no family
            # name: "ووجه المفتي نداء | للشباب")
        if has_tanween(text, tokens[k]) or is_number(tokens[k]) or len(norm) < 2:
            break       # (a letter alone is a preposition cut off: "بـ")
        if k > start and _participle_then_preposition(text, tokens, k, limit):
            break       # "عدنان مندورة | متطرقا إلى العديد من النقاط": how he spoke
        if k > start and tokens[k].norm in L.MANNER:
            break       # "ماتياس كورمان | متحدثا قبل الاجتماع": how he spoke, whatever follows
        if k > start and len(norm) >= 4 and norm.startswith(("تت", "يت")) \
                and L.bare(norm) not in L.GIVEN_NAMES:
            break       # "عائلة الملا عمر | تتشدد وتتهم …": a present verb of the تفعّل
            # kind (تتشدد، يتحدث), never a word of a name
        if k > start and _accusative_pair(text, tokens, k, limit):
            break       # "أبدى ألكسيس تسيبراس | موقفا صارما": a noun and its adjective in
            # the accusative, the object (written without their tanween)
        if norm == "العبد" and k + 1 < limit and not broken(text, tokens, k + 1) \
                and tokens[k + 1].norm.startswith("ال") \
                and (len(tokens[k + 1].norm) >= 5 or tokens[k + 1].norm == "الله") \
                and not _ends_phrase(text, tokens, k + 1, limit):
            k += 2      # "عبد الناصر العبد اللطيف"، "وليد العبد الله": a family name of عبد
            break       # and one of God's names, with the article; like any such family name
            # it ends the name
        if norm in L.NAME_LINKS and not _abe(text, tokens[k]):
            if k + 1 >= limit or _ends_phrase(text, tokens, k + 1, limit) and not (
                    norm in ("بن", "بنت") and not broken(text, tokens, k + 1)
                    and _is(tokens[k + 1].norm, L.PERSON_TITLES)
                    and not _definite(tokens[k + 1].norm)) and not (
                    k > start and norm in ("ابو", "بن", "ابن") and not broken(text, tokens, k + 1)
                    and L.reporting_word(tokens[k + 1].norm) and not _definite(tokens[k + 1].norm)
                    and k + 2 < limit and _name_boundary(text, tokens, k + 2, limit)):
                break       # (a title's word after بن is a father's name: "بن مساعد"; a verb's
                # shape after أبو is the family's name: "موفق أبو طالب، أن", where a name ends)
            k += 2          # بن نايف، عبد الله، آل مشيط، أبو مازن
            links += 1
            family = family or norm in _FAMILY_LINKS
            particle = particle or norm in L.SURNAME_PARTICLES
            if norm == "ال" and k >= start + 2:
                if k < limit and not broken(text, tokens, k) and tokens[k].norm == "الله":
                    k += 1  # "إبراهيم آل جار الله": a family of a compound name with الله
                if k < limit and not broken(text, tokens, k) and _family_nisba(tokens[k].norm) \
                        and _firm_boundary(text, tokens, k + 1, limit):
                    k += 1  # "علي بن عمير آل حرمان الشهراني، أن": the clan, then the tribe
                break       # "… آل الشيخ حادثة التفجير"، "غيث بن هامل آل غيث الفرسان": the
                # family name ends the name
            continue
        if k > start and norm[:1] == "و" and len(norm) > 3:
            if k == start + 1 and (not _lexical(tokens[start].norm)
                                   or ranked and _verb_shaped(tokens[start].norm)) \
                    and not _lexical(norm[1:]) and L.bare(norm[1:]) not in L.GIVEN_NAMES \
                    and (k + 1 < limit and not broken(text, tokens, k + 1)
                         and tokens[k + 1].norm.startswith("ال")
                         and _is(tokens[k + 1].norm, L.PERSON_TITLES)
                         and L.bare(tokens[start].norm) in L.GIVEN_NAMES
                         or k + 1 <= limit and k + 1 < len(tokens)
                         and not broken(text, tokens, k + 1)
                         and L.particle(tokens[k + 1].norm)
                         or ranked and k + 1 < len(tokens) and broken(text, tokens, k + 1)
                         and not _with_pronoun(text, tokens[k])):
                return k + 1    # "مصطفى وزيري المدير العام": a family name with و, then
                # his title, or then أن ("سوزان ورال إن"), or after a rank then a comma
                # ("الكولونيل ستيف وارن، على هامش …"); not "محمد وأحمد"، "خالد والوزير":
                # a given name or a known word after و
            if k == start + 1 and not _lexical(tokens[start].norm) \
                    and _foreign_family_with_wa(text, tokens, k, limit):
                return k + 1    # "وقال مارك ويلسون إن …"، "جيمس ويليامز: «…»"
            break           # a coordinated word: names are not coordinated inside
        if k - start - 2 * links == _PLAIN_NAME_MAX and tokens[k - 1].norm in L.SURNAME_PARTICLES \
                and tokens[k - 1].norm not in L.NAME_LINKS and not broken(text, tokens, k) \
                and not _lexical(norm) and not norm.startswith("ال") \
                and _name_boundary(text, tokens, k + 1, limit):
            return k + 1    # "ثريا ساينث دي سانتاماريا": a particle's family name after two
            # words of a name is its fourth and last word
        if k - start - 2 * links >= _PLAIN_NAME_MAX:
            # three words are a whole name (عبدربه منصور هادي): what follows, even with the
            # article, is the verb's object ("… هادي المليشيات الحوثية")
            if _family_nisba(norm) and _firm_boundary(text, tokens, k + 1, limit):
                return k + 1    # "اللواء أحمد سيف محرم اليافعي لـ«عكاظ»": four words, the
                # last a family name (الـ…ي) that the phrase's end follows
            return k if norm.startswith("ال") or _name_boundary(text, tokens, k, limit) \
                else start
        if k > start and k - start - 2 * links == 1 and not particle and not family \
                and norm.startswith("ال") and _is(norm, L.PERSON_TITLES) \
                and (k + 1 >= limit or not tokens[k + 1].norm.startswith("ال")
                     and tokens[k + 1].norm != "باسم"
                     or tokens[k + 1].norm in ("الذي", "التي", "الذين")):
            return k + 1    # "سمير الخطيب": a family name that is also a title, when no
            # title phrase follows it (after "لويس فان جال" the particle's family name ends
            # the name: "الحارس دافيد دي خيا" is the next man's title)
        if k > start and norm[:1] == "ل" and len(norm) > 4 and _known(norm[1:]):
            break       # "وقال بكر لمجموعة من الصحفيين": to a group, not a name's word
        if k > start and (norm[:1] == "ب" and L.bare(norm[1:]) in _SAID_IN
                          or norm.endswith("ا") and L.bare(norm[:-1]) in _SAID_IN):
            break       # "أدلى الأمير عبدالعزيز بن سعد | بتصريح قال فيه"، "أصدر … | بيانا":
            # what he gave, never a word of his name
        if k > start and (_prefixed(norm) or _verb_shaped(norm)) and not _known(norm):
            # "جوشا لاندس"، "أبيبي تسفاي": a later word of a name may look like a verb or
            # a word with بـ/لـ, but then the name must end there ("… هادي بضم المقاومين"),
            # or one word after it ("مولود تشاوش أوغلو")
            if not _firm_boundary(text, tokens, k + 1, limit) and not (
                    norm[:1] == "ت" and not _prefixed(norm)
                    and k + 1 < limit and not broken(text, tokens, k + 1)
                    and not _lexical(tokens[k + 1].norm) and not _prefixed(tokens[k + 1].norm)
                    and not _verb_shaped(tokens[k + 1].norm)
                    and not _definite(tokens[k + 1].norm)
                    and _firm_boundary(text, tokens, k + 2, limit)) and not (
                    k == start + 1 and L.bare(tokens[start].norm) in L.GIVEN_NAMES
                    and k + 1 < limit and not broken(text, tokens, k + 1)
                    and _family_nisba(tokens[k + 1].norm)
                    and _firm_boundary(text, tokens, k + 2, limit)) and not (
                    k == start + 1 and L.bare(tokens[start].norm) in L.GIVEN_NAMES
                    and norm.endswith("ي") and k + 1 < limit and not broken(text, tokens, k + 1)
                    and (tokens[k + 1].norm.startswith("بال") and len(tokens[k + 1].norm) >= 7
                         or L.bare(tokens[k + 1].norm) in L.OCCASIONS)):
                break   # (nor in "محمد برك الجابري، إن": a given name, a father's name
                # shaped like بـ and a word, then the family name and the phrase's end; nor
                # "خالد برقاوي بالمشاركين": a family nisba, then what the verb governs, or the
                # occasion he spoke at, "ألقى خالد برقاوي كلمة")
        elif _lexical(norm) and not _abe(text, tokens[k]) \
                and not (k > start and _definite(norm) and not _is(norm, L.PERSON_TITLES)
                         and not _is(norm, L.ORGANISATIONS)
                         and not _is(norm, L._KNOWN - L.NOT_NAMES)) \
                and not (k == start and ranked and _verb_shaped(norm)) \
                and not _ali(text, tokens[k]) and not _son_of_follows(text, tokens, k, limit) \
                and not (k == start + 1 and norm == "اكبر" and _ali(text, tokens[start])) \
                and not (k == start and norm == "باسم" and _basim(text, tokens, k, limit)) \
                and not (k == start and _named_like_time(text, tokens, k, limit)) \
                and not (k == start and ranked and _given_then_family(text, tokens, k, limit)) \
                and not _father_named_like_title(text, tokens, start, k, limit):
            break       # (but "علي أكبر صالحي": a compound given name, not "greater")
        if (k > start or norm in L.AUDIENCES) and (norm in L.NOT_SURNAMES or _possessed(text, tokens[k])
                          or k - start >= 2 and _with_pronoun(text, tokens[k])):
            break           # "دونالد ترامب القمة"، "باراك أوباما خطته"، "جون كيري حرصه":
            # the object
        if k > start and links and tokens[k - 2].norm in _SON_OF and not _definite(norm) \
                and not norm.startswith("ال") and not _possessed(text, tokens[k - 1]) \
                and not (norm.startswith("ابو") and len(norm) >= 6) \
                and (norm.endswith("ه") and not _family_name_in_ta(text, tokens, k, limit)
                     or norm in _NEWS_NOUNS or not _firm_boundary(text, tokens, k + 1, limit)):
            break           # "عبدالله بن مساعد | شكره": after بن and a name, only بن, آل or a
            # family name with the article go on, or one word more that ends the phrase
            # ("فيصل بن منير حلبي أن …"), or a family name of أبو joined to its word ("أنور
            # بن عبدالله أبوعباة مدير …")
        k += 1
        if article_first and k == start + 1:
            continue
        if _article(text, tokens[k - 1]) and not (L.bare(norm) in _GOD_NAMES and k - start > 1) \
                and not (norm in _OF_THE_FAITH and k - start == 2
                         and L.bare(tokens[start].norm) in L.GIVEN_NAMES) \
                and not (k - 2 > start and tokens[k - 2].norm == "عبد" and k < limit
                         and tokens[k].norm in ("بن", "بنت") and not broken(text, tokens, k)):
            # ("جلوي بن عبد العزيز بن مساعد": عبد and one of God's names, then بن, goes on)
            if k < limit and k - start - 2 * links == 2 and not broken(text, tokens, k) \
                    and _family_nisba(tokens[k].norm) and _firm_boundary(text, tokens, k + 1, limit):
                k += 1      # "أحمد الخازم الغامدي، أن": a second family name (the tribe's)
            break           # the family name with the article ends it: عادل الجبير (but
            # "رجاء الله السلمي": الله ends a compound name, the family name comes after)
    while k > start and tokens[k - 1].norm in L.NAME_LINKS and not _abe(text, tokens[k - 1]):
        k -= 1
    if k > start and not _name_boundary(text, tokens, k, limit) and not (
            k - start >= 2 and L.bare(tokens[start].norm) in L.GIVEN_NAMES) \
            and not (k - start >= 2 and k < limit and tokens[k].norm.startswith(("بال", "وبال"))) \
            and not (k - start >= 3 and tokens[start + 1].norm == "ال"):
        return start    # (a known given name and a surname are a name whatever follows; so
        # are two words before a third with بال, which no name goes on with, and a word
        # then «آل» and a family: "رئيس النادي هذيل آل شرمة السبب …")
    if start < k < start + 3 and all(t.norm in _INITIALS for t in tokens[start:k]):
        return start    # "«657 بي بي» الذي"، "مباراة الدير بي": a Latin letter or two spelt
        # out with no family name after them are a code or a word cut up, nobody's name
        # (three are a body's abbreviation: "بي بي سي")
    return k


def _present_with_me(norm: str) -> bool:
    """"يطلبني"، "تخبرني": a present verb with «me» joined to it (a stem of three letters or
    more between يـ/تـ and ـني); no name is shaped so ("توني"، "تشيني" are shorter)."""
    return len(norm) >= 6 and norm[0] in "يت" and norm.endswith("ني")


def _present_with_object(text: str, token: Token) -> bool:
    """"يعرفه"، "تصفها"، "يطلبني": a present verb with an object pronoun joined to it (its
    ه written so, not the ة of a name like تغريدة); no name is shaped so."""
    norm, written = token.norm, text[token.start:token.end]
    return norm[:1] in "يت" and not _definite(norm) and L.bare(norm) not in L.GIVEN_NAMES and (
        _present_with_me(norm)
        or len(norm) >= 5 and written.endswith(("ه", "ها", "هم")) and not ta_marbuta(text, token))


def _derived_present(norm: str) -> bool:
    """"يلتقي"، "يستقبل"، "يتلقى": a present verb of the افتعل، استفعل or تفعّل kind (ت after
    the first root letter, or ست after the prefix), never a name after a title: "معالي
    وزير الخارجية يلتقي نظيره الروسي"."""
    return len(norm) >= 5 and norm[0] in "يت" and norm[1] not in "اوي" \
        and (norm[2] == "ت" or norm[1:3] == "ست" or norm[1] == "ت") \
        and L.bare(norm) not in L.GIVEN_NAMES
    # (and تفعّل, تفاعل: "العاهل المغربي يتلقى الولاء")
    # (a long vowel after the prefix is a name's: "تاتيانا")


def _afal_then_that(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"المدرب الإسباني أدرك أن …": a past verb of the أفعل kind (four letters with أ, no
    given name: not أحمد، أيمن) right before أن, after a title: his verb, not his name."""
    word = text[tokens[k].start:tokens[k].end]
    return len(tokens[k].norm) == 4 and word[:1] == "أ" \
        and L.bare(tokens[k].norm) not in L.GIVEN_NAMES and k + 1 < limit \
        and not broken(text, tokens, k + 1) and L.particle(tokens[k + 1].norm)


def _given_then_family(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"الدكتور مساعد الأحمد": after a rank, a given name that is also a list's word
    (an assistant), then a family name with the article."""
    return L.bare(tokens[k].norm) in L.GIVEN_NAMES and k + 1 < limit \
        and not broken(text, tokens, k + 1) and tokens[k + 1].norm.startswith("ال") \
        and not _lexical(tokens[k + 1].norm)


# Links that make a family name of the word after them (not بن, a father's name).
_FAMILY_LINKS = L._norm("ابو ابي ابا ال")

# What one gives, makes or issues when one speaks (بتصريح، بيانا، كلمة).
_SAID_IN = L._norm("تصريح تصريحات بيان بلاغ كلمه حديث لقاء مداخله خطاب رساله تغريده "
                    "قرار تقرير تعميم")


def _father_named_like_title(text: str, tokens: list[Token], start: int, k: int,
                             limit: int) -> bool:
    """"وقال فؤاد قائد أحمد، أحد عناصر المقاومة": an indefinite title word between two given
    names is the father's name (قائد، أمين), not who the first man is (a title takes a
    genitive, not a given name)."""
    return k == start + 1 and L.bare(tokens[start].norm) in L.GIVEN_NAMES \
        and _is(tokens[k].norm, L.PERSON_TITLES) and not _definite(tokens[k].norm) \
        and k + 1 < limit and not broken(text, tokens, k) and not broken(text, tokens, k + 1) \
        and L.bare(tokens[k + 1].norm) in L.GIVEN_NAMES


def _family_name_in_ta(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"علي بن موسى زعلة أن …"، "رائد بن عبدالرحمن شالوالة، مدير …": a family name
    written with ة (not the ه of a pronoun, "بن مساعد شكره"), nothing joined to it, where
    the phrase ends."""
    return ta_marbuta(text, tokens[k]) and not _prefixed(tokens[k].norm) and (
        k + 1 >= limit or broken(text, tokens, k + 1) or L.particle(tokens[k + 1].norm))


_HARAKAT = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")


def _given_not_rank(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """A rank or a title is followed by a given name, never by بن: "رائد بن عبدالرحمن
    شالوالة" is a man named Raed, "مساعد بن سعد العتيبي" one named Musaed."""
    return not _definite(tokens[k].norm) and _son_of_follows(text, tokens, k, limit)


def _son_of_follows(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"عودة بن سليمان": a word that بن follows is a given name, whatever else it means."""
    return k + 2 < limit and tokens[k + 1].norm in ("بن", "ابن", "بنت") \
        and not broken(text, tokens, k + 1) and not broken(text, tokens, k + 2) \
        and not _lexical(tokens[k + 2].norm)


def _afila_plural(norm: str) -> bool:
    """A broken plural of the أفعلة kind (أمثلة، أنشطة، أسلحة، أجهزة): أ, three root
    letters none of them a long vowel nor the first ل, then ة (folded to ه). No name is
    shaped so (أسامة، أميمة، أمنية have a long vowel among them)."""
    return len(norm) == 5 and norm[0] == "ا" and norm[-1] == "ه" and norm[1] != "ل" \
        and not any(c in "اوي" for c in norm[1:4])     # (not ال and two letters: الصحة)


def _opens_a_name(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """A word that joins a name and may begin one (عبد، أبو، بن …), or "أبا" before a word
    with the article: a family's name frozen in the accusative ("وأكد أبا الخيل أن …"، أبا
    الحسن), the subject like أبو; before a word without it ("شكر الوزير أبا محمد") أبا is the
    object's kunya."""
    norm = tokens[k].norm
    return norm in _NAME_OPENERS or norm == "ابا" and k + 1 < limit \
        and not broken(text, tokens, k + 1) and _definite(tokens[k + 1].norm)


def _tafaul_participle(norm: str) -> bool:
    """A participle of the مُتفعِّل or مُستفعِل kind in the feminine or the accusative
    (متحمسة، متفائلا، مستاءة), its ة folded to ه: مت or مست, at least six letters in all.
    No given name is shaped so (متعب، متولي are shorter or end otherwise), and a title so
    shaped (متحدثة) is a title."""
    word = L.bare(norm)
    return len(word) >= 6 and word.startswith(("مت", "مست")) and word[-1] in "اه" \
        and word not in L.GIVEN_NAMES and not _is(norm, L.PERSON_TITLES)


def _coordinated_noun(norm: str) -> bool:
    """و and a word of four letters or more that no list knows as a given name (وليد،
    وائل are names): a word joined to what came before, not a name's first word."""
    return norm[:1] == "و" and len(norm) >= 5 and L.bare(norm) not in L.GIVEN_NAMES


def _before_genitive(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """A definite word follows token k in the same phrase: its genitive ("وحماية البيئة").
    Not after a word that has the article itself ("للعلاقات والإعلام العقيد فلان": a definite
    word takes no genitive; a rank after it opens the name)."""
    return k + 1 < limit and not _definite(tokens[k].norm) \
        and _definite(tokens[k + 1].norm) and not broken(text, tokens, k + 1)


def _written_verb(text: str, token: Token) -> bool:
    """A present verb its writer vocalised (يُجري، تُعلن) or one of the forms تفاعل/تفعّل in
    the plural with و (ويتعارفون، وتتبادلون): never a name's first word."""
    word = text[token.start:token.end]
    bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
    if len(bare) > 2 and bare[0] in ("ي", "ت", "ن") and bare[1] in _HARAKAT:
        return True
    return token.norm.startswith(("ويت", "وتت")) and token.norm.endswith(("ون", "ين")) \
        and len(token.norm) >= 7


def _named_like_time(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"وقال صباح النعماني، …"، "أكد فجر إبراهيم": صباح (morning) is a given name when a family
    name (الـ…ي), بن or a father's given name follows it ("اللواء صباح بن عايد"), not a day
    or a time."""
    return tokens[k].norm in ("صباح", "فجر") and k + 1 < limit \
        and not broken(text, tokens, k + 1) and (
            _family_nisba(tokens[k + 1].norm) or L.bare(tokens[k + 1].norm) in L.GIVEN_NAMES
            or tokens[k + 1].norm in ("بن", "ابن")) \
        and not L.one_of(tokens[k + 1].norm, L.TIME_WORDS)     # (or a father's name: "فجر إبراهيم")


def _given_amira(tokens: list[Token], k: int, limit: int) -> bool:
    """"الأخصائية الاجتماعية أميرة الزهراني": أمير/أميرة without the article right before a
    family name of the ـي kind is a given name (a princess's title comes before her given
    name, "الأميرة ريما"; "أمير الرياض" governs a place, no family name)."""
    return tokens[k].norm in ("امير", "اميره") and k + 1 < limit \
        and _family_nisba(tokens[k + 1].norm)


def _family_nisba(norm: str) -> bool:
    """اليافعي، الشمري: a family name of the article and the ending ي, that no list knows as
    a word (not الرسمي، الأمريكي)."""
    if not (norm.startswith("ال") and L.bare(norm).endswith("ي") and len(norm) > 4) \
            or _lexical(norm) or _known(norm):
        return False
    return not _of_a_country(norm)


def _of_a_country(norm: str) -> bool:
    """اليمني، الأمريكي: the adjective of a country the lists know."""
    stem = L.bare(norm).removeprefix("ال")
    if not stem.endswith("ي"):
        return False
    stem = stem[:-1]            # (اليمني → يمن، الأمريكي → امريك)
    return any(country.removeprefix("ال").startswith(stem) for country in L.COUNTRIES)


# Adjectives that close a title: "الرئيس التونسي السابق"، "رئيس الوزراء المؤقت". A title's
# adjectives come before them, so a definite word after them that no list knows opens
# the name, which may start with the article: "المنصف المرزوقي"، "المهدي المنجرة".
_CLOSING_ADJECTIVES = L._norm("السابق السابقه الاسبق الحالي الحاليه المؤقت المؤقته "
                              "المستقيل المستقيله المقال المقاله المعزول المخلوع الجديد "
                              "الجديده")


def _name_after_closing_adjective(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """Two definite words no list knows after a closing adjective, and the phrase ends
    after them: "الرئيس التونسي السابق المنصف المرزوقي أن"."""
    return k > 0 and L.bare(tokens[k - 1].norm) in _CLOSING_ADJECTIVES and k + 1 < limit \
        and all(_definite(t.norm) and not _lexical(t.norm) and not _known(t.norm)
                and not _of_a_country(t.norm) for t in tokens[k:k + 2]) \
        and not broken(text, tokens, k) and not broken(text, tokens, k + 1) \
        and _firm_boundary(text, tokens, k + 2, limit)


def _firm_boundary(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """Punctuation, a particle, a reporting word, a preposition or a title after token k-1
    (or قد before a verb: "وكان عبدالإله بنكيران | قد قبّل …")."""
    if k >= limit or broken(text, tokens, k):
        return True
    norm = tokens[k].norm
    if kabir_title(text, tokens, k, limit):
        return True
    return L.particle(norm) or L.reporting_word(norm) or _preposition(text, tokens, k) \
        or norm in _QAD or norm in _WHO_WHICH or norm in _NOT_YET \
        or _is(norm, L.PERSON_TITLES) or _is(norm, L.TIME_WORDS) or _is(norm, L.ADDRESSEES) \
        or _is(norm, L.ACCORDING) or _amin_title(text, tokens, k, limit) \
        or _accusative_pair(text, tokens, k, limit)


# "استغرب رئيس الاتفاق المكلف من عدم سفر اللاعب": what he wondered at, never his office.
_LACK = L._norm("عدم")

# How one said it, with بـ: "بصوت خافت"، "بلهجة حادة"، "بنبرة غاضبة".
_IN_A_VOICE = L._norm("بصوت بلهجه بنبره")

# The Prophet, by his titles with the article.
_THE_PROPHET = L._norm("النبي الرسول")


def _peace_be_upon_him(text: str, tokens: list[Token], i: int, limit: int) -> int:
    """How many words of "عليه السلام" or "عليه الصلاة والسلام" open at token i (0: none)."""
    if tokens[i].norm != "عليه":
        return 0
    for words in (("عليه", "السلام"), ("عليه", "الصلاه", "والسلام")):
        n = len(words)
        if i + n <= min(limit, len(tokens)) and tuple(t.norm for t in tokens[i:i + n]) == words \
                and not any(broken(text, tokens, m) for m in range(i + 1, i + n)):
            return n
    return 0

# Negations of a verb to come: "المحامية تامار برادي لم توافقه الرأي" (her name ends there).
_NOT_YET = L._norm("لم لن ولم ولن")

# Relative pronouns: who the name is follows it ("بيتاني جيبس التي قادت الدراسة").
_WHO_WHICH = L._norm("الذي التي الذين")


def kabir_title(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"كبير الخبراء"، "كبير المفاوضين" at token k: كبير with a definite genitive is a title,
    or with a nisba's plural in construct and its genitive ("كبير اقتصاديي الصندوق"; alone it
    is an adjective or a family name: "عبد الباقي كبير")."""
    return tokens[k].norm == "كبير" and k + 1 < limit and _definite(tokens[k + 1].norm) \
        and not broken(text, tokens, k + 1) \
        or tokens[k].norm == "كبير" and k + 2 < limit and tokens[k + 1].norm.endswith("يي") \
        and _definite(tokens[k + 2].norm) and not broken(text, tokens, k + 1) \
        and not broken(text, tokens, k + 2) \
        or tokens[k].norm == "اكبر" and k + 1 < limit and not broken(text, tokens, k + 1) \
        and _is(tokens[k + 1].norm, L.PERSON_TITLES)
    # (and "أكبر عضو ديمقراطي في لجنة …": the most senior member, his title after his name)


def _accusative_pair(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"موقفا صارما" at token k: a short noun and its adjective (a participle's shape) in the
    accusative, an object; not a foreign name in ا after its particle ("دي ماريا"), nor one
    before a participle of speaking ("ميستورا مؤكدا")."""
    if k + 1 >= limit or broken(text, tokens, k + 1) \
            or k > 0 and tokens[k - 1].norm in L.SURNAME_PARTICLES:
        return False
    noun, adjective = L.bare(tokens[k].norm), L.bare(tokens[k + 1].norm)
    return _accusative(noun) and _accusative(adjective) and (
        len(noun) <= 6 and _participle_shaped(adjective) and not L.participle(adjective)
        and adjective not in L.MANNER
        # ("اجتماعا ثلاثيا": a longer noun with an adjective of belonging, ـيّاً)
        or len(noun) <= 8 and len(adjective) >= 5 and adjective.endswith("يا"))


def _name_boundary(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """Can a name end before token k?"""
    if k >= limit or broken(text, tokens, k) or _ends_phrase(text, tokens, k, limit) \
            or has_tanween(text, tokens[k]) or tokens[k].norm in L.MANNER:
        return True     # (an adverb with tanween after the name: "أجاب مورينيو ضاحكًا:";
        # how he spoke: "ماتياس كورمان متحدثا قبل الاجتماع")
    norm = tokens[k].norm
    return (_is(norm, L.PREPOSITIONS) or _is(norm, L.RANKS) or L.particle(norm)
            or norm in _WHERE
            or L.reporting_word(norm) or (_is(norm, L.PERSON_TITLES)) or norm.startswith("ل")
            or _is(norm, L.SUBJECT_STOPS) or norm in L.HONORIFIC_PRONOUNS
            or norm.startswith(("بت", "بم")) and len(norm) >= 6 and _prefixed(norm)
            and not _known(norm)
            or norm in L.NOT_SURNAMES or L.bare(norm) in L.OCCASIONS or norm in L.MANNER
            or norm.endswith(("ها", "هم", "هما", "ه")) and len(norm) > 4
            or norm in L.SELF or _possessed(text, tokens[k])
            or _amin_title(text, tokens, k, limit)
            or _accusative_pair(text, tokens, k, limit))
    # ("منار الدوسري سعادتها"، "شتاينماير تفهمه"، "أوباما خطته": a noun with a pronoun is the
    # object; "ألقى المهندس الغبان كلمة": so is the occasion he spoke at; "وأشاد المدرب
    # كريستيان غروس بتعاقدات فريقه": and a word with بـ, what the verb governs)


def _with_pronoun(text: str, token: Token) -> bool:
    """A noun with his or her pronoun after a name of two words ("جون كيري حرصه"): its raw
    last letter a ha, not a ta marbuta ("حمزة"), and not a name's own ("عبدالله"، "عبده")."""
    word = text[token.start:token.end].replace("\u0640", "")
    return len(word) >= 4 and word.endswith(("ه", "ها")) and not _definite(token.norm) \
        and not word.endswith(("الله", "ويه", "اه")) and word not in ("عبده", "حمده", "طه") \
        and L.bare(token.norm) not in L.GIVEN_NAMES      # (نزيه، وجيه، نبيه)


def _short_noun_with_pronoun(text: str, token: Token) -> bool:
    """A noun of three letters with his or her pronoun (رده، دوره، ردها), or any noun with a
    plural or dual one (انتباههن، مواقفهم، رأيهما), as the text spells it: no given or family
    name is written so."""
    word = text[token.start:token.end].replace("\u0640", "")
    return (len(word) == 3 and word.endswith("ه") or len(word) == 4 and word.endswith("ها")
            or len(word) >= 5 and word.endswith(("هن", "هما", "هم"))
            and L.bare(token.norm).removesuffix("هما").removesuffix("هم").removesuffix("هن")
            not in L.QUANTIFIERS) \
        and L.bare(token.norm) not in L.GIVEN_NAMES     # ("أحدهم": one of them, a source)


def _possessed(text: str, token: Token) -> bool:
    """A noun with the pronoun ه after its ta ("خطته"، "كلمته"، "زيارته"), as the text spells
    it (a ة would have been folded to ه too: "حمزة" is a name)."""
    word = text[token.start:token.end]
    return len(word) >= 4 and word.endswith(("ته", "تها", "تهم")) and not _definite(token.norm)


def _mine(text: str, token: Token) -> bool:
    """"سعادتي"، "زيارتنا": a noun with my or our pronoun after its ta, never the first word
    of a name (six letters or more: "كونتي" is a name, "سيتي" a part of one)."""
    word = text[token.start:token.end]
    return (len(word) >= 6 and word.endswith("تي") or len(word) >= 6 and word.endswith("تنا")) \
        and not _definite(token.norm) and L.bare(token.norm) not in L.GIVEN_NAMES


def _with_name(text: str, tokens: list[Token], first: int, head: int | None, title_last: int,
               name_first: int, name_end: int, limit: int, honorifics: list[str]) -> Subject:
    name = text[tokens[name_first].start:tokens[name_end - 1].end]
    title = None
    title_words: tuple[str, ...] = ()
    feminine = False
    if head is not None:
        title = text[tokens[head].start:tokens[title_last].end]
        title_words = tuple(_content(t.norm) for t in tokens[head:title_last + 1])
        feminine = ta_marbuta(text, tokens[head]) \
            or _kin_in_ta_then_name(text, tokens, head, name_end)    # (زوجته: her, as زوجة)
    last = name_end - 1
    # an apposition: a title right after the name ("حسن القصيبي المتحدث الرسمي بقيادة …")
    # or a title with its genitive ("جوشا لانديس مدير السلام في جامعة أوكلاهوما"، "حمود
    # المخلافي رئيس مجلس المقاومة"): after a title before the name, it only extends the phrase
    k = name_end
    if k < limit and not broken(text, tokens, k) and tokens[k].norm[:1] != "و" \
            and not _in_front_of(text, tokens, k, limit) and (
            _is(tokens[k].norm, L.PERSON_TITLES) and (_definite(tokens[k].norm)
                                                      or _construct_follows(text, tokens, k + 1,
                                                                            limit))
            or _amin_title(text, tokens, k, limit)):    # ("… منقل أمين عام نادي الوحدة")
        end = _phrase(text, tokens, k + 1, limit, True)
        # (unless a name follows it: "… جوزيف موانغي رئيس الوزراء الإثيوبي أبيبي تسفاي" is
        # the next person's title)
        if not (end < limit and not _ends_phrase(text, tokens, end, limit)
                and not _lexical(tokens[end].norm) and _name(text, tokens, end, limit) > end):
            if head is None:
                title = text[tokens[k].start:tokens[end - 1].end]
                title_words = tuple(_content(t.norm) for t in tokens[k:end])
                feminine = ta_marbuta(text, tokens[k])
            last = end - 1
    label = name
    if head is not None and L.bare(tokens[title_last].norm) in _NAME_TITLES:
        # "الأمير محمد بن نايف": a title that is said as part of the name
        label = text[tokens[title_last].start:tokens[name_end - 1].end]
    return Subject(first, last, tokens[first].start, tokens[last].end, "person", label,
                   name=name, title=title, title_words=title_words,
                   honorifics=tuple(honorifics), feminine=feminine)


def _construct_follows(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """Does an indefinite title's genitive follow it (مدير السلام، سفير فرنسا)?"""
    if k >= limit or broken(text, tokens, k):
        return False
    norm = tokens[k].norm
    return norm.startswith("ال") or _is(norm, L.COUNTRIES) or _is(norm, L.ORGANISATIONS) \
        or _complement(norm)


# Bodies named by a broken plural take a feminine verb: "وقالت الأمم المتحدة".
_BROKEN_PLURAL_BODIES = L._norm("الامم امم")
# Words that join names and may also begin one: "عبد الله الصقعبي"، "أبو مازن".
_NAME_OPENERS = L._norm("عبد ابو ام بن العبد ولد")     # (بن: "قال بن علي"، "بن أبراهام")
_SON_OF = L._norm("بن ابن بنت")
_GOD_NAMES = L._norm("الله الرحمن")
# Adjectives of a group in a broken plural: "دبلوماسيون عرب"، "مسؤولون كبار".
_PLURAL_ADJECTIVES = L._norm("عرب اجانب كبار اكراد اتراك روس")
# The first words of places of two words (لوس أنجلوس، سان فرانسيسكو، نيو يورك، لاس فيغاس).
_PLACE_OPENERS = L._norm("لوس لاس سان سانت نيو ديار")   # (ديار بكر، سانت لويس)


def _place_opener(norm: str) -> bool:
    """The first word of a place of two words, alone or with بـ joined to it."""
    return norm in _PLACE_OPENERS or _place_opener_with_b(norm)


def _place_opener_with_b(norm: str) -> bool:
    """«بلوس» ("قنصل عام المملكة بلوس أنجلوس"): a place's first word with بـ; not with لـ,
    whose letters make «لسان», a tongue ("على لسان فلان")."""
    return norm[:1] == "ب" and norm[1:] in _PLACE_OPENERS


# "سيف الدين أيدمير"، "عز الدين الأصبحي"، "سيف الإسلام القذافي": a given name of two words,
# the second with the article; the family name comes after it.
_OF_THE_FAITH = L._norm("الدين الاسلام")
_INNER_ADJECTIVES = L._norm("عام عامه اول اولي تنفيذي تنفيذيه اقليمي اعلي")
_NAME_TITLES = L._norm("الامير الاميره الملك الملكه الشيخ الشيخه امير اميره السلطان الامام")
_NAMED_AFTER = L._norm("جامعه مستشفي مدينه مركز مؤسسه كليه قاعده مطار شارع جسر برنامج جائزه "
                       "مجمع ميناء طريق حي ملعب استاد صاله منحه مشروع مخطط مسجد جامع كرسي")


def _oblique_construct_plural(text: str, tokens: list[Token], k: int, limit: int) -> bool:
    """"(عدد من) متداولي المقطع"، "مستخدمي تويتر": a participle's sound plural in construct
    after من, which has lost its ن (مُفاعِلي، مُستفعِلي), then its definite genitive: people
    named by what they do."""
    word = tokens[k].norm
    return len(word) >= 6 and word[0] == "م" and word.endswith("ي") and word[1] != "ا" \
        and k + 1 < limit and not broken(text, tokens, k + 1) \
        and (tokens[k + 1].norm.startswith("ال") or not _known(tokens[k + 1].norm)
             and not _stops_phrase(tokens[k + 1].norm)) \
        and word not in L.GIVEN_NAMES     # (or a name: "مستخدمي تويتر")


def _collective(text: str, tokens: list[Token], first: int, k: int, limit: int
                ) -> Subject | None:
    """"عدد من السكان"، "أحد المسؤولين"، "بعض الخبراء": an anonymous, collective source."""
    end = k + 1
    if end < limit and tokens[end].norm == "من":
        end += 1
    if end >= limit or _ends_phrase(text, tokens, end, limit):
        return None
    if L.bare(tokens[k].norm) == "كل" and end == k + 2:
        named = _people_named(text, tokens, end, limit)
        if named is not None:
            # "قال كل من أبو طارق الطوخي وعيد المطيري وعبدالمجيد المسعودي، إن …": each of
            # them, by name: the people together, not one of them nor no one
            return replace(_make(text, tokens, end, named - 1, "person", title_from=end),
                           first=first, start=tokens[first].start)
    head = _content(tokens[end].norm)
    if not (head in L.ANONYMOUS or head in L.PERSON_TITLES or head in L.RELATIONS
            or head in _OWNERS     # "بعض أصحاب شركات حجاج الداخل": owners are people
            or head in L.ORGANISATIONS or head in L.DOCUMENTS
            or head.endswith(("ين", "ون")) and len(head) >= 5
            or _oblique_construct_plural(text, tokens, end, limit)):
        return None     # people ("أحد المسؤولين"), bodies ("بعض وسائل الإعلام") or what they
        # publish ("عدة تقارير صحفية"), not things ("أحد مظاهر التطور")
    # (the head's complements: definite after a definite head, "بعض الخبراء الاقتصاديين";
    # its genitive after one in construct, "بعض وسائل الإعلام")
    end = _phrase(text, tokens, end + 1, limit, _definite(tokens[end].norm))
    return _make(text, tokens, first, end - 1, "anonymous")


_OWNERS = L._norm("اصحاب مالكي مالكو")


def _people_named(text: str, tokens: list[Token], j: int, limit: int) -> int | None:
    """Where two or more people's full names from token j, joined by و ("أبو طارق الطوخي
    وعيد المطيري"), end (exclusive); None when the words there are not such names."""
    count = 0
    local = tokens
    while j < limit:
        # (each name up to the و of the next: "أبو طارق الطوخي | وعيد المطيري")
        joined = next((m for m in range(j + 2, min(limit, j + 6))
                       if local[m].norm[:1] == "و" and not broken(text, local, m)), limit)
        named = parse_subject(text, local, j, joined, names=True)
        if named is None or named.kind != "person" or named.title or " " not in (named.name or ""):
            return None
        count += 1
        after = named.last + 1
        if after + 1 < limit and local[after].norm[:1] == "و" and len(local[after].norm) > 2 \
                and not broken(text, local, after):
            # (the next name without its و, read as the parse reads a name)
            local = local[:after] + [Token(local[after].start + 1, local[after].end,
                                           local[after].norm[1:])] + local[after + 1:]
            j = after
            continue
        return after if count >= 2 else None
    return None


def ban_ki_moon(text: str, tokens: list[Token], j: int) -> bool:
    """Is the word بان at token j the first of «بان كي مون» (the UN's secretary-general),
    not بأنّ?"""
    return tokens[j].norm == "بان" and j + 2 < len(tokens) and tokens[j + 1].norm == "كي" \
        and tokens[j + 2].norm == "مون" and not broken(text, tokens, j + 1) \
        and not broken(text, tokens, j + 2)


def name_link_van(text: str, tokens: list[Token], j: int) -> bool:
    """Is the word فان at token j the "van" of a name (لويس فان غال، روبن فان بيرسي), not
    فإنّ: a name word before it and after it, with nothing between?"""
    if tokens[j].norm != "فان" or j == 0 or j + 1 >= len(tokens) \
            or broken(text, tokens, j) or broken(text, tokens, j + 1):
        return False
    before, after = tokens[j - 1].norm, tokens[j + 1].norm
    return not after.startswith("ال") and not _lexical(after) and not _lexical(before) \
        and not before.startswith("ال")


def _quoted_name_end(text: str, tokens: list[Token], j: int, limit: int) -> int | None:
    """Where a quoted name of one to three words opening at token j ends: the token after
    its closing mark (before `limit`), or None."""
    return next((m for m in range(j + 1, min(limit, j + 4))
                 if _after_closing_mark(text, tokens, m)), None)


def _quoted_subject(text: str, tokens: list[Token], j: int, bound: int) -> Subject | None:
    """A name in quotation marks, alone between the verb and its أن: a body's name (a
    company, a paper), the subject; the verb's own إلى/على may follow it."""
    if bound - j >= 2 and tokens[bound - 1].norm in ("الي", "علي") \
            and _after_closing_mark(text, tokens, bound - 1):
        bound -= 1      # "وأشار "البقمي" إلى أنه …"
    if not _name_words(tokens, j, bound) or not _quoted_before(text, tokens, j) \
            or not _after_closing_mark(text, tokens, bound) \
            or any(broken(text, tokens, m) for m in range(j + 1, bound)):
        return None
    return _quoted_body(text, tokens, j, bound)


def _name_words(tokens: list[Token], j: int, bound: int) -> bool:
    """Can tokens[j:bound], in quotation marks, be a name: one to three words, none a word
    no name holds (not «لا» or «نعم» before an إن: a word said, not a name)?"""
    return 0 < bound - j <= 3 and not any(
        L.one_of(tokens[m].norm, L.SUBJECT_STOPS) or L.reporting_word(tokens[m].norm)
        for m in range(j, bound))


def _quoted_body(text: str, tokens: list[Token], j: int, bound: int) -> Subject:
    """tokens[j:bound], a name in quotation marks, as the body it names."""
    label = text[tokens[j].start:tokens[bound - 1].end]
    return Subject(j, bound - 1, tokens[j].start, tokens[bound - 1].end, "organisation",
                   label, title=label,
                   title_words=tuple(_content(t.norm) for t in tokens[j:bound]))


def _quoted_before(text: str, tokens: list[Token], j: int) -> bool:
    """Token j follows an opening quotation mark (a mark glued to the word)."""
    between = gap(text, tokens, j) if j > 0 else text[max(0, tokens[0].start - 1):tokens[0].start]
    # (the first word of its paragraph: the mark right before it, "«سوني» تعلن …")
    return between.strip() in _OPENING and between.rstrip() == between


def _after_closing_mark(text: str, tokens: list[Token], j: int) -> bool:
    """Token j follows a closing quotation mark (a mark, then a space: لـ"الاقتصادية" عيضه),
    not an opening one (a mark glued to the word: لـ"الاقتصادية")."""
    between = gap(text, tokens, j)
    return between.strip() in _CLOSING and between != between.rstrip()
