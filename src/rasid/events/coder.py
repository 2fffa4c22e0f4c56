"""Code the events of a document, sentence by sentence: triggers, roles, modality, fan-out.

Finding (``match``, ``arguments``, ``roles``) is kept apart from deciding (here): this module turns each
trigger with its roles into zero or more ``Event`` records, one per source/target pair.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from rasid.cameo import VIOLENT_ROOTS, Ontology
from rasid.events.anaphora import latter_mentions, pair_mentions, reflexive_mentions, resolve_pairs
from rasid.events.arguments import Group, Member, build_groups
from rasid.events.cues import Cues, find_cues
from rasid.events.emit import absorb_partial_events, emit_events, merge_within_sentence
from rasid.events.lexicon import Lexicon
from rasid.events.match import PREPOSITIONS, Analyser, TriggerMatch, find_triggers, lexicon_analyser
from rasid.events.modality import (
    ASSERTED,
    FUTURE,
    INTENT,
    NOT_AN_EVENT,
    intent_trigger_before,
    is_question,
    modality,
)
from rasid.events.nominal import noun_roles, participle_roles
from rasid.events.refine import refine_code
from rasid.events.roles import (
    Roles,
    Sentence,
)
from rasid.events.sites import site_groups, site_target
from rasid.events.verbal import event_noun_subject, verb_roles
from rasid.events.victims import victim_target, victims
from rasid.events.words import Word, segment, strip_conjunction
from rasid.records import Document, Event, Mention, SpanIndex
from rasid.records import Sentence as SentenceRecord
from rasid.text.clitics import CONJUNCTION_LETTERS, CONJUNCTIONS, OBJECT_PRONOUNS

VERBAL = ("perfect", "imperfect")
HEADLINE_KINDS = frozenset({"title", "headline"})
PURPOSE_REACH = 6
REQUESTING_ROOTS = frozenset({"02", "03", "10"})
REQUEST_REACH = 10
COORDINATED_REACH = 15
PRONOUN_COMPLEMENTS = frozenset({"انه", "انها", "انهما", "انهم", "بانه", "بانها"})


@dataclass(frozen=True, slots=True)
class Carry:
    """What one sentence hands the next: its last explicit subject and the two sides of its last event."""

    subject: Group | None = None
    pair: tuple[Member, Member] | None = None


@dataclass(frozen=True, slots=True)
class Coded:
    """A trigger with its roles and modality, before fan-out."""

    match: TriggerMatch
    cameo: str
    roles: Roles
    modality: str
    trigger_span: tuple[int, int]  # raw offsets of the trigger's head words


def _claims(view: Sentence) -> dict[int, int]:
    """Groups that are arguments of a verbal noun or participle, so a verb elsewhere does not take them."""
    claimed: dict[int, int] = {}
    for match in view.matches:
        if match.pos in VERBAL or _purpose_adjunct(view, match):
            continue
        after = max(match.covered) + 1
        if after < len(view.words) and view.words[after].norm[:1] == "و" and (after, "") not in _marker_slots(view):
            continue  # "تدين الهجوم وتطالب مجلس الأمن": the noun phrase ends at the conjunction
        for index, group in enumerate(view.groups):
            marked = group.marker in match.trigger.frame or group.marker in ("من", "agent", "")
            if marked and group.marker_at in (after, after + 1) and index not in claimed:
                claimed[index] = match.first
    return claimed


def _marker_slots(view: Sentence) -> set[tuple[int, str]]:
    """(word index, marker) of every group's own start, so a و that opens an actor's name is told apart."""
    return {(g.first, "") for g in view.groups}


def _inside_name(word: Word, mentions: list[Mention]) -> bool:
    """A trigger-looking word inside an actor's name (قوات الدعم السريع، سامح شكري) is part of the name."""
    return any(m.start <= word.start and word.end <= m.end for m in mentions)


