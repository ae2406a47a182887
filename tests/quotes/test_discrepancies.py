"""Facts stated differently across outlets."""

from __future__ import annotations

from tui.quotes import find_discrepancies


def topics(discrepancies):
    return {d.topic: d for d in discrepancies}


def test_meeting_duration_differs_in_the_seeds(seeds):
    found = topics(find_discrepancies(seeds))
    duration = found["duration of the meeting"]
    values = {c.source_id: c.value for c in duration.claims}
    assert values["s1"] == "about 3 h"
    assert values["s3"] == "2 h 45 min"
    for claim in duration.claims:
        assert seeds.source(claim.source_id).text[claim.start:claim.end] == claim.text


def test_name_spellings_in_the_seeds(seeds):
    found = find_discrepancies(seeds)
    spellings = [{c.value for c in d.claims} for d in found if d.topic.startswith("spelling")]
    for pair in ({"دارتشييف", "دارشييف"}, {"أنكوريج", "أنكوراج"},
                 {"ريتشاردسون", "ديتشاردسون"}, {"ترامب", "ترمب"}):
        assert any(pair <= values for values in spellings), pair
    # two people whose first names share a key are not one name spelt twice
    assert not any({"فلاديمير", "فولوديمير"} <= values for values in spellings)


def test_word_numerals_and_fractions(extra):
    duration = topics(find_discrepancies(extra))["duration of the meeting"]
    assert {c.source_id: c.value for c in duration.claims} == {
        "a1": "4 h", "a2": "3 h 30 min", "a3": "about 4 h"}


def test_spelling_claims_cite_the_name_without_its_clitics(extra):
    for discrepancy in find_discrepancies(extra):
        for claim in discrepancy.claims:
            assert extra.source(claim.source_id).text[claim.start:claim.end] == claim.text
            if discrepancy.topic.startswith("spelling"):
                assert not claim.text.startswith("و") or claim.text == claim.value


def test_agreement_is_not_a_finding(article):
    corpus = article("استمر الاجتماع نحو ساعتين في المدينة.\n", "دام اللقاء ساعتين كاملتين.\n")
    assert not any(d.topic.startswith("duration") for d in find_discrepancies(corpus))


def test_ninety_minutes_and_an_hour_and_a_half_agree(article):
    corpus = article("بعد مباحثات دامت ساعة ونصف.\n", "عقب اجتماع استمر 90 دقيقة مع الوزيرة.\n")
    assert not any(d.topic.startswith("duration") for d in find_discrepancies(corpus))


def test_amounts_of_the_same_thing_that_differ(article):
    corpus = article(
        "اتفاق لتصدير 12 مليار متر مكعب من الهيدروجين سنوياً.\n",
        "الجزائر ستصدر 10 مليارات متر مكعب من الهيدروجين الأخضر سنوياً.\n"
        "وبلغت قيمة الصفقة 3 مليارات دولار.\n")
    amounts = [d for d in find_discrepancies(corpus) if d.topic.startswith("amount")]
    assert len(amounts) == 1
    assert {c.source_id: c.text for c in amounts[0].claims} == {
        "t1": "12 مليار متر مكعب", "t2": "10 مليارات متر مكعب"}


def test_years_said_about_the_same_thing(article):
    corpus = article("سيبدأ الضخ عبر الخط الجديد قبل نهاية عام 2027.\n",
                     "وذكرت صحيفة أن الضخ عبر الخط سيبدأ في 2028 وليس في 2027.\n"
                     "وكانت الحرب قد بدأت في 2022.\n")
    years = [d for d in find_discrepancies(corpus) if d.topic == "year"]
    assert len(years) == 1
    assert sorted(c.value for c in years[0].claims) == ["2027", "2027", "2028"]


def test_comparing_facts_calls_its_tick_for_each_source_and_stops_when_it_raises(seeds):
    from tui.quotes.discrepancies import find_discrepancies

    calls = []
    assert find_discrepancies(seeds, tick=lambda: calls.append(1)) == find_discrepancies(seeds)
    assert len(calls) >= 2 * len(seeds.sources)     # each pass over the sources

    class Stop(Exception):
        pass

    def stop():
        raise Stop

    try:
        find_discrepancies(seeds, tick=stop)
    except Stop:
        pass
    else:
        raise AssertionError("comparing facts went on after its tick raised")


