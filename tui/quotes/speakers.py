"""Speakers as entities: finding who is mentioned where, under any of their names.

A speaker has one id for every way outlets name it: بوتين, فلاديمير بوتين, الرئيس الروسي and
نظيره الروسي are all "putin". Names are compared by `variant_key`, so ترامب/ترمب and
الأمريكي/الأميركي meet. Besides the event's known people (`KNOWN`), a title followed by a
name ("وزير الخارجية الفرنسي جان بارو") introduces a new entity, and that title then refers to
it for the rest of the corpus: no list can hold everyone an outlet quotes.
"""

from __future__ import annotations

import re
from array import array
from functools import lru_cache
from itertools import accumulate, compress, repeat
from typing import NamedTuple

from tui.quotes.model import Speaker
from tui.quotes.words import key_word, norm_word
from tui.text.normalize import normalize_text

# id, label, names (Arabic and English). A title is a name only where one office holder is
# meant throughout the coverage of this event (the Russian president is Putin).
KNOWN: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("putin", "بوتين", ("بوتين", "فلاديمير بوتين", "الرئيس الروسي", "نظيره الروسي",
                        "الرئيس بوتين", "Putin", "Vladimir Putin", "Russian President",
                        "the Russian president")),
    ("trump", "ترامب", ("ترامب", "دونالد ترامب", "الرئيس الأمريكي", "نظيره الأمريكي",
                        "الرئيس ترامب", "Trump", "Donald Trump", "American President",
                        "US President", "the American president")),
    ("kremlin", "الكرملين", ("الكرملين", "Kremlin")),
    ("white-house", "البيت الأبيض", ("البيت الأبيض", "White House")),
    ("darchiev", "دارتشييف", ("دارتشييف", "ألكسندر دارتشييف", "السفير الروسي", "Darchiev")),
    ("dmitriev", "دميترييف", ("دميترييف", "كيريل دميترييف", "المبعوث الروسي الخاص",
                              "Dmitriev")),
    ("belousov", "بيلاوسوف", ("بيلاوسوف", "أندريه بيلاوسوف", "وزير الدفاع الروسي",
                              "Belousov")),
    ("zelensky", "زيلينسكي", ("زيلينسكي", "فولوديمير زيلينسكي", "الرئيس الأوكراني",
                              "Zelensky")),
    ("lavrov", "لافروف", ("لافروف", "سيرغي لافروف", "Lavrov")),
    ("ushakov", "أوشاكوف", ("أوشاكوف", "يوري أوشاكوف", "Ushakov")),
    ("rubio", "روبيو", ("روبيو", "ماركو روبيو", "Rubio")),
    ("witkoff", "ويتكوف", ("ويتكوف", "ستيف ويتكوف", "ستيفن ويتكوف", "Witkoff")),
    ("tass", "تاس", ("وكالة تاس", "TASS")),
)

_TOKEN = re.compile(r"[A-Za-z]+|[\u0621-\u064a\u0640\u064b-\u0652\u0670\u0671-\u06d3]+")
PREPOSITIONS = {"مع", "الي", "علي", "عن", "من", "في", "بين", "لدي", "عند", "حول", "ضد",
                "دون", "بدون", "نحو", "تجاه", "امام", "with", "to", "for", "by", "from", "of",
                "at", "and"}
_TITLES = frozenset(normalize_text(w) for w in """
الرئيس رئيس رئيسة الرئيسة الوزير وزير وزيرة الوزيرة السفير سفير السفيرة المتحدث المتحدثة متحدث
الناطق ناطق المستشار المستشارة مستشار المبعوث مبعوث المبعوثة الأمين الملك الأمير مساعد نائب قائد
مدير المدير النائب السيناتور الجنرال مفوض المفوض المفوضة المندوب مندوب زعيم الزعيم الكاتب
المحافظ محافظ العمدة عمدة النقيب نقيب المسؤول مسؤول المحلل محلل الخبير خبير الباحث باحث
الأستاذ الدكتور
""".split())
_NAME_LINKS = frozenset(normalize_text(w) for w in "بن ابن أبو أبي عبد ولد آل".split())
_NAME_STOP = frozenset(normalize_text(w) for w in """
أن إن أنه إنه أنها بأن بأنه قد كان كانت الذي التي وقال قال في من إلى على عن مع لدى خلال بعد
أمس اليوم و ثم كما لكن عقب قبل حيث بينما فيما
""".split())
# Outlets speak too: وكالة «تاس»، صحيفة «ذا ستاندرد»، قناة "الأفق الإخبارية".
_OUTLET_NOUNS = frozenset(normalize_text(w) for w in
                          "وكالة وكالات صحيفة قناة شبكة موقع إذاعة مجلة".split())
