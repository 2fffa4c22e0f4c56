"""Who did it and to whom: source and target groups for one trigger in one sentence.

Arabic news is mostly verb-subject-object, often subject-verb-object; a relative pronoun hands the verb
its antecedent as subject; a passive or an "undergo" verb (تعرض، تلقى) swaps the roles and marks the agent
with من قبل / من; a verbal noun takes its source from the actor after it (زيارة السراج) or from the
subject of the light verb before it (أجرى الرئيس اتصالا).
"""

from __future__ import annotations

from dataclasses import dataclass

from rasid.events.arguments import Group, Member
from rasid.events.cues import Cues
from rasid.events.match import PREPOSITIONS, TriggerMatch
from rasid.events.words import Word, strip_conjunction
from rasid.text.clitics import CONJUNCTION_LETTERS, MARKER_PREPOSITIONS, OBJECT_PRONOUNS

VSO_WINDOW = 2  # the subject follows the verb closely; a later actor is an object or adjunct
SVO_CLOSE = 2
SVO_WINDOW = 8
GENITIVE_GAP = 1
LIGHT_WINDOW = 4
PREP_PHRASE_WINDOW = 6
OBJECT_WINDOW = 2  # a direct object follows the verb (or its subject) closely; adverbs may intervene
BARE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "REB", "UAF", "OPP", "PTY", "CVL", "MED", "BUS", "NGO",
                        "IGO", "SPY", "LAB", "EDU", "REF", "HLH", "AGR", "ELI", "IMG", "CRM", "RAD"})
QUANTITIES = frozenset({"عدد", "عشرات", "مئات", "الاف", "العديد", "بعض", "مجموعه", "عددا", "كثير", "اغلب",
                        # counted people: "تحييد 20 عنصرا من حزب العمال"، "مقتل 30 مسلحا من الحوثيين"
                        "عنصرا", "عناصر", "مسلحا", "مسلحين", "مقاتلا", "مقاتلين", "جنديا", "جنود", "قياديا",
                        "قيادات", "شخصا", "اشخاص", "افراد", "فردا"})
OBJECT_OF_GAP = 2  # قصف مواقع للمعارضة: the actor owning the object noun
NOMINAL_SUBJECT_REACH = 6
DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هولاء"})
PRONOUN_SUBJECTS = frozenset({"انه", "انها", "انهم", "انهما", "هو", "هي", "هم", "كانه", "كانها", "كانهم",
                              "وكانه", "وكانها", "وكانهم"})


@dataclass(frozen=True, slots=True)
class Sentence:
    """What role finding needs to know about a sentence."""

    words: tuple[Word, ...]
    cues: Cues
    groups: tuple[Group, ...]
    matches: tuple[TriggerMatch, ...]
    claimed: dict[int, int]  # group index -> head word of the nominal trigger whose argument it is
    sites: tuple[Group, ...] = ()  # event places of the sentence, coded by country (rasid.events.sites)

    def clause(self, index: int) -> tuple[int, int]:
        return self.cues.clause(index, len(self.words))

    def trigger_between(self, start: int, end: int, exclude: TriggerMatch) -> bool:
        return any(start <= m.first < end and m is not exclude and m.pos in ("perfect", "imperfect")
                   for m in self.matches)


@dataclass(frozen=True, slots=True)
class Roles:
    source: Group | None
    target: Group | None
    explicit: bool  # the source was found in the text, not inherited
    how: str  # vso | svo | relative | genitive | light | inherited | none


def _unclaimed(sentence: Sentence, match: TriggerMatch) -> list[Group]:
    return [g for i, g in enumerate(sentence.groups) if sentence.claimed.get(i, match.first) == match.first]


GUESSED_COUNTRY = "+home"  # rasid.actors.home: a role given the article's country, not its own phrase's


def coded(group: Group, guessed: bool = True) -> bool:
    """Whether any member names an actor with a usable code (a bare role like GOV names no one). With
    ``guessed`` False, a role whose country was only guessed from the article does not count."""
    return any(len(m.code) >= 3 and m.code not in BARE_ROLES and (guessed or not _guessed(m)) for m in group.members)


def _guessed(member: Member) -> bool:
    return all(GUESSED_COUNTRY in m.provenance for m in member.mentions if m.code)


def _after(sentence: Sentence, match: TriggerMatch, index: int, end: int, marker: str = "") -> list[Group]:
    return [g for g in _unclaimed(sentence, match) if index <= g.first < end and g.marker == marker]


