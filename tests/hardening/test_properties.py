"""Property tests over the loader, the normaliser, the sanitiser, JSON output and the quote
extractor, with arbitrary Unicode (controls, bidi controls, lone surrogates included) and
with article-like text salted with hostile sequences: no exception, and the invariants hold.
"""

from __future__ import annotations

import json
import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hardening.hostile import BIDI, ESCAPES, INVISIBLE, UNSAFE, ZERO_WIDTH
from tui.corpus.decode import decode_bytes
from tui.corpus.model import Body, Source
from tui.corpus.segment import segment
from tui.errors import UserError
from tui.output import dumps, plain_text
from tui.text.normalize import normalize, normalize_char, normalize_text
from tui.text.sanitize import is_safe, sanitize_for_terminal

# Everything, surrogates and controls included.
ANY_CHAR = st.characters(blacklist_categories=())
ANY_TEXT = st.text(ANY_CHAR, max_size=300)

WORDS = ["قال", "بوتين", "ترامب", "ترمب", "إن", "أن", "وأضاف", "الرئيس", "الروسي", "الأميركي",
         "نأمل", "بالسلام", "لا", "إله", "إلا", "الله", "مُحَمَّدٌ", "كــتـاب", "می\u200cخواهم",
         "Putin", "said", "123", "٣٤٥", "😀", "ب\u200dب"]
MARKS = ["«", "»", "“", "”", '"', "'", "‘", "’", ":", ".", "،", "؟", "!", "؛", "..", "…",
         " ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "(", ")", "بـ”", "-"]
HOSTILE = [*ESCAPES.values(), *BIDI.values(), *ZERO_WIDTH.values(), "\x00", "\ud800", "\udfff",
           "\ufffd", "\u0085", "\U000e0041"]
TOKEN = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.sampled_from(HOSTILE),
                  ANY_CHAR)
ARTICLE = st.lists(TOKEN, max_size=120).map("".join)
TEXT = st.one_of(ANY_TEXT, ARTICLE)

