"""Who is who inside one article: a bare title or surname is the person introduced with it.

An article names a speaker fully once (وزير الخارجية عادل الجبير) and then briefly (الجبير،
وزير الخارجية، الوزير، معاليه). `Entities` keeps the speakers an article has named so far and
resolves each new subject phrase to one of them, or makes a new one:
- a name is the person with the same name (first and last word), or whose surname it is,
  when exactly one such person was named (سلمى حداد and سامي حداد make «حداد» nobody);
- a title without a name is the person who was introduced with a title that holds all its
  words (الوزير الألماني → وزير الخارجية الألماني فرانك فالتر شتاينماير) when that is one
  person, else a person known by that title alone (وزير الزراعة الأردني);
- «سموه»، «معاليه» are the last person named with that honorific (or a title that carries it);
- a lone word with the article that names nobody introduced (وقال الاجتماع) is nobody.
Ids are made from the names, so the same person in two articles has the same id; spelling
variants of a name meet through `name_key`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from tui.quotes.lexicon import COUNTRIES, DOCUMENTS, GIVEN_NAMES, ORDINALS, ORGANISATIONS
from tui.quotes.model import Speaker
from tui.quotes.subject import Subject, _family_nisba, _lexical, _prefixed
from tui.quotes.words import key_word
from tui.text.normalize import normalize_text

# Transliterated names spell the "g" of one language as غ, ج or ق in another, and an "s"
# as س or ز (روسيتي/روزيتي).
_NAME_FOLD = str.maketrans({"غ": "ج", "ق": "ج", "ز": "س"})
_LINKS = {"بن", "ابن", "بنت"}
# What each honorific pronoun may refer to: the honorific itself, or a title carrying it.
# (A king is جلالة, not سمو: "سموه" is a prince.)
_PRONOUN_TITLES = {"سمو": {"امير", "ولي", "سمو", "السمو"},
                   "معالي": {"وزير", "رئيس", "معالي", "سفير", "امين", "محافظ"}}
# How far (in characters) after a sentence of receiving a call its caller is "سموه".
_RIGHT_AFTER = 40
# ... and whom it never refers to: a prince is سموه even when he is a minister too.
_PRONOUN_NOT = {"معالي": {"امير", "الامير", "سمو", "السمو"}}


# (Both remembered: an article resolves the same few names again at every report, and the
# facts compare the same names across a corpus.)
@lru_cache(maxsize=1 << 16)
def name_key(word: str) -> str:
    """The variant key of a name's word (ترامب/ترمب، عبدالعزيز/عبد العزيز meet)."""
    return key_word(normalize_text(word)).translate(_NAME_FOLD)


# What a document may be called by without telling which one it is: "تقرير حديث"، "دراسة
# جديدة"، "تقرير حكومي"، "البيان الرسمي".
_PLAIN_DOCUMENT = frozenset(normalize_text(w) for w in (
    "حديث حديثة جديد جديدة أخير أخيرة سنوي سنوية حكومي حكومية رسمي رسمية شهري شهرية "
    "صحفي صحفية").split())
_MARKS = "«»\"“”()'"
# Documents a body adopts rather than writes (a resolution, a decision): who "issued" one
# in a sentence is often only who spoke of it.
_ADOPTED = frozenset(normalize_text(w) for w in "قرار القرار قرارات".split())
# A plural document word and its singular, as title words give them.
_ONE_OF_MANY = {"تقارير": "تقرير", "دراسات": "دراسه", "وثائق": "وثيقه", "بيانات": "بيان"}


@lru_cache(maxsize=1 << 16)
def name_keys(name: str) -> tuple[str, ...]:
    """A name's words as keys, with عبد joined to the word after it and بن/ابن dropped."""
    words = normalize_text(name).split()
    joined: list[str] = []
    k = 0
    while k < len(words):
        word = words[k]
        # "عبد العزيز" and "عبدالعزيز", "بن عيسى" and "بنعيسى" are written both ways
        # (and "العبد اللطيف", a family name, is one word as "عبد الناصر" is)
        if word in ("عبد", "العبد", "ابو", "ابي", "ابا", "ال", "بن", "ابن") and k + 1 < len(words):
            word, k = ("بن" if word == "ابن" else word) + words[k + 1], k + 1
        if word not in _LINKS:
            joined.append(name_key(word))
        k += 1
    return tuple(joined)


def _coordinated(entity: "Entity") -> bool:
    """"الشرطة والمسلحين الأكراد": two bodies named together, not a longer name of one."""
    return any(word.startswith("وال") and len(word) >= 5 for word in
               normalize_text(entity.label).split()[1:])


