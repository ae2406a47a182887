"""The words Arabic news uses to report speech and to name who speaks, as data.

Every list is in the normalised spelling of `normalize_text` (أ→ا، ة→ه، ى→ي, harakat off), so a
reader sees at a glance what the attribution rules react to. None of these lists names a
speaker: a word becomes a speaker only through a reporting construction (tui.quotes.subject),
and these lists only say what kind of word stands where (a title, a rank, a preposition …).
"""

from __future__ import annotations

from functools import lru_cache

from tui.text.normalize import normalize_text


def _norm(words: str) -> frozenset[str]:
    # A hamza on a wāw seat is also written on a yā' seat (مسؤول / مسئول, both common in
    # Saudi papers), and normalising keeps the two apart: every such word in both spellings.
    normal = {normalize_text(w) for w in words.split()}
    return frozenset(normal | {w.replace("ؤ", "ئ") for w in normal if "ؤ" in w})


# --- reporting words -----------------------------------------------------------------------
# Verbs of condemning (their object follows their subject: "وأدان الوزير | الهجوم").
_CONDEMNING = "ادان يدين ندد يندد استنكر يستنكر شجب يشجب"
# Past and present verbs that report speech (masculine; feminine forms are derived below).
_VERBS = """
قال يقول اضاف يضيف اكد يؤكد اوضح يوضح اشار يشير تابع يتابع صرح يصرح اعلن يعلن شدد يشدد
لفت يلفت زاد اكمل اردف استطرد استدرك كشف يكشف ذكر يذكر افاد يفيد اعتبر يعتبر راي يري
نفي ينفي ابلغ يبلغ نوه ينوه اقر يقر اعترف يعترف توقع يتوقع زعم يزعم ادعي يدعي
عد يعد افصح ابان اجاب يجيب رد يرد علق يعلق تساءل اظهر يظهر وصف يصف
اتهم يتهم نبه ينبه تحدث يتحدث نص ينص حذر يحذر اورد يورد
كتب يكتب غرد يغرد
ختم يختم روي يروي شرح يشرح
""" + _CONDEMNING
# Verbs that report only with أن after them: "أعرب عن أمله في أن …", "أمل أن …".
# (بين is also "between": only with أن after it is it "made clear".)
_VERBS_WITH_THAT_ONLY = ("اعرب يعرب عبر يعبر امل يامل تمني يتمني اشاد حذر يحذر طالب دعا بين يبين "
                         "لمح المح يلمح رجح يرجح اتفق يتفق اوصي يوصي جادل يجادل "
                         + "اصر يصر ذهب يذهب جدد يجدد")
# Of those, the verbs that report only a clause with أن, never a quotation after them: "أصرّ
# على أن …" (insisted), "ذهب إلى أن …" (held), "جدد التأكيد على أن …" (stressed again); but
# "يصر الدائنون على «تعاون جيد»" is what they insist on, not their words.
_THAT_CLAUSE_ONLY = "اصر يصر ذهب يذهب جدد يجدد"
# Participles that continue a report in the same sentence: "، مؤكدا أن …"
_PARTICIPLES = """
قائلا قائله مضيفا مضيفه مؤكدا مؤكده موضحا موضحه مشيرا مشيره لافتا لافته كاشفا كاشفه مبينا
مبينه مشددا مشدده معتبرا معتبره منوها منوهه محذرا محذره متوقعا متوقعه مفيدا مفيده عادا
ذاكرا ذاكره نافيا نافيه معلنا معلنه مردفا مستطردا مستدركا متسائلا مستبعدا مختتما متابعا
معربا معربه واصفا وصافا مبديا موجها موجهه مشيدا مشيده منبها منبهه مستعرضا مستعرضه
متمنيا متمنيه امله املا مستشهدا مستشهده
"""
# Verbs whose object can be what was said, without أن: "أكدت الشرطة وقوع إصابات".
_OBJECT_VERBS = """
اكد يؤكد اعلن يعلن نفي ينفي كشف يكشف اوضح يوضح شدد يشدد اشار يشير لفت يلفت ذكر يذكر
اعتبر يعتبر عد نوه ينوه افاد يفيد ابان اعترف يعترف اقر يقر اتهم يتهم نبه ينبه تحدث يتحدث
نص ينص حذر يحذر
"""


def _feminine(verbs: frozenset[str]) -> frozenset[str]:
    """قال → قالت، يقول → تقول, for the past and the present."""
    out = set()
    for verb in verbs:
        if verb.startswith("ي") and len(verb) >= 3:
            out.add("ت" + verb[1:])
        elif verb.endswith("ي") and len(verb) >= 3:
            out.add(verb[:-1] + "ت")      # نفى → نفت، روى → روت (ى folds to ي)
        elif not verb.endswith("و"):
            out.add(verb + "ت")
    return frozenset(out)


_GOING_ON = frozenset({"تابع", "يتابع", "زاد", "اكمل", "اظهر", "يظهر"})
# Plurals that are no report: دعوا، طالبوا (calls), يدعون ("they call for" as often as
# "they claim").
_NOT_PLURAL = frozenset({"دعوا", "طالبوا", "يدعون"})


def _plural(verbs: frozenset[str]) -> frozenset[str]:
    """قال → قالوا، يقول → يقولون (نفى → نفوا، دعا → دعوا، ينفي → ينفون). Words of two
    letters are left out (عدوا and ردوا are also nouns' forms), and so are the verbs that
    report only as a speaker's going on (وتابع، وزاد، وأكمل): their plurals are "followed",
    "increased", "completed"; nor the plurals in `_NOT_PLURAL`."""
    out = set()
    for verb in verbs:
        if len(verb) < 3 or verb in _GOING_ON:
            continue
        stem = verb[:-1] if verb.endswith(("ي", "ا")) else verb
        out.add(stem + ("ون" if verb.startswith("ي") else "وا"))
    return frozenset(out) - _NOT_PLURAL


