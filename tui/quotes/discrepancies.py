"""Facts the outlets state differently: durations, amounts, and how names are spelt.

Each finding cites every side with (source, start, end) offsets. A topic is reported only
when the sources disagree; agreement is not a finding.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from itertools import combinations, compress, filterfalse
from operator import itemgetter

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Indel

from tui.quotes.lexicon import COUNTRIES, GIVEN_NAMES, ORGANISATIONS, PERSON_TITLES
from tui.quotes.model import Claim, Discrepancy
from tui.quotes.speakers import name_key
from tui.text.normalize import normalize, normalize_text

# --- durations ------------------------------------------------------------------------
# Matched on normalised text (أ→ا، ة→ه), so the words below are in that spelling.
_NUMBER_WORDS = {"ساعه": 1, "ساعتين": 2, "ساعتان": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4,
                 "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7,
                 "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
                 "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "an": 1, "a": 1}
_FRACTIONS = {"نصف": 30, "النصف": 30, "ربع": 15, "الربع": 15, "ثلث": 20, "half": 30}
_NUMBER = "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS if w not in ("ساعه", "ساعتين", "ساعتان")),
                          key=len, reverse=True))
_DURATION = re.compile(
    r"(?P<about>(?:نحو|حوالي|قرابه|زهاء|ما يقارب|about|around|nearly|some)\s+)?"
    r"(?:(?:(?P<h>\d+)|(?P<hn>" + _NUMBER + r"))\s*(?:ساعات|ساعه|hours?)"
    r"|(?P<hw>ساعتين|ساعتان|ساعه))(?![\u0621-\u064a])"
    r"(?:\s*(?:و|and)\s*(?:(?P<m>\d+)\s*(?:دقيقه|دقائق|minutes?)|(?:a\s+)?(?P<f>نصف|النصف|ربع|الربع|ثلث|half)))?"
    r"|(?P<about2>(?:نحو|حوالي|قرابه|زهاء|about|around|nearly)\s+)?(?P<mo>\d+)\s*(?:دقيقه|دقائق|minutes?)")
_DURATION_CONTEXT = ("استمر", "دام", "لمده", "استغرق", "اجتماع", "لقاء", "محادثات", "مباحثات",
                     "قمه", "lasted", "meeting", "talks")


# Every duration the pattern matches holds one of these (its unit), in normalised text
# lowered: an article without any has none, and is not scanned (the scan tries the pattern
# at every character: most of the time durations took on a real archive).
_DURATION_UNITS = ("ساعات", "ساعه", "ساعتين", "ساعتان", "hour", "دقيقه", "دقائق", "minute")


def _durations(source, normalized=None) -> list[Claim]:
    """`normalized`: normalize(source.text), when the caller has it."""
    normalized = normalize(source.text) if normalized is None else normalized
    norm_text = normalized.text
    lowered = norm_text.lower()
    if not any(unit in lowered for unit in _DURATION_UNITS):
        return []
    if len(norm_text) != len(source.text):
        return _durations_mapped(source, normalized)
    return _scan_durations(source, norm_text, lambda i: i)


def _durations_mapped(source, normalized) -> list[Claim]:
    origin = normalized.origin

    def to_original(i: int) -> int:
        return origin[i] if i < len(origin) else len(source.text)
    return _scan_durations(source, normalized.text, to_original, normalized)


def _scan_durations(source, norm_text: str, to_original, normalized=None) -> list[Claim]:
    claims = []
    for match in _DURATION.finditer(norm_text.lower()):
        context = norm_text[max(0, match.start() - 40):match.start()].lower()
        if not any(word in context for word in _DURATION_CONTEXT):
            continue
        if match.group("mo"):
            minutes = int(match.group("mo"))     # "استمر 90 دقيقة"
        else:
            if match.group("h"):
                hours = int(match.group("h"))
            else:
                hours = _NUMBER_WORDS.get(match.group("hn") or match.group("hw"), 1)
            extra = (int(match.group("m")) if match.group("m")
                     else _FRACTIONS.get(match.group("f"), 0))
            minutes = hours * 60 + extra
        if normalized is not None:
            start, end = normalized.span_to_original(match.start(), match.end())
        else:
            start, end = match.start(), match.end()
        about = "about " if match.group("about") or match.group("about2") else ""
        value = f"{about}{minutes // 60} h" + (f" {minutes % 60} min" if minutes % 60 else "")
        claims.append(Claim(source.id, start, end, source.text[start:end], value))
    return claims


# --- amounts ------------------------------------------------------------------------
_MAGNITUDES = {"مليار": 10**9, "مليارات": 10**9, "مليون": 10**6, "ملايين": 10**6,
               "الف": 10**3, "الاف": 10**3, "billion": 10**9, "million": 10**6,
               "thousand": 10**3}
_UNITS = {"متر مكعب": "cubic metres", "مترا مكعبا": "cubic metres", "دولار": "dollars",
          "يورو": "euros", "برميل": "barrels", "طن": "tonnes", "ميغاواط": "megawatts",
          "كيلومتر": "kilometres", "بالمئه": "percent", "بالمائه": "percent",
          "في المئه": "percent", "%": "percent", "cubic metres": "cubic metres",
          "dollars": "dollars", "barrels": "barrels", "tonnes": "tonnes", "percent": "percent",
          "ريال": "riyals", "ريالا": "riyals", "ريالات": "riyals"}
_AMOUNT = re.compile(
    r"(?P<num>\d{1,3}(?:\.\d{3}){2,}|\d+(?:[.,]\d+)?)\)?\s*(?P<mag>" + "|".join(sorted(_MAGNITUDES, key=len, reverse=True))
    + r")?\s*(?P<unit>" + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
    + r")(?![\u0621-\u064a])")
# The millions or billions of an amount whose thousands follow after «و» (the pattern is
# searched just before an amount, and must end there).
_LARGER_PART = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)?)\s*(?P<mag>مليارات|مليار|ملايين|مليون)ا?\s*و\s*$")
_CONTEXT_WORDS = 6
# A year said about the same thing ("الضخ سيبدأ في 2028" / "قبل نهاية 2027") is a date claim.
# (No digit before it, asked once 19/20 is found: a pattern opening with the look-behind is
# tried at every character of every article.)
_YEAR = re.compile(r"(?:19|20)(?<!\d(?:19|20))\d\d(?!\d)")


def _context(source, starts: list[int], start: int, end: int) -> frozenset[str]:
    """Content keys of the words around a claim, within its sentence."""
    from tui.quotes.features import content_keys
    low, high = max(0, start - 80), end + 80
    sentences = source.sentences
    at = bisect_right(starts, start) - 1
    if at >= 0 and start < sentences[at].end:
        low, high = max(low, sentences[at].start), min(high, sentences[at].end)
    before = content_keys(source.text[low:start])[-_CONTEXT_WORDS:]
    after = content_keys(source.text[end:high])[:_CONTEXT_WORDS]
    return frozenset(k for k in before + after if not k.isdigit())


def _amounts(source, normalized=None) -> list[tuple[Claim, str, float, frozenset[str]]]:
    """Each amount with a unit, and each year: (claim, unit, value, content keys around it).
    `normalized`: normalize(source.text), when the caller has it."""
    normalized = normalize(source.text) if normalized is None else normalized
    starts = [sentence.start for sentence in source.sentences]
    found = []
    lowered = normalized.text.lower()
    for match in _AMOUNT.finditer(lowered):
        begin = match.start()
        digits = match.group("num")
        # 19.589.137: digits in groups of three; else one decimal point or comma
        number = float(digits.replace(".", "") if digits.count(".") > 1
                       else digits.replace(",", "."))
        value = number * _MAGNITUDES.get(match.group("mag") or "", 1)
        # «32 مليونا و190 ألف ريال»: the larger part before «و» is part of the amount
        larger = _LARGER_PART.search(lowered, max(0, begin - 30), begin)
        if larger is not None and _MAGNITUDES[larger.group("mag")] > value:
            begin = larger.start()
            value += float(larger.group("num").replace(",", ".")) \
                * _MAGNITUDES[larger.group("mag")]
            number = value
        start, end = normalized.span_to_original(begin, match.end())
        unit = _UNITS[match.group("unit")]
        shown = f"{value:,.0f} {unit}" if value >= 1000 else f"{number:g} {unit}"
        found.append((Claim(source.id, start, end, source.text[start:end], shown), unit,
                      value, _context(source, starts, start, end)))
    for match in _YEAR.finditer(normalized.text):
        start, end = normalized.span_to_original(match.start(), match.end())
        found.append((Claim(source.id, start, end, source.text[start:end], match.group()),
                      "year", float(match.group()), _context(source, starts, start, end)))
    return found


def _amount_discrepancies(amounts: list[tuple[Claim, str, float, frozenset[str]]]
                          ) -> list[Discrepancy]:
    """The same kind of amount (unit and surrounding words) given as different numbers;
    `amounts`: every article's `_amounts`, in corpus order."""
    parent = list(range(len(amounts)))

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k
    # amounts of one unit that share words around them are about the same thing, found
    # through the postings of each (unit, word)
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, (_claim, unit, _value, context) in enumerate(amounts):
        for key in context:
            postings[(unit, key)].append(k)
    # two of them are about the same thing only if two words agree, each around few
    # amounts: through one shared word, an archive's amounts of one unit were all one group.
    # The words each amount shares are counted amount by amount (a count of every pair
    # sharing a word, kept at once, was tens of megabytes of an archive's amounts).
    for k, (_claim, unit, _value, context) in enumerate(amounts):
        met: Counter[int] = Counter()
        for key in context:
            holders = postings[(unit, key)]
            if len(holders) <= _SHARED_WORD_HOLDERS:
                met.update(holders)
        for other, count in met.items():
            if count >= 2 and other > k:
                parent[find(other)] = find(k)
    groups: dict[int, list] = defaultdict(list)
    for k, amount in enumerate(amounts):
        groups[find(k)].append(amount)
    found = []
    for group in groups.values():
        # what each source says: its figures, a range ("بين عامي 2007 و2008"، "2016 أو 2017")
        # counted as one; the sources disagree when they do not all say the same
        said: dict[str, set] = defaultdict(set)
        ordered = sorted(group, key=lambda a: (a[0].source_id, a[0].start))
        k = 0
        while k < len(ordered):
            claim, _unit, value, _context = ordered[k]
            figure = (value,)
            while k + 1 < len(ordered) and ordered[k + 1][0].source_id == claim.source_id \
                    and ordered[k + 1][0].start - ordered[k][0].end <= _RANGE_GAP:
                k += 1
                figure += (ordered[k][2],)
            said[claim.source_id].add(figure)
            k += 1
        year = group[0][1] == "year"
        if (_disagree(list(said.values())) if year
                else _each_says_what_the_other_does_not(list(said.values()))):
            topic = "year" if year else f"amount in {group[0][1]}"
            found.append(Discrepancy(topic, tuple(a[0] for a in group)))
    return found


