"""Words that signal reported speech, in the normalised spelling of `normalize_text`.

Kept as data so a reader can see at a glance what the attribution rules react to.
"""

from __future__ import annotations

from functools import lru_cache

from tui.text.normalize import normalize_text


def _norm(words: str) -> frozenset[str]:
    return frozenset(normalize_text(w) for w in words.split())


# Past-tense reporting verbs (masculine and feminine) and the present forms used in news.
SPEECH_VERBS = _norm("""
قال قالت يقول تقول أضاف أضافت يضيف أكد أكدت يؤكد أوضح أوضحت يوضح أشار أشارت يشير تابع تابعت
صرح صرحت أعلن أعلنت يعلن شدد شددت لفت لفتت زاد أكمل أكملت أردف أردفت استطرد مضى كشف كشفت
أبدى أعرب أعربت حذر حذرت دعا دعت وصف وصفت يصف ذكر ذكرت أفاد أفادت اعتبر اعتبرت رأى أمل
خاطب رد يرد ترد جدد اختتم أقر نقل نقلت نقلا نفى نفت طالب أبلغ أبلغت تساءل علق علقت
said says added stated continued announced noted indicated responded described pointed
clarified reported told emphasized warned
""")
# Participles and verbal nouns that carry on a report: "، مضيفًا:"، "بالقول:".
SPEECH_PARTICIPLES = _norm("""
قائلا قائلة مضيفا مضيفة مؤكدا مؤكدة موضحا موضحة مشيرا مشيرة لافتا لافتة كاشفا مبينا مبينة
مشددا مشددة معتبرا واصفا متابعا مختتما معربا محذرا داعيا مذكرا مذكرة منوها منوهة
مشيدا مشيدة منتقدا منتقدة مرحبا مرحبة مطالبا مطالبة مستبعدا مستبعدة متهما نافيا نافية
معلنا معلنة بالقول بقوله قوله قولها
adding saying emphasizing indicating noting describing
""")
# Attribution without a verb: "بحسب المتحدث …، فإن …", "«…»، على حد تعبير …".
ATTRIBUTION_MARKERS = _norm("بحسب حسب وفق وفقا تعبير according")
SPEECH_WORDS = SPEECH_VERBS | SPEECH_PARTICIPLES | ATTRIBUTION_MARKERS

# The particles that open an indirect report: قال إن …، أكد أنه …، أعلن بأن …
PARTICLES = _norm("إن أن إنه أنه بأن بأنه أنها إنها بأنها أنهم إنهم بأنهم أنّ إنّ أنّه that")

# A quotation right after one of these names something (a channel, an agency, a base…).
NAMING_NOUNS = _norm("""
وكالة قناة شبكة قاعدة القاعدة اتفاقية اتفاق صحيفة موقع مجلة برنامج عملية منظمة حزب حركة مطار
فندق مبادرة خطة مشروع مؤسسة شركة منصة تطبيق كتاب فيلم مسلسل مجموعة صندوق جائزة حملة مناورات
تحالف معاهدة إعلان وثيقة مؤتمر منتدى مركز جامعة مدينة منطقة إذاعة تلفزيون
agency channel network base treaty newspaper
""")

# A report clause ends where the next one starts: "، مشيرًا إلى أن …"، "، فيما …".
CLAUSE_STARTERS = SPEECH_WORDS | _norm("فيما بينما حيث while whereas")


def strip_conjunction(norm: str) -> list[str]:
    """A normalised word and its readings without a leading و/ف and then ل (ليرد → يرد)."""
    forms = [norm]
    if len(norm) > 2 and norm[0] in "وف":
        norm = norm[1:]
        forms.append(norm)
    if len(norm) > 2 and norm[0] == "ل":
        forms.append(norm[1:])
    return forms


@lru_cache(maxsize=1 << 16)
def is_speech_word(norm: str) -> bool:
    forms = strip_conjunction(norm)
    # an object pronoun on the verb: وصفها، أبلغه، وصفهم
    forms += [f[:-len(s)] for f in forms for s in ("ها", "هم", "ه") if f.endswith(s)
              and len(f) - len(s) >= 3]
    return any(form in SPEECH_WORDS for form in forms)


@lru_cache(maxsize=1 << 16)
def is_particle(norm: str) -> bool:
    return any(form in PARTICLES for form in strip_conjunction(norm)[:2])


def is_naming_noun(norm: str) -> bool:
    forms = strip_conjunction(norm)
    forms += [f[1:] for f in forms if f[:1] in "لب" and len(f) > 3]
    forms += [f[2:] for f in forms if f.startswith("ال") and len(f) > 4]
    return any(f in NAMING_NOUNS for f in forms)