_OPENERS = _TITLES | _OUTLET_NOUNS
# word -> "may open an introduction" (its title forms meet _OPENERS): static, so kept for good
_OPENS: dict[str, bool] = {}
# Transliterated names spell the "g" of one language as غ, ج or ق in another, and an "s"
# as س or ز (روسيتي/روزيتي).
_NAME_FOLD = str.maketrans({"غ": "ج", "ق": "ج", "ز": "س"})


# Proper names never carry tanween; "يدرك جيدًا" after a title is not a name.
_TANWEEN = re.compile("[\u064b-\u064d]")

# Punctuation sets, tested with isdisjoint: a C loop, not a generator per character.
_OPENERS_OF_NAMES = frozenset('«"“”')
_CLOSERS_OF_NAMES = frozenset('»"“”\n')
_NAME_BREAKS = frozenset('،,.:;؛()«»"“”!?؟\n')


@lru_cache(maxsize=1 << 18)
def name_key(word: str) -> str:
    """The variant key of a word, with the letters transliteration confuses folded together."""
    return key_word(word).translate(_NAME_FOLD)


# Tokens and mentions are named tuples, not dataclasses: a 10,000-article corpus makes ten
# million of them, and a frozen dataclass's __init__ costs three times a tuple's.
class Token(NamedTuple):
    start: int
    end: int
    norm: str


class Mention(NamedTuple):
    speaker: Speaker
    first: int          # token index
    last: int           # token index, inclusive
    start: int          # character offsets
    end: int
    object: bool        # governed by a preposition or a ل/ب prefix: not the one speaking


# Splitting with the token pattern captured alternates gaps and words, so every offset comes
# from summing lengths in C instead of asking each match object for its span.
_SPLIT = re.compile(f"({_TOKEN.pattern})")
# tuple.__new__ through map makes a named tuple in C, twice as fast as calling the class
_new = tuple.__new__


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    return _columns(_SPLIT.split(text[start:end] if start or end is not None else text),
                    start)[:]


class TokenColumns:
    """A text's tokens as three columns, a Token made only for a position asked for.

    Learning speakers visits a few positions in a hundred; the columns are also what a
    process pool sends to the process that learns, far cheaper to pickle than Tokens."""

    __slots__ = ("starts", "ends", "norms")

    def __init__(self, starts, ends, norms: list[str]) -> None:
        self.starts, self.ends, self.norms = starts, ends, norms

    def __len__(self) -> int:
        return len(self.norms)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return list(map(_new, repeat(Token), zip(self.starts[k], self.ends[k],
                                                      self.norms[k])))
        return Token(self.starts[k], self.ends[k], self.norms[k])

    @classmethod
    def of(cls, tokens: list[Token]) -> TokenColumns:
        return cls([t.start for t in tokens], [t.end for t in tokens], [t.norm for t in tokens])

    def __reduce__(self):
        return (TokenColumns, (self.starts, self.ends, self.norms))


def token_columns(text: str) -> TokenColumns:
    """The tokens `tokenize(text)` gives, as columns."""
    return _columns(_SPLIT.split(text))


def _columns(parts: list[str], start: int = 0) -> TokenColumns:
    """The tokens of `parts` (gaps and words in turn, as `_SPLIT` gives them), the first
    part starting at offset `start`."""
    offsets = array("i", accumulate(map(len, parts), initial=start))
    # norm_word hands back one object per distinct word: pickled, each repeat is a reference
    return TokenColumns(offsets[1:-1:2], offsets[2::2], list(map(norm_word, parts[1::2])))