def _disagree(said: list[set]) -> bool:
    """Two sources that do not give the same figures. (Years: a source that gives another
    beside the one the other gives is mostly setting it right: «في 2028 وليس في 2027».)"""
    return len(said) >= 2 and len({frozenset(v) for v in said}) >= 2 \
        and len({f for v in said for f in v}) >= 2


def _each_says_what_the_other_does_not(said: list[set]) -> bool:
    """Two sources that each give a figure the other does not. One that gives fewer of
    them (the transfer fee without the salary, 14 million euros beside 4 and 14) leaves one
    out: no disagreement.

    Without such a pair the sources' sets are a chain, each within the next larger one, so
    comparing neighbours by size is enough (a group can hold thousands of sources: every
    pair of them would be quadratic)."""
    chain = sorted({frozenset(figures) for figures in said}, key=len)
    return any(not smaller <= larger for smaller, larger in zip(chain, chain[1:]))


# How many amounts (or years) one word around them may be shared by and still say that
# they are about the same thing.
_SHARED_WORD_HOLDERS = 50
_RANGE_GAP = 8      # characters between two figures of one range: " و"، " أو "، " ومطلع "


# --- name spellings ---------------------------------------------------------------------
_NAME_TOKEN = re.compile(r"[\u0621-\u064a\u0640]{4,}")
_match_group, _match_start, _match_end = re.Match.group, re.Match.start, re.Match.end