def spellings_of(corpus):
    return [{c.value for c in d.claims} for d in find_discrepancies(corpus)
            if d.topic.startswith("spelling")]


def test_two_forms_of_a_common_word_are_not_a_spelling(article):
    corpus = article("خبر\n\nأكد مدير الهيئة العامة للسياحة أن «سياحة عسير» تنمو، وعلى إيران تغيير "
                     "سياستها.\n",
                     "خبر\n\nنفذت الهيئة جولات على المنشآت السياحية، ونأمل أن تغير إيران موقفها، "
                     "وأعلنت «لجنة مشتركة» ذلك لقناة الأفق.\n")
    assert spellings_of(corpus) == []


def test_a_name_after_its_title_or_nationality_spelt_two_ways_is_a_finding(article):
    corpus = article("خبر\n\nوحضر النجم الأرجنتيني دييغو مارادونا والمدرب سالي مونتاري.\n",
                     "خبر\n\nوحضر النجم الأرجنتيني دييجو مارادونا والمدرب سولي مونتاري.\n")
    found = spellings_of(corpus)
    assert any({"دييغو", "دييجو"} <= values for values in found)
    assert any({"سالي", "سولي"} <= values for values in found)


def test_words_that_only_share_a_key_with_a_name_are_no_spelling_of_it(article):
    corpus = article("خبر\n\nقال الوزير إن الوضع في سورية صعب، وإن استشهاد الجنود مؤلم لأهل اليمن.\n",
                     "خبر\n\nقال الوزير في زيارة إن الجنود استشهد منهم عشرة من اليمنيين.\n")
    assert spellings_of(corpus) == []


def spelt(discrepancies):
    return [{c.value for c in d.claims} for d in discrepancies if d.topic.startswith("spelling")]


def test_a_compound_name_written_apart_in_one_outlet_and_joined_in_another(article):
    corpus = article("خبر\n\nوقال الرئيس اليمني عبد ربه منصور هادي إن الحرب ستنتهي.\n",
                     "خبر\n\nوقال الرئيس اليمني عبدربه منصور هادي إن الحرب ستنتهي قريبا.\n")
    assert {"عبد ربه", "عبدربه"} in spelt(find_discrepancies(corpus))


def test_a_compound_with_abu_written_apart_in_one_outlet_and_joined_in_another(article):
    corpus = article("خبر\n\nبعدما تقدمت قناة «أبوظبي الرياضية» بطلب نقل اللقاء حصريا.\n",
                     "خبر\n\nلن تكون المباراة منقولة على قناة أبو ظبي الرياضية اليوم.\n")
    assert {"أبو ظبي", "أبوظبي"} in spelt(find_discrepancies(corpus))


def test_two_people_named_abdullah_are_no_spelling(article):
    corpus = article("خبر\n\nوقال الأمير عبد الله بن مساعد إن الموسم ناجح.\n",
                     "خبر\n\nوقال اللاعب عبدالله الشهيل إن الموسم صعب.\n")
    assert not any("عبدالله" in values for values in spelt(find_discrepancies(corpus)))


def test_a_country_ending_in_alif_or_ta_marbuta(article):
    corpus = article("خبر\n\nوقال وزير الخارجية عادل الجبير إن لا مستقبل للأسد في سوريا.\n",
                     "خبر\n\nوقال وزير الخارجية عادل الجبير إن لا مستقبل للأسد في سورية.\n")
    assert {"سوريا", "سورية"} in spelt(find_discrepancies(corpus))


def test_two_names_that_share_a_key_but_differ_by_more_than_a_letter(article):
    """سلمان and سالمين share a key once vowels are folded; they are two names."""
    corpus = article("خبر\n\nوقال المدرب السعودي سلمان الحربي إن الفريق جاهز.\n",
                     "خبر\n\nوقال المدرب الإماراتي سالمين خميس إن الفريق جاهز.\n")
    assert not any({"سلمان", "سالمين"} <= values for values in spelt(find_discrepancies(corpus)))


def test_a_range_both_outlets_give_is_no_disagreement(article):
    corpus = article("خبر\n\nوكان متهما بأعمال عنف تلت الانتخابات بين عامي 2007 و2008 في كينيا.\n",
                     "خبر\n\nوكان متهما بأعمال العنف التي تلت الانتخابات في نهاية 2007 ومطلع 2008 "
                     "في كينيا.\n")
    assert not [d for d in find_discrepancies(corpus) if d.topic == "year"]


