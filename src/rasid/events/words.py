"""Words of a sentence in matching form, with raw offsets, and their clitic analyses.

Arabic attaches conjunctions, prepositions and the article in front of a word and object or possessive
pronouns after it. Triggers are stored bare, so every word is looked up under each plausible split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasid.text.normalize import normalize

WORD_RE = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)
STRONG_PUNCT = frozenset(".؛;:!؟?\n")
QUESTION_MARKS = frozenset("؟?")

# Proclitic chains by the part of speech they may attach to (matching form: alef and hamza folded).
VERB_PREFIXES = ("", "و", "ف")
IMPERFECT_PREFIXES = ("", "و", "ف", "ل", "س", "وس", "فس", "ول", "فل", "ولي")
NOUN_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل",
                 "وب", "ول", "فب", "فل", "وك", "وبال", "فبال")
ENCLITICS = ("", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي", "ني")
# A final ي on a noun is far more often a nisba adjective (الاجتماعي) than "my"; only verbs take ني.
NOUN_ENCLITICS = frozenset({"", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا"})
VERB_ENCLITICS = frozenset({"", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ني"})
PREFIXES_BY_POS = {"perfect": VERB_PREFIXES, "imperfect": IMPERFECT_PREFIXES, "noun": NOUN_PREFIXES,
                   "participle": NOUN_PREFIXES, "phrase": NOUN_PREFIXES}
ALL_PREFIXES = tuple(sorted(set(NOUN_PREFIXES) | set(IMPERFECT_PREFIXES), key=len))
MIN_CORE = 2


@dataclass(frozen=True, slots=True)
class Word:
    """One word or punctuation mark: matching form plus raw offsets into the article text."""

    norm: str
    start: int
    end: int
    index: int
    ta_marbuta: bool = False  # the raw word ends in ة, so a final ه in matching form is not a pronoun

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
    words = []
    for found in WORD_RE.finditer(folded.text):
        start, end = folded.to_raw(found.start(), found.end())
        marbuta = text[start:end].rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ة")
        words.append(Word(found.group(), start + offset, end + offset, len(words), marbuta))
    return tuple(words)


def _cores(word: str, prefix: str) -> list[Analysis]:
    rest = word[len(prefix):]
    out = []
    for suffix in ENCLITICS:
        if suffix and not rest.endswith(suffix):
            continue
        core = rest[: len(rest) - len(suffix)] if suffix else rest
        if len(core) < MIN_CORE:
            continue
        out.append(Analysis(prefix, core, suffix))
        if suffix and core.endswith("ت"):
            out.append(Analysis(prefix, core[:-1] + "ه", suffix))  # ta marbuta before a pronoun
    return out


def analyses(word: str) -> list[Analysis]:
    """Every (proclitics, core, enclitic) split of a normalised word, most literal first."""
    out: list[Analysis] = []
    for prefix in ALL_PREFIXES:
        if word.startswith(prefix):
            out.extend(_cores(word, prefix))
    return out


def prefix_allowed(prefix: str, pos: str) -> bool:
    return prefix in PREFIXES_BY_POS[pos]


def suffix_allowed(suffix: str, pos: str) -> bool:
    return suffix in (VERB_ENCLITICS if pos in ("perfect", "imperfect") else NOUN_ENCLITICS)


def strip_conjunction(word: str) -> str:
    """The word without a leading و/ف conjunction (only when enough remains to be a word)."""
    if len(word) > 3 and word[0] in "وف":
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