@dataclass(slots=True)
class Entity:
    id: str
    kind: str
    label: str
    keys: tuple[str, ...] = ()              # the name's keys (persons with a name)
    titles: list[frozenset[str]] = field(default_factory=list)
    sequences: list[tuple[str, ...]] = field(default_factory=list)   # the titles in order
    honorifics: set[str] = field(default_factory=set)
    names: list[str] = field(default_factory=list)
    feminine: bool = False
    mentions: list[int] = field(default_factory=list)    # offsets where the article names it

    def add_name(self, name: str | None) -> None:
        if name and name not in self.names:
            self.names.append(name)

    def speaker(self) -> Speaker:
        kind = self.kind if self.kind in ("person", "organisation", "anonymous") else "unknown"
        return Speaker(self.id, _letters(self.label), kind,
                       tuple(dict.fromkeys(map(_letters, self.names))))


_PRESENTATION = re.compile("[\ufb50-\ufefe]")


@lru_cache(maxsize=1 << 14)     # (every quotation's speaker spells out all its names)
def _letters(name: str) -> str:
    """A name as letters: presentation-form glyphs (text copied from PDFs) folded, quotation
    marks around a part of it ("وكالة «تاس»") kept."""
    if _PRESENTATION.search(name):
        return "".join(unicodedata.normalize("NFKC", ch) if "\ufb50" <= ch <= "\ufefe" else ch
                       for ch in name)
    return name


def _family_not_given(word: str) -> bool:
    """A word with the article that no given name is, though its key is one's: «المقيرن»
    (key of «مقرن»)."""
    norm = normalize_text(word)
    return norm.startswith("ال") and norm not in GIVEN_NAMES \
        and norm[2:] not in _GIVEN_WITH_ARTICLE
    # (a given name with the article is a family's: "اليوسف"، "العبدالله"; but "الحسن"،
    # "الحسين" are given names too)


# Given names also written with the article (الحسن واتارا، الوليد بن طلال).
_GIVEN_WITH_ARTICLE = frozenset({"حسن", "حسين", "وليد", "هادي", "مهدي"})


# Given names as name keys (not the family names that list keeps for their verb-like
# shape: ترامب، اوباما، نتنياهو، بوتين، لافروف).
_GIVEN_KEYS = frozenset(name_key(n) for n in GIVEN_NAMES
                        - {"ترامب", "اوباما", "نتنياهو", "بوتين", "لافروف"})

# Characters before a bare body's name ("الشرطة") within which the body it stands for was
# last named.
_FAR_BACK = 1500

# Characters after a title within which the name it stands for may still come.
_SAME_BREATH = 300


# "آخر"، "أخرى"، "آخرون": another one, never whom the article named before.
_ANOTHER = frozenset(name_keys("آخر اخر أخرى اخري آخرون اخرون آخرين اخرين"))
# Ordinals in a title's words ("المتهم الأول"، "النائب الثاني": اول، ثاني): which one of
# several holds it.
_ORDINALS = frozenset(w.removeprefix("ال") for w in ORDINALS)


