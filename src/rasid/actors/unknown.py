"""Names the knowledge base lacks: the CRF's PERS/ORG entities become typed mentions, coded from context.

Knowledge-base mentions win: an entity that overlaps one is dropped, except that a full name around a
KB surname matched alone is another bearer of that surname ("بهاء الحريري" is not Saad al-Hariri).
What is left is coded only when the sentence itself says who the name is:
- a person-title phrase with a country right before it ("وزير الخارجية العماني بدر البوسعيدي") makes one
  person mention over both, with the phrase's code;
- the same phrase right after it, in apposition ("بدر البوسعيدي، وزير الخارجية العماني"), gives its code;
- a lone surname repeats a person named in full earlier in the document (KB or not);
- an organisation right before a nisba ("حركة النهضة التونسية") gets that country's code.
Otherwise the code stays empty. Every unknown name gets a Latin transliteration for display.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from rasid.actors.fuzzy import within_one_edit
from rasid.actors.model import KnowledgeBase
from rasid.ner.model import Entity
from rasid.ner.transliterate import transliterate
from rasid.records import Mention, stable_id
from rasid.text.clitics import Word, clitic_readings
from rasid.text.normalize import normalize, normalize_key

NER_TYPES = {"PERS": "PER", "ORG": "ORG"}
GAP = re.compile(r"^[\s،,\-–]*$")
MIN_SURNAME = 3
MIN_TRIMMED = 4  # a shorter rest is more likely a name read as clitic+stem (بسام, وائل)
MAX_NAME_WORDS = 6
# Words no name contains: a recognised span running over them has swallowed a clause ("مصادر ميدانية في
# الحديدة إن اشتباكات جرت", "الوكالة إن القاضية اتخذت هذا القرار").
NOT_IN_NAMES = frozenset(normalize_key(w) for w in (
    "إن", "أن", "بأن", "لأن", "الذي", "التي", "الذين", "اللذين", "قد", "لقد", "لم", "لن", "هذا", "هذه", "ذلك",
    "كان", "كانت", "حيث", "عندما", "بعد", "قبل", "خلال", "منذ", "حتى"))
LONG_NAME_WORDS = 3  # a longer span with في ran past the name into a place phrase


@dataclass(frozen=True, slots=True)
class Candidate:
    """A mention being built for one sentence, with the agent of its role phrase (person/group/"")."""

    mention: Mention
    agent: str = ""


@dataclass(slots=True)
class DocumentPeople:
    """People named in full so far in one document, by the normalised last word of their name."""

    by_surname: dict[str, list[Mention]] = field(default_factory=dict)
    # Words that end a name but are no name alone: ordinals ("تواضروس الثاني" is not "الثاني", which in
    # "كانون الثاني" is a month's name).
    not_names: frozenset[str] = frozenset()

    def remember(self, mention: Mention) -> None:
        words = normalize_key(mention.text).split()
        if (mention.type == "PER" and len(words) >= 2 and len(words[-1]) >= MIN_SURNAME
                and words[-1] not in self.not_names):
            self.by_surname.setdefault(words[-1], []).append(mention)

    def contradicts(self, mention: Mention) -> bool:
        """A lone surname matched to a KB person while someone else with that surname was named earlier."""
        words = normalize_key(mention.text).split()
        if mention.type != "PER" or len(words) != 1:
            return False
        return any((m.actor_id or m.name) != mention.actor_id for m in self.by_surname.get(words[0], []))

    def name_reading(self, word: str) -> tuple[str, int] | None:
        """``word`` read as the last word of a name met before, whole or without the proclitics glued to it
        as the matcher reads names (``clitic_readings``: "لكيم" is ل + كيم, "للإرياني" ل + الإرياني): the
        normalised last word and the number of letters glued (fewest first); None when no reading is."""
        key = normalize_key(word)
        if " " in key or not key:
            return None
        for stem, skipped, _ in sorted(clitic_readings(Word(0, 0, len(key), key, "")), key=lambda r: r[1]):
            if len(stem) >= MIN_SURNAME and stem in self.by_surname and key[:skipped] == word[:skipped]:
                return stem, skipped
        return None

    def named(self, surname: str) -> Mention | None:
        """The one person (by actor id or name) whose full name ended with ``surname``; None if several."""
        found = self.by_surname.get(surname, [])
        people = {m.actor_id or m.name for m in found}
        return found[-1] if len(people) == 1 else None


def ordinal_words(ordinals: Iterable[str]) -> frozenset[str]:
    """One-word ordinals (the temporal area's table, masculine) with their feminine forms: الثاني، الثانيه."""
    words = [w for w in ordinals if " " not in w]
    return frozenset([*words, *(w + "ه" for w in words)])


def trim_proclitic(entity: Entity, proclitics: Callable[[str], str],
                   people: DocumentPeople | None = None) -> Entity:
    """Drop a conjunction/preposition glued to the first word ("وسامي" -> "سامي"), which ANERcorp-style
    tagging keeps; ``proclitics(word)`` is the segmenter's reading (so وليد and فايز stay whole). A one-word
    name is first read against the names met before (``people``): "بونعيم" after "نجية بونعيم" stays whole
    (not و + نعيم), "لزياد" after "زياد عزيز" loses the ل that the segmenter keeps on short words."""
    first = entity.text.split()[0] if entity.text.split() else ""
    reading = people.name_reading(entity.text) if people is not None else None
    glued = first[:reading[1]] if reading is not None else None
    if glued is None:
        glued = proclitics(first)
        glued = glued[:-2] if glued.endswith("ال") else glued
        if not glued or glued.startswith("لل") or len(first) - len(glued) < MIN_TRIMMED:
            return entity
    return replace(entity, start=entity.start + len(glued), text=entity.text[len(glued):])


def is_other_bearer(candidate: Candidate, text: str, start: int, end: int, kb: KnowledgeBase) -> bool:
    """A KB surname matched alone inside a longer recognised name ("بهاء الحريري" is not Saad al-Hariri),
    unless the name before it is (a spelling of) the KB person's own first name."""
    m = candidate.mention
    if m.type != "PER" or " " in m.text.strip() or not (start < m.start and m.end <= end) or not m.actor_id:
        return False
    if text[m.start - 1].isalpha():
        return False  # the span only adds a clitic glued to the surname ("لكيم" is ل + Kim), not a first name
    first = normalize_key(text[start:m.start]).split()[:1]
    own = normalize_key(kb.actor(m.actor_id).name_ar).split()[:1]
    return not (first and own and (first == own or within_one_edit(first[0], own[0])))


def gap_ok(text: str, start: int, end: int) -> bool:
    return start <= end and bool(GAP.match(text[start:end]))


def overlaps(start: int, end: int, candidates: Sequence[Candidate]) -> bool:
    return any(c.mention.start < end and start < c.mention.end for c in candidates)


def unknown_names(kb: KnowledgeBase, doc_id: str, text: str, sentence_index: int, entities: Sequence[Entity],
                  candidates: list[Candidate], people: DocumentPeople, provenance: str) -> list[Candidate]:
    """``candidates`` (KB mentions of one sentence, raw offsets into ``text``) plus the unknown names."""
    out = list(candidates)
    for entity in entities:
        kind = NER_TYPES.get(entity.type)
        surface, start, end = entity.text, entity.start, entity.end
        if kind == "PER":
            out = [c for c in out if not is_other_bearer(c, text, start, end, kb)]
        if kind is None or overlaps(start, end, out) or not plausible_name(surface, people.not_names):
            continue
        mention = Mention(id=stable_id(doc_id, start, end, "ner", kind), doc_id=doc_id, start=start, end=end,
                          text=surface, type=kind, norm=normalize(surface).text, sentence_index=sentence_index,
                          name=transliterate(surface), provenance=provenance)
        out = attach(text, mention, out, people)
    return sorted(out, key=lambda c: c.mention.start)


def plausible_name(surface: str, not_names: frozenset[str] = frozenset()) -> bool:
    """Whether a recognised span can be a name: short, no digits, no clause words, not one word that is no
    name alone (an ordinal: "الثاني")."""
    words = normalize_key(surface).split()
    if not words or len(words) > MAX_NAME_WORDS or any(w.isdigit() for w in words):
        return False
    if len(words) == 1 and words[0] in not_names:
        return False
    if any(w in NOT_IN_NAMES for w in words):
        return False
    return not (len(words) > LONG_NAME_WORDS and "في" in words)


def attach(text: str, mention: Mention, out: list[Candidate], people: DocumentPeople) -> list[Candidate]:
    """Code ``mention`` from its neighbours and add it; a title right before it is merged into it."""
    if mention.type == "ORG":
        return [*out, Candidate(with_nisba_after(text, mention, out))]
    before = next((c for c in out if is_title(c) and gap_ok(text, c.mention.end, mention.start)), None)
    if before is not None:
        merged = replace(mention, id=stable_id(mention.doc_id, before.mention.start, mention.end, "ner", "PER"),
                         start=before.mention.start, text=text[before.mention.start:mention.end],
                         norm=normalize(text[before.mention.start:mention.end]).text, code=before.mention.code)
        people.remember(merged)
        return [c for c in out if c is not before] + [Candidate(merged, "person")]
    after = next((c for c in out if is_title(c) and gap_ok(text, mention.end, c.mention.start)), None)
    if after is not None:
        mention = replace(mention, code=after.mention.code)
    mention = same_as_named(mention, people)
    people.remember(mention)
    return [*out, Candidate(mention)]


def is_title(candidate: Candidate) -> bool:
    """A role phrase naming one official of a known country or body ("وزير الخارجية العماني")."""
    return candidate.agent == "person" and candidate.mention.type == "ROLE" and len(candidate.mention.code) > 3


def same_as_named(mention: Mention, people: DocumentPeople) -> Mention:
    """A one-word person name that ends a full name met earlier is that person."""
    reading = people.name_reading(mention.text) if not mention.code else None
    earlier = people.named(reading[0]) if reading is not None else None
    if earlier is None:
        return mention
    return replace(mention, actor_id=earlier.actor_id, code=earlier.code, name=earlier.name)


def with_nisba_after(text: str, mention: Mention, out: list[Candidate]) -> Mention:
    nisba = next((c.mention for c in out if c.mention.type == "NISBA" and gap_ok(text, mention.end, c.mention.start)
                  and c.mention.start - mention.end <= 1), None)
    return replace(mention, code=nisba.code[:3]) if nisba is not None else mention