def _before(sentence: Sentence, match: TriggerMatch, index: int, start: int) -> list[Group]:
    return [g for g in _unclaimed(sentence, match) if start <= g.first and g.last < index and g.marker == ""]


def relative_antecedent(sentence: Sentence, index: int) -> Group | None:
    """The actor a relative pronoun right before word ``index`` refers to (قيس سعيد الذي شكك); an actor
    that is the agent of a participle (المدعومة من الأمم المتحدة التي) is not the antecedent."""
    hit = sentence.cues.ending_near("relative", index, 1)
    if hit is None:
        return None
    found = [g for i, g in enumerate(sentence.groups)
             if hit.start - 3 <= g.last < hit.start and i not in sentence.claimed
             and not _event_noun_between(sentence, g.last, hit.start)]
    return found[-1] if found else None


def _event_noun_between(sentence: Sentence, after: int, before: int) -> bool:
    """"أدان الأمين العام الهجوم الذي استهدف قافلة": an event noun right before the relative pronoun is its
    antecedent, so the actor before that noun is not."""
    return any(after < m.first < before and m.pos not in ("perfect", "imperfect") for m in sentence.matches)


def find_subject(sentence: Sentence, match: TriggerMatch, anchor: int) -> tuple[Group | None, str]:
    """The subject of the verb at word ``anchor``: relative antecedent, SVO topic or VSO subject."""
    start, end = sentence.clause(anchor)
    head_end = max(match.first + 1, match.head_end) if anchor == match.first else anchor + 1
    after = [g for g in _after(sentence, match, head_end, end) if _free_words(sentence, head_end, g.first) < VSO_WINDOW]
    relative = sentence.cues.ending_near("relative", anchor, 1)
    if relative is not None:
        if after and after[0].first == head_end and after[0].members[0].mentions[0].type == "REFLEXIVE":
            return after[0], "vso"  # "الذي تدعم بلاده": a subject with a pronoun back to the antecedent
        if (match.suffix and anchor == match.first) or _pronoun_on_preposition(sentence, match):
            return None, "relative-object"  # "التي تدعمها"، "التي يسيطر عليها": the antecedent is the object
        antecedent = relative_antecedent(sentence, anchor)
        return (antecedent, "relative") if antecedent is not None else (None, "relative-unknown")
    if anchor == match.first and _indefinite_relative(sentence, match):
        return None, "relative-object"  # "مواقع يسيطر عليها حزب الله": a relative clause without الذي
    before = [g for g in _before(sentence, match, anchor, start)
              if not sentence.trigger_between(g.last, anchor, match)]
    if before and anchor - before[-1].last <= SVO_CLOSE:
        return before[-1], "svo"
    if not before and _noun_after_complementizer(sentence, start, anchor):
        return None, "nominal"  # "أن السرج استقبل": the subject precedes the verb but names no known actor
    if not before and pronoun_subject_before(sentence, anchor):
        return None, "pronoun"  # the subject is whoever the pronoun refers to, never the actor after the verb
    if not before and nominal_subject_before(sentence, start, anchor):
        return None, "nominal"  # "هذا الهجوم استهدف مدنيين": the actor after the verb is its object
    if after:
        return after[0], "vso"
    if before and anchor - before[-1].last <= SVO_WINDOW:
        return before[-1], "svo"
    return None, "none"


PRONOUN_PREPOSITIONS = ("علي", "الي", "مع", "ضد", "من", "عن", "في", *sorted(MARKER_PREPOSITIONS))


def _pronoun_on_preposition(sentence: Sentence, match: TriggerMatch) -> bool:
    """"البلدة التي يسيطر عليها التنظيم": a preposition carrying a pronoun right after a relative verb
    points back to the antecedent, which is then the verb's object."""
    index = max(match.covered) + 1
    if index >= len(sentence.words):
        return False
    word = sentence.words[index].norm
    return any(word == p + s or (p in ("علي", "الي") and word == p[:-1] + "ي" + s)
               for p in PRONOUN_PREPOSITIONS for s in OBJECT_PRONOUNS)


def _indefinite_relative(sentence: Sentence, match: TriggerMatch) -> bool:
    """An imperfect verb right after an indefinite plain noun, taking it back by a pronoun ("بلدات تسيطر
    عليها"، "مخازن تستخدمها") describes that noun: Arabic drops الذي after an indefinite antecedent."""
    if match.pos != "imperfect" or match.first == 0 or match.prefix:
        return False
    previous = sentence.words[match.first - 1]
    named = any(g.last == match.first - 1 for g in sentence.groups)
    if previous.is_punct or previous.norm.startswith(("ال", "و")) or named:
        return False
    resumed = match.suffix in OBJECT_PRONOUNS or _pronoun_on_preposition(sentence, match)
    return resumed and not any(m.first == match.first - 1 for m in sentence.matches)