# HARDENING_EXAMPLES=5000 for a longer soak; the default keeps the suite quick.
_SCALE = int(os.environ.get("HARDENING_EXAMPLES", "400"))
FAST = settings(max_examples=_SCALE, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=max(1, _SCALE // 2), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _check_segments(source_id: str, text: str) -> None:
    paragraphs = segment(source_id, text)
    previous = 0
    for p_index, paragraph in enumerate(paragraphs):
        assert paragraph.index == p_index and paragraph.source_id == source_id
        assert previous <= paragraph.start < paragraph.end <= len(text)
        piece = text[paragraph.start:paragraph.end]
        assert piece.strip() == piece and "\n" not in piece
        inner = paragraph.start
        for s_index, sentence in enumerate(paragraph.sentences):
            assert sentence.index == s_index and sentence.paragraph == p_index
            assert inner <= sentence.start < sentence.end <= paragraph.end
            chunk = text[sentence.start:sentence.end]
            assert chunk == chunk.strip()
            inner = sentence.end
        # Every non-blank character of the paragraph lies in some sentence.
        covered = "".join(text[s.start:s.end] for s in paragraph.sentences)
        assert "".join(piece.split()) == "".join(covered.split())
        previous = paragraph.end
    # Every non-blank line is a paragraph, or each non-blank part of it between runs of three
    # or more spaces (crawled news marks its paragraphs so: tui.corpus.segment).
    pieces = [piece for line in text.split("\n")
              for piece in re.split(r"[ \t\u00a0]{3,}", line) if piece.strip()]
    assert len(paragraphs) == len(pieces)


@FAST
@given(st.one_of(st.binary(max_size=400),
                 TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
                 TEXT.map(lambda t: t.encode("utf-16", "surrogatepass")),
                 ARTICLE.map(lambda t: t.encode("cp1256", "ignore"))))
def test_decoding_any_bytes_gives_text_or_one_clear_line(data):
    try:
        decoded = decode_bytes(data, "f.txt")
    except UserError as err:
        message = str(err)
        assert message.startswith("f.txt: ") and "\n" not in message
        return
    assert "\r" not in decoded.text
    _check_segments("x", decoded.text)


@FAST
@given(TEXT)
def test_segmenting_any_text_keeps_offsets_inside_and_in_order(text):
    _check_segments("x", text.replace("\r", "\n"))


@FAST
@given(TEXT)
def test_normalised_text_maps_back_to_the_original(text):
    normalized = normalize(text)
    assert normalized.text == normalize_text(text)
    assert len(normalized.origin) == len(normalized.text)
    assert list(normalized.origin) == sorted(normalized.origin)
    for i, origin in enumerate(normalized.origin):
        assert 0 <= origin < len(text)
        assert normalized.text[i] in normalize_char(text[origin])
    n = len(normalized.text)
    for start, end in [(0, n), (n // 3, 2 * n // 3), (n // 2, n // 2)]:
        a, b = normalized.span_to_original(start, end)
        assert 0 <= a <= b <= len(text)
        assert normalized.text[start:end] in normalize_text(text[a:b])
    # Bidi and zero-width controls never take part in matching.
    assert not any(c in normalized.text for c in [*BIDI.values(), "\u200b", "\u200d", "\ufeff"])


@FAST
@given(TEXT, st.booleans())
def test_sanitised_text_is_safe_same_length_and_idempotent(text, keep_newlines):
    safe = sanitize_for_terminal(text, keep_newlines=keep_newlines)
    assert len(safe) == len(text)
    assert is_safe(safe) and not UNSAFE.search(safe)
    assert sanitize_for_terminal(safe, keep_newlines=keep_newlines) == safe
    safe.encode("utf-8")  # lone surrogates are gone, so it can be written at all
    for before, after in zip(text, safe):
        if is_safe(before) and before not in "\n\t":
            assert before == after


def _pair_surrogates(data):
    if isinstance(data, str):
        return re.sub("[\ud800-\udbff][\udc00-\udfff]",
                      lambda m: m.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le"),
                      data)
    if isinstance(data, list):
        return [_pair_surrogates(x) for x in data]
    if isinstance(data, dict):
        return {_pair_surrogates(k): _pair_surrogates(v) for k, v in data.items()}
    return data


@FAST
@given(st.recursive(st.one_of(TEXT, st.integers(), st.none(), st.booleans()),
                    lambda inner: st.one_of(st.lists(inner, max_size=4),
                                            st.dictionaries(TEXT, inner, max_size=4)),
                    max_leaves=12), st.booleans())
def test_json_output_is_lossless_and_safe(data, ascii_only):
    out = dumps(data, ascii_only=ascii_only)
    assert not UNSAFE.search(out) and not INVISIBLE.search(out)
    # JSON cannot tell a lone high+low surrogate pair from the character they encode.
    assert json.loads(out) == _pair_surrogates(data)


@FAST
@given(TEXT)
def test_plain_text_for_tables_is_safe(text):
    shown = plain_text(text)
    assert not UNSAFE.search(shown) and not INVISIBLE.search(shown)
    assert "\n" not in shown


@SLOW
@given(ARTICLE)
def test_quote_extraction_never_fails_and_its_offsets_round_trip(text):
    from tui.quotes import extract_quotes

    text = text.replace("\r", "\n")
    source = Source(id="x", file="x.txt", title="t", outlet="o", languages=("ar",),
                    body=Body(text, segment("x", text)))
    ids = set()
    for quote in extract_quotes(source):
        assert quote.source_id == "x" and quote.id not in ids
        ids.add(quote.id)
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start:quote.end] == quote.text
        for mark in (quote.open_mark, quote.close_mark):
            assert mark is None or 0 <= mark < len(text)
        assert quote.inside is None or quote.inside in ids


@SLOW
@given(TEXT, st.integers(min_value=1, max_value=90), st.sampled_from(["visual", "logical"]),
       st.booleans(), st.integers(min_value=0, max_value=400), st.integers(min_value=0,
                                                                            max_value=40))
def test_layout_lines_fit_the_width_show_nothing_unsafe_and_map_back(text, width, mode, harakat,
                                                                     span_start, span_len):
    from rich.cells import cell_len

    from tui.text.layout import layout

    span = (span_start, span_start + span_len, "bold")
    lines = layout(text, width, (span,), mode=mode, harakat=harakat)
    assert lines
    previous_end = 0
    for line in lines:
        assert cell_len(line.plain) == width and len(line.cells) == width
        assert not UNSAFE.search(line.plain) and not INVISIBLE.search(line.plain)
        assert previous_end <= line.start <= line.end <= len(text)
        previous_end = line.end
        for cell, offsets in zip(line.cells, line.cell_offsets or [()] * width):
            assert cell == -1 or line.start <= cell < line.end
            assert all(line.start <= o < line.end for o in offsets)


@settings(max_examples=max(1, _SCALE // 4), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(ARTICLE, min_size=1, max_size=3))
def test_statements_and_discrepancies_across_hostile_sources_keep_their_offsets(texts):
    from tui.corpus.model import Corpus
    from tui.quotes import analyze

    sources = []
    for n, text in enumerate(texts):
        text = text.replace("\r", "\n")
        sources.append(Source(id=f"s{n}", file=f"s{n}.txt", title="t", outlet=f"o{n}",
                              languages=("ar",), body=Body(text, segment(f"s{n}", text))))
    corpus = Corpus(root="/nowhere", sources=tuple(sources))
    analysis = analyze(corpus)
    by_id = {s.id: s.text for s in sources}
    for statement in analysis.statements:
        assert statement.members
        assert set(statement.missing_from) <= set(by_id)
        for member in statement.members:
            assert by_id[member.source_id][member.start:member.end] == member.text
    for discrepancy in analysis.discrepancies:
        for claim in discrepancy.claims:
            assert by_id[claim.source_id][claim.start:claim.end] == claim.text


@FAST
@given(st.recursive(st.one_of(TEXT, st.integers(), st.floats(), st.none(), st.booleans()),
                    lambda inner: st.one_of(st.lists(inner, max_size=4),
                                            st.lists(inner, max_size=3).map(tuple),
                                            st.dictionaries(TEXT, inner, max_size=4),
                                            st.dictionaries(st.integers(), inner, max_size=2)),
                    max_leaves=12), st.booleans(), st.integers(0, 2))
def test_json_output_is_what_the_json_module_writes(data, ascii_only, level):
    """The direct writer (tui.output._indented) is json.dumps(indent=2) to the character,
    at any depth; a dict with keys other than str goes to the json module."""
    from tui.output import _indented

    expected = json.dumps(data, ensure_ascii=ascii_only, indent=2)
    assert _indented(data, ascii_only, level) == expected.replace("\n", "\n" + "  " * level)
