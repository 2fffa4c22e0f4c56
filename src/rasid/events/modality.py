"""Whether a trigger reports an event that happened (asserted), is intended, is future, or is not an
event at all (negated, conditional, speculative, asked)."""

from __future__ import annotations

from rasid.events.match import TriggerMatch
from rasid.events.roles import Sentence
from rasid.events.words import QUESTION_MARKS

NEGATION_REACH = 2
INTENT_REACH = 3
FUTURE_REACH = 3
SPECULATION_REACH = 6
INTENT_TRIGGER_REACH = 3

MAY = frozenset({"قد", "وقد", "فقد"})
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
    if match.cameo.startswith("03"):
        return ASSERTED
    if sentence.cues.ending_near("intent", match.first, INTENT_REACH) or intent_trigger_before(sentence, match):
        return INTENT
    if match.future_prefix or sentence.cues.ending_near("future", anchor, FUTURE_REACH):
        return FUTURE
    return ASSERTED