def named_words(words: tuple[Word, ...], mentions: list[Mention]) -> frozenset[int]:
    """Indices of the words inside an actor mention after its first word: "الدعم" in "قوات الدعم السريع" is
    part of a name, while "السفير" opening "السفير التركي" is the role a trigger's tail may ask for."""
    if not mentions:
        return frozenset()
    starts = [w.start for w in words]
    inside = set()
    for mention in mentions:
        at = bisect_right(starts, mention.start)  # words starting after the mention's first character
        while at < len(words) and words[at].end <= mention.end:
            inside.add(words[at].index)
            at += 1
    return frozenset(inside)


@dataclass(frozen=True, slots=True)
class DocIndex:
    """The document's mentions and places indexed by offset, built once for all its sentences."""

    mentions: SpanIndex
    places: SpanIndex

    @classmethod
    def of(cls, doc: Document) -> DocIndex:
        return cls(SpanIndex(doc.mentions), SpanIndex(doc.places))


def analyse(doc: Document, record: SentenceRecord, lexicon: Lexicon, carry: Carry | None = None,
            split: Analyser | None = None, index: DocIndex | None = None) -> Sentence:
    """Words, cues, triggers and argument groups of one sentence (no cues or groups when it has no trigger:
    most sentences have none, and they need no argument analysis)."""
    index = index or DocIndex.of(doc)
    words = segment(doc.text[record.start:record.end], record.start)
    mentions = index.mentions.within(record.start, record.end)
    found = find_triggers(words, lexicon, split, named_words(words, mentions))
    if not found:
        return Sentence(words, Cues((), ()), (), (), {})
    cues = find_cues(words, lexicon)
    matches = tuple(m for m in found
                    if not _inside_name(words[m.first], mentions) and not cues.covers("blocked", m.first))
    mentions += pair_mentions(doc, words, cues, mentions)
    groups = build_groups(doc.text, words, cues, mentions)
    previous = carry.subject if carry else None
    extra = reflexive_mentions(doc, words, cues, groups, previous) + latter_mentions(doc, words, cues, groups, previous)
    if extra:
        groups = build_groups(doc.text, words, cues, mentions + extra)
    groups = resolve_pairs(groups, carry.pair if carry else None)
    view = Sentence(words, cues, groups, matches, {})
    sites = site_groups(doc, words, record.start, record.end, index.places)
    return Sentence(words, cues, groups, matches, _claims(view), sites)


def _reporters(view: Sentence) -> dict[int, TriggerMatch]:
    """Trigger head -> the nearest reporting verb before it in the same sentence."""
    found: dict[int, TriggerMatch] = {}
    for reporter in (m for m in view.matches if m.trigger.reporting):
        for match in view.matches:
            if match.first > max(reporter.covered):
                found[match.first] = reporter
    return found


def _pronoun_complement(view: Sentence, index: int) -> bool:
    """"أعلنت أنها أطلقت"، "أنها قد شنت": the pronoun on أن is the subject of the verb right after it; in
    "أعلنت الوزارة أنها اعترضت صاروخا أطلقه الحوثيون" a later verb has its own subject."""
    start, _ = view.clause(index)
    return 0 < start <= index <= start + 2 and view.words[start].norm in PRONOUN_COMPLEMENTS


def _roles(view: Sentence, match: TriggerMatch, anchor: int) -> tuple[Roles, int]:
    if match.pos in VERBAL:
        return verb_roles(view, match, anchor), anchor
    if match.pos == "participle":
        return participle_roles(view, match), match.first
    return noun_roles(view, match, anchor)


def _anchor(view: Sentence, match: TriggerMatch) -> int:
    """Where the subject of ``match`` is looked for: the intent verb governing it, or the trigger itself."""
    hit = view.cues.ending_near("intent", match.first, 3)
    governor = intent_trigger_before(view, match)
    if governor is not None:
        return governor.first
    return hit.start if hit is not None else match.first


def _inherit(view: Sentence, match: TriggerMatch, roles: Roles, reporter: Roles | None,
             carry: Group | None) -> Roles:
    """Fill a missing subject from the reporting verb or, for a sentence-initial verb, the last sentence."""
    if roles.how in ("participle", "nominal", "relative-unknown"):
        return roles  # the subject is in the text, only it names no known actor
    pronoun = _pronoun_complement(view, match.first)
    if match.pos not in VERBAL and roles.how != "governed":
        return roles  # a verbal noun takes its source from its own phrase or a light verb, never from afar
    if (reporter is not None and reporter.source is not None and (roles.source is None or pronoun)
            and not _informant(view, reporter.source)):
        return Roles(reporter.source, roles.target, False, "reporter")
    dropped = roles.how != "unknown" and _dropped_subject(view, match)
    if roles.source is None and match.pos in VERBAL and dropped and carry is not None:
        return Roles(carry, roles.target, False, "inherited")
    return roles