def relative_object_subject(sentence: Sentence, match: TriggerMatch) -> Group | None:
    """The subject of a relative verb whose object is the antecedent: the actor right after the verb (and
    its pronoun-carrying preposition): "حكومة الوفاق التي تدعمها تركيا"."""
    start = max(match.covered) + 1 + (1 if _pronoun_on_preposition(sentence, match) else 0)
    _, end = sentence.clause(match.first)
    found = [g for g in _after(sentence, match, start, max(end, start + 1)) if g.first - start <= VSO_WINDOW]
    return found[0] if found else None


def nominal_subject_before(sentence: Sentence, start: int, anchor: int) -> bool:
    """The verb's clause opens with a noun phrase naming no actor ("الفيدرالية الدولية ... تطالب تركيا"،
    "45 عنصرا قتلوا"، "كما أنها طالبت"): Arabic puts such a subject first, so an actor after the verb is
    its object. A time word, a preposition or a comma before the verb is an adjunct, not a subject."""
    if any(start <= m.first < anchor and m.pos in ("perfect", "imperfect") for m in sentence.matches):
        return False
    words = sentence.words[start:anchor]
    while words and sentence.cues.covers("boundary", words[0].index):
        words = words[1:]
    if not words or len(words) > NOMINAL_SUBJECT_REACH or any(w.is_punct for w in words):
        return False
    first = words[0].norm[1:] if words[0].norm[:1] in CONJUNCTION_LETTERS and len(words[0].norm) > 3 else words[0].norm
    if sentence.cues.covers("adverbial", words[0].index) or first in PREPOSITIONS:
        return False
    return first.startswith("ال") or first in DEMONSTRATIVES or first.isdigit()


def pronoun_subject_before(sentence: Sentence, anchor: int) -> bool:
    """"كما أنها طالبت": a pronoun (often on أن) right before the verb is its subject."""
    return anchor > 0 and strip_conjunction(sentence.words[anchor - 1].norm) in PRONOUN_SUBJECTS


def _stops_phrase(sentence: Sentence, index: int) -> bool:
    if any(m.first == index and m.pos in ("perfect", "imperfect") for m in sentence.matches):
        return True
    word = sentence.words[index].norm
    if word[:1] == "و" and word[1:] in PREPOSITIONS:  # "... ومن الرئيس الجزائري": a new coordinated phrase
        return True
    return any(sentence.cues.covers(kind, index) for kind in ("negation", "boundary", "complement", "relative"))


def _opens_phrase(word: Word, marker: str, after: int, verbal: bool) -> bool:
    """A preposition word, or a noun with the clitic ب/ل: anywhere in a verb's clause, right after a noun."""
    if word.norm == marker or (word.norm[:1] in CONJUNCTION_LETTERS and word.norm[1:] == marker):
        return True
    attached = len(marker) == 1 and word.norm.startswith(marker) and len(word.norm) > 3
    return attached and (verbal or word.index <= after + 1)


NUMBER_WORDS = frozenset({"ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "عشرين", "ثلاثين",
                          "اربعين", "خمسين", "مئه", "الفا", "اثنين", "اثنان"})


def _partitive(sentence: Sentence, group: Group) -> bool:
    """"عدد من المعتقلين"، "عشرة من الحوثيين"، "45 من المسلحين": من after a quantity picks out the actor."""
    if group.marker != "من" or group.marker_at == 0:
        return False
    word = sentence.words[group.marker_at - 1].norm
    return word in QUANTITIES or word in NUMBER_WORDS or word.isdigit()


def _in_phrase(sentence: Sentence, group: Group, marker: str) -> bool:
    """An actor inside the phrase can be the target, except a place after في (a location, not a party)."""
    if group.marker not in ("", "ل", "في", "بين", marker) and not _partitive(sentence, group):
        return False
    places = ("GPE", "CAPITAL", "CITY", "PLACE", "LOC")
    return not (group.marker == "في" and group.members[0].mentions[0].type in places)


