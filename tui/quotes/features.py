"""Content words of a text, reduced to keys that meet across spelling, clitics and synonyms.

Built on `tui.text.normalize`: every word is normalised, loses its clitics (و، ف، ب، ل، ال،
and possessive or plural endings), and then takes its `variant_key`, so ترامب/ترمب,
العلاقات/علاقات and نتفق/أتفق give one key. Function words are dropped.
"""

from __future__ import annotations

import re

from functools import lru_cache

from tui.quotes.words import key_word
from tui.text.normalize import normalize_text

_WORD = re.compile(r"[A-Za-z]+|[\u0621-\u064a]+|\d+")

STOPWORDS = frozenset(normalize_text(w) for w in """
في من على إلى عن مع أن إن ان هذا هذه ذلك تلك التي الذي الذين كان كانت يكون تكون قد لا لم لن ما
و أو ثم بين كل بعض عند لدى حتى هو هي هم نحن أنا انه أنه إنه بأن بأنه يجب بشأن حول خلال منذ بعد
ستكون سيكون قبل عبر ضد نحو لكن ولكن بل فقط أي أيضا أيضًا كما وقد فيما بينما حيث إذ اليوم أمس الآن هناك هنا
لها له لهم به بها بهم فيه فيها منه منها عليه عليها إليه إليها وفي ومن وعلى وإلى وأن وإن فإن للغاية جدا جداً
the a an of to in on and or for with that this is are was were be been by at as from it its he
his she her they their we our i my you will would can could not no but also have has had
""".split())

# Words outlets use interchangeably when they translate the same remark.
_SYNONYMS = {normalize_text(a): normalize_text(b) for a, b in (
    ("المقبلة", "القادمة"), ("المقبل", "القادم"), ("مقبلة", "قادمة"), ("تخطي", "تجاوز"),
    ("هائلة", "كبيرة"), ("نتجاوز", "تجاوز"),
)}

_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال")
_PRONOUNS = ("هما", "كما", "ها", "هم", "نا", "كم", "ه")
_ENDINGS = ("ات", "ون", "ين", "ان", "يه", "ه", "ي", "ا")


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """A light stem of one normalised word: clitics, a pronoun and an inflection off."""
    if word.isascii():
        return word[:-1] if len(word) > 4 and word.endswith("s") else word
    word = _SYNONYMS.get(word, word)
    if len(word) > 3 and word[0] in "وف":
        word = word[1:]
        word = _SYNONYMS.get(word, word)
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = "ال" + word[len(prefix):] if prefix == "لل" else word
            word = word[2:] if word.startswith("ال") else word[len(prefix):]
            break
    else:
        if len(word) > 4 and word[0] in "بل":
            word = word[1:]
    for suffix in _PRONOUNS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)]
            if word.endswith("ت") and len(word) >= 4:
                word = word[:-1]        # مناقشتها: the ta marbuta before a pronoun
            break
    for suffix in _ENDINGS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)]
            break
    if len(word) >= 4 and word[0] in "اني":
        word = word[1:]
    return key_word(word) or word


# A raw word: letters plus the marks and tatweel that normalisation drops.
_RAW = re.compile(r"[\w\u0640\u064b-\u065f\u0670]+")


@lru_cache(maxsize=1 << 18)
def _words(raw: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(normalize_text(raw)))


def _content_of(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(stem(w) for w in words if w not in STOPWORDS and len(w) >= 2)


def _surface_of(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(key_word(w) for w in words)


@lru_cache(maxsize=1 << 18)
def _content(raw: str) -> tuple[str, ...]:
    return _content_of(_words(raw))


@lru_cache(maxsize=1 << 18)
def _surface(raw: str) -> tuple[str, ...]:
    return _surface_of(_words(raw))


def content_keys(text: str) -> list[str]:
    """The content words of `text`, stemmed and keyed, in order."""
    return [key for raw in _RAW.findall(text) for key in _content(raw)]


def surface_key(text: str) -> str:
    """Every word's variant key, function words kept: for comparing exact wording."""
    return " ".join(key for raw in _RAW.findall(text) for key in _surface(raw))


class Wordings:
    """`surface_key` and `content_keys` of many texts (grouping's quarter of a million
    records), each raw word worked out once into both, in a memo that goes when this does.
    The bounded caches behind the two functions hold three entries a word, kept for the
    life of the process: on a real archive's 246,130 different words they were a few
    hundred megabytes while statements were grouped."""

    def __init__(self) -> None:
        self._memo: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def __len__(self) -> int:
        """How many raw words the memo holds."""
        return len(self._memo)

    def __call__(self, text: str) -> tuple[str, list[str]]:
        """(surface_key(text), content_keys(text))."""
        memo = self._memo
        surface: list[str] = []
        keys: list[str] = []
        for raw in _RAW.findall(text):
            found = memo.get(raw)
            if found is None:
                words = tuple(_WORD.findall(normalize_text(raw)))
                found = memo[raw] = (_surface_of(words), _content_of(words))
            surface += found[0]
            keys += found[1]
        return " ".join(surface), keys