def _informant(view: Sentence, group: Group) -> bool:
    """"وأكدت مصادر يمنية أن ..."، "نقلت وكالة سبأ": whoever passed the news on is not the actor of what
    they report."""
    if all(m.code.endswith("MED") for m in group.members if m.code):
        return True  # a news outlet ("في تصريح لـCNN") relays what others did
    return any(view.cues.covers("informant", i) for i in range(max(0, group.first - 1), group.first + 1))


def _dropped_subject(view: Sentence, match: TriggerMatch) -> bool:
    """A sentence-initial verb followed by punctuation, a preposition or أن has no subject of its own
    ("وأضاف أن"، "واعتبر، عبر حسابه"): it continues the last sentence's subject."""
    if match.first > 1 or match.head_end >= len(view.words):
        return False
    following = view.words[match.head_end]
    opens_complement = view.cues.at(following.index, "complement") is not None
    return following.is_punct or following.norm in PREPOSITIONS or opens_complement


def _pronoun_source(match: TriggerMatch, roles: Roles, earlier: list[tuple[TriggerMatch, Roles]]) -> Roles:
    """"أعلنت الحكومة عن سيطرتها"، "خلال زيارته": a verbal noun with an attached pronoun belongs to the
    subject of the verb before it."""
    if roles.source is not None or match.pos in VERBAL or match.suffix not in OBJECT_PRONOUNS:
        return roles
    sources = [r.source for m, r in earlier if m.pos in VERBAL and r.source is not None]
    return Roles(sources[-1], roles.target, False, "pronoun") if sources else roles


def _coordinated_noun(match: TriggerMatch, roles: Roles, earlier: list[tuple[TriggerMatch, Roles]]) -> Roles:
    """"باستعادة حكومة طرابلس السيطرة ... وإجبار قوات حفتر": a verbal noun joined by و to an earlier one
    shares its source."""
    if roles.source is not None or match.pos in VERBAL or not match.prefix.startswith("و"):
        return roles
    for other, other_roles in reversed(earlier):
        near = match.first - other.first <= COORDINATED_REACH
        if other.pos not in VERBAL and other_roles.source is not None and near:
            return Roles(other_roles.source, roles.target, False, "coordinated")
    return roles


def _continue_subject(roles: Roles, earlier: list[Roles]) -> Roles:
    """"وجه رسائل إلى X وY، طالب فيها...": a verb whose apparent subject was an earlier verb's target
    continues the earlier verb's subject."""
    if roles.how != "svo" or roles.source is None:
        return roles
    if not any(r.target is roles.source for r in earlier):
        return roles
    subjects = [r.source for r in earlier if r.source is not None and r.how != "participle"]
    return Roles(subjects[-1] if subjects else None, roles.target, False, "continued")


PREVERBAL = frozenset({"svo", "nominal", "pronoun", "continued", "relative", "noun-subject"})


def _coordinated_verb(view: Sentence, match: TriggerMatch, roles: Roles,
                      earlier: list[tuple[TriggerMatch, Roles]]) -> Roles:
    """"الفيدرالية الدولية تطالب تركيا ... وتدعو الحكومة التركية": a verb joined by و to an earlier verb of
    the sentence keeps that verb's subject when the subject came first (an actor after it is its object), or
    when it has none of its own ("استقبل الرئيس الوفد وبحث معه")."""
    if match.pos not in VERBAL or match.prefix[:1] not in CONJUNCTION_LETTERS or match.first == 0:
        return roles
    verbs = [(m, r) for m, r in earlier if m.pos in VERBAL and not m.trigger.reporting]
    if not verbs or any(w.is_strong_punct for w in view.words[verbs[-1][0].first:match.first]):
        return roles
    previous = verbs[-1][1]
    own = roles.how in ("vso", "nominal") and previous.how in PREVERBAL
    if not own and not (roles.how == "none" and previous.source):
        return roles
    target = roles.target
    if roles.how == "vso" and target is None and "obj" in match.trigger.frame:
        target = roles.source  # what looked like the subject is the object
    return Roles(previous.source, target, False, "continued")


