"""Words of a sentence in matching form, with raw offsets, and their clitic analyses.

Arabic attaches conjunctions, prepositions and the article in front of a word and object or possessive
pronouns after it. Triggers are stored bare, so every word is looked up under each plausible split.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from rasid.text.clitics import (
    CONJUNCTIONS,
    EVENT_ENCLITICS,
    IMPERFECT_PROCLITICS,
    NOUN_ENCLITICS,
    NOUN_PROCLITICS,
    PERFECT_PROCLITICS,
    VERB_ENCLITICS,
)
from rasid.text.normalize import normalize

WORD_RE = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)
STRONG_PUNCT = frozenset(".؛;:!؟?\n")
QUESTION_MARKS = frozenset("؟?")

# Proclitic chains by the part of speech they may attach to (matching form: alef and hamza folded).
PREFIXES_BY_POS = {"perfect": PERFECT_PROCLITICS, "imperfect": IMPERFECT_PROCLITICS, "noun": NOUN_PROCLITICS,
                   "participle": NOUN_PROCLITICS, "phrase": NOUN_PROCLITICS}
ALL_PREFIXES = tuple(sorted(set(NOUN_PROCLITICS) | set(IMPERFECT_PROCLITICS), key=len))
PREFIXES_BY_LETTER = {letter: ("", *(p for p in ALL_PREFIXES if p[:1] == letter))
                      for letter in {p[0] for p in ALL_PREFIXES if p}}
SUFFIXES_BY_LETTER = {letter: ("", *(s for s in EVENT_ENCLITICS if s[-1:] == letter))
                      for letter in {s[-1] for s in EVENT_ENCLITICS}}
MIN_CORE = 2
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


@dataclass(frozen=True, slots=True)
class Word:
    """One word or punctuation mark: matching form plus raw offsets into the article text."""

    norm: str
    start: int
    end: int
    index: int
    ta_marbuta: bool = False  # the raw word ends in ة, so a final ه in matching form is not a pronoun
    passive_mark: bool = False  # written with a damma on its first letter (قُتل، هُجِّر، وأُصيب)

    @property
    def is_punct(self) -> bool:
        return not self.norm[0].isalnum()

    @property
    def is_strong_punct(self) -> bool:
        return self.norm in STRONG_PUNCT


@dataclass(frozen=True, slots=True)
class Analysis:
    prefix: str
    core: str
    suffix: str


def segment(text: str, offset: int = 0) -> tuple[Word, ...]:
    """Split ``text`` (raw) into normalised words whose offsets are raw offsets plus ``offset``."""
    folded = normalize(text)
    offsets = folded.offsets
    words = []
    for found in WORD_RE.finditer(folded.text):
        norm = found.group()
        start, end = offsets[found.start()], max(offsets[found.end() - 1] + 1, offsets[found.end()])
        marbuta = norm[-1] == "ه" and text[start:end].rstrip(HARAKAT).endswith("ة")
        words.append(Word(norm, start + offset, end + offset, len(words), marbuta, _passive_mark(text[start:end])))
    return tuple(words)


DAMMA = "\u064f"
PASSIVE_STEM_START = re.compile(rf"^[{CONJUNCTIONS}]?[\u0621-\u064a]\u064f")  # (و/ف) + a letter carrying damma
# اُعتُقل: alef, then damma on the next letter
OPENING_DAMMA_FORM = re.compile(rf"^[{CONJUNCTIONS}]?ا\u064f?[\u0621-\u064a]\u064f")


def _passive_mark(raw: str) -> bool:
    """A perfect verb is passive when its first letter carries a damma (قُتل، وأُصيب، هُجِّر); writers mark it
    exactly where the plain spelling would mislead. Only the vowel tells it from the active verb."""
    return DAMMA in raw and bool(PASSIVE_STEM_START.match(raw) or OPENING_DAMMA_FORM.match(raw))


def analyses(word: str, known: Container[str] | None = None) -> list[Analysis]:
    """Every (proclitics, core, enclitic) split of a normalised word, most literal first; only those whose
    core is in ``known`` when it is given (a lexicon's index), which spares building the rest."""
    prefixes = [p for p in PREFIXES_BY_LETTER.get(word[:1], ("",)) if word.startswith(p)]
    suffixes = [s for s in SUFFIXES_BY_LETTER.get(word[-1:], ("",)) if word.endswith(s)]
    out: list[Analysis] = []
    for prefix in prefixes:
        for suffix in suffixes:
            core = word[len(prefix):len(word) - len(suffix)]
            if len(core) < MIN_CORE:
                continue
            if known is None or core in known:
                out.append(Analysis(prefix, core, suffix))
            if suffix and core.endswith("ت"):
                marbuta = core[:-1] + "ه"  # ta marbuta before a pronoun
                if known is None or marbuta in known:
                    out.append(Analysis(prefix, marbuta, suffix))
    return out


def probe(form: str) -> str:
    """A substring every word containing ``form`` as a core has (a final ه may be written ت before a pronoun)."""
    return form[:-1] if form.endswith("ه") else form


def has_core(word: str, wanted: str, with_prefix: bool) -> bool:
    """Whether some split of ``word`` has core ``wanted`` or ``wanted`` + accusative alef (a proclitic only
    when ``with_prefix``); a cheap substring test rules most words out first."""
    if probe(wanted) not in word:
        return False
    targets = (wanted, wanted + "ا")
    return any(a.core in targets for a in analyses(word, targets) if with_prefix or not a.prefix)


def prefix_allowed(prefix: str, pos: str) -> bool:
    return prefix in PREFIXES_BY_POS[pos]


def suffix_allowed(suffix: str, pos: str) -> bool:
    return suffix in (VERB_ENCLITICS if pos in ("perfect", "imperfect") else NOUN_ENCLITICS)


def strip_conjunction(word: str) -> str:
    """The word without a leading و/ف conjunction (only when enough remains to be a word)."""
    if len(word) > 3 and word[0] in CONJUNCTIONS:
        return word[1:]
    return word


def loose_equal(word: str, form: str) -> bool:
    """A non-initial word of a phrase: equal up to case endings (tanween alef, ta marbuta, dual/plural)."""
    if word == form:
        return True
    for ending in ("ا", "ان", "ين", "ات", "ي"):
        if word == form + ending:
            return True
    return form.endswith("ه") and word in (form[:-1] + "ت", form[:-1] + "تان", form[:-1] + "تين")
