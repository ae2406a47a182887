"""Who speaks when a construction names no subject after its verb: the subject before it
(SVO, أما … فـ، كان … قد), the antecedent of الذي، the sentence's subject, or the last
speaker of the discourse; otherwise nobody."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from tui.corpus.model import Paragraph
from tui.quotes import lexicon as L
from tui.quotes.entities import Entities, Entity, name_keys
from tui.quotes.subject import (Subject, _content, _derived_verbal_noun, _feminine_title,
                                _institution, _known,
                                _participle_shaped, _preposition, _quoted_before,
                                _name_words, _quoted_name_end,
                                _quoted_subject, _with_pronoun, before_the_condemned, broken, gap,
                                parse_subject, verbal_noun_shape)
from tui.quotes.tokens import Token, has_tanween, is_number, ta_marbuta
from tui.quotes.verses import GOD_NAMES
from tui.quotes.units import (_CLAUSE_MARKS, _Unit, _quotes_only, _sentence_first,
                              _sentence_start)
from tui.text.normalize import normalize_text

_CARRY_PARAGRAPHS = 1   # a speaker carries on this many paragraphs (وأضاف …)


@dataclass
class _Discourse:
    """The last speaker of the article and where it spoke, for verbs with no subject."""

    entity: Entity | None = None
    paragraph: int = -10
    how: str = ""       # which rule gave the last speaker (read by `trace_rules`)
    # the gender its words were given in, where it differs from the entity's: "وأكد البيان
    # …، منوها" (the statement, masculine) goes on with the body that issued it (feminine)
    written_feminine: bool | None = None
    # the outlet that relayed the last speaker's words ("وذكرت نيويورك تايمز، نقلا عن
    # مسؤولين مطلعين قولهم إن …"): "وأضافت أن …" in its gender goes on with the outlet
    relayer: Entity | None = None

    def carry(self, paragraph: int, feminine: bool | None) -> Entity | None:
        if self.entity is None or paragraph - self.paragraph > _CARRY_PARAGRAPHS:
            return None
        if feminine is not None and (feminine != _feminine(self.entity)
                                     and feminine != self.written_feminine
                                     or _men_in_a_plural(self.entity)):
            # (a singular verb never goes on with men named in a plural: "ويرى كثيرون أن
            # …. … فإنه يرى أن …" is someone else; "وأضافوا" would be theirs)
            if self.relayer is not None and feminine == _feminine(self.relayer):
                return self.relayer
            return None
        return self.entity

    def forget(self) -> None:
        """Someone the text does not name spoke: no verb goes on with whoever spoke before."""
        self.entity = None

    def passed(self, paragraph: int) -> None:
        """A subheading at `paragraph` is no paragraph of speech: whoever spoke in the one
        before it still carries on past it."""
        if self.paragraph == paragraph - 1:
            self.paragraph = paragraph

    def spoke(self, entity: Entity | None, paragraph: int,
              written_feminine: bool | None = None, relayer: Entity | None = None) -> None:
        if entity is not None and not _cited_scripture(entity):
            if entity is not self.entity or written_feminine is not None:
                self.written_feminine = written_feminine    # (kept while the same one
                # goes on speaking: its report's clause names it again)
            if entity is not self.entity or relayer is not None:
                self.relayer = relayer      # (kept too while the same one goes on)
            self.entity, self.paragraph = entity, paragraph


def _men_in_a_plural(entity: Entity) -> bool:
    """An unnamed group named by a sound masculine plural (مسؤولون، كثيرون، محللين)."""
    head = normalize_text(entity.label).split()[:1]
    return entity.kind == "anonymous" and bool(head) and L.bare(head[0]).endswith(("ون", "ين"))


def _cited_scripture(entity: Entity) -> bool:
    """God, whose verse a speaker cites («وقال تعالى: {…}»، «مستشهدا بقوله تعالى {…}»), or
    the Prophet, whose saying he cites («قال صلى الله عليه وسلم: …»، «قال رسول الله: …»):
    never the one the next verb goes on with («…، مؤكدًا أن …»، «وتابع: …» are the sheikh's)."""
    words = normalize_text(entity.label).split()
    return entity.label in _GOD_NAMES or words[:1] in (["النبي"], ["الرسول"]) \
        or words[:2] == ["رسول", "الله"]


_GOD_NAMES = frozenset({"الله", "الله تعالى", "الله عز وجل", "الله سبحانه وتعالى"}) | GOD_NAMES


def _participle_feminine(norm: str) -> bool | None:
    """"مؤكدة" agrees with a feminine subject, "مؤكدا" with a masculine one."""
    word = L.bare(norm)
    return True if word.endswith("ه") else False if word.endswith("ا") else None


def _owner_feminine(norm: str) -> bool | None:
    """Whose words a speech noun's pronoun says they are: "قولها"، "تأكيدها" hers (True),
    "قوله"، "تأكيده" his (False); None for a plural pronoun or none ("بالقول")."""
    if not (L.one_of(norm, L.SPEECH_NOUNS) or L.bare(norm) in L.SPEECH_NOUNS) \
            or norm.endswith("هم"):
        return None
    return True if norm.endswith("ها") else False if norm.endswith("ه") else None


# How far past the reporting word "على لسان" is looked for: "وأكدت الإمارة على لسان متحدثها
# الرسمي علي بن موسى زعلة أن …" (the phrase and a name of up to six words, then أن).
_MOUTH_REACH = 12


def _through_mouth(text: str, tokens: list[Token], k: int, paragraph: Paragraph,
                   said: tuple[tuple[int, int], ...]) -> Subject | None:
    """"وجددت (الجزائر) على لسان الناطق باسم وزارة خارجيتها عبدالعزيز علي شريف …،
    مؤكدة …"، "وأكدت الإمارة على لسان متحدثها الرسمي علي زعلة أن …": the body speaks
    through the person named after "على لسان" in the sentence, before what is reported, so
    the words are his. Only a person the text names: "على لسان متحدثها الرسمي" with no name
    leaves the body as the speaker."""
    j = _sentence_first(tokens, k, paragraph)
    while j + 2 < len(tokens) and j <= k + _MOUTH_REACH:
        if j > k and (L.particle(tokens[j].norm) or broken(text, tokens, j)
                      and ":" in gap(text, tokens, j)):
            return None     # what is reported starts: "على لسان" after it is inside it
        if tokens[j].norm in ("علي", "وعلي") and tokens[j + 1].norm == "لسان" \
                and not broken(text, tokens, j + 1) \
                and not (j >= 2 and tokens[j - 2].norm in ("ما", "بما", "مما", "لما")) \
                and not any(start <= tokens[j].start < end for start, end in said):
            # (not what someone else said, "ورد على ما جاء على لسان الوزير")
            subject = parse_subject(text, tokens, j + 2)
            if subject is not None and subject.kind == "person" and subject.name:
                return subject
        j += 1
    return None


# Information said to exist, with no one named who gave it: not a speaker.
_INFORMATION = L._norm("معلومات المعلومات لمعلومات")


def _feminine(entity: Entity) -> bool:
    return entity.feminine


def _speaker_of(subject: Subject | None, at: int, entities: Entities, discourse: _Discourse,
                number: int, feminine: bool | None, previous, norm: str,
                tokens: list[Token], k: int, text: str, paragraph: Paragraph,
                said: tuple[tuple[int, int], ...] = ()) -> Entity | None:
    """Who speaks for the construction at token k (`said`: the spans of what was already
    reported in its sentence, where no subject of the sentence stands)."""
    if subject is not None and subject.kind == "anonymous" \
            and L.bare(tokens[subject.first].norm) in _INFORMATION:
        return None     # "بعدما أفادت معلومات عن …"، "بحسب معلومات حصلت عليها …": nobody
        # the text names (the words are read all the same)
    mouth = _through_mouth(text, tokens, k, paragraph, said)
    if mouth is not None:
        discourse.how = "through-mouth"
        return entities.resolve(mouth, at)
    if subject is not None:
        return entities.resolve(subject, at)
    if k + 1 < len(tokens) and tokens[k + 1].norm in L.DEMONSTRATIVES:
        discourse.forget()
        return None     # "يقول هؤلاء إن …": those the text spoke of, not surely whom
    if k + 1 < len(tokens) and L.bare(tokens[k + 1].norm) in _SOMEONE_ELSE:
        discourse.forget()
        return None     # "بينما علّق آخر على المشروع بقوله «…»": another one, unnamed
    if (L.participle(norm) or L.bare(norm) in L.SPEECH_NOUNS) \
            and _another_in_clause(text, tokens, k):
        discourse.forget()
        return None     # "بينما علّق آخر على المشروع بقوله «…»": another one's, unnamed
    if _cited_after_an(text, tokens, k):
        discourse.forget()
        return None     # "ونقلت الصحيفة عن المواطنين السعوديين قولهم إنهم …": theirs, whom
        # the grammar did not read; not the relaying paper's, nor the last speaker's
    if L.participle(norm) or L.bare(norm) in L.SPEECH_NOUNS:
        # "، مؤكدا …": the sentence's speaker goes on (unknown if it was unknown), or the
        # subject of the verb the sentence opened with ("أعرب بوتين عن …، مؤكدا أن …")
        owner = _owner_feminine(norm)
        agrees = _participle_feminine(norm) if L.participle(norm) else None
        if previous is not _NOBODY and not (
                agrees is not None and previous is not None and previous.feminine != agrees
                and previous.kind in ("organisation", "unknown")):
            discourse.how = "participle:sentence-speaker"
            if owner is not None and previous is not None and previous.feminine != owner:
                return None     # "برأت اللجنة …، وتأكيده أنه …": his words, not hers
            return previous
        # ("وكشف المتحدث …، حيث أظهرت الإحصائيات أن …، مشيرا إلى أن": the masculine participle
        # goes on with the sentence's subject, not with the statistics)
        subject = _sentence_subject(text, tokens, k, paragraph, None, entities, coordinated=False,
                                    said=said, plural=L.bare(norm).endswith(("ين", "ه")),
                                    men=L.bare(norm).endswith("ين"))
        # ("وصف معارضون سوريون … خطاب الأسد …، مؤكدين أن …": a plural participle goes on
        # with the plural source of its sentence, and so does a feminine one, which a
        # broken plural takes: "وانتقدت وسائل إعلام ألمانية التحقيق قائلة إن …")
        unlike = None
        if subject is not None and subject.kind == "organisation" and agrees is not None \
                and subject.feminine != agrees and subject.first > 0 \
                and not any(L.reporting_word(t.norm)     # ("وأفاد بيان لمديرية …")
                            for t in tokens[max(0, subject.first - 2):subject.first]):
            # "وكانت وزارة الخزانة الأمريكية قد فرضت عقوبات …، مشيرا إلى أن …": a
            # masculine participle does not go on with a feminine body that did something
            # else than speak (nor the reverse; after its own verb of saying, news writes
            # either gender: "وقالت السلطات إن …، موضحا أن …")
            unlike, subject = subject, None
        if subject is not None and subject.kind == "anonymous" and agrees \
                and L.bare(tokens[subject.first].norm).endswith(("ون", "ين")):
            subject = None  # "إلا أن المتمردين يتمتعون …، الأمر الذي رفضته المقاومة، مشددة
            # على …": men take a plural participle; a feminine one is someone else's
        if subject is None and unlike is None:
            subject = _doer_of_its_object(text, tokens, k, paragraph, entities)
        discourse.how = "participle:sentence-subject" if subject is not None \
            else "participle:carry"
        if subject is not None and owner is not None and subject.feminine != owner:
            return None         # (the noun's pronoun names someone else of the sentence)
        if subject is not None:
            return _one_of_them(text, subject, tokens, k, entities, at, discourse)
        if _unread_verb_before(tokens, k, paragraph) or _agreed_with_her(tokens, k, paragraph):
            return None     # "من جانبه، يرى [who the grammar missed] أن …، لافتا إلى أن …"
        carried = discourse.carry(number, _participle_feminine(norm))
        if carried is None:
            return None
        source = _the_sources_opening(text, tokens, k, paragraph)
        if source is not None and carried.kind != "anonymous" and (
                carried.kind == "person" or entities.sources_spoke()):
            # "ومضت المصادر بالقول إن …": the sources go on, not the last speaker, who was
            # no source: a person, or a body when the article has already had sources speak
            # (else the sources may be the body itself, the one source named so far)
            return entities.resolve(source, at)
        # "وثمن محلب العلاقات …، مشيرا إلى أن …": the sentence has a subject of its own that
        # the article never introduced; whoever it is, it is not surely the last speaker
        other = _sentence_subject(text, tokens, k, paragraph, None, entities,
                                  coordinated=False, vouched=False, said=said)
        if other is not None and other != unlike and _could_name(tokens, other) \
                and not _names(text, tokens, other, carried, entities, at) \
                or other is None and (_unread_given_name(tokens, k, paragraph, carried)
                                      or _unread_word_then_its_object(text, tokens, k, paragraph,
                                                                      carried)):
            discourse.forget()  # (and "وأضاف" after it goes on with them, not the last one)
            return None
        return carried
    if _after_side(tokens, k):
        return None     # "من جانبه أكد أن …": someone else, not said who
    asked = _asked(text, tokens, k, paragraph) or _interviewed(text, tokens, k, paragraph)
    if asked is not None:
        discourse.how = "sentence-subject"
        return entities.resolve(asked, at)  # "وسئل مسؤول فرنسي عما إذا …، فقال: …"
    if k > 1 and tokens[k - 1].norm in _RELATIVES \
            and gap(text, tokens, k - 1).strip(_NAME_MARKS) in ("", ",", "،") \
            and _relative_agrees(tokens[k - 1].norm, norm):
        antecedent = _antecedent(text, tokens, _first_relative(tokens, k - 1, paragraph),
                                 paragraph, entities)
        if antecedent is not None:
            discourse.how = "relative"
            return entities.resolve(antecedent, at)     # "… سمير الخطيب الذي قال إن …"
        if not norm.endswith(("ه", "ها")):
            return None     # "… صاحب عبقرية مصر الذي وصف القناة بأنها …"، "… رئيس اللجنة
            # العليا على السوق الذي يؤكد على …": whoever the relative pronoun follows, not
            # someone else of the sentence (the one whose words hold it)
    if k > 0 and tokens[k - 1].norm in _RELATIVES and tokens[k - 1].norm.endswith("الذي") \
            and L.feminine_verb(norm):
        return None     # "برنامجها النووي الذي تصر على أنه …": she (Iran) insists, someone
        # the sentence names as no subject of it
    # "… بما وصفه بـ«…»": a verb in a relative clause has its sentence's subject
    relative = k > 0 and tokens[k - 1].norm in ("بما", "ما", "الذي", "التي") \
        or tokens[k].norm.endswith(("ه", "ها")) and L.one_of(tokens[k].norm[:-1], L.DESCRIBING) \
        or k + 1 < len(tokens) and tokens[k + 1].norm in _IN_IT \
        or k + 2 < len(tokens) and tokens[k + 1].norm == "من" \
        and tokens[k + 2].norm in ("خلاله", "خلالها")     # "ألقى فلان كلمة أكد من خلالها"
    # ("في بيان أصدره الأمين العام …، قال فيه: …": said in it, by who issued it)
    if relative:
        sender = _sender_before(text, tokens, k) or _fronted_before(text, tokens, k, paragraph,
                                                                    number)
        if sender is not None:
            discourse.how = "relative:sender"
            return entities.resolve(sender, at)     # "بلاغا من أحد المواطنين أفاد من خلاله"
            # ("أما المغرد فلان فقد طالب بتكريمه في تغريدة أخرى قال فيها": who wrote it)
    # ("أبدى فلان سعادته …، إذ تحدث قائلاً: …": after إذ or حيث a verb that says only how
    # he spoke goes on with its sentence's subject, as one joined with و does; with more
    # after it, "إذ يشير متوسط التوقعات إلى"، "حيث قال لهم ساخرًا", its subject may be
    # another that the grammar did not read)
    whereupon = 0 < k < len(tokens) - 1 and tokens[k - 1].norm in _WHEREUPON \
        and L.participle(tokens[k + 1].norm) and not broken(text, tokens, k + 1)
    subject = _sentence_subject(text, tokens, k, paragraph, feminine, entities,
                                coordinated=not relative and not whereupon, said=said,
                                plural=L.plural_verb(norm))
    if subject is None and not relative and norm.startswith("و"):
        subject = _feeling_subject(text, tokens, k, paragraph, feminine, entities, said) \
            or _opening_subject(text, tokens, k, paragraph, feminine, said)
    if subject is None and not relative:
        # "أما فلان فقد أبدى إعجابه …، لكنه استدرك قائلا …": the topic, whatever verb
        subject = _topic_of(text, tokens, _sentence_first(tokens, k, paragraph), k)
        if subject is not None and not _agrees(subject, feminine):
            subject = None
    if subject is not None:
        discourse.how = "sentence-subject"
        return _one_of_them(text, subject, tokens, k, entities, at, discourse)
    discourse.how = "carry"
    if L.bare(norm) in _IMPERSONAL and k + 1 < len(tokens) and L.particle(tokens[k + 1].norm):
        return None     # "ويتوقع أن يتبنى النواب …": it is expected (يُتوقع), by no one said
    carried = discourse.carry(number, feminine)
    if carried is not None and _told(tokens, k, carried):
        return None     # "ورد الأمين العام …. وبعد دقائق خرج من الغرفة، وقال للأمين العام
        # إنها …": said to him, so not by him
    acting = _quoted_actor_verb(text, tokens, k, paragraph)
    if acting is not None:
        # "«المدينة» تواصلت مع أحد أقارب الشاب …، وأكد أنهم …": the sentence opens with a
        # name in quotation marks and its verb (a paper speaking of itself, a company):
        # someone new acts in it. The one the paper reached is who goes on speaking ("«سبق»
        # تواصلت مع المتحدث … العقيد زياد الرقيطي … وقال إن …"); anyone else is not surely
        # the last speaker
        reached = _reached(text, tokens, acting, k)
        if reached is not None and _agrees(reached, feminine):
            discourse.how = "sentence-subject"
            return entities.resolve(reached, at)
        discourse.forget()
        return None
    if carried is not None and (previous is _NOBODY or previous is None):
        # (after a report of the sentence's own, "وكان عدد من الأئمة أشاروا إلى …، ولفتوا
        # إلى …", the verb goes on with whoever made it)
        other = _sentence_subject(text, tokens, k, paragraph, None, entities,
                                  coordinated=False, vouched=False, said=said)
        if other is not None and _could_name(tokens, other) \
                and not _names(text, tokens, other, carried, entities, at) \
                and not _its_head(tokens, other, carried):
            # the sentence names a subject of its own, so the verb does not surely go on
            # with the last speaker: "ورفض الكثير من المغردين …، وشددوا على …" (not "حذر
            # آخرون …" before); "وقدّم رئيس الحكومة شرحًا …، فقال «…»" (not the cabinet
            # that met under him)
            discourse.forget()
            return None
    if carried is not None and norm[:1] == "و":
        # "…، بينما أبدت ميركل تشككها حيال ذلك، وأفصحت … أنها": the verb joined by و goes
        # on from the clause just before it, whose own verb names its subject
        neighbour = _neighbour_subject(text, tokens, k, _sentence_first(tokens, k, paragraph))
        if neighbour is not None and entities.resolve(neighbour, at, introduce=False) \
                is not None and not _names(text, tokens, neighbour, carried, entities, at):
            discourse.forget()
            return None
    return carried


def _quoted_actor_verb(text: str, tokens: list[Token], k: int, paragraph: Paragraph
                       ) -> int | None:
    """When token k's sentence opens with one to three words in quotation marks, then a
    word that is no preposition or particle (their verb: "«المدينة» تواصلت مع …"), that
    verb's index; else None."""
    first = _sentence_first(tokens, k, paragraph)
    if first >= k or not _quoted_before(text, tokens, first):
        return None
    named = _quoted_name_end(text, tokens, first, k)
    if named is None or named >= k or not _name_words(tokens, first, named) \
            or L.one_of(tokens[named].norm, L.PREPOSITIONS) or L.particle(tokens[named].norm):
        return None
    return named


def _reached(text: str, tokens: list[Token], verb: int, k: int) -> Subject | None:
    """Whom a verb of contact at `verb` names ("تواصلت مع …"، "اتصلت بـ…"، "التقت …"), before
    token k: a person, a body or an unnamed source; else None."""
    if L.bare(tokens[verb].norm) not in _CONTACTED:
        return None
    j = verb + 1
    if j < k and tokens[j].norm in ("مع", "ب", "بـ"):
        j += 1
    if j >= k or broken(text, tokens, j):
        return None
    reached = parse_subject(text, tokens, j, k)
    if reached is None or reached.kind not in ("person", "organisation", "anonymous"):
        return None
    return reached


# Verbs of a paper reaching someone ("تواصلت «عكاظ» مع …"، "اتصلت الصحيفة بـ…"، "التقت …").
_CONTACTED = L._norm("تواصلت تواصل اتصلت اتصل التقت التقي حاورت حاور سالت سال")


def _neighbour_subject(text: str, tokens: list[Token], k: int, first: int) -> Subject | None:
    """The named person right after the verb that opens, after بينما/فيما, the clause before
    token k's, when a comma ends that clause right before k."""
    if k <= first or _CLAUSE_MARKS.isdisjoint(gap(text, tokens, k)):
        return None
    start = next((j for j in range(k - 1, first, -1)
                  if not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, j))), first)
    if L.bare(tokens[start].norm) not in ("بينما", "فيما"):
        return None     # (only there is the word after it surely a verb)
    head = start + 1
    if head + 1 >= k or L.one_of(tokens[head].norm, L.PREPOSITIONS) \
            or L.particle(tokens[head].norm):
        return None
    subject = parse_subject(text, tokens, head + 1, k, names=True)
    if subject is not None and subject.last > subject.first \
            and _with_pronoun(text, tokens[subject.last]):
        # ("أبدت ميركل | تشككها": her doubt, the verb's object)
        subject = parse_subject(text, tokens, head + 1, subject.last, names=True)
    if subject is None or subject.kind != "person" or not subject.name:
        return None
    return subject


