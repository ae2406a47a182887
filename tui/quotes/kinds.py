"""A quotation is a statement (someone's words) or a term (a quoted name, title or scare
word)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from tui.quotes import lexicon as L
from tui.quotes.subject import _verb_shaped
from tui.quotes.tokens import Token
from tui.quotes.units import _CLAUSE_MARKS, _OPENERS, _STOPS, _Unit
from tui.text.normalize import normalize_text

def _kind(text: str, tokens: list[Token], starts: list[int], unit: _Unit, sentences) -> str:
    """A statement (someone's words) or a term (a quoted name, title or scare word)."""
    sentence_start = next((s.start for s in sentences if s.start <= unit.anchor < s.end),
                          sentences[0].start if sentences else 0)
    k = bisect_left(starts, unit.anchor)
    before = [t for t in tokens[max(0, k - 12):k] if t.start >= sentence_start]
    content = text[unit.start:unit.end]
    words = len(content.split())
    gap_text = text[before[-1].end if before else sentence_start:unit.anchor]
    first_after = bisect_right(starts, unit.end)
    after = tokens[first_after:first_after + 2]
    if len(after) == 2 and after[0].norm in ("الي", "علي") and L.particle(after[1].norm):
        after = after[1:]       # "وأشار "البقمي" إلى أنه …": the verb's own preposition
    if words <= 3 and after and L.particle(after[0].norm) and before \
            and not L.particle(before[-1].norm) \
            and _CLAUSE_MARKS.isdisjoint(text[unit.end:after[0].start]) \
            and _STOPS.isdisjoint(text[unit.end:after[0].start]):
        return "term"           # "وذكرت «علي بابا» أن …"، "قال بنك الاستثمار «مورغان ستانلي»
        # إن …": a name in the subject, the report after it
    if words <= 3 and before and L.speech_verb(before[-1].norm) and after \
            and L.bare(after[0].norm) in ("عن", "علي", "الي") \
            and not text[unit.end:after[0].start].strip(" \"»”"):
        return "term"           # "أعلنت "زين السعودية" عن عرضها": the quoted subject
    if words == 1 and _named_again(text, unit, content):
        return "term"           # "سبب عزوف «سابك» عن طرح شركاتها": a name the article uses
        # again, not a word the speaker chose
    if before and (_reports(before[-1].norm) or L.particle(before[-1].norm)):
        return "statement"      # قال «…»، أن «…»
    if ":" in gap_text and (any(_reports(t.norm) for t in before) or words >= 3):
        return "statement"
    named_by = before[-2] if len(before) >= 2 and _nisba(before[-1].norm) \
        and _naming(before[-2].norm) \
        and _CLAUSE_MARKS.isdisjoint(text[before[-2].end:before[-1].start]) \
        else before[-1] if before else None
    if named_by is not None and _naming(named_by.norm) and words <= 5 \
            and not _reports(named_by.norm) \
            and not (words > 1 and _verb_shaped(normalize_text(content.split()[0]))):
        return "term"           # وكالة «تاس»، الشاب «مازن بن سفر السواط» (not «سيخلق …»),
        # and with the body's adjective between: الصحيفة المحلية «في إل تي»
    if before and words <= 8 and _titled_thing(before[-1].norm) \
            and not _verb_shaped(normalize_text(content.split()[0])):
        return "term"           # مهرجان «الملك سلمان في قلوب أطفال غزة»، تخصص "هندسة مدنية –
        # هندسة مساحة": the name of an event, a programme, a field of study, a work
    if before and before[-1].norm in ("باسم", "بعنوان", "عنوان", "اسم", "تسمي", "يسمي",
                                      "المسمي", "المسماه", "شعار", "بشعار"):
        return "term"
    if words <= 2 and before and L.bare(before[-1].norm) in _PUBLISHED:
        return "term"           # "في بيان نشرته «واس»": who published it
    if words <= 3 and before and L.bare(before[-1].norm) in L.RELAY_NOTES:
        return "term"           # "بحسب «رويترز»": who relayed the words
    if words == 1 and before and before[-1].norm.startswith("ال") \
            and not _reports(before[-1].norm) and _STOPS.isdisjoint(gap_text) \
            and ":" not in gap_text and "،" not in gap_text:
        return "term"           # الشركة الوطنية السياحية "سياحية" صالح قدح: a name in a phrase
    if words <= 3 and before and before[-1].norm == "ل" \
            and not (_OPENERS | {"»"}).isdisjoint(text[before[-1].end:unit.anchor + 1]):
        return "term"           # لـ«عكاظ» (but وصفها بـ«البناءة» quotes her)
    if words <= 3 and content.startswith("ال") and before \
            and not before[-1].norm.startswith("ب") and not _reports(before[-1].norm) \
            and not _present_verb(before[-1].norm) and ":" not in gap_text \
            and not gap_text.rstrip(" «“”\"").endswith("و") and not _describes(content):
        return "term"           # "اختلاف مسميات "الخبز""، "مثل "الجنادرية"": a thing's name in
        # someone's clause, not their words (their words are what a verb or a particle
        # opens: "لأنه «خذل» العملية", or a verb in their clause: "لم تحترم «المعايير الدولية»";
        # nor an adjective of theirs: "القضية «الأهم على الأرجح»"، "بـ”البنّاءة” و”المنتجة للغاية”")
    clause = []
    for token in reversed(before):
        between = text[token.end:clause[0].start if clause else unit.anchor]
        if not _CLAUSE_MARKS.isdisjoint(between) or not _STOPS.isdisjoint(between):
            break
        clause.insert(0, token)
    if words == 1 and before and not _reports(before[-1].norm) \
            and not L.particle(before[-1].norm) and not before[-1].norm.startswith(("ب", "ك")) \
            and ":" not in gap_text and not _present_verb(before[-1].norm) \
            and not any(L.particle(t.norm) for t in clause):
        return "term"           # "عبر عرض مرئي «فيديو» كشف …": one quoted word is a name
        # or a scare word, not what anyone said — unless an أن before it in its clause
        # reports it ("إن تلك الادعاءات مجرد «افتراءات»": his word), or a verb or a particle
        # opens it ("قال «لا»"، "أن «داعش» …"), or بـ/كـ gives it ("وصفه بـ«المحتل»")
    if any(_reports(t.norm) or L.particle(t.norm) or t.norm.startswith(("وصف", "واصف"))
           for t in clause):
        return "statement"
    if words <= 2 and not before and after and after[0].norm[:1] in ("ي", "ت") \
            and L.speech_verb(after[0].norm) and _CLAUSE_MARKS.isdisjoint(
                text[unit.end:after[0].start]):
        return "term"           # "«الزياني» يؤكد …": the quoted subject a verb follows
    if after and after[0].norm in ("كما", "وكما") and len(after) > 1 \
            and L.speech_verb(after[1].norm):
        after = after[1:]       # «…»، كما قال فلان
    if after and L.speech_verb(after[0].norm) and _STOPS.isdisjoint(text[unit.end:after[0].start]):
        return "statement"      # «…»، قال فلان
    return "statement" if words >= 4 else "term"


def _named_again(text: str, unit: _Unit, content: str) -> bool:
    """Does the article use the one quoted word again, outside this quotation: a name
    ("سابك"، "تداول")? Not a word any list knows (a scare word or a "لا" recurs as a word)."""
    word = content.strip()
    norm = normalize_text(word)
    if len(norm) < 3 or L.one_of(norm, L._KNOWN) or L.particle(norm) \
            or any(mark in word for mark in "\u064b\u064c\u064d"):
        return False    # (tanween: an adjective or adverb of the speaker's, «بناءً»)
    # (the word itself outside the quotation first: seldom there, and a pattern made for
    # every quoted word is compiled anew, the re module's cache being far smaller)
    if text.find(word, 0, unit.start - 2 + len(word)) < 0 and text.find(word, unit.end + 1) < 0:
        return False
    return any(match.start() < unit.start - 1 or match.start() > unit.end
               for match in re.finditer(r"(?<![\w\u0600-\u06FF])" + re.escape(word)
                                        + r"(?![\w\u0600-\u06FF])", text))


_PUBLISHED = L._norm("نشرته نشره نشرها بثته بثه بثها اوردته اورده اوردها")


# What a quoted name may follow (made once, not at every call: a union of some 400 words)
_NAMED = L.ORGANISATIONS | L.DOCUMENTS | L.PERSON_TITLES


def _nisba(norm: str) -> bool:
    """A definite adjective of belonging (المحلية، السعودي): what a body's name may follow."""
    return norm.startswith("ال") and norm.endswith(("يه", "ي")) and len(norm) >= 6


def _naming(norm: str) -> bool:
    """A word a quoted name follows: وكالة «تاس»، لوكالة «بترا»، لصحيفة «عكاظ»."""
    named = _NAMED
    if L.one_of(norm, named):
        return True
    if norm.startswith("لل"):
        return L.one_of("ال" + norm[2:], named)
    return norm[:1] in ("ل", "ب") and len(norm) > 3 and L.one_of(norm[1:], named)


# Things that are given names people quote: events, campaigns, programmes, fields of
# study, works, operations.
_TITLED_THINGS = L._norm("""
تخصص مهرجان حمله مبادره برنامج مسابقه فعاليه كتاب روايه فيلم مسلسل جائزه مشروع معرض ملتقي
منتدي ورشه اغنيه قصيده مسرحيه عمليه تطبيق وسم هاشتاق ورقه""")


def _describes(content: str) -> bool:
    """Quoted words that grade or describe (a superlative, "للغاية"، "جدا"): someone's."""
    words = normalize_text(content).split()
    return bool(words) and (words[0][2:] in L.DESCRIPTIONS
                            or any(w in ("للغايه", "جدا") for w in words))


def _present_verb(norm: str) -> bool:
    """"تحترم"، "يرفض": shaped like a present-tense verb (not a noun with his pronoun:
    "تقريره")."""
    return len(norm) >= 4 and norm[0] in "يت" and not norm.endswith(("ه", "ها", "هم")) \
        and _verb_shaped(norm)


def _titled_thing(norm: str) -> bool:
    word = L.bare(norm)
    for prefix in ("بال", "لل", "ال", "ب", "ل"):
        if word.startswith(prefix) and word[len(prefix):] in _TITLED_THINGS:
            return True
    return word in _TITLED_THINGS


def _reports(norm: str) -> bool:
    """A word that reports speech by itself (طالب، دعا report only with أن after them)."""
    return L.speech_verb(norm) or L.participle(norm) or L.bare(norm) in L.SPEECH_NOUNS