def test_a_verbs_past_and_present_are_no_spelling(article):
    corpus = article("خبر\n\nوقال المدرب البرتغالي جوزيه مورينيو إن اللاعب وانضم إلى الفريق.\n",
                     "خبر\n\nوقال المدرب البرتغالي جوزيه مورينيو إن اللاعب وينضم إلى الفريق.\n")
    assert not [d for d in find_discrepancies(corpus) if "وينضم" in d.topic]


def test_name_pairs_are_what_a_pattern_of_a_run_spaces_and_a_run_finds():
    """The words of four letters or more followed by another with only spaces between,
    taken from the words' matches, are the pairs a scan of the text with one pattern gives
    (short words, digits, marks, punctuation and every kind of space between)."""
    import random
    import re

    from tui.quotes.discrepancies import _NAME_TOKEN, _match_group, _name_pairs

    pattern = re.compile(r"(?<![\u0621-\u064a\u0640])([\u0621-\u064a\u0640]{4,})"
                         r"(?=\s+([\u0621-\u064a\u0640]{4,}))")
    rng = random.Random(5)
    letters = "بوتينترامبـ"
    between = [" ", "  ", "\n", "\u00a0", "\u2009", " في ", "، ", "\u064e ", " 12 ", "-", " x "]
    found_any = False
    for _ in range(500):
        parts = []
        for _ in range(rng.randint(0, 12)):
            parts.append("".join(rng.choices(letters, k=rng.randint(1, 7))))
            parts.append(rng.choice(between))
        text = "".join(parts)
        matches = list(_NAME_TOKEN.finditer(text))
        got = _name_pairs(text, matches, list(map(_match_group, matches)))
        assert got == pattern.findall(text), text
        found_any = found_any or bool(got)
    assert found_any


def test_spelling_groups_are_their_keys_spellings_side_by_side_without_copies():
    """Each group holds its keys' spellings in the order the keys and spellings were met,
    with the places merging copies of them gave, and the same arrays (not copies)."""
    import random
    from array import array
    from collections import defaultdict

    from tui.quotes.discrepancies import _spelling_groups

    rng = random.Random(11)
    for _ in range(50):
        keys = [f"k{n}" for n in range(rng.randint(1, 12))]
        root = {k: rng.choice(keys[:n + 1]) for n, k in enumerate(keys)}
        by_key, form = {}, 0
        for key in rng.sample(keys, len(keys)):
            by_key[key] = {}
            for _ in range(rng.randint(1, 3)):
                form += 1
                by_key[key][f"f{form}"] = array("i", [rng.randrange(99) for _ in range(6)])
        merged: dict = defaultdict(lambda: defaultdict(lambda: array("i")))
        for key, forms in by_key.items():           # the way before: each place copied
            for spelling, places in forms.items():
                merged[root[key]][spelling].extend(places)
        arrays = {s: places for forms in by_key.values() for s, places in forms.items()}
        groups = _spelling_groups(by_key, root.__getitem__)
        assert [(r, list(forms.items())) for r, forms in groups.items()] == \
            [(r, list(forms.items())) for r, forms in merged.items()]
        assert all(places is arrays[s] for forms in groups.values()
                   for s, places in forms.items())


def test_two_given_names_a_letter_apart_are_two_names(article):
    """سعود and سعيد share a key once vowels are folded and differ by one letter; both are
    given names, so they name two people, not one spelt two ways."""
    corpus = article("خبر\n\nوقال المدير العام للمعرض الأمير سعود بن خالد إن المعرض ناجح.\n",
                     "خبر\n\nوقال المدير العام للمعرض الأمير سعيد بن خالد إن المعرض ناجح.\n")
    assert not any({"سعود", "سعيد"} <= values for values in spelt(find_discrepancies(corpus)))


def test_a_surname_followed_by_other_words_in_each_outlet_is_still_one_name(article):
    """غروس and جروس are each followed by a common word, not by two other surnames: the
    words after a name tell two people apart only when they are names themselves."""
    corpus = article("خبر\n\nوتم اختيار اللاعب عن طريق المدرب السويسري كريستيان غروس بسرية تامة.\n",
                     "خبر\n\nواعتمد المدرب السويسري كريستيان جروس برنامج الفريق في لوزان.\n")
    assert any({"غروس", "جروس"} <= values for values in spelt(find_discrepancies(corpus)))