def _purpose_adjunct(view: Sentence, match: TriggerMatch) -> bool:
    """"شن هجوما للسيطرة على"، "دعما لـ": a verbal noun of purpose after another trigger is not an event."""
    if match.pos in VERBAL:
        return False
    word = view.words[match.first].norm
    accusative = word.endswith("ا") and "ال" not in match.prefix and not match.suffix  # not the ا of دعمها
    purpose = "ل" in match.prefix.lstrip(CONJUNCTIONS)[:1] or accusative
    start, _ = view.clause(match.first)
    earlier = [m for m in view.matches if m is not match and max(start, match.first - PURPOSE_REACH) <= m.first
               < match.first]
    return (purpose and bool(earlier)) or _requested(view, match)


CHARGE_CODES = ("112", "116")
CHARGE_REACH = 8


def _charged_with(view: Sentence, match: TriggerMatch) -> bool:
    """"اتهمت الحكومة قوات الدعم السريع بقتل مدنيين"، "أدين بتهمة اقتحام البرلمان": what someone is accused
    or convicted of is the content of the charge, not an event the article asserts."""
    if match.pos == "imperfect" or (match.pos == "perfect" and match.suffix):
        return False  # a bare perfect form (قتل، قصف) after a charge is its verbal noun
    start, _ = view.clause(match.first)
    return any(start <= m.first < match.first and m.cameo.startswith(CHARGE_CODES)
               and match.first - max(m.covered) <= CHARGE_REACH for m in view.matches)


def _requested(view: Sentence, match: TriggerMatch) -> bool:
    """"دعا بومبيو السعودية إلى دعم التحقيق": a verbal noun after إلى that an appeal, demand or intent
    governs is what was asked for, not an event."""
    if match.pos in VERBAL or match.first == 0:
        return False
    after_ila = strip_conjunction(view.words[match.first - 1].norm) == "الي"
    if not after_ila and ("ال" in match.prefix or match.prefix.lstrip(CONJUNCTIONS)):
        return False  # "ناشد X تقديم مساعدات": the requested action is a bare verbal noun
    start, _ = view.clause(match.first)
    return any(start <= m.first < match.first and m.pos in VERBAL and m.cameo[:2] in REQUESTING_ROOTS
               and match.first - max(m.covered) <= REQUEST_REACH for m in view.matches)


HELD_ROOTS = frozenset({"17", "18"})


def _epithet(view: Sentence, match: TriggerMatch) -> bool:
    """"حكومة الوفاق المدعومة من الأمم المتحدة": a passive participle right after an actor's name is a
    standing description of that actor, not a reported event."""
    if match.pos != "participle" or match.trigger.voice != "passive":
        return False
    if match.cameo[:2] in HELD_ROOTS and "ال" not in match.prefix:
        return False  # "القذافي محتجز في لبنان": a predicate saying someone is being held reports the detention
    previous = view.words[match.first - 1].norm if match.first else ""
    return any(g.last == match.first - 1 for g in view.groups) or strip_conjunction(previous).startswith("ال")


def _content_of(view: Sentence, match: TriggerMatch) -> bool:
    """"وجه رسائل ... طالب فيها": a verb followed by فيها states what an earlier event contained."""
    if match.head_end >= len(view.words) or view.cues.at(match.head_end, "content") is None:
        return False
    return any(other.first < match.first for other in view.matches)