# A plural verb agrees with a subject before it or with none ("وقالوا إن …"); a subject
# after a verb takes the singular, so the words after a plural verb are not its subject.
PLURAL_VERBS = _plural(_norm(_VERBS)) | _plural(_norm(_VERBS_WITH_THAT_ONLY))
SPEECH_VERBS = _norm(_VERBS) | _feminine(_norm(_VERBS)) | _plural(_norm(_VERBS))
# (تبين is also "it became clear": not a report.)
THAT_ONLY_VERBS = (_norm(_VERBS_WITH_THAT_ONLY) | _feminine(_norm(_VERBS_WITH_THAT_ONLY))
                   | _plural(_norm(_VERBS_WITH_THAT_ONLY))) - {"تبين"}
THAT_CLAUSE_ONLY = _norm(_THAT_CLAUSE_ONLY) | _feminine(_norm(_THAT_CLAUSE_ONLY)) \
    | _plural(_norm(_THAT_CLAUSE_ONLY))
PARTICIPLES = _norm(_PARTICIPLES)
# and their plurals: "، مشيرين إلى أن …"
PARTICIPLES |= frozenset(p[:-1] + "ين" for p in PARTICIPLES if p.endswith("ا"))
# (Not the present of اعتبر: "ويعتبر البرنامج أحد أدواتها" is "is considered"; nor نوّه بـ
# and تحدث عن: praise and a topic, not what was said.)
OBJECT_VERBS = (_norm(_OBJECT_VERBS) | _feminine(_norm(_OBJECT_VERBS))
                | _plural(_norm(_OBJECT_VERBS))) - _norm("""
يعتبر تعتبر يعتبرون نوه ينوه نوهت تنوه تحدث يتحدث تحدثت تتحدث نوهوا ينوهون تحدثوا يتحدثون
""") | _norm("""
مؤكدا مؤكده موضحا موضحه مشيرا مشيره لافتا لافته معتبرا معتبره عادا كاشفا كاشفه نافيا نافيه
معلنا معلنه مبينا مبينه واصفا وصافا مشددا مشدده محذرا محذره
""")
# "ونقل عن فلان قوله إن …", "ونقلت وكالة … عن مصدر": the words are the source's.
# "ونسبت الوكالة إلى حفتر قوله إن …": the words are the one after إلى's.
ASCRIBING = _norm("نسب نسبت ينسب تنسب")
CONDEMNING = _norm(_CONDEMNING) | _feminine(_norm(_CONDEMNING))
RELAY_VERBS = _norm("نقل نقلت ينقل تنقل نقلا ناقلا") | ASCRIBING

# Nouns that carry a report on: "قوله إن …"، "بالقول: …"
SPEECH_NOUNS = _norm("قوله قولها قولهم بقوله بقولها بالقول تصريحه تاكيده")
# Attribution without a verb, before the source: "بحسب المصادر"، "وفقا للشرطة"; the first
# kind (RELAY_NOTES) also stands between a speaker and her words to say who relayed them:
# "وقالت جافي بحسب «رويترز»: …".
RELAY_NOTES = _norm("بحسب حسب وفق وفقا طبقا")
ACCORDING = RELAY_NOTES | _norm("حسبما وحسبما كما")

# The particle that opens an indirect report, with a pronoun or بـ.
PARTICLES = _norm("""
ان انه انها انهم انهما انني اننا انكم بان بانه بانها بانهم بانهما انّ انّه
""")

# A report clause ends where the next one starts: "، مشيرًا …"، "، فيما …"، "، وأضاف …".
# (Not حيث and إذ: "…، حيث يجري العمل على تطويره" goes on explaining what was said, unless a
# report of its own follows them: "…، حيث أكد المعلم أن …".)
CLAUSE_STARTERS = SPEECH_VERBS | PARTICIPLES | _norm("الا")
# "وصف الاجتماع بـ«البناء»": what follows بـ is the speaker's word for it.
DESCRIBING = _norm("وصف وصفت يصف تصف واصفا واصفه وصافا وصفه وصفها")

