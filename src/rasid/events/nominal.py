"""Roles of verbal nouns and participles: the owner after the noun (زيارة السراج), the subject of a light
verb before it (أجرى الرئيس اتصالا), passives after تم or before an agent (اختطاف المواطن على يد مسلحين),
convictions (إدانة X بتهمة), launches from a territory and people held by a keeper (محتجز لدى X).
"""

from __future__ import annotations

from dataclasses import replace

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
    light_verb,
)

VERBAL = ("perfect", "imperfect")


def participle_roles(view: Sentence, match: TriggerMatch) -> Roles:
    before = [g for g in view.groups if g.last < match.first and match.first - g.last <= 3]
    head = before[-1] if before else None
    if head is not None and match.first - head.last == 1:
        head = replace(head, members=head.members[-1:])  # "X وقوات Y المدعومة": the adjacent noun only
    if match.trigger.voice == "passive":
        return Roles(find_agent(view, match) or _holder(view, match), head, True, "participle")
    return Roles(head, find_target(view, match, max(match.covered) + 1, head), head is not None, "participle")


HOLDER_GAP = 1


def _holder(view: Sentence, match: TriggerMatch) -> Group | None:
    """"محتجز لدى الحوثيين"، "القذافي محتجز في لبنان": a detention participle's place or keeper, marked by
    a preposition of its frame right after it, is who holds the person."""
    after = max(match.covered) + 1
    held = [g for g in view.groups if g.marker in match.trigger.frame and g.marker != "من"
            and after <= g.marker_at <= after + HOLDER_GAP]
    return held[0] if held else None


def noun_roles(view: Sentence, match: TriggerMatch, anchor: int) -> tuple[Roles, int]:
    gen = genitive(view, match)
    after = gen.last + 1 if gen else max(match.covered) + 1
    target = find_target(view, match, after, gen)
    if match.trigger.symmetric and target is not None and target.marker == "بين" and len(target.members) > 1:
        return Roles(None, target, False, "between"), match.first  # "هدنة بين X و Y": the two sides
    if view.cues.ending_near("passive", match.first, 1) is not None or _agent_follows(view, match):
        return _passive_noun_roles(view, match, gen, target), match.first
    if gen is not None and _convicted(view, match, gen):
        light = light_verb(view, match)
        judge = find_subject(view, match, light)[0] if light is not None else None
        return Roles(judge, gen, judge is not None, "convicted"), match.first if light is None else light
    mode = match.trigger.genitive
    if gen is not None and (mode == "source" or (mode == "auto" and target is not None)):
        return Roles(gen, target, True, "genitive"), match.first
    if gen is not None:
        target = gen
    governed = anchor != match.first
    light = anchor if governed else light_verb(view, match)
    if light is None:
        return Roles(_other_side(view, match, target), target, False, "none"), match.first
    subject, _how = find_subject(view, match, light)
    return Roles(subject, target, subject is not None, "governed" if governed else "light"), light


OTHER_SIDE_REACH = 12
CHARGE_WORDS = frozenset({"بتهمه", "بتهم", "بالتهم", "بالتهمه"})
CONVICTION_REACH = 4


def _convicted(view: Sentence, match: TriggerMatch, gen: Group) -> bool:
    """"إدانة نواب سابقين باقتحام البرلمان"، "قضت المحكمة بإدانة المتهمين بتهمة التخابر": a condemnation
    noun whose owner is followed by the charge (بتهمة، or ب + an event noun) is a conviction of that owner."""
    if match.cameo != "111" or match.pos in VERBAL:
        return False
    for word in view.words[gen.last + 1:gen.last + 1 + CONVICTION_REACH]:
        if word.is_punct:
            return False
        if word.norm in CHARGE_WORDS or (word.norm[:1] == "ب" and any(m.first == word.index for m in view.matches)):
            return True
    return False


def _other_side(view: Sentence, match: TriggerMatch, target: Group | None) -> Group | None:
    """"قتل 30 مسلحا من ميليشيات الحوثي ... في مواجهات مع ألوية العمالقة": fighting "with" X whose
    subject is not named takes the last actor named before it in the sentence as the other side."""
    if target is None or target.marker != "مع" or not (match.trigger.symmetric and match.cameo[:2] == "19"):
        return None
    before = [g for g in view.groups if g.last < match.first and match.first - g.last <= OTHER_SIDE_REACH
              and not any(w.is_strong_punct for w in view.words[g.last:match.first])]
    return before[-1] if before else None


def _passive_noun_roles(view: Sentence, match: TriggerMatch, gen: Group | None, target: Group | None) -> Roles:
    """"تم اعتقال الناشط من قبل الشرطة": after تم/جرى the noun's genitive is what underwent the action and
    the agent, if any, follows من قبل / على يد."""
    _, end = view.clause(match.first)
    source = find_marked_agent(view, match) or _launch_origin(view, match, end)
    patient = gen if gen is not None and gen is not source else target
    if patient is source:
        patient = None
    return Roles(source, patient, source is not None, "passive")


LAUNCH_ORIGIN_REACH = 3
AGENT_REACH = 5


def _agent_follows(view: Sentence, match: TriggerMatch) -> bool:
    """"اختطاف المواطن على يد مسلحين": a verbal noun whose agent is marked right after its object is
    passive; its owner underwent the action."""
    after = max(match.covered) + 1
    hits = [h for h in view.cues.of_kind("agent") if after <= h.start <= after + AGENT_REACH]
    return bool(hits) and not any(match.first < m.first < hits[0].start for m in view.matches)


def _launch_origin(view: Sentence, match: TriggerMatch, end: int) -> Group | None:
    """"جرى إطلاق صاروخين من قطاع غزة"، "تم إطلاق الصواريخ من الأراضي اليمنية": a projectile launched
    from a country's territory, with nobody else named, was fired by that side."""
    if match.cameo[:2] != "19" or "نحو" not in match.trigger.frame:
        return None  # only firing triggers (their frame is a direction) take a launch origin
    after = max(match.covered) + 1
    froms = [w.index for w in view.words[after:after + LAUNCH_ORIGIN_REACH + 1] if w.norm == "من"]
    if not froms:
        return None
    found = [g for g in view.groups if froms[0] < g.first <= froms[0] + 2 and g.first < end]  # "من جنوب لبنان"
    return found[0] if found and not _partitive_from(view, froms[0]) else None


def _partitive_from(view: Sentence, index: int) -> bool:
    return index > 0 and view.words[index - 1].norm.isdigit()