def _told(tokens: list[Token], k: int, entity: Entity) -> bool:
    """Is the one the verb at k speaks to (لـ right after it: "وقال للأمين العام") named
    as `entity` is?"""
    if k + 1 >= len(tokens) or not tokens[k + 1].norm.startswith("لل"):
        return False
    told = " ".join(["ال" + tokens[k + 1].norm[2:]] + [t.norm for t in tokens[k + 2:k + 4]])
    names = {L.bare(normalize_text(name)) for name in entity.names if name}
    return any(len(name) > 3 and f"{told} ".startswith(f"{name} ") for name in names)


def _its_head(tokens: list[Token], subject: Subject, entity: Entity) -> bool:
    """Is the subject a body's head noun the entity's name holds ("ودعت الكلية" after "كلية
    الأمير سلطان الصناعية": the college again, whatever else the article calls a college)?"""
    head = tokens[subject.first].norm
    return subject.kind == entity.kind == "organisation" and head.startswith("ال") \
        and head[2:] in {L.bare(normalize_text(word)) for word in entity.label.split()}


def _one_of_them(text: str, subject: Subject, tokens: list[Token], k: int, entities: Entities,
                 at: int, discourse: _Discourse) -> Entity | None:
    """The sentence's subject for the singular verb or participle at token k; nobody when
    the subject names two people joined by و ("وقد عقد رئيس النادي فلان ومدرب الفريق فلان
    اجتماعا، وقال موجها حديثه …": one of them spoke, the text does not say which), and no
    verb after it goes on with the last speaker either."""
    if _two_people(text, tokens, subject) and not L.plural_verb(tokens[k].norm) \
            and not tokens[k].norm.endswith("ين"):
        discourse.forget()
        return None
    return entities.resolve(subject, at)


def _two_people(text: str, tokens: list[Token], subject: Subject) -> bool:
    """A subject naming two persons joined by و: a name, then و with a title or a given
    name ("رئيس النادي أحمد خواجة ومدرب الفريق عبود الخضري"; not one person's two titles
    before his name: "مدير الإدارة والمتحدث الرسمي للشركة علي الزهراني"; nor his name, a
    title and another title with no name after it: "فلاح المطيري عضو اللجنة العليا للدورة
    وممثل الهيئة العامة للشباب")."""
    if subject.kind != "person":
        return False
    for j in range(subject.first + 1, subject.last + 1):
        if tokens[j].norm[:1] == "و" and (L.one_of(tokens[j].norm[1:], L.PERSON_TITLES)
                                          or L.bare(tokens[j].norm[1:]) in L.GIVEN_NAMES):
            before = parse_subject(text, tokens, subject.first, j)
            if before is not None and before.name and _named_after_and(text, tokens, j,
                                                                        subject.last + 1):
                return True
    return False


def _named_after_and(text: str, tokens: list[Token], j: int, end: int) -> bool:
    """Do the words from token j (و and a title or a given name) up to `end` name someone?
    A title's genitives have the article or لـ ("وممثل الهيئة العامة للشباب والرياضة"); a
    word without them that no list knows is a name ("ومدرب الفريق عبود الخضري")."""
    if L.bare(tokens[j].norm[1:]) in L.GIVEN_NAMES:
        return True
    return any(not tokens[m].norm.startswith(("ال", "وال", "ل")) and not _known(tokens[m].norm)
               for m in range(j + 1, end))


# Present verbs of expecting and believing that, right before أن with no subject, are read
# in the passive: "ويتوقع أن …" is "it is expected that …".
_IMPERSONAL = L._norm("يتوقع يعتقد يرجح يفترض يقدر ينتظر")


def _fronted_before(text: str, tokens: list[Token], k: int, paragraph: Paragraph,
                   number: int) -> Subject | None:
    """The subject of the nearest "أما فلان فـ…" verb before token k in its sentence."""
    first = _sentence_first(tokens, k, paragraph)
    for j in range(k - 1, max(first, k - 15), -1):
        if _fronted(tokens, j) is not None:
            return _fronted_subject(text, tokens, j, number)
    return None


def _cited_after_an(text: str, tokens: list[Token], k: int) -> bool:
    """Is token k «قوله/قولها/قولهم» after «عن» and a few words, in one clause ("نقلت الصحيفة
    عن المواطنين السعوديين قولهم"): the saying of those after عن?"""
    if L.bare(tokens[k].norm) not in _THEIR_SAYING:
        return False
    for j in range(k - 1, max(-1, k - 7), -1):
        if broken(text, tokens, j + 1):
            return False
        if tokens[j].norm == "عن":
            return j + 1 < k
    return False


_THEIR_SAYING = L._norm("قوله قولها قولهم قولهما")


def _sender_before(text: str, tokens: list[Token], k: int) -> Subject | None:
    """"تلقت الغرفة بلاغا من أحد المواطنين أفاد من خلاله …": whom the message came from,
    named with من right before the verb (a source, a person or a body)."""
    for j in range(max(0, k - 5), k - 1):
        if tokens[j].norm != "من" or any(broken(text, tokens, m) for m in range(j + 1, k + 1)):
            continue
        sender = parse_subject(text, tokens, j + 1, k)
        if sender is not None and sender.last == k - 1 \
                and sender.kind in ("person", "organisation", "anonymous"):
            return sender
    return _caller_before(text, tokens, k) or _owner_before(text, tokens, k)


# What one receives from someone: "تلقى … اتصالاً هاتفياً من …" (its tanween folds away; its
# adjective may stand between it and من).
_CALLS = L._norm("اتصال اتصالا مكالمه برقيه رساله")


def _from_the_caller(tokens: list[Token], j: int, low: int) -> bool:
    """Is token j the من of "اتصالاً هاتفياً (اليوم) من …": a call (or a cable) among the four
    words before it, none before token `low`?"""
    return tokens[j].norm == "من" and any(L.bare(tokens[m].norm) in _CALLS
                                          for m in range(max(low, j - 4), j))


def _caller_before(text: str, tokens: list[Token], k: int) -> Subject | None:
    """"تلقى الأمير … اتصالاً هاتفياً امس من الأمير سلمان بن حمد، ولي العهد …، أعرب خلاله
    عن …": the call's words are the caller's, named with من after the call, then perhaps
    who he is set off by commas, up to the verb (not the receiver, the sentence's subject)."""
    for j in range(k - 2, max(-1, k - 40), -1):
        if broken(text, tokens, j + 1) and gap(text, tokens, j + 1).strip() not in (",", "،"):
            return None     # (the sentence, or a clause of it, begins before)
        if not _from_the_caller(tokens, j, 0):
            continue
        caller = parse_subject(text, tokens, j + 1, k)
        if caller is None or caller.kind != "person":
            return None
        # (his title, after a comma or none, ending in a comma before the verb)
        return caller if _then_who_he_is(text, tokens, caller, k, ("", ",", "،")) else None
    return None


def _then_who_he_is(text: str, tokens: list[Token], person: Subject, k: int,
                    before_title: tuple[str, ...] = (",", "،")) -> bool:
    """Does the person's phrase reach the verb at token k, or stop at his title (after one of
    `before_title`), which ends in a comma before the verb with nothing said in it?"""
    after = person.last + 1
    return after == k or gap(text, tokens, after).strip() in before_title \
        and L.one_of(L.bare(tokens[after].norm), L.PERSON_TITLES) \
        and gap(text, tokens, k).strip() in (",", "،") \
        and not any(L.reporting_word(tokens[m].norm) for m in range(after, k))


# Words someone gives, whose they are said with لـ: "تصريح إعلامي للواء …"، "حديث للوزير …"،
# "مقالا للكاتب …".
_GIVEN_WORDS = L._norm("تصريح تصريحات حديث كلمه مقابله حوار مداخله مقال مقالا مقاله")
# A title with the article, as written after لـ: "للوزير" → "الوزير"; "للواء" → "اللواء"
# (a word that opens with ل keeps two of the three lams).
_TITLE_AFTER_LI = {"لل" + title[3 if title[2] == "ل" else 2:]: title
                   for title in L.PERSON_TITLES | L.RANKS if title.startswith("ال")}