def _name_pairs(text: str, matches: list, words: list[str]) -> list[tuple[str, str]]:
    """Each word and the next (both _NAME_TOKEN matches of `text`, `words` their texts)
    when only spaces are between them (str.isspace's, the characters re's class of spaces
    holds): (word, the word after), in text order. A _NAME_TOKEN match is a whole run of
    four letters or more, so these are the pairs a pattern of a run, spaces and a run
    finds; made by maps over C built-ins from the matches at hand rather than by a second
    scan of the text (4.5 s of a real archive's 39 million characters)."""
    gaps = map(text.__getitem__, map(slice, map(_match_end, matches),
                                     map(_match_start, matches[1:])))
    return list(compress(zip(words, words[1:]), map(str.isspace, gaps)))


_first_item = itemgetter(0)

_WORD = re.compile(r"[\u0621-\u064a\u0640]+")
# Outside the names the corpus introduces, only long words: short ones are mostly common
# nouns that share a key with another (وزيرة/وزارة).
_LONG_WORD = re.compile(r"[\u0621-\u064a\u0640]{6,}")
_FUZZY_MIN_LETTERS = 7
_FUZZY_RATIO = 80


def _name_form(word: str, name_keys: set[str]) -> str | None:
    """The word without its clitics (وبألاسكا → اسكا) if it is one of the names, else None."""
    norm = normalize_text(word)
    candidates = [norm]
    for clitic in ("وبال", "وال", "بال", "لل", "ال", "وب", "ول", "و", "ب", "ل"):
        if norm.startswith(clitic) and len(norm) - len(clitic) >= 4:
            bare = norm[len(clitic):]
            if clitic.endswith(("ال", "لل")) and _country_with_ta_marbuta(bare):
                return None     # السورية is the adjective (Syrian), never the country
            candidates.append(bare)
    for candidate in sorted(candidates, key=len):
        if name_key(candidate) in name_keys:
            return candidate
    return None


def _country_with_ta_marbuta(word: str) -> bool:
    """سورية, the ة spelling of a country written with ا (سوريا)."""
    return word.endswith("ه") and word[:-1] + "ا" in COUNTRIES


