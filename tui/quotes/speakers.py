"""One speaker for one person across a corpus's articles.

Each article's speakers are found in that article alone (tui.quotes.attribute), with ids made
from their names (tui.quotes.entities), so the same person named the same way in two
articles already has one id. `link_speakers` then gives every id one label (the fullest name
any article gives) and all the names the articles use, and joins an article that names a
person only by surname to the one person of the corpus with that full name, when exactly one
has it (two people who share a surname stay apart).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace

from rapidfuzz.distance import Levenshtein

from tui.quotes.entities import SHARED_HEADS, deputy_in, name_key, name_keys
from tui.quotes.lexicon import GIVEN_NAMES, SURNAME_PARTICLES
from tui.quotes.subject import _content
from tui.text.normalize import normalize_text, variant_key
from tui.quotes.model import Quote, Speaker

__all__ = ["link_speakers", "name_key", "speaker_names"]


_GOD = frozenset({"الله"})


def link_speakers(quotes: list[Quote]) -> list[Quote]:
    """The quotes, each speaker replaced by the corpus's one speaker of that id."""
    quotes = _names_apart(_fathers_apart(quotes))
    by_id: dict[str, list[Speaker]] = defaultdict(list)
    for quote in quotes:
        if quote.speaker is not None:
            by_id[quote.speaker.id].append(quote.speaker)
    if not by_id:
        return quotes
    # "person:جبير" (a surname alone) → the one "person:عدل-جبير" of the corpus
    full_by_surname: dict[str, set[str]] = defaultdict(set)
    for ident in by_id:
        if ident.startswith("person:") and "-" in ident:
            full_by_surname[ident.rsplit("-", 1)[1]].add(ident)
    given = {ident[len("person:"):].split("-", 1)[0] for ident in by_id
             if ident.startswith("person:") and "-" in ident}
    target = {}
    for ident, speakers in by_id.items():
        # only a family name (الجبير، مورينيو) joins a full name: a lone given name (سعيد)
        # names too many people to be anyone's surname
        key = ident[len("person:"):]
        if normalize_text(speakers[0].label).strip() in _GOD:
            continue    # God, whose verse is cited, is no one's family name (رسول الله)
        if ident.startswith("person:") and "-" not in ident and (
                speakers[0].label.startswith("ال")
                or key not in given and normalize_text(speakers[0].label) not in GIVEN_NAMES):
            fulls = full_by_surname.get(key, set())
            if len(fulls) == 1 and _spelt_alike(speakers[0].label, by_id[next(iter(fulls))]):
                target[ident] = next(iter(fulls))
    target.update(_surnames_of_several_words(by_id, full_by_surname))
    for ident, person in _names_begun(by_id).items():
        target.setdefault(ident, person)
    target.update(_longer_titles(by_id))
    for ident, person in _titled_people(by_id).items():
        target.setdefault(ident, person)
    merged: dict[str, list[Speaker]] = defaultdict(list)
    for ident, speakers in by_id.items():
        merged[target.get(ident, ident)].extend(speakers)
    canonical = {ident: _one(ident, speakers) for ident, speakers in merged.items()}
    out = []
    for quote in quotes:
        speaker = quote.speaker
        if speaker is not None and not speaker.id.startswith("anon:"):
            # (an unnamed source keeps the words its own article gives it: "المصدر" in one
            # article is not "المصادر" of others, though both share the id of their kind)
            one = canonical[target.get(speaker.id, speaker.id)]
            if one is not speaker:
                quote = replace(quote, speaker=one)
        out.append(quote)
    return out


def _fathers_apart(quotes: list[Quote]) -> list[Quote]:
    """An id keeps a name's first and last words, so "محمد بن عبدالعزيز السعد" (a colonel) and
    "الأمير محمد بن نايف بن عبدالعزيز آل سعود" share one: where the corpus names people of one id
    with different fathers, each with a father gets an id of its own (one without a father
    keeps the shared id: it may be either)."""
    fathers: dict[str, set[str]] = defaultdict(set)
    longest: dict[int, tuple[str, ...]] = {}
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or not speaker.id.startswith("person:") or id(speaker) in longest:
            continue
        first, _, last = speaker.id[len("person:"):].partition("-")
        keys = max((k for k in map(name_keys, speaker.names)
                    if k and k[0] == first and k[-1] == last), key=len, default=())
        longest[id(speaker)] = keys
        if len(keys) > 2:
            fathers[speaker.id].add(_father(keys))
    # (a father spelt with or without عبد's word joined, "عبد الرحمن"/"بن عبد الرحمن", is one:
    # the keys of one may open the other's)
    rep = {(ident, f): max((g for g in found if g.startswith(f) or f.startswith(g)), key=len)
           for ident, found in fathers.items() for f in found}
    apart = {ident for ident, found in fathers.items()
             if len({rep[ident, f] for f in found}) > 1}
    if not apart:
        return quotes

    def fathered(speaker: Speaker) -> str | None:
        if speaker.id not in apart or len(longest[id(speaker)]) <= 2:
            return None     # (one without a father keeps the shared id)
        return f"{speaker.id}~{rep[speaker.id, _father(longest[id(speaker)])]}"

    return _with_ids(quotes, fathered)


