"""Roles of verbs: VSO and SVO subjects, an event noun as subject (غارات عراقية تقتل، استهدفت غارات
التحالف), passives marked by vowels, by an agent (اعتقل ناشط من قبل الشرطة) or by a count (قتل ثلاثة
جنود), relative clauses and the two sides after بين.
"""

from __future__ import annotations

from rasid.cameo import BETWEEN_ROOTS, ROOT_LENGTH
from rasid.events.arguments import Group
from rasid.events.match import TriggerMatch
from rasid.events.roles import (
    Roles,
    Sentence,
    find_agent,
    find_marked_agent,
    find_subject,
    find_target,
    genitive,
    relative_antecedent,
    relative_object_subject,
)
from rasid.events.words import strip_conjunction
from rasid.text.normalize import normalize_key

VERBAL = ("perfect", "imperfect")


def event_noun_subject(view: Sentence, match: TriggerMatch, anchor: int) -> tuple[TriggerMatch, Group] | None:
    """"غارات عراقية تقتل قادة لداعش": an event noun with its owner right before the verb is the verb's
    subject; its owner is the source and an actor after the verb the object."""
    if anchor != match.first or match.first == 0:
        return None
    for noun in view.matches:
        if noun.pos in VERBAL or noun.first >= match.first:
            continue
        owner = genitive(view, noun)
        if owner is not None and owner.last == match.first - 1 and owner.marker == "":
            return noun, owner
    return None


def _event_noun_after(view: Sentence, match: TriggerMatch, anchor: int) -> Group | None:
    """"استهدفت غارات التحالف مخازن"، "قصفت مقاتلات إسرائيلية": a verb whose subject is an event noun of the
    same kind right after it, owned by an actor, takes that actor as source."""
    if anchor != match.first or match.trigger.voice == "inverse":
        return None
    noun = next((m for m in view.matches if m.first == match.head_end and m.pos not in VERBAL), None)
    if noun is None or noun.cameo[:2] != match.cameo[:2]:
        return None
    owner = genitive(view, noun)
    return owner if owner is not None and owner.marker == "" else None


def _passive_verb(view: Sentence, match: TriggerMatch) -> bool:
    """"وقُتل ثلاثة جنود"، "اُعتقل في درنة": a perfect verb whose vowels mark the passive; or, as news is
    mostly written without vowels, a verb whose clause names its agent ("اعتقل ناشط من قبل الشرطة"،
    "يستهدف المدنيون على يد الميليشيات"): only a passive takes من قبل / على يد."""
    if match.pos not in VERBAL or match.trigger.voice == "inverse":
        return False
    if match.pos == "perfect" and view.words[match.first].passive_mark:
        return True
    if _counted_patient(view, match):
        return True
    agent = find_marked_agent(view, match)
    return agent is not None and not any(match.first < m.first < agent.first for m in view.matches)


COUNT_WORDS = frozenset({"عشرات", "مئات", "الاف", "العشرات", "المئات", "عدد", "ثلاثه", "اربعه", "خمسه", "سته",
                         "سبعه", "ثمانيه", "تسعه", "عشره", "اثنان", "شخصان", "جنديان"})


PARTITIVE_PRONOUNS = frozenset({"منها", "منهم", "منهما"})


def _counted_patient(view: Sentence, match: TriggerMatch) -> bool:
    """"قتل ثلاثة جنود"، "اعتقل 20 شخصا"، "أصيب عشرات": a bare 3rd-person verb followed straight by a number
    is passive (news states how many suffered it); an active verb has its subject there."""
    if match.pos != "perfect" or match.tail_words or match.suffix or match.head_end >= len(view.words):
        return False
    if "obj" not in match.trigger.frame:
        return False  # "تظاهر آلاف": an intransitive verb's counted subject
    if strip_conjunction(view.words[match.first].norm) != normalize_key(match.trigger.lemma):
        return False  # an inflected form (قتلت، اعتقلوا) carries its own subject
    following = view.words[match.head_end].norm
    if not (following.isdigit() or following in COUNT_WORDS):
        return False
    rest = view.words[match.head_end + 1].norm if match.head_end + 1 < len(view.words) else ""
    return rest not in PARTITIVE_PRONOUNS  # "واستهدف 3 منها الرياض": three of them is the subject


def verb_roles(view: Sentence, match: TriggerMatch, anchor: int) -> Roles:
    if _passive_verb(view, match):
        patient, _how = find_subject(view, match, anchor)
        agent = find_marked_agent(view, match)
        return Roles(agent, patient if patient is not agent else None, agent is not None, "passive")
    carrier = event_noun_subject(view, match, anchor) if match.trigger.voice != "inverse" else None
    if carrier is not None:
        owner = carrier[1]
        return Roles(owner, find_target(view, match, match.head_end, owner), True, "noun-subject")
    owner = _event_noun_after(view, match, anchor)
    if owner is not None:  # "استهدفت غارات التحالف مواقع": the strikes' owner did it
        return Roles(owner, find_target(view, match, owner.last + 1, owner), True, "noun-subject")
    subject, how = find_subject(view, match, anchor)
    if how == "relative-object":
        subject = relative_object_subject(view, match)
        target = relative_antecedent(view, anchor)
        if target is None and subject is not None:  # "الصواريخ التي أطلقها حزب الله على الجليل"
            target = find_target(view, match, subject.last + 1, subject)
        return Roles(subject, target, subject is not None, "relative-subject" if subject is not None else "unknown")
    if match.trigger.voice == "inverse":
        agent = find_agent(view, match)
        return Roles(agent, subject, agent is not None, how)
    sides = _between_sides(view, match) if subject is None else None
    if sides is not None:
        return Roles(None, sides, False, "between")  # "عقد اجتماع بين X و Y"
    after = subject.last + 1 if subject is not None and how == "vso" else match.head_end
    return Roles(subject, find_target(view, match, after, subject), subject is not None, how)


def _between_sides(view: Sentence, match: TriggerMatch) -> Group | None:
    """The two sides after بين of a subjectless consultation, cooperation or fight."""
    if not (match.trigger.symmetric or match.cameo[:ROOT_LENGTH] in BETWEEN_ROOTS):
        return None
    _, end = view.clause(match.first)
    sides = [g for g in view.groups if g.marker == "بين" and match.first < g.first < end and len(g.members) > 1]
    return sides[0] if sides else None
