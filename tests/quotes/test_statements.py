"""Grouping what the outlets report into statements."""

from __future__ import annotations

from tui.quotes import analyze
from tui.quotes.model import Speaker
from tui.quotes.statements import Record, _nodes, candidate_pairs, group_statements

PUTIN, TRUMP = Speaker("putin", "بوتين"), Speaker("trump", "ترامب")


def rec(source, text, speaker=PUTIN, direct=True, narration=False):
    return Record(source, 0, len(text), text, speaker, direct, None, narration)


def group_of(statements, source, text):
    for statement in statements:
        if any(m.source_id == source and m.text == text for m in statement.members):
            return statement
    raise AssertionError(f"{text!r} is in no statement")


def test_spelling_variants_are_verbatim():
    statements = group_statements([
        rec("a", "أتفق مع ترمب على ضرورة ضمان أمن أوكرانيا لكن مع تلبية مطالبنا"),
        rec("b", "أتفق مع ترامب على ضرورة ضمان أمن أوكرانيا لكن مع تلبية مطالبنا"),
    ], ["a", "b", "c"])
    assert len(statements) == 1
    statement = statements[0]
    assert {m.relation for m in statement.members} == {"verbatim"}
    assert statement.missing_from == ("c",)
    assert statement.speaker == PUTIN


def test_truncation_and_paraphrase_join_one_statement():
    statements = group_statements([
        rec("a", "أسسنا اتصالات مباشرة جيدة للغاية مع ترامب يجب تخطي العداء مع أميركا إلى الحوار"),
        rec("b", "أسسنا اتصالات مباشرة جيدة للغاية مع ترمب"),
        rec("c", "على أوكرانيا وأوروبا عدم عرقلة التقدم المحرز عبر الاستفزازات والمؤامرات"),
        rec("d", "أوكرانيا وأوروبا يجب أن تتجنبا الاستفزازات والمؤامرات التي قد تعرقل التقدم الحاصل"),
    ], ["a", "b", "c", "d"])
    first = group_of(statements, "b", "أسسنا اتصالات مباشرة جيدة للغاية مع ترمب")
    assert {m.source_id for m in first.members} == {"a", "b"}
    assert {m.relation for m in first.members} <= {"verbatim", "near-verbatim"}
    second = group_of(statements, "c", "على أوكرانيا وأوروبا عدم عرقلة التقدم المحرز عبر الاستفزازات والمؤامرات")
    assert {m.source_id for m in second.members} == {"c", "d"}
    assert "paraphrase" in {m.relation for m in second.members}
    assert first is not second


def test_two_quotes_of_one_speaker_that_share_only_names_stay_apart():
    statements = group_statements([
        rec("a", "لقد طورت مع الرئيس ترامب علاقة عمل جيدة قائمة على الثقة"),
        rec("b", "نرى أن الرئيس ترامب يبدي اهتماما حقيقيا بفهم جوهر الأزمة"),
    ], ["a", "b"], names=["ترامب", "الرئيس ترامب", "بوتين"])
    assert len(statements) == 2
    assert all(len(s.members) == 1 for s in statements)


def test_two_wordings_from_one_source_join_only_when_nearly_the_same():
    statements = group_statements([
        rec("a", "نرى أن الإدارة الأمريكية وترامب يبذلان جهودا لحل الأزمة الأوكرانية"),
        rec("a", "نرى أن الإدارة الأمريكية والرئيس ترامب يبديان اهتماما حقيقيا بفهم جوهر الأزمة"),
        rec("b", "المحادثات القادمة في موسكو"),
        rec("b", "المحادثات القادمة ستعقد في موسكو", direct=False),
    ], ["a", "b"])
    by_source = {}
    for statement in statements:
        by_source.setdefault(frozenset(m.source_id for m in statement.members), []).append(statement)
    assert len(by_source[frozenset({"a"})]) == 2
    assert len(by_source[frozenset({"b"})]) == 1


def test_narration_joins_a_statement_but_never_makes_one():
    statements = group_statements([
        rec("a", "سارت على نحو جيد للغاية", speaker=Speaker("kremlin", "الكرملين")),
        rec("b", "وأنها سارت على نحو جيد للغاية.", speaker=None, direct=False, narration=True),
        rec("c", "وغادر الزعيمان المؤتمر دون أسئلة", speaker=None, direct=False, narration=True),
        rec("d", "وغادر الزعيمان المؤتمر دون أي أسئلة", speaker=None, direct=False, narration=True),
    ], ["a", "b", "c", "d"])
    assert len(statements) == 1
    assert {m.source_id: m.relation for m in statements[0].members}["b"] == "indirect"