# --- who speaks: the parts of a subject noun phrase ----------------------------------------
# Honorifics and forms of address before a title or a name (not part of the name).
HONORIFICS = _norm("""
سمو صاحب السمو الملكي معالي فضيله سعاده سماحه فخامه الاستاذ الاستاذه الدكتور الدكتوره
د م ا المهندس المهندسه السيد السيده الحاج الشيخ الشيخه البروفيسور البروفسور البروفيسوره
""")
# Pronoun forms of the honorifics, which refer back to someone named before ("وأكد سموه").
HONORIFIC_PRONOUNS = {normalize_text(k): normalize_text(v) for k, v in (
    ("سموه", "سمو"), ("سموها", "سمو"), ("معاليه", "معالي"), ("معاليها", "معالي"),
    ("فضيلته", "فضيله"), ("سعادته", "سعاده"), ("سماحته", "سماحه"), ("فخامته", "فخامه"),
)}
# Military and police ranks: a name follows.
RANKS = _norm("""
اللواء العميد العقيد المقدم الرائد النقيب الملازم الفريق المشير الرقيب العريف الجندي
الجنرال الادميرال الكولونيل الميجور لواء عميد عقيد مقدم رائد ملازم الركن ركن اول
جنرال ادميرال كولونيل ميجور اللفتنانت لفتنانت الكابتن الضابط الضابطه المتقاعد
""")
# Titles of several people: no one person's name follows them ("أكد مديرو التعليم جاهزية
# المدارس": the object, not a name).
PLURAL_TITLES = _norm("""
مديرو مديري رؤساء قاده مسؤولو مسؤولي ممثلو ممثلي اعضاء وكلاء سفراء محافظو محافظي وزراء
القائمون القائمين قائمون قائمين المشرفون المشرفين
الوزراء الرؤساء القاده السفراء الوكلاء
""")
# Broken plurals of people that end in ة ("الطلبة"، "القضاة"): plurals all the same, so a
# plural adjective after them agrees ("الطلبة السعوديين"); a singular in ة takes none.
PEOPLE_PLURALS_IN_TA = _norm("""
الطلبه الاساتذه القضاه الدعاه الرعاه الولاه الحماه الطغاه الغزاه الرماه الكفره السحره
الخونه الحفظه الكتبه السعاه الساسه القاده البغاه الهواه الرواه المشاه الجناه
""")
# Nouns that name a person by office, role or occupation (with or without the article).
PERSON_TITLES = PLURAL_TITLES | _norm("""
قائمقام قائم
رئيس رئيسه وزير وزيره مدير مديره نائب مساعد مساعده وكيل امينه محافظ امير ملك ولي
سفير سفيره قنصل مستشار مستشاره متحدث متحدثه ناطق ناطقه مسؤول مسؤوله قائد مندوب مبعوث
ممثل منسق مشرف ملحق عميد استاذ خبير مختص متخصص محلل باحث طبيب طبيبه محامي محاميه مهندس
مفتي امام خطيب شيخ
قاضي مدرب لاعب عمده والي حاكم زعيم عضو نقيب مؤسس مالك صاحب مواطن مواطنه مزارع مقدم مخرج
كاتب كاتبه شاعر فنان فنانه رئيسا مراسل مراسله مفوض مفوضه منتج معلم معلمه طالبه
والد والده اب ام شقيق شقيقه زوج زوجه ابن ابنه نجل جد عم خال سكرتير مدعي رجل امراه شاهد
موظف موظفه عامل عامله قيادي ناشط ناشطه نجم نجمه حارس مهاجم مدافع اخصائي استشاري
الرئيس الرئيسه الوزير الوزيره المدير المديره النائب المساعد الوكيل الامين المحافظ الامير
الملك السفير السفيره القنصل المستشار المتحدث المتحدثه الناطق المسؤول القائد المندوب المبعوث
عاهل العاهل السلطان
الممثل المنسق المشرف الملحق الاستاذ الشاب الشابه الطفل الطفله الفتاه الفتي الرجل المراه الطالب
الخبير المختص المتخصص المحلل الباحث الطبيب الطبيبه المحامي المهندس المفتي
الامام الخطيب القاضي المدرب اللاعب العمده الوالي الحاكم الزعيم العضو النقيب المؤسس المالك
المواطن المواطنه المزارع المقدم المخرج الكاتب الكاتبه الضيف الضيفه الشاعر الشاعره الاديب الاديبه الروائي الروائيه القاص الناقد الفنان الفنانه المراسل المفوض
المنتج المعلم المعلمه الطالب الطالبه الوالد الوالده الشقيق الشقيقه الزوج الزوجه السكرتير
المدعي الموظف العامل القيادي الناشط النجم الحارس المهاجم المدافع الاخصائي الاستشاري خادم
نظير نظيره نظيرها نظيرته نظيرتها اكاديمي الاكاديمي داعيه الداعيه مفكر المفكر روائي الروائي
ضابط الضابط سناتور السناتور سيناتور السيناتور قاضيه القاضيه متهم المتهم
اداري الاداري معاون المعاون القائم
مذيع المذيع مذيعه المذيعه الاعلامي الصحفي الصحافي
مطرب المطرب مغني المغني ناقد الناقد مؤرخ المؤرخ مؤلف المؤلف مترجم المترجم ملحن الملحن
وسيط الوسيط
محرر المحرر محرره مصور المصور
سياسي السياسي مراقب المراقب الزائر
عالم عالمه
تاجر التاجر بائع البائع صياد الصياد سائق السائق مقاول المقاول مستثمر المستثمر مدرس
ممرض الممرض ممرضه شيف الشيف طاهي الطاهي
""")
# and each title with the article in the feminine: الباحثة، الخبيرة، المحللة (without the
# article a final ه may be a pronoun: "رئيسه" is also his president)
# (but not المختصة: "الجهات المختصة"، "وإصداراته المختصة بالقصة" describe things)
PERSON_TITLES = PERSON_TITLES | frozenset(
    word + "ه" for word in PERSON_TITLES if word.startswith("ال") and not word.endswith("ه")
    and word not in ("المختص", "المتخصص", "الاعلامي", "الصحفي", "الصحافي", "القائم"))
# (الإعلامية، الصحفية are the adjectives of bodies and meetings: "اللجنة الإعلامية")
# Titles that are also adjectives: after a noun with the article they describe it
# ("المؤتمر الصحفي"، "المركز الإعلامي"), they name no one.
ALSO_ADJECTIVES = _norm("الاعلامي الصحفي الصحافي السياسي")
# Titles that name someone by their relation to another person: "والد الطفلة زينب …" (the
# name after the other person's noun may be either's: not taken as the speaker's).
RELATIONS = _norm("""
والد والده شقيق شقيقه زوج زوجه ابن ابنه نجل نجله عم عمه خال خاله جد جده اب ام اخ اخت محامي
محاميه
ذوي اقارب اسره عائله
""")