def _noun_after_complementizer(sentence: Sentence, start: int, anchor: int) -> bool:
    """After أن/إن the subject comes first; a word between the complementizer and the verb is that subject."""
    opener = sentence.cues.at(start, "complement")
    return opener is not None and opener.end < anchor and sentence.words[opener.start].norm in ("ان", "بان")


def _prep_phrase_target(sentence: Sentence, marker: str, after: int, end: int, verbal: bool,
                        guessed: bool = True) -> Group | None:
    """"إلى رؤساء خمس دول هي X و Y"، "بجهود الوساطة الكويتية": the actor a few words into the phrase a
    preposition opens, when the preposition itself governs a plain noun."""
    for word in sentence.words[after:end]:
        if not _opens_phrase(word, marker, after, verbal):
            continue
        limit = min(end, word.index + PREP_PHRASE_WINDOW)
        stop = next((i for i in range(word.index + 1, limit) if _stops_phrase(sentence, i)), limit)
        groups = [g for g in sentence.groups
                  if word.index <= g.first < stop and _in_phrase(sentence, g, marker) and coded(g, guessed)]
        return groups[0] if groups else None
    return None


def find_target(sentence: Sentence, match: TriggerMatch, after: int, exclude: Group | None) -> Group | None:
    """The first group the trigger's frame marks, in frame order, after word ``after``; an actor whose
    country the text names wins over a role given the article's country."""
    named = _framed_target(sentence, match, after, exclude, guessed=False)
    return named if named is not None else _framed_target(sentence, match, after, exclude, guessed=True)


def _framed_target(sentence: Sentence, match: TriggerMatch, after: int, exclude: Group | None,
                   guessed: bool) -> Group | None:
    _, end = sentence.clause(match.first)
    end = max(end, after)
    for marker in match.trigger.frame:
        wanted = "" if marker == "obj" else marker
        found = [g for g in _after(sentence, match, after, end, wanted) if g is not exclude and coded(g, guessed)
                 and not _main_verb_between(sentence, after, g.first, match)]  # never past the next verb
        if marker == "obj":
            found = [g for g in found if _free_words(sentence, after, g.first) <= OBJECT_WINDOW]
        if marker == "obj" and not found:
            found = [g for g in _after(sentence, match, after, end, "ل") if g.marker_at - after <= OBJECT_OF_GAP]
            found += [g for g in _after(sentence, match, after, end, "من") if _partitive(sentence, g)
                      and g.marker_at - after <= OBJECT_OF_GAP]  # "اعتقلت عددا من المحتجين"
            found += _object_noun_owner(sentence, match, after)
        if marker == "من قبل":
            found += _after(sentence, match, after, end, "agent")
        if found:
            return found[0]
        if marker != "obj":
            phrase = _prep_phrase_target(sentence, marker, after, end, match.pos in ("perfect", "imperfect"), guessed)
            if phrase is not None and phrase is not exclude:
                return phrase
    if "obj" in match.trigger.frame:  # last resort: an actor inside the object's noun phrase
        inside = _object_phrase_actor(sentence, match, after, end, exclude, guessed)
        return inside[0] if inside else None
    return None


OBJECT_PHRASE_REACH = 6
PHRASE_LINKS = frozenset({"", "من", "ل", "الي"})


def _object_phrase_actor(sentence: Sentence, match: TriggerMatch, after: int, end: int, exclude: Group | None,
                         guessed: bool) -> list[Group]:
    """"اعتقل الأمن عددا من قادة المعارضة"، "منعت السلطات دخول المساعدات إلى قطاع غزة"، "استهدفت الغارة
    قافلة تابعة للأمم المتحدة": when the object is a plain noun phrase, the first actor inside it (its owner,
    a partitive or the goal of the movement it names) is the target; the phrase ends at a comma, a verb or a
    new clause, and a place after في is where, not whom."""
    if after >= end or _opens_prepositional(sentence.words[after]):
        return []  # "دعت إيطاليا في عدة مناسبات"، "دعا إلى إجراء تحقيق": no direct object after the verb
    stop = next((i for i in range(after, end) if _ends_object_phrase(sentence, i)), end)
    owner = _relative_owner(sentence, match, stop, end)
    for group in sentence.groups:
        if not after <= group.first < stop or group is exclude or not coded(group, guessed):
            continue
        if _free_words(sentence, after, group.first) > OBJECT_PHRASE_REACH:
            return []
        if _after_participle(sentence, group):
            continue  # "الحكومة المدعومة من الأمم المتحدة": the agent of a description, not the object
        if group.marker in PHRASE_LINKS or _partitive(sentence, group) or _in_phrase(sentence, group, "في"):
            return [group]
    return [owner] if owner is not None and owner is not exclude and coded(owner, guessed) else []