def test_attribution_conflicts_are_flagged():
    statements = group_statements([
        rec("a", "لن نسمح بأن يتحول النهر إلى مصدر نزاع بين شعبينا", speaker=PUTIN),
        rec("b", "لن نسمح بأن يتحول النهر إلى مصدر نزاع بين شعبينا", speaker=TRUMP),
        rec("c", "لن نسمح بأن يتحول النهر إلى مصدر للنزاع بين شعبينا", speaker=PUTIN, direct=False),
    ], ["a", "b", "c"])
    assert len(statements) == 1
    notes = " ".join(statements[0].conflicts)
    assert "credited to different speakers" in notes
    assert "indirect" in notes


def test_blocking_skips_keys_that_everyone_shares():
    texts = [f"بوتين ترامب موسكو كلمة{chr(0x0628 + i)} أخرى{chr(0x0628 + i)} ثالثة{chr(0x0628 + i)}"
             for i in range(6)]
    nodes = _nodes([rec(str(i), t) for i, t in enumerate(texts)])
    assert candidate_pairs(nodes, limit=2) == set()
    assert candidate_pairs(nodes, limit=10)     # the shared words do pair them when usable


def test_identical_wording_is_compared_once_and_keeps_every_member():
    text = "لن نسمح بأن يتحول النهر إلى مصدر نزاع بين شعبينا"
    records = [rec(f"s{i}", text) for i in range(50)]
    assert len(_nodes(records)) == 1
    statements = group_statements(records, [f"s{i}" for i in range(51)])
    assert len(statements) == 1 and len(statements[0].members) == 50
    assert statements[0].missing_from == ("s50",)


def test_seed_statements_cover_every_outlet_and_name_the_missing(seeds):
    statements = analyze(seeds).statements
    assert statements
    for statement in statements:
        present = {m.source_id for m in statement.members}
        assert set(statement.missing_from) == set(seeds.ids) - present
        for member in statement.members:
            assert seeds.source(member.source_id).text[member.start:member.end] == member.text
            assert 0 <= member.score <= 100
    assert any(len(s.sources) == 1 for s in statements), "singletons are findings too"
    moscow = [s for s in statements if any("القادمة في موسكو" in m.text for m in s.members)]
    assert moscow and len(moscow[0].sources) >= 3


class _Stop(Exception):
    pass


def test_grouping_calls_its_tick_and_stops_when_it_raises(seeds):
    from tui.quotes.analysis import extract_all, group_records

    quotes = extract_all(seeds)
    calls = []
    assert group_records(seeds, quotes, lambda: calls.append(1))
    assert calls

    def stop():
        raise _Stop

    try:
        group_records(seeds, quotes, stop)
    except _Stop:
        pass
    else:
        raise AssertionError("the grouping went on after its tick raised")


def test_one_speaker_reworded_by_two_outlets_is_one_statement(article):
    corpus = article("خبر\n\nوقال وزير الخارجية عادل الجبير إن المملكة حريصة على تطوير علاقاتها مع "
                     "إيران شرط أن تغير سياستها.\n",
                     "خبر\n\nوأكد وزير الخارجية عادل الجبير أن المملكة تحرص على تطوير علاقاتها "
                     "بشكل جيد مع إيران.\n")
    analysis = analyze(corpus)
    joined = [s for s in analysis.statements if len(s.sources) == 2]
    assert len(joined) == 1 and joined[0].members[0].relation != "verbatim"


def test_two_speakers_rewording_alike_stay_apart(article):
    corpus = article("خبر\n\nوقال وزير الخارجية عادل الجبير إن المملكة حريصة على تطوير علاقاتها مع "
                     "إيران شرط أن تغير سياستها.\n",
                     "خبر\n\nوأكد وزير الخارجية الألماني فرانك فالتر شتاينماير أن بلاده تحرص على "
                     "تطوير علاقاتها بشكل جيد مع إيران.\n")
    analysis = analyze(corpus)
    assert not [s for s in analysis.statements if len(s.sources) == 2]


def test_a_surname_alone_in_one_article_is_the_full_name_in_another(article):
    corpus = article("خبر\n\nوقال المدرب البرتغالي جوزيه مورينيو: «لم أكن سعيدا بالطاقم الطبي».\n",
                     "خبر\n\nوقال مورينيو: «لم أكن سعيدا بأداء الجهاز الطبي».\n")
    speakers = {q.speaker.id for q in analyze(corpus).quotes if q.speaker is not None}
    assert len(speakers) == 1