@lru_cache(maxsize=1 << 16)
def _forms(norm: str) -> tuple[tuple[str, bool], ...]:
    """The word and its readings without clitics, each with "was it a prepositional prefix"."""
    forms = [(norm, False)]
    base = norm
    if len(base) > 3 and base[0] in "وف":
        base = base[1:]
        forms.append((base, False))
    if len(base) > 3 and base.startswith("لل"):
        forms.append(("ال" + base[2:], True))
    elif len(base) > 3 and base[0] in "لبك":
        forms.append((base[1:], True))
    return tuple(forms)


class Registry:
    """Known speakers plus those a corpus introduces; resolves token runs to speakers."""

    def __init__(self, known=KNOWN) -> None:
        self._titles: dict[str, set[str]] = {}
        self._aliases: dict[tuple[str, ...], Speaker] = {}
        self._speakers: dict[str, Speaker] = {}
        for speaker_id, label, names in known:
            speaker = Speaker(speaker_id, label)
            self._speakers[speaker_id] = speaker
            for name in names:
                self.add_alias(name, speaker)

    def __getstate__(self) -> dict:
        # The word cache `mentions` keeps is rebuilt on demand: not worth pickling to every
        # worker of a pool, nor into the on-disk cache.
        state = self.__dict__.copy()
        state.pop("_starts", None)
        state.pop("_waiting", None)
        return state

    def add_alias(self, name: str, speaker: Speaker) -> None:
        key = tuple(name_key(w) for w in _TOKEN.findall(normalize_text(name)))
        if not hasattr(self, "_names"):
            self._names: list[str] = []
        if key and key not in self._aliases:
            self._names.append(name)
            self._aliases[key] = speaker
            if not hasattr(self, "_by_first"):
                self._by_first: dict[str, list[tuple[int, tuple[str, ...], Speaker]]] = {}
            if key[0] not in self._by_first:
                # The words that now begin a name: only those `mentions` found beginning none
                # under this first word are marked again (forgetting every word instead made
                # learning, which adds names all along, look every word up afresh).
                starts = self.__dict__.get("_starts")
                for norm in self.__dict__.get("_waiting", {}).pop(key[0], ()):
                    starts[norm] = True
            entries = self._by_first.setdefault(key[0], [])
            entries.append((len(key), key[1:], speaker))
            entries.sort(key=lambda e: -e[0])     # longest name first

    @property
    def names(self) -> tuple[str, ...]:
        """Every name and title that refers to a speaker."""
        return tuple(self._names)

    def speaker(self, speaker_id: str) -> Speaker | None:
        return self._speakers.get(speaker_id)

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        return tuple(self._speakers.values())

    def mentions(self, tokens: list[Token] | TokenColumns,
                 text: str | None = None) -> list[Mention]:
        """Every non-overlapping mention in `tokens`, longest name first at each position."""
        found: list[Mention] = []
        starts = self.__dict__.get("_starts")
        if starts is None:
            starts = self._starts = {}
            self._waiting: dict[str, list[str]] = {}
        if not isinstance(tokens, TokenColumns):
            tokens = TokenColumns.of(tokens)
        norms, begin, finish = tokens.norms, tokens.starts, tokens.ends
        # Most words begin no name: remember which, until an alias is added, and visit only
        # the positions of those that may (a few in a hundred).
        by_first, waiting = self._by_first, self._waiting
        for norm in set(norms).difference(starts):
            keys = [name_key(form) for form, _ in _forms(norm)]
            starts[norm] = begins = any(key in by_first for key in keys)
            if not begins:
                for key in keys:
                    waiting.setdefault(key, []).append(norm)
        i = 0
        for at in compress(range(len(norms)), map(starts.__getitem__, norms)):
            if at < i:
                continue            # inside the mention found last
            i = at
            hit = None
            for form, prefixed in _forms(norms[i]):
                # aliases are indexed by their first word: most words start none
                for length, rest, speaker in self._by_first.get(name_key(form), ()):
                    if not rest or tuple(map(name_key, norms[i + 1:i + length])) == rest:
                        hit = (speaker, length, prefixed)
                        break
                if hit:
                    break
            if hit is None:
                continue
            speaker, length, prefixed = hit
            last = i + length - 1
            before = norms[i - 1] if i else ""
            # "لقناة فوكس نيوز": the outlet is where it was said, not who said it
            governed = prefixed or before in PREPOSITIONS or (
                before[:1] in ("ل", "ب") and bool(_forms_of(before) & _OUTLET_NOUNS))
            previous = found[-1] if found else None
            # (adjacency first: comparing two speakers costs far more, and is rarely needed)
            if previous is not None and previous.last == i - 1 and previous.speaker == speaker \
                    and not prefixed and (text is None or not text[previous.end:begin[i]]
                                          .strip(" ،,")):
                # "نظيره الأمريكي دونالد ترامب", "الرئيس الأميركي، دونالد ترامب": one mention
                found[-1] = _new(Mention, (speaker, previous.first, last, previous.start,
                                           finish[last], previous.object))
            else:
                found.append(_new(Mention, (speaker, i, last, begin[i], finish[last],
                                            governed)))
            i += length
        return found

    def learn(self, text: str, tokens: TokenColumns | None = None) -> None:
        """Add the people a text introduces with a title ("الرئيس الفرنسي إيمانويل ماكرون")
        and the outlets it names as sources (وكالة «تاس»). `tokens`: the text's
        `token_columns`, when they were made elsewhere (in a worker process)."""
        from tui.quotes.lexicon import is_particle, is_speech_word

        tokens = token_columns(text) if tokens is None else tokens
        known = {m.first for m in self.mentions(tokens, text)}

        forms = _title_forms
        def stops_name(k: int) -> bool:
            norm = tokens[k].norm
            return (k in known or norm in _NAME_STOP or bool(forms(norm) & _TITLES)
                    or bool(forms(norm) & _OUTLET_NOUNS) or len(norm) < 3
                    or norm.startswith(("ال", "لل", "بال", "وال", "فال"))
                    or norm in PREPOSITIONS or is_speech_word(norm) or is_particle(norm))

        def definite(k: int) -> bool:
            return tokens[k].norm.startswith(("ال", "لل", "بال", "وال", "فال"))

        # Only a title or an outlet noun starts an introduction: visit those positions alone.
        norms = tokens.norms
        for norm in set(norms).difference(_OPENS):
            _OPENS[norm] = bool(forms(norm) & _OPENERS)
        i = 0
        for at in compress(range(len(norms)), map(_OPENS.__getitem__, norms)):
            if at < i:
                continue            # inside what was learnt last
            i = at
            head = forms(norms[i])
            if head & _OUTLET_NOUNS and i not in known:
                i = self._learn_outlet(text, tokens, i)
                continue
            if not head & _TITLES or i in known:
                i += 1
                continue
            j = i + 1
            # the office: "الخارجية الفرنسي", "العام للنقابة", "باسم الشركة", "باسم نوردلاين"
            while j < len(tokens) and j - i <= 4 and not _gap(text, tokens[j - 1], tokens[j]):
                if tokens[j].norm == "باسم" and j + 1 < len(tokens):
                    j += 2          # "باسم" and the body it speaks for, whatever its name
                elif tokens[j].norm.startswith(("ال", "لل", "لشو")):
                    j += 1
                elif j + 3 < len(tokens) and not definite(j) and definite(j + 1) \
                        and not any(definite(k) or stops_name(k) and k not in known
                                    for k in (j + 2, j + 3)) \
                        and not any(_gap(text, tokens[k], tokens[k + 1]) for k in range(j, j + 3)):
                    j += 2          # "نقيب أصحاب المخابز زياد حداد": a construct, then the name
                else:
                    break
            names: list[Token] = []
            while j < len(tokens) and not _gap(text, tokens[j - 1], tokens[j]) \
                    and not _TANWEEN.search(text[tokens[j].start:tokens[j].end]):
                norm = tokens[j].norm
                if norm in _NAME_LINKS and names:
                    names.append(tokens[j])         # "عادل بن عيسى", "عبد الله"
                    j += 1
                    continue
                if stops_name(j) and not (names and definite(j) and not forms(norm) & _TITLES
                                          and norm not in PREPOSITIONS):
                    break
                names.append(tokens[j])
                j += 1
                # a first name and a surname; a third word only after بن/أبو…
                if len(names) >= 2 and names[-2].norm not in _NAME_LINKS:
                    break
                if definite(j - 1):
                    break                           # "يوسف الإدريسي": the surname ends it
            while names and names[-1].norm in _NAME_LINKS:
                names.pop()
            first_name = j - len(names)
            if names and not definite(first_name) and j - i >= 2:
                last = names[-1]
                surname = text[last.start:last.end]
                if len(names) >= 3 and names[-2].norm in _NAME_LINKS:
                    surname = text[names[-2].start:last.end].replace(" ", "")   # بن عيسى
                speaker_id = "name:" + name_key(normalize_text(surname))
                speaker = self._speakers.setdefault(speaker_id, Speaker(speaker_id, surname))
                self.add_alias(text[names[0].start:last.end], speaker)
                self.add_alias(text[last.start:last.end], speaker)
                if len(names) >= 3 and names[-2].norm in _NAME_LINKS:
                    self.add_alias(text[names[-2].start:last.end], speaker)
                    self.add_alias(text[names[-2].start:last.end].replace(" ", ""), speaker)
                office = text[tokens[i].start:tokens[first_name - 1].end]
                if len(office.split()) >= 2:
                    self.add_alias(office, speaker)
                self._titles.setdefault(speaker.id, set()).update(
                    f[2:] if f.startswith("ال") else f for f in head & _TITLES)
                i = j
            else:
                i += 1

    def title_holder(self, title: str, speaker: Speaker) -> bool:
        """Is `speaker` known to hold the office `title` names (وزير، رئيس، متحدث …)?"""
        return title in self._titles.get(speaker.id, ())

    def _learn_outlet(self, text: str, tokens: list[Token], i: int) -> int:
        """وكالة «تاس»: the quoted name (or one plain word) after an outlet noun."""
        j = i + 1
        if j >= len(tokens):
            return j
        between = text[tokens[i].end:tokens[j].start]
        if "\n" in between:
            return j                # the noun ends its line: the next line names nothing
        quoted = not _OPENERS_OF_NAMES.isdisjoint(between)
        names = [tokens[j]]
        if quoted:
            while j + 1 < len(tokens) and len(names) < 4 and _CLOSERS_OF_NAMES.isdisjoint(
                    text[tokens[j].end:tokens[j + 1].start]):
                j += 1
                names.append(tokens[j])
        elif tokens[j].norm.startswith("ال") or tokens[j].norm in _NAME_STOP:
            return i + 1
        label = text[names[0].start:names[-1].end]
        speaker_id = "outlet:" + "".join(name_key(t.norm) for t in names)
        speaker = self._speakers.setdefault(speaker_id, Speaker(speaker_id, label))
        self.add_alias(label, speaker)
        noun = next(iter(_forms_of(tokens[i].norm) & _OUTLET_NOUNS), tokens[i].norm)
        self.add_alias(noun + " " + label, speaker)
        return j + 1