def _spellings(corpus, names: set[str],
               tick: Callable[[], None] = lambda: None) -> list[Discrepancy]:
    """Names (of people and places) spelt differently across sources: دارتشييف/دارشييف."""
    # only words the text shows to be names (below, `_name_words`): a common word spelt two
    # ways (سياحة/سياحية) is grammar, not a discrepancy
    name_keys = {name_key(n) for n in names if len(name_key(n)) >= 3}
    fuzzy_keys = set(name_keys)
    # Where each spelling occurs first in each source: (source's position in the corpus,
    # start, end), three ints a place in one array per spelling (a citation is one per
    # source and spelling; `counts` says how often each is written). As a tuple of (source
    # id, start, end) for each occurrence, a real archive's names took 900 MB.
    by_key: dict[str, dict[str, array]] = defaultdict(lambda: defaultdict(_places))
    # the name that follows each spelling: فلاديمير بوتين and فولوديمير زيلينسكي share a key
    # but are two people, told apart by the surnames that follow them
    followers: dict[str, set[str]] = defaultdict(set)
    followed: dict[str, int] = defaultdict(int)     # how often a word follows it
    counts: dict[str, int] = defaultdict(int)
    # A corpus repeats its words: each is looked up once (a third of the time at 1,000
    # articles). A word that is a name keeps (its bare form, where the name starts in it,
    # that form's places); the others are only remembered as not names, and a source's words
    # are walked past those in C (most of a real archive's seven million are not names).
    name_info: dict[str, tuple[str, int, array]] = {}
    not_names: set[str] = set()
    follower_keys: dict[str, str] = {}
    bare_keys: dict[str, str] = {}
    for number, source in enumerate(_ticking(corpus.sources, tick)):
        text = source.text      # read once: a reopened source's text is a lazy field
        matches = list(_NAME_TOKEN.finditer(text))
        words = list(map(_match_group, matches))
        # Each word once per source, by maps over C built-ins (a real archive writes seven
        # million words of four letters or more): its first match (written backwards, so
        # the first wins) and how often it is written, the words in the order first met
        # (a Counter keeps it), so the spellings and keys are met in the corpus's order.
        first = dict(zip(reversed(words), reversed(matches)))
        written = Counter(words)
        for word in filterfalse(not_names.__contains__, written):
            info = name_info.get(word)
            if info is None:
                bare = _name_form(word, name_keys)
                if bare is None:
                    not_names.add(word)
                    continue
                key = bare_keys.get(bare)
                if key is None:
                    key = bare_keys[bare] = name_key(bare)
                # cite the name itself, without the clitics in front of it (وتسفاي → تسفاي)
                normalized = normalize(word)
                cut = len(normalized.text) - len(bare)
                skip = normalized.span_to_original(cut, len(normalized.text))[0]
                info = name_info[word] = (bare, skip, by_key[key][bare])
            bare, skip, places = info
            # the spelling's first place in this source: its words come in the order first
            # met, so a place already there for this source is earlier
            if not places or places[-3] != number:
                match = first[word]
                places.extend((number, match.start() + skip, match.end()))
            counts[bare] += written[word]
        # each name followed by the next word of four letters or more with only spaces
        # between (every word of the text was met above: those not names are left out in C)
        pairs = _name_pairs(text, matches, words)
        named = compress(pairs, map(name_info.__contains__, map(_first_item, pairs)))
        for (word, after), times in Counter(named).items():
            bare = name_info[word][0]
            follower = follower_keys.get(after)
            if follower is None:
                follower = follower_keys[after] = name_key(normalize_text(after))
            followers[bare].add(follower)
            followed[bare] += times
    # What each word was found to be is not asked again: its memory (a real archive's half
    # a million words and keys) serves the groups and claims below.
    del name_info, not_names, follower_keys, bare_keys
    # keys that differ by one letter in a long name (ريتشاردسون/ديتشاردسون) are one name too
    keys = sorted(by_key)
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k
    # Only the names' own long keys can pair (the corpus's other words are many more, and
    # walking every pair of those was quadratic): the same pairs, in the same order.
    long_names = [k for k in keys if k in fuzzy_keys and len(k) >= _FUZZY_MIN_LETTERS - 1]
    for i, a in enumerate(long_names):
        for b in long_names[i + 1:]:
            if abs(len(a) - len(b)) <= 1 and fuzz.ratio(a, b) >= _FUZZY_RATIO:
                parent[find(b)] = find(a)
    # a country ending in ا in one outlet and in ة in another (سوريا/سورية; not كينيا and the
    # adjective كينية)
    countries = {name_key(c) for c in COUNTRIES if c.endswith("ا")}
    for key in keys:
        if key in countries and key[:-1] + "ه" in parent:
            parent[find(key[:-1] + "ه")] = find(key)
    groups = _spelling_groups(by_key, find)
    del by_key
    found = []
    # Each claim's text once: a name is cited hundreds of thousands of times over a real
    # archive, in a few tens of thousands of distinct forms.
    texts: dict[str, str] = {}
    share = texts.setdefault
    # a place's first int is its source's position in these; read once, as corpus.ids
    # builds the tuple anew on each call
    ids = corpus.ids
    for forms in groups.values():
        # a word that only shares a key with a name (زيارة with سورية) is not a spelling of it
        shown = [f for f in forms if f in names]
        forms = {f: places for f, places in forms.items()
                 if f in shown or any(fuzz.ratio(f, g) >= _SPELLING_RATIO for g in shown)}
        if len(forms) < 2 or max(map(len, forms)) - min(map(len, forms)) > 1:
            continue
        if all(_inflected(a, b) for a, b in combinations(forms, 2)):
            continue
        if any(_COMMON.intersection({f, f[:-1]}) for f in forms):
            continue    # "نادي/ناديي" (a club, two clubs): a common word in a place's name
        if len({normalize_text(f) for f in forms} & GIVEN_NAMES) >= 2 \
                or _vowel_swapped_given_name(forms):
            continue    # "سعود/سعيد": two given names, not one name spelt two ways;
            # "أمين/أمان": a given name and another word
        if not any(OSA.distance(normalize_text(a), normalize_text(b)) <= 1
                   or _long_vowels_moved(a, b) for a, b in combinations(forms, 2)):
            continue    # one letter added, dropped, changed or swapped (ترامب/ترمب،
            # أمريكا/أميركا); more is another name that shares a key (سلمان/سالمين)
        firsts = [f for f in forms if counts[f] and followed[f] >= 0.8 * counts[f]]
        if len(firsts) >= 2 and not set.intersection(*(followers[f] for f in firsts)) \
                and not _one_name_before(forms, corpus, ids, name_keys):
            continue
        sources_by_form = {form: set(places[::3]) for form, places in forms.items()}
        all_sources = set().union(*sources_by_form.values())
        if len(all_sources) < 2:
            continue
        claims = []
        # the spellings most written first
        for form, places in sorted(forms.items(), key=lambda kv: -counts[kv[0]]):
            first = {places[at]: (places[at + 1], places[at + 2])
                     for at in range(0, len(places), 3)}
            # one citation per source and spelling: its first occurrence, in corpus order
            for number, (start, end) in sorted(first.items()):
                source_id = ids[number]
                text = corpus.source(source_id).text[start:end]
                text = share(text, text)
                claims.append(Claim(source_id, start, end, text, text))
        spelt = list(dict.fromkeys(c.value for c in claims))
        found.append(Discrepancy(f"spelling of {' / '.join(spelt)}", tuple(claims)))
    return found


_LONG_VOWELS = frozenset("اوي")
_WITHOUT_VOWELS = str.maketrans("", "", "اوي")
# A long transliterated name writes its vowels by ear in more than one place
# (فيتفاتزيدس/فتفاتزيديس); in a short word two vowels more or less make another name
# (سلمان/سالمين share a key too, but they differ in a vowel swapped, not only moved).
_MOVED_VOWELS_MIN_LETTERS = 8


def _long_vowels_moved(a: str, b: str) -> bool:
    """Two long names that differ only in two long vowels, each written in one and not the
    other (فيتفاتزيدس/فتفاتزيديس)."""
    a, b = normalize_text(a), normalize_text(b)
    return min(len(a), len(b)) >= _MOVED_VOWELS_MIN_LETTERS and Indel.distance(a, b) == 2 \
        and a.translate(_WITHOUT_VOWELS) == b.translate(_WITHOUT_VOWELS)