# Heads of an organisation's name: "وزارة الداخلية"، "شرطة المنطقة الشرقية"، "الهيئة".
ORGANISATIONS = _norm("""
صحيفتا صحيفتي وكالتا وكالتي قناتا قناتي شبكه الشبكه
وزاره هيئه شرطه اداره مديريه رئاسه ديوان مكتب سفاره قنصليه مجلس لجنه جمعيه منظمه وكاله
شركه مؤسسه جامعه مركز مستشفي بلديه امانه محكمه نيابه حكومه جيش قوات حركه حزب تيار كتله جماعه
اتحاد رابطه نادي منتخب صحيفه قناه موقع مجله اذاعه تلفزيون بنك مصرف صندوق مرصد تحالف
سلطات سلطه قياده غرفه مصلحه دائره مجمع برنامج اكاديميه معهد كليه ائتلاف جبهه مقاومه
بعثه البعثه خطوط الخطوط دار الدار مجموعه المجموعه منسقيه المنسقيه اماره الاماره مفوضيه المفوضيه
عماده العماده خفر حرس الشؤون خليه الخليه جهاز الجهاز طيران ملحقيه الملحقيه برلمان دوريه
البرلمان حلف الحلف جريده الجريده اجهزه الاجهزه
حراك الحراك فصيل الفصيل بورصه البورصه
الوزاره الهيئه الشرطه الاداره المديريه الرئاسه الديوان المكتب السفاره القنصليه المجلس
اللجنه الجمعيه المنظمه الوكاله الشركه المؤسسه الجامعه المركز المستشفي البلديه الامانه
المحكمه النيابه الحكومه الجيش القوات الحركه الحزب الجماعه الاتحاد الرابطه النادي المنتخب
الصحيفه القناه الموقع المجله الاذاعه التلفزيون البنك المصرف الصندوق المرصد التحالف
السلطات السلطه القياده الغرفه المصلحه الدائره المجمع البرنامج الاكاديميه المعهد الكليه
الائتلاف الجبهه المقاومه الدفاع الهلال الامم البيت الكرملين البنتاغون الخارجيه الداخليه
قوي القوي
دوله الصليب الجوازات الجمارك بطريركيه البطريركيه كنيسه الكنيسه محطه المحطه معارضه المعارضه
""")
# (a title's feminine with the article that names a body is the body: المؤسسة، الأكاديمية)
PERSON_TITLES = PERSON_TITLES - ORGANISATIONS
# The words that say who a person is: a title, a rank or an honorific.
WHO_WORDS = PERSON_TITLES | RANKS | HONORIFICS
# A document speaks for whoever issued it ("ذكر بيان للوزارة").
DOCUMENTS = _norm("""
بيان تقرير دراسه احصائيه احصاءات احصائيات وثيقه رساله تعميم استطلاع بحث تحليل نشره
البيان التقرير الدراسه الاحصائيه الاحصاءات الاحصائيات الوثيقه الرساله التعميم الاستطلاع البحث التحليل
النشره
التقارير تقارير وثائق الوثائق نتائج النتائج
القرار قرار
محضر المحضر
مسح المسح
بيانان بيانين البيانان البيانين تقريران تقريرين التقريران التقريرين بيانات
""")
# Unnamed and collective sources: a finding in their own right.
ANONYMOUS = _norm("""
مصدر مصادر شهود شاهد شاهده سكان مسؤولون مسؤولين محللون محللين مراقبون مراقبين خبراء ناشطون
ناشطين مختصون مختصين متابعون مواطنون مواطنين اهالي عاملون موظفون دبلوماسيون دبلوماسي
اوساط دوائر انباء معلومات صحف الصحف وسائل وسيله مقربون مقربين متحدث متحدثه ناطق اطباء علماء باحثون باحثين
مسعفون مسعفين محققون محققين مسؤول مصدرا جهات مشاركون مشاركين سياسيون نواب اعضاء ذوو
قيادات قياديون قياديين ضابط عميل
كوادر الكوادر عمال العمال طلاب الطلاب طالبات الطالبات حجاج الحجاج زوار الزوار جنود الجنود
ركاب الركاب معلمون معلمين معلمات المعلمات خطباء ائمه دعاه فقهاء الخطباء الائمه الدعاه الفقهاء
مسؤولا دبلوماسيا الدبلوماسي الضابط مراجع المراجع ناخب ناخبه جماهير الجماهير محللا خبيرا
شيوخ مشايخ
كثيرون كثيرين اخرون اخرين
مغرد مغرده مغردون مغردين مغردات المغردون المغردين
عائلات العائلات اسر الاسر قبائل القبائل عوائل العوائل
اصوات الاصوات اصواتا
المصدر المصادر الشهود السكان المسؤولون المسؤولين المحللون المراقبون الخبراء الناشطون
المختصون الاهالي الاطباء العلماء المحققون المسعفون الباحثون الباحثين المشاركون المشاركين
مندوبون مندوبين مندوبان مندوبي المندوبون ممثلون ممثلين نشطاء الناشطين معارضون معارضين
عسكريون عسكريين مصرفيون متعاملون تجار مستثمرون محامون اقتصاديون التجار المتعاملون
الجانبان الطرفان البلدان
ملاك الملاك ابناء رجال
متمردون متمردين متمردو المتمردون المتمردين مسلحون مسلحين المسلحون المسلحين
محتجون محتجين المحتجون المحتجين متظاهرون متظاهرين المتظاهرون المتظاهرين
اولياء
""")
# "Especially as" before أن/إن ("لا سيما أن"، "خصوصاً وإن"، "خاصة وأن"): more of the clause,
# never a report of its own. خاصة is also an adjective ("مصادر خاصة أن …": private
# sources), so it counts only before وأن/وإن.
ESPECIALLY = _norm("خصوصا خاصه سيما لاسيما")
ADJECTIVE_TOO = _norm("خاصه")

# Of the unnamed sources (ANONYMOUS), the masculine singulars: one source, whom "وأضاف" goes
# on with (the others, plurals, take a feminine singular verb: "وأضافت المصادر").
ANONYMOUS_SINGULAR = _norm("مصدر مصدرا المصدر شاهد دبلوماسي دبلوماسيا الدبلوماسي الضابط متحدث ناطق مسؤول "
                           "مسؤولا ضابط عميل محللا خبيرا")