def _title_after_li(norm: str) -> str | None:
    """The title a word with لـ holds, as written without it: "للوزير" → "الوزير", or in
    construct, "لوزير" → "وزير" ("كلمة لوزير الإسكان"); None for any other word."""
    title = _TITLE_AFTER_LI.get(norm)
    if title is None and norm[:1] == "ل" and norm[1:] in L.PERSON_TITLES:
        title = norm[1:]
    return title


def _owner_before(text: str, tokens: list[Token], k: int) -> Subject | None:
    """"وتوافقت تلك التأكيدات مع تصريح إعلامي للواء رفعت قمصان، مستشار …، أشار فيه إلى أنه
    …": the statement's words are his whose it is, named with لـ right after it (past one
    adjective), a titled person's name, then perhaps who he is set off by commas, up to the
    verb "in it" (not the sentence's subject, nor the last speaker)."""
    for j in range(k - 2, max(0, k - 30), -1):
        if broken(text, tokens, j + 1) and gap(text, tokens, j + 1).strip() not in (",", "،"):
            return None     # (the sentence, or a clause of it, begins before)
        title = _title_after_li(tokens[j].norm)
        if title is None:
            continue
        if not any(_content(tokens[m].norm) in _GIVEN_WORDS
                   and not any(broken(text, tokens, n) for n in range(m + 1, j + 1))
                   for m in range(max(0, j - 2), j)):
            return None
        titled = Token(tokens[j].start + 1, tokens[j].end, title)
        owner = parse_subject(text, tokens[:j] + [titled] + tokens[j + 1:], j, k, names=True)
        if owner is None or owner.kind != "person" or not (owner.name or owner.title):
            return None     # (a title alone is his too: "كلمة لوزير الإسكان، أوضح فيها")
        return owner if _then_who_he_is(text, tokens, owner, k) else None
    return None


_ASKED = L._norm("سئل وسئل سئلت وسئلت")
_WHEREUPON = L._norm("اذ حيث")
# Verbs of thanking and praising, whose object (who was thanked) comes right after them.
_THANKED = L._norm("شكر ثمن امتدح حيا قدر")


def _interviewed(text: str, tokens: list[Token], k: int, paragraph: Paragraph
                 ) -> Subject | None:
    """"وفي لقاء آخر مع حسين المعلاق، وهو صاحب …، أوضح أن …": the sentence opens with a
    meeting with someone, and its verb with no subject is theirs (a person's: "في اتصال مع
    «عكاظ»، أوضح" is the paper the last speaker told)."""
    first = _sentence_first(tokens, k, paragraph)
    j = first + (tokens[first].norm in ("في", "وفي")) if first < k else first
    if j == first and first + 3 < k and L.bare(tokens[first].norm) in ("جاء", "وجاء") \
            and tokens[first + 1].norm == "ذلك" and tokens[first + 2].norm == "في":
        j = first + 3   # "جاء ذلك في تصريح للمتحدث الرسمي …، أوضح أن …": said in it
    given = _giver(text, tokens, j + 1, k) \
        if j > first and j + 2 < k and _content(tokens[j].norm) in _GIVEN_WORDS else None
    if given is not None:
        return given    # (else "في حديث مع فلان": a meeting, below)
    if j == first or j + 2 >= k or L.bare(tokens[j].norm) not in _MEETINGS:
        return None
    j += 1
    if tokens[j].norm != "مع" and j + 1 < k and not broken(text, tokens, j):
        j += 1      # (its adjective: "لقاء آخر"، "اتصال هاتفي")
    if tokens[j].norm != "مع" or broken(text, tokens, j) or _quoted_before(text, tokens, j + 1):
        return None     # (a quoted name after مع is an outlet's: "مع «عكاظ»")
    met = parse_subject(text, tokens, j + 1, k)
    if met is None or met.kind != "person" \
            or any(L.reporting_word(tokens[m].norm) for m in range(met.last + 1, k)):
        return None
    return met


_MEETINGS = L._norm("لقاء حديث حوار مقابله اتصال")


def _giver(text: str, tokens: list[Token], j: int, k: int) -> Subject | None:
    """"وفي كلمة لوزير الإسكان، أوضح أن …": whose words (a speech, a statement), named with
    لـ at token j (past one adjective), up to the comma before the verb at token k."""
    if j + 1 < k and not tokens[j].norm.startswith("ل") and not broken(text, tokens, j):
        j += 1      # (its adjective: "في كلمة ترحيبية لمدير الجامعة")
    norm = tokens[j].norm
    title = _title_after_li(norm)
    if title is None or broken(text, tokens, j):
        return None
    local = tokens[:j] + [Token(tokens[j].start + 1, tokens[j].end, title)] + tokens[j + 1:]
    owner = parse_subject(text, local, j, k, names=True)
    if owner is None or owner.kind != "person" or not _then_who_he_is(text, local, owner, k) \
            or gap(text, tokens, k).strip() not in (",", "،"):
        return None
    if norm.startswith("لل") and owner.label.startswith("ل"):
        # ("للوزير" is لـ and "الوزير" without its alif: say "الوزير …")
        owner = replace(owner, label="ا" + owner.label,
                        title=owner.title and "ا" + owner.title)
    return owner


def _asked(text: str, tokens: list[Token], k: int, paragraph: Paragraph) -> Subject | None:
    """"وسئل مسؤول فرنسي عما إذا كان …، فقال: …": who was asked answers (a verb with فـ in
    the sentence that opens with سُئل)."""
    if not tokens[k].norm.startswith("ف"):
        return None
    first = _sentence_first(tokens, k, paragraph)
    if first + 1 >= k or tokens[first].norm not in _ASKED:
        return None
    subject = parse_subject(text, tokens, first + 1, k)
    return subject if subject is not None \
        and subject.kind in ("person", "organisation", "anonymous") else None


def _could_name(tokens: list[Token], subject: Subject) -> bool:
    """Is the phrase surely someone: a title, a body, a source, or a name that opens with a
    given name or has بن in it (other words the grammar reads as a name may be the verb's
    object: "وأبدى امتنانه"، "ورددت عدة مرات كلمة"، "وتوجه عناصر الإنتاج")?"""
    if subject.title is not None or subject.kind in ("organisation", "anonymous"):
        return True
    words = [tokens[j].norm for j in range(subject.first, subject.last + 1)]
    return subject.kind == "person" and len(words) >= 2 \
        and (L.bare(words[0]) in L.GIVEN_NAMES or "بن" in words[1:-1]
             or words[0] in ("ام", "ابو") and L.bare(words[1]) in L.GIVEN_NAMES)
    # (a kunya too: "استطاعت أم محمد أن …، مؤكدة": her)


def _names(text: str, tokens: list[Token], subject: Subject, entity: Entity,
           entities: Entities, at: int) -> bool:
    """Does the subject name the entity, whole or by its first word ("وأشاد دونيس بالمعسكر
    …" read as one name still names دونيس)?"""
    if entities.resolve(subject, at, introduce=False) is entity:
        return True
    first = parse_subject(text, tokens, subject.first, subject.first + 1)
    return first is not None and entities.resolve(first, at, introduce=False) is entity


def _unread_verb_before(tokens: list[Token], k: int, paragraph: Paragraph) -> bool:
    """Does the participle's sentence open with "من جانبه/بدوره" and a verb of speech? The
    aside says someone new speaks, and the verb reported nothing (else the participle would
    go on with its speaker), so who it is was not read: not the last speaker."""
    first = _sentence_first(tokens, k, paragraph)
    return any(L.reporting_word(tokens[j].norm) and not L.participle(tokens[j].norm)
               and _after_side(tokens, j) for j in range(first, k))
    # (a verb of praise too: "من جانبه، أشاد تيار الاستقلال بالمباحثات …، مؤكدا أن …")


def _agreed_with_her(tokens: list[Token], k: int, paragraph: Paragraph) -> bool:
    """Does the participle's sentence open with agreeing with someone named by a pronoun
    ("واتفقت معها والدتها قائلةً"، "ووافقتها الرأي أم خالد مؤكدةً")? The one agreed with is
    who spoke before, so whoever agrees is someone else, not the last speaker."""
    first = _sentence_first(tokens, k, paragraph)
    if first + 1 >= k:
        return False
    verb, after = tokens[first].norm, tokens[first + 1].norm
    return any(verb.startswith((p, "و" + p)) for p in _AGREEING) \
        and (verb.endswith(("ه", "ها")) or after in ("معه", "معها"))


# Verbs of agreeing, as their past forms open (اتفق، اتفقت، وافق، وافقته، شاطرها).
_AGREEING = ("اتفق", "وافق", "شاطر", "ايد")

_WAS = L._norm("كان كانت وكان وكانت")

_RELATIVES = frozenset({"الذي", "التي", "والذي", "والتي", "الذين", "والذين"})


# The singular demonstratives: "تلك التي …" is a thing or a matter pointed back to.
_THAT_ONE = L._norm("تلك ذلك هذا هذه")


def _first_relative(tokens: list[Token], relative: int, paragraph: Paragraph) -> int:
    """"تلك التي تتعلق بتحرش مجموعة من الشباب بفتيات، والتي أوضحت أن …": a relative
    pronoun with و goes on from the same one before it in the sentence, and so has its
    antecedent (the incident), not the words right before it; else the pronoun itself."""
    norm = tokens[relative].norm
    if not norm.startswith("و"):
        return relative
    first = _sentence_first(tokens, relative, paragraph)
    return next((j for j in range(relative - 1, first - 1, -1) if tokens[j].norm == norm[1:]),
                relative)


def _relative_agrees(relative: str, verb: str) -> bool:
    """Can the relative's antecedent be the verb's subject? "… أبين التي قال إن أخبارها …":
    a masculine verb after التي has another subject (who said it of the place)."""
    if relative.endswith("التي"):
        return L.feminine_verb(verb)
    if relative.endswith("الذي"):
        return not L.feminine_verb(verb)
    if relative.endswith("الذين"):
        # (a verb after its relative agrees in number: "الذين قالوا"; a singular one has
        # another subject, the antecedent its object: "… وقوات التحالف الذين وصفهم بـ«…»")
        return L.plural_verb(verb) or verb.endswith(("وا", "ون"))
    return True


# Quotation marks some outlets put around a name ('مدير عام فرع الوزارة "عواد الحازمي" الذي'):
# they do not end the phrase a relative pronoun follows.
_NAME_MARKS = " \"'«»“”"


def _antecedent(text: str, tokens: list[Token], relative: int, paragraph: Paragraph,
                entities: Entities | None = None) -> Subject | None:
    """The person or body a relative pronoun follows ("رئيس الوزراء سمير الخطيب الذي"):
    the longest subject phrase that ends right before it, within its sentence. A bare name
    must be sure to be one: a given name opens it, or the article introduced it ("مقر
    المعسكر، الذي أكد الجهاز الإداري …" names a place, not a man called مقر)."""
    sentence_start = _sentence_start(paragraph, tokens[relative].start)
    named: Subject | None = None    # a full name the window opens with, his title after it
    for j in range(max(0, relative - 8), relative):
        if named is not None and j > named.last \
                and L.bare(tokens[j].norm) not in L.GIVEN_NAMES:
            # "العقيد محمد الغامدي مدير مدني جدة المكلف الذي": the words after his title's
            # head are more of his title, no one else's name ("جدة المكلف")
            return named
        if tokens[j].start < sentence_start or tokens[j].norm.startswith(("لل", "بال")) \
                or tokens[j].norm[:1] == "و" and L.bare(tokens[j].norm) not in L.GIVEN_NAMES \
                or any(broken(text, tokens, m) for m in range(j + 1, relative)):
            continue    # (not from a word with a preposition: "خلفا للسويسري جوزيف بلاتر",
            # nor from one with و: "وتخطت مايكروسوفت، التي …")
        if j > 0 and tokens[j - 1].start >= sentence_start and not broken(text, tokens, j) \
                and tokens[j - 1].norm.endswith("ه") and not tokens[j - 1].norm.startswith("ال") \
                and tokens[j - 1].norm not in L._KNOWN:
            continue    # (nor the genitive of a noun in construct: "صاحب عبقرية مصر الذي")
        if j > 0 and is_number(tokens[j - 1]):
            continue    # (nor what a number counts: "القانون الذي يضم 55 مادة، والذي ينص")
        if j > 0 and tokens[j - 1].norm in _WHERE_TO and not broken(text, tokens, j):
            continue    # (nor a place where or whither: "مما حدث في بروكسل، والتي اعتبرت"،
            # "رحلاتها من لندن إلى نيويورك والتي اوضحت": the body the sentence is about)
        if j > 0 and set(gap(text, tokens, j)) & set(_NAME_MARKS.strip()) \
                and tokens[j - 1].start >= sentence_start \
                and not tokens[j - 1].norm.lstrip("وفبكل").startswith("ال"):
            continue    # (nor a name in quotation marks that a noun before it owns: "اتصل
            # بشقيق «دربالة»، والذي أكد وفاته": the brother, not the man who died; but
            # "كالمؤرخ البريطاني «ديفيد إيرفنج» الذي" names him)
        if j > 0 and tokens[j - 1].norm.startswith("ال") and tokens[j].norm.startswith("ال") \
                and not broken(text, tokens, j) and tokens[j - 1].start >= sentence_start:
            continue    # (nor an adjective of the noun before it: "المؤتمر الصحفي الذي عقده")
        if j > 0 and tokens[j - 1].norm in _RELATIVES and not broken(text, tokens, j):
            continue    # (nor the verb of another relative clause: "الوثيقة التي كتبت
            # باللغة الإنجليزية، التي نصت على …")
        if j == relative - 1 and tokens[j].norm in _THAT_ONE:
            return None     # "هي تلك التي …": what the demonstrative points to, no one
        subject = parse_subject(text, tokens, j, relative)
        if named is None and subject is not None and subject.kind == "person" \
                and " " in (subject.name or "").strip() and subject.last + 2 < relative \
                and not any(broken(text, tokens, m) for m in range(j + 1, relative)) \
                and _is_title_head(tokens[subject.last + 1].norm) \
                and not any(tokens[m].norm[:1] in "وبل" or L.one_of(tokens[m].norm, L.PREPOSITIONS)
                            for m in range(subject.last + 1, relative)):
            named = subject
        if subject is not None and subject.last == relative - 1 and subject.kind == "unknown" \
                and L.bare(tokens[subject.last].norm) in _ONE_DOCUMENT \
                and (subject.first == subject.last or subject.first + 1 == subject.last
                     and L.bare(tokens[subject.first].norm) == "نص"):
            return subject      # "نص القرار الذي يقول إنه «…»": what the document says
        if subject is not None and subject.last == relative - 1 \
                and subject.kind in ("person", "organisation") and (subject.name or subject.title):
            if L.bare(tokens[relative].norm) == "الذي" and subject.kind == "organisation" \
                    and subject.feminine:
                continue    # (الذي agrees with a man, not with the body he heads: "إدارة
                # الرائد برئاسة عبداللطيف الخضير الذي ذكر …" is his)
            if subject.kind == "person" and not subject.title and entities is not None \
                    and subject.first < subject.last and not _could_name(tokens, subject) \
                    and entities.resolve(subject, tokens[relative].start, introduce=False) is None:
                continue
            return subject
    return None