def _vowel_swapped_given_name(forms) -> bool:
    """A given name and a word that has another long vowel in its place (أمين/أمان،
    سعود/سعيد): a given name is spelt one way, the vowel makes another word."""
    normal = {normalize_text(f) for f in forms}
    for given in normal & GIVEN_NAMES:
        for other in normal - {given}:
            if len(other) == len(given):
                changed = [(a, b) for a, b in zip(given, other) if a != b]
                if len(changed) == 1 and set(changed[0]) <= _LONG_VOWELS:
                    return True
    return False


def _one_name_before(forms: dict[str, array], corpus, ids: tuple[str, ...],
                     name_keys: set[str]) -> bool:
    """Is one name written right before every spelling (كريستيان غروس بسرية / كريستيان جروس
    برنامج), where each is cited (its first place in each source)? The same given name
    makes two spellings one person's family name, whatever words follow them. (Read from
    the texts for the few groups that ask, rather than kept for every name of a corpus: a
    set for each was 40 MB of a real archive's.) `ids`: corpus.ids."""
    common: set[str] | None = None
    for places in forms.values():
        before = set()
        for number, start in zip(places[::3], places[1::3]):
            text = corpus.source(ids[number]).text
            word = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if word is not None:
                key = name_key(normalize_text(word.group(1)))
                if key in name_keys:
                    before.add(key)
        common = before if common is None else common & before
        if not common:
            return False
    return bool(common)


# the word of four letters or more just before a place, with only spaces between
_WORD_BEFORE = re.compile(r"([\u0621-\u064a\u0640]{4,})\s+$")


def _spelling_groups(by_key: dict[str, dict[str, array]], root: Callable[[str], str]
                     ) -> dict[str, dict[str, array]]:
    """The spellings of each group of keys (`root`: a key's group): spelling -> its places,
    the groups in the order their first keys come in `by_key`, and each group's spellings
    in the order of its keys and then of theirs. A spelling has one key (its name_key), so
    a group's spellings are its keys' side by side, each with the places it had: the
    arrays are the same ones, not copies (a copy of every place was 70 MB of a real
    archive while the claims were made). `by_key`'s dicts of spellings are reused (the
    first of each group becomes the group's): it is not to be read afterwards."""
    groups: dict[str, dict[str, array]] = {}
    for key, forms in by_key.items():
        group = groups.setdefault(root(key), forms)
        if group is not forms:
            group.update(forms)
    return groups


def _places() -> array:
    # C ints: a source's position in the corpus and offsets in one article's text (half
    # the size of "q" over a real archive's 2.7 million places)
    return array("i")


def _inflected(a: str, b: str) -> bool:
    """Two forms of one word, not two spellings of a name: a letter added before the
    feminine ending (سياحة/سياحية), a verb and its verbal noun (تغير/تغيير، استشهد/استشهاد),
    a place and its people (اليمن/يمنيين). A vowel added elsewhere is a transliteration
    (تسفاي/تسفايي، فيلر/فيلير)."""
    short, long_ = sorted((normalize_text(a), normalize_text(b)), key=len)
    bare_short, bare_long = (w[2:] if w.startswith("ال") else w for w in (short, long_))
    place = short.startswith("ال") or long_.startswith("ال") \
        or bare_short in COUNTRIES or bare_long in COUNTRIES
    for stem, other in ((bare_short, bare_long), (bare_long, bare_short)):
        if place and other.startswith(stem) and other[len(stem):] in _NISBA:
            return True     # اليمن/يمنيين، مصر/مصري: a place and its people
    a_verb, b_verb = (w[1:] if w[:1] == "و" and len(w) > 4 else w for w in (short, long_))
    if len(a_verb) == len(b_verb) and len(a_verb) >= 4 and a_verb[1:] == b_verb[1:] \
            and {a_verb[0], b_verb[0]} <= set("ايتن"):
        return True         # (و)انضم/ينضم: a verb's past and present, not a name
    if len(long_) - len(short) != 1:
        return False
    if short.endswith("ه") and long_.startswith(short[:-1]) and long_.endswith("ه"):
        return True
    if len(long_) >= 5 and long_[-2] == "ا" and long_[:-2] + long_[-1] == short:
        return True         # استشهد/استشهاد، اجتمع/اجتماع: a verb and its verbal noun
    return len(long_) == 5 and long_[0] == "ت" and long_[3] == "ي" \
        and long_[:3] + long_[4:] == short


_SPELLING_RATIO = 70
# words that name kinds of bodies and offices, never one body or person
_COMMON = ORGANISATIONS | PERSON_TITLES
_NISBA = frozenset({"ي", "يه", "يين", "يون", "ين", "ون", "ات"})


def _spaced_in(source, normalised: dict[str, str], normalized=None
              ) -> list[tuple[str, str, str, int, int]]:
    """Where one article writes a compound name with عبد or أبو (apart or joined, see
    `_spaced_names`): (the compound, the word that tells its person, its form as written,
    start, end) of each, in text order. `normalised`: a memo of words normalised (a corpus
    repeats its words); `normalized`: normalize(source.text), when the caller has it."""
    text = source.text
    normalized = normalize(text) if normalized is None else normalized
    # Only a word whose normal form holds عبد or ابو can start one; normalising is a
    # character for a character (or none), so such a word's head is one of the normalised
    # text's, at a place that maps into the word. The other words are looked at only
    # beside these.
    origin = normalized.origin
    at = [origin[m.start()] for m in _COMPOUND_HEAD.finditer(normalized.text)]
    if not at:
        return []
    words = list(_WORD.finditer(text))
    starts = list(map(_match_start, words))

    def norm(i: int) -> str:
        word = words[i].group()
        found = normalised.get(word)
        if found is None:
            found = normalised[word] = normalize_text(word)
        return found
    found = []
    for i in sorted({bisect_right(starts, offset) - 1 for offset in at}):
        if i < 0:
            continue
        current = norm(i)
        head = current[1:] if current.startswith("و") else current
        spaced = head in _COMPOUND_HEADS and i + 1 < len(words) \
            and not text[words[i].end():words[i + 1].start()].strip()
        # joined: the head and two letters or more (ابواب، ابوين are words, not names)
        joined = not spaced and head.startswith(_COMPOUND_HEADS) and len(head) > 5
        if not (spaced or joined):
            continue
        last = i + 1 if spaced else i
        compound = (current[1:] if current.startswith("و") else current) \
            + (norm(i + 1) if spaced else "")
        if i >= 2 and norm(i - 1) == "بن":
            context = "before" + norm(i - 2)
        elif last + 2 < len(words) and norm(last + 1) in ("بن", "ابن"):
            # «عبدالله بن مساعد»: بن tells no one; the father's name after it does (its
            # عبد joined: «بن عبد العزيز» / «بن عبدالعزيز» is one father)
            father = norm(last + 2)
            if father == "عبد" and last + 3 < len(words):
                father += norm(last + 3)
            context = "after" + "بن" + father
        elif last + 1 < len(words):
            context = "after" + norm(last + 1)
        else:
            continue
        start = words[i].start() + (1 if current.startswith("و") else 0)
        found.append((compound, context, text[start:words[last].end()], start,
                      words[last].end()))
    return found