# Personal pronouns: a sentence or clause they open ("نحن شركة وطنية"، "هو نائب رئيس …") is
# "X هو Y", no verb with its subject.
PERSONAL_PRONOUNS = _norm("نحن انا انت انتم هو هي هم هما هن")

# Quantifiers that open a collective subject: "عدد من السكان"، "أحد المسؤولين"، "بعض الخبراء".
QUANTIFIERS = _norm("عدد احد احدي بعض كثير عديد معظم غالبيه اغلب جميع كل مجموعه كافه عده")
# The same with the article, where it still counts ("الكثير من المغردين"; not المجموعة,
# a group that is a body).
DEFINITE_QUANTIFIERS = _norm("الكثير العديد البعض الغالبيه الاغلبيه")
# Comparatives and descriptions that open a subject no name follows ("أكبر بنك في أوروبا").
DESCRIPTIONS = _norm("اكبر اصغر اول اخر اكثر اقل اعلي ابرز اهم اقدم احدث افضل اشهر")
# How something was said, with بـ: never a name, and an adjunct between a subject and its
# أن ("لمح جيروم فالكه بشدة، أمس، إلى أنه …").
# "ردا على استفسار"، "تعليقا على …": in answer to what, said between a verb and its words
IN_ANSWER = _norm("ردا تعليقا تعقيبا اجابه")
MANNER = _norm("""
بشده بقوه بوضوح بحزم بصراحه بدقه بالفعل بالتفصيل نصا حرفيا مرارا تكرارا مجددا
بغضب بحزن بفخر بحماس باسي بمراره بحسره بانفعال برفق بهدوء بثقه باختصار بايجاز بلطف
معلقا معلقه مستغربا مستغربه متهكما متهكمه مبتسما مبتسمه مستنكرا مستنكره متعجبا متعجبه
متحدثا متكلما مخاطبا
بجلاء مؤيدا مؤيده محتجا محتجه معترضا معترضه متسائلا ساخرا ساخره غاضبا غاضبه ضاحكا ضاحكه
متحسرا متاسفا مبررا مطولا مليا
""") | IN_ANSWER     # ("وقال معلقا:": commenting, how he said it)
# "كارتر نفسه"، "وجد الحكمي نفسه عاجزا": himself, after a name, never more of it.
SELF = _norm("نفسه نفسها انفسهم ذاته ذاتها")
# What one conveys to someone ("رفع/قدم/نقل … التعازي لـ…"): never a name, nor a title's word.
CONVEYED = _norm("تعازي تهاني تهنئه مواساه تطمينات تحيات تمنيات")
# Whom it was said to, in one word: "أكد فلان للصحفيين وجود …".
TO_THE_PRESS = _norm("للصحفيين للصحافيين للاعلاميين للمراسلين للحضور")
# Verbal nouns that follow a reporting verb as its object ("أكد ضرورة أن …", "أكد وجود …"):
# never a name (nor himself, nor رقم: "المادة رقم (7)", nor a count: "طرح أربعة محاور").
NOT_NAMES = SELF | CONVEYED | _norm("""
رقم اسم ذات نبا اي هناك هنا
اتهامات ادعاءات مزاعم شائعات
مره مرتين مرات
هنا هنات رحب رحبت اتضح تبين
ضروره اهميه حرص وجود عدم استمرار رفض دعم حاجه اعتزاز فخر ثقه تقدير شكر امل استعداد التزام دور
قصه حكايه تجربه
قدم قدمت طلب
جهود جهد
غير ليس
خلاله خلالها خلالهم خلالهما عبره عبرها
سؤالا سؤالين اسئله جوابا بامكان بامكانك بامكانه بامكانها بامكاننا بامكانهم
وصول دخول خروج حصول رحيل قدوم انتقال توقيع تعاقد انضمام فوز خساره حاله مدي فضيحه حضور غياب
حضر زار شارك غادر التقي استقبل افتتح تراس دشن توجه ناقش اصيب قتل فاز تم تمت جري جرت
وجد
يجب ينبغي يمكن يتعين
نحن
قدره صعوبه سهوله امكانيه احتمال مواصله متابعه وقوع حدوث تعرض اصابه وفاه مقتل عزم نيه
تمسك ترحيب اعتراض موافقه تاييد انتهاء بدء قيام تنفيذ اطلاق تطوير تعزيز اتخاذ عوده
اولا ثانيا ثالثا رابعا خامسا سادسا سابعا ثامنا تاسعا عاشرا اخيرا ختاما
اثنان اثنين ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثماني ثمانيه تسع تسعه عشره عشرات مئات
حفظه حفظها حفظهم يحفظه يحفظها رحمه رحمها يرحمه رعاه رعاها ايده صلي رضي
اسمه اسمها اسمهم هويته هويتها
رسميا صراحه حرفيا حاليا نهائيا فعليا مبدئيا تلقائيا يوميا شخصيا جزئيا كليا نسبيا عمليا محليا دوليا
اقليميا سنويا شهريا اسبوعيا تدريجيا مؤقتا مجددا مجانا سابقا لاحقا فورا تماما جدا رسميًا
كثيرا قليلا دائما غالبا ابدا احيانا طويلا
حوالي قرابه زهاء نحو
اسباب دوافع ابعاد تداعيات
الله المولي
الصادر الصادره الصادرين الصادرات
""")
# Given names that begin like a present-tense verb (ي، ت، أ + a root) or like a word with a
# preposition joined to it (بـ، لـ): without them an indefinite word shaped so after a title
# is read as a verb ("الرئيس اليمني يجتمع …") or a complement ("الرئيس لحل النزاع"), not a name.
VERB_SHAPED_NAMES = _norm("""
يوسف يحيي ياسر يزيد يعقوب يونس ياسين يسري يمان يارا يامن يعرب يسرا يسري يوسي يان يورغن
تركي تامر توفيق تيسير تميم تهاني تغريد ترامب توني تيريزا تشارلز توماس تيم تايلور
نايف نبيل نادر ناصر نواف نزار نجيب نصر نوال نوره نادية ناديه نجلاء نعيم نسرين نضال نوح نمر
نهي نهاد نبيه نزيه ناجي نجم نشوي نيكولا نيكولاس ناتالي نتنياهو
احمد اسامه ايمن انس اسماء امل امين انور ايهاب اشرف اكرم امجد انغيلا انجيلا اوباما
بدر بندر بسام باسل بشار بكر بلال بشير باسم بسمه بثينه بهاء بتال براك بوتين بان بيل بيتر
لؤي ليلي لينا لطفي لمياء لبني لقمان لميس لافروف لورين
لويس لوكا ليونيل لوران لورا ليندا لاري لوك بول باولو بيدرو بيير برونو بوريس باتريك برنارد
""")