def test_a_family_name_of_two_words_is_the_full_name_in_another(article):
    """"دي ماريا" in one article, "أنخيل دي ماريا" in another: one speaker. A given name and
    a family name ("كفاح محمد") are not "زينب محمد"."""
    corpus = article("خبر\n\nوقال اللاعب الأرجنتيني أنخيل دي ماريا: «الذهب طموحي».\n",
                     "خبر\n\nوقال دي ماريا: «سأبذل قصارى جهدي».\n",
                     "خبر\n\nوقالت الطالبة زينب محمد إن حالتها الصحية مستقرة تماما.\n",
                     "خبر\n\nوقال المستشار كفاح محمد إن الزيارة مهمة.\n")
    speakers = {q.speaker.label for q in analyze(corpus).quotes if q.speaker is not None}
    assert speakers == {"أنخيل دي ماريا", "زينب محمد", "كفاح محمد"}


def test_one_speaker_giving_a_statement_twice_in_one_article_is_one_statement(article):
    """One article gives the minister's statement twice in two wordings; with another
    outlet's wording, all three are one statement (not the other outlet's and one of them)."""
    corpus = article("خبر\n\nأكد وزير الخارجية عادل الجبير أن المملكة العربية السعودية حريصة على "
                     "تطوير علاقاتها بشكل جيد مع إيران شرط أن تغير سياستها. وقال الجبير إن "
                     "المملكة تحرص على تطوير علاقاتها بشكل جيد مع إيران.\n",
                     "خبر\n\nوقال وزير الخارجية عادل الجبير إن المملكة حريصة على تطوير علاقاتها "
                     "مع إيران شرط أن تغير سياستها.\n")
    analysis = analyze(corpus)
    joined = [s for s in analysis.statements if len(s.sources) == 2]
    assert len(joined) == 1
    assert sum(m.source_id == corpus.sources[0].id for m in joined[0].members) == 2


def test_a_title_alone_in_one_article_is_the_person_another_names_with_it(article):
    """One outlet gives only the office, another the office and the name: one speaker, when
    one person of the corpus holds that office; two who could hold it keep it apart."""
    corpus = article("خبر\n\nوقال رئيس اتحاد أمريكا الجنوبية لكرة القدم إن بلاتيني هو الأنسب.\n",
                     "خبر\n\nوقال رئيس اتحاد أمريكا الجنوبية لكرة القدم خوان أنخل نابوت إن "
                     "بلاتيني هو الرجل المناسب.\n")
    speakers = {q.speaker.label for q in analyze(corpus).quotes if q.speaker is not None}
    assert speakers == {"خوان أنخل نابوت"}


def test_a_title_two_named_people_hold_stays_the_title(article):
    corpus = article("خبر\n\nوقال رئيس اتحاد أمريكا الجنوبية لكرة القدم إن بلاتيني هو الأنسب.\n",
                     "خبر\n\nوقال رئيس اتحاد أمريكا الجنوبية لكرة القدم خوان أنخل نابوت إن "
                     "بلاتيني هو الرجل المناسب.\n",
                     "خبر\n\nوقال رئيس اتحاد أمريكا الجنوبية لكرة القدم السابق نيكولاس ليوز إن "
                     "الانتخابات مهمة.\n")
    labels = {q.speaker.label for q in analyze(corpus).quotes if q.speaker is not None}
    assert "رئيس اتحاد أمريكا الجنوبية لكرة القدم" in labels


def test_grouping_split_in_two_processes_gives_the_same_statements(seeds, monkeypatch):
    """A large folder's candidate search and scoring run half in a fork: the statements are
    those found in one process, and so when the fork cannot be had."""
    from tui.quotes import statements as module
    from tui.quotes.analysis import extract_all, group_records
    from tui.search import elsewhere

    quotes = extract_all(seeds)
    whole = group_records(seeds, quotes)
    monkeypatch.setattr(module, "SPLIT_NODES", 2)
    assert group_records(seeds, quotes) == whole
    monkeypatch.setattr(elsewhere, "start", lambda make: elsewhere._nothing)
    assert group_records(seeds, quotes) == whole