def _other_fathers(keys: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Do two names that open and end alike name different fathers between ("محمد بن نايف
    بن عبد العزيز" and "محمد بن سلمان بن عبد العزيز": two princes, cousins)? A name with no
    middle part may be either ("عبد اللطيف الزياني")."""
    return len(keys) > 2 and len(other) > 2 and keys[1] != other[1]


def _as_written(surname: str, person: Entity) -> bool:
    """Does one of the person's names end with `surname` as written (الثبيتي, not a word
    its key only shares)?"""
    word = normalize_text(surname).strip()
    return any(normalize_text(name).split()[-1:] == [word] for name in [person.label, *person.names])


def _content_words(label: str) -> list[str]:
    """A label's words as compared: normalised, without quotation marks and the article."""
    return [w.strip(_MARKS).removeprefix("ال") for w in normalize_text(label).split()]


class Entities:
    """The speakers one article has named, in the order it named them."""

    def __init__(self) -> None:
        self.items: list[Entity] = []
        # document word (بيان، تقرير …) -> who last issued one ("وذكر مجلس الوزراء في بيان
        # أن …", "وفقا للبيان الصادر من الاتحاد …"): "وأضاف البيان" then speaks for them
        self._issuers: dict[str, Entity] = {}
        # document word -> everyone the article says issued one, anywhere in it (by id),
        # with where the article named it then
        self._all_issuers: dict[str, dict[str, tuple[Entity, int]]] = {}
        # short name -> the body it stands for (bracketed after the body's full name)
        self._short_names: dict[tuple[str, ...], Entity] = {}
        # a noun with the article that a verb of saying had as its whole subject ("وأوضح
        # الحرس أن …"): who the article calls by it again
        self._plain: dict[tuple[str, ...], Entity] = {}
        # who made the call the last sentence of receiving told of, and where it ended
        self._caller: tuple[Entity, int] | None = None

    def called(self, entity: Entity, end: int) -> None:
        """`entity` made the call (or sent the cable) that the sentence ending at offset
        `end` says someone received: "تلقى الأمير … اتصالاً هاتفياً من صاحب السمو …"."""
        self._caller = (entity, end)

    def abbreviated(self, short: str, entity: Entity) -> None:
        """A body goes by `short` too ("الاتحاد الدولي (الفيفا)")."""
        keys = name_keys(short)
        if keys:
            self._short_names[keys] = entity

    def issued(self, document: str, entity: Entity, anew: bool = True) -> None:
        """`entity` issued a `document` (its content word: بيان) just now (one of its
        reports: "أحدث تقارير «أوبك»" lets "وقال التقرير" speak for it too). Not `anew`:
        the text named the document with the article ("وقال كارتر في البيان"), one it had
        named already, maybe another's."""
        if document == "بيانات":
            return      # data: "وأشارت البيانات" after the data of two bodies is either's
        for word in (document, _ONE_OF_MANY.get(document)):
            if word is not None:
                self._issuers[word] = entity
                if anew:
                    self._all_issuers.setdefault(word, {}).setdefault(
                        entity.id, (entity, entity.mentions[-1] if entity.mentions else -1))

    def issuer_named_later(self, entity: Entity) -> Entity | None:
        """For a document the article gave words to before it said who issued it ("أفاد
        تقرير حكومي أن …. وقال التقرير الذي أصدرته المراكز الأمريكية …"), the one issuer
        the whole article gives that kind of document; None for anything else, or where the
        article names two issuers of it (then which report said what, only the text can
        tell)."""
        if entity.kind != "unknown" or not entity.sequences or not entity.sequences[0]:
            return None
        word = entity.sequences[0][0]
        issuers = self._all_issuers.get(word, {})
        if word not in DOCUMENTS or word in _ADOPTED or len(issuers) != 1:
            return None
        issuer, named_at = next(iter(issuers.values()))
        # Only a document the article gives no other mark of its own: "التقرير"، "تقرير
        # حديث"، "دراسة جديدة", or one that names that very issuer ("تقرير «جدوى
        # للاستثمار»"); "دراسة أوروبية"، "دراسة محلية أخرى"، "تقرير صادر عن …" may be
        # another document than the one whose issuer the article names.
        own = _content_words(entity.label)[1:]
        issuer_words = set(_content_words(issuer.label))
        if any(w in issuer_words for w in own):
            return issuer
        if not all(w in _PLAIN_DOCUMENT for w in own) \
                or entity.mentions and named_at >= 0 and entity.mentions[0] > named_at:
            return None     # (nor one the article brought in after it had named the issuer:
            # "توصلت دراسة أجراها مجلس البحوث …. أكدت دراسة حديثة أن …" is another study)
        return issuer

    def resolve(self, subject: Subject, at: int, introduce: bool = True,
                headline: bool = False, plain: bool = False) -> Entity | None:
        """The entity a subject phrase at offset `at` names, made if new (unless not
        `introduce`); None when the phrase names nobody certain. A `headline` may name by a
        title someone only its body introduces. `plain`: the phrase, nouns with the article
        no list knows, is surely a verb of saying's subject, so it names whoever it says
        ("الحرس", "العريس")."""
        found = self._find(subject, at, headline)
        if found is None and introduce:
            found = self._new(subject, plain)
        if found is not None:
            self._learn(found, subject, at)
        return found

    def _find(self, subject: Subject, at: int, headline: bool = False) -> Entity | None:
        if not _ANOTHER.isdisjoint(name_keys(subject.label)[1:3]):
            return None     # "وقال ضابط آخر بالشرطة": another officer, not the one named before
        if subject.kind == "pronoun":
            return self._by_honorific(subject.honorifics[0], at)
        if subject.name is not None and normalize_text(subject.name).strip() == "الله":
            return next((e for e in self.items if e.label == "الله"), None)    # God ("عز
            # من قائل"، "قال تعالى"): never "رسول الله" or "عبد الله" by their last word
        if subject.kind == "person" and subject.name and len(subject.title_words) == 1:
            # a family name read as a one-word title, then the verb's object: "واعتبر الحوثي
            # نجاح المقاومة …" after "عبدالملك الحوثي" (a known family nisba, also a title: a
            # Houthi, not a Houthi named نجاح); "وأوضح الثبيتي ملابسات ماحدث" after "محمد
            # الثبيتي" (any family name in ي, as the article wrote it, before words that open
            # with no given name: not a man named ملابسات)
            known = " " not in subject.name.strip() \
                and _family_nisba(normalize_text(subject.title).strip())
            title = subject.title.strip()
            shaped = title.startswith("ال") and title.endswith("ي") \
                and normalize_text(subject.name).split()[0] not in GIVEN_NAMES
            family = self.by_surname(subject.title) if known or shaped else None
            if family is not None and (known or _as_written(subject.title, family)):
                return family
        if subject.name:
            clan = normalize_text(subject.name).startswith("ال ") \
                and self.by_surname(subject.name)
            return clan or self._by_name(name_keys(subject.name), at) \
                or self._by_father(subject.name)
            # ("وذكر آل جار الله" after "إبراهيم آل جار الله": the family by which he is called)
        if subject.kind == "unknown" and not subject.title:
            # a lone word with the article: the surname of someone introduced, the short
            # name of a body ("الفيفا"), or nobody
            keys = name_keys(subject.label)
            return self._by_name(keys, at) or self._short_names.get(keys) \
                or self._plain.get(keys) or self._by_genitive(subject.label)
        words = frozenset(subject.title_words)
        if not words:
            return None
        if subject.kind == "unknown" and len(subject.title_words) == 1 \
                and subject.title_words[0] in self._issuers:
            return self._issuers[subject.title_words[0]]     # "وأضاف البيان"
        if subject.kind == "person" and len(subject.title_words) == 1 \
                and " " not in subject.label.strip():
            # "قال الخطيب" after "سمير الخطيب": a family name that is also a title
            named = self._by_name(name_keys(subject.label))
            if named is not None and named.kind == "person" and len(named.keys) > 1:
                return named
        if subject.kind == "person":
            if _unread_name_at_end(subject.label):
                return None     # "ممثل نيوزيلندا تيم غروزر": someone new, not "الممثل …"
            return self._by_title(words, subject.title_words, -1 if headline else at)
        same = [e for e in self.items if e.kind == subject.kind and words in e.titles]
        if same:
            return same[-1]
        if len(words) == 1:
            # "الشرطة" after "شرطة المنطقة الشرقية"; "البيان" after the statement it names
            # (named not too far back: "وقالت الشرطة" a whole story later, in a digest of
            # short news, is another police)
            heads = [e for e in self.items if e.kind == subject.kind and not _coordinated(e)
                     and any(min(t, key=len) and words <= t for t in e.titles)
                     and (at < 0 or headline
                          or any(at - _FAR_BACK <= m <= at for m in e.mentions))]
            if len({e.id for e in heads}) == 1:
                return heads[-1]
        return None

    def _by_father(self, name: str) -> Entity | None:
        """"وأشار بن دليم إلى أن …" after "محمد بن دليم القحطاني": بن and his father's name,
        by which news calls a man, fit the one person named in full with them (not when two
        fit)."""
        words = normalize_text(name).split()
        if len(words) != 2 or words[0] not in ("بن", "ابن"):
            return None
        fits = {}
        for e in self.items:
            label = normalize_text(e.label).split() if e.kind == "person" else []
            if len(label) >= 4 and any(label[m:m + 2] == words for m in range(len(label) - 1)):
                fits[e.id] = e
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _by_genitive(self, word: str) -> Entity | None:
        """"وأوضحت الأرصاد أن …" after "الرئاسة العامة للأرصاد وحماية البيئة": a word with the
        article that is the genitive (with لـ) of the one body the article named so."""
        norm = normalize_text(word).strip()
        if not norm.startswith("ال") or len(norm) < 5 or " " in norm:
            return None
        with_la = "لل" + norm[2:]
        found = {e.id: e for e in self.items if e.kind == "organisation"
                 and with_la in normalize_text(e.label).split()}
        return next(iter(found.values())) if len(found) == 1 else None

    def known_surname(self, word: str) -> bool:
        """Is `word` the surname of a person the article named in full? (Not a given name:
        "محمد لباد" after "زينب محمد" is her father, not her and an object.)"""
        key = name_keys(word)
        return bool(key) and (key[0] not in _GIVEN_KEYS or _family_not_given(word)) \
            and any(e.kind == "person" and len(e.keys) > 1 and e.keys[-1] == key[0]
                    for e in self.items)

    def by_surname(self, words: str) -> Entity | None:
        """The one person the article names in full whose name ends with `words` (a surname
        of several words: "فان غال" for لويس فان غال), or None."""
        keys = name_keys(words)
        found = {e.id: e for e in self.items if e.kind == "person" and keys
                 and len(e.keys) > len(keys) and e.keys[-len(keys):] == keys}
        return next(iter(found.values())) if len(found) == 1 else None

    def _by_name(self, keys: tuple[str, ...], at: int = -1) -> Entity | None:
        if not keys:
            return None
        people = [e for e in self.items if e.kind == "person" and e.keys]
        same = [e for e in people if e.keys == keys
                or (len(keys) > 1 and len(e.keys) > 1 and e.keys[0] == keys[0]
                    and e.keys[-1] == keys[-1] and not _other_fathers(keys, e.keys))
                or (len(keys) > 1 and _prefix(keys, e.keys))]
        if same:
            return same[-1]
        if len(keys) > 1:
            # "دونالد ترامب" after "الرئيس ترامب": the one person known by that surname alone
            alone = {e.id: e for e in people if len(e.keys) == 1 and e.keys[0] == keys[-1]
                     and e.label != "الله"}     # ("رسول الله"، "عبد الله" are not God)
            if len(alone) == 1:
                found = next(iter(alone.values()))
                self._rekey(found, keys)
                return found
        if len(keys) == 2 and keys[0] not in _GIVEN_KEYS and keys[1] != keys[0]:
            # "وصف بوتين اللقاء": a surname the article knows, then the verb's object (not
            # "محمد لباد" after "زينب محمد": a given name opens a name of its own; nor "عواد
            # العواد" after "إبراهيم العواد": a name whose two words are one, his own)
            fits = {e.id: e for e in people if e.keys[-1] == keys[0]}
            if len(fits) == 1:
                return next(iter(fits.values()))
        if len(keys) == 1:
            # a surname, or a first name ("جورج" in a subheading): one person must fit
            fits = {e.id: e for e in people if e.keys[-1] == keys[0] or e.keys[0] == keys[0]
                    or _clan(e.label) == keys[0]}
            if len(fits) > 1 and at >= 0:
                # "وأشار النهدي" after محمد النهدي, with وليد النهدي introduced only further
                # on: the one of them the reader has met so far
                fits = {i: e for i, e in fits.items() if min(e.mentions, default=at) < at}
            if not fits and keys[0] not in _GIVEN_KEYS:
                # "وقال كير" after "سلفا كير ميارديت": the middle word of a foreign name of
                # three, by which news calls him (not of an Arab one, "سعيد مسعد العنمي",
                # whose middle word is his father's given name)
                fits = {e.id: e for e in people if len(e.keys) == 3 and e.keys[1] == keys[0]
                        and _foreign_last(normalize_text(e.label).split()[-1])}
            if len(fits) == 1:
                return next(iter(fits.values()))
        return None

    def _rekey(self, entity: Entity, keys: tuple[str, ...]) -> None:
        """A person first known by surname alone now has a full name: the full name's id."""
        entity.keys = keys
        entity.id = "person:" + "-".join((keys[0], keys[-1]))

    def _by_title(self, words: frozenset[str], sequence: tuple[str, ...], at: int = -1
                  ) -> Entity | None:
        if sequence and sequence[0] in SHARED_HEADS:
            return None     # "عضو الهيئة العامة": one member of many, not surely the one before
        # (not someone whose titles lack the new one's ordinal: "المتهم الأول" is not "المتهم
        # جراح نمر", one of eleven accused)
        counted = _ORDINALS.intersection(sequence)
        people = [e for e in self.items if e.kind == "person"
                  and (not counted or counted <= frozenset().union(*e.titles))]
        exact = {e.id: e for e in people if words in e.titles}
        if len(exact) == 1:
            return next(iter(exact.values()))
        if exact:
            return None
        # (the words of all its titles together: "المدرب البرتغالي" after "البرتغالي جوزيه
        # مورينيو مدرب تشيلسي")
        # (not a deputy's title: "مساعد مدير عام السجون" holds the words of "مدير عام السجون"
        # and is another man)
        holding = {e.id: e for e in people if (any(words <= t for t in e.titles)
                   or e.titles and words <= frozenset().union(*e.titles))
                   and not _deputy_of(e, sequence) and not _head_in_genitive(e, sequence)}
        if len(holding) == 1:
            return next(iter(holding.values()))
        if holding:
            return None
        # "نائب خادم الحرمين للقيادات الأمنية": the head of a known title, more words after it
        held = {e.id: e for e in people if any(_common_head(sequence, t) >= 3
                                               and not _other_genitive(sequence, t)
                                               and not _diverge(sequence, t)
                                               for t in e.sequences)}
        if len(held) == 1:
            return next(iter(held.values()))
        # "المبعوث الأممي إلى اليمن" after "المبعوث الخاص للأمين العام … فلان": the one person
        # the article introduced with a name under that head noun
        if sequence:
            # (not when the new title names a country or nationality the known one lacks:
            # "وزير خارجية ألمانيا" is not the Saudi foreign minister named before)
            places = _places(sequence[1:])
            # (nor, for someone known only by the bare head, "الرئيس بيار نكورونزيزا", a
            # title that governs a body: "رئيس اللجنة الانتخابية" is another office)
            # (and only someone the article named before or in the same breath: "وقال
            # المدير الطبي للعيادات" is not "المدير الإقليمي للحملة بدر السمحان" whom it
            # introduces paragraphs further on)
            named = {e.id: e for e in people if e.keys and any(
                t and t[0] == sequence[0] for t in e.sequences)
                and places <= _places(frozenset().union(*e.titles))
                and not any(_other_genitive(sequence, t) or _other_body(sequence, t)
                            or _other_office(sequence, t)
                            for t in e.sequences)
                and (ORGANISATIONS.isdisjoint(sequence[1:])
                     or any(len(t) > 1 and not _of_a_state(t)
                            for t in e.sequences if t and t[0] == sequence[0]))
                and (at < 0 or any(m < at + _SAME_BREATH for m in e.mentions))}
            others = [e for e in people if not e.keys and any(
                t and t[0] == sequence[0] for t in e.sequences)]
            if len(named) == 1 and not others:
                return next(iter(named.values()))
        return None

    def _by_honorific(self, honorific: str, at: int) -> Entity | None:
        accepted = _PRONOUN_TITLES.get(honorific, {honorific})
        refused = _PRONOUN_NOT.get(honorific, set())
        if self._caller is not None and 0 <= at - self._caller[1] <= _RIGHT_AFTER:
            # "تلقى الأمير … اتصالاً من صاحب السمو الملكي الأمير سلمان …. وأعرب سموه عن …":
            # his highness, right after the call, is the caller who spoke in it
            caller = self._caller[0]
            if caller.honorifics & ({honorific, "ال" + honorific} | accepted) \
                    and not caller.honorifics & refused:
                return caller
        # the person named last before `at` (the article's people are all learned before its
        # reports are read, so a later mention must not count)
        last = {id(e): max((m for m in e.mentions if m <= at), default=-1) for e in self.items}
        people = [e for e in sorted(self.items, key=lambda e: -last[id(e)])
                  if last[id(e)] >= 0 and e.kind == "person"
                  and not (e.honorifics & refused or any(t & refused for t in e.titles))]
        # the one the article gave that very honorific first ("معالي الأمين العام … التركي"),
        # then one whose office takes it: "واستنكر معاليه هذه التصريحات" is the secretary
        # general's, not "نائب رئيس الجمهورية العراقية نوري المالكي" named after him
        return next((e for e in people if honorific in e.honorifics), None) \
            or next((e for e in people if e.honorifics & accepted
                     or any(t & accepted for t in e.titles)), None)

    def _new(self, subject: Subject, plain: bool = False) -> Entity | None:
        if subject.kind == "pronoun":
            return None
        if subject.kind == "unknown" and not subject.title:
            keys = name_keys(subject.label)
            if not plain or not keys or self._someone_goes_by(keys[-1]):
                return None     # ("حداد" after سلمى حداد and سامي حداد: which one is not said)
            entity = Entity("other:" + "-".join(keys), "unknown", subject.label)
            self._plain[keys] = entity
            self.items.append(entity)
            return entity
        if subject.name:
            keys = name_keys(subject.name)
            if not keys:
                return None
            if len(keys) == 1 and self._someone_goes_by(keys[0]):
                return None     # "حداد" after سلمى حداد and سامي حداد: which one is not said
            ident = "person:" + "-".join((keys[0], keys[-1]) if len(keys) > 1 else keys)
            entity = Entity(ident, "person", subject.label, keys)
        else:
            words = subject.title_words or tuple(normalize_text(subject.label).split())
            ident = f"{_PREFIX[subject.kind]}:" + "-".join(name_key(w) for w in words)
            entity = Entity(ident, subject.kind, subject.label)
        self.items.append(entity)
        return entity

    def sources_spoke(self) -> bool:
        """Has an anonymous or collective source (مصادر، شهود) spoken in the article yet?"""
        return any(e.kind == "anonymous" for e in self.items)

    def _someone_goes_by(self, key: str) -> bool:
        """Is `key` a word of the name of a person the article knows?"""
        return any(e.kind == "person" and key in e.keys for e in self.items)

    def _learn(self, entity: Entity, subject: Subject, at: int) -> None:
        entity.mentions.append(at)
        if subject.kind == "pronoun":
            return
        entity.feminine = entity.feminine or subject.feminine
        entity.honorifics.update(subject.honorifics)
        if subject.title_words:
            title = frozenset(subject.title_words)
            if title not in entity.titles:
                entity.titles.append(title)
                entity.sequences.append(tuple(subject.title_words))
        keys = name_keys(subject.name) if subject.name else ()
        if keys and entity.kind == "person" and entity.keys and (
                len(keys) > len(entity.keys) and keys[0] == entity.keys[0] and (
                    keys[-1] == entity.keys[-1] or " بن " in f" {normalize_text(subject.name)} ")
                or len(subject.label) > len(entity.label) and keys == entity.keys):
            # the fullest form of the name seen is the label (عادل بن أحمد الجبير، محمد بن
            # نايف بن عبدالعزيز); not a name that only ran into the next word
            entity.label = subject.label
            entity.keys = keys
        entity.add_name(subject.name)
        entity.add_name(subject.title)
        if subject.name and subject.title:
            entity.add_name(f"{subject.title} {subject.name}")
        if subject.kind == "unknown" and not subject.title:
            entity.add_name(subject.label)


def _clan(label: str) -> str | None:
    """"يحيى سعيد منصور آل خرصان الوادعي": the key of the clan named with آل inside a name
    that goes on with the tribe, by which the article may call him ("آل خرصان: …")."""
    words = normalize_text(label).split()
    return next((name_key(words[j + 1]) for j in range(1, len(words) - 2) if words[j] == "ال"),
                None)


def _foreign_last(word: str) -> bool:
    """A name's last word as foreign names end (ميارديت): no article, no preposition
    joined to it, no word a list knows (a name read one word too far, "كينياتا بأوباما",
    does not count)."""
    return not word.startswith("ال") and not _prefixed(word) and not _lexical(word) \
        and not word.endswith(("ا", "ه"))


def _unread_name_at_end(label: str) -> bool:
    """A title whose last two words are without the article and known to no list nor as
    places: a name the phrase did not tell apart from the title ("ممثل نيوزيلندا تيم
    غروزر"), so the title is someone's the article has not met."""
    from tui.quotes import lexicon as L
    words = normalize_text(label).split()
    return len(words) >= 3 and all(
        not w.startswith("ال") and L.bare(w) not in L._KNOWN and w not in L._KNOWN
        and not _place_word(w) for w in words[-2:])


def _place_word(word: str) -> bool:
    """A country or a nationality among a title's words (مانيا from ألمانيا، اثيوبي)."""
    return word in COUNTRIES or "ال" + word in COUNTRIES \
        or len(word) >= 5 and word.endswith(("ي", "يه")) and not word.endswith("يي")


# Titles of who stands in for or advises the holder of the title they govern.
_DEPUTIES = frozenset({"مساعد", "مساعده", "نائب", "نائبه", "وكيل", "وكيله", "مستشار",
                       "مستشاره", "معاون"})


def _other_genitive(new: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """Past their head, the two titles govern different words by the same noun: "الكاتب في
    صحيفة «زمان»" is not "الكاتب في صحيفة وطن" (a paper each, two writers)."""
    following = {a: b for a, b in zip(known[1:], known[2:]) if a in ORGANISATIONS}
    return any(a in following and not b.startswith(following[a])
               and not following[a].startswith(b) for a, b in zip(new[1:], new[2:]))
    # (a body each: "صحيفة زمان"/"صحيفة وطن"; not "خارجية فلسطين"/"الخارجية الفلسطيني")


def _head_in_genitive(entity: Entity, sequence: tuple[str, ...]) -> bool:
    """Does the entity hold the title's head only after a body that governs it? "الوزير
    الأميركي" is not "رئيس الأركان بمكتب وزير الدفاع الأميركي إريك روزينباخ", whose وزير is
    his office's genitive (but "إمام وخطيب المسجد الحرام" holds خطيب, and "خادم الحرمين
    الشريفين الملك سلمان" holds ملك)."""
    places = [(t, i) for t in entity.sequences for i, word in enumerate(t)
              if sequence and word == sequence[0]]
    return bool(places) and all(i > 0 and t[i - 1] in ORGANISATIONS for t, i in places)


def _other_body(new: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """The same head over two different bodies: "رئيس جامعة نيكوسيا" is not "رئيس الأكاديمية
    … إسماعيل عبد الغفار" (a president each)."""
    return len(new) > 1 and len(known) > 1 and new[0] == known[0] \
        and new[1] in ORGANISATIONS and known[1] in ORGANISATIONS \
        and not new[1].startswith(known[1]) and not known[1].startswith(new[1])


def _other_office(new: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """The same head over a body and over a noun of another department: "مدير هيئة السياحة"
    is not "مدير تعليم ينبع محمد العقيبي" (a director each). An adjective or a place after the
    known head ("مدير عام"، "المدير الإقليمي"، "مدير جدة") says nothing of which office."""
    if not (len(new) > 1 and len(known) > 1 and new[0] == known[0]
            and new[1] in ORGANISATIONS and known[1] not in ORGANISATIONS) \
            or new[1] in _PARTIES:
        return False    # ("وزير حزب الكتائب في الحكومة": the party's minister, who heads
        # another office, "وزير العمل سجعان قزي")
    other = known[1]
    return not other.endswith(("ي", "يه")) and other not in _WHEN_OR_WHOSE \
        and other not in ("عام", "عامه") and not _places([other]) \
        and not new[1].startswith(other) and not other.startswith(new[1])


# Political groups: a title over one says whose man he is, not which office he heads.
_PARTIES = frozenset({"حزب", "تيار", "حركه", "كتله", "جماعه", "ائتلاف", "جبهه", "تحالف"})


def _deputy_of(entity: Entity, sequence: tuple[str, ...]) -> bool:
    """Is the entity known only as the deputy of a title that opens like `sequence`?"""
    holding = [t for t in entity.sequences if sequence and sequence[0] in t]
    return bool(holding) and all(deputy_in(t, sequence[0]) for t in holding)


def deputy_in(words: tuple[str, ...], head: str) -> bool:
    """Do the words of a title name the deputy of the title `head` opens ("مساعد مدير عام
    السجون" for مدير), not its holder (as "نائب رئيس الاتحاد … رئيس البعثة" holds رئيس)?"""
    at = [i for i, word in enumerate(words) if word == head]
    return bool(at) and all(i > 0 and words[i - 1] in _DEPUTY_WORDS for i in at)


# (as title words and as an id's keys: مساعد and مسعد)
_DEPUTY_WORDS = _DEPUTIES | {name_key(word) for word in _DEPUTIES}


def _of_a_state(title: tuple[str, ...]) -> bool:
    """"الرئيس الروسي": a head and the state it serves, nothing more; a title that governs a
    body ("رئيس مجموعة الخبرة الدولية") is another office under the same head noun. So with
    words that say only when or whose he was: "الرئيس الأب حافظ الأسد" is not "رئيس المحكمة"."""
    rest = [word for word in title[1:] if word not in _WHEN_OR_WHOSE]
    return len(title) >= 2 and len(_places(rest)) == len(rest)


# Words after a title's head that say when, or whose, he holds it: no body he heads.
_WHEN_OR_WHOSE = frozenset({"اب", "الاب", "سابق", "اسبق", "راحل", "حالي", "جديد"})


def _places(words) -> frozenset[str]:
    """The countries a title's words name, a nationality by its country: مصري and مصر are one,
    يمني and اليمن, روسي and روسيا (not every adjective in ي: المائية، الإسلامي)."""
    found = set()
    for word in words:
        stem = word[:-2] if word.endswith("يه") else word[:-1] if word.endswith("ي") else word
        for country in (word, "ال" + word, stem, "ال" + stem, stem + "ا", word + "ا"):
            if country in COUNTRIES:
                found.add(country.removeprefix("ال"))
                break
    return frozenset(found)


_PREFIX = {"person": "title", "organisation": "org", "anonymous": "anon", "unknown": "other"}


def _diverge(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Past their common head, do both titles go on, each with a body of its own?
    ("المتحدث الرسمي باسم مكتب الأمم المتحدة" and "المتحدث الرسمي باسم القوات الخاصة": two
    spokesmen.)"""
    n = _common_head(a, b)
    return n < len(a) and n < len(b) and a[n] in ORGANISATIONS and b[n] in ORGANISATIONS


def _common_head(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _prefix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """محمد بن نايف and محمد بن نايف بن عبدالعزيز: one is the other's start (3+ words)."""
    if len(short) > len(long):
        short, long = long, short
    return len(short) >= 2 and long[:len(short)] == short and len(long) > len(short) \
        and len(short) >= 2 and short != long[:1]


# Titles many people hold at once in the same body: a title alone names none of them.
SHARED_HEADS = frozenset({"عضو", "عضوه"})