# "في"، "إلى": a noun right after them is where something happened or went, no speaker.
_WHERE_TO = L._norm("في الي")


def _is_title_head(norm: str) -> bool:
    """"مدير"، "رئيس": a title's head without the article, in construct with what follows."""
    return not norm.startswith("ال") and L.one_of(norm, L.PERSON_TITLES)


# One document, named with the article: what a relative clause after it says it says.
_ONE_DOCUMENT = L._norm("البيان التقرير القرار الرساله الوثيقه الدراسه التعميم الخطاب")

# "أبدى فلان سعادته …، وقال": a verb of feeling that reports nothing itself ("تبدي اهتماما"
# in a clause is no report), but whose subject the next verb goes on with
_SHOWED = L._norm("ابدي ابدت وابدي وابدت")

# "قال فيه"، "أوضحت فيها"، "أكد من خلاله": in it (a statement, a speech): the verb is in a
# relative clause of what was issued, its subject whoever issued it.
_IN_IT = L._norm("فيه فيها خلاله خلالها")
# Verbs of asking: "الحديث الذي سأل فيه عبدالله بن مسعود النبي …، قائلا": who asked, in it.
_ASKING = L._norm("سال سالت يسال تسال")

# What a body issues, indefinite after its verb: "أصدرت الوزارة بيانا"، "نشر المركز تقريرا".
def _on_what(tokens: list[Token], k: int) -> bool:
    """"في أول رد فعل على ما نشره الموقع …": the verb at k opens a relative clause after a
    preposition and ما (what the site published), a phrase of its sentence, not who goes on
    speaking in it (unlike "وفق ما نشره", "according to", read as a source)."""
    return k >= 2 and tokens[k - 1].norm == "ما" and tokens[k - 2].norm in _BEFORE_WHAT


_BEFORE_WHAT = L._norm("علي الي بعد عن في مع ضد رغم")
_ISSUED_OBJECTS = L._norm("بيانا تقريرا تصريحا بلاغا تعميما قرارا مقالا")

# "بيان أصدره …"، "كلمة ألقاها …"، "رسالة وجهها …": who issued the words named after the verb
_ISSUED = L._norm("اصدره اصدرته اصدرها القاه القاها وجهه وجهها نشره نشرها بثه بثها القي والقي "
                  "ادلي وادلي")     # ("أدلى الأمير … بتصريح قال فيه": who made it)


def _between(tokens: list[Token], j: int) -> bool:
    """"ما بين شوال وذي القعدة"، "من بين …": بين the preposition, not بيّن (made clear)."""
    return L.bare(tokens[j].norm) == "بين" and j > 0 and tokens[j - 1].norm in ("ما", "من")


def _joined(norm: str) -> bool:
    """A verb joined to the clause before it by و, or a verb of saying by ف ("…، فقال «…»":
    and so he said; not "…، فاتهم …", where another may act)."""
    return norm.startswith("و") or norm in _SO_SAID


_SO_SAID = L._norm("فقال فقالت فيقول فتقول فاجاب فاجابت فرد فردت فعلق فعلقت فاكد فاكدت "
                   "فاوضح فاوضحت فاضاف فاضافت فاشار فاشارت فبين فبينت")


def _sentence_subject(text: str, tokens: list[Token], k: int, paragraph: Paragraph,
                      feminine: bool | None, entities: Entities, coordinated: bool = True,
                      vouched: bool = True, said: tuple[tuple[int, int], ...] = (),
                      plural: bool = False, men: bool = False) -> Subject | None:
    """"فيما أبدت منار الدوسري سعادتها …، وقالت: …": a verb with و after a comma, with no
    subject, goes on with the subject of the clause before it: the phrase that opens the
    sentence (SVO), the phrase right after the verb that opens it, or after the last verb of
    speech or feeling (عبر، أعرب، أشاد …) before it, when that is a title, an organisation,
    or a name. (A participle needs no و: it always goes on with its sentence's subject.)"""
    if coordinated and _joined(tokens[k].norm) and _CLAUSE_MARKS.isdisjoint(gap(text, tokens, k)):
        # "اللواء محمد الغامدي المتحدث … أدان الحادث … وأكد رفضه …": with no comma, a verb
        # joined by و goes on with a titled name that opens the sentence before its own verb
        first = _sentence_first(tokens, k, paragraph)
        but = next((j for j in range(k - 3, first - 1, -1) if tokens[j].norm in _BUT_THAT
                    and L.particle(tokens[j + 1].norm)), None)
        # ("…، إلا أن رئيس الاتحاد طلال الفهد خرج … وأعلن …": the clause after "but that"
        # opens with its subject)
        opening = _titled_then_verb(text, tokens, first, k)
        if opening is None and but is not None:
            opening = _titled_then_verb(text, tokens, but + 2, k)
        return opening if opening is not None and _agrees(opening, feminine) else None
    if coordinated and not _joined(tokens[k].norm):
        return None
    first = _past_dateline(text, tokens, _sentence_first(tokens, k, paragraph), k)
    led = False     # the verb that opens the sentence comes after a word that leads it
    if first < len(tokens) and tokens[first].norm in ("فيما", "بينما", "كما", "ثم", "وقد", "قد",
                                                     "عندما", "وعندما", "حينما", "وحينما",
                                                     "لكن", "ولكن", "حيث", "وحيث"):
        first += 1
        led = True
    elif first + 2 < k and tokens[first].norm in ("في", "وفي") and tokens[first + 1].norm == "حين":
        first += 2      # "في حين يرفض علي قاسم …، ويضيف أن …": while, then the verb
    elif first + 1 < k and tokens[first].norm in _DESPITE and tokens[first + 1].norm == "ذلك":
        first += 2      # "ورغم ذلك دافع مارتينو … عن اللاعب، قائلا إنه …": the verb after it
    elif first < k and _side_after(tokens, first):
        # "بدوره، قدم أمين الأحساء شكره …، وأكد أن …": the verb after the aside opens it
        first += 1 if tokens[first].norm.startswith("بدور") else 2
    elif first + 1 < k and tokens[first].norm in ("يذكر", "ويذكر") \
            and L.particle(tokens[first + 1].norm):
        first += 2      # "يُذكر أن الوزير بدأ اجتماعه …، مؤكدا …": the clause's subject
    topic = _topic_of(text, tokens, first, k)
    if topic is not None:
        return topic if _agrees(topic, feminine) else None
    fronted = _apposed(text, tokens, first, k)
    if fronted is not None:
        return fronted
    opening = _titled_opening(text, tokens, first, k) or _source_opening(text, tokens, first, k,
                                                                           feminine)
    if opening is not None:
        return opening
    if first + 1 < k and not broken(text, tokens, first + 1) \
            and entities.known_surname(text[tokens[first].start:tokens[first].end]):
        # "النجيمي غرد قائلاً …": the sentence opens with the family name of someone the
        # article named in full, its subject before its verb
        opening = parse_subject(text, tokens, first, first + 1)
        if opening is not None:
            return opening if _agrees(opening, feminine) else None
    # the word after the verb that opens the sentence or a clause of it ("وفي ختام المؤتمر،
    # فاجأ بوتين …"), or after a verb of speech or feeling
    clause_starts = [first] + [j for j in range(first + 1, k)
                               if not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, j))
                               and not _named_in_a_list(tokens[j].norm)
                               and tokens[j].norm not in _AND_THE_REST
                               and not L.one_of(tokens[j].norm, L.PERSONAL_PRONOUNS)]
    # ("واتفق معها رئيس لجنة …"، "وجهة نظر الدهلوس اتفق معها رئيس لجنة …": the subject after
    # the verb and its preposition with a pronoun, near the sentence's start)
    past_pronoun = {j + 2 for j in range(first, min(k - 2, first + 4))
                    if tokens[j + 1].norm in _TO_HIM and not tokens[j].norm.startswith("ال")
                    and not any(broken(text, tokens, m) for m in range(first + 1, j + 3))}
    candidates = sorted(past_pronoun | {j + 2 if j > first and tokens[j].norm in _CLAUSE_LEADS else
                         j + 2 if tokens[j].norm in _BUT_THAT
                         and j + 1 < k and L.particle(tokens[j + 1].norm) else j + 1
                         for j in clause_starts} | {
        j for j in range(first + 2, k) if _said_or_shown(tokens, j - 1)
        and not _named_so(text, tokens[j - 1])
        or L.bare(tokens[j - 1].norm) in _ISSUED and not _on_what(tokens, j - 1)
        or j >= first + 3 and tokens[j - 1].norm in _IN_IT and L.bare(tokens[j - 2].norm) in _ASKING
        or j >= first + 3 and tokens[j - 1].norm in ("بها", "به")
        and L.bare(tokens[j - 2].norm) == "ادلي"})
    # ("التصريحات التي أدلى بها نوري المالكي … والتي ادعى فيها بأن …": who made them)
    for j in reversed(candidates):
        if j == first + 1 and L.bare(tokens[first].norm) in _EVERY:
            continue    # "وكل شبكة تحتاج الى …": every one, no verb and its subject
        if coordinated and j - 1 > first and tokens[j - 1].norm in _AIRED \
                and not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, j - 1)):
            continue    # "وقال كير أمام مؤيديه …، بثها التلفزيون الرسمي، إن …، وقال": who aired
            # what the sentence tells of, set off by commas, not who goes on speaking (but
            # "وثائق نشرها موقع «ويكيليكس»، وأفادت": the documents speak for who published them)
        if j - 1 > first and (_verbal_noun_opens(L.bare(tokens[j - 1].norm))
                              or tokens[j - 1].norm[:1] == "و"
                              and _verbal_noun_opens(tokens[j - 1].norm[1:])):
            continue    # "أيد رئيس الفلبين …، أمس، ترشيح وزير الداخلية …، قائلا": a clause
            # opened by a verbal noun (the nomination) has no verb; the minister is its object
            # (so with و: "…، وتنظيم حركة الأمعاء، وأوضحت أن …" is what fibre does)
        if j + 1 < k and tokens[j].norm == "الراي" and not broken(text, tokens, j + 1):
            j += 1      # "ووافقتها الرأي أم خالد": the opinion she shared, then who
        quoted = _quoted_name(text, tokens, j, k, entities) \
            if j < k and j - 1 >= first and (L.speech_verb(tokens[j - 1].norm)
                                             or L.one_of(tokens[j - 1].norm, L.RELAY_VERBS)) \
            else None
        # (right after a verb: "ونفى البنيان، بيع «سابك» لأحد مصانعها" names what was sold)
        if quoted is not None:
            return quoted if _agrees(quoted, feminine) else None
        if j >= k or L.one_of(tokens[j - 1].norm, L.PREPOSITIONS) and not (
                j - 1 == first and L.reporting_word(tokens[j - 1].norm)) \
                or j - 1 > first and L.one_of(tokens[j - 1].norm, L.NOT_NAMES) \
                and not L.reporting_word(tokens[j - 1].norm) \
                or _institution(tokens[j - 1].norm) \
                or broken(text, tokens, j) \
                or _joined_preposition(tokens[j - 1].norm) \
                or any(start <= tokens[j].start < end for start, end in said) \
                or j - 1 > first and (L.participle(tokens[j - 1].norm)
                                      or has_tanween(text, tokens[j - 1])
                                      or ta_marbuta(text, tokens[j - 1])):
            continue    # (nor a name inside words already reported: "وأشار الشريف إلى أن
            # أحد المحامين زار «عصام دربالة» …، وأكد أن …"; nor the object of a participle
            # that goes on with the sentence's subject: "…، داعياً مجلس النواب إلى …، وبين";
            # nor the genitive of a noun after a comma, since no verb ends in ة: "وثمن
            # فلان، رعاية الأمير …، مؤكداً" is his, the prince's name is what he praised)
        subject = parse_subject(text, tokens, j, _praised_at(tokens, j, k))
        if subject is not None and subject.kind == "person" and subject.last + 1 < k \
                and L.and_someone(tokens[subject.last + 1].norm) \
                and not broken(text, tokens, subject.last + 1):
            # "عقد رئيس النادي أحمد خواجة ومدرب الفريق عبود الخضري اجتماعًا، وقال": two
            # people named together are the subject, and a singular verb after it is
            # neither's for sure
            other = parse_subject(text, tokens, subject.last + 1, _praised_at(tokens, j, k))
            if other is not None and other.kind == "person" and (
                    other.name or other.title and _unread_name_after(text, tokens, other.last + 1,
                                                                     k)):
                # (not one man's second title: "أكد فلاح المطيري عضو اللجنة … وممثل الهيئة
                # العامة للشباب والرياضة أن …"، "… السلمي والمشرف على الفعاليات …")
                last = other.last if other.name else other.last + 2
                both = text[subject.start:tokens[last].end]
                subject = replace(subject, last=last, end=tokens[last].end, label=both,
                                  name=None, title=both, title_words=tuple(
                                      _content(t.norm) for t in tokens[subject.first:last + 1]))
        if (subject is None or subject.kind == "unknown") and j + 1 < k \
                and not broken(text, tokens, j + 1) \
                and entities.known_surname(text[tokens[j].start:tokens[j].end]):
            # "… وبثه التلفزيون السوري، أقرّ الأسد بعدم قدرة قواته …، وأكد": the family name
            # of the one the article named in full, right after the nearer verb, whatever
            # word follows it
            subject = _surname_subject(text, tokens, j, entities) or subject
        if subject is not None and L.one_of(tokens[j - 1].norm, L.CONDEMNING):
            subject = before_the_condemned(text, tokens, subject)    # "أدانت رابطة العالم
            # الإسلامي | التصريحات الطائفية …، وعدتها «…»"
        if subject is not None and subject.last > subject.first \
                and tokens[subject.last].norm in _ISSUED_OBJECTS:
            # "أصدرت جامعة تبوك بيانا البارحة، أوضحت فيه أن": what it issued ends the body
            subject = parse_subject(text, tokens, j, subject.last)
        if subject is not None and _benefited(text, tokens, tokens[j - 1].norm, subject, k):
            continue    # "وإذ أكد أن «النصرة» أفاد تنظيم «داعش» في ذلك الهجوم، أشار": whom
            # it benefited, no subject
        if subject is not None and subject.label in _GOD_NAMES:
            continue    # "وقال تعالى: {…}، مؤكدًا أن …": the verse is cited, its sentence's
            # participle goes on with whoever cites it
        if plural and subject is not None and subject.kind == "anonymous" \
                and _plural_source(tokens[subject.first].norm):
            return subject  # "وأطلق العلماء على القناع اسم «…»، وأوضحوا أنه …": the plural
            # verb goes on with the plural subject of its sentence
        if men and subject is not None and subject.kind == "organisation":
            continue    # "طالب موظفون …، الجهات المسؤولة …، وتحديدا وزارة العمل، باعتماد …،
            # مؤكدين أن …": men who confirm, not the ministry they called on
        if subject is None or subject.kind not in ("person", "organisation") and not (
                subject.kind == "unknown" and j == first + 1 and " " not in subject.label.strip()
                and entities.known_surname(subject.label)) and (
                vouched or subject.kind != "anonymous"
                or tokens[subject.first].norm.startswith("ال")
                and L.bare(tokens[subject.first].norm) not in L.DEFINITE_QUANTIFIERS):
            continue    # (unvouched, a new unnamed source counts: "ورفضت متحدثة باسم …
            # التعليق، مشيرة إلى أن …" is hers, not the last speaker's; but "ومضت المصادر
            # بالقول" goes on with the source named before; "الكثير من المغردين" is new)
        # (a full name right after a verb of feeling is that verb's subject, introduced or
        # not: "فيما أبدت منار الدوسري سعادتها")
        shown = (L.bare(tokens[j - 1].norm) in _SHOWED or _said_it(tokens[j - 1].norm)) \
            and subject.name and " " in subject.name    # (or "وهو ما أكده عادل الجبير")
        # (and so is a full name, a given name first, right after the verb that opens the
        # sentence: "وعزا مروان الزبيدي العزوف …، مشيراً إلى أن …" is his, whatever he did)
        shown = shown or j == first + 1 and (_opening_verb(tokens[first].norm)
                                             or led and _opening_verb("و" + tokens[first].norm)) \
            and _could_name(tokens, subject) and subject.title is None
        # ("فيما أشاد عبدالله السيهاتي بفعاليات …، موضحاً أن …": so after فيما, كما, ثم …)
        if vouched and not shown and not _credible(subject, entities, tokens[k].start):
            continue
        if L.bare(tokens[j - 1].norm) in _THANKED and subject.kind == "organisation" \
                and subject.feminine and not tokens[j - 1].norm.endswith("ت"):
            continue    # "وشكر سفارة المملكة …، مضيفا": whom he thanked (a masculine verb
            # before a feminine body: its object, not its subject)
        return subject if _agrees(subject, feminine) else None
    return None