def _relative_owner(sentence: Sentence, match: TriggerMatch, stop: int, end: int) -> Group | None:
    """"قصفت مواقع يسيطر عليها حزب الله"، "مخازن أسلحة تستخدمها ميليشيا الحوثي": the object phrase ends in
    a relative verb taking it back by a pronoun; that verb's subject owns the object."""
    if stop >= end or stop == max(match.covered) + 1:
        return None
    word = sentence.words[stop]
    verb = next((m for m in sentence.matches if m.first == stop and m.pos == "imperfect"), None)
    resumed = (verb is not None and (verb.suffix in OBJECT_PRONOUNS or _pronoun_on_preposition(sentence, verb))) or (
        verb is None and word.norm[:1] in "يت" and word.norm.endswith(OBJECT_PRONOUNS) and len(word.norm) > 4)
    if not resumed:
        return None
    start = stop + 1 + (1 if verb is not None and _pronoun_on_preposition(sentence, verb) else 0)
    found = [g for g in sentence.groups if start <= g.first <= start + 1 and g.marker == ""]
    return found[0] if found else None


def _ends_object_phrase(sentence: Sentence, index: int) -> bool:
    """A comma, a verb, a new clause, an adjunct preposition or a ب-phrase ("بحماية الشرطة") ends it."""
    word = sentence.words[index]
    quote = word.norm in "\"'«»“”"
    if strip_conjunction(word.norm) == "في":  # "قياديا في حركة الشباب" goes on; "في ضربة جوية" does not
        return not any(g.first == index + 1 and _in_phrase(sentence, g, "في") for g in sentence.groups)
    return ((word.is_punct and not quote) or _stops_phrase(sentence, index) or _adjunct_word(word)
            or (_clitic_phrase(strip_conjunction(word.norm)) and strip_conjunction(word.norm)[:1] == "ب"))


def _opens_prepositional(word: Word) -> bool:
    """A preposition or a noun with ب/ل attached ("للتوسع"، "بإجراء") starts a phrase that is no object."""
    core = strip_conjunction(word.norm)
    return core in PREPOSITIONS or _clitic_phrase(core)


def _clitic_phrase(core: str) -> bool:
    """ب/ل written on a noun: "بالقوة"، "للتوسع"، "بإجراء" (not بلدات، لجنة, whose ب/ل is a root letter)."""
    return len(core) > 4 and core.startswith(("بال", "لل", "با"))


def _adjunct_word(word: Word) -> bool:
    """A preposition other than those linking a noun phrase's parts (من، لـ، إلى، في after a person noun:
    "قياديا في حركة الشباب") opens an adjunct."""
    core = strip_conjunction(word.norm)
    return core in PREPOSITIONS and core not in PHRASE_LINKS and core != "في"


def _after_participle(sentence: Sentence, group: Group) -> bool:
    start = group.marker_at if group.marker else group.first
    return any(m.pos == "participle" and start - 2 <= max(m.covered) < start for m in sentence.matches)


def _main_verb_between(sentence: Sentence, start: int, end: int, match: TriggerMatch) -> bool:
    """A verb trigger in [start, end) outside a relative clause ("الذي زار الدوحة" may stand between a verb
    and its target)."""
    return any(start <= m.first < end and m is not match and m.pos in ("perfect", "imperfect")
               and sentence.cues.ending_near("relative", m.first, 1) is None for m in sentence.matches)


def _object_noun_owner(sentence: Sentence, match: TriggerMatch, after: int) -> list[Group]:
    """"رفض دعوة الحكومة اليمنية": when the object is an event noun, the actor it belongs to is the target."""
    nouns = [m for m in sentence.matches if m.pos not in ("perfect", "imperfect") and after <= m.first
             and _free_words(sentence, after, m.first) < OBJECT_WINDOW]
    if not nouns:
        return []
    owner = genitive(sentence, nouns[0])
    return [owner] if owner is not None and owner.marker == "" and coded(owner) else []


def find_agent(sentence: Sentence, match: TriggerMatch) -> Group | None:
    """Source of an inverse/passive trigger: من قبل / على يد / من X, or an actor right after (دعم أمريكي)."""
    _, end = sentence.clause(match.first)
    after = max(match.covered) + 1
    for marker in ("agent", "من"):
        found = _after(sentence, match, after, end, marker)
        if found:
            return found[0]
    behind = _behind_agent_noun(sentence, after, end)
    if behind is not None:
        return behind
    close = [g for g in _after(sentence, match, after, end) if g.first - after <= GENITIVE_GAP]
    return close[0] if close else None