def _code_trigger(view: Sentence, match: TriggerMatch, lexicon: Lexicon, reporter: TriggerMatch | None,
                  earlier: list[tuple[TriggerMatch, Roles]], carry: Carry) -> Coded:
    anchor = _anchor(view, match)
    roles, anchor = _roles(view, match, anchor)
    reported = next((r for m, r in earlier if reporter is not None and m is reporter), None)
    roles = _inherit(view, match, roles, reported, carry.subject)
    roles = _continue_subject(roles, [r for _, r in earlier])
    roles = _coordinated_verb(view, match, roles, earlier)
    roles = _coordinated_noun(match, roles, earlier)
    roles = _pronoun_source(match, roles, earlier)
    mode = modality(view, match, anchor)
    if reporter is not None and reporter.trigger.reporting == "deny":
        mode = NOT_AN_EVENT
    if mode == FUTURE and _own_side_warning(match, roles, reported):
        mode = INTENT  # announced force is a threat: 138 through the intent table
        if roles.target is None and reported is not None and reported.target is not None:
            roles = replace(roles, target=reported.target)  # "حذر حزب الله من أن إسرائيل سترد"
    elif reporter is not None and reporter.cameo.startswith(WARNING) and mode != NOT_AN_EVENT:
        mode = NOT_AN_EVENT  # "حذر من تصاعد المواجهات": the danger warned of has not happened
    if mode == ASSERTED and (_purpose_adjunct(view, match) or _charged_with(view, match) or _epithet(view, match)
                             or _content_of(view, match)):
        mode = NOT_AN_EVENT
    cameo = refine_code(view, match, lexicon, roles.source if roles.explicit else None)
    cameo = _result_of_attack(view, match, roles, cameo, anchor)
    if roles.how == "convicted":  # a court's conviction is legal action (173); anyone else's, a finding
        cameo = "173" if roles.source and any(m.code.endswith("JUD") for m in roles.source.members) else "116"
    if mode == INTENT:
        cameo = lexicon.intent_code(cameo) or cameo
    span = (view.words[match.first].start, view.words[max(match.first, match.head_end - 1)].end)
    return Coded(match, cameo, roles, mode, span)


THREAT_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
WARNING = "012"


def _own_side_warning(match: TriggerMatch, roles: Roles, reported: Roles | None) -> bool:
    """"قال المتحدث باسم الحوثيين إن قواتهم ستستهدف المطارات"، "أكد قائد الحرس أن إيران ستقصف": a speaker
    announcing what their own side will do to an adversary is threatening it (13x), not forecasting."""
    if match.cameo[:2] not in THREAT_ROOTS or reported is None or reported.source is None:
        return False
    if roles.source is None or roles.source is reported.source:
        return roles.source is not None
    return bool(_countries(roles.source) & _countries(reported.source))


def _countries(group: Group) -> set[str]:
    return {m.code[:3] for m in group.members if m.code and len(m.code) >= 3}


RESULT_ROOTS = frozenset({"18"})
ATTACK_ROOTS = VIOLENT_ROOTS


def _result_of_attack(view: Sentence, match: TriggerMatch, roles: Roles, cameo: str, anchor: int) -> str:
    """"غارات عراقية تقتل قادة لداعش": killing reported as what a strike did is the strike (195), not a
    separate assault."""
    if roles.how != "noun-subject" or cameo[:2] not in RESULT_ROOTS:
        return cameo
    carrier = event_noun_subject(view, match, anchor)
    noun_code = carrier[0].cameo if carrier is not None else ""
    return noun_code if noun_code[:2] in ATTACK_ROOTS else cameo


def _next_carry(coded: list[Coded], carry: Carry) -> Carry:
    explicit = [c.roles.source for c in coded if c.roles.explicit and c.roles.source is not None]
    pairs = [(s, t) for c in coded if c.modality != NOT_AN_EVENT and c.roles.source and c.roles.target
             for s in c.roles.source.members[:1] for t in c.roles.target.members[:1] if s.code and t.code]
    return Carry(explicit[-1] if explicit else carry.subject, pairs[-1] if pairs else carry.pair)


def code_sentence(doc: Document, record: SentenceRecord, lexicon: Lexicon, carry: Carry,
                  split: Analyser | None = None, index: DocIndex | None = None) -> tuple[list[Coded], Carry]:
    """Coded triggers of one sentence and what to carry into the next."""
    view = analyse(doc, record, lexicon, carry, split, index)
    if is_question(doc.text[record.start:record.end], view):
        return [], carry
    reporters = _reporters(view)
    earlier: list[tuple[TriggerMatch, Roles]] = []
    coded: list[Coded] = []
    for match in view.matches:
        item = _code_trigger(view, match, lexicon, reporters.get(match.first), earlier, carry)
        earlier.append((match, item.roles))
        coded.append(item)
    coded = _site_targets(view, coded)
    return _settle_reporting(coded, reporters), _next_carry(coded, carry)


