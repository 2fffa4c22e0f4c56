"""Whether a trigger reports an event that happened (asserted), is intended, is future, or is not an
event at all (negated, conditional, speculative, asked)."""

from __future__ import annotations

import re

from rasid.events.match import TriggerMatch
from rasid.events.roles import Sentence, genitive
from rasid.events.words import QUESTION_MARKS, strip_conjunction

NEGATION_REACH = 2
INTENT_REACH = 3
FUTURE_REACH = 3
SPECULATION_REACH = 6
INTENT_TRIGGER_REACH = 3

MAY = frozenset({"قد", "وقد", "فقد"})
YEAR_RE = re.compile(r"^(?:1[89]\d\d|20[0-3]\d)$")
YEAR_WORDS = frozenset({"عام", "عامي", "سنه", "العام"})
SINCE = frozenset({"منذ"})
WAS = frozenset({"كان", "كانت", "كانوا"})
STATE_CODES = frozenset({"192"})  # control and occupation: in the imperfect, often a standing state
NOMINAL = frozenset({"noun", "phrase"})
ASSERTED, INTENT, FUTURE, NOT_AN_EVENT = "asserted", "intent", "future", "none"


def is_question(text: str, sentence: Sentence) -> bool:
    """A question (a headline ending in ؟ or opening with هل) reports nothing."""
    stripped = text.rstrip(" \t\n\"'»”)")
    if stripped[-1:] in QUESTION_MARKS:
        return True
    return any(hit.start == 0 for hit in sentence.cues.of_kind("question"))


def _negated(sentence: Sentence, index: int) -> bool:
    return sentence.cues.ending_near("negation", index, NEGATION_REACH) is not None


def _hypothetical(sentence: Sentence, index: int) -> bool:
    if any(hit.start < index for hit in sentence.cues.of_kind("conditional")):
        return True
    return sentence.cues.ending_near("speculation", index, SPECULATION_REACH) is not None


def intent_trigger_before(sentence: Sentence, match: TriggerMatch) -> TriggerMatch | None:
    """An 'express intent' trigger (أبدى استعداده، تعهد) just before ``match`` that governs it."""
    for other in sentence.matches:
        ends = max(other.covered) + 1
        if other is not match and other.cameo.startswith("03") and 0 <= match.first - ends <= INTENT_TRIGGER_REACH:
            return other
    return None


def modality(sentence: Sentence, match: TriggerMatch, anchor: int) -> str:
    """The modality of the event a trigger reports; ``anchor`` is its verb (the light verb for a noun)."""
    if any(_negated(sentence, i) for i in {anchor, match.first}):
        return NOT_AN_EVENT
    if _hypothetical(sentence, anchor) or _hypothetical(sentence, match.first):
        return NOT_AN_EVENT
    if match.pos == "imperfect" and match.first and sentence.words[match.first - 1].norm in MAY:
        return NOT_AN_EVENT  # "قد تفرض": may impose (قد before a perfect verb asserts)
    if _time_reference(sentence, match) or _standing_state(sentence, match) or _negated_predicate(sentence, match):
        return NOT_AN_EVENT
    if match.cameo.startswith("03"):
        return ASSERTED
    if sentence.cues.ending_near("intent", match.first, INTENT_REACH) or intent_trigger_before(sentence, match):
        return INTENT
    if match.future_prefix or sentence.cues.ending_near("future", anchor, FUTURE_REACH):
        return FUTURE
    return ASSERTED


def _time_reference(sentence: Sentence, match: TriggerMatch) -> bool:
    """"منذ حرب 1973"، "حرب عام 1967"، "منذ الهجوم": a war or battle noun dated by its year, or any event
    noun after منذ, names a time, not an event the article reports."""
    if match.pos not in NOMINAL:
        return False
    words = sentence.words
    if match.first and strip_conjunction(words[match.first - 1].norm) in SINCE:
        return True
    if not match.trigger.symmetric:
        return False  # "تحييد 1931 إرهابيا": a number after other nouns counts, it does not date
    after = [w.norm for w in words[max(match.covered) + 1:max(match.covered) + 3]]
    if after and after[0] in YEAR_WORDS:
        after = after[1:]
    return bool(after) and bool(YEAR_RE.match(after[0]))


def _standing_state(sentence: Sentence, match: TriggerMatch) -> bool:
    """"التي يسيطر عليها التنظيم منذ 2014"، "كان يسيطر": control in the imperfect inside a relative
    clause, after كان or with منذ describes who holds a place, not a taking."""
    if match.cameo not in STATE_CODES or match.pos != "imperfect" or match.future_prefix:
        return False
    _, end = sentence.clause(match.first)
    previous = sentence.words[match.first - 1].norm if match.first else ""
    relative = sentence.cues.ending_near("relative", match.first, 2) is not None
    since = any(strip_conjunction(w.norm) in SINCE for w in sentence.words[match.first:end])
    return relative or strip_conjunction(previous) in WAS or since


def _negated_predicate(sentence: Sentence, match: TriggerMatch) -> bool:
    """"مطالب الحوثيين لن تجد آذانا": a verbal noun whose predicate is negated is talked about, not
    reported as made."""
    if match.pos not in NOMINAL:
        return False
    owner = genitive(sentence, match)
    after = (owner.last if owner is not None else max(match.covered)) + 1
    return sentence.cues.at(after, "negation") is not None
