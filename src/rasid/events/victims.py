"""Who an attack hit, from the casualties the sentence reports: "استشهد فلسطيني برصاص قوات الاحتلال"،
"قتل ثلاثة جنود عراقيين في هجوم شنه مسلحو داعش"، "غارة أسفرت عن مقتل خمسة من عناصر حزب الله".

A casualty word (cues.tsv kind ``casualty``) names the dead or wounded right after it; when an attack in the
same sentence has a source and no target, they are its target.
"""

from __future__ import annotations

from rasid.cameo import VIOLENT_ROOTS
from rasid.events.arguments import Group
from rasid.events.match import TriggerMatch
from rasid.events.roles import Roles, Sentence, coded

ATTACK_ROOTS = VIOLENT_ROOTS
VICTIM_REACH = 4  # "مقتل خمسة من عناصر حزب الله": number, noun, من before the actor
VICTIM_MARKERS = frozenset({"", "من"})
VICTIM_DISTANCE = 10  # words between the casualty word and the attack that caused it
HOLDING = frozenset({"191", "192"})  # a siege or a takeover does not itself wound anyone


def victims(view: Sentence) -> list[tuple[int, Group]]:
    """(casualty word index, actor) for the dead or wounded named after each casualty word of the sentence."""
    found = []
    for hit in view.cues.of_kind("casualty"):
        near = [g for g in view.groups if hit.end <= g.first <= hit.end + VICTIM_REACH
                and g.marker in VICTIM_MARKERS and coded(g)]
        if near:
            found.append((hit.start, near[0]))
    return found


def victim_target(match: TriggerMatch, roles: Roles, cameo: str, hit: list[tuple[int, Group]]) -> Roles:
    """An attack with a source and no target takes the casualties named near it (not its own side)."""
    if cameo[:2] not in ATTACK_ROOTS or cameo in HOLDING or roles.source is None or roles.target is not None:
        return roles
    own = {m.code for m in roles.source.members}
    others = [(at, g) for at, g in hit if abs(at - match.first) <= VICTIM_DISTANCE and g is not roles.source
              and not {m.code for m in g.members} & own]
    if not others:
        return roles
    _, nearest = min(others, key=lambda item: abs(item[0] - match.first))
    return Roles(roles.source, nearest, roles.explicit, roles.how)