# Whom words were told to, as the verb's object ("وأبلغ مكونيل الصحفيين أن …"): never a name.
AUDIENCES = _norm("الصحفيين الصحافيين الاعلاميين المراسلين الحاضرين الحضور المشاركين الجمهور")
# Common nouns of news that follow a name as its verb's object, never as a family name
# ("وصف دونالد ترامب القمة بـ…").
NOT_SURNAMES = _norm("""
القمه اللقاء الاجتماع المحادثات المباحثات المؤتمر الزياره القرار الاتفاق الاتفاقيه الحادث
الجلسه الحفل الاحتفال المعرض الندوه الورشه الدوره المهرجان المباراه البطوله الفعاليات
العمليه الهجوم الحكومه الدوله البلاد المملكه الشعب المواطنين الوضع الاوضاع الازمه الحرب
الملف القضيه الخطه المشروع البرنامج الجهود الدعم التعاون العلاقات المفاوضات الصفقه
التهنئه التهنيه التهاني التعازي الشكر التحيه التحيات المولي الدعاء الثناء التقدير
الانتخابات الاعمال الامر الخبر التقرير البيان الرساله الدعوه الموقف الحوار السلام الامن
التكهنات الشائعات الانباء الادعاءات المزاعم الاتهامات التقارير
""") | AUDIENCES

# Common Arabic given names, as evidence that a name starts here ("وزير الخارجية عادل الجبير
# مباحثات …": the name is whole even though a noun follows it). Evidence only: a name not in
# this list is still read as one where the construction leaves no doubt.
GIVEN_NAMES = _norm("""
طلحة عبيدة معاوية عطية خليفة عروة قتيبة حذيفة عكرمة ربيعة مسلمة
زكريا فوزي فواز فراس ثامر حمود عائض عايض غانم فايز قيس محسن إياد خضر دخيل زهير سعدون سمير
سهيل علوان عوني لافي محيسن معن نصار هزاع بكري بهجت بخيت
عز عزالدين سيف محيي محي فخر
وجيه فقيه محمد احمد محمود مصطفي علي عمر عثمان ابراهيم اسماعيل يوسف يعقوب موسي عيسي سليمان داود
خالد سعد سعيد سعود فهد فيصل عبدالله عبدالرحمن عبدالعزيز عبدالمحسن عبدالاله عبدالكريم
عبدالرحيم عبدالمجيد عبدالحميد عبدالملك عبدالوهاب عبداللطيف عبدالسلام عبدالرزاق عبدالقادر
عبدالهادي عبدالناصر عبدالفتاح عبدالغني عبدالحكيم عبدربه عادل ناصر منصور ماجد مساعد مشعل
متعب نواف نايف تركي بندر سلطان سلمان طلال وليد زياد هاني سامي رامي فادي شادي باسل بسام
حسن حسين حسام حمد حمدان حامد حميد جمال جميل جابر جاسم جعفر جلال حازم حاتم حمزه خليل
رائد راشد رشيد رضا رياض زكي زيد زين سالم سامر سلامه سليم شريف صالح صلاح صابر ضياء طارق
طه ظافر عامر عبيد عدنان عزيز عصام علاء عماد عمار عوض غازي غسان فارس فاروق فالح فؤاد فتحي
قاسم كريم كمال لؤي ماهر مازن مالك مبارك مجدي مدحت مراد مروان مشاري معاذ معتز منير مهدي
مهند نادر نبيل نزار نصر نعيم نور هشام هيثم وائل وجدي ياسر ياسين يحيي يزيد ممدوح مفلح
مطلق مقرن ضيف بدر راكان سامح عاطف عزت فهمي لطفي مختار مصلح مفرح مشعان نمر هادي هلال
فاطمه عائشه خديجه مريم زينب سلمي ليلي منال منار منى نوره نوال هند هدي هيا ريم رزان ساره
سميره سعاد امل اسماء ايمان بشري جميله حنان دلال رانيا رحاب ريهام سهام شيماء عبير علياء
غاده فدوي لبني لمياء ماجده مها ناديه نجلاء نسرين نهي نوف هاله هبه وفاء ياسمين العنود الجوهره
جوزيف جورج ميشال ميشيل جون جان بول بيتر ديفيد مايكل فرانك فرانسوا باولو ماركو سيرغي
فلاديمير دونالد باراك هيلاري انجيلا ديفيد جيمس روبرت ريتشارد توماس كريستوفر اندريه بيار بيير
""") | VERB_SHAPED_NAMES

# Words that join the parts of a name: "محمد بن نايف"، "عبد الله"، "آل مشيط".
NAME_LINKS = _norm("بن ابن بنت ابو ابي ابا عبد ال ام ولد فان فون")
# Words that open a European family name of two words (أنخيل دي ماريا، لويس فان غال).
SURNAME_PARTICLES = _norm("دي دو دا دل ديل دوس فان فون")