# Verbs of praise, whose object comes with بـ: "أشاد تيار الاستقلال | بالمباحثات".
_PRAISING = L._norm("اشاد اشادت يشيد تشيد واشاد واشادت")


def _unread_given_name(tokens: list[Token], k: int, paragraph: Paragraph,
                       carried: Entity) -> bool:
    """Does a given name follow the verb that opens the participle's sentence, one the
    last speaker's names do not have ("والتقط إسماعيل إبراهيم محمد طرف الحديث، قائلا:")?
    The sentence has a subject of its own, though the grammar did not read where it ends."""
    first = _sentence_first(tokens, k, paragraph)
    if first + 1 >= k or not _opening_verb(tokens[first].norm, article=True):
        return False    # ("والتقط" opens with the letters of the article; so does "والوزير",
        # whose sentence has a subject of its own all the same)
    given = L.bare(tokens[first + 1].norm)
    return given in L.GIVEN_NAMES and not _in_names(given, carried)


def _in_names(word: str, entity: Entity) -> bool:
    """Is the (bare, normalised) word one of the words of the entity's names?"""
    return any(word in map(L.bare, normalize_text(name).split())
               for name in [entity.label, *entity.names])


def _unread_word_then_its_object(text: str, tokens: list[Token], k: int, paragraph: Paragraph,
                                 carried: Entity) -> bool:
    """"وعلق بارنز على التأهل قائلا «…»": a verb of saying opens the sentence, then one word
    no list knows and the preposition of the verb's object (على، عن، إلى): that word is the
    verb's subject, someone the grammar does not read, not surely the last speaker."""
    first = _sentence_first(tokens, k, paragraph)
    if first + 2 >= k or not _opening_verb(tokens[first].norm) \
            or not L.speech_verb(tokens[first].norm) \
            or broken(text, tokens, first + 1) or broken(text, tokens, first + 2) \
            or L.bare(tokens[first + 2].norm) not in ("علي", "عن", "الي"):
        return False
    word = tokens[first + 1].norm
    return not word.startswith("ال") and not has_tanween(text, tokens[first + 1]) \
        and not _known(word) and not _in_names(L.bare(word), carried)


def _opening_verb(norm: str, article: bool = False) -> bool:
    """A word with و or ف that may be a verb in the past opening its sentence ("وعزا"،
    "فانتقد"): not a preposition, a particle, a given name or (unless `article`) a word
    with the article."""
    word = norm[1:]
    return norm[:1] in "وف" and len(word) >= 3 and (article or not word.startswith("ال")) \
        and not L.one_of(norm, L.PREPOSITIONS) and not L.particle(norm) \
        and L.bare(norm) not in L.GIVEN_NAMES and L.bare(norm) not in L.RELAY_NOTES


def _praised_at(tokens: list[Token], j: int, k: int) -> int:
    """Where the subject at token j, after a verb of praise, must end: at the word with بـ
    that opens what was praised (else k)."""
    if j == 0 or tokens[j - 1].norm not in _PRAISING:
        return k
    return next((m for m in range(j + 1, k) if tokens[m].norm[:1] == "ب"
                 and len(tokens[m].norm) > 3), k)     # (not بن، بنت، بأن: short words)


def _quoted_name(text: str, tokens: list[Token], j: int, k: int, entities: Entities
                 ) -> Subject | None:
    """"ونفى "المنجومي" نشر …، مؤكداً أن …"، "تابع "خلفان" هجومه …، قائلاً": one to three
    words in quotation marks at token j (as some outlets set off a family name), a person or
    body the article introduced before token k: the verb's subject."""
    if not _quoted_before(text, tokens, j):
        return None
    bound = _quoted_name_end(text, tokens, j, k + 1)
    subject = _quoted_subject(text, tokens, j, bound) if bound is not None else None
    if subject is None:
        return None
    # a family name of someone introduced ("فهد المنجومي"), else a body's name
    named = replace(subject, kind="unknown", title=None, title_words=())
    for probe in (named, subject):
        known = entities.resolve(probe, tokens[k].start, introduce=False)
        if known is not None and known.kind in ("person", "organisation"):
            return probe
    return None


# "…، وهم مصطفى بدر الدين، …": a clause opened by a pronoun names who they are, not who
# did something
def _titled_then_verb(text: str, tokens: list[Token], first: int, k: int) -> Subject | None:
    """"اللواء محمد الغامدي المتحدث الرسمي … أدان الحادث … وأكد رفضه": a full name with its
    rank, honorific or title opens the sentence, perhaps his title after it, then a word
    that is no more of it (no article, no preposition: his verb, whatever it is) before k."""
    if first >= k or not L.says_who(tokens[first].norm):
        return None
    for bound in range(min(k - 1, first + 14), first + 1, -1):
        named = parse_subject(text, tokens, first, bound, names=True)
        if named is None or named.last != bound - 1 or " " not in (named.name or ""):
            continue
        verb = tokens[bound]
        if broken(text, tokens, bound) or verb.norm.startswith("ال") or L.particle(verb.norm) \
                or L.one_of(verb.norm, L.PREPOSITIONS) \
                or L.one_of(verb.norm, L._KNOWN) and not L.reporting_word(verb.norm):
            return None
        return named
    return None


def _titled_opening(text: str, tokens: list[Token], first: int, k: int) -> Subject | None:
    """"الدكتورة آنا بيت أستاذة المالية العامة في جامعة ليدز تبرر القرار … بالقول «…»": a
    name with its honorific or title opens the sentence, then perhaps who she is (a title),
    then its present-tense verb (SVO): the sentence's subject."""
    if first >= k or not L.says_who(tokens[first].norm):
        return None
    verb = next((j for j in range(first + 2, min(k, first + 14))
                 if tokens[j].norm[:1] in ("ي", "ت") and not broken(text, tokens, j)
                 and not L.one_of(tokens[j].norm, L._KNOWN)), None)
    if verb is None:
        return None
    for bound in range(verb, first + 1, -1):
        named = parse_subject(text, tokens, first, bound, names=True)
        if named is not None and named.name and named.last == bound - 1:
            between = verb - bound
            if between == 0 or (L.one_of(tokens[bound].norm, L.PERSON_TITLES)
                                or _feminine_title(text, tokens[bound])) \
                    and not any(broken(text, tokens, j) for j in range(bound, verb + 1)):
                return named
            return None
    return None


def _source_opening(text: str, tokens: list[Token], first: int, k: int,
                    feminine: bool | None) -> Subject | None:
    """"لكن مصادر رسمية جزائرية في السفارة فندت هذه «الإشاعات»، وأكدت أن …": an unnamed
    source or a body opens the sentence, then its verb in the feminine, as the verb at k
    that goes on with it: the sentence's subject."""
    if feminine is not True:
        return None
    opening = parse_subject(text, tokens, first, k)
    if opening is None or opening.kind not in ("anonymous", "organisation") \
            or not opening.feminine or opening.last + 1 >= k:
        return None
    verb = tokens[opening.last + 1]
    shaped = verb.norm.endswith("ت") and len(verb.norm) >= 4 and not verb.norm.startswith("ال")
    if broken(text, tokens, opening.last + 1) or not shaped \
            or L.one_of(verb.norm, L._KNOWN) and not L.speech_verb(verb.norm):
        return None
    return opening


# A particle that may open a clause before its verb ("وعليه، فقد استدعت وزارة الخارجية …").
# "واتفق معها رئيس لجنة …": a preposition with its pronoun between the verb and its subject.
_TO_HIM = L._norm("معه معها معهم له لها لهم عليه عليها عنه عنها اليه اليها")
_CLAUSE_LEADS = L._norm("فقد وقد قد لقد فيما بينما كما ثم")
# "…، غير أن الموظف رفض ذلك، مؤكداً"، "…، بيد أن النجم البرتغالي استمر …، وقال": but, then
# أن, its subject and its verb
_BUT_THAT = L._norm("غير الا بيد")
# "ورغم ذلك"، "ومع ذلك"، "وبعد ذلك": a sentence's opening phrase before its verb
_DESPITE = L._norm("رغم ورغم مع ومع بعد وبعد وقبل قبل")


_HIMSELF = L._norm("نفسه نفسها بنفسه بنفسها لنفسه لنفسها")


def _doer_of_its_object(text: str, tokens: list[Token], k: int, paragraph: Paragraph,
                        entities: Entities) -> Subject | None:
    """"… وضع صندوق النقد الدولي شروطه بالقول إنه …": right before the participle or «بالقول»
    a noun with his or her pronoun (his terms), before it a person or body the article can
    vouch for, and before that a word that may be their verb: the one who set the terms is
    who says, wherever the sentence opened ("وفي الوقت الذي تجري فيه تلك المحادثات …")."""
    first = _sentence_first(tokens, k, paragraph)
    if k - 3 < first or not _with_pronoun(text, tokens[k - 1]) or broken(text, tokens, k) \
            or broken(text, tokens, k - 1) or L.bare(tokens[k - 1].norm) in _HIMSELF:
        return None     # (not "نفاه اللاعب بنفسه معلنا": himself, no object; the verb's
        # subject there goes on as the grammar reads it)
    for j in range(k - 2, max(first, k - 9), -1):
        subject = parse_subject(text, tokens, j, k - 1)
        if subject is None or subject.last != k - 2 or broken(text, tokens, j) \
                or subject.kind not in ("person", "organisation"):
            continue
        verb = tokens[j - 1].norm
        if verb.startswith("ال") or L.particle(verb) or L.one_of(verb, L.PREPOSITIONS) \
                or L.one_of(verb, L._KNOWN) and not L.reporting_word(verb) \
                or not _credible(subject, entities, tokens[k].start):
            return None
        return subject
    return None


def _the_sources_opening(text: str, tokens: list[Token], k: int, paragraph: Paragraph
                         ) -> Subject | None:
    """"ومضت المصادر بالقول"، "وتابع الشهود قائلين": a verb opens the sentence and plural
    sources with the article (the ones named before) are its subject, right before token k."""
    first = _sentence_first(tokens, k, paragraph)
    if not first + 1 < k or tokens[first].norm.startswith("ال") \
            or L.one_of(tokens[first].norm, L.PREPOSITIONS) or broken(text, tokens, first + 1) \
            or not tokens[first + 1].norm.startswith("ال"):
        return None
    subject = parse_subject(text, tokens, first + 1, k)
    if subject is None or subject.kind != "anonymous" or subject.last + 1 != k \
            or not _plural_source(tokens[first + 1].norm):
        return None     # (not one source, "واختتم المصدر بالقول": the man the article
        # spoke of as its source, named before)
    return subject


def _plural_source(norm: str) -> bool:
    """A plural source («العلماء»، «مصادر»، «الخبراء»), not one person («مصدر»، «ضابط»)."""
    word = L.bare(norm).removeprefix("ال")
    return word not in _ONE_SOURCE and L.one_of(word, L.ANONYMOUS)


# Anonymous sources that are one person: a plural verb does not go on with them.
_ONE_SOURCE = L._norm("مصدر شاهد شاهده مسؤول مصدرا متحدث متحدثه ناطق ضابط مسؤولا دبلوماسيا دبلوماسي "
                      "محللا خبيرا")


# Verbs of airing or carrying what was told, with its pronoun: "بثها التلفزيون الرسمي".
_AIRED = L._norm("بثه بثها بثته بثتها نقله نقلها نقلته نقلتها نشره نشرها نشرته نشرتها")

# "…، ودول التحالف العربي عامة …": و and a noun of a group goes on with what the verb
# governs (one more of them), no clause whose verb the next word is the subject of.
_AND_THE_REST = L._norm("ودول وقوات وجميع وباقي وبقيه وسائر ومختلف وكافه")


def _named_in_a_list(norm: str) -> bool:
    """"شكره لخادم الحرمين، وسمو نائبه ولي العهد، وولي ولي العهد، …"، "محمد العبار، رئيس
    مجلس إدارة «إعمار مولز»، …": a piece after a comma that opens with a title or an
    honorific (alone or with و) is one more of those named or who the last one is, not a
    clause whose verb the next word is the subject of (but with فـ it opens a clause: "،
    فالشيخ علي الطنطاوي كان …")."""
    return norm in L.WHO_WORDS or L.and_someone(norm)


def _named_so(text: str, token: Token) -> bool:
    """"سيدة تدعى فاطمة"، "الطالب ويدعى ريان": يُدعى (is called), written with ى, not
    يدّعي (claims), which normalises the same: the name after it is whom the text names,
    the subject of no verb after it ("…، تواصل مع …، مؤكدا أن" is the sentence's). (Right
    before what is reported, "وقال أحد الشهود، ويدعى فلان، إن", the name is the speaker.)"""
    return token.norm in _CALLED and text[token.end - 1] == "ى"


_CALLED = L._norm("يدعي تدعي ويدعي وتدعي")


def _benefited(text: str, tokens: list[Token], norm: str, subject: Subject, limit: int
               ) -> bool:
    """"أفاد" (and يفيد) is also "benefited": then في or من follows the noun after it and no
    أن or colon comes in its clause ("أفاد تنظيم «داعش» في ذلك الهجوم،"; but "أفاد المرصد في
    بيان أن …" reports)."""
    after = subject.last + 1
    if L.bare(norm) not in _BENEFIT or after >= limit or tokens[after].norm not in ("في", "من"):
        return False
    for j in range(after, limit):
        if L.particle(tokens[j].norm) or ":" in gap(text, tokens, j):
            return False
        if j > after and not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, j)):
            break
    return True


# أفاد، يفيد: reported, or benefited.
_BENEFIT = L._norm("افاد يفيد وافاد ويفيد")