# The first words of compound names that are written apart and joined alike (normalised:
# أبو → ابو); as `name_keys` joins them.
_COMPOUND_HEADS = ("عبد", "ابو")
_COMPOUND_HEAD = re.compile("|".join(_COMPOUND_HEADS))


def _spaced_names(spaced: list[tuple[str, list]]) -> list[Discrepancy]:
    """A compound name with عبد or أبو written apart in one outlet and joined in another,
    for the same person or place: "عبد ربه منصور" / "عبدربه منصور", "نايف بن عبد العزيز" /
    "نايف بن عبدالعزيز", "أبو ظبي الرياضية" / "أبوظبي الرياضية".
    The same person is told by the word after the name, or the name before بن. `spaced`:
    (source id, its `_spaced_in`) of every article, in corpus order."""
    places: dict[tuple[str, str], dict[str, list[tuple[str, int, int]]]] = defaultdict(
        lambda: defaultdict(list))
    for source_id, found in spaced:
        for compound, context, form, start, end in found:
            places[(compound, context)][form].append((source_id, start, end))
    found = []
    for (compound, _), forms in places.items():
        apart = [f for f in forms if " " in f]
        together = [f for f in forms if " " not in f]
        sources = {p[0] for f in forms for p in forms[f]}
        if not apart or not together or len(sources) < 2:
            continue
        claims = []
        for form in apart[:1] + together[:1]:
            first: dict[str, tuple[str, int, int]] = {}
            for place in forms[form]:
                first.setdefault(place[0], place)
            for source_id, start, end in first.values():
                claims.append(Claim(source_id, start, end, form, form))
        found.append(Discrepancy(f"spelling of {apart[0]} / {together[0]}", tuple(claims)))
    return found


def _fathers_names(corpus, people: list[tuple[str, tuple]]) -> list[Discrepancy]:
    """A person named with the father's name (or another middle name) in one outlet and
    without it in another: «العقيد محمد عبدالرحيم العاصمي» / «العقيد محمد العاصمي». A weak
    finding, a topic of its own: the outlets name one man differently, nothing more.
    `people`: (source id, its `_people`) of every article, in corpus order.

    The same first and last names are one person only when one middle name goes with them
    in the whole corpus: محمد القحطاني named with two fathers is two men or more, and is
    left alone. An outlet that gives the full name once and the short one after (the usual
    first and later mentions) gives the full name."""
    # the first and last names given with no middle name, and with one, in a first pass:
    # only the pairs given both ways are gathered with their places
    short, full = set(), set()
    for _source_id, found in people:
        for keys in found[::3]:
            words = keys.split(" ")
            (full if len(words) > 2 else short).add((words[0], words[-1]))
    both = short & full
    if not both:
        return []
    # (first, last) -> middle names -> source id -> (the name's first place in it)
    forms: dict[tuple[str, str], dict[tuple[str, ...], dict[str, tuple[int, int]]]] = \
        defaultdict(lambda: defaultdict(dict))
    for source_id, found in people:
        for keys, start, end in zip(found[::3], found[1::3], found[2::3]):
            words = keys.split(" ")
            if (words[0], words[-1]) in both:
                forms[(words[0], words[-1])][tuple(words[1:-1])].setdefault(
                    source_id, (start, end))
    found = []
    for middles in forms.values():
        for longer in [m for m in middles if len(m) > 1]:
            shorter = next((m for m in middles if m and len(m) < len(longer)
                            and longer[:len(m)] == m), None)
            if shorter is not None:
                # "علي بن عمير آل حرمان الشهراني" and "علي بن عمير الشهراني": the same father,
                # the clan given in one (one full form of the name)
                for source_id, place in middles.pop(longer).items():
                    middles[shorter].setdefault(source_id, place)
        if len(middles) != 2:
            continue    # two different fathers: two people, or one misnamed; not a finding
        full_name = next(m for m in middles if m)
        # the keys meet spellings of two names (سعد/سعود، الحسين/الحسن): only the names
        # written with the same first and last names as the first full one are one man's
        written = {source_id: corpus.source(source_id).text[start:end]
                   for places in middles.values()
                   for source_id, (start, end) in places.items()}
        ends = _first_and_last(written[next(iter(middles[full_name]))])
        with_father = {s: place for s, place in middles[full_name].items()
                       if _first_and_last(written[s]) == ends}
        without = {s: place for s, place in middles[()].items()
                   if s not in with_father and _first_and_last(written[s]) == ends}
        if not with_father or not without:
            continue
        claims = [Claim(source_id, start, end, text, text)
                  for places in (with_father, without)
                  for source_id, (start, end) in places.items()
                  for text in (written[source_id],)]
        found.append(Discrepancy(f"name given with and without the father's name: "
                                 f"{claims[0].text} / {claims[-1].text}", tuple(claims)))
    return found