# Ordinals with the article, up to the tenth ("المتهم الأول"، "وأشار الثاني إلى أن …"): which
# one of several.
ORDINALS = _norm("الاول الاولي الثاني الثانيه الثالث الثالثه الرابع الرابعه الخامس الخامسه "
                 "السادس السادسه السابع السابعه الثامن الثامنه التاسع التاسعه العاشر العاشره")

# Countries and the peoples' states that speak in news as states ("ماليزيا تؤكد أن …").
COUNTRIES = _norm("""
السعوديه المملكه مملكه جمهوريه مصر الاردن الامارات الكويت قطر البحرين عمان سلطنه اليمن العراق
سوريا سوريه لبنان فلسطين اسرائيل تركيا ايران روسيا الصين امريكا اميركا واشنطن موسكو بكين طهران
بريطانيا فرنسا المانيا ايطاليا اسبانيا اليابان الهند باكستان افغانستان ماليزيا اندونيسيا
استراليا كندا المغرب الجزائر تونس ليبيا السودان اثيوبيا الصومال نيجيريا اوكرانيا
الرياض القاهره دمشق بغداد بيروت عمان انقره لندن باريس برلين المنامه الدوحه صنعاء الخرطوم
الرباط كابول بروكسل مدريد اثينا كييف طوكيو سيول
""")

# --- where a subject ends --------------------------------------------------------------
# Prepositions and adverbs that start a phrase which is not part of the subject.
PREPOSITIONS = _norm("""
في خلال عقب بعد قبل اثناء امام عبر علي الي عن من مع حول ضمن منذ حين عند لدي نحو ضد دون
بين تجاه حيال ازاء لـ تحت فوق
اثر
""")
TIME_WORDS = _norm("""
اليوم يوم امس غدا الليله صباح مساء ظهر عصر فجر مغرب السبت الاحد الاثنين الثلاثاء الاربعاء الخميس
الجمعه صباحا مساء مساءا ظهرا عصرا فجرا حاليا مؤخرا اخيرا حديثا سابقا الاونه ايضا كذلك
مرارا تكرارا دائما البارحه اليومين الايام الساعات الاسابيع الاشهر الشهور
مجددا حينها حينه حينذاك انذاك وقتها وقته عشيه غداه قبيل الاسبوع الشهر الماضي المقبل شوال
يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر
اوائل اواخر اواسط منتصف
""")
# The Levantine months (the others are time words): "في أيار (مايو) الماضي" is when.
LEVANTINE_MONTHS = _norm("كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين")
# After "في": the occasion of speaking, not a part of the subject ("في تصريح لـ«عكاظ»").
OCCASIONS = _norm("""
تصريح تصريحات تصريحه بيان بيانه بيانها مؤتمر كلمه كلمته حديث حديثه لقاء مقابله حوار
رساله اتصال تغريده تغريدات خطاب خطابه ندوه محاضره جلسه اجتماع تقرير تقريرها تعليق رد
منشور مداخله بدايه نهايه ختام مستهل مطلع افتتاح وقت ساعه اثناء ختام سياق اطار معرض
رسالته رسالتها شكوي شكواه شكواها شكواهم دعوي دعواه دعواها اقوال افاده شهاده محاوله
مباحثات محادثات مشاورات مفاوضات كلمتين كلمتان هتاف هتافات
""")
# "يقول هؤلاء إن …": those, as a subject, name whoever the text spoke of before; the tool
# does not guess whom.
DEMONSTRATIVES = _norm("هؤلاء أولئك هذان هاتان")
# Words that are never part of a subject phrase.
SUBJECT_STOPS = PARTICLES | DEMONSTRATIVES | _norm("""
له لها لهم لهما لنا لي لك لكم عليه عليها عليهم منه منها منهم فيه فيها به بها بهم اليه اليها
عنه عنها معه معها عنا عني عنك عنكم عنهم عنهما منا
قد كان كانت الذي التي الذين اللذين اللتين وذلك ذلك هذا هذه كما ايضا لقد انما ما لا لم لن
الان الا والا
او ثم حتي كي لكي اذا لو بالاجماع نقلا استنادا التاكيد فقط عما مما فيما بما لما يتم
تتم حسبما
هو هي هم هما وهو وهي وهم وهما
حيث وحيث اذ عندما حينما كلما طالما بعدما علنا عاده قبلها قبله
جاء جاءت قام قامت بات باتت اصبح اصبحت ظل ظلت عاد عادت بدا بدت وصل وصلت كنا كنت كانوا
قلت وقلت فقلت قلنا وقلنا فقلنا
بشكل بصوره لكن ولكن بالتالي وبالتالي
كيف وكيف لماذا ولماذا متي اين ماذا هل وهل
""")   # (a question word after the verb opens what it reveals: "تكشف كيف أن …")
# "لـ«الجزيرة»"، "للصحفيين": said to someone (an addressee, never the speaker).
ADDRESSEES = _norm("""
للصحفيين للصحافيين للاعلاميين للصحافه لوسائل لوكاله لصحيفه لقناه لموقع للتلفزيون
للاذاعه لمجله للمراسلين للحضور للجمهور للمواطنين للجميع للعالم
للصحيفه للجريده لجريده للمجله للموقع للقناه للوكاله لرويترز للاناضول
لصحف لوكالات لقنوات لمواقع
لتلفزيون لاذاعه لشبكه لمحطه لمجلات لاذاعات للشبكه للمحطه
""")


@lru_cache(maxsize=1 << 16)
def bare(norm: str) -> str:
    """A normalised word without a leading conjunction و/ف (وقال → قال); only for words
    that are known in some list with it off (وزير stays وزير)."""
    if len(norm) >= 3 and norm[0] in "وف" and norm[1:] in _KNOWN and norm not in _KNOWN:
        return norm[1:]
    return norm


