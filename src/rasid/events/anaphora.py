"""Words that refer back to actors: they become mentions so that roles treat them like names.

- بلاده، حكومته، جنوده: a possessive noun standing for the country (or its government or army) of the
  actor before it in the sentence;
- الجانبان، الطرفين، المسؤولان: the two sides of the last event with both a source and a target;
- الأخيرة، الأخير: "the latter", the last actor named before it.
"""

from __future__ import annotations

from dataclasses import replace

from rasid.events.arguments import Group, Member
from rasid.events.cues import Cues
from rasid.events.words import Word
from rasid.records import Document, Mention, stable_id

# Noun stem -> role code appended to the antecedent's country.
ROLE_OF_STEM = (("بلاد", ""), ("حكوم", "GOV"), ("جيش", "MIL"), ("قوات", "MIL"), ("جنود", "MIL"))
ANTECEDENT_REACH = 25


def _role(word: str) -> str | None:
    bare = word[1:] if word[:1] in "وفل" else word
    return next((role for stem, role in ROLE_OF_STEM if bare.startswith(stem)), None)


def _antecedent(groups: tuple[Group, ...], index: int) -> Group | None:
    before = [g for g in groups if g.last < index and index - g.last <= ANTECEDENT_REACH and g.marker == ""
              and g.members[0].code]
    return before[0] if before else None


def _mention_like(doc: Document, word: Word, antecedent: Group, code: str, kind: str) -> Mention:
    return Mention(id=stable_id(doc.id, word.start, word.end, kind), doc_id=doc.id, start=word.start,
                   end=word.end, text=doc.text[word.start:word.end], type="REFLEXIVE", norm=word.norm, code=code,
                   name=antecedent.members[-1].mentions[0].name, provenance=f"events.{kind}")


def latter_mentions(doc: Document, words: tuple[Word, ...], cues: Cues, groups: tuple[Group, ...],
                    previous: Group | None = None) -> list[Mention]:
    """"حصلت الأخيرة على دعم": the last coded actor before "the latter" (in the sentence or the one before)."""
    out = []
    for hit in cues.of_kind("latter"):
        before = [g for g in groups if g.last < hit.start and g.members[-1].code]
        antecedent = before[-1] if before else previous
        if antecedent is not None and antecedent.members[-1].code:
            out.append(_mention_like(doc, words[hit.start], antecedent, antecedent.members[-1].code, "latter"))
    return out


def reflexive_mentions(doc: Document, words: tuple[Word, ...], cues: Cues, groups: tuple[Group, ...],
                       previous: Group | None = None) -> list[Mention]:
    """Mentions for reflexive nouns, coded from the first unmarked actor before them in the sentence (or
    the subject carried from the sentence before: "وأضاف أن بلاده")."""
    out = []
    for hit in cues.of_kind("reflexive"):
        word = words[hit.start]
        role = _role(word.norm)
        antecedent = _antecedent(groups, hit.start) or (previous if previous and previous.members[0].code else None)
        if role is None or antecedent is None:
            continue
        country = antecedent.members[0].code[:3]
        out.append(Mention(id=stable_id(doc.id, word.start, word.end, "reflexive"), doc_id=doc.id,
                           start=word.start, end=word.end, text=doc.text[word.start:word.end], type="REFLEXIVE",
                           norm=word.norm, code=country + role, name=antecedent.members[0].mentions[0].name,
                           provenance="events.reflexive"))
    return out


def pair_mentions(doc: Document, words: tuple[Word, ...], cues: Cues, mentions: list[Mention]) -> list[Mention]:
    """Placeholder mentions for "the two sides" words not already inside an actor mention."""
    out = []
    for hit in cues.of_kind("pair"):
        word = words[hit.start]
        if any(m.start <= word.start < m.end for m in mentions):
            continue
        out.append(Mention(id=stable_id(doc.id, word.start, word.end, "pair"), doc_id=doc.id, start=word.start,
                           end=word.end, text=doc.text[word.start:word.end], type="PAIR", norm=word.norm,
                           provenance="events.pair"))
    return out


def resolve_pairs(groups: tuple[Group, ...], pair: tuple[Member, Member] | None) -> tuple[Group, ...]:
    """Give each "two sides" group the two actors of the last event (a joint subject), when known."""
    out = []
    for group in groups:
        if group.members[0].mentions[0].type == "PAIR" and pair is not None:
            group = replace(group, members=pair, joint=True)
        out.append(group)
    return tuple(out)