# The words written before a name's word as part of it (عبد الله، أبو بكر، آل سعود), and
# those that link a son to his father (dropped).
_NAME_HEADS = ("عبد", "ابو", "ال")
_SON_OF = ("بن", "ابن", "بنت")


def _first_and_last(name: str) -> tuple[str, str]:
    """A name's first and last names as written (normalised: hamza, harakat), عبد, أبو
    and آل joined to the word after them."""
    words = [w for w in normalize_text(name).split() if w not in _SON_OF] or [""]
    first = words[0] + words[1] if len(words) > 2 and words[0] in _NAME_HEADS else words[0]
    last = words[-2] + words[-1] if len(words) > 2 and words[-2] in _NAME_HEADS else words[-1]
    return first, last


def _name_words(quotes, article_names: set[str]) -> set[str]:
    """Words that are names here: the speakers' names and the words of quoted terms, and
    `article_names` (every article's `_article_names`)."""
    from tui.quotes.speakers import speaker_names
    names: set[str] = set(article_names)
    # a word with the article (الرئيس، القمة التاريخية) is a common noun, not a name, and so
    # are the words of an organisation's name (لجنة، هيئة)
    people = [q for q in quotes if q.speaker is not None and q.speaker.type == "person"]
    for name in speaker_names(people):
        names.update(normalize_text(w) for w in _NAME_TOKEN.findall(name) if _name_like(w))
    from tui.quotes import lexicon as L
    common = L.ORGANISATIONS | L.DOCUMENTS | L.PERSON_TITLES
    for quote in quotes:
        if quote.kind == "term":
            # a quoted name («إلمندورف ريتشاردسون»), not a quoted body («لجنة مشتركة»)
            words = [normalize_text(w) for w in _NAME_TOKEN.findall(quote.text)]
            if not any(L.bare(w) in common for w in words):
                names.update(w for w in words if _name_like(w))
    names.update(w for w in L.COUNTRIES if " " not in w and len(w) >= 4)
    return names


def _article_names(introduced: list[tuple[str, int, int]], norm_text: str) -> set[str]:
    """The words one article shows to be names: places after a word that says what they
    are (مدينة أنكوريج، نادي بشيكتاش) and the words of the names it introduces
    (`introduced`: its `_introduced`). `norm_text`: the article's text normalised."""
    names = set(_PLACE.findall(norm_text)) | set(_SUMMIT_PLACE.findall(norm_text))
    names.update(w for name, _start, _end in introduced for w in normalize_text(name).split()
                 if len(w) >= 4 and not w.startswith(("ال", "وال", "بال", "لل")))
    return names


def _introduced(source, triggers: dict[str, int] | None = None) -> list[tuple[str, int, int]]:
    """Every name the article gives after a title, rank or honorific (الرئيس الأمريكي دونالد
    ترامب، الدكتور أسامة البار) or a nationality (الأرجنتيني دييغو مارادونا), read by the
    extractor's own subject parser: (the name as written, start, end; -1, -1 where the
    parser's name is not the text's characters as they stand), in text order. `triggers`:
    what `_trigger` said of each word so far, shared by the articles of one pass (a corpus
    repeats its words: most of the pass was asking again)."""
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize

    found: list[tuple[str, int, int]] = []
    text = source.text
    triggers = {} if triggers is None else triggers
    for paragraph in source.paragraphs:
        tokens = tokenize(text, paragraph.start, paragraph.end)
        # a title, rank or honorific inside a subject already read (وزير الحج الدكتور …)
        # starts no other: it is read once, from its first word
        read_to = -1
        for k, token in enumerate(tokens):
            if token.start < read_to:
                continue
            kind = triggers.get(token.norm)
            if kind is None:
                kind = triggers[token.norm] = _trigger(token.norm)
            if not kind:
                continue
            subject = None
            if kind == _TITLE:
                subject = parse_subject(text, tokens, k, names=False)
            elif k + 1 < len(tokens):       # _NATIONALITY
                # "الفرنسي ميشال بلاتيني"، "الأرجنتيني دييغو مارادونا": a name after its
                # nationality
                subject = parse_subject(text, tokens, k + 1)
                if subject is not None and subject.title:
                    subject = None
            if subject is not None and subject.name:
                read_to = subject.end
                at = text.find(subject.name, subject.start, subject.end)
                found.append((subject.name, at, at + len(subject.name) if at >= 0 else -1))
    return found


def _people(introduced: list[tuple[str, int, int]]) -> tuple:
    """The names of two words or more an article introduces, each once (its first place):
    its words' name keys joined by spaces (عبد and آل joined to the next word and بن
    dropped, so «عبدالله بن محمد» and «عبد الله محمد» are one), start, end; the three of
    each name one after the other in one flat tuple (a tuple for each name was a tenth of
    what an archive's facts added to the memory of comparing them)."""
    from tui.quotes.entities import name_keys

    seen: dict[str, tuple[int, int]] = {}
    for name, start, end in introduced:
        if start < 0:
            continue
        keys = " ".join(name_keys(name))
        if keys.count(" ") >= 1 and keys not in seen:
            seen[keys] = (start, end)
    return tuple(item for keys, (start, end) in seen.items() for item in (keys, start, end))


_TITLE, _NATIONALITY = 1, 2


def _trigger(norm: str) -> int:
    """_TITLE for a title, rank or honorific, else _NATIONALITY for a nationality, else 0:
    what a name may follow. (An honorific before a name says a person is named where the
    office before it is none the lexicon knows: أمين العاصمة المقدسة الدكتور أسامة البار.)"""
    from tui.quotes import lexicon as L

    if L.one_of(norm, L.PERSON_TITLES) or L.one_of(norm, L.RANKS) \
            or L.one_of(norm, L.HONORIFICS):
        return _TITLE
    return _NATIONALITY if _nationality(norm) else 0


