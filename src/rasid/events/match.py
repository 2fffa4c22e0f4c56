"""Find trigger occurrences in a sentence's words: clitic-aware lookup, phrases, and gapped tails.

Candidates that cover the same words compete: a tail that made a reading more specific (طلب المساعدة
over طلب) wins, then the longer span, then the longer CAMEO code. A verb reading of a bare form (دعم)
loses to the noun reading when a preposition or article shows it is a noun.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import partial

from rasid.events.lexicon import Form, Lexicon, Trigger
from rasid.events.words import (
    MIN_CORE,
    Analysis,
    Word,
    analyses,
    has_core,
    loose_equal,
    prefix_allowed,
    probe,
    strip_conjunction,
    suffix_allowed,
)
from rasid.memo import Memo
from rasid.text.clitics import CONJUNCTIONS, MARKER_PREPOSITIONS, NOUN_MARKERS

VERB_TAIL_WINDOW = 13
EXCLUDED_TAIL_WINDOW = 5  # a verb's object comes after a subject of a few words (أوقفت الحكومة المصرية العمل)
NOUN_TAIL_WINDOW = 3
PREPOSITIONS = frozenset({"في", "من", "الي", "علي", "عن", "مع", "ضد", "بين", "لدي", "حول", "بشان", "تجاه",
                          "نحو", "بعد", "قبل", "خلال", "عبر", "امام", "دون", "بحق", "حيال", "باتجاه", "صوب"})


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    trigger: Trigger
    pos: str
    first: int  # word index of the head
    head_end: int  # word index after the head phrase
    tail_words: tuple[int, ...]
    prefix: str
    suffix: str = ""  # an attached pronoun (زيارته، سيطرتها)

    @property
    def cameo(self) -> str:
        return self.trigger.cameo

    covered: frozenset[int] = frozenset()  # head and tail word indices, filled in on construction

    def __post_init__(self) -> None:
        words = frozenset(range(self.first, self.head_end)) | frozenset(self.tail_words)
        object.__setattr__(self, "covered", words)

    @property
    def future_prefix(self) -> bool:
        return self.pos == "imperfect" and "س" in self.prefix


def _phrase_continues(words: tuple[Word, ...], start: int, rest: tuple[str, ...]) -> bool:
    if start + len(rest) > len(words):
        return False
    return all(loose_equal(words[start + i].norm, w) for i, w in enumerate(rest))


def _word_matches(word: str, wanted: str, first: bool) -> bool:
    """A tail word: as listed, with clitics (first word only) or an accusative alef; never a derived
    adjective (الحربية is not حرب)."""
    if word == wanted or strip_conjunction(word) == wanted:
        return True
    if not first and loose_equal(word, wanted) and not word.endswith("ي"):
        return True
    return has_core(word, wanted, with_prefix=first)


def phrase_at(words: tuple[Word, ...], start: int, tail: tuple[str, ...]) -> tuple[int, ...] | None:
    if start + len(tail) > len(words):
        return None
    for i, wanted in enumerate(tail):
        if not _word_matches(words[start + i].norm, wanted, first=i == 0):
            return None
    return tuple(range(start, start + len(tail)))


def _find_tail(words: tuple[Word, ...], after: int, trigger: Trigger, window: int,
               listed: tuple[tuple[str, ...], ...] | None = None) -> tuple[int, ...] | None:
    """The first of the trigger's tails (or of ``listed``) within ``window`` words after ``after``."""
    present = " ".join(w.norm for w in words[after:after + window])
    tails = [t for t in (trigger.tails if listed is None else listed) if probe(t[0]) in present]
    for position in range(after, min(len(words), after + window)):
        if words[position].is_strong_punct:
            return None
        for tail in tails:
            found = phrase_at(words, position, tail)
            if found:
                return found
    return None


RESUMED_REACH = 4
RELATIVE_WORDS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})


def _resumed_tail(words: tuple[Word, ...], index: int, trigger: Trigger) -> tuple[int, ...] | None:
    """"صاروخ باليستي أطلقته جماعة الحوثي"، "الصواريخ التي أطلقها حزب الله": the object named before
    the verb, which takes it back as an attached pronoun, completes the verb's tail."""
    start = max(0, index - RESUMED_REACH)
    for position in range(index - 1, start - 1, -1):
        if words[position].is_punct:
            return None
        for tail in trigger.tails:
            core = strip_conjunction(words[position].norm)
            bare = core[2:] if core.startswith("ال") else core
            if len(tail) == 1 and (bare in (tail[0], tail[0].rstrip("ا")) or core == tail[0]):
                return (position,)
    return None