AGENT_NOUN_REACH = 5


def find_marked_agent(sentence: Sentence, match: TriggerMatch) -> Group | None:
    """The agent of a passive verb: only one the text marks (من قبل، على يد), never the actor right after
    the verb, which is the verb's subject (وقُتل ثلاثة جنود أتراك)."""
    _, end = sentence.clause(match.first)
    after = max(match.covered) + 1
    found = _after(sentence, match, after, end, "agent")
    return found[0] if found else _behind_agent_noun(sentence, after, end)


def _behind_agent_noun(sentence: Sentence, after: int, end: int) -> Group | None:
    """"على يد مسلحين تابعين لجماعة الحوثي"، "من قبل عناصر من داعش": the agent cue governs a plain noun
    whose owner, a few words on, is the actor."""
    for hit in sentence.cues.of_kind("agent"):
        if after <= hit.start < end:
            found = [g for g in sentence.groups if hit.end < g.first <= hit.end + AGENT_NOUN_REACH and coded(g)
                     and not any(w.is_punct and w.norm not in "\"'«»" for w in sentence.words[hit.end:g.first])]
            return found[0] if found else None
    return None


def genitive(sentence: Sentence, match: TriggerMatch) -> Group | None:
    """The actor a verbal noun is annexed to; none when a pronoun is attached ("رفضه لقرارات الحكومة": the
    pronoun is the owner, the actor after it belongs to the next phrase)."""
    if match.suffix and match.pos not in ("perfect", "imperfect"):
        return None
    after = max(match.covered) + 1
    for group in sentence.groups:
        between = sentence.words[after:group.first]
        if any(w.norm[:1] == "و" or w.is_punct or _prepositional(w) for w in between) or \
                sentence.trigger_between(after, group.first, match):
            continue  # "تدين الهجوم وتطالب مجلس الأمن": a conjunction ends the noun phrase; "المطالبة بإقالة
            # رئيس الوزراء": the actor is inside the prepositional phrase, not the noun's owner
        if after <= group.first <= after + GENITIVE_GAP and group.marker in ("", "ل"):
            if group.marker == "ل" and "ل" in match.trigger.frame:
                return None
            return group
    return None


def _prepositional(word: Word) -> bool:
    """A preposition, or a noun with ب attached ("بإقالة"): it opens a phrase of its own."""
    return word.norm in PREPOSITIONS or (word.norm[:1] == "ب" and len(word.norm) > 4)


def _free_words(sentence: Sentence, start: int, end: int) -> int:
    """Words in [start, end) outside actor groups: "توجيه رئيس البرلمان العربي، السلمي رسائل" is close."""
    inside = {i for g in sentence.groups for i in range(g.first, g.last + 1)}
    return sum(1 for i in range(start, end) if i not in inside and not sentence.words[i].is_punct)


ADJUNCT_OPENERS = frozenset({"في", "خلال", "عبر", "بعد", "قبل", "اثناء", "منذ", "لدي", "امام"})  # "في لقاء مع"


def light_verb(sentence: Sentence, match: TriggerMatch) -> int | None:
    """Index of a light or reporting verb governing a verbal noun (أجرى اتصالا، أعلن رفض، شن هجوما).

    A noun that is the object of another event verb (أدان الهجوم) is that event's content, not a source."""
    for hit in sentence.cues.of_kind("light"):
        if hit.start < match.first and _free_words(sentence, hit.end, match.first) <= LIGHT_WINDOW:
            return hit.start
    for other in sentence.matches:
        reporting = other.trigger.reporting and other.pos in ("perfect", "imperfect")
        reach = max(other.covered)  # "جدد التأكيد على دعم": counted from the end of its tail
        subject = next((g for g in sentence.groups if g.first == reach + 1 and g.marker == ""), None)
        adjunct = match.first > 0 and strip_conjunction(sentence.words[match.first - 1].norm) in ADJUNCT_OPENERS
        if subject is not None and subject.last < match.first and not adjunct:
            reach = subject.last  # "شددت منظمة العفو الدولية على ضرورة": counted past the verb's subject
        if reporting and other.first < match.first and match.first - reach <= LIGHT_WINDOW:
            return other.first
    return None
