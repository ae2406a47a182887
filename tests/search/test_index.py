"""The search engine on the seeds and on small hand-made records."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.search import Hit, Record, SearchIndex, records_for_corpus
from tui.search.tokens import fold, words
from tui.text.normalize import variant_key


@pytest.fixture(scope="module")
def index(seeds) -> SearchIndex:
    return SearchIndex(records_for_corpus(seeds))


def texts(hits: list[Hit]) -> list[str]:
    return [h.record.text for h in hits]


def matched_words(seeds, hits: list[Hit]) -> set[str]:
    return {seeds.source(h.record.source_id).text[s:e] for h in hits for s, e in h.matches}


@pytest.mark.parametrize("query, other", [("ترمب", "ترامب"), ("ترامب", "ترمب")])
def test_spelling_variants_match_in_both_directions(seeds, index, query, other):
    hits = index.search(query, scope="sentences", limit=200)
    words = matched_words(seeds, hits)
    assert query in words and other in words


@pytest.mark.parametrize("query", ["دارشييف", "دارتشييف"])
def test_transliterated_names_meet(seeds, index, query):
    words = matched_words(seeds, index.search(query, scope="sentences", limit=50))
    assert {"دارشييف", "دارتشييف"} <= words


def test_a_bare_adjective_finds_both_spellings_with_the_article(seeds, index):
    words = matched_words(seeds, index.search("أمريكي", scope="sentences", limit=200))
    assert "الأمريكي" in words and "الأميركي" in words


def test_hamza_and_diacritics_are_ignored(seeds, index):
    plain = index.search("امن", scope="sentences", limit=20)
    assert "أمن" in matched_words(seeds, plain)
    marked = index.search("أَمْن", scope="sentences", limit=20)
    assert [h.record.id for h in marked] == [h.record.id for h in plain]


def test_english_query_finds_the_english_paragraphs(index):
    hits = index.search("Putin", scope="sentences", limit=10)
    assert hits and all(h.record.source_id == "s3" for h in hits)
    assert all("putin" in h.record.text.lower() for h in hits)


def test_matches_are_source_offsets_of_the_matched_words(seeds, index):
    hits = index.search("ترمب بوتين", scope="quotes", limit=30)
    assert hits
    for hit in hits:
        source = seeds.source(hit.record.source_id)
        assert source.text[hit.record.start:hit.record.end] == hit.record.text
        for start, end in hit.matches:
            assert hit.record.start <= start < end <= hit.record.end
            keys = {variant_key(w) for w in ("ترمب", "بوتين")}
            word = fold(source.text[start:end])
            assert any(k in variant_key(word) or variant_key(word).endswith(k) for k in keys)


def test_a_typo_and_a_half_typed_word_still_find_the_name(seeds, index):
    assert "بوتين" in {w.removeprefix("و") for w in
                       matched_words(seeds, index.search("بوتن", limit=10))}
    assert any("ترامب" in w for w in matched_words(seeds, index.search("ترا", limit=10)))


def test_scopes_hold_their_own_kind(index):
    assert all(h.record.kind == "quote" for h in index.search("أوكرانيا", "quotes"))
    assert all(h.record.kind == "sentence" for h in index.search("أوكرانيا", "sentences"))
    with pytest.raises(ValueError):
        index.search("أوكرانيا", scope="everything")


def test_limit_and_empty_queries(index):
    assert len(index.search("أوكرانيا", "sentences", limit=3)) == 3
    assert index.search("", "sentences") == []
    assert index.search(" ... ", "sentences") == []
    assert index.search("أوكرانيا", "sentences", limit=0) == []


def _records(*texts: str, kind: str = "quote") -> list[Record]:
    out, at = [], 0
    for n, text in enumerate(texts):
        out.append(Record(f"r{n}", "x", at, at + len(text), text, kind, None))
        at += len(text) + 1
    return out


def test_a_short_quote_equal_to_the_query_ranks_above_a_long_one_containing_it():
    long = "قال الرئيس إن المحادثات كانت بناءة جدا وإن القمة التاريخية فتحت الباب أمام حلول " * 3
    index = SearchIndex(_records(long, "القمة التاريخية"))
    assert index.search("القمة التاريخية")[0].record.text == "القمة التاريخية"


def test_words_side_by_side_in_order_rank_above_scattered_ones():
    index = SearchIndex(_records("سلام دائم في أوكرانيا والمنطقة",
                                 "دائم هو الحديث عن أوكرانيا وعن سلام"))
    assert index.search("سلام دائم")[0].record.id == "r0"


def test_exact_spelling_ranks_above_a_variant():
    index = SearchIndex(_records("لقاء ترمب اليوم", "لقاء ترامب اليوم"))
    assert index.search("ترامب")[0].record.id == "r1"
    assert index.search("ترمب")[0].record.id == "r0"


def test_state_round_trip_gives_the_same_hits(index):
    again = SearchIndex.from_state(index.to_state())
    for query in ("ترمب", "قمة تاريخية", "Putin"):
        for scope in ("quotes", "sentences"):
            assert again.search(query, scope) == index.search(query, scope)


def test_another_state_version_is_refused(index):
    state = index.to_state()
    state["version"] = -1
    with pytest.raises(ValueError):
        SearchIndex.from_state(state)


_ARABIC_WORDS = st.sampled_from(["ترامب", "بوتين", "أوكرانيا", "القمة", "موسكو", "ألاسكا",
                                 "السلام", "الحرب", "واشنطن", "مفاوضات", "الرئيس", "اتفاق"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(_ARABIC_WORDS, min_size=1, max_size=8), min_size=1, max_size=12),
       st.data())
def test_every_word_of_a_record_finds_that_record(sentences, data):
    records = _records(*(" ".join(words) for words in sentences), kind="sentence")
    index = SearchIndex(records)
    target = data.draw(st.sampled_from(records))
    word = data.draw(st.sampled_from(target.text.split()))
    every = index.search(word, scope="sentences", limit=len(records), distinct=False)
    assert target.id in {h.record.id for h in every}
    # One hit per group of copies (the same words): the target is a hit or a copy of one.
    hits = index.search(word, scope="sentences", limit=len(records))
    assert target.id in {r.id for h in hits for r in index.copies(h)}
    assert sum(h.copies for h in hits) == len(every)
    for hit in hits:
        assert hit.matches and all(hit.record.start <= s < e <= hit.record.end
                                   for s, e in hit.matches)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_search_and_store_import_no_textual():
    code = ("import sys, tui.search, tui.store, tui.commands.search; "
            "sys.exit('textual' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_state_without_texts_takes_them_back_from_the_sources(seeds, index):
    texts = {s.id: s.text for s in seeds.sources}
    state = index.to_state(texts)
    assert all(not scope["records"]["own_text"] for scope in state["scopes"].values())
    again = SearchIndex.from_state(state, texts)
    assert again.search("ترمب", "sentences") == index.search("ترمب", "sentences")


def test_a_record_whose_text_is_not_the_source_slice_keeps_its_text():
    record = Record("r0", "x", 0, 5, "ترامب", "quote", None)
    state = SearchIndex([record]).to_state({"x": "12345"})
    hits = SearchIndex.from_state(state, {"x": "12345"}).search("ترامب")
    assert [h.record for h in hits] == [record]


def test_an_index_from_columns_and_per_source_tokens_is_the_index_of_the_records(seeds):
    """How the store builds it (records as columns, each source tokenised on its own, maybe
    in another process) gives what SearchIndex(records) gives, hit for hit."""
    from dataclasses import replace

    from tui.quotes.analysis import extract_all
    from tui.search.index import Collector
    from tui.search.tokens import tokenise

    quotes = extract_all(seeds)
    texts = {s.id: s.text for s in seeds.sources}
    # one quotation whose text is not its source's slice, as a cached row may hold
    quotes[0] = replace(quotes[0], text="نص آخر تماما")
    records = records_for_corpus(seeds, quotes)
    whole = SearchIndex(records)
    columns = {scope: {"id": [], "source_id": [], "speaker": [], "length": [], "start": [],
                       "end": [], "own_text": {}} for scope in ("quotes", "sentences")}
    collector = Collector()
    for source in seeds.sources:
        for scope, kind in (("quotes", "quote"), ("sentences", "sentence")):
            mine = [r for r in records if r.kind == kind and r.source_id == source.id]
            data = columns[scope]
            for r in mine:
                if source.text[r.start:r.end] != r.text:
                    data["own_text"][len(data["id"])] = r.text
                data["id"].append(r.id)
                data["source_id"].append(r.source_id)
                data["speaker"].append(r.speaker)
                data["length"].append(len(r.text))
                data["start"].append(r.start)
                data["end"].append(r.end)
            collector.add(scope, tokenise((r.text, 0, len(r.text), r.start) for r in mine))
    assert columns["quotes"]["own_text"]
    parts = SearchIndex.from_columns(columns, collector, texts)
    for scope in ("quotes", "sentences"):
        assert parts.records(scope) == whole.records(scope)
        for query in ("ترمب", "نص آخر", "قمة تاريخية", "Putin", "الرئيس الروسي", "أوكر", "في"):
            assert parts.search(query, scope, limit=100) == whole.search(query, scope, limit=100)
    assert sorted(parts.to_state(texts)["forms"].split("\n")) == \
        sorted(whole.to_state(texts)["forms"].split("\n"))
    again = SearchIndex.from_state(parts.to_state(texts), texts)
    assert again.search("ترمب", "quotes", 100) == whole.search("ترمب", "quotes", 100)


def test_tokenise_gives_the_words_of_each_span(seeds):
    from tui.search.tokens import tokenise

    source = seeds.sources[0]
    spans = [(source.text, s.start, s.end, 0) for s in source.sentences]
    forms, counts, ids = tokenise(spans)
    assert len(counts) == len(spans) and sum(counts) == len(ids)
    at = 0
    for sentence, count in zip(source.sentences, counts):
        expected = words(source.text[sentence.start:sentence.end], sentence.start)
        assert [forms[i] for i in ids[at:at + count]] == [form for form, _, _ in expected]
        at += count


def test_postings_and_masks_list_exactly_the_records_holding_each_form(index):
    for ix in index._scopes.values():
        holding: dict[int, list[int]] = {}
        for number in range(ix.size):
            words = ix.tok_vid[ix.rec_first[number]:ix.rec_last[number]]
            for vid in sorted(set(words)):
                holding.setdefault(vid, []).append(number)
        vocabulary = len(ix.post_off) - 1
        assert vocabulary >= max(holding) + 1
        for vid in range(vocabulary):
            assert list(ix.posting(vid)) == holding.get(vid, [])
            mask = ix.mask(vid)
            assert [n for n in range(ix.size) if mask >> n & 1] == holding.get(vid, [])


_KEYS = st.text(alphabet="ابتثجحخدرزسشصلمنهوي", max_size=6)


@given(st.dictionaries(_KEYS, st.lists(st.integers(0, 1000), max_size=5)), st.lists(_KEYS))
def test_a_kept_vocabulary_table_answers_as_its_dict_of_lists(table, others):
    from tui.search.index import _Lists

    kept = _Lists.restore(_Lists.of(table).state())
    assert kept.keys == sorted(table)
    for key in [*table, *others]:
        assert list(kept.get(key, ())) == table.get(key, [])
        if key in table:
            assert list(kept[key]) == table[key]
        else:
            with pytest.raises(KeyError):
                kept[key]


_LETTERS = "ابتثجحخدرزسشصلمنهويةىءآأإ0aé"
_STEM = st.integers(1, 9).flatmap(lambda n: st.text(alphabet=_LETTERS, min_size=n, max_size=n))


@settings(max_examples=200, deadline=None)
@given(st.lists(_STEM, min_size=1, max_size=40), st.text(alphabet=_LETTERS + "ق", min_size=1,
                                                          max_size=11), st.sampled_from([74, 80]))
def test_the_typo_prefilter_keeps_every_stem_rapidfuzz_would_match(stems, word, cutoff):
    from rapidfuzz import fuzz, process

    from tui.search.index import _LetterTable

    length = len(stems[0])
    same = sorted({s[:length].ljust(length, "ا") for s in stems})
    kept = _LetterTable(same).possible(word, cutoff)
    assert kept == [s for s in same if s in set(kept)]           # in the stems' order
    assert set(kept) <= set(same)
    everything = process.extract(word, same, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
    assert process.extract(word, kept, scorer=fuzz.ratio, score_cutoff=cutoff,
                           limit=None) == [(s, r, kept.index(s)) for s, r, _ in everything]


def test_the_typo_prefilter_drops_stems_without_enough_of_the_words_letters():
    from tui.search.index import _LetterTable

    table = _LetterTable(["ترمب", "ترمي", "سلام", "بمرت", "كتاب"])
    # ratio("ترمب", s) >= 74 needs 3 letters in common of 4 + 4
    assert table.possible("ترمب", 74) == ["ترمب", "ترمي", "بمرت"]


def test_stems_of_more_than_255_letters_all_go_to_rapidfuzz():
    from tui.search.index import _LetterTable, _letter_codes

    stems = [chr(0x4E00 + n) * 2 for n in range(300)]
    table = _LetterTable(stems)
    assert table.data is None
    assert table.possible(stems[0], 80) == stems
    codes: dict[str, int] = {}
    assert _letter_codes("ab\0ba\0cc", codes) == b"\x01\x02\x00\x02\x01\x00\x03\x03"
    assert codes == {"a": 1, "b": 2, "c": 3}


def test_a_typo_finds_the_same_forms_with_the_prefilter_as_without(seeds, index):
    from rapidfuzz import fuzz, process

    vocabulary = index._vocabulary
    any_found = False
    for word in ("ترمبب", "بوتيين", "الامريكيه", "اوكرانيااا", "الخارجيه"):
        found: dict[str, float] = {}
        vocabulary._typos(word, lambda vids, score: found.update(
            {vocabulary.forms[v]: max(score, found.get(vocabulary.forms[v], 0)) for v in vids}))
        reach = 1 if len(word) < 7 else 2
        cutoff = 74 if len(word) < 6 else 80
        expected: dict[str, float] = {}
        for length in range(len(word) - reach, len(word) + reach + 1):
            for stem, ratio, _ in process.extract(word, vocabulary.by_length.get(length, []),
                                                  scorer=fuzz.ratio, score_cutoff=cutoff,
                                                  limit=None):
                if stem != word:
                    for vid in vocabulary.by_stem[stem]:
                        form = vocabulary.forms[vid]
                        expected[form] = max(0.85 * ratio, expected.get(form, 0))
        assert found == expected
        any_found = any_found or bool(found)
    assert any_found


def _as_data(hits):
    return [(h.record.id, h.record.source_id, h.score, h.matches, h.copies, h.articles)
            for h in hits]


def test_typing_a_query_key_by_key_gives_the_hits_of_a_fresh_search(seeds):
    # The words' masks kept between keystrokes must not change any answer.
    typed = SearchIndex(records_for_corpus(seeds))
    fresh = SearchIndex(records_for_corpus(seeds))
    for scope in ("quotes", "sentences"):
        for query in ("ترمب وبوتين", "الرئيس الروسي", "وزير الخارجية", "ترامب بوتن قمه"):
            for end in range(1, len(query) + 1):
                fresh.forget_matches()
                assert (_as_data(typed.search(query[:end], scope=scope))
                        == _as_data(fresh.search(query[:end], scope=scope)))


def test_word_masks_are_the_records_holding_the_words_forms(index):
    ix = index._scopes["sentences"]
    for word in ("ترمب", "بوتين", "الروسي", "zzzz"):
        matched = index._vocabulary.match(word)
        best, either = ix.word_masks(word, matched)
        holding = {n for n in range(ix.size)
                   if set(ix.tok_vid[ix.rec_first[n]:ix.rec_last[n]]) & set(matched)}
        assert {n for n in range(ix.size) if either >> n & 1} == holding
        assert best & ~either == 0
        assert ix.word_masks(word, matched) == (best, either)
    index.forget_matches()
    assert not ix._word_masks


@given(st.text(alphabet="ابت ثج\u064e\u0640.،a1", max_size=40), st.integers(-1, 12))
def test_the_first_words_of_a_text_are_the_start_of_all_its_words(text, upto):
    assert words(text, 7, upto=upto) == words(text, 7)[:max(upto, 0)]