def test_records_from_plans_are_the_articles_records_and_wordings(seeds):
    """A record plan (made in the extraction pool) gives each article the records
    `source_records` makes and the wordings grouping would work out, and so the same
    statements; an article without a plan is worked out as before."""
    from tui.quotes.analysis import (extract_all, group_records, record_plan,
                                     records_and_wordings, records_for)
    from tui.quotes.attribute import extract_quotes
    from tui.quotes.features import Wordings

    quotes = extract_all(seeds)
    wordings = Wordings()
    # made from the quotations before speakers are linked, as the pool makes them
    plans = {s.id: record_plan(s, extract_quotes(s), wordings) for s in seeds.sources[::2]}
    records, known = records_and_wordings(seeds, quotes, plans=plans)
    assert records == records_for(seeds, quotes)
    fresh = Wordings()
    planned = {s.id for s in seeds.sources[::2]}
    assert any(w is not None for w in known) and None in known
    for record, wording in zip(records, known):
        assert (wording is None) == (record.source_id not in planned)
        if wording is not None:
            surface, keys = fresh(record.text)
            assert wording == (surface, tuple(keys))
    assert group_records(seeds, quotes, plans=plans) == group_records(seeds, quotes)


def test_a_headline_joins_its_own_articles_statement(article):
    """A headline "فلان: …" is its article's short form of a statement its body gives: it
    joins that statement (with another outlet's wording of it) though it comes from the
    same article and shares too few words with it for a paraphrase."""
    corpus = article("الجبير: على إيران تغيير سياساتها العدوانية .. وألمانيا تتفهم قلق الرياض\n\n"
                     "وقال وزير الخارجية عادل الجبير إنه يجب على إيران تغيير سياستها العدوانية "
                     "تلك إذا ما أرادت بالفعل علاقات تتسم بحسن الجوار والاحترام مع جيرانها. "
                     "وأضاف أن المباحثات مع نظيره الألماني تناولت الأزمة في اليمن وسوريا.\n",
                     "الجبير يلتقي شتاينماير في الرياض\n\nوقال وزير الخارجية عادل الجبير إنه "
                     "يجب على إيران تغيير سياستها العدوانية تلك إذا ما أرادت بالفعل علاقات حسن "
                     "جوار واحترام مع جيرانها. وعقد الوزيران مؤتمرا صحفيا مشتركا في ختام اللقاء.\n")
    analysis = analyze(corpus)
    headline = next(q for q in analysis.quotes if q.form == "headline")
    joined = group_of(analysis.statements, headline.source_id, headline.text)
    assert len(joined.sources) == 2 and len(joined.members) == 3


def test_a_headline_does_not_join_two_statements_of_its_body():
    """A headline that sums up two statements of its body joins one of them: the two stay
    two statements (each with another outlet's wording of it)."""
    jubeir = Speaker("person:عدل-جبر", "عادل الجبير", "person")
    headline = Record("a", 0, 40, "على إيران تغيير سياساتها العدوانية .. وألمانيا تتفهم قلق الرياض",
                      jubeir, False, None, headline=True)
    iran = "يجب على إيران تغيير سياستها العدوانية تلك إذا ما أرادت بالفعل علاقات حسن جوار"
    germany = "ألمانيا تتفهم قلق الرياض من السياسات الإيرانية في المنطقة"
    statements = group_statements([
        headline,
        rec("a", iran, jubeir, direct=False),
        rec("b", iran.replace("حسن جوار", "تتسم بحسن الجوار"), jubeir, direct=False),
        rec("a", germany, jubeir, direct=False),
        rec("b", germany.replace("السياسات الإيرانية", "سياسات إيران"), jubeir, direct=False),
    ], ["a", "b"])
    assert group_of(statements, "a", iran) is not group_of(statements, "a", germany)
    assert group_of(statements, "a", headline.text) in (group_of(statements, "a", iran),
                                                          group_of(statements, "a", germany))
    assert sum(len(s.members) for s in statements) == 5 and len(statements) == 2


SANAD = Speaker("person:عبدلرحمن-سند", "عبدالرحمن السند", "person")
ATTACK_QUOTE = (
    "هذا التفجير يعد جرما عظيما وعدوانا كبيرا يستهدف رجال أمننا الذين يعملون لخدمة هذا الوطن "
    "وأمنه وراحة مواطنيه، ولا أدل على شناعة هذه العملية وخبث منفذها من استهدافه لرجال الأمن "
    "وهم يصلون في المسجد، وقتل النفس المعصومة من كبائر الذنوب والموبقات التي حذر النبي منها، "
    "وهذا الحادث الإجرامي لا يخدم إلا أعداء الإسلام ومن يريدون النيل منه وتشويهه بأعمالهم "
    "الشنيعة وجرائمهم النكراء، وهو ظلم وبغي تأباه الشريعة وتنكره الفطر السوية وترده العقول السليمة")
