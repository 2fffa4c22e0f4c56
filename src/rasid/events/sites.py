"""The place an attack hits names its target when the text names no party: "واستهدفت قاعدة الشعيرات
الجوية قرب حمص" is a strike on Syria, "قصفت الطائرات مواقع في ريف دمشق" too.

Only a place in another country than the attacker's counts: an army striking a town of its own country is
fighting someone the place does not name.
"""

from __future__ import annotations

from rasid.events.arguments import Group, Member
from rasid.events.match import TriggerMatch
from rasid.events.roles import Roles, Sentence
from rasid.events.words import Word
from rasid.records import Document, Mention, Place, SpanIndex, stable_id

ATTACK_ROOTS = frozenset({"19", "20"})
SITE_REACH = 8  # words between the trigger and the place it hits
SITE_PROVENANCE = "events.site"


def site_groups(doc: Document, words: tuple[Word, ...], start: int, end: int,
                places: SpanIndex | None = None) -> tuple[Group, ...]:
    """One group per event place (not a dateline) inside the sentence [start, end), coded by its country.
    ``places`` indexes ``doc.places`` (made here when not given)."""
    out = []
    for place in (places or SpanIndex(doc.places)).within(start, end):
        if place.role != "event" or not place.country:
            continue
        inside = [w.index for w in words if w.start < place.end and w.end > place.start]
        if inside:
            member = Member((_mention(doc, place),))
            out.append(Group((member,), inside[0], inside[-1], "", inside[0]))
    return tuple(out)


def _mention(doc: Document, place: Place) -> Mention:
    return Mention(id=stable_id(doc.id, place.start, place.end, "site"), doc_id=doc.id, start=place.start,
                   end=place.end, text=place.text, type="PLACE", norm=place.text, code=place.country,
                   name=place.name, provenance=SITE_PROVENANCE)


def site_target(view: Sentence, match: TriggerMatch, roles: Roles, cameo: str) -> Roles:
    """An attack with a source and no target takes the country of the place it hits, when foreign."""
    if cameo[:2] not in ATTACK_ROOTS or roles.source is None or roles.target is not None:
        return roles
    own = {m.code[:3] for m in roles.source.members if m.code}
    after = max(match.covered) + 1
    _, end = view.clause(match.first)
    for group in view.sites:
        if after <= group.first < end and group.first - after <= SITE_REACH:
            if group.members[0].code[:3] in own or not own:
                return roles
            return Roles(roles.source, group, roles.explicit, roles.how)
    return roles