def _names_apart(quotes: list[Quote]) -> list[Quote]:
    """An id drops long vowels, so "حسن" of one article and "حسين" of another share one: where
    a one-word id is spelt as two different given names the lexicon knows, each spelling
    gets an id of its own (a foreign name's spellings stay one: ترامب، ترمب)."""
    spellings: dict[str, set[str]] = defaultdict(set)
    for quote in quotes:
        speaker = quote.speaker
        if speaker is not None and speaker.id.startswith("person:") and "-" not in speaker.id:
            spellings[speaker.id].add(_spelling(speaker))
    apart = {ident for ident, found in spellings.items()
             if len(found & GIVEN_NAMES) > 1}
    if not apart:
        return quotes

    def spelt(speaker: Speaker) -> str | None:
        if speaker.id not in apart:
            return None
        return f"{speaker.id}~{_spelling(speaker)}"

    return _with_ids(quotes, spelt)


def _spelling(speaker: Speaker) -> str:
    """A one-word speaker's name as written, without its article."""
    return _without_article(normalize_text(speaker.label).strip())


def _with_ids(quotes: list[Quote], new_id: Callable[[Speaker], str | None]) -> list[Quote]:
    """The quotes, each speaker given the id `new_id` returns for it (None: its own)."""
    out = []
    for quote in quotes:
        ident = new_id(quote.speaker) if quote.speaker is not None else None
        out.append(quote if ident is None
                   else replace(quote, speaker=replace(quote.speaker, id=ident)))
    return out


def _father(keys: tuple[str, ...]) -> str:
    """The father's name of a name's keys, with or without its بن (بن عبدالرحمن، عبد الرحمن)."""
    return keys[1].removeprefix("بن") or keys[1]


def _spelt_alike(surname: str, full: list[Speaker]) -> bool:
    """Is a lone surname a spelling of the full name's last word: its consonants the same
    (ترمب of دونالد ترامب) or, in five letters or more, one letter changed (ديفيس of جيف
    ديفيز), not only a key they share through letters the key folds together (برايس and بارز,
    سوني and الزياني)?"""
    mine, bare = variant_key(surname), _without_article(normalize_text(surname))
    for speaker in full:
        for name in speaker.names:
            last = name.split()[-1] if name.split() else ""
            other = _without_article(normalize_text(last))
            if len(bare) < 5:
                # (in a short name a letter changed, or a long vowel, is another name: جيف is
                # not الجوف; only an alif may come and go, ترمب and ترامب)
                if bare.replace("ا", "") == other.replace("ا", ""):
                    return True
            elif variant_key(last) == mine or Levenshtein.distance(other, bare) <= 1:
                return True
    return False


def _without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _surnames_of_several_words(by_id: dict[str, list[Speaker]],
                               full_by_surname: dict[str, set[str]]) -> dict[str, str]:
    """"دي ماريا" → the one other "أنخيل دي ماريا" of the corpus (an id keeps a name's first
    and last words, so the two share only the last): a family name of two words that opens
    with a particle joins the one other person of the corpus with its last word. (Without
    the particle, two words are a given name and a family name: "كفاح محمد" is not
    "زينب محمد".)"""
    out = {}
    for ident, speakers in by_id.items():
        if not ident.startswith("person:") or "-" not in ident:
            continue
        words = normalize_text(speakers[0].label).split()
        if len(words) != 2 or words[0] not in SURNAME_PARTICLES:
            continue
        others = full_by_surname.get(ident.rsplit("-", 1)[1], set()) - {ident}
        if len(others) == 1 and _spelt_alike(words[-1], by_id[next(iter(others))]):
            out[ident] = next(iter(others))     # (spelt alike, not only sharing a key:
            # "فان غال" is not "وليد بن علي الجلال", though غ and ج fold to one key)
    return out


def _names_begun(by_id: dict[str, list[Speaker]]) -> dict[str, str]:
    """"بندر بن محمد" → the one "بندر بن محمد حجار" of the corpus, "عبد الله بن مساعد" → the
    one "عبدالله بن مساعد بن عبدالعزيز": a name of three words or more joined by بن is the
    start of a longer name only one person of the corpus has. Names are compared as their
    keys (`name_keys`): "عبد الله" and "عبدالله" are one name written two ways."""
    keys_of = {ident: name_keys(speakers[0].label)
               for ident, speakers in by_id.items() if ident.startswith("person:")}
    by_first: dict[str, list[str]] = defaultdict(list)
    for ident, keys in keys_of.items():
        if keys:
            by_first[keys[0]].append(ident)
    out = {}
    for ident, keys in keys_of.items():
        words = normalize_text(by_id[ident][0].label).split()
        if len(words) < 3 or "بن" not in words[1:-1]:
            continue
        longer = [other for other in by_first[keys[0]] if other != ident
                  and len(keys_of[other]) > len(keys) and keys_of[other][:len(keys)] == keys]
        if len(longer) == 1:
            out[ident] = longer[0]
    return out