def test_a_given_name_and_a_word_with_another_vowel_are_no_spelling(article):
    """أمين is a given name (and a mayor's title); الأمان (safety) shares its key."""
    corpus = article("خبر\n\nوقال الأمين العام أمين الطائف محمد المخرج إن الحفل ناجح.\n",
                     "خبر\n\nوقال المهندس أمين الطائف إن الحفل أقيم في أجواء من الأمان.\n")
    assert not any({"أمين", "أمان"} <= values for values in spelt(find_discrepancies(corpus)))


def test_a_long_name_with_its_vowels_written_in_other_places(article):
    corpus = article("خبر\n\nوقال اللاعب اليوناني يوانيس فيتفاتزيدس إنه سعيد.\n",
                     "خبر\n\nوقال اللاعب اليوناني يوانيس فتفاتزيديس إنه سعيد بالانضمام.\n")
    assert any({"فيتفاتزيدس", "فتفاتزيديس"} <= values
               for values in spelt(find_discrepancies(corpus)))


def test_the_adjective_syrian_is_no_spelling_of_syria(article):
    """السورية (Syrian) is written with ة; the country is written سوريا by both outlets."""
    corpus = article("خبر\n\nوقال وزير الخارجية عادل الجبير إن الأزمة السورية تتفاقم في سوريا.\n",
                     "خبر\n\nوقال وزير الخارجية عادل الجبير إن لا مستقبل للأسد في سوريا.\n")
    assert not any("سورية" in values for values in spelt(find_discrepancies(corpus)))


def test_an_outlet_that_leaves_a_figure_out_does_not_disagree(article):
    """One outlet gives the transfer fee and the salary, the other the fee alone."""
    corpus = article("خبر\n\nوبلغت قيمة صفقة انتقال اللاعب 14 مليون يورو، ويتقاضى 4 ملايين يورو "
                     "سنويا.\n",
                     "خبر\n\nوبلغت قيمة صفقة انتقال اللاعب 14 مليون يورو.\n")
    assert not [d for d in find_discrepancies(corpus) if d.topic.startswith("amount")]


def test_one_figure_in_words_and_in_digits_is_one_figure():
    from tui.quotes.statements import figures

    assert figures("شملت مائة ألف سلة غذائية بوزن 3 آلاف طن، و450 طناً من التمور") == \
        figures("شملت 100 ألف سلة غذائية بوزن 3000 طن، و 450 طناً من التمور") == \
        {"100000", "3000", "450"}
    assert figures("بلغ عددهم ستة ملايين معتمر") == figures("وصل عددهم الى (6) ملايين معتمر")


def test_a_sum_in_words_and_a_sum_in_grouped_digits_are_read_whole():
    from tui.quotes.statements import figures

    assert figures("بقيمة إجمالية تبلغ 32 مليونا و190 ألف ريال") == {"32190000"}
    assert figures("بقيمة إجمالية (32.190.385) ريالاً") == {"32190385"}


def fathers_names(corpus):
    return [{c.value for c in d.claims} for d in find_discrepancies(corpus)
            if d.topic.startswith("name given with and without the father's name")]


def test_a_name_given_with_the_fathers_name_in_one_outlet_and_without_in_another(article):
    corpus = article("خبر\n\nوقال المتحدث الرسمي العقيد محمد عبدالرحيم العاصمي إن الفرق باشرت "
                     "البلاغ. وأضاف العاصمي أن الشاب نقل إلى المستشفى.\n",
                     "خبر\n\nوقال المتحدث الرسمي العقيد محمد العاصمي إن الفرق باشرت البلاغ.\n")
    assert fathers_names(corpus) == [{"محمد عبدالرحيم العاصمي", "محمد العاصمي"}]