def _candidate(words: tuple[Word, ...], index: int, form: Form, analysis: Analysis) -> TriggerMatch | None:
    prefix = analysis.prefix
    if not prefix_allowed(prefix, form.pos) or not suffix_allowed(analysis.suffix, form.pos):
        return None
    head_end = index + len(form.words)
    if not _phrase_continues(words, index + 1, form.words[1:]):
        return None
    excluded = form.trigger.excluded
    reach = EXCLUDED_TAIL_WINDOW if form.trigger.kind == "verb" else 1  # a phrase's own next word
    if excluded and _find_tail(words, head_end, form.trigger, reach, excluded) is not None:
        return None  # "أوقفت الحكومة العمل بالقانون" halts a thing; it detains no one
    tail: tuple[int, ...] = ()
    if form.trigger.tails:
        window = VERB_TAIL_WINDOW if form.trigger.kind == "verb" else NOUN_TAIL_WINDOW
        found = _find_tail(words, head_end, form.trigger, window)
        if found is None and form.pos in ("perfect", "imperfect") and analysis.suffix:
            found = _resumed_tail(words, index, form.trigger)
        if found is None:
            return None
        tail = found
    return TriggerMatch(form.trigger, form.pos, index, head_end, tail, prefix, analysis.suffix)


Analyser = Callable[[str], list[Analysis]]  # word -> its splits whose core the lexicon knows


def lexicon_analyser(lexicon: Lexicon) -> Analyser:
    """A per-call memo of the lexicon splits of each word; a pipeline run shares one across documents
    (``run_events`` takes it from ``ctx.memo``)."""
    return Memo(partial(analyses, known=lexicon.index))


def _candidates_at(words: tuple[Word, ...], index: int, lexicon: Lexicon, split: Analyser) -> list[TriggerMatch]:
    out = []
    seen: set[tuple[int, str, str]] = set()
    for analysis in split(words[index].norm):
        if analysis.suffix == "ه" and words[index].ta_marbuta:
            continue  # رحلة is not رحل + ه
        for form in lexicon.forms_for(analysis.core):
            key = (form.trigger.line, form.pos, form.words)
            if key in seen:
                continue
            match = _candidate(words, index, form, analysis)
            if match is not None:
                seen.add(key)
                out.append(match)
    return out


def _indefinite_adjective(word: str) -> bool:
    """"تعاون استراتيجي"، "دعم جزائري": an indefinite nisba adjective follows a noun, not a verb."""
    return not word.startswith("ال") and len(word) > 3 and word.endswith(("ي", "يه", "يا"))


def _looks_nominal(words: tuple[Word, ...], match: TriggerMatch) -> bool:
    previous = words[match.first - 1].norm if match.first else ""
    following = words[match.head_end].norm if match.head_end < len(words) else ""
    if match.prefix.lstrip(CONJUNCTIONS).startswith(NOUN_MARKERS) or strip_conjunction(previous) in PREPOSITIONS:
        return True
    return not match.suffix and _indefinite_adjective(following)


def _next_marker(words: tuple[Word, ...], match: TriggerMatch) -> str:
    after = max(match.covered) + 1
    if after >= len(words):
        return ""
    word = words[after].norm
    if word in PREPOSITIONS:
        return word
    return word[0] if word[0] in MARKER_PREPOSITIONS and len(word) > 3 else ""


def _rank(words: tuple[Word, ...], match: TriggerMatch) -> tuple[int, int, int, int, int]:
    verbal = match.pos in ("perfect", "imperfect")
    fits = 0 if verbal and _looks_nominal(words, match) else 1
    frame_fit = 1 if _next_marker(words, match) in match.trigger.frame else 0
    return (fits, len(match.tail_words) > 0, len(match.covered), frame_fit, len(match.cameo))


def _blocked(word: Word, lexicon: Lexicon) -> bool:
    """Frequent words that look like a trigger form but are not (وزارة is not و+زار+ه)."""
    blocked = lexicon.blocked_words
    return word.norm in blocked or strip_conjunction(word.norm) in blocked


def find_triggers(words: tuple[Word, ...], lexicon: Lexicon, split: Analyser | None = None,
                  named: Container[int] = ()) -> list[TriggerMatch]:
    """Non-overlapping trigger matches in sentence order. ``split`` (word -> its lexicon splits, from
    ``lexicon_analyser``) may be shared by every sentence of a run; it must be built on this ``lexicon``.
    ``named`` holds the indices of words inside an actor's name: a tail found there is part of the name, not
    the trigger's object ("أوقف الجيش القتال مع قوات الدعم السريع" does not stop any support)."""
    split = lexicon_analyser(lexicon) if split is None else split
    candidates = [m for w in words if len(w.norm) >= MIN_CORE and split(w.norm)
                  and not _blocked(w, lexicon) for m in _candidates_at(words, w.index, lexicon, split)
                  if not any(i in named for i in m.tail_words)]
    candidates.sort(key=lambda m: _rank(words, m), reverse=True)
    taken: set[int] = set()
    chosen = []
    for match in candidates:
        if match.covered & taken:
            continue
        taken |= match.covered
        chosen.append(match)
    return sorted(chosen, key=lambda m: m.first)
