"""Extracting quotations, classifying them and attributing them to speakers."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tui.quotes import extract_quotes
from tui.quotes.analysis import extract_all


def only(corpus):
    return extract_all(corpus)


def by_text(quotes, text):
    found = [q for q in quotes if q.text == text]
    assert found, f"no quote {text!r} in {[q.text for q in quotes]}"
    return found[0]


@pytest.mark.parametrize("corpus_name", ["seeds", "extra"])
def test_every_quote_round_trips_to_its_offsets(corpus_name, request):
    corpus = request.getfixturevalue(corpus_name)
    quotes = extract_all(corpus)
    assert quotes
    for quote in quotes:
        source = corpus.source(quote.source_id)
        assert source.text[quote.start:quote.end] == quote.text
        assert quote.kind in ("statement", "term")
        if quote.kind == "term":
            assert quote.speaker is None
        if quote.open_mark is not None:
            assert source.text[quote.open_mark] in "\"«“”'‘’"
        if quote.sentence_id is not None:
            sentence = next(s for s in source.sentences if s.id == quote.sentence_id)
            assert sentence.start <= quote.start < sentence.end


def test_ids_are_unique_and_nested_quotes_point_at_their_outer_quote(seeds):
    quotes = extract_all(seeds)
    ids = [q.id for q in quotes]
    assert len(ids) == len(set(ids))
    index = {q.id: q for q in quotes}
    nested = [q for q in quotes if q.inside]
    assert nested
    for quote in nested:
        outer = index[quote.inside]
        assert outer.start <= quote.start and quote.end <= outer.end
        assert quote.speaker == outer.speaker


def test_extract_quotes_works_on_one_source_alone(seeds):
    quotes = extract_quotes(seeds.sources[0])
    assert quotes and all(q.source_id == seeds.sources[0].id for q in quotes)


def test_speaker_after_the_verb_and_carried_over_by_a_bare_verb(article):
    quotes = only(article(
        "وقال الرئيس الفرنسي إيمانويل ماكرون: «نريد السلام في المنطقة».\n"
        "وأضاف: «الحوار هو الطريق الوحيد».\n"))
    first, second = by_text(quotes, "نريد السلام في المنطقة"), by_text(quotes, "الحوار هو الطريق الوحيد")
    assert first.speaker is not None and first.speaker.label == "إيمانويل ماكرون"
    assert second.speaker == first.speaker


def test_a_name_after_a_preposition_is_not_the_speaker(article):
    quotes = only(article(
        "وتطرق الرئيس الروسي فلاديمير بوتين إلى العلاقات.\n"
        "وأبدى امتنانه لترامب لدعوته، مضيفًا: \"كان من المنطقي أن نلتقي هنا\".\n"))
    assert by_text(quotes, "كان من المنطقي أن نلتقي هنا").speaker.label == "فلاديمير بوتين"


def test_spelling_variants_are_one_speaker_and_a_bare_title_stays_a_title(article):
    quotes = only(article(
        "قال ترمب: «نص أول هنا».\nوقال الرئيس الأميركي: «نص ثان هنا».\n"
        "وقال دونالد ترامب: «نص ثالث هنا».\n"))
    first, second, third = (by_text(quotes, t).speaker for t in ("نص أول هنا", "نص ثان هنا",
                                                                 "نص ثالث هنا"))
    # ترمب and دونالد ترامب are one person; nothing in the text says the American president
    # is he (no list of who holds which office: a title resolves only to whom the article
    # introduced with it)
    assert first == third and third.label == "دونالد ترامب"
    assert second.label == "الرئيس الأميركي" and second != first


def test_attribution_after_the_quote(article):
    quotes = only(article(
        "\"نحن جيران وما يجمعنا أكبر\"، قال رئيس الوزراء الإثيوبي أبيبي تسفاي للصحفيين.\n"))
    assert by_text(quotes, "نحن جيران وما يجمعنا أكبر").speaker.label == "أبيبي تسفاي"


def test_unknown_is_better_than_a_wrong_carry_over(article):
    quotes = only(article(
        "وقال بوتين: «نص أول للرئيس».\n"
        "ونقلت قناة \"الأفق\" عن مصدر في الوفد قوله إن \"بعض التفاصيل بحاجة إلى نقاش\".\n"
        "والتي وُصفت بـ”البناءة”.\n"))     # (no subject: nobody's, not the source's)
    relayed = by_text(quotes, "بعض التفاصيل بحاجة إلى نقاش").speaker
    assert relayed.label == "مصدر في الوفد" and relayed.type == "anonymous"   # not the channel
    assert by_text(quotes, "البناءة").speaker is None


def test_what_someone_may_say_is_not_carried_to_the_last_speaker(article):
    quotes = only(article(
        "وقال الوزير خالد العمري إن التصنيف مهم للجامعات. وقد يتساءل البعض عن مصداقية هذا "
        "التصنيف، وقد يقول إنه منحاز ضد جامعاتنا.\n"))
    assert by_text(quotes, "التصنيف مهم للجامعات").speaker.label == "خالد العمري"
    assert by_text(quotes, "منحاز ضد جامعاتنا").speaker is None


def test_a_title_ending_in_a_name_no_list_knows_is_someone_new(article):
    quotes = only(article(
        "وقال الممثل التجاري الأمريكي مايكل فرومان إن المحادثات مثمرة.\n"
        "وألمح ممثل نيوزيلندا تيم غروزر إلى أن الألبان ما زالت من القضايا الخلافية.\n"
        "وقال «لن نوقع اتفاقا لا يفتح الأسواق».\n"))
    assert by_text(quotes, "المحادثات مثمرة").speaker.label == "مايكل فرومان"
    hinted = by_text(quotes, "الألبان ما زالت من القضايا الخلافية").speaker
    assert hinted.label == "ممثل نيوزيلندا تيم غروزر"
    assert by_text(quotes, "لن نوقع اتفاقا لا يفتح الأسواق").speaker == hinted


def test_a_singular_verb_after_two_people_named_together_is_neither_for_sure(article):
    quotes = only(article(
        "وقال الوزير خالد العمري إن الفريق جاهز. وقد عقد رئيس النادي أحمد خواجة ومدرب الفريق "
        "عبود الخضري اجتماعًا مطولًا، وقال موجهًا حديثه للاعبين: «المباراة مهمة بالنسبة لكم».\n"))
    assert by_text(quotes, "المباراة مهمة بالنسبة لكم").speaker is None


def test_one_quoted_word_is_a_term_unless_a_report_gives_it(article):
    quotes = extract_all(article(
        "خبر\n\nوشرح المدرب التكتيكات للاعبين عبر عرض مرئي «فيديو» كشف من خلاله نقاط الضعف. "
        "وقال الجبالي إن تلك الادعاءات مجرد «افتراءات».\n"))
    assert by_text(quotes, "فيديو").kind == "term"
    assert by_text(quotes, "افتراءات").kind == "statement"


def test_in_answer_to_a_question_is_how_he_spoke_not_who(article):
    quotes = only(article(
        "ونفى متحدث باسم الوزارة توجيه تلك التهديدات، وقال ردا على استفسار: «لا وجود لمثل هذا "
        "التهديد».\n"))
    assert by_text(quotes, "لا وجود لمثل هذا التهديد").speaker.label == "متحدث باسم الوزارة"


def test_i_said_is_no_ones_name(article):
    quotes = only(article(
        "ولكنني أغبطك على هذا الموقف، فقال الرجل: لماذا تغبطني يا ابني، قلت: لأنك تعرف أبي.\n"))
    assert [q.speaker.label for q in quotes if q.speaker] == ["الرجل"]


def test_a_participle_goes_on_with_the_verb_after_an_opening_phrase(article):
    quotes = only(article(
        "قال جيراردو مارتينو مدرب الأرجنتين إن ميسي تعرض لانتقادات كثيرة. وانتقده دييجو "
        "مارادونا الذي قال إن اللاعب بات مدللا. ورغم ذلك دافع مارتينو - الذي درب ميسي في "
        "برشلونة - عن اللاعب قائلا إنه سيبقي عليه في التشكيلة.\n"))
    assert by_text(quotes, "سيبقي عليه في التشكيلة").speaker.label == "جيراردو مارتينو"


def test_a_subheading_with_a_rank_like_word_names_nobody(article):
    quotes = only(article(
        "وقال اللاعب حمد الجهيم إن الدوري جميل.\nاحترام الرائد للميثاق قادني للفتح\n"
        "وأبان بأنه وجد العرض هو الأفضل.\n"))
    assert by_text(quotes, "وجد العرض هو الأفضل").speaker is None or \
        by_text(quotes, "وجد العرض هو الأفضل").speaker.label == "حمد الجهيم"


def test_terms_are_not_attributed(article):
    quotes = only(article(
        "وقال ترامب في مقابلة مع شبكة “فوكس نيوز” إن المحادثات جيدة.\n"
        "وذكرت وكالة «تاس» الروسية أن اللقاء مهم جدا للبلدين.\n"
        "وعقد اللقاء في قاعدة \"إلمندورف ريتشاردسون\" العسكرية.\n"))
    for name in ("فوكس نيوز", "تاس", "إلمندورف ريتشاردسون"):
        quote = by_text(quotes, name)
        assert quote.kind == "term" and quote.speaker is None
    agency = by_text(quotes, "اللقاء مهم جدا للبلدين")
    assert not agency.direct and agency.speaker is not None and "تاس" in agency.speaker.label
    assert agency.speaker.type == "organisation"


def test_indirect_speech_is_a_statement_marked_indirect(article):
    quotes = only(article(
        "وأعلن الرئيس الكيني جوزيف موانغي، في ختام محادثات طويلة في نيروبي، أن البلدين "
        "اتفقا على تشكيل لجنة مشتركة.\n"))
    quote = by_text(quotes, "البلدين اتفقا على تشكيل لجنة مشتركة")
    assert quote.kind == "statement" and not quote.direct and quote.speaker.label == "جوزيف موانغي"


def test_a_report_in_the_speakers_own_words_is_not_also_indirect(article):
    quotes = only(article("وأكد بوتين أن \"المحادثات سارت على نحو جيد للغاية\".\n"))
    assert [q.direct for q in quotes] == [True]


def test_quotes_package_never_imports_textual():
    code = ("import sys, tui.quotes, tui.quotes.analysis, tui.commands.quotes, "
            "tui.commands.statements, tui.commands.discrepancies; "
            "from tui.corpus import load_corpus; tui.quotes.analyze(load_corpus()); "
            "print('textual' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_a_coordinated_second_report_keeps_its_speaker(article):
    quotes = only(article(
        "وقالت الوزيرة الإيطالية جوليا روزيتي إن إيطاليا \"تراهن على شريك موثوق\"، "
        "وإن بلادها ستستقبل مهندسين للتدريب.\n"))
    second = by_text(quotes, "بلادها ستستقبل مهندسين للتدريب")
    assert not second.direct and second.speaker.label == "جوليا روزيتي"


def test_a_clause_with_a_quotation_inside_is_both_reported_and_quoted(article):
    quotes = only(article(
        "قالت الوزيرة جوليا روسيتي إن الاتفاق الموقع مع الوزير «سيخلق آلاف الوظائف».\n"))
    clause = by_text(quotes, "الاتفاق الموقع مع الوزير «سيخلق آلاف الوظائف»")
    quoted = by_text(quotes, "سيخلق آلاف الوظائف")
    assert not clause.direct and quoted.direct and quoted.kind == "statement"
    assert clause.speaker == quoted.speaker and quoted.speaker.label == "جوليا روسيتي"


def test_attribution_words_without_a_verb(article):
    quotes = only(article(
        "وبحسب المتحدث باسم الشركة ماركوس فيلر، فإن الأجور ستزيد الشهر المقبل.\n"
        "«نحن راضون عن النتيجة»، على حد تعبير الكاتب العام للنقابة يوسف الإدريسي.\n"))
    assert by_text(quotes, "الأجور ستزيد الشهر المقبل").speaker.label == "ماركوس فيلر"
    assert by_text(quotes, "نحن راضون عن النتيجة").speaker.label == "يوسف الإدريسي"


def test_a_bare_title_is_the_office_holder_last_named(article):
    quotes = only(article(
        "حضر وزير النقل عادل بن عيسى الجلسة مع ممثلي الشركة.\n"
        "وتحدث ممثلو النقابة عن مطالبهم.\n"
        "وأكد الوزير أن «الاتفاق يضمن حقوق الجميع».\n",
        "وقال وزير النقل عادل بنعيسى: «جنبنا الاقتصاد خسائر كبيرة».\n"))
    minister = by_text(quotes, "الاتفاق يضمن حقوق الجميع").speaker
    assert minister is not None
    assert by_text(quotes, "جنبنا الاقتصاد خسائر كبيرة").speaker == minister


def test_tanween_marks_quoted_words_not_a_name(article):
    quotes = only(article("وأضاف أن الحكومة ستراقب تطبيق الاتفاق «بندًا بندًا».\n"))
    assert by_text(quotes, "بندًا بندًا").kind == "statement"


def test_a_title_with_a_possessive_and_a_construct_office(article):
    quotes = only(article(
        "ورحبت نقابة المخابز بالقرار، وقال نقيبها زياد حداد إن \"الخطوة جاءت متأخرة\".\n"
        "\"القرار متأخر\"، قال نقيب أصحاب المخابز زياد حدّاد للصحفيين.\n"
        "وتعهد رئيس الوزراء سمير الخطيب بمزيد من الإجراءات، وقال: «سنراجع الأسعار».\n"))
    assert {by_text(quotes, t).speaker.label for t in ("الخطوة جاءت متأخرة", "القرار متأخر")} \
        <= {"زياد حداد", "زياد حدّاد"}
    assert by_text(quotes, "سنراجع الأسعار").speaker.label == "سمير الخطيب"


def test_english_quotes_after_a_reporting_verb_and_a_comma(article):
    quotes = only(article('Putin said, "We will meet again." He added: "Soon."\n'
                          'The Kremlin said that the talks went well.\n'))
    assert by_text(quotes, "We will meet again.").kind == "statement"
    assert by_text(quotes, "We will meet again.").speaker.label == "Putin"
    assert by_text(quotes, "Soon.").speaker == by_text(quotes, "We will meet again.").speaker
    # English reported speech without quotation marks is not extracted (the English
    # paragraphs news carries are translations of the Arabic)
    assert not [q for q in quotes if q.text == "the talks went well"]


def test_a_reported_clause_ends_where_a_verb_with_its_own_that_begins(tmp_path):
    """"…، وبين أن …": بيّن with its أن opens another report; the first clause ends there."""
    from tui.corpus import load_corpus
    from tui.quotes.analysis import extract_all

    (tmp_path / "a.txt").write_text(
        "خبر\n\nوأكد رئيس اللجنة عبدالعزيز المهوس أن اللجنة ستركز على إحصاء حركة السوق، "
        "وبين أن ما يتم تداوله من أسعار عالية لا ينبغي الالتفات إليه.\n", encoding="utf-8")
    texts = [q.text for q in extract_all(load_corpus(tmp_path))]
    assert "اللجنة ستركز على إحصاء حركة السوق" in texts
    assert "ما يتم تداوله من أسعار عالية لا ينبغي الالتفات إليه" in texts


def test_the_quoted_name_of_an_event_a_field_or_a_work_is_a_term(article):
    quotes = only(article(
        "اختتم المركز مهرجان «الملك سلمان في قلوب أطفال غزة» بخان يونس.\n"
        "وتوفر الكلية وظيفة معيد تخصص “هندسة مدنية – هندسة مساحة” للعام الدراسي.\n"
        "وقال المدير إن المهرجان «سيخلق فرصا جديدة للأطفال».\n"))
    for name in ("الملك سلمان في قلوب أطفال غزة", "هندسة مدنية – هندسة مساحة"):
        quote = by_text(quotes, name)
        assert quote.kind == "term" and quote.speaker is None
    assert by_text(quotes, "سيخلق فرصا جديدة للأطفال").kind == "statement"


def test_a_things_name_in_someones_clause_is_a_term_but_a_quoted_predicate_is_theirs(article):
    quotes = only(article(
        "ويبين الخباز أن اختلاف مسميات \"الخبز\" لا يفسد طعمه، وأنه شارك في مهرجانات مثل "
        "\"الجنادرية\".\nوقال الوزير إن الحزب لم يعد يزوره لأنه «خذل» العملية.\n"))
    for name in ("الخبز", "الجنادرية"):
        assert by_text(quotes, name).kind == "term"
    assert by_text(quotes, "خذل").kind == "statement"


def test_a_clause_ends_before_what_the_speaker_did_next(article):
    quotes = only(article("وأوضح المدير أن الدورة الأولى استفاد منها 50 فتاة , داعيا الراغبين إلى "
                          "الاتصال بالجمعية.\n"))
    assert by_text(quotes, "الدورة الأولى استفاد منها 50 فتاة").form == "that"


def test_a_quoted_name_a_verb_of_their_clause_governs_is_their_words(article):
    quotes = only(article("واعتبرت لجنة خبراء أن محاكمته لم تحترم “المعايير الدولية”، لكن السلطات "
                          "لم تقتنع.\n"))
    assert by_text(quotes, "المعايير الدولية").kind == "statement"


def test_quoted_adjectives_in_someones_clause_stay_their_words(article):
    quotes = only(article("ووصفها الجانبان بـ”البنّاءة” و”المنتجة للغاية”.\nوقال ترمب إنه لم يتوصل إلى "
                          "اتفاق بشأن القضية «الأهم على الأرجح» في اجتماعهما.\n"))
    for words in ("المنتجة للغاية", "الأهم على الأرجح"):
        assert by_text(quotes, words).kind == "statement"


def test_forgetting_the_word_caches_empties_them_and_extraction_gives_the_same(article):
    from tui.quotes import entities, forget_word_caches, lexicon, tokens
    corpus = article("وقال وزير الخارجية عادل الجبير إن الحل سياسي.\n")
    before = [(q.text, q.speaker.label if q.speaker else None) for q in only(corpus)]
    assert lexicon.reporting_word.cache_info().currsize > 0
    forget_word_caches()
    assert lexicon.reporting_word.cache_info().currsize == 0
    assert entities.name_keys.cache_info().currsize == 0 and tokens._recent[1] == {}
    assert [(q.text, q.speaker.label if q.speaker else None) for q in only(corpus)] == before


def test_a_report_goes_on_past_its_contrast_unless_another_report_follows(article):
    quotes = only(article(
        "وقال مدير الفرع خالد العمري إن الدفعة الأولى بلغت 118 مليون ريال، فيما سيتم صرف "
        "بقية المستحقات الشهر المقبل. وأوضح العمري أن عدد المستفيدين بلغ ألف مزارع، فيما "
        "أكد وكيل الوزارة سامي الحربي أن الصرف سيتم على دفعتين.\n"))
    by_text(quotes, "الدفعة الأولى بلغت 118 مليون ريال، فيما سيتم صرف بقية المستحقات الشهر "
                    "المقبل")
    first = by_text(quotes, "عدد المستفيدين بلغ ألف مزارع")
    second = by_text(quotes, "الصرف سيتم على دفعتين")
    assert first.speaker.label == "خالد العمري" and second.speaker.label == "سامي الحربي"


def test_and_if_goes_on_with_the_same_reported_clause(article):
    # «وإن لم …» is "and if not": more of what was said, not a second report of the verb
    texts = [q.text for q in only(article("خبر\n\nوأكد الإمام أن مرحلة الشباب مرحلة الحماسة، وإن لم "
                                          "تُرشّد هذه الحماسة انقلبت إلى فوضى.\n"))]
    assert "مرحلة الشباب مرحلة الحماسة، وإن لم تُرشّد هذه الحماسة انقلبت إلى فوضى" in texts
    assert not any(t.startswith("لم تُرشّد") for t in texts)


def test_a_prayer_and_during_are_not_reports(article):
    texts = [q.text for q in only(article(
        "خبر\n\nودعا الدكتور التركي في ختام بيانه بأن يحفظ الله المملكة قيادة وحكومة وشعبا، وأن "
        "يزيدها رفعة ومجدا، إنه ولي ذلك والقادر عليه.\nوقال الوزير إن المشروع ناجح، سائلا الله أن "
        "يحفظ للمملكة قادتها وأن يديم على شعبها الأمن.\nوعرض فيلم يحكي ما قدمه الملك إبان توليه "
        "الحكم في البلاد.\n"))]
    assert texts == ["المشروع ناجح"]


def test_inna_after_a_colon_is_reported_speech_not_his_own_words(article):
    # «وقال الحمدان: إن …» reports him (إنّ opens reported speech); a fact-checker must not
    # see it as a direct quotation; «إننا» keeps his own "we", «إن لم» is "if not"
    quotes = only(article(
        "خبر\n\nوقال سليمان الحمدان: إن الهيئة مستمرة في الترخيص للشركات الراغبة.\n"
        "وقال الوزير خالد العمري: إننا نعمل على تطوير القطاع كله.\n"
        "وقال قائد المنطقة سامي الحربي: إن لم يوجد تنسيق فإنه سيتم قريبا.\n"
        "وقال المدير فهد السالم: إنه «ليس هناك تحد أكبر من هذا».\n"))
    reported = by_text(quotes, "الهيئة مستمرة في الترخيص للشركات الراغبة")
    assert (reported.form, reported.direct, reported.speaker.label) == (
        "that", False, "سليمان الحمدان")
    assert not any(q.text.startswith("إن الهيئة") for q in quotes)
    assert by_text(quotes, "إننا نعمل على تطوير القطاع كله").direct
    assert by_text(quotes, "إن لم يوجد تنسيق فإنه سيتم قريبا").direct
    quoted = by_text(quotes, "ليس هناك تحد أكبر من هذا")
    assert quoted.direct and quoted.speaker.label == "فهد السالم"


def test_who_a_named_speaker_is_may_stand_between_made_clear_and_its_that(article):
    quotes = only(article(
        "«سابك»: لا فرص استثمارية لنا\n\nوبينت «سابك» على لسان يوسف البنيان، نائب رئيس مجلس "
        "إدارتها، أن الشركة تنظر إلى الأمور من ناحية الوضع التجاري.\nونفى البنيان، بيع «سابك» "
        "لأحد مصانعها إلى شركة «معادن»، وقال: «أخذنا جميع التغيرات الممكنة لأسعار النفط».\n"))
    made_clear = by_text(quotes, "الشركة تنظر إلى الأمور من ناحية الوضع التجاري")
    assert made_clear.speaker.label == "يوسف البنيان"
    # the company in quotation marks is what he denied selling, not who spoke after
    assert by_text(quotes, "أخذنا جميع التغيرات الممكنة لأسعار النفط").speaker.label \
        == "يوسف البنيان"


def test_an_object_after_when_it_was_said(article):
    # «هذا الأسبوع»، «قبل أيام»، «في أيار (مايو) الماضي» stand between the subject and the
    # object; «قبل سنوات ولمدة عشرة أعوام» is more of when, no object
    texts = {q.text: q for q in only(article(
        "خبر\n\nوأعلنت وزارة الخارجية هذا الأسبوع عزمها توفير غطاء جوي للمعارضة.\nوأعلن النادي "
        "قبل أيام توصله الى اتفاق مع مانشستر يونايتد.\nوأعلن الاتحاد الدولي في أيار (مايو) "
        "الماضي استخدام نظام جديد لمراقبي المباريات.\nعندما تقرأ التقويم الدراسي الذي أعلن قبل "
        "سنوات ولمدة عشرة أعوام تجد العجب.\n"))}
    assert texts["عزمها توفير غطاء جوي للمعارضة"].speaker.label == "وزارة الخارجية"
    assert texts["توصله الى اتفاق مع مانشستر يونايتد"].speaker.label == "النادي"
    assert texts["استخدام نظام جديد لمراقبي المباريات"].form == "object"
    assert not any(t.startswith("ولمدة") for t in texts)


def test_early_this_year_is_when_not_what_was_announced(article):
    texts = [q.text for q in only(article(
        "خبر\n\nوقال الوزير إن النمو سيصل إلى 5 في المائة دون تغيير عن التقديرات التي أعلنت أوائل "
        "العام الحالي.\n"))]
    assert not any("العام الحالي" == t or t.startswith("أوائل") for t in texts)