def _longer_titles(by_id: dict[str, list[Speaker]]) -> dict[str, str]:
    """A title of three words or more that one longer title of the corpus holds whole (الرئيس
    العام لهيئة الأمر بالمعروف → … بالمعروف والنهي عن المنكر): one office, cut short."""
    titles = {ident: frozenset(ident[len("title:"):].split("-")) for ident in by_id
              if ident.startswith("title:")}
    joined = {}
    for ident, words in titles.items():
        if len(words) < 3:
            continue
        longer = [other for other, more in titles.items() if other != ident and words < more]
        if len(longer) == 1:
            joined[ident] = longer[0]
    return joined


def _titled_people(by_id: dict[str, list[Speaker]]) -> dict[str, str]:
    """A title of three words or more that one outlet gives alone ("رئيس اتحاد أمريكا
    الجنوبية لكرة القدم") and another gives with a name: the one person of the corpus whose
    names hold all of the title's words. Two people who could hold it: neither."""
    # Each person's different names once, as word sets (with the words in their order, for
    # `deputy_in`), and which persons have a word in one of them: a title is tried only on
    # the persons whose names hold its rarest word (any holder of all its words is one of
    # them). Trying every title on every person's names, once per quotation naming them,
    # took 50 s on a real archive.
    names_of: dict[str, set[tuple[frozenset[str], tuple[str, ...]]]] = {}
    having: dict[str, set[str]] = defaultdict(set)
    for ident, speakers in by_id.items():
        if not ident.startswith("person:"):
            continue
        names = names_of[ident] = {(frozenset(words), words) for words in {
            _words(name) for name in {name for speaker in speakers for name in speaker.names}}}
        for held, _ in names:
            for word in held:
                having[word].add(ident)
    out = {}
    for ident in by_id:
        if not ident.startswith("title:"):
            continue
        sequence = ident[len("title:"):].split("-")
        words = frozenset(sequence)
        if len(words) < 3 or sequence[0] in SHARED_HEADS or _of_its_region(by_id[ident]):
            continue    # ("عضو الهيئة العامة": many hold it; the member named is one of them)
        tried = min((having.get(word, ()) for word in words), key=len)
        # (not a deputy of the office: "مساعد مدير عام السجون" holds "مدير عام السجون")
        holders = [person for person in tried
                   if any(words <= held and not deputy_in(ordered, sequence[0])
                          for held, ordered in names_of[person])]
        if len(holders) == 1:
            out[ident] = holders[0]
    return out


# "بالمنطقة"، "المحافظة": the region the article is about, whichever it is.
_ITS_REGION = frozenset(p + w for p in ("ال", "بال", "لل") for w in ("منطقه", "محافظه"))


def _of_its_region(speakers: list[Speaker]) -> bool:
    """A title of an office in "the region" ("المدير العام للتعليم بالمنطقة"): the article's
    own region, so no other article's holder of that office in another region is its holder."""
    # (the title's last word: "بشرطة المنطقة الشرقية" names its region)
    return any(normalize_text(speaker.label).rsplit(" ", 1)[-1] in _ITS_REGION
               for speaker in speakers)


def _words(name: str) -> tuple[str, ...]:
    """A name's words as a title id holds them (without و، ال، بـ، لـ; spelling folded), in
    their order, each once."""
    return tuple(dict.fromkeys(name_key(_content(word)) for word in normalize_text(name).split()))


def _one(ident: str, speakers: list[Speaker]) -> Speaker:
    first = speakers[0]
    names: dict[str, None] = {}
    for speaker in speakers:
        names.update(dict.fromkeys(speaker.names))
    # the label most articles give it (the fullest on a tie): one odd reading does not rename
    # a person everywhere
    labels = [s.label for s in speakers if s.id == ident] or [first.label]
    # (then the first given: a set's order changes from run to run)
    label = max(set(labels), key=lambda lab: (labels.count(lab), len(lab), -labels.index(lab)))
    types = [s.type for s in speakers if s.type != "unknown"]
    kind = max(set(types), key=lambda t: (types.count(t), -types.index(t))) if types \
        else first.type
    if all(s.label == label and s.names == tuple(names) and s.type == kind and s.id == ident
           for s in speakers):
        return first
    return Speaker(ident, label, kind, tuple(names))


def speaker_names(quotes: Iterable[Quote]) -> tuple[str, ...]:
    """Every name any speaker is given: grouping weighs these words less."""
    names: dict[str, None] = {}
    for quote in quotes:
        if quote.speaker is not None:
            names[quote.speaker.label] = None
            names.update(dict.fromkeys(quote.speaker.names))
    return tuple(names)