def _nationality(norm: str) -> bool:
    """A definite adjective of origin (الفرنسي، الأرجنتيني)."""
    norm = norm[1:] if norm.startswith("وال") else norm
    return norm.startswith("ال") and norm.endswith("ي") and len(norm) >= 6


_PLACE = re.compile(r"(?:مدينه|ولايه|قاعده|بلده|منطقه|محافظه|جزيره|عاصمه|قريه|نادي|فريق|"
                    r"ناديي|مطار|ميناء|اقليم|مقاطعه)\s+([\u0621-\u064a]{4,})")

# "قمة نيروبي": a summit is named after the city that holds it (not "قمة العشرين").
_SUMMIT_PLACE = re.compile(r"قمه\s+(?!ال)([\u0621-\u064a]{4,})")


def _name_like(word: str) -> bool:
    from tui.quotes.lexicon import PERSON_TITLES as _TITLES
    norm = normalize_text(word)
    norm = norm[1:] if norm[:1] == "و" and len(norm) > 4 else norm
    return not (norm.startswith(("ال", "وال", "بال", "لل")) or norm in _TITLES
                or norm.endswith("يه") or norm.startswith("نظير"))


def statement_figures(statements) -> list[Discrepancy]:
    """A statement whose members give different figures (tui.quotes.statements) is a
    discrepancy too: the same claim, with other numbers."""
    from tui.quotes.statements import figures

    found = []
    for statement in statements:
        if not any(c.startswith("the outlets give different figures") for c in statement.conflicts):
            continue
        claims = tuple(Claim(m.source_id, m.start, m.end, m.text,
                             ", ".join(sorted(figures(m.text))))
                       for m in statement.members if figures(m.text))
        found.append(Discrepancy(f"figures in statement {statement.id}", claims))
    return found


def article_facts(source, memo: dict | None = None) -> tuple:
    """What comparing facts needs of one article, from it alone, as plain values (a map
    over articles: tui.store makes it in the extraction pool and keeps it per file in the
    cache; `find_discrepancies` then only joins them across articles):
    (its durations as (start, end, text, value), its amounts and years as (start, end,
    text, shown value, unit, value, sorted context keys), the words it shows to be names
    (sorted), the people it names in two words or more (see `_people`), its compound names
    with عبد (see `_spaced_in`)): FACT_PARTS parts. `memo`: shared by the articles of one
    pass (what each word was found to be)."""
    memo = {} if memo is None else memo
    english = _english_only(source)
    # the text normalised once for the three passes that read it so (a translate of the
    # whole text each)
    normalized = normalize(source.text)
    durations = tuple((c.start, c.end, c.text, c.value) for c in _durations(source, normalized)
                      if english or not _latin(c.text))
    amounts = tuple((c.start, c.end, c.text, c.value, unit, value, tuple(sorted(context)))
                    for c, unit, value, context in _amounts(source, normalized))
    introduced = _introduced(source, memo.setdefault("triggers", {}))
    names = tuple(sorted(_article_names(introduced, normalized.text)))
    spaced = tuple(_spaced_in(source, memo.setdefault("normalised", {}), normalized))
    return durations, amounts, names, _people(introduced), spaced


# How many parts `article_facts` gives (the cache's rows of them are checked for it).
FACT_PARTS = 5


def find_discrepancies(corpus, quotes=None,
                       tick: Callable[[], None] = lambda: None, statements=(),
                       facts: Mapping[str, tuple] | None = None) -> list[Discrepancy]:
    """Durations, amounts and name spellings the sources disagree on. `quotes`, when the
    caller has them, saves extracting the corpus a second time. `facts`: source id -> its
    `article_facts` where they were made already (the others' are made here). `tick` is
    called now and then (each source of each pass): it may raise to stop the work."""
    if quotes is None:
        from tui.quotes.analysis import extract_all
        quotes = extract_all(corpus)
    facts = facts or {}
    memo: dict = {}
    durations: list[Claim] = []
    amounts: list[tuple[Claim, str, float, frozenset[str]]] = []
    names: set[str] = set()
    spaced: list[tuple[str, tuple]] = []
    people: list[tuple[str, tuple]] = []
    # Context keys decoded article by article are one string each here.
    strings: dict[str, str] = {}
    share = strings.setdefault
    for source in _ticking(corpus.sources, tick):
        mine = facts.get(source.id)
        if mine is None:
            mine = article_facts(source, memo)
        found_durations, found_amounts, found_names, found_people, found_spaced = mine
        sid = source.id
        durations += [Claim(sid, start, end, text, value)
                      for start, end, text, value in found_durations]
        amounts += [(Claim(sid, start, end, text, shown), unit, value,
                     frozenset(map(share, context, context)))
                    for start, end, text, shown, unit, value, context in found_amounts]
        names.update(found_names)
        if found_spaced:
            spaced.append((sid, found_spaced))
        if found_people:
            people.append((sid, found_people))
    found = []
    if len({c.value.replace("about ", "") for c in durations}) > 1:
        found.append(Discrepancy("duration of the meeting", tuple(durations)))
    found.extend(_amount_discrepancies(amounts))
    del amounts
    found.extend(_spellings(corpus, _name_words(quotes, names), tick))
    found.extend(_spaced_names(spaced))
    found.extend(_fathers_names(corpus, people))
    found.extend(statement_figures(statements))
    return found


def _ticking(sources, tick: Callable[[], None]):
    """The sources, calling `tick` before each."""
    for source in sources:
        tick()
        yield source


def _latin(text: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in text)


def _english_only(source) -> bool:
    return "ar" not in source.languages
