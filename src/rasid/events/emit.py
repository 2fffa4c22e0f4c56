"""Turn one coded trigger into Event records: fan out coordinated actors, attach ontology and evidence."""

from __future__ import annotations

from itertools import product

from rasid.cameo import Ontology
from rasid.events.arguments import Group, Member
from rasid.events.lexicon import Lexicon
from rasid.records import ActorRef, Document, Event, Sentence, stable_id

BASE_CONFIDENCE = {"perfect": 0.6, "imperfect": 0.6, "phrase": 0.6, "noun": 0.5, "participle": 0.45}
GUESSED_COUNTRY = "+home"  # rasid.actors.home marks a role given the article's country
GUESS_PENALTY = 0.1


def confidence(pos: str, explicit: bool, has_target: bool, cameo: str, modality: str) -> float:
    """Evidence strength: a verb with both actors named and a specific code scores highest."""
    score = BASE_CONFIDENCE.get(pos, 0.5)
    score += 0.2 if explicit else 0.05
    score += 0.1 if has_target else 0.0
    score += 0.05 if len(cameo) >= 3 and not cameo.endswith("0") else 0.0
    score -= 0.1 if modality != "asserted" else 0.0
    return max(0.05, min(0.95, score))


def _members(group: Group | None) -> list[Member]:
    return [m for m in group.members if m.code] if group is not None else []


def actor_pairs(source: Group | None, target: Group | None, symmetric: bool,
                joint: bool = False) -> list[tuple[Member, Member | None]]:
    """Source/target pairs: coordination fans out; a joint subject of a symmetric event (or of a joint
    statement, or "the two sides") pairs up; "بين X و Y" gives the pair of a sourceless symmetric noun."""
    sources, targets = _members(source), _members(target)
    joint = joint or (source is not None and source.joint)
    if (symmetric or joint) and not targets and len(sources) >= 2:
        return [(sources[0], other) for other in sources[1:]]
    if symmetric and not sources and len(targets) >= 2 and target is not None and target.marker == "بين":
        return [(targets[0], other) for other in targets[1:]]
    pairs = list(product(sources, targets or [None]))
    return [(s, t) for s, t in pairs if t is None or s.code != t.code]


ANAPHORIC = frozenset({"PAIR", "REFLEXIVE"})


def _named(member: Member) -> bool:
    """Whether the text names the actor (not "الجانبان" or "بلاده" standing for it)."""
    return all(m.type not in ANAPHORIC for m in member.mentions)


NATIONAL_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "REB", "UAF", "OPP", "PTY", "CVL", "MED", "BUS",
                            "SPY", "LAB", "EDU", "REF", "HLH", "AGR", "ELI", "CRM", "RAD"})


def _role_only(member: Member) -> bool:
    """A source that is a role with no country ("الحكومة" in an article about two states) names no actor a
    reader could connect; its event is not coded (the actors stage gives a country wherever it can)."""
    return member.code in NATIONAL_ROLES


def _guessed(member: Member) -> bool:
    """Whether the member's country was only guessed from the article (not named in its phrase)."""
    return all(GUESSED_COUNTRY in m.provenance for m in member.mentions if m.code)


def _event(doc: Document, record: Sentence, coded, source: Member, target: Member | None,
           lexicon: Lexicon, ontology: Ontology) -> Event:
    match = coded.match
    explicit = coded.roles.explicit and _named(source) and not (coded.roles.source and coded.roles.source.joint)
    guessed = _guessed(source) or (target is not None and _guessed(target))
    start, end = coded.trigger_span
    _, goldstein, quad, plover = ontology.describe(coded.cameo)
    source_ref, target_ref = source.ref(doc.text), target.ref(doc.text) if target else None
    return Event(
        id=stable_id(doc.id, record.start, start, coded.cameo, source.code, target.code if target else ""),
        doc_id=doc.id, cameo=coded.cameo, root=ontology.root(coded.cameo), plover=plover, quad_class=quad,
        goldstein=goldstein, source=source_ref, target=target_ref, sentence_start=record.start,
        sentence_end=record.end, sentence=doc.text[record.start:record.end], trigger_start=start,
        trigger_end=end, trigger=doc.text[start:end],
        confidence=confidence(match.pos, explicit, target is not None, coded.cameo, coded.modality)
        - (GUESS_PENALTY if guessed else 0.0),
        modality=coded.modality, symmetric=match.trigger.symmetric,
        provenance=f"events.coder@{lexicon.version}")


# A meeting, call or visit, or a cooperation ("تعاون إيطالي"), with nobody named on the other side is not coded.
NEEDS_COUNTERPART = ("04", "06")


def emit_events(doc: Document, record: Sentence, coded, lexicon: Lexicon, ontology: Ontology) -> list[Event]:
    joint = coded.match.trigger.reporting == "state"
    symmetric = coded.match.trigger.symmetric or coded.roles.how == "between"
    pairs = actor_pairs(coded.roles.source, coded.roles.target, symmetric, joint)
    pairs = [(s, t) for s, t in pairs if not _role_only(s)]
    if coded.cameo.startswith(NEEDS_COUNTERPART):
        pairs = [(s, t) for s, t in pairs if t is not None]
    return [_event(doc, record, coded, s, t, lexicon, ontology) for s, t in pairs]


def absorb_partial_events(events: list[Event]) -> list[Event]:
    """Within one article, drop an event with no target when the same source has an event of the same
    root with a target: the fuller report of the same action ("لصد هجوم قوات حفتر" / "شنت قوات حفتر هجوما
    على طرابلس")."""
    full = {(e.root, _code(e.source)) for e in events if e.target is not None}
    return [e for e in events if e.target is not None or (e.root, _code(e.source)) not in full]


def _code(ref: ActorRef | None) -> str:
    return ref.code if ref is not None else ""


def _repeats(a: Event, b: Event) -> bool:
    """The same action coded twice in one sentence (a passive and its relative clause, a verb and its noun)."""
    if a.root != b.root or a.modality != b.modality or _code(a.source) != _code(b.source):
        return False
    return _code(a.target) == _code(b.target) or a.target is None or b.target is None


def _stronger(a: Event, b: Event) -> Event:
    return max((a, b), key=lambda e: (e.target is not None, len(e.cameo), e.confidence))


def merge_within_sentence(events: list[Event]) -> list[Event]:
    """Events of one sentence with each action once; the fuller, more specific reading survives."""
    kept: list[Event] = []
    for event in events:
        index = next((i for i, k in enumerate(kept) if _repeats(k, event)), None)
        if index is None:
            kept.append(event)
        else:
            kept[index] = _stronger(kept[index], event)
    return kept