@lru_cache(maxsize=1 << 18)
def _title_forms(norm: str) -> frozenset[str]:
    """A word as a title may be written: with or without a leading و/ف, and with a possessive
    pronoun dropped. Cached: `learn` asks it for every word of every article."""
    found = {norm, norm[1:]} if len(norm) > 3 and norm[0] in "وف" else {norm}
    # "نقيبها زياد حداد", "رئيسه": a title with a possessive pronoun
    # (not a lone ه: after normalisation it is also the feminine ة of وزيرة)
    found |= {f[:-len(p)] for f in found for p in ("ها", "هم")
              if f.endswith(p) and len(f) - len(p) >= 3}
    return frozenset(found)


def _forms_of(norm: str) -> set[str]:
    """A word with and without a leading conjunction and preposition (ولقناة → قناة)."""
    found = {norm}
    for form in list(found):
        if len(form) > 3 and form[0] in "وف":
            found.add(form[1:])
    for form in list(found):
        if len(form) > 3 and form[0] in "لب":
            found.add(form[1:])
    return found


def _gap(text: str, left: Token, right: Token) -> bool:
    """Punctuation or a line break between two tokens ends a name: a title that ends a
    line (a heading, a cut paragraph) is not introducing the first words of the next."""
    return not _NAME_BREAKS.isdisjoint(text[left.end:right.start])