ATTACK_NEWS = [
    rec("c", "أعلنت وزارة الداخلية أن التحقيقات جارية لمعرفة هوية منفذ الهجوم", None, False, True),
    rec("c", "وسقط في الهجوم عدد من رجال قوات الطوارئ الخاصة في منطقة عسير", None, False, True),
    rec("d", "ودعا إلى الوقوف صفا واحدا حول ولاة الأمر لحفظ أمن الوطن", SANAD, direct=False)]


def test_a_summary_of_part_of_a_long_quotation_joins_it():
    """One outlet sums up, in its own words, part of a long quotation another gives whole:
    nearly all its words are in the quotation, two runs of them in its order, but they are
    too few of the quotation's for a paraphrase. One speaker said both: one statement."""
    summary = "التفجير جرم عظيم وعدوان كبير يستهدف رجال الأمن"
    statements = group_statements([rec("a", ATTACK_QUOTE, SANAD),
                                   rec("b", summary, SANAD, direct=False)] + ATTACK_NEWS,
                                  ["a", "b", "c", "d"])
    assert group_of(statements, "b", summary) is group_of(statements, "a", ATTACK_QUOTE)


def test_a_summary_joins_only_its_speakers_quotation_and_only_in_its_order():
    other = Speaker("person:محمد-عسى", "محمد العيسى", "person")
    summary = "التفجير جرم عظيم وعدوان كبير يستهدف رجال الأمن"
    scattered = "الأمن رجال يستهدف كبير وعدوان عظيم جرم التفجير"
    for short, speaker in ((summary, other), (scattered, SANAD)):
        statements = group_statements([rec("a", ATTACK_QUOTE, SANAD),
                                       rec("b", short, speaker, direct=False)] + ATTACK_NEWS,
                                      ["a", "b", "c", "d"])
        assert group_of(statements, "b", short) is not group_of(statements, "a", ATTACK_QUOTE)


def test_one_body_under_two_names_is_one_speaker():
    """«هيئة كبار العلماء» in one outlet, «الأمانة العامة لهيئة كبار العلماء» in another: the
    same words are one statement. «وزارة الخارجية» and «وزارة الخارجية الأمريكية» are not one
    body: their like words stay two statements."""
    ulama = Speaker("org:هئه-كبر-علمء", "هيئة كبار العلماء", "organisation")
    secretariat = Speaker("org:امنه-عمه-هئه-كبر-علمء", "الأمانة العامة لهيئة كبار العلماء",
                          "organisation")
    ministry = Speaker("org:وزره-خرجه", "وزارة الخارجية", "organisation")
    american = Speaker("org:وزره-خرجه-امركه", "وزارة الخارجية الأمريكية", "organisation")
    first = "اقتحام قوات الاحتلال للمسجد الأقصى انتهاك لحرمته واستفزاز لمشاعر المسلمين"
    second = "انتهاكات قوات الاحتلال للأقصى استفزاز لمشاعر المسلمين"
    news = [rec("c", "وأغلقت قوات الاحتلال بوابات المسجد ومنعت المصلين من الدخول", None, False,
                True),
            rec("c", "ودعت الهيئة الدول الإسلامية إلى نصرة الشعب الفلسطيني", ulama, False)]
    for a, b, joined in ((ulama, secretariat, True), (ministry, american, False)):
        statements = group_statements([rec("a", first, a, direct=False),
                                       rec("b", second, b, direct=False)] + news,
                                      ["a", "b", "c"])
        same = group_of(statements, "a", first) is group_of(statements, "b", second)
        assert same == joined, (a.label, b.label)


def test_a_state_and_its_capital_are_one_voice():
    # "مملكة البحرين" in one outlet, "المنامة" in another: the same government, so the two
    # renderings of its words are one statement with no attribution conflict (two states'
    # words joined would carry one)
    bahrain, manama = Speaker("org:ملكه-بحرن", "مملكة البحرين"), Speaker("org:منمه", "المنامة")
    tehran = Speaker("org:طهرن", "طهران")
    first = "تلك التصريحات المؤسفة والمتكررة لا تعكس مطلقا أية نوايا حقيقية للجمهورية الإيرانية"
    second = "تلك التصريحات المؤسفة والمتكررة لا تجسد مطلقًا أية نوايا حقيقية لإيران في إرساء علاقات"
    statements = group_statements([rec("a", first, bahrain), rec("b", second, manama)], ["a", "b"])
    assert len(statements) == 1 and not statements[0].conflicts
    other = group_statements([rec("a", first, bahrain), rec("b", second, tehran)], ["a", "b"])
    assert all(s.conflicts for s in other if len(s.members) > 1)