def _said_or_shown(tokens: list[Token], j: int) -> bool:
    """Is token j a verb of speech or feeling whose subject may follow it: not one with its
    subject before it ("_between"), and not a word after a preposition, which is a noun
    ("على أكمل وجه": the most complete, not أكمل "went on")?"""
    return (L.reporting_word(tokens[j].norm) or L.bare(tokens[j].norm) in _SHOWED
            or j > 0 and tokens[j - 1].norm in ("ما", "كما") and _said_it(tokens[j].norm)) \
        and not _between(tokens, j) \
        and not (j > 0 and L.one_of(tokens[j - 1].norm, L.PREPOSITIONS)) \
        and not (j > 0 and tokens[j].norm in ("يعد", "تعد")
                 and tokens[j - 1].norm in ("لم", "ولم", "لا", "ولا", "لن", "ولن"))
    # ("مسوغات لم تعد مقبولة": no longer (عاد), not considered (عدّ))


def _said_it(norm: str) -> bool:
    """"أكده"، "قالته"، "ذكرها": a verb of saying with its object pronoun ("وهو ما أكده عادل
    الجبير، قائلا: …": what he confirmed, he the subject after it)."""
    for pronoun in ("ها", "ه"):
        if norm.endswith(pronoun) and len(norm) - len(pronoun) >= 3:
            stem = norm[:-len(pronoun)]
            return L.reporting_word(stem) or stem.endswith("ت") and L.reporting_word(stem[:-1])
    return False


def _joined_preposition(norm: str) -> bool:
    """"، برعاية سمو أمير المنطقة …": a clause opened by a noun with بـ/لـ joined to it (under
    the patronage of), not by a verb; whoever follows it is not a subject."""
    return norm[:1] in ("ب", "ل") and len(norm) >= 5 and not L.reporting_word(norm) \
        and L.bare(norm) not in _SHOWED and L.bare(norm) not in _ISSUED


def _feeling_subject(text: str, tokens: list[Token], k: int, paragraph: Paragraph,
                     feminine: bool | None, entities: Entities,
                     said: tuple[tuple[int, int], ...] = ()) -> Subject | None:
    """"عبر الفارس عبدالله الشربتلي عن اعتزازه … وقال: …"، "أشاد ضيف الجائزة فلان بفكرتها
    ونوه …": a verb joined by و, with no comma, goes on with the subject of the verb of speech
    or feeling before it in its sentence (the nearest; none there: nobody said). A verb
    inside words already said (`said`: their spans) is the speaker's, not the sentence's:
    «… يعتبرون الاتفاق كارثيا …»، وأضاف «…» names no one."""
    sentence_start = _sentence_start(paragraph, tokens[k].start)
    for j in range(k - 1, max(-1, k - 30), -1):
        if tokens[j].start < sentence_start:
            return None
        if not _said_or_shown(tokens, j) or j + 1 >= k \
                or any(start <= tokens[j].start < end for start, end in said):
            continue
        first = j + 1
        if tokens[first].norm in ("ذلك", "هذا") and first + 1 < k \
                and not broken(text, tokens, first + 1):
            first += 1      # "أوضح ذلك المدير العام … فلان وبين أن …": the object first
        if L.one_of(tokens[first].norm, L.PREPOSITIONS) or broken(text, tokens, first):
            return None
        subject = parse_subject(text, tokens, first, k)
        if subject is not None and L.one_of(tokens[j].norm, L.CONDEMNING):
            subject = before_the_condemned(text, tokens, subject)
        if subject is not None and subject.name and L.object_verb(tokens[j].norm):
            subject = _without_object(text, tokens, first, subject, entities, tokens[k].start)
        if subject is None or subject.kind not in ("person", "organisation") \
                or not _credible(subject, entities, tokens[k].start):
            return None
        return subject if _agrees(subject, feminine) else None
    return None


def _opening_subject(text: str, tokens: list[Token], k: int, paragraph: Paragraph,
                     feminine: bool | None, said: tuple[tuple[int, int], ...] = ()
                     ) -> Subject | None:
    """"كما تفاعل عادل الجبير وزير الخارجية السعودي مع الهاشتاق وكتب «…»": a verb joined by
    و, with no comma before it, goes on with the subject right after the verb that opens its
    sentence (after كما، فيما، بينما، ثم), when that is surely someone: a title or a full name
    opening with a given name."""
    if not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, k)) \
            or any(start <= tokens[k].start < end for start, end in said):
        return None
    first = _sentence_first(tokens, k, paragraph)
    lead = first < k and tokens[first].norm in ("كما", "فيما", "بينما", "ثم")
    verb = first + 1 if lead else first
    if verb + 1 >= k:
        return None
    norm = tokens[verb].norm
    # (after a lead word the verb has no و: it need only be no preposition, particle or
    # word with the article, which `_opening_verb` asks of a verb with و)
    if not (_opening_verb(norm) if not lead else not (
                L.one_of(norm, L.PREPOSITIONS) or L.particle(norm) or norm.startswith("ال"))) \
            or broken(text, tokens, verb + 1) \
            or any(not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, j)) for j in range(verb + 1, k)):
        return None
    subject = parse_subject(text, tokens, verb + 1, k)
    if subject is None or subject.kind != "person" or not _could_name(tokens, subject) \
            or not _agrees(subject, feminine):
        return None
    return subject


def _agrees(subject: Subject, feminine: bool | None) -> bool:
    """The verb's gender, when it shows one, is a titled person's own: "وقالت" does not go
    on with "الوزير"."""
    return feminine is None or subject.kind != "person" or not subject.title \
        or subject.feminine == feminine


def _apposed(text: str, tokens: list[Token], first: int, k: int) -> Subject | None:
    """A sentence that opens with its subject, a title and then its name set off by commas:
    "مدير إدارة الاتصال …، علي بن بخيت الزهراني، أفاد بأن …"; or without the name."""
    if first >= k:
        return None
    head = tokens[first].norm
    if not (L.one_of(head, L.PERSON_TITLES) or L.one_of(head, L.ORGANISATIONS)
            or L.one_of(head, L.RANKS) or L.one_of(head, L.HONORIFICS)):
        return None
    subject = parse_subject(text, tokens, first, k)
    if subject is None or subject.kind not in ("person", "organisation"):
        return None
    after = subject.last + 1
    if subject.name is None and after < k and tokens[after].norm.startswith("ل") \
            and _CLAUSE_MARKS.isdisjoint(gap(text, tokens, after)):
        # "الأمين العام لمجلس التعاون لدول الخليج العربية، الدكتور …": past the rest of the
        # title the grammar left (a genitive with لـ, a few words) to its comma
        j = after + 1
        while j < min(k, after + 4) and _CLAUSE_MARKS.isdisjoint(gap(text, tokens, j)):
            j += 1
        if j < k and not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, j)):
            after = j
    if subject.name is None and after < k and "،" in gap(text, tokens, after) + "," \
            and not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, after)):
        named = parse_subject(text, tokens, after, k)
        if named is not None and named.name and named.title is None \
                and named.kind == "person" and not (
                    len(tokens[named.first].norm) <= 2
                    and tokens[named.first].norm not in L.GIVEN_NAMES) \
                and not _joined_present_of_faala(tokens[named.first].norm) \
                and not _and_something(text, tokens, named) \
                and not (_derived_verbal_noun(L.bare(tokens[named.first].norm))
                         and L.bare(tokens[named.first].norm) not in L.GIVEN_NAMES) \
                and not (_participle_shaped(tokens[named.first].norm)
                         and L.bare(tokens[named.first].norm) not in L.GIVEN_NAMES):
            # (not a verb of two letters: "محافظ خميس مشيط، قص شريط المعرض" is what he did,
            # no name; nor a participle in the accusative: "…، معددا أنواع العسل" is how the
            # sentence's speaker went on)
            return replace(named, first=subject.first, start=subject.start,
                           title=subject.title, title_words=subject.title_words,
                           honorifics=subject.honorifics + named.honorifics,
                           feminine=subject.feminine)
    return subject


def _and_something(text: str, tokens: list[Token], named: Subject) -> bool:
    """"عن الناشطة الإيرانية، وإسقاط جمع الاتهامات": after the comma, و and a word no given
    name, running on past the words read as a name: what else is asked for, not her name
    (a name set off is closed by its comma: "نظيره الروسي، فلاديمير بوتين،")."""
    word = tokens[named.first].norm
    return word[:1] == "و" and L.bare(word) not in L.GIVEN_NAMES \
        and named.last + 1 < len(tokens) and not gap(text, tokens, named.last + 1).strip()


def _verbal_noun_opens(word: str) -> bool:
    """A verbal noun (ترشيح، تنظيم), no given name of that shape, opening a clause."""
    return verbal_noun_shape(word) and word not in L.GIVEN_NAMES


def _joined_present_of_faala(norm: str) -> bool:
    """"، ويناقش مفهوم العمارة المسيحية،": و and a present verb of the فاعل/تفاعل kind
    (يناقش، يتابع، تشارك): what the subject does next, no name set off by commas (ويليام،
    ويلسون have no ا as their fourth letter)."""
    return len(norm) == 6 and norm[0] == "و" and norm[1] in "يت" and norm[3] == "ا"


def _after_side(tokens: list[Token], k: int) -> bool:
    """"من جهته/من جانبه/بدوره، أكد …" with no subject: the pronoun names someone new."""
    before = [t.norm for t in tokens[max(0, k - 2):k]]
    return any(L.bare(w) in _ASIDE_WORDS for w in before)


def _his_own(text: str, tokens: list[Token], k: int) -> bool:
    """"شتاينماير تفهمه"، "الجبير حرصها": a noun with a pronoun right after a bare name
    points back to it, so the name is the subject and the noun the object (its ه as
    written: "إعداد خطة تنفيذية" ends in ة, an adjective, no pronoun)."""
    if k >= len(tokens):
        return False
    norm = tokens[k].norm
    return len(norm) >= 5 and norm.endswith(("ه", "ها")) and not norm.startswith("ال") \
        and not L.one_of(norm, L._KNOWN) and not ta_marbuta(text, tokens[k])


def _side_after(tokens: list[Token], k: int) -> bool:
    """"ترامب من جانبه"، "الوزير بدوره": an aside that only follows a verb's subject."""
    words = [t.norm for t in tokens[k:k + 2]]
    return bool(words) and (words[0].startswith("بدور") and L.bare(words[0]) in _ASIDE_WORDS
                            or words[0] in ("من", "ومن") and len(words) > 1
                            and words[1] in _ASIDE_WORDS)   # ("ومن جانبه استنكر …")


# "من جهته/من جانبها/من ناحيته/بدورهم": the side with its pronoun (not "من جانب معارضين":
# on the part of opponents, a phrase like any other).
_ASIDE_WORDS = frozenset(stem + pronoun for stem in ("جهت", "جانب", "بدور", "ناحيت")
                         for pronoun in ("ه", "ها", "هم", "هما", "هن"))


_NOBODY = object()

# Words of quantity that open a sentence where a verb would: "وكل شبكة تحتاج …".
_EVERY = L._norm("كل بعض جميع معظم اغلب")

# "Another", as a verb's whole subject: someone the text does not name, never the last one.
_SOMEONE_ELSE = L._norm("اخر اخري اخرون اخرين غيره غيرها غيرهم")


def _another_in_clause(text: str, tokens: list[Token], k: int) -> bool:
    """Does a verb of the clause before token k have "another" as its subject, right after
    it ("بينما علّق آخر على المشروع بقوله")?"""
    for j in range(k - 1, max(0, k - 8), -1):
        if L.bare(tokens[j].norm) in _SOMEONE_ELSE and L.speech_verb(tokens[j - 1].norm):
            return True
        if not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, j)):
            return False
    return False


def _previous_in_sentence(reports: list[_Unit], units: list[_Unit], paragraph: Paragraph,
                          at: int):
    """The speaker of the report before `at` in its sentence (None: unknown), or _NOBODY
    when the sentence reported nothing before."""
    start = _sentence_start(paragraph, at)
    found = _NOBODY
    best = -1
    # (nor a source's clause whose verb has its own subject, nor what is quoted inside it)
    relayed = [(u.start, u.end) for u in reports if u.actor_inside]
    # (nor a report of no one's inside another's clause that `at` is past: "أوضح العقيد …
    # أن المركز تلقى بلاغا من مواطنين يفيد مشاهدتهما …، مبينا أن …" goes on with him)
    outer = [u for u in reports if u.end <= at]
    for unit in reports + [u for u in units if u.claimed]:
        if start <= unit.anchor < at and unit.anchor > best and not unit.actor_inside \
                and not any(s <= unit.anchor < e for s, e in relayed) \
                and not (unit.speaker is None and any(
                    u is not unit and u.start <= unit.anchor < u.end for u in outer)) \
                and not (unit.speaker is not None and _cited_scripture(unit.speaker)):
            found, best = unit.speaker, unit.anchor     # (a verse cited is no one's report
            # that the next participle goes on with)
    return found


def _topic_of(text: str, tokens: list[Token], first: int, k: int) -> Subject | None:
    """"أما الإعلامي خالد قاضي فقد أبدى إعجابه بها، لكنه استدرك قائلاً إن …": the
    sentence opens with أما and its topic, which every verb of the sentence after the فـ
    that ends the topic has as subject (as `_fronted_subject` reads it for the first)."""
    if tokens[first].norm not in ("اما", "واما"):
        return None
    ends = [j for j in range(first + 2, k) if tokens[j].norm.startswith("ف")]
    for n, j in enumerate(ends):
        if tokens[j].norm in ("فقد", "فلقد"):
            return _fronted_subject(text, tokens, j + 1, 0) if j + 1 < k else None
        subject = _fronted_subject(text, tokens, j, 0)
        if subject is not None and not any(
                tokens[later].norm in ("فقد", "فلقد") and later + 1 < k
                and (longer := _fronted_subject(text, tokens, later + 1, 0)) is not None
                and longer.last >= j for later in ends[n + 1:]):
            return subject  # (not a word of the topic that opens with ف: "أما رئيس فريق
            # الهلال فقد أبدى …، وقال" has the topic up to فقد)
    return None