def _site_targets(view: Sentence, coded: list[Coded]) -> list[Coded]:
    """Targetless attacks take the country of the place they hit, unless the sentence already names the
    target of an attack by the same source ("غارات عراقية تقتل قادة لداعش في سوريا" is one strike on IS)."""
    def named(item: Coded) -> bool:
        return any(o.roles.target is not None and o.roles.source is item.roles.source
                   and o.cameo[:2] == item.cameo[:2] for o in coded if o is not item and o.modality == ASSERTED)

    hit = victims(view)
    coded = [replace(c, roles=victim_target(c.match, c.roles, c.cameo, hit)) if c.modality == ASSERTED
             else c for c in coded]
    return [replace(c, roles=site_target(view, c.match, c.roles, c.cameo))
            if c.modality == ASSERTED and c.roles.target is None and not named(c) else c for c in coded]


def _settle_reporting(coded: list[Coded], reporters: dict[int, TriggerMatch]) -> list[Coded]:
    """Keep a reporting verb only as 010 (state) or 016 (deny) when its complement reports nothing."""
    emitted = [c.match.first for c in coded if c.modality != NOT_AN_EVENT and c.match.first in reporters]
    kept = []
    for item in coded:
        kind = item.match.trigger.reporting
        reports_more = any(first > item.match.first for first in emitted)
        if kind == "say" or (kind == "state" and reports_more):
            continue
        if kind and not item.roles.explicit:
            continue
        if item.cameo.startswith("03") and item.modality == ASSERTED and _governs_intent(item, coded):
            continue
        kept.append(item)
    return kept


def _governs_intent(item: Coded, coded: list[Coded]) -> bool:
    end = max(item.match.covered) + 1
    return any(c.modality == INTENT and 0 <= c.match.first - end <= 3 for c in coded)


def fold_coordinated(coded: list[Coded], ontology: Ontology) -> list[Coded]:
    """"باستعادة حكومة طرابلس السيطرة ... وإجبار قوات حفتر على الانسحاب": a verbal noun joined by و to an
    earlier one of the same QuadClass and sharing its source spells out the same action; the earlier one
    keeps it (and its target, when it had none)."""
    out: list[Coded] = []
    for item in coded:
        partner = next((o for o in reversed(out) if item.roles.how == "coordinated" and o.match.pos not in VERBAL
                        and o.roles.source is item.roles.source
                        and ontology.get(o.cameo).quad_class == ontology.get(item.cameo).quad_class), None)
        if partner is None:
            out.append(item)
        elif partner.roles.target is None:
            out[out.index(partner)] = replace(partner, roles=replace(partner.roles, target=item.roles.target))
    return out


def code_events(doc: Document, lexicon: Lexicon, ontology: Ontology,
                split: Analyser | None = None) -> tuple[Event, ...]:
    """Every event the document's sentences report, one per source/target pair. ``split`` is the run's
    memo of word splits (``lexicon_analyser``), made per call when not given."""
    events: list[Event] = []
    carry = Carry()
    split = lexicon_analyser(lexicon) if split is None else split
    index = DocIndex.of(doc)
    for record in doc.sentences:
        if record.kind == "boilerplate":
            continue
        if record.kind in HEADLINE_KINDS:  # a headline stands alone: it neither takes nor hands on a subject
            coded, _ = code_sentence(doc, record, lexicon, Carry(), split, index)
        else:
            coded, carry = code_sentence(doc, record, lexicon, carry, split, index)
        asserted = fold_coordinated([c for c in coded if c.modality != NOT_AN_EVENT], ontology)
        found = [e for item in asserted for e in emit_events(doc, record, item, lexicon, ontology)]
        events.extend(merge_within_sentence(found))
    return tuple(absorb_partial_events(events))

