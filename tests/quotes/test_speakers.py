"""Speakers as the text names them: the constructions of Arabic news, one article at a time.

Each case is a sentence written the way news writes it; the speaker must be the subject of
the reporting construction, with its type, or unknown where the text does not say.
"""

from __future__ import annotations

import pytest

from tui.quotes import analyze
from tui.quotes.analysis import extract_all


def speaker_label(article, text, words):
    """The label of who said `words` in a one-article corpus of `text` (None: nobody)."""
    speaker = said(extract_all(article("خبر\n\n" + text + "\n")), words).speaker
    return speaker.label if speaker is not None else None


def said(quotes, text):
    found = [q for q in quotes if q.text == text]
    assert found, f"no quotation {text!r} in {[q.text for q in quotes]}"
    return found[0]


@pytest.mark.parametrize("sentence, words, label, kind", [
    # verb first, a title then a name, then a phrase that is not the subject (للصحفيين)
    ("وقال الطبيب الفرنسي جان مارتان للصحفيين: «الوضع الصحي مستقر».",
     "الوضع الصحي مستقر", "جان مارتان", "person"),
    # a title with no name is the speaker itself, not someone named earlier
    ("وفي عمان، أكد وزير الزراعة الأردني أن الموسم الحالي جيد جدا.",
     "الموسم الحالي جيد جدا", "وزير الزراعة الأردني", "person"),
    # a title of several words with باسم: never the preposition
    ("أعلن المتحدث باسم اللجنة أن الاجتماع المقبل سيعقد في الرياض.",
     "الاجتماع المقبل سيعقد في الرياض", "المتحدث باسم اللجنة", "person"),
    # an anonymous source is the whole phrase, not its last word
    ("وقالت مصادر أمنية تابعة للحكومة إن الهجوم أسفر عن مقتل ثلاثة أشخاص.",
     "الهجوم أسفر عن مقتل ثلاثة أشخاص", "مصادر أمنية تابعة للحكومة", "anonymous"),
    # subject first: أما … فـ
    ("أما الوزير خالد الروسان فشدد على أن الخطة ستنفذ كاملة.",
     "الخطة ستنفذ كاملة", "خالد الروسان", "person"),
    # دار and مجموعة head bodies: "دار الإفتاء", and a quoted name after them is theirs
    ("وأكدت دار الإفتاء المصرية أن الصيام واجب على المقيم.",
     "الصيام واجب على المقيم", "دار الإفتاء المصرية", "organisation"),
    ("وقال رئيس مجلس إدارة مجموعة «نيكاي» تسونيو كيتا في البيان نفسه «أشعر بفخر كبير».",
     "أشعر بفخر كبير", "تسونيو كيتا", "person"),
    # a senator is a title; his participle is his, not the last speaker's
    ("وقال وزير الخارجية محمد ظريف إن الاتفاق جيد. ورفض السناتور الجمهوري ميتش مكونيل زعيم "
     "الأغلبية في مجلس الشيوخ الطرح الذي قدمه الرئيس قائلا إن من السخف المجادلة.",
     "من السخف المجادلة", "ميتش مكونيل", "person"),
    # and so is his age in brackets, with how he said it after it
    ("ويقول المحامي محمد العربي (31 عامًا) بغضب: «لا نريد العنف في الملاعب».",
     "لا نريد العنف في الملاعب", "محمد العربي", "person"),
    # the speaker's age after the title is said of him: not part of who he is
    ("وقال المدافع البالغ من العمر 34 عاما لموقع النادي إن الفريق جاهز للموسم.",
     "الفريق جاهز للموسم", "المدافع", "person"),
    # a title ending with a coordinated definite noun, then a rank and the name
    ("كما أعلن مدير الإدارة العامة للعلاقات والإعلام العقيد محمد السعد أن العدد بلغ ألفا.",
     "العدد بلغ ألفا", "محمد السعد", "person"),
    # a coordination office is a body
    ("وأفادت المنسقية، في بيان لها صباح اليوم السبت، أن الطائرات قصفت أهدافا.",
     "الطائرات قصفت أهدافا", "المنسقية", "organisation"),
    # a given name that is also a time word, before a father's given name
    ("وقال فجر إبراهيم المدير الفني للمنتخب إن الاتحاد تدخل في شؤونه.",
     "الاتحاد تدخل في شؤونه", "فجر إبراهيم", "person"),
    # the researchers or the participants, named with the article, speak as a group
    ("وأوضح الباحثون أنه لا توجد أدلة كافية على ذلك.", "لا توجد أدلة كافية على ذلك",
     "الباحثون", "anonymous"),
    # to the outlet first, then the source or the body
    ("وأكد لـ\"الاقتصادية\" مصدر عسكري في وزارة الدفاع اليمنية أن القوات تقدمت نحو المدينة.",
     "القوات تقدمت نحو المدينة", "مصدر عسكري في وزارة الدفاع اليمنية", "anonymous"),
    ("وكشفت لـ\"الاقتصادية\" مصادر في وزارة النفط العمانية، عن دراسة لرفع الدعم عن البنزين.",
     "دراسة لرفع الدعم عن البنزين", "مصادر في وزارة النفط العمانية", "anonymous"),
    ("أما أمين عام الجمعية طوني قديسي فقد أكد من جهته، أن الوزارة ساهمت في نجاح الزيارة.",
     "الوزارة ساهمت في نجاح الزيارة", "طوني قديسي", "person"),
    # attribution after the quotation
    ("«لن نتراجع عن قرارنا»، قال المتحدث باسم الجيش العميد يحيى سريع.",
     "لن نتراجع عن قرارنا", "يحيى سريع", "person"),
    # a verb with a noun object instead of أن
    ("وأكدت الشرطة وقوع إصابات في صفوف المدنيين.",
     "وقوع إصابات في صفوف المدنيين", "الشرطة", "organisation"),
    # a relayed report: the source after عن speaks, not the agency that relayed it
    ("ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن المحادثات ستستأنف قريبا.",
     "المحادثات ستستأنف قريبا", "مسؤول أمريكي", "anonymous"),
    # a rank and honorific pronoun … an honorific abbreviation with its full stop
    ("وأوضح مدير عام الهيئة م. محمد العمرة أن الجولات مستمرة.",
     "الجولات مستمرة", "محمد العمرة", "person"),
    # an apposition set off by commas before the verb
    ("مدير الاتصال في الشركة، علي بن بخيت الزهراني، أفاد بأن الشركة تأسف لما حدث.",
     "الشركة تأسف لما حدث", "علي بن بخيت الزهراني", "person"),
    # كان … قد قال: the subject between كان and قد, the source's name in quotation marks
    ("وكانت وكالة ”شينخوا” قد ذكرت أن الاجتماع تأجل مرتين.",
     "الاجتماع تأجل مرتين", "وكالة ”شينخوا”", "organisation"),
    # a relative clause: who الذي follows speaks, not the subject of the sentence
    ("قررت الحكومة خفض سعر الخبز، وفق ما أعلنه رئيس الوزراء سمير الخطيب الذي قال إن "
     "\"المواطن لن يترك وحيدا\".", "المواطن لن يترك وحيدا", "سمير الخطيب", "person"),
    # a word that is also a rank (الفريق: the team; a lieutenant general) after a title in
    # the construct state is its genitive; باسم before a name is the name Basim
    ("أكد مدير الفريق الأول لكرة القدم بالنادي الأهلي رئيس بعثة الفريق في معسكر سويسرا "
     "باسم أبوداود على نجاح معسكر الفريق الخارجي.",
     "نجاح معسكر الفريق الخارجي", "باسم أبوداود", "person"),
    ("وقال رئيس الأركان الفريق عبدالرحمن البنيان إن القوات جاهزة.",
     "القوات جاهزة", "عبدالرحمن البنيان", "person"),
    ("وقال متحدث باسم حماس إن الحركة ترفض العرض.", "الحركة ترفض العرض",
     "متحدث باسم حماس", "anonymous"),
    # أمين عام: a title (أمين is also a given name: "أمين الجميل")
    ("وأكد أمين عام اتحاد الكرة خالد المعمر أن البطولة في موعدها.",
     "البطولة في موعدها", "خالد المعمر", "person"),
    ("وقال أمين الجميل إن لبنان يحتاج إلى رئيس.", "لبنان يحتاج إلى رئيس", "أمين الجميل",
     "person"),
    # who the subject is, set off by commas between the subject and إن
    ("وقالت الدكتورة هدى جلال يسي، رئيس اتحاد المستثمرات العرب إن القناة وضعت مصر على "
     "خريطة الاستثمار.", "القناة وضعت مصر على خريطة الاستثمار", "هدى جلال يسي", "person"),
    ("في غضون ذلك، قال قائد معركة تحرير العند، اللواء فضل حسن، إن ثلاثة آلاف مقاتل شاركوا "
     "في المعركة.", "ثلاثة آلاف مقاتل شاركوا في المعركة", "فضل حسن", "person"),
    # a family name alone after a title of address, ended by a comma or إن
    ("وبين المهندس الفارس، أن المؤسسة باشرت صرف الدفعة الأولى.",
     "المؤسسة باشرت صرف الدفعة الأولى", "الفارس", "person"),
    # a statement speaks for the body that issued it (مديرية, not "مديري" and a pronoun)
    ("وأفاد بيان لمديرية أمن مدينة إسطنبول أن الانفجار أوقع عشرة جرحى.",
     "الانفجار أوقع عشرة جرحى", "مديرية أمن مدينة إسطنبول", "organisation"),
    # a name is not run into the verb's object (التهنئة)
    ("ورفع رئيس الاتحاد الأمير عبدالله بن فهد بن عبدالله التهنئة للقيادة، مؤكدا أن الإنجاز "
     "غير مستغرب.", "الإنجاز غير مستغرب", "الأمير عبدالله بن فهد بن عبدالله", "person"),
    # a name ends before a noun with a pronoun (خطته), after "بن X" before an indefinite
    # word (شكره); باراك is a given name, not "بـ" and a place
    ("أطلق الرئيس الأميركي باراك أوباما خطته المنتظرة حول المناخ، مؤكداً ضرورة التحرك فورا.",
     "ضرورة التحرك فورا", "باراك أوباما", "person"),
    ("وقدم الأمير عبدالله بن مساعد شكره للوزير، مضيفا أن التعاون غير مستغرب.",
     "التعاون غير مستغرب", "الأمير عبدالله بن مساعد", "person"),
    # a compound given name with الله, then the family name
    ("وأوضح المشرف على البرنامج الدكتور عبدالرحمن بن رجاء الله السلمي أنه تم توزيع الحقائب.",
     "تم توزيع الحقائب", "عبدالرحمن بن رجاء الله السلمي", "person"),
    # a body's name holds a purpose (لنصرة الأشقاء), the name follows it
    ("وقال مدير مكتب الحملة الوطنية السعودية لنصرة الأشقاء في لبنان وليد الجلال إن المشروع "
     "ختم مرحلته الثالثة.", "المشروع ختم مرحلته الثالثة", "وليد الجلال", "person"),
    # a name between commas after a title
    ("قال الرئيس الأميركي، دونالد ترامب، إنه عقد اجتماعا فرديا مع نظيره.",
     "عقد اجتماعا فرديا مع نظيره", "دونالد ترامب", "person"),
    # a relay whose source's name starts like بـ
    ("ونقلت قناة “الشروق” عن بلقاسمي قوله إن الضخ سيبدأ قبل نهاية العام.",
     "الضخ سيبدأ قبل نهاية العام", "بلقاسمي", "person"),
    # «…»، قال فلان لوكالة «…»: the agency is a name, not what was said
    ("\"القرار متأخر لكنه صحيح\"، قال نقيب المخابز زياد حداد لوكالة \"بترا\".",
     "القرار متأخر لكنه صحيح", "زياد حداد", "person"),
    # a body's name inside the title, where it is, then the person's (her family name
    # opening with و)
    ("وقالت مديرة مكتبة كادبوري البحثية في الجامعة سوزان ورال إن هذا الكشف مهم، وأضافت: "
     "\"نشعر بالإثارة\".", "نشعر بالإثارة", "سوزان ورال", "person"),
    # a body's name inside the title (what belongs to the army), then the person's
    ("كما أعلن المسؤول الإعلامي لغرفة عمليات عمر المختار التابعة للجيش الليبي عبدالكريم "
     "صبرة، إن الجيش أحرز تقدما على محور النوار.", "الجيش أحرز تقدما على محور النوار",
     "عبدالكريم صبرة", "person"),
])
def test_the_subject_of_the_construction_speaks(article, sentence, words, label, kind):
    quote = said(extract_all(article(sentence + "\n")), words)
    assert quote.kind == "statement"
    assert quote.speaker is not None and quote.speaker.label == label
    assert quote.speaker.type == kind


def test_a_headline_names_its_speaker_and_is_not_a_quotation(article):
    quotes = extract_all(article("الجبير: حريصون على علاقات جيدة مع جيراننا\n\n"
                                 "أكد وزير الخارجية عادل الجبير أن المملكة حريصة على علاقات جيدة.\n"))
    headline = said(quotes, "حريصون على علاقات جيدة مع جيراننا")
    assert headline.form == "headline" and not headline.direct
    assert headline.speaker.label == "عادل الجبير"          # the surname resolved in the article


def test_a_carried_over_verb_goes_on_with_the_last_speaker(article):
    quotes = extract_all(article("وقال الرئيس الفرنسي إيمانويل ماكرون: «نريد السلام في المنطقة».\n"
                                 "وأضاف: «الحوار هو الطريق الوحيد».\n"))
    first, second = said(quotes, "نريد السلام في المنطقة"), said(quotes, "الحوار هو الطريق الوحيد")
    assert first.speaker.label == "إيمانويل ماكرون" and second.speaker == first.speaker


def test_a_quotation_that_opens_a_longer_clause_is_reported_with_the_clause(article):
    """"إن «تفاصيل أولية» … بدأت تظهر": the clause is what was reported; the quoted words
    inside it are the same speaker's. A quotation that is the whole clause stays alone."""
    quotes = extract_all(article("وقال وزير الخارجية الروسي سيرغي لافروف إن «تفاصيل أولية» "
                                 "لكيفية تنسيق الجهود الدولية بدأت تظهر.\n"
                                 "وقال لافروف إن «العلاقات ممتازة»، مضيفا أن الزيارة ناجحة.\n"))
    clause = said(quotes, "«تفاصيل أولية» لكيفية تنسيق الجهود الدولية بدأت تظهر")
    inner = said(quotes, "تفاصيل أولية")
    assert clause.form == "that" and not clause.direct and inner.direct
    assert clause.speaker.label == inner.speaker.label == "سيرغي لافروف"
    whole = said(quotes, "العلاقات ممتازة")
    assert not any(q.form == "that" and q.start <= whole.start < q.end for q in quotes)


def test_a_verb_after_a_closing_quotation_mark_goes_on_with_the_speaker(article):
    """The words before "وأضاف" are the quotation's, not its subject."""
    quotes = extract_all(article("وقال وزير الخارجية عادل الجبير إن «العلاقات ممتازة» وأضاف أن "
                                 "الزيارة ناجحة.\n"))
    assert said(quotes, "الزيارة ناجحة").speaker.label == "عادل الجبير"


def test_words_that_name_no_one_are_never_speakers(article):
    """أمام (before: "في كلمة امام مؤسسة"), a month (شوال) after "ما بين", an adverb (مرارا)."""
    quotes = extract_all(article(
        "وقال الرئيس التركي رجب طيب أردوغان إن تركيا استقبلت مليوني لاجئ.\n"
        "وقال في كلمة امام مؤسسة فكرية في جاكرتا «هذه هي تركيا».\n"
        "واقترح سابق تغيير الموعد، مقترحا أن الموعد المناسب ما بين شوال وذي القعدة.\n"
        "وقالت مرارا انها تتحمل العبء وحدها.\n"))
    labels = {q.speaker.label for q in quotes if q.speaker is not None}
    assert not labels & {"امام مؤسسة فكرية في جاكرتا", "شوال وذي القعدة", "مرارا"}
    assert said(quotes, "هذه هي تركيا").speaker is None or \
        said(quotes, "هذه هي تركيا").speaker.label == "رجب طيب أردوغان"


def test_an_honorific_pronoun_is_the_prince_introduced_before(article):
    quotes = extract_all(article("اجتمع الأمير محمد بن سلمان مع قادة الجيش.\n"
                                 "وأكد سموه أن الأمن أولوية.\n"))
    assert said(quotes, "الأمن أولوية").speaker.label == "الأمير محمد بن سلمان"


def test_two_people_who_share_a_surname_stay_two_and_the_surname_alone_is_nobody(article):
    quotes = extract_all(article("وقالت الوزيرة سلمى حداد إن الخطة جاهزة.\n"
                                 "وقال النائب سامي حداد إن الخطة متأخرة.\n"
                                 "وأكد حداد أن النقاش مستمر.\n"))
    salma, sami = said(quotes, "الخطة جاهزة").speaker, said(quotes, "الخطة متأخرة").speaker
    assert salma.label == "سلمى حداد" and sami.label == "سامي حداد" and salma != sami
    assert said(quotes, "النقاش مستمر").speaker is None


def test_a_name_after_a_relations_title_is_not_the_title_holders(article):
    # "حرم الرئيس انتصار السيسي": his wife's name; "وقال السيسي" is not her, but whom the
    # text names so, the president (sample 75 2-063)
    quotes = extract_all(article("وشاركت في الاحتفال حرم الرئيس انتصار السيسي.\n"
                                 "وقال السيسي: «نأذن بتشغيل القناة».\n"))
    assert said(quotes, "نأذن بتشغيل القناة").speaker.label == "السيسي"


def test_a_verb_after_qad_opens_no_name_and_no_one_speaks_to_himself(article):
    quotes = extract_all(article(
        "خبر\n\nورد الأمين العام بأنه صاحب الأمر. ودخل البروفسور بمفرده. وقد وجد هولاند "
        "بالبيجاما، جالسا على حافة السرير. وبعد دقائق خرج من الغرفة، وقال للأمين العام إنها "
        "علامات جلطة دماغية.\n"))
    # (not the name Wajd after قد, nor the one he spoke to)
    assert said(quotes, "علامات جلطة دماغية").speaker is None


def test_represented_by_is_no_title(article):
    # "قطر ممثلة في وزارة الخارجية أكدت": ممثلة is "represented by", not an actress speaking
    quotes = extract_all(article("خبر\n\nقطر ممثلة في وزارة الخارجية أكدت في بيان لها "
                                 "إدانتها للتفجير الإجرامي.\n"))
    speaker = said(quotes, "إدانتها للتفجير الإجرامي").speaker
    assert speaker is None or not speaker.label.startswith("ممثلة")


def test_a_sentence_with_no_subject_after_another_persons_words_is_unknown(article):
    quotes = extract_all(article("وقال بوتين: «نص أول للرئيس».\n"
                                 "ونقلت قناة \"الأفق\" عن مصدر في الوفد قوله إن \"بعض التفاصيل بحاجة إلى نقاش\".\n"
                                 "والتي وُصفت بـ”البناءة”.\n"))
    assert said(quotes, "البناءة").speaker is None
    assert said(quotes, "بعض التفاصيل بحاجة إلى نقاش").speaker.type == "anonymous"
    # (with a subject of its own, the sentence is theirs: both sides, a collective source)
    quotes = extract_all(article("وقال بوتين: «نص أول للرئيس».\n"
                                 "ونقلت قناة \"الأفق\" عن مصدر في الوفد قوله إن \"بعض التفاصيل بحاجة إلى نقاش\".\n"
                                 "والتي وصفها الجانبان بـ”البناءة”.\n"))
    assert said(quotes, "البناءة").speaker.label == "الجانبان"


def test_an_indirect_clause_keeps_its_final_number(article):
    quotes = extract_all(article("وقال الوزير فهد العلي إن الحكومة ستخفض الانبعاثات إلى النصف "
                                 "بحلول عام 2027.\n"))
    clause = said(quotes, "الحكومة ستخفض الانبعاثات إلى النصف بحلول عام 2027")
    assert not clause.direct and clause.form == "that"


def test_different_figures_for_one_statement_are_a_conflict_and_a_discrepancy(article):
    corpus = article("وقال الوزير فهد العلي إن الحكومة ستخفض الانبعاثات إلى النصف بحلول عام 2027.\n",
                     "وقال الوزير فهد العلي إن الحكومة ستخفض الانبعاثات إلى الثلث بحلول عام 2028.\n")
    analysis = analyze(corpus)
    statement = next(s for s in analysis.statements if len(s.sources) == 2)
    assert any("different figures" in c for c in statement.conflicts)
    assert all(m.relation == "indirect" and not m.direct for m in statement.members)
    assert any(d.topic.startswith("figures in statement") for d in analysis.discrepancies)


def test_presentation_forms_are_read_as_their_letters(article):
    quotes = extract_all(article("ﻭﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ ﻓﻬﺪ ﺍﻟﻌﻠﻲ ﺇﻥ ﺍﻟﺨﻄﺔ ﺟﺎﻫﺰﺓ ﻟﻠﺘﻨﻔﻴﺬ.\n"))
    assert len(quotes) == 1 and quotes[0].speaker.label == "فهد العلي"
    source_text = quotes[0].text
    assert source_text.startswith("ﺍﻟﺨﻄﺔ")          # offsets still point at the glyphs


def test_a_bare_surname_with_its_aside_is_the_subject(article):
    quotes = extract_all(article("التقى الرئيس الأمريكي دونالد ترامب نظيره في أنكوريج.\n"
                                 "وأكد ترامب من جانبه على تحقيق تقدم في المفاوضات.\n"))
    report = said(quotes, "تحقيق تقدم في المفاوضات")
    assert report.form == "object" and report.speaker.label == "دونالد ترامب"


def test_a_surname_that_is_also_a_title_is_the_person(article):
    quotes = extract_all(article("الخطيب: «هذه الخطة ليست إلا البداية»\n"
                                 "تعهد رئيس الوزراء سمير الخطيب بمزيد من الإجراءات.\n"
                                 "وقال في مقابلة مع قناة «المملكة»: «سنراجع أسعار المحروقات».\n"))
    assert said(quotes, "هذه الخطة ليست إلا البداية").speaker.label == "سمير الخطيب"
    words = [q for q in quotes if q.text == "سنراجع أسعار المحروقات"]
    assert len(words) == 1 and words[0].form == "quote"     # not again as a colon report
    assert said(quotes, "المملكة").kind == "term"





def test_talking_to_someone_is_not_reporting_what_they_said(article):
    quotes = extract_all(article("خبر\n\nوتحدث الوزير إلى الصحفيين في المطار قبل مغادرته.\n"))
    assert quotes == []





def test_a_title_after_a_name_that_precedes_another_name_is_that_persons(article):
    quotes = extract_all(article("خبر\n\nالتقى الرئيس الكيني جوزيف موانغي رئيس الوزراء الإثيوبي أبيبي "
                                 "تسفاي في نيروبي.\n"
                                 "ووصف رئيس الوزراء الإثيوبي المحادثات بـ«الصريحة والبناءة».\n"))
    assert said(quotes, "الصريحة والبناءة").speaker.label == "أبيبي تسفاي"


def test_a_subject_read_twice_in_two_places_is_the_same(article):
    # parse_subject remembers phrases by their characters: the same words elsewhere in the
    # text give the same phrase at their own offsets
    text = "خبر\n\nوقال وزير الخارجية عادل الجبير إن المملكة حريصة.\nوقال وزير الخارجية عادل الجبير إن الموقف ثابت.\n"
    quotes = extract_all(article(text))
    first, second = said(quotes, "المملكة حريصة"), said(quotes, "الموقف ثابت")
    assert first.speaker == second.speaker and first.speaker.label == "عادل الجبير"


@pytest.mark.parametrize("headline", ["الجبير: حريصون على علاقات جيدة مع جيراننا",
                                      "الجبير من موسكو: حريصون على علاقات جيدة مع جيراننا"])
def test_a_headline_by_surname_where_it_was_said(article, headline):
    quotes = extract_all(article(headline + "\n\n"
                                 "قال وزير الخارجية عادل الجبير إن المملكة حريصة على علاقاتها.\n"))
    said_it = said(quotes, "حريصون على علاقات جيدة مع جيراننا")
    assert said_it.form == "headline" and said_it.speaker.label == "عادل الجبير"








@pytest.mark.parametrize("text, not_a_speaker", [
    # عبر and بين are also prepositions (via, between): not عبّر عن, not بيّن أن
    ("وينص القرار على تعاون الحكومة مع الخبراء عبر تقديم «كل المعلومات ذات الصلة».", "تقديم"),
    ("لكن مصدرا ينفي ذلك متحدثا عن تعاون بين مقاتليهما «على المستوى المحلي».", "مقاتليهما"),
    # a report not made, and زاد meaning "increased"
    ("وقال المسؤول لوكالة الصحافة الفرنسية طالبا عدم كشف اسمه، إن العمليات مستمرة.", "اسمه"),
    ("وأشار إلى أن المكانة التي بلغتها المملكة زاد حنق أعداء الإسلام عليها.",
     "حنق أعداء الإسلام"),
])
def test_a_word_no_construction_makes_a_subject_is_no_speaker(article, text, not_a_speaker):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert all(q.speaker is None or q.speaker.label != not_a_speaker for q in quotes)


def test_an_emirate_is_a_body_not_a_mans_name(article):
    # "إمارة جازان" (a region's government) in a headline before its present-tense verb
    quotes = extract_all(article("إمارة جازان تحذر من السباحة في السدود\n\n"
                                 "حذرت إمارة منطقة جازان المواطنين من السباحة.\n"))
    speaker = said(quotes, "السباحة في السدود").speaker
    assert speaker.label == "إمارة جازان" and speaker.type == "organisation"


def test_a_participle_after_a_subheading_goes_on_with_who_spoke_before_it(article):
    quotes = extract_all(article("خبر\n\nوقال المخرج مجتبى سعيد إن العرض نجح.\n\n"
                                 "غانم السليطي: الفيلم قدم قضية حساسة\n\n"
                                 "مضيفاً: \"أكثر ما كان مقلقاً لنا هو بقاء الجمهور\".\n"))
    assert said(quotes, "الفيلم قدم قضية حساسة").speaker.label == "غانم السليطي"
    assert said(quotes, "أكثر ما كان مقلقاً لنا هو بقاء الجمهور").speaker.label == "مجتبى سعيد"


def test_a_verb_whose_sentence_names_its_own_subject_does_not_carry_the_last_speaker(article):
    quotes = extract_all(article(
        "خبر\n\nودعا عدد من المغردين إلى سن قانون، بينما حذر آخرون من أن الظاهرة مستمرة. "
        "ورفض الكثير من المغردين نشر تلك المقاطع، وشددوا على ضرورة عدم التسويق للظاهرة.\n"
        "وأعلنت كلية الأمير سلطان الصناعية أسماء المقبولين. ودعت الكلية الطلاب للحضور "
        "وقالت إن الاستفسار متاح عبر الهاتف.\n"))
    assert said(quotes, "ضرورة عدم التسويق للظاهرة").speaker is None
    # (a body's head noun is the body named before: the college goes on)
    assert said(quotes, "الاستفسار متاح عبر الهاتف").speaker.label == "كلية الأمير سلطان الصناعية"


def test_a_passive_verb_and_its_verbal_noun_are_no_name(article):
    # "وتمت مهاتفة مدير الصيانة فأوضح": the call was made to him; neither word is his name
    quotes = extract_all(article("خبر\n\nوحاول الفنيون إصلاحه دون جدوى، وتمت مهاتفة مدير "
                                 "الصيانة فأوضح أنه ستتم مخاطبة شركة أخرى.\n"))
    speaker = said(quotes, "ستتم مخاطبة شركة أخرى").speaker
    assert speaker is None or not {"تمت", "مهاتفة"} & set(speaker.label.replace("و", " ").split())



@pytest.mark.parametrize("text, words, label", [
    # a second أن of the same verb, with no comma before it, is a report of its own
    ("قال الوزير فهد العلي إن الموقف لم يتغير وإنه لا مكان للتراجع.", "لا مكان للتراجع",
     "فهد العلي"),
    # بـ joined to the object of أفاد: the object is the report, and it ends the subject
    ("أفادت مصادر محلية بتقدم المقاومة نحو المدينة.", "تقدم المقاومة نحو المدينة",
     "مصادر محلية"),
    # time words and the occasion between the subject and the object
    ("وأكد الشيخ عبد الله بن زايد أمس في تصريح له تضامن دولة الإمارات مع السعودية.",
     "تضامن دولة الإمارات مع السعودية", "عبد الله بن زايد"),
    # capitals that speak together, and an accusation
    ("وتتهم واشنطن ولندن وباريس الجيش السوري بشن هجمات بغاز الكلور.",
     "الجيش السوري بشن هجمات بغاز الكلور", "واشنطن ولندن وباريس"),
    # a rank written in Arabic letters, and a title attached with التابع لـ
    ("وكان نائب قائد الطيران التابع لمشاة البحرية اللفتنانت جنرال جون ديفيز قد قال للصحفيين "
     "إن السرب جاهز للعمل.", "السرب جاهز للعمل", "جون ديفيز"),
    # a name with its title after it, then the occasion and an outlet opened with »
    ("وقال الشيخ حمود المخلافي رئيس مجلس المقاومة في محافظة تعز في تصريح خاص لـ»المدينة» "
     "إن المليشيا انهزمت.", "المليشيا انهزمت", "حمود المخلافي"),
    # an agency's abbreviation in brackets is not a sentence end
    ("وقالت المصادر لوكالة الأنباء الألمانية (د. ب. أ) إن الطيران قصف مواقع.",
     "الطيران قصف مواقع", "المصادر"),
    # a family name the article introduced, then the verb's preposition: still the subject
    ("قال وزير الخارجية عادل الجبير إن العلاقات جيدة.\nتحدث الجبير كذلك عن التحسن في العلاقات.\n"
     "وقال \"هناك العديد من الأمور المشتركة\".", "هناك العديد من الأمور المشتركة", "عادل الجبير"),
    # an adverb with tanween between the name and the colon
    ("أجاب مورينيو ضاحكًا: «إنها المرة الأولى التي أتحكم فيها بنفسي».",
     "إنها المرة الأولى التي أتحكم فيها بنفسي", "مورينيو"),
    # another country's minister is not the one the article named before
    ("قال وزير الخارجية عادل الجبير إن العلاقات جيدة.\nمن جانبه عبر وزير خارجية ألمانيا عن حرص "
     "حكومته على توثيق علاقاتها. وأكد شتاينماير تفهمه قلق الرياض.", "تفهمه قلق الرياض",
     "شتاينماير"),
    # nor is one whose nationality names another country than his (مصري is of مصر)
    ("وقال وزير الخارجية السعودي عادل الجبير إن المملكة تدعم الحل. كما عاد وزير الخارجية "
     "المصري إلى التأكيد بأن الحوار هو الأساس، قائلا: «لا بديل عن الحوار».",
     "لا بديل عن الحوار", "وزير الخارجية المصري"),
    # a title whose country is said as his nationality is the one named by his title there
    ("وقال وزير الإدارة المحلية في اليمن عبدالرقيب فتح إن الإغاثة وصلت.\nوأكد الوزير "
     "اليمني أن الكهرباء ستعود.", "الكهرباء ستعود", "عبدالرقيب فتح"),
    # يجيب (answers) reports, with لـ joined to it: the participle goes on with its subject
    ("وقال المؤلف علي سعيد إن الفكرة قديمة.\nوسأل الحضور عن الفيلم، ليجيب مجتبى سعيد أن "
     "الممثلين هواة، مشيراً إلى أنه ترك الممثلين يجسدون شخوصهم.",
     "ترك الممثلين يجسدون شخوصهم", "مجتبى سعيد"),
    # a verb of telling after أن and its subject: what follows the verb is whom it told
    ("وأكدت صحيفة «واشنطن بوست» أن السلطات الإيرانية أبلغت محامية رضايان بأن «المثول المقبل "
     "سيكون الأخير».", "المثول المقبل سيكون الأخير", "السلطات الإيرانية"),
    # after إذ, a verb that says only how he spoke goes on with the sentence's subject
    ("أبدى لاعب النادي الأهلي الجديد ماجد العمري سعادته بالانضمام للنادي إذ تحدث قائلاً: "
     "\"النادي كبير\".", "النادي كبير", "ماجد العمري"),
    # after لكن, one name no list knows right before the verb is who spoke; not a plural
    # adjective there
    ("وأنهى الفريق الموسم متقدما لكن مورينيو قال، إن فريقه يحتاج للتطوير.",
     "فريقه يحتاج للتطوير", "مورينيو"),
    ("وتراجعت الأسعار لكن محليين قالوا إن الصيانة موسمية.", "الصيانة موسمية", None),
    # attending (حضور) is a verbal noun, the object of ترى, never a name
    ("بينما تضيف المبتعثة سامية مهدي بأنها لا تتابع الدوري، إلا أن لديها ميولا نصراوية، "
     "وترى حضور المباراة فرصة لها، كما أن هدفها هو تجربة حضور مباراة في الملعب، وقالت "
     "\"هي فرصة لن تتكرر\".", "هي فرصة لن تتكرر", "سامية مهدي"),
    # a body's short name in brackets after it names it later
    ("أكد الاتحاد الدولي (الفيفا) جدول مباريات البطولة أمس.\nوقال الفيفا إنَّ كأس القارات "
     "ستقام في يونيو.", "كأس القارات ستقام في يونيو", "الاتحاد الدولي"),
    # Basim is a name right after the verb; أمين عام after a name is his title
    ("أكد باسم منقل أمين عام نادي الوحدة أن المرحلة المقبلة مهمة جدا.",
     "المرحلة المقبلة مهمة جدا", "باسم منقل"),
    ("أكد المهندس محمد بن مبارك المجلي أمين منطقة الباحة أن اللجنة تشكلت.",
     "اللجنة تشكلت", "محمد بن مبارك المجلي"),
    # a relay's عن after the relaying one's long title and a time word: the source speaks;
    # but not an عن inside the relayed clause
    ("ونقل جورج شترايتر نائب المتحدث باسم الحكومة الألمانية أمس عن ميركل قولها لرئيس "
     "الوزراء التركي إنه ينبغي الحفاظ على عملية السلام.", "ينبغي الحفاظ على عملية السلام",
     "ميركل"),
    ("ونقلت وكالة أنباء الأناضول أن الغارات التركية أسفرت خلال أسبوع عن مقتل 260 عنصرا.",
     "الغارات التركية أسفرت خلال أسبوع عن مقتل 260 عنصرا", "وكالة أنباء الأناضول"),
    # a group that is a body (no من after it) reports
    ("وذكرت مجموعة «إيكسور» للاستثمار في بيان أنها «تجري مفاوضات» لزيادة حصتها.",
     "تجري مفاوضات", "مجموعة «إيكسور» للاستثمار"),
    # a family name that opens with و, then the title
    ("وقال الدكتور مصطفى وزيري المدير العام لآثار الأقصر إنه سيتم افتتاح المعبد.",
     "سيتم افتتاح المعبد", "مصطفى وزيري"),
    # a demonstrative and its noun as a title's genitive
    ("واضافت مديرة هذه المؤسسة ان “الجائزة مستحقة”.", "الجائزة مستحقة", "مديرة هذه المؤسسة"),
    # the deputy of an office is not the one who holds it
    ("وقال مساعد مدير عام السجون للتخطيط، العميد مبارك غازي العتيبي، إن الجلسة بدأت. "
     "وأكد مدير عام السجون على التزام المديرية بمراجعة شاملة.",
     "التزام المديرية بمراجعة شاملة", "مدير عام السجون"),
    # "برئاسة" (chaired by) is no body's name: the title after it introduces the man
    ("بدأ الاجتماع برئاسة مدير عام السجون، اللواء إبراهيم بن محمد الحمزي، وبحضور المديرين. "
     "وقال مساعد مدير عام السجون، العميد مبارك العتيبي، إن الجلسة بدأت. وأكد مدير عام "
     "السجون على التزام المديرية بمراجعة شاملة.", "التزام المديرية بمراجعة شاملة",
     "إبراهيم بن محمد الحمزي"),
    # a day's name after one given name and before أن is his family name
    ("من جانبه أكد أمين عام الاتحاد أحمد الخميس أن القرار جاء بالإجماع.",
     "القرار جاء بالإجماع", "أحمد الخميس"),
    # two offices of one person before his name, the second joined with و
    ("أكد عضو مجلس إدارة النادي الأهلي والمشرف على فريق كرة القدم الأول مروان دفتردار أن "
     "المدرب يمتلك سجلا رائعا.", "المدرب يمتلك سجلا رائعا", "مروان دفتردار"),
    # a time word, an adverb or an outlet between the verb and its subject
    ("وقال أمس وزير الخارجية عادل الجبير إن العلاقات جيدة.", "العلاقات جيدة", "عادل الجبير"),
    ("وذكر حينها سراج الحميدان، الناطق الإعلامي باسم الشؤون الصحية، أن المواليد زادوا.",
     "المواليد زادوا", "سراج الحميدان"),
    ('وأوضح لـ"الاقتصادية" عيضه الهذلي، الناطق الإعلامي للشؤون الصحية، أن المواليد بلغوا 275.',
     "المواليد بلغوا 275", "عيضه الهذلي"),
    # where he spoke is not part of his office
    ("وأكد وزير التعليم لدى اجتماعه بمديري التعليم أن الدراسة ستبدأ في موعدها.",
     "الدراسة ستبدأ في موعدها", "وزير التعليم"),
    # no one person's name follows a title of several people: the object does
    ("من جهتهم، أكد مديرو التعليم جاهزية المدارس لبدء العام الدراسي.",
     "جاهزية المدارس لبدء العام الدراسي", "مديرو التعليم"),
])
def test_the_speaker_of_a_report_in_the_body(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_an_outlet_after_lamed_is_a_name_not_a_quotation(article):
    quotes = extract_all(article("خبر\n\nوقال الشيخ حمود المخلافي في تصريح خاص لـ»المدينة» إن "
                                 "المليشيا انهزمت.\n"))
    assert said(quotes, "المدينة").kind == "term"


@pytest.mark.parametrize("issued", [
    "وذكر مجلس الوزراء الجزائري في بيان أن الحكومة تتوقع نمو الاقتصاد.",
    "ووفقاً للبيان الصادر من مجلس الوزراء الجزائري فإنه جرى تدارس الموازنة.",
    "واتفق البلدان على المشروع، بحسب ما أعلن مجلس الوزراء الجزائري في بيان مساء أمس.",
    "وجاء في بيان صادر عن مجلس الوزراء الجزائري «جرى خلال الاجتماع تدارس مشروع الموازنة».",
])
def test_a_statement_speaks_for_who_issued_it(article, issued):
    """"وأشار البيان": the body the article said issued it, not a document with no one behind."""
    quotes = extract_all(article(issued + " وأشار البيان إلى أن من المتوقع انخفاض إيرادات "
                                          "النفط.\n"))
    speaker = said(quotes, "من المتوقع انخفاض إيرادات النفط").speaker
    assert speaker is not None and speaker.label == "مجلس الوزراء الجزائري"
    assert speaker.type == "organisation"


@pytest.mark.parametrize("title", ["نظيره السعودي", "مستشاره الإعلامي"])
def test_a_title_with_his_pronoun_does_not_make_a_man_feminine(article, title):
    """"نظيره" (his counterpart) ends in ه as "المتحدثة" ends in ة once normalised; a man
    introduced under it is still who "وأضاف" goes on with."""
    quotes = extract_all(article(
        "خبر\n\nوقال الجبير إن الإرهاب يهدد كل الدول. وأضاف: «بحثنا سبل التصدي له».\n\n"
        f"من جانبه، أكد وزير الخارجية الروسي سيرغي لافروف في محادثاته مع {title} عادل "
        "الجبير أن العلاقات شهدت تطورا.\n"))
    assert said(quotes, "بحثنا سبل التصدي له").speaker.label == "عادل الجبير"


def test_a_woman_titled_with_ta_marbuta_is_not_carried_by_a_masculine_verb(article):
    quotes = extract_all(article(
        "خبر\n\nقالت المتحدثة باسم الوزارة سلمى حداد إن الاجتماع انتهى. "
        "وأضاف: «لا تعليق».\n"))
    assert said(quotes, "لا تعليق").speaker is None


def test_the_outlets_own_background_is_nobodys_report(article):
    """"يُذكر أن …" is the outlet reminding its readers, not a report of the last speaker."""
    quotes = extract_all(article(
        "خبر\n\nقال وزير الخارجية عادل الجبير إن الأمر مهم.\n"
        "يذكر أن الوزارة أطلقت برنامجا للطلاب العام الماضي.\n"))
    assert all("أطلقت برنامجا" not in q.text for q in quotes)


def test_one_speakers_label_does_not_depend_on_the_runs_hash_seed():
    """Two labels given as often and as long ("شاهد عيان"، "شهود عيان") used to be chosen by a
    set's order, which Python changes from run to run: the same corpus showed either."""
    import os
    import subprocess
    import sys
    program = (
        "from tui.quotes.speakers import _one\n"
        "from tui.quotes.model import Speaker\n"
        "s = [Speaker('anon:x', 'شهود عيان', 'anonymous'), Speaker('anon:x', 'شاهد عيان', "
        "'anonymous'), Speaker('anon:x', 'مصدر أمني', 'person'), Speaker('anon:x', 'شاهد عيان'"
        ", 'anonymous'), Speaker('anon:x', 'شهود عيان', 'person')]\n"
        "one = _one('anon:x', s)\n"
        "print(one.label, one.type)\n")
    seen = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}, check=True)
        seen.add(run.stdout)
    assert seen == {"شهود عيان anonymous\n"}


@pytest.mark.parametrize("sentence, words", [
    ("وأكد وزير التعليم عزام الدخيل في اجتماعه بمديري التعليم أمس في الوزارة، على بدء الدراسة "
     "في موعدها المحدد.", "بدء الدراسة في موعدها المحدد"),
    ("وأكد المهندس عبداللطيف آل الشيخ, على وجوب الالتزام بشروط اللائحة.",
     "وجوب الالتزام بشروط اللائحة"),
])
def test_what_was_stressed_after_where_it_was_said(article, sentence, words):
    """"أكد فلان في اجتماعه …، على …": the object with its على after the occasion."""
    quotes = extract_all(article("خبر\n\n" + sentence + "\n"))
    assert said(quotes, words).form == "object"


def test_where_it_was_said_is_not_what_was_said(article):
    quotes = extract_all(article("خبر\n\nوأكد الوزير عادل الجبير في اللقاء الذي عقد على هامش "
                                 "المؤتمر أهمية التعاون.\n"))
    assert all(not q.text.startswith("هامش") for q in quotes)


def test_a_quoted_name_inside_the_subject_is_a_term_and_the_clause_is_the_report(article):
    quotes = extract_all(article("خبر\n\nقال بنك الاستثمار العالمي «مورغان ستانلي» إن أسعار "
                                 "الذهب قد تهبط.\n"))
    assert said(quotes, "مورغان ستانلي").kind == "term"
    assert said(quotes, "أسعار الذهب قد تهبط").speaker is not None


def test_two_bodies_each_named_in_quotation_marks_speak_together(article):
    quotes = extract_all(article('خبر\n\nوذكرت صحيفتا "ذي دايلي مايل" و"دايلي تلغراف" ان سيتي '
                                 'يسعى الى حسم صفقة اللاعب.\n'))
    report = said(quotes, "سيتي يسعى الى حسم صفقة اللاعب")
    assert report.speaker.label == 'صحيفتا "ذي دايلي مايل" و"دايلي تلغراف"'
    assert said(quotes, "دايلي تلغراف").kind == "term"


def test_a_label_that_ends_a_quoted_name_keeps_its_closing_mark(article):
    quotes = extract_all(article("خبر\n\nوقالت صحيفة «واشنطن بوست» إن الرئيس سيزور المنطقة.\n"))
    assert said(quotes, "الرئيس سيزور المنطقة").speaker.label == "صحيفة «واشنطن بوست»"


def test_a_prayer_is_not_a_report_and_god_is_no_speaker(article):
    quotes = extract_all(article("خبر\n\nودعا الرئيس العام لهيئة الأمر بالمعروف والنهي عن المنكر "
                                 "الله عز وجل أن يتقبل الشهداء.\n"))
    assert all(q.speaker is None or "عز وجل" not in q.speaker.label for q in quotes)
    assert all("يتقبل الشهداء" not in q.text for q in quotes)


@pytest.mark.parametrize("text, words, label", [
    ("قال الأمير عبدالله بن فهد إن البطولة ناجحة. من جانبه عبر الفارس عبدالله الشربتلي عن "
     "اعتزازه بهذا الإنجاز وقال: «الحمد لله على هذا الإنجاز».", "الحمد لله على هذا الإنجاز",
     "عبدالله الشربتلي"),
    ("قالت رزان صالح إن الفعاليات جميلة. فيما أبدت منار الدوسري سعادتها بالفعاليات، وقالت: "
     "«سعدنا بوجود الأطفال».", "سعدنا بوجود الأطفال", "منار الدوسري"),
])
def test_a_verb_joined_to_a_verb_of_feeling_goes_on_with_its_subject(article, text, words, label):
    """"عبر فلان عن اعتزازه … وقال: …": not the last speaker before that sentence."""
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words, label", [
    ('وشهد العام ارتفاعا في المواليد، وفقا لتقرير نشرته "الاقتصادية" في العام الماضي.',
     "وشهد العام ارتفاعا في المواليد", "الاقتصادية"),
    ("وذكر بيان أصدرته وزارة الداخلية أن الوضع مستقر.", "الوضع مستقر", "وزارة الداخلية"),
])
def test_a_document_speaks_for_who_published_it(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words, label", [
    # a time noun after a surname is not part of the name
    ("قال الرئيس الكيني أوهورو كينياتا إن الأمن مهم. وقال كينياتا عشية المحادثات إنها "
     "\"ليست مطروحة\".", "ليست مطروحة", "أوهورو كينياتا"),
    # three states, the last of two words
    ("وتتهم بريطانيا وفرنسا والولايات المتحدة النظام السوري بتنفيذ هجمات بالغاز.",
     "النظام السوري بتنفيذ هجمات بالغاز", "بريطانيا وفرنسا والولايات المتحدة"),
    ("بعثة الاتحاد الإفريقي بالصومال تنفي قتلها لمدنيين.", "قتلها لمدنيين",
     "بعثة الاتحاد الإفريقي بالصومال"),
])
def test_more_subjects_read_whole(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words", [
    # the object of a describing verb after a time word, not its subject
    ("وقال نائب الرئيس وليام روتو إن الأمن مهم. ووصف مؤخرا مثليي الجنس بانهم \"قذرون\".",
     "قذرون"),
    # what في governs is not a subject
    ("تقول في خاتمة الكتاب: «عدنان فرزات يبين ماهية الوطنية».", "عدنان فرزات يبين ماهية الوطنية"),
    # a verb of theirs before a colon is no name
    ("واختتموا: \"لا يخفى على الجميع ما تشهده أجواء مملكتنا من حر شديد\".",
     "لا يخفى على الجميع ما تشهده أجواء مملكتنا من حر شديد"),
    # بينهم (among them) is not بيّن (made clear)
    ("أحالت النيابة العامة 41 متهما من عدة جنسيات بينهم إماراتيون إلى المحكمة لاتهامهم "
     "بالانضمام إلى \"تنظيم إرهابي يهدف إلى الانقضاض على السلطة\".",
     "تنظيم إرهابي يهدف إلى الانقضاض على السلطة"),
])
def test_words_near_a_verb_that_are_not_its_subject(article, text, words):
    speaker = said(extract_all(article("خبر\n\n" + text + "\n")), words).speaker
    assert speaker is None or speaker.label not in ("مثليي الجنس", "خاتمة الكتاب", "واختتموا",
                                                    "إماراتيون")


@pytest.mark.parametrize("text, words, label", [
    ("قال وزير الخارجية الأمريكي جون كيري إن الاتفاق قريب. وقال كيري غداة لقائه لافروف في "
     "ماليزيا \"بحثنا كذلك في قرار الأمم المتحدة\".", "بحثنا كذلك في قرار الأمم المتحدة",
     "جون كيري"),
    ("قال الرئيس الكيني أوهورو كينياتا إن الأمن مهم. وقال كينياتا قبيل انطلاق الاجتماع خلف "
     "ابواب مغلقة \"ندرك التحديات المختلفة\".", "ندرك التحديات المختلفة", "أوهورو كينياتا"),
    # "تبدي اهتماما" inside what he said reports nothing: the next وقال is still his
    ("قال الرئيس الأمريكي باراك أوباما إن الزيارة مهمة.\nوقال اوباما ان واشنطن تبدي اهتماما "
     "اكبر.\nوقال \"لدينا اهتمام بافريقيا\".", "لدينا اهتمام بافريقيا", "باراك أوباما"),
])
def test_a_speaker_goes_on_past_when_and_what_he_said(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words, label", [
    # a rank with where he serves, then his name
    ("وأوضح الرقيب في شرطة «ويتشيتا» بول كيمبل أن الشرطة وصلت لموقع الحادث.",
     "الشرطة وصلت لموقع الحادث", "بول كيمبل"),
    # who delivered the speech said what it stressed
    ("بعد ذلك ألقى الدكتور عمر بن احمد أبو هاشم كلمة أكد من خلالها على رؤساء المراكز "
     "بالعمل الجاد وأنه لا يوجد أي اجتهادات.", "لا يوجد أي اجتهادات", "عمر بن احمد أبو هاشم"),
    # documents speak for who published them, and go on doing so
    ("كشفت وثائق نشرها موقع ويكيليكس الجمعة ان الولايات المتحدة تجسست على حكومة اليابان. "
     "وتابعت الوثائق ان «التقارير تثبت عمق المراقبة الاميركية».",
     "التقارير تثبت عمق المراقبة الاميركية", "موقع ويكيليكس"),
])
def test_round_eleven_constructions(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_day_that_is_also_a_family_name_before_a_title(article):
    quotes = extract_all(article("خبر\n\nوأوضح محمد الخميس رئيس اللجنة الاجتماعية الأهلية لحي "
                                 "الروضة، أن ثلاث جهات تعمل على تدريب الشباب.\n"))
    assert said(quotes, "ثلاث جهات تعمل على تدريب الشباب").speaker.label == "محمد الخميس"


def test_who_delivered_a_speech_by_surname_stressed_what_follows(article):
    quotes = extract_all(article(
        "خبر\n\nوحضر الاجتماع رئيس اللجنة المهندس ابراهيم بن احمد الغبان.\n"
        "حيث ألقى المهندس الغبان كلمة رحب فيها برؤساء المراكز الانتخابية , مؤكداً أهمية عمل "
        "رئيس المركز في توزيع العمل.\n"))
    assert said(quotes, "أهمية عمل رئيس المركز في توزيع العمل").speaker.label \
        == "ابراهيم بن احمد الغبان"


@pytest.mark.parametrize("text, words, label", [
    # where and when, set off by commas, with بـ
    ("وذكر الشيخ عبدالرحمن السديس إن الأمر مهم. وذكر السديس خلال خطبة الجمعة، بالحرم المكي "
     "أمس، أن الشباب في الأمة كنزها الثمين.", "الشباب في الأمة كنزها الثمين",
     "عبدالرحمن السديس"),
    # a time phrase of two words
    ("وقال وزير العدل هايكو ماس إن الأمر مهم. وقال ماس الأسبوع الماضي إنه يشك في نية "
     "الصحفيين.", "يشك في نية الصحفيين", "هايكو ماس"),
    # a body and the place it sits, the place two words
    ("وقالت المحكمة في أديس أبابا إنها قضت كذلك بالسجن على صحفي.",
     "قضت كذلك بالسجن على صحفي", "المحكمة في أديس أبابا"),
    # the agency that published the statement is a name, not what was said
    ("وقالت مؤسسة النقد العربي السعودي في بيان نشرته \"واس\"، أمس، إن قرار المجموعة جاء عقب "
     "الاستماع.", "قرار المجموعة جاء عقب الاستماع", "مؤسسة النقد العربي السعودي"),
    # نقل without عن reports as قال does
    ("ونقلت مواقع يمنية أن محافظ البنك المركزي تمكن من الهرب.",
     "محافظ البنك المركزي تمكن من الهرب", "مواقع يمنية"),
])
def test_reports_with_their_adjuncts(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_that_only_verb_after_where_it_was_said(article):
    quotes = extract_all(article("خبر\n\nوبين في خطبة الجمعة التي ألقاها امس في المسجد الحرام "
                                 "أن الإسلام أولى الشباب كامل العناية.\n"))
    assert said(quotes, "الإسلام أولى الشباب كامل العناية").form == "that"


@pytest.mark.parametrize("text, words", [
    ("وقال وزير الخارجية عادل الجبير إن تصريحات المالكي عارية من الصحة، مستغربا صدورها في "
     "هذا التوقيت.", "تصريحات المالكي عارية من الصحة"),
    ("وأفاد الشيخ عبد الرحمن السديس بأن وجود الشباب دون حصانة جريمة في حقهم، داعيًا أفراد "
     "المجتمع إلى حمايتهم.", "وجود الشباب دون حصانة جريمة في حقهم"),
])
def test_a_clause_about_the_speaker_ends_what_he_said(article, text, words):
    """", مستغربا …"، "، داعيًا …": a participle after a comma tells what the speaker did
    next; what he said ends before it."""
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert said(quotes, words)


@pytest.mark.parametrize("text, words, label", [
    ("فقد أعلنت المقاومة الشعبية، عن مقتل 42 حوثيا على الأقل.", "مقتل 42 حوثيا على الأقل",
     "المقاومة الشعبية"),
    ("وحذر وزير الصحة توفيق الربيعة من تناول الأدوية دون وصفة.", "تناول الأدوية دون وصفة",
     "توفيق الربيعة"),
])
def test_an_object_with_its_preposition(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_verb_ending_in_alif_maqsura_in_the_feminine():
    """نفى → نفت (not نفيت): the feminine of a verb that ends in ى drops it."""
    from tui.quotes import lexicon as L
    assert L.object_verb("نفت") and L.feminine_verb("نفت")


@pytest.mark.parametrize("text, words, label", [
    # a body named after a king, inside a title
    ("وأكد المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية أن السفينة وصلت.",
     "السفينة وصلت", "المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية"),
    # a paper's nationality after its quoted name
    ("وذكرت صحيفة \"موندو ديبورتيفو\" الإسبانية، أن رونالدو أهدى وكيله جزيرة.",
     "رونالدو أهدى وكيله جزيرة", "صحيفة \"موندو ديبورتيفو\" الإسبانية"),
    # a company by its quoted name alone before أن
    ("وذكرت \"أرامكو\" أن الإنتاج ارتفع.", "الإنتاج ارتفع", "أرامكو"),
])
def test_round_thirteen_subjects(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words", [
    ("وقالت الخارجية المصرية إن الدوحة تتدخل. واعتبرت دعوته بمثابة تدخل في الشؤون الداخلية.",
     "بمثابة تدخل في الشؤون الداخلية"),
    ("وقال \"لا\" إنه لن يوقع على الاتفاق.", "لن يوقع على الاتفاق"),
])
def test_no_speaker_from_a_possessed_noun_or_a_quoted_word(article, text, words):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    found = [q for q in quotes if words in q.text]
    assert all(q.speaker is None or q.speaker.label not in ("دعوته", "لا") for q in found)


@pytest.mark.parametrize("text, words, label", [
    # أمين العاصمة is the mayor's title, not the given name أمين
    ("وأكد أمين العاصمة المقدسة الدكتور أسامة بن فضل البار أن الأمانة حريصة على تطوير الخدمات.",
     "الأمانة حريصة على تطوير الخدمات", "أسامة بن فضل البار"),
    # a Turkish name whose middle word looks like a verb
    ("أعلن وزير الخارجية التركي مولود تشاوش أوغلو أن بلاده ستبدأ بمحاربة التنظيم.",
     "بلاده ستبدأ بمحاربة التنظيم", "مولود تشاوش أوغلو"),
    # a purpose with its genitive chain inside a body's name
    ("أوضح رئيس اللجنة الميدانية لتصحيح أوضاع الجالية البرماوية عبدالله آل قراش أن اللجنة "
     "أنهت عملها.", "اللجنة أنهت عملها", "عبدالله آل قراش"),
])
def test_round_twelve_names_after_titles(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words, label", [
    # a plural verb with its subject before it
    ("وكان مسؤولون أميركيون أكدوا أن أصولا إيرانية مجمدة.", "أصولا إيرانية مجمدة",
     "مسؤولون أميركيون"),
    # a plural verb with no subject goes on with a collective source, not a person
    ("وقالت مصادر أمنية إن الهجوم وقع فجرا. وقالوا إن المهاجمين فروا.", "المهاجمين فروا",
     "مصادر أمنية"),
])
def test_plural_verbs_report(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words", [
    # "وقالوا" is not one man, and whoever it was, the next "وأضاف" is not the man before
    ("وقال الوزير إن الاتفاق جيد. وقالوا إن المواقف تغيرت.", "المواقف تغيرت"),
    ("وقال الوزير إن الاتفاق جيد. وقالوا إن المواقف تغيرت. وأضاف أن الأمر انتهى.",
     "الأمر انتهى"),
    # the words after a plural verb are not its subject
    ("وأكدوا في بيان الخارجية أن الاجتماع تأجل.", "الاجتماع تأجل"),
])
def test_plural_verbs_never_go_on_with_one_person(article, text, words):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert said(quotes, words).speaker is None


@pytest.mark.parametrize("text, words, label", [
    # an unnamed source keeps where it sits, in a headline too
    ("مندوبون في أوبك: المنظمة لا تفكر في خفض الإنتاج", "المنظمة لا تفكر في خفض الإنتاج",
     "مندوبون في أوبك"),
    # a body's name with its genitive after لـ
    ("وأشارت المديرية العامة لقوى الأمن الداخلي إلى أنه تم توقيف السائق.", "تم توقيف السائق",
     "المديرية العامة لقوى الأمن الداخلي"),
    # a place's noun goes on with the title's chain; it does not start a name
    ("وأوضح أمين مجلس شباب منطقة عسير عادل آل عمران أن الملتقى يضم ورشا كثيرة.",
     "الملتقى يضم ورشا كثيرة", "عادل آل عمران"),
])
def test_round_fourteen_subjects(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words", [
    # a pronoun is never a name: "وهو مسؤول" says who he is
    ("وقال الشحماني وهو مسؤول عن المنافذ \"المواطن هو المتضرر الأول\". واضاف ان \"القرار "
     "سيجعل المشاريع متلكئة\".", "القرار سيجعل المشاريع متلكئة"),
    # "X هو Y" after the verb is what was said, not a subject
    ("وقال هدفنا هو تنفيذ الاتفاقية كاملة. وأضاف: سنعمل مع حلفائنا.", "سنعمل مع حلفائنا"),
])
def test_no_speaker_from_a_pronoun_or_a_copular_sentence(article, text, words):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert said(quotes, words).speaker is None


def test_said_with_inna_is_a_report_even_where_the_subject_does_not_parse(article):
    # a name no list knows, then his title with its article: he said it, and goes on
    quotes = extract_all(article("خبر\n\nمن جهته، قال ستيف وارن المتحدث باسم وزارة الدفاع "
                                 "الاميركية الذي يرافق كارتر في الزيارة، إن الجهود العسكرية "
                                 "تركز على عزل الرمادي. وأضاف أن المعركة طويلة.\n"))
    assert said(quotes, "الجهود العسكرية تركز على عزل الرمادي").speaker.label == "ستيف وارن"
    assert said(quotes, "المعركة طويلة").speaker.label == "ستيف وارن"
    # a body cut short where the grammar stops: the clause is a report, its speaker unsure,
    # and whoever spoke before is not who goes on after it
    quotes = extract_all(article("خبر\n\nوقال الوزير خالد العمري إن الوضع مستقر. وقالت وحدات "
                                 "حماية الشعب الكردية التي تقاتل في الشمال، إن مقاتليها تقدموا. "
                                 "وأضاف أن المعركة طويلة.\n"))
    assert said(quotes, "مقاتليها تقدموا").speaker is None
    assert said(quotes, "المعركة طويلة").speaker is None


def test_said_with_inna_keeps_a_titled_name_before_who_he_is(article):
    assert speaker_label(article, "ويقول البروفيسور جيمس شيرمان أستاذ علم الاوبئة بجامعة ايمورى "
                         "بولاية جورجيا الامريكية إن النوم يحسن أداء القلب.",
                         "النوم يحسن أداء القلب") == "جيمس شيرمان"


@pytest.mark.parametrize("text, words, label", [
    ("وقال مدير الأمانة محمد البقمي إن العمل بدأ. وأشار \"البقمي\" إلى أنه سيتم تركيب "
     "كاميرات المراقبة.", "سيتم تركيب كاميرات المراقبة", "محمد البقمي"),
    ("وأوردت وكالة رويترز أن الحطام وصل إلى الجزيرة.", "الحطام وصل إلى الجزيرة",
     "وكالة رويترز"),
])
def test_quoted_name_with_its_preposition_and_verbs_of_citing(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words", [
    # a document with its own verb after a comma starts a new clause
    ("وأشارت دراسة إلى أن عدم النوم يدمر الصحة، واستندت الدراسة إلى ما كشفه المركز.",
     "عدم النوم يدمر الصحة"),
    # and so do the outlet's comment and another report after a comma
    ("وقال المدرب إنه ليس متأكدا من جاهزية الفريق، الأمر الذي رأى فيه المشجعون استسلاما.",
     "ليس متأكدا من جاهزية الفريق"),
    ("وأكد المسؤول أن العمليات لا تستهدف الأكراد، بعدما أفادت معلومات عن قصف قريتين.",
     "العمليات لا تستهدف الأكراد"),
])
def test_a_report_ends_where_a_new_clause_begins(article, text, words):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    said(quotes, words)


def test_a_document_s_label_stops_before_its_relative_clause(article):
    assert speaker_label(article, "كشفت دراسة نشرت أمس الأربعاء أن الأميركيين يعيشون أطول.",
                         "الأميركيين يعيشون أطول") == "دراسة"


@pytest.mark.parametrize("text, words", [
    # a subject before the verb that the grammar does not read is still a subject
    ("وقال وزير الداخلية إن الحادث فردي. ولكن العفو الدولية تقول إن العدد بلغ 743 شخصا.",
     "العدد بلغ 743 شخصا"),
    ("قال كينياتا إن الملف ليس مطروحا. غير ان اوباما وفي مقابلة مع بي بي سي قال انه ليس من "
     "هواة التمييز.", "ليس من هواة التمييز"),
])
def test_no_going_on_past_an_unread_subject(article, text, words):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert said(quotes, words).speaker is None


def test_a_verb_joined_by_wa_goes_on_with_the_sentence_s_speaker(article):
    assert speaker_label(article, "رد المدرب سينيشا ميهايلوفيتش على الانتقادات وقال «كرة القدم "
                         "ليست باليه».", "كرة القدم ليست باليه") == "سينيشا ميهايلوفيتش"


@pytest.mark.parametrize("title, body, words, label", [
    # a headline with a pause ".." in it is still "فلان: …"
    ("الجبير: حريصون على العلاقة مع إيران.. شرط أن تغير سياستها",
     "أكد وزير الخارجية عادل الجبير أن المملكة حريصة على العلاقة.",
     "حريصون على العلاقة مع إيران.. شرط أن تغير سياستها", "عادل الجبير"),
    # a surname of two words, and فان in a name is not فإنّ
    ("فان غال: المانيو ليس جاهزا", "وقال المدرب الهولندي لويس فان غال إن الفريق يحتاج وقتا.",
     "المانيو ليس جاهزا", "لويس فان غال"),
])
def test_headlines_of_a_speaker_named_in_the_body(article, title, body, words, label):
    quotes = extract_all(article(title + "\n\n" + body + "\n"))
    assert said(quotes, words).speaker.label == label


@pytest.mark.parametrize("text, words, label", [
    # a name after a reporting verb and before its title introduces the person: the bare
    # family name later is that person
    ("نفى حمادي الجبالي رئيس الحكومة التونسية السابق، الاتهامات الموجهة إلى حكومته. وقال "
     "الجبالي للصحفيين إن تلك الادعاءات مجرد افتراءات.", "تلك الادعاءات مجرد افتراءات",
     "حمادي الجبالي"),
    # a past verb after a name is not part of it («آشتون كارتر جاءت» was a name)
    ("وقال المحلل إن «زيارة وزير الدفاع الأميركي آشتون كارتر جاءت في إطار الدعم». وقال كارتر: "
     "«نحن نحاول أن نبني قوة عراقية»", "نحن نحاول أن نبني قوة عراقية", "آشتون كارتر"),
    # a document speaks for the body in its genitive
    ("وأوضح بيان البنتاغون أن الوزير ناقش الدعم العسكري.", "الوزير ناقش الدعم العسكري",
     "البنتاغون"),
])
def test_round_fifteen_speakers(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_an_adverb_after_a_title_is_no_name(article):
    quotes = extract_all(article("خبر\n\nعلى أن يقدم اللاعب رسميا أمام رجال الإعلام غدا. وقال "
                                 "اللاعب: «سأحاول أن أقدم أفضل ما عندي»\n"))
    speaker = said(quotes, "سأحاول أن أقدم أفضل ما عندي").speaker
    assert speaker is None or "رسميا" not in speaker.label


@pytest.mark.parametrize("text, words", [
    ("أعلن باريس سان جرمان اليوم الخميس تعاقده رسميا مع اللاعب.",
     "سان جرمان اليوم الخميس تعاقده رسميا مع اللاعب"),
    ("واتهمت أوكرانيا والعديد من الدول الغربية الانفصاليين بإسقاط الطائرة.",
     "والعديد من الدول الغربية الانفصاليين بإسقاط الطائرة"),
])
def test_a_one_word_body_running_on_into_a_longer_name_is_not_sure(article, text, words):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    found = [q for q in quotes if words in q.text or q.text in words]
    assert found and all(q.speaker is None for q in found)


def test_an_aside_after_a_body_keeps_it(article):
    quotes = extract_all(article("خبر\n\nوذكر المرصد ومقره بريطانيا أن الغارات قصفت مواقع "
                                 "للجبهة.\n"))
    found = [q for q in quotes if "الغارات قصفت مواقع للجبهة" in q.text]
    assert found and all(q.speaker is not None and q.speaker.label == "المرصد" for q in found)


def test_a_report_goes_on_through_its_explaining_haythu(article):
    quotes = extract_all(article("خبر\n\nوأشار المدير إلى أنه سيتم تركيب كاميرات المراقبة "
                                 "بالكورنيش الشمالي، حيث يجري الآن العمل على تطويره. وقال "
                                 "المعلم إن الدراسة تبدأ غدا، حيث أكد المدير أن الاستعداد تام.\n"))
    said(quotes, "سيتم تركيب كاميرات المراقبة بالكورنيش الشمالي، حيث يجري الآن العمل على "
                 "تطويره")
    # but another report after حيث is its own
    said(quotes, "الدراسة تبدأ غدا")


@pytest.mark.parametrize("text", [
    "ويعتبر برنامج حماية الأجور أحد أدوات الوزارة لمتابعة السوق.",     # is considered
    "وتحدث الوزير الألماني عن مأساة الشعب السوري.",                      # a topic
    "ونوه الأمير بجهود القائمين على الجائزة.",                            # praise
    "وصل وزير الدفاع اليوم في زيارة غير معلنة إلى بغداد.",                # unannounced
])
def test_no_report_from_verbs_that_say_nothing_here(article, text):
    assert extract_all(article("خبر\n\n" + text + "\n")) == []


@pytest.mark.parametrize("text, words, label", [
    # Latin initials spelt out open a name
    ("وقال المسؤول بي كي باتنايك إن المرأة صدت الهجوم.", "المرأة صدت الهجوم", "بي كي باتنايك"),
    # a correspondent's agency is whom he reports for, not whom he told
    ("وقال مراسل لوكالة فرانس برس: إن الشرطة ألقت قنابل صوت.",
     "الشرطة ألقت قنابل صوت", "مراسل لوكالة فرانس برس"),
])
def test_round_sixteen_labels(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words, label", [
    ('وبحسب "الفرنسية"، فقد فرضت إجراءات إغلاق المصارف.', "فرضت إجراءات إغلاق المصارف",
     "الفرنسية"),
    # a name no list knows, alone between بحسب and the comma, is the source
    ("وبحسب رويترز، فإن النفط والغاز يمثلان معظم الصادرات.",
     "النفط والغاز يمثلان معظم الصادرات", "رويترز"),
])
def test_according_to_a_source_the_grammar_does_not_read(article, text, words, label):
    speaker = said(extract_all(article("خبر\n\n" + text + "\n")), words).speaker
    assert (speaker.label if speaker else None) == label


def test_in_accordance_with_is_no_source(article):
    quotes = extract_all(article("خبر\n\nووفقا لمبادرة السلام، فإن الحل يقوم على دولتين.\n"))
    assert [q for q in quotes if "الحل يقوم" in q.text] == []


@pytest.mark.parametrize("text, words, label", [
    ("صارعت ربة منزل في شرق الهند تمساحا بأواني الطهو، حسبما أفاد مسئولون هنود.",
     "صارعت ربة منزل في شرق الهند تمساحا بأواني الطهو", "مسئولون هنود"),
    ('وقرر النادي تعديل عرضه بدفع 6 ملايين أخرى بحسب ما ذكرت "ذي دايلي ميل" البريطانية.',
     "وقرر النادي تعديل عرضه بدفع 6 ملايين أخرى", "ذي دايلي ميل"),
    ("وتم رفض الطلب، وفق ما أوضحه الدكتور عبد الله البرقان رئيس لجنة الاحتراف.",
     "وتم رفض الطلب", "عبد الله البرقان"),
    # a lone surname: the person the article named in full
    ("قال اللواء محمد الخزرجي إن القوات تقدمت. وأسفرت المواجهات عن مقتل 29 من المسلحين، وفقا "
     "للخزرجي.", "وأسفرت المواجهات عن مقتل 29 من المسلحين", "محمد الخزرجي"),
    # who the verb names is not read as a source: reported, by someone not said
    ("وانسحب اللاعب من التدريب بحسب ما ذكر الأخير يوم الثلاثاء.",
     "وانسحب اللاعب من التدريب", None),
])
def test_a_clause_reported_as_someone_said_after_it(article, text, words, label):
    """"…، حسبما أفاد فلان" / "بحسب ما ذكرت" / "وفقا لما أوضحه": the clause before is the
    report of the verb's subject."""
    quote = said(extract_all(article("خبر\n\n" + text + "\n")), words)
    assert quote.form == "according" and not quote.direct
    assert (quote.speaker.label if quote.speaker else None) == label


@pytest.mark.parametrize("text", [
    "ويجري العمل وفق ما خطط له مسبقا في الوزارة.",
    "وتقدم الفريق بين شوطي المباراة وفقا لما يسمح به النظام.",
])
def test_as_planned_or_allowed_is_no_report(article, text):
    assert extract_all(article("خبر\n\n" + text + "\n")) == []


def test_a_feminine_participle_does_not_carry_on_with_a_man(article):
    """"وأضاف قراش أن المفوضية كرمت المملكة. مؤكدة أنها …": مؤكدة agrees with the
    commission, not with the man who spoke before; who it is the grammar does not say."""
    quotes = extract_all(article(
        "خبر\n\nوقال المدير عبدالله آل قراش إن الجالية تلقى الرعاية. وأضاف قراش أن المفوضية "
        "كرمت المملكة على تعاملها. مؤكدة أنها تجربة رائدة يمكن تعميمها.\n"))
    assert said(quotes, "تجربة رائدة يمكن تعميمها").speaker is None
    assert said(quotes, "المفوضية كرمت المملكة على تعاملها").speaker.label == "عبدالله آل قراش"


@pytest.mark.parametrize("line", [
    # a kicker set off by .. before the speaker
    "قبل مواجهة الهلال بالسوبر .. ديسلفا: جاهزون ولن نتأثر بالغيابات",
    # a line that repeats the headline after words naming no one and a colon
    "رابط الخبر بصحيفة الوئام: ديسلفا: جاهزون ولن نتأثر بالغيابات",
])
def test_a_headline_speaker_after_a_kicker_or_a_link_label(article, line):
    quotes = extract_all(article(
        "خبر\n\nقال مدرب النصر خورخي ديسلفا إن الفريق مستعد للمباراة.\n\n" + line + "\n"))
    headline = said(quotes, "جاهزون ولن نتأثر بالغيابات")
    assert headline.form == "headline" and not headline.direct
    assert headline.speaker.label == "خورخي ديسلفا"


def test_after_an_aside_the_verb_opening_the_sentence_gives_its_subject(article):
    """"من جانبه صادق المحامي فلان على …، وقال": the subject of the verb after the aside
    goes on, not the previous speaker."""
    quotes = extract_all(article(
        "خبر\n\nوقال خالد طاهر إن المبادرة مهمة. من جانبه استقبل وزير الصحة أمس الوفد "
        "الزائر، وأكد أن كافة الإمكانات متاحة للجميع.\n"))
    assert said(quotes, "كافة الإمكانات متاحة للجميع").speaker.label == "وزير الصحة"


@pytest.mark.parametrize("text, words, label", [
    # what a source is loyal to is part of it, as what it belongs to is
    ("وقالت مصادر عسكرية موالية لهادي إن القوات طردت المسلحين من المعسكر.",
     "القوات طردت المسلحين من المعسكر", "مصادر عسكرية موالية لهادي"),
    # "للمسؤول" is لـ and المسؤول without its alif: the label has it back
    ("ووفقا للمسؤول الأممي، فإن الصليب الأحمر لمس تجاوبا لدى الأطراف.",
     "الصليب الأحمر لمس تجاوبا لدى الأطراف", "المسؤول الأممي"),
])
def test_a_source_is_labelled_as_the_text_names_it(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_fronted_subject_with_who_he_is_between_commas(article):
    """"أما فلان، وهو …، فأفاد: «…»": the subject before أما's فـ, past the aside."""
    quotes = extract_all(article(
        "خبر\n\nوقال طارق عبده إن المطار جاهز للرحلات. أما منيف الزهيري، وهو قيادي في القوات "
        "التي تقاتل الحوثيين ونائب مدير المطار، فأفاد: «وصلت طائرة تابعة للصليب الأحمر».\n"))
    assert said(quotes, "وصلت طائرة تابعة للصليب الأحمر").speaker.label == "منيف الزهيري"


def test_after_someone_new_the_grammar_did_not_read_a_participle_is_nobodys(article):
    """"من جانبه، يرى [unread] أن …، لافتا إلى أن …": the aside says someone else speaks;
    the participle does not go back to the last speaker."""
    quotes = extract_all(article(
        "خبر\n\nوقال الدكتور صالح الغامدي إن الشباب تشربوا أفكارا من الصغر. من جانبه، يرى "
        "المصرفي المعروف أن أزمة الديون في كثرتها، لافتا إلى أن القروض كتبت لزمن غير زمننا.\n"))
    assert said(quotes, "القروض كتبت لزمن غير زمننا").speaker is None


def test_an_academic_is_titled_before_his_name(article):
    assert speaker_label(article, "من جانبه، يرى الأكاديمي الكاتب الدكتور علي الموسى أن أزمة "
                                  "كتب التراث في كثرتها.", "أزمة كتب التراث في كثرتها") \
        == "علي الموسى"


def test_an_airline_speaks_as_an_organisation(article):
    quote = said(extract_all(article("خبر\n\nوقالت الخطوط الجوية اليمنية إن الرحلات ستستأنف "
                                     "من مطار عدن غدا.\n")), "الرحلات ستستأنف من مطار عدن غدا")
    assert quote.speaker.label == "الخطوط الجوية اليمنية"
    assert quote.speaker.type == "organisation"


@pytest.mark.parametrize("verb", ["وقال باتيس إن", "وأضاف باتيس أن"])
def test_a_family_name_that_opens_like_a_preposition_is_the_person(article, verb):
    """"باتيس" opens like بـ + a word; the article named "صلاح باتيس" in full, so the one
    word between the verb and its أن is him."""
    quotes = extract_all(article("خبر\n\nقال عضو الهيئة صلاح باتيس إن الوضع مستقر. " + verb +
                                 " القوات تقدمت نحو المدينة.\n"))
    assert said(quotes, "القوات تقدمت نحو المدينة").speaker.label == "صلاح باتيس"


@pytest.mark.parametrize("text", [
    # in accordance with a person's powers: no source
    "وتطرق الاجتماع إلى توزيع المقررات على المدارس وفق صلاحيات مديري التعليم في المناطق.",
    # a source's name with a number in it, then nothing it said after it
    "وتوفي المريض بعد نزيف حاد في المستشفى.وفقا لموقع 24 الاماراتي",
])
def test_in_accordance_with_or_a_source_with_nothing_after_it_reports_nothing(article, text):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert [q.text for q in quotes if q.form == "according"] == []


def test_according_to_a_document_on_a_topic_reports_the_clause_after(article):
    quote = said(extract_all(article(
        "خبر\n\nووفقا للبيان الصادر من الاتحاد السعودي لكرة القدم عن الاجتماع، فإنه جرى تدارس "
        "كل الجوانب الخاصة بديون الأندية.\n")), "جرى تدارس كل الجوانب الخاصة بديون الأندية")
    assert quote.form == "according" and quote.speaker.label == "الاتحاد السعودي لكرة القدم"


def test_a_student_is_not_a_verb_of_demanding(article):
    """"طالب ورئيس هيئة الطلاب": طالب (a student) before a coordinated title is no verb
    (طالَب, demanded) whose subject the title would be."""
    quotes = extract_all(article(
        "خبر\n\nمن جانبه، بيّن جوزيف شيبرد طالب ورئيس هيئة الطلاب بجامعة WSU «أن هناك عددًا "
        "كثيرًا من الطلاب يعيشون في الحرم الجامعي خلال فصل الصيف».\n"))
    assert all(q.speaker is None or not q.speaker.label.startswith("و") for q in quotes)


def test_a_body_named_with_another_is_not_its_longer_name(article):
    """"اشتباكات بين الشرطة والمسلحين الأكراد" names two bodies: "وأعلنت الشرطة" is the police
    alone."""
    assert speaker_label(article, "وقالت الشرطة والمسلحين الأكراد إن الوضع هادئ. وأعلنت الشرطة "
                                  "أنها اعتقلت أحد المشاركين في إطلاق النار.",
                         "اعتقلت أحد المشاركين في إطلاق النار") == "الشرطة"


@pytest.mark.parametrize("text, words, label", [
    ("قال عبد الله الملفي وكيل الوزارة للشؤون التنفيذية إن «هناك أسماء من عائلة واحدة».",
     "هناك أسماء من عائلة واحدة", "عبد الله الملفي"),
    ("وقال أحمد الصالحي، أحد المتظاهرين الذين خرجوا في ساحة الحبوبي، في حديث لـ«الشرق "
     "الأوسط»، إن «المظاهرات ستستمر لحين تحقيق مطالبنا».",
     "المظاهرات ستستمر لحين تحقيق مطالبنا", "أحمد الصالحي"),
])
def test_a_full_name_then_who_the_person_is_before_inna(article, text, words, label):
    """"قال فلان الفلاني وكيل الوزارة … إن «…»": the name, then a title (or "one of …") in
    apposition up to إنّ: the name speaks."""
    assert speaker_label(article, text, words) == label


def test_a_comma_between_the_verb_and_its_quotation(article):
    """"وأضاف، «إن …»": the quotation is what he added, not an إنّ-clause inside it."""
    quotes = extract_all(article(
        "خبر\n\nوقال رئيس اللجنة عبدالله بكر رضوان: «إن صدور التصنيف الجديد للمقاولين يعد "
        "إضافة». وأضاف، «إن تصنيف الشركات والمكاتب الهندسية سيتم كل عام».\n"))
    quote = said(quotes, "إن تصنيف الشركات والمكاتب الهندسية سيتم كل عام")
    assert quote.direct and quote.speaker.label == "عبدالله بكر رضوان"
    assert not [q for q in quotes if q.text == "تصنيف الشركات والمكاتب الهندسية سيتم كل عام"]


@pytest.mark.parametrize("text, words, label", [
    ("وقال الرئيس التنفيذي عبدالعزيز الثنيان إن الصفقة كبيرة. وكان الثنيان قال في يوليو "
     "الماضي لرويترز إن البنك حسم أمره بتمويل الصفقة.", "البنك حسم أمره بتمويل الصفقة",
     "عبدالعزيز الثنيان"),
    ("وكانت وكالة تصنيف المقاولين بوزارة الشؤون البلدية، أوضحت في آخر تصريح لها أن عدد "
     "المقاولين بلغ 3839 مقاولا.", "عدد المقاولين بلغ 3839 مقاولا",
     "وكالة تصنيف المقاولين بوزارة الشؤون البلدية"),
])
def test_kana_then_the_subject_then_the_verb(article, text, words, label):
    """"وكان فلان قال …"، "وكانت الوكالة …، أوضحت …": the subject between كان and the verb."""
    assert speaker_label(article, text, words) == label


def test_according_to_who_relayed_a_named_speakers_words(article):
    """"وأكد روحاني … أنه يأمل …، بحسب الموقع الرسمي": the words stay Rouhani's; the site
    relayed them."""
    quotes = extract_all(article(
        "خبر\n\nوأكد الرئيس الإيراني حسن روحاني أمس أنه يأمل زيارة إيطاليا في الوقت "
        "المناسب، بحسب الموقع الرسمي للرئاسة الإيرانية.\n"))
    assert {q.speaker.label for q in quotes if q.speaker} == {"حسن روحاني"}


def test_the_person_spoken_to_is_not_the_end_of_the_speakers_name(article):
    """"حسن روحاني لجنتيلوني": لـ + Gentiloni, whom the article names without it."""
    assert speaker_label(article, "وسلم وزير الخارجية الإيطالي باولو جنتيلوني رسالة. وأكد "
                                  "الرئيس الإيراني حسن روحاني لجنتيلوني أنه يأمل زيارة إيطاليا.",
                         "يأمل زيارة إيطاليا") == "حسن روحاني"


def test_a_headline_puts_its_subject_first_and_regarding_is_no_name(article):
    """"التحالف يعلن هدنة إنسانية": in a headline the subject stands before a present-tense
    verb and the words after it are its object; "حيال" (regarding) opens no name."""
    quotes = extract_all(article(
        "التحالف يعلن هدنة إنسانية لخمسة أيام\n\nأعلنت قيادة قوات التحالف هدنة إنسانية لمدة "
        "خمسة أيام، بناء على طلب الحكومة في مباحثاتها مع ممثل الأمين العام للأمم المتحدة حيال "
        "إعلان هدنة إنسانية وفق شروط.\n"))
    assert said(quotes, "هدنة إنسانية لخمسة أيام").speaker.label == "التحالف"
    assert not [q for q in quotes if q.speaker and "حيال" in q.speaker.label]


def test_a_family_name_without_the_article_after_bin_and_a_name(article):
    """"فيصل بن منير حلبي أن …": after بن and a name, one word more that ends the phrase is
    the family name (but "عبدالله بن مساعد شكره للحضور": his thanks, the object)."""
    assert speaker_label(article, "وأوضح مدير عام الجمعية فيصل بن منير حلبي أن الدورة تأتي "
                                  "ضمن البرامج.", "الدورة تأتي ضمن البرامج") == "فيصل بن منير حلبي"


def test_in_his_complaint_is_where_he_said_it_not_his_name(article):
    assert speaker_label(article, "وأشار المواطن في شكواه إلى توجيه الإمارة بالتحقيق في القضية "
                                  "منذ عامين.", "توجيه الإمارة بالتحقيق في القضية منذ عامين") \
        == "المواطن"


def test_according_to_a_name_that_ends_the_clause(article):
    """"…، بحسب ويكيليكس.": a name no list knows, ending the clause after بحسب, is a source
    (but "وفقا لمبادرة السلام" is in accordance with something)."""
    quote = said(extract_all(article("خبر\n\nولم تتم الإشارة تحديدا إلى تنصت على رئيس الوزراء، "
                                      "بحسب ويكيليكس. وتعتبر اليابان أحد الحلفاء.\n")),
                 "ولم تتم الإشارة تحديدا إلى تنصت على رئيس الوزراء")
    assert quote.form == "according" and quote.speaker.label == "ويكيليكس"


@pytest.mark.parametrize("title, body, label", [
    ("الضمان الصحي: نفقات علاج الحالات الطارئة للزائرين تصل إلى 100 ألف",
     "أكد الأمين العام لمجلس الضمان الصحي التعاوني محمد الحسين، أن التأمين يغطي الزائرين.",
     "مجلس الضمان الصحي"),
    ('"كبار العلماء": اقتحام المسجد الأقصى انتهاك لحرمته',
     "أكدت الأمانة العامة لهيئة كبار العلماء، ما للمسجد الأقصى من منزلة.", "هيئة كبار العلماء"),
])
def test_a_headline_names_a_body_by_the_words_after_its_noun(article, title, body, label):
    """A headline "الضمان الصحي: …" names the body the article writes in full after its noun
    ("لمجلس الضمان الصحي")."""
    quote = said(extract_all(article(title + "\n\n" + body + "\n")), title.split(": ", 1)[1])
    assert quote.form == "headline" and quote.speaker.label == label
    assert quote.speaker.type == "organisation"


@pytest.mark.parametrize("text, words, label", [
    # a name, then who he is with no comma, then أن: a that-clause, not an object
    ("فيما اعتبر بندر السمان رئيس مصرفية الأفراد في البنك، أن طرح المنتج يعزز السوق.",
     "طرح المنتج يعزز السوق", "بندر السمان"),
    ('وقال جاسم الهويدي نائب مدير الهيئة العامة للشباب "اتحاد الكرة يجب أن يرجع للهيئة".',
     "اتحاد الكرة يجب أن يرجع للهيئة", "جاسم الهويدي"),
    # four words of a name, the last a family name (الـ…ي), then to whom it was said
    ("أكد قائد المنطقة الرابعة اللواء أحمد سيف محرم اليافعي لـ«عكاظ» وجود أسرى في عدن.",
     "وجود أسرى في عدن", "أحمد سيف محرم اليافعي"),
    ("وأكد اللواء محمد علي حسن الشمري أن الحدود آمنة.", "الحدود آمنة", "محمد علي حسن الشمري"),
    # the family name آل الشيخ ends the name; the describing verb's object follows it
    ("وصف مفتي عام المملكة الشيخ عبدالعزيز بن عبدالله آل الشيخ حادثة التفجير بأنها "
     "«عمل إجرامي مشين».", "عمل إجرامي مشين", "الشيخ عبدالعزيز بن عبدالله آل الشيخ"),
    # at the time (في حينه) is when, not who
    ('وقال زوجها في حينه: "حضرنا منذ الساعة الثامنة صباحا".', "حضرنا منذ الساعة الثامنة صباحا",
     "زوجها"),
    # a title, the rest of it with لـ, then the name set off by commas
    ("أكد معالي الأمين العام لمجلس التعاون لدول الخليج العربية، الدكتور عبد اللطيف الزياني، "
     "أن الدول ستظل إلى جانب اليمن.", "الدول ستظل إلى جانب اليمن", "عبد اللطيف الزياني"),
])
def test_names_and_titles_around_the_subject(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_family_name_before_the_verbs_preposition_and_its_that(article):
    """"وأشار بحاح، إلى أن …": a family name the article gave in full, even one that opens like
    بـ, before إلى أن is the subject, not the object."""
    assert speaker_label(article, "وأكد خالد محفوظ بحاح، أن العلاقة تتوثق. وأشار بحاح، إلى أن "
                                  "تحرير عدن يعد بداية.", "تحرير عدن يعد بداية") \
        == "خالد محفوظ بحاح"


def test_a_masculine_verb_after_allati_is_not_the_places(article):
    """"… أبين التي قال إن أخبارها …": التي is the place, the masculine verb someone else's."""
    assert speaker_label(article, "وأشار اللواء محمد الشمري إلى أن الجيش يقف على تخوم محافظة "
                                  "أبين التي قال إن أخبارها ستكون مفرحة.",
                         "أخبارها ستكون مفرحة") == "محمد الشمري"


def test_a_clause_under_someones_patronage_does_not_make_him_the_speaker(article):
    """"…، برعاية سمو أمير المنطقة …، عاداً …": the participle goes on with the one who
    spoke (or nobody), never with the patron named after برعاية."""
    quotes = extract_all(article("خبر\n\nونوه المهندس محمد المخرج أمين الطائف، برعاية سمو أمير "
                                 "منطقة مكة المكرمة لحفل الافتتاح عاداً اختيار الأمير تركي "
                                 "الفيصل أمانة الطائف فخراً لها.\n"))
    assert not [q for q in quotes if q.speaker and "تركي" in q.speaker.label]


def test_a_plural_participle_does_not_go_on_with_one_person(article):
    """"…، مؤكدين أن …": several people spoke; not the prince they thanked (but a collective
    source takes the plural: "قيادات سياسية يمنية …، مؤكدين")."""
    quotes = extract_all(article("خبر\n\nونقل الأمير محمد بن نايف تعازي القيادة لذوي الشهداء، "
                                 "الذين عبروا عن شكرهم، مؤكدين أن هذا هو ديدن القيادة.\n"
                                 "أكدت قيادات سياسية يمنية أن الاتفاق غامض، مؤكدين أن دول المجلس "
                                 "دعمت الشرعية.\n"))
    assert said(quotes, "هذا هو ديدن القيادة").speaker is None
    assert said(quotes, "دول المجلس دعمت الشرعية").speaker.label == "قيادات سياسية يمنية"


def test_a_headline_names_its_subject_by_a_family_name_the_body_gives(article):
    quotes = extract_all(article("«الزياني» يؤكد تمسك دول المجلس بالقرار\n\nأكد الدكتور عبد "
                                 "اللطيف الزياني، أن الدول ستظل إلى جانب اليمن.\n"))
    assert said(quotes, "تمسك دول المجلس بالقرار").speaker.label == "عبد اللطيف الزياني"


@pytest.mark.parametrize("text, words, label", [
    # a family name with its particle ends the name: the title after it is the next man's
    ("استبعد المدرب الهولندي لويس فان جال الحارس دافيد دي خيا عن اللقاء. وكشف لويس فان جال "
     "أن الحارس لن يلعب.", "الحارس لن يلعب", "لويس فان جال"),
    # how it was said (بشدة) is not part of the name
    ("لمح جيروم فالكه بشدة، أمس، إلى أنه سيترك منصبه.", "سيترك منصبه", "جيروم فالكه"),
    # a second family name, the tribe's, after the first
    ("أوضح رئيس اللجنة، الدكتور أحمد الخازم الغامدي، أن اللجنة استبعدت اثنين.",
     "اللجنة استبعدت اثنين", "أحمد الخازم الغامدي"),
    # a family name the article gave in full, then the verb's object
    ("أوضح الدكتور أحمد الخازم الغامدي، أن اللجنة استبعدت اثنين. وأكد الغامدي تواصل الفعاليات "
     "المنوعة.", "تواصل الفعاليات المنوعة", "أحمد الخازم الغامدي"),
    # a relative of the one named speaks, not the one named
    ("وقد عبر والد شهيد الواجب عن شكره لمن واساهم، لافتا بأن الفقيد استشهد من أجل الوطن.",
     "الفقيد استشهد من أجل الوطن", "والد شهيد الواجب"),
])
def test_where_a_name_ends_and_whose_it_is(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("title", [
    "فالكه يتوقع رحيله عن «الفيفا» مع قدوم الرئيس الجديد",     # his departure: a noun
    "طالبان باكستان تنفي وفاة مؤسس شبكة حقاني",                # not Pakistan alone
])
def test_a_headline_word_that_is_not_the_speaker_is_nobody(article, title):
    quotes = extract_all(article(title + "\n\nوقالت مصادر إن الخبر غير صحيح.\n"))
    assert not [q for q in quotes if q.speaker and q.speaker.label in ("رحيله", "باكستان")]


def test_a_title_coordinated_with_wa_is_not_a_name(article):
    """"رئيس مركز تحديد وتصحيح الجنس …": وتصحيح goes on with the title, it opens no name."""
    quotes = extract_all(article("خبر\n\nكشف رئيس مركز تحديد وتصحيح الجنس في المستشفى أن المركز "
                                 "عالج 700 حالة.\n"))
    assert not [q for q in quotes if q.speaker and q.speaker.label.startswith("وتصحيح")]


def test_a_quoted_company_after_the_verb_is_its_subject_not_its_words(article):
    quotes = extract_all(article('خبر\n\nأعلنت "زين السعودية" عن عرضها الجديد للتجوال.\n'))
    assert said(quotes, "زين السعودية").kind == "term"
    assert said(quotes, "زين السعودية").speaker is None


def test_abara_without_an_is_via_not_expressed(article):
    """"وليس عبر وكيل محلي، مؤكدا أن …": the agent is the way, not who spoke."""
    quotes = extract_all(article("خبر\n\nوكان طرحه قويًا وواضحًا، بأهمية التزام الشركات بتقديم "
                                 "عروضها للحكومة مباشرة، وليس عبر وكيل محلي أو أجنبي، مؤكدا أن "
                                 "مصلحة الوطن تحتم ذلك.\n"))
    assert said(quotes, "مصلحة الوطن تحتم ذلك").speaker is None or \
        said(quotes, "مصلحة الوطن تحتم ذلك").speaker.label != "وكيل محلي"


def test_an_an_in_another_clause_is_not_the_participles(article):
    """"…، مشيرين إلى إمكانية التواصل … وجاء في التقرير …، أن …": the report's أن."""
    quotes = extract_all(article("خبر\n\nوقال ذوو المريضة إنها مريضة، مشيرين إلى إمكانية التواصل "
                                 "عبر الرقم 0535819142 وجاء في التقرير الصادر عن المستشفى، أن "
                                 "المريضة منومة بقسم العناية.\n"))
    assert not [q for q in quotes if q.text.startswith("المريضة منومة")
                and q.speaker is not None and q.speaker.label == "ذوو المريضة"]


@pytest.mark.parametrize("text, words, label", [
    # a name, then who he is between commas in words no list knows, then أن
    ("من جانبه أوضح الأستاذ ماجد الجبرين، اختصاصي التنمية السياحية، أن الهيئة دعمت المهرجان.",
     "الهيئة دعمت المهرجان", "ماجد الجبرين"),
    # the verb's own عن after a name that ends with a word shaped like an adjective
    ("وكشف مدير عام الطرق المهندس محمد توفيق بن مصطفى مدني عن 4 مشاريع ستربط العاصمة.",
     "4 مشاريع ستربط العاصمة", "محمد توفيق بن مصطفى مدني"),
    # a word with its preposition and article is never part of a name
    ("وأشاد الأمير عبدالله بن مساعد بالاجتماع قائلا : ناقشنا الكثير من المواضيع.",
     "ناقشنا الكثير من المواضيع", "الأمير عبدالله بن مساعد"),
])
def test_a_named_subject_and_what_follows_it(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_verb_written_passive_has_no_speaker(article):
    quotes = extract_all(article("خبر\n\nذلك الرجل اتُّهِم بالتقصير في عمله. وذُكر أن الحادث "
                                 "وقع أمس.\n"))
    assert not [q for q in quotes if q.speaker is not None]


def test_a_title_goes_on_over_a_coordinated_noun_and_its_genitive(article):
    assert speaker_label(article, "وأشار المتحدث الرسمي باسم الرئاسة العامة للأرصاد وحماية البيئة "
                                  "إلى أن العقوبات تصل إلى الإغلاق.", "العقوبات تصل إلى الإغلاق") \
        == "المتحدث الرسمي باسم الرئاسة العامة للأرصاد وحماية البيئة"


def test_a_negated_verb_reports_nothing_but_its_subject_goes_on(article):
    """"ولم تكشف الشركة عن المواد، لكنها قالت إن …": nothing disclosed; she said the rest."""
    quotes = extract_all(article("خبر\n\nولم تكشف الشركة عن المواد المستخدمة في بناء الفيلا، "
                                 "لكنها قالت إن المواد أرخص ثمنا.\n"))
    assert not [q for q in quotes if q.text.startswith("المواد المستخدمة")]
    assert said(quotes, "المواد أرخص ثمنا").speaker.label == "الشركة"


@pytest.mark.parametrize("text, words, label", [
    # to a group (لمجموعة) is whom he told, not the end of his name
    ("وقال بكر لمجموعة من الصحفيين في واشنطن «حوصرنا بين الطرفين».", "حوصرنا بين الطرفين",
     "بكر"),
    # a decision (قرار) after بن and a name is the verb's object
    ("انتقد الأمير طلال بن بدر قرار نقل مباراة السوبر إلى لندن، مؤكدا أن الخطوة تقليد أعمى.",
     "الخطوة تقليد أعمى", "الأمير طلال بن بدر"),
    # the subject, who he is between commas, then the verb
    ("وقال الدكتور عماد حمودة إن الإعلام فشل. لكن الدكتور سامي عبد العزيز، العميد السابق لكلية "
     "الإعلام، يرى أن المصريين كانوا في اشتياق للفرحة.", "المصريين كانوا في اشتياق للفرحة",
     "سامي عبد العزيز"),
])
def test_the_blind_judges_cases(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_name_one_outlet_cuts_short_is_the_one_person_another_names_in_full(article):
    """"بندر بن محمد" in one article and "بندر بن محمد حجار" in another: one minister (a name
    with بن is the start of the only longer name the corpus has)."""
    corpus = article("خبر\n\nقال وزير الحج بندر بن محمد حجار إن الحجاج يصلون الأسبوع المقبل.\n",
                     "خبر\n\nوأكد وزير الحج بندر بن محمد أن الاستعدادات اكتملت.\n")
    quotes = extract_all(corpus)
    one = said(quotes, "الحجاج يصلون الأسبوع المقبل").speaker
    other = said(quotes, "الاستعدادات اكتملت").speaker
    assert one.id == other.id and other.label == "بندر بن محمد حجار"


def test_a_name_cut_short_meets_the_full_one_across_the_spellings_of_abd(article):
    """"عبد الله بن مساعد" in one outlet, "عبدالله بن مساعد بن عبدالعزيز" (his grandfather's
    name too) in another: one person, though one writes عبد apart and the other joined."""
    corpus = article("خبر\n\nقال الأمير عبد الله بن مساعد إن الأندية ستخضع لرقابة مالية.\n",
                     "خبر\n\nوأكد الأمير عبدالله بن مساعد بن عبدالعزيز أن السوبر سيقام في لندن.\n")
    quotes = extract_all(corpus)
    one = said(quotes, "الأندية ستخضع لرقابة مالية").speaker
    other = said(quotes, "السوبر سيقام في لندن").speaker
    assert one.id == other.id


def test_a_title_goes_on_over_wa_and_a_plural_noun_with_its_genitive(article):
    assert speaker_label(article, "أوضح رئيس لجنة الاحتراف وأوضاع اللاعبين في الاتحاد السعودي لكرة "
                                  "القدم عبدالله البرقان أن ناديي النصر مهددان.",
                         "ناديي النصر مهددان") == "عبدالله البرقان"


@pytest.mark.parametrize("text, words, label", [
    # بن opens a foreign or North African name (Ben Abraham, Ben Ali)
    ("وقال بن أبراهام، رئيس قسم التأمين البحري بشركة ويليس: «تعاملنا مع إيران».",
     "تعاملنا مع إيران", "بن أبراهام"),
    # صباح (morning) is a given name when a family name follows it, not a time
    ("وقال صباح النعماني، المتحدث باسم قوات مكافحة الإرهاب، إن «الجامعة تمثل معقلا مهما».",
     "الجامعة تمثل معقلا مهما", "صباح النعماني"),
    ("وقال صباح أمس وزير الداخلية إن الأمن مستتب.", "الأمن مستتب", "وزير الداخلية"),
])
def test_names_that_open_like_other_words(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_who_after_a_comma_is_the_antecedent_of_alladhi(article):
    """"صرح بذلك وكيل الوزارة …، الذي بين أنه …": the deputy, not the minister before him."""
    quotes = extract_all(article("خبر\n\nوجه وزير الشؤون الإسلامية الشيخ صالح آل الشيخ بتوزيع "
                                 "الموسوعة. صرح بذلك وكيل الوزارة الدكتور توفيق بن عبدالعزيز "
                                 "السديري، الذي بين أنه تم توزيع الموسوعة على الفروع.\n"))
    assert said(quotes, "تم توزيع الموسوعة على الفروع").speaker.label \
        == "توفيق بن عبدالعزيز السديري"


def test_a_verse_a_writer_cites_is_not_the_writers_words(article):
    quotes = extract_all(article("خبر\n\nقال أبو عبدالرحمن: فليفرح المؤمنون بوعد ربهم في قوله تعالى "
                                 "مخاطبا عبده ورسوله: {قل يا عبادي الذين أسرفوا على أنفسهم}.\n"))
    assert said(quotes, "قل يا عبادي الذين أسرفوا على أنفسهم").speaker is None



def test_a_verb_is_never_a_name(article):
    """A present verb its writer vocalised (يُجري), or a plural of the تفاعل form with و
    (ويتعارفون), is no speaker's name."""
    quotes = extract_all(article("خبر\n\nكان الرئيس السادات يُجري اتصالات مع بيغن، منفذا بذلك "
                                 "قوله في خطاب: «إنني على استعداد للذهاب إلى جنيف». وذكر الشيخ "
                                 "بأن في ذلك فوائد، فهي تقرب بين الناس ويتعارفون فيما بينهم، "
                                 "وأكد بأن في ذلك فوائد اجتماعية.\n"))
    labels = {q.speaker.label for q in quotes if q.speaker is not None}
    assert not [label for label in labels if "يُجري" in label or "ويتعارفون" in label]


def test_a_name_between_commas_after_an_unread_title_is_who_goes_on(article):
    """"ورأى الدكتور في العلاقات الدولية …، سدات لاشينار، أحد أعضاء …، أن …": the grammar
    cannot read the title, but the name between commas spoke, and "وقال" goes on with him,
    not with the blogger quoted before."""
    quotes = extract_all(article("خبر\n\nوزعم فؤاد عوني أن خلايا داعش نفذت الحادث. ورأى الدكتور في "
                                 "العلاقات الدولية والخبير في الأمن الدولي، سدات لاشينار، أحد "
                                 "أعضاء حزب الشعب الجمهوري المعارض، أن التفجيرات أتت بعد خطة. "
                                 "وقال لـ«الشرق الأوسط»: «يحاول القائمون تمرير الفترة».\n"))
    assert said(quotes, "يحاول القائمون تمرير الفترة").speaker.label == "سدات لاشينار"


def test_a_participle_after_a_subject_of_its_own_is_not_the_last_speaker(article):
    """"من جهته أعرب فهد بن فهيد السبيعي والد الشهيد، عن شكره لسمو الأمير متعب …، مشيرا إلى
    أن …": the sentence names its own subject (a name, then who he is); it is not the
    prince who spoke before, and "وأضاف" after it goes on with the father, not the prince.
    A phrase that may be the verb's object ("وأبدى امتنانه"، "ورددت عدة مرات كلمة") is no
    such subject."""
    quotes = extract_all(article("خبر\n\nوقال وزير الحرس الوطني الأمير متعب بن عبدالله إن الشهيد "
                                 "قدم روحه فداء للوطن. من جهته أعرب فهد بن فهيد السبيعي والد "
                                 "الشهيد، عن شكره وتقديره لسمو الأمير متعب بن عبدالله على "
                                 "تعازيه، مشيرا إلى أن ذلك ليس بمستغرب من قيادة هذه البلاد. "
                                 "وأضاف: إن ابنه ضحى بحياته دفاعا عن الدين.\nوقالت المطربة "
                                 "ديانا حداد إن الجمهور رائع. ورددت عدة مرات كلمة «سلام»، مضيفة "
                                 "أن لقاءها هذا مع الجمهور له طابع خاص.\n"))
    assert said(quotes, "الشهيد قدم روحه فداء للوطن").speaker.label == "الأمير متعب بن عبدالله"
    assert said(quotes, "ذلك ليس بمستغرب من قيادة هذه البلاد").speaker.label \
        == "فهد بن فهيد السبيعي"
    assert said(quotes, "ابنه ضحى بحياته دفاعا عن الدين").speaker.label \
        == "فهد بن فهيد السبيعي"
    assert said(quotes, "لقاءها هذا مع الجمهور له طابع خاص").speaker.label == "ديانا حداد"


def test_a_participle_goes_on_with_the_subject_its_sentence_names(article):
    """"وأشاد دونيس بالمعسكر …، قائلا: …": the sentence's subject is the coach the article
    introduced, so the participle is his."""
    quotes = extract_all(article("خبر\n\nقال مدرب الهلال جورجيوس دونيس إن المباراة فرصة جيدة. "
                                 "وأشاد دونيس بالمعسكر الإعدادي للفريق قائلا: «وضعنا الأساس "
                                 "الذي نحتاجه».\n"))
    assert said(quotes, "وضعنا الأساس الذي نحتاجه").speaker.label == "جورجيوس دونيس"


def test_a_name_in_quotation_marks_after_the_verb_is_its_subject(article):
    """Some outlets put names in quotation marks: "وقال "النجار" في تصريحات …: "…"" and
    "ويرى “جون ديغنان” خبير المدن الذكية أن …" report the words after the name, said by
    the name, which is a term and no statement."""
    quotes = extract_all(article(
        "خبر\n\nأكد نائب مدير الكرة بنادي النصر طلال النجار أن الإدارة وقعت اتفاقية مع "
        "اللاعب. وقال \"النجار\" في تصريحات عبر إذاعة \"يو إف إم\": \"تم التوقيع مع اللاعب\". "
        "وعن موعد وصوله، قال \"النجار\": \"التاريخ المحدد لوصوله في 6 أغسطس\". ويرى “جون "
        "ديغنان” خبير المدن الذكية أن هذا النظام غير مكلف.\n"))
    assert said(quotes, "النجار").kind == "term"
    assert said(quotes, "تم التوقيع مع اللاعب").speaker.label == "طلال النجار"
    assert said(quotes, "التاريخ المحدد لوصوله في 6 أغسطس").speaker.label == "طلال النجار"
    assert said(quotes, "هذا النظام غير مكلف").speaker.label == "جون ديغنان"
    assert said(quotes, "جون ديغنان").kind == "term"


def test_whom_a_verb_tells_is_not_its_subject(article):
    """"وأبلغ "الوطن" المسؤول … أحمد العنزي أن …": the paper was told; it said nothing."""
    quotes = extract_all(article("خبر\n\nقطعت السفارة السعودية في فيينا كافة الأقاويل، وأكدت أن "
                                 "كل ما يشاع تكهنات. وأبلغ \"الوطن\" المسؤول عن شؤون السعوديين "
                                 "في السفارة أحمد العنزي أن التقديرات تشير إلى زيادة.\nوفيما "
                                 "وصف عدد القضايا بالقليل، أفاد بأن أسبابها تتفاوت.\n"))
    assert [q.speaker for q in quotes if q.speaker is not None
            and q.speaker.label == "الوطن"] == []


def test_but_is_not_what_a_verb_reports(article):
    """"ويعتبر الفهمي من المواهب …، إلا أن الإصابات حرمته": إلا أن is "but"."""
    quotes = extract_all(article("خبر\n\nاتفقت ادارة النادي مع اللاعب ياسر الفهمي على تجديد عقده، "
                                 "واكدت مصادر لـ«عكاظ» بأنه لن تتم اعارته، ويعتبر الفهمي من "
                                 "المواهب الكروية التي شهدتها ملاعبنا الرياضية الا ان الاصابات "
                                 "حرمت عشاق كرة القدم من رؤيته طويلا.\n"))
    assert not [q for q in quotes if q.text.startswith("الاصابات حرمت")
                and q.speaker is not None]


def test_son_of_in_a_name_is_not_the_preposition_of_the_object(article):
    """"وأفاد محمد بن عوض الشهري أن …": أفاد takes its object with بـ, but بن is "son of"."""
    assert speaker_label(article, "وأفاد محمد بن عوض الشهري أن ما حدث جريمة نكراء.",
                         "ما حدث جريمة نكراء") == "محمد بن عوض الشهري"


def test_some_of_the_media_is_one_anonymous_source(article):
    """"وأفادت بعض وسائل الإعلام الأخرى أن …": the quantifier and the bodies it counts,
    not "بعض" alone with the rest taken for what was said."""
    quotes = extract_all(article("خبر\n\nوأفادت بعض وسائل الإعلام الأخرى أن النادي دخل في "
                                 "المنافسة على اللاعب.\n"))
    found = said(quotes, "النادي دخل في المنافسة على اللاعب")
    assert (found.speaker.label, found.speaker.type) == ("بعض وسائل الإعلام الأخرى", "anonymous")


def test_a_paper_told_in_quotation_marks_is_not_the_speaker(article):
    """"فإن النجيفي … أبلغ «الشرق الأوسط» أن «…»": the paper was told."""
    quotes = extract_all(article("خبر\n\nفإن النجيفي الذي كان أول المؤيدين لخطوات العبادي أبلغ "
                                 "«الشرق الأوسط» أن «تأييدنا لخطوات العبادي أكدناه في بيان "
                                 "رسمي».\n"))
    assert not [q for q in quotes if q.speaker is not None and "الشرق" in q.speaker.label]


def test_but_ends_what_a_verb_may_report(article):
    """"وهي … تعتبر إيجابية للمستثمرين، لكن … الرسالة هي: "…"": the colon is the message's,
    after "but", not the verb's."""
    quotes = extract_all(article("خبر\n\nوهي على المدى القصير تعتبر إيجابية للمستثمرين، لكن على "
                                 "المدى الطويل الرسالة هي: \"ليس لدينا شيء أفضل للقيام به "
                                 "بأموالنا\".\n"))
    assert not [q for q in quotes if q.speaker is not None]


def test_another_witness_is_an_anonymous_source(article):
    """"وأضافت شاهدة أخرى أن …": a witness (شاهدة, not شاهد with his pronoun), another one."""
    quotes = extract_all(article("خبر\n\nوأضافت شاهدة أخرى أن جنودا طاردوا قريبا لها.\n"))
    found = said(quotes, "جنودا طاردوا قريبا لها")
    assert (found.speaker.label, found.speaker.type) == ("شاهدة أخرى", "anonymous")


def test_especially_as_and_following_something_report_nothing(article):
    """"…، لا سيما أن …" is "especially as"; "يتابعها القراء" is "the readers follow it":
    تابع reports only as a speaker's going on, with no object."""
    quotes = extract_all(article("خبر\n\nحيث يعتبر نهائي كأس السوبر سابقة تاريخية، لا سيما أن "
                                 "التنافس عاد من جديد. ومع كل مرحلة كانت تنشب معركة قضائية "
                                 "يتابعها القراء كمتابعتهم «سوب أوبرا» بشغف.\n"))
    assert not [q for q in quotes if q.speaker is not None]
    assert not [q for q in quotes if q.text.startswith("التنافس")]


@pytest.mark.parametrize("text, words, label", [
    # إلى folds to letters that open like the article: not one more word of the body's name
    ("دعت الهيئة العامة للغذاء والدواء إلى اتباع خطوات. وأشارت في تقرير نشرته على موقعها "
     "إلى أن التسمم حالة مرضية.", "التسمم حالة مرضية", "الهيئة العامة للغذاء والدواء"),
    # a group named by what its members are, with its complement
    ("من جانبها، أوضح استشاريون في طب الأسرة أن تناول الأغذية الفاسدة له أضرار.",
     "تناول الأغذية الفاسدة له أضرار", "استشاريون في طب الأسرة"),
    # a quoted body inside a title, then "former", an honorific and the name
    ("وقال نائب رئيس «أرامكو السعودية» السابق الدكتور سداد الحسيني: إن السوق تتجاوب سريعا.",
     "السوق تتجاوب سريعا", "سداد الحسيني"),
    # who a report was issued by, after when
    ("وارتكبت الجماهير أكثر من 200 تصرف عنصري وفقا لتقرير أصدره أخيرا مركز سوفا لمراقبة "
     "العنصرية ومقره في موسكو.", "وارتكبت الجماهير أكثر من 200 تصرف عنصري",
     "مركز سوفا لمراقبة العنصرية"),
    # the outlet relays whom it names after نقلا عن: they said it
    ("وذكرت نيويورك تايمز، نقلا عن مسؤولين مطلعين قولهم إن السجين خطط للهروب منذ شهور.",
     "السجين خطط للهروب منذ شهور", "مسؤولين مطلعين"),
    ("وأفادت صحيفة \"سودويتشه تسايتونج\" نقلا عن مصدر في الوزارة بأن البرنامج يحتاج إلى "
     "أسس صلبة.", "البرنامج يحتاج إلى أسس صلبة", "مصدر في الوزارة"),
])
def test_labels_that_hold_the_whole_speaker_and_no_more(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_blessing_is_no_speaker(article):
    """"يقول المصطفى صلى الله عليه وآله وسلم: «…»، وذكر منها «…»": "صلى الله" is the blessing
    after the Prophet's name, never who spoke."""
    quotes = extract_all(article("خبر\n\nيقول المصطفى صلى الله عليه وآله وسلم: «إذا مات ابن آدم "
                                 "انقطع عمله إلا من ثلاث»، وذكر منها «عِلم يُنتفَع به». وسئلت "
                                 "عائشة عن عمله فقالت: لا، كان عمله ديمة، وقالت رضي الله عنها: "
                                 "«أحب الأعمال أدومها».\n"))
    assert not [q.speaker.label for q in quotes if q.speaker is not None
                and ("صلى" in q.speaker.label or "رضي" in q.speaker.label)]


def test_amma_with_a_name_and_who_they_are_before_fa(article):
    """"أما طارق فهمي أستاذ العلاقات الدولية … جامعة القاهرة فقال “…”": the topic between أما
    and فـ is who speaks, not the expert quoted before."""
    quotes = extract_all(article("خبر\n\nوقال أستاذ الاقتصاد حسن سلامة إن المشروع قومي. أما طارق "
                                 "فهمي أستاذ العلاقات الدولية والعلوم السياسية بكلية الاقتصاد "
                                 "والعلوم السياسية جامعة القاهرة فقال “المشروع له خلفية "
                                 "سياسية”.\n"))
    assert said(quotes, "المشروع له خلفية سياسية").speaker.label == "طارق فهمي"


def test_a_name_inside_words_already_reported_is_not_the_sentence_subject(article):
    """"وأشار الشريف، إلى أن أحد محامي الجماعة زار «عصام دربالة» …، وأكد أن …": the man
    visited is inside what الشريف reported; "وأكد" goes on with الشريف, not with him."""
    quotes = extract_all(article("خبر\n\nوقال خالد الشريف، المستشار الإعلامي للحزب، إن الدكتور "
                                 "عصام دربالة توفي مساء السبت، وأشار الشريف، إلى أن أحد محامي "
                                 "الجماعة زار «عصام دربالة» في نفس يوم وفاته، وأكد أن صحته كانت "
                                 "في تدهور شديد.\n"))
    found = said(quotes, "صحته كانت في تدهور شديد")
    assert found.speaker is None or found.speaker.label == "خالد الشريف"


def test_a_reporting_word_after_a_preposition_is_a_noun(article):
    """"وتقوم بمهام أولادها على أكمل وجه، …، وتمنت أن …": أكمل after على is "the most
    complete", no verb whose subject the next verb goes on with."""
    quotes = extract_all(article("خبر\n\nفهي كانت نبراس البيت، تربي وتقوم بمهام أولادها على أكمل "
                                 "وجه، ليكون مصيرها الأخير حجرة صغيرة، وتمنت أن تفارق الحياة وهي "
                                 "داخله.\n"))
    assert not [q for q in quotes if q.speaker is not None and "وجه" in q.speaker.label]


@pytest.mark.parametrize("text, words, label", [
    # the branch of a rank (pilot, naval) is not the first word of the name
    ("وأوضح قائد الفريق المقدم طيار موسى الفيفي أن الاستعراض اشتمل على 21 حركة.",
     "الاستعراض اشتمل على 21 حركة", "موسى الفيفي"),
    ("وقال العقيد بحري محمد الشهري إن الدوريات مستمرة.", "الدوريات مستمرة", "محمد الشهري"),
    # alone, "a pilot" is a noun: the pilot speaks
    ("وقال طيار سعودي إن الرحلة كانت هادئة.", "الرحلة كانت هادئة", "طيار سعودي"),
])
def test_ranks_and_their_branch(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_especially_as_goes_on_with_the_same_clause(article):
    """"…، خصوصاً وإن …"، "خاصة وأن …": "especially as", more of what was said, not a
    second report."""
    quotes = extract_all(article("خبر\n\nوأكد الأمين العام أن هذه الأوضاع تحتاج إلى تضافر الجهود "
                                 "خصوصاً وإن هناك حوادث كثيرة بسبب هذه الرحلات.\n"))
    found = said(quotes, "هذه الأوضاع تحتاج إلى تضافر الجهود خصوصاً وإن هناك حوادث كثيرة "
                         "بسبب هذه الرحلات")
    assert found.speaker.label == "الأمين العام"


def test_on_the_part_of_is_no_aside(article):
    """"من جانب معارضين، وقال: …" is "on the part of opponents"; only "من جانبه/من جهته"
    (with the pronoun) says someone new speaks."""
    quotes = extract_all(article("خبر\n\nوقال الرئيس باراك أوباما إن الاتفاق جيد. ودافع أوباما عن "
                                 "الاتفاق الدولي في مواجهة مسعى غاضب من جانب معارضين، وقال: إن "
                                 "رفض الاتفاق سيفتح الباب.\n"))
    assert said(quotes, "رفض الاتفاق سيفتح الباب").speaker.label == "باراك أوباما"


def test_when_after_and_since_are_not_reports(article):
    """"… توقع ارتداد المؤشر في جلسة أمس بعد أن أظهر …": بعد أن is "after"."""
    quotes = extract_all(article("خبر\n\nوجاء أداء السوق متوافقا مع التقرير السابق الذي توقع ارتداد "
                                 "المؤشر في جلسة أمس بعد أن أظهر مؤشرات لذلك في الجلسات "
                                 "السابقة.\n"))
    assert not [q for q in quotes if q.text.startswith("أظهر")]


def test_one_member_is_not_another(article):
    """"عضو الهيئة العامة للائتلاف" is held by many: the member named before is not surely
    the one who speaks now."""
    quotes = extract_all(article("خبر\n\nوقال عضو الهيئة العامة للائتلاف أحمد رمضان إن الاجتماع "
                                 "مهم. وقال عضو الهيئة العامة للائتلاف، خطيب بدلة، في تصريح، إن "
                                 "«اجتماعات الهيئة مستمرة».\n"))
    assert said(quotes, "الاجتماع مهم").speaker.label == "أحمد رمضان"
    found = said(quotes, "اجتماعات الهيئة مستمرة")
    assert found.speaker is None or found.speaker.label != "أحمد رمضان"


def test_recently_is_not_part_of_the_source(article):
    assert speaker_label(article, "وقال دبلوماسي أمريكي كبير في الآونة الأخيرة \"ما يقلقنا هو "
                                  "بريطانيا\".", "ما يقلقنا هو بريطانيا") == "دبلوماسي أمريكي كبير"


def test_a_title_set_off_by_a_semicolon_is_who_the_speaker_is(article):
    # one outlet's style: "name؛ who they are، إن"; the report and its speaker reach past it
    quotes = extract_all(article("خبر\n\nوقال دانيل بوش؛ من فريق منظمة الصحة العالمية لرعاية "
                                 "الناجين، إن نحو نصف الناجين يشكون الآن آلاما في المفاصل. "
                                 "وقال بوش إن نحو ربع الناجين يعانون مشكلات في الأعين.\n"))
    assert said(quotes, "نحو نصف الناجين يشكون الآن آلاما في المفاصل").speaker.label \
        == "دانيل بوش"
    assert said(quotes, "نحو ربع الناجين يعانون مشكلات في الأعين").speaker.label == "دانيل بوش"


@pytest.mark.parametrize("sentence, clause", [
    # what was said goes on past a semicolon or "، وذلك" giving its reason or purpose …
    ("وأوضح المهندس سلطان القرشي أن العمل يجري لإنشاء دور السطح، وذلك لاستفادة الحجيج منه "
     "هذا العام.", "العمل يجري لإنشاء دور السطح، وذلك لاستفادة الحجيج منه هذا العام"),
    ("وقال المدير خالد العمري إن العمل بطيء جدا؛ نظرا لقلة أعداد العمال.",
     "العمل بطيء جدا؛ نظرا لقلة أعداد العمال"),
    # … but not into the outlet's own aside: its occasion, its comment, another report
    ("وصرح بوتين بأن المحادثات القادمة ستعقد في موسكو، وذلك عقب القمة التي جمعت الزعيمين.",
     "المحادثات القادمة ستعقد في موسكو"),
    ("وأكد ترامب من جانبه على تحقيق تقدم في المفاوضات مع إبقاء بعض القضايا موضع نقاش؛ ما يعكس "
     "طبيعة العلاقات.", "تحقيق تقدم في المفاوضات مع إبقاء بعض القضايا موضع نقاش"),
    ("وقال الوزير فهد العلي إن التعاون قوي؛ من جهته أعلن الرئيس الفرنسي دعمه للاتفاق.",
     "التعاون قوي"),
])
def test_a_clause_ends_where_the_outlets_own_words_begin(article, sentence, clause):
    quotes = extract_all(article("خبر\n\n" + sentence + "\n"))
    assert said(quotes, clause)


def test_one_unread_word_before_that_is_who_spoke_not_the_last_speaker(article):
    # a family name the article never introduced: the clause is a report all the same, and
    # its speaker is the name the text gives, not whoever spoke before
    quotes = extract_all(article("خبر\n\nوأكد عضو الهيئة الوطنية للرقابة أن المدن تحررت. "
                                 "وأضاف باتيس أن إقليم عدن سوف يقطع كل الإمدادات.\n"))
    assert said(quotes, "إقليم عدن سوف يقطع كل الإمدادات").speaker.label == "باتيس"


@pytest.mark.parametrize("sentence, words, label", [
    # verbs that report only a clause with its own preposition before أن
    ("فيما أصر وكيله رامي عباس على أن الصفقة ستتم رغم التهديدات.",
     "الصفقة ستتم رغم التهديدات", "رامي عباس"),
    ("ويذهب المحامي أحمد ثابت عسيري إلى أن إشكالية التراث تتمثل في فهم النصوص.",
     "إشكالية التراث تتمثل في فهم النصوص", "أحمد ثابت عسيري"),
    ("وجدد مارك كارني محافظ البنك التأكيد على أن وقت زيادة سعر الفائدة يقترب.",
     "وقت زيادة سعر الفائدة يقترب", "مارك كارني"),
    # a participle goes on with the sentence's subject, not with one of those it thanked
    ("وعبّر والد الشهيد الشيخ علي بن ياسين العمري، عن شكره لخادم الحرمين الشريفين، وسمو "
     "نائبه ولي العهد، وولي ولي العهد، على مواساتهم، مبيناً ان ابنه من الشهداء بإذن الله.",
     "ابنه من الشهداء بإذن الله", "الشيخ علي بن ياسين العمري"),
])
def test_more_verbs_and_the_sentence_subject(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_went_and_insisted_on_a_quotation_are_no_reports(article):
    quotes = extract_all(article("خبر\n\nكان يذهب بي في بعض الأحيان إلى المكتبة الوطنية لأنه يحب أن "
                                 "يرى الطلبة يدرسون. وقال مصدر أوروبي إنه في ما يصر دائنو "
                                 "اليونان على «تعاون جيد جدا» فإن المفاوضات مستمرة.\n"))
    assert not [q for q in quotes if q.text == "يرى الطلبة يدرسون"]
    assert said(quotes, "تعاون جيد جدا").speaker.label == "مصدر أوروبي"


def test_a_feminine_verb_after_a_masculine_relative_names_no_one_here(article):
    # "الذي تصر على أنه": she (Iran) insists; not the man the sentence opened with
    quotes = extract_all(article("خبر\n\nوقال وزير الخارجية الأمريكي جون كيري إن الاتفاق يحد من "
                                 "برنامجها النووي الذي تصر على أنه مخصص للأغراض السلمية.\n"))
    assert said(quotes, "مخصص للأغراض السلمية").speaker is None


def test_a_feminine_participle_after_a_feminine_noun_describes_it(article):
    quotes = extract_all(article("خبر\n\nتعقد القمة وسط إجراءات أمنية مشددة أدت إلى إغلاق مناطق في "
                                 "العاصمة. ودخلوا المسجد بحراسة مشددة من جيش الاحتلال. وقالت "
                                 "الوزيرة سلمى حداد مشددة على أن الخطة ستنفذ كاملة.\n"))
    assert [q.text for q in quotes] == ["الخطة ستنفذ كاملة"]


@pytest.mark.parametrize("sentence, words, label, kind", [
    # a gloss in brackets after the subject; a body's name in brackets after its noun
    ("إلى ذلك، قال مجلس الاحتياطي الاتحادي الأمريكي (البنك المركزي)، إن التضخم ما زال منخفضا.",
     "التضخم ما زال منخفضا", "مجلس الاحتياطي الاتحادي الأمريكي", "organisation"),
    ("قالت جماعة (المساواة الآن) للدفاع عن حقوق الانسان إنه لا توجد قوانين كافية.",
     "لا توجد قوانين كافية", "جماعة (المساواة الآن)", "organisation"),
    ("وقالت شلبي كواست مديرة السياسات لدى جماعة (المساواة الآن) هذا الاسبوع \"نطالب "
     "الولايات المتحدة بالتحرك\".", "نطالب الولايات المتحدة بالتحرك", "شلبي كواست", "person"),
    # unnamed sources: "one of the staff", accusative after لكن/إلا أن, with their aside
    ("وقال أحد الكوادر الطبية بالقطاع إنهم استقبلوا عشرات الحالات.",
     "استقبلوا عشرات الحالات", "أحد الكوادر الطبية بالقطاع", "anonymous"),
    ("لكن مسؤولاً أمريكياً قال إن الغارات تستهدف المواقع العسكرية.",
     "الغارات تستهدف المواقع العسكرية", "مسؤولاً أمريكياً", "anonymous"),
    ("إلا أن مسؤولاً محلياً، طلب عدم ذكر اسمه، قال: «قتل خمسة من المسلحين».",
     "قتل خمسة من المسلحين", "مسؤولاً محلياً", "anonymous"),
    # a title, then a name of two words no list knows, then أن
    ("وأوضح زوج المعلمة ووالد الطالبة فيصل العمراني أنه فوجئ بقبول ابنته في تخصص آخر.",
     "فوجئ بقبول ابنته في تخصص آخر", "زوج المعلمة ووالد الطالبة فيصل العمراني", "person"),
    # a participle after a comma is its sentence speaker's, not a relative clause's subject's
    ("وأوضح المشرف على المسابقة الدكتور سليمان الريمي أن عدد المشاركين تجاوز 100 متسابق، "
     "تم ترشيح 14 منهم وفقاً للمعايير التي أقرتها لجنة الفرز، مبيناً أن المتسابقين سيقدمون "
     "عروضا.", "المتسابقين سيقدمون عروضا", "سليمان الريمي", "person"),
])
def test_asides_brackets_and_unnamed_sources(article, sentence, words, label, kind):
    quotes = extract_all(article("خبر\n\n" + sentence + "\n"))
    speaker = said(quotes, words).speaker
    assert (speaker.label, speaker.type) == (label, kind)


def test_a_verb_after_ma_is_the_outlets_comment_and_names_no_one(article):
    # "وهو ما يؤكد …": ما is the verb's subject, the noun after it its object
    quotes = extract_all(article("خبر\n\nوعبر المهندس خالد المديفر عن فخر الشركة باستضافة هذا "
                                 "التجمع؛ وهو ما يؤكد مكانة الشركة ومسيرتها الناجحة. مشيراً إلى "
                                 "أن المؤتمر سيبحث التحديات.\n"))
    assert said(quotes, "المؤتمر سيبحث التحديات").speaker.label == "خالد المديفر"


@pytest.mark.parametrize("sentence, words", [
    # a title read in part, then more unread words than a name: the words, no garbled label
    # (the name that opens with a given name right before أن, or nobody)
    ("من جانبه، أكد رئيس مجلس إدارة سكرتارية عربال الدائمة محمد علي النقي أن المؤتمر سيشهد "
     "مشاركة العديد من الشركات.", "المؤتمر سيشهد مشاركة العديد من الشركات"),
])
def test_no_speaker_where_the_grammar_reads_only_part_of_it(article, sentence, words):
    quotes = extract_all(article("خبر\n\n" + sentence + "\n"))
    speaker = said(quotes, words).speaker
    assert speaker is None or speaker.label == "محمد علي النقي"


def test_a_participle_goes_on_with_the_subject_of_abbara_at_the_sentence_head(article):
    # عبّر is spelt like the preposition عبر; at the head of the sentence it is the verb
    quotes = extract_all(article("خبر\n\nوعبّر المهندس خالد بن صالح المديفر الرئيس التنفيذي لشركة "
                                 "معادن، عن فخر الشركة باستضافة هذا التجمع، مشيرا إلى أن المؤتمر "
                                 "سيبحث التحديات الحالية.\n"))
    assert said(quotes, "المؤتمر سيبحث التحديات الحالية").speaker.label == "خالد بن صالح المديفر"


@pytest.mark.parametrize("sentence, words, label", [
    # the words are the one's the outlet ascribes them to, where and when he said them aside
    ("وقال خليفة حفتر إن الجيش مستعد. ونسبت وكالة الأنباء الليبية الرسمية إلى حفتر قوله، لدى "
     "اجتماعه أمس مع عدد من النشطاء، إن «صفقة مدرعات تم إبرامها».", "صفقة مدرعات تم إبرامها",
     "خليفة حفتر"),
    # how he said it is not who: "وأضاف مازحا"
    ("وقال جون ستيوارت \"لقد عملنا بجهد\"، وأضاف مازحا \"من الواضح أن وضع العالم أسوأ\".",
     "من الواضح أن وضع العالم أسوأ", "جون ستيوارت"),
    # a name, then a noun with his pronoun: the name is the subject, the noun the object
    ("وأعلن ميشيل بلاتيني ترشحه رسميا لرئاسة الاتحاد الدولي.",
     "ترشحه رسميا لرئاسة الاتحاد الدولي", "ميشيل بلاتيني"),
    # families and tribes are a collective source; whoever received their messages is not
    ("وتلقت القيادة البحرينية زيارات وبرقيات من الأسر والقبائل. وقالت: إن هذه السلوكية تتعارض "
     "مع مبادئ حسن الجوار. وجددت العائلات والقبائل البحرينية التأكيد على أن التدخلات مرفوضة.",
     "التدخلات مرفوضة", "العائلات والقبائل البحرينية"),
])
def test_relays_manners_owners_and_collectives(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_a_recommendation_makes_its_subject_whom_the_next_verb_goes_on_with(article):
    quotes = extract_all(article("خبر\n\nأوصى إمام وخطيب المسجد الحرام الشيخ الدكتور صالح بن "
                                 "حميد، الذين زلت بهم القدم أن يعودوا إلى الله. وأكد عبر كلمة "
                                 "وجهها للشباب أن وضع الأمة لا يسر.\n"))
    assert said(quotes, "وضع الأمة لا يسر").speaker.label == "الشيخ الدكتور صالح بن حميد"
    assert not [q for q in quotes if q.text.startswith("يعودوا")]
    quotes = extract_all(article("خبر\n\nوتلقت القيادة رسائل كثيرة. وقالت: إن السلوكية مرفوضة.\n"))
    assert said(quotes, "السلوكية مرفوضة").speaker is None


@pytest.mark.parametrize("sentence, words, label", [
    # a source inside someone's reported words is theirs to tell: "وأضاف" goes on with them
    ("وقال الأمين العام للهيئة الدكتور إحسان طيب إن الوضع مأساوي، مشيراً إلى أنه وفقاً لتقرير "
     "المفوضية العليا لشؤون اللاجئين، فإن آلاف المهاجرين يموتون. وأضاف أن تكاليف السفر تبلغ "
     "مئات الدولارات.", "تكاليف السفر تبلغ مئات الدولارات", "إحسان طيب"),
    # statistics speak for the ministry that issued them; the day before yesterday is a time
    ("وأوضحت إحصائيات وزارة الصحة أن عدد السيدات المصابات بلغ نحو 79 حالة.",
     "عدد السيدات المصابات بلغ نحو 79 حالة", "وزارة الصحة"),
    ("وكانت قد أعلنت وزارة الصحة البارحة الأولى، في بيانها اليومي أنه تم تسجيل حالة إصابة مؤكدة.",
     "تم تسجيل حالة إصابة مؤكدة", "وزارة الصحة"),
])
def test_nested_sources_documents_and_times(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_a_title_is_not_someone_with_the_same_head_introduced_later(article):
    filler = "ويهدف البرنامج إلى توفير بيئة صحية آمنة للأشقاء اللاجئين في المخيم. " * 4
    quotes = extract_all(article("خبر\n\nوقال المدير الطبي للعيادات إن البرنامج حقق تقدما واضحا "
                                 "خلال المراحل السابقة.\n" + filler + "\nمن جهته اعرب المدير "
                                 "الاقليمي للحملة "
                                 "الدكتور بدر عبدالرحمن السمحان عن ارتياحه. وبين السمحان ان "
                                 "الحملة مستمرة.\n"))
    assert said(quotes, "البرنامج حقق تقدما واضحا خلال المراحل السابقة").speaker.label \
        == "المدير الطبي للعيادات"


def test_a_name_ends_where_a_noun_with_his_pronoun_begins(article):
    quotes = extract_all(article("خبر\n\nوأكد وزير الخارجية الأمريكي جون كيري حرصه الشديد على "
                                 "إنجاح الاتفاق النووي مع إيران.\n"))
    found = said(quotes, "حرصه الشديد على إنجاح الاتفاق النووي مع إيران")
    assert found.speaker.label == "جون كيري" and found.form == "object"


def test_a_bare_surname_is_the_one_person_met_so_far_with_it(article):
    quotes = extract_all(article(
        "خبر\n\nوقد أكد محمد النهدي رئيس مجلس إدارة الشركة، أن المخطط لاقى قبولا واسعا.\n"
        "وأشار النهدي إلى أن الطلب على الأراضي كبير.\n"
        "وأوضح وليد النهدي نائب رئيس مجلس إدارة الشركة أن المخطط يتميز بموقعه.\n"
        "وقال النهدي إن المزاد نجح.\n"))
    assert said(quotes, "الطلب على الأراضي كبير").speaker.label == "محمد النهدي"
    # once both are met, the bare surname names neither for sure
    assert said(quotes, "المزاد نجح").speaker is None


@pytest.mark.parametrize("sentence, words, label", [
    # a definite verbal noun after the title's definite chain is the verb's object
    ("ذكرت صحيفة الوطن أن الوزير يعتزم السفر. ورفضت متحدثة باسم مكتب رئاسة الوزراء التعليق "
     "على هذه المعلومات، مشيرة إلى أنّ كاميرون سيعلن عن موعد الاستفتاء.",
     "كاميرون سيعلن عن موعد الاستفتاء", None),
    # where her words were recorded is not part of who she is
    ("وقالت المشرفة على المبنى في أقوالها وفقاً لسجلات الشرطة إن الطالب كان يتحدث معها.",
     "الطالب كان يتحدث معها", "المشرفة على المبنى"),
    # a verbal noun of the مفاعلة kind governs the next noun of the title
    ("تفقد نائب رئيس لجنة متابعة أعمال الصيانة فهد بن فرج الصقيه بعض المدارس.\nوفي نهاية "
     "الجولة بين الصقيه أن الادارة قامت بصيانة 300 مبنى، فيما تم ترميم 30 مدرسة مضيفا أن "
     "العمل يجري الآن.", "العمل يجري الآن", "فهد بن فرج الصقيه"),
    # the demonstrative object before the subject: "وبين" goes on with the director
    ("أوضح ذلك المدير العام للتعليم محمد بن عبدالله المرشد وبين أن اللجنة أعدت رابطا.",
     "اللجنة أعدت رابطا", "محمد بن عبدالله المرشد"),
    # where his words were found stands between the subject and إن
    ("بدأ جورج اوسبورن وزير المالية البريطاني زيارة لباريس.\nوقال اوسبورن كما ورد في فقرات "
     "من خطابه نشرت مسبقًا إن \"الاستفتاء فرصة للبحث في اصلاحات\".",
     "الاستفتاء فرصة للبحث في اصلاحات", "اوسبورن"),
])
def test_objects_occasions_and_asides_around_the_subject(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_lakinnahu_and_a_speech_verb_end_the_clause_without_a_comma(article):
    quotes = extract_all(article("خبر\n\nوأكد فهد المفرج أن المعسكر لا يخلو من التعب خصوصا مع "
                                 "المجهود الذي يبذله اللاعبون لكنه أوضح أن المدرب يريد "
                                 "إعدادهم.\n"))
    # (the first clause ends before لكنه: it does not run on into the second report)
    said(quotes, "المعسكر لا يخلو من التعب خصوصا مع المجهود الذي يبذله اللاعبون")
    assert said(quotes, "المدرب يريد إعدادهم").speaker.label == "فهد المفرج"


def test_lakin_a_named_subject_and_a_speech_verb_end_the_clause_without_a_comma(article):
    """"واتهمت واشنطن ولندن وباريس الجيش السوري بشن هجمات … لكن موسكو تؤكد أنه …": the
    accusation ends before لكن; what Moscow says is Moscow's, not more of the accusation."""
    quotes = extract_all(article("خبر\n\nواتهمت واشنطن ولندن وباريس الجيش السوري بشن هجمات "
                                 "بغاز الكلور لكن موسكو تؤكد أنه لا توجد أدلة تدعم هذه "
                                 "الاتهامات.\n"))
    said(quotes, "الجيش السوري بشن هجمات بغاز الكلور")
    assert said(quotes, "لا توجد أدلة تدعم هذه الاتهامات").speaker.label == "موسكو"


@pytest.mark.parametrize("sentence, words, label", [
    # a verbal noun with his pronoun after a title opens the object: it is never a name
    ("وأكد الرئيس الروسي حرصه على التعاون مع الولايات المتحدة.",
     "حرصه على التعاون مع الولايات المتحدة", "الرئيس الروسي"),
    ("وأبدى الرئيس الروسي استعداده للتعاون، مؤكدا أن العلاقات مهمة.",
     "العلاقات مهمة", "الرئيس الروسي"),
    # a given name that ends in ه is a name all the same
    ("وأكد الطبيب نزيه الحربي حرصه على التعاون.", "حرصه على التعاون", "نزيه الحربي"),
    # a noun of three letters with his pronoun ends the subject: "his reply", no name
    ("وأكد الشيخ حمود المخلافي أن المقاومة صامدة. واختتم المخلافي رده بالقول: «لن نتراجع».",
     "لن نتراجع", "حمود المخلافي"),
    # nor a noun with a plural pronoun: "to draw their attention", nobody who spoke
    ("ووزعت الشرطة منشورات على السائحات، للفت انتباههن بأن القانون يمنع النقاب.",
     "القانون يمنع النقاب", None),
    # but "one of them" is a source all the same
    ("وعلق أحدهم بأن الطالب يستحق التكريم.", "الطالب يستحق التكريم", "أحدهم"),
])
def test_a_noun_with_his_pronoun_after_a_title_is_the_object(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


@pytest.mark.parametrize("sentence, words, label", [
    # a speech noun's pronoun says whose words they are: his, not the committee's
    ("برأت اللجنة السعودية للرقابة على المنشطات الحارس عبد الله العنزي من التهمة على خلفية "
     "خروجه في القنوات وتأكيده أنه لجأ لاستخدام حقن مسكنة.", "لجأ لاستخدام حقن مسكنة", None),
    # a title's own preposition and the verbal nouns that govern the next noun
    ("وأصدرت اللجنة السعودية للرقابة على المنشطات بيانا قالت فيه: \"الحقن غير محظورة\".",
     "الحقن غير محظورة", "اللجنة السعودية للرقابة على المنشطات"),
    ("أكد عضو الهيئة الوطنية للرقابة على تنفيذ مخرجات الحوار اليمني، صلاح باتيس، استمرار "
     "تطهير المدن. وأضاف باتيس أن الإقليم سيقطع الإمدادات.", "الإقليم سيقطع الإمدادات",
     "صلاح باتيس"),
    # which report a body spoke in is not part of its name
    ("قال صندوق النقد الدولي في أول تقرير مراجعة للاقتصاد الصومالي منذ 20 عاما إن الدولة "
     "حققت تقدما.", "الدولة حققت تقدما", "صندوق النقد الدولي"),
    # information said to exist names nobody
    ("وبحسب معلومات حصلت عليها «الشرق الأوسط» أمس، فإنه لا يوجد جدول زمني للتشغيل.",
     "لا يوجد جدول زمني للتشغيل", None),
    # a state by its style and by its capital
    ("استدعت مملكة البحرين سفيرها لدى إيران للتشاور.\nوشددت على أن التصريحات مؤسفة.",
     "التصريحات مؤسفة", "مملكة البحرين"),
    ("وأدانت المنامة بشدة استمرار التصريحات، مؤكدة أنها ستتخذ جميع الإجراءات.",
     "ستتخذ جميع الإجراءات", "المنامة"),
    # "وعليه، فقد استدعت وزارة الخارجية …، معربة": the ministry, after فقد
    ("وتشدد مملكة البحرين على أن التصريحات مؤسفة.\nوعليه، فقد استدعت وزارة الخارجية سفير "
     "مملكة البحرين وذلك للتشاور، معربة عن أملها في أن تسود علاقات طبيعية بين البلدين.",
     "تسود علاقات طبيعية بين البلدين", "وزارة الخارجية"),
])
def test_whose_words_sources_states_and_clause_leads(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_a_list_item_with_a_colon_is_no_speaker_headline(article):
    quotes = extract_all(article("خبر\n\nوتشمل النصائح ما يلي:\n* سفر مرضى السرطان: تشمل "
                                 "العوامل التي تمنع سفرهم بالطائرة ما يلي.\n-وسام : هدفنا "
                                 "البطولة\n"))
    assert not [q for q in quotes if q.text.startswith("تشمل العوامل")]
    assert said(quotes, "هدفنا البطولة").form == "headline"


def test_a_bodys_quoted_name_after_its_noun_is_no_ones_words(article):
    quotes = extract_all(article("خبر\n\nوقال جون فالون المدير العام لدار «بيرسون» في بيان نشرته "
                                 "المجموعة إن «بيرسون تعتز بتاريخها».\n"))
    assert said(quotes, "بيرسون").kind == "term" and said(quotes, "بيرسون").speaker is None
    assert said(quotes, "بيرسون تعتز بتاريخها").speaker.label == "جون فالون"


def test_lines_of_a_dashed_list_are_no_speaker_headlines(article):
    quotes = extract_all(article("خبر\n\nوجاءت الجامعات كما يلي:\n- جامعة الملك سعود: تراجعت "
                                 "إلى المركز الـ569 في عام 2015\n- جامعة الملك عبدالعزيز: احتلت "
                                 "المركز الـ995 في عام 2015\nوقال الوزير خالد العمري إن التصنيف "
                                 "مهم.\n"))
    assert [q.text for q in quotes] == ["التصنيف مهم"]


@pytest.mark.parametrize("sentence, words, label", [
    ("وقالت القيادة البحرينية في اليومين الأخيرين إن التصريحات مرفوضة.",
     "التصريحات مرفوضة", "القيادة البحرينية"),
])
def test_a_time_of_days_ends_the_subject(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_a_preposition_with_ma_ends_a_name():
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize
    text = "وقال جوشوا دريك عما إذا كان سيعود"
    assert parse_subject(text, tokenize(text, 0, len(text)), 1).label == "جوشوا دريك"


@pytest.mark.parametrize("sentence, words, label", [
    # "، كما أكد <someone else> أن": his own report, not more of the first
    ("وأوضح حسام مغازي وزير الري المصري أن الجولة إيجابية، كما أكَّد مهندس معتز موسى وزير "
     "الموارد المائية السوداني أن السودان على يقين بالتوافق.", "السودان على يقين بالتوافق",
     "مهندس معتز موسى وزير الموارد المائية السوداني"),
    # a name, then its title: "وقال الرشيد" is the man named so
    ("وقد وقع المذكرة فهد الرشيد، العضو المنتدب لمدينة الملك عبدالله الاقتصادية، في حفل "
     "خاص. وقال الرشيد: «التوقيع يؤكد مساعي المدينة».", "التوقيع يؤكد مساعي المدينة",
     "فهد الرشيد"),
    # (not from the middle of a longer name: the father's name is no one's)
    ("زود محمد بن علي هندي، الباحث الفلكي بالجامعة، الصحيفة بفيديو. وقال هندي إن الجسم نيزك.",
     "الجسم نيزك", "محمد بن علي هندي"),
])
def test_else_names_and_senders(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_whom_a_message_came_from_said_what_it_says(article):
    quotes = extract_all(article("خبر\n\nوقال المتحدث إن غرفة العمليات تلقت بلاغا من أحد "
                                 "المواطنين افاد من خلاله بمهاجمة قرد لشخصين.\n"))
    found = [q for q in quotes if "مهاجمة قرد" in q.text and not q.text.startswith("غرفة")]
    assert found and found[0].speaker.label == "أحد المواطنين"


def test_my_pronoun_and_a_common_verb_are_no_names(article):
    quotes = extract_all(article("خبر\n\nوقال الكابتن خميس السهراني إن البرنامج ناجح.\n"
                                 "وأضاف سعادتي أيضاً أن أتواجد في نادي الاتحاد.\n"))
    assert said(quotes, "البرنامج ناجح").speaker.label == "خميس السهراني"
    assert all(q.speaker is None or "سعادتي" not in q.speaker.label for q in quotes)
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize
    text = "بينما الفرع الثالث يتم فيه حفظ عشرين جزءا"
    assert parse_subject(text, tokenize(text, 0, len(text)), 3) is None


@pytest.mark.parametrize("sentence, words, label", [
    # a title that begins with و (وزير، وكيل) right after the name is who he is, not "and"
    ("وأوضح حسام مغازي وزير الري المصري أن الجولة إيجابية.", "الجولة إيجابية", "حسام مغازي"),
    ("أكد فيصل الشبرمي وكيل أعمال اللاعب إبراهيم غالب أن سبب الغياب مرضي.",
     "سبب الغياب مرضي", "فيصل الشبرمي"),
    # a name, then its title beginning with و: "وقال الوزير" is him
    ("التقى السفير جورج اوسبورن وزير المالية البريطاني بنظيره.\nوقال الوزير إن اللقاء مثمر.",
     "اللقاء مثمر", "جورج اوسبورن"),
])
def test_titles_that_begin_with_waw(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


@pytest.mark.parametrize("sentence, words, label", [
    # who was asked answers
    ("وقال البيان الفرنسي: \"نشكر الجميع\".\nوسئل مسؤول فرنسي عما اذا كان الافراج جاء بعد "
     "دفع فدية، فقال: ان فرنسا لا تعطي أي تفاصيل.", "فرنسا لا تعطي أي تفاصيل", "مسؤول فرنسي"),
    # a given name after someone whose name ends with it is a new person (her father)
    ("أصيبت الطفلة زينب محمد لباد بطلق ناري.\nواوضح محمد لباد والد الطفلة ان الطلق استقر "
     "قرب الانف.", "الطلق استقر قرب الانف", "محمد لباد"),
    # whom he thanked comes right after the verb of thanking
    ("وقال محمد لباد والد الطفلة إن ابنته بخير. وشكر سفارة المملكة التي بذلت جهودا كبيرة، "
     "مضيفا أن المسؤولين حرصوا على التواجد.", "المسؤولين حرصوا على التواجد", "محمد لباد"),
    # a sound plural after a body's definite name is whom it thanked, not more of its name
    ("وشكرت وزارة الصحة المواطنين على تعاونهم، مضيفة أن الحملة ناجحة.", "الحملة ناجحة",
     "وزارة الصحة"),
])
def test_asked_thanked_and_fathers(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_a_verb_after_a_title_and_a_common_noun_after_a_given_name_are_no_names():
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize
    text = "رئيس الفلبين يؤيد ترشيح وزير الداخلية خلفًا له"
    found = parse_subject(text, tokenize(text, 0, len(text)), 0)
    assert found is not None and found.name is None and found.label == "رئيس الفلبين"
    text = "امتدح د. عبدالعزيز دور وزارتي التجارة والزراعة"
    found = parse_subject(text, tokenize(text, 0, len(text)), 2)
    assert found is None or "دور" not in found.label


def test_a_quote_mark_right_before_a_verb_that_opens_the_text_is_read_without_a_crash(article):
    # (found by the hardening properties: the subject's possible starts ran past the verb)
    quotes = extract_all(article("بـ”‘قال\n"))
    assert all(q.speaker is None for q in quotes)


def test_a_bare_body_a_whole_story_later_is_not_the_one_named_far_back(article):
    filler = "وتواصلت الاحتجاجات في عدد من المدن طوال الأسبوع الماضي دون توقف. " * 25
    quotes = extract_all(article("موجز\n\nكولومبو: قالت الشرطة في سريلانكا إن شخصا قتل.\n"
                                 + filler + "\nتايبه: وقالت الشرطة إن نحو 700 طالب تسلقوا "
                                 "المتاريس.\n"))
    assert said(quotes, "شخصا قتل").speaker.label == "الشرطة في سريلانكا"
    assert said(quotes, "نحو 700 طالب تسلقوا المتاريس").speaker.label == "الشرطة"


def test_a_story_a_verb_of_telling_names_is_no_name(article):
    quotes = extract_all(article("خبر\n\nوقال الشيخ عبدالله النخيلان إن السحر لا يقع إلا بإذن "
                                 "الله.\nوحكى النخيلان قصة مرت به قائلاً: اتصل بي أب فتاة.\n"))
    assert said(quotes, "اتصل بي أب فتاة").speaker.label == "عبدالله النخيلان"


def test_a_name_then_who_he_is_between_commas_then_the_verb(article):
    quotes = extract_all(article("خبر\n\nقال اللورد نويبيرجر: \"لا يوجد تقويض للقضاء\".\nموك، "
                                 "المحامي الذي يعمل في لجنة القانون الأساسي، يقول إن تعليق "
                                 "اللورد يظهر رد الفعل.\n"))
    assert said(quotes, "تعليق اللورد يظهر رد الفعل").speaker.label == "موك"


@pytest.mark.parametrize("sentence, words, label", [
    # a foreign name ending in ه before an adjunct and إن: the subject, not "his X"
    ("وقال رومنيجه للصحفيين إن الصفقة اكتملت.", "الصفقة اكتملت", "رومنيجه"),
    # a foreign given name shaped like a verb, then a family name, then who he is
    ("وقال يالجين أكدوجان نائب رئيس الوزراء التركي إن الدولة تواصل مباحثاتها.",
     "الدولة تواصل مباحثاتها", "يالجين أكدوجان"),
    # a name opening like بـ, then where he spoke
    ("وقال بارزاني في كلمة ألقاها في دهوك إن التنظيم ترك آلافا من جثثه.",
     "التنظيم ترك آلافا من جثثه", "بارزاني"),
    # a family name of العبد and one of God's names
    ("وقال عبد الناصر العبد اللطيف المتحدث الرسمي للهيئة إن الملاحقة حدت من عددهم.",
     "الملاحقة حدت من عددهم", "عبد الناصر العبد اللطيف"),
])
def test_names_no_list_knows_are_read_from_the_construction(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_a_noun_with_his_pronoun_before_that_is_still_no_name_after_an_object_verb(article):
    assert speaker_label(article, "وأكد موقفه أن الدولة تواصل مباحثاتها.",
                         "الدولة تواصل مباحثاتها") is None


def test_a_family_name_of_two_words_alone_is_the_person_named_in_full(article):
    quotes = extract_all(article("خبر\n\nوقال عبد الناصر العبد اللطيف المتحدث الرسمي للهيئة إن "
                                 "الملاحقة حدت من عددهم.\nوقال العبد اللطيف إن الإجراءات دفعت "
                                 "المقيمين إلى التقيد بالأنظمة.\n"))
    first = said(quotes, "الملاحقة حدت من عددهم").speaker
    again = said(quotes, "الإجراءات دفعت المقيمين إلى التقيد بالأنظمة").speaker
    assert first is not None and again is not None and again.id == first.id


def test_a_noun_of_his_country_after_a_title_is_the_object_not_a_name(article):
    quotes = extract_all(article("خبر\n\nوالتقى وزير الخارجية الأردني ناصر جودة المبعوث الأممي. "
                                 "وأكد الوزير الأردني موقف بلاده الداعي إلى حل سياسي.\n"))
    found = said(quotes, "موقف بلاده الداعي إلى حل سياسي")
    assert found.speaker is not None and found.speaker.label == "ناصر جودة"
    assert all("موقف" not in (q.speaker.label if q.speaker else "") for q in quotes)


def test_a_label_and_its_dates_are_no_headline(article):
    quotes = extract_all(article("عروض\n\nعرض الصيف\nصلاحية العرض: من 1 يوليو (تموز) إلى 31 "
                                 "سبتمبر (أيلول)\nديسلفا: جاهزون للمباراة\n"))
    assert [q.text for q in quotes if q.form == "headline"] == ["جاهزون للمباراة"]


@pytest.mark.parametrize("sentence, words, label", [
    ("اعتبر محللون سياسيون أردنيون تصرفات رئيس الوزراء السابق غير لائقة، مؤكدين أن المواقف "
     "لا تنم عن نضج.", "المواقف لا تنم عن نضج", "محللون سياسيون أردنيون"),
    ("وأكد المبعوث الأممي الحاجة إلى اتخاذ إجراءات، معتبرا أن الخسائر كبيرة.",
     "الخسائر كبيرة", "المبعوث الأممي"),
    ("وأعلن حزب العمال الكردستاني في منتصف يوليو أن الهدنة انتهت.", "الهدنة انتهت",
     "حزب العمال الكردستاني"),
    ("وأكدت أمانة سوق عكاظ ممثلة في الدكتور جريدي منصوري أن العرض سيقدم هذا العام.",
     "العرض سيقدم هذا العام", "أمانة سوق عكاظ"),
    ("ويؤكد مجلس الإدارة بناء على التقرير أن الحفل لم يتضمن أي مخالفة.",
     "الحفل لم يتضمن أي مخالفة", "مجلس الإدارة"),
])
def test_a_subject_phrase_ends_where_its_words_stop_naming_it(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_and_between_is_no_verb_and_a_city_after_a_company_is_no_name(article):
    quotes = extract_all(article(
        "خبر\n\nوأوضح المدير التنفيذي لشركة مترو جدة الدكتور أسامة إبراهيم عبده أن الخط يربط بين "
        "شمال أبحر وبين وسط جدة.\nوأشار المدير التنفيذي لشركة مترو جدة إلى أن جسر أبحر من أهم "
        "المشاريع.\n"))
    assert said(quotes, "جسر أبحر من أهم المشاريع").speaker.label == "أسامة إبراهيم عبده"


def test_a_past_verb_after_a_family_name_is_not_part_of_the_name(article):
    assert speaker_label(article, "وكان فوتشيتش حضر المراسم لكنه أصيب. وقال فوتشيتش إن التصريح "
                         "انتزع من سياقه.", "التصريح انتزع من سياقه") == "فوتشيتش"


def test_his_hope_after_expressed_is_the_verbs_report_and_goes_on_with_its_speaker(article):
    quotes = extract_all(article("خبر\n\nوقال الوزير الأردني ناصر جودة إن الحل سياسي. وأعرب عن "
                                 "أمله في أن تنتهي الأزمة السورية في أقرب وقت ممكن.\n"))
    assert said(quotes, "تنتهي الأزمة السورية في أقرب وقت ممكن").speaker.label == "ناصر جودة"


def test_a_word_bin_follows_is_a_given_name_even_when_it_is_also_a_noun(article):
    quotes = extract_all(article("خبر\n\nمحافظ الحائط عودة بن سليمان العودة أكد أن تسجيل الموقع "
                                 "إنجاز كبير. ولفت العودة إلى أن إدراج الآثار دليل على أهميتها.\n"))
    assert said(quotes, "تسجيل الموقع إنجاز كبير").speaker.label == "عودة بن سليمان العودة"
    assert said(quotes, "إدراج الآثار دليل على أهميتها").speaker.label \
        == "عودة بن سليمان العودة"


def test_an_officer_no_one_names_is_the_speaker_with_his_description(article):
    quotes = extract_all(article("خبر\n\nوقال ضابط شرطة كبير في البنجاب إن القتلى أربعة مدنيين. "
                                 "وأضاف إن أشخاصا آخرين أصيبوا.\n"))
    assert said(quotes, "القتلى أربعة مدنيين").speaker.label == "ضابط شرطة كبير في البنجاب"
    assert said(quotes, "أشخاصا آخرين أصيبوا").speaker.label == "ضابط شرطة كبير في البنجاب"


def test_a_body_a_feminine_verb_introduced_goes_on_with_a_feminine_participle(article):
    quotes = extract_all(article("خبر\n\nقالت «السعودي الفرنسي كابيتال» إن صافي ربح الشركة جاء أعلى "
                                 "من توقعاتها. وأبقت «السعودي الفرنسي» على توصيتها، مشيرة إلى أن "
                                 "الشركة حققت ربحا قويا.\n"))
    assert said(quotes, "الشركة حققت ربحا قويا").speaker.label == "السعودي الفرنسي كابيتال"


def test_what_came_in_a_bodys_statement_is_the_bodys(article):
    quotes = extract_all(article("خبر\n\nوجاء في بيان للجنة المنظمة \"ان اللون الاسود يرمز الى "
                                 "التنوع\". وجاء في بيان صادر عن وزارة الداخلية أن الأجهزة الأمنية "
                                 "ضبطت المتهمين.\nوأكد الزوج أنه تأكيد لما ورد في بيان الجامعة.\n"))
    assert "لجنة المنظمة" in said(quotes, "ان اللون الاسود يرمز الى التنوع").speaker.label
    assert said(quotes, "الأجهزة الأمنية ضبطت المتهمين").speaker.label == "وزارة الداخلية"
    assert said(quotes, "تأكيد لما ورد في بيان الجامعة").speaker.label == "الزوج"


def test_a_foreign_name_opening_like_a_preposition_is_read_as_a_name(article):
    quotes = extract_all(article("خبر\n\nوكان الارتياح سائدا حيال المدرب لازلو بولوني. وكشف بولوني أن "
                                 "الفريق يحتاج مدافعا.\nوقال لازلو بولوني إن المعسكر ناجح.\nوقال "
                                 "الرئيس لحل النزاع إن الحوار ضروري.\n"))
    assert said(quotes, "الفريق يحتاج مدافعا").speaker.label == "لازلو بولوني"
    assert said(quotes, "المعسكر ناجح").speaker.label == "لازلو بولوني"
    assert said(quotes, "الحوار ضروري").speaker.label == "الرئيس"


def test_depending_on_and_a_signature_are_no_sources(article):
    quotes = extract_all(article("خبر\n\nوتختلف الأسعار على حسب الموقع الجغرافي للمتجر وحجمه.\n"
                                 "طبيب باطـني: ت 2216 665\n"))
    assert quotes == []


def test_between_two_sides_is_no_verb_and_expected_that_is_nobodys(article):
    quotes = extract_all(article("خبر\n\nوقال الوزير نيكوس باراسكيفوبولوس إن القوانين ضرورية. ووقعت "
                                 "صدامات بين الشرطة ومتظاهرين. ويتوقع أن يتبنى النواب القوانين.\n"
                                 "وعن توقعاته لمباراة السوبر بين الهلال والنصر قال: «صعب التوقع».\n"
                                 "الوزير بين أن العمل مستمر.\n"))
    assert said(quotes, "يتبنى النواب القوانين").speaker is None
    assert said(quotes, "صعب التوقع").speaker is None or \
        "الهلال" not in said(quotes, "صعب التوقع").speaker.label
    assert said(quotes, "العمل مستمر").speaker.label == "نيكوس باراسكيفوبولوس"   # بيّن, the verb


def test_a_paper_that_relayed_the_source_is_not_its_speaker(article):
    quotes = extract_all(article("خبر\n\nوأشارت مصادر حسبما أوردت صحيفة “عكاظ”، إلى أنه سيتم استدعاء "
                                 "عدد آخر من الشباب، مبينة أنه سيتم استدعاء الفتاتين.\n"))
    for words in ("سيتم استدعاء عدد آخر من الشباب", "سيتم استدعاء الفتاتين"):
        assert said(quotes, words).speaker.label == "مصادر"


def test_who_said_so_after_the_fact_is_whom_the_next_verb_goes_on_with(article):
    quotes = extract_all(article("خبر\n\nوتم ضبط المخالفين، أوضح ذلك الناطق الإعلامي لجوازات منطقة "
                                 "الجوف العقيد عبدالمنعم الحيزان. وأشار إلى أن الأعداد كبيرة.\n"))
    assert said(quotes, "الأعداد كبيرة").speaker.label == "عبدالمنعم الحيزان"


def test_a_family_name_with_al_ends_the_name_before_the_object(article):
    quotes = extract_all(article("خبر\n\nوقال الشيخ غيث بن هامل آل غيث إن الفرسان أبطال. وكرم الشيخ غيث "
                                 "بن هامل آل غيث الفرسان.\n"))
    assert said(quotes, "الفرسان أبطال").speaker.label == "غيث بن هامل آل غيث"
    assert all("الفرسان" not in (q.speaker.label if q.speaker else "") for q in quotes)


def test_a_name_and_title_after_a_verb_of_calling_introduce_the_person(article):
    quotes = extract_all(article("خبر\n\nدعا هادي إليامي رئيس لجنة حقوق الإنسان العربية «لجنة "
                                 "الميثاق»، كافة الهيئات إلى التحرك. وقال إليامي - في بيان له - إنه "
                                 "يدعو إلى التهدئة.\nوقال محمد العلي إن الوضع صعب. وقال العلي إن "
                                 "الحل قريب.\n"))
    assert said(quotes, "يدعو إلى التهدئة").speaker.label == "هادي إليامي"
    assert said(quotes, "الحل قريب").speaker.label == "محمد العلي"      # a name, not the Most High


def test_a_name_ends_before_the_word_with_bi_its_verb_governs(article):
    quotes = extract_all(article("خبر\n\nوأشاد المدرب كريستيان غروس بتعاقدات فريقه الأخيرة، وقال: "
                                 "«الفريق قوي».\n"))
    assert said(quotes, "الفريق قوي").speaker.label == "كريستيان غروس"


def test_a_body_then_idh_then_what_it_does_as_it_speaks(article):
    quotes = extract_all(article("بيان\n\nوقد تم تنفيذ الحكم بالجاني.\nووزارة الداخلية إذ تعلن عن ذلك "
                                 "لتؤكد للجميع حرص الحكومة على استتباب الأمن.\n"))
    found = said(quotes, "حرص الحكومة على استتباب الأمن")
    assert found.speaker.label == "وزارة الداخلية"


@pytest.mark.parametrize("sentence, words, label", [
    ("وقال الأمير نايف بن عبدالعزيز نصا: «الأمن مسؤولية الجميع».", "الأمن مسؤولية الجميع",
     "الأمير نايف بن عبدالعزيز"),
    ("وقال محمد دمرداش إن السلام ممكن. وأضاف مخاطبا رئيس الوزراء: «أوقفوا الحرب».",
     "أوقفوا الحرب", "محمد دمرداش"),
    ("وقال الفريق الطبي للاتحاد البرازيلي إن اللاعب مصاب.", "اللاعب مصاب",
     "الفريق الطبي للاتحاد البرازيلي"),
    ("وقال الفريق الركن عبدالرحمن البنيان إن الوضع آمن.", "الوضع آمن", "عبدالرحمن البنيان"),
    ("وحسب وكالة أنباء الشرق الأوسط، أكدت الوزيرة أن الوضع مستقر.", "الوضع مستقر", "الوزيرة"),
    ("وقال مدير الخطوط ناصر الدوسري إن القطار توقف. ولفت الدوسري إلى أن الرئيس محمد السويكت "
     "تابع بنفسه الموقف، مشيرًا إلى أن المؤسسة تتابع الأمر.", "المؤسسة تتابع الأمر",
     "ناصر الدوسري"),
])
def test_manner_addressees_teams_relays_and_following_up_are_not_speakers(article, sentence,
                                                                         words, label):
    assert speaker_label(article, sentence, words) == label


def test_whom_a_body_told_is_not_its_speaker(article):
    assert speaker_label(article, "وأصدر المركز الإعلامي بالنادي بيانا ليؤكد للجماهير الأهلاوية أن "
                         "الفريق جاهز.", "الفريق جاهز") != "للجماهير الأهلاوية"


def test_a_report_for_an_agency_speaks_for_the_agency(article):
    assert speaker_label(article, "وبحسب تقرير لوكالة الصحافة الفرنسية، فقد أسقطت فنزويلا ملياري "
                         "دولار من الديون.", "أسقطت فنزويلا ملياري دولار من الديون") \
        == "وكالة الصحافة الفرنسية"


def test_a_masculine_participle_does_not_go_on_with_feminine_statistics(article):
    quotes = extract_all(article("خبر\n\nوكشف المتحدث الرسمي للبنك عبد العزيز الناصر، في تصريح أمس عن "
                                 "نتائج الربع الثاني، حيث أظهرت الإحصائيات أن البنك اعتمد تمويل "
                                 "1305 مشروعات، مشيرا إلى أن الطلب مرتفع.\n"))
    assert said(quotes, "الطلب مرتفع").speaker.label == "عبد العزيز الناصر"


@pytest.mark.parametrize("sentence, words", [
    ("وأكد الشهود أن المستوطنين هاجموا المنزل فيما وصفت حالة أفراد عائلته بأنها ما بين متوسطة "
     "وخطرة.", "ما بين متوسطة وخطرة"),
])
def test_a_common_noun_described_is_not_who_describes(article, sentence, words):
    assert speaker_label(article, sentence, words) is None


@pytest.mark.parametrize("sentence, words, label", [
    ("أعلنت دولة الإمارات العربية المتحدة استشهاد ثلاثة جنود.", "استشهاد ثلاثة جنود",
     "دولة الإمارات العربية المتحدة"),
    ("ويقول الصليب الاحمر ان الوضع خطير.", "الوضع خطير", "الصليب الاحمر"),
    ("وقال بيار باسكاري المدير السابق للاختبارات انه سيتم فحص القطعة.", "سيتم فحص القطعة",
     "بيار باسكاري"),
])
def test_states_the_red_cross_and_pierre(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


@pytest.mark.parametrize("sentence, words, label", [
    ("أوضحت المديرية على لسان متحدثها الإعلامي سعيد النقير أن الحالات مستقرة.",
     "الحالات مستقرة", "سعيد النقير"),
    ("وقال الرئيس محمود عباس إن الجريمة بشعة. «المستوطنون أحرقوا المنزل»، كما قال رئيس بلديتها "
     "عبد السلام دوابشة لوكالة الصحافة الفرنسية.", "المستوطنون أحرقوا المنزل",
     "عبد السلام دوابشة"),
    ("وقال القاضي جيريمي كوك إن الحكم عادل. وكان هايز متلاعبا بحسب وصفه.",
     "وكان هايز متلاعبا", None),
])
def test_whose_voice_as_he_said_and_by_his_description(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_depending_on_time_and_a_denied_rumour_name_no_source(article):
    quotes = extract_all(article("خبر\n\nوتختلف الأسعار حسب الوقت وحجم الدباب.\nونفى سوروكين "
                                 "التكهنات بأن الفريق دمر أجهزة كمبيوتر.\n"))
    assert all(q.speaker is None or q.speaker.label == "سوروكين" for q in quotes)


def test_a_headline_naming_a_body_by_its_genitive_is_the_body(article):
    quotes = extract_all(article("الصحة: تسجيل 4 حالات إصابة بفيروس كورونا\n\nأعلنت وزارة الصحة تسجيل 4 "
                                 "حالات إصابة جديدة بفيروس كورونا.\n"))
    assert said(quotes, "تسجيل 4 حالات إصابة بفيروس كورونا").speaker.label == "وزارة الصحة"


@pytest.mark.parametrize("sentence, words, label", [
    ("من ناحية أخرى، قالت حركة المقاومة الإسلامية حماس في بيان إن الجريمة بشعة.", "الجريمة بشعة",
     "حركة المقاومة الإسلامية"),
    ("وقال ولد إبيليل، في كلمة ألقاها بحضور أعضاء الحكومة، إن الدورة ستكون حاسمة.",
     "الدورة ستكون حاسمة", "ولد إبيليل"),
])
def test_a_bodys_short_name_and_a_mauritanian_name(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_a_relatives_title_before_a_name_is_not_the_named_one(article):
    assert speaker_label(article, "وأكد والد الشهيد عيد ماطر مبارك الشهراني أن ابنه قدم روحه فداء "
                         "للوطن.", "ابنه قدم روحه فداء للوطن") != "عيد ماطر مبارك الشهراني"


def test_who_is_praised_with_bi_is_not_in_the_subject(article):
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize
    text = "واشاد مدرب الخليج بقدرات اللاعب ابوبكر سيلا مؤكدا انه مكسب."
    quotes = extract_all(article("خبر\n\nوقال مدرب الخليج جلال قادري إن الفريق جاهز. " + text + "\n"))
    assert all("بقدرات" not in (q.speaker.names[-1] if q.speaker else "") for q in quotes)
    assert parse_subject(text, tokenize(text), 1) is not None


@pytest.mark.parametrize("sentence, words, label", [
    # whom he told it to, the verb's object, is neither his name nor someone's name
    ("وأبلغ مكونيل الصحفيين ردا على خطاب أوباما أمس إن الاتفاق سيئ.", "الاتفاق سيئ", "مكونيل"),
    ("وأبلغ الرئيس الصحفيين أن الوضع جيد.", "الوضع جيد", "الرئيس"),
    ("وأبلغ مكونيل الصحفيين: «الاتفاق سيئ».", "الاتفاق سيئ", "مكونيل"),
])
def test_the_journalists_told_are_not_the_speaker(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_an_officer_is_a_rank_before_her_name(article):
    # "الضابطة" opens the spokeswoman's name; it is no family name of the city before it (and
    # "ليليانا" after it is her given name, not لـ and a word of her title)
    assert speaker_label(article, "قالت المتحدثة باسم إدارة شرطة لوس أنجلوس الضابطة ليليانا "
                         "بريسيادو: إن المحققين يحققون في الأمر.", "المحققين يحققون في الأمر") \
        == "ليليانا بريسيادو"


@pytest.mark.parametrize("sentence, words, label", [
    # "according to what he declared", at the sentence's start: his words come after فإن,
    # past the phrases that say to whom and when
    ("ووفقا لما صرح به رئيس قسم الطوارئ الاستشاري الدكتور عبدالرحمن غفوري لـ\"الوطن\" أمس فإن "
     "جثث الموتى كانت تنقل عبر الجمعيات الخيرية، واصفا قرار الإعفاء بأنه \"ظالم وتعسفي\".",
     "جثث الموتى كانت تنقل عبر الجمعيات الخيرية", "عبدالرحمن غفوري"),
    ("ووفقا لما صرح به رئيس قسم الطوارئ الاستشاري الدكتور عبدالرحمن غفوري لـ\"الوطن\" أمس فإن "
     "جثث الموتى كانت تنقل عبر الجمعيات الخيرية، واصفا قرار الإعفاء بأنه \"ظالم وتعسفي\".",
     "ظالم وتعسفي", "عبدالرحمن غفوري"),
    ("وحسب ما نشرته صحيفة «ويتشيتا ايقل» فإن الشرطة تحقق في مقتل طالب.",
     "الشرطة تحقق في مقتل طالب", "صحيفة «ويتشيتا ايقل»"),
])
def test_as_he_declared_at_the_start_of_a_sentence(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


@pytest.mark.parametrize("sentence, words, label", [
    # who relayed the words, between the speaker and them, is neither speaker nor quotation
    ("وقالت باربرة جافي بحسب \"رويترز\": \"أوجه التشابه كبيرة\".", "أوجه التشابه كبيرة",
     "باربرة جافي"),
    ("وقالت باربرة جافي، القاضية في المحكمة العليا في نيويورك بحسب \"رويترز\": \"أوجه التشابه "
     "كبيرة\".", "أوجه التشابه كبيرة", "باربرة جافي"),
    ("وقال أنديرس نوردستروم إن العالم تغير. وقال للصحافيين في إفادة عبر الهاتف بحسب \"رويترز\" "
     "\"لدينا 13 ألف ناج في ثلاث دول\".", "لدينا 13 ألف ناج في ثلاث دول", "أنديرس نوردستروم"),
    # a judge by her title, and the day before yesterday between her and her words
    ("قالت قاضية أميركية في مانهاتن، أول من أمس (الخميس)، إن «مطالب الجماعة قد تنجح يومًا ما».",
     "مطالب الجماعة قد تنجح يومًا ما", "قاضية أميركية في مانهاتن"),
])
def test_the_agency_that_relayed_the_words_is_not_the_speaker(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_a_quoted_relayer_is_a_name_not_a_statement(article):
    quotes = extract_all(article("خبر\n\nوقالت باربرة جافي بحسب \"رويترز\": \"أوجه التشابه "
                                 "كبيرة\".\n"))
    assert said(quotes, "رويترز").kind == "term"


@pytest.mark.parametrize("sentence, words", [
    # whom his participle called on is its object, not who goes on speaking
    ("وقال رئيس البرلمان أسامة النجيفي إن الحكومة فشلت، داعياً مجلس النواب إلى القيام بواجبه "
     "في مساءلتها، وبين بأن الإخفاقات في الملف الأمني كبيرة.", "الإخفاقات في الملف الأمني كبيرة"),
    # "لم تعد مقبولة": no longer (عاد), not a verb of saying with a subject after it
    ("وقال رئيس البرلمان أسامة النجيفي إن الحكومة فشلت. وأشار النجيفي إلى أنه سيدعو الائتلاف "
     "إلى المبادرة، فلا يجوز أن تستمر هذه الأزمات في ظل مسوغات لم تعد مقبولة من الشعب الذي "
     "يتظاهر اليوم، وشدد على أن خدمة الشعب هدف.", "خدمة الشعب هدف"),
])
def test_the_object_of_his_call_does_not_speak_after_him(article, sentence, words):
    assert speaker_label(article, sentence, words) == "أسامة النجيفي"


@pytest.mark.parametrize("sentence", [
    "أكد لـ«الشرق الأوسط» العميد عبد الله الصبيحي قائد اللواء، أن القيادات العسكرية سلمت أنفسها.",
    # and not the object of a verb not made before it
    "وفي حين لم تكشف هوية القيادات العسكرية، أكد لـ«الشرق الأوسط» العميد عبد الله الصبيحي قائد "
    "اللواء، أن القيادات العسكرية سلمت أنفسها.",
])
def test_the_speaker_after_the_outlets_quoted_name(article, sentence):
    assert speaker_label(article, sentence, "القيادات العسكرية سلمت أنفسها") == "عبد الله الصبيحي"


@pytest.mark.parametrize("sentence, words", [
    # "those" as a subject: whom the text spoke of is not sure, and no one is guessed
    ("وقال الوزير إن الوضع جيد. إذ يقول الرافضون للقرار وهم قلة، يقول هؤلاء إن الحلوى المفتوحة "
     "تجذب الذباب.", "الحلوى المفتوحة تجذب الذباب"),
    # nor is the last speaker carried past them
    ("وقال الوزير إن الوضع جيد. وقال هؤلاء إن الحلوى تجذب الذباب. وأضافوا أن الأمر خطير.",
     "الأمر خطير"),
])
def test_those_as_a_subject_name_no_speaker(article, sentence, words):
    assert speaker_label(article, sentence, words) is None


@pytest.mark.parametrize("text", [
    # "نسب" here is rates (نِسَب), and "ascribed" reports only with إلى and whom
    "دور الوزارة مهم برؤية هذه «الزاوية» وهي نسب ارتفاع الإيجارات بأن تضبط بقانون واضح.",
    # "طبقا للموقع والمساحة": depending on the location, no source
    "تزيد الإيجارات وترتفع طبقا للنمو الاقتصادي والعرض والطلب، أو طبقا للموقع والمساحة للتجاري، "
    "فمحل تجاري حول الحرم المكي أغلى.",
])
def test_rates_and_depending_on_the_location_name_no_one(article, text):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert all(q.speaker is None for q in quotes)


def test_a_name_the_article_uses_again_is_a_term_inside_a_report(article):
    quotes = extract_all(article("خبر\n\nوأكد يوسف البنيان أنه لا يوجد توجه لدى سابك لطرح الشركات، "
                                 "مبينا أن عدم التوجه هو سبب عزوف «سابك» عن طرح شركاتها. وقال إن "
                                 "الشركة ستبقى «ملتزمة».\n"))
    assert said(quotes, "سابك").kind == "term"
    # (a word of the speaker's own used once stays his)
    assert said(quotes, "ملتزمة").kind == "statement"


@pytest.mark.parametrize("sentence, words, label", [
    # a given name of two words, the second with the article, then the family name
    ("وقال رئيس بلدية شيلوبي سيف الدين أيدمير إن ثلاثة متمردين توفوا.", "ثلاثة متمردين توفوا",
     "سيف الدين أيدمير"),
    # introduced with his title after his name, then found by his family name
    ("في سياق متصل، بحث عز الدين الأصبحي، وزير حقوق الإنسان اليمني، مع الزياني عودة الدبلوماسيين "
     "الخليجيين إلى عدن. وأكد الأصبحي لـ«الشرق الأوسط» أن الوضع جيد.", "الوضع جيد",
     "عز الدين الأصبحي"),
])
def test_names_of_the_faith_are_given_names(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_the_spokesman_after_his_name_and_the_man_a_sentence_is_about(article):
    quotes = extract_all(article(
        "خبر\n\nوأكد نبيل أبو ردينة الناطق باسم الرئاسة الفلسطينية في تصريحات له أن محاولات "
        "إسرائيل ستؤدي إلى عواقب وخيمة.\n\nوأدان أبو ردينة ما تقوم به قوات الاحتلال من عمليات "
        "قتل.\n\nوأوضح أن الممارسات الإسرائيلية ستدفع القيادة إلى اتخاذ قرارات هامة.\n"))
    # "الناطق باسم …" is his title, not a family name with the object after it
    assert said(quotes, "محاولات إسرائيل ستؤدي إلى عواقب وخيمة").speaker.label == "نبيل أبو ردينة"
    # the paragraph about him, named by his family name, is whom "وأوضح" goes on with
    assert said(quotes, "الممارسات الإسرائيلية ستدفع القيادة إلى اتخاذ قرارات هامة"
                ).speaker.label == "نبيل أبو ردينة"


def test_a_line_broken_mid_sentence_does_not_end_whom_the_next_verb_goes_on_with(article):
    quotes = extract_all(article(
        "خبر\n\nوأكد محافظ الطائف فهد بن عبدالعزيز بن معمر، أن اعتدال الطقس أسهم في اختيار الزوار "
        "للمحافظة.\nوشدّد على أهمية تضافر الجهود بين المنشآت السياحية والمركز بما يسهم في تسريع\n"
        "عجلة التنمية الاقتصادية والاجتماعية.\nوبين أن الطائف تشهد مرحلة تنموية مهمة.\n"))
    assert said(quotes, "الطائف تشهد مرحلة تنموية مهمة").speaker.label == "فهد بن عبدالعزيز بن معمر"


@pytest.mark.parametrize("sentence", [
    "وهنا عاد العميد عبد الله الصبيحي، ليؤكد أنه سيتقدم نحو مأرب.",
    "وعاد العميد عبد الله الصبيحي، ليؤكد أنه سيتقدم نحو مأرب.",
])
def test_he_came_back_to_stress_past_a_comma(article, sentence):
    assert speaker_label(article, sentence, "سيتقدم نحو مأرب") == "عبد الله الصبيحي"


def test_a_common_given_name_after_a_title_opens_the_name(article):
    quotes = extract_all(article("الباشا: معسكر فلنسيه ناجح\n\nاكد رئيس الخليج فوزي الباشا نجاح "
                                 "معسكر فريقه باسبانيا.\n"))
    assert said(quotes, "معسكر فلنسيه ناجح").speaker.label == "فوزي الباشا"
    assert said(quotes, "نجاح معسكر فريقه باسبانيا").speaker.label == "فوزي الباشا"


@pytest.mark.parametrize("sentence, words, label", [
    # preachers, imams, scholars of law: a collective source like scientists
    ("وأكد الخطباء أهمية تحصين الشباب من الوقوع في الفكر الضال.",
     "أهمية تحصين الشباب من الوقوع في الفكر الضال", "الخطباء"),
    ("فقد عدّ الفقهاء كلمتي (قوم) و(امرأة) نكرة وقعت في سياق النفي.",
     "كلمتي (قوم) و(امرأة) نكرة وقعت في سياق النفي", "الفقهاء"),
])
def test_preachers_and_jurists_are_collective_sources(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


@pytest.mark.parametrize("sentence, words, label", [
    # a plural verb goes on with the plural source its sentence opened with
    ("قام مجموعة من العلماء باختراع قناع ذكي. وأطلق العلماء على هذا القناع اسم «نيورو أون»، "
     "وأوضحوا أنه قد يساعد غير المسافرين على النوم.", "قد يساعد غير المسافرين على النوم",
     "العلماء"),
    ("استنكر دبلوماسيون عرب مزاعم المالكي ضد المملكة، مؤكدين أنها تتصدى للإرهاب، وقالوا إن مواقفه "
     "تخدم مصالح إيران.", "مواقفه تخدم مصالح إيران", "دبلوماسيون عرب"),
])
def test_a_plural_verb_goes_on_with_its_sentences_plural_source(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


@pytest.mark.parametrize("sentence, label", [
    # "several sources", "some reports": a collective source, not a person named عدة
    ("وقالت عدة مصادر إن الهدنة انهارت.", "عدة مصادر"),
    ("وقالت بعض التقارير إن الهدنة انهارت.", "بعض التقارير"),
])
def test_several_sources_and_some_reports(article, sentence, label):
    assert speaker_label(article, sentence, "الهدنة انهارت") == label


def test_an_official_after_an_that_then_a_comma_is_the_verbs_subject(article):
    quotes = extract_all(article("خبر\n\nوقال المدرب محمد العلي إن الفريق جاهز. يذكر أن مسؤولا في "
                                 "الاتحاد، أكد لـ«الشرق الأوسط»، أن اللجنة ستجتمع غدا.\n"))
    assert said(quotes, "اللجنة ستجتمع غدا").speaker.label == "مسؤولا في الاتحاد"


def test_he_follows_up_is_no_report(article):
    quotes = extract_all(article(
        "خبر\n\nوقال راشد الغامدي إن الافتتاح قريب، مشيراً إلى أن أمير منطقة مكة المكرمة ، يتابع "
        "تفاصيل تنفيذ المشروع.\nوبين أن المساحة الإجمالية للموقع كبيرة.\n"))
    assert said(quotes, "المساحة الإجمالية للموقع كبيرة").speaker.label == "راشد الغامدي"


@pytest.mark.parametrize("sentence, words, label", [
    # a body known only by its name, then the statement, site or account it spoke in
    ("وقال الأهلي بموقعه الرسمي إن اللاعب سيغيب.", "اللاعب سيغيب", "الأهلي"),
    ("وقال الأزهر الشريف في بيان إن الفتوى صحيحة.", "الفتوى صحيحة", "الأزهر الشريف"),
    ("وقال الهلال عبر حسابه في تويتر إن اللاعب سيغيب.", "اللاعب سيغيب", "الهلال"),
])
def test_a_body_known_by_its_name_speaks_in_its_statement(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_a_place_of_two_words_in_a_title_is_no_name(article):
    quotes = extract_all(article(
        "قنصل المملكة في لوس أنجلوس: لم نسجل أي اتصال من المواطنين\n\nأكد القنصل العام للمملكة "
        "العربية السعودية في لوس انجلوس الأستاذ فيصل بن عبدالعزيز السديري أنه لم يسجل أي اتصال.\n"))
    assert said(quotes, "لم نسجل أي اتصال من المواطنين").speaker.label == "فيصل بن عبدالعزيز السديري"
    # and the place's second word stays in the title before his rank and name
    quotes = extract_all(article(
        "خبر\n\nأكد القنصل العام للمملكة العربية السعودية في لوس انجلوس السفير الدكتور فيصل بن "
        "عبدالعزيز السديري ، أنه لا يوجد أي مواطن سعودي قريب من الحرائق.\n"))
    assert said(quotes, "لا يوجد أي مواطن سعودي قريب من الحرائق").speaker.label \
        == "فيصل بن عبدالعزيز السديري"


@pytest.mark.parametrize("sentence, words, label", [
    # after the outlet, a given name and his title with no comma, then a colon
    ("وقال لـ\"الاقتصادية\" صالح العواجي نائب مدير عام مصلحة الزكاة والدخل للعمليات المساندة: "
     "\"إن المصلحة اتبعت عددا من الوسائل\".", "إن المصلحة اتبعت عددا من الوسائل", "صالح العواجي"),
    # a title with the article in the feminine after a foreign name
    ("وقالت فيرا ترينر الباحثة في علوم المحيطات لدى مركز علوم المصايد بولاية واشنطن \"إنها تكمن "
     "هناك. إنها الأطول بقاء\".", "إنها تكمن هناك. إنها الأطول بقاء", "فيرا ترينر"),
])
def test_a_name_and_its_title_without_a_comma(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


@pytest.mark.parametrize("sentence, words, label", [
    # the passports directorate by its short name, in a headline that opens with it
    ("وقالت الجوازات إن الإجراءات مستمرة.", "الإجراءات مستمرة", "الجوازات"),
    # the accused is named by what he is, then by his name
    ("فيما قال المتهم إنه كان يمازح مشرفة المبنى.", "كان يمازح مشرفة المبنى", "المتهم"),
    # a group's adjective in a broken plural
    ("قال دبلوماسيون عرب ومصريون إن مواقفه تخدم مصالح إيران.", "مواقفه تخدم مصالح إيران",
     "دبلوماسيون عرب ومصريون"),
])
def test_departments_the_accused_and_arab_diplomats(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_who_he_is_and_where_he_spoke_between_commas_before_a_colon(article):
    quotes = extract_all(article("خبر\n\nقال علي أحمد جنتي، وزير الثقافة والإرشاد الإسلامي في إيران، "
                                 "خلال الجلسة الأولى للمؤتمر: «إن الثقافة مهمة».\n"))
    assert said(quotes, "إن الثقافة مهمة").speaker.label == "علي أحمد جنتي"
    # (and the إنّ inside his quotation is not a second, reported item)
    assert len([q for q in quotes if "الثقافة مهمة" in q.text]) == 1


def test_a_colon_between_numbers_is_a_time(article):
    quotes = extract_all(article("خبر\n\nوأوضحت الهيئة العامة للطيران المدني أن الرحلة أقلعت مبكرا، "
                                 "وقالت الهيئة في بيانها 8:08 مساء إن الرحلة تأخرت.\n"))
    assert said(quotes, "الرحلة تأخرت").form == "that"
    assert not any(q.text.startswith("08") for q in quotes)


def test_a_relative_clause_with_a_verb_of_speech_between_her_and_her_words(article):
    quotes = extract_all(article("خبر\n\nوقالت مناهل الوهيبي إن الشعار مهم. وقالت الوهيبي التي كانت "
                                 "تتحدث للفتيات خلال برنامج \"اصنع مهارة\": إن العلامة التجارية "
                                 "تؤثر.\n"))
    assert said(quotes, "العلامة التجارية تؤثر").speaker.label == "مناهل الوهيبي"


def test_verbatim_is_how_he_said_it_not_who(article):
    quotes = extract_all(article("خبر\n\nوكان المبعوث السوري علي مملوك قد زار الرياض. وقال بالنص "
                                 "الصريح \"إن النظام باق\".\n"))
    assert said(quotes, "إن النظام باق").speaker.label == "علي مملوك"
    assert len([q for q in quotes if "النظام باق" in q.text]) == 1


@pytest.mark.parametrize("sentence, words, label", [
    # an outlet passing on "what someone said": he said it
    ("وأوردت وسائل الإعلام البريطانية أمس ما قاله العلماء في المؤتمر الصحفي إن الكوكب أكبر من "
     "الأرض.", "الكوكب أكبر من الأرض", "العلماء"),
    ("ونقلت وكالة (رويترز) للأنباء ما قاله جيف كوفلين في المؤتمر «إنه لتقدم هائل أن نعثر على "
     "كوكب مثل الأرض».", "إنه لتقدم هائل أن نعثر على كوكب مثل الأرض", "جيف كوفلين"),
])
def test_what_someone_said_passed_on_by_an_outlet_is_theirs(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_after_an_aside_he_forecast_and_then_added(article):
    quotes = extract_all(article(
        "خبر\n\nوقال خالد الزعاق إن الحرارة مرتفعة. بدوره، توقع نواف الشريف مساعد الناطق الرسمي "
        "بالرئاسة العامة للأرصاد وحماية البيئة هطول أمطار رعدية على مرتفعات الطائف. وأضاف أن أجواء "
        "المملكة ستغطيها غيوم جزئية اليوم.\n"))
    assert said(quotes, "أجواء المملكة ستغطيها غيوم جزئية اليوم").speaker.label == "نواف الشريف"


@pytest.mark.parametrize("sentence, words, label", [
    # after the unnamed source's adjective, a verbal noun with its genitive is what it stated
    ("فيما أكدت مصادر عسكرية نجاح القوات الحكومية في الدخول إلى مدينة زنجبار.",
     "نجاح القوات الحكومية في الدخول إلى مدينة زنجبار", "مصادر عسكرية"),
    ("وأكدت مصادر صحفية رفض الحكومة المقترح الأمريكي.", "رفض الحكومة المقترح الأمريكي",
     "مصادر صحفية"),
    # (a noun that is part of the source's name stays: the news network's sources)
    ("وقالت مصادر شبكة الجزيرة إن الاجتماع تأجل.", "الاجتماع تأجل", "مصادر شبكة الجزيرة"),
])
def test_an_unnamed_sources_object_is_not_its_name(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


@pytest.mark.parametrize("sentence, words, label", [
    # "في بيان" is the occasion (بيان, not بـ + يان), with its pronoun and its day
    ("أعلنت قيادة القوات المشتركة في بيان لها اليوم استشهاد الرقيب ماجد بن فهد.",
     "استشهاد الرقيب ماجد بن فهد", "قيادة القوات المشتركة"),
    # its day between commas
    ("وأكدت الوزارة في بيان، أمس، مواصلة مهامها الإشرافية في متابعة المشروعات.",
     "مواصلة مهامها الإشرافية في متابعة المشروعات", "الوزارة"),
    # its adjective, and عن before the object
    ("وأعلنت مديرية الأمن في بيان أمني لها عن قيام قواتها بفحص المنازل.",
     "قيام قواتها بفحص المنازل", "مديرية الأمن"),
    # "في وقت سابق" is when, not what was stressed
    ("وكان الأمير خالد الفيصل قد أكد في وقت سابق على أهمية إيصال الخدمات الصحية.",
     "أهمية إيصال الخدمات الصحية", "الأمير خالد الفيصل"),
])
def test_the_object_after_the_statement_it_was_made_in(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


@pytest.mark.parametrize("sentence, words, label", [
    # صباح (morning) is a given name before بن, after a title and a rank
    ("أكد مدير سجون منطقة المدينة المنورة اللواء صباح بن عايد الزمهري، أن الجناح العائلي مهم.",
     "الجناح العائلي مهم", "صباح بن عايد الزمهري"),
    # the rank's branches, one after the other, are not his family name
    ("وقال قائد القاعدة اللواء الطيار ركن عبدالله السعدون إن الانتحاري استغل وقت الصلاة.",
     "الانتحاري استغل وقت الصلاة", "عبدالله السعدون"),
    # the family name of someone the article introduced, then the verb's object
    ("وقال اللواء عبدالله السعدون إن الانتحاري استغل وقت الصلاة. وأكد السعدون أهمية حماية "
     "المساجد.", "أهمية حماية المساجد", "عبدالله السعدون"),
])
def test_morning_as_a_name_the_ranks_branches_and_a_family_names_object(article, sentence, words,
                                                                        label):
    assert speaker_label(article, sentence, words) == label


def test_whom_he_told_is_not_what_he_said(article):
    quotes = extract_all(article("خبر\n\nوقال وزير الدفاع مايكل فالون إن الطائرات مهمة. كما أفاد فالون "
                                 "لهيئة الإذاعة البريطانية، «أثبتت الطائرات جدارتها».\n"))
    assert not any(q.text.startswith("لهيئة") for q in quotes)


@pytest.mark.parametrize("sentence, words, label", [
    # أ.د. (professor doctor) before the name, after the specialist's title
    ("ويوضح المختص في علم الإجرام أ.د. يوسف الرميح أنه لا بد من المتابعة.",
     "لا بد من المتابعة", "يوسف الرميح"),
    # a patriarchate speaks like any body
    ("وقالت البطريركية اللاتينية في القدس في بيان إن الكتابات تحرض على الكراهية.",
     "الكتابات تحرض على الكراهية", "البطريركية اللاتينية في القدس"),
    # «معلقا» is how he said it, so it goes on with who spoke before
    ("وقال ديكسون إن الطيور تهاجر. وقال معلقا: \"هذه الطيور جميلة\".", "هذه الطيور جميلة",
     "ديكسون"),
    # himself is never a name; a full name of given names introduces whom the family name is
    ("تفاقمت معاناة يحيى ناصر محمد الحكمي، فوجد الحكمي نفسه عاجزا عن إعالة أسرته. وقال "
     "الحكمي: «بعد تقاعدي عملت في إحدى الوكالات».", "بعد تقاعدي عملت في إحدى الوكالات",
     "يحيى ناصر محمد الحكمي"),
])
def test_professors_patriarchates_commenting_and_names_with_no_title(article, sentence, words,
                                                                     label):
    assert speaker_label(article, sentence, words) == label


def test_himself_is_not_a_name(article):
    quotes = extract_all(article("خبر\n\nتفاقمت معاناة الرجل، فوجد الحكمي نفسه عاجزا عن إعالة أسرته، "
                                 "مشيرا إلى أنه اضطر للتقاعد مبكرا.\n"))
    speaker = said(quotes, "اضطر للتقاعد مبكرا").speaker
    assert speaker is None or "نفسه" not in speaker.label


def test_a_tag_line_of_names_introduces_no_one(article):
    # (the tags at an article's end run names together with no commas)
    quotes = extract_all(article("الجبير من موسكو: لا مكان للأسد في مستقبل سوريا\n\nقال وزير الخارجية "
                                 "عادل الجبير إن موقف بلاده لم يتغير.\nسمات سيرجي لافروف عادل الجبير "
                                 "موسكو\n"))
    assert said(quotes, "لا مكان للأسد في مستقبل سوريا").speaker.label == "عادل الجبير"


def test_his_excellency_is_not_the_prince_named_since(article):
    quotes = extract_all(article(
        "خبر\n\nأكد معالي الرئيس العام لهيئة الأمر بالمعروف الشيخ الدكتور عبدالرحمن بن عبدالله "
        "السند، أن الجنود يذودون عن الوطن في ظل توجيهات صاحب السمو الملكي الأمير محمد بن نايف "
        "بن عبدالعزيز نائب رئيس مجلس الوزراء وزير الداخلية، حفظه الله وقال معاليه: «فأهنئ الجميع "
        "بالعيد».\n"))
    assert "السند" in said(quotes, "فأهنئ الجميع بالعيد").speaker.label


def test_a_paper_no_one_names_in_a_headline_relays(article):
    quotes = extract_all(article("صحيفة يونانية: الهلال.. برشلونة آسيا\n\nأكد المدير الفني لفريق "
                                 "الهلال دونيس في تصريحه لإحدى الصحف اليونانية أن الفريق قوي.\n"))
    assert said(quotes, "الهلال.. برشلونة آسيا").speaker is None


def test_who_described_it_in_a_relative_clause(article):
    quotes = extract_all(article("خبر\n\nورحم الله جمال حمدان صاحب عبقرية مصر الذي وصف القناة بأنها "
                                 "نبض مصر.\n"))
    speaker = said(quotes, "نبض مصر").speaker
    assert speaker is None or "حمدان" in speaker.label
    # (with the verb's pronoun, the one named after it describes: the summit is what)
    quotes = extract_all(article("خبر\n\nواختتمت القمة التي وصفها البيت الأبيض بـ \"التاريخية\".\n"))
    assert said(quotes, "التاريخية").speaker.label == "البيت الأبيض"


def test_a_masculine_participle_after_what_a_body_did(article):
    quotes = extract_all(article(
        "خبر\n\nوقال حسن نصر الله إن حزبه يتلقى الدعم. وكانت وزارة الخزانة الأمريكية، قد فرضت "
        "عقوبات على ثلاثة من قادة الحزب، وهم مصطفى بدر الدين، وفؤاد شكر؛ لدورهم في الدعم، "
        "مشيرا إلى أن أمريكا ستبقى الشيطان الأكبر.\n"))
    assert said(quotes, "أمريكا ستبقى الشيطان الأكبر").speaker.label == "حسن نصر الله"


@pytest.mark.parametrize("sentence, words, label", [
    # a noun in construct after the title's preposition goes on with the title, not a name
    ("وقال نائب الرئيس التنفيذي والمشرف العام على برامج خدمة المجتمع في بنك الرياض محمد بن "
     "عبدالعزيز الربيعة، إن الجائزة باتت مهمة.", "الجائزة باتت مهمة", "محمد بن عبدالعزيز الربيعة"),
    # a station's quoted name may open with the letters of إن
    ("ونقلت محطة «إن تي في» أنّ شرطيا قتل في الاشتباكات.", "شرطيا قتل في الاشتباكات",
     "محطة «إن تي في»"),
    # a verbal noun is no part of the name of the one it is done to
    ("وقال كاسانو (33 عاما) بعد انضمامه لسامبدوريا بعقد يمتد لعامين «أشعر بالسعادة، إلى الأمام "
     "دائما سامبدوريا». وتم تسريح كاسانو في أكتوبر 2010 بعد مشادة.",
     "أشعر بالسعادة، إلى الأمام دائما سامبدوريا", "كاسانو"),
])
def test_construct_chains_quoted_stations_and_verbal_nouns(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_what_a_number_counts_is_no_relative_pronouns_antecedent(article):
    quotes = extract_all(article("خبر\n\nمع إقرار الرئيس لقانون المناطق الخاصة الذي يضم 55 مادة، "
                                 "والذي ينص على إنشاء شباك موحد للتراخيص.\n"))
    speaker = said(quotes, "إنشاء شباك موحد للتراخيص").speaker
    assert speaker is None or speaker.label != "مادة"


def test_an_unnamed_source_keeps_its_own_articles_words(tmp_path):
    from tui.corpus import load_corpus
    from tui.quotes import extract_quotes, link_speakers
    (tmp_path / "a.txt").write_text("خبر\n\nوقالت المصادر إن القوات تقدمت.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("خبر\n\nوقالت المصادر إن الهدنة انهارت.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("خبر\n\nوقال المصدر إن الجيش انسحب.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    quotes = link_speakers([q for source in corpus.sources for q in extract_quotes(source)])
    assert said(quotes, "الجيش انسحب").speaker.label == "المصدر"


def test_who_described_it_is_not_someone_else_of_the_sentence(article):
    quotes = extract_all(article("خبر\n\nلقد كان ينبغي كما يقول أنصار الفريق الأول أن ينتبه الجميع "
                                 "للقنوات الأخرى، ورحم الله جمال حمدان صاحب عبقرية مصر الذي وصف "
                                 "القناة بأنها نبض مصر.\n"))
    speaker = said(quotes, "نبض مصر").speaker
    assert speaker is None or "حمدان" in speaker.label


@pytest.mark.parametrize("sentence, words, label", [
    # the family name, then the verb's object with a quotation in it
    ("وقال اللواء عبدالله السعدون إن الانتحاري استغل وقت الصلاة. واعتبر السعدون استهداف المساجد "
     "\"حالة من اليأس\".", "حالة من اليأس", "عبدالله السعدون"),
    # a rank, then the family name, then على أن
    ("وقال اللواء عبدالله السعدون إن الانتحاري استغل وقت الصلاة. وشدد اللواء السعدون على أن "
     "المقار الحكومية محمية.", "المقار الحكومية محمية", "عبدالله السعدون"),
])
def test_a_family_name_before_an_object_with_a_quotation_and_after_a_rank(article, sentence, words,
                                                                          label):
    assert speaker_label(article, sentence, words) == label


@pytest.mark.parametrize("sentence, words, label", [
    # a title in the feminine governs the next noun, then her name
    ("فيما قالت نائبة رئيس الائتلاف نورا الأمير إن الأسد اعترف بالهزيمة، مشيرة إلى أن الرئيس باع "
     "وطنه.", "الرئيس باع وطنه", "نورا الأمير"),
    # a group's adjectives end before the verb's object; its plural participle goes on with it
    ("وصف معارضون سوريون بارزون خطاب بشار الأسد بالفارغ، مؤكدين أن الخطاب يعبر عن الضعف.",
     "الخطاب يعبر عن الضعف", "معارضون سوريون بارزون"),
    # whom he warned stands between him and من أن
    ("وحذر الرئيس محمد بخاري الولايات المتحدة من أن سياستها تضر بالجهود.", "سياستها تضر بالجهود",
     "محمد بخاري"),
    # "غير أنه لمح": but he, the one the sentence is about
    ("وحذر الرئيس محمد بخاري من أن السياسة تضر. وكان بخاري يأمل في الحصول على مساعدة أكبر غير أنه "
     "لمح إلى أنه سيعود خالي الوفاض.", "سيعود خالي الوفاض", "محمد بخاري"),
])
def test_feminine_titles_groups_the_warned_and_but_he(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_a_headline_verb_after_its_speaker_does_not_take_the_one_after_it(article):
    quotes = extract_all(article("بخاري يحذر واشنطن بأن سياستها تضر بالجهود\n\nقتل أكثر من 60 "
                                 "مواطنا أمس في هجمات.\n"))
    speaker = said(quotes, "سياستها تضر بالجهود").speaker
    assert speaker is None or "واشنطن" not in speaker.label


@pytest.mark.parametrize("text, words", [
    # the citizens he called on are not who called
    ("ودعا الرئيس المواطنين إلى «اليقظة والتعاون مع قوات الأمن».", "اليقظة والتعاون مع قوات الأمن"),
    # but a shop owner said it, not the spokesman before
    ("وأكد المتحدث باسم الشرطة الانفجار الأول. ولم يكن لدى المتحدث تفاصيل، لكن صاحب أحد المتاجر قرب "
     "المحطة قال للوكالة: «وقع انفجاران».", "وقع انفجاران"),
    # defending them is no ministry of defence
    ("بل والدفاع عنهم بالقول بأنهم «لا يتساهلون بالدماء».", "لا يتساهلون بالدماء"),
    # whoever described the group, not the group
    ("وغيره من وصف تنظيم «داعش» بأنهم «إخواننا بغوا علينا».", "إخواننا بغوا علينا"),
])
def test_whom_he_called_on_a_new_subject_and_what_was_described_are_not_speakers(article, text,
                                                                                 words):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    speaker = said(quotes, words).speaker
    assert speaker is None


@pytest.mark.parametrize("text, gone", [
    # "therefore" opens a clause of its own: no أن of the verb before it
    ("ولاسيما أن هذه الفترة تعتبر فترة ركود في النشاط الرياضي، لذا كان حري بنا أن نشاركهم في "
     "التفاعل.", "نشاركهم في التفاعل"),
    # the clearest of them is no verb
    ("والأمثلة لا حصر لها، ولكن من أوضحها حشر منطق العلاقات الدولية في تعاملاتنا.",
     "العلاقات الدولية في تعاملاتنا"),
])
def test_therefore_and_the_clearest_of_them_report_nothing(article, text, gone):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert not any(q.text.startswith(gone) and q.speaker is not None for q in quotes)


@pytest.mark.parametrize("sentence, words, label", [
    # the opposition is a body, named before its verb in a pluperfect, and then goes on
    ("وكانت المعارضة السورية المسلحة أعلنت السبت أنها سيطرت على بلدة. وقالت: إن قواتها قتلت "
     "عشرين جنديا.", "قواتها قتلت عشرين جنديا", "المعارضة السورية المسلحة"),
    # asking not to be named stands between him and his words
    ("وقال أحد المسعفين طالبا عدم ذكر اسمه «نقلنا حتى الآن 12 جثة».", "نقلنا حتى الآن 12 جثة",
     "أحد المسعفين"),
])
def test_the_opposition_and_asking_not_to_be_named(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_the_united_states_speaks_and_heads_a_headline_as_a_place(article):
    quotes = extract_all(article("الولايات المتحدة: اعتقال طالب سعودي هدد بتفجير\n\nوقالت الولايات "
                                 "المتحدة إنها تدعم تركيا.\n"))
    assert said(quotes, "تدعم تركيا").speaker.label == "الولايات المتحدة"
    assert not any(q.form == "headline" and q.speaker is not None for q in quotes)


@pytest.mark.parametrize("sentence, words, label", [
    # a feminine participle goes on with its sentence's broken-plural source
    ("وانتقدت وسائل اعلام ألمانية التحقيق قائلة إن الصحافة مستقلة.", "الصحافة مستقلة",
     "وسائل اعلام ألمانية"),
    # مراجع (authorities) are an unnamed source, and المراجع after them too
    ("وكشفت مراجع عراقية عليا أسرار الاجتماع مؤكدة أن المالكي رفض ذلك. وقالت المراجع إن الأزمة "
     "مستمرة.", "الأزمة مستمرة", "المراجع"),
])
def test_broken_plural_sources_and_their_participles(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


@pytest.mark.parametrize("sentence, words, label", [
    # "بشكل مفصل" is how he reviewed it, not a name
    ("وقال وزير الخارجية عادل الجبير إن الزيارة خاصة. واستعرض وزير الخارجية الجبير بشكل مفصل "
     "الاتفاق النووي، وقال: \"المملكة ترحب بأي اتفاق\".", "المملكة ترحب بأي اتفاق", "عادل الجبير"),
    # "وهو ما أكده عادل الجبير، قائلا:": who confirmed it goes on
    ("هذا السؤال دفع الوزير إلى التأكيد على أن المملكة على علم بالاجتماع، وهو ما أكده عادل الجبير، "
     "قائلا: \"السعودية على دراية كاملة\".", "السعودية على دراية كاملة", "عادل الجبير"),
    # one word no list knows between قال and its colon is who spoke, not the last speaker
    ("وقال دريك: إنه سيطلق قواعد. وقال لودفيج: إنه سيجري تحديث الهواتف.",
     "سيجري تحديث الهواتف", "لودفيج"),
])
def test_manner_confirming_and_one_word_before_a_colon(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_this_week_between_commas_before_a_colon_is_when(article):
    label = speaker_label(article, "وقال ادريان لودفيج كبير الخبراء الأمنيين، في المؤتمر الأمني "
                                   "السنوي، هذا الأسبوع: \"أدركنا حاجتنا إلى التحرك\".",
                          "أدركنا حاجتنا إلى التحرك")
    assert label is not None and "ادريان" in label


def test_a_body_named_like_a_titles_feminine_is_the_body(article):
    quotes = extract_all(article("خبر\n\nأعلنت المؤسسة العامة للتدريب التقني والمهني استمرار فترة "
                                 "القبول. وأوضح المتحدث الرسمي للمؤسسة فهد العتيبي أن البوابة "
                                 "مفتوحة.\n"))
    speaker = said(quotes, "استمرار فترة القبول").speaker
    assert speaker.label == "المؤسسة العامة للتدريب التقني والمهني"
    assert speaker.type == "organisation"


def test_a_relative_clauses_verb_inside_reported_words_is_not_the_reporters(article):
    quotes = extract_all(article(
        "خبر\n\nوأوضح مدير الإعلام في سوق عكاظ محمد سمان أن التحضيرات جارية وفق توجيهات الأمير خالد "
        "الفيصل مستشار خادم الحرمين الشريفين رئيس اللجنة الإشرافية العليا على السوق الذي يؤكد على "
        "ضرورة تطوير البرنامج الثقافي.\n"))
    speaker = said(quotes, "ضرورة تطوير البرنامج الثقافي").speaker
    assert speaker is None or "سمان" not in speaker.label


def test_a_call_in_a_headline_and_what_the_paper_learned_name_no_speaker(article):
    quotes = extract_all(article("سجِّل يا تاريخ: أمريكا تصف الجريمة بالإرهاب\n\nلأول مرة تندد أمريكا "
                                 "بجريمة.\n"))
    assert not any(q.speaker is not None and "تاريخ" in q.speaker.label for q in quotes)
    quotes = extract_all(article("خبر\n\nفي الوقت الذي أوصى المدرب الروماني بولوني الإدارة بالتعاقد مع "
                                 "لاعب آسيوي وعلمت \"دنيا الرياضة\" أن اللاعب تواجد في لبنان.\n"))
    assert not any(q.speaker is not None and "الإدارة" in q.speaker.label for q in quotes)


@pytest.mark.parametrize("sentence, words, label", [
    # two accusative adjectives of an unnamed source before its verb, one without its mark
    ("لكن مصدرًا قضائيا فرنسيًا قال إنّ التحليل مستمر.", "التحليل مستمر", "مصدرًا قضائيا فرنسيًا"),
    # a country after the title's في ends the place: the name after it is his
    ("وقال رئيس مكتب سلامة النقل في أستراليا مارتن دولان إن البحث مستمر.", "البحث مستمر",
     "مارتن دولان"),
])
def test_accusative_sources_and_a_name_after_a_country(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_a_headline_opening_with_a_bodys_quoted_name(article):
    quotes = extract_all(article("«سوني» تعلن عن إيقاف جهاز بلايستيشن 2\n\nكما أكدت أن الجهاز ناجح.\n"))
    assert said(quotes, "إيقاف جهاز بلايستيشن 2").speaker.label == "سوني"


@pytest.mark.parametrize("sentence, words, label", [
    # the rest of an unknown place, then a name opening with a given name, then أن
    ("أعلن حاكم محافظة شانلي اورفة عز الدين كجك أنه تم توقيف المشتبه بهم.",
     "تم توقيف المشتبه بهم", "عز الدين كجك"),
    ("أكد رئيس مجلس إدارة سكرتارية عربال الدائمة محمد علي النقي أن الصناعة مهمة.",
     "الصناعة مهمة", "محمد علي النقي"),
])
def test_a_name_opening_with_a_given_name_after_a_title_read_in_part(article, sentence, words,
                                                                     label):
    assert speaker_label(article, sentence, words) == label


def test_but_is_never_a_name(article):
    quotes = extract_all(article("خبر\n\nوذكرت الزوجة في الدعوى أنها تزوجت لمدة سنة. وأضافت الزوجة: «طلب "
                                 "مني أن أسافر معه فوافقت كأي زوجة، ولكن بعدها فوجئت بالشقة».\n"))
    assert all(q.speaker is None or "ولكن" not in q.speaker.names for q in quotes)


@pytest.mark.parametrize("text, words, label", [
    # a titled name opens the sentence, who she is, then her present-tense verb: «بالقول» is hers
    ("وقال فيليب كروك إن البيع خطأ. الدكتورة آنا بيت أستاذة المالية العامة في جامعة ليدز تبرر "
     "القرار في حديثها بالقول \"الأصل في القطاع المصرفي هو الملكية الخاصة\".",
     "الأصل في القطاع المصرفي هو الملكية الخاصة", "آنا بيت"),
    # «رقم» (number) is never a name
    ("وتنص المادة رقم (7) من الإعلان على: «لكل إنسان الحق في الحياة».", "لكل إنسان الحق في الحياة",
     None),
])
def test_a_titled_name_opening_its_sentence_and_a_number_word(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_an_attache_relayed_by_agencies(article):
    assert speaker_label(article, "وأكدت أوكرانيا وروسيا أن هناك روسا بين الرهائن. ونقلت وكالات أنباء "
                                  "روسية اليوم، عن ملحق صحافي بسفارة موسكو لدى مالي قوله إن الرهائن "
                                  "بخير.", "الرهائن بخير") == "ملحق صحافي بسفارة موسكو لدى مالي"


def test_a_relatives_title_then_a_given_name_that_is_also_a_word(article):
    # «سعيد» is also an adjective: after the title, with a family name after it, a name
    label = speaker_label(article, "وقال والد الشهيد سعيد الزهراني إن ابنه كان بطلا.",
                          "ابنه كان بطلا")
    assert label is not None and label.startswith("والد الشهيد")


def test_a_verb_inside_quoted_words_does_not_give_the_next_verb_a_subject(article):
    # «يعتبرون الاتفاق كارثيا» is what was said; «وأضاف» after it names no one there
    label = speaker_label(article, 'وأضاف في مؤتمر صحفي أن "بعض الأشخاص يعتبرون الاتفاق كارثيا، '
                                   'وإيران ستخفض الطرد المركزي"، وأضاف "علينا أن ننظر إلى عواقب '
                                   'الحرب".', "علينا أن ننظر إلى عواقب الحرب")
    assert label != "كارثيا"


def test_a_verbal_noun_of_the_tafila_shape_is_no_name(article):
    # a later sentence's «المتحدث الرسمي تهنئة …» must not name the spokesman «تهنئة»
    quotes = extract_all(article("خبر\n\nوأضاف المتحدث الرسمي أنه تم الإفراج عن الصيادين مساء "
                                 "الأربعاء.\n\nونقل المتحدث الرسمي تهنئة وزير الخارجية إلى أهالي "
                                 "الصيادين.\n"))
    assert said(quotes, "تم الإفراج عن الصيادين مساء الأربعاء").speaker.label == "المتحدث الرسمي"


def test_a_verbal_noun_of_the_istifaal_shape_ends_a_name(article):
    # sample 73: «أعلن … العميد محمد سمير استشهاد ضابط …»: what he announced is no word of his
    # name, so «وقال العميد سمير …» later is the same man
    text = ("أعلن الناطق العسكري باسم القوات المسلحة العميد محمد سمير استشهاد ضابط وثلاثة جنود في "
            "انفجار عبوة ناسفة. وقال العميد سمير في بيان صحفي إنه في صباح الخميس وقع الانفجار.")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert said(quotes, "استشهاد ضابط وثلاثة جنود في انفجار عبوة ناسفة").speaker.label == "محمد سمير"
    assert said(quotes, "في صباح الخميس وقع الانفجار").speaker.label == "محمد سمير"


def test_a_rank_word_without_the_article_is_a_title(article):
    # «عميد» is a rank (العميد فلان) and a dean: without the article, the dean of something
    assert speaker_label(article, "أوضح عميد شؤون المكتبات بجامعة الملك عبدالعزيز الدكتور نبيل "
                                  "قمصاني أن الجامعة تشارك في المهرجان.",
                         "الجامعة تشارك في المهرجان") == "نبيل قمصاني"


def test_a_describing_verbal_noun_after_a_preposition_has_no_subject(article):
    quotes = extract_all(article('خبر\n\nونفى المحرر ما تم تداوله عن وصف جثة الطفلة بـ"فأر ميت" '
                                 'في الصحف.\n'))
    speaker = said(quotes, "فأر ميت").speaker
    assert speaker is None or "جثة" not in speaker.label


def test_a_quoted_family_name_after_a_relays_clause_keeps_the_words(article):
    # the site relays; «تابع "خلفان" …، قائلاً» is Khalfan's, whom the article introduced
    assert speaker_label(article, 'هاجم نائب رئيس شرطة دبي الفريق ضاحي خلفان الأمين العام لحزب '
                                  'الله. وحسب موقع "يمن برس"، تابع "خلفان" هجومه على "نصر الله" '
                                  'في تغريدات، قائلاً: "القادم سيقضي على سمعة نصر الله".',
                         "القادم سيقضي على سمعة نصر الله") == "ضاحي خلفان"


def test_a_quoted_family_name_is_not_a_title_before_the_verbs_object():
    # «"المنجومي" نشر …»: a word with the article, a closing mark, then the verb's object;
    # the object is no name the first word describes («الزائرة رزان صالح»)
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize
    text = 'ونفى "المنجومي" نشر "سبق" ما تم تداوله'
    tokens = tokenize(text)
    subject = parse_subject(text, tokens, 1)
    assert subject is None or "نشر" not in subject.label


def test_the_verb_of_another_relative_clause_is_no_antecedent(article):
    label = speaker_label(article, 'ووقع قادة الشعب على الوثيقة التي كتبت باللغة الإنجليزية، التي '
                                   'نصت على "تخليهم عن جميع الحقوق للملكة".',
                          "تخليهم عن جميع الحقوق للملكة")
    assert label is None or "كتبت" not in label


@pytest.mark.parametrize("sentence, words, label", [
    # إداري and معاون are titles: the name after their genitive is who spoke
    ("فيما أكد إداري الفريق سليمان العمار أن المعسكر يسير وفق الخطة.", "المعسكر يسير وفق الخطة",
     "سليمان العمار"),
    ("أكد معاون محافظ الأنبار مهدي صالح النومان أن الوضع مستقر.", "الوضع مستقر",
     "مهدي صالح النومان"),
])
def test_administrator_and_assistant_are_titles(article, sentence, words, label):
    assert label in (speaker_label(article, sentence, words) or "")


def test_a_conjunction_after_a_title_is_no_name(article):
    # «وزير الخارجية … حيث» had become a man named حيث, and every item of his took it
    label = speaker_label(article, "بالأمس قابلت وزير الخارجية للمملكة العربية السعودية، حيث قال "
                                   "على الهواء إنهم يريدون اتفاقا.", "يريدون اتفاقا")
    assert label != "حيث"


def test_one_unread_word_between_the_verb_and_its_that_is_the_speakers_name(article):
    # «بلير» (the report's writer) is named nowhere else: the word is all the text gives
    quotes = extract_all(article("خبر\n\nوقال التقرير إن الوضع سيء. وأشار بلير إلى أن الإصلاحيين "
                                 "تحت الضغط، مضيفاً أن الأجواء تحسنت.\nوأصبحت أفكر بما قال وتذكرت "
                                 "أن الفرص كثيرة.\n"))
    assert said(quotes, "الإصلاحيين تحت الضغط").speaker.label == "بلير"
    assert said(quotes, "الأجواء تحسنت").speaker.label == "بلير"
    # («وتذكرت»: و and a verb, no name)
    speaker = said(quotes, "الفرص كثيرة").speaker
    assert speaker is None or speaker.label != "وتذكرت"


def test_a_lone_surname_joins_only_a_full_name_it_spells(tmp_path):
    # برايس and بارز share a key (س/ز folded, vowels dropped) but are two names; ديفيس is
    # a spelling of ديفيز (one letter changed)
    from tui.corpus import load_corpus
    from tui.quotes import extract_quotes, link_speakers
    (tmp_path / "a.txt").write_text("خبر\n\nوقال حاكم الولاية عبدالستار بارز إن الأمن مستتب.\n"
                                    "وقال المبعوث جيف ديفيز إن المحادثات جارية.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("خبر\n\nوأضاف برايس أن مؤسسة الرياح تبحث عن تمويل.\n"
                                    "وأضاف ديفيس أن الجولة المقبلة قريبة.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    quotes = link_speakers([q for source in corpus.sources for q in extract_quotes(source)])
    assert said(quotes, "مؤسسة الرياح تبحث عن تمويل").speaker.label == "برايس"
    assert said(quotes, "الجولة المقبلة قريبة").speaker.label == "جيف ديفيز"


@pytest.mark.parametrize("sentence, words, label", [
    # a family name opening with و after a rank, then a comma and an aside before إن
    ("وقال الكولونيل ستيف وارن، على هامش مرافقته كارتر، إن المعارك مستمرة.", "المعارك مستمرة",
     "ستيف وارن"),
    # those in charge of something (القائمون على …) speak as a group
    ("ويقول القائمون على الحملة إنها ستنطلق قريبا.", "ستنطلق قريبا", "القائمون على الحملة"),
])
def test_a_family_name_with_waw_after_a_rank_and_those_in_charge(article, sentence, words,
                                                                  label):
    assert speaker_label(article, sentence, words) == label


def test_a_bodys_quoted_name_after_its_adjective_is_a_term(article):
    quotes = extract_all(article("خبر\n\nلكن الصحيفة المحلية «في إل تي» ذكرت أنّهما كانا في "
                                 "عطلة.\n"))
    assert said(quotes, "في إل تي").kind == "term"


def test_a_headlines_place_before_news_is_a_dateline(article):
    # «نيويورك: داء …»: the body writes the word as a place, and the words after the colon
    # are news, in no one's first person: no speaker (the headline «أوبك: …» of a body one
    # belongs to keeps its speaker)
    quotes = extract_all(article("نيويورك: داء المحاربين القدماء يودي بحياة سبعة أشخاص\n\nقال مسؤول "
                                 "إن سبعة أشخاص توفوا في نيويورك بعد إصابتهم بالمرض.\n"))
    assert said(quotes, "داء المحاربين القدماء يودي بحياة سبعة أشخاص").speaker is None
    quotes = extract_all(article("أوبك: انخفاض الأسعار قصير الأجل\n\nأوضح مندوبون في أوبك أن "
                                 "انخفاض الأسعار قصير الأجل.\n"))
    assert said(quotes, "انخفاض الأسعار قصير الأجل").speaker is not None


@pytest.mark.parametrize("sentence, words, label", [
    # a broadcaster is a title; an accusative participle with its object before the colon
    # says how he said it
    ('فيما قال المذيع المصري عماد الدين أديب ناعياً زميله: "أخي وصديقي في ذمة الله".',
     "أخي وصديقي في ذمة الله", "عماد الدين أديب"),
    ("وأكد الصحفي جمال ناصر أن الأسرى نقلوا إلى صنعاء.", "الأسرى نقلوا إلى صنعاء", "جمال ناصر"),
    # but after a noun with the article, الصحفي describes it: no journalist there
    ('ولكنه أضاف في المؤتمر الصحفي الذي عقده في الكويت مؤشرا بعدم نية إيران تغيير سياستها، '
     'حين قال "إيران لن تتغير".', "إيران لن تتغير", None),
])
def test_broadcasters_journalists_and_the_press_conference(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_an_adjective_is_no_relative_clauses_antecedent(article):
    # «المعسكرات الخارجية التي تظهر …»: الخارجية describes the camps, it is not the ministry
    quotes = extract_all(article("خبر\n\n*مشاكل ملاعب المعسكرات الخارجية التي تظهر في كل عام "
                                 "سببها إدارات الأندية التي تعتمد على المتعهدين في تنظيم "
                                 "المعسكرات دون أن تكلف نفسها بتفقد الملاعب قبل توقيع العقود.\n"))
    assert all(q.speaker is None or q.speaker.label != "الخارجية" for q in quotes)


def test_a_quoted_company_name_is_one_name_in_a_headline_and_after_its_noun(article):
    quotes = extract_all(article("«الجزيرة كابيتال»: مبيعات «التصنيع» جاءت متوافقة مع توقعاتنا\n\n"
                                 "قالت شركة «الجزيرة كابيتال» إن مبيعات الربع الثاني جاءت "
                                 "متوافقة.\n"))
    assert said(quotes, "مبيعات «التصنيع» جاءت متوافقة مع توقعاتنا").speaker.label \
        == "الجزيرة كابيتال"
    assert said(quotes, "مبيعات الربع الثاني جاءت متوافقة").speaker.label \
        == "شركة «الجزيرة كابيتال»"


def test_a_known_surname_before_saying_participle_and_a_place_before_a_relative(article):
    # «وتابع بينيتيز قائلا:»: the surname (shaped like بـ and a word) is who goes on, not the
    # last speaker; «مقر المعسكر، الذي أكد الجهاز …» names a place, not a man called مقر
    quotes = extract_all(article("خبر\n\nوقال المدرب الإسباني رافايل بينيتيز إن الفريق جاهز. وقال "
                                 "غوارديولا إن فريقه قوي. وتابع بينيتيز قائلا: «ينقصنا بعض "
                                 "اللاعبين».\nوينتظر أن يؤدي اللاعبون آخر تمارينهم في مقر "
                                 "المعسكر، الذي أكد الجهاز الإداري على نجاحه وسيره وفق الخطة.\n"))
    assert said(quotes, "ينقصنا بعض اللاعبين").speaker.label == "رافايل بينيتيز"
    assert all(q.speaker is None or "مقر" not in q.speaker.label for q in quotes)


def test_an_adverb_after_a_verb_of_stating_is_no_name(article):
    # «نصت صراحة "…"»: explicitly, not a man named صراحة
    quotes = extract_all(article('خبر\n\nوأشار إلى أن المادة (24) من نظام المجالس البلدية نصت صراحة '
                                 '"على أنه يحق للجمعيات مراقبة الانتخابات".\n'))
    assert all(q.speaker is None or "صراحة" not in q.speaker.label for q in quotes)


def test_a_word_glued_to_a_quotation_mark_opens_a_quoted_name(article):
    # «وأوضحت»الجزيرة كابيتال»»: the firm's name (marks reversed), no man named كابيتال; but
    # after a closing mark and a space the describing word and the name read as before
    quotes = extract_all(article('خبر\n\nوأوضحت»الجزيرة كابيتال» في تقريرها، أن الشركة سجلت خسائر.\n'
                                 'أكد لـ"الاقتصادية" القانوني فهد بارباع، أنه تلقى اتصالا.\n'))
    assert all(q.speaker is None or q.speaker.label != "كابيتال" for q in quotes)
    assert said(quotes, "تلقى اتصالا").speaker.label == "فهد بارباع"


def test_a_topic_before_the_verb_leaves_it_with_the_last_speaker(article):
    # «وبالنسبة للقرارات … التي خرج بها الاجتماع قال "…"»: as for the decisions, he said
    quotes = extract_all(article('خبر\n\nوأكد عدنان المعيبد المتحدث الرسمي لاتحاد القدم أن '
                                 'الاجتماع ناجح. ورفض المعيبد الإفصاح عن بديل الربيش وقال "لا '
                                 'تعليق". وبالنسبة للقرارات الأخرى التي خرج بها الاجتماع قال '
                                 '"تمت الموافقة على اللائحة".\n'))
    assert said(quotes, "تمت الموافقة على اللائحة").speaker.label == "عدنان المعيبد"


def test_a_sentence_opened_by_a_pronoun_names_no_one_the_next_verb_goes_on_with(article):
    # «نحن شركة وطنية، ندعم …» inside her unquoted words: what "we" are, not a speaker
    quotes = extract_all(article('خبر\n\nوقالت مديرة الشركة مناهل المحيميد إن العدد وصل إلى '
                                 '80 مشجعا. وقالت: أتمنى ألا يصنفنا أحد. نحن شركة وطنية، ندعم '
                                 'جميع أندية الوطن، وأتمنى أن يكون في الحملة 70 هلالياً. مبينة '
                                 'أنهم حجزوا للجماهير في فنادق.\n'))
    assert all(q.speaker is None or q.speaker.label != "شركة وطنية" for q in quotes)
    assert said(quotes, "حجزوا للجماهير في فنادق").speaker.label == "مناهل المحيميد"


def test_especially_is_never_a_speaker(article):
    quotes = extract_all(article('خبر\n\nيضحك أبو غسان وهو يتحدث عن مهنته ولكنه لم يجد نفسه إلا '
                                 'وهو يعزف ويغني، كما يقول، خاصة أنه يحفظ الكثير من أغاني محمد '
                                 'عبد الوهاب.\n'))
    assert all(q.speaker is None or q.speaker.label != "خاصة" for q in quotes)


def test_a_modal_verb_is_never_a_name(article):
    # «إن الاختلاف بين الناس يجب أن …»: between (بين), and must; nobody made anything clear
    quotes = extract_all(article('خبر\n\nإن الاختلاف بين الناس يجب أن يعالج بأن يحتكم الناس '
                                 'لمنطق العقل.\n'))
    assert all(q.speaker is None or "يجب" not in q.speaker.label for q in quotes)


def test_one_word_after_a_title_in_the_headline_is_a_name_only_if_the_body_writes_it(article):
    # «مبعوث الأمم المتحدة قلق من …»: concerned, not a man named قلق
    quotes = extract_all(article('مبعوث الأمم المتحدة قلق من المعركة الجارية على الحدود '
                                 'السورية\n\nقال مبعوث الأمم المتحدة الى سوريا ستيفان دي '
                                 'ميستورا إن الغارات تسبب دمارا.\n'))
    assert said(quotes, "الغارات تسبب دمارا").speaker.label != "قلق"


@pytest.mark.parametrize("sentence, words, label", [
    # a participle's sound plural in construct takes its genitive: a group, not a man
    ("وأكد مقاتلو المقاومة الشعبية أنهم سيواصلون الزحف نحو زنجبار.",
     "سيواصلون الزحف نحو زنجبار", "مقاتلو المقاومة الشعبية"),
    ("وقال مفاوضو الدول الـ12 حول اتفاقية التجارة إنهم لم يتوصلوا إلى اتفاق نهائي.",
     "لم يتوصلوا إلى اتفاق نهائي", "مفاوضو الدول الـ12"),
    # a body named after a king is a body, its whole name
    ("أعلنت مدينة الملك عبدالله الطبية أن القبول يبدأ غدا في كل الأقسام.",
     "القبول يبدأ غدا في كل الأقسام", "مدينة الملك عبدالله الطبية"),
])
def test_groups_and_bodies_named_by_a_construct(article, sentence, words, label):
    quotes = extract_all(article(f"خبر\n\n{sentence}\n"))
    assert said(quotes, words).speaker.label == label


def test_a_foreign_name_in_o_is_no_construct_plural(article):
    quotes = extract_all(article('خبر\n\nوقال جوزيه مورينيو إن الفريق جاهز. وأكد مورينيو الذي '
                                 'خسر أمس أن اللقب صعب المنال.\n'))
    assert said(quotes, "اللقب صعب المنال").speaker.label == "جوزيه مورينيو"


def test_a_label_line_that_gives_a_name_is_nobody_s_words(article):
    quotes = extract_all(article('المنتخب يفوز\n\nالتشكيلة: محمد العويس، اسامه هوساوي، نايف '
                                 'هزازي\nالمدرب: الروماني كوزمين اولاريو\n'))
    assert all(q.speaker is None or q.speaker.label != "المدرب" for q in quotes)
    assert not any(q.text == "الروماني كوزمين اولاريو" for q in quotes)


def test_kana_then_its_subject_then_the_verb_keeps_the_noun_after_it_an_object(article):
    # «وكان الصافي، طالب العبادي بأن …»: al-Safi called on al-Abadi
    quotes = extract_all(article('خبر\n\nوقال رئيس الوزراء حيدر العبادي إن الإصلاح مستمر. وكان '
                                 'ممثل المرجعية أحمد الصافي قد دعا إلى الإصلاح.\n\nوكان الصافي، '
                                 'طالب العبادي بأن يكون أكثر جرأة في مكافحة الفساد.\n'))
    assert said(quotes, "يكون أكثر جرأة في مكافحة الفساد").speaker.label == "أحمد الصافي"


def test_a_single_anonymous_source_is_whom_the_next_masculine_verb_goes_on_with(article):
    # «وتوقع مصدر مسؤول …. ¶ وبين أن …»: one source, masculine (sources, مصادر, are not)
    quotes = extract_all(article('خبر\n\nوتوقع مصدر مسؤول في أحد الاتحادات الخليجية أن ترحل '
                                 'البطولة إلى أواخر العام 2016.\n\nوبين أن قطر ستوافق على '
                                 'التنظيم في هذا العام.\n'))
    assert said(quotes, "قطر ستوافق على التنظيم في هذا العام").speaker.label \
        == "مصدر مسؤول في أحد الاتحادات الخليجية"
    quotes = extract_all(article('خبر\n\nوقالت مصادر مطلعة إن الاتفاق قريب من التوقيع.\n\n'
                                 'وأضاف أن الوفد يصل غدا إلى العاصمة.\n'))
    assert said(quotes, "الوفد يصل غدا إلى العاصمة").speaker is None


def test_an_unnamed_source_ends_before_its_verb_s_object(article):
    # «ونفى مصدر شبابي وجود خلاف …»: the object, not more of the source
    quotes = extract_all(article('خبر\n\nونفى مصدر شبابي وجود خلاف بين الكنعان وأنور. وأكد أن '
                                 'الكنعان سيكون عضوا في مجلس الإدارة.\n'))
    assert said(quotes, "الكنعان سيكون عضوا في مجلس الإدارة").speaker.label == "مصدر شبابي"
    # (an adjective in the accusative is more of it: «مسؤولاً محلياً»)
    quotes = extract_all(article('خبر\n\nإلا أن مسؤولاً محلياً، طلب عدم ذكر اسمه، قال: «نعتقد '
                                 'أن بعض القتلى ينتمون للحركة».\n'))
    assert said(quotes, "نعتقد أن بعض القتلى ينتمون للحركة").speaker.label == "مسؤولاً محلياً"


def test_a_source_that_relays_a_report_with_its_own_speaker_is_not_its_speaker(article):
    # «وبحسب «شبيغل»، وصفت دوائر دبلوماسية ألمانية القرار بأنه «…»»: the circles' words
    quotes = extract_all(article('خبر\n\nوبحسب «شبيغل»، وصفت دوائر دبلوماسية ألمانية هذا القرار '
                                 'بأنه «إجراء انتقامي».\n'))
    assert all(q.speaker is None or "شبيغل" not in q.speaker.label for q in quotes)
    assert said(quotes, "إجراء انتقامي").speaker.label == "دوائر دبلوماسية ألمانية"


def test_a_lone_relation_word_names_no_one(article):
    # «فتح والد بطل أبطال المملكة … مازن الدقيل النار …، واصفا …»: a father, of whom unread
    quotes = extract_all(article('خبر\n\nفتح والد بطل أبطال المملكة في لعبة الكاراتيه مازن '
                                 'الدقيل النار على إدارة اللعبة في النادي، واصفا ما يحدث لابنه '
                                 'بأنه إهمال من شأنه وأد نجومية أي موهبة.\n'))
    assert said(quotes, "إهمال من شأنه وأد نجومية أي موهبة").speaker is None
    quotes = extract_all(article('خبر\n\nوقال والد الضحية إن ابنه كان بريئا من كل التهم.\n'))
    assert said(quotes, "ابنه كان بريئا من كل التهم").speaker.label == "والد الضحية"


def test_letters_spelt_out_in_a_name_are_not_that(article):
    # «وقالت قناة ان اتش كي العامة ان …»: NHK, then what it said
    quotes = extract_all(article('خبر\n\nوقالت قناة ان اتش كي العامة ان الطائرة التي تتسع '
                                 'لخمسة اشخاص تحطمت بعيد اقلاعها.\n'))
    crash = said(quotes, "الطائرة التي تتسع لخمسة اشخاص تحطمت بعيد اقلاعها")
    assert crash.speaker is None or crash.speaker.label != "قناة"
    assert not any(q.text.startswith("اتش كي") for q in quotes)


def test_voices_are_an_unnamed_source(article):
    # «لكن بعض الأصوات قالت إن …»، «لكنَّ أصواتًا معارضة، وبينهم قانونيون، أكدوا أن …»
    quotes = extract_all(article('خبر\n\nلكن بعض الأصوات قالت إن صورة الرئيس الأسبق غابت عن '
                                 'الجدارية. لكنَّ أصواتًا معارضة، وبينهم قانونيون، أكدوا أن هناك '
                                 'حكما سابقا يقضي برفع اسمه.\n'))
    first = said(quotes, "صورة الرئيس الأسبق غابت عن الجدارية").speaker
    assert (first.label, first.type) == ("بعض الأصوات", "anonymous")
    assert said(quotes, "هناك حكما سابقا يقضي برفع اسمه").speaker.label == "أصواتًا معارضة"


def test_kana_then_an_unnamed_spokesman_of_someone_named(article):
    # «وكان متحدث باسم الملك السابق أحمد فؤاد الثاني قد أعلن أن …»: the name is the king's
    quotes = extract_all(article('خبر\n\nوكان متحدث باسم الملك السابق أحمد فؤاد الثاني قد أعلن '
                                 'قبل يومين أن الملك يستعد لحضور الحفل.\n'))
    speaker = said(quotes, "الملك يستعد لحضور الحفل").speaker
    assert (speaker.label, speaker.type) == ("متحدث باسم الملك السابق أحمد فؤاد الثاني",
                                             "anonymous")


def test_a_headline_names_a_body_by_the_words_after_its_adjective(article):
    # «"الأرصاد": …» for «الرئاسة العامة للأرصاد وحماية البيئة» in the body
    quotes = extract_all(article('"الأرصاد": أمطار رعدية مصحوبة برياح على عسير\n\nتوقعت الرئاسة '
                                 'العامة للأرصاد وحماية البيئة هطول أمطار رعدية على عسير.\n'))
    assert said(quotes, "أمطار رعدية مصحوبة برياح على عسير").speaker.label \
        == "الرئاسة العامة للأرصاد"
    # (a name right after its noun still wins: «التجارة» is «وزارة التجارة»)
    quotes = extract_all(article('التجارة : ضبط وحجز 943 ثلاجة مخالفة\n\nتمكنت الفرق الرقابية في '
                                 'وزارة التجارة والصناعة من ضبط ثلاجات مخالفة.\n'))
    assert said(quotes, "ضبط وحجز 943 ثلاجة مخالفة").speaker.label == "وزارة التجارة"


def test_ali_akbar_is_a_compound_given_name(article):
    quotes = extract_all(article('خبر\n\nومن جانبه، قال رئيس منظمة الطاقة الذرية الإيرانية علي '
                                 'أكبر صالحي في تصريحات صحافية: «النشاطات النووية لم تتوقف».\n'))
    assert said(quotes, "النشاطات النووية لم تتوقف").speaker.label == "علي أكبر صالحي"


def test_a_name_with_wa_then_its_title_then_another_man_s_titles_and_name(article):
    # «وعلي أكبر صالحي رئيس منظمة الطاقة الذرية الإيرانية ومساعد وزير الخارجية … عباس
    # عراقجي»: the first title is Salehi's; a later «رئيس منظمة الطاقة الذرية» is him
    quotes = extract_all(article('خبر\n\nأعلن البرلمان عن اجتماع بين لجنة الأمن القومي من جهة، '
                                 'وعلي أكبر صالحي رئيس منظمة الطاقة الذرية الإيرانية ومساعد وزير '
                                 'الخارجية الإيراني وكبير المفاوضين عباس عراقجي من جهة أخرى.\n\n'
                                 'وقد صرح رئيس منظمة الطاقة الذرية الإيرانية قبل أيام بأن مجلس '
                                 'النواب لا يملك سلطة على الاتفاق.\n'))
    assert said(quotes, "مجلس النواب لا يملك سلطة على الاتفاق").speaker.label \
        == "علي أكبر صالحي"


def test_a_family_name_with_its_particle_before_a_colon_is_who_spoke(article):
    # «وقال فان جال: «…»»: no one named him in full; the name is sure from its particle
    quotes = extract_all(article('خبر\n\nوتصدى روميرو للعديد من المحاولات وقدم أداء رائعا. وقال '
                                 'فان جال: «لاحظنا أن دي خيا ليس في نفس مستواه». وأضاف: «سننظر '
                                 'في الأمر».\n'))
    assert said(quotes, "لاحظنا أن دي خيا ليس في نفس مستواه").speaker.label == "فان جال"
    assert said(quotes, "سننظر في الأمر").speaker.label == "فان جال"


def test_one_unknown_word_before_a_quotation_after_an_object_verb_is_the_object(article):
    # «يؤكد مبدأ «السياسة مصالح»»: the principle is what is stressed, not who stresses it
    quotes = extract_all(article('خبر\n\nوغير ذلك من التجارب التي تؤكد أن تجاوز لحظة الانفعال '
                                 'يؤكد مبدأ «السياسة مصالح، لا عداء دائم فيها».\n'))
    assert all(q.speaker is None or q.speaker.label != "مبدأ" for q in quotes)


def test_a_noun_with_her_pronoun_opens_no_name(article):
    # «قد أعلنت ولاءها ومبايعتها لتنظيم داعش»: her allegiance, the object
    quotes = extract_all(article('خبر\n\nالأمر الذي جعل كثيرًا من سكان المدينة يظنون أن «القاعدة» '
                                 'قد أعلنت ولاءها ومبايعتها لتنظيم داعش بشكل كامل ومفاجئ.\n'))
    assert all(q.speaker is None or q.speaker.label != "ولاءها" for q in quotes)


def test_a_noun_and_its_adjective_in_the_accusative_end_a_name(article):
    # «أبدى ألكسيس تسيبراس موقفا صارما …»: the object, not more of his name
    quotes = extract_all(article('خبر\n\nمن جانبه، أبدى رئيس الوزراء ألكسيس تسيبراس موقفا صارما '
                                 'إزاء المعارضين، وقال: «لن نتراجع عن الاتفاق».\n'))
    assert "موقفا" not in said(quotes, "لن نتراجع عن الاتفاق").speaker.label


def test_a_verb_with_wa_before_a_colon_is_no_headline_speaker(article):
    quotes = extract_all(article('خبر\n\nكنت من أطيب الناس.\nوغردت بلقيس: رحمك الله يا سعود '
                                 'وجعل مثواك الجنة.\n'))
    assert all(q.speaker is None or "وغردت" not in q.speaker.label for q in quotes)


def test_a_relative_verb_after_a_fronted_subject_is_that_subject_s(article):
    # «أما المغرد عبد الكريم العنزي فقد طالب … في تغريدة أخرى قال فيها "…"»: who wrote it
    quotes = extract_all(article('خبر\n\nالمغرد خالد المرزوق قال في تغريدة “يعجز الإنسان عن تصور '
                                 'مثل هذا الفعل”، أما المغرد عبد الكريم العنزي فقد طالب بتكريمه في '
                                 'تغريدة أخرى قال فيها “هو قام بفعله لوجه الله ومثله يستحق '
                                 'التكريم”.\n'))
    assert said(quotes, "هو قام بفعله لوجه الله ومثله يستحق التكريم").speaker.label \
        == "عبد الكريم العنزي"
    assert said(quotes, "يعجز الإنسان عن تصور مثل هذا الفعل").speaker.label == "خالد المرزوق"


def test_a_denied_verb_and_its_subject_are_whom_the_next_verb_goes_on_with(article):
    # «ولم يتردد وزير الخارجية عادل الجبير في الرد …. ¶ وأضاف: «…»»
    quotes = extract_all(article('خبر\n\nولم يتردد وزير الخارجية عادل الجبير في الرد على '
                                 'الأسئلة.\n\nوأضاف: «العلاقات ممتازة مع كل الدول».\n'))
    assert said(quotes, "العلاقات ممتازة مع كل الدول").speaker.label == "عادل الجبير"


def test_wa_bayyana_with_its_subject_and_a_colon_reports(article):
    # «وبيّن مدير عام الهيئة … المهندس محمد العمرة: "…"»: made clear, not "between"
    quotes = extract_all(article('خبر\n\nوبيّن مدير عام الهيئة العامة للسياحة المهندس محمد '
                                 'العمرة: "إن الفعاليات متنوعة في كل المواقع".\n'))
    assert said(quotes, "إن الفعاليات متنوعة في كل المواقع").speaker.label == "محمد العمرة"
    # (but "… بينه وبين أوباما، وقال: …" is between: the colon is وقال's)
    quotes = extract_all(article('خبر\n\nونفى بنيامين نتنياهو أن يكون سبب معارضته للاتفاق '
                                 'العلاقات المتوترة بينه وبين أوباما، وقال: «الخلافات بيننا لم '
                                 'تكن شخصية أبدا».\n'))
    assert said(quotes, "الخلافات بيننا لم تكن شخصية أبدا").speaker.label == "بنيامين نتنياهو"


def test_ithra_following_is_no_name(article):
    # «اعلن وزير الخارجية القطري إثر اللقاء … أن …»: following the meeting
    quotes = extract_all(article('خبر\n\nمن جانبه اعلن وزير الخارجية القطري إثر اللقاء الذي ضم '
                                 'وزير الخارجية الأميركي أن الاتفاق هو أفضل خيار.\n'))
    assert said(quotes, "الاتفاق هو أفضل خيار").speaker.label == "وزير الخارجية القطري"


def test_a_sentence_opened_by_a_meeting_with_someone_is_theirs(article):
    # «وفي لقاء آخر مع حسين المعلاق، وهو صاحب …، أوضح أن …»: the man met, not the last one
    quotes = extract_all(article('خبر\n\nوقال المزارع حسين بن مانع الوايلي إن الموسم جيد.\n\nوفي '
                                 'لقاء آخر مع حسين المعلاق، وهو صاحب أحد محلات بيع الفواكه، أوضح '
                                 'لـ"واس" أن العنب النجراني من الطلبات اليومية للزبائن.\n'))
    assert said(quotes, "العنب النجراني من الطلبات اليومية للزبائن").speaker.label \
        == "حسين المعلاق"
    # (a call with a paper is the last speaker's: «وفي اتصال هاتفي مع «عكاظ»، أوضح …»)
    quotes = extract_all(article('خبر\n\nوقال الوزير خالد الفالح إن الإنتاج مستقر.\n\nوفي اتصال '
                                 'هاتفي مع «عكاظ»، أوضح أن الأسعار ستتحسن قريبا.\n'))
    assert said(quotes, "الأسعار ستتحسن قريبا").speaker.label == "خالد الفالح"


def test_a_noun_after_a_comma_opens_no_clause_its_genitive_is_no_subject(article):
    # «وثمن فلان، رعاية الأمير …، مؤكداً أن …»: no verb ends in ة, so the prince is what
    # he praised, and the participle goes on with the man who praised it
    quotes = extract_all(article('خبر\n\nوثمن مدير المكتب التعاوني بأبها الدكتور سعيد البشري، '
                                 'رعاية صاحب السمو الملكي الأمير فيصل بن خالد أمير منطقة عسير، '
                                 'مؤكداً أن ذلك يأتي من حرص سموه على دعم الدعوة.\n'))
    assert said(quotes, "ذلك يأتي من حرص سموه على دعم الدعوة").speaker.label == "سعيد البشري"


def test_a_name_with_the_article_after_a_closing_adjective_is_his(article):
    # «الرئيس التونسي السابق المنصف المرزوقي»: after السابق the title is closed, so the two
    # definite words are his name, and «وقال المرزوقي» later is him
    quotes = extract_all(article('المرزوقي: العالم العربي يعيش مرحلة خطيرة\n\nيرى الرئيس '
                                 'التونسي السابق المنصف المرزوقي أن الأزمة هي أزمة قيم.\n\n'
                                 'وقال المرزوقي في محاضرة «نحن في أزمة فكرية».\n'))
    assert said(quotes, "نحن في أزمة فكرية").speaker.label == "المنصف المرزوقي"
    assert said(quotes, "الأزمة هي أزمة قيم").speaker.label == "المنصف المرزوقي"
    # (one such word is no name: it stays in the title)
    quotes = extract_all(article('خبر\n\nوقال المدير السابق المتحدث الرسمي أن الشركة رابحة.\n'))
    assert said(quotes, "الشركة رابحة").speaker.label == "المدير السابق المتحدث الرسمي"


def test_amam_with_its_hamza_above_is_in_front_of_not_an_imam():
    # «وقال كير أمام الآلاف من مؤيديه، إن …»: where he spoke, not his title (إمام)
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize
    text = "وقال كير أمام الآلاف من مؤيديه، إن المقترحات غير متوازنة"
    subject = parse_subject(text, tokenize(text, 0, len(text)), 1)
    assert (subject.label, subject.title) == ("كير", None)
    text = "وقال صالح العتيبي إمام المسجد الحرام إن الصلاة أقيمت"
    assert parse_subject(text, tokenize(text, 0, len(text)), 1).title == "إمام المسجد الحرام"


def test_a_foreign_name_of_three_is_called_by_its_middle_word(article):
    # «سلفا كير ميارديت» … «وقال كير إن …»; «مولود تشاوش اوغلو» … «وقال تشاوش»
    quotes = extract_all(article('خبر\n\nأعلن وزير الخارجية التركي مولود تشاوش اوغلو أن بلاده '
                                 'ستبدأ قريبا.\n\nوقال تشاوش «إننا نعمل حاليا مع الحلفاء».\n'))
    assert said(quotes, "إننا نعمل حاليا مع الحلفاء").speaker.label == "مولود تشاوش اوغلو"
    # (not an Arab name's middle word, his father's given name: another man may bear it)
    quotes = extract_all(article('خبر\n\nقال المواطن سعيد مسعد العنمي إن التعويض تأخر.\n\n'
                                 'وقال مسعد «لم نتسلم شيئا».\n'))
    assert said(quotes, "لم نتسلم شيئا").speaker is None


def test_a_body_speaking_through_a_named_mouth_is_his(article):
    # «وجددت (الجزائر) على لسان الناطق باسم وزارة خارجيتها عبدالعزيز علي شريف …، مؤكدة»
    quotes = extract_all(article('خبر\n\nأدانت الجزائر الهجوم على الفندق.\n\nوجددت على لسان '
                                 'الناطق باسم وزارة خارجيتها عبدالعزيز علي شريف في تصريحات أمس '
                                 'تضامنها مع الشعب المالي، مؤكدة مواصلة العمل مع الشركاء.\n'))
    assert said(quotes, "مواصلة العمل مع الشركاء").speaker.label == "عبدالعزيز علي شريف"
    quotes = extract_all(article('خبر\n\nوأكدت الإمارة على لسان متحدثها الرسمي علي زعلة أن '
                                 'الحريق أخمد.\n'))
    assert said(quotes, "الحريق أخمد").speaker.label == "علي زعلة"
    # (not someone whose words another answers: "ورد على ما جاء على لسان الوزير")
    quotes = extract_all(article('خبر\n\nوقال المحامي خالد العمر إن موكله بريء.\n\nورد على '
                                 'ما جاء على لسان الوزير سعد الحربي، مؤكدا أن القضية لم تنته.\n'))
    assert said(quotes, "القضية لم تنته").speaker.label == "خالد العمر"


def test_a_family_name_written_with_ta_marbuta_ends_a_name_after_bin():
    # «علي بن موسى زعلة أن …»: his family name, not a noun with its pronoun («بن مساعد شكره»)
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize
    text = "وأكد المتحدث الرسمي علي بن موسى زعلة أن الحريق أخمد"
    assert parse_subject(text, tokenize(text, 0, len(text)), 1).label == "علي بن موسى زعلة"
    text = "وقدم الأمير عبدالله بن مساعد شكره للجماهير"
    assert parse_subject(text, tokenize(text, 0, len(text)), 1).label == "الأمير عبدالله بن مساعد"


def test_a_rank_word_before_bin_is_a_given_name():
    # «رائد بن عبدالرحمن شالوالة»: Raed, not the rank of major before a name «بن عبدالرحمن»
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize
    text = "وأوضح مدير البرنامج رائد بن عبدالرحمن شالوالة، أن البرنامج يهدف إلى التنمية"
    assert parse_subject(text, tokenize(text, 0, len(text)), 1).label \
        == "رائد بن عبدالرحمن شالوالة"
    text = "وأوضح رائد بن عبدالرحمن، مدير البرنامج أن البرنامج يهدف إلى التنمية"
    assert parse_subject(text, tokenize(text, 0, len(text)), 1).label == "رائد بن عبدالرحمن"
    # (a rank before a given name stays a rank)
    text = "وقال الرائد فهد الحربي إن الحادث وقع فجرا"
    assert parse_subject(text, tokenize(text, 0, len(text)), 1).label == "فهد الحربي"


def test_wan_opening_a_quoted_name_is_no_that(article):
    # «المتحدث باسم حملة "وان كامباين" التي …، إن …»: the name's first word (One), not و+أن
    quotes = extract_all(article('خبر\n\nوقال ايان كوسكي المتحدث باسم حملة "وان كامباين" التي '
                                 'تهدف إلى القضاء على الفقر إن تلك الأهداف تعد خطوة كبيرة.\n'))
    assert said(quotes, "تلك الأهداف تعد خطوة كبيرة").speaker.label == "ايان كوسكي"
    # (a straight mark joined to the word before it closes a name: «وكالة "رويترز" إن …»)
    quotes = extract_all(article('خبر\n\nقالت وكالة "رويترز" إن قوات "الجيش الوطني" سيطرت على '
                                 'القاعدة.\n'))
    assert said(quotes, 'قوات "الجيش الوطني" سيطرت على القاعدة').speaker is not None


def test_the_acting_title_follows_a_name():
    # «ديون نيل القائم بأعمال المدير التنفيذي …»: the acting director, his title after his name
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize
    text = 'وقال ديون نيل القائم بأعمال المدير التنفيذي "ان العالم خطى خطوة كبيرة"'
    assert parse_subject(text, tokenize(text, 0, len(text)), 1).label == "ديون نيل"


def test_ministers_are_a_plural_title_and_the_ministers_are_them(article):
    # «أكد وزراء خارجية دول الخليج وأمريكا في اجتماعهم المشترك، على ضرورة …»، «وأكد الوزراء
    # مجددا أن …»: a group by its title (not a man named «وزراء خارجية دول»), then the same
    quotes = extract_all(article('خبر\n\nأكد وزراء خارجية دول الخليج وأمريكا في اجتماعهم '
                                 'المشترك، على ضرورة التصدي للتدخلات الإيرانية.\n\nوأكد الوزراء '
                                 'مجددا أن نظام الأسد فقد شرعيته.\n'))
    assert said(quotes, "ضرورة التصدي للتدخلات الإيرانية").speaker.label \
        == "وزراء خارجية دول الخليج وأمريكا"
    assert said(quotes, "نظام الأسد فقد شرعيته").speaker.label \
        == "وزراء خارجية دول الخليج وأمريكا"


def test_an_occasion_with_its_adjective_then_a_comma_comes_before_the_object(article):
    # «أكد الوزير في اجتماعه المشترك، على ضرورة …»: past where he said it, then على
    quotes = extract_all(article('خبر\n\nأكد وزير الخارجية عادل الجبير في اجتماعه المشترك، على '
                                 'ضرورة التصدي للتدخلات.\n'))
    assert said(quotes, "ضرورة التصدي للتدخلات").speaker.label == "عادل الجبير"


def test_after_that_with_her_pronoun_the_one_warned_is_no_speaker(article):
    # «مضيفا أنها حذرت السفراء من أنه …»: she warned them; the ambassadors said nothing
    quotes = extract_all(article('خبر\n\nوقال مسؤول إسرائيلي إن الوزيرة تنوي العمل ضد التمويل، '
                                 'مضيفا أنها حذرت السفراء من أنه إذا لم توافق الدول الأوروبية '
                                 'فإن الحكومة ستسن قانونا.\n'))
    reported = said(quotes, "إذا لم توافق الدول الأوروبية فإن الحكومة ستسن قانونا")
    assert reported.speaker is None or reported.speaker.label != "السفراء"


def test_a_headline_body_quoted_before_its_verb_is_its_whole_name(article):
    # «"إعداد القادة" يؤكد اهتمام …»: the programme's quoted name, not the leaders
    quotes = extract_all(article('«إعداد القادة» يؤكد اهتمام ولي العهد بخدمة شباب الوطن\n\n'
                                 'أكد المشرف على برنامج إعداد القادة أن البرنامج ناجح.\n'))
    assert said(quotes, "اهتمام ولي العهد بخدمة شباب الوطن").speaker.label == "إعداد القادة"


def test_a_feminine_plural_after_a_singular_in_ta_marbuta_is_the_object():
    # «ومنعت اللجنة الإضافات والدمج …»: what the committee banned, not an adjective of it
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize
    text = "ومنعت اللجنة الإضافات والدمج على الصور"
    assert parse_subject(text, tokenize(text, 0, len(text)), 1).label == "اللجنة"
    # (a plural's adjective is plural: «المعلمات السعوديات»)
    text = "وأكدت المعلمات السعوديات أن الدوام طويل"
    assert parse_subject(text, tokenize(text, 0, len(text)), 1).label == "المعلمات السعوديات"


def test_a_relative_with_wa_has_the_antecedent_of_the_one_before_it(article):
    # «هي تلك التي تتعلق بتحرش مجموعة من الشباب بفتيات، والتي أوضحت أن …»: the incident
    # showed it, not the group named right before «والتي»
    quotes = extract_all(article('خبر\n\nالحادثة الأولى، هي تلك التي تتعلق بتحرش مجموعة من '
                                 'الشباب بفتيات، والتي أوضحت أن المجتمع لا يخلو من العيوب.\n'))
    assert said(quotes, "المجتمع لا يخلو من العيوب").speaker is None
    # «المشروع …، الذي قدمه الأمير فلان، والذي ينص على منع …»: the project, not the prince
    quotes = extract_all(article('خبر\n\nأشاد الإعلامي بتال القوس بالمشروع الجديد للاتحاد، '
                                 'الذي قدمه الأمير عبدالله بن مساعد، والذي ينص على منع الأندية '
                                 'المدينة من عقد صفقات جديدة.\n'))
    assert all(q.speaker is None or "مساعد" not in q.speaker.label for q in quotes
               if "منع الأندية" in q.text)


def test_according_to_a_noun_with_its_pronoun_names_no_source(article):
    # «… لا يعرف الحلال من الحرام حسب أحكامه،»: by its (the faith's) rulings, no one's words
    quotes = extract_all(article('خبر\n\nهؤلاء لا يعرفون حقيقة الدين ومقاصده بل لا يعرفون '
                                 'الحلال من الحرام حسب أحكامه، وهناك ممولون لهم.\n'))
    assert all(q.speaker is None for q in quotes)
    # (a lone name there is a source: «…، بحسب ويكيليكس.»)
    quotes = extract_all(article('خبر\n\nتجسست الوكالة على وزراء يابانيين، بحسب ويكيليكس.\n'))
    assert said(quotes, "تجسست الوكالة على وزراء يابانيين").speaker.label == "ويكيليكس"


def test_in_coordination_with_is_no_part_of_a_bodys_name():
    # «أعلنت وزارة الخدمة المدنية بالتنسيق مع وزارة التعليم عن …»: with whom it acted
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize
    text = "أعلنت وزارة الخدمة المدنية بالتنسيق مع وزارة التعليم عن توفر وظائف"
    assert parse_subject(text, tokenize(text, 0, len(text)), 1).label == "وزارة الخدمة المدنية"


def test_a_colon_after_a_count_or_an_including_verb_opens_a_list_not_words(article):
    # «… موزعة على المراحل الدراسية الأربعة: رياض الأطفال …»، «…، التي تشمل: قيد الناخبين …»
    quotes = extract_all(article('خبر\n\nأعلنت وزارة الخدمة المدنية عن توفر 5000 وظيفة موزعة '
                                 'على المراحل الدراسية الأربعة: رياض الأطفال والابتدائية '
                                 'والمتوسطة والثانوية.\n'))
    assert not any(q.text.startswith("رياض الأطفال") for q in quotes)
    quotes = extract_all(article('خبر\n\nوأعلن رئيس اللجنة اكتمال الاستعدادات للانتخابات، التي '
                                 'تشمل: قيد الناخبين، وتسجيل المرشحين.\n'))
    assert not any(q.text.startswith("قيد الناخبين") for q in quotes)
    # (a year before the colon is no count: «… في أغسطس 2014: "…"»)
    quotes = extract_all(article('خبر\n\nوقال نابوت الذي استلم رئاسة الاتحاد في أغسطس 2014: '
                                 '"نعتقد أن بلاتيني يملك الصفات اللازمة".\n'))
    assert said(quotes, "نعتقد أن بلاتيني يملك الصفات اللازمة").direct


def test_a_paper_passing_on_his_statements_is_not_their_speaker(article):
    # «وذكرت صحيفة الميرور تصريحاته التي أكد فيها …»: his words, the paper relays them
    quotes = extract_all(article('خبر\n\nما زال المدرب يراهن على اللاعب، وذكرت صحيفة الميرور '
                                 'تصريحاته التي أكد فيها على بقاء راموس في الفريق.\n'))
    reported = said(quotes, "تصريحاته التي أكد فيها على بقاء راموس في الفريق")
    assert reported.speaker is None or "الميرور" not in reported.speaker.label
    # (a body judging them speaks: «واعتبرت الخارجية البحرينية تصريحاته تعديا …»)
    quotes = extract_all(article('خبر\n\nواعتبرت الخارجية البحرينية تصريحاته تعديا واضحا على '
                                 'سيادة البحرين.\n'))
    assert said(quotes, "تصريحاته تعديا واضحا على سيادة البحرين").speaker.label \
        == "الخارجية البحرينية"


def test_the_author_is_a_title():
    # «وقال مؤلف المسرحية فاروق الشعيبي لـ"الرياض" إن …»: the play's author, named
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize
    text = "وقال مؤلف المسرحية فاروق الشعيبي إن النص حاول أن يوائم"
    assert parse_subject(text, tokenize(text, 0, len(text)), 1).label == "فاروق الشعيبي"


def test_a_count_in_words_opens_no_name():
    # «كما طرح المؤلف … أربعة محاور وهي: …»: four themes, not a man named «أربعة محاور»
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize
    text = "كما طرح أربعة محاور وهي: حدود الوطن"
    assert parse_subject(text, tokenize(text, 0, len(text)), 2) is None


# A real story (SaudiNewsNet, okaz, 10 August 2015): the student is named in the paragraph
# that reports the club's official, after the police and the papers spoke.
_NAMED_STUDENT = ('شرطة ويتشيتا تحقق في مقتل مبتعث سعودي\n\nتحقق شرطة مدينة ويتشيتا بولاية'
                  ' كانساس في مقتل طالب سعودي يدرس في جامعة مدينة ويتشيتا، عثر عليه فجر'
                  ' الأحد مصابا بطلقات نارية في أحد مواقف السيارات القريبة من الجامعة، قبل'
                  ' أن يتوفى لاحقا في مستشفى ويسلي إثر نزيف حاد.\n\nوذكرت الصحف الأمريكية أن'
                  ' شخصا أبلغ الشرطة عن مصاب وجد ممددا في المواقف وجسده ملطخ بالدماء، حيث'
                  ' بينت الشرطة أن الإصابة ناجمة عن تعرضه لطلقات نارية في جسده.\n\nمن جهته،'
                  ' بين الطالب عبدالرحمن العتيبي نائب رئيس النادي السعودي بجامعة ويتشيتا،'
                  ' أنه فور ورود البلاغ من الشرطة حول هوية الطالب السعودي ويدعى ريان'
                  ' إبراهيم بابا، تواصل مع القنصلية السعودية في هيوستن ومع السلطات الأمنية'
                  ' في ويتشيتا لمتابعة سير التحقيق في الجريمة والتعرف على الجناة، مؤكدا أن'
                  ' المحلقية أكدت تكفلها بتوكيل محام لمتابعة التحقيق، فيما ستتولى متابعة'
                  ' نقل جثمان الطالب إلى السعودية وتحديدا المنطقة الغربية حيث يقيم ذووه،'
                  ' وألمح إلى أن جامعة ويتشيتا أعلنت الخبر وتتابع بدورها التحقيقات، كما أن'
                  ' النادي السعودي بالجامعة سيقيم عزاء للفقيد.\n\nوأشار العتيبي إلى أن الطالب'
                  ' ريان إبراهيم (٢٣ عاما) انتقل قبل أقل من نصف عام من ولاية اريغون غرب'
                  ' أمريكا للدراسة في جامعة ويتشيتا، ولم يكن كثير التواصل مع زملائه'
                  ' السعوديين حيث يمضي معظم وقته في الدراسة والتنقل بين منزله والجامعة، ولم'
                  ' يسبق له حضور الفعاليات التي يقيمها النادي السعودي هناك.\n')


def test_the_name_after_yud_a_is_whom_the_text_names_not_a_subject(article):
    # «… هوية الطالب السعودي ويدعى ريان إبراهيم بابا، تواصل مع …، مؤكدا أن …»: يُدعى (is
    # called), so the participle goes on with the man who spoke, not with the student
    quotes = extract_all(article(_NAMED_STUDENT))
    reported = next(q for q in quotes if q.text.startswith("المحلقية أكدت تكفلها"))
    assert reported.speaker.label == "عبدالرحمن العتيبي"
    # (right before what is reported the name is the speaker: «وقال أحد الشهود، ويدعى
    # عبد الناصر سيد، إن …»)
    quotes = extract_all(article('خبر\n\nوقال أحد الشهود، ويدعى عبد الناصر سيد، إن القوات '
                                 'دخلت البلدة.\n'))
    assert said(quotes, "القوات دخلت البلدة").speaker.label == "عبد الناصر سيد"


def test_the_topic_after_amma_is_the_subject_of_every_verb_after_its_fa(article):
    # «أما المذيعة علا فارس فقد عددت مزايا الراحل … وقالت إنه "…"»، «أما فلان فقد أبدى
    # إعجابه بها، لكنه استدرك قائلاً إن …»: the topic, not the last speaker
    quotes = extract_all(article('خبر\n\nوقال الممثل فاروق الشعيبي إن النص جيد.\n\nأما المذيعة '
                                 'علا فارس فقد عددت مزايا الراحل وقالت إنه "كان يفرح لنجاح '
                                 'زملائه".\n\nأما الإعلامي أحمد الفهد فقد أبدى إعجابه بها، لكنه '
                                 'استدرك قائلاً إن بعض رؤساء الأندية أشد تأثيراً.\n'))
    assert said(quotes, "كان يفرح لنجاح زملائه").speaker.label == "علا فارس"
    assert said(quotes, "بعض رؤساء الأندية أشد تأثيراً").speaker.label == "أحمد الفهد"
    # (a word of the topic that opens with ف does not end it: «أما رئيس فريق الهلال فقد …»)
    quotes = extract_all(article('خبر\n\nوفاز الهلال على النصر. أما رئيس فريق الهلال فقد أبدى '
                                 'سعادته بالفوز، وقال إن الفريق قدم مباراة كبيرة.\n'))
    assert said(quotes, "الفريق قدم مباراة كبيرة").speaker.label == "رئيس فريق الهلال"


def test_a_definite_sound_plural_in_the_nominative_is_the_verbs_subject(article):
    # «ونفى الانفصاليون مهاجمة قوات حكومية»: -ون is nominative, never the object
    quotes = extract_all(article('خبر\n\nوقال الجيش الأوكراني إن 400 مسلح هاجموا القوات. ونفى '
                                 'الانفصاليون مهاجمة قوات حكومية.\n'))
    assert said(quotes, "مهاجمة قوات حكومية").speaker.label == "الانفصاليون"
    # (with its adjectives, but not a singular after it: «واتهم المحتجون الحكومة بـ…»)
    quotes = extract_all(article('خبر\n\nوأكد المتمردون الأكراد أن الهجوم خلف قتلى. واتهم '
                                 'المحتجون الحكومة بمحاولة فرض مذهب.\n'))
    assert said(quotes, "الهجوم خلف قتلى").speaker.label == "المتمردون الأكراد"
    assert said(quotes, "الحكومة بمحاولة فرض مذهب").speaker.label == "المحتجون"


def test_a_group_and_a_body_that_speak_together_are_one_subject(article):
    # «وأعلن المقاتلون الأكراد والمرصد السوري لحقوق الانسان اليوم، ان …»
    quotes = extract_all(article('خبر\n\nوأعلن المقاتلون الأكراد والمرصد السوري لحقوق الانسان '
                                 'اليوم، ان الدبابات التركية قصفت قرية.\n'))
    assert said(quotes, "الدبابات التركية قصفت قرية").speaker.label \
        == "المقاتلون الأكراد والمرصد السوري لحقوق الانسان"


def test_one_phrase_then_bi_after_accusing_is_the_accused(article):
    # «واتهمت كييف الكرملين بتسليح المتمردين»: who, whom, of what; «واتهم أوكرانيا بشن قصف»:
    # one phrase then بـ is whom he accused, not who
    quotes = extract_all(article('خبر\n\nواتهمت كييف الكرملين بتسليح المتمردين في الشرق.\n\n'
                                 'وقال ليسينكو إن القوات صدت الهجوم. واتهم أوكرانيا بشن قصف '
                                 'مدفعي عنيف.\n'))
    assert said(quotes, "الكرملين بتسليح المتمردين في الشرق").speaker.label == "كييف"
    assert all(q.speaker is None or q.speaker.label != "أوكرانيا" for q in quotes)
    # (a describing verb: only «بأنه»، «بـ"…"» say what it is, not «بدقة»: how)
    quotes = extract_all(article('خبر\n\nوصف اوزولت بدقة إدمانه السابق فكتب: "الإدمان هنا هو أن '
                                 'تتحكم الأفلام في جدولك".\n'))
    assert said(quotes, "الإدمان هنا هو أن تتحكم الأفلام في جدولك").speaker.label == "اوزولت"


def test_the_accused_before_a_comma_and_bi_is_no_speaker(article):
    # sample 78: «واتهم الرئيس اليمني السابق علي عبدالله صالح، بأنه …»: the comma does not make
    # the accused the one who speaks; the minister who spoke before goes on
    quotes = extract_all(article("خبر\n\nوقال أحمد قطان إن دور القاهرة أساسي.\n\nواتهم الرئيس "
                                 "اليمني السابق علي عبدالله صالح، بأنه سبب ضياع اليمن. وشدد على "
                                 "أن اليمن خط أحمر، وقال «ما نطلبه من طهران ألا تختبر قوتنا».\n"))
    assert all(q.speaker is None or q.speaker.label != "علي عبدالله صالح" for q in quotes)
    assert said(quotes, "اليمن خط أحمر").speaker.label == "أحمد قطان"
    assert said(quotes, "ما نطلبه من طهران ألا تختبر قوتنا").speaker.label == "أحمد قطان"


def test_a_statement_owned_with_li_speaks_for_its_owner(article):
    # sample 78: «مع تصريح إعلامي للواء رفعت قمصان، مستشار …، أشار فيه إلى أنه …»: the words
    # "in it" are his whose statement it is, not the last speaker's
    quotes = extract_all(article("خبر\n\nوقال مصدر حكومي إن الانتخابات في موعدها.\n\nوتوافقت "
                                 "تلك التأكيدات مع تصريح إعلامي للواء رفعت قمصان، مستشار رئيس "
                                 "الوزراء لشؤون الانتخابات، أشار فيه أمس إلى أنه من الأرجح فتح "
                                 "الباب الشهر المقبل.\n\nوفي حديث للوزير محمد العلي أوضح فيه أن "
                                 "المشروع سينجز قريبا.\n"))
    assert said(quotes, "من الأرجح فتح الباب الشهر المقبل").speaker.label == "رفعت قمصان"
    assert said(quotes, "المشروع سينجز قريبا").speaker.label == "محمد العلي"


def test_an_unnamed_source_is_not_the_analyst_named_before(article):
    # sample 77: «قال لـ "الاقتصادية" محلل لسوق الأسهم فضل عدم ذكر اسمه إن …» after «خالد
    # الجوهر المحلل لسوق الأسهم»: an analyst who would not be named is someone else
    quotes = extract_all(article('خبر\n\nمن جهته قال لـ "الاقتصادية" خالد الجوهر المحلل لسوق '
                                 'الأسهم إن المستثمرين الأجانب يركزون على التوزيعات.\n\nمن جهته '
                                 'قال لـ "الاقتصادية" محلل لسوق الأسهم فضل عدم ذكر اسمه إن غالبية '
                                 'الشركات سجلت نموا. وأضاف أن الأجانب سيواصلون الشراء.\n'))
    assert said(quotes, "المستثمرين الأجانب يركزون على التوزيعات").speaker.label == "خالد الجوهر"
    for words in ("غالبية الشركات سجلت نموا", "الأجانب سيواصلون الشراء"):
        speaker = said(quotes, words).speaker
        assert speaker.label == "محلل لسوق الأسهم" and speaker.type == "anonymous"


def test_given_names_that_open_like_bi(article):
    # sample 77: «الدكتور بكري بن معتوق عساس» (بكري read as بـ and a word); the pool's «يار
    # بهجت منشي» (بهجت likewise) is the painter who said «ليست للبيع»
    assert speaker_label(article, "وقال الدكتور بكري بن معتوق عساس إن الندوة مهمة.",
                         "الندوة مهمة") == "بكري بن معتوق عساس"
    text = ("وقفت أمام لوحة رسمتها التشكيلية الشابة يار بهجت منشي (20 عاما). وأكدت يار أن الفن "
            "رسالة وحضارة.")
    assert speaker_label(article, text, "الفن رسالة وحضارة") == "يار بهجت منشي"


def test_a_family_nisba_shaped_like_bi_before_what_the_verb_governs(article):
    # sample 77: «وألقى الدكتور خالد برقاوي كلمة رحب فيها بالمشاركين …، موضحاً أن …»: برقاوي
    # (بـ and a word, by its look) ends his name before «بالمشاركين»; the participle is his
    text = ("وقال الدكتور سامي عساس إن الندوة مهمة. ورحب الدكتور خالد برقاوي بالمشاركين في "
            "الندوة، موضحاً أن تنظيم الندوة يندرج تحت الأهداف.")
    assert speaker_label(article, text, "تنظيم الندوة يندرج تحت الأهداف") == "خالد برقاوي"


@pytest.mark.parametrize("but", ["بيد أن", "لكن"])
def test_a_clause_after_but_has_its_own_subject(article, but):
    # sample 77: «وتدخل اللاعب أربيولا لتهدئة رونالدو، بيد أن النجم البرتغالي استمر في ثورته،
    # وقال: «…»»: the one who went on and said it is the star (a title the article did not
    # tie to his name: so named, not Arbeloa); استمر is his verb, no name
    text = (f"وتدخل اللاعب أربيولا لتهدئة كريستيانو رونالدو، {but} النجم البرتغالي استمر في "
            "ثورته العارمة، وقال: «دائمًا ما ترى العيوب في البرتغاليين فقط».")
    assert speaker_label(article, text, "دائمًا ما ترى العيوب في البرتغاليين فقط") \
        == "النجم البرتغالي"


def test_and_the_states_of_a_coalition_open_no_clause(article):
    # sample 77: «وأعرب نائب الرئيس اليمني عن تقدير …، ودول التحالف العربي عامة …، مشيراً إلى
    # …»: «ودول التحالف» is more of what he praised; the participle is the vice-president's
    text = ("وقال الرئيس هادي إن الوضع جيد. وأعرب نائب الرئيس اليمني عن تقدير حكومة بلاده لدور "
            "الإمارات خاصة، ودول التحالف العربي عامة في عملية السهم الذهبي، مشيراً إلى أهمية "
            "الخطوات المقبلة.")
    assert speaker_label(article, text, "أهمية الخطوات المقبلة") == "نائب الرئيس اليمني"


def test_and_a_verb_of_the_tafaal_kind_is_no_name(article):
    # sample 77: «بهذا الرجل وتحطم زجاج سيارته» made a man «وتحطم زجاج», who then answered
    # for «الرجل» in «أجاب الرجل: …»
    quotes = extract_all(article("خبر\n\nفاصطدمت سيارة الشاب بهذا الرجل وتحطم زجاج سيارته "
                                 "الأمامي.\n\nأجاب الرجل: لكنني سيدي لست من نيويورك.\n"))
    assert all(q.speaker is None or "وتحطم" not in q.speaker.label for q in quotes)


def test_a_visitor_is_a_title(article):
    # sample 78: «كما أشاد الزائر ماجد المطيري القادم من مدينة الرياض، بما …، مؤكدًا أن …»: the
    # visitor's name, then where he came from; the participle is his. («وطالب زائر في جامعات
    # أخرى», a visiting student, is no one's title: زائر alone is not one)
    text = ("وقال محمد سعيد الغامدي إن المهرجان ناجح. كما أشاد الزائر ماجد المطيري القادم من "
            "مدينة الرياض، بما وصل إليه المهرجان من تطور، مؤكدًا أن المبيعات تتطور من عام لآخر.")
    assert speaker_label(article, text, "المبيعات تتطور من عام لآخر") == "ماجد المطيري"
    quotes = extract_all(article("خبر\n\nوأضاف المتحدث أن الجامعة ستتيح أربعة خيارات للدراسة، "
                                 "وهي: الانتظام، وطالب زائر في جامعات أخرى، وتأجيل الفصل.\n"))
    assert any(q.text.endswith("وطالب زائر في جامعات أخرى، وتأجيل الفصل") for q in quotes)


def test_a_relative_after_a_long_title_is_the_named_mans(article):
    # sample 78: «تحت إشراف العقيد محمد الغامدي مدير مدني جدة المكلف الذي شدد على …»: the
    # words after his title's head are more of his title («جدة المكلف» is no one)
    text = ("وذكر المقدم محمد القرني إن 50 ضابطاً شاركوا في الحملة، تحت إشراف العقيد محمد الغامدي "
            "مدير مدني جدة المكلف الذي شدد على أهمية رفع مستوى السلامة.")
    assert speaker_label(article, text, "أهمية رفع مستوى السلامة") == "محمد الغامدي"


def test_a_verb_of_the_faalat_kind_after_a_title_is_no_name(article):
    # sample 80: «ولإرضاء المواطن عرضت القضية على الهيئة» made the citizen «عرضت», and every
    # «المواطن» of the article then spoke as «عرضت»; رفعت and بخيت are names
    quotes = extract_all(article("خبر\n\nويقول المواطن إن قصته طويلة. وذكر أن الوزير قال ولإرضاء "
                                 "المواطن عرضت القضية على الهيئة.\n\nوطالب المواطن بأن يحال "
                                 "الموظفون إلى المحكمة.\n"))
    assert all(q.speaker is None or q.speaker.label != "عرضت" for q in quotes)
    assert speaker_label(article, "وقال اللواء رفعت قمصان إن الباب سيفتح.", "الباب سيفتح") \
        == "رفعت قمصان"
    assert speaker_label(article, "وقال الطالب بخيت العتيبي إن الاختبار سهل.", "الاختبار سهل") \
        == "بخيت العتيبي"


@pytest.mark.parametrize("sentence, words, label", [
    # sample 80 («عالم الأحياء الفرنسي ماثيو ريكارد»); the pool's «وقال عالم الأرصاد الجوية ينس
    # هوفمان من هيئة الأرصاد … إن» and «روري كوتريل عالم الجيولوجيا بجامعة روشستر»
    ("وقال عالم الأحياء الفرنسي ماثيو ريكارد إن السعادة حالة من الصفاء.",
     "السعادة حالة من الصفاء", "ماثيو ريكارد"),
    ("وقال عالم الأرصاد الجوية ينس هوفمان من هيئة الأرصاد الألمانية إن مركز العاصفة سيتسع.",
     "مركز العاصفة سيتسع", "ينس هوفمان"),
    ('وقال روري كوتريل عالم الجيولوجيا بجامعة روشستر "من المعروف أن المجال قديم".',
     "من المعروف أن المجال قديم", "روري كوتريل"),
])
def test_a_scientist_is_a_title(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_who_answers_is_set_off_by_who_he_is(article):
    # sample 80: «يجيب عالم الأحياء الفرنسي ماثيو ريكارد، أسعد رجل في العالم حسب دراسة …،
    # «…»»: who he is between commas (a study's ranking among it), then his words
    text = ("يجيب عالم الأحياء الفرنسي ماثيو ريكارد، أسعد رجل في العالم حسب دراسة أمريكية، "
            "«السعادة حالة من الصفاء وتحقيق الذات».")
    assert speaker_label(article, text, "السعادة حالة من الصفاء وتحقيق الذات") == "ماثيو ريكارد"


@pytest.mark.parametrize("sentence, words, label", [
    # sample 80: «وقال المحلل في مجموعة هايتونغ سيكيوريتيز إن …» named a man «سيكيوريتيز»
    ("وقال المحلل في مجموعة هايتونغ سيكيوريتيز إن الارتفاع كان كبيرا.", "الارتفاع كان كبيرا",
     "المحلل في مجموعة هايتونغ سيكيوريتيز"),
    ("وقال المحلل في بنك غولدمان ساكس جون سميث إن الارتفاع كان كبيرا.", "الارتفاع كان كبيرا",
     "جون سميث"),
])
def test_a_firms_name_of_two_words_names_no_one(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_the_father_president_is_not_the_head_of_a_court(article):
    # sample 80: «صورة الرئيس الأب حافظ الأسد» then «وقال رئيس المحكمة … إن «…»»: «الأب» says
    # which president, no body he heads; the court's head is someone else
    text = ("بتصميم خلا من صورة الرئيس الأب حافظ الأسد. وبدورها أقرت المحكمة الشرعية في حلب "
            "القرار، وقال رئيس المحكمة في كلمة له إن «المؤسسات الثورية اتفقت على التداول».")
    assert speaker_label(article, text, "المؤسسات الثورية اتفقت على التداول") == "رئيس المحكمة"


def test_as_someone_claims_leaves_the_clause_to_who_denied_it(article):
    # sample 80: «وقال: إن البديل للاتفاق ليس الحرب، كما يدعي أوباما، وإنما …»: Netanyahu's
    # words, against Obama's claim, not Obama's
    text = ("ورد الرئيس الأمريكي باراك أوباما بلقاء شخصيات يهودية. وقال رئيس الوزراء الإسرائيلي "
            "بنيامين نتنياهو إن الاتفاق سيئ. وقال: إن البديل للاتفاق ليس الحرب، كما يدعي أوباما، "
            "وإنما صفقة أفضل.")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert quotes and all(q.speaker is not None and q.speaker.label == "بنيامين نتنياهو"
                          for q in quotes)


def test_a_verb_of_two_letters_after_a_title_and_comma_is_no_name(article):
    # sample 79: «وفور وصول محافظ خميس مشيط، قص شريط المعرض» made the governor «قص شريط»,
    # who then said what «وأضاف المحافظ» says
    quotes = extract_all(article('خبر\n\nوفور وصول محافظ خميس مشيط، قص شريط المعرض إيذانا '
                                 'بانطلاقته.\n\nوأضاف المحافظ: "المشاركون يستحقون الدعم".\n'))
    assert said(quotes, "المشاركون يستحقون الدعم").speaker.label == "المحافظ"


def test_their_saying_after_an_is_not_the_relaying_papers(article):
    # sample 79: «ونقلت الصحيفة عن المواطنين السعوديين قولهم إنهم …»: the citizens', whom the
    # grammar does not read as a source; not the paper's words (abstain)
    text = "ونقلت الصحيفة عن المواطنين السعوديين قولهم إنهم تعرضوا للإهانة في المنفذ."
    assert speaker_label(article, text, "تعرضوا للإهانة في المنفذ") is None
    text = "ونقلت رويترز عن مصدر قوله إن الهجوم وقع."
    assert speaker_label(article, text, "الهجوم وقع") == "مصدر"


def test_what_a_report_says_someone_considers_stays_in_the_report(article):
    # sample 79: «وذكر بن رودس … أن الولايات المتحدة تعتبر حزب العمال الكردستاني «منظمة
    # إرهابية»»: the party is what is considered, no speaker; the words are Rhodes's report.
    # (Outside a report, «ورغم أن البنك الدولي وصف جورجيا بأنها …» is the bank's.)
    text = ("وذكر بن رودس نائب مستشار الأمن القومي أن الولايات المتحدة تعتبر حزب العمال "
            "الكردستاني «منظمة إرهابية».")
    assert speaker_label(article, text, "منظمة إرهابية") == "بن رودس"
    text = ("ورغم أن البنك الدولي وصف جورجيا بأنها الرقم الأول في الإصلاح الاقتصادي، إلا أن "
            "البطالة ظلت مرتفعة.")
    assert speaker_label(article, text, "الرقم الأول في الإصلاح الاقتصادي") == "البنك الدولي"


def test_men_who_confirm_are_not_a_ministry(article):
    # sample 79: «طالب موظفون …، الجهات المسؤولة …، وتحديدا وزارة العمل، باعتماد …، مؤكدين أن
    # …»; the pool's «وأعرب المواطنين عن تقديرهم لجهود الوزارة …، مؤكدين أن الوزارة بذلت …»: a
    # participle of men goes on with no body
    text = ('طالب موظفون في قطاعات "أهلية"، الجهات المسؤولة في الدولة، وتحديدا وزارة العمل، '
            'باعتماد يوم الاقتراع إجازة للسعوديين، مؤكدين أن ذلك اليوم عرس ديمقراطي.')
    assert speaker_label(article, text, "ذلك اليوم عرس ديمقراطي") != "وزارة العمل"
    text = ("عملت وزارة الشئون البلدية والقروية على تنظيم الفعاليات، وأعرب المواطنين عن تقديرهم "
            "لجهود الوزارة، مؤكدين أن الوزارة بذلت جهوداً جبارة.")
    assert speaker_label(article, text, "الوزارة بذلت جهوداً جبارة") \
        != "وزارة الشئون البلدية والقروية"


def test_confirmed_by_her_mother_is_not_the_last_speakers(article):
    # samples 77 and 80: «وقد أكدت ذلك والدتها وأفادت أن …»: her mother, whom no name says,
    # confirmed it and said what follows; not the health directorate that spoke before
    text = ("وأوضحت المديرية العامة للشؤون الصحية أن الطفلة توفيت قبل وصولها بنصف ساعة؛ وقد أكدت "
            "ذلك والدتها وأفادت أن توقف التنفس حدث في منزلها.")
    assert speaker_label(article, text, "توقف التنفس حدث في منزلها") is None


def test_a_retired_rank_before_a_name(article):
    # sample 79: «من جانبه، قال اللواء المتقاعد ناصر العولقي، في اتصال هاتفي مع "الوطن" إن …»
    text = ('من جانبه، قال اللواء المتقاعد ناصر العولقي، في اتصال هاتفي مع "الوطن" إن اشتداد '
            'المعارك سيستمر.')
    assert speaker_label(article, text, "اشتداد المعارك سيستمر") == "ناصر العولقي"


def test_a_family_name_of_al_abd_and_allah(article):
    # sample 79: «ويقول وليد العبد الله أحد عملاء مركز زراعة الشعر في تركيا إنه …»
    text = ("ويقول وليد العبد الله أحد عملاء مركز زراعة الشعر في تركيا إنه أقبل على زراعة الشعر، "
            "مشيرا إلى أن العملية رخيصة.")
    assert speaker_label(article, text, "أقبل على زراعة الشعر") == "وليد العبد الله"
    assert speaker_label(article, text, "العملية رخيصة") == "وليد العبد الله"


def test_the_owner_of_a_stall_is_no_rank(article):
    # sample 82: «ويعرض صاحب الركن محمد جهاد تجاربه …، مبيناً أن …»: «الركن» (the stall) is a
    # rank only after one («العميد الركن»); the name is his, not «تجاربه»
    text = ("ويعرض صاحب الركن محمد جهاد تجاربه في المشاركات الدولية، مبيناً أن مشاركته تعد "
            "الأولى في منطقة عسير.")
    assert speaker_label(article, text, "مشاركته تعد الأولى في منطقة عسير") == "محمد جهاد"
    assert speaker_label(article, "وقال العميد الركن أحمد عسيري إن العمليات مستمرة.",
                         "العمليات مستمرة") == "أحمد عسيري"


def test_in_it_then_a_name_and_his_title(article):
    # sample 81: «في وقت أكد فيه دونالد بوث، المبعوث الأميركي …، أن …» went to the president
    # named before: a full name, then his title set off by a comma, is who said it
    text = ("وقال الرئيس سلفا كير إن الاتفاق سيئ. وفي وقت أكد فيه دونالد بوث، المبعوث الأميركي "
            "إلى جنوب السودان، أن صبر بلاده قد نفد.")
    assert speaker_label(article, text, "صبر بلاده قد نفد") == "دونالد بوث"


def test_sources_before_a_verb_of_describing(article):
    # sample 82: «لكن مصادر في المعارضة السورية وصفت انسحاب «النصرة» … بـ«…»»: the subject
    # before the verb; «انسحاب» (what was described) is no man
    text = ("لكن مصادر في المعارضة السورية وصفت انسحاب «النصرة» من مواقعها بـ«التكتيكي "
            "والاحتيالي».")
    assert speaker_label(article, text, "التكتيكي والاحتيالي") == "مصادر في المعارضة السورية"


def test_who_aired_it_does_not_go_on_speaking(article):
    # sample 81: «وقال كير أمام مؤيديه …، بثها التلفزيون الرسمي، إن …، وقال بهذا الخصوص إن «…»»:
    # the television aired the speech; the next «وقال» is Kiir's. (The pool's «وثائق نشرها موقع
    # «ويكيليكس»، وأفادت بأن …»: documents speak for who published them.)
    text = ("وقال كير أمام الآلاف من مؤيديه في احتفالات يوم الشهداء، بثها التلفزيون الرسمي، إن "
            "المقترحات غير متوازنة، مضيفا أن المعارضة تطمع في النفط، وقال بهذا الخصوص إن «هذه "
            "محاولة لسرقة نفطنا».")
    assert speaker_label(article, text, "هذه محاولة لسرقة نفطنا") == "كير"
    text = "أربك الكشف عن وثائق نشرها موقع «ويكيليكس»، وأفادت بأن الولايات المتحدة تجسست على اليابان."
    assert speaker_label(article, text, "الولايات المتحدة تجسست على اليابان") == "موقع «ويكيليكس»"


@pytest.mark.parametrize("sentence, words, label", [
    # sample 81: «بان كي مون» read «بان» as بأنّ, so «كي مون إن …» was what was said
    ("وقال الأمين العام للأمم المتحدة بان كي مون إن الوضع خطير.", "الوضع خطير", "بان كي مون"),
    ("وأكد بان كي مون أن الوضع خطير.", "الوضع خطير", "بان كي مون"),
    ("وأكد الوزير بان الوضع خطير.", "الوضع خطير", "الوزير"),
    # (and the NATO chief is not the UN's, «حلف» a body: «لحلف شمال الأطلسي» ended the title)
    ("وقال الأمين العام لحلف شمال الأطلسي ينس شتولتينبيرج إن الحلف متضامن.", "الحلف متضامن",
     "ينس شتولتينبيرج"),
])
def test_ban_ki_moon_and_the_alliance(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_verbs_and_verbal_nouns_that_made_men(article):
    # sample 81: «أن تعترف بارتكاب مخالفات» made a man «بارتكاب مخالفات»; sample 82: «ومنذ أن
    # أنتخب إبراهيم البلوي رئيسا» one «أنتخب إبراهيم البلوي»
    # (sample 81's words, "كان على شركة … أن تعترف", are what it had to admit: no report at
    # all; the admission made, "اعترفت", is the company's)
    assert not extract_all(article("خبر\n\nكما كان على شركة إف سكويرد أن تعترف بارتكاب مخالفات "
                                   "من أجل تسوية المزاعم بأنها احتالت على المستثمرين.\n"))
    for text in ("كما اعترفت شركة إف سكويرد بارتكاب مخالفات من أجل تسوية المزاعم بأنها "
                 "احتالت على المستثمرين.",
                 "ومنذ أن أنتخب إبراهيم البلوي رئيسا كانت الجماهير تنتظر وعود أخيه منصور الذي أكد "
                 "بأنه سيدعم النادي."):
        quotes = extract_all(article("خبر\n\n" + text + "\n"))
        assert quotes and all(q.speaker is None or not q.speaker.label.startswith(("بارتكاب", "أنتخب"))
                              for q in quotes)


def test_an_article_by_a_writer_speaks_for_him(article):
    # sample 82: «نشرت صحيفة "نيويورك تايمز" مقالا للكاتب نيكولاس كريستوف أشار فيه إلى …، وأنه
    # …»: the writer's, not «صحيفة "نيويورك تايمز" مقالا للكاتب»
    text = ('نشرت صحيفة "نيويورك تايمز" مقالا للكاتب نيكولاس كريستوف أشار فيه إلى الخلافات التي '
            'يحدثها الاتفاق، وأنه أدى إلى انقسامات.')
    assert speaker_label(article, text, "أدى إلى انقسامات") == "نيكولاس كريستوف"


@pytest.mark.parametrize("opening", ["وعن دخول المفتشين كان", "وكان"])
def test_was_a_name_his_title_then_qad_and_the_verb(article, opening):
    # sample 83: «وعن دخول المفتشين كان علي أكبر صالحي، رئيس منظمة الطاقة النووية، قد أعلن أنه
    # …» went to «موقع بارشين …» named before
    text = ("ويعد موقع بارشين العسكري من المواقع النووية الحساسة. " + opening + " علي أكبر صالحي، "
            "رئيس منظمة الطاقة النووية، قد أعلن أنه لا يوجد اتفاق منفصل حول بارشين.")
    assert speaker_label(article, text, "لا يوجد اتفاق منفصل حول بارشين") == "علي أكبر صالحي"


def test_a_reply_noun_and_an_elative_are_no_one(article):
    # sample 84: «هذه الزيارة هي رد قاطع على أن …» made a man «قاطع»; «ومنهم من قال أشنع من ذلك
    # متهمين …» one «أشنع» (the pool: «يعد أقوى من إعصار "بام"» one «أقوى»)
    for text, bad in (("وقال نايف النوايسة إن الزيارة مهمة. وأردف القول أن هذه الزيارة هي رد قاطع "
                       "على أن السعودية والأردن ينسقان المواقف.", "قاطع"),
                      ("وقال بعضهم إن الشعب داعشي، ومنهم من قال أشنع من ذلك متهمين عقليتنا بأنها "
                       "التي صنعت هذا التنظيم.", "أشنع")):
        quotes = extract_all(article("خبر\n\n" + text + "\n"))
        assert quotes and all(q.speaker is None or q.speaker.label != bad for q in quotes)
    assert speaker_label(article, "وقال أكرم من جانبه إن الوضع جيد.", "الوضع جيد") == "أكرم"


@pytest.mark.parametrize("sentence, words, label", [
    # the pool's one-word "people": «جريدة» (7 items), «اجهزة» (3), «أؤكد» (3), «هناك»
    ("ووصفت جريدة «فايننشيال تايمز» البريطانية المشاريع بأنها «طموحة».", "طموحة",
     "جريدة «فايننشيال تايمز» البريطانية"),
    ("وقالت اجهزة الامن الروسية انها قتلت ثمانية متطرفين.", "قتلت ثمانية متطرفين",
     "اجهزة الامن الروسية"),
    ("وقال رئيس الائتلاف خالد خوجة إن الانتخابات نزيهة. وحول الاتهامات قال أؤكد أن لا علاقة لأي "
     "دولة بالعملية.", "لا علاقة لأي دولة بالعملية", None),
    ('ويقول قائد فريق مواجهة آثار العاصفة هناك: "نحن نستعد للعاصفة".', "نحن نستعد للعاصفة",
     "قائد فريق مواجهة آثار العاصفة"),
])
def test_words_that_are_no_ones_name(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


@pytest.mark.parametrize("text, words, label", [
    # sample 65 (a document named for its issuer): «وأبرز التقرير السنوي للمؤسسة العامة للتقاعد
    # للعام 1435 الأرقام …. ولفت التقرير إلى أن …»: the report speaks for the body whose it is
    ("حققت المؤسسة العامة للتقاعد عائدا جيدا. وأبرز التقرير السنوي للمؤسسة العامة للتقاعد للعام "
     "1435 الأرقام المتعلقة بالمتقاعدين. ولفت التقرير إلى أن عدد المستفيدين بلغ 405 آلاف.",
     "عدد المستفيدين بلغ 405 آلاف", "المؤسسة العامة للتقاعد"),
    ("وذكر البيان الصادر عن وزارة الداخلية أن الحادث وقع ليلا. وأضاف البيان أن التحقيق جار.",
     "التحقيق جار", "وزارة الداخلية"),
    # sample 64, and the pool's «وأشار تقرير «تداول» إلى أن … وكشف التقرير أن …»: the body's name
    # in quotation marks right after the report
    ("وزاد تقرير «جدوى للاستثمار» أن هناك ارتباطا قويا بين الأرباح وأسعار النفط. وقال التقرير إن "
     "وزن قطاع البتروكيماويات ضخم.", "وزن قطاع البتروكيماويات ضخم", "جدوى للاستثمار"),
    # sample 62, and the pool's «كما أشار البيان الذي أصدرته الجامعة إلى أن …»: the document
    # with its article, الذي/التي, the verb that made it, and who (up to what it is titled)
    ("وأوضح البحث الذي أجرته مؤسسة جولدمان ساكس بعنوان منح الائتمان أن الفجوة كبيرة. وأضاف البحث "
     "أن الحلول ممكنة.", "الحلول ممكنة", "مؤسسة جولدمان ساكس"),
    ("ونفت ابنة المعلمة ادعاء إدارة الجامعة، كما أشار البيان الذي أصدرته الجامعة إلى أن الواقعة "
     "بدأت صباحا.", "الواقعة بدأت صباحا", "الجامعة"),
    # sample 86 2-075: the relative may stand in an aside between dashes
    ("واشار الاستطلاع -الذي اجراه معهد ماريست وصحيفة مكلاتشي- الى ان السيدة الاولى السابقة "
     "حصلت على اعلى نسبة.", "السيدة الاولى السابقة حصلت على اعلى نسبة",
     "معهد ماريست وصحيفة مكلاتشي"),
])
def test_a_document_of_a_body_speaks_for_it(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words, label", [
    # sample 85 2-179: a full name, a given name first, right after the verb that opens the
    # sentence is its subject, and the participle's, though the article never introduced him
    ("وعزا مروان الزبيدي العزوف عن وظائف الفنيين إلى صعوبة العمل خلال فترات الموسم، مشيراً إلى "
     "أن المجال متاح لشغل تلك الوظائف.", "المجال متاح لشغل تلك الوظائف", "مروان الزبيدي"),
    # the pool's «ورفع عزيز شعيب الشكر للقيادة …، وقال: «…»»: and a verb joined with و after it
    ("ورفع عزيز شعيب الشكر للقيادة السعودية على القرارين، وقال: «هذا يدل على العدل».",
     "هذا يدل على العدل", "عزيز شعيب"),
    # the pool's «والتقط إسماعيل إبراهيم محمد طرف الحديث، قائلا: …»: a given name after the
    # verb that opens the sentence is someone of its own, though the grammar does not read
    # where the name ends: not the last speaker
    ("وقال الوزير خالد الفالح إن السوق مستقر.\n\nوالتقط إسماعيل إبراهيم محمد طرف الحديث، قائلا: "
     "إن القرار يعكس النخوة.", "القرار يعكس النخوة", None),
    # sample 85 2-005: a company's letters with points and no spaces («اس.بي») end no sentence
    # before the quotation; nor does a name written so end where its first point is
    ("وقال سيرجي رايفسكي محلل أبحاث سوق المعادن في اس.بي أنجل \"البيانات الضعيفة ستكون مبعث "
     "القلق الرئيسي.\"", "البيانات الضعيفة ستكون مبعث القلق الرئيسي.", "سيرجي رايفسكي"),
    ("وذكرت بي.إم.دبليو أن العدد الإجمالي للسيارات يمكن أن يرتفع.",
     "العدد الإجمالي للسيارات يمكن أن يرتفع", "بي.إم.دبليو"),
    # sample 77 2-011: a rank and its nationality, then the name («الجنرال الأمريكي جون كامبل»);
    # a family name of that shape after a rank is still his («اللواء الزهراني على أن»)
    ("قال الجنرال الأمريكي جون كامبل قائد القوات الدولية في أفغانستان إن الوضع صعب.",
     "الوضع صعب", "جون كامبل"),
    ("وشدد اللواء الزهراني على أن الأمن مستتب.", "الأمن مستتب", "الزهراني"),
    # sample 85 1-026: after بن a name goes on, whatever else its word may be (طالب: he
    # called for)
    ("وأكد الدكتور عبدالعزيز بن طالب الملحق الثقافي في أستراليا لـ «عكاظ» بأن الملحقية استحدثت "
     "نظاما.", "الملحقية استحدثت نظاما", "عبدالعزيز بن طالب"),
    # sample 85 1-040: a verb of saying with ف goes on with its sentence's subject as one with
    # و does («… فأكد أن …»: and so he confirmed), as «فقال» already did
    ("من جانبه تحدث المواطن طارق القرني، أحد زوار الحديقة، فأكد أن فعاليات العيد كانت مفاجأة "
     "سارة.", "فعاليات العيد كانت مفاجأة سارة", "طارق القرني"),
    # sample 85 1-176: «وفق» a procedure («تجرى وفق برنامج إلكتروني») is how it is done, no
    # source; the participle after it goes on with the sentence's speaker, not the program
    ("وأكد أنه لا مجال للواسطة لأن إجراءات القبول تجرى وفق برنامج إلكتروني، منوها إلى أنه في "
     "حالة التساوي يفاضل بينهم.", "في حالة التساوي يفاضل بينهم", None),
    # sample 85 2-063: after وفقاً a name that opens with a given name is a source, introduced
    # or not, and «وقال الموسى» later is the same man
    ("ووفقا لعمر الموسى عميد مركز خدمة المجتمع بالجامعة، فإن البرنامج يضم عشرين طالبا.\n\n"
     "وقال الموسى، إن البرامج تهدف إلى جلب الصناعة.", "البرامج تهدف إلى جلب الصناعة",
     "عمر الموسى"),
    ("ووفقا للدكتور عمر الموسى، فإن البرنامج يضم عشرين طالبا.", "البرنامج يضم عشرين طالبا",
     "عمر الموسى"),
    # sample 85 1-172: البروفيسور is an honorific as الدكتور is, after a title with its place
    # («عميد كلية الطب بجامعة … بجدة البروفيسور محمود شاهين الأحول»); «وأوضح الأحول» is him
    ("أكد عميد كلية الطب بجامعة الملك عبدالعزيز بجدة البروفيسور محمود شاهين الأحول، أهمية "
     "الاتفاقية.\n\nوأوضح الأحول أنه تم قبول 350 طالبا.", "تم قبول 350 طالبا",
     "محمود شاهين الأحول"),
    # sample 86 1-030: «the paper» reached someone ("«المدينة» تواصلت مع …"), and the verb
    # after goes on with whom it reached, not with the hospital the article spoke of before;
    # the pool's «"سبق" تواصلت مع المتحدث … العقيد زياد الرقيطي … وقال إن» likewise
    ("استبدل مستشفى الدوادمي عن طريق الخطأ جثتين.\n\n«المدينة» تواصلت مع أحد أقارب الشاب "
     "المتوفى وأكد أنهم ذهبوا لاستلام الجثة.", "ذهبوا لاستلام الجثة", "أحد أقارب الشاب المتوفى"),
    # sample 87 1-011: after a verb of praise the subject ends where what was praised opens;
    # the player praised is not the coach who praised him, nor the one his participle names
    ("واشاد مدرب الخليج بقدرات المحترف الغيني ابوبكر سيلا مؤكدا انه مكسب كبير للفريق.",
     "مكسب كبير للفريق", "مدرب الخليج"),
    # sample 87 1-005: «وعملت» (and she worked) after a title is no name, so the coach named
    # later is not resolved to a man called so
    ("فبدأت الادارة دعمها للفريق بالعناصر التي طالب بها المدرب وعملت على العديد من التغييرات. "
     "من جانبه، أكد مدرب الفريق جلال قادري أنه وضع برنامجاً متكاملاً.", "وضع برنامجاً متكاملاً",
     "جلال قادري"),
    # sample 87 1-155: a report not made ("لم تظهر بوادر أخرى": no signs appeared) gives the
    # next verb no one to go on with unless its subject can be someone
    ("وقال مصدر عسكري إن القوات تتقدم. وتوقع المصدر الانتهاء من العملية الا أنه لم تظهر بوادر "
     "أخرى حيث العدو لديه احتياطات. وقال: إن مجاميع كبيرة خرجت من عدن.",
     "مجاميع كبيرة خرجت من عدن", "المصدر"),
    # sample 87 1-162: «، وأضاف» after «أن يحل محل المزارع» goes on from the clause before,
    # not with a subject after أن (only a verb with no و is أن's predicate there)
    ("وذكر عبدالحميد الحليبي أن المزارع يواجه مشكلة، وهذا يدفعه إلى أن يحل محل المزارع "
     "الاحسائي، وأضاف: إنه من المفترض أن ينظر له بمنظور اقتصادي.",
     "من المفترض أن ينظر له بمنظور اقتصادي", "عبدالحميد الحليبي"),
    # sample 87 2-014: «وقال» joined by و goes on with the subject of the verb of report that
    # opens its sentence, not with the last name of that subject's title read backwards
    ("كشف هذا لـ\"الرياض\" الدكتور محمد علي مارم السكرتير الخاص لرئيس الجمهورية اليمني عبدربه "
     "منصور هادي مدير مكتب الرئاسة الجمهوري في اليمن وقال: القوات لم تنفذ أية عملية إنزال.",
     "القوات لم تنفذ أية عملية إنزال", "محمد علي مارم"),
    # sample 87 2-034: the title after a prince's name, up to a comma, is his; the corporal
    # named after the comma does not take it, and «سموه» is the prince
    ("كرّم صاحب السمو الأمير جلوي بن عبدالعزيز بن مساعد أمير منطقة نجران، العريف عبدالله مبارك "
     "آل ضعين الأحمري، على شجاعته.\nوأكد سموه أن جميع رجال الأمن يبلون بلاءً حسناً.",
     "جميع رجال الأمن يبلون بلاءً حسناً", "الأمير جلوي بن عبدالعزيز بن مساعد"),
    # sample 87 2-051: «وكتب» with no comma goes on with the subject right after the verb
    # that opens its sentence («كما تفاعل عادل الجبير …»), not with the last speaker
    ("وقال الشيخ سعود الشريم إن الإرهاب آثم. كما تفاعل عادل الجبير وزير الخارجية السعودي مع "
     "الهاشتاق وكتب \"إرهاب الإثم والغدر في بيوت الله\".", "إرهاب الإثم والغدر في بيوت الله",
     "عادل الجبير"),
    # sample 87 2-129: «آبي» with its madda is a name's word (Abe), not the link «أبي»
    ("وقال رئيس الوزراء الياباني شينزو آبي: \"سوف نضمن اعطاء الاولوية لعنصر الامان\".",
     "سوف نضمن اعطاء الاولوية لعنصر الامان", "شينزو آبي"),
    # sample 86 1-088: the quotation opened by a straight mark glued to أن is the source's
    ("قال المرصد السوري إن القتال مستمر. وأشار المرصد إلى أن\" حي جوبر يشهد قصفاً\".",
     "حي جوبر يشهد قصفاً", "المرصد السوري"),
    # sample 85 1-085: أما, a name, who he is set off by commas, then فإنه قال
    ("أما محمد بكر، والد القتلى الأربعة، فإنه قال للصحفيين \"ليس هناك عدالة في التحقيق\".",
     "ليس هناك عدالة في التحقيق", "محمد بكر"),
    # sample 92 2-001: a place of two words with بـ («بلوس أنجلوس») is no one's name; the
    # headline's consul is not called so (abstaining, as the title does not reach his name)
    ("قنصل عام المملكة بلوس أنجلوس يؤكد سلامة السعوديين من الحرائق", "سلامة السعوديين من الحرائق",
     None),
])
def test_a_named_subject_the_article_never_introduced(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_worth_mentioning_reports_nothing(article):
    # sample 88 2-096: «دون كميات تذكر» (worth mentioning, تُذكر) is an indefinite noun's
    # adjective, no report; «وبنسب» (and with ratios) after it is no one
    quotes = extract_all(article("خبر\n\nوقال المحلل أنس الراجحي إن السيولة منخفضة. ونلحظ "
                                 "هبوطا لبعض الأسهم دون كميات تذكر وبنسب سيولة متدنية وأضاف أن "
                                 "المتعاملين يترقبون.\n"))
    assert [q.text for q in quotes if q.kind == "statement"] == [
        "السيولة منخفضة", "المتعاملين يترقبون"]
    assert said(quotes, "المتعاملين يترقبون").speaker.label == "أنس الراجحي"


def test_a_movement_praising_then_stressing_is_the_participles_subject(article):
    # «من جانبه، أشاد تيار الاستقلال بالمباحثات …، مؤكدا أن …»: the movement (a body), cut
    # before what it praised; not the one who spoke before «من جانبه»
    quotes = extract_all(article('خبر\n\nوقال أشرف عمارة إن المباحثات ناجحة.\n\nمن جانبه، أشاد '
                                 'تيار الاستقلال بالمباحثات الإيجابية، مؤكدا أن إعلان القاهرة '
                                 'يؤكد حرص الزعيمين.\n'))
    assert said(quotes, "إعلان القاهرة يؤكد حرص الزعيمين").speaker.label == "تيار الاستقلال"


def test_a_foreign_given_name_that_opens_like_bi_ends_a_title():
    # «الرئيس الأوكراني بترو بوروشينكو،»، «وزير النفط الإيراني بيجن زنغنه إن»: the name, not
    # بـ + a word in the title (but «رئيس الإدارة بمنطقة نجران» is where it serves)
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize
    text = "وقال الرئيس الأوكراني بترو بوروشينكو، إن القرار مهم"
    assert parse_subject(text, tokenize(text, 0, len(text)), 1).label == "بترو بوروشينكو"
    text = "وقال وزير النفط الإيراني بيجن زنغنه إن بلاده تتوقع زيادة الإنتاج"
    assert parse_subject(text, tokenize(text, 0, len(text)), 1).label == "بيجن زنغنه"
    text = "وأعلنت الإدارة العامة للتعليم بمنطقة نجران عن المدارس المشمولة"
    assert parse_subject(text, tokenize(text, 0, len(text)), 1).label \
        == "الإدارة العامة للتعليم بمنطقة نجران"


def test_latin_letters_spelt_out_after_a_company_are_its_name():
    # «المدير العام لشركة يو تي سي بالمملكة نادر عنتر:»: UTC, then the manager's name
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize
    text = 'وقال المدير العام لشركة يو تي سي بالمملكة نادر عنتر: "يستطيع العملاء الاستفادة"'
    assert parse_subject(text, tokenize(text, 0, len(text)), 1).label == "نادر عنتر"
    # (after a title, not a company, the letters open a man's name: «بي كي باتنايك»)
    text = "وقال رئيس الوزراء الهندي بي كي باتنايك إن البلاد مستعدة"
    assert parse_subject(text, tokenize(text, 0, len(text)), 1).label == "بي كي باتنايك"
    # (a comma before the letters ends the phrase there)
    text = "وقال المدير العام لشركة، يو تي سي"
    assert parse_subject(text, tokenize(text, 0, len(text)), 1) is not None


@pytest.mark.parametrize("text, ahead", [
    # a rank further on in the title: the name comes after it
    ("مدير شرطة منطقة الرياض العقيد فواز الميمان", True),
    # the phrase ends before the rank: that rank opens another phrase
    ("مدير شرطة منطقة الرياض، العقيد فواز الميمان", False),
    # no rank or honorific within reach
    ("مدير شرطة منطقة الرياض فواز الميمان", False),
])
def test_a_rank_ahead_counts_only_inside_the_phrase(text, ahead):
    from tui.quotes.subject import _rank_ahead
    from tui.quotes.tokens import tokenize
    tokens = tokenize(text, 0, len(text))
    assert _rank_ahead(text, tokens, 1, len(tokens)) is ahead


def test_a_name_after_its_nationality_or_verb_then_its_title_is_introduced(article):
    # the name is read only where its nationality, or a reporting verb, stands before it
    quotes = extract_all(article(
        "خبر\n\nيواجه البرتغالي جوزيه مورينيو مدرب تشيلسي انتقادات واسعة بعد الخسارة.\n"
        "وقال مورينيو إن الفريق سيعود أقوى.\n"))
    assert said(quotes, "الفريق سيعود أقوى").speaker.label == "جوزيه مورينيو"


def test_a_relative_clause_of_who_he_is_stands_between_his_name_and_his_quotation(article):
    # «وقال فينجر الذي حقق أول انتصار له على … للصحفيين "…"»
    quotes = extract_all(article('خبر\n\nوقال المدرب أرسين فينجر إن الفريق جاهز.\n\nوقال فينجر '
                                 'الذي حقق أول انتصار له على الفريق الذي يدربه مورينيو في 14 '
                                 'مباراة للصحفيين "أدى بشكل جيد، ربما".\n'))
    assert said(quotes, "أدى بشكل جيد، ربما").speaker.label == "أرسين فينجر"


def test_the_two_sides_of_a_joint_statement_are_a_collective_source(article):
    # «وأكد البلدان أهمية …»، «وأكد الجانبان أن …»: both parties, a collective source (not a
    # name of the article's), and «كما أكد الجانبان رفضهما …» goes on with what they also
    # stressed (كما is "also" there, not "as they said" of the clause before)
    quotes = extract_all(article('خبر\n\nوأكد البلدان أهمية العمل المشترك في مكافحة الإرهاب. '
                                 'وأكد الجانبان أن أمن المملكتين كل لا يتجزأ. وأكد الطرفان أهمية '
                                 'وحدة العراق وأمنه، كما أكد الطرفان رفضهما القاطع لمحاولات '
                                 'التدخل في الشؤون الداخلية.\n'))
    assert said(quotes, "أهمية العمل المشترك في مكافحة الإرهاب").speaker.label == "البلدان"
    assert said(quotes, "أمن المملكتين كل لا يتجزأ").speaker.type == "anonymous"
    assert said(quotes, "رفضهما القاطع لمحاولات التدخل في الشؤون الداخلية").speaker.label \
        == "الطرفان"
    assert not any(q.text.startswith("الطرفان") for q in quotes)


def test_a_body_named_by_its_common_noun_is_not_cut_short_by_its_object(article):
    # «كما أكدت الوزارة شفاء (578) حالة»: الوزارة and its object, not a foreign name whose
    # first word alone was read («أعلن باريس سان جرمان …» still abstains)
    quotes = extract_all(article('خبر\n\nوأعلنت وزارة الصحة تسجيل إصابة جديدة. كما أكدت الوزارة '
                                 'شفاء 578 حالة مصابة بفيروس كورونا.\n'))
    assert said(quotes, "شفاء 578 حالة مصابة بفيروس كورونا").speaker.label == "وزارة الصحة"


def test_a_surname_shaped_like_bi_and_a_word_before_its_verb_is_the_person_named(article):
    # «ولكن بينيتيز أكد «…»»: the surname of «رافاييل بينيتيز» opens like بـ and a word
    # (بين), which the parser never takes alone; before the verb, the article's one person
    # of that surname speaks
    quotes = extract_all(article('خبر\n\nتوقع رافاييل بينيتيز المدير الفني لريال مدريد بقاء '
                                 'بنزيمة. وتتردد أنباء عن رحيل بيل، ولكن بينيتيز أكد «جاريث لاعب '
                                 'كبير بالنسبة لنا، وأعلم أنه سعيد معنا».\n'))
    assert said(quotes, "جاريث لاعب كبير بالنسبة لنا، وأعلم أنه سعيد معنا").speaker.label \
        == "رافاييل بينيتيز"


def test_a_surname_right_after_a_verb_of_calling_keeps_him_speaking_into_the_next_paragraph(
        article):
    # «ودعا القحطاني الشباب إلى …» (whom he called on after his surname), then, a paragraph
    # later, «وأضاف: "…"»: his words
    quotes = extract_all(article('خبر\n\nأعرب المتحدث الرسمي باسم الانتخابات، المهندس جديع '
                                 'القحطاني، عن أمله في أن تشهد الانتخابات مشاركة كبيرة.\nودعا '
                                 'القحطاني الشباب للمبادرة إلى قيد أسمائهم في كشوف الناخبين.\n'
                                 'وأضاف: "إن انتخابات أعضاء المجالس البلدية تعد فرصة جيدة".\n'))
    assert said(quotes, "إن انتخابات أعضاء المجالس البلدية تعد فرصة جيدة").speaker.label \
        == "جديع القحطاني"


def test_amin_aam_introduces_the_one_it_titles(article):
    # «أشرف على اللعبة أمين عام الاتحاد … ناصر الناصر …، فيما أكد الناصر أن …»: أمين is a
    # given name too, but «أمين عام» is his title, and the article has introduced him
    quotes = extract_all(article('خبر\n\nأشرف على هذه اللعبة أمين عام الاتحاد السعودي للرياضات '
                                 'البحرية ناصر الناصر، وطاقم العمل المرافق له. وقد سجل المشاركون '
                                 'أسماءهم، فيما أكد الناصر أن الاتحاد يسعى لإنشاء مركز للألعاب.\n'))
    assert said(quotes, "الاتحاد يسعى لإنشاء مركز للألعاب").speaker.label == "ناصر الناصر"


def test_amin_aam_after_a_title_is_a_second_office_not_a_name(article):
    # «وأوضح مدير عام الهيئة … أمين عام مجلس التنمية … المهندس محمد العمرة، أن …»
    quotes = extract_all(article('خبر\n\nوأوضح مدير عام الهيئة العامة للسياحة والتراث الوطني أمين '
                                 'عام مجلس التنمية السياحية بالمنطقة المهندس محمد العمرة، أن فكرة '
                                 'الباص السياحي تطبق للمرة الأولى.\n'))
    assert said(quotes, "فكرة الباص السياحي تطبق للمرة الأولى").speaker.label == "محمد العمرة"


def test_in_his_turn_between_the_verb_and_a_name_that_takes_bi(article):
    # «واعترف بدوره، مدرب المكسيك ميجيل هيريرا بالخطأ … وقال: "…"»: بدوره stands between the
    # verb and its subject, and a third word with بال after a name of two is what he
    # admitted, not his name
    quotes = extract_all(article('خبر\n\nأما مدرب بنما داريو جوميز فقال: "لقد لطخت هذه الحادثة '
                                 'سمعة البطولة".\nواعترف بدوره، مدرب المكسيك ميجيل هيريرا بالخطأ '
                                 'الذي ارتكبه الحكم وقال: "كان الحكم سيئا للغاية، لكن هذه الأمور '
                                 'تحصل".\n'))
    admitted = said(quotes, "الخطأ الذي ارتكبه الحكم")
    assert admitted.speaker.label == "ميجيل هيريرا"
    assert said(quotes, "كان الحكم سيئا للغاية، لكن هذه الأمور تحصل").speaker.label \
        == "ميجيل هيريرا"


def test_and_the_name_of_after_a_title_is_no_name(article):
    # «اسم المواطنة طالبة التوظيف واسم الموظف المتهم»: «واسم» (and the name of) is no name
    # after her title, so «زعمت مواطنة بأنها …» stays hers
    quotes = extract_all(article('خبر\n\nزعمت مواطنة بأنها تعرضت لابتزاز خلال تقديمها طلبا للعمل.'
                                 '\nوتنتظر اللجنة الحصول على اسم المواطنة طالبة التوظيف واسم الموظف '
                                 'المتهم.\n'))
    assert said(quotes, "تعرضت لابتزاز خلال تقديمها طلبا للعمل").speaker.label == "مواطنة"


def test_two_accused_joined_by_wa_before_bi_are_not_the_speaker(article):
    # «كما اتهم حزب العمال الكردستاني وتنظيم داعش بان "…"»: both accused, then بأن
    quotes = extract_all(article('خبر\n\nقال الرئيس التركي رجب طيب أردوغان إن العمليات ستتواصل. '
                                 'كما اتهم حزب العمال الكردستاني وتنظيم داعش بان "مصلحتهما واحدة" في '
                                 'اضعاف الدولة.\n'))
    speaker = said(quotes, "مصلحتهما واحدة").speaker
    assert speaker is None or speaker.label == "رجب طيب أردوغان"


def test_an_indefinite_object_then_a_verb_of_saying_is_a_relative_clause(article):
    # «واعتقلت مجموعة قالت إنها تنوي …»: the group Bahrain said intends …, not the group
    quotes = extract_all(article('خبر\n\nأعلنت البحرين عن اكتشافها شبكة تهريب متفجرات، واعتقلت '
                                 'مجموعة قالت إنها تنوي إدخال المتفجرات إلى البحرين.\n'))
    speaker = said(quotes, "تنوي إدخال المتفجرات إلى البحرين").speaker
    assert speaker is None or speaker.label == "البحرين"


def test_according_to_sources_who_spoke_to_the_paper_then_fa_inna(article):
    # «ووفقا لمصادر دبلوماسية … تحدثت لـ«اليوم» فإن …»: who they spoke to, then what they said
    quotes = extract_all(article('خبر\n\nووفقا لمصادر دبلوماسية رفيعة المستوى بالأمانة العامة '
                                 'للجامعة تحدثت لـ«اليوم» فإن هناك توافقا عربيا على إطلاق القوة '
                                 'المشتركة.\n'))
    assert said(quotes, "هناك توافقا عربيا على إطلاق القوة المشتركة").speaker.label \
        == "مصادر دبلوماسية رفيعة المستوى بالأمانة العامة للجامعة"


def test_in_accordance_with_rules_is_no_source(article):
    # «طبقاً لمجموعة من المعايير»: criteria, not who said anything
    quotes = extract_all(article('خبر\n\nوتم وضع منهجية علمية لتصنيف الشوارع طبقاً لمجموعة من '
                                 'المعايير كالعناصر التخطيطية والفنية.\n'))
    assert not any(q.speaker is not None for q in quotes)


def test_a_verb_after_kana_its_subject_and_a_comma_is_not_the_last_speakers(article):
    # «وكان بلاتر الذي أعلن …، أكد أن …»، «وكان موتا، أحد العناصر …، صرح مرارا أنه …»: كان
    # and its subject open the sentence; the verb after the comma is theirs, never carried
    quotes = extract_all(article('خبر\n\nوأكد ناصر الخليفي ان اللاعب سيبقى هذا الموسم.\nوكان موتا، '
                                 'احد العناصر الاساسية في وسط الفريق، صرح مرارا في الاسابيع الاخيرة '
                                 'انه يريد ان يبدأ مغامرة جديدة.\n'))
    speaker = said(quotes, "يريد ان يبدأ مغامرة جديدة").speaker
    assert speaker is None or speaker.label == "موتا"


def test_a_verb_joined_to_a_clause_after_baynama_goes_on_with_its_subject(article):
    # «…، بينما أبدت ميركل تشككها حيال ذلك، وأفصحت … أنها لن تعلن …»: not the press sources
    # whose report the sentence began with
    quotes = extract_all(article('خبر\n\nقالت المستشارة أنجيلا ميركل إن الحزب قوي. وذكرت المصادر '
                                 'الصحافية أن الزعيمين ناقشا الحملة، مشيرة إلى أن زيهوفر أبدى تأييده '
                                 'للإنفاق، بينما أبدت ميركل تشككها حيال ذلك، وأفصحت في الحزب أنها لن '
                                 'تعلن قرارها قبل عام 2016.\n'))
    speaker = said(quotes, "لن تعلن قرارها قبل عام 2016").speaker
    assert speaker is None or speaker.label == "أنجيلا ميركل"


def test_an_analysis_speaks_for_the_bank_that_issued_it_and_a_commission_is_a_body(article):
    # «رجح التحليل الأسبوعي الصادر عن بنك قطر الوطني أن …، وأشار التحليل إلى أن …»؛
    # «أعلنت المفوضية العليا لشؤون اللاجئين الخميس أن …»
    quotes = extract_all(article('خبر\n\nرجح التحليل الأسبوعي الصادر عن بنك قطر الوطني أن تستمر '
                                 'الوفرة في أسواق النفط. وأشار التحليل إلى أن الطلب ضعيف.\nوأعلنت '
                                 'المفوضية العليا لشؤون اللاجئين الخميس أن نحو 224 ألف مهاجر وصلوا '
                                 'إلى أوروبا.\n'))
    assert said(quotes, "الطلب ضعيف").speaker.label == "بنك قطر الوطني"
    assert said(quotes, "نحو 224 ألف مهاجر وصلوا إلى أوروبا").speaker.label \
        == "المفوضية العليا لشؤون اللاجئين"


def test_a_surname_the_parser_reads_as_other_words_before_a_quotation(article):
    # «وقال تشاووش أوغلو لمؤسسة الإذاعة والتلفزيون التركية "…"»: تشاووش is shaped like a
    # verb, but with أوغلو it is the surname of the minister the article named in full; not
    # a word of the language («صرح مرارا» is not «ماريا»), nor a family's shared name
    quotes = extract_all(article('خبر\n\nوقال وزير الخارجية مولود تشاووش أوغلو إن العلاقات جيدة. '
                                 'وقال تشاووش أوغلو لمؤسسة الاذاعة والتلفزيون التركية "في إطار '
                                 'اتفاقنا مع الولايات المتحدة حققنا تقدما".\nوصرح آنخيل دي ماريا '
                                 'قائلا: "أنا فخور جدا بالانتقال".\nوكان موتا صرح مرارا في الاسابيع '
                                 'الاخيرة انه يريد ان يبدأ مغامرة جديدة.\n'))
    assert said(quotes, "في إطار اتفاقنا مع الولايات المتحدة حققنا تقدما").speaker.label \
        == "مولود تشاووش أوغلو"
    speaker = said(quotes, "يريد ان يبدأ مغامرة جديدة").speaker
    assert speaker is None or "ماريا" not in speaker.label


def test_a_quoted_agency_that_relays_a_verb_with_its_own_subject_is_not_the_speaker(article):
    # «وبحسب "الفرنسية"، فقد ذكر البنك الدولي أن …»: the bank's words, the agency relays
    quotes = extract_all(article('خبر\n\nأعلن البنك الدولي أمس شروطا جديدة. وبحسب "الفرنسية"، فقد '
                                 'ذكر البنك الدولي أن اعتماد هذه القواعد يشكل خطوة كبرى.\n'))
    assert said(quotes, "اعتماد هذه القواعد يشكل خطوة كبرى").speaker.label == "البنك الدولي"
    assert not any(q.speaker is not None and q.speaker.label == "الفرنسية" for q in quotes)


def test_aqarra_without_bi_approves_and_ittahama_before_bi_is_passive(article):
    # «بأن يقر مجلس الوزراء تعيين قائد للجيش»: approves, no report; «واتُّهم أيضًا بالتآمر»:
    # was accused, by no one the sentence names
    quotes = extract_all(article('خبر\n\nويطالب التيار الوطني الحر بأن يقر مجلس الوزراء تعيين قائد '
                                 'للجيش.\nواعتقل شقيقه علاء سعادة الشهر الماضي، واتهم أيضًا بالتآمر '
                                 'لدعم تنظيم داعش.\nوأقر الوزير بوجود أخطاء في التنفيذ.\n'))
    assert not any(q.speaker is not None and q.speaker.label in ("مجلس الوزراء", "شقيقه علاء")
                   for q in quotes)
    assert said(quotes, "وجود أخطاء في التنفيذ").speaker.label == "الوزير"


def test_lines_of_a_list_after_a_colon_are_no_headlines_and_a_web_address_no_colon(article):
    # «وبينت الجامعة أن الكليات هي :» then «كلية العلوم : كيمياء ( ذكر / انثى)»: items of
    # the list (and ذكر there is "male"); «موقعها الإلكتروني :http://…» is an address
    quotes = extract_all(article('خبر\n\nأعلنت عمادة شؤون أعضاء هيئة التدريس بجامعة الملك فيصل عن '
                                 'حاجتها لشغل وظائف فنيين.\nوبينت الجامعة أن الكليات هي :\nكلية '
                                 'العلوم : كيمياء ( ذكر / انثى) ، علوم الحياة ( أنثى )\nكلية الهندسة '
                                 ': هندسة كيميائية ( ذكر )\nويتم التقديم عبر موقعها الإلكتروني '
                                 ':http://dar.kku.edu.sa اعتبارا من اليوم.\n'))
    assert not any(q.speaker is not None and q.speaker.label.startswith("كلية") for q in quotes)
    assert not any("انثى" in q.text or "http" in q.text for q in quotes)
    assert said(quotes, "حاجتها لشغل وظائف فنيين").speaker.label \
        == "عمادة شؤون أعضاء هيئة التدريس بجامعة الملك فيصل"


def test_bayna_after_a_noun_with_bi_is_between(article):
    # «واحتفظت بالمادة بين أوراق الذاكرة إلى أن أعلنت …»: between, not بيّن (explained)
    quotes = extract_all(article('خبر\n\nواحتفظت بالمادة بين أوراق الذاكرة إلى أن أعلنت الجهات '
                                 'المختصة في آخر أيام الشهر نتائج المسابقة.\n'))
    assert not any(q.speaker is not None and "الذاكرة" in q.speaker.label for q in quotes)


def test_names_with_a_word_shaped_like_bi_and_a_noun(article):
    # «محمد برك الجابري» (a father's name like بـ + رك) and «بولدن رئيس ناسا» (a family
    # name like بـ + ولدن, then his title) are names
    quotes = extract_all(article('خبر\n\nوقال المهندس محمد برك الجابري، إن عمليات التوزيع '
                                 'مستمرة.\nوأوضح بولدن رئيس ناسا أن تخفيضات الميزانية أدت إلى '
                                 'التأجيل.\n'))
    assert said(quotes, "عمليات التوزيع مستمرة").speaker.label == "محمد برك الجابري"
    assert said(quotes, "تخفيضات الميزانية أدت إلى التأجيل").speaker.label == "بولدن"


def test_an_accusative_noun_and_adjective_after_a_title_are_no_name_and_an_agent_is_a_source(
        article):
    # «كما عقد الوزير الأمريكي اجتماعا ثلاثيا مع …»: what he held, not his name (so «أكد
    # الوزير الأمريكي» later is the minister named in full); «أشار عميل في مكتب التحقيقات
    # الاتحادي» is an unnamed source, no man called «عميل»
    quotes = extract_all(article('خبر\n\nوقال وزير الخارجية الأمريكي جون كيري إن الاتفاق جيد. كما '
                                 'عقد الوزير الأمريكي اجتماعا ثلاثيا مع نظيره الروسي.\nمن جانبه أكد '
                                 'الوزير الأمريكي أن واشنطن ملتزمة باستقرار الخليج.\nوأشار عميل في '
                                 'مكتب التحقيقات الاتحادي إلى أنه مقامر عتيد.\n'))
    assert said(quotes, "واشنطن ملتزمة باستقرار الخليج").speaker.label == "جون كيري"
    assert said(quotes, "مقامر عتيد").speaker.type == "anonymous"


def test_najl_is_a_relation_not_a_name(article):
    # «نجل الرئيس العراقي السابق ينفي …»: the son, a relation that heads a title, not a man
    # called «نجل» with his title after him
    quotes = extract_all(article('نجل الرئيس العراقي السابق ينفي وجود وطن اسمه العراق\n\nقال مسؤول '
                                 'إن الوضع هادئ.\n'))
    speaker = said(quotes, "وجود وطن اسمه العراق").speaker
    assert speaker is None or speaker.label != "نجل"


def test_a_word_in_ta_marbuta_after_two_words_is_no_pronoun_pointing_back(article):
    # «وأكد إعداد خطة تنفيذية …»: «تنفيذية» ends in ة (an adjective), not in the pronoun ه,
    # so «إعداد خطة» is no name with its object after it; the last speaker goes on
    quotes = extract_all(article('خبر\n\nوقال رئيس البلدية عباس الشماسي إن الخطة جاهزة. وأكد إعداد '
                                 'خطة تنفيذية لكل عام شملت الأهداف الاستراتيجية.\n'))
    assert not any(q.speaker is not None and q.speaker.label == "إعداد خطة" for q in quotes)


def test_two_princes_with_other_fathers_are_two_and_a_name_goes_on_past_abd_al_aziz(article):
    # «محمد بن نايف بن عبد العزيز» and «محمد بن سلمان بن عبد العزيز» are cousins, not one man;
    # «جلوي بن عبد العزيز بن مساعد» goes on past عبد العزيز (and مساعد after بن is a name)
    quotes = extract_all(article('خبر\n\nنقل أمير منطقة نجران تعازي الأمير محمد بن نايف بن عبد '
                                 'العزيز، والأمير محمد بن سلمان بن عبد العزيز إلى والد الشهيد.\n'
                                 'وقال الأمير جلوي بن عبد العزيز بن مساعد في اتصال هاتفي مع والد '
                                 'الشهيد "إننا نعزي أنفسنا أولا".\nوأضاف: "إن ابنكم وسام شرف في سماء '
                                 'الوطن".\n'))
    assert said(quotes, "إن ابنكم وسام شرف في سماء الوطن").speaker.label \
        == "الأمير جلوي بن عبد العزيز بن مساعد"
    assert said(quotes, "إننا نعزي أنفسنا أولا").speaker.label \
        == "الأمير جلوي بن عبد العزيز بن مساعد"


def test_kama_ittahama_names_the_accused_not_a_source_of_the_clause_before(article):
    # «…، وتساءل: «…»، كما اتهم جهات مسؤولة لم يحددها بالفساد»: also accused; those bodies are
    # the accused, not the source of his question
    quotes = extract_all(article('خبر\n\nوقال الفريق أول خليفة حفتر إن المعركة مستمرة.\nوأكد حفتر '
                                 'أن قيادة الجيش لم تتلق سوى 30 مليون دينار، وتساءل: «هل هذه الأموال '
                                 'تكفي لشن حرب على الإرهاب؟»، كما اتهم جهات مسؤولة لم يحددها بالفساد '
                                 'المالي، لافتا إلى إحالة مسؤولين للتحقيق.\n'))
    assert not any(q.speaker is not None and q.speaker.label == "جهات مسؤولة" for q in quotes)
    assert said(quotes, "هل هذه الأموال تكفي لشن حرب على الإرهاب؟").speaker.label \
        == "خليفة حفتر"


def test_sahib_without_an_honorific_after_it_is_no_honorific(article):
    # «ويعرج الناقد الأدبي صاحب المقالات الرياضية …، مشيرا إلى أن …»: the author of the
    # articles, not «صاحب السمو»; «المقالات» is no name
    quotes = extract_all(article('خبر\n\nويعرج الناقد الأدبي صاحب المقالات الرياضية اللذيذة رغم '
                                 'ندرتها، على خسارتي النصر، مشيرا إلى أن الخسارة الثانية كانت مؤلمة.\n'
                                 'وقال صاحب السمو الملكي الأمير محمد بن نايف إن الأمن مستتب.\n'))
    speaker = said(quotes, "الخسارة الثانية كانت مؤلمة").speaker
    assert speaker is None or speaker.label != "المقالات"
    assert said(quotes, "الأمن مستتب").speaker.label == "الأمير محمد بن نايف"


def test_another_officer_is_someone_new_and_statements_relayed_are_their_speakers(article):
    # «وقال ضابط آخر بالشرطة إن «…»»: another officer, not the one named before; «ونقلت شبكة
    # (سكاي سبورت) اليوم تصريحات مورينيو الذي قال "…"»: his words, the network relays them
    quotes = extract_all(article('خبر\n\nوأكد ضابط الشرطة الرائد نور أوسوبل أن «سيارة ملغومة '
                                 'اقتحمت أبواب الفندق». وقال ضابط آخر بالشرطة إن «أربعة أشخاص قتلوا في '
                                 'الهجوم».\nقال المدرب جوزيه مورينيو إن الفريق جيد. ونقلت شبكة (سكاي '
                                 'سبورت) اليوم تصريحات مورينيو الذي قال "إنني سعيد للغاية بما قدمه '
                                 'فالكاو".\n'))
    assert said(quotes, "أربعة أشخاص قتلوا في الهجوم").speaker.label == "ضابط آخر بالشرطة"
    assert said(quotes, "إنني سعيد للغاية بما قدمه فالكاو").speaker.label == "جوزيه مورينيو"


def test_a_name_ends_before_kabir_and_its_genitive(article):
    # «وقال ادريان لودفيج كبير الخبراء الأمنيين …»: the name ends before the title, so
    # «وقال لودفيج إنه …» later is his (not the last speaker's)
    quotes = extract_all(article('خبر\n\nقال الباحث الأمني جوشوا دريك إن الثغرة خطيرة. وقال ادريان '
                                 'لودفيج كبير الخبراء الأمنيين لنظام اندرويد “أدركنا حاجتنا إلى '
                                 'التحرك بشكل أسرع”. وقال لودفيج إنه سيتم تحديث الهواتف هذا الاسبوع.\n'))
    assert said(quotes, "سيتم تحديث الهواتف هذا الاسبوع").speaker.label == "ادريان لودفيج"


def test_in_answer_and_a_bulletin(article):
    # «وقال المرغلاني إجابة عن سؤال …: «…»»: in answer, how he said it, not a name; «وأرجعت
    # النشرة أسباب النزوح …، وقالت إن»: the bulletin, a document, not what it blamed
    quotes = extract_all(article('خبر\n\nنفى المتحدث الرسمي لوزارة الصحة خالد مرغلاني عدم صحة '
                                 'التغريدات. وقال المرغلاني إجابة عن سؤال «الرياض»: «الوزارة لم تلغ أي بدل من '
                                 'البدلات».\nوأرجعت النشرة أسباب النزوح إلى الاشتباكات القبلية، وقالت '
                                 'إن الوضع الإنساني متدهور.\n'))
    assert said(quotes, "الوزارة لم تلغ أي بدل من البدلات").speaker.label == "خالد مرغلاني"
    speaker = said(quotes, "الوضع الإنساني متدهور").speaker
    assert speaker is None or speaker.label != "أسباب النزوح"


def test_who_describes_when_describing_is_a_verbal_noun(article):
    # «إلى حد وصف X بأنه «…»»: X is what was described; the sentence's subject describes
    quotes = extract_all(article(
        "خبر\n\nوقال الرئيس الأميركي باراك أوباما إن بريطانيا شريك مهم. وذهب أوباما إلى حد "
        "وصف الاتحاد الأوروبي بأنه «حجر الزاوية للمؤسسات التي بنيت بعد الحرب».\n"))
    assert said(quotes, "حجر الزاوية للمؤسسات التي بنيت بعد الحرب").speaker.label \
        == "باراك أوباما"


def test_the_source_itself_after_relayed_from(article):
    quotes = extract_all(article(
        "خبر\n\nأما الفئة الرابعة فكما يذكر موقع العربية نقلا عن الموقع الرسمي الإيراني نفسه "
        "بأنها تشمل «المتعاونين مع الأجهزة الثورية في المجال الاستخباراتي».\n"))
    assert said(quotes, "المتعاونين مع الأجهزة الثورية في المجال الاستخباراتي").speaker.label \
        == "الموقع الرسمي الإيراني"


def test_a_title_then_a_name_in_quotation_marks(article):
    # some outlets mark names so: the name is who spoke, the أن after it what was said;
    # a relative pronoun after a quoted name another noun owns is not that name
    quotes = extract_all(article(
        "خبر\n\nوأوضح مدير فرع مكتب العمل بخيبر \"فهد الرشيدي\" لـ\"سبق\"؛ أن الحملة التفتيشية "
        "أتت بدعم من مدير عام فرع الوزارة \"عواد الحازمي\" الذي شدد على تطبيق مخالفة العمل "
        "تحت الشمس.\nوقال الدكتور عصام دربالة إن الجماعة ملتزمة بالسلمية. وأضاف الشريف أنه "
        "اتصل هاتفيا بشقيق «دربالة»، والذي أكد وفاته داخل محبسه بسجن العقرب.\n"))
    assert said(quotes, "الحملة التفتيشية أتت بدعم من مدير عام فرع الوزارة \"عواد الحازمي\" "
                        "الذي شدد على تطبيق مخالفة العمل تحت الشمس").speaker.label \
        == "فهد الرشيدي"
    assert said(quotes, "فهد الرشيدي").kind == "term"
    assert said(quotes, "تطبيق مخالفة العمل تحت الشمس").speaker is None
    assert said(quotes, "وفاته داخل محبسه بسجن العقرب").speaker is None


def test_a_name_no_list_knows_then_who_he_is_after_said(article):
    # «قال X Y، وسيط …إن»: the words before the comma and the title are his name; «خفر
    # السواحل» is a body (the coast guard), not the verb's object
    quotes = extract_all(article(
        "خبر\n\nوقال سيوم موسيفين، وسيط منظمة إيغاد لدول شرق أفريقيا أمس إن «الوساطة اقترحت "
        "اتفاقا محايدا»، مضيفا أن مسودة الاتفاق تأخذ في الاعتبار كافة العناصر.\nوعلى صعيد "
        "آخر، أعلن خفر السواحل الإيطالي أمس أن نحو 1800 مهاجر أنقذوا من سبعة قوارب.\n"))
    assert said(quotes, "الوساطة اقترحت اتفاقا محايدا").speaker.label == "سيوم موسيفين"
    assert said(quotes, "مسودة الاتفاق تأخذ في الاعتبار كافة العناصر").speaker.label \
        == "سيوم موسيفين"
    assert said(quotes, "نحو 1800 مهاجر أنقذوا من سبعة قوارب").speaker.label \
        == "خفر السواحل الإيطالي"


@pytest.mark.parametrize("sentence, words, label", [
    # a foreign name no list knows, then his title with its article, then قال's إنّ
    ("وقال بوب بيدريجون المتحدث باسم شرطة مطار لوس أنجليس إن الزوجين وصلا إلى المطار.",
     "الزوجين وصلا إلى المطار", "بوب بيدريجون"),
    # a body's foreign name runs on past what the grammar read, up to قال's إنّ
    ("وقالت قناة تلفزيون سكاي نيوز 24 إن القارب انقلب في البحر.", "القارب انقلب في البحر",
     "قناة تلفزيون سكاي نيوز 24"),
])
def test_foreign_names_up_to_the_particle_of_said(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_the_next_name_of_a_list_after_its_comma_is_introduced(article):
    # «…، وسامي الخرساني، مدير عام …» introduces whom «وقال الخرساني» names; without the
    # comma the given name with و may be a word of the title before it
    quotes = extract_all(article(
        "خبر\n\nوقد وقع المذكرة فهد الرشيد، العضو المنتدب لمدينة الملك عبدالله الاقتصادية، "
        "وسامي الخرساني، مدير عام مركز أرامكو لريادة الأعمال، في حفل خاص.\nوقال الخرساني: "
        "«نحن سعداء بالدعم الكبير».\n"))
    assert said(quotes, "نحن سعداء بالدعم الكبير").speaker.label == "سامي الخرساني"


def test_a_sentence_that_opens_with_a_known_family_name_has_it_as_subject(article):
    quotes = extract_all(article(
        "خبر\n\nهاجم الاكاديمي السعودي محمد النجيمي الأستاذ في المعهد العالي للقضاء، الإعلامي "
        "المصري يوسف الحسينى، وذلك على اثر هجوم الأخير على وزير الخارجية القطري خالد العطية.\n"
        " النجيمي غرد قائلاً في سلسلة تغريدات على موقع “تويتر” قائلاً: “الحسيني من المذيعين "
        "المقربين من النظام”.\n"))
    assert said(quotes, "الحسيني من المذيعين المقربين من النظام").speaker.label == "محمد النجيمي"


@pytest.mark.parametrize("text, words", [
    # يُعدّ "is considered", not someone counting: the quoted vision after it is no one's
    ('وقال سيف الفلاسي الرئيس التنفيذي لمجموعة "اينوك" أن دعم الجهات الحكومية يعد رافدا '
     'لجهود الإمارات الساعية لتحقيق رؤية "اقتصاد أخضر لتنمية مستدامة".',
     "اقتصاد أخضر لتنمية مستدامة"),
    # "لكنه أبلغ مؤتمرا بالهاتف …": whom he told, never who spoke
    ("وقال زين زيدان مدير إدارة الشرق الأوسط إن الإصلاح سيوفر 500 مليون دولار. لكنه أبلغ "
     "مؤتمرا بالهاتف مع الصحفيين أنه من المتوقع أن تزيد الوفورات.",
     "من المتوقع أن تزيد الوفورات"),
    # "لإدارة النادي": to the club's management, the club is no subject
    ('وبينت المصادر ذاتها أن "صلة" أكدت لإدارة النادي أن الشركات الراعية لن تتعامل بجدية.',
     "الشركات الراعية لن تتعامل بجدية"),
    # "مشيرًا إلى قوله إن": citing what another man said
    ("وقال النائب محمود تانال إن الاعترافات دليل إدانة. وقدم تانال نسخة من اعترافات آدم "
     "كاراهان، مشيرًا إلى قوله إن «رضا ضراب نجح في تهريب شحنات من الذهب».",
     "رضا ضراب نجح في تهريب شحنات من الذهب"),
])
def test_words_near_a_verb_that_are_not_its_speaker(article, text, words):
    assert speaker_label(article, text, words) in (None, "سيف الفلاسي", "زين زيدان")


def test_not_is_never_a_subject_nor_what_was_said(article):
    quotes = extract_all(article(
        "خبر\n\nوأوضح مدير العلاقات العامة بصحة عسير سعد النقير أن ما ذكر غير صحيح لعدد من "
        "الأسباب من أهمها عدم وجود ممرضين بقسم العمليات إلى جانب أن جميع الأطباء المناوبين "
        "طبيبات.\n"))
    assert all(q.speaker is None or q.speaker.label == "سعد النقير" for q in quotes)
    assert not any(q.text.startswith("غير صحيح") for q in quotes)


@pytest.mark.parametrize("sentence, words, label", [
    # who he is, set off by its comma, may run long before the colon
    ("وقال حميد اللامي، أحد المتظاهرين الذين خرجوا إلى شارع دجلة في حديث لـ«الشرق الأوسط»: "
     "إن «مظاهرات مدينة العمارة تعد الأكبر».", "مظاهرات مدينة العمارة تعد الأكبر", "حميد اللامي"),
    # a body on its own page
    ("وقال الزمالك في صفحته على موقع فيسبوك رسميا: «النادي يتعاقد مع صانع ألعاب».",
     "النادي يتعاقد مع صانع ألعاب", "الزمالك"),
    # a statement it issued, "said in it"; من ناحيته is an aside like من جهته
    ("من ناحيته أصدر البنك المركزي بيانا لاحقا قال فيه إنه حدث سوء فهم.", "حدث سوء فهم",
     "البنك المركزي"),
    ("أصدرت جامعة تبوك بيانا البارحة، أوضحت فيه أن وفاة المعلمة لا علاقة لها بقبول أبنائها.",
     "وفاة المعلمة لا علاقة لها بقبول أبنائها", "جامعة تبوك"),
    # "فيه" then who said it; بلسان is باسم
    ("وقدرت الأوقاف أن المقتحمين كثر في وقت أشارت فيه المتحدثة بلسان الشرطة الإسرائيلية لوبا "
     "السمري في بيان إلى أن 850 شخصا دخلوا ساحات المسجد.", "850 شخصا دخلوا ساحات المسجد",
     "المتحدثة بلسان الشرطة الإسرائيلية"),
])
def test_who_speaks_past_an_aside_a_page_or_a_statement_issued(article, sentence, words, label):
    assert speaker_label(article, sentence, words) == label


def test_a_subheading_does_not_end_who_goes_on(article):
    quotes = extract_all(article(
        "خبر\n\nأشار ابن عاطف إلى تفاوت أسعار بيع الغاز خارج المدن الرئيسة.\nمراكز التعبئة \n"
        "وأوضح أنه لا يوجد إلا ست محطات لتعبئة الغاز.\n"))
    assert said(quotes, "لا يوجد إلا ست محطات لتعبئة الغاز").speaker.label == "ابن عاطف"


def test_a_word_that_does_not_describe_anyone_opens_no_title_and_name(article):
    # «البيشان جانبا»: his family name, then "a part" of his memories, not a man called جانبا
    quotes = extract_all(article(
        "خبر\n\nوقال رئيس النادي بيشان البيشان إن الموسم صعب.\nويروي البيشان جانبا من ذكرياته "
        "مع النادي قائلا: كان موسم 1385 الأول لي كلاعب.\n"))
    assert all(q.speaker is None or q.speaker.label != "جانبا" for q in quotes)


@pytest.mark.parametrize("text, words, label", [
    # آل opens a family name, like فان and دي
    ("وقال كميل آل بوشوكة إن الوضع صعب. كما أوضح آل بوشوكة: «أعدم ثلاثة أشخاص في شيراز».",
     "أعدم ثلاثة أشخاص في شيراز", "كميل آل بوشوكة"),
    # a blessing after the verb or the speaker says nothing of what was said
    ("وقالت ابنة المعلمة رحمها الله في اتصال مع \"سبق\"، إنه لم يرد أحد على الشكوى.",
     "لم يرد أحد على الشكوى", "ابنة المعلمة"),
])
def test_a_family_of_and_a_blessing(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_the_journalist_spelt_either_way_is_a_title(article):
    # الصحافي as الصحفي: a title before a name, and after a noun its adjective (المؤتمر
    # الصحافي); whoever spoke before is not who goes on after the journalist speaks
    text = ("وقال مختار الرحبي إن الوضع صعب.\nوفي ذات السياق، قال الصحافي اليمني أنيس منصور في "
            "حديث لـ«الرياض» أن الحوثيين لا يؤمنون بالحريات، وأفاد أن هناك صحفيين استخدموا "
            "كدروع بشرية.")
    assert speaker_label(article, text, "الحوثيين لا يؤمنون بالحريات") == "أنيس منصور"
    assert speaker_label(article, text, "هناك صحفيين استخدموا كدروع بشرية") == "أنيس منصور"


def test_a_verse_cited_is_gods_and_the_citer_goes_on(article):
    # «مستشهدا بقوله تعالى {…}»: the verse is God's; «مؤكدًا أن …» after it is the sheikh's,
    # as it is after «وقال تعالى: {…}»
    text = ("وأكد الشيخ عبدالرحمن السديس أهمية الحذر من الإرهاب مستشهدا بقوله تعالى {ولا تقتلوا "
            "النفس التي حرم الله إلا بالحق}، مؤكدًا أن هذا الحادث لن يزيدنا إلا تلاحما.")
    assert speaker_label(article, text, "ولا تقتلوا النفس التي حرم الله إلا بالحق") == "الله تعالى"
    assert speaker_label(article, text, "هذا الحادث لن يزيدنا إلا تلاحما") == "عبدالرحمن السديس"
    text = ("وقال الشيخ عبدالرحمن السديس إن الإرهاب جريمة. وقال تعالى: {ولا تقتلوا النفس التي حرم "
            "الله إلا بالحق}، مؤكدًا أن هذا الحادث لن يزيدنا إلا تلاحما.")
    assert speaker_label(article, text, "هذا الحادث لن يزيدنا إلا تلاحما") == "عبدالرحمن السديس"


def test_a_verse_after_the_verb_said_is_gods_not_the_epithets(article):
    # «وقال تعالى: «…»»: the epithet alone is no speaker's name; the verse is God's, labelled
    # as the cue «قوله تعالى» labels it, and «قال الله تعالى "…"» is read the same way
    text = "وقال الشيخ إن الصبر مفتاح الفرج. وقال تعالى: «إن مع العسر يسرا». وأضاف أن الأمل باق."
    assert speaker_label(article, text, "إن مع العسر يسرا") == "الله تعالى"
    text = ("وقال في مداخلة إن المصاب مصاب الجميع، قال الله تعالى \"ومن أظلم ممن منع مساجد الله أن "
            "يذكر فيها اسمه\" وأضاف أن الحادث جبان.")
    assert speaker_label(article, text, "ومن أظلم ممن منع مساجد الله أن يذكر فيها اسمه") \
        == "الله تعالى"



def test_a_verse_whose_cue_opens_the_paragraph_is_gods(article):
    # sample 78: «…السعودية.\nقال تعالى: {…}، {…}»: the cue is the paragraph's first words
    quotes = extract_all(article("خبر\n\nوقال الشيخ إن الصبر مهم.\nقال تعالى: {إن مع العسر يسرا}، "
                                 "{واصبر وما صبرك إلا بالله}\n"))
    assert said(quotes, "إن مع العسر يسرا").speaker.label == "الله تعالى"
    assert said(quotes, "واصبر وما صبرك إلا بالله").speaker.label == "الله تعالى"


def test_the_letters_of_cnn_are_no_particle(article):
    # «(سي إن إن) إنه «…»»: the Ns of CNN are letters; the quotation after the verb's own
    # إنّ is the speaker's, and no report opens inside the channel's name
    text = "وقال ترامب لهيئة الإذاعة الأميركية (سي إن إن) إنه «لا يكن الكثير من الاحترام لها»."
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert [q.text for q in quotes] == ["لا يكن الكثير من الاحترام لها"]
    assert quotes[0].speaker.label == "ترامب"
    # after «بي بي سي» an إن is the particle
    assert speaker_label(article, "وقالت بي بي سي إن الوضع صعب.", "الوضع صعب") == "بي بي سي"


def test_main_as_an_adjective_introduces_no_president(article):
    # «السبب الرئيس لإلغاء عقد المحترف …»: "the main reason"; the player named after it is
    # no club president, and «رئيس النادي هذيل آل شرمة» is the man who spoke, his family
    # name after «آل» read though his given name is in no list
    text = ("من جانبه، كشف رئيس النادي هذيل آل شرمة السبب الرئيس لإلغاء عقد المحترف الأردني "
            "بهاء عبدالرحمن، و قال: \"أؤكد أن اللاعب من طراز اللاعبين الكبار\".")
    assert speaker_label(article, text, "أؤكد أن اللاعب من طراز اللاعبين الكبار") \
        == "هذيل آل شرمة"
    assert speaker_label(article, text, "السبب الرئيس لإلغاء عقد المحترف الأردني بهاء "
                         "عبدالرحمن") == "هذيل آل شرمة"
    text = ("من جانبه، كشف رئيس النادي هذيل الشرمة السبب الرئيس لإلغاء عقد المحترف الأردني "
            "بهاء عبدالرحمن، و قال: \"أؤكد أن اللاعب من طراز اللاعبين الكبار\".")
    assert speaker_label(article, text, "أؤكد أن اللاعب من طراز اللاعبين الكبار") \
        == "رئيس النادي"


def test_said_written_apart_from_its_and_ends_the_object_before_it(article):
    # «، و قال: …» (و written apart): the next report; the object before it ends at the comma
    text = ("كشف رئيس النادي هذيل آل شرمة السبب الرئيس لإلغاء عقد اللاعب، و قال: \"أؤكد أن "
            "اللاعب من طراز الكبار\".")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert said(quotes, "السبب الرئيس لإلغاء عقد اللاعب").speaker.label == "هذيل آل شرمة"


def test_words_after_a_colon_and_in_quotation_marks_are_one_quotation(article):
    # «وقال:" نريد …."»: the words after the colon are those in the marks; shown once
    text = "قال اللاعب سليمان بصيري:\" نريد تقديراً معنوياً قبل وفاتنا.\" وأضاف أن الوضع صعب."
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    starts = [q.start for q in quotes]
    assert len(starts) == len(set(starts)), [(q.form, q.text) for q in quotes]
    assert said(quotes, "نريد تقديراً معنوياً قبل وفاتنا.").speaker.label == "سليمان بصيري"


def test_a_family_name_keyed_like_a_given_name_goes_on_with_its_sentence(article):
    # «المقيرن» has the key of the given name «مقرن»; with its article it is the family name
    # of «أحمد المقيرن», and «وأثنى المقيرن …، معتبراً أن …» goes on with him, past another
    # man named in the sentence before
    text = ("رئيس اللجنة البارالمبية السعودية أحمد المقيرن رفع التهنئة لخادم الحرمين الشريفين، "
            "مؤكداً أن القيادة حريصة على الدعم.\nكما رفع المقيرن التهنئة للأمير عبدالله بن "
            "مساعد الذي كان خلف كل دعم.\nوأثنى المقيرن على البعثة السعودية بعناصرها كاملة "
            "معتبراً أنهم استطاعوا رسم الفخر الرياضي للمملكة.")
    assert speaker_label(article, text, "استطاعوا رسم الفخر الرياضي للمملكة") == "أحمد المقيرن"


def test_a_verb_of_saying_after_la_in_the_past_is_a_noun(article):
    # «لكشف ملابسات الحروق»: to uncover (a noun after لـ), no one revealing anything; a
    # present verb after لـ is one («ليؤكد أن …»)
    text = ("ورفض العنزي استلام ابنته إلا بعد التحقيق لكشف ملابسات الحروق.\nوخرج الوزير "
            "ليؤكد أن التحقيق مستمر.")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert [q.text for q in quotes] == ["التحقيق مستمر"]


def test_drawing_attention_is_said_with_its_noun(article):
    # «لفت الانتباه/النظر إلى أن …»: to draw attention; the noun is neither the speaker nor
    # what was said
    assert speaker_label(article, "وقال الوزير إن الوضع هادئ. ولفت الانتباه إلى أن القتيل "
                         "نقل إلى المستشفى.", "القتيل نقل إلى المستشفى") == "الوزير"
    assert speaker_label(article, "ولفت الوزير النظر إلى أن القتيل نقل إلى المستشفى.",
                         "القتيل نقل إلى المستشفى") == "الوزير"
    assert speaker_label(article, "وأفاد مصدر أمني بأن الوضع هادئ، لافتاً الانتباه إلى أنه "
                         "تم نقل القتيل إلى المستشفى.", "تم نقل القتيل إلى المستشفى") == "مصدر أمني"


def test_who_wrote_or_tweeted_the_words(article):
    # «كتب»/«غرد» report what was written (a tweet, a letter, a column) as «قال» reports
    text = ("وكتبت كارلي فيورينا المرأة الوحيدة بين مرشحي الحزب الجمهوري على موقع «تويتر»: "
            "«ما قلته لا يمكن التسامح معه».")
    assert speaker_label(article, text, "ما قلته لا يمكن التسامح معه") == "كارلي فيورينا"
    text = "حيث غرد الشيخ عادل الكلباني عبر حسابه: \"الجهاد صار قتال المسلمين\"."
    assert speaker_label(article, text, "الجهاد صار قتال المسلمين") == "عادل الكلباني"
    text = "وكتب ضابط في مكتب التحقيقات الاتحادي في الشهادة أنه تعرف على اللص."
    assert speaker_label(article, text, "تعرف على اللص") == "ضابط في مكتب التحقيقات الاتحادي"


def test_a_title_governs_the_quoted_name_after_it(article):
    # «رئيس تحرير «الشرق الأوسط»»: the paper is the title's genitive, a name, never the words
    text = ("وكتب الصحافي السعودي المخضرم رئيس تحرير «الشرق الأوسط» سابقا وناشر «إيلاف» "
            "الإلكترونية عثمان العمير أن الإعلام السعودي فقد إعلاميا لامعًا.")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert all(q.kind == "term" for q in quotes if q.text in ("الشرق الأوسط", "إيلاف"))
    text = "أكد مدير مركز الملك فهد الثقافي بأبها \"قرية المفتاحة\" سعيد بن محيا أن القرية تحظى بالدعم."
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert said(quotes, "قرية المفتاحة").kind == "term"
    assert said(quotes, "القرية تحظى بالدعم").speaker.label.startswith("سعيد بن محيا")


def test_one_of_them_after_a_name_says_who_he_is(article):
    # «كشف العميد … صالح علي حسن أحد القادة العسكريين في جبهة أبين أن …»: «أحد …» after the
    # name (no comma) says who he is, up to what he said; the name is not what was revealed
    text = ("كشف العميد الركن صالح علي حسن أحد القادة العسكريين في جبهة أبين أن قيادة المنطقة "
            "الرابعة أعدت خطة عسكرية.")
    assert speaker_label(article, text, "قيادة المنطقة الرابعة أعدت خطة عسكرية") == "صالح علي حسن"
    text = ("وفي محافظة لحج أشار العميد محمد صالح طماح أحد القادة العسكريين الذين شاركوا في "
            "تحرير قاعدة العند الجوية إن المحافظة أصبحت مطهرة.")
    assert speaker_label(article, text, "المحافظة أصبحت مطهرة") == "محمد صالح طماح"
    # a short quotation after a noun of «أحد …» is its genitive, a name, not his words
    text = ("أفصح الممثل سامر المصري أحد أبرز نجوم مسلسل “باب الحارة” في الأجزاء السابقة أسباب "
            "انسحابه.")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert all(q.speaker is None for q in quotes if q.text == "باب الحارة")


def test_in_this_regard_and_was_described_as_say_nothing(article):
    # «وقال بهذا الخصوص «…»»: how he said it, not what; «حيث وُصف بـ«المتخصص»»: the passive,
    # no one describing, so «مشيرة إلى أن …» goes on with the papers that spoke before it
    text = ("كما كشف وزير الموارد المائية المصري عن تقديم دراستين للسودان، وقال بهذا الخصوص "
            "«لقد تم التوافق على بعض النقاط الفنية».")
    assert speaker_label(article, text, "لقد تم التوافق على بعض النقاط الفنية") \
        == "وزير الموارد المائية المصري"
    text = ("وقالت الصحف الرومانية إن اختيار اللاعب جاء من قبل المدرب، حيث وصف بـ«المتخصص»، "
            "مشيرة إلى أن اللاعب سيتقاضى 400 ألف دولار.")
    assert speaker_label(article, text, "اللاعب سيتقاضى 400 ألف دولار") == "الصحف الرومانية"
    # (but «وصف بوتين اللقاء بأنه …»: a name with ب, the describer)
    text = "ورغم ذلك، وصف بوتين اللقاء بأنه كان “بناءً”."
    assert speaker_label(article, text, "بناءً") == "بوتين"


@pytest.mark.parametrize("text, words, label", [
    # «وأضاف مدافعا: …»: an accusative participle (مُفاعِلاً) says how he spoke; no one's name
    ("وقال أكرم كيزيلتاش إن الفاجعة كبيرة. وأضاف مدافعا: «لا يمكن لأي دولة أن ترغب في التفجيرات».",
     "لا يمكن لأي دولة أن ترغب في التفجيرات", "أكرم كيزيلتاش"),
    # «ديار بكر» is a city: «بكر» there is no man's given name
    ("وأوضح النائب العام لمدينة ديار بكر، رمضان صولماز، أن «التحقيقات ليست جديدة».",
     "التحقيقات ليست جديدة", "رمضان صولماز"),
    # «استوجبت زيارة المعلم»: the visit of al-Muallem, no man «زيارة» whose title is المعلم;
    # the participle goes on with the one who opened the sentence
    ("واستبعد القيادي المعارض برهان غليون أن تكون هناك مبادرة نهائية، استوجبت زيارة المعلم "
     "إلى طهران، مؤكدًا أن «مباحثات من عدة أطراف انطلقت».",
     "مباحثات من عدة أطراف انطلقت", "برهان غليون"),
])
def test_words_that_name_no_one_near_a_report(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_caught_my_eye_is_no_report(article):
    # «لفت نظري …»: the writer's own attention caught; «نظري» is no speaker
    quotes = extract_all(article("خبر\n\nلفت نظري، في حوار مدير عام الشؤون الصحية بجازان أحمد "
                                 "السهلي، تركيزه الشديد على أن الرواتب لا تشجعهم.\n"))
    assert all(q.speaker is None or q.speaker.label != "نظري" for q in quotes)


def test_a_writer_at_another_paper_is_another_writer(article):
    # «الكاتب في صحيفة «زمان»» after «أوكاي غونينسين الكاتب في صحيفة وطن»: a paper each, two
    # writers; the bare title resolves to the man only when nothing in it names another body
    text = ("وبدوره رأى أوكاي غونينسين الكاتب في صحيفة وطن أن تركيا قد تتحول لساحة حرب.\nوشكك "
            "الكاتب في صحيفة «زمان» المعارضة بإمكانية شن الحكومة حربا على التنظيم، وقال: «تم "
            "حجب بعض المواقع الجهادية».")
    assert speaker_label(article, text, "تم حجب بعض المواقع الجهادية") \
        == "الكاتب في صحيفة «زمان» المعارضة"


def test_new_closes_a_title_and_a_given_name_that_is_a_title_word_opens_the_name(article):
    # «رئيس نادي الاهلي الجديد مساعد الزويهري أنصار ناديه»: «الجديد» closes the title; «مساعد»
    # after it is a given name (not "assistant of al-Zuwaihri"), and «أنصار ناديه» (his club's
    # supporters, whom he promised) is no one's name
    text = ("وعد رئيس نادي الاهلي الجديد مساعد الزويهري أنصار ناديه بالعمل الدؤوب.\n\nوأضاف "
            "قائلا: خدمة الأهلي شرف لي.")
    assert speaker_label(article, text, "خدمة الأهلي شرف لي") == "رئيس نادي الاهلي الجديد"


def test_was_then_a_family_name_then_the_verb(article):
    # «وكان السيستاني دعا العبادي إلى أن «…»»: the name between كان and the verb is its
    # subject (here one the article never introduced: no one for sure); the man after the
    # verb is whom he called on, never the speaker
    text = ("وقال رئيس الوزراء حيدر العبادي إن الإصلاحات ستستمر.\nوكان السيستاني دعا العبادي "
            "الجمعة إلى أن «يكون أكثر جرأة في خطواته».")
    assert speaker_label(article, text, "يكون أكثر جرأة في خطواته") is None
    text = ("وقال رئيس الوزراء حيدر العبادي إن الإصلاحات ستستمر.\nوكان العبادي قال إن الإصلاح "
            "ضروري.")
    assert speaker_label(article, text, "الإصلاح ضروري") == "حيدر العبادي"


def test_two_people_of_one_first_and_last_name_with_different_fathers_stay_apart(article):
    # «محمد بن عبدالعزيز السعد» (a colonel) and «الأمير محمد بن نايف بن عبدالعزيز آل سعود»
    # share the first and last words the ids keep; their fathers differ, so they are two
    corpus = article(
        "خبر\n\nوأوضح مدير الإدارة العامة للعلاقات بالمديرية العقيد محمد بن عبدالعزيز السعد في "
        "بيان أن الجوازات تسعى إلى التطوير.\n",
        "خبر\n\nوأكد ولي العهد الأمير محمد بن نايف بن عبدالعزيز آل سعود أن الأمن مستتب.\n",
        "خبر\n\nوقال بدر عبد الرحمن السمحان إن الحملة مستمرة.\n",
        "خبر\n\nوقال بدر بن عبد الرحمن السمحان إن البرنامج ناجح.\n")
    quotes = extract_all(corpus)
    assert said(quotes, "الجوازات تسعى إلى التطوير").speaker.label == "محمد بن عبدالعزيز السعد"
    assert said(quotes, "الأمن مستتب").speaker.label \
        == "الأمير محمد بن نايف بن عبدالعزيز آل سعود"
    # (the same father spelt with and without بن is one man)
    assert said(quotes, "الحملة مستمرة").speaker.id == said(quotes, "البرنامج ناجح").speaker.id


def test_besides_then_another_verb_and_a_promise(article):
    # «…، إلى ذلك أشار متحدث باسم القوات الحكومية إلى أن …»: the report before ends at the
    # comma; «وعدت المجلس العسكري بإرسال …» is a promise (وعد), its object no one's words
    text = ("وذكرت مصادر في المقاومة الشعبية: إن عشرات السيارات شوهدت وهي تهرب، مشيرة إلى أن "
            "انفجارات عنيفة سمعت، إلى ذلك أشار متحدث باسم القوات الحكومية إلى أن تحرير زنجبار "
            "«بات قريبًا».")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert said(quotes, "انفجارات عنيفة سمعت").speaker.label == "مصادر في المقاومة الشعبية"
    assert said(quotes, "بات قريبًا").speaker.label == "متحدث باسم القوات الحكومية"
    text = ("قال مسؤول عسكري رفيع لـ(المدينة): إن قيادة التحالف وعدت المجلس العسكري في محافظة تعز "
            "بإرسال عربات مدرعة إلى المقاومة.")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert [q.text for q in quotes] == [
        "قيادة التحالف وعدت المجلس العسكري في محافظة تعز بإرسال عربات مدرعة إلى المقاومة"]


@pytest.mark.parametrize("text, words, label", [
    # «وقال للمنتج: …»: to the producer, whom he told; no one named «للمنتج»
    ("يقول عمر الشريف إن المخرج التقط صورتي وقال للمنتج: الولد ده أحضره فورا.",
     "الولد ده أحضره فورا", None),
    # «وذكرت تلك التقارير أن …»: those reports, no one named «تلك» (and what they said
    # opens after أنّ: "التقارير" is no part of it)
    ("وذكرت تلك التقارير أن ريال مدريد طلب 70 مليون جنيه.",
     "ريال مدريد طلب 70 مليون جنيه", None),
    # «مسؤول حكومي رفيع المستوى»: a high-ranking official, no man named «رفيع المستوى»
    ("وقال مسؤول حكومي رفيع المستوى لـ\"رويترز\" إن جدارا سيقام على امتداد الحدود.",
     "جدارا سيقام على امتداد الحدود", "مسؤول حكومي رفيع المستوى"),
    # «… في مهرجان تمور بريدة»: the festival's name, not the assistant's
    ("وأكد مساعد الرئيس التنفيذي للإعلام في مهرجان تمور بريدة، أن عدد المركبات يصل إلى 2000.",
     "عدد المركبات يصل إلى 2000", "مساعد الرئيس التنفيذي للإعلام في مهرجان تمور بريدة"),
    # «والتي لا تعد متخصصة»: are not counted specialised; «متخصصة» never speaks after it
    ("وقالت الدكتورة سارة العتيبي إن الإقبال كبير. والخلايا لا تعد متخصصة. وأشارت إلى أن "
     "الخلايا بالإمكان زرعها.", "الخلايا بالإمكان زرعها", "سارة العتيبي"),
    # «محمد العسيف» with no title, then «وقال العسيف إنه …»: the man the article named
    ("وفي ركن آخر يجلس \"التناك\" محمد العسيف ممسكاً بمطرقته.\nوقال العسيف إنه ورث تلك الحرفة "
     "عن أبيه.", "ورث تلك الحرفة عن أبيه", "محمد العسيف"),
])
def test_words_read_as_a_name_that_name_no_one(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_relayed_source_with_an_aside_and_found_is_no_grandfather(article):
    # «نقلاً عن مصادر أمنية مطلعة، رفضت الكشف عن هويتها، أن «…»»: the sources speak, past the
    # aside that says what they asked
    text = ("وذكرت وكالة أنباء الأناضول نقلاً عن مصادر أمنية مطلعة، رفضت الكشف عن هويتها، أن "
            "“قوات مكافحة الإرهاب داهمت عدة أماكن في المدينة”.")
    assert speaker_label(article, text, "قوات مكافحة الإرهاب داهمت عدة أماكن في المدينة") \
        == "مصادر أمنية مطلعة"
    # «وجد الباحثون أدلة تشير إلى أن …»: found (وجد), not «و» and a grandfather titled over
    # a man named «أدلة»
    text = "ففي دراسة، وجد الباحثون أدلة تشير إلى أن الأسماء الفريدة لا تلقى ترحيبا."
    assert speaker_label(article, text, "الأسماء الفريدة لا تلقى ترحيبا") is None
    # «في حين يرفض علي قاسم …، ويضيف أن …»: not the man who spoke before
    text = ("وقال عبدالله الجهن إن الأسعار مرتفعة.\nفي حين يرفض علي قاسم، وهو بائع في أحد المحلات، "
            "اتهام بعض الزبائن للمحلات، ويضيف أن هناك آلاف من المحلات.")
    assert speaker_label(article, text, "هناك آلاف من المحلات") is None


def test_a_body_by_the_genitive_of_its_name(article):
    # «وأوضحت الأرصاد أن …» after «الرئاسة العامة للأرصاد وحماية البيئة»: the body by the
    # genitive its name has with لـ (one body of the article so named)
    text = ("توقعت الرئاسة العامة للأرصاد وحماية البيئة تأثر الرؤية الأفقية بالعوالق الترابية، "
            "وأوضحت الأرصاد أن الفرصة مهيأة لهطول أمطار رعدية.")
    assert speaker_label(article, text, "الفرصة مهيأة لهطول أمطار رعدية") \
        == "الرئاسة العامة للأرصاد وحماية البيئة"


@pytest.mark.parametrize("text, words, label", [
    # «وصف توفيق تلك الأيام بأنها «…»»، «ويأمل توفيق الآن في أن «…»»: a demonstrative or «الآن»
    # after a name ends it
    ("وقال الطالب محمد توفيق إن الحرب انتهت. ووصف توفيق تلك الأيام بأنها “أيام قذرة”.",
     "أيام قذرة", "محمد توفيق"),
    # «وثمن الدكتور الثويني جهود …»: efforts, no man named «جهود» after a title
    ("وثمن الدكتور الثويني جهود صاحب السمو الملكي الأمير سعود بن عبدالمحسن أمير منطقة حائل.\n"
     "وأفاد أن وزارة التعليم تعمل على التوسع.", "وزارة التعليم تعمل على التوسع", None),
])
def test_a_name_ends_before_a_demonstrative_now_or_efforts(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_before_the_court_is_no_imam(article):
    # «وأمام المحكمة أقر بورزاكو بأنه …»: أمام (before) folds to the word of إمام (imam); with
    # its hamza above it is where he spoke, never a titled subject
    text = ("مثل أليخاندرو بورزاكو الرئيس السابق لشركة تسويق رياضي أمام محكمة اتحادية. وأمام "
            "المحكمة أقر بورزاكو بأنه غير مذنب.")
    assert speaker_label(article, text, "غير مذنب") == "بورزاكو"


def test_a_feminine_verb_makes_its_named_speaker_a_woman(article):
    # «وقالت ساندرا ميتشيل نائب المفوض العام …»: her title is masculine, the verb says she is a
    # woman, so «واضافت "…"» goes on with her
    text = ("وقالت ساندرا ميتشيل نائب المفوض العام للاونروا في مؤتمر صحافي \"لا يزال هناك وقت\".\n"
            "واضافت \"لم يتم حتى الان اتخاذ قرار\".")
    assert speaker_label(article, text, "لم يتم حتى الان اتخاذ قرار") == "ساندرا ميتشيل"



def test_not_worried_is_no_name(tmp_path):
    # «يبدو وزير الداخلية اللبناني غير قلق …»، «وكما أن الوزير غير قلق …» (a real article of the
    # archive, 23 July 2015): «غير» (not) opens no name, so the minister's statements are never
    # shown under «غير قلق»
    import shutil
    from pathlib import Path
    from tui.corpus import load_corpus
    case = Path(__file__).parents[1] / "fixtures" / "cases" / "2015-07-23-0073-aawsat.txt"
    shutil.copy(case, tmp_path)
    quotes = extract_all(load_corpus(tmp_path))
    labels = {q.speaker.label for q in quotes if q.speaker is not None}
    assert labels and not any("قلق" in label for label in labels), labels


@pytest.mark.parametrize("text, words, label", [
    # «ودعا المهندس الحياري شركات الكهرباء …، مؤكدا …»: after a rank, a word of belonging
    # (-ي) is the family name, not a describer before a name «شركات الكهرباء»
    ("وقال مدير المركز الوطني للطاقة المهندس فاروق الحياري إن الأحمال زادت.\nودعا المهندس "
     "الحياري شركات الكهرباء لاتخاذ الإجراءات الضرورية، مؤكدا ضرورة الاستجابة للشكاوى.",
     "ضرورة الاستجابة للشكاوى", "فاروق الحياري"),
    # «ويقول بقناعة تامة إنّ «…»»: with conviction, how he said it; no one named «بقناعة تامة»
    ("وقال الفنان هشام الحاج إن الجمهور تغير. ويقول بقناعة تامة إنّ «الفن لا يبنى في ليلة».",
     "الفن لا يبنى في ليلة", None),
])
def test_a_family_name_after_a_rank_and_a_manner_phrase(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("sentence, words, label", [
    # a title of three words, then a name of two: the name is whole, and the object follows it
    # (it used to give up «لافروف», starting what was said with the surname)
    ("وأكد وزير الخارجية الروسي سيرغي لافروف استعداد بلاده للحوار مع المعارضة.",
     "استعداد بلاده للحوار مع المعارضة", "سيرغي لافروف"),
    # a time word after the name: it ended there
    ("وأعلن وزير الخارجية الأمريكي جون كيري أمس دعم بلاده للاتفاق الجديد.",
     "دعم بلاده للاتفاق الجديد", "جون كيري"),
    # a name of three words still gives up a last word that is the object's
    ("وأكد لاعب المنتخب وسام حمدان جدارة الأخضر بالفوز على منافسه.",
     "جدارة الأخضر بالفوز على منافسه", None),
])
def test_the_object_begins_after_the_whole_name(article, sentence, words, label):
    quotes = extract_all(article("خبر\n\n" + sentence + "\n"))
    found = said(quotes, words)
    assert found.form == "object" and found.text.startswith(words[:8]), found.text
    if label is not None:
        assert found.speaker.label == label


@pytest.mark.parametrize("text, words, label, kind", [
    # the diplomat introduced without a name, then taken up with the article (sample 45)
    ("قال دبلوماسي أميركي إن الزيارة مهمة.\nوقال الدبلوماسي: «سيتم التباحث في قضايا حقوق "
     "الإنسان خلال الزيارة».", "سيتم التباحث في قضايا حقوق الإنسان خلال الزيارة",
     "الدبلوماسي", "anonymous"),
    # a voter, unnamed: an anonymous source
    ("وقالت ناخبة: «لا أريد أن أعود إلى الحي مع الحبر على إصبعي».",
     "لا أريد أن أعود إلى الحي مع الحبر على إصبعي", "ناخبة", "anonymous"),
])
def test_an_unnamed_diplomat_or_voter_is_an_anonymous_source(article, text, words, label, kind):
    speaker = said(extract_all(article("خبر\n\n" + text + "\n")), words).speaker
    assert speaker is not None and (speaker.label, speaker.type) == (label, kind)


def test_the_head_of_a_committee_is_not_the_president_named_before(article):
    # sample 45: «ونفى رئيس اللجنة الانتخابية …» was credited to «الرئيس بيار نكورونزيزا»
    text = ("وقال الرئيس بيار نكورونزيزا إن الانتخابات نزيهة.\nونفى رئيس اللجنة الانتخابية هذا "
            "التراجع الظاهر، معتبرا أن «المشاركة كانت إلى حد كبير هي نفسها».")
    assert speaker_label(article, text, "المشاركة كانت إلى حد كبير هي نفسها") \
        == "رئيس اللجنة الانتخابية"


def test_the_findings_of_a_study_are_a_document_not_a_man_named_results(article):
    # sample 45: «كما أكدت نتائج الدراسة على أن …» was said by a person «نتائج»
    speaker = said(extract_all(article(
        "خبر\n\nكما أكدت نتائج الدراسة على أن الكثير من الشركات العائلية ستشهد انتقال "
        "الإدارة.\n")), "الكثير من الشركات العائلية ستشهد انتقال الإدارة").speaker
    assert speaker is not None and speaker.label == "نتائج الدراسة" and speaker.type != "person"


def test_a_quoted_name_after_a_title_no_list_knows_is_the_speaker(article):
    # sample 45: «قال المتحدث باسم الاحتلال “افيخاي ادرعي” إن …، مضيفا أن …» went to no one
    text = ("من جهة أخرى قال المتحدث باسم الاحتلال “افيخاي ادرعي” إن طائرات سلاح الجو قصفت "
            "هدفا، مضيفا أن حركة حماس تتحمل المسؤولية.")
    assert speaker_label(article, text, "طائرات سلاح الجو قصفت هدفا") == "افيخاي ادرعي"
    assert speaker_label(article, text, "حركة حماس تتحمل المسؤولية") == "افيخاي ادرعي"


@pytest.mark.parametrize("text, words, label", [
    # sample 45: «كبير» with a definite genitive opens a title (chief of a trade), as after a name
    ("بدوره، أكد كبير الصيادين بفرضة القطيف رضا الفردان أن الأمانة منعت تداول الروبيان.",
     "الأمانة منعت تداول الروبيان", "رضا الفردان"),
    ("وقال كبير المفاوضين الفلسطينيين صائب عريقات إن المفاوضات متوقفة منذ عام.",
     "المفاوضات متوقفة منذ عام", "صائب عريقات"),
    # alone after a noun it is still an adjective: «مسؤول كبير»
    ("وأكد مسؤول كبير في الوزارة أن النمو سيتباطأ هذا العام.", "النمو سيتباطأ هذا العام",
     "مسؤول كبير في الوزارة"),
])
def test_kabir_with_its_genitive_opens_a_title(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_the_united_nations_takes_a_feminine_verb_that_goes_on_with_it(article):
    # «الأمم» is a broken plural: «وقالت» agrees with it and goes on with the body
    text = ("وكانت الأمم المتحدة قد حذرت الاحد، من ارتفاع حصيلة ضحايا الفيضانات في بورما. "
            "وقالت إنّه لا يمكن معرفة حجم الكارثة قبل بضعة أيام.")
    assert speaker_label(article, text, "لا يمكن معرفة حجم الكارثة قبل بضعة أيام") \
        == "الأمم المتحدة"


@pytest.mark.parametrize("text, words", [
    ('من جانبه، قال رئيس النادي، القطري ناصر الخليفي "اننا فخورون باختيار دي ماريا".',
     "اننا فخورون باختيار دي ماريا"),
    ("من جانبه، قال رئيس النادي، ناصر الخليفي إن النادي فخور باختيار دي ماريا.",
     "النادي فخور باختيار دي ماريا"),
])
def test_a_title_then_a_comma_then_the_name(article, text, words):
    assert speaker_label(article, text, words) == "ناصر الخليفي"


def test_a_resolution_is_a_document_that_speaks(article):
    # «وبحسب القرار فإن …» (the Security Council's resolution, reprinted by four outlets)
    speaker = said(extract_all(article(
        "خبر\n\nوبحسب القرار فإن هذا الفريق ستكون مهمته تحديد الأشخاص والكيانات المتورطة.\n")),
        "هذا الفريق ستكون مهمته تحديد الأشخاص والكيانات المتورطة").speaker
    assert speaker is not None and speaker.label == "القرار" and speaker.type != "person"


def test_a_reaction_is_no_one_named_fil(article):
    # sample 46: «في اول رد فعل للسلطات» read «رد» as «replied» and «فعل» as who replied
    text = ("وقال الناطق باسم الحكومة يوشيهيدي سوغا في اول رد فعل للسلطات اليابانية على ما "
            "نشره الموقع \"امتنع عن الادلاء باي تعليق. لكن اذا كان الامر صحيحا سيكون الامر مؤسفا "
            "جدا\".\nواضاف \"طلبنا بحزم من مدير "
            "الاستخبارات الاميركية تأكيد هذه الوقائع\".")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert quotes and all(q.speaker is None or "فعل" not in q.speaker.label for q in quotes)


def test_two_verbs_of_one_woman_are_not_a_title_and_a_name(article):
    # sample 46: «إن الموظفة غادرت واعتبرت الأمر مزحة» named the employee «غادرت» (left)
    quotes = extract_all(article("خبر\n\nوقالت الصحيفة إن الموظفة غادرت واعتبرت الأمر مزحةً "
                                 "وانفعالًا غير مبرر من جانب الطالب.\n"))
    assert all(q.speaker is None or q.speaker.label != "غادرت" for q in quotes)


def test_a_site_that_relays_a_named_mans_announcement_is_not_its_speaker(article):
    # sample 46: «وبحسب الموقع الاخباري، أعلن بوغدانوف أنه …» credited the site
    text = ("قال نائب وزير الخارجية الروسي ميخائيل بوغدانوف إن موسكو تدعم الحل.\nوبحسب الموقع "
            "الاخباري، أعلن بوغدانوف أنه سيتم عقد لقاء في الثالث من اغسطس المقبل.")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert all(q.speaker is None or q.speaker.label != "الموقع الاخباري" for q in quotes)
    assert said(quotes, "سيتم عقد لقاء في الثالث من اغسطس المقبل").speaker.label \
        == "ميخائيل بوغدانوف"


def test_a_study_speaks_for_who_conducted_it(article):
    # sample 46: «أكدت دراسة جديدة أجرتها وكالة القراءة في بريطانيا أن …» named the study,
    # where the text names who made it
    text = ("أكدت دراسة جديدة أجرتها وكالة القراءة في بريطانيا أن القراءة تقلل من خطر الإصابة "
            "بالاكتئاب.")
    assert speaker_label(article, text, "القراءة تقلل من خطر الإصابة بالاكتئاب") \
        == "وكالة القراءة في بريطانيا"


@pytest.mark.parametrize("text, words, label", [
    # sample 46: the Saudi health directorates («الشؤون الصحية») are a body
    ("وأوضحت الشؤون الصحية في منطقة مكة المكرمة أنه من المتوقع ارتفاع عدد الأسرة، مشيرة "
     "إلى أن إستراتيجيتها أخذت في الاعتبار واقع الخدمات.",
     "إستراتيجيتها أخذت في الاعتبار واقع الخدمات", "الشؤون الصحية في منطقة مكة المكرمة"),
    # a body's name, then the verb's object with its pronoun: the name ends there
    ("وأعلنت مجموعة يسارية متطرفة مسؤوليتها الاثنين عن الهجوم على القنصلية.",
     "مسؤوليتها الاثنين عن الهجوم على القنصلية", "مجموعة يسارية متطرفة"),
])
def test_a_health_directorate_and_a_body_before_its_object(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_verse_cited_by_name_is_gods_and_the_citer_goes_on(article):
    # sample 46: «مستشهداً بقول المولى عز وجل {…}، وقوله تعالى {…}، مؤكداً أن …»
    text = ("وقال الشيخ محمد العلي إن الإسلام دين العدل، مستشهداً بقول المولى عز وجل {إن الله "
            "يأمر بالعدل والإحسان}، وقوله تعالى {والفتنة أشد من القتل}، مؤكداً أن بيوت الله لها "
            "حرمة.")
    assert speaker_label(article, text, "إن الله يأمر بالعدل والإحسان") == "المولى عز وجل"
    assert speaker_label(article, text, "والفتنة أشد من القتل") == "الله تعالى"
    assert speaker_label(article, text, "بيوت الله لها حرمة") == "محمد العلي"


@pytest.mark.parametrize("text, words, label", [
    # sample 46: a cell (خلية) and an agency (الجهاز) are bodies
    ("أعلنت خلية الإعلام الحربي العراقية اليوم، مقتل العشرات من عناصر تنظيم داعش، مؤكدة "
     "تدمير عدة مخازن.", "تدمير عدة مخازن", "خلية الإعلام الحربي العراقية"),
    ("وأوضح الجهاز المركزي المصري للتعبئة العامة والإحصاء في تقرير له اليوم أن عدد السفن "
     "ارتفع.", "عدد السفن ارتفع", "الجهاز المركزي المصري للتعبئة العامة والإحصاء"),
])
def test_a_cell_and_an_agency_are_bodies(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_kana_a_title_and_a_name_no_list_knows_then_qad_qala(article):
    # sample 46: «وكان وزير الأمن الداخلي الأمريكي جيه جونسون قد قال … إن …» had no speaker,
    # though the same words right after «قال» have one
    text = ("وكان وزير الأمن الداخلي الأمريكي جيه جونسون قد قال في وقت سابق إن تدفق المهاجرين "
            "تباطأ.")
    assert speaker_label(article, text, "تدفق المهاجرين تباطأ") \
        == "وزير الأمن الداخلي الأمريكي جيه جونسون"


@pytest.mark.parametrize("text, words, label", [
    # «في ساعة مبكرة من صباح أمس» is when, not more of the body's name
    ("وكانت إدارة النادي الأهلي قد أعلنت في ساعة مبكرة من صباح أمس عن التعاقد مع النجم "
     "اليوناني.", "التعاقد مع النجم اليوناني", "إدارة النادي الأهلي"),
    ("وقال الجيش النيجيري في ساعة متأخرة إن القوات حررت الرهائن.", "القوات حررت الرهائن",
     "الجيش النيجيري"),
])
def test_an_hour_is_when_a_body_spoke(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, label", [
    # sample 47: a report named with its issuer in the genitive speaks for that body, and so
    # does «التقرير» after it
    ("وأشار تقرير منظمة أوبك إلى أن الطلب سيرتفع.\nوقال التقرير إن روسيا مركز استراتيجي.",
     "منظمة أوبك"),
    ("وأشار تقرير وزارة الصحة إلى أن الإصابات تراجعت.\nوقال التقرير إن الوضع مستقر تماما.",
     "وزارة الصحة"),
])
def test_a_report_of_a_body_named_in_construct_speaks_for_it(article, text, label):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert [q.speaker.label for q in quotes if q.kind == "statement"] == [label, label]


def test_who_accused_in_a_relative_clause_is_the_one_before_it(article):
    # sample 47: «نوري المالكي الذي اتهم المملكة العربية السعودية بدعم …» credited «المملكة»
    text = ("رفض الوزير تصريحات نائب الرئيس العراقي نوري المالكي الذي اتهم المملكة العربية "
            "السعودية بدعم ورعاية الإرهاب.")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert all(q.speaker is None or q.speaker.label != "المملكة" for q in quotes)
    assert any(q.speaker is not None and q.speaker.label == "نوري المالكي" for q in quotes)


def test_a_verb_after_a_title_is_no_name(article):
    # sample 47: «أن المدعي العام قدم طلب للمساعدة …» named the prosecutor «قدم طلب», and
    # «ورجح المدعي العام …» went to that name
    text = ("وأوضحت المتحدثة أن المدعي العام قدم طلب للمساعدة القانونية المتبادلة.\nورجح "
            "المدعي العام في حينه أن مدفوعات الفساد مرت من المصارف السويسرية.")
    assert speaker_label(article, text, "مدفوعات الفساد مرت من المصارف السويسرية") \
        == "المدعي العام"


def test_a_second_title_in_the_body_just_named_is_the_same_mans(article):
    # sample 47: «رئيس مجلس إدارة شركة ستاربكس ورئيسها التنفيذي هوارد شولتز … إن …» had no
    # speaker: «ورئيسها» (its chief) read as a second person
    text = ("وقال رئيس مجلس إدارة شركة ستاربكس ورئيسها التنفيذي هوارد شولتز في بيان صحفي إن "
            "الشركة خدمت 23 مليون زبون إضافي.")
    assert speaker_label(article, text, "الشركة خدمت 23 مليون زبون إضافي") == "هوارد شولتز"


def test_an_airline_is_a_body(article):
    # sample 47: «أعلن طيران ناس … عن إطلاق شراكة …» had no speaker
    text = "وقال طيران الإمارات إن الرحلات إلى المدينة مستمرة."
    assert speaker_label(article, text, "الرحلات إلى المدينة مستمرة") == "طيران الإمارات"


def test_a_name_no_list_knows_then_a_title_in_construct_then_inna(article):
    # sample 47: «وقال لوري والاش مدير منظمة … في واشنطن ان …» had no speaker
    text = "وقال لوري والاش مدير منظمة التجارة في واشنطن ان عدم التوصل الى اتفاق نبأ سار."
    assert speaker_label(article, text, "عدم التوصل الى اتفاق نبأ سار") == "لوري والاش"


@pytest.mark.parametrize("text, words, label", [
    # samples 46 and 48: «بدوره استعرض الدكتور اللويم …، وأشار إلى أن …» went to the man quoted
    # before; a verb of doing and its named subject, then و and a verb of saying, share him
    ("وأشار المستشار حجي النجيدي في ندوة شاركه فيها استشاري الطب النفسي الدكتور صالح "
     "اللويم، إلى أن العنف يتزايد.\nبدوره استعرض الدكتور اللويم بعض احصائيات ضحايا العنف في "
     "العالم، وأشار إلى ان السكوت على العنف جريمة.", "السكوت على العنف جريمة", "صالح اللويم"),
    ("وقال المستشار حجي النجيدي إن العنف يتزايد. واستقبل الأمير خالد الفيصل الوفد، وأكد أن "
     "المملكة تدعم الحوار.", "المملكة تدعم الحوار", "الأمير خالد الفيصل"),
])
def test_a_verb_of_doing_and_then_of_saying_share_their_named_subject(article, text, words,
                                                                       label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words, label", [
    # «نفسه»/«ذاته» after the subject (himself, the same one) is his, not the verb's object
    ("وأكد المصدر ذاته أن السوق متعطش جدا للعمالة.", "السوق متعطش جدا للعمالة", "المصدر"),
    ("وأكد الوزير نفسه أن السوق متعطش جدا للعمالة.", "السوق متعطش جدا للعمالة", "الوزير"),
    # sample 48: «وأكد المكاتب ذاتها بأن …» named «ذاتها»; no one is so named
    ("وأكد المكاتب ذاتها بأن السوق السعودي للعمالة المنزلية متعطش جدا.",
     "السوق السعودي للعمالة المنزلية متعطش جدا", None),
])
def test_himself_and_the_same_one_after_a_subject(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_statement_published_after_the_object_is_the_bodys(article):
    # sample 48: «كشفت جامعة تبوك عن ملابسات الوفاة في بيان نشرته …» then «وأضاف البيان أنه
    # "…"» named the document, where the text says who issued it
    text = ("من جانبها كشفت جامعة تبوك عن ملابسات وفاة المعلمة في بيان نشرته بموقع الجامعة "
            "الرسمي، وذكرت فيه أن الطالبة قبلت في تخصص الحاسب.\nوأضاف البيان أنه \"في يوم "
            "الأربعاء راجعت المتقدمة عمادة القبول والتسجيل\".")
    assert speaker_label(article, text, "في يوم الأربعاء راجعت المتقدمة عمادة القبول والتسجيل") \
        == "جامعة تبوك"


@pytest.mark.parametrize("text, words, label", [
    # sample 48: a cultural attaché's office (الملحقية) and a parliament (برلمان) are bodies
    ("أفادت الملحقية الثقافية في أستراليا وجود مشكلة في وصول بعض الإيميلات المرسلة.",
     "وجود مشكلة في وصول بعض الإيميلات المرسلة", "الملحقية الثقافية في أستراليا"),
    ('وقال برلمان إقليم كردستان في بيان "ندين بشدة هذه الهجمات ونطالب بوقفها فورا".',
     "ندين بشدة هذه الهجمات ونطالب بوقفها فورا", "برلمان إقليم كردستان"),
])
def test_an_attache_office_and_a_parliament_are_bodies(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words, label", [
    # sample 49: fans (جماهير) are a group, never the words of a name: «وخاطب مساعد الزويهري
    # جماهير الأهلي … بالقول: «…»» named the fans
    ("وخاطب مساعد الزويهري جماهير الأهلي عبر حسابه الشخصي بالقول: «رئاسة الأهلي فخر واعتزاز».",
     "رئاسة الأهلي فخر واعتزاز", "مساعد الزويهري"),
    # sample 49: a title's quoted genitive, then the person, then «بقوله:»
    ("كما تحدث رئيس مهرجان «جدة 36» الاستاذ محمد الساعد بقوله: «تسعى الغرفة التجارية بجدة "
     "للمساهمة في المهرجان».", "تسعى الغرفة التجارية بجدة للمساهمة في المهرجان", "محمد الساعد"),
])
def test_fans_are_no_name_and_a_person_after_a_quoted_genitive(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_accusations_denied_are_no_one(article):
    # sample 49: «لكنه نفى اتهامات بأنه يقود حملة …» named «اتهامات» as who spoke
    quotes = extract_all(article("خبر\n\nوانشق كونها عن حكومة روسيف لكنه نفى اتهامات بأنه يقود "
                                 "حملة في الكونغرس لتقويض سياسة التقشف.\n"))
    assert all(q.speaker is None or "اتهامات" not in q.speaker.label for q in quotes)


def test_statements_made_by_someone_then_in_which_he_claimed(article):
    # sample 49: «استنكرت الأمانة العامة … التصريحات التي أدلى بها … نوري المالكي … والتي ادعى
    # فيها بأن …» gave al-Maliki's claim to the body that condemned it
    text = ("استنكرت الأمانة العامة للمنظمة التصريحات التي أدلى بها نائب الرئيس العراقي نوري "
            "المالكي لإحدى محطات التلفزيون والتي ادعى فيها بأن المملكة راعية للإرهاب.")
    assert speaker_label(article, text, "المملكة راعية للإرهاب") == "نوري المالكي"


def test_an_officer_who_declined_to_be_named_and_taken_up_again(article):
    # sample 49: «وقال ضابط رفيع في الأنبار رفض الكشف عن هويته لوكالة … إن «…»» and «وأضاف
    # الضابط أن «…»» had no speaker (five statements)
    text = ("وقال ضابط رفيع في الأنبار رفض الكشف عن هويته لوكالة الأنباء الألمانية إن «الخطة "
            "العسكرية الاستراتيجية تم تغييرها بدعوة أميركية».\nوأضاف الضابط أن «التحالف الدولي "
            "نصح الجيش بتنفيذ المعركة على مراحل».")
    first = said(extract_all(article("خبر\n\n" + text + "\n")),
                 "الخطة العسكرية الاستراتيجية تم تغييرها بدعوة أميركية").speaker
    assert first is not None and first.type == "anonymous" and "ضابط" in first.label
    second = said(extract_all(article("خبر\n\n" + text + "\n")),
                  "التحالف الدولي نصح الجيش بتنفيذ المعركة على مراحل").speaker
    assert second is not None and second.type == "anonymous"


def test_the_attache_is_a_title(article):
    # sample 49: «وصف الملحق الثقافي السعودي بماليزيا الأستاذ الدكتور زايد … الأندية …» then
    # «وقال: «…»» had no speaker («الملحق» with its article was no title)
    text = ("وصف الملحق الثقافي السعودي بماليزيا الأستاذ الدكتور زايد بن عجير الحارثي الأندية "
            "الطلابية بأنها متميزة. وقال: «نحن فخورون بطلابنا».")
    assert speaker_label(article, text, "نحن فخورون بطلابنا") == "زايد بن عجير الحارثي"


def test_a_statement_for_its_issuer_goes_on_in_the_statements_gender(article):
    # sample 49: «وأكد البيان أن …، منوها إلى أن …» and «وأضاف أن …» (masculine, the statement)
    # had no speaker: the statement speaks for the authority (feminine), and the gender check
    # refused the verbs that agree with the statement
    text = ("وأوضحت الهيئة في بيان لها أن التحقيق بدأ. وأكد البيان أن التعاون مستمر، منوها إلى "
            "أن المسافرين أولوية. وأضاف أن الإجراءات ستتخذ.")
    assert speaker_label(article, text, "المسافرين أولوية") == "الهيئة"
    assert speaker_label(article, text, "الإجراءات ستتخذ") == "الهيئة"


@pytest.mark.parametrize("text, words, label", [
    # sample 50: «قائد قوة أمن المنشآت بمنطقة …» (a force's commander) named «أمن المنشآت»
    ("وأكد قائد قوة أمن المنشآت بمنطقة المدينة المنورة أن مثل هذه التفجيرات لن تثنينا.",
     "مثل هذه التفجيرات لن تثنينا", "قائد قوة أمن المنشآت بمنطقة المدينة المنورة"),
    # sample 50: «وبالعودة إلى السنيدي، قال إن …» went to the man quoted in between
    ("وقال المحلل أحمد السنيدي إن القطاع يتغير. وقال ناصر آل مغرم إن السوق يتحسن. وبالعودة "
     "إلى السنيدي، قال إن الشركات مطالبة بخفض التكاليف.", "الشركات مطالبة بخفض التكاليف",
     "أحمد السنيدي"),
])
def test_a_forces_commander_and_back_to_someone(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_the_traders_taken_up_again_are_the_unnamed_source(article):
    # sample 50: «قال تجار أوروبيون … وذكر التجار أن …» had no speaker for the second
    text = "قال تجار أوروبيون اليوم إن الأردن طرح مناقصة. وذكر التجار أن المناقصة طلبت شحن الكمية."
    speaker = said(extract_all(article("خبر\n\n" + text + "\n")),
                   "المناقصة طلبت شحن الكمية").speaker
    assert speaker is not None and speaker.type == "anonymous" and "التجار" in speaker.label


def test_a_title_then_a_name_no_list_knows_up_to_the_colon(article):
    # sample 50: «وقال مدير المبيعات والتسويق في كاديلاك الشرق الأوسط فيليكس ويلر: "…"» had
    # no speaker (the same words before إنّ had one)
    text = ('وقال مدير المبيعات والتسويق في كاديلاك الشرق الأوسط فيليكس ويلر: "تعتبر السعودية '
            'من أكبر الأسواق".')
    label = speaker_label(article, text, "تعتبر السعودية من أكبر الأسواق")
    assert label is not None and label.endswith("فيليكس ويلر")


@pytest.mark.parametrize("text, words, label", [
    # sample 51: «صاحب» opens an honorific only before one («صاحب السمو»); the owner of a shop
    # or a camel is «صاحب المحل»، «صاحب الناقة», not a man named «المحل»/«الناقة»
    ("وقال صاحب المحل إن المبيعات تراجعت كثيرا.", "المبيعات تراجعت كثيرا", "صاحب المحل"),
    ("وقال صاحب السمو الملكي الأمير خالد الفيصل إن المنطقة آمنة.", "المنطقة آمنة",
     "الأمير خالد الفيصل"),
])
def test_the_owner_of_is_a_title_not_an_honorific(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words, label", [
    # sample 51: a man of letters, a novelist, a critic are titles («الأديب والكاتب …»)
    ('يؤيد الأديب والكاتب علي فايع الألمعي ما ذهب إليه سابقوه في الحديث إلى "الوطن"، وقال '
     '"لا أحد ينكر هذا التراجع".', "لا أحد ينكر هذا التراجع", "علي فايع الألمعي"),
    ("وقال الأديب محمد العلي إن الرواية بخير.", "الرواية بخير", "محمد العلي"),
])
def test_men_of_letters_are_titled(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words, label", [
    # sample 52: «الذي» agrees with the man, not with the body he heads
    ("حصل اللاعب على العرض الأعلى من قبل إدارة الرائد برئاسة عبداللطيف الخضير الذي ذكر مرارا "
     "وتكرارا بأنه لا يمانع من بيعه.", "لا يمانع من بيعه", None),
    # sample 52: «مرة ثانية» (a second time) is no one
    ("وكانت ريما طلبت من ضيفها عدم إضاعة الوقت، لكنه لم يتجاوب معها، فعادت وردت مرة ثانية "
     "بأنها سيدة البرنامج وليس هو.", None, None),
    # a guest is a title
    ("وقال الضيف إن البرنامج ممتع جدا.", "البرنامج ممتع جدا", "الضيف"),
])
def test_who_heads_a_body_a_second_time_and_a_guest(article, text, words, label):
    if words is None:
        quotes = extract_all(article("خبر\n\n" + text + "\n"))
        assert all(q.speaker is None or "مرة" not in q.speaker.label for q in quotes)
        return
    assert speaker_label(article, text, words) == label


def test_a_journal_is_a_body(article):
    # sample 52: «قالت دورية (لانسيت) الطبية إن …» had no speaker
    text = "قالت دورية (لانسيت) الطبية إن اللوائح الخاصة بوشم الجلد تميل للتساهل."
    assert speaker_label(article, text, "اللوائح الخاصة بوشم الجلد تميل للتساهل") \
        == "دورية (لانسيت) الطبية"


def test_congratulated_is_no_word_of_a_name(article):
    # sample 53: «إن أمير الكويت هنأ ظريف …» named the foreign minister «هنأ ظريف» all through
    # the article (ten statements)
    text = ("وقالت الوكالة إن أمير الكويت هنأ ظريف لمناسبة التوصل إلى الاتفاق النووي.\nوقال "
            "وزير الخارجية الإيراني محمد جواد ظريف إن الاتفاق مهم للمنطقة.\nوأضاف ظريف أن "
            "التعاون ضروري.")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert all(q.speaker is None or "هنأ" not in q.speaker.label for q in quotes)
    assert said(quotes, "التعاون ضروري").speaker.label == "محمد جواد ظريف"


def test_a_calls_words_are_the_callers_not_the_receivers(article):
    quotes = extract_all(article(
        "خبر\n\nتلقى صاحب السمو الملكي الأمير محمد بن نايف اتصالاً هاتفياً امس من صاحب السمو "
        "الملكي الأمير سلمان بن حمد آل خليفة، ولي العهد بمملكة البحرين، أعرب خلاله عن إدانته "
        "للتفجير. وأعرب سموه عن عزائه لأسر الشهداء، سائلاً الله أن يتغمدهم بواسع رحمته.\n"
        "كما تلقى الأمير محمد بن نايف اتصالاً هاتفياً امس من الفريق الركن الشيخ راشد بن عبدالله "
        "آل خليفة وزير الداخلية بمملكة البحرين، أعرب فيه عن إدانته للتفجير. وعبر عن عزائه، "
        "سائلاً الله أن يمن على المصابين بالشفاء العاجل.\n"))
    assert said(quotes, "يتغمدهم بواسع رحمته").speaker.label == "الأمير سلمان بن حمد آل خليفة"
    assert said(quotes, "يمن على المصابين بالشفاء العاجل").speaker.label == "راشد بن عبدالله آل خليفة"


def test_a_person_a_relative_pronoun_names_goes_on_speaking(article):
    quotes = extract_all(article(
        "خبر\n\nزار المحافظ إبراهيم بن عبدالله البريكان المستشفى. وكان في استقباله مدير "
        "المستشفى الدكتور عبدالله بن إبراهيم الموسى الذي أعرب عن شكره للمحافظ، مؤكدا أن "
        "المستشفى يقدم كافة الجهود للمصابين.\n"))
    assert said(quotes, "المستشفى يقدم كافة الجهود للمصابين").speaker.label == "عبدالله بن إبراهيم الموسى"


def test_a_title_and_a_name_no_list_knows_said_it_to_an_outlet(article):
    quotes = extract_all(article(
        "خبر\n\nوقال رئيس الشبكة بليغ التميمي لـ«الشرق الأوسط» إن «أكثر السكان يعانون». "
        "وأضاف: «نخشى وقوع كارثة صحية».\n"
        "وأكد مدير المستشفى بليغ الزاهد للصحفيين أن الوضع مستقر.\n"))
    assert said(quotes, "أكثر السكان يعانون").speaker.label == "رئيس الشبكة بليغ التميمي"
    assert said(quotes, "نخشى وقوع كارثة صحية").speaker.label == "رئيس الشبكة بليغ التميمي"
    assert said(quotes, "الوضع مستقر").speaker.label == "مدير المستشفى بليغ الزاهد"


def test_inside_a_place_ends_a_name_before_the_colon(article):
    quotes = extract_all(article(
        "خبر\n\nويعمل ألكسندر مع السيناتور باتي موراي على صياغة مشروع القانون.\n"
        "في هذا الصدد، قالت موراي داخل مجلس الشيوخ هذا الأسبوع: «دعونا نتذكر أن المحاسبة "
        "ستنجح».\n"))
    assert said(quotes, "دعونا نتذكر أن المحاسبة ستنجح").speaker.label == "موراي"


def test_a_speakers_age_in_brackets_before_the_quotation(article):
    quotes = extract_all(article(
        "خبر\n\nوصرح روسل خانداكر (20 عاما) \"بقينا في الظلام 68 عاما\".\n"))
    assert said(quotes, "بقينا في الظلام 68 عاما").speaker.label == "روسل خانداكر"


def test_a_fathers_name_shaped_like_a_title_is_part_of_the_name(article):
    quotes = extract_all(article(
        "خبر\n\nوقال فؤاد قائد أحمد، أحد عناصر المقاومة لـ«الشرق الأوسط»، إن «المقاومة "
        "استطاعت السيطرة على المرتفعات».\n"))
    assert said(quotes, "المقاومة استطاعت السيطرة على المرتفعات").speaker.label == "فؤاد قائد أحمد"


def test_a_superlative_aside_describes_the_body_before_it_not_what_was_said(article):
    quotes = extract_all(article(
        "خبر\n\nمن جهتها، قالت ليلي إسكلسين غارسيا، رئيسة الاتحاد الوطني للتعليم، أكبر اتحاد "
        "للمعلمين على مستوى البلاد، معلقة على مشروع القانون: «إنها قفزة كبرى».\n"))
    assert said(quotes, "إنها قفزة كبرى").speaker.label == "ليلي إسكلسين غارسيا"


def test_a_verbal_noun_without_its_tanween_is_no_name_after_a_title(article):
    quotes = extract_all(article("خبر\n\nوقدم الوزير شرحا للمعالجة، وقال إن الإجراءات نجحت.\n"))
    assert said(quotes, "الإجراءات نجحت").speaker.label == "الوزير"


def test_a_verb_of_saying_joined_by_fa_goes_on_with_its_sentences_subject(article):
    quotes = extract_all(article(
        "خبر\n\nوقدّم رئيس الحكومة شرحًا لما آلت إليه المعالجة في ملف النفايات، فقال «لقد "
        "تمكنا من اتخاذ بعض الإجراءات».\n"))
    assert said(quotes, "لقد تمكنا من اتخاذ بعض الإجراءات").speaker.label == "رئيس الحكومة"


def test_a_clause_that_names_its_speaker_is_theirs_though_a_site_passed_it_on(article):
    quotes = extract_all(article(
        "خبر\n\nوبحسب المعلومات الواردة من القصر الرئاسي، فإنّ الرئيس أردوغان أبلغ نظيره "
        "الإيراني باستحالة إحلال الأمن في سوريا، بحسب موقع ترك برس الاخباري التركي.\n"))
    found = [q for q in quotes if "باستحالة" in q.text]
    assert found and found[0].speaker.label == "أردوغان"


def test_what_confirms_something_names_no_speaker_after_the_verb(article):
    quotes = extract_all(article(
        "خبر\n\nمن جانبه، أوضح الدكتور مزار باهبري، أن انتشار الجرب دليل على الإهمال، ولكن ما "
        "يؤكد سبب الانتشار في المستشفى أن الممارسين مفتقرين لأساليب الوقاية.\n"))
    assert all(q.speaker is None or "سبب" not in q.speaker.label for q in quotes)
    found = [q for q in quotes if "مفتقرين" in q.text]
    assert found and found[0].speaker.label == "مزار باهبري"


def test_whoever_agrees_with_the_last_speaker_is_someone_else(article):
    quotes = extract_all(article(
        "خبر\n\nوقالت هاجر محمد إن المسرح مطلوب.\n"
        "ووافقتها الرأي أم خالد -موظفة- مؤكدةً على أن المسرح يغني عن السفر.\n"
        "واتفقت معها والدتها قائلةً: وجود المسرح العائلي لا يلغي المسرح النسائي.\n"))
    assert said(quotes, "المسرح يغني عن السفر").speaker.label == "أم خالد"
    found = [q for q in quotes if "لا يلغي" in q.text]
    assert found and found[0].speaker is None     # her mother, named only as «والدتها»


def test_on_his_side_between_the_verb_and_its_subject(article):
    quotes = extract_all(article(
        "خبر\n\nوقال الدكتور فهد الخرازعي إن العملية نجحت.\nوأوضح من جهته مساعد مدير "
        "المستشفى للخدمات الطبية الدكتور علي الغامدي، أنه تمت إحالة المريض للعناية المركزة.\n"))
    assert said(quotes, "تمت إحالة المريض للعناية المركزة").speaker.label == "علي الغامدي"


def test_a_word_after_a_comma_is_no_subject_of_the_verb_before_it(article):
    quotes = extract_all(article(
        "خبر\n\nوقال المسؤول إن سد كوكب يقع بين بلدتي نافعة وعين ذكر، وتكمن أهميته في كونه "
        "طريق الإمداد الوحيد للتنظيم.\n"))
    assert all(q.speaker is None or "تكمن" not in q.speaker.label for q in quotes)


def test_what_an_agency_announced_runs_through_a_relative_clauses_verb(article):
    quotes = extract_all(article(
        "خبر\n\nجمدت تركيا رسميا أموال الرئيس اليمني المخلوع التزاما بالعقوبات التي أقرتها "
        "الأمم المتحدة، وفق ما أعلنته وكالة الأناضول للأنباء الرسمية أمس.\n"))
    statements = [q for q in quotes if q.kind == "statement"]
    assert len(statements) == 1
    assert statements[0].text.startswith("جمدت تركيا")
    assert statements[0].speaker.label == "وكالة الأناضول للأنباء الرسمية"


def test_one_media_outlet_unnamed_is_an_anonymous_source(article):
    quotes = extract_all(article(
        "خبر\n\nونقلت وكالة الأنباء أن امرأة حامل نقلت إلى المستشفى، وأوردت وسيلة إعلام عامة "
        "أن العديد من الرجال كانوا يعانون، لافتة إلى أن الركاب أحدثوا ثقوبا في الشاحنة.\n"))
    found = said(quotes, "الركاب أحدثوا ثقوبا في الشاحنة")
    assert found.speaker.label == "وسيلة إعلام عامة" and found.speaker.type == "anonymous"


def test_a_family_name_with_its_particle_right_before_a_quotation(article):
    quotes = extract_all(article(
        "خبر\n\nوقال المدرب لويس فان جال إن الفريق جاهز.\n"
        "وقال فان جال \"سيرجيو حارس موهوب للغاية\".\n"))
    assert said(quotes, "سيرجيو حارس موهوب للغاية").speaker.label == "لويس فان جال"


def test_a_given_name_and_family_name_after_qala_speak_past_words_about_him(article):
    quotes = extract_all(article(
        "خبر\n\nفي غضون ذلك، قال ناصر العجي طالب، أحد أبرز مشايخ قبيلة مراد والقائد العام "
        "لمطارح مأهلية في مأرب، في تصريح لـ«الشرق الأوسط» إن «الميليشيات انقلبت على الشرعية».\n"))
    assert said(quotes, "الميليشيات انقلبت على الشرعية").speaker.label == "ناصر العجي"


def test_an_unnamed_source_who_declined_to_be_named_before_a_colon(article):
    quotes = extract_all(article(
        "خبر\n\nفيما قال أحد العاملين في المطار رافضا ذكر اسمه: «منذ الثلاثاء ونحن نعاني».\n"))
    found = said(quotes, "منذ الثلاثاء ونحن نعاني")
    assert found.speaker.label == "أحد العاملين في المطار" and found.speaker.type == "anonymous"


def test_a_family_name_with_al_alone_after_a_title(article):
    quotes = extract_all(article(
        "خبر\n\nوقال الدكتور عبدالرحمن آل إبراهيم إن المياه متوفرة.\n"
        "وأوضح الدكتور آل إبراهيم أن المؤسسة تقوم بنقل المياه.\n"
        "ووصف الدكتور آل إبراهيم حادث التفجير بأنه عمل إجرامي.\n"))
    assert said(quotes, "المؤسسة تقوم بنقل المياه").speaker.label == "عبدالرحمن آل إبراهيم"
    assert all(q.speaker is None or "حادث" not in q.speaker.label for q in quotes)


def test_an_adverb_in_the_accusative_is_no_name(article):
    quotes = extract_all(article(
        "خبر\n\nالجانب السياسي في شخصية الشيخ الشعراوي لم يظهر كثيرا؛ لطغيان الجانب العلمي، "
        "فقد رأى أن إقصاء الآخرين لا ينسجم مع الواقع.\n"))
    assert all(q.speaker is None or q.speaker.label != "كثيرا" for q in quotes)


def test_a_family_name_alsayyid_and_a_place_named_after_a_prince(article):
    quotes = extract_all(article(
        "خبر\n\nحيث أوضح وكيل الأمين المهندس عدنان السيد أن المشروع يأتي ضمن الخطة.\n"
        "وفي السياق ذاته، بين السيد أنه تم البدء في ربط طرق الخدمة بجسر السلام، مخطط الأمير "
        "تركي، طريق سهل بن أبي حثمة، موضحاً أنه يجري التجهيز لبدء الأعمال.\n"))
    assert said(quotes, "المشروع يأتي ضمن الخطة").speaker.label == "عدنان السيد"
    assert said(quotes, "يجري التجهيز لبدء الأعمال").speaker.label == "عدنان السيد"


def test_whom_a_source_accused_is_not_who_speaks_next(article):
    quotes = extract_all(article(
        "خبر\n\nوقال مصدر أمني إسرائيلي رفيع إن الهدم قانوني، واتهم وزراء إسرائيليين «بنشر دعاية "
        "كاذبة» حول الظروف القضائية. وقال: إن «وسائل الإعلام حوّلت البنايتين إلى جبل الهيكل».\n"))
    assert said(quotes, "وسائل الإعلام حوّلت البنايتين إلى جبل الهيكل").speaker.label \
        == "مصدر أمني إسرائيلي رفيع"
    assert all(q.speaker is None or "وزراء" not in q.speaker.label for q in quotes)


def test_on_his_side_with_wa_and_no_comma_opens_a_new_speaker(article):
    quotes = extract_all(article(
        "خبر\n\nوقال محمود الشريف إن الحادث إرهابي.\nومن جانبه استنكر ناجي الشهابي رئيس حزب "
        "الجيل الحادث الإرهابي؛ مؤكداً أن المملكة قادرة على القضاء على الإرهاب.\n"))
    assert said(quotes, "المملكة قادرة على القضاء على الإرهاب").speaker.label == "ناجي الشهابي"


def test_condolences_end_a_title_and_are_no_name(article):
    quotes = extract_all(article(
        "أمير نجران: الإرهابيون شرذمة بغيضة\n\nرفع صاحب السمو الأمير جلوي بن عبدالعزيز بن مساعد، "
        "أمير منطقة نجران التعازي والمواساة لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز "
        "آل سعود، سائلًا المولى أن يتقبل الشهداء.\nونوّه أمير منطقة نجران بالملاحم الوطنية التي "
        "تجلت فور وقوع الحادثة، حين أثبت المواطنون أنهم يد واحدة ضد الإرهاب.\n"))
    assert said(quotes, "الإرهابيون شرذمة بغيضة").speaker.label \
        == "الأمير جلوي بن عبدالعزيز بن مساعد"
    assert said(quotes, "يد واحدة ضد الإرهاب").speaker.label == "الأمير جلوي بن عبدالعزيز بن مساعد"
    assert all(q.speaker is None or "التعازي" not in q.speaker.label for q in quotes)


def test_some_of_those_who_shared_a_clip_are_an_unnamed_group(article):
    quotes = extract_all(article(
        "خبر\n\nوأوضح عدد من متداولي المقطع أن الهواة خرجوا لمشاهدة الأمطار، لافتين إلى أن "
        "خروج المواطنين يعرضهم للخطر.\n"))
    found = said(quotes, "خروج المواطنين يعرضهم للخطر")
    assert found.speaker.label == "عدد من متداولي المقطع" and found.speaker.type == "anonymous"


def test_an_agency_passes_on_what_a_named_researcher_says(article):
    quotes = extract_all(article(
        "خبر\n\nوبحسب \"الفرنسية\"، فإن سيباستيان ابيس الباحث في مؤسسة العلاقات الدولية يعتبر "
        "أن القمح عنصر مهمل.\nوأضاف أنه \"يسعدنا بيع طائرات رافال\".\n"))
    assert said(quotes, "يسعدنا بيع طائرات رافال").speaker.label == "سيباستيان ابيس"
    found = [q for q in quotes if "القمح عنصر مهمل" in q.text]
    assert found and found[0].speaker.label == "سيباستيان ابيس"


def test_a_clause_opened_by_while_is_no_verbs_object(article):
    quotes = extract_all(article(
        "خبر\n\nأعرب جناح من المسلحين رفضه الهدنة التي أعلنها التحالف العربي بقيادة السعودية، "
        "بينما قال جناح آخر إنه لم يبلغ بقرار الهدنة.\n"))
    assert all(q.speaker is None or "التحالف" not in q.speaker.label for q in quotes)
    assert said(quotes, "لم يبلغ بقرار الهدنة").speaker is None


def test_the_official_spokesman_for_a_body_is_no_man_named_basim(article):
    quotes = extract_all(article(
        "خبر\n\nونفى المتحدث الرسمي باسم ميليشيا الحوثي، محمد عبد السلام على صفحته أمس ما نقل "
        "عن زعيمهم بشأن رفضه الهدنة.\n"))
    found = [q for q in quotes if "رفضه الهدنة" in q.text]
    assert found and found[0].speaker.label == "محمد عبد السلام"


def test_a_plural_of_belonging_after_a_name_is_whom_he_addressed(article):
    quotes = extract_all(article(
        "خبر\n\nدعا قائد الجيش اللبناني العماد جان قهوجي العسكريين، بمناسبة الذكرى السبعين، "
        "ليكونوا على أتم الاستعداد، مشددا على أن العسكريين المختطفين أمانة في أعناقنا.\n"
        "واعتبر قهوجي في «أمر اليوم» أن الجيش اللبناني بلغ مستوى الجيوش الكبرى.\n"))
    assert said(quotes, "العسكريين المختطفين أمانة في أعناقنا").speaker.label == "جان قهوجي"
    found = [q for q in quotes if "مستوى الجيوش الكبرى" in q.text]
    assert found and found[0].speaker.label == "جان قهوجي"


def test_the_outlet_he_spoke_to_is_not_part_of_his_name(article):
    # "للصحيفة"، "للقناة"، "للموقع": the paper, channel or site the article already named
    quotes = extract_all(article(
        "خبر\n\nمن جانبه، قال ماركوس بيكيدال للصحيفة إن هذه التبرعات أمنتنا.\n"
        "وقال شاهد من سكان الحي للقناة \"اعتقدت أن الطائرة تحلق على علو منخفض\".\n"))
    assert said(quotes, "هذه التبرعات أمنتنا").speaker.label == "ماركوس بيكيدال"
    assert said(quotes, "اعتقدت أن الطائرة تحلق على علو منخفض").speaker.label == "شاهد من سكان الحي"


def test_a_title_made_definite_by_a_known_country_takes_the_name_after_it(article):
    # "وزير خارجية الإمارات": a construct chain ending in a country is definite, like
    # "وزير الخارجية"; the name after it is the minister's
    quotes = extract_all(article(
        "خبر\n\nوقال وزير خارجية الإمارات سمو الشيخ عبدالله بن زايد آل نهيان إن هذه الجريمة "
        "تمثل تصعيداً خطيراً.\nوقال وزير إعلام جنوب السودان مايكل مكواي: \"لا صحة لما أشيع\".\n"))
    assert said(quotes, "هذه الجريمة تمثل تصعيداً خطيراً").speaker.label \
        == "الشيخ عبدالله بن زايد آل نهيان"
    assert said(quotes, "لا صحة لما أشيع").speaker.label == "مايكل مكواي"


def test_who_he_is_between_commas_then_when_he_spoke_before_his_words(article):
    quotes = extract_all(article(
        "خبر\n\nوقال الملا أختر منصور، خليفة الملا عمر، بعد تسلمه زعامة الحركة: «علينا أن "
        "نعمل للحفاظ على وحدتنا».\n"))
    assert said(quotes, "علينا أن نعمل للحفاظ على وحدتنا").speaker.label == "أختر منصور"


def test_words_opened_by_a_mark_glued_to_the_name_are_his(article):
    quotes = extract_all(article(
        "خبر\n\nوقال المتحدث الرسمي باسم مركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت "
        "الصباغ\" إن وصول الطائرة الثانية يأتي ضمن برنامج خصصه المركز\"، وأشار إلى أن هناك "
        "طائرات ستصل وفق برنامج زمني محدد.\n"))
    assert said(quotes, "إن وصول الطائرة الثانية يأتي ضمن برنامج خصصه المركز").speaker.label \
        == "رأفت الصباغ"
    assert said(quotes, "هناك طائرات ستصل وفق برنامج زمني محدد").speaker.label == "رأفت الصباغ"


def test_a_describing_word_and_his_nationality_before_the_name(article):
    quotes = extract_all(article(
        "خبر\n\nوهنا أوضح الجيولوجي السعودي صالح الصبحي: أن اكتشاف أجزاء الفيل كان سبقا أثريا.\n"
        "ومن جانبه، انتقد السياسي الاشتراكي باتريك مينو إدارة مارسيليا، مشددا على ضرورة بيع "
        "النادي.\n"
        "بينما الحيازات الزراعية ذات النشاط السمكي أظهرت أن مكة المكرمة هي الأعلى.\n"))
    assert said(quotes, "اكتشاف أجزاء الفيل كان سبقا أثريا").speaker.label == "صالح الصبحي"
    found = [q for q in quotes if "بيع النادي" in q.text]
    assert found and found[0].speaker.label == "باتريك مينو"
    # "ذات" (having) is no name, and no nationality makes it one
    assert said(quotes, "مكة المكرمة هي الأعلى").speaker is None


def test_how_he_felt_saying_it_is_no_part_of_his_name(article):
    quotes = extract_all(article(
        "خبر\n\nويقول المحاسب الخمسيني ماجد عمران بغضب: «هناك فوضى عارمة في شكل الدوري».\n"))
    assert said(quotes, "هناك فوضى عارمة في شكل الدوري").speaker.label == "ماجد عمران"


def test_a_rank_after_a_regions_name_opens_the_speakers_name(article):
    # "بمنطقة نجران المقدم …": نجران names the region, so المقدم is his rank (after a noun in
    # construct, "مدرب الفريق", a rank word is the team's genitive)
    quotes = extract_all(article(
        "خبر\n\nصرح المتحدث الإعلامي للدفاع المدني بمنطقة نجران المقدم علي بن عمير الشهراني أن "
        "رجال الدفاع المدني باشروا بلاغاً. وكشف الشهراني عن أنه تم نقل المصاب إلى المستشفى.\n"))
    assert said(quotes, "رجال الدفاع المدني باشروا بلاغاً").speaker.label == "علي بن عمير الشهراني"
    assert said(quotes, "تم نقل المصاب إلى المستشفى").speaker.label == "علي بن عمير الشهراني"


def test_a_clan_with_al_then_the_tribe_is_one_name_and_the_clan_calls_him(article):
    quotes = extract_all(article(
        "آل خرصان: دماؤنا رخيصة لأجل الوطن\n\n"
        "وقال المقدم علي بن عمير آل حرمان الشهراني إن المركز تلقى بلاغا. وأضاف الشهراني أن "
        "الحالة مستقرة.\n"
        "شدد الجندي أول يحيى سعيد منصور آل خرصان الوادعي على أنه فداء للوطن، وقال «نحن "
        "مستعدون للدفاع عن هذا الوطن».\n"))
    assert said(quotes, "المركز تلقى بلاغا").speaker.label == "علي بن عمير آل حرمان الشهراني"
    assert said(quotes, "الحالة مستقرة").speaker.label == "علي بن عمير آل حرمان الشهراني"
    assert said(quotes, "دماؤنا رخيصة لأجل الوطن").speaker.label \
        == "يحيى سعيد منصور آل خرصان الوادعي"


def test_a_family_with_al_and_a_compound_name_and_the_family_alone_later(article):
    quotes = extract_all(article(
        "خبر\n\nوأوضح مدير مهرجان أبها للتسوق إبراهيم آل جار الله، أن المهرجان يحظى بمشاركة "
        "واسعة.\nوذكر آل جار الله، أنه تم تجديد رعاية شركة الاتصالات.\n"))
    assert said(quotes, "المهرجان يحظى بمشاركة واسعة").speaker.label == "إبراهيم آل جار الله"
    assert said(quotes, "تم تجديد رعاية شركة الاتصالات").speaker.label == "إبراهيم آل جار الله"


def test_he_made_a_statement_in_which_he_said(article):
    quotes = extract_all(article(
        "خبر\n\nوفي نهاية الجولة أدلى الأمير عبدالعزيز بن سعد بتصريح قال فيه: إن ما شاهدناه "
        "اليوم يمثل منهجية هذه الدولة.\nوأصدر الأمير فيصل بن خالد بيانا قال فيه إن الحملة "
        "مستمرة.\n"))
    assert said(quotes, "ما شاهدناه اليوم يمثل منهجية هذه الدولة").speaker.label \
        == "الأمير عبدالعزيز بن سعد"
    # what he issued is no word of his name
    assert said(quotes, "الحملة مستمرة").speaker.label == "الأمير فيصل بن خالد"


def test_a_quotation_after_a_definite_title_is_what_he_said_not_his_name(article):
    quotes = extract_all(article(
        "خبر\n\nوأضاف المتحدث \"سنبحث مع السلطات اليونانية ومع شركائنا الأوروبيين توقيت وطرق "
        "المناقشات\".\n"))
    spoke = said(quotes, "سنبحث مع السلطات اليونانية ومع شركائنا الأوروبيين توقيت وطرق المناقشات")
    assert spoke.speaker is None or "سنبحث" not in spoke.speaker.label
    assert spoke.speaker is not None and spoke.speaker.label == "المتحدث"


def test_an_unread_subject_before_a_colon_and_inna_is_nobodys_not_the_last_speakers(article):
    # "وقال X: إن …": the clause is found whatever X is; when X does not parse, no one is
    # sure, and the participles after it are not the previous paragraph's speaker's
    quotes = extract_all(article(
        "خبر\n\nوقال عثمان الغامدي إن الأسعار تبدأ من 13 ألف ريال.\n"
        "وقال بلبل القرية العجوز: إن القصر محجوز من بدء الإجازة الصيفية مشيرًا إلى أن أغلب "
        "الحجوزات تمت.\n"
        "وقال أحد ملاك القصور في الباحة: إن القاعات محجوزة حتى العيد.\n"
        "وقال المتحدث باسم مدينة الملاهي ياكوب فال: إن الظاهرة بدأت الشتاء الماضي.\n"))
    assert said(quotes, "القصر محجوز من بدء الإجازة الصيفية").speaker is None
    assert said(quotes, "أغلب الحجوزات تمت").speaker is None
    assert said(quotes, "القاعات محجوزة حتى العيد").speaker.label == "أحد ملاك القصور في الباحة"
    assert said(quotes, "الظاهرة بدأت الشتاء الماضي").speaker.label == "المتحدث باسم مدينة الملاهي"


def test_a_plural_adjective_after_a_plural_of_people_goes_on_with_it(article):
    quotes = extract_all(article(
        "خبر\n\nوفي نفس السياق أكد المشرف على الطلاب المنتظمين في دورة الصفوة أسامة أحمد المهداوي "
        "أن هناك اهتماما كبيرا بين أوساط المجتمع.\n"
        "وأشار الخبراء السياسيون إلى أن العمل توقف مؤقتا.\n"))
    assert said(quotes, "هناك اهتماما كبيرا بين أوساط المجتمع").speaker.label \
        == "أسامة أحمد المهداوي"
    assert said(quotes, "العمل توقف مؤقتا").speaker.label == "الخبراء السياسيون"


def test_a_womans_title_after_a_masculine_verb_is_its_object(article):
    quotes = extract_all(article(
        "خبر\n\nوقال فرانسيسكو لوبيز - جيمينز البروفسور بكلية الطب في مينيسوتا، والذي كتب مقدمة "
        "الدراسة، إن «الوقوف في العمل لأربع ساعات مفيد».\n"
        "وقالت مقدمة البرنامج إن الحلقة القادمة ستكون عن الصحة.\n"))
    spoken = said(quotes, "الوقوف في العمل لأربع ساعات مفيد")
    assert spoken.speaker is None or "مقدمة" not in spoken.speaker.label
    assert said(quotes, "الحلقة القادمة ستكون عن الصحة").speaker.label == "مقدمة البرنامج"


def test_reassurances_he_conveyed_are_no_name(article):
    quotes = extract_all(article(
        "خبر\n\nوقال خميس الجهيناوي إنه زار الجزائر، والتقى الرئيس الجزائري، وأبلغهم تطمينات "
        "رئيس الجمهورية التونسي عن «استحالة وجود أي مخطط تونسي»، موضحا أن «تونس رفضت دوما كل "
        "المقترحات».\n"))
    first = said(quotes, "استحالة وجود أي مخطط تونسي").speaker
    assert first is None or first.label == "خميس الجهيناوي"
    assert said(quotes, "تونس رفضت دوما كل المقترحات").speaker.label == "خميس الجهيناوي"


def test_a_relative_clauses_verb_names_no_speaker_for_the_according_clause(article):
    quotes = extract_all(article(
        "خبر\n\nوبحسب باريس، فإن ملف الإرهاب ومحاربته يشكل «الأولوية المطلقة» لموسكو التي ترى "
        "أن الإبقاء على الرئيس بشار الأسد «ركن أساسي من أركان محاربة الإرهاب».\n"))
    found = [q for q in quotes if q.text.startswith("ملف الإرهاب ومحاربته")]
    assert found and found[0].speaker.label == "باريس"
    assert all(q.speaker is None or "ملف" not in q.speaker.label for q in quotes)


def test_an_unnamed_source_opens_the_sentence_and_its_and_stressed_goes_on_with_it(article):
    quotes = extract_all(article(
        "خبر\n\nلكن مصادر رسمية جزائرية في السفارة فندت هذه «الإشاعات»، وأكدت أن السفير "
        "الجزائري وطاقمه يتابعون عملهم.\n"))
    assert said(quotes, "السفير الجزائري وطاقمه يتابعون عملهم").speaker.label \
        == "مصادر رسمية جزائرية في السفارة"


def test_the_sons_of_someone_are_a_collective_source(article):
    quotes = extract_all(article(
        "خبر\n\nوعبر أبناء \"الحرفي\" عن شكرهم وتقديرهم للأمير سلطان بن سلمان على هذه المبادرة، "
        "مؤكدين أن هذا الموقف واحد من اللمحات الإنسانية المتعددة له.\n"))
    assert said(quotes, "هذا الموقف واحد من اللمحات الإنسانية المتعددة له").speaker.label \
        == 'أبناء "الحرفي"'


def test_who_disclosed_it_to_the_paper_after_this(article):
    quotes = extract_all(article(
        "خبر\n\nكشف ذلك لـ«اليوم» مدير عام فرع وزارة الإسكان بالمنطقة الشرقية الدكتور شاهر "
        "السهلي، وقال: «الوزارة تعمل على حل مشكلة الاعتراضات».\n"))
    assert said(quotes, "الوزارة تعمل على حل مشكلة الاعتراضات").speaker.label == "شاهر السهلي"


def test_a_document_speaks_for_whoever_the_text_says_issued_it(article):
    quotes = extract_all(article(
        "خبر\n\nأصدرت وزارة الداخلية أمس بيانا بشأن تنفيذ حكم القتل قصاصا. وقال البيان إن "
        "المواطن ساير الرشيدي أقدم على قتل شقيقين.\n"
        "أصدر المهندس إبراهيم محلب رئيس الوزراء المصري قراراً بمد حالة الطوارئ. كما نصَّ القرار "
        "على أن يعاقب بالسجن كل من يخالف الأوامر.\n"
        "وأظهرت دراسة أجراها معهد ماساتشوستس للتكنولوجيا أن النوم مهم. وأشارت الدراسة إلى أن "
        "قلة النوم تضر بالقلب.\n"))
    assert said(quotes, "المواطن ساير الرشيدي أقدم على قتل شقيقين").speaker.label == "وزارة الداخلية"
    assert said(quotes, "يعاقب بالسجن كل من يخالف الأوامر").speaker.label == "إبراهيم محلب"
    assert said(quotes, "قلة النوم تضر بالقلب").speaker.label == "معهد ماساتشوستس للتكنولوجيا"


def test_a_feminine_past_verb_after_a_title_is_no_name(article):
    quotes = extract_all(article(
        "خبر\n\nحين قالت المعلمة أنها “إما أن تموت من الحسرة وإما أن تموت مظلومة”.\n"
        "وأصدرت جامعة تبوك بيانا قالت فيه إن وفاة المعلمة لا علاقة لها بالقبول، مبينة أن "
        "المعلمة تعرضت للإغماء أثناء انتظارها لزوجها.\n"))
    assert all(q.speaker is None or "تعرضت" not in q.speaker.label for q in quotes)
    assert said(quotes, "إما أن تموت من الحسرة وإما أن تموت مظلومة").speaker.label == "المعلمة"


def test_a_demonstrative_spelt_with_its_long_vowel_is_no_name(article):
    quotes = extract_all(article(
        "خبر\n\nوقد أكدت ذالك والدتها وأفادت بأن توقف التنفس قد حدث قبل نصف ساعة في منزلها.\n"))
    assert all(q.speaker is None or "ذالك" not in q.speaker.label for q in quotes)
    assert said(quotes, "توقف التنفس قد حدث قبل نصف ساعة في منزلها").speaker is None


def test_a_word_no_list_knows_before_his_noun_is_a_subject_not_the_last_speaker(article):
    quotes = extract_all(article(
        "خبر\n\nوتابع نابوت وهو نائب رئيس \"فيفا\" راهنا: \"هو رجل استثنائي، انظروا فقط إلى "
        "سجله\". وأعلن بلاتيني ترشحه رسميا لرئاسة الاتحاد الدولي على أثر الفضيحة.\n"))
    found = [q for q in quotes if q.text.startswith("بلاتيني ترشحه")]
    assert found and found[0].speaker is None


def test_a_present_verb_of_the_tafaal_kind_is_no_word_of_a_name(article):
    quotes = extract_all(article(
        "عائلة الملا عمر تتشدد وتتهم الملا منصور بتدبير موته\n\nخبر.\n"))
    assert all(q.speaker is None or "تتشدد" not in q.speaker.label for q in quotes)


def test_news_of_something_is_no_name(article):
    quotes = extract_all(article(
        "خبر\n\nولجأ إلى الجبال إلى أن أعلن نبأ وفاته يوم 29 يوليو الماضي.\n"))
    assert all(q.speaker is None or "نبأ" not in q.speaker.label for q in quotes)


def test_some_of_the_owners_are_a_collective_source(article):
    quotes = extract_all(article(
        "خبر\n\nدعا المجلس التنسيقي لقطاع شركات حجاج الداخل الى اجتماع طارئ لمناقشة الاشتراطات "
        "التي وضعتها وزارة الحج، واعتبرها بعض أصحاب شركات حجاج الداخل تعجيزية ومخالفة "
        "للاشتراطات السابقة.\n"))
    found = [q for q in quotes if q.text.startswith("تعجيزية")]
    assert found and found[0].speaker.label == "بعض أصحاب شركات حجاج الداخل"


@pytest.mark.parametrize("sentence, words, label", [
    ("وقال موفق الربيعي، سياسي عراقي في الكتلة السياسية للعبادي: «أعلن بكل صراحة التوقيع».",
     "أعلن بكل صراحة التوقيع", "موفق الربيعي"),
    ("وقال أريز عبد الله، كردي يرأس لجنة النفط في البرلمان العراقي: «إنها أزمة».",
     "إنها أزمة", "أريز عبد الله"),
    ("ويقول هنري باركي مدير برنامج الشرق الاوسط في مركز ودرو ويلسون في واشنطن، لوكالة الصحافة "
     "الفرنسية، «تلك العلاقة العميقة مهمة».", "تلك العلاقة العميقة مهمة", "هنري باركي"),
])
def test_who_he_is_after_his_full_name_up_to_his_words_after_said(article, sentence, words, label):
    # قال takes no object: between a full name and a colon or a quotation stands who he is
    quotes = extract_all(article("خبر\n\n" + sentence + "\n"))
    assert said(quotes, words).speaker.label == label


def test_the_most_famous_sayings_are_no_one_named(article):
    quotes = extract_all(article(
        "خبر\n\nتقول أشهر الحكم المتداولة عالميا: \"لفافة تبغ بنار على أحد طرفيها\".\n"))
    assert said(quotes, "لفافة تبغ بنار على أحد طرفيها").speaker is None


def test_a_politician_is_a_title_and_reuters_whom_he_told(article):
    quotes = extract_all(article(
        "خبر\n\nوقال سياسي يمني لرويترز: «يتحدثون إليه لإخراجه من البلاد».\n"
        "وقال السياسي اليمني: إن أربعة وزراء وصلوا يوم الخميس.\n"
        "وقال مسؤول أمريكي لرويترز إن الوضع خطير.\n"))
    assert said(quotes, "يتحدثون إليه لإخراجه من البلاد").speaker.label == "سياسي يمني"
    # (the Yemeni politician is the one the article introduced before)
    assert said(quotes, "أربعة وزراء وصلوا يوم الخميس").speaker.label == "سياسي يمني"
    assert said(quotes, "الوضع خطير").speaker.label == "مسؤول أمريكي"


def test_there_is_opens_a_noun_not_a_verb(article):
    quotes = extract_all(article(
        "خبر\n\nويضيف الدكتور سالم باعجاجة، رئيس قسم الاقتصاد بجامعة الطائف، أن التقليد نوع من "
        "الغش التجاري، وهناك تشدد من قبل وزارة التجارة على منع بيع المنتجات المقلدة، مضيفا: "
        "لابد من زيادة الوعي لدى المستهلك، مشيرًا إلى أن المستهلك باستطاعته التمييز.\n"))
    assert not any(q.text.startswith("منع بيع المنتجات") for q in quotes)
    assert said(quotes, "المستهلك باستطاعته التمييز").speaker.label == "سالم باعجاجة"


def test_a_describing_word_and_an_adjective_before_a_given_name(article):
    quotes = extract_all(article(
        "خبر\n\nويقول النادل الاسمر سمير \"كرة القدم المحلية لم تعد تهم أحدا\".\n"
        "وذكر الحرفي الرسام أحمد العتيبي أنه موظف في إحدى الشركات الخاصة.\n"))
    assert said(quotes, "كرة القدم المحلية لم تعد تهم أحدا").speaker.label == "سمير"
    found = [q for q in quotes if q.text.startswith("موظف في إحدى الشركات")]
    assert found and found[0].speaker.label == "أحمد العتيبي"


def test_a_numbered_report_speaks_for_the_body_in_its_genitive(article):
    quotes = extract_all(article(
        "خبر\n\nوأوضح التقرير الـ51 لمؤسسة النقد العربي السعودي الصادر أخيرا أن إجمالي العمليات "
        "بلغ 154 مليون عملية.\n"))
    assert said(quotes, "إجمالي العمليات بلغ 154 مليون عملية").speaker.label \
        == "مؤسسة النقد العربي السعودي"


def test_a_titled_name_opening_the_sentence_then_its_verb_is_whom_and_stressed_goes_on_with(article):
    quotes = extract_all(article(
        "خبر\n\nوقال إبراهيم بن محمد الحمزي إن رجال الأمن أبطال.\n"
        "اللواء محمد الغامدي المتحدث الرسمي للمديرية العامة لحرس الحدود أدان هذا الحادث وأكد "
        "رفضه للإرهاب بكافة صوره، معربًا عن خالص التعازي، وداعيًا الله أن يمن على المصابين "
        "بالشفاء.\n"
        "اللواء سالم المطرفي مدير عام الدفاع المدني بمنطقة مكة المكرمة قال: إن الجريمة لا "
        "تمثل إلا أصحابها.\n"))
    assert said(quotes, "يمن على المصابين بالشفاء").speaker.label == "محمد الغامدي"
    assert said(quotes, "الجريمة لا تمثل إلا أصحابها").speaker.label == "سالم المطرفي"


def test_happier_speaking_is_no_honorific_and_name(article):
    # "أكثر سعادة بالحديث": happier to speak (سعادة is also an honorific, بالحديث no name)
    quotes = extract_all(article(
        "خبر\n\nوقال فينجر في وقت سابق \"سأترككم لمواصلة قصة حبكم\".\n"
        "وبدا المدرب الفرنسي أكثر سعادة بالحديث عن فرص فريقه في المنافسة على اللقب.\n"
        "وأضاف \"كان لدينا دائما مجموعة من الموهوبين\".\n"))
    spoke = said(quotes, "كان لدينا دائما مجموعة من الموهوبين").speaker
    assert spoke is not None and spoke.label in ("فينجر", "المدرب الفرنسي")


def test_claims_set_off_by_a_comma_open_no_clause_with_a_subject(article):
    quotes = extract_all(article(
        "خبر\n\nفند رئيس بلدية عرسال، علي الحجيري، مزاعم حزب الله عن تحقيق انتصارات في القلمون، "
        "مشيرا إلى أن الحزب يبحث عن انتصارات وهمية.\n"))
    assert said(quotes, "الحزب يبحث عن انتصارات وهمية").speaker.label == "علي الحجيري"


def test_a_titled_name_in_a_sentence_that_reports_nothing_is_introduced(article):
    quotes = extract_all(article(
        "خبر\n\nانتقد رئيس الوزراء العراقي حيدر العبادي أطرافا سياسية عراقية. وصرح العبادي أمس "
        "بأن «تعاون الجميع سيسير بالبلد إلى الإصلاح».\n"))
    assert said(quotes, "تعاون الجميع سيسير بالبلد إلى الإصلاح").speaker.label == "حيدر العبادي"


def test_the_object_after_a_titles_adjective_is_no_part_of_the_title(article):
    quotes = extract_all(article(
        "خبر\n\nوأدان رئيس الوزراء العراقي الهجوم الإرهابي. وقال إن الوضع خطير.\n"))
    assert said(quotes, "الوضع خطير").speaker.label == "رئيس الوزراء العراقي"


def test_was_a_full_name_then_qad_introduces_him(article):
    quotes = extract_all(article(
        "خبر\n\nوكان عبدالإله بنكيران قد قبل كتفي الملك. وقال بنكيران لصحف مغربية إنه لا يعرف "
        "طريقة أخرى للسلام على الملك. وتابع أن خادم الحرمين يعد كوالده.\n"))
    assert said(quotes, "لا يعرف طريقة أخرى للسلام على الملك").speaker.label == "عبدالإله بنكيران"
    assert said(quotes, "خادم الحرمين يعد كوالده").speaker.label == "عبدالإله بنكيران"


def test_the_country_after_a_definite_title_is_whom_he_warned(article):
    quotes = extract_all(article(
        "خبر\n\nوحذر السفير اليابان من التراجع عن بيانات حكومية سابقة وقال إن «الصين مترقبة "
        "لترى تحديدا ما إذا كان آبي سيعبر عن أسفه».\n"))
    assert said(quotes, "الصين مترقبة لترى تحديدا ما إذا كان آبي سيعبر عن أسفه").speaker.label \
        == "السفير"


def test_the_men_of_the_police_are_a_collective_source(article):
    quotes = extract_all(article("خبر\n\nوأفاد رجال الشرطة أن الرجل سيعرض أمام قاضي التحقيقات.\n"))
    assert said(quotes, "الرجل سيعرض أمام قاضي التحقيقات").speaker.label == "رجال الشرطة"


def test_a_hadith_cited_is_not_the_preachers_own_words(article):
    quotes = extract_all(article(
        "خبر\n\nوقال الشيخ عبدالعزيز آل الشيخ إن الصلاة مهمة. ومنها التسابق إلى الصلاة، يقول صلى "
        "الله عليه وسلم: (لو يعلم الناس ما في النداء والصف الأول لاستهموا).\n"
        "وقال الشيخ السديس إن الدماء معصومة. وفي الحديث \"لا يزال المرء في فسحة من دينه\".\n"))
    assert said(quotes, "لا يزال المرء في فسحة من دينه").speaker is None
    # (the blessing said only of the Prophet names him: his saying, not the preacher's)
    cited = [q for q in quotes if q.text.startswith("لو يعلم الناس")]
    assert cited and cited[0].speaker is not None \
        and cited[0].speaker.label == "النبي صلى الله عليه وسلم"


def test_the_saying_of_someone_named_is_his(article):
    quotes = extract_all(article(
        "خبر\n\nونقل البيان قول الجنرال تشارلز هوبر كبير مسؤولي الدفاع في السفارة الأمريكية "
        "بالقاهرة، إن تسليم الأبراج سيتيح الفرصة.\n"
        "وقال الدكتور عائض الزهراني إن الملك فيصل بن عبدالعزيز أحبته كل العرب. واستطرد ذاكراً "
        "قول الفيصل في البيت الأبيض \"نريد عالماً تسوده الحرية\".\n"))
    assert said(quotes, "تسليم الأبراج سيتيح الفرصة").speaker.label.startswith("تشارلز هوبر")
    assert said(quotes, "نريد عالماً تسوده الحرية").speaker.label == "الملك فيصل بن عبدالعزيز"


def test_a_name_set_off_by_dashes_after_its_title(article):
    quotes = extract_all(article(
        "خبر\n\nهذا وقال المبعوث الأممي الخاص للشرق الأوسط -نيكولاي ملادينوف- إن حل الدولتين في "
        "خطر.\n"))
    assert said(quotes, "حل الدولتين في خطر").speaker.label == "نيكولاي ملادينوف"


def test_a_source_set_off_by_a_comma_before_its_verb_of_telling(article):
    quotes = extract_all(article(
        "خبر\n\nمصادر طبية مطلعة، أبلغت الصحيفة بأن وزارة الصحة ستقوم بجولات مفاجئة. المصادر "
        "ذاتها، بينت أن التقيد بعمل تلك الخطوات سيعمل على مأمونية نقل الدم.\n"))
    assert said(quotes, "وزارة الصحة ستقوم بجولات مفاجئة").speaker.label == "مصادر طبية مطلعة"
    found = [q for q in quotes if q.text.startswith("التقيد بعمل")]
    assert found and found[0].speaker.type == "anonymous"
    assert all(q.speaker is None or q.speaker.label != "الصحيفة" for q in quotes)


def test_the_family_name_after_the_nearer_verb_is_whom_and_stressed_goes_on_with(article):
    quotes = extract_all(article(
        "خبر\n\nوقال الرئيس السوري بشار الأسد إن الوضع صعب. وفي الخطاب الذي ألقاه الأسد أمام "
        "رؤساء المنظمات الشعبية، وبثه التلفزيون السوري صباح أمس الأحد، أقرّ الأسد بعدم قدرة "
        "قواته على تحقيق الانتصار، وأكد على أولوية الحفاظ على حياة الجنود. وقال: «لن نستطيع "
        "الانتصار في كافة المعارك».\n"))
    assert said(quotes, "لن نستطيع الانتصار في كافة المعارك").speaker.label == "بشار الأسد"
    assert all(q.speaker is None or q.speaker.label != "التلفزيون السوري" for q in quotes)


def test_any_is_no_name(article):
    quotes = extract_all(article(
        "خبر\n\nووصف أي طرح سياسي «لا يستند إلى مكافحة الإرهاب لا أثر له». وقال: «هناك فرق كبير "
        "بين المعارضة الخارجية والداخلية».\n"))
    assert all(q.speaker is None or "طرح" not in q.speaker.label for q in quotes)


def test_but_that_then_its_subject_is_whom_the_participle_goes_on_with(article):
    quotes = extract_all(article(
        "خبر\n\nوعرض والد الطفل مبلغ المكافأة على الموظف، تقديراً لما قام به، غير أن الموظف رفض "
        "ذلك، مؤكداً أن ما قام به هو الواجب.\n"
        "كشف حسين الغامدي مدير فريق الاتفاق أن الشيشة لم تكن السبب.\n"
        "ووجد الإداري إبراهيم المغنم شيشة في غرفة اللاعب، إلا أن الغامدي أشار إلى أن البعثة "
        "رصدت ملاحظات عدة، وقال \"أمر الشيشة كان أمرا عابرا\".\n"))
    assert said(quotes, "ما قام به هو الواجب").speaker.label == "الموظف"
    assert said(quotes, "أمر الشيشة كان أمرا عابرا").speaker.label == "حسين الغامدي"


def test_sheikh_after_a_given_name_is_a_family_name(article):
    quotes = extract_all(article(
        "خبر\n\nوقال عبدالهادي الشيخ المدير التنفيذي لقناة أبوظبي إن البرنامج سيبدأ في سبتمبر.\n"))
    assert said(quotes, "البرنامج سيبدأ في سبتمبر").speaker.label == "عبدالهادي الشيخ"


def test_a_company_set_off_by_what_it_is_before_its_that(article):
    quotes = extract_all(article(
        "خبر\n\nوأفصحت شركة السعودي الفرنسي كابيتال، إحدى المؤسسات المالية المرخصة في سوق المال "
        "السعودية، أن من بين المخاطر تراجع الأسعار.\n"
        "قال الديوان الملكي السعودي، أن الأمير سيغادر اليوم إلى عمان.\n"))
    assert said(quotes, "من بين المخاطر تراجع الأسعار").speaker.label \
        == "شركة السعودي الفرنسي كابيتال"
    assert said(quotes, "الأمير سيغادر اليوم إلى عمان").speaker.label.startswith("الديوان")


def test_a_name_no_list_knows_then_who_she_is_in_a_relative_clause_before_inna(article):
    quotes = extract_all(article(
        "خبر\n\nوقالت لايهون شان التي ترأس النادي منذ مطلع يوليو الحالي إن الفريق سيبقى قويا.\n"))
    assert said(quotes, "الفريق سيبقى قويا").speaker.label == "لايهون شان"


def test_a_name_joined_by_a_hyphen_and_introduced_with_a_describing_word(article):
    quotes = extract_all(article(
        "خبر\n\nقال رجل الأعمال الكوري تشونغ مونغ-جون إن الترشح قراره. وقال تشونغ إن "
        "المنافسة ستكون صعبة.\n"
        "وجاء الكتاب تحت عنوان «أدب زمن الثورة». وتعرض المؤلفة سيرة الكاتب مركزة على أعماله، "
        "واصفاً مخاضاتها ومصوراً وقائعها.\n"))
    assert said(quotes, "المنافسة ستكون صعبة").speaker.label == "تشونغ مونغ-جون"
    assert all(q.speaker is None or "تحت" not in q.speaker.label for q in quotes)


def test_whom_he_called_on_is_no_subject_and_the_speaker_goes_on(article):
    quotes = extract_all(article(
        "خبر\n\nوقال خالد الجوهر إن ما يحدث حاليا سينعكس على النتائج.\n"
        "وطالب المتعاملين في سوق الأسهم بأن يكونوا أكثر عقلانية.\n"
        "وأكد أن جميع المحللين يتوقعون ارتفاع سعر البرميل.\n"))
    assert said(quotes, "يكونوا أكثر عقلانية").speaker.label == "خالد الجوهر"
    assert said(quotes, "جميع المحللين يتوقعون ارتفاع سعر البرميل").speaker.label == "خالد الجوهر"


def test_a_group_that_showed_its_feeling_is_whom_they_said_goes_on_with(article):
    quotes = extract_all(article(
        "خبر\n\nأبدى محللون لسوق الأسهم تفاؤلهم لنتائج الربع الثالث. وأشاروا إلى أن الجلسات "
        "المقبلة ستحدد مسار تاسي.\n"))
    assert said(quotes, "الجلسات المقبلة ستحدد مسار تاسي").speaker.label == "محللون لسوق الأسهم"


def test_one_of_the_users_of_a_named_site_is_a_collective_source(article):
    quotes = extract_all(article(
        "خبر\n\nوقالت إحدى مستخدمي تويتر: “حقاً، أديداس؟ لماذا رقبة القميص أكبر اتساعاً”.\n"))
    spoke = said(quotes, "حقاً، أديداس؟ لماذا رقبة القميص أكبر اتساعاً").speaker
    assert spoke is not None and spoke.label == "إحدى مستخدمي تويتر" and spoke.type == "anonymous"


def test_a_rank_after_a_given_name_and_before_a_title_is_a_family_name(article):
    quotes = extract_all(article(
        "خبر\n\nوقال ياسين جفري إن السوق متذبذب.\n"
        "وتوقع حسين الرقيب مختص اقتصادي نزول سوق الأسهم السعودي، وقال إن أداء السوق خلال الفترة "
        "القادمة غير مطمئن.\n"))
    assert said(quotes, "أداء السوق خلال الفترة القادمة غير مطمئن").speaker.label == "حسين الرقيب"


def test_a_given_name_that_is_also_a_document_word_after_a_title_is_a_name(article):
    quotes = extract_all(article(
        "خبر\n\nوقالت المحامية بيان زهران: إنه ومنذ افتتاح مكتبها وردت إليها قضايا كثيرة.\n"
        "من جانبها أوضحت المحامية أميرة عبدالله القوقاني بأن أبرز القضايا هي القضايا "
        "التجارية.\n"))
    assert said(quotes, "ومنذ افتتاح مكتبها").speaker.label == "بيان زهران"
    assert said(quotes, "أبرز القضايا هي القضايا التجارية").speaker.label \
        == "أميرة عبدالله القوقاني"


def test_a_name_before_a_title_with_li_is_what_was_given_to_him(article):
    # "درعا خاصة للمشرف …": a shield for the supervisor, not a person called so
    quotes = extract_all(article(
        "خبر\n\nوقدم العيسى درعا خاصة للمشرف على برنامج إعداد القادة في جامعة هارفارد، "
        "الدكتور مساعد الأحمد. وتحدث العيسى للحضور عن الخدمات.\n"
        "وأوضح المشرف العام على البرنامج أن الخريجين تمكنوا من تكوين قاعدة معرفية.\n"))
    spoke = said(quotes, "الخريجين تمكنوا من تكوين قاعدة معرفية").speaker
    assert spoke is None or "درعا" not in spoke.label


def test_a_rank_and_name_after_a_title_and_its_comma_then_that(article):
    quotes = extract_all(article(
        "خبر\n\nوأوضح المشرف العام على برنامج إعداد القادة في جامعة هارفرد، الدكتور مساعد "
        "الأحمد أن الخريجين تمكنوا من تكوين قاعدة معرفية.\n"))
    assert said(quotes, "الخريجين تمكنوا من تكوين قاعدة معرفية").speaker.label == "مساعد الأحمد"


def test_a_bare_office_and_another_title_are_two_people(article):
    # "بحضور الوزير ومدير عام الصندوق المهندس يوسف الزغيبي": the minister is not الزغيبي
    quotes = extract_all(article(
        "وزير الإسكان: خطة عمل جديدة للنهوض بالقطاع\n\n"
        "كشف وزير الإسكان ماجد الحقيل في أول ظهور رسمي له أن وزارته تعمل على رسم خطة عمل.\n"
        "وأقامت الوزارة أمس حفل معايدة، بحضور الوزير ومدير عام صندوق التنمية العقارية "
        "المهندس يوسف الزغيبي، وعدد من المسؤولين.\n"))
    assert said(quotes, "خطة عمل جديدة للنهوض بالقطاع").speaker.label == "ماجد الحقيل"
    assert said(quotes, "وزارته تعمل على رسم خطة عمل").speaker.label == "ماجد الحقيل"


def test_first_after_a_name_is_not_a_rank_ahead(article):
    quotes = extract_all(article(
        "خبر\n\nالإعلامي والناقد الرياضي عبدالكريم الزامل أول المتحدثين أكد على أن فريق النصر "
        "أبرم صفقات محلية هامة.\n"))
    assert said(quotes, "فريق النصر أبرم صفقات محلية هامة").speaker.label == "عبدالكريم الزامل"


def test_a_feminine_verb_after_a_relayed_report_goes_on_with_the_outlet(article):
    quotes = extract_all(article(
        "خبر\n\nوذكرت الإذاعة العامة الإسرائيلية، نقلا عن مسؤولين أمنيين إسرائيليين، أنه من "
        "الصعب التسلل إلى الجماعات الإرهابية الصغيرة.\n"
        "وقالت إن المخابرات كانت قد كشفت عن وثيقة في بيت أحد المتهمين.\n"))
    assert said(quotes, "من الصعب التسلل إلى الجماعات الإرهابية الصغيرة").speaker.label \
        == "مسؤولين أمنيين إسرائيليين"
    assert said(quotes, "المخابرات كانت قد كشفت عن وثيقة في بيت أحد المتهمين").speaker.label \
        == "الإذاعة العامة الإسرائيلية"


def test_men_in_a_sound_plural_are_not_carried_by_a_feminine_verb(article):
    quotes = extract_all(article(
        "خبر\n\nقال مسؤولون أمنيون إن الهجوم وقع فجرا.\n"
        "وأضافت أن الشرطة طوقت المكان.\n"))
    assert said(quotes, "الشرطة طوقت المكان").speaker is None


def test_kana_then_documents_then_the_verb(article):
    quotes = extract_all(article(
        "خبر\n\nوكانت تقارير سابقة قد ذكرت أن الفواكه والخضراوات قد تغير شكلها.\n"))
    spoke = said(quotes, "الفواكه والخضراوات قد تغير شكلها").speaker
    assert spoke is not None and spoke.label == "تقارير سابقة" and spoke.type == "unknown"


def test_to_him_then_a_title_and_a_name_no_list_knows_up_to_the_colon(article):
    quotes = extract_all(article(
        "خبر\n\nوقال له رئيس اللجنة بوب كوركر: «أعتقد أنك تعرضت للسلب».\n"))
    assert said(quotes, "أعتقد أنك تعرضت للسلب").speaker.label == "رئيس اللجنة بوب كوركر"


def test_a_given_name_that_opens_like_li_is_the_subject_not_whom_she_told(article):
    quotes = extract_all(article(
        "خبر\n\nوقالت الباحثة رنا الريماوي إن الخط جميل.\n"
        "وقالت لورين العيسى إن المسرحية عبارة عن كوميديا سوداء.\n"))
    assert said(quotes, "المسرحية عبارة عن كوميديا سوداء").speaker.label == "لورين العيسى"


def test_khatam_concluded_reports_and_the_monarch_is_a_title(article):
    quotes = extract_all(article(
        "خبر\n\nوأشار العاهل المغربي إلى رمزية هذا الاسم.\n"
        "وقالت الباحثة رنا الريماوي إن الخط جميل.\n"
        "وختمت الريماوي: «الخطوط أظهرت أن علاقته بالآخرين كانت ترتبط بالكتابة».\n"
        "وقال المشرف العام على الحملة الدكتور بدر السمحان إن البرنامج مهم.\n"
        "ونوه السمحان إلى أن المشروع جاء بتمويل من الشعب، حيث ختم السمحان أن "
        "الحملة ستبقى مستمرة.\n"))
    assert said(quotes, "رمزية هذا الاسم").speaker.label == "العاهل المغربي"
    assert said(quotes, "الخطوط أظهرت أن علاقته بالآخرين كانت ترتبط بالكتابة").speaker.label \
        == "رنا الريماوي"
    assert said(quotes, "الحملة ستبقى مستمرة").speaker.label == "بدر السمحان"


def test_two_words_after_a_title_name_him_when_the_family_name_speaks_alone_later(article):
    quotes = extract_all(article(
        "خبر\n\nاستهجن محافظ الحديدة السابق صخر الوجيه مزاعم الانقلابيين، وقال إن السفن "
        "ممنوعة.\n"
        "وأضاف الوجيه: «السفن الإغاثية كانت ولا تزال تصل لكثير من الموانئ».\n"
        "كما أكد الوجيه استمرار عمليات المقاومة الشعبية في الحديدة.\n"))
    assert said(quotes, "السفن الإغاثية كانت ولا تزال تصل لكثير من الموانئ").speaker.label \
        == "صخر الوجيه"
    stressed = said(quotes, "استمرار عمليات المقاومة الشعبية في الحديدة")
    assert stressed.speaker.label == "صخر الوجيه"


def test_an_object_after_a_title_and_the_name_the_article_gave_him(article):
    quotes = extract_all(article(
        "خبر\n\nوقال قائمقام المدينة دلف الكبيسي إن الخطة تسير وفق ما هو مرسوم لها.\n"
        "وأكد قائمقام المدينة دلف الكبيسي توغل القوات الأمنية أكثر باتجاه مداخل المدينة.\n"))
    stressed = said(quotes, "توغل القوات الأمنية أكثر باتجاه مداخل المدينة")
    assert stressed.text.startswith("توغل") and stressed.speaker.label == "دلف الكبيسي"


def test_a_relative_clauses_own_verb_takes_the_that_right_after_it(article):
    quotes = extract_all(article(
        "خبر\n\nوقالت مسؤولة الأسر المنتجة بالمهرجان نورة العتيبي إن الجناح ناجح.\n"
        "ونوهت بالحضور الذي حظي به الجناح، واصفةً إياه بالمحفز للأسر المشاركة، التي أكدت أن "
        "الجناح فتح لهن المجال في تسويق منتجاتهن.\n"
        "ووزعوا نص القرار الذي يقول إنه «ينبغي السماح لليهود بأن يستخدموا البوق».\n"))
    assert said(quotes, "الجناح فتح لهن المجال في تسويق منتجاتهن").speaker is None
    assert said(quotes, "ينبغي السماح لليهود بأن يستخدموا البوق").speaker.label == "القرار"


def test_minutes_are_a_document_and_the_words_inside_are_the_one_it_names(article):
    quotes = extract_all(article(
        "خبر\n\nقالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي، فيدريكا موجيريني، إنه يجب "
        "البدء في محادثات.\n"
        "ويشير محضر اجتماع عقد يوم 15 يوليو، واطلعت عليه «رويترز»، إلى أن موجيريني قالت "
        "للمفوضية الأوروبية إنه «ينبغي البدء في الإعداد لتجديد الروابط الاقتصادية».\n"
        "وأضافت أن المفوضية يجب أن تقدم دعمًا للإعداد لاستئناف العلاقات.\n"))
    assert said(quotes, "ينبغي البدء في الإعداد لتجديد الروابط الاقتصادية").speaker.label \
        == "فيدريكا موجيريني"
    assert all(q.speaker is None or q.speaker.label != "محضر" for q in quotes)


def test_ray_written_with_ya_mid_clause_is_an_opinion_not_a_verb(article):
    quotes = extract_all(article(
        "خبر\n\nوقال المدرب حمد الدبيخي إن القائمة طويلة.\n"
        "ويعزز المدرب الوطني سلمان النمشان رأي الدبيخي بالقول: العملية برمتها قائمة على "
        "اجتهادات إدارية.\n"
        "وكان رأي كاتب هذه السطور أنه لا توجد مؤسسات مجتمع مدني.\n"))
    assert said(quotes, "العملية برمتها قائمة على اجتهادات إدارية").speaker.label \
        == "سلمان النمشان"
    assert said(quotes, "لا توجد مؤسسات مجتمع مدني").speaker.label == "كاتب هذه السطور"


def test_a_singular_verb_does_not_go_on_with_men_in_a_plural(article):
    quotes = extract_all(article(
        "خبر\n\nويرى كثيرون أن الرئيس يفضل إجراء انتخابات مبكرة.\n"
        "وعلى الرغم من تشككه فإنه يرى أن هذا هو أفضل خيار من أجل الاستقرار.\n"))
    assert said(quotes, "الرئيس يفضل إجراء انتخابات مبكرة").speaker.label == "كثيرون"
    assert said(quotes, "هذا هو أفضل خيار من أجل الاستقرار").speaker is None


def test_a_title_word_without_article_after_a_given_name_and_before_a_comma_is_his_family(
        article):
    quotes = extract_all(article(
        "خبر\n\nوقال مستشار الملك عبدالله الربيعة إن المساعدات وصلت.\n"
        "وقال المسؤول الأمني في المطار عبدالله قائد، إن ثلاثة صواريخ سقطت قرب المدرج.\n"))
    assert said(quotes, "ثلاثة صواريخ سقطت قرب المدرج").speaker.label == "عبدالله قائد"


def test_rawa_narrated_reports_and_an_attempt_is_an_occasion(article):
    quotes = extract_all(article(
        "خبر\n\nوروى لي الأستاذ أسامة سرايا، رئيس تحرير «الأهرام» الأسبق، أن أنيس كتب سلسلة "
        "من الأعمدة.\n"
        "وقالت القاضية كارين يونغ إن المتهمين لم يندما.\n"
        "وروت القاضية في محاولة لتفسير هذا الاقتراح «لقد فكرت مليا وتساءلت ما الذي قد "
        "يؤلمهما».\n"))
    assert said(quotes, "أنيس كتب سلسلة من الأعمدة").speaker.label == "أسامة سرايا"
    assert said(quotes, "لقد فكرت مليا وتساءلت ما الذي قد يؤلمهما").speaker.label \
        == "كارين يونغ"


def test_a_present_verb_of_the_iftaala_kind_after_a_title_is_no_name(article):
    quotes = extract_all(article(
        "سياسي / معالي وزير الخارجية يلتقي نظيره الروسي\n\n"
        "وبشأن الوضع في العراق، أكد معاليه أنه جرى التطرق لهذا الموضوع.\n"
        "واختتم معالي وزير الخارجية تصريحه بأنه جرى مناقشة كيفية مواجهة الإرهاب.\n"
        "من جانبه أكد معالي وزير الخارجية الروسي أن بلاده تولي أهمية خاصة للزيارة.\n"
        "وقالت المديرة التنفيذية الإيطالية تاتيانا كادووة: إننا شعرنا بعميق الأسى.\n"))
    assert all(q.speaker is None or "يلتقي" not in q.speaker.label for q in quotes)
    monarch = extract_all(article(
        "العاهل المغربي يتلقى الولاء من ممثلي مختلف المناطق\n\n"
        "أدى 1470 ضابطا مغربيا، أمس القسم أمام العاهل المغربي الملك محمد السادس، الذي أطلق "
        "على فوج هذه السمة اسم جده «مولاي علي الشريف».\n\n"
        "وأشار العاهل المغربي، في خطاب توجيهي للضباط إلى رمزية هذا الاسم، مذكرا بأن مولاي علي "
        "الشريف كان يجمع بين العلم والتقوى. وقال بهذا الخصوص «إننا واثقون أنكم تقدرون هذا "
        "الاسم».\n"))
    assert all(q.speaker is None or "يتلقى" not in q.speaker.label for q in monarch)
    assert said(quotes, "إننا شعرنا بعميق الأسى").speaker.label == "تاتيانا كادووة"


def test_a_second_title_whose_rank_is_far_from_the_first_goes_on_to_the_name(article):
    quotes = extract_all(article(
        "خبر\n\nوصف مستشار رئيس الجمهورية اليمنية للشؤون العسكرية قائد عمليات غضب عدن "
        "اللواء ركن جعفر محمد سعد النجاحات التي حققها الجيش بأنها مفتاح النصر.\n"))
    assert said(quotes, "مفتاح النصر").speaker.label == "جعفر محمد سعد"


def test_the_head_of_a_body_is_not_the_president_of_a_state(article):
    quotes = extract_all(article(
        "خبر\n\nوقال الرئيس الروسي فلاديمير بوتين إن كأس العالم قضية كبرى.\n"
        "فهناك ايضا قسطنطين كالاتشيف، رئيس مجموعة الخبرة الدولية الذي يرى بأن تنظيم كأس "
        "العالم يعتبر مسألة هيبة.\n"
        "وقال وزير خارجية ألمانيا فرانك فالتر شتاينماير إن العلاقات مهمة.\n"
        "وتحدث الوزير الألماني عن مأساة الشعب السوري، مؤكدا أنه لا مستقبل للأسد.\n"))
    spoke = said(quotes, "تنظيم كأس العالم يعتبر مسألة هيبة").speaker
    assert spoke is not None and "بوتين" not in spoke.label
    assert said(quotes, "لا مستقبل للأسد").speaker.label == "فرانك فالتر شتاينماير"


def test_a_rank_after_father_of_is_the_sons_not_a_name_later_for_the_father(article):
    quotes = extract_all(article(
        "خبر\n\nاستقبل أمس والدا وذوو الشهيدين العريف عمر أحمد أبوشوشة والعريف مفرح أحمد "
        "الشديدي في مجلسي العزاء.\n"
        "ومن جهته، قدم رئيس الرقباء المتقاعد أحمد عمر أبوشوشة والد الشهيد العريف عمر أبوشوشة "
        "شكره لهم، مؤكدا أن ابنه كان يحلم بعد تخرجه.\n"
        "وقال المدير التنفيذي لشركة مترو جدة الدكتور أسامة إبراهيم عبده إن المشروع كبير.\n"))
    assert said(quotes, "ابنه كان يحلم بعد تخرجه").speaker.label == "أحمد عمر أبوشوشة"
    assert said(quotes, "المشروع كبير").speaker.label == "أسامة إبراهيم عبده"


def test_a_document_speaks_for_the_body_whose_it_is_past_its_adjectives_or_who_made_it(article):
    quotes = extract_all(article(
        "خبر\n\nأوضح تقرير إحصائي سنوي لوزارة الصحة عن أعمال مراكز الطب الشرعي أن عدد الحالات "
        "بلغ 465 حالة.\n"
        "وأظهرت الدراسة التي قام بها مركز المعلومات بغرفة أبها أن نحو 64% من المشاركات "
        "يقل رأس مال مشروعاتهن عن 5 آلاف ريال.\n"))
    assert said(quotes, "عدد الحالات بلغ 465 حالة").speaker.label == "وزارة الصحة"
    assert said(quotes, "نحو 64% من المشاركات يقل رأس مال مشروعاتهن عن 5 آلاف ريال") \
        .speaker.label == "مركز المعلومات بغرفة أبها"


def test_a_body_that_revealed_its_own_report_speaks_through_it(article):
    quotes = extract_all(article(
        "خبر\n\nكشفت إدارة المباني بتعليم عنيزة عن تقريرها الخاص بالمشاريع المدرسية.\n"
        "وأوضح التقرير أن عدد المشاريع المدرسية بلغ 42 مشروعا.\n"))
    assert said(quotes, "عدد المشاريع المدرسية بلغ 42 مشروعا").speaker.label \
        == "إدارة المباني بتعليم عنيزة"


def test_a_quoted_name_then_its_title_after_a_comma_is_the_subject(article):
    quotes = extract_all(article(
        "خبر\n\nوقالت \"ناتاشا كريستي\"، مدير أكواريوم الحجرات المفقودة في المنتجع: \"هدفنا هو "
        "التوعية\". وأضافت \"كريستي\": \"تمساح الألبينو نوع نادر\".\n"))
    assert said(quotes, "هدفنا هو التوعية").speaker.label == "ناتاشا كريستي"
    assert said(quotes, "تمساح الألبينو نوع نادر").speaker.label == "ناتاشا كريستي"
    assert said(quotes, "ناتاشا كريستي").kind == "term"


def test_a_tweeter_is_an_unnamed_source(article):
    quotes = extract_all(article(
        "خبر\n\nوقال مغرد آخر \"رجال الأمن هم درع الوطن\".\n"))
    spoke = said(quotes, "رجال الأمن هم درع الوطن").speaker
    assert spoke is not None and spoke.label == "مغرد آخر" and spoke.type == "anonymous"


def test_explains_then_saying_then_the_quotation_is_the_subjects(article):
    quotes = extract_all(article(
        "خبر\n\nوتشرح الاستاذة الجامعية شتيفان سيلكه من جامعة سارلاند التقنية قائلة «هذا يعني "
        "الكثير».\n"
        "وتساءل سعود السبيعي قائلا: وهل الإرهاب في فلسطين سببه المناهج؟\n"))
    assert said(quotes, "هذا يعني الكثير").speaker.label == "شتيفان سيلكه"
    assert said(quotes, "وهل الإرهاب في فلسطين سببه المناهج").speaker.label == "سعود السبيعي"


def test_a_participle_after_a_report_of_no_one_inside_the_clause_goes_on_with_the_speaker(
        article):
    quotes = extract_all(article(
        "خبر\n\nوأوضح المتحدث باسم المديرية العامة للدفاع المدني بعسير العقيد محمد العاصمي، أن "
        "مركز القيادة والتحكم تلقى مساء السبت بلاغا من مواطنين يفيد مشاهدتهما جرف سيل وادي "
        "عتود لشخصين، مبينا أن فرق الدفاع المدني باشروا أعمال البحث.\n"))
    spoke = said(quotes, "فرق الدفاع المدني باشروا أعمال البحث").speaker
    assert spoke is not None and "العاصمي" in spoke.label


def test_a_relative_pronoun_ends_a_name_as_firmly_as_a_particle(article):
    quotes = extract_all(article(
        "خبر\n\nوقالت الباحثة بيتاني جيبس التي قادت الدراسة \"بدأنا نؤمن أن كثرة الجلوس أمر "
        "مختلف\".\n"
        "وقالت لاورا باستيانيتو التي حضرت اللقاء: «من النادر جدا أن تلتقي أم وابنتها».\n"))
    assert said(quotes, "بدأنا نؤمن أن كثرة الجلوس أمر مختلف").speaker.label == "بيتاني جيبس"
    assert said(quotes, "من النادر جدا أن تلتقي أم وابنتها").speaker.label == "لاورا باستيانيتو"


def test_a_family_name_that_is_a_given_name_with_the_article_is_known_alone(article):
    quotes = extract_all(article(
        "خبر\n\nوقال الكاتب خالد اليوسف إن الأمر مهم. وبرر اليوسف قرار نادي الرياض الأدبي "
        "بقوله: ربما يكون للنادي وجهة نظر أخرى، مشيرا إلى أنه لا يفضل أن يتحدث عن أعماله.\n"
        "وعبر الكثير من النشطاء عن سعادتهم، وكتب أحدهم «هذا المشروع أمل»، وأشار الآخر إلى "
        "أنه هدية، بينما علّق آخر على المشروع بقوله «المعجزة تتحقق».\n"))
    assert said(quotes, "ربما يكون للنادي وجهة نظر أخرى").speaker.label == "خالد اليوسف"
    assert said(quotes, "لا يفضل أن يتحدث عن أعماله").speaker.label == "خالد اليوسف"
    assert said(quotes, "المعجزة تتحقق").speaker is None


def test_words_that_open_no_subject_are_no_speaker(article):
    quotes = extract_all(article(
        "خبر\n\nوقلت للحارس ألا توجد إلا عيادة واحدة وقال بصوت خافت «مستشفى أبوكلب».\n"
        "واشترطت المدينة ألا يقل التقدير العام للمتقدم عن جيد جدا، مشيرة إلى أن الفرصة "
        "ستتاح للمقبولين.\n"
        "ولكني عدت لأنادي قائلا: يا دكتور انتظر دقيقة.\n"
        "وكل شبكة تحتاج الى فترة من الزمن لإنجازها، وأضاف: إن ظهور الآلات أثر على عملنا.\n"))
    for words in ("مستشفى أبوكلب", "الفرصة ستتاح للمقبولين", "يا دكتور انتظر دقيقة",
                  "ظهور الآلات أثر على عملنا"):
        assert said(quotes, words).speaker is None, words


def test_a_clause_opened_by_a_verbal_noun_gives_no_subject_to_a_participle(article):
    quotes = extract_all(article(
        "خبر\n\nأيد رئيس الفلبين بنينو أكينو، أمس، ترشيح وزير الداخلية خلفًا له عندما تنتهي "
        "ولايته في يونيو المقبل، قائلا إن مانويل سيواصل الإصلاحات.\n"))
    assert said(quotes, "مانويل سيواصل الإصلاحات").speaker.label == "بنينو أكينو"


def test_what_one_wondered_at_is_no_part_of_his_title(article):
    quotes = extract_all(article(
        "خبر\n\nأمام ذلك، استغرب رئيس الاتفاق المكلف من عدم سفر اللاعب مع فريقه، للدخول في "
        "المعسكر الخارجي، مشيرا إلى أنه لاعب محترف يعي ويدرك الأنظمة جيدا.\n"))
    assert said(quotes, "لاعب محترف يعي ويدرك الأنظمة جيدا").speaker.label \
        == "رئيس الاتفاق المكلف"


def test_a_verb_of_the_afal_kind_or_a_dashed_adjective_after_a_title_is_no_name(article):
    quotes = extract_all(article(
        "خبر\n\nووفقًا لما نشرته صحيفة «ماركا» الإسبانية، أمس، فإن المدرب الإسباني أدرك أن "
        "تصريحاته أغضبت نجم ريال مدريد. وأشارت الصحيفة إلى أن السبب هو رؤيته في تدريبات "
        "الملكي؛ حيث قال المدرب الإسباني: «رؤية رونالدو في التدريبات تُعلم أن هذا اللاعب يحب "
        "التتويج».\n"
        "ونبّه رئيس لجنة الحوار اللبناني - الفلسطيني، الوزير السابق حسن منيمنة، إلى اتجاه لبنان "
        "نحو «كارثة»، لافتا إلى أن ذلك سيؤدي إلى اضطرابات كبيرة.\n"))
    assert all(q.speaker is None or q.speaker.label not in ("أدرك", "الفلسطيني")
               for q in quotes)


def test_a_sheikh_of_a_tribe_and_a_sultan_are_titles(article):
    quotes = extract_all(article(
        "خبر\n\nأكد شيخ مشايخ يافع السلطان فضل العفيفي أن المملكة تعتبر صمام أمان اليمن.\n"
        "وقال العفيفي إن تجربة النصف قرن الماضية أثبتت ذلك.\n"
        "وقال أمين جربوع شيخ قبلي في شبوة: إن أربعة ألوية تحركت من منطقة العبر.\n"))
    assert "العفيفي" in said(quotes, "المملكة تعتبر صمام أمان اليمن").speaker.label
    assert "العفيفي" in said(quotes, "تجربة النصف قرن الماضية أثبتت ذلك").speaker.label
    assert said(quotes, "أربعة ألوية تحركت من منطقة العبر").speaker.label == "أمين جربوع"


def test_the_most_senior_member_after_a_name_is_his_title(article):
    quotes = extract_all(article(
        "خبر\n\nمن جهة أخرى قال السناتور الأمريكي بن كاردين أكبر عضو ديمقراطي في لجنة العلاقات "
        "الخارجية في مجلس الشيوخ أمس إنه لم يقرر حتى الآن كيف سيصوت.\n"
        "وقال علي أكبر صالحي إن الاتفاق جيد.\n"))
    assert said(quotes, "لم يقرر حتى الآن كيف سيصوت").speaker.label == "بن كاردين"
    assert said(quotes, "الاتفاق جيد").speaker.label == "علي أكبر صالحي"


def test_a_photographer_and_a_womans_title_with_its_nisba_introduce_her(article):
    quotes = extract_all(article(
        "خبر\n\nحصلت المصورة السعودية نجلاء الخليفة على الميدالية الذهبية في مسابقة فرنسية.\n"
        "وأوضحت المصورة نجلاء أن المسابقة هي إحدى أكبر المسابقات في أوروبا.\n"
        "وفي غضون ذلك يقول لـ«الشرق الأوسط» بشير الغلابي، مصور وإعلامي جنوبي، إنه خلال فترة "
        "الحرب كان للإعلام دوره الإيجابي.\n"))
    assert said(quotes, "المسابقة هي إحدى أكبر المسابقات في أوروبا").speaker.label \
        == "نجلاء الخليفة"
    assert said(quotes, "خلال فترة الحرب كان للإعلام دوره الإيجابي").speaker.label \
        == "بشير الغلابي"


def test_a_title_after_a_family_name_with_abu_is_his_title_not_more_of_his_name(article):
    quotes = extract_all(article(
        "خبر\n\nفيما أشاد خالد أبو راشد المحامي والقانوني المطلع بالشئون الرياضية، قائلا: أتفق مع "
        "هذه القرارات جملة وتفصيل، مشيرا إلى أنها البداية لتصحيح الأوضاع.\n"
        "وشدد أبو راشد على أن واقعنا الحالي أصبح صعب للغاية.\n"
        "وقال المهندس محمد بن عبدالرحمن المخرج إن الحدائق ستفتح قريبا.\n"))
    assert said(quotes, "أتفق مع هذه القرارات جملة وتفصيل").speaker.label == "خالد أبو راشد"
    assert said(quotes, "واقعنا الحالي أصبح صعب للغاية").speaker.label == "خالد أبو راشد"
    assert said(quotes, "الحدائق ستفتح قريبا").speaker.label == "محمد بن عبدالرحمن المخرج"


@pytest.mark.parametrize("text, words, label", [
    # sample 92 2-046/047: a noun with the article that no list knows, and all that stands
    # between a verb of saying and its أن, is who spoke (the guards); "وذكر" goes on with it
    ("وقالت الشرطة إن الوضع هادئ. وأوضح الحرس أن حالة من التوتر سادت المسجد. وذكر أن قوات "
     "الاحتلال اعتقلت مديرا.", "حالة من التوتر سادت المسجد", "الحرس"),
    ("وقالت الشرطة إن الوضع هادئ. وأوضح الحرس أن حالة من التوتر سادت المسجد. وذكر أن قوات "
     "الاحتلال اعتقلت مديرا.", "قوات الاحتلال اعتقلت مديرا", "الحرس"),
    # (sample 92 2-028; with إلى before أن, sample 92 2-047)
    ("وزعم العريس أنه لم يتعرف إلى عروسته.", "لم يتعرف إلى عروسته", "العريس"),
    ("وأشار الحرس إلى أن حالة من التوتر سادت.", "حالة من التوتر سادت", "الحرس"),
    # (but not one of those named before, which the word alone does not say: sample 96
    # 2-143 «وأشار الأول», a man named two sentences back; «الآخر», sample 71 2-011)
    ("وكتب أحدهم «هذا المشروع أمل»، وأشار الآخر إلى أنه يعتبر هدية للعالم.",
     "يعتبر هدية للعالم", None),
    # data and figures, whose issuer the text may name elsewhere (sample 67 1-045), and a
    # noun of saying (sample 84 2-072, the verb's object): no one
    ("وأشارت البيانات إلى أن مخزونات النفط زادت.", "مخزونات النفط زادت", None),
    ("وأردف القول أن هذه الزيارة رد قاطع.", "هذه الزيارة رد قاطع", None),
    # a verb that takes whom it told or called on as well: the noun after it is whom
    ("ودعا الأطراف إلى أن تلتزم بالهدنة.", "تلتزم بالهدنة", None),
    # the family name of two people the article named: which one, the text does not say
    ("وقالت سلمى حداد إن الأمر صعب. وقال سامي حداد إن الأمر سهل. وأضاف الحداد أن الوقت مبكر.",
     "الوقت مبكر", None),
])
def test_a_plain_noun_after_a_verb_of_saying(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_plain_noun_speaker_has_no_type_it_cannot_tell(article):
    quotes = extract_all(article("خبر\n\nوأوضح الحرس أن حالة من التوتر سادت المسجد.\n"))
    assert said(quotes, "حالة من التوتر سادت المسجد").speaker.type == "unknown"


@pytest.mark.parametrize("text, words", [
    # sample 80 2-114: "يقول" right after a verb of saying is how he said it, as "قائلا" is;
    # the verb has no subject of its own and goes on with the last speaker
    ('وقال الشيخ وليد الصمعاني إن الأمن نعمة. وأردف يقول "إن رجال أمننا وقفوا وقفة رجل واحد".',
     "إن رجال أمننا وقفوا وقفة رجل واحد"),
    # (a pool article: with إنّ, reported)
    ("وقال الشيخ وليد الصمعاني إن الأمن نعمة. وأضاف يقول إن رجال أمننا وقفوا.",
     "رجال أمننا وقفوا"),
])
def test_a_verb_of_saying_then_yaqul_goes_on_with_the_last_speaker(article, text, words):
    assert speaker_label(article, text, words) == "وليد الصمعاني"


def test_a_word_with_wa_and_her_pronoun_is_no_name_after_a_title(article):
    # sample 93 1-104: "والد العائلة ووالدتها": the father and his (her) mother, no one named
    # «ووالدتها»; "وقال الوالد" is the father
    quotes = extract_all(article(
        "خبر\n\nمن جانبه، يناشد والد العائلة ووالدتها أمير منطقة القصيم الأمير فيصل بن مشعل "
        'تنفيذ مطالبات المدعي العام. وقال الوالد: "أطالب الجهات المختصة بإخراج السحر".\n'))
    assert said(quotes, "أطالب الجهات المختصة بإخراج السحر").speaker.label == "والد العائلة"


@pytest.mark.parametrize("lead", ["فيما", "كما", "ثم"])
def test_a_participle_goes_on_with_a_full_name_after_a_led_verb(article, lead):
    # sample 93 1-083: after فيما (كما، ثم) the verb opens its clause as one with و does,
    # and a full name right after it is its subject, introduced or not; not the last speaker
    text = (f"وقال عبدالله الحربي إن المهرجان ناجح. {lead} أشاد عبدالله السيهاتي بفعاليات "
            "المجمعات التجارية، موضحاً أن العائلات تفضل المجمعات التجارية.")
    assert speaker_label(article, text, "العائلات تفضل المجمعات التجارية") == "عبدالله السيهاتي"


@pytest.mark.parametrize("text", [
    # sample 93 1-139: the relative clause's own verb takes the أن (he looks forward to), so
    # no report of «أظهرت» with «فاعلية» as its speaker
    "وأكد المدير محمد العمرة أن التجربة أظهرت فاعلية من الجمهور الذي يتطلع أن يرى كل ما هو جديد.",
    # (a pool article: the measures that ensure, no one's words)
    "فهو ينص على حزمة من التدابير التي تضمن أن لا تسعى إيران إلى إجراء بحوث.",
])
def test_an_an_after_a_relative_clauses_verb_is_no_report(article, text):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert not [q for q in quotes if q.text.startswith(("يرى كل", "لا تسعى"))]


def test_issued_is_no_name(article):
    # sample 93 2-104: "حسب قائمة المواد المحظورة الصادرة من الوكالة": the list issued by the
    # agency; «الصادرة» (issued) is no one's name
    quotes = extract_all(article("خبر\n\nوالفولتارين دواء غير محظور دولياً حسب قائمة المواد "
                                 "المحظورة الصادرة من الوكالة الدولية لمكافحة المنشطات.\n"))
    assert said(quotes, "والفولتارين دواء غير محظور دولياً").speaker.label \
        == "قائمة المواد المحظورة"


def test_on_behalf_of_is_no_body(article):
    # sample 94 2-145: "نيابة عن مدير عام الجوازات زار …": on behalf of, not the
    # prosecution (النيابة) speaking; the participles after it are not its
    quotes = extract_all(article(
        "خبر\n\nنيابة عن مدير عام الجوازات اللواء سليمان اليحيى زار مدير جوازات منطقة عسير "
        "اللواء سعد السويدي المصابين مشيراً إلى أن هذه الزيارة واجب ديني.\n"))
    speaker = said(quotes, "هذه الزيارة واجب ديني").speaker
    assert speaker is None or "نيابة" not in speaker.label


def test_twice_ends_a_name(article):
    # sample 94 1-198: "زار الرئيس أوباما كينيا مرتين": twice, no word of his name
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize
    text = "فقد زار الرئيس أوباما كينيا مرتين في السابق."
    subject = parse_subject(text, tokenize(text), 2)
    assert subject is not None and "مرتين" not in subject.label


def test_mighty_is_he_who_said_it_is_god(article):
    # sample 94 1-048: "كما قال عز من قائل في سورة «لقمان»: {…}": God's words, not a man
    # named عز
    quotes = extract_all(article("خبر\n\nوقال الشيخ إن البر واجب. كما قال عز من قائل في سورة "
                                 "«لقمان» : { ووصينا الإنسان بوالديه }.\n"))
    assert said(quotes, "ووصينا الإنسان بوالديه").speaker.label == "الله"


def test_a_narrator_before_a_colon_does_not_go_on(article):
    # sample 94 1-054 …: "كما روى الإمام مسلم: أقبل رجل … فقال: … قال: …": the narrator
    # tells of others speaking; "قال" after it is not his (a chain of six)
    quotes = extract_all(article(
        "خبر\n\nوأكد الكاتب أن البر واجب. كما روى الإمام مسلم رحمه الله : أقبل رجل على رسول "
        "الله صلى الله عليه وسلم فقال : أبايعك على الهجرة. فقال صلى الله عليه وسلم : «فهل من "
        "والديك أحد حي؟» قال : نعم كلاهما.\n"))
    assert said(quotes, "نعم كلاهما").speaker is None


def test_one_who_recounts_his_own_story_goes_on(article):
    # sample 77 2-209: "وروى شقيق الفقيد … كيف قتل …. وأكد للصحيفة «…»": he recounts, with
    # no colon, and goes on speaking
    text = ("وروى شقيق الفقيد الذي كان برفقته أثناء وقوع الحادث كيف قتل سليمان أخاه. "
            "وأكد للصحيفة «لقد ادعيت باسمي ضد سليمان».")
    assert speaker_label(article, text, "لقد ادعيت باسمي ضد سليمان") == "شقيق الفقيد"


def test_a_plural_of_afila_is_no_name_after_a_title(article):
    # sample 94 2-041: "وذكر المؤلف أمثلة عن …": the author gave examples; «أمثلة» is no
    # name of his (nor is «الصحة», which has the article: a dev headline «الصحة»: …)
    quotes = extract_all(article("خبر\n\nوذكر المؤلف أمثلة عن أشهر البازيليكيات المسيحية.\n"))
    assert all(q.speaker is None or q.speaker.label != "أمثلة" for q in quotes)
    from tui.quotes.subject import _afila_plural
    assert [w for w in ("امثله", "انشطه", "اسلحه", "الصحه", "اسامه", "اميمه", "امنيه")
            if _afila_plural(w)] == ["امثله", "انشطه", "اسلحه"]


@pytest.mark.parametrize("text, label", [
    # sample 94 2-056: who made the survey, not «نتائج مسح أجرته» with the verb in it
    ('وأنتجت الجزائر مليون برميل يوميا وفقا لنتائج مسح أجرته "رويترز".', "رويترز"),
    ("وأنتجت الجزائر مليون برميل يوميا وفقا لنتائج مسح أجرته وكالة رويترز.", "وكالة رويترز"),
    # (a dev article: the verb right after the document, a time word, then its issuer)
    ("وارتكبت الجماهير أكثر من 200 تصرف عنصري وفقا لتقرير أصدره أخيرا مركز سوفا لمراقبة "
     "العنصرية.", "مركز سوفا لمراقبة العنصرية"),
])
def test_according_to_what_someone_made(article, text, label):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    statements = [q for q in quotes if q.kind == "statement"]
    assert statements and statements[0].speaker.label == label


def test_a_narrator_of_his_own_words_in_quotation_marks_goes_on(article):
    # sample 96 1-115: "وروى مسلم دوابشة، وهو شاهد عيان …: «…». وأكد أن …": a witness
    # telling what he saw in his own quoted words goes on speaking
    text = ("وروى مسلم دوابشة، وهو شاهد عيان من أقارب العائلة: «لقد شاهدنا أربعة مستوطنين». "
            "وأكد أن إحدى الفتيات شاهدت المستوطنين.")
    assert speaker_label(article, text, "إحدى الفتيات شاهدت المستوطنين") == "مسلم دوابشة"


def test_what_the_author_deals_with_is_no_name_of_his(article):
    # sample 94 2-029 …: "يتناول المؤلف من خلالها …، ويناقش مفهوم العمارة المسيحية،" and "ثم
    # يتناول المؤلف مفهوم العمارة المسيحية المبكرة": through it, what he discusses, no title
    # or name the author goes by; "فيرى المؤلف أنها …" is the author's
    quotes = extract_all(article(
        "خبر\n\nالدراسة بعنوان «العمارة المسيحية المبكرة»، وقام بإعدادها الدكتور أحمد أمين، "
        "الأستاذ بكلية الآثار، جامعة الفيوم بمصر. يتناول المؤلف من خلالها الإطار التاريخي "
        "والفني للحقبة المسيحية المبكرة، ويناقش مفهوم العمارة المسيحية، وتأثير اليهودية على "
        "المسيحية في الفترة المبكرة.\nوفيما يتعلق بالإطار التاريخي والإطار الفني للحقبة "
        "المسيحية المبكرة، فيرى المؤلف أنها مرت بخمس مراحل مهمة.\nثم يتناول المؤلف مفهوم "
        "العمارة المسيحية المبكرة، وكيف أنها قد تأثرت بالعمارة اليهودية.\n"))
    assert said(quotes, "مرت بخمس مراحل مهمة").speaker.label == "المؤلف"


@pytest.mark.parametrize("text, end", [
    # sample 94 2-046: a feminine noun after a man's definite title is no adjective of it
    ("وزود المؤلف الدراسة بألبوم صور لأهم مخططات الكنائس.", "المؤلف"),
    # (but a nisba agrees, and a genitive with لـ goes on: pool articles)
    ("وقال المركز الإعلامي للمقاومة إن الثوار تقدموا.", "المركز الإعلامي للمقاومة"),
    # (and «والد» is no title with the article: "والد الطفلة", a dev article)
    ("وأعرب والد الطفلة زينب عن شكره.", "والد الطفلة"),
])
def test_where_a_definite_title_ends(text, end):
    from tui.quotes.subject import parse_subject
    from tui.quotes.tokens import tokenize
    subject = parse_subject(text, tokenize(text), 1)
    assert subject is not None and (subject.title or subject.label) == end


@pytest.mark.parametrize("text, words, label", [
    # sample 96 2-026: a paper's quoted name of two words goes on to its closing mark, and
    # the name set off by commas after it is who spoke
    ('ورأى محرر شؤون الشرق الأوسط بصحيفة "الديلي تليجراف" البريطانية، ريتشارد سبنسر، أن '
     "الحرب طويلة.", "الحرب طويلة", "ريتشارد سبنسر"),
    ("وقالت صحيفة «الديلي ميل» البريطانية إن الحرب طويلة.", "الحرب طويلة",
     "صحيفة «الديلي ميل» البريطانية"),
    # sample 96 2-109: "…، وتنظيم حركة الأمعاء، وأوضحت أن …": a clause opened by و and a
    # verbal noun has no verb; the one who spoke goes on
    ("وتقول الدكتورة علا محمد، أخصائية التغذية، إن البامية تحتوي على الألياف التي تساعد على "
     "إخراج السموم من الجسم، وتنظيم حركة الأمعاء، وأوضحت أن البامية مفيدة.", "البامية مفيدة",
     "علا محمد"),
])
def test_names_that_run_on_and_clauses_that_have_no_verb(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text", [
    # sample 95 2-124: "اللاعب قرر خوض كأس العالم": a verb with its last letter doubled
    "وأوضحت الصحيفة أن اللاعب قرر خوض كأس العالم للأندية.",
    # sample 96 1-009: "وفقد المنتخب الاميركي بالتالي فرصة …": consequently, an adverb
    "وفقد المنتخب الاميركي بالتالي فرصة احراز اللقب.",
])
def test_no_name_reads_a_verb_or_an_adverb(article, text):
    from tui.quotes.entities import Entities
    from tui.quotes.introductions import _introduce
    from tui.quotes.tokens import tokenize
    entities = Entities()
    _introduce(text, [tokenize(text)], entities)
    assert not [e.label for e in entities.items if "قرر" in e.label or "بالتالي" in e.label]


@pytest.mark.parametrize("text, words, label", [
    # sample 96 2-139: a mosque named after someone is no speaker; the preacher is
    ('وقال خطيب جامع الإمام أنس بن مالك في العاصمة السعودية حمد الدهلوس في خطبة الجمعة أمس '
     '"لا بد من التفتيش عن السبب".', "لا بد من التفتيش عن السبب", "حمد الدهلوس"),
    ('وقال خطيب مسجد الملك فهد في الرياض حمد الدهلوس "لا بد من التفتيش عن السبب".',
     "لا بد من التفتيش عن السبب", "حمد الدهلوس"),
    # (sample 90 2-150: a university named after an imam)
    ("وقال مدير جامعة الإمام محمد بن سعود الإسلامية الدكتور سليمان أبا الخيل إن الجامعة "
     "مستعدة.", "الجامعة مستعدة", "سليمان أبا الخيل"),
])
def test_a_place_named_after_someone_is_not_who_spoke(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_it_was_for_them_to_is_no_report(article):
    # sample 90 2-153: "(… أن يذكر فيها اسمه وسعى في خرابها أولئك ما كان لهم أن يدخلوها …)":
    # the أن of "ما كان لهم", inside a cited verse, is no report of «يذكر»
    quotes = extract_all(article(
        "خبر\n\nوقال الشيخ فوزان الفوزان إن هذه فئة ضالة، حيث يقول الله «جل شأنه»: (ومن أظلم "
        "ممن منع مساجد الله أن يذكر فيها اسمه وسعى في خرابها أولئك ما كان لهم أن يدخلوها إلا "
        "خائفين).\n"))
    assert not [q for q in quotes if q.text.startswith("يدخلوها")]


def test_an_epithet_of_god_in_quotation_marks_cites_a_verse(article):
    # sample 90 2-153: "يقول الله «جل شأنه»: «…»": the verse is God's
    quotes = extract_all(article("خبر\n\nوقال الشيخ إن هذه فئة ضالة، حيث يقول الله «جل شأنه»: "
                                 "«ومن أظلم ممن منع مساجد الله أن يذكر فيها اسمه».\n"))
    assert said(quotes, "ومن أظلم ممن منع مساجد الله أن يذكر فيها اسمه").speaker.label \
        == "الله جل شأنه"


@pytest.mark.parametrize("text, words, label", [
    # sample 95 1-065 …: "وذكر أحدث تقارير «أوبك» أن …. وقال التقرير إن …": the latest of
    # its reports; the report then speaks for OPEC (ten items)
    ('وذكر أحدث تقارير "أوبك" أن المنظمة تراهن على تحسن. وقال التقرير إن أوبك تؤمن بالعمل '
     "الجماعي.", "أوبك تؤمن بالعمل الجماعي", "أوبك"),
    ("وأظهر آخر تقرير لمنظمة الصحة العالمية أن الوباء ينتشر. وأضاف التقرير أن الحالات "
     "تتزايد.", "الحالات تتزايد", "منظمة الصحة العالمية"),
    # (sample 88 1-163: the latest statistics, according to which)
    ("ويصل معدل الوفيات إلى 13.2 في المائة، وفقا لآخر إحصاءات منظمة الصحة العالمية.",
     "ويصل معدل الوفيات إلى 13.2 في المائة", "منظمة الصحة العالمية"),
])
def test_the_latest_of_its_documents(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_we_were_is_no_name(article):
    # sample 97 2-041: "وقال كنا «عازمين» على الدخول …": «كنا» (we were) opens his words,
    # no one named كنا
    quotes = extract_all(article("خبر\n\nولفت العميد أحمد التركي إلى أن المقاومة محاصرة. وقال "
                                 "كنا «عازمين» على الدخول للقاعدة.\n"))
    assert all(q.speaker is None or q.speaker.label != "كنا" for q in quotes)


@pytest.mark.parametrize("text, words, label", [
    # sample 64 2-092 and the pool: a singular verb after الذين has a subject of its own (the
    # sentence's), the plural before it is its object ("الذين وصفهم": whom he described)
    ("أشاد نائب وزير الصحة حمد بن محمد الضويلع بجهود العاملين في المستشفيات، الذين وصفهم "
     "بأنهم أهم من العاملين في الوزارة.", "أهم من العاملين في الوزارة", "حمد بن محمد الضويلع"),
    ("وقال اوباما ان على الكونغرس الا يتأثر بضغط المنتقدين، الذين اعتبر انهم اثبتوا خطأهم.",
     "اثبتوا خطأهم", "اوباما"),
    # (a plural verb after it is the antecedent's own)
    ("ويخشى امانو ممانعة من اعضاء مجلس الشيوخ الذين يرون ان تمريره يعني السماح لطهران بالمضي.",
     "تمريره يعني السماح لطهران بالمضي", "اعضاء مجلس الشيوخ"),
])
def test_a_relative_clause_s_verb_agrees_in_number_with_its_antecedent(article, text, words,
                                                                        label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text", [
    # samples 64 1-086, 76 1-168 and 98 1-058: right after في or إلى a noun is where something
    # happened or went, not who the relative clause after it has speak
    "وقالت الشركة إنها تحقق في سماح أحد طياريها بإدخال راكبتين إلى قمرة القيادة خلال إحدى "
    "رحلاتها من لندن إلى نيويورك والتي اوضحت انها كانت في عام 2013.",
    "وينظر إلى هذا التخفيض على أنه ضربة للمجلس العسكري الحاكم في تايلاند، الذي قال إن تباطؤ "
    "الاقتصاد كان أحد أسباب التخفيض.",
    "ويتعلق الأمر بموقف هيئة التنسيق مما حدث في بروكسل، والتي اعتبرت، في بيانات متعددة، أن من "
    "حضر اللقاء لا يمثلها.",
])
def test_a_place_after_fi_or_ila_is_no_relative_clauses_speaker(article, text):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert all(q.speaker is None or q.speaker.label not in ("نيويورك", "تايلاند", "بروكسل")
               for q in quotes)


@pytest.mark.parametrize("text, words, label", [
    # the pool: "ومضت المصادر بالقول" after a man spoke: the sources go on, not he
    ("وأشارت مواقع إخبارية إلى أن من بين المعتقلين القيادي غازي المصعبي. وقال محافظ عدن نايف "
     "البكري إن التحقيق جار. ومضت المصادر بالقول، إن إلقاء القبض على القيادات تم في التواهي.",
     "إلقاء القبض على القيادات تم في التواهي", "المصادر"),
    # sample 65 2-037: after a body spoke, when sources have spoken before in the article
    ("وقالت مصادر داخل المقاومة إن الوجهة التالية ستكون أبين. وقال المركز الإعلامي للمقاومة إن "
     "الثوار يطبقون حصارهم. ومضت المصادر بالقول إن الثوار استولوا على قافلة.",
     "الثوار استولوا على قافلة", "المصادر"),
    # (with no sources before, they may be the body itself, the one source named so far: dev)
    ("وقال المركز الإعلامي للمقاومة إن الثوار يطبقون حصارهم. ومضت المصادر بالقول إن الثوار "
     "استولوا على قافلة.", "الثوار استولوا على قافلة", "المركز الإعلامي للمقاومة"),
    # (and one source, "المصدر", is the man the article calls its source: sample 70 2-186)
    ('وقال الخبير ناجي السامعي إن الخطة فاشلة. واختتم المصدر بالقول "هذه العناصر سوف تكون هدفا '
     'سهلا".', "هذه العناصر سوف تكون هدفا سهلا", "ناجي السامعي"),
])
def test_the_sources_that_go_on_speaking_are_sources(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words", [
    # the pool and samples 66, 74, 95, 96: a verb of saying in the present after أن is a report
    # that might be made, is expected or wished for; none was made, by no one
    ("ومن المتوقع أن تعلن إدارة التعاون في بيان رسمي قرار الاستغناء عن المحترف الكاميروني.",
     "قرار الاستغناء عن المحترف الكاميروني"),
    ("وأشار التقرير إلى أنه من المتوقع أن تبلغ فرص العمل في قطاع السياحة 1.7 مليون وظيفة؛ وهو "
     "يمثل ما يمكن أن يصل إليه إجمالي الوظائف في سوق العمل.",
     "يصل إليه إجمالي الوظائف في سوق العمل"),
    # (and after لم يكن: was not denying)
    ("وقال الخبير خميس الغامدي إن داعش لا يخفي أفعاله، وهذا من سلوكياته التي لم يكن ينفيها عن "
     "نفسه منذ تشكل التنظيم في العراق.", "نفسه منذ تشكل التنظيم في العراق"),
])
def test_a_report_that_might_be_made_is_no_report(article, text, words):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert not any(q.text.startswith(words) for q in quotes), [q.text for q in quotes]


def test_words_quoted_in_a_report_that_might_be_made_are_the_reporters(article):
    # the pool: "وتضمن الاتفاق أن يعلن القادة …": what the leaders are to declare is inside the
    # sources' report, quoted by them; the leaders made no report
    quotes = extract_all(article(
        "خبر\n\nوقالت مصادر قريبة الصلة من قادة جماعة الإخوان إن اجتماعات جرت خلال الأيام الماضية "
        "وانتهت لما وصف بـ«خارطة طريق» لتجاوز الصراع، وتضمن الاتفاق أن يعلن القادة التاريخيون "
        "ممثلين في مكتب إرشاد الخارج تمسكهم بـ«الخيار الثوري»، وإجراء انتخابات.\n"))
    assert said(quotes, "الخيار الثوري").speaker.label \
        == "مصادر قريبة الصلة من قادة جماعة الإخوان"


@pytest.mark.parametrize("text, words, label", [
    # samples 78 2-086, 90 1-010 and 91: "تنظيم" then the group's name is the group, a subject
    # ("تنظيم" alone is also "organising", the verb's object)
    ("وقال مصدر أمني إن التفجير وقع بعد خروج الطلبة. إلى ذلك، أعلن تنظيم داعش مسؤوليته عن "
     "عملية التفجير.", "مسؤوليته عن عملية التفجير", "تنظيم داعش"),
    ("قال تنظيم الدولة الإسلامية إنه خطف ثلاثة مسيحيين في شرق ليبيا.",
     "خطف ثلاثة مسيحيين في شرق ليبيا", "تنظيم الدولة الإسلامية"),
    ("وأعلن تنظيم داعش الإرهابي مسؤوليته عن التفجير.", "مسؤوليته عن التفجير",
     "تنظيم داعش الإرهابي"),
    # (not what it declared: "أعلن تنظيم داعش الخلافة")
    ("وأعلن تنظيم داعش الخلافة في مناطق سيطرته بالعراق وسوريا.",
     "الخلافة في مناطق سيطرته بالعراق وسوريا", "تنظيم داعش"),
    # (and "أفاد … في", benefited, names no one who goes on: the pool, رامي عبد الرحمن)
    ("ورأى مدير المرصد السوري رامي عبد الرحمن أن النصرة حاولت القضاء على الفرقة. وإذ أكد أن "
     "«النصرة» أفاد تنظيم «داعش» في ذلك الهجوم، أشار إلى أن «جيش الثوار» قاتل مع الفرقة.",
     "«جيش الثوار» قاتل مع الفرقة", "رامي عبد الرحمن"),
])
def test_the_group_named_tanzim(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words, label", [
    # sample 91 1-110 (and 86, 90): a body whose genitive is a title, then the holder's name:
    # his office, whose phrase ends after the name (not "الجيش", the last speaker, nor the
    # name read as the start of the words)
    ("وقال الجيش إن القصف لم يستهدف المدنيين. غير أن مكتب رئيس الوزراء أحمد داود أوغلو، أكد بعد "
     "قليل في بيان أن «المعركة مستمرة».", "المعركة مستمرة",
     "مكتب رئيس الوزراء أحمد داود أوغلو"),
    ("وأكد مكتب رئيس الوزراء أحمد داود أوغلو في بيان أن المعركة مستمرة.", "المعركة مستمرة",
     "مكتب رئيس الوزراء أحمد داود أوغلو"),
    # (so a body named after a king: sample 70 2-001)
    ("وأوضحت إدارة مكتبة الطفل في مكتبة الملك عبدالعزيز العامة، أن قطار القراءة استقطب 1200 "
     "طفل.", "قطار القراءة استقطب 1200 طفل",
     "إدارة مكتبة الطفل في مكتبة الملك عبدالعزيز العامة"),
])
def test_the_office_of_a_named_title_holder(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_family_name_of_abu_joined_to_its_word_goes_on_after_bin(article):
    # sample 75 1-096: "أنور بن عبدالله أبوعباة مدير …": after بن and a name, أبو joined to its
    # word is the family name, not the start of what he explained
    quotes = extract_all(article(
        "خبر\n\nوقال المشرفون على الأندية إن الإقبال كبير. وأوضح لـ\"الاقتصادية\" الدكتور أنور بن "
        "عبدالله أبوعباة مدير إدارة النشاط الطلابي في تعليم الرياض، أن الأندية تعمل.\n"))
    assert said(quotes, "الأندية تعمل").speaker.label == "أنور بن عبدالله أبوعباة"


def test_two_spokesmen_whose_titles_part_after_their_head_are_two(article):
    # sample 99 2-156: "المتحدث الرسمي باسم مكتب الأمم المتحدة" is not the special forces'
    # spokesman named before: past "المتحدث الرسمي باسم" each title names a body of its own
    quotes = extract_all(article(
        "خبر\n\nوقال المتحدث الرسمي باسم القوات الخاصة إن العملية ناجحة. وقال المتحدث الرسمي باسم "
        "مكتب الأمم المتحدة في جنيف إن ليون سيكون في جنيف اليوم.\n"))
    assert said(quotes, "ليون سيكون في جنيف اليوم").speaker.label \
        == "المتحدث الرسمي باسم مكتب الأمم المتحدة في جنيف"


def test_a_name_whose_two_words_are_one_is_no_surname_and_its_object(article):
    # sample 97 1-004: "عواد العواد" is his own name, not "العواد" (the lawyer إبراهيم العواد
    # introduced before) and an object after it
    quotes = extract_all(article(
        "خبر\n\nوحضر الحفل المحامي إبراهيم العواد وعدد من الأعيان. وأكّد رئيس المركز عواد العواد "
        "أن احتفال أهالي المركز بالعيد يقام في كل موسم.\n"))
    assert said(quotes, "احتفال أهالي المركز بالعيد يقام في كل موسم").speaker.label \
        == "عواد العواد"


def test_a_sound_plural_source_governs_no_definite_genitive(article):
    # the pool, and sample 90 1-040 ("وأبلغ مسؤولون النادي الإيطالي أنه …"): a sound plural
    # that keeps its ن is in no construct; the noun with the article after it is its object
    quotes = extract_all(article("خبر\n\nووصف ناشطون الوضع في الزبداني بـ«غير المطمئن»، خاصة بعد "
                                 "التفجير.\n"))
    assert said(quotes, "غير المطمئن").speaker.label == "ناشطون"


def test_a_verb_joined_by_wa_goes_on_with_the_subject_after_but_that(article):
    # sample 100 2-073: "…، إلا أن رئيس الاتحاد طلال الفهد خرج … وأعلن تأجيل البطولة": the
    # clause after "but that" opens with its subject, who announced
    quotes = extract_all(article(
        "خبر\n\nوقال أحمد الخزعل إن البطولة في موعدها. وكان من المقرر أن تستضيف الكويت البطولة إلا "
        "أن رئيس الاتحاد طلال الفهد خرج بعد اجتماع أمناء سر الاتحادات الخليجية الاثنين الماضي "
        "وأعلن تأجيل البطولة إلى السنة المقبلة.\n"))
    assert said(quotes, "تأجيل البطولة إلى السنة المقبلة").speaker.label == "طلال الفهد"


def test_an_ordinal_in_a_title_keeps_apart_the_one_it_counts(article):
    # sample 101 2-078..081: "المتهم الأول" is not "المتهم جراح نمر", another of the accused
    quotes = extract_all(article(
        "خبر\n\nوأخلت المحكمة سبيل 11 متهما. واعترف المتهم الأول في القضية أمام المحكمة بأنه قاد "
        "السيارة، مضيفا أن السيارة تعود إلى المتهم جراح نمر.\n"))
    assert said(quotes, "قاد السيارة").speaker.label == "المتهم الأول في القضية"


@pytest.mark.parametrize("text, words, label", [
    # sample 101 2-167: "أكد اللاعب للمدرب خورخي داسيلفا بأنها …": the name after "للمدرب" is
    # the coach's, whom the player told; the player speaks
    ("وتضاربت الانباء حول اصابة مورا بعد ان اكد اللاعب للمدرب خورخي داسيلفا بأنها تمزق في "
     "العضلة.", "تمزق في العضلة", "اللاعب"),
    ("وقال اللاعب الأوروغوياني رودريجو مورا إنه مصاب. وتضاربت الانباء حول اصابته بعد ان اكد "
     "اللاعب للمدرب خورخي داسيلفا بأنها تمزق في العضلة.", "تمزق في العضلة", "رودريجو مورا"),
    # (but an adviser to the president is the one named: sample 83 2-098)
    ("انتقد المستشار الثقافي للرئيس الإيراني حسام الدين آشنا السياسة الإعلامية وقال: «مبالغ "
     "كبيرة تصرف».", "مبالغ كبيرة تصرف", "حسام الدين آشنا"),
])
def test_a_name_after_a_title_with_la_is_whom_the_speaker_told(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_verbal_noun_with_his_pronoun_opens_no_name(article):
    # sample 99 2-064: "أبدى القاسم ارتياحه الكبير للمعسكر، وقال": his relief, not a man named
    # "ارتياحه الكبير"; القاسم goes on speaking
    quotes = extract_all(article(
        "خبر\n\nحضر التدريب مدير الكرة محمد القاسم. وقال المدرب إن الفريق جاهز. وفيما يتعلق "
        "بالمعسكر أبدى القاسم ارتياحه الكبير للمعسكر، وقال \"المجهود الذي بذله الجهاز الفني "
        "كبير\".\n"))
    assert said(quotes, "المجهود الذي بذله الجهاز الفني كبير").speaker.label == "محمد القاسم"


@pytest.mark.parametrize("text, words, label", [
    # samples 93 1-051, 99 2-004, 102 2-094: a present verb of saying after its subject inside
    # another's أن-clause is what that one reports of it; the words stay the reporter's
    ("وقالت وزيرة العدل لوريتا لينش ان الحكومة الامريكية تتهم روف بارتكاب جرائم كراهية.",
     "روف بارتكاب جرائم كراهية", "لوريتا لينش"),
    ("وفي حين أكد وزير الخارجية القطري خالد العطية أن وزراء خارجية دول الخليج يتفقون على أن "
     "التطبيق الكامل للاتفاق سيسهم في أمن المنطقة.", "التطبيق الكامل للاتفاق سيسهم في أمن المنطقة",
     "خالد العطية"),
    # (a past one reports someone's words, relayed: theirs, sample 66 1-033)
    ("لكن مسؤولين أمريكيين قالوا: إن الملك سلمان أشار خلال محادثته مع آشتون كارتر إلى أن "
     "الاتفاقية يجب أن تكون مصحوبة ببرنامج تفتيش قوي.",
     "الاتفاقية يجب أن تكون مصحوبة ببرنامج تفتيش قوي", "الملك سلمان"),
    # (and "بيد أن" is "but", no report's clause: sample 66 1-061)
    ("وأكد مدير المكتب نديم محاسن أن المسؤول ساومه، بيد أن المتحدث الرسمي للجامعة أكد للصحيفة "
     "أنه لا صلة للجامعة بالتصنيف.", "لا صلة للجامعة بالتصنيف", "المتحدث الرسمي للجامعة"),
])
def test_a_present_report_inside_anothers_report_is_the_reporters(article, text, words, label):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    holding = min((q for q in quotes if words in q.text), key=lambda q: len(q.text))
    assert holding.speaker is not None and holding.speaker.label.endswith(label)


def test_amira_before_a_family_name_is_her_given_name(article):
    # sample 101 2-057: "الأخصائية الاجتماعية أميرة الزهراني": her name, not the princess's title
    # before a surname that then went to "عزة الزهراني" named before
    quotes = extract_all(article(
        "خبر\n\nوقالت المعلمة عزة الزهراني إن المشاركة واجبة. وتؤكد الأخصائية الاجتماعية أميرة "
        "الزهراني أهمية مشاركة المرأة السعودية في الانتخابات.\n"))
    assert said(quotes, "أهمية مشاركة المرأة السعودية في الانتخابات").speaker.label \
        == "أميرة الزهراني"


@pytest.mark.parametrize("text, words, label", [
    # sample 99 2-049..056: على typed علي after "المشرف العام" is what he supervises, and his
    # name comes after it, not "علي كرة القدم"
    ("استغرب المشرف العام علي كرة القدم بنادي الأنصار عبدالرحمن الجهني ما أسماه بالصدود، "
     "قائلا: «أستغرب ابتعاد اللاعبين».", "أستغرب ابتعاد اللاعبين", "عبدالرحمن الجهني"),
    # (a family name or a given name after it: علي is his name)
    ("وقال المشرف العام علي الغامدي إن الفريق جاهز.", "الفريق جاهز", "علي الغامدي"),
])
def test_ala_typed_with_ya_after_a_supervisors_title(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_known_family_name_that_is_also_a_nisba_title_then_the_object(article):
    # sample 101 1-127/128: "واعتبر الحوثي نجاح المقاومة …" after "عبدالملك الحوثي": his family
    # name, then what he considered; not a Houthi named نجاح
    quotes = extract_all(article(
        "خبر\n\nوقال زعيم المتمردين عبدالملك الحوثي إن قواته صامدة. واعتبر الحوثي نجاح المقاومة "
        "والتحالف في استعادة عدن “إنجازا محدودا لم يتيسر لهم إلا في ظروف شهر رمضان”.\n"))
    assert said(quotes, "إنجازا محدودا لم يتيسر لهم إلا في ظروف شهر رمضان").speaker.label \
        == "عبدالملك الحوثي"


def test_bilqawl_after_a_verb_its_doer_and_their_object(article):
    # sample 102 1-098/099: "وفي الوقت الذي تجري فيه تلك المحادثات وضع صندوق النقد الدولي شروطه
    # بالقول إنه …": the Fund set its terms saying; not the sources that spoke before
    quotes = extract_all(article(
        "خبر\n\nوقالت المصادر إن المحادثات مستمرة. وفي الوقت الذي تجري فيه تلك المحادثات وضع "
        "صندوق النقد الدولي شروطه بالقول إنه لن يشارك في خطة إنقاذ شاملة.\n"))
    assert said(quotes, "لن يشارك في خطة إنقاذ شاملة").speaker.label == "صندوق النقد الدولي"


def test_umm_and_a_given_name_is_her_kunya(article):
    # sample 104 1-032..042: "أم خالد"، "أم سعد" are the women's names (kunyas, as "أبو خالد");
    # read as "the mother of", the title took "مهنة مناسبة للنساء" for her name and nine items
    # went to it
    quotes = extract_all(article(
        "خبر\n\nوالخوص صنعة قديمة، ليس فقط لكون القصيم تحوي ملايين النخيل، بل كونها في نظر أم خالد "
        "مهنة مناسبة للنساء.\nتقول أم خالد: تعلمت صناعة الخوص من جدتي. ولفتت أم سعد إلى أنها "
        "استطاعت أن تبني بيتا.\n"))
    assert said(quotes, "تعلمت صناعة الخوص من جدتي").speaker.label == "أم خالد"
    assert said(quotes, "استطاعت أن تبني بيتا").speaker.label == "أم سعد"


@pytest.mark.parametrize("text, words, label", [
    # sample 60 2-064: a rank, a family name with no ي, then to whom or when he spoke; the
    # family name is not an adjective of the rank ("الجنرال البالغ 61 عاما")
    ("وقال الدكتور الدخيل للصحفيين إن الدراسة ستكون في موعدها.", "الدراسة ستكون في موعدها",
     "الدخيل"),
    ("وقال الدكتور الدخيل خلال اجتماعه بالمديرين إن الدراسة ستكون في موعدها.",
     "الدراسة ستكون في موعدها", "الدخيل"),
    # (an adjective with its complement stays no name)
    ("وقال الجنرال البالغ من العمر 61 عاما إن الدراسة ستكون في موعدها.",
     "الدراسة ستكون في موعدها", None),
])
def test_a_ranked_family_name_then_to_whom_or_when(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_statement_an_unnamed_spokesman_issued_speaks_for_him(article):
    # sample 105 1-044/045: "وأكد متحدث باسم المفوضية الأوروبية في بيان أمس أنه …. وقال البيان
    # إن …": the statement is the spokesman's, as for a named one or a body
    quotes = extract_all(article(
        "خبر\n\nوأكد متحدث باسم المفوضية الأوروبية في بيان أمس انه بات بالإمكان التوجه نحو خطة "
        "إنقاذ. وقال البيان ان التصويت جاء في الوقت المطلوب.\n"))
    assert said(quotes, "التصويت جاء في الوقت المطلوب").speaker.label \
        == "متحدث باسم المفوضية الأوروبية"


@pytest.mark.parametrize("opening", [
    # sample 106 1-139: the document with its owner's pronoun after في
    "توقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها عن حالة الطقس أن تكون السماء غائمة.",
    # sample 106 1-171: which of its documents, between في and the document
    "وقالت الرئاسة العامة للأرصاد وحماية البيئة في أول تقرير لها إن السماء ستكون غائمة.",
])
def test_the_report_speaks_for_whoever_issued_it_in_their_own_words(article, opening):
    quotes = extract_all(article(
        "خبر\n\n" + opening + " وأورد التقرير أن حركة الرياح ستكون جنوبية.\n"))
    assert said(quotes, "حركة الرياح ستكون جنوبية").speaker.label \
        == "الرئاسة العامة للأرصاد وحماية البيئة"


def test_data_after_fi_is_no_document(article):
    # "في بيانات" (data) is not "في بيانها": the statement stays the document's own
    quotes = extract_all(article(
        "خبر\n\nوقالت الرئاسة العامة للأرصاد في بيانات نشرتها إن السماء ستكون غائمة. "
        "وأورد التقرير أن حركة الرياح ستكون جنوبية.\n"))
    assert said(quotes, "حركة الرياح ستكون جنوبية").speaker.label == "التقرير"


def test_a_body_that_issued_its_own_report_speaks_through_it(article):
    # sample 65 2-159: "أصدرت شركة المركز المالي الكويتي تقريرها الشهري …. وقال التقرير إن …":
    # the document with its owner's pronoun is what the body issued, as "بيانا" is
    quotes = extract_all(article(
        "خبر\n\nأصدرت وزارة الصحة تقريرها الشهري عن الأمراض. وقال التقرير ان الإصابات "
        "ارتفعت.\n"))
    assert said(quotes, "الإصابات ارتفعت").speaker.label == "وزارة الصحة"


@pytest.mark.parametrize("opening, document", [
    # sample 106 1-045..048: the document and the body it came from, in a sentence whose
    # verb is no verb of saying
    ("جاء ذلك في البيان الصادر من المركز الإعلامي بالنادي الأهلي أمس.", "البيان"),
    # (a relative clause: "التقرير الذي صدر عن مؤسسة النقد")
    ("ونشرت الصحف التقرير الذي صدر عن المركز الإعلامي بالنادي الأهلي أمس.", "التقرير"),
])
def test_the_statement_speaks_for_the_body_it_came_from(article, opening, document):
    quotes = extract_all(article(
        f"خبر\n\n{opening} وأكد {document} أن النادي هو أول من تقدم بعرض.\n"))
    assert said(quotes, "النادي هو أول من تقدم بعرض").speaker.label \
        == "المركز الإعلامي بالنادي الأهلي"


@pytest.mark.parametrize("text, words, label", [
    # samples 68 1-142, 74 1-144, 83 1-111: a survey and لـ with the name of whose it is
    ("وأظهر مسح لرويترز الأسبوع الماضي أن إنتاج المنظمة ارتفع.", "إنتاج المنظمة ارتفع",
     "رويترز"),
    ("وأظهر مسح لـ«رويترز»، نشرت نتائجه هذا الأسبوع، أن الدول الأعضاء أنتجت أكثر.",
     "الدول الأعضاء أنتجت أكثر", "رويترز"),
    ("وقال بيان لحماس إن الهدنة انتهت.", "الهدنة انتهت", "حماس"),
    # (a letter is addressed with لـ: not Obama's)
    ("وقالت رسالة لأوباما إن الهدنة انتهت.", "الهدنة انتهت", "رسالة لأوباما"),
    # dev 2015-08-03-0187-aawsat: who made it and when, between the body and أن
    ("وأظهر تقرير لوكالة أنباء رويترز أجرته الاسبوع الماضي، أن انتاج المنظمة ارتفع.",
     "انتاج المنظمة ارتفع", "وكالة أنباء رويترز"),
    ("وأظهر مسح لوكالة أنباء \"رويترز\" أجرته الاسبوع الماضي، أن انتاج المنظمة ارتفع.",
     "انتاج المنظمة ارتفع", "وكالة أنباء \"رويترز\""),
])
def test_a_document_and_the_name_of_whose_it_is(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_survey_is_a_document_not_a_person(article):
    # "وأظهر مسح أن …" took مسح for a man's name
    quotes = extract_all(article("خبر\n\nوأظهر مسح أن إنتاج المنظمة ارتفع.\n"))
    assert said(quotes, "إنتاج المنظمة ارتفع").speaker.type != "person"


def test_a_given_name_and_a_nisba_shaped_like_bi_then_the_occasion(article):
    # sample 77 1-014: "وألقى الدكتور خالد برقاوي كلمة …، موضحاً أن …": برقاوي looks like بـ and a
    # word, but the occasion he spoke at ends his name as what a verb governs does; the
    # participle goes on with him, not with the last speaker
    quotes = extract_all(article(
        "خبر\n\nوقال الدكتور بكري بن معتوق عساس إن الندوة مهمة. وألقى الدكتور خالد برقاوي كلمة "
        "رحب فيها بالمشاركين في فعاليات الندوة، موضحاً أن تنظيم الكرسي لهذه الندوة يندرج ضمن "
        "أهدافه.\n"))
    assert said(quotes, "تنظيم الكرسي لهذه الندوة يندرج ضمن أهدافه").speaker.label == "خالد برقاوي"


def test_according_to_a_name_that_opens_with_abd_in_two_words(article):
    # sample 105 2-120: "وفقاً لعبد الله الموسى، رئيس الجامعة …، مؤكداً أن …": a source opening
    # with a given name (عبد الله written in two words), so the participle goes on with him,
    # not with the last speaker
    quotes = extract_all(article(
        "خبر\n\nوقال عبد الله المقرن إن الجامعة مهمة. ويلقى التعليم الجامعي دعماً متزايداً وفقاً "
        "لعبد الله الموسى، رئيس الجامعة الإلكترونية السعودية، مؤكداً أن التعليم الإلكتروني ينمو "
        "الآن.\n"))
    assert said(quotes, "ويلقى التعليم الجامعي دعماً متزايداً").speaker.label == "عبد الله الموسى"
    assert said(quotes, "التعليم الإلكتروني ينمو الآن").speaker.label == "عبد الله الموسى"


def test_an_unread_word_between_a_verb_of_saying_and_its_object_is_someone(article):
    # sample 96 1-009/010: "وعلق بارنز على التأهل قائلا «…»": بارنز is the verb's subject (على
    # opens its object), someone the grammar does not read; the participle's words are not
    # the last speaker's
    quotes = extract_all(article(
        "خبر\n\nوقال المدرب يورغن كلينسمان إن الفريق محبط. وعلق بارنز على التأهل قائلا «لقد "
        "كتبنا التاريخ بوصولنا الى النهائي».\n"))
    assert said(quotes, "لقد كتبنا التاريخ بوصولنا الى النهائي").speaker is None
    # (the last speaker's own name there is him going on)
    quotes = extract_all(article(
        "خبر\n\nوقال المدرب يورغن كلينسمان إن الفريق محبط. وعلق كلينسمان على التأهل قائلا «لقد "
        "كتبنا التاريخ بوصولنا الى النهائي».\n"))
    assert said(quotes, "لقد كتبنا التاريخ بوصولنا الى النهائي").speaker.label == "يورغن كلينسمان"


def test_a_sentence_that_opens_with_but_that_has_its_own_subject(article):
    # dev 2015-07-23-0402-aljazirah, samples 98 1-116, 104 1-076: "إلا أن بعثة الاتحاد الإفريقي
    # … «نفت بشدة» مزاعم …، وأوضحت أن …": the sentence opens with "but that" and its subject;
    # the verb after the comma goes on with it, not with the last speaker
    quotes = extract_all(article(
        "خبر\n\nوقال المسؤول الطبي عبد الغني هشي إنه تم نقل 18 شخصا إلى المستشفى. إلا أن بعثة "
        "الاتحاد الإفريقي في الصومال «نفت بشدة» مزاعم قتل مدنيين، وأوضحت أن قواتها اكتشفت مركز "
        "تدريب.\n"))
    assert said(quotes, "قواتها اكتشفت مركز تدريب").speaker.label \
        == "بعثة الاتحاد الإفريقي في الصومال"


@pytest.mark.parametrize("opening", [
    # sample 96 2-140: what he agreed with first, then the verb, its preposition with a
    # pronoun, and its subject; the verb after the comma goes on with him
    "وجهة نظر الدهلوس اتفق معها رئيس لجنة الشؤون الخارجية الدكتور خضر القرشي في اتصال هاتفي،",
    "واتفق معه رئيس لجنة الشؤون الخارجية الدكتور خضر القرشي في اتصال هاتفي،",
])
def test_the_subject_after_a_verb_and_its_preposition_with_a_pronoun(article, opening):
    quotes = extract_all(article(
        "خبر\n\nوقال الخطيب حمد الدهلوس إن الإرهاب مرفوض. " + opening
        + " وقال \"يجب ألا نعفي الإيرانيين من المسؤولية\".\n"))
    assert said(quotes, "يجب ألا نعفي الإيرانيين من المسؤولية").speaker.label == "خضر القرشي"


def test_a_short_surname_with_another_long_vowel_is_another_name(tmp_path):
    # pool 2015-08-03-0122-aawsat: "جيف" (Jeff) of one article joined "ابراهيم عبدالرحمن الجوف"
    # of another, one letter changed; in a short name that is another name (an alif alone
    # may come and go: ترمب of ترامب)
    from tui.corpus import load_corpus
    from tui.quotes import extract_quotes, link_speakers
    (tmp_path / "a.txt").write_text("خبر\n\nوقال الدكتور ابراهيم عبدالرحمن الجوف إن الكتاب ظريف.\n"
                                    "وقال الرئيس دونالد ترامب إن الاقتصاد قوي.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("خبر\n\nوأوضح جيف أن التفكير يعيق القرار.\n"
                                    "وأضاف ترمب أن الوظائف كثيرة.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    quotes = link_speakers([q for source in corpus.sources for q in extract_quotes(source)])
    assert said(quotes, "التفكير يعيق القرار").speaker.label == "جيف"
    assert said(quotes, "الوظائف كثيرة").speaker.label == "دونالد ترامب"


def test_li_and_a_present_verb_opens_no_name(article):
    # samples 102 1-109, 106 1-151: "واستمرت الفنانة المصرية في الغناء لتقدم باقة …" named her
    # "لتقدم باقة" (to present a bouquet), and "وقالت الفنانة" after it was said by that name
    speaker = said(extract_all(article(
        "خبر\n\nواستمرت الفنانة المصرية في الغناء لتقدم باقة من أجمل الأغاني. وقالت الفنانة إن "
        "الحفل رائع.\n")), "الحفل رائع").speaker
    assert speaker is None or "لتقدم" not in speaker.label
    # (foreign given names open with لي: "ليندساي غراهام")
    assert speaker_label(article, "وقال السيناتور ليندساي غراهام إن الاتفاق سيئ.", "الاتفاق سيئ") \
        == "ليندساي غراهام"


def test_a_day_after_the_verb_is_when_unless_it_is_the_name_as_written(article):
    # sample 107 2-137: "وكان تقرير لشبكة "راصدين" … كشف الجمعة أن …" gave the report to "جمعة
    # جوهر جمعة", named before: الجمعة (on Friday) read as his family name
    quotes = extract_all(article(
        "خبر\n\nوقال جمعة جوهر جمعة إن القصف استهدف أحياء. وكان تقرير لشبكة \"راصدين\"، المكونة "
        "من عدة منظمات، كشف الجمعة أن 93 مدنيا قتلوا.\n"))
    speaker = said(quotes, "93 مدنيا قتلوا").speaker
    assert speaker is None or speaker.label != "جمعة جوهر جمعة"
    # dev 2015-08-01-0604-alriyadh: "وأعلن الخميس بأن …" after "محمد الخميس" is him
    quotes = extract_all(article(
        "خبر\n\nوأوضح محمد الخميس رئيس اللجنة الاجتماعية، أن ثلاث جهات تعمل على التدريب. وأعلن "
        "الخميس بأن الساعات التدريبية معتمدة.\n"))
    assert said(quotes, "الساعات التدريبية معتمدة").speaker.label == "محمد الخميس"


def test_talks_are_no_name_after_a_title(article):
    # dev 2015-08-07-0056-3alyoum, sample 107 2-100..104: "أجرى وزير الخارجية عادل بن أحمد
    # الجبير مباحثات …" named him "مباحثات" (talks) where the article's opening gave a title
    # and talks: "وزير الخارجية … مباحثات"; "وقال وزير الخارجية" after it is الجبير
    quotes = extract_all(article(
        "وزير الخارجية يجري مباحثات مع نظيره الإيطالي\n\nأجرى وزير الخارجية عادل بن أحمد الجبير "
        "مباحثات اليوم مع وزير الخارجية الإيطالي باولو جينتيلوني في روما.\nوقال وزير الخارجية في "
        "تصريح لوكالة الأنباء السعودية: إن المباحثات كانت مثمرة.\n"))
    assert said(quotes, "المباحثات كانت مثمرة").speaker.label == "عادل بن أحمد الجبير"


def test_but_he_is_the_verbs_subject_not_the_noun_after_it(article):
    # sample 107 2-050: "لكنه دعا ايران الى أن "…"" credited Iran with Obama's call
    quotes = extract_all(article(
        "خبر\n\nوقال باراك أوباما إن الاتفاق جيد. لكنه دعا ايران الى أن \"تخصص القسم الاكبر من هذا "
        "المال للاقتصاد\".\n"))
    assert all(q.speaker is None or q.speaker.label != "ايران" for q in quotes)


def test_a_known_family_nisba_then_the_object_of_the_verb(article):
    # sample 107 1-049/051: "وأوضح الثبيتي ملابسات ماحدث …، وقال: …" after "محمد الثبيتي": his
    # family name as written (a nisba, read as a title), then what he made clear; not a man
    # named "ملابسات ماحدث"
    quotes = extract_all(article(
        "خبر\n\nوقال مدير الجامعة محمد الثبيتي إن الطالبة قبلت. وأوضح الثبيتي ملابسات ماحدث ظهر "
        "الأربعاء في الحرم الجامعي، وقال: أنه في يوم الأربعاء وقعت الحادثة.\n"))
    assert {q.speaker.label for q in quotes if q.speaker is not None} == {"محمد الثبيتي"}


@pytest.mark.parametrize("opening, issuer", [
    # sample 107 1-101..105: an adjective between the document and the relative clause of who
    # issued it
    ("وأوضح التقرير الإحصائي الذي أصدرته الأمانة العامة لمجلس الشورى، ورصدت خلاله أعمال "
     "المجلس، أن المجلس عقد 50 جلسة.", "الأمانة العامة لمجلس الشورى"),
    # (and before "صادر عن": "لتقرير حديث صادر عن وزارة العدل")
    ("ووفقاً لتقرير حديث صادر عن وزارة العدل فإن طلبات الحضانة زادت.", "وزارة العدل"),
])
def test_a_described_document_speaks_for_its_issuer(article, opening, issuer):
    quotes = extract_all(article(f"خبر\n\n{opening} وبين التقرير أن 26 قرارا صدرت.\n"))
    assert said(quotes, "26 قرارا صدرت").speaker.label == issuer


def test_kabir_and_a_plural_in_construct_is_a_title_after_a_name(article):
    # sample 106 1-172: "وقال روجريو زنداميلا كبير اقتصاديي الصندوق المختص في الصومال إنه …":
    # "كبير اقتصاديي الصندوق" (the Fund's chief economist) is his title, not more of his name
    assert speaker_label(article, "وقال روجريو زنداميلا كبير اقتصاديي الصندوق المختص في الصومال "
                         "إنه واجه صعوبات.", "واجه صعوبات") == "روجريو زنداميلا"


@pytest.mark.parametrize("body, label", [
    # sample 107 1-039: the body gives the headline's word as a body's name in brackets
    ("يشارك جنود عراقيون في المعارك، بحسب ما أفاد متحدث باسم وزارة الدفاع الأميركية "
     "(البنتاجون) أمس.", "البنتاجون"),
    # (or as the subject of a verb of saying, with what it said after it)
    ("وقال البنتاجون إن القوات تتقدم.", "البنتاجون"),
    # (a verb of saying before the word, but nothing said: "يرد المشهد (13 دقيقة) في …")
    ("يرد البنتاجون في مطلع الفيلم بعد المطاردة. وهو مشهد طويل.", None),
])
def test_a_headlines_one_word_the_body_gives_to_a_speaking_body(article, body, label):
    quotes = extract_all(article(f"البنتاجون: 3 آلاف جندي عراقي يشاركون بالرمادي\n\n{body}\n"))
    speaker = said(quotes, "3 آلاف جندي عراقي يشاركون بالرمادي").speaker
    assert (speaker.label if speaker is not None else None) == label


def test_a_verbal_nouns_plural_after_a_title_is_no_name(article):
    # sample 105 2-143: "وصف عبدالقادر محمد الجبرتي نائب رئيس اللجنة الوطنية للحج والعمرة
    # لشؤون الحج اشتراطات وزارة الحج …" introduced a man named "اشتراطات" (requirements), and
    # the headline "نائب لجنة الحج: …" went to him
    quotes = extract_all(article(
        "نائب لجنة الحج: اشتراطات وزارة الحج ستسبب كارثة\n\nوصف عبدالقادر محمد الجبرتي نائب رئيس "
        "اللجنة الوطنية للحج والعمرة لشؤون الحج اشتراطات وزارة الحج بالكارثة، موضحا أن معظم "
        "الأطعمة ممنوعة.\n"))
    speaker = said(quotes, "اشتراطات وزارة الحج ستسبب كارثة").speaker
    assert speaker is None or speaker.label != "اشتراطات"
    # (a body's quoted name may open with one)
    quotes = extract_all(article(
        "\"انتخابات الشرقية\": التسجيل في جداول القيد شرط للتصويت\n\nأعلنت لجنة الانتخابات أن "
        "التسجيل مفتوح.\n"))
    assert said(quotes, "التسجيل في جداول القيد شرط للتصويت").speaker.label == "انتخابات الشرقية"


def test_sheikhs_are_a_group_that_speaks(article):
    # sample 106 1-102: "وأبدى شيوخ الأقصى قلقا شديدا …، مؤكدين أن …": the sheikhs are the
    # sentence's plural subject, not the police who spoke before
    quotes = extract_all(article(
        "خبر\n\nوقالت شرطة الاحتلال الإسرائيلي إن الوضع هادئ. وأبدى شيوخ الأقصى قلقا شديدا من هذه "
        "التطورات، مؤكدين أن إسرائيل غيرت سياستها.\n"))
    assert said(quotes, "إسرائيل غيرت سياستها").speaker.label == "شيوخ الأقصى"
    # (الشيوخ with the article is a family name, or the Senate: "محمد فريد الشيوخ")
    assert speaker_label(article, "وقال محمد فريد الشيوخ إن الحملة نجحت.", "الحملة نجحت") \
        == "محمد فريد الشيوخ"


def test_two_given_names_one_id_apart_are_two_people(tmp_path):
    # sample 110 1-129: "وأوضح حسن أن …" (اللواء فضل حسن) took the label "حسين" of a man of
    # another article: the id drops long vowels, and حسن and حسين are two names
    from tui.corpus import load_corpus
    from tui.quotes import extract_quotes, link_speakers
    (tmp_path / "a.txt").write_text("خبر\n\nوقال حسن إن الهدف هو التقدم.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("خبر\n\nوقال حسين إن المفاوضات متعثرة.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    quotes = link_speakers([q for source in corpus.sources for q in extract_quotes(source)])
    assert said(quotes, "الهدف هو التقدم").speaker.label == "حسن"
    assert said(quotes, "المفاوضات متعثرة").speaker.label == "حسين"
    # (a foreign name's spellings stay one speaker: ترامب، ترمب)
    (tmp_path / "a.txt").write_text("خبر\n\nوقال ترامب إن الهدف هو التقدم.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("خبر\n\nوقال ترمب إن المفاوضات متعثرة.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    quotes = link_speakers([q for source in corpus.sources for q in extract_quotes(source)])
    assert said(quotes, "الهدف هو التقدم").speaker.id == said(quotes, "المفاوضات متعثرة").speaker.id


def test_a_medium_relays_the_report_inside_its_own(article):
    # sample 108 1-072/073, 65 1-025: "وذكرت وكالة أنباء البحرين أن مملكة البحرين تشدد على أن …":
    # an agency relays; the words after "تشدد على أن" are Bahrain's
    quotes = extract_all(article(
        "خبر\n\nوذكرت وكالة أنباء البحرين أن مملكة البحرين تشدد على أن هذه التصريحات مرفوضة.\n"))
    assert said(quotes, "هذه التصريحات مرفوضة").speaker.label == "مملكة البحرين"
    # (a person's report keeps what its subject holds: "قالت لينش ان الحكومة الامريكية تتهم")
    quotes = extract_all(article(
        "خبر\n\nوقالت وزيرة العدل لوريتا لينش ان الحكومة الامريكية تتهم الرجل بالتجسس.\n"))
    assert all(q.speaker is None or q.speaker.label != "الحكومة الامريكية" for q in quotes)


def test_a_medium_joined_to_li_is_whom_it_was_told(article):
    # sample 77 1-035: "وأضاف لتلفزيون بي.بي.سي «…»" took the channel, with its لـ, for who
    # spoke (a word in -ون read as a plural of people); it is whom he told, and he goes on
    quotes = extract_all(article(
        "خبر\n\nوقال الباحث ديفيد توماس إن الأوراق قديمة جدا. وأضاف لتلفزيون بي.بي.سي «الشخص "
        "الذي دونها ربما عرف النبي».\n"))
    assert said(quotes, "الشخص الذي دونها ربما عرف النبي").speaker.label == "ديفيد توماس"
    quotes = extract_all(article(
        "خبر\n\nوقال الباحث ديفيد توماس إن الأوراق قديمة جدا. وأضاف لإذاعة لندن «الشخص "
        "الذي دونها ربما عرف النبي».\n"))
    assert said(quotes, "الشخص الذي دونها ربما عرف النبي").speaker.label == "ديفيد توماس"


def test_a_name_after_but_that_opens_its_clause(article):
    # sample 90 2-114: "الا ان ستون اورد رواية اخرى لسبب رحيله. وقال «…»": after "but that"
    # the one word before the verb is who told another story, and whom "وقال" goes on with
    quotes = extract_all(article(
        "خبر\n\nوقال ناطق باسم الحملة إن «روجر يريد الدعاية لنفسه». الا ان ستون اورد رواية "
        "اخرى لسبب رحيله. وقال «ترامب لم يقم باقالتي بل انا من اقاله».\n"))
    assert said(quotes, "ترامب لم يقم باقالتي بل انا من اقاله").speaker.label == "ستون"


def test_who_he_is_between_commas_is_no_report(article):
    # pool 2015-08-02-0173-aawsat: "يقول أمين الدين حامدي، وهو كاتب ومحلل سياسي يتابع أخبار
    # طالبان، إن «…»" credited "أخبار طالبان" (the subject of يتابع, read as "he went on"):
    # who he is, between commas, holds no report; the words after it are his
    quotes = extract_all(article(
        "خبر\n\nمن جهته، يقول أمين الدين حامدي، وهو كاتب ومحلل سياسي يتابع أخبار طالبان، إن "
        "«مؤشرات الخلاف باتت واضحة».\n"))
    assert said(quotes, "مؤشرات الخلاف باتت واضحة").speaker.label == "أمين الدين حامدي"


def test_an_outlet_relays_from_him_his_words(article):
    # sample 111 1-139..141, 98 1-123: "ونقل التلفزيون عنه قوله إن …" credited the television,
    # and "وأضاف" after it; عنه and قوله point back to the one who spoke before
    text = ("خبر\n\nوقال وزير النفط الإيراني بيجن زنغنه «بدأنا التسويق بالفعل». ونقل التلفزيون "
            "عنه قوله إن انتاج الخام نزل كثيرا. وأضاف «سنعود إلى مستوى الإنتاج السابق».\n")
    quotes = extract_all(article(text))
    assert said(quotes, "انتاج الخام نزل كثيرا").speaker.label == "بيجن زنغنه"
    assert said(quotes, "سنعود إلى مستوى الإنتاج السابق").speaker.label == "بيجن زنغنه"
    # (the pronoun's gender, not the outlet's verb's: عنها is not his)
    quotes = extract_all(article(text.replace("ونقل التلفزيون عنه قوله", "ونقلت الوكالة عنها قولها")))
    speaker = said(quotes, "انتاج الخام نزل كثيرا").speaker
    assert speaker is None or speaker.label not in ("بيجن زنغنه", "الوكالة")
    # (and "نسب إلى الخبراء قولهم" stays theirs)
    assert speaker_label(article, "وقال التقرير إن الأمر مهم، ونسب إلى بعض الخبراء قولهم إن "
                         "المملكة ستصبح الثانية.", "المملكة ستصبح الثانية") == "بعض الخبراء"


def test_a_family_name_that_opens_with_wa(article):
    # sample 111 1-097 and the pool's "سوزان ورول": a foreign family name opening with و
    # (ويلسون، ويات، ورول) was read as و and a word, and the name dropped, before a quotation
    # or a colon as before أن
    assert speaker_label(article, 'وقال مارك ويلسون "نؤمن بهذا المجال".', "نؤمن بهذا المجال") \
        == "مارك ويلسون"
    assert speaker_label(article, "وقال جيمس ويليامز: «نؤمن بهذا المجال».", "نؤمن بهذا المجال") \
        == "جيمس ويليامز"
    assert speaker_label(article, "وقال مارك ويلسون إن الأمر مهم.", "الأمر مهم") == "مارك ويلسون"
    # (not a man and another, nor a man who smiled)
    for text in ("وقال محمد وأحمد: «نؤمن بهذا المجال».", "وقال عادل وابتسم: «نؤمن بهذا المجال»."):
        quotes = extract_all(article("خبر\n\n" + text + "\n"))
        speaker = said(quotes, "نؤمن بهذا المجال").speaker
        assert speaker is None or " و" not in speaker.label


def test_a_title_a_comma_then_a_foreign_name(article):
    # sample 112 1-100, 100 2-114: "قال وزير الخارجية البريطانية، فيليب هاموند: «…»" credited
    # no one: the name after the comma had to open with a listed given name; two words no
    # list knows, running right up to the words, are his name
    assert speaker_label(article, "ومن جهته، قال وزير الخارجية البريطانية، فيليب هاموند: "
                         "«نعتقد أن المخاطر تغيرت».", "نعتقد أن المخاطر تغيرت") == "فيليب هاموند"
    # (words a list knows are how or when he said it, no name)
    quotes = extract_all(article("خبر\n\nوقال الوزير، مساء أمس: «نعتقد أن المخاطر تغيرت».\n"))
    assert said(quotes, "نعتقد أن المخاطر تغيرت").speaker.label == "الوزير"


def test_a_quoted_addressee_then_the_quotation(article):
    # sample 112 1-112, 105 2-048, 61 2-119: "وقال محمد العلي لـ«الاقتصادية» «…»": the paper
    # after لـ, quoted, is whom he told; the quotation right after it is his (as it was
    # after a colon)
    assert speaker_label(article, "وقال محمد العلي لـ«الاقتصادية» «الوضع الاقتصادي في الصين "
                         "صعب».", "الوضع الاقتصادي في الصين صعب") == "محمد العلي"
    assert speaker_label(article, 'تيم نيت رئيس قسم الاستراتيجيات يقول لـ"الاقتصادية" "الوضع '
                         'الاقتصادي في الصين صعب".', "الوضع الاقتصادي في الصين صعب") == "تيم نيت"


def test_a_full_stop_set_off_before_the_next_sentence_ends_it(article):
    # sample 111 2-126..128: "… مجمع الفيحاء بحي الفيحاء …، قبل بداية العام الدراسي الجديد
    # .وفي نهاية الجولة أشاد الحارثي، بالجهود …، مؤكدًا أنه …": the sentence ran back over
    # the stop into a list of projects, and "مؤكدا" took a school complex for who spoke
    quotes = extract_all(article(
        "خبر\n\nوقال مدير التعليم محمد الحارثي إن العمل جار. وشملت الجولة المشاريع والمتمثلة "
        "في مشروع ابتدائية المقداد بن عمرو بحي الرياض، ومشروع مجمع الفيحاء بحي الفيحاء بمكة "
        "المكرمة ، ومشروع ثانوية سلمان الفارسي بحي الهجرة بمكة، بالإضافة إلى زيارة المدرسة "
        "الثانوية قبل بداية العام الدراسي الجديد .وفي نهاية الجولة أشاد الحارثي، بالجهود "
        "المبذولة لإنجاز هذه المشاريع من المهندسين والشركات المنفذة، مؤكدًا أنه ينبغي أن يتواءم "
        "الإنجاز مع الإتقان في التنفيذ.\n"))
    assert said(quotes, "ينبغي أن يتواءم الإنجاز مع الإتقان في التنفيذ").speaker.label \
        == "محمد الحارثي"


def test_a_verb_describing_the_noun_before_it_goes_on_with_no_one(article):
    # sample 112 1-029: "تلقى العميد …، إخطاراً يفيد القبض على …": a notice saying so (its
    # tanween read as an adverb's, "مؤخراً قال"), not the mufti who spoke before
    quotes = extract_all(article(
        "خبر\n\nوقال المفتي شوقي علام إن الجيش يحمي الوطن. تلقى العميد عبداللطيف الحناوي مدير "
        "مباحث الغربية، إخطاراً يفيد القبض على 5 من الإخوان بقرى مركز قطور.\n"))
    speaker = said(quotes, "القبض على 5 من الإخوان بقرى مركز قطور").speaker
    assert speaker is None or speaker.label != "شوقي علام"


def test_one_man_with_two_titles_joined_by_and_goes_on(article):
    # sample 112 2-165..167: "أكد فلاح المطيري عضو اللجنة العليا للدورة وممثل الهيئة العامة
    # للشباب والرياضة أن …، وقال «…»": his second title after و named a second person, so
    # "وقال" went on with no one
    quotes = extract_all(article(
        "خبر\n\nأكد فلاح المطيري عضو اللجنة العليا للدورة وممثل الهيئة العامة للشباب والرياضة "
        "أن الهيئة جاهزة من الناحية المالية، وقال «بتوافر المبلغ المخصص فإننا جاهزون».\n"))
    assert said(quotes, "بتوافر المبلغ المخصص فإننا جاهزون").speaker.label == "فلاح المطيري"
    # (two men, each named after his title, are two: which of them spoke, the text does not say)
    quotes = extract_all(article(
        "خبر\n\nوقد عقد رئيس النادي أحمد خواجة ومدرب الفريق عبود الخضري اجتماعا مع اللاعبين، "
        "وقال موجها حديثه إن «الفوز مهم».\n"))
    assert said(quotes, "الفوز مهم").speaker is None


def test_a_headline_verb_after_a_title_is_no_name(article):
    # sample 111 1-016/017: the headline "ولي العهد يواسي عرفة في وفاة شقيقه" introduced a man
    # named "يواسي عرفة" (consoles Arafa), whom "وأعرب اللواء عرفة …، متمنيا" then resolved to
    quotes = extract_all(article(
        "ولي العهد يواسي عرفة في وفاة شقيقه\n\nواسى ولي العهد اللواء المتقاعد أحمد بن عمر عرفة "
        "في وفاة شقيقه. وأعرب اللواء عرفة عن شكره لولي العهد، متمنيا أن يجعل ذلك في موازين "
        "حسناته.\n"))
    speaker = said(quotes, "يجعل ذلك في موازين حسناته").speaker
    assert speaker is not None and "يواسي" not in speaker.label and speaker.label.endswith("عرفة")


def test_the_preposition_ala_is_no_family_name(article):
    # sample 113 1-028: "وشدّد على أن …" credited "محمد إقبال علوي", introduced two speakers
    # before: على (on) normalises to علي, which was read as the family name علوي spelt short
    quotes = extract_all(article(
        "خبر\n\nوقال رجل الأعمال محمد إقبال علوي: جدة جميلة. ولفت رجل الأعمال نضال جمجوم إلى أن "
        "المهرجانات مفيدة. وشدّد على أن التوجه الجديد مفيد.\n"))
    assert said(quotes, "التوجه الجديد مفيد").speaker.label == "نضال جمجوم"


def test_the_day_after_a_foreign_name_is_when(article):
    # sample 114 1-060 (and its twin in dev): "التقى وزير الدفاع الامريكي اشتون كارتر الجمعة
    # رئيس …" introduced "اشتون كارتر الجمعة", so "وأكد كارتر الخميس: «…»" found no one
    quotes = extract_all(article(
        "خبر\n\nعلى صعيد آخر، التقى وزير الدفاع الامريكي اشتون كارتر الجمعة رئيس اقليم كردستان "
        "العراق مسعود بارزاني. وأكد كارتر الخميس: «نحن مستعدون للقيام بالمزيد».\n"))
    assert said(quotes, "نحن مستعدون للقيام بالمزيد").speaker.label == "اشتون كارتر"
    # (after a given name, his father's, the day is the family's name: "سعد محمد الجمعة")
    quotes = extract_all(article(
        "خبر\n\nالتقى المدير سعد محمد الجمعة نظيره. وقال الجمعة إن الاتفاق جيد.\n"))
    assert said(quotes, "الاتفاق جيد").speaker.label == "سعد محمد الجمعة"


def test_a_name_ends_before_a_negation(article):
    # sample 113 2-139/140: "غير ان المحامية تامار برادي لم توافقه الرأي. … وقالت برادي «…»":
    # the introduction read no name (a foreign name must end where a phrase ends; لم did not
    # end it), so "وقالت برادي" found no one
    quotes = extract_all(article(
        "خبر\n\nغير ان المحامية تامار برادي لم توافقه الرأي. وقالت برادي «ان يطلب منك ان تقتل "
        "وحشا اسهل».\n"))
    assert said(quotes, "ان يطلب منك ان تقتل وحشا اسهل").speaker.label == "تامار برادي"


def test_a_movement_is_a_body(article):
    # sample 114 1-158: "من جانبه أعلن الحراك الجنوبي عن …" credited no one and left the
    # movement's name inside the statement: حراك (a movement) heads a body, as حركة does
    assert speaker_label(article, "من جانبه أكد الحراك الجنوبي أن قيادييه أصيبوا.",
                         "قيادييه أصيبوا") == "الحراك الجنوبي"
    # (not ادعاء, a claim as often as the prosecution: "واعتبر هذا الادعاء «فضيحة». وقال: …"
    # goes on with who called it so; nor مهرجان, whose genitive is its name: "مساعد الرئيس
    # للإعلام في مهرجان تمور بريدة، أن …")
    quotes = extract_all(article(
        "خبر\n\nوقال نتنياهو إن الاتفاق سيئ، واعتبر هذا الادعاء «فضيحة خطيرة ضدي». وقال: إن "
        "البديل للاتفاق ليس الحرب.\n"))
    assert said(quotes, "البديل للاتفاق ليس الحرب").speaker.label == "نتنياهو"


def test_drawing_someones_attention_is_no_report(article):
    # pool 2015-07-25-0700-almadina: "ولفت مهرجان أبها للتسوق الـ17 انتباه الزوار إلى تنوع
    # معارضه" was a statement ("17 انتباه الزوار …"): the festival drew the visitors'
    # attention, it said nothing; "لفت الانتباه إلى أن …" and "لفتت النظر إلى …" still report
    quotes = extract_all(article("خبر\n\nولفت اللاعب انتباه الجماهير إلى مهارته العالية.\n"))
    assert not any("انتباه الجماهير" in q.text or "مهارته" in q.text for q in quotes)
    assert speaker_label(article, "وقالت المديرة منى آل مشيط إن الأمر مهم، ولفتت النظر إلى "
                         "حرمة الدماء المعصومة.", "حرمة الدماء المعصومة") == "منى آل مشيط"


def test_amin_of_a_place_then_his_honorific_is_a_mayor(article):
    # sample 114 1-095/096, 102 1-086/087: "من ناحيته قدم أمين الأحساء المهندس عادل الملحم،
    # شكره …، مشيراً إلى أن …": أمين read as the given name (a man "أمين الأحساء" whom no one
    # introduced), so the participle found no one; a place, then an honorific and a name,
    # make it the mayor's title
    quotes = extract_all(article(
        "خبر\n\nمن ناحيته قدم أمين الأحساء المهندس عادل الملحم، شكره وتقديره للوزير لدعمه، "
        "مشيراً إلى أن هذه الجائزة تأتي تمشياً مع توجيهات القيادة.\n"))
    assert said(quotes, "هذه الجائزة تأتي تمشياً مع توجيهات القيادة").speaker.label == "عادل الملحم"
    # (أمين الجميل, a name, then his office, stays the man named so)
    assert speaker_label(article, "وقال أمين الجميل الرئيس الأسبق إن لبنان بخير.",
                         "لبنان بخير") == "أمين الجميل"


def test_the_prophet_by_his_title_says_the_hadith(article):
    # samples 77 2-110, 78 1-055, 91 1-067, 94 1-055, 96 2-133: "وقال النبي صلى الله عليه وسلم
    # «…»" credited no one: النبي was read as no one's title
    assert speaker_label(article, "وقال النبي صلى الله عليه وسلم: «لا يزال المؤمن في فسحة من "
                         "دينه».", "لا يزال المؤمن في فسحة من دينه") == "النبي"
    # (after a name it is whom he asked, neither his name nor his title; and "عبدرب الرسول" is
    # a name)
    quotes = extract_all(article(
        "خبر\n\nوقال النبي صلى الله عليه وسلم «الدين النصيحة لله ولرسوله». وسأل عبدالله بن مسعود "
        "النبي صلى الله عليه وسلم قائلا : أي العمل أحب إلى الله؟\n"))
    assert said(quotes, "الدين النصيحة لله ولرسوله").speaker.label == "النبي"
    assert said(quotes, "أي العمل أحب إلى الله").speaker.label == "عبدالله بن مسعود"
    assert speaker_label(article, "وقال مدير المهرجان عبدرب الرسول الخميس ان أبرز الأهداف "
                         "تحققت.", "أبرز الأهداف تحققت") == "عبدرب الرسول"


def test_a_rank_then_where_he_serves_then_his_name(article):
    # sample 113 2-160..165: "قال النقيب بالجيش العراقي غزوان الجبوري لوكالة الأناضول: إن …"
    # credited no one, and "وقال الجبوري: …" then went to the speaker of parliament, سليم
    # الجبوري, the one الجبوري the article had introduced (five items W per judge)
    quotes = extract_all(article(
        "خبر\n\nقال رئيس مجلس النواب العراقي سليم الجبوري: إن المجلس سيشرع في العمل. وفي بيجي، "
        "قال النقيب بالجيش العراقي غزوان الجبوري لوكالة الأناضول: إن تنظيم داعش واصل تقدمه. "
        "وقال الجبوري: إن «التنظيم اقتحم منطقة الحريجية».\n"))
    assert said(quotes, "تنظيم داعش واصل تقدمه").speaker.label == "غزوان الجبوري"
    # (two men go by الجبوري now: the bare family name is neither for sure, never the first)
    assert said(quotes, "التنظيم اقتحم منطقة الحريجية").speaker is None
    assert speaker_label(article, "قال المقدم بشرطة الأنبار أحمد الدليمي إن الوضع هادئ.",
                         "الوضع هادئ") == "أحمد الدليمي"


def test_a_verbal_noun_of_infiaal_is_no_name(article):
    # sample 116 1-013, 61 1-046: "أعلن خادم الحرمين الشريفين انطلاق القمة" named the King
    # "انطلاق" (launch), and "بيير موسكوفيتشي انطلاق" ran a name into the object
    quotes = extract_all(article("خبر\n\nأعلن خادم الحرمين الشريفين انطلاق القمة التشاورية.\n"))
    assert any("القمة التشاورية" in q.text for q in quotes)
    assert all(q.speaker is None or q.speaker.label != "انطلاق" for q in quotes)
    # (أنطوان, with و inside, stays a name)
    assert speaker_label(article, "وقال أنطوان لوجران إن الحاجات ملحة.", "الحاجات ملحة") \
        == "أنطوان لوجران"


def test_a_rank_then_his_corps_then_his_name(article):
    # sample 115 2-148/149: "وقال اللواء طبيب راشد الدوسري: «…»" credited no one (the
    # medical corps after the rank, as "اللواء طيار" is read), and "العقيد دكتور عاطي القرشي"
    # made "دكتور" a word of his name
    assert speaker_label(article, "وقال اللواء طبيب راشد الدوسري: «إن تنمية الخدمات الطبية "
                         "أصبحت هاجسا لنا».", "إن تنمية الخدمات الطبية أصبحت هاجسا لنا") \
        == "راشد الدوسري"
    assert speaker_label(article, "وقال العقيد دكتور عاطي القرشي إن العمليات مستمرة.",
                         "العمليات مستمرة") == "عاطي القرشي"
    # (alone, a doctor is no rank: "وقال طبيب سعودي" is a source)
    assert speaker_label(article, "وقال طبيب سعودي إن العمليات مستمرة.", "العمليات مستمرة") \
        == "طبيب سعودي"


def test_where_he_said_it_between_the_subject_and_its_verb(article):
    # dev 2015-07-25-1345-alyaum: "غير ان اوباما وفي مقابلة مع بي.بي.سي قال انه …": the
    # subject first, then و and where he said it, then the verb: his words
    quotes = extract_all(article(
        "خبر\n\nوقال الرئيس الأمريكي باراك أوباما إن الزيارة مهمة. غير ان اوباما وفي مقابلة مع "
        "الصحفيين قال انه ليس من هواة التمييز.\n"))
    assert said(quotes, "ليس من هواة التمييز").speaker.label == "باراك أوباما"


def test_acting_for_an_office_and_a_noun_with_her_pronoun(article):
    # sample 118 1-144/145: "أعلن القائم بأعمال رئيس هيئة الطيران المدني الإيرانية محمد
    # خوداكرامي …" ended the title at "بأعمال" (the office after it read as another man's), and
    # gave "القائم بأعمال" as who spoke
    quotes = extract_all(article(
        "خبر\n\nأعلن القائم بأعمال رئيس هيئة الطيران المدني الإيرانية محمد خوداكرامي أمس، نية "
        "بلاده تحديث أسطول الطائرات، مضيفا «علينا أن نضيف 80 طائرة».\n"))
    assert said(quotes, "علينا أن نضيف 80 طائرة").speaker.label == "محمد خوداكرامي"
    # sample 117 2-060, 88 2-130/131: "وختمت الباحثة حديثها بقولها: «…»" named her "حديثها"
    # (her talk): a noun with her or their pronoun opens no name
    quotes = extract_all(article(
        "خبر\n\nوختمت باحثة الدكتوراة حديثها بقولها: «بإمكان أي منظمة أن تساهم».\n"))
    speaker = said(quotes, "بإمكان أي منظمة أن تساهم").speaker
    assert speaker is None or "حديثها" not in speaker.label


def test_a_tatweel_alone_is_a_dash(article):
    # sample 74 1-002..004: "وقال العيسى ــ بحسب بيان نقلته وكالة الأنباء السعودية ــ إن …"
    # credited no one: the tatweels set off as a dash were read as words (empty ones), so the
    # aside between them was no aside; and "قال ابن عمر ـ رضي الله عنهما ـ" ran the name into
    # the blessing ("ابن عمر ـ رضي الله", sample 117 1-039)
    from tui.quotes.tokens import tokenize
    text = "قال ابن عمر ـ رضي الله عنهما ـ لـ«الوطن» ـالله"
    assert [t.norm for t in tokenize(text)] == ["قال", "ابن", "عمر", "رضي", "الله", "عنهما",
                                                "ل", "الوطن", "الله"]
    assert speaker_label(article, "وقال رئيس اللجنة طارق العيسى إن العمل جار. وقال العيسى ــ "
                         "بحسب بيان نقلته وكالة الأنباء السعودية ــ إن الضوابط جاهزة.",
                         "الضوابط جاهزة") == "طارق العيسى"


def test_a_given_name_with_the_article_before_bin(article):
    # "وقال الأمير الوليد بن طلال إن …" credited "بن طلال": the given name with its article was
    # read as an adjective of the title (الأمير الوليد) and بن opened the name
    assert speaker_label(article, "وقال الأمير الوليد بن طلال إن الشركة ستبيع حصتها.",
                         "الشركة ستبيع حصتها") == "الأمير الوليد بن طلال"
    assert speaker_label(article, "وقال الأمير الوليد بن طلال إن الشركة ستبيع حصتها. وأكد "
                         "الأمير الوليد أن الصفقة تمت.", "الصفقة تمت") == "الأمير الوليد بن طلال"


def test_approximately_is_nobody(article):
    # sample 120 1-6-4: "… ليبلغ حوالي 374 ألف عملية …. وتطرق تقرير مؤسسة النقد إلى …، مبينا
    # أن …" credited "حوالي" (about): a word of approximation read as the subject of ليبلغ
    # and carried to the participle
    text = ("ليبلغ حوالي 374 ألف عملية ,في حين انخفضت قيمة هذه العمليات بنسبة 1.6% لتبلغ نحو "
            "49196 مليار ريال ,كما أن عدد العمليات المجمعة المنفذة عبر النظام بين المصارف "
            "ارتفع بنسبة 5.9%.\nوتطرق تقرير مؤسسة النقد إلى نظام “سداد” للمدفوعات لسداد "
            "الفواتير في المملكة , مبينا أن عدد المفوترين المرتبطين بالنظام بلغ 139 مفوتراً.")
    assert speaker_label(article, text, "عدد المفوترين المرتبطين بالنظام بلغ 139 مفوتراً") \
        is None


def test_energy_to_do_his_part_is_nobody(article):
    # sample 119 1-2-4: "… تمنح الرياضي طاقة للقيام بأدواره …. وعن نوعية الأكل، أجاب: «…»"
    # credited "طاقة للقيام" (energy to do): a name does not go on with لـ and the article
    text = ("وأكد المدرب جوريجوس دونيس أن الغذاء مهم جدا. وأضاف أن الوجبات المفيدة.. تمنح "
            "الرياضي طاقة للقيام بأدواره. وعن نوعية الأكل، أجاب: «يتم اختيار الأكل بعناية»")
    assert speaker_label(article, text, "يتم اختيار الأكل بعناية") == "جوريجوس دونيس"


def test_a_participle_after_a_comma_is_no_name(article):
    # sample 120 1-21-4: "… لإكرام الضيف، معددا أنواع العسل التي …" made "معددا أنواع العسل"
    # (listing the kinds of honey) a man named after a title, who then spoke for the next
    # seller: an accusative participle after a comma goes on with the speaker, it names no one
    text = ("وأوضح مدير المهرجان غالب بن أحمد الهبوب أن العسل يشهد إقبالا وذلك لتقديمه في "
            "المناسبات لإكرام الضيف، معددا أنواع العسل التي يزيد الإقبال عليها.\n"
            "من جهته، بين البائع فاضل محمد أن فوائد العسل كثيرة، لافتا إلى أن عسل الشوكة "
            "مفيد للآلام الباطنية، في حين يفيد عسل الزهور الأطفال لاحتوائه على عدد من الزهور.")
    labels = {q.speaker.label if q.speaker else None
              for q in extract_all(article("خبر\n\n" + text + "\n"))}
    assert not any(label and "معددا" in label for label in labels)
    assert speaker_label(article, text, "فوائد العسل كثيرة") == "فاضل محمد"


def test_about_us_is_no_name(article):
    # sample 120 1-11-1: "لوثة الغربة التي تقول عنا أننا أبناء …" credited "عنا" (about us);
    # "وقال عنهم الوزير إنهم …" credited "عنهم الوزير": a preposition with its pronoun is
    # never a word of who spoke
    text = "وهي الغربة التي تقول عنا أننا أبناء الصحراء والرمال. وقال عنهم الوزير إنهم مجتهدون جدا."
    labels = [q.speaker.label for q in extract_all(article("خبر\n\n" + text + "\n"))
              if q.speaker is not None]
    assert not any("عنا" in label.split() or "عنهم" in label.split() for label in labels)


def test_a_verbal_noun_in_the_accusative_is_no_name(article):
    # sample 120 1-13-2: "… من لا يتوقع تفحيطا، وإن ركض في شوارع …" credited "تفحيطا"
    # (drifting), and pool 2015-08-04-0231: "لينفي تقريرا بأنه …" credited "تقريرا": a verbal
    # noun of the تفعيل kind with its accusative alif is the verb's object, never a name
    quotes = extract_all(article("خبر\n\nوإن فحط قتل أو قتل من لا يتوقع تفحيطا، وإن ركض في "
                                 "شوارع مدينة تجري فيها المركبات عكس اتجاه السير فإنه قد يدهس.\n"))
    assert not any(q.speaker is not None and "تفحيطا" in q.speaker.label for q in quotes)
    assert speaker_label(article, "الممثل ويل سميث يلجأ الي فيسبوك لينفي تقريرا بأنه وزوجته "
                         "قررا الطلاق", "وزوجته قررا الطلاق") != "تقريرا"


def test_a_clan_in_a_title(article):
    # sample 120 1-22-5: "نائب عشيرة آل غانم … حسن محمد فائع، أن" credited "غانم"; with the
    # name right after the clan, "شيخ قبيلة آل غانم حسن محمد فائع، أن" gave "شيخ قبيلة آل" and
    # the name inside the report: آل and its family's name are the genitive of the clan noun
    assert speaker_label(article, "من جهته أوضح شيخ قبيلة آل غانم حسن محمد فائع، أن طريق "
                         "القرى طويل جدا.", "طريق القرى طويل جدا") == "حسن محمد فائع"


def test_the_directorate_after_a_title_is_no_name(article):
    # sample 119 2-7-1/2: "نفى المدير العام لطرق نجران المهندس ناصر بجاش …" credited "لطرق
    # نجران" (of Najran's roads), and the report began with the engineer's name: لـ and a
    # directorate's noun (طرق، شرطة، أوقاف …) is a complement of the title
    quotes = extract_all(article("خبر\n\nبينما نفى المدير العام لطرق نجران المهندس ناصر بجاش "
                                 "في رده على خطاب الوطن وجود أي أضرار.\n"))
    assert not any(q.speaker is not None and "لطرق" in q.speaker.label for q in quotes)
    assert speaker_label(article, "وقال المدير العام لطرق نجران المهندس ناصر بجاش إن الطريق "
                         "آمن.", "الطريق آمن") == "ناصر بجاش"


def test_a_family_name_with_its_particle(article):
    # sample 119 1-18 (16 items): "وقال يوهانس فان در كلاوو إنه …" and "وقال فان در كلاوو إن …"
    # credited no one: a given name shaped like a verb (يوهانس، ستيفان) stood alone, and فان
    # read as فإن ended the name or refused to open one
    text = ("وقال يوهانس فان در كلاوو إنه رأى جثثا ملقاة في الشوارع. وقال فان در كلاوو إن "
            "الظروف مواتية. وقال ستيفان دي ميستورا إن الحل سياسي.")
    assert speaker_label(article, text, "رأى جثثا ملقاة في الشوارع") == "يوهانس فان در كلاوو"
    assert "فان در كلاوو" in speaker_label(article, text, "الظروف مواتية")
    assert speaker_label(article, text, "الحل سياسي") == "ستيفان دي ميستورا"
    # and فإن written without its hamza after a verb is still no name
    assert speaker_label(article, "وأضاف المتحدث أن الوضع هادئ. وأضاف فان الحكومة ستعلن "
                         "قرارها.", "الوضع هادئ") == "المتحدث"


def test_a_particle_name_joins_only_a_name_spelt_alike(article):
    # dev 2015-08-04-1247-okaz: "فان غال: «…»" in one article joined "وليد بن علي الجلال" of
    # another, the only other name whose last word has غال's key (غ and ج fold to one)
    quotes = extract_all(article("فان غال: «المانيو ليس جاهزاً»\n\nقال المدرب الهولندي إن "
                                 "الفريق يحتاج للوقت.\n",
                                 "خبر\n\nوقال وليد بن علي الجلال إن المشروع اكتمل.\n"))
    assert said(quotes, "المانيو ليس جاهزاً").speaker.label == "فان غال"


def test_a_trade_after_a_name_says_who_he_is(article):
    # sample 119 1-5-12..14: "وأوضح ابو ياسر تاجر سيارات أنه …" credited no one and put his
    # name in the report: تاجر (shaped like the verb تاجَرَ) was no title, so the name could
    # not end before it. Trades (تاجر، بائع، سائق، مقاول، مستثمر …) are titles
    quotes = extract_all(article("خبر\n\nوأوضح ابو ياسر تاجر سيارات أنه يتعين على الجهات "
                                 "الرسمية مناقشة أسباب ارتفاع الأسعار.\n"))
    assert said(quotes, "يتعين على الجهات الرسمية مناقشة أسباب ارتفاع الأسعار").speaker.label \
        == "ابو ياسر"
    assert speaker_label(article, "بدوره، نوه البائع نبيل مروان بالإقبال الكبير، مؤكداً أن "
                         "المشاركة كانت مثمرة.", "المشاركة كانت مثمرة") == "نبيل مروان"
    # (a given name that is also a trade, فلاح, stays a name; المدرسة stays a school)
    assert speaker_label(article, "وأكد فلاح المطيري عضو اللجنة العليا أن الهيئة جاهزة.",
                         "الهيئة جاهزة") == "فلاح المطيري"


def test_the_countryside_of_a_city_in_a_title(article):
    # sample 119 1-28-1: "حذّر عضو مجلس قيادة الثورة في ريف دمشق إسماعيل الداراني من «…»"
    # credited no one: the title ended at ريف (countryside of), so دمشق opened the name and
    # the name did not end where a name ends
    assert speaker_label(article, "واستباقًا لما هو أسوأ، حذّر عضو مجلس قيادة الثورة في ريف "
                         "دمشق إسماعيل الداراني من «كارثة إنسانية، إذا ما طال الحصار لأيام "
                         "إضافية».", "كارثة إنسانية، إذا ما طال الحصار لأيام إضافية") \
        == "إسماعيل الداراني"


def test_a_name_shaped_like_a_preposition_then_whom_he_told(article):
    # sample 119 1-14-1..3: "وقال بارتوميو لهيئة الإذاعة البريطانية "بي.بي.سي": "…"" credited
    # no one: بارتوميو opens like بـ and a word, which a name is taken to be only before a
    # few things; لـ and a body or an outlet, whom he told, is one of them
    text = ('وقال بارتوميو لهيئة الإذاعة البريطانية "بي.بي.سي": "سنصارع الدوري الإنجليزي '
            'الممتاز". وقال بصراحة للصحفيين إن الأمر انتهى.')
    assert speaker_label(article, text, "سنصارع الدوري الإنجليزي الممتاز") == "بارتوميو"
    # (a manner word with بـ before the press is still no name)
    assert speaker_label(article, "وقال بصراحة للصحفيين إن الأمر انتهى.", "الأمر انتهى") \
        is None


def test_a_second_office_and_whom_he_told_around_the_name(article):
    # sample 119 2-15-4..7: "قال القيادي في الحزب …، وأحد قادة البيشمركة …، علي حسين، إن «…»"
    # and "…، مصطفى جاورش، لـ«الشرق الأوسط»، إن «…»" credited no one: after the title, his
    # other office set off by commas, then his name, then whom he told
    assert speaker_label(article, "من جانبه، قال القيادي في الحزب الديمقراطي الكردستاني، وأحد "
                         "قادة البيشمركة الميدانيين في محور مخمور والكوير، علي حسين، إن «قوات "
                         "البيشمركة غير خاضعة لتأثيرات».", "قوات البيشمركة غير خاضعة لتأثيرات") \
        == "علي حسين"
    assert speaker_label(article, "من جهته، قال القيادي في الاتحاد الوطني الكردستاني، وأحد قادة "
                         "قوات البيشمركة، مصطفى جاورش، لـ«الشرق الأوسط»، إن «الأوضاع "
                         "المعيشية صعبة».", "الأوضاع المعيشية صعبة") == "مصطفى جاورش"


def test_whom_he_told_first_then_who_he_is_after_a_semicolon(article):
    # sample 120 1-24 (eight items): "قال لـ"الاقتصادية" حميد العنزي؛ مصرفي سعودي، إن …",
    # "أوضح لـ"الاقتصادية" الدكتور سعيد الشيخ؛ كبير الاقتصاديين …، أن …" and "وأوضح
    # لـ"الاقتصادية" مصدر مصرفي حينها، أن …" credited no one (or put the name in the report)
    assert speaker_label(article, 'من جانبه، قال لـ"الاقتصادية" حميد العنزي؛ مصرفي سعودي، إن '
                         'السعوديين هم أكثر العملاء استفادة.', "السعوديين هم أكثر العملاء استفادة") \
        == "حميد العنزي"
    assert speaker_label(article, 'من جهته، أوضح لـ"الاقتصادية" الدكتور سعيد الشيخ؛ كبير '
                         'الاقتصاديين في البنك الأهلي، أن القروض آمنة.', "القروض آمنة") \
        == "سعيد الشيخ"
    assert speaker_label(article, 'وأوضح لـ"الاقتصادية" مصدر مصرفي حينها، أن نسبة التعثر '
                         'منخفضة.', "نسبة التعثر منخفضة") == "مصدر مصرفي"


def test_a_report_stops_where_another_says_his_quotation(article):
    # sample 119 2-13-12..14: "… والتي سبق أن وعدت بتقديم 5 مليارات يورو لمصر في إطار شراكة مع
    # البنك الدولي قال السفير «لا توجد …»" ran the promise on over "قال السفير", and the
    # ambassador's quotation went to whoever promised
    text = ("وقال السفير المصري إيهاب فوزي إن الأمور أوضح. وحول الاجتماعات بشأن مجموعة العمل "
            "«تاسك فورس» والتي سبق أن وعدت بتقديم 5 مليارات يورو لمصر في إطار شراكة مع البنك "
            "الدولي قال السفير «لا توجد في الوقت الحالي أي مواعيد محددة».")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert not any("قال السفير" in q.text for q in quotes)
    assert said(quotes, "لا توجد في الوقت الحالي أي مواعيد محددة").speaker.label == "إيهاب فوزي"
    # (a clause that cites someone as it goes on keeps him in it)
    quotes = extract_all(article("خبر\n\nوأكد الوزير أن الاتفاق مهم جدا للطرفين كما قال "
                                 "الرئيس «خطوة مهمة».\n"))
    assert said(quotes, "الاتفاق مهم جدا للطرفين كما قال الرئيس «خطوة مهمة»").speaker.label \
        == "الوزير"


def test_a_participle_goes_on_with_the_subject_after_haythu(article):
    # sample 120 1-3-1 and pool 2015-08-07-0765: "حيث أدان وزير الخارجية الإماراتي الشيخ
    # عبدالله بن زايد آل نهيان، الجريمة …، مؤكداً وقوف …" credited no one: a sentence that
    # opens with حيث has its verb, and that verb's subject, right after it
    assert speaker_label(article, "حيث رحب الأمين العام المساعد للشئون الفنية المهندس وائل "
                         "الدهاسي بجميع الموظفين، لافتاً الى أن امانة المجلس تولي تطوير أعمالها "
                         "عناية خاصة.", "امانة المجلس تولي تطوير أعمالها عناية خاصة") \
        == "وائل الدهاسي"


def test_the_team_after_a_title_is_no_general(article):
    # sample 120 1-17-2: "قدم قائد الفريق الأول لكرة القدم سلطان مسرحي شكره …. وأكد مسرحي أن"
    # went to فيصل مسرحي, a goalkeeper of the same name: الفريق (also the rank of a general)
    # made the reader wait for a name after a rank, so "سلطان مسرحي" stayed words of the title
    # and the surname found only the other man (now both fit it, and no one is named)
    text = ("وتألق حراس الفريق فيصل مسرحي وداود ال سعيد في التصدي للتسديدات. من جانبه، قدم قائد "
            "الفريق الأول لكرة القدم سلطان مسرحي شكره للاعبين. وأكد مسرحي أن الفريق قادر على "
            "البقاء بين الكبار.")
    assert speaker_label(article, text, "الفريق قادر على البقاء بين الكبار") != "فيصل مسرحي"
    assert speaker_label(article, "من جانبه، قال قائد الفريق الأول لكرة القدم سلطان مسرحي إن "
                         "المعسكر ناجح.", "المعسكر ناجح") == "سلطان مسرحي"
    assert speaker_label(article, "قال مدير الفريق الأول لكرة القدم بنادي هجر فؤاد المسلم إن "
                         "المرحلة الثانية انتهت.", "المرحلة الثانية انتهت") == "فؤاد المسلم"


def test_a_verbal_noun_and_its_plural_is_no_name(article):
    # pool 2015-07-26-1038: "وأكد الأستاذ/بريك القرني عضو الفريق التنظيمي اكتمال الاستعدادات"
    # made "اكتمال الاستعدادات" (the preparations' completion) a man, whom the last line's
    # "اللجنة العامة … تعلن اكتمال الاستعدادات" then named
    quotes = extract_all(article("خبر\n\nوأكد عضو الفريق التنظيمي اكتمال الاستعدادات فيما يتعلق "
                                 "بهذا الجانب.\nاللجنة العامة للانتخابات البلدية تعلن اكتمال "
                                 "الاستعدادات لانطلاق المرحلة الأولى\n"))
    assert not any(q.speaker is not None and "اكتمال" in q.speaker.label for q in quotes)


def test_a_word_in_ta_marbuta_after_a_masculine_verb_is_no_name(article):
    # sample 122 2-9-3/4: "وأعلنها مدوية بقوله: (…)" credited "مدوية" (resounding), and 2-5-2
    # "يعتبر نقلة نوعية وإن كان …" credited "نقلة نوعية": a word in ة after a verb in the
    # masculine is no name a list knows (أسامة، حمزة are), and a woman would take the feminine
    quotes = extract_all(article("خبر\n\nفظهر لهم هذه المرة الرئيس عبدالفتاح السيسي، وأعلنها "
                                 "مدوية بقوله: (لن ترونا إلا معًا). وقال أسامة إن الأمر محسوم.\n"))
    assert not any(q.speaker is not None and "مدوية" in q.speaker.label for q in quotes)
    assert said(quotes, "الأمر محسوم").speaker.label == "أسامة"
    quotes = extract_all(article("خبر\n\nإنتاج إنسولين يبقى في الجسم مدة خمسة أيام يعتبر نقلة "
                                 "نوعية وإن كان تركيز هذا الإنسولين عاليا.\n"))
    assert not any(q.speaker is not None and "نقلة" in q.speaker.label for q in quotes)


def test_a_dateline_does_not_hide_the_first_sentences_subject(article):
    # sample 121 1-25-2/3: "سبق- الرياض: دان وزير الخارجية السعودي عادل الجبير جريمة …، وقال:
    # «…»" credited no one: the dateline, a few words joined by dashes and a colon, was read
    # as where the sentence and its subject begin
    assert speaker_label(article, 'سبق- الرياض: دان وزير الخارجية السعودي عادل الجبير جريمة حرق '
                         'الرضيع الفلسطيني فجر اليوم في مدينة نابلس، وقال: "ندين بأشد العبارات '
                         'هذه الجريمة".', "ندين بأشد العبارات هذه الجريمة") == "عادل الجبير"
    assert speaker_label(article, "واس- الرياض: أصدرت قيادة القوات المشتركة اليوم بياناً "
                         "أوضحت فيه أنه في صباح اليوم أجرت طائرة هبوطاً اضطرارياً.",
                         "في صباح اليوم أجرت طائرة هبوطاً اضطرارياً") == "قيادة القوات المشتركة"


def test_bin_and_the_fathers_name_call_the_man_named_in_full(article):
    # sample 121 1-3-10/14: "وأشار بن دليم إلى أن …" and "وأوضح بن دليم: «…»" after "الدكتور
    # محمد بن دليم القحطاني" credited no one: بن and his father's name are how news calls him
    text = ("وقال الدكتور محمد بن دليم القحطاني إن الجامعات تحتاج للتطوير. وأشار بن دليم إلى أن "
            "من أهم العوائق ضعف التدريب.")
    assert speaker_label(article, text, "من أهم العوائق ضعف التدريب") == "محمد بن دليم القحطاني"
    # (two men of that father: neither for sure)
    text = ("وقال محمد بن دليم القحطاني إن الجامعات تحتاج للتطوير. وقال سعد بن دليم القحطاني إن "
            "السوق بطيئة. وأشار بن دليم إلى أن من أهم العوائق ضعف التدريب.")
    assert speaker_label(article, text, "من أهم العوائق ضعف التدريب") is None


def test_mens_names_in_ta_marbuta_after_a_masculine_verb(article):
    # the rule on words in ة after a masculine verb ("وأعلنها مدوية") leans on the list of
    # given names: men's names that end in ة (خليفة، معاوية، عطية، حذيفة …) must be in it
    text = "وقال خليفة إن الأمر محسوم. وقال معاوية إن الصلاة قائمة. وقال حذيفة إن الطريق مغلق."
    assert speaker_label(article, text, "الأمر محسوم") == "خليفة"
    assert speaker_label(article, text, "الصلاة قائمة") == "معاوية"
    assert speaker_label(article, text, "الطريق مغلق") == "حذيفة"


def test_reasons_and_repercussions_are_no_name(article):
    # sample 123 1-30-6..11: "وأرجع السيناتور شومر أسباب قراره … إلى …" made the senator
    # "شومر أسباب" (Schumer reasons), a label that every quotation of his then carried
    text = ("وأشار شومر إلى أن عدة عناصر في الصفقة تثير لديه الكثير من القلق. وأرجع السيناتور "
            "شومر أسباب قراره لمعارضة الاتفاق إلى «نقاط ضعف خطيرة» وقال: «عمليات التفتيش ليست "
            "كافية».")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert not any(q.speaker is not None and "أسباب" in q.speaker.label for q in quotes)
    assert said(quotes, "عدة عناصر في الصفقة تثير لديه الكثير من القلق").speaker.label == "شومر"


def test_a_family_name_in_ta_marbuta_before_his_words(article):
    # sample 124 1-25-5/7: "وأضاف مندورة: «…»" credited no one after the rule on words in ة
    # after a masculine verb ("وأعلنها مدوية بقوله"): a colon, a quotation mark or إنّ right
    # after the word makes it the one who speaks
    text = "وأضاف مندورة: «إننا نعمل على بحث نقاط القوة». وقال عكاشة إن الموسم ناجح."
    assert speaker_label(article, text, "إننا نعمل على بحث نقاط القوة") == "مندورة"
    assert speaker_label(article, text, "الموسم ناجح") == "عكاشة"
    # (and the object in ة still names no one)
    assert speaker_label(article, "وأعلنها مدوية بقوله: «لن نتراجع».", "لن نتراجع") is None


def test_a_participle_and_its_preposition_end_the_name(article):
    # sample 124 1-25: "عدنان مندورة متطرقا إلى العديد من النقاط" made his name "عدنان مندورة
    # متطرقا", and then "وأضاف مندورة" found no one of that name
    text = ("وقال الأمين العام للغرفة التجارية عدنان مندورة متطرقا إلى العديد من النقاط إن "
            "الإقبال كبير. وأضاف مندورة: «نعمل على بحث نقاط القوة».")
    assert speaker_label(article, text, "الإقبال كبير") == "عدنان مندورة"
    assert speaker_label(article, text, "نعمل على بحث نقاط القوة") == "عدنان مندورة"


def test_a_family_name_with_ba_alone_after_the_verb(article):
    # sample 123 1-12: "عبدالله بامهيل" and then "وقال بامهيل …"; a family name that opens
    # with با (باوزير، بامهيل) read as بـ and a noun, as "بارتياح" (with relief) is
    text = "وقال بامهيل إن الطلب ارتفع. وأضاف باوزير: «السوق هادئة». وقال بايدن إن الاتفاق قريب."
    assert speaker_label(article, text, "الطلب ارتفع") == "بامهيل"
    assert speaker_label(article, text, "السوق هادئة") == "باوزير"
    assert speaker_label(article, text, "الاتفاق قريب") == "بايدن"
    # (بـ and a verbal noun is how it was said, before إنّ or a colon)
    for manner in ("بارتياح", "باختصار", "باستمرار", "بإيجاز"):
        assert speaker_label(article, f"وقال {manner} إن الطلب ارتفع.", "الطلب ارتفع") is None
    for manner in ("بانزعاج", "باقتضاب", "بتأثر", "بتواضع"):
        assert speaker_label(article, f"وقال {manner}: «السوق هادئة».", "السوق هادئة") is None


def test_the_outlet_then_an_honorific_name_and_his_title(article):
    # sample 125 1-12-2: "وقال لـ"الاقتصادية" الدكتور حامد النيادي وكيل وزارة الطاقة
    # الإماراتي إن …" credited no one: a name after the outlet that opens with an honorific
    # and goes on to his title is who spoke, as one that opens with a given name is
    text = ("وقال لـ«الاقتصادية» الدكتور حامد النيادي وكيل وزارة الطاقة الإماراتي إن آلية "
            "التسعير ستكون مرتبطة بأربع أسواق.")
    assert speaker_label(article, text, "آلية التسعير ستكون مرتبطة بأربع أسواق") == "حامد النيادي"


def test_a_line_opening_with_wa_and_a_verb_is_no_headline(article):
    # "وندد المتحدث باسم الخارجية: «…»" credited "وندد" (and he condemned) as if the line
    # were a headline "فلان، منصبه: …"
    text = "وندد المتحدث باسم الخارجية: «إنه عمل إرهابي»."
    assert speaker_label(article, text, "إنه عمل إرهابي") != "وندد"


def test_an_analyst_in_the_accusative_after_lakin(article):
    # sample 125 1-10-16: "لكن محللا نفطيا قال إن …" credited no one, as "لكن مسؤولا قال"
    # is credited: an unnamed analyst or expert is an anonymous source
    text = "لكن محللا نفطيا قال إن الإنتاج يبلغ نحو 450 ألف برميل يوميا."
    assert speaker_label(article, text, "الإنتاج يبلغ نحو 450 ألف برميل يوميا") == "محللا نفطيا"
    text = "لكن خبيرا اقتصاديا قال إن الأسعار سترتفع."
    assert speaker_label(article, text, "الأسعار سترتفع") == "خبيرا اقتصاديا"


def test_the_outlet_relays_its_sources_after_a_time_word(article):
    # sample 126 1-9-2: "قالت صحيفة وول ستريت جورنال الخميس نقلا عن مسؤولين في وزارة الدفاع
    # إن …" credited the paper: the day it said so stands before whom it relays
    text = ("فيما قالت صحيفة وول ستريت جورنال الخميس نقلا عن مسؤولين في وزارة الدفاع إن تركيا "
            "وافقت على السماح بشن ضربات.")
    assert speaker_label(article, text, "تركيا وافقت على السماح بشن ضربات") \
        == "مسؤولين في وزارة الدفاع"


def test_the_agency_passes_on_what_the_verb_after_it_reports(article):
    # samples 123 1-26-3, 125 2-14-1: "وبحسب «رويترز»، فقد ذكر مكتب الإحصاءات الوطنية أن …":
    # the office's report is read from its own verb; the clause the agency passed on, whole,
    # is credited to no one (the gold set gives it to the agency, the blind judges to the
    # office: neither is sure)
    text = "وبحسب «رويترز»، فقد ذكر مكتب الإحصاءات الوطنية أن العجز في تجارة السلع ارتفع."
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert said(quotes, "العجز في تجارة السلع ارتفع").speaker.label == "مكتب الإحصاءات الوطنية"
    assert said(quotes, "ذكر مكتب الإحصاءات الوطنية أن العجز في تجارة السلع ارتفع").speaker \
        is None


def test_the_prophet_heard_and_cited_inside_a_narration(article):
    # samples 123 2-2, 126 2-28 (one Friday sermon in two papers): "عن عمرو بن الحمق أنه سمع
    # رسول الله يقول: «…»" and "عن ابن مسعود أنه قال: قال رسول الله: «…»" credited the
    # preacher; "قال صلى الله عليه وسلم «…»" credited no one
    text = ("وقال الشيخ الدكتور أسامة خياط إن الغدر محرم. وعن عمرو بن الحمق أنه سمع رسول الله "
            "يقول: «من أمن رجلا على دمه فقتله فإنه يحمل لواء غدر». وعن عبد الله بن مسعود أنه "
            "قال: قال رسول الله: «ينصب لكل غادر لواء يوم القيامة». قال صلى الله عليه وسلم "
            "«لزوال الدنيا أهون عند الله من قتل رجل مسلم».")
    assert speaker_label(article, text, "من أمن رجلا على دمه فقتله فإنه يحمل لواء غدر") \
        == "رسول الله"
    assert speaker_label(article, text, "ينصب لكل غادر لواء يوم القيامة") == "رسول الله"
    assert speaker_label(article, text, "لزوال الدنيا أهون عند الله من قتل رجل مسلم") \
        == "النبي صلى الله عليه وسلم"
    # (what one hears said needs a verb of saying: a sound heard is no speaker)
    text = "كما سمع دوي انفجارات ضخمة يرجح أنه ناتج عن انفجار ذخائر."
    assert speaker_label(article, text, "ناتج عن انفجار ذخائر") is None


def test_the_preacher_goes_on_after_the_saying_he_cites(article):
    # the Prophet whose saying is cited is not the one "وتابع" goes on with
    text = ("وقال الشيخ عبدالعزيز آل الشيخ إن الصلاة مهمة، يقول صلى الله عليه وسلم: «لو يعلم "
            "الناس ما في النداء لاستهموا». وتابع: إن الإشاعات محرمة.")
    assert speaker_label(article, text, "الإشاعات محرمة") == "عبدالعزيز آل الشيخ"


def test_gods_name_is_no_family_name(article):
    # a verse ("فقال عز من قائل") and then "سمع رسول الله" made God and the Prophet one
    # person: "رسول الله" ends with God's name
    text = ("ألم يحذرنا ربنا فقال عز من قائل: «إن الشيطان لكم عدو». وعن عمرو أنه سمع رسول الله "
            "يقول: «من أمن رجلا على دمه فقتله».")
    assert speaker_label(article, text, "إن الشيطان لكم عدو") == "الله"
    assert speaker_label(article, text, "من أمن رجلا على دمه فقتله") == "رسول الله"


def test_a_participles_plural_after_a_name_is_whom_he_addressed(article):
    # sample 126 2-28: "أوصى … الشيخ الدكتور أسامة خياط المسلمين بتقوى الله" named him "أسامة
    # خياط المسلمين", and "وقال الدكتور الخياط" found no one of that name
    text = ("أوصى إمام المسجد الحرام الشيخ الدكتور أسامة خياط المسلمين بتقوى الله. وقال الدكتور "
            "الخياط: إن تضافر الجهود واجب.")
    assert speaker_label(article, text, "تضافر الجهود واجب") == "الشيخ الدكتور أسامة خياط"


def test_himself_then_whom_he_told(article):
    # sample 126 2-5-5: "وقال بيسكوف نفسه لوكالة ريا في المساء إن …" credited no one
    text = ("وقال المتحدث باسم الكرملين ديمتري بيسكوف إن الزيارة مهمة. وقال بيسكوف نفسه لوكالة "
            "ريا في المساء إن الساعة كانت هدية.")
    assert speaker_label(article, text, "الساعة كانت هدية") == "ديمتري بيسكوف"


def test_the_mayor_named_by_his_city(article):
    # sample 125 1-5-2: "وأكد أمين جدة على الاهتمام بالفعاليات" read "أمين جدة" as a man's
    # name no one introduced, and the object swallowed it; أمين and a city is its mayor
    text = "وأكد أمين جدة على الاهتمام بالفعاليات المتخصصة."
    assert speaker_label(article, text, "الاهتمام بالفعاليات المتخصصة") == "أمين جدة"
    # (أمين is a given name too)
    assert speaker_label(article, "وقال أمين الجميل إن لبنان بخير.", "لبنان بخير") \
        == "أمين الجميل"


def test_a_stock_exchange_is_a_body(article):
    # sample 125 2-21-8: "وأعلنت بورصة الدار البيضاء تعليق تداول أسهم الشركة" took the
    # exchange into what it announced
    text = "وأعلنت بورصة الدار البيضاء تعليق تداول أسهم الشركة."
    assert speaker_label(article, text, "تعليق تداول أسهم الشركة") == "بورصة الدار البيضاء"


def test_a_particle_name_whose_parts_look_like_words_with_b_and_l(article):
    # sample 124 2-21-1: "وأكد الدكتور بيرند فان ليندر، العضو المنتدب …، أن …": بيرند opens
    # like بـ, ليندر like لـ and a verb; the particle فان between makes them a name
    text = "وقال بيرند فان ليندر إن التمويل مهم. وقال الدكتور بيرند فان ليندر إن السوق قوية."
    assert speaker_label(article, text, "التمويل مهم") == "بيرند فان ليندر"
    assert speaker_label(article, text, "السوق قوية") == "بيرند فان ليندر"


def test_between_before_wa_in_is_the_preposition(article):
    # sample 125 1-17-1/2: "منافسة شرسة بين اندية الوطن … وان لم ابالغ …" read بين as بيّن
    # (made clear) with "أندية الوطن" its subject; بيّن has its أن bare
    text = ("وبدأ العد العكسي لمنافسة شرسة بين اندية الوطن في اقوى دوري عربي وان لم ابالغ "
            "آسيويا، كل الاندية اصبحت تعمل على اصلاح اوضاعها.")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert not any(q.speaker is not None and "اندية" in q.speaker.label for q in quotes)
    assert speaker_label(article, "وبين الوزير أن الخطة جاهزة.", "الخطة جاهزة") == "الوزير"


def test_words_that_open_no_name_after_the_verb(article):
    # sample 125: "ليبدي المدرب البرتغالي رضاه عن …" named the coach "رضاه" (his
    # satisfaction), and "وأوضح المدرب البرتغالي «…»" then credited "رضاه"; "ويضيف بالمقارنة
    # نجد أن …" credited "بالمقارنة نجد"; "كما تقول وأنهت حديثها بالقول أنه …" credited
    # "وأنهت حديثها"
    text = ("ليبدي المدرب البرتغالي رضاه عن المردود. وأوضح المدرب البرتغالي «اعتمدنا على اللعب "
            "بلويك».")
    assert speaker_label(article, text, "اعتمدنا على اللعب بلويك") != "رضاه"
    text = "كما يقول الشيف فهد إن المقاهي كثيرة. ويضيف بالمقارنة نجد أن المقاهي تجد إقبالا."
    assert speaker_label(article, text, "المقاهي كثيرة") == "فهد"     # (a chef: a trade)
    assert speaker_label(article, text, "المقاهي تجد إقبالا") != "بالمقارنة نجد"
    text = ("وترى سارة ناهض أنه من الأفضل منع الأطفال كما تقول وأنهت حديثها بالقول أنه ينبغي "
            "وضع تنظيم لجلوس الزبائن.")
    assert speaker_label(article, text, "ينبغي وضع تنظيم لجلوس الزبائن") == "سارة ناهض"


def test_verbs_of_condemning_report_and_end_their_subject_before_the_object(article):
    # sample 125 2-2-13: "ومن جانبها أدانت المتحدثة باسم وزارة الخارجية الالمانية: «…»"
    # credited no one; and the object of أدان/استنكر is no part of who condemned
    text = ("ومن جانبها أدانت المتحدثة باسم وزارة الخارجية الالمانية: «إن الحكومة الالمانية تدين "
            "بشدة هذا الاعتداء».")
    assert speaker_label(article, text, "إن الحكومة الالمانية تدين بشدة هذا الاعتداء") \
        == "المتحدثة باسم وزارة الخارجية الالمانية"
    text = "بينما استنكرت منظمة التعاون الإسلامي التصريحات وعدتها «مغذية للطائفية»."
    assert speaker_label(article, text, "مغذية للطائفية") == "منظمة التعاون الإسلامي"
    text = "وأدان الوزير الهجوم بقوله: «إنه عمل إرهابي»."
    assert speaker_label(article, text, "إنه عمل إرهابي") == "الوزير"
    text = "وندد الوزير الجبوري بالهجوم وقال: «إنه عمل إرهابي»."
    assert speaker_label(article, text, "إنه عمل إرهابي") == "الوزير الجبوري"
    # (the noun إدانة with her pronoun is spelt as "أدانتها": no verb there)
    text = "قطر ممثلة في وزارة الخارجية أكدت في بيان لها إدانتها للتفجير الإجرامي."
    said(extract_all(article("خبر\n\n" + text + "\n")), "إدانتها للتفجير الإجرامي")


def test_his_excellency_is_the_one_given_that_honorific(article):
    # pool: "معالي الأمين العام … الدكتور عبدالله التركي" and then "التصريحات التي صدرت عن
    # نائب الرئيس العراقي نوري المالكي"; "واستنكر معاليه …" is the secretary general's, not
    # the man named last whose office (رئيس) might take معالي
    text = ("جاء ذلك في البيان الذي أصدره معالي الأمين العام لرابطة العالم الإسلامي الدكتور "
            "عبدالله بن عبدالمحسن التركي، وقال فيه: إن رابطة العالم الإسلامي تابعت بأسى "
            "التصريحات التي صدرت عن نائب الرئيس العراقي نوري المالكي ضد المملكة.\n"
            "واستنكر معاليه هذه التصريحات غير المسؤولة.\n"
            "وأوضح أن هذه التصريحات توقد نار الطائفية.")
    assert speaker_label(article, text, "هذه التصريحات توقد نار الطائفية") \
        == "عبدالله بن عبدالمحسن التركي"


def test_an_unnamed_source_in_the_office_of_a_named_man(article):
    # sample 125 1-10-1: "فيما قال مسؤول في مقر حكومة رئيس الوزراء عبد الله الثني إنه «…»"
    # credited no one: the source's place ends with an office and its holder's name
    text = ("فيما قال مسؤول في مقر حكومة رئيس الوزراء عبد الله الثني إنه «لا صحة لوجود "
            "مراسلات».")
    assert speaker_label(article, text, "لا صحة لوجود مراسلات") \
        == "مسؤول في مقر حكومة رئيس الوزراء عبد الله الثني"


def test_a_relative_clause_verb_with_its_pronoun_reports_nothing(article):
    # sample 127 1-28-11..17: "واعتبر الدكتور محمد بن عبدالله المشوح - محامٍ، ومستشار
    # قانوني- صدور نظام هيئة المحامين التي أقرها مجلس الوزراء مؤخراً أحد القرارات …، مؤكداً
    # أن …" credited seven items to the council: what it approved is no report, and the aside
    # in dashes stands between the subject and his verb's object
    text = ("واعتبر الدكتور محمد بن عبدالله المشوح - محامٍ، ومستشار قانوني- صدور نظام هيئة "
            "المحامين التي أقرها مجلس الوزراء مؤخراً أحد القرارات المهمة، مؤكداً أن قيام الهيئة "
            "يأتي تحقيقاً لتطلعات المحامين.")
    assert speaker_label(article, text, "قيام الهيئة يأتي تحقيقاً لتطلعات المحامين") \
        == "محمد بن عبدالله المشوح"
    # (but how one described something is his: "التي وصفها البيت الأبيض بـ«التاريخية»")
    text = "واختتمت القمة التي وصفها البيت الأبيض بـ«التاريخية» أعمالها."
    assert speaker_label(article, text, "التاريخية") == "البيت الأبيض"


def test_the_sources_the_paper_relays_again(article):
    # sample 127 1-2-2: "وأضافت الصحيفة الأمريكية نقلاً عن تلك المصادر أن …" credited the paper
    text = ("ونقلت الصحيفة عن مصادر مطلعة أن التحقيق بدأ. وأضافت الصحيفة الأمريكية نقلاً عن تلك "
            "المصادر أن المدعين استجوبوا مسؤولين.")
    assert speaker_label(article, text, "المدعين استجوبوا مسؤولين") == "المصادر"


def test_the_media_relaying_what_the_verb_before_reports(article):
    # sample 128 1-24-2/4: "وبيّنوا وفقاً لما نقلت وسائل الإعلام الباكستانية أن …" credited
    # the media, and "وأضافوا أن …" after it
    text = ("وقال مسؤولون بقوات حرس الحدود إن الهدوء عاد. وبيّنوا وفقاً لما نقلت وسائل الإعلام "
            "الباكستانية أن القوات الهندية اطلقت النار. وأضافوا أن القوات ردت.")
    assert speaker_label(article, text, "القوات الهندية اطلقت النار") is None
    assert speaker_label(article, text, "القوات ردت") == "مسؤولون بقوات حرس الحدود"


def test_the_outlets_own_sources(article):
    # sample 127 1-2-4/5: "وأوضحت الصحيفة نقلا عن مصادرها أن …" credited no one
    text = "وأوضحت الصحيفة نقلا عن مصادرها أن التحقيقات لا تزال في مراحلها الأولى."
    assert speaker_label(article, text, "التحقيقات لا تزال في مراحلها الأولى") == "مصادرها"
    text = "وذكرت الوكالة نقلا عن مصادرها المطلعة أن الاتفاق قريب."
    assert speaker_label(article, text, "الاتفاق قريب") == "مصادرها المطلعة"


def test_one_word_after_an_honorific_is_his_name(article):
    # sample 127 2-23-2: "وأكد الدكتور باناجه أن …" read باناجه as بـ and a noun (as
    # "بقناعة إن") and the object swallowed him
    text = "وأكد الدكتور باناجه أن اللجنة الثقافية عملت وفق التوجيهات."
    assert speaker_label(article, text, "اللجنة الثقافية عملت وفق التوجيهات") == "باناجه"
    assert speaker_label(article, "ويقول بقناعة تامة إن الأمر محسوم.", "الأمر محسوم") is None


def test_an_honorific_and_name_between_commas_before_that(article):
    # sample 129 2-23-7: "أوضح مدير قسم تجزئة سوائل الغاز الطبيعي في مشروع واسط، المهندس
    # عبدالعزيز الغامدي، أن …" credited "سوائل الغاز الطبيعي", words of his title read as a name
    text = ("من جانبه أوضح مدير قسم تجزئة سوائل الغاز الطبيعي في مشروع واسط، المهندس عبدالعزيز "
            "الغامدي، أن المعمل سيقوم بتجزئة 240 ألف برميل.")
    assert speaker_label(article, text, "المعمل سيقوم بتجزئة 240 ألف برميل") == "عبدالعزيز الغامدي"


def test_a_plural_adjective_after_a_broken_plural_of_people(article):
    # sample 125 2-29-1: "مشرف اللجنة الاجتماعية بنادي الطلبة السعوديين بجامعة تكساس …،
    # رائد بن ناجح أبوعلايم أن" credited "السعوديين", the students' adjective read as a name
    text = ("أوضح مشرف اللجنة الاجتماعية بنادي الطلبة السعوديين بجامعة تكساس بمدينة سان "
            "انتونيو، رائد بن ناجح أبوعلايم أن الطلاب بخير.")
    assert speaker_label(article, text, "الطلاب بخير") == "رائد بن ناجح أبوعلايم"
    # (a singular in ة takes no plural adjective: whom the ministry thanked)
    text = "وشكرت وزارة الصحة المواطنين على تعاونهم، وأكدت أن الوضع مستقر."
    assert speaker_label(article, text, "الوضع مستقر") == "وزارة الصحة"


def test_latin_letters_alone_are_no_name(article):
    # sample 132 1-22-13: 'الرقم «657 بي بي» الذي يشير … إلى أنه' credited "بي"; and 2-5-5:
    # "مدرب نادي أحد … بمناسبة مباراة الدير بي" made "بي" the coach's name
    text = ("وتحمل القطعة الرقم «657 بي بي» الذي يشير بحسب العديد من الخبراء إلى أنه فعلا "
            "جنيح طائرة.")
    assert speaker_label(article, text, "فعلا جنيح طائرة") is None
    # (three are a body's abbreviation, and initials open a name)
    assert speaker_label(article, "وقالت بي بي سي إن الطائرة سقطت.", "الطائرة سقطت") \
        == "بي بي سي"
    assert speaker_label(article, "وقال بي كي باتنايك إن الأمر جلل.", "الأمر جلل") \
        == "بي كي باتنايك"


def test_a_verb_with_me_after_a_title_is_no_name(article):
    # sample 132 2-5-6: "تلقيت اتصالا من رئيس نادي الأنصار يطلبني للحضور" made "يطلبني" the
    # club president's name, and credited him with what أحمد خواجة, the president, said
    text = ("وقال رئيس نادي الأنصار أحمد خواجة نشكر جميع القائمين على هذا المهرجان، مشيرا "
            "إلى أن المباراة تعتبر شبه ودية.\n\nمن جانبه أوضح للحضور مدرب الأنصار عبود تلقيت "
            "اتصالا من رئيس نادي الأنصار يطلبني للحضور فورا من مصر.")
    assert speaker_label(article, text, "المباراة تعتبر شبه ودية") == "رئيس نادي الأنصار"


def test_a_quoted_genitive_after_a_title_in_construct(article):
    # sample 130 1-4-6: 'وأوضح قائد عمليات "غضب عدن" أن …' credited "غضب عدن", the
    # operation's name, as the commander's
    text = 'وأوضح قائد عمليات "غضب عدن" أن مدخل مدينة دار سعد أصبح تحت سيطرة المقاومة.'
    assert speaker_label(article, text, "مدخل مدينة دار سعد أصبح تحت سيطرة المقاومة") \
        == 'قائد عمليات "غضب عدن"'
    # (a name in quotation marks after a place with its بـ is his)
    text = 'وأوضح مدير فرع مكتب العمل بخيبر "فهد الرشيدي" لـ"سبق"؛ أن العمل مستمر.'
    assert speaker_label(article, text, "العمل مستمر") == "فهد الرشيدي"
    # (nor does the title run on over whom he told)
    text = "وأكد الناطق باسم جبهة العند قائد نصر لـ«الشرق الأوسط» أن دخول القوات تم."
    assert "الشرق" not in (speaker_label(article, text, "دخول القوات تم") or "")


def test_one_word_then_a_name_set_off_by_commas(article):
    # sample 129 2-23-10: "استعرض رئيس قسم … في مشروع غاز واسط، فهد عبدالحفيظ، أهم …"
    # made "واسط" (the gas project's name) his name, and "وأشار إلى أن" went on with it
    text = ("من جانبه استعرض رئيس قسم مساندة الإنشاءات الصناعية في مشروع غاز واسط، فهد "
            "عبدالحفيظ، أهم الوحدات، وأشار إلى أن أعمال المشروع بدأت.")
    assert speaker_label(article, text, "أعمال المشروع بدأت") == "فهد عبدالحفيظ"


def test_a_place_shaped_like_a_verb_then_a_name(article):
    # sample 129 1-18-3: "فيما اعتبر مدير مركز التنمية الاجتماعية ببريدة خالد المنصور
    # احتفالية هذا العام بالناجحة" ended the title at "ببريدة" (بـ and a word like a verb)
    text = ("فيما اعتبر مدير مركز التنمية الاجتماعية ببريدة خالد المنصور احتفالية هذا العام "
            "ناجحة، مؤكدا وجود توجه للتوسع بهذه الاحتفالات.")
    assert speaker_label(article, text, "وجود توجه للتوسع بهذه الاحتفالات") == "خالد المنصور"
    text = "وقال مدير التعليم بتبوك محمد اللقماني إن الدراسة تبدأ الأحد."
    assert speaker_label(article, text, "الدراسة تبدأ الأحد") == "محمد اللقماني"


def test_through_the_mouth_of_someone_with_no_subject_before(article):
    # sample 126 2-23-5: "وترفض مدريد …، وأكدت على لسان المتحدثة باسم الحكومة، ثريا ساينث
    # دي سانتاماريا، أن …" read "على لسان …" as what Madrid stressed, and credited Madrid
    text = ("وترفض مدريد إعطاء الانتخابات أي صبغة استفتائية، وأكدت على لسان المتحدثة باسم "
            "الحكومة، ثريا ساينث دي سانتاماريا، أن ناخبي كاتالونيا مدعوون إلى انتخاب برلمانهم.")
    assert speaker_label(article, text, "ناخبي كاتالونيا مدعوون إلى انتخاب برلمانهم") \
        == "ثريا ساينث دي سانتاماريا"
    # (a particle's family name after two words of a name is its fourth word)
    text = "وقالت ثريا ساينث دي سانتاماريا إن الانتخابات إقليمية."
    assert speaker_label(article, text, "الانتخابات إقليمية") == "ثريا ساينث دي سانتاماريا"


def test_a_family_name_with_b_after_a_title(article):
    # sample 128 2-26-3: "من جانبه، أكد المحاضر بهامز أن …" read بهامز as بـ and a place
    # after the title; the article had named him in full (إيسي بهامز)
    text = ("وقال المحاضر الأميركي إيسي بهامز إن المعسكر ناجح. من جانبه، أكد المدرب بهامز "
            "أن وجوده في المعسكر جاء تقديرا للجنة.")
    assert speaker_label(article, text, "وجوده في المعسكر جاء تقديرا للجنة") == "إيسي بهامز"
    # (a place no one is named after stays in the title)
    text = "وقال مدير التعليم بجدة إن الدراسة تبدأ الأحد."
    assert speaker_label(article, text, "الدراسة تبدأ الأحد") == "مدير التعليم بجدة"
    # (nor is a father the son whose name ends his title: sample 131 2-21-4)
    text = ("بعد مرور عام على مقتل الشاب الأميركي من أصول أفريقية مايكل براون، تظاهر المئات. "
            "وقال والد مايكل براون للصحافيين إنه يبذل كل ما بوسعه.")
    assert speaker_label(article, text, "يبذل كل ما بوسعه") == "والد مايكل براون"


def test_a_headline_speaker_the_story_never_names(article):
    # sample 131 1-8-2: "رحّالة الصيف: الفيلسوف المترحِّل" (a column's name) was read as a
    # person's headline, and the story's verbs with no subject went on with him
    quotes = extract_all(article(
        "رحّالة الصيف: الفيلسوف المترحِّل\n\nكان الدكتور عبد الرحمن بدوي أحد أشهر أساتذة "
        "الفلسفة. وهاجم كل بلد عمل فيه. وقال إن رئيس الجامعة كان يسافر إلى باريس.\n"))
    assert said(quotes, "رئيس الجامعة كان يسافر إلى باريس").speaker is None
    assert all(q.speaker is None for q in quotes if q.text.startswith("الفيلسوف"))
    # (a headline's speaker the story names, even split as "دا سيلفا", is kept)
    quotes = extract_all(article(
        "ديسلفا: جاهزين ولن نتأثر بالغيابات\n\nوقال المدير الفني لنادي النصر خورخي دا "
        "سيلفا إن فريقه جاهز.\n"))
    assert said(quotes, "جاهزين ولن نتأثر بالغيابات").speaker.label == "ديسلفا"


def test_a_relation_in_ta_with_a_pronoun_then_her_name(article):
    # sample 131 2-28-3: "وأكدت زوجته ميساء غانم لصحيفة الوطن … أنها …" took her and the
    # paper for what was stressed (زوجته writes زوجة's ة as ت before the pronoun)
    text = "وأكدت زوجته ميساء غانم لصحيفة الوطن القريبة من السلطات أنها تلقت وعدا بمحاسبة الفاعل."
    assert speaker_label(article, text, "تلقت وعدا بمحاسبة الفاعل") == "ميساء غانم"
    text = "وكانت السلطات قد أفرجت عنه على أن يحاكم طليقا، بحسب ما أفادت زوجته يارا بدر وكالة فرانس برس."
    assert speaker_label(article, text, "يحاكم طليقا") == "يارا بدر"
    # (with no name after it, the relation is whom the verb acts on)
    text = "فأحضر زوجته الثالثة وقال لها: (أحببتك طيلة حياتي)"
    assert speaker_label(article, text, "أحببتك طيلة حياتي") is None


def test_a_superlative_with_b_is_no_place_in_the_name(article):
    # sample 125 2-2-14: "كما أدانت منظمة التعاون الإسلامي بأشد العبارات الجريمة البشعة"
    # read بأشد as بـ and a place, and the organisation's name ran on to «الجريمة البشعة»
    text = ("كما أدانت منظمة التعاون الإسلامي بأشد العبارات الجريمة البشعة، وأكدت أن ما حصل "
            "يعد تصعيدا خطيرا.")
    assert speaker_label(article, text, "ما حصل يعد تصعيدا خطيرا") == "منظمة التعاون الإسلامي"
    # (a place, with a title after it, stays in the title)
    text = "وقال مدير التعليم بأبها المهندس محمد الشهري إن الدراسة تبدأ الأحد."
    assert speaker_label(article, text, "الدراسة تبدأ الأحد") == "محمد الشهري"


def test_the_noun_of_inna_is_the_verbs_subject(article):
    # sample 127 2-1-5: "وقال الباحثون إن نتائج الدراسة تؤكد صحة الدلائل على أن …" credited
    # «صحة الدلائل», the object of تؤكد, whose subject came first as إنّ's noun
    quotes = extract_all(article(
        "خبر\n\nوقال الباحثون إن نتائج الدراسة تؤكد صحة الدلائل على أن الكمية السليمة من "
        "الكافيين تقي من ضعف الذاكرة.\n"))
    assert all(q.speaker is None or q.speaker.label == "الباحثون" for q in quotes)
    assert said(quotes, "صحة الدلائل على أن الكمية السليمة من الكافيين تقي من ضعف الذاكرة")


def test_no_name_goes_on_past_an_opening_quotation_mark(article):
    # sample 131 1-22: 'أجاب الأمير عبدالله بن مساعد "نشكر وزير الشؤون …"' labelled him
    # «الأمير عبدالله بن مساعد "نشكر», the first word of his words read as his name's
    text = 'وحول الجمعية، أجاب الأمير عبدالله بن مساعد "نشكر وزير الشؤون الاجتماعية على تبني المقترح".'
    assert speaker_label(article, text, "نشكر وزير الشؤون الاجتماعية على تبني المقترح") \
        == "الأمير عبدالله بن مساعد"


def test_he_added_words_with_no_mark_and_goes_on_in_the_next_paragraph(article):
    # sample 131 1-22-8: "وأضاف تمت مناقشة آلية الحوافز …" (his words, unmarked) took no
    # report, so "وأشاد بالاجتماع قائلا «…»" in the paragraph after it credited no one
    text = ("وبين الرئيس العام لرعاية الشباب أنه تم التشاور مع رؤساء الأندية.\n\nوأضاف تمت "
            "مناقشة آلية حوافز دوري الشباب والناشئين.\n\nوأشاد بالاجتماع قائلا \"ناقشنا خلال "
            "الاجتماع كثيرا من المواضيع\".")
    assert speaker_label(article, text, "ناقشنا خلال الاجتماع كثيرا من المواضيع") \
        == "الرئيس العام لرعاية الشباب"
    # (but a name after the verb that the grammar missed is someone else: no one goes on)
    text = ("وتحدث بوتين بالروسية بحسب مراسل فرانس برس.\n\nوأضاف بلاتر \"\"فيفا\" ستكون وراء "
            "روسيا\".\n\nوتابع \"فيتالي موتكو قام بعمل رائع\".")
    assert speaker_label(article, text, "فيتالي موتكو قام بعمل رائع") != "مراسل فرانس برس"


def test_wa_and_a_verbal_noun_opens_no_name(article):
    # sample 127 2-11-11: "فقد فرضت العاصفة وارتفاع درجات الحرارة على السكان …، لافتا إلى
    # أن …" credited «وارتفاع درجات الحرارة», read as a person's name
    text = ("وبالنسبة لمخيم الزعتري، فقد فرضت العاصفة وارتفاع درجات الحرارة على السكان ما يشبه "
            "حظر التجوال، لافتا إلى أن الطبيعة المعدنية للكرفانات تمتص الحرارة.")
    assert speaker_label(article, text, "الطبيعة المعدنية للكرفانات تمتص الحرارة") is None


def test_a_country_headline_with_a_noun_in_nun_is_a_dateline(article):
    # sample 131 1-27-1: "الكويت: انطلاق محاكمة 29 متهمًا بينهم 7 نساء" credited Kuwait:
    # «نساء» (women) was read as a verb in the first person (نرفض)
    quotes = extract_all(article("الكويت: انطلاق محاكمة 29 متهمًا بينهم 7 نساء\n\nرفعت "
                                 "السلطات القضائية جلسات المحاكمة إلى يوم غد.\n"))
    assert all(q.speaker is None for q in quotes if q.text.startswith("انطلاق"))
    # (a country in the first person speaks: "مصر: نرفض التدخل")
    quotes = extract_all(article("مصر: نرفض التدخل في الشؤون الداخلية\n\nأعلنت الخارجية "
                                 "المصرية رفضها للبيان.\n"))
    assert said(quotes, "نرفض التدخل في الشؤون الداخلية").speaker.label == "مصر"


def test_a_month_and_its_other_name_in_brackets_before_the_quotation(article):
    # sample 131 1-28-1: 'وقال ستيوارت في تموز (يوليو) "دونالد ترامب هو نموذج …"' credited
    # no one: the bracket after the month hid the quotation from the verb
    text = ('ربما تمنى المشاهدون حظا طيبا للمقدم التلفزيوني جون ستيوارت. وقال ستيوارت في تموز '
            '(يوليو) "دونالد ترامب هو نموذج للمرشح".')
    assert speaker_label(article, text, "دونالد ترامب هو نموذج للمرشح") == "جون ستيوارت"


def test_a_family_name_in_w_and_l_before_his_title(article):
    # sample 132 1-5-3: "وقال كريس وليامسون كبير المحللين الاقتصاديين في مؤسسة ماركت إن …"
    # credited no one: وليامسون read as و and لـ joined to a word, and no title was allowed
    # after a family name in و
    text = ("وقال كريس وليامسون كبير المحللين الاقتصاديين في مؤسسة ماركت إن النمو فقد قدرا "
            "بسيطا. وأضاف أن وتيرة النمو ما زالت تتزايد.")
    assert speaker_label(article, text, "النمو فقد قدرا بسيطا") == "كريس وليامسون"
    assert speaker_label(article, text, "وتيرة النمو ما زالت تتزايد") == "كريس وليامسون"
    # (a noun in ة with و before a title is no family name: "وضوح وشفافية الأمير")
    text = "الشيء الذي يؤكد وضوح وشفافية الأمير وحرصه على تلبية المطالب."
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert not any(q.speaker and "وشفافية" in q.speaker.label for q in quotes)


def test_abu_and_a_verbs_shape_is_a_family_name(article):
    # sample 134 1-24-2: "وبين الدكتور موفق أبو طالب مدير إدارة الحج …، أن" credited another
    # director the article named: «طالب» after أبو read as the verb (demanded) cut the name
    text = ("وقال مدير الشؤون الصحية مصطفى جميل بلجون إن الخطة جاهزة. وبين الدكتور موفق أبو "
            "طالب مدير إدارة الحج والعمرة في منطقة مكة المكرمة، أن الاجتماع تطرق إلى الترتيبات.")
    assert speaker_label(article, text, "الاجتماع تطرق إلى الترتيبات") == "موفق أبو طالب"


def test_b_and_a_verbal_noun_is_no_place_in_a_body_name(article):
    # sample 134 1-14-5: "ورحب مجلس الوزراء بانعقاد مؤتمر الرياض …" labelled the cabinet
    # «مجلس الوزراء بانعقاد»: بانعقاد read as بـ and a place
    text = "ورحب مجلس الوزراء بانعقاد مؤتمر الرياض، معرباً عن الأمل أن يتوصل المؤتمر إلى حل."
    assert speaker_label(article, text, "يتوصل المؤتمر إلى حل") == "مجلس الوزراء"


def test_a_present_verb_with_its_object_pronoun_is_no_name(article):
    # sample 133 2-2-3: "فالعالم فراي يعرفه – بأنه …" made «يعرفه» (defines it) a speaker
    quotes = extract_all(article("خبر\n\nوللإقناع تعريفات كثيرة، فالعالم فراي يعرفه – بأنه "
                                 "محاولة ناجحة لإقناع المقابل بشيء ما.\n"))
    assert not any(q.speaker and q.speaker.label == "يعرفه" for q in quotes)
    # (a name that opens like a present verb is still one)
    assert speaker_label(article, "وقال يوسف العلي إن الحفل ناجح.", "الحفل ناجح") \
        == "يوسف العلي"


def test_as_he_pointed_out_then_fa_inna(article):
    # sample 133 2-3-2: "كما أشار توماس بيكيتي، فإن ألمانيا حصلت على …" read his name as what
    # was pointed out and credited the last speaker
    text = ("وقال الاقتصادي كالفن كوليدج إن الديون لم تسدد. وكما أشار توماس بيكيتي، فإن ألمانيا "
            "حصلت على منافع نسبية من الإعفاء.")
    assert speaker_label(article, text, "ألمانيا حصلت على منافع نسبية من الإعفاء") \
        == "توماس بيكيتي"


def test_a_narrators_chain_names_who_tells(article):
    # sample 133 1-7-14: "وعن أبي هريرة رضي الله عنه قال: جاء رجل …" went on with the
    # exegete cited before (ابن كثير); the one after عن tells it
    text = ("قال ابن كثير: وطاعة الصلاة أن تنهاه عن الفحشاء. وعن أبي هريرة رضي الله عنه قال: "
            "جاء رجل إلى النبي فسأله.")
    assert speaker_label(article, text, "جاء رجل إلى النبي فسأله") == "أبي هريرة"


@pytest.mark.parametrize("text, words, label", [
    # sample 135 2.19.1: an adjective after the town's adjective of belonging is no name
    # ("صغيرة"), and عمدة, written with ة, is a man's title a masculine verb has for subject
    ("وقال عمدة بلدة إيطالية صغيرة إن السكان قلقون من الوضع.", "السكان قلقون من الوضع",
     "عمدة بلدة إيطالية صغيرة"),
    ("وقال العمدة إن السكان قلقون من الوضع.", "السكان قلقون من الوضع", "العمدة"),
    # sample 135 1.3.10: what the prosecution is charged with goes on its title, no name
    ("وقال الناطق باسم النيابة الفيدرالية المكلفة شؤون الإرهاب « نعتقد أنه مر بسوريا ».",
     "نعتقد أنه مر بسوريا", "الناطق باسم النيابة الفيدرالية المكلفة شؤون الإرهاب"),
    # (a nisba of that shape is no participle: the singer's name follows it)
    ("وقالت المغنية المصرية ياسمينا العلواني إن الحفل كان رائعا.", "الحفل كان رائعا",
     "ياسمينا العلواني"),
    # sample 138 2.20.9: سـ and a present verb after a title is what he will do, no name
    ("ويرجح منتقدون أن المدرب التشيلي سيواجه الإقالة في حال لم يسترد لقب الدوري. "
     "وقال المدرب \"الموسم الجيد يرتبط دوما بالفوز ببطولة\".",
     "الموسم الجيد يرتبط دوما بالفوز ببطولة", "المدرب"),
    ("وقال اللاعب سيرجيو راموس إن الفريق جاهز.", "الفريق جاهز", "سيرجيو راموس"),
    # sample 136 2.17.17: the blessing after قال stands for the prophet, not for the preacher
    # whose sermon cites him
    ("وبيَّن إمام وخطيب المسجد النبوي أن المصائب مكفرة لسيئاته قال عليه السلام «ما من مصيبة "
     "تصيب المسلم إلا كفر الله بها عنه»، مشيرًا إلى أن الله كرم العبد المسلم.",
     "ما من مصيبة تصيب المسلم إلا كفر الله بها عنه", "النبي عليه السلام"),
])
def test_words_after_a_title_that_are_no_name(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_question_word_is_no_subject(article):
    # sample 138 1.11.1: "تكشف كيف أن …" made «كيف» (how) a speaker
    quotes = extract_all(article("خبر\n\nولكن الفيلسوفة تكشف كيف أن الخلط بين العمل والأثر "
                                 "موروث عن الفكر السياسي.\n"))
    assert not any(q.speaker and q.speaker.label == "كيف" for q in quotes)


@pytest.mark.parametrize("text, words", [
    # samples 135 2.18.3, 137 2.4.3: "if one said it" reports nothing
    ("حتى وإن رأى اتحاد الكرة أن هناك ايجابيات من إقامة مواجهة السوبر.",
     "هناك ايجابيات من إقامة مواجهة السوبر"),
    ("وإذا ذكر البيت التجاري لآل الجفالي فإنه يقترن بإسهامه في تعبيد أول طريق.",
     "يقترن بإسهامه في تعبيد أول طريق"),
    # sample 136 1.22.4: a rumour spread among the students, who said nothing (not بيّن)
    ("وشاع بين الطالبات أنها ستترك عباءتها في اليوم التالي.",
     "ستترك عباءتها في اليوم التالي"),
])
def test_reports_no_one_made(article, text, words):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert all(q.speaker is None for q in quotes if words.startswith(q.text[:20])), \
        [(q.text, q.speaker.label) for q in quotes if q.speaker]


def test_what_a_site_published_is_no_report_of_the_site(article):
    # sample 136 1.24.3: "على ما نشره الموقع" in the spokesman's sentence made the site the
    # one who "added" his next words
    text = ("وقال الناطق باسم الحكومة يوشيهيدي سوغا في أول رد فعل على ما نشره الموقع المتخصص "
            "بكشف الوثائق السرية \"امتنع عن الإدلاء بأي تعليق\"، وأضاف \"طلبنا بحزم تأكيد "
            "هذه الوقائع\".")
    assert speaker_label(article, text, "طلبنا بحزم تأكيد هذه الوقائع") == "يوشيهيدي سوغا"


@pytest.mark.parametrize("text, words, label", [
    # sample 138 1.20.6: an aside of eleven words after "، وهو"
    ("وأعلن الزعيم الراحل للحركة الملا محمد عمر أن الحرب مستمرة. وقال الملا حسن، وهو من "
     "تولى منصب مفتي نظام طالبان إبان حكمها في العاصمة كابل، إن «انتخاب الملا منصور يخالف "
     "الشرع».", "انتخاب الملا منصور يخالف الشرع", "حسن"),
    # sample 137 1.24.4: a name, who he is, then what his firm is, then his verb
    ("وأصدر معهد بونيمون تقريرا أمس. جيمس لين، الرئيس العالمي لأبحاث سوفوس، الشركة المختصة "
     "في أمن شبكة الإنترنت، يقول \"هناك مستوى غير مسبوق من الاهتمام بالدفاع\".",
     "هناك مستوى غير مسبوق من الاهتمام بالدفاع", "جيمس لين"),
])
def test_who_the_speaker_is_set_off_before_the_words(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_and_then_a_noun_after_a_title_is_no_name_set_off(article):
    # sample 135 1.16.29: "عن الناشطة الإيرانية، وإسقاط جمع الاتهامات" made «وإسقاط جمع» the
    # activist's name, and a later activist was credited to it
    text = ("وتطالب القضاء بالإفراج عن الناشطة الإيرانية، وإسقاط جمع الاتهامات الموجهة إليها. "
            "وقالت الناشطة المدنية إن الوضع تحسن.")
    assert speaker_label(article, text, "الوضع تحسن") == "الناشطة المدنية"


@pytest.mark.parametrize("text, words, label", [
    # sample 136 2.4.4: the president of another body is not the one the article named
    ("وأكد رئيس الأكاديمية الأستاذ الدكتور إسماعيل عبد الغفار، أنه سوف يتم افتتاح الأكاديمية. "
     "وقال رئيس جامعة نيكوسيا إن الأكاديمية سوف تكون فرصة جيدة للبحث.",
     "الأكاديمية سوف تكون فرصة جيدة للبحث", "رئيس جامعة نيكوسيا"),
    # a minister's title in someone's office is not his title ("بمكتب وزير الدفاع")
    ("وحضره من الجانب الأميركي إريك روزينباخ رئيس الأركان بمكتب وزير الدفاع الأميركي. "
     "وأكد الوزير الأميركي أن مباحثاته ركزت على تعزيز العلاقات الأمنية.",
     "مباحثاته ركزت على تعزيز العلاقات الأمنية", "الوزير الأميركي"),
])
def test_a_title_names_no_one_who_holds_its_words_elsewhere(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words, label", [
    # sample 137 1.3.9: "ويجادلون" after the denied accusations was read as a name's word
    # (a present verb in the plural is none), and جادل بأن reports
    ("ينفي مسؤولو الاتحاد الاوروبي الاتهامات ويجادلون بأن اليونان تخلفت كثيرا.",
     "اليونان تخلفت كثيرا", "مسؤولو الاتحاد الاوروبي"),
    ("وقرر جون بولسون، مدير صندوق التحوط، تخصيص جزء كبير من أمواله في الذهب. وجادل بأن طبع "
     "النقود سيؤدي إلى التضخم.", "طبع النقود سيؤدي إلى التضخم", "جون بولسون"),
    # sample 137 1.3.18: a group in construct over a verbal noun and its own genitive
    ("ويقول مؤيدو تعزيز الوحدة الاوروبية إن تشديد القواعد كان سيمنع الأزمة.",
     "تشديد القواعد كان سيمنع الأزمة", "مؤيدو تعزيز الوحدة الاوروبية"),
    # sample 137 1.24.14: who he is, set off by commas, in twelve words that open with a title
    ("وقال جون إن الأمر صعب. هوارد شميت، مستشار أمن الفضاء الإلكتروني السابق للرئيس باراك "
     "أوباما وسلفه جورج دبليو بوش، يقول \"إن هناك جدلا كبيرا\".", "إن هناك جدلا كبيرا",
     "هوارد شميت"),
])
def test_groups_and_long_asides_before_the_verb(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_verbal_noun_after_bi_ends_the_title(article):
    # dev 2015-07-26-0818-alriyadh: "وأشار وزير الدفاع المصري بالتعاون العسكري القائم" gave the
    # minister the co-operation for a title
    text = ("وأشار وزير الدفاع المصري بالتعاون العسكري القائم بين مصر وفرنسا، مشيرا إلى وجود "
            "العديد من الفرص لتعزيز هذا التعاون.")
    assert speaker_label(article, text, "وجود العديد من الفرص لتعزيز هذا التعاون") \
        == "وزير الدفاع المصري"


def test_when_set_off_between_the_source_and_fa_inna(article):
    # sample 137 1.1.6: "ووفقًا لما نشرته صحيفة «ماركا» الإسبانية، أمس، فإن …" began the
    # paper's clause at «أمس، فإن»
    quotes = extract_all(article("خبر\n\nووفقًا لما نشرته صحيفة «ماركا» الإسبانية، أمس، فإن "
                                 "المدرب الإسباني تراجع عن تصريحاته.\n"))
    clause = said(quotes, "المدرب الإسباني تراجع عن تصريحاته")
    assert clause.speaker.label == "صحيفة «ماركا» الإسبانية"


@pytest.mark.parametrize("text, words", [
    # sample 139 1.21.23: how he pointed it out (برفق), no name
    ("وكان يشير برفق إلى أن الاتهامات غير صحيحة.", "الاتهامات غير صحيحة"),
    # samples 136 2.8.5, 139 1.13.1: a noun of three letters in construct, the verb's object
    ("وهو موقف بطولي ويكشف عمق وفائه واخلاصه لناديه النصر.", "عمق وفائه واخلاصه لناديه النصر"),
    # sample 140 1.9.1 and the pool: بين before a dual, or after "بينه", is "between"
    ("والفكرة تقع بين خيارين اما ان تذبل وتموت واما ان تورق وتتفتح.", "تذبل وتموت"),
    ("وهو يرفع هامته مُضَحِّياً بكل عاطفة تحول بينه وبين شموخه: ينجرح قلب لكن ترتفع هامه.",
     "ينجرح قلب لكن ترتفع هامه"),
    # (a pool article: no verb here, and no one)
    ("الابن يقتل أباه لأن العهد الذي بينه وبين الإرهاب أن يغتال أي شخص يساعد على كشفه.",
     "يغتال أي شخص يساعد على كشفه"),
])
def test_words_that_name_no_one(article, text, words):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert all(q.speaker is None for q in quotes if q.text.startswith(words[:8])), \
        [(q.text, q.speaker.label) for q in quotes if q.speaker]
    assert not any(q.speaker and q.speaker.label in ("برفق", "عمق", "خيارين اما", "شموخه")
                   for q in quotes)


@pytest.mark.parametrize("text, words, label", [
    # sample 140 2.12.1: a region after "حرس حدود" is the title's genitive, no name
    ("وقال قائد حرس حدود عسير إن الحادث وقع ليلا.", "الحادث وقع ليلا", "قائد حرس حدود عسير"),
    # (and a three-letter family name before قوله is still one)
    ("ونقلت صحيفة دايلي ميل عن المدرب لويس فان غال قوله: لا أخطط لكي نكون أبطالا. ونقلت "
     "الصحيفة عن غال قوله: نحتاج للإبداع وللسرعة.", "نحتاج للإبداع وللسرعة", "لويس فان غال"),
    # sample 139 1.21.28: "أما ليو، فقدم …" makes the next "وقال" his, not the last speaker's
    ("وقال وزير الخزانة جاك ليو إن العقوبات فعالة. وقال رئيس مجلس النواب جون بينر إن الاتفاق "
     "سيئ. أما ليو، فقدم تقييما جديدا بشأن مقدار المال. وقال: «بحسب تقديرنا، سوف تتمكن إيران "
     "من الحصول على المال».", "بحسب تقديرنا، سوف تتمكن إيران من الحصول على المال", "جاك ليو"),
])
def test_titles_and_topics_from_samples_139_140(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_what_an_agency_relayed_is_not_its_name(article):
    # pool 2015-07-23-0062-aawsat: "ونقلت وكالة «رويترز» قول وزير الدفاع الأميركي … إن" named
    # «وكالة «رويترز» قول وزير الدفاع الأميركي»: قول ends the agency's name
    text = ("ونقلت وكالة رويترز قول وزير الدفاع الأميركي وهو في السعودية إن قدرة إيران تمثل هما "
            "مشتركا.")
    assert speaker_label(article, text, "قدرة إيران تمثل هما مشتركا") == "وزير الدفاع الأميركي"


@pytest.mark.parametrize("text, words, wrong", [
    # sample 142 1.11.13: "إلقاء القبض" (a verbal noun of the إفعال kind and its genitive)
    # became a man, and the rest of the article his
    ("ورفض تأكيد أو نفي إلقاء القبض على شقيق زعيم المتمردين قائلا: «لا أستطيع أن أنفي أو أؤكد».",
     "لا أستطيع أن أنفي أو أؤكد", "إلقاء القبض"),
    # sample 142 1.11.18: "وعن وضع مطار عدن قال:" is about the airport, no narrator's chain
    ("وعن وضع مطار عدن قال: «هناك طائرة عسكرية سعودية وصلت أمس».",
     "هناك طائرة عسكرية سعودية وصلت أمس", "وضع مطار عدن"),
    # sample 142 1.1.5: what the judge decided is no name set off after his title
    ("قرر روبيرتو فالديفيسو، قاضي مدينة سوكري البوليفية، احتجاز كارلوس تشافيز، أمين صندوق "
     "اتحاد أميركا الجنوبية لكرة القدم، في السجن. وكان تشافيز أكد أن الكرة في خطر.",
     "الكرة في خطر", "احتجاز كارلوس تشافيز"),
])
def test_phrases_no_person_from_sample_142(article, text, words, wrong):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert not any(q.speaker and q.speaker.label == wrong for q in quotes)


@pytest.mark.parametrize("text, words, label", [
    # (names of that shape: with a given name, or going on without the article)
    ("وقالت إحسان المصري إن الوضع جيد.", "الوضع جيد", "إحسان المصري"),
    ("وقال إدوار سعيد إن الثقافة مقاومة.", "الثقافة مقاومة", "إدوار سعيد"),
    # sample 141 2.20.6: a plural noun in ات after a plural of belonging is the object
    ("نفى المسؤولون الإيرانيون التوقعات الحديثة بأن قيمة الأصول المجمدة تفوق 100 مليار دولار.",
     "التوقعات الحديثة بأن قيمة الأصول المجمدة تفوق 100 مليار دولار", "المسؤولون الإيرانيون"),
])
def test_names_and_subjects_kept_by_sample_142_rules(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words, label", [
    # sample 141 2.30.2: a chair named after a prince, not the prince
    ("وأوضح المشرف على كرسي الأمير محمد بن ناصر لدراسات قضايا المجتمع الدكتور علي بن يحيى "
     "العريشي ، أن المرحلة الأولى من المشروع تشمل الدراسات.",
     "المرحلة الأولى من المشروع تشمل الدراسات", "المشرف على كرسي الأمير محمد بن ناصر"),
    # sample 138 1.24.8: what the ministers condemned is no more of who they are
    ("وأدان الوزراء الجرائم البربرية التي ترتكبها داعش، بما في ذلك الهجمات على دور العبادة، "
     "واتفقوا على أن الحملة ضد داعش ليست بالدينية أو الطائفية.",
     "الحملة ضد داعش ليست بالدينية أو الطائفية", "الوزراء"),
    # (but a title's own adjective stays on it)
    ("وقال رئيس الوزراء السابق نوري المالكي إن الحملة مستمرة.", "الحملة مستمرة", "نوري المالكي"),
    # sample 142 1.2.3: "رئيس نادي الزمالك وهيثم عرابي" is two men, not one named وهيثم عرابي
    ("حمل المستشار مرتضى منصور، رئيس مجلس إدارة نادي الزمالك، المدرب مسؤولية الخسارة. وأوضح "
     "رئيس الزمالك: «خسرنا مباراة ولكن لم نخسر الدوري». ونشبت مشاجرة بين رئيس نادي الزمالك "
     "وهيثم عرابي مدير التعاقدات بالنادي الأهلي.",
     "خسرنا مباراة ولكن لم نخسر الدوري", "مرتضى منصور"),
])
def test_titles_from_samples_138_141_142(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_whom_it_was_said_to_is_no_speaker(article):
    # sample 138 2.9.5: "مارلين قالت لسكوراس: «…»" made «لسكوراس» the speaker; the article
    # writes سكوراس without لـ elsewhere
    text = ("وبحسب سكوراس، فإن شخصًا بالغ الثراء هددها بالقتل. مارلين قالت لسكوراس: «لدى هذا "
            "الشخص حارسان شخصيان قويان».")
    assert speaker_label(article, text, "لدى هذا الشخص حارسان شخصيان قويان") != "لسكوراس"


def test_a_clause_relayed_by_an_agency_keeps_its_own_teller(article):
    # sample 142 1.13.7: "وذكر الوزير من بين هذه التدخلات …، حسبما ذكرت وكالة أنباء البحرين"
    # credited the agency with the minister's words, and began them with «الوزير»
    text = ("وذكر الوزير من بين هذه التدخلات التصريحات الإيرانية المعادية للبحرين، حسبما ذكرت "
            "وكالة أنباء البحرين.")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    relayed = said(quotes, "من بين هذه التدخلات التصريحات الإيرانية المعادية للبحرين")
    assert relayed.speaker.label == "الوزير"
    # (a clause with no verb of saying before it is still the source's)
    assert speaker_label(article, "وكان مسلحون قتلوا جنديا في الهجوم، حسبما ذكرت الشرطة.",
                         "وكان مسلحون قتلوا جنديا في الهجوم") == "الشرطة"


def test_a_name_set_off_after_a_condemning_verb_stays(article):
    # sample 140 1.18.13, rescored after a3c19fa: cutting the subject before what was
    # condemned took the mufti's name, set off by commas, with it
    text = ("إلى ذلك، أدان مفتى الجمهورية السابق علي جمعة، العمليات الإرهابية التي تقتل الأبرياء "
            "دون وجه حق باسم الدين، مؤكدا أن الدين الإسلامي بريء منها.")
    assert speaker_label(article, text, "الدين الإسلامي بريء منها") == "علي جمعة"


@pytest.mark.parametrize("text, words, label", [
    # sample 145 1.14.5: how she seemed (a participle of the متفعّل kind) was read as her
    # name, «متحمسة»; nor does it go on a name as its family name
    ("وبدت رئيسة المجلس متحمسة لبدء عملية التضييق، ولكن بحذر، قائلة إن التحرك أسرع مما يجب.",
     "التحرك أسرع مما يجب", "رئيسة المجلس"),
    ("وبدت رئيسة المجلس جانيت يلن متحمسة لبدء عملية التضييق، قائلة إن التحرك أسرع مما يجب.",
     "التحرك أسرع مما يجب", "جانيت يلن"),
    ("وبدا رئيس المجلس متفائلا بالنتائج، قائلا إن التحرك أسرع مما يجب.",
     "التحرك أسرع مما يجب", "رئيس المجلس"),
    # (a spokeswoman, متحدثة, is still a title)
    ("وقالت متحدثة باسم الشرطة إن التحقيق مستمر.", "التحقيق مستمر", "متحدثة باسم الشرطة"),
])
def test_a_participle_of_how_someone_seemed_is_no_name(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_aba_with_the_article_is_a_family_name(article):
    # sample 144 1.4.3: "وأكد أبا الخيل أن …" was no subject, and the object's reading
    # began the quotation with his name
    text = ("وقال فيصل أبا الخيل إن الفريق جاهز. وأكد أبا الخيل أن إدارة النادي وفرت احتياجات "
            "الفريق.")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert said(quotes, "إدارة النادي وفرت احتياجات الفريق").speaker.label == "فيصل أبا الخيل"
    # (before a word without the article, أبا is a kunya in the accusative: whom he thanked)
    assert speaker_label(article, "وشكر الوزير أبا محمد على جهوده قائلا إن الفريق جاهز.",
                         "الفريق جاهز") == "الوزير"


@pytest.mark.parametrize("text, words, label, kind", [
    # sample 144 1.13.2: a group named by what its men do was no subject, and the
    # quotation began with it
    ("اكد متمردو حزب العمال الكردستاني الاثنين أن الهجوم الانتحاري جاء ردا.",
     "الهجوم الانتحاري جاء ردا", "متمردو حزب العمال الكردستاني", "anonymous"),
    ("وأعلن المتمردون أمس أن الهجوم فشل.", "الهجوم فشل", "المتمردون", "anonymous"),
    ("وقال المتظاهرون إن الحكومة فشلت.", "الحكومة فشلت", "المتظاهرون", "anonymous"),
    # where they said it is no part of them, nor whom they accuse
    ("وأكد المتظاهرون في هتافاتهم أن المالكي هو المسؤول.", "المالكي هو المسؤول",
     "المتظاهرون", "anonymous"),
    ("ويتهم السكان الحكومة بمحاولة فرض مذهب جديد.", "الحكومة بمحاولة فرض مذهب جديد",
     "السكان", "anonymous"),
])
def test_groups_named_by_what_they_do_are_subjects(article, text, words, label, kind):
    speaker = said(extract_all(article("خبر\n\n" + text + "\n")), words).speaker
    assert (speaker.label, speaker.type) == (label, kind)


def test_a_feminine_participle_does_not_go_on_with_men(article):
    # (dev 2015-08-08-0873: "إلا أن المتمردين يتمتعون …، الأمر الذي رفضته المقاومة، مشددة
    # على …" is the resistance's, whom the grammar does not reach; never the men's)
    text = ("كما يحشد المتمردون قواتهم، إلا أن المتمردين يتمتعون بارتفاع الروح المعنوية، الأمر "
            "الذي رفضته المقاومة، مشددة على أهمية تطهير المحافظة بسواعد أبنائها.")
    assert speaker_label(article, text, "أهمية تطهير المحافظة بسواعد أبنائها") != "المتمردين"


def test_one_head_over_another_department_is_another_man(article):
    # sample 146 2.4.3: "مدير هيئة السياحة" was taken for "مدير تعليم ينبع محمد العقيبي", named
    # before under the same head noun; a director each
    text = ("وقال مدير تعليم ينبع محمد العقيبي إن اللقاء مثمر. وأكد مدير هيئة السياحة أن التعليم "
            "شريك أساس.")
    assert speaker_label(article, text, "التعليم شريك أساس") != "محمد العقيبي"
    # (an adjective after the head says nothing of which office: the same man)
    text = ("وقال مدير عام هيئة السياحة محمد العقيبي إن اللقاء مثمر. وأكد مدير هيئة السياحة أن "
            "التعليم شريك أساس.")
    assert speaker_label(article, text, "التعليم شريك أساس") == "محمد العقيبي"


@pytest.mark.parametrize("text, words, label", [
    # sample 145 2.21.1: "رائد الفضاء ألدرين:" read ألدرين as the title's adjective (أل, as
    # the article) and gave the headline to another astronaut named in the body
    ("رائد الفضاء ألدرين: حريصون على المشاركة في البرنامج\n\nإلى جانب رائد الفضاء المعروف نيل "
     "آرمسترونج أول إنسان سار على سطح القمر.", "حريصون على المشاركة في البرنامج", "ألدرين"),
    # (and a given name so written stays the name's: the seeds' ambassador)
    ("وأعلن السفير الروسي لدى واشنطن ألكسندر دارتشييف أن مشاورات جديدة ستعقد قريبا.",
     "مشاورات جديدة ستعقد قريبا", "ألكسندر دارتشييف"),
    # (an adjective of belonging so written is the phrase's)
    ("وانتقدت وسائل إعلام ألمانية التحقيق قائلة إن المحاكمة سابقة.", "المحاكمة سابقة",
     "وسائل إعلام ألمانية"),
])
def test_al_written_with_its_hamza_is_no_article(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_body_after_a_time_word_then_where_it_said_it(article):
    # sample 146 1.2.1: "وأوضحت حينها إدارة الوحدة في بيان رسمي أصدرته بأنها …" had no subject
    # (a time word before the body, an occasion after it) and went on with another club
    text = ("اقتربت إدارة نادي الاتحاد من ضم الحارس. وأوضحت حينها إدارة الوحدة في بيان رسمي "
            "أصدرته بأنها سددت المخالفات.")
    assert speaker_label(article, text, "سددت المخالفات") == "إدارة الوحدة"


@pytest.mark.parametrize("text", [
    # sample 146 1.8.8–1.8.17: the institute issued the report with its name first ("وكان
    # معهد واشنطن … أصدر …، تقريرا"), so "وأشار التقرير" named the document, not its issuer
    "وكان معهد واشنطن للشرق الأدنى أصدر قبل شهور قليلة، تقريرا حمل عنوان «العلاقات». وأشار "
    "التقرير إلى أن الخلافات زادت.",
    # (and at a sentence's end: the verb with only the document after it)
    "وكان معهد واشنطن للشرق الأدنى أصدر تقريرا. وأشار التقرير إلى أن الخلافات زادت.",
])
def test_a_document_speaks_for_its_issuer_named_before_its_verb(article, text):
    assert speaker_label(article, text, "الخلافات زادت") == "معهد واشنطن للشرق الأدنى"


@pytest.mark.parametrize("text, words, label", [
    # sample 145 2.20.2–2.20.4: a report of a firm whose name is two words no list knows
    # named the document («تقرير لكابيتال إيكونوميكس»), though the text names its issuer
    ("وتوقع تقرير لكابيتال إيكونوميكس أن يبقى التضخم مرتفعا.", "يبقى التضخم مرتفعا",
     "كابيتال إيكونوميكس"),
    ("وأظهر مسح لرويترز أن التضخم مرتفع.", "التضخم مرتفع", "رويترز"),
    # (a body's name of several words is read as a body)
    ("وقال تقرير لمنظمة العفو الدولية إن السجون مكتظة.", "السجون مكتظة", "منظمة العفو الدولية"),
])
def test_a_report_speaks_for_its_foreign_issuer(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_refinements_read_on_a_wider_pool(article):
    # (3,000 archive articles no rule had seen, before and after this session's rules: an
    # accusative participle may be an object's adjective, and the name stops short of it;
    # a party's minister is the minister named before)
    text = ("بينما وجه رئيس وزراء كازاخستان كريم ماسيموف نداء متحمسا لأعضاء اللجنة من أجل "
            "اختيار المدينة، وأكد أن ذلك لا يعني شيئا.")
    assert "نداء" not in (speaker_label(article, text, "ذلك لا يعني شيئا") or "")
    text = ('وقال وزير العمل سجعان قزي إن الحكومة باقية. وقال وزير حزب "الكتائب" في الحكومة: '
            '"إننا بحاجة إلى انتفاضة".')
    assert speaker_label(article, text, "إننا بحاجة إلى انتفاضة") == "سجعان قزي"


@pytest.mark.parametrize("text, words", [
    # sample 145 1.30.6: "…، وبحسب الموقع الرسمي للقناة، فإن …" credited the clause before
    # (the government's forecast) to the site; و and فإن say the source opens the next one
    ("وتتوقع الحكومة زيادة العائدات ليبلغ 13 مليار دولار، وبحسب الموقع الرسمي للقناة، فإن "
     "القدرة ستكون 97 سفينة.", "القدرة ستكون 97 سفينة"),
    ("وارتفعت الأسعار بنسبة 5%، وبحسب ما ذكرت الوزارة، فإن التضخم سيستمر.", "التضخم سيستمر"),
])
def test_and_according_to_then_so_opens_the_next_clause(article, text, words):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert said(quotes, words).form == "according"
    assert all(q.form != "according" for q in quotes if q.text != words)
    # (with nothing after it, the source closes the clause before)
    assert speaker_label(article, "وارتفعت الأسعار بنسبة 5%، وبحسب الوزارة.",
                         "وارتفعت الأسعار بنسبة 5") == "الوزارة"


@pytest.mark.parametrize("text, words, label", [
    # samples 143 1.16.6 and 144 1.23.6: parents (أولياء الأمور) are an unnamed collective
    # source, as residents are; "أحد اولياء الأمور" went unread
    ("وقال أحد اولياء الأمور: إن العلماء يجب ان يكون لهم الدور الأول.",
     "العلماء يجب ان يكون لهم الدور الأول", "أحد اولياء الأمور"),
    ("وأكد أولياء الأمور أن المدارس غير جاهزة.", "المدارس غير جاهزة", "أولياء الأمور"),
])
def test_parents_are_a_collective_source(article, text, words, label):
    speaker = said(extract_all(article("خبر\n\n" + text + "\n")), words).speaker
    assert (speaker.label, speaker.type) == (label, "anonymous")


@pytest.mark.parametrize("text, words, label", [
    # sample 145 2.18.3: how he spoke after his name was read into it («ماتياس كورمان
    # متحدثا»), with a title or without
    ("وقال وزير المالية ماتياس كورمان متحدثا قبل الاجتماع إن الحكومة تريد سياسات جديدة.",
     "الحكومة تريد سياسات جديدة", "ماتياس كورمان"),
    ("وقال ماتياس كورمان متحدثا للصحفيين إن الحكومة تريد سياسات جديدة.",
     "الحكومة تريد سياسات جديدة", "ماتياس كورمان"),
    # (a spokeswoman is still a title after a name)
    ("وقالت سارة جونز متحدثة باسم الشرطة إن التحقيق مستمر.", "التحقيق مستمر", "سارة جونز"),
    # (second pool: "وأكد الفنان قدرته" made «قدرته», a noun with his pronoun, the artist's
    # name; a past verb of the افتعل kind likewise, «الشاعر اشتهر»; but آشتون is a name)
    ("وعزف عمر فاروق. وأكد الفنان قدرته وموهبته في العزف. وقال الفنان مخاطبا الجمهور «أهم "
     "شيء هو التماهي مع الذات».", "أهم شيء هو التماهي مع الذات", "الفنان"),
    ("وقال وزير الدفاع الأمريكي آشتون كارتر إن التعاون مستمر.", "التعاون مستمر", "آشتون كارتر"),
])
def test_how_one_spoke_and_what_one_showed_are_no_names(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words, label", [
    # samples 143 2.2.1, 148 2.21.1 and 2.12.4: words the grammar did not read as the
    # subject, then أنّ, were taken for the verb's object, and the quotation began with them
    ("وأعلنت قوة حلف شمال الأطلسي في أفغانستان أن جنديا عاملا في الحلف قتل.",
     "جنديا عاملا في الحلف قتل", None),
    ("واعلن الناطق باسم مهمة حلف شمال الاطلسي في افغانستان براين تريبس أن جنديا في الحلف قتل.",
     "جنديا في الحلف قتل", "الناطق باسم مهمة"),
    # (his highness, whom the article named, stays his)
    ("وقال الأمير سعود بن نايف إن الأمن مستتب. وأكد سموه أن هذه البلاد متمسكة بدينها.",
     "هذه البلاد متمسكة بدينها", "الأمير سعود بن نايف"),
    # (and the one who goes on, by a name the article gave him)
    ("وأبان الكشاف ثامر النزال أن اللوحة تدعو للسلام، مبينا النزال أن أي كشافة يحصل على باج.",
     "أي كشافة يحصل على باج", "ثامر النزال"),
])
def test_unread_words_before_that_are_no_object(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words", [
    # what a verbal noun, a preposition or a conjunction governs keeps its own أنّ
    ("وأكد الوزير ضرورة أن يلتزم الجميع بالقانون.", "ضرورة أن يلتزم الجميع بالقانون"),
    ("وأشاد الجهاز الفني بالمعسكر، معتبرا إياها فرصة حقيقية من أجل أن يتم تدعيم الفريق.",
     "إياها فرصة حقيقية من أجل أن يتم تدعيم الفريق"),
])
def test_an_object_keeps_the_that_it_governs(article, text, words):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    assert said(quotes, words).form == "object"


@pytest.mark.parametrize("text, words, label", [
    # sample 150 1.2.11: a country before a verbal noun was taken for the first word of a
    # longer foreign name («باريس سان جرمان») and the object had no speaker
    ("وأعلنت إثيوبيا اكتمال بناء 43 في المائة من السد.", "اكتمال بناء 43 في المائة من السد",
     "إثيوبيا"),
    ("وأكدت السعودية استمرار دعمها لليمن.", "استمرار دعمها لليمن", "السعودية"),
])
def test_a_country_then_a_verbal_noun_is_subject_and_object(article, text, words, label):
    assert speaker_label(article, text, words) == label


def test_a_given_name_before_a_known_family_name_is_another_man(article):
    # sample 152 2.12.10: "بندر الزهراني اكد أن …" opening a paragraph was read from its
    # second word, the family name of سلطان الزهراني whom the article had named, and given to
    # him: two men who share a family name are two speakers
    text = ("وأوضح المهندس سلطان الزهراني أن الخطة في مراحلها الأخيرة.\n\n"
            "وقال خالد العتيبي إن الوضع صعب.\n\n"
            "بندر الزهراني أكد أن عملية سحب الشاحنات أمر مرهق للمرور.")
    assert speaker_label(article, text, "عملية سحب الشاحنات أمر مرهق للمرور") == "بندر الزهراني"
    # (the family name alone still names the man the article named)
    text = ("وأوضح المهندس سلطان الزهراني أن الخطة في مراحلها الأخيرة.\n\n"
            "الزهراني أكد أن عملية سحب الشاحنات أمر مرهق للمرور.")
    assert speaker_label(article, text, "عملية سحب الشاحنات أمر مرهق للمرور") == "سلطان الزهراني"


def test_a_feminine_past_verb_of_the_iftaal_kind_ends_a_name(article):
    # sample 151 2.24.3: "قال بافقيه اكتسبت هذه التقنية …" took the verb (it acquired) for
    # his family name, and "واستطرد بافقيه:" after it went to "بافقيه اكتسبت"
    text = ("وردا على المشككين قال بافقيه اكتسبت هذه التقنية مواصفات فنية عالية وأن دولا في "
            "المنطقة اعتمدت آليات البناء الجاهز.\n\n"
            "واستطرد بافقيه: «منزل مساحته 450 مترا يمكن إنشاؤه في 10 أيام».")
    assert speaker_label(article, text, "منزل مساحته 450 مترا يمكن إنشاؤه في 10 أيام") == "بافقيه"


def test_during_it_is_no_name(article):
    # sample 151 1.5.2: "أعرب خلاله عن أمله … خاصة أن …" gave the words to "خلاله" (during
    # it), a preposition with its pronoun, as a person
    text = ("ويأتي هذا الخطاب ردا على خطاب مجلس الغرف لوزير العمل، أعرب خلاله عن أمله في "
            "سرعة إقرار الآلية خاصة أن هذه المبالغ تزيد من الأعباء.")
    assert speaker_label(article, text, "هذه المبالغ تزيد من الأعباء") is None


def test_the_writers_own_i_said_before_a_colon_is_nobodys_report(article):
    # sample 152 1.29.5: "هكذا قال زميلي النصراوي، فقلت: «…»": the columnist's answer went
    # to the colleague whose words he had just cited
    text = "يجب ألا نجهض طموحات الاتحاد.. هكذا قال زميلي النصراوي، فقلت: «ما يمدح السوق إلا من ربح فيه»."
    assert speaker_label(article, text, "ما يمدح السوق إلا من ربح فيه") is None
    text = "هكذا قال الوزير، فقلت له: «الوقت غير مناسب»."
    assert speaker_label(article, text, "الوقت غير مناسب") is None
    # (whom the speaker told is not the writer: "وقال الوزير له: «…»")
    assert speaker_label(article, "وقال الوزير له: «الوقت غير مناسب».", "الوقت غير مناسب") \
        == "الوزير"


def test_a_document_that_came_from_a_body_speaks_for_it_with_the_verb_too(article):
    # sample 152 1.20.3: "وأفاد بيان صدر عن مكتب أوغلو بأنه …" named the statement, as
    # "بيان صادر عن" names the body: صدر (it came) is the participle's verb
    text = "وأفاد بيان صدر عن مكتب أوغلو بأنه تم توقيف 251 شخصا."
    assert speaker_label(article, text, "تم توقيف 251 شخصا") == "مكتب أوغلو"


def test_data_and_two_statements_are_documents_not_people(article):
    # sample 149 "وقال بيانان صادران عن مكتبي هولاند وبوتين" and the pool's "وأظهرت
    # بيانات جمركية أن …": a dual and a plural of a document were read as a man's name
    quotes = extract_all(article("خبر\n\nوأظهرت بيانات جمركية أن واردات الصين زادت.\n"))
    speaker = said(quotes, "واردات الصين زادت").speaker
    assert (speaker.label, speaker.type) == ("بيانات جمركية", "unknown")
    quotes = extract_all(article("خبر\n\nوقال بيانان صادران عن المكتبين إن الرئيسين اتفقا.\n"))
    assert said(quotes, "الرئيسين اتفقا").speaker.type == "unknown"
    # (the data of a body in the genitive are its own, up to the participle that says where
    # they went: dev 2015-08-06-1878 "طبقا لبيانات البنك المقدمة لبورصة الكويت")
    text = ("وقال البنك الأهلي الكويتي في بيان إن الصفقة تمت.\n\nوبلغت أصول البنك 3.7 مليارات "
            "دينار بنهاية الربع الثاني طبقا لبيانات البنك المقدمة لبورصة الكويت.")
    assert speaker_label(article, text, "وبلغت أصول البنك 3.7 مليارات دينار بنهاية الربع الثاني") \
        == "البنك الأهلي الكويتي"
    # (the data alone, whose issuer the article may name elsewhere, stay no one's)
    assert speaker_label(article, "وأشارت البيانات إلى أن مخزونات النفط زادت.",
                         "مخزونات النفط زادت") is None


def test_an_office_in_the_region_is_not_its_holder_in_another_articles_region(tmp_path):
    # sample 152 2.27.1: "وأكد المدير العام للتعليم بالمنطقة، أهمية …" (the Baha region)
    # took the name of the director of education of Makkah from another article
    from tui.corpus import load_corpus
    from tui.quotes import extract_quotes, link_speakers
    (tmp_path / "a.txt").write_text(
        "خبر\n\nوأكد مدير عام التعليم بمنطقة مكة المكرمة محمد الحارثي أن المشاريع تسير وفق "
        "الخطة.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "خبر\n\nوأكد المدير العام للتعليم بالمنطقة أن فصول الموهوبين ستفتتح قريبا.\n",
        encoding="utf-8")
    corpus = load_corpus(tmp_path)
    quotes = link_speakers([q for source in corpus.sources for q in extract_quotes(source)])
    assert said(quotes, "المشاريع تسير وفق الخطة").speaker.label == "محمد الحارثي"
    assert said(quotes, "فصول الموهوبين ستفتتح قريبا").speaker.label \
        == "المدير العام للتعليم بالمنطقة"


def test_royal_after_a_noun_is_its_adjective_not_an_honorific(article):
    # sample 151 2.21.1: "وقال رئيس الديوان الملكي الأسبق باسم عوض الله …": الملكي was read
    # as the honorific of "صاحب السمو الملكي", which ended the title before it, and the
    # speaker was lost (with no name after it, "الأسبق" alone was the speaker)
    text = "وقال رئيس الديوان الملكي الأسبق باسم عوض الله في تصريح لـ\"سبق\" إن الزيارة تاريخية."
    assert speaker_label(article, text, "الزيارة تاريخية") == "باسم عوض الله"
    text = "وقال رئيس الديوان الملكي الأسبق إن الزيارة تاريخية."
    assert speaker_label(article, text, "الزيارة تاريخية") == "رئيس الديوان الملكي الأسبق"
    # (after السمو it is the honorific still)
    text = "وقال صاحب السمو الملكي الأمير سلطان بن سلمان إن الزيارة تاريخية."
    assert speaker_label(article, text, "الزيارة تاريخية") == "الأمير سلطان بن سلمان"


def test_each_of_several_people_named_speaks_together(article):
    # sample 152 1.22.1: "قال كل من أبو طارق الطوخي وعيد المطيري وعبدالمجيد المسعودي، إن …"
    # found no one: "كل من" (each of) before titles was read, before names not
    text = ("وفي استطلاع أجرته «عكاظ»، قال كل من أبو طارق الطوخي وعيد المطيري وعبدالمجيد "
            "المسعودي، إن ما نؤمله من الرئيس الجديد كبير.")
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    speaker = said(quotes, "ما نؤمله من الرئيس الجديد كبير").speaker
    assert speaker.label == "أبو طارق الطوخي وعيد المطيري وعبدالمجيد المسعودي"
    assert speaker.type == "person"
    # (and a plural verb after them goes on with all of them)
    text = "وقال كل من محمد الحربي وخالد العتيبي إن الوضع صعب. وأضافوا أن الحل قريب."
    assert speaker_label(article, text, "الحل قريب") == "محمد الحربي وخالد العتيبي"
    # (one name alone after كل من is no one's list)
    assert speaker_label(article, "وقال كل من محمد وخالد إن الوضع صعب.", "الوضع صعب") is None


def test_a_speech_by_a_title_speaks_for_him(article):
    # sample 147 1.1.1–7: "تخلله كلمة لوزير الإسكان، أوضح فيها أن …" went to the prince the
    # sentence before named: whose speech it was, the text says (a title in construct, with
    # no name, as well as a titled name)
    text = ("وقال أمير المنطقة إن المشروع مهم. وأقيم حفل خطابي تخلله كلمة لوزير الإسكان، "
            "أوضح فيها أن المشروع باكورة مشاريع الوزارة. وبيّن أن الإسكان حركة لن تتوقف.")
    assert speaker_label(article, text, "المشروع باكورة مشاريع الوزارة") == "وزير الإسكان"
    assert speaker_label(article, text, "الإسكان حركة لن تتوقف") == "وزير الإسكان"
    # ("في كلمة لـ…،" opening the sentence, before its verb)
    text = "وفي كلمة ترحيبية لمدير الجامعة الدكتور خالد الحربي، أكد أن المشروع مهم."
    assert speaker_label(article, text, "المشروع مهم") == "خالد الحربي"


def test_amam_before_a_plural_of_people_is_in_front_of_them(article):
    # sample 153 1.1.20: "وقال امام مشرعين ونشطاء واكاديميين في واشنطن «…»": أمام written
    # without its hamza read as the title إمام, and the phrase became the speaker
    text = ("وقال الرئيس محمد بخاري إن الوضع صعب. وقال امام مشرعين ونشطاء واكاديميين في "
            "واشنطن \"للاسف، تركنا وحدنا\".")
    assert speaker_label(article, text, "للاسف، تركنا وحدنا") == "محمد بخاري"
    # (an imam of a mosque, or of worshippers, is still one)
    text = "وقال امام المسجد الحرام الشيخ سعود الشريم إن الأمن نعمة."
    assert speaker_label(article, text, "الأمن نعمة") == "الشيخ سعود الشريم"
    assert speaker_label(article, "وقال امام المصلين إن الأمن نعمة.", "الأمن نعمة") \
        == "امام المصلين"


def test_he_comes_back_and_says_is_his(article):
    # sample 154 2.25.2: "لكن الأستاذ حريري يعود فيقول مؤيدا …: «…»": the present verb
    # before his verb of saying is no word of his name ("حريري يعود"), and he is its subject
    text = ("وقال الوزير إن الأمر صعب. لكن الأستاذ عبدالله حريري يعود فيقول: «نأمل ألا يتم "
            "ترسية أي مشروع».")
    assert speaker_label(article, text, "نأمل ألا يتم ترسية أي مشروع") == "عبدالله حريري"


@pytest.mark.parametrize("text, words, label", [
    # samples 153–154: words after a verb or a title read as a name and made the speaker:
    # how he said it ("أوضح بجلاء"، "قال محتجا")
    ("إن وزير الصحة الدكتور خالد الفالح أوضح بجلاء أن الضغط على المنشآت كبير.",
     "الضغط على المنشآت كبير", "خالد الفالح"),
    ("ولم نسمع أن أحد هؤلاء المسؤولين قال محتجا إنه يتعرض لمؤامرة.", "يتعرض لمؤامرة", None),
    # his book, his findings (a noun of a work with his pronoun)
    ("وختم المؤلف كتابه بمجموعة من النتائج وصفها بأنها شديدة الأهمية.", "شديدة الأهمية",
     "المؤلف"),
    ("وختم نتائجه بأنه من المفاجئ أن يتقدم البحث.", "من المفاجئ أن يتقدم البحث", None),
    # God's praise after His name, whom he prayed to
    ("ودعا الصفيان المولى عز وجل أن يتغمد الشهداء بواسع رحمته.", None, None),
    # a call (نداء) to someone, and لـ with the article, which opens no family name
    ("ووجه المفتي نداء للشباب، مشدداً أن ما يفعلونه ظلم وعدوان.", "ما يفعلونه ظلم وعدوان",
     "المفتي"),
    # a title with its pronoun takes no genitive: the noun after it is the verb's object
    ("وقتل 20 شخصا في نيجيريا التي حذر رئيسها الولايات المتحدة من ان سياستها تضر بالجهود.",
     "سياستها تضر بالجهود", "رئيسها"),
    # و and a past verb of the افتعل kind (and he apologised), whatever the author did
    ("وهو أمر أقر به المؤلف واعتذر عنه. ويعترف المؤلف بأن كانط شكل ثورة.", "كانط شكل ثورة",
     "المؤلف"),
])
def test_words_after_a_verb_or_a_title_that_name_no_one(article, text, words, label):
    quotes = extract_all(article("خبر\n\n" + text + "\n"))
    if words is None:
        assert all(q.speaker is None or "عز" not in q.speaker.label for q in quotes)
    else:
        speaker = said(quotes, words).speaker
        assert (speaker.label if speaker is not None else None) == label
    # (a woman's title in ة is no title with a pronoun: "رئيسة اللجنة عائشة …")
    assert speaker_label(article, "وأوضحت رئيسة اللجنة عائشة الزكري أن الدفعة تشمل 28 أسرة.",
                         "الدفعة تشمل 28 أسرة") == "عائشة الزكري"


def test_a_definite_plural_after_one_document_is_what_it_named(article):
    # sample 147 1.22.14: "وذكر التقرير الصعوبات التي تواجه فريق الشبكة …، مشيراً إلى أنه …"
    # gave the report and its object as one speaker, "التقرير الصعوبات"
    text = ("أصدرت الشبكة السورية لحقوق الإنسان تقريرا. وذكر التقرير الصعوبات التي تواجه فريق "
            "الشبكة، مشيراً إلى أنه يصعب تأكيد الوفاة.")
    assert speaker_label(article, text, "يصعب تأكيد الوفاة") == "الشبكة السورية لحقوق الإنسان"


def test_a_heading_before_a_sentence_that_names_its_speaker_is_nobody(article):
    # sample 147 1.11.49: "الدفاع: تقول أيرلندا إنها …" (a section's heading, The defence)
    # was a headline with "الدفاع" as its speaker
    quotes = extract_all(article("خبر\n\nالدفاع: تقول أيرلندا إنها لم ترتكب أي مخالفة.\n"))
    assert all(q.speaker is None or q.speaker.label != "الدفاع" for q in quotes)
    assert said(quotes, "لم ترتكب أي مخالفة").speaker.label == "أيرلندا"


def test_his_highness_after_a_call_is_the_caller(article):
    # sample 149 2.27.3–8: "تلقى الأمير … اتصالاً هاتفياً من صاحب السمو الملكي الأمير سلمان بن
    # حمد …. وأعرب سموه عن عزائه …، سائلاً الله أن …": his highness is the caller, not the
    # highness who called earlier in the article nor the one who received the call
    text = ("تلقى الأمير محمد بن نايف اتصالاً هاتفياً من صاحب السمو الشيخ سيف بن زايد آل نهيان "
            "أعرب فيه عن استنكاره للاعتداء. وعبر سموه عن تعازيه، سائلاً الله أن يحفظ البلاد.\n\n"
            "وقدم سمو الأمير شكره لسمو الشيخ سيف بن زايد.\n\n"
            "كما تلقى الأمير محمد بن نايف اتصالاً هاتفياً من صاحب السمو الملكي الأمير سلمان بن "
            "حمد آل خليفة أعرب خلاله عن إدانته للتفجير.\n\n"
            "وأعرب سموه عن عزائه لأسر الشهداء، سائلاً الله أن يتغمدهم بواسع رحمته.")
    assert speaker_label(article, text, "يتغمدهم بواسع رحمته") == "الأمير سلمان بن حمد آل خليفة"
    assert speaker_label(article, text, "يحفظ البلاد") == "سيف بن زايد آل نهيان"


def test_based_on_sources_is_relayed_from_them(article):
    # sample 154 1.1.2: "وذكرت وكالة بلومبرغ … استناداً إلى دوائر مطلعة … أن …": the agency
    # relays the circles' words, as with "نقلا عن"
    text = ("وذكرت وكالة أنباء بلومبرغ الاقتصادية أمس استنادا إلى دوائر مطلعة لم تفصح عنها أن "
            "من المنتظر اتخاذ القرار.")
    assert speaker_label(article, text, "من المنتظر اتخاذ القرار") == "دوائر مطلعة"
    text = "وذكرت وكالة بلومبرغ استنادا إلى مصادر مطلعة أن القرار قريب."
    assert speaker_label(article, text, "القرار قريب") == "مصادر مطلعة"


def test_said_in_a_statement_by_a_titled_man_after_it_happened(article):
    # sample 153 2.8.3: "جاء ذلك في تصريح للمتحدث الرسمي … الأستاذ رأفت الصباغ، أوضح أن …"
    # went to the centre's director the article named before
    text = ("وقال المشرف العام على المركز الدكتور عبدالله الربيعة إن البرنامج بدأ. جاء ذلك في "
            "تصريح للمتحدث الرسمي للمركز الأستاذ رأفت الصباغ، أوضح أن هذه الفعاليات تنطلق.")
    assert speaker_label(article, text, "هذه الفعاليات تنطلق") == "رأفت الصباغ"


def test_how_he_said_it_then_where_before_his_words(article):
    # sample 145 1.22.2: "وقال كيري مازحا في بداية أحد الاجتماعات «…»": a word saying how he
    # spoke, then where, before the quotation, neither of them what he said
    text = ("وقال وزير الخارجية جون كيري إن الأمر صعب. وقال كيري ساخرا في بداية أحد الاجتماعات "
            "«هذه العصا لها تاريخ».")
    assert speaker_label(article, text, "هذه العصا لها تاريخ") == "جون كيري"


@pytest.mark.parametrize("text, words, label", [
    # rescoring samples 125–150 with this session's rules: three readings they had broken.
    # "في حديث مع فلان" is a meeting, not a statement by someone named after لـ (127 2.2.1)
    ("وفي حديث مع نسرين اسبر لـ«الشرق الأوسط»، فقد أكدت أن هذا النوع من الزيارات سبق وحصل.",
     "هذا النوع من الزيارات سبق وحصل", "نسرين اسبر"),
    # a relation with its pronoun, then "الآخر" and his name (130 1.1.4)
    ("وقال ابنه الآخر احمد ابو ماريا الذي اصيب اصابة طفيفة لوكالة الصحافة الفرنسية، "
     "«اقتحموا البيت فجرًا وحاولوا خلع الباب وبدأوا بالصراخ».",
     "اقتحموا البيت فجرًا وحاولوا خلع الباب وبدأوا بالصراخ", "احمد ابو ماريا"),
    # a campaign (حملة) is no given name, so "حملة أردوغان" is nobody's name (125 2.25.3)
    ("وقال الرئيس التركي رجب طيب أردوغان إن تركيا قوية. وبحرمان حملة أردوغان من أي شرعية "
     "تتراجع المنافع. وقال أردوغان للأمة إن تركيا تحت حصار.", "تركيا تحت حصار",
     "رجب طيب أردوغان"),
])
def test_readings_the_sessions_rules_broke_hold(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words, label", [
    # sample 155 (after it was judged): words that became speakers. A question in the
    # accusative ("وطرح الباحث سؤالا"), then his verbs with no subject, are the researcher's
    ("وقال الباحث عبدالله بلال إن الأمر مهم. وطرح الباحث في دراسته سؤالا عن أصل اللحوم "
     "الحلال. وقال إن التفسير الفيزيائي واضح.", "التفسير الفيزيائي واضح", "عبدالله بلال"),
    # بـ and a verbal noun with the article, how he ended ("وختم … بالتأكيد أن")
    ("وختم النائب السابق لمدير عام الاتصالات بوزارة الداخلية بالتأكيد أن الأجهزة الأمنية قادرة.",
     "الأجهزة الأمنية قادرة", "النائب السابق لمدير عام الاتصالات بوزارة الداخلية"),
    # a place of two words opened by سانت (Saint): no name's first word
    ("قال قائد شرطة مقاطعة سانت لويس الأميركية، إنّ الرجل الذي فتح النار أصيب.",
     "الرجل الذي فتح النار أصيب", "قائد شرطة مقاطعة سانت لويس الأميركية"),
])
def test_words_that_spoke_in_sample_155_name_no_one(article, text, words, label):
    assert speaker_label(article, text, words) == label
    # ("بإمكانك" (you can) is no one: "ويضيف بإمكانك أن تضعه …" has no speaker)
    quotes = extract_all(article("خبر\n\nويضيف بإمكانك أن تضعه على نحو سلبي.\n"))
    assert all(q.speaker is None for q in quotes)


@pytest.mark.parametrize("text, words, label", [
    # a name no list knows, then his title at once, up to the أنّ of a verb of stating:
    # the name is his (134 2.10.22; 148 1.16.18; 156 1.10.15)
    ("وأكد بلحسن الوسلاتي المتحدث باسم وزارة الدفاع التونسية أن عسكريا توفي.",
     "عسكريا توفي", "بلحسن الوسلاتي"),
    ("وأعلن تيري غوفو منسق المشاريع في عدن في منظمة أطباء بلا حدود أن الوضع سيء.",
     "الوضع سيء", "تيري غوفو"),
    ("وأشار تافي رويفاس رئيس وزراء أستونيا إلى أن الأزمة طويلة.", "الأزمة طويلة",
     "تافي رويفاس"),
    # a given name and a family name, then what he denied (no أنّ): his, and not inside
    # what he denied
    ("ونفى أحمد الحرمي وجود أي إصابات في الحادث.", "وجود أي إصابات في الحادث",
     "أحمد الحرمي"),
])
def test_a_name_no_list_knows_before_a_title_or_an_object_is_the_speaker(article, text, words,
                                                                          label):
    assert speaker_label(article, text, words) == label


def test_two_people_named_before_their_words_are_not_read_as_one(article):
    # "…، أنّهما": the second person's name after the first one's title; neither alone
    quotes = extract_all(article(
        "خبر\n\nوكشف بير اغرين مسؤول الشرطة المحلية وإيفا مورين نائب المدعية المسؤولة عن "
        "التحقيق، في مؤتمر صحافي اليوم، أنّهما إريتريان.\n"))
    assert all(q.speaker is None for q in quotes)


@pytest.mark.parametrize("text, words, label", [
    # a document with its issuer after لـ and the article, whatever body it is (126 1.8.5,
    # 129 1.5.3): the body, its label with the article's alif
    ("وأشار بيان للأمم المتحدة إلى أن الوضع الغذائي منذر بالخطر.",
     "الوضع الغذائي منذر بالخطر", "الأمم المتحدة"),
    # but a body's word that opens with ل keeps it ("للجنة" is لـ and لجنة)
    ("وذكر تقرير للجنة الوطنية لحقوق الإنسان أن مكتب المدعي العام أخطأ.",
     "مكتب المدعي العام أخطأ", "لجنة الوطنية لحقوق الإنسان"),
    # a document of a person named by his title, in the genitive: his (123 1.30.10)
    ("وقال السيناتور الديمقراطي تشاك شومر إنه يعارض الاتفاق. وأشار بيان السيناتور "
     "الديمقراطي إلى أنه سيصوت ضد الاتفاق.", "سيصوت ضد الاتفاق", "تشاك شومر"),
])
def test_a_document_speaks_for_the_body_or_person_whose_it_is(article, text, words, label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words, label", [
    # a document given words before the article says who issued it: the one issuer the
    # article gives that kind of document (120 2.4.2, 128 1.29.2, 130 1.8.3)
    ("أظهرت دراسة جديدة أن متوسط عمر البلوغ انخفض. وأفادت الإذاعة أن الدراسة التي أجراها "
     "مستشفى نانجينج للأطفال شملت ألف طفل.", "متوسط عمر البلوغ انخفض", "مستشفى نانجينج للأطفال"),
    ("وقال التقرير إن الجراثيم تنتشر. وذكرت وزارة الصحة في تقرير أمس أن الإصابات تتزايد.",
     "الجراثيم تنتشر", "وزارة الصحة"),
    # not "another study", which may be another document than the one whose issuer is named
    ("وأظهرت دراسة أجرتها جامعة ماساشوستس أن الاستهلاك ارتفع. كما تشير دراسة محلية أخرى إلى "
     "أن السعودية سادسة.", "السعودية سادسة", "دراسة محلية أخرى"),
    # nor a study the article brings in after it named the first one's issuer (158 1.19.3)
    ("توصلت دراسة أجراها مجلس البحوث الطبية في بريطانيا إلى أن التوحد وراثي. أكدت دراسة "
     "حديثة أن الأنفلونزا لا تزيد المخاطر.", "الأنفلونزا لا تزيد المخاطر", "دراسة حديثة"),
])
def test_a_document_speaks_for_the_issuer_the_article_names_after_it(article, text, words,
                                                                     label):
    assert speaker_label(article, text, words) == label


@pytest.mark.parametrize("text, words", [
    # a site that published a study relays it; it did not make it
    ("وأكدت دراسة جديدة أن المياه الغازية تضر القلب. ورصدت الدراسة التي نشرها موقع وورلد "
     "فورم نيوز ارتفاعا في مستوى السكر.", "المياه الغازية تضر القلب"),
    # a man who spoke "in the statement" (with the article) did not issue it
    ("وتابع البيان أن السوداني قائد كبير. وقال كارتر في البيان إن مقتله ضربة للقاعدة.",
     "السوداني قائد كبير"),
    # nor did one who named a resolution inside his own words
    ("وبحسب القرار فإن الفريق يحدد المسؤولين. وقال كيري \"بحثنا كذلك في قرار الأمم المتحدة "
     "واعتقد أننا توصلنا الى اتفاق\".", "الفريق يحدد المسؤولين"),
])
def test_a_document_keeps_its_words_where_no_issuer_is_certain(article, text, words):
    speaker = said(extract_all(article("خبر\n\n" + text + "\n")), words).speaker
    assert speaker is None or speaker.type == "unknown"