def _fronted(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """"أما فلان فأكد …"، "أما فلان فقد أكد …": the index of أما before the verb and that of
    the word with ف that ends the topic (the verb itself, or فقد before it)."""
    if tokens[k].norm.startswith("ف"):
        topic_end = k
    elif k > 0 and tokens[k - 1].norm in ("فقد", "فلقد"):
        topic_end = k - 1
    else:
        return None
    for j in range(topic_end - 1, max(-1, topic_end - 30), -1):
        if tokens[j].norm in ("اما", "واما"):
            return j, topic_end
    return None


def _without_object(text: str, tokens: list[Token], first: int, subject: Subject,
                    entities: Entities, at: int) -> Subject | None:
    """With no أن after it, a subject may have run into the verb's object: "أكد لاعب المنتخب
    وسام حمدان جدارة الأخضر" (a name of three words ending with an indefinite one), "وصف
    الرئيس دونالد ترامب القمة" (a name the article knows, and one word more)."""
    last = tokens[subject.last]
    if subject.last - subject.first < 1 or (
            subject.title is not None and subject.title.endswith(text[last.start:last.end])):
        return subject
    following = subject.last + 1
    if following < len(tokens) and L.bare(tokens[following].norm) in ("عن", "علي", "الي") \
            and not broken(text, tokens, following):
        return subject  # "وكشف … محمد توفيق بن مصطفى مدني عن …": the object is after عن
    if following < len(tokens) and tokens[following].norm.startswith("بال") \
            and not broken(text, tokens, following):
        return subject  # (or after its بـ: "واعترف مدرب المكسيك ميجيل هيريرا بالخطأ")
    if following < len(tokens) and _with_pronoun(text, tokens[following]) \
            and not broken(text, tokens, following):
        return subject  # "جون كيري | حرصه": the name ended where its object begins
    if following < len(tokens) and L.one_of(tokens[following].norm, L.TIME_WORDS) \
            and not broken(text, tokens, following):
        return subject  # "سيرغي لافروف | أمس استعداد بلاده": when, after the whole name
    shorter = parse_subject(text, tokens, first, subject.last)
    if shorter is None or not shorter.name:
        return subject
    if last.norm.startswith("ال"):
        # ("سمير الخطيب" itself a name the article knows: the whole phrase is the subject)
        if _knows_name(entities, subject.name):
            return subject
        known = entities.resolve(shorter, at, introduce=False)
        return shorter if known is not None else subject
    # Only a name of three words or more gives up its last one: after a title, "وزير
    # الخارجية الروسي سيرغي لافروف استعداد" is a name of two words, and the object follows it
    return shorter if len(subject.name.split()) >= 3 else subject


def _knows_name(entities: Entities, name: str | None) -> bool:
    """Has the article named someone with exactly this name (every word of it)?"""
    keys = name_keys(name) if name else ()
    return len(keys) > 1 and any(e.keys == keys for e in entities.items)


def _title_up_to(text: str, tokens: list[Token], j: int, k: int) -> bool:
    """Tokens j to k (the verb) are a title in apposition: one a list knows opens them, and
    no mark, verb of saying or particle stands among them, a dozen words at most."""
    return j < k <= j + 12 and L.says_who(tokens[j].norm) and not L.and_someone(tokens[j].norm) \
        and not any(broken(text, tokens, m) for m in range(j, k + 1)) \
        and not any(L.reporting_word(tokens[m].norm) or L.particle(tokens[m].norm)
                    for m in range(j, k))


def _subject_before(text: str, tokens: list[Token], k: int, paragraph: Paragraph,
                    entities: Entities) -> Subject | None:
    """The subject put before its verb (SVO): "لكن مصدرا مقربا منه ينفي ذلك"، in a headline
    "ماليزيا تؤكد أن …", or at the head of the sentence of a verb that goes on with و
    ("الرئيس اليمني يجتمع بكبار مستشاريه ويؤكد أهمية …"). A bare name counts only when the
    article introduced that person ("في خطوة تشير إلى …" names nobody)."""
    sentence_start = _sentence_start(paragraph, tokens[k].start)
    first = sentence_first = bisect_left([t.start for t in tokens], sentence_start)
    if tokens[k].norm[:1] == "و" and first + 1 < k and L.reporting_word(tokens[first].norm) \
            and not L.participle(tokens[first].norm):
        return None     # "كشف هذا لـ"الرياض" الدكتور محمد علي مارم السكرتير الخاص لرئيس
        # الجمهورية اليمني عبدربه منصور هادي مدير مكتب … وقال:": a verb joined by و goes on
        # with the subject of the verb of report that opens its sentence, not with a name
        # read backwards from it
    while_ = next((j for j in range(first + 1, k) if tokens[j].norm in ("اذ", "واذ")), None)
    if while_ is not None:
        # "ووزارة الداخلية إذ تعلن عن ذلك لتؤكد …": the subject, then إذ and what it does
        # as it speaks
        local = tokens
        if L.bare(tokens[first].norm) != tokens[first].norm:      # (its و off: "ووزارة")
            local = tokens[:first] + [Token(tokens[first].start + 1, tokens[first].end,
                                            L.bare(tokens[first].norm))] + tokens[first + 1:]
        subject = parse_subject(text, local, first, while_, names=True)
        if subject is not None and subject.last == while_ - 1 \
                and subject.kind in ("person", "organisation", "anonymous") \
                and _credible(subject, entities, tokens[k].start):
            return subject
    if first < k and gap(text, tokens, k).strip() in (",", "،"):
        # "لكن الدكتور سامي عبد العزيز، العميد السابق لكلية الإعلام، يرى أن …": the subject,
        # who he is between commas, then the verb
        opening = next((j for j in range(k - 1, max(first, k - 15), -1)
                        if gap(text, tokens, j).strip() in (",", "،")), None)
        openings = [opening] if opening is not None and _set_off(
            text, tokens, opening, k, _longest_aside(tokens, opening)) else []
        earlier = next((j for j in range(opening - 1, max(first, opening - 15), -1)
                        if gap(text, tokens, j).strip() in (",", "،")), None) \
            if openings else None
        if earlier is not None and _set_off(text, tokens, earlier, opening,
                                            _longest_aside(tokens, earlier)):
            openings.append(earlier)    # "جيمس لين، الرئيس العالمي لأبحاث سوفوس، الشركة
            # المختصة في أمن شبكة الإنترنت، يقول": who he is, then what his firm is
        for opening in openings:
            head = first + (tokens[first].norm in ("لكن", "ولكن", "بينما", "فيما", "كما", "ثم"))
            if head + 1 < opening and tokens[head].norm in ("الا", "غير") \
                    and L.particle(tokens[head + 1].norm):
                head += 2       # "إلا أن مسؤولاً محلياً، طلب عدم ذكر اسمه، قال"
            # ("مع ذلك، جيفري ما، كبير القضاة …، رد …": past an aside of a few words)
            aside = next((j for j in range(head + 1, min(opening, head + 4))
                          if gap(text, tokens, j).strip() in (",", "،")), None)
            for start in (head,) + ((aside,) if aside is not None else ()):
                named = parse_subject(text, tokens, start, opening, names=True)
                if named is not None and named.last == opening - 1 \
                        and (named.name or named.kind == "anonymous") \
                        and (_credible(named, entities, tokens[k].start)
                             or named.name and L.says_who(tokens[opening].norm)):
                    return named    # (or "إلا أن مسؤولاً محلياً، طلب عدم ذكر اسمه، قال";
                    # a name no one introduced, then who he is: "جيفري ما، كبير القضاة …،")
    if first < k and gap(text, tokens, k).strip() in (",", "،") and tokens[k].norm[:1] != "و":
        # "يذكر أن مسؤولا في الاتحاد، أكد لـ«الشرق الأوسط» أن …": أن, its subject, a comma,
        # then the verb that is its predicate (not one joined by و, which goes on from the
        # clause before: "… إلى أن يحل محل المزارع الاحسائي، وأضاف: …")
        particle = next((j for j in range(k - 2, first - 1, -1) if tokens[j].norm == "ان"),
                        None)
        if particle is not None and all(_CLAUSE_MARKS.isdisjoint(gap(text, tokens, j))
                                        for j in range(particle + 1, k)):
            named = parse_subject(text, tokens, particle + 1, k, names=True)
            if named is not None and named.last == k - 1 \
                    and named.kind in ("person", "organisation", "anonymous") \
                    and (named.kind == "anonymous" or _credible(named, entities, tokens[k].start)):
                return named
    if first < k and k - first <= 20:
        fronted = _apposed(text, tokens, first, k)
        if fronted is not None and tokens[fronted.last].end <= tokens[k].start and \
                not text[tokens[fronted.last].end:tokens[k].start].strip(' ،,"«»“”'):
            return fronted      # "مدير …، علي بن بخيت الزهراني، أفاد بأن …"
    if k > 1 and tokens[k - 1].norm in ("قد", "وقد") and not broken(text, tokens, k):
        k -= 1          # "كان الجنرال فلان قد قال …"
    if first + 1 < k and L.bare(tokens[first].norm) in _WAS:
        # "وكان الثنيان قال …"، "وكانت وكالة تصنيف المقاولين …، أوضحت …": كان, then its
        # subject, then the verb (a comma may close a long subject)
        subject = parse_subject(text, tokens, first + 1, k, names=True)
        if subject is not None and subject.name and subject.last == k - 2 \
                and tokens[k - 1].norm.startswith("ال") and not broken(text, tokens, k - 1):
            # "الشيخ طلال فهد الأحمد الصباح": a name of two family names
            family = text[tokens[k - 1].start:tokens[k - 1].end]
            subject = replace(subject, last=k - 1, end=tokens[k - 1].end,
                              label=f"{subject.label} {family}", name=f"{subject.name} {family}")
        if subject is not None and subject.kind == "person" and subject.title \
                and not subject.name and 1 <= k - 1 - subject.last <= 2 \
                and _unread_name(text, tokens, subject.last + 1, k):
            # "وكان وزير الأمن الداخلي الأمريكي جيه جونسون قد قال": a title, then a name of
            # one or two words no list knows, right up to the verb: his
            subject = _title_then_unread_name(text, tokens, subject, ("verb", k, None))
        if subject is not None and not subject.name and subject.kind == "anonymous" \
                and subject.last + 1 < k and not broken(text, tokens, subject.last + 1):
            # "وكان متحدث باسم الملك السابق أحمد فؤاد الثاني قد أعلن": the name is the
            # king's, the last noun's, and the unnamed spokesman the subject
            owner = parse_subject(text, tokens, subject.last + 1, k, names=True)
            if owner is not None and owner.kind == "person" and owner.name \
                    and owner.last == k - 1:
                subject = replace(subject, last=k - 1, end=tokens[k - 1].end,
                                  label=text[subject.start:tokens[k - 1].end])
        if (subject is None or subject.last != k - 1) \
                and gap(text, tokens, k).strip() in (",", "،"):
            # "وكان بلاتر الذي أعلن أنه لن يترشح …، أكد أن": كان, its subject, who he is
            # in a relative clause, a comma, then the verb
            # (`subject` is still the parse from كان to the verb: the readings above that
            # change it end right before the verb)
            named = subject or _surname_subject(text, tokens, first + 1, entities)
            if named is not None and named.last + 1 < k \
                    and tokens[named.last + 1].norm in ("الذي", "التي") \
                    and not broken(text, tokens, named.last + 1) \
                    and named.kind in ("person", "organisation") \
                    and _credible(named, entities, tokens[k].start):
                return named
        known = subject is not None and (
            subject.kind in ("person", "organisation", "anonymous")
            and _credible(subject, entities, tokens[k].start)
            or subject.kind == "unknown" and (
                entities.resolve(subject, tokens[k].start, introduce=False) is not None
                or L.bare(tokens[subject.first].norm) in L.DOCUMENTS))
        # ("وكانت تقارير سابقة قد ذكرت أن …": documents, as after the verb, "وذكرت تقارير")
        if known and not text[tokens[subject.last].end:tokens[k].start].strip(" ،,"):
            return subject
    clause = k
    if k > 0 and tokens[k].norm[:2] in ("لي", "لت") and gap(text, tokens, k).strip() in (",", "،"):
        clause = k - 1  # "وهنا عاد العميد فلان، ليؤكد أنه …": لـ and its verb go on the
        # clause before the comma, and its subject
    while clause > 0 and not (broken(text, tokens, clause) and not _quotes_only(
            gap(text, tokens, clause))) and tokens[clause - 1].start >= sentence_start \
            and k - clause < 12:
        clause -= 1
    # the subject starts the clause, or follows a particle or لكن ("غير أن الأعرجي أعلن …")
    if tokens[clause].norm in ("هنا", "وهنا", "ثم", "وحينها", "حينها", "بعدها", "وبعدها") \
            and clause + 2 < k:
        clause += 1     # "وهنا عاد العميد فلان …": then, and the verb and its subject
    starts_at = [clause] + [clause + 1] * (not _clause_head(tokens, clause, k)) \
        + [j + 1 for j in range(clause, k - 1)
                                        if L.particle(tokens[j].norm)
                                        or tokens[j].norm in ("لكن", "ولكن")]
    if not set(gap(text, tokens, k)).isdisjoint("»”"):
        # "إن «العلاقات ممتازة» وأضاف": words from an opening mark to the verb are quoted
        # words, not its subject (but "وكانت وكالة ”شينخوا” قد ذكرت" ends with a quoted name)
        starts_at = [j for j in starts_at if j < k and (
            set(gap(text, tokens, j)).isdisjoint("«“") or j == first and k - j <= 3)]
        # ("«الزياني» يؤكد …": a quoted name; a start at or past the verb is none)
    whole = None    # a full name from an earlier start, right up to the verb
    for first in starts_at:
        if first >= k or tokens[first].norm in ("لكن", "ولكن", "بينما", "فيما"):
            continue
        if first > 0 and L.one_of(tokens[first - 1].norm, L.PREPOSITIONS) \
                and not broken(text, tokens, first) \
                or L.one_of(tokens[first].norm, L.PREPOSITIONS):
            continue    # (nor a phrase a preposition opens: "وأمام المحكمة أقر …", where)
        subject = parse_subject(text, tokens, first, k, names=True)
        if subject is not None and first == clause + 1 and subject.name is None \
                and not tokens[first].norm.startswith("ال") \
                and not L.particle(tokens[clause].norm) \
                and L.bare(tokens[clause].norm) not in _CLAUSE_OPENERS \
                and L.bare(tokens[clause].norm) not in _WAS:
            continue    # "واعتقلت مجموعة قالت إنها …": an indefinite noun after the clause's
            # verb is its object, and the verb after it a relative clause (the group
            # someone said intends …), not a subject and its verb
        if subject is not None and subject.last == k - 1 and (
                _credible(subject, entities, tokens[k].start)
                or _named_after_but(text, tokens, first, subject)) \
                and not _two_verbs(text, tokens, subject, k):
            if whole is not None and whole.first < subject.first:
                return whole    # "بندر الزهراني أكد …" where the article named سلطان
                # الزهراني: the family name known, so the words before it are his given
                # name, and he is another man, not the one it named
            return subject
        if whole is None and subject is not None and subject.last == k - 1 \
                and subject.kind == "person" and " " in (subject.name or "") \
                and subject.name == subject.label and not subject.title \
                and tokens[first].norm in L.GIVEN_NAMES:
            whole = subject     # (a given name first: not "قرأ العمري"، "وصحة الأحساء")
        if subject is not None and subject.last < k - 1 \
                and _adjunct_before_verb(text, tokens, subject.last + 1, k) \
                and _credible(subject, entities, tokens[k].start):
            return subject  # "غير أن أوباما وفي مقابلة مع الصحفيين قال إنه …": where he said
            # it, set in with و between the subject and its verb
        if subject is not None and subject.last == k - 2 and tokens[k].norm[:1] == "ف" \
                and tokens[k - 1].norm in _COMES_BACK and not broken(text, tokens, k) \
                and not broken(text, tokens, k - 1) and _credible(subject, entities, tokens[k].start):
            return subject  # "لكن الأستاذ حريري يعود فيقول …": he comes back and says
        if subject is not None and subject.kind == "person" and " " in (subject.name or "") \
                and subject.first == first and _title_up_to(text, tokens, subject.last + 1, k):
            return subject  # "اللواء سالم المطرفي مدير عام الدفاع المدني بمنطقة مكة المكرمة
            # قال: …": a full name, then his title up to the verb
        if subject is None and first == k - 1:
            # "ولكن بينيتيز أكد «…»": the surname of the one person the article named in
            # full, though shaped like بـ and a word (the parser takes no such word alone)
            subject = _surname_subject(text, tokens, first, entities)
            if subject is not None:
                return subject
    back = _back_to(text, tokens, sentence_first, k, entities)
    if back is not None:
        return back
    acted = _acted_then_said(text, tokens, sentence_first, k, entities)
    if acted is not None:
        return acted
    if tokens[k].norm[:1] == "و" and clause < k:
        # "X يفعل … ويؤكد": the head of the sentence, when a present-tense verb follows it
        subject = parse_subject(text, tokens, clause, k, names=True)
        if subject is not None and subject.last + 1 < k \
                and tokens[subject.last + 1].norm[:1] in ("ي", "ت") \
                and _credible(subject, entities, tokens[k].start):
            return subject
    return None


def _adjunct_before_verb(text: str, tokens: list[Token], j: int, k: int) -> bool:
    """From token j to the verb at k, "وفي مقابلة مع الصحفيين": و and a preposition, then a
    few words with no punctuation, report or particle among them."""
    return tokens[j].norm in _AND_WHERE and k - j <= 6 \
        and not any(broken(text, tokens, m) for m in range(j, k + 1)) \
        and not any(L.reporting_word(tokens[m].norm) or L.particle(tokens[m].norm)
                    for m in range(j + 1, k))


# و and a preposition of where or when: "وفي مقابلة"، "وخلال لقائه"، "وأمام الصحفيين".
_AND_WHERE = L._norm("وفي وخلال وعبر وامام ولدي")


def _back_to(text: str, tokens: list[Token], first: int, k: int,
             entities: Entities) -> Subject | None:
    """"وبالعودة إلى السنيدي، قال إن …": back to someone the article quoted before, then a
    verb with no subject: it is theirs."""
    if first + 2 >= k or L.bare(tokens[first].norm) not in ("بالعوده", "وبالعوده") \
            or L.bare(tokens[first + 1].norm) != "الي":
        return None
    comma = next((j for j in range(first + 3, min(k + 1, first + 8))
                  if gap(text, tokens, j).strip() in (",", "،")), None)
    if comma != k:
        return None
    named = parse_subject(text, tokens, first + 2, k, names=True)
    if named is not None and named.last == k - 1 and named.kind in ("person", "organisation") \
            and _credible(named, entities, tokens[k].start):
        return named
    return _surname_subject(text, tokens, first + 2, entities, words=k - first - 2) \
        if k - first - 2 <= 2 else None


def _past_dateline(text: str, tokens: list[Token], first: int, k: int) -> int:
    """Past the dateline that opens an article's first sentence ("سبق- الرياض: دان …"،
    "عبدالله الراجحي- سبق- جدة: …"، "الرياض - واس:"): a few words joined by dashes, then a
    colon. The sentence's verb and subject come after it."""
    for j in range(first + 1, min(k, first + 7)):
        if ":" in gap(text, tokens, j):
            dashed = any(mark in gap(text, tokens, m) for m in range(first + 1, j + 1)
                         for mark in "-–")
            return j if dashed else first
    return first


def _unread_name_after(text: str, tokens: list[Token], j: int, k: int) -> bool:
    """A word no list knows at token j, then a family name with the article: a name the
    grammar did not read ("ومدرب الفريق | عبود الخضري اجتماعا")."""
    return j + 1 < k and not broken(text, tokens, j) and not broken(text, tokens, j + 1) \
        and not tokens[j].norm.startswith("ال") and not L.one_of(tokens[j].norm, L._KNOWN) \
        and tokens[j + 1].norm.startswith("ال") and not L.one_of(tokens[j + 1].norm, L._KNOWN)


def _acted_then_said(text: str, tokens: list[Token], first: int, k: int,
                     entities: Entities) -> Subject | None:
    """"بدوره استعرض الدكتور اللويم بعض الإحصائيات، وأشار إلى أن …"، "وهنأ اللواء فلان
    الجميع، متمنيا …": the sentence opens with a verb of doing (no list knows it as
    anything else), a titled or named subject right after it, and goes on with و and a verb of
    saying that agrees with it: the two verbs share that subject."""
    head = first
    while head < k and L.bare(tokens[head].norm) in _SENTENCE_ADVERBS:
        head += 1
    if head + 2 >= k or tokens[k].norm[:1] != "و" or not L.speech_verb(tokens[k].norm) \
            or L.participle(tokens[k].norm):
        return None
    opener = tokens[head].norm
    if L.reporting_word(opener) or L.one_of(opener, L._KNOWN) or opener.startswith("ال") \
            or not opener.isalpha() or opener[:1] in "يت" or broken(text, tokens, head + 1):
        return None     # (a present-tense verb is the other rule's: "X يفعل … ويؤكد")
    # (the subject's end is not marked: the longest phrase from the verb that reads as one)
    subject = next((found for bound in range(min(k, head + 8), head + 1, -1)
                    if (found := parse_subject(text, tokens, head + 1, bound, names=True))
                    is not None), None)
    if subject is None or subject.kind != "person" or not subject.name \
            or not (subject.honorifics or _credible(subject, entities, tokens[k].start)) \
            or L.feminine_verb(tokens[k].norm) != subject.feminine:
        return None
    if subject.last + 1 < k and L.and_someone(tokens[subject.last + 1].norm):
        return None     # "وقد عقد رئيس النادي أحمد خواجة ومدرب الفريق عبود الخضري اجتماعًا،
        # وقال": two people did it; the singular verb is neither's for sure
    if any(L.reporting_word(tokens[j].norm) or L.particle(tokens[j].norm)
           or tokens[j].norm in ("الذي", "التي", "الذين") or tokens[j].norm in _BUT_ANOTHERS
           for j in range(subject.last + 1, k)):
        return None     # (a report or a relative clause of its own in between; or a clause
        # of another's: "وتدخل اللاعب أربيولا لتهدئة رونالدو، بيد أن النجم البرتغالي استمر
        # …، وقال: «…»")
    return subject


# "but", opening a clause whose subject may be another: "لكن النجم …"، "بيد أن …".
_BUT_ANOTHERS = L._norm("لكن ولكن بيد")


# Words that open a sentence before its verb: "بدوره استعرض …"، "ثم قدم …".
_SENTENCE_ADVERBS = L._norm("بدوره بدورها ثم كما وقد قد بعدها وبعدها")


def _title_then_unread_name(text: str, tokens: list[Token], subject: Subject,
                            cut_off) -> Subject | None:
    """"وأوضح زوج المعلمة ووالد الطالبة فيصل العمراني أنه …": a person's title without a
    name, then a name no list knows (one to three words), then the أن (or the colon, or the
    verb after «وكان»): the title and the name are who spoke. `cut_off`: the anchor after
    the name (its token index second), or None."""
    if cut_off is None or cut_off[1] - subject.last - 1 > 3:
        return None
    end = cut_off[1]
    return replace(subject, last=end - 1, end=tokens[end - 1].end,
                   label=text[subject.start:tokens[end - 1].end],
                   name=text[tokens[subject.last + 1].start:tokens[end - 1].end])


def _unread_name(text: str, tokens: list[Token], low: int, high: int) -> bool:
    """tokens[low:high]: words of a name the grammar did not read (no list knows them, no
    article, letters only, nothing between them)."""
    return all(not broken(text, tokens, j) and tokens[j].norm.isalpha()
               and not tokens[j].norm.startswith("ال") and not L.one_of(tokens[j].norm, L._KNOWN)
               and not L.reporting_word(tokens[j].norm) for j in range(low, high))


def _two_verbs(text: str, tokens: list[Token], subject: Subject, k: int) -> bool:
    """"إن الموظفة غادرت واعتبرت …": a one-word "name" ending in ت, then و and a feminine
    verb: two verbs of the same woman, the first no name of hers."""
    name = subject.name or ""
    return " " not in name.strip() and name.endswith("ت") and tokens[k].norm[:1] == "و" \
        and L.feminine_verb(tokens[k].norm)


def _surname_subject(text: str, tokens: list[Token], j: int, entities: Entities,
                     words: int = 1) -> Subject | None:
    """Tokens j … j+words-1 as the subject, when they are the family name of the one person
    the article named in full ("الغامدي"، "تشاووش أوغلو"); else None. (The parser reads
    some such words as others: "بلاتر"، "بينيتيز" as بـ and a noun, "تشاووش" as a verb.)"""
    last = j + words - 1
    if last >= len(tokens) or any(broken(text, tokens, m) for m in range(j + 1, last + 1)) \
            or _preposition(text, tokens, j):
        return None     # ("وشدد على أن …": on, though "علي" sounds like "علوي")
    word = text[tokens[j].start:tokens[last].end]
    person = entities.by_surname(word)
    if person is None:
        return None
    if words == 1 and L.one_of(tokens[j].norm, L.TIME_WORDS) \
            and not _in_names(L.bare(tokens[j].norm), person):
        return None     # "وكشف الجمعة أن …": when (on Friday), not "جمعة جوهر جمعة" again;
        # but "وأعلن الخميس بأن …" after "محمد الخميس" is him, his name as written
    # (named as the person was in full, so that it resolves to them: a surname of two
    # words alone would not)
    return Subject(j, last, tokens[j].start, tokens[last].end, "person", word,
                   name=word if words == 1 else person.label)


# Words that may open a clause before its subject and verb ("لكن مصدرا مقربا منه ينفي").
_CLAUSE_OPENERS = L._norm("لكن ولكن بينما فيما كما ثم اذ حيث بل لذا لذلك وهنا هنا ايضا كذلك "
                          "وفي في اما فان فانه لان كون")


def _named_after_but(text: str, tokens: list[Token], first: int, subject: Subject) -> bool:
    """"لكن مورينيو قال، إن …": right after لكن or بينما and right before the verb of
    speech, one word no list knows, without the article and not a plural adjective
    ("محليين"), is who spoke, introduced or not ("لكن عمق الهوة …" is two words, a noun
    and its genitive; "لكن الأمر …" a word the lists know). So after "but that": "إلا أن
    ستون أورد رواية أخرى"."""
    word = tokens[subject.first].norm
    but = first > 0 and tokens[first - 1].norm in ("لكن", "ولكن", "بينما", "فيما") \
        or first > 1 and tokens[first - 1].norm == "ان" and tokens[first - 2].norm in _BUT_THAT \
        and not broken(text, tokens, first - 1)
    return but and not broken(text, tokens, first) and subject.kind == "person" \
        and subject.name is not None and subject.title is None \
        and subject.first == subject.last and not word.startswith("ال") \
        and not word.endswith(("يين", "يون")) and not L.one_of(word, L._KNOWN)


def _clause_head(tokens: list[Token], clause: int, k: int) -> bool:
    """Is the clause's first word the head of a name its next word goes on ("طالبان باكستان
    تنفي …": not باكستان alone)? A word no list knows, right before a country."""
    return clause + 1 < k and L.bare(tokens[clause + 1].norm) in L.COUNTRIES \
        and not L.one_of(tokens[clause].norm, L._KNOWN)


def _set_off(text: str, tokens: list[Token], start: int, k: int, longest: int = 10) -> bool:
    """tokens[start:k], who a subject is, between commas (right before its verb or its
    أن): no clause mark, verb of speech or particle in it, a few words (up to `longest`)."""
    return 0 < start < k <= start + longest and gap(text, tokens, start).strip() in (",", "،") \
        and gap(text, tokens, k).strip() in (",", "،") \
        and all(_CLAUSE_MARKS.isdisjoint(gap(text, tokens, j)) for j in range(start + 1, k)) \
        and not any(L.reporting_word(tokens[j].norm) and tokens[j - 1].norm not in _NOT_MADE
                    or L.particle(tokens[j].norm) for j in range(start, k))


def _longest_aside(tokens: list[Token], start: int) -> int:
    """How many words a piece set off at `start` may run: fourteen when it opens with a title
    ("هوارد شميت، مستشار أمن الفضاء الإلكتروني السابق للرئيس باراك أوباما وسلفه جورج دبليو
    بوش، يقول"), else ten (a longer piece is mostly what a verb before it governs)."""
    return 14 if L.says_who(tokens[start].norm) else 10


# "، طلب عدم ذكر اسمه،": a report not made (who someone is, not what they said).
_NOT_MADE = L._norm("عدم بعدم")


# "يعود فيقول": comes back to the matter, then says (the verb of saying with فـ after it).
_COMES_BACK = L._norm("يعود تعود عاد عادت يرجع ترجع رجع رجعت")


def _credible(subject: Subject, entities: Entities, at: int) -> bool:
    """A subject with a head a list knows, or a name the article has introduced (a bare
    family name included: "الزياني يؤكد …" when the article names عبد اللطيف الزياني)."""
    if subject.kind == "unknown":
        return " " not in subject.label.strip() \
            and entities.resolve(subject, at, introduce=False) is not None
    if subject.kind != "person" or subject.title and not _one_word_before_title(subject):
        return True
    return entities.resolve(subject, at, introduce=False) is not None


def _one_word_before_title(subject: Subject) -> bool:
    """A name of one word, then a title ("زيارة المعلم"): as likely a noun and its genitive
    (the visit of al-Muallem) as a man and his title, unless the article named him."""
    return bool(subject.name) and " " not in subject.name.strip() \
        and subject.label.strip().startswith(subject.name.strip())


def _fronted_subject(text: str, tokens: list[Token], k: int, number: int) -> Subject | None:
    fronted = _fronted(tokens, k)
    if fronted is None:
        return None
    at, k = fronted
    subject = parse_subject(text, tokens, at + 1, k)
    if subject is None:
        return None
    if subject.last == k - 1:
        return subject
    # "أما منيف الزهيري، وهو قيادي في القوات …، فأفاد": the subject, then who he is, between
    # commas
    after = subject.last + 1
    aside = tokens[after].norm in ("وهو", "وهي", "وهم", "الذي", "التي", "الذين") \
        and not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, after)) \
        and not _CLAUSE_MARKS.isdisjoint(gap(text, tokens, k))
    if aside and subject.last - at <= 10:
        return subject
    # "أما محمد بكر، والد القتلى الأربعة، فإنه قال …": a person's name, then who he is set off
    # by commas, a few words with no verb of report
    if subject.kind == "person" and subject.name and k - after <= 8 \
            and not set(gap(text, tokens, after)).isdisjoint(",،") \
            and not set(gap(text, tokens, k)).isdisjoint(",،") \
            and not any(L.reporting_word(tokens[j].norm) for j in range(after, k)):
        return subject
    # "أما طارق فهمي أستاذ العلاقات الدولية … جامعة القاهرة فقال": all between أما and فـ is
    # the topic; a person's name opening it, with a few more words of who they are, speaks
    if subject.kind == "person" and subject.name and k - after <= 6 \
            and all(_CLAUSE_MARKS.isdisjoint(gap(text, tokens, j)) for j in range(after, k)) \
            and not any(L.reporting_word(tokens[j].norm) for j in range(after, k)):
        return subject
    return None
