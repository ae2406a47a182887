"""normalize(): the matching rules, the offset map back to the original, and variant keys."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.text.normalize import (normalize, normalize_char, normalize_text, variant_key,
                                variant_keys)


@pytest.mark.parametrize("raw,expected", [
    ("مُحَمَّدٌ", "محمد"),                     # tashkeel
    ("كــتـاب", "كتاب"),                       # tatweel
    ("أإآٱا", "ااااا"),                         # alef forms
    ("على", "علي"), ("مدرسة", "مدرسه"),         # alef maqsura, teh marbuta
    ("٣٤٥ ۱۲", "345 12"),                      # Arabic-Indic and Persian digits
    ("،؛؟", ",;?"),                            # Arabic punctuation
    ("«أ» “ب” ”ج” \"د\"", '"ا" "ب" "ج" "د"'),    # every quote mark
    ("HeLLo ÉCOLE", "hello école"),            # Latin casefolded
    ("الخطاب\u0670", "الخطاب"),                 # superscript alef
    ("ب\u200cب\u200d\u202eب", "ببب"),           # zero-width and bidi controls
])
def test_rules(raw, expected):
    assert normalize_text(raw) == expected
    assert normalize(raw).text == expected


def test_offset_map_points_back_to_the_original():
    original = "قالَ «تـرامـب» ٢٠"
    result = normalize(original)
    start = result.text.index("ترامب")
    a, b = result.span_to_original(start, start + len("ترامب"))
    assert original[a:b] == "تـرامـب"
    digits = result.text.index("20")
    assert original[slice(*result.span_to_original(digits, digits + 2))] == "٢٠"


def test_expansion_maps_each_piece_to_its_source_character():
    result = normalize("Straße")
    assert result.text == "strasse"
    assert result.span_to_original(4, 6) == (4, 5)  # "ss" comes from "ß"


def test_empty_span_maps_to_a_position():
    result = normalize("ab")
    assert result.span_to_original(2, 2) == (2, 2)
    assert result.span_to_original(1, 1) == (1, 1)


@given(st.text())
def test_offset_map_is_monotonic_and_in_range(text):
    result = normalize(text)
    assert len(result.origin) == len(result.text)
    assert all(0 <= o < len(text) for o in result.origin)
    assert list(result.origin) == sorted(result.origin)
    assert normalize_text(text) == result.text


@pytest.mark.parametrize("a,b", [
    ("ترامب", "ترمب"), ("أمريكي", "أميركي"), ("الأمريكي", "الأميركي"), ("الأمريكية", "أميركية"),
    ("دارتشييف", "دارشييف"), ("أنكوريج", "أنكوراج"), ("ويتكوف", "ويتكووف"), ("ألاسكا", "آلاسكا"),
    ("ستيفن", "ستيفين"), ("الأوكراني", "أوكراني"),
])
def test_spelling_variants_meet(a, b):
    assert variant_key(a) == variant_key(b)


@pytest.mark.parametrize("a,b", [
    ("ترامب", "ترومان"), ("روسيا", "روسي"), ("لافروف", "لافرنتييف"), ("موسكو", "مسكن"),
    ("بوتين", "بايدن"), ("سوريا", "روسيا"), ("أوكرانيا", "أمريكا"),
    ("ريتشاردسون", "ديتشاردسون"), ("بيروت", "بوتين"), ("زيلينسكي", "زيلينسكا"),
])
def test_different_names_stay_apart(a, b):
    assert variant_key(a) != variant_key(b)


def test_variant_keys_of_a_phrase():
    assert variant_keys("الرئيس الأمريكي ترمب") == variant_keys("الرئيس الأميركي ترامب")


def _per_character(text: str) -> tuple[str, tuple[int, ...]]:
    out, origin = [], []
    for index, ch in enumerate(text):
        for piece in normalize_char(ch):
            out.append(piece)
            origin.append(index)
    return "".join(out), tuple(origin)


@given(st.text(alphabet=st.sampled_from(
    "ترامبأإآىةۀکًٌٍَُِّْٰـ\u200b\u200f\u202e\u2066ßİﬁǅABcd ،؛«»“”0١۲٫\U0001F600\u00a0"
    "\ufe71\ufe70\ufcf2\ufef5\ufb50\ufdfa\ufeff"),
    max_size=40) | st.text(max_size=40))
def test_whole_text_normalisation_is_the_per_character_rule(text):
    # normalize() translates a whole text at once; it must equal folding each character
    # (drops, one-to-many casefolds like ß and ﬁ, presentation forms that give nothing,
    # one letter or several, included) with offsets to match.
    normalized = normalize(text)
    assert (normalized.text, tuple(normalized.origin)) == _per_character(text)
    assert normalize_text(text) == normalized.text


def test_the_characters_found_dropped_are_exactly_those_that_normalise_to_nothing():
    # normalize() finds the dropped characters by a class of them rather than by folding
    # each one again: every character of the Basic Multilingual Plane is in it, or not, as
    # its own rule says
    from tui.text.normalize import _DROPPED

    every = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]
    assert {ch for ch in every if _DROPPED.match(ch)} == {
        ch for ch in every if not normalize_char(ch)}
