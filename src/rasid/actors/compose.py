"""Turn dictionary matches into resolved actor mentions, composing role nouns with what follows them.

A role phrase is a chain of role nouns ("المتحدث باسم" "وزارة الخارجية"), optionally joined by في, then:
- a nisba, country or capital: the country plus the chain's sector ("وزير الدفاع الإيطالي" ITAGOV);
- an organisation or group (possibly after ل or في): that actor's code, with GOV replaced by the chain's
  sector for forces of a government ("القوات الموالية لحكومة الوفاق" LBYMIL);
- a person: for a personal noun (minister, president, title) the name is in apposition and the whole
  phrase is that person ("الرئيس التونسي قيس سعيد"); for a collective noun the person owns it ("قوات حفتر").
A nisba or country coordinated with و right after the complement gets the same role ("وزيرا الخارجية
المصري والأردني"). All offsets here are into the normalised sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rasid.actors.matcher import JOINER, Match, Word, clitic_readings
from rasid.actors.model import Entry, KnowledgeBase, RoleNoun, latest
from rasid.events.match import PREPOSITIONS
from rasid.text.clitics import COMPLEMENT_CLITICS
from rasid.text.normalize import normalize_key

APPOSITION = re.compile(r"^[\s\"'_\-،,]*$")
PLACE_TYPES = frozenset({"NISBA", "GPE", "CAPITAL"})
OWNER_TYPES = frozenset({"GROUP", "IGO", "ORG", "PER", "SURNAME"})
STATE_ROLE = "GOV"
# A capital after these nouns names a conference, process or the city itself, not its government
# ("مؤتمر برلين", "مسار أستانا", "العاصمة طرابلس").
CAPITAL_NOT_ACTOR_AFTER = frozenset(normalize_key(w) for w in (
    "مؤتمر", "اتفاق", "اتفاقية", "قمة", "مسار", "محادثات", "مفاوضات", "إعلان", "مدينة", "العاصمة", "عاصمة",
    "بلدية", "مطار", "جامعة", "منتدى", "عملية"))
# After a bare title these words say it is not the present holder ("الرئيس الأمريكي السابق").
NOT_THE_HOLDER = frozenset(normalize_key(w) for w in (
    "السابق", "السابقة", "الأسبق", "الأسبقة", "الراحل", "الراحلة", "المخلوع", "المخلوعة", "المقبل", "المقبلة",
    "المنتخب", "المنتخبة", "الجديد", "الجديدة", "المكلف", "المكلفة", "بالوكالة", "بالإنابة", "المؤقت", "المؤقتة",
    "المعزول", "المستقيل", "المستقيلة", "المنتهية"))
TITLE_COMPLEMENTS = PLACE_TYPES | {"IGO"}
# Positions in non_political.tsv: a noun listed "before" (or "both") stops the place after it from being an
# actor; "after"/"both" stops the bare role before it; "sport" stops the place before it.
BEFORE_PLACE = frozenset({"before", "both"})
AFTER_ROLE = frozenset({"after", "both"})
SPORT_AFTER_PLACE = frozenset({"sport"})
NON_POLITICAL_REACH = 3  # words back from a place to the team or player noun it describes ("نادي برشلونة الإسباني")
ARMED_OPPOSITION = frozenset({"OPP", "REB"})
INSTITUTION_KINDS = frozenset({"body", "part", "field"})
NOT_STANDING_ALONE = frozenset({"title", "part", "field"})
FIELD_CONSTRUCT_WORDS = 2  # indefinite words a field noun's complement may open with ("وزارة أملاك الدولة")


@dataclass(frozen=True, slots=True)
class Unit:
    """A match with its chosen reading: a role noun, or an actor."""

    match: Match
    entry: Entry
    noun: RoleNoun | None = None

    @property
    def is_role(self) -> bool:
        return self.noun is not None

    @property
    def is_person(self) -> bool:
        return self.entry.type in {"PER", "SURNAME"}


@dataclass(frozen=True, slots=True)
class Found:
    """A resolved mention in normalised sentence offsets."""

    start: int
    end: int
    type: str
    actor_id: str
    code: str
    name: str
    agent: str = ""  # for a role phrase: person (one official) or group (a collective)


def choose_units(kb: KnowledgeBase, matches: list[Match], known: set[str]) -> list[Unit]:
    """One reading per match; a surname shared by several people is kept only if one was named in full before."""
    units = []
    for match in matches:
        entry = match.best
        if entry.type == "SURNAME":
            entry = resolve_surname(match.entries, known)
            if entry is None:
                continue
        if entry.type == "PER":
            known.add(entry.target)
        noun = kb.role_nouns.get(entry.target) if entry.type == "ROLE" else None
        units.append(Unit(match, entry, noun))
    return units


def resolve_surname(entries: tuple[Entry, ...], known: set[str]) -> Entry | None:
    people = {e.target: e for e in entries if e.type == "SURNAME"}
    if len(people) == 1:
        return next(iter(people.values()))
    seen = [e for target, e in people.items() if target in known]
    return seen[0] if len(seen) == 1 else None


def next_to(words: list[Word], left: Unit, right: Unit, clitics: frozenset[str], gap: re.Pattern = JOINER) -> bool:
    return (right.match.first == left.match.last + 1 and bool(gap.match(words[right.match.first].gap))
            and right.match.clitic in clitics)


def may_be_nisba(name: str) -> bool:
    """Whether a country's name (match-normalised) has a definite nisba's shape and may agree with the noun
    before it: "السعودية" (Saudi) may, "الإمارات" and "العراق" may not."""
    return name.startswith("ال") and name.endswith("يه")


def via_fi(words: list[Word], left: Unit, right: Unit) -> bool:
    """``left في right``: the one word between them is في and no punctuation intervenes."""
    middle = left.match.last + 1
    return (right.match.first == middle + 1 and words[middle].text == "في" and not right.match.clitic
            and bool(JOINER.match(words[middle].gap)) and bool(JOINER.match(words[right.match.first].gap)))


def non_political(kb: KnowledgeBase, word: Word, positions: frozenset[str]) -> bool:
    """Whether ``word``, read with or without its proclitics ("وللمنتخب"), is a noun of ``non_political.tsv``
    listed with one of ``positions``."""
    return any(kb.non_political.get(stem) in positions for stem, _, _ in clitic_readings(word))


def chain_sector(nouns: list[RoleNoun]) -> str:
    """The first institution noun decides ("قوات النظام" MIL); else the last relational noun. Armed forces
    of the opposition or of rebels are rebels ("قوات المعارضة" REB), as CAMEO codes armed opposition."""
    for index, noun in enumerate(nouns):
        if noun.kind in INSTITUTION_KINDS:
            if noun.sector == "MIL" and any(n.sector in ARMED_OPPOSITION for n in nouns[index + 1:]):
                return "REB"
            return noun.sector
    heads = [n for n in nouns if n.kind == "head"]
    return heads[-1].sector if heads else nouns[-1].sector


def chain_agent(nouns: list[RoleNoun]) -> str:
    """Whether the chain names one official (person) or a collective (group).

    The last noun decides, except that an institution right after a relational noun is that noun's
    complement ("المتحدث باسم وزارة الخارجية" is a person; "وزير الداخلية في حكومة" is the government's).
    """
    agent, previous = "person", None
    for noun in nouns:
        if noun.kind == "title":
            continue
        if not (previous is not None and previous.kind == "head" and noun.kind in INSTITUTION_KINDS):
            agent = noun.agent
        previous = noun
    return agent


class Composer:
    """Walks the units of one sentence and emits Found mentions."""

    def __init__(self, kb: KnowledgeBase, words: list[Word], units: list[Unit], when: date | None) -> None:
        self.kb, self.words, self.units, self.when = kb, words, units, when

    def run(self) -> list[Found]:
        found: list[Found] = []
        index = 0
        while index < len(self.units):
            if self.units[index].is_role:
                produced, index = self.role_phrase(index)
                found += produced
            else:
                unit = self.units[index]
                if not self.is_place_name(unit) and not self.in_non_political_phrase(unit):
                    found.append(self.alone(unit))
                index += 1
        return found

    def role_phrase(self, first: int) -> tuple[list[Found], int]:
        chain = self.chain(first)
        nouns = [self.units[i].noun for i in chain if self.units[i].noun is not None]
        after = chain[-1] + 1
        complement = self.complement(chain[-1], after)
        start = self.units[first].match.start
        if complement is not None and self.units[complement].is_person and chain_agent(nouns) == "person":
            return [self.as_person(start, self.units[complement], None, nouns)], complement + 1
        if complement is None:
            return self.bare_chain(start, chain, nouns), after
        unit = self.units[complement]
        composed = self.composed(nouns, unit)
        follower = self.skip_titles(complement)
        if follower < len(self.units) and self.is_apposed(self.units[follower - 1], self.units[follower]) \
                and not unit.is_person:
            return [self.as_person(start, self.units[follower], composed)], follower + 1
        agent = chain_agent(nouns)
        first_found = Found(start, unit.match.end, "ROLE", unit.entry.target, composed, self.role_name(nouns, unit),
                            agent)
        coordinated, follower = self.coordinated(complement, nouns)
        holder = None if coordinated else self.title_holder(nouns, unit, composed)
        if holder is not None:
            first_found = Found(start, unit.match.end, "ROLE", holder, composed, self.kb.actor(holder).name_en, agent)
        return [first_found, *coordinated], follower

    def chain(self, first: int) -> list[int]:
        chain = [first]
        while chain[-1] + 1 < len(self.units):
            left, right = self.units[chain[-1]], self.units[chain[-1] + 1]
            if not right.is_role or not (next_to(self.words, left, right, COMPLEMENT_CLITICS)
                                         or via_fi(self.words, left, right)):
                break
            if self.definite_pair(left, right):
                break  # "فرقت الشرطة المتظاهرين": two definite nouns are two phrases, not a construct
            chain.append(chain[-1] + 1)
        return chain

    def definite_pair(self, left: Unit, right: Unit) -> bool:
        """A noun with the article cannot head a construct: a role noun after a definite, non-title role
        noun starts a new noun phrase ("الشرطة قادة الحراك" is the police and the movement's leaders)."""
        left_word = self.words[left.match.last].text
        return (left.noun is not None and left.noun.kind != "title" and not right.match.clitic
                and left_word.startswith("ال") and not via_fi(self.words, left, right))

    def object_after_definite(self, left: Unit, right: Unit) -> bool:
        """A country's name right after a definite noun is the next constituent, not its complement ("طالبت
        المحكمة أمريكا بمنح التراخيص"، "ألزمت المحكمة الإمارات"); a nisba would agree instead."""
        return (all(e.type == "GPE" for e in right.match.entries) and not right.match.clitic
                and not may_be_nisba(self.words[right.match.first].text)
                and self.words[left.match.last].text.startswith("ال") and not via_fi(self.words, left, right))

    def complement(self, last: int, after: int) -> int | None:
        if after >= len(self.units):
            return None
        left, right = self.units[last], self.units[after]
        if right.is_role or self.object_after_definite(left, right):
            return None
        if next_to(self.words, left, right, COMPLEMENT_CLITICS):
            return after
        if right.entry.type in OWNER_TYPES and via_fi(self.words, left, right):
            return after
        if right.is_person and next_to(self.words, left, right, frozenset({""}), APPOSITION):
            return after
        return None

    def skip_titles(self, index: int) -> int:
        """The unit after ``index`` and the titles next to it ("وزير الخارجية السعودي الأمير فيصل")."""
        index += 1
        while (index < len(self.units) and self.units[index].noun is not None
               and (self.units[index].noun.kind == "title" or self.units[index].noun.agent == "person")
               and next_to(self.words, self.units[index - 1], self.units[index], frozenset({""}), APPOSITION)):
            index += 1
        return index

    def is_apposed(self, left: Unit, right: Unit) -> bool:
        return right.is_person and next_to(self.words, left, right, frozenset({""}), APPOSITION)

    def composed(self, nouns: list[RoleNoun], unit: Unit) -> str:
        sector = chain_sector(nouns)
        actor = self.kb.actor(unit.entry.target)
        if unit.entry.type in PLACE_TYPES:
            return actor.country + sector
        base = self.kb.code_for(actor.id, self.when)
        if len(base) == 6 and base.endswith(STATE_ROLE) and sector != STATE_ROLE:
            return base[:3] + sector
        return base

    def coordinated(self, complement: int, nouns: list[RoleNoun]) -> tuple[list[Found], int]:
        """Further nisbas/countries joined by و share the role: "الجيشان السوري والروسي"."""
        found = []
        index = complement
        while index + 1 < len(self.units):
            left, right = self.units[index], self.units[index + 1]
            if right.entry.type not in PLACE_TYPES or not next_to(self.words, left, right, frozenset({"و"})):
                break
            actor = self.kb.actor(right.entry.target)
            found.append(Found(right.match.start, right.match.end, "ROLE", actor.id,
                               actor.country + chain_sector(nouns), self.role_name(nouns, right)))
            index += 1
        return found, index + 1

    def bare_chain(self, start: int, chain: list[int], nouns: list[RoleNoun]) -> list[Found]:
        end = self.units[chain[-1]].match.end
        if nouns[-1].kind == "field":
            end = self.field_end(chain[-1])
        elif all(n.kind in NOT_STANDING_ALONE for n in nouns) or self.heads_non_political(chain[-1]):
            return []
        if end is None:
            return []
        return [Found(start, end, "ROLE", "", chain_sector(nouns), " ".join(n.en for n in nouns), chain_agent(nouns))]

    def field_end(self, last: int) -> int | None:
        """Where "وزارة الفلاحة" ends: a field noun names a body with the definite noun after it, its
        coordinated or genitive definite nouns ("وزارة الفلاحة والموارد المائية"), and a construct before it
        ("وزارة أملاك الدولة"); None without a definite noun."""
        index, end, construct = self.units[last].match.last + 1, None, 0
        while index < len(self.words) and JOINER.match(self.words[index].gap) and not self.covered(index):
            if self.is_definite(index):
                end, construct = self.words[index].end, 0
            elif end is None and construct < FIELD_CONSTRUCT_WORDS:
                construct += 1
            else:
                break
            index += 1
        return end

    def is_definite(self, index: int) -> bool:
        word = self.words[index].text
        text = word[1:] if word.startswith("و") and word[1:3] == "ال" else word
        return text.startswith("ال") and len(text) > 3

    def covered(self, index: int) -> bool:
        return any(u.match.first <= index <= u.match.last for u in self.units)

    def title_holder(self, nouns: list[RoleNoun], unit: Unit, composed: str) -> str | None:
        """The person a bare title names on the article date ("الرئيس التركي" -> Erdoğan), when certain.

        Only a single office ("وزير الخارجية", not "مستشار الرئيس") with a country or IGO, not followed by
        a word that points away from the present holder (السابق، الراحل، المنتخب…).
        """
        offices = {n.office for n in nouns if n.kind != "title"}
        if len(offices) != 1 or "" in offices or unit.entry.type not in TITLE_COMPLEMENTS:
            return None
        after = unit.match.last + 1
        if after < len(self.words) and self.words[after].text in NOT_THE_HOLDER:
            return None
        return self.kb.holder(offices.pop(), composed, self.when)

    def as_person(self, start: int, unit: Unit, composed: str | None, nouns: list[RoleNoun] | None = None) -> Found:
        person = self.kb.actor(unit.entry.target)
        code = self.titled_code(person.id, nouns) if nouns and self.when is None else self.kb.code_for(person.id,
                                                                                                        self.when)
        if composed and (self.when is None or self.kb.role_at(person.id, self.when) is None):
            code = composed  # the text's own role outranks a gap in our records or an unknown date
        return Found(start, unit.match.end, "PER", person.id, code, person.name_en)

    def titled_code(self, person_id: str, nouns: list[RoleNoun]) -> str:
        """Undated, a title picks among a person's roles: "وزير الخارجية لويجي دي مايو" is the Italian
        minister (ITAGOV), not the EU envoy he later became."""
        sector = chain_sector(nouns)
        fitting = [r for r in self.kb.roles.get(person_id, ()) if r.code.endswith(sector) and r.code[:3] != "IGO"]
        return latest(fitting).code if fitting else self.kb.code_for(person_id, None)

    def is_place_name(self, unit: Unit) -> bool:
        before = unit.match.first - 1
        return (unit.entry.type == "CAPITAL" and before >= 0 and not unit.match.clitic
                and self.words[before].text in CAPITAL_NOT_ACTOR_AFTER)

    def in_non_political_phrase(self, unit: Unit) -> bool:
        """A place that says whose team, club or federation it is ("المنتخب البرازيلي", "نادي برشلونة",
        "الاتحاد السعودي لكرة القدم") names no political actor. A free-standing preposition ends the team's
        phrase: in "تدهور العملة إلى إعلان الولايات المتحدة" the United States is no currency's."""
        if unit.entry.type not in PLACE_TYPES:
            return False
        first, after = unit.match.first, unit.match.last + 1
        if not unit.match.clitic:
            for before in range(first - 1, max(-1, first - 1 - NON_POLITICAL_REACH), -1):
                if not JOINER.match(self.words[before + 1].gap) or self.words[before].text in PREPOSITIONS:
                    break
                if non_political(self.kb, self.words[before], BEFORE_PLACE):
                    return True
        return (after < len(self.words) and bool(JOINER.match(self.words[after].gap))
                and non_political(self.kb, self.words[after], SPORT_AFTER_PLACE))

    def heads_non_political(self, last: int) -> bool:
        """A bare role noun whose complement is a team, a club or a vehicle ("قائد المنتخب", "قائد الطائرة")."""
        after = self.units[last].match.last + 1
        return (after < len(self.words) and bool(JOINER.match(self.words[after].gap))
                and non_political(self.kb, self.words[after], AFTER_ROLE))

    def alone(self, unit: Unit) -> Found:
        actor = self.kb.actor(unit.entry.target)
        code = self.kb.code_for(actor.id, self.when) + unit.entry.suffix
        kind = "PER" if unit.is_person else unit.entry.type
        return Found(unit.match.start, unit.match.end, kind, actor.id, code, actor.name_en)

    def role_name(self, nouns: list[RoleNoun], unit: Unit) -> str:
        role = " ".join(n.en for n in nouns if n.kind != "title")
        return f"{role} ({self.kb.actor(unit.entry.target).name_en})"
