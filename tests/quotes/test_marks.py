"""Quote-mark pairing: every mark family, and recovery when outlets leave a mark out."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from tui.quotes.marks import pair_marks


def contents(text: str) -> list[str]:
    return [text[s.start:s.end] for s in pair_marks(text)]


def test_guillemets_and_curly_quotes():
    assert contents("قال: «نص أول» ثم “نص ثان” انتهى") == ["نص أول", "نص ثان"]


def test_closing_mark_used_as_opener():
    assert contents("و أمل الرئيس”نأمل أن ننجح.” ثم غادر") == ["نأمل أن ننجح."]
    assert contents("ليرد مبتسمًا: ” هذا مثير للاهتمام.”") == ["هذا مثير للاهتمام."]


def test_tatweel_prefix_stays_outside_the_quote():
    text = "وصفه بـ”الفهم الواضح” ولـ«تفاهم» قريب"
    assert contents(text) == ["الفهم الواضح", "تفاهم"]


def test_two_quotes_do_not_swallow_the_narration_between_them():
    text = "وصفها بـ”البناءة” و”المنتجة للغاية” في ختام القمة"
    assert contents(text) == ["البناءة", "المنتجة للغاية"]


def test_nested_single_quotes_are_their_own_quote_inside_the_outer_one():
    text = "قال: \"قلت له: 'مرحبا يا جار'. ثم مضينا\" وانتهى"
    spans = pair_marks(text)
    assert [text[s.start:s.end] for s in spans] == ["قلت له: 'مرحبا يا جار'. ثم مضينا", "مرحبا يا جار"]
    assert spans[0].parent is None and spans[1].parent == 0


def test_english_apostrophes_are_not_quotes():
    assert contents('He said, "Ukraine\'s security matters," and left.') == [
        "Ukraine's security matters"]


def test_opener_without_closer_ends_at_the_paragraph_end():
    spans = pair_marks("وتابعت: ”الأمم المتحدة مستعدة للاستضافة.")
    assert len(spans) == 1 and spans[0].close_mark is None
    assert "مستعدة للاستضافة" in "وتابعت: ”الأمم المتحدة مستعدة للاستضافة."[spans[0].start:spans[0].end]


def test_closer_without_opener_starts_after_the_reporting_particle():
    text = "وأضاف أن الحكومة ستبدأ العمل الأسبوع المقبل»، دون أن يحدد"
    spans = pair_marks(text)
    assert [text[s.start:s.end] for s in spans] == ["الحكومة ستبدأ العمل الأسبوع المقبل"]
    assert spans[0].open_mark is None and spans[0].close_mark is not None


def test_orphan_closer_does_not_reach_back_past_the_previous_quote():
    text = "قال: “الأولى طويلة”، مشيرا إلى أنه شرح الأمر، وأنّه أتفق معه على ذلك”."
    assert contents(text) == ["الأولى طويلة", "أتفق معه على ذلك"]


def test_second_opener_closes_the_unclosed_first_at_a_clause_break():
    text = "قال: “نرى أن الأمر جيد، ويهتم بمصالحنا، مجددا التأكيد أن الأحداث تمثل “تهديدًا جوهريًا”."
    assert contents(text) == ["نرى أن الأمر جيد، ويهتم بمصالحنا", "تهديدًا جوهريًا"]


def test_a_straight_mark_glued_to_a_particle_opens():
    # sample 86 1-088: `أن" حي جوبر …"`: no quotation closes on أن, the mark glued to it opens
    # the words after it; a curly one glued to the letters of CNN («سي إن إن”») is no opener
    assert contents('وأشار المرصد إلى أن" حي جوبر يشهد قصفا".') == ["حي جوبر يشهد قصفا"]
    assert not any(c.startswith("عن خطة") for c in contents(
        "كشفت الشركة لوكالة سي إن إن” عن خطة، وقالت “سكاي تران” إنها جاهزة."))


def test_a_nested_quotation_left_open_ends_with_its_outer_one():
    # «…'…» closes with the nested ' still open; the ' after the next quotation is that
    # quotation's, not the close of the nested one
    assert contents("قال «هو 'ابن» ثم ”هي 'بنت'") == ["هو 'ابن", "هي 'بنت'", "بنت"]


_ALPHABET = st.sampled_from(list("ابتثجحخد هوي،.:") + ['"', "«", "»", "“", "”", "'", "ـ", " "])


@given(st.text(_ALPHABET, max_size=80))
# (a nested quotation left open by its outer one once paired with a mark after it)
@example("«'ا»”ا'")
def test_spans_are_inside_the_text_and_outer_spans_never_overlap(text):
    spans = pair_marks(text)
    outer = [s for s in spans if s.parent is None]
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start:span.end] == text[span.start:span.end].strip()
    for a, b in zip(outer, outer[1:]):
        assert a.end <= b.start
    for span in spans:
        if span.parent is not None:
            parent = spans[span.parent]
            assert parent.start <= span.start and span.end <= parent.end


def test_an_unclosed_quotation_keeps_the_quotation_that_closed_inside_it():
    # «"ا:«"« : the « never closes; cut at its last clause break (the colon) it would end
    # inside the "…" nested in it, and the two would overlap.
    text = '«"ا:«"«'
    spans = pair_marks(text)
    assert [(s.start, s.end, s.parent) for s in spans] == [(1, 6, None), (2, 5, 0)]


def test_a_quotation_of_another_family_nests_inside():
    text = "وأضافت: «حين سألوني قلت لهم: “الأسعار عادلة”، وهذا ما سيثبته الزمن». ثم غادرت"
    spans = pair_marks(text)
    assert [text[s.start:s.end] for s in spans] == [
        "حين سألوني قلت لهم: “الأسعار عادلة”، وهذا ما سيثبته الزمن", "الأسعار عادلة"]
    assert spans[1].parent == 0


def test_a_closing_guillemet_used_as_an_opener_pairs_with_the_next_one():
    text = "وقال مصدر لـ»المدينة» إن الهجوم فشل"
    spans = pair_marks(text)
    assert [text[s.start:s.end] for s in spans] == ["المدينة"]


def test_closing_guillemets_that_open_names_after_and_pair_with_the_next_one():
    text = "وتصدرت كل من «التعاونية» و»بوبا» و»المتحدة للتأمين» شركات التأمين."
    assert [text[s.start:s.end] for s in pair_marks(text)] == ["التعاونية", "بوبا",
                                                                "المتحدة للتأمين"]


def test_a_mark_glued_to_the_speakers_name_before_inna_opens_his_words():
    # the writer glued the opener to the name: `الصباغ" إن …"`; it is no closer of a
    # quotation that would run back over the narration
    text = 'وقال المتحدث رأفت الصباغ" إن وصول الطائرة يأتي ضمن برنامج"، وأشار إلى أن هناك طائرات.'
    assert [text[s.start:s.end] for s in pair_marks(text)] == [
        "إن وصول الطائرة يأتي ضمن برنامج"]