def one_of(norm: str, words: frozenset[str]) -> bool:
    """Is the word, with or without a leading و/ف, one of `words`?"""
    return norm in words or (len(norm) >= 3 and norm[0] in "وف" and norm[1:] in words)


@lru_cache(maxsize=1 << 16)
def forms(norm: str) -> tuple[str, ...]:
    """A word and its readings without a conjunction and then a لـ (ولتؤكد → تؤكد), and
    without an object pronoun on a verb (أبلغه → أبلغ)."""
    found = [norm]
    if len(norm) > 3 and norm[0] in "وف":
        found.append(norm[1:])
    for form in list(found):
        if len(form) > 3 and form[0] == "ل":
            found.append(form[1:])
    for form in list(found):
        # (not a lone ه: after normalisation it is also the ة of تابعة)
        for pronoun in ("ها", "هم"):
            if form.endswith(pronoun) and len(form) - len(pronoun) >= 3 \
                    and form[:-len(pronoun)] != "بين":
                found.append(form[:-len(pronoun)])  # (بينهم: among them, not بيّن)
    return tuple(found)


@lru_cache(maxsize=1 << 16)
def speech_verb(norm: str) -> bool:
    return any(f in SPEECH_VERBS for f in forms(norm)) \
        and not _with_object_pronoun(norm, _NO_REPORT_WITH_OBJECT)


# Verbs that report nothing with an object pronoun: "يتابعها القراء" (تابع reports only as a
# speaker's going on, وتابع: …, which takes no object); "أدانتها"، "استنكرهم" (and "إدانتها",
# her condemnation, the noun, is spelt so too: "أكدت إدانتها للتفجير").
_NO_REPORT_WITH_OBJECT = frozenset({"تابع", "يتابع", "تتابع"}) | CONDEMNING


def _with_object_pronoun(norm: str, verbs: frozenset[str]) -> bool:
    """Is the word one of `verbs` (after و/ف) with an object pronoun (ها، هم، ه) on it?"""
    word = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    return any(word.endswith(pronoun) and word[:-len(pronoun)] in verbs
               for pronoun in ("ها", "هم", "ه"))


@lru_cache(maxsize=1 << 16)
def that_only_verb(norm: str) -> bool:
    return any(f in THAT_ONLY_VERBS for f in forms(norm))


@lru_cache(maxsize=1 << 16)
def participle(norm: str) -> bool:
    return bare(norm) in PARTICIPLES


@lru_cache(maxsize=1 << 16)
def object_verb(norm: str) -> bool:
    word = norm[1:] if len(norm) > 3 and norm[0] in "وف" else norm
    if len(word) > 3 and word[0] == "ل" and word[1] not in "يتن" and word not in OBJECT_VERBS:
        return False    # "لكشف ملابسات الحروق": to uncover, a noun after لـ with its genitive,
        # not a verb and what it said (a verb after لـ is in the present: لتؤكد حرص …)
    return any(f in OBJECT_VERBS for f in forms(norm))


@lru_cache(maxsize=1 << 16)
def especially(before: str, particle_norm: str) -> bool:
    """Is the particle after `before` an "especially as" (more of the same clause)?"""
    return before in ESPECIALLY and (before not in ADJECTIVE_TOO or particle_norm[:1] == "و")


@lru_cache(maxsize=1 << 16)
def particle(norm: str) -> bool:
    return bare(norm) in PARTICLES


_FEMININE_VERBS = _feminine(_norm(_VERBS)) | _feminine(_norm(_VERBS_WITH_THAT_ONLY))


@lru_cache(maxsize=1 << 16)
def plural_participle(norm: str) -> bool:
    """مؤكدين، مشيرين: a participle agreeing with several speakers."""
    return participle(norm) and bare(norm).endswith(("ين", "ون"))


@lru_cache(maxsize=1 << 16)
def plural_verb(norm: str) -> bool:
    """قالوا، يؤكدون، أشاروا: a verb whose subject is several people, before it or unsaid."""
    return any(f in PLURAL_VERBS for f in forms(norm))


@lru_cache(maxsize=1 << 16)
def feminine_verb(norm: str) -> bool:
    """قالت، تقول، أكدت: a verb that agrees with a feminine subject."""
    return any(f in _FEMININE_VERBS for f in forms(norm))


@lru_cache(maxsize=1 << 16)
def says_who(norm: str) -> bool:
    """A title, rank or honorific, with or without a leading و/ف: a person is named here."""
    return one_of(norm, WHO_WORDS)


def and_someone(norm: str) -> bool:
    """و and a title, rank or honorific ("والمدير"، "ووزير"): someone more, not a word that
    itself begins with و (وزير، وكيل)."""
    return norm[:1] == "و" and one_of(norm[1:], WHO_WORDS)


@lru_cache(maxsize=1 << 16)
def reporting_word(norm: str) -> bool:
    """Anything that may open a report: a verb, a that-only verb, a participle, قوله."""
    return speech_verb(norm) or that_only_verb(norm) or participle(norm) \
        or bare(norm) in SPEECH_NOUNS


_KNOWN = (SPEECH_VERBS | THAT_ONLY_VERBS | PARTICIPLES | SPEECH_NOUNS | ACCORDING | PARTICLES
          | RELAY_VERBS | HONORIFICS | frozenset(HONORIFIC_PRONOUNS) | RANKS | PERSON_TITLES
          | ORGANISATIONS | DOCUMENTS | ANONYMOUS | QUANTIFIERS | DESCRIPTIONS | NOT_NAMES | MANNER
          | NAME_LINKS | COUNTRIES | PREPOSITIONS | TIME_WORDS | OCCASIONS | SUBJECT_STOPS
          | ADDRESSEES)