def test_a_full_name_then_a_short_one_in_one_article_is_one_way_of_naming(article):
    """The first mention is full and later ones short: that is no finding, nor is a
    first and last name given with two different fathers (two men, or one misnamed)."""
    corpus = article("خبر\n\nوقال المدير العام محمد بن سعد القحطاني إن العمل مستمر. وأكد المدير "
                     "العام محمد القحطاني أن الخطة جاهزة.\n",
                     "خبر\n\nوقال المدير العام محمد بن علي القحطاني إن العمل مستمر.\n",
                     "خبر\n\nوقال المدير العام محمد القحطاني إن العمل مستمر.\n")
    assert fathers_names(corpus) == []


def test_a_name_after_an_honorific_given_with_and_without_the_fathers_name(article):
    """«أمين العاصمة المقدسة الدكتور أسامة بن فضل البار»: the office is no title of the
    lexicon, the honorific before the name tells a person is named all the same."""
    corpus = article("خبر\n\nوأكد أمين العاصمة المقدسة الدكتور أسامة بن فضل البار أن الأمانة "
                     "حريصة على تطوير الخدمات.\n",
                     "خبر\n\nوأكد أمين العاصمة المقدسة الدكتور أسامة البار، أن الأمانة حريصة "
                     "على تطوير الخدمات.\n")
    assert fathers_names(corpus) == [{"أسامة بن فضل البار", "أسامة البار"}]


def test_two_names_that_share_keys_are_no_fathers_name_left_out(article):
    """«سعد بن محمد الحسين» and «سعود الحسن»: the variant keys meet (the long vowels
    dropped), the names do not; two men, not one named with and without his father."""
    corpus = article("خبر\n\nوقال المدير العام سعد بن محمد الحسين إن العمل مستمر.\n",
                     "خبر\n\nوقال المدير العام سعود الحسن إن العمل مستمر.\n")
    assert fathers_names(corpus) == []


def test_two_abdullahs_son_of_two_fathers_are_no_spelling(article):
    """«عبد الله بن مساعد» and «عبدالله بن جلوي»: the word after the name is بن in both,
    the father's name tells the two apart."""
    corpus = article("خبر\n\nوقال الأمير عبد الله بن مساعد إن الموسم ناجح.\n",
                     "خبر\n\nوقال الأمير عبدالله بن جلوي إن الموسم ناجح.\n")
    assert not any("عبدالله" in values for values in spelt(find_discrepancies(corpus)))


def test_an_amount_in_riyals_in_grouped_digits_and_in_words(article):
    corpus = article("خبر\n\nوأوضح أن المشروع سيتم إنجازه خلال سنتين بقيمة إجمالية (32.190.385) "
                     "ريالا.\n",
                     "خبر\n\nوأوضح أن المشروع سيتم إنجازه خلال سنتين بقيمة إجمالية تبلغ 32 مليونا "
                     "و190 ألف ريال.\n")
    amounts = [d for d in find_discrepancies(corpus) if d.topic == "amount in riyals"]
    assert [sorted(c.value for c in d.claims) for d in amounts] == [
        ["32,190,000 riyals", "32,190,385 riyals"]]
    assert {c.text for c in amounts[0].claims} == {"32.190.385) ريالا",
                                                   "32 مليونا و190 ألف ريال"}


def test_two_amounts_that_share_one_word_around_them_are_two_things(article):
    """«بلغت» around both says nothing of what each amount is: two words must agree."""
    corpus = article("خبر\n\nوبلغت قيمة عقد صيانة الطرق 50 مليون دولار.\n",
                     "خبر\n\nوبلغت أرباح الشركة الفصلية 40 مليون دولار.\n")
    assert not [d for d in find_discrepancies(corpus) if d.topic.startswith("amount")]


def test_a_name_given_with_its_clan_too_is_one_full_form_against_the_short_one(article):
    """«علي بن عمير آل حرمان الشهراني» in one outlet, «علي بن عمير الشهراني» in another and
    «علي الشهراني» in a third: the clan is more of the same full name, not a second father."""
    corpus = article("خبر\n\nصرح المتحدث الإعلامي المقدم علي بن عمير آل حرمان الشهراني أن الفرق "
                     "باشرت البلاغ.\n",
                     "خبر\n\nصرح المتحدث الإعلامي المقدم علي بن عمير الشهراني أن الفرق باشرت "
                     "البلاغ.\n",
                     "خبر\n\nصرح المتحدث الإعلامي المقدم علي الشهراني أن الفرق باشرت البلاغ.\n")
    found = fathers_names(corpus)
    assert len(found) == 1 and "علي الشهراني" in found[0]
