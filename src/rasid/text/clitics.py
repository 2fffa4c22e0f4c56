"""Arabic clitics: the one place that knows the letters, proclitic chains and enclitic pronouns.

Arabic writes the conjunctions و ف, the prepositions ب ل ك, the future marker س and the article ال glued to
the next word (وبالقاهرة = و + ب + ال + قاهرة; ل + ال is written لل), and object or possessive pronouns glued
to the end of a word (له، بها، دعمهم). Every area reads words through these tables; none defines its own.

Areas need different subsets, and each subset is defined here once, built from the shared letters by
``chains`` and named by what it is for. The subsets differ because the areas do different things (an event
trigger is looked up under every plausible split; a search index adds bare forms; a place name is read
without one conjunction or preposition, with or without the article). Where a subset leaves out a chain that
its rule would generate, the set is the one each area was tuned with, kept exactly: ``LEFT_OUT`` names the
difference, and adding it back is a change to measure (the area's scores), not a tidy-up.

Letters are strings here (``CONJUNCTIONS``, ``PREPOSITIONS``): test one letter against them, never a slice
that may be empty (``"" in "وف"`` is true); for ``word[:1]`` use the frozensets (``CLITIC_LETTERS`` ...).

Free-standing prepositions (في، من، على ...) are words, not clitics; the one list of them is the event
coder's ``rasid.events.match.PREPOSITIONS``, the only area that reads them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

CONJUNCTIONS = "وف"  # و "and", ف "so, then"
PREPOSITIONS = "بلك"  # ب "by, in, with", ل "for, to", ك "like"
FUTURE = "س"  # سيزور "will visit": on imperfect verbs only
ARTICLE = "ال"
LIL = "لل"  # ل + ال: the alef of the article is not written (للحكومة)
MIN_STEM = 2

# The enclitic pronouns: him, her, them, them two, them (f.), you, you (pl.), you two, you (f. pl.), us, me
# (on a noun), me (on a verb).
ENCLITIC_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي", "ني")
OBJECT_PRONOUNS = tuple(p for p in ENCLITIC_PRONOUNS if p[0] == "ه")  # third person: the antecedent is named

# The one-letter proclitics a word is read without: the conjunctions and ب ل. ك is left out: as a first
# letter it is far more often part of the word (كان، كل، كبير) than "like".
CLITIC_LETTERS = frozenset(CONJUNCTIONS + "بل")
CONJUNCTION_LETTERS = frozenset(CONJUNCTIONS)
# ب and ل mark an argument (بالقاهرة، للحكومة) and carry a pronoun (له، بها، لهم); ك does neither.
MARKER_PREPOSITIONS = frozenset("بل")


def chains(conjunctions: Iterable[str] = ("", *CONJUNCTIONS), prepositions: Iterable[str] = ("", *PREPOSITIONS),
           articles: Iterable[str] = ("", ARTICLE)) -> tuple[str, ...]:
    """Every chain conjunction + preposition + article from the given choices ("" where a slot may be
    empty), ل + ال written لل; longest first, so that a prefix of a chain comes after it."""
    out = {_join(c, p, a) for c in conjunctions for p in prepositions for a in articles}
    return longest_first(out)


def _join(conjunction: str, preposition: str, article: str) -> str:
    if preposition == "ل" and article == ARTICLE:
        return conjunction + LIL
    return conjunction + preposition + article


def longest_first(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(items), key=lambda s: (-len(s), s)))


ALL_CHAINS = chains()  # with the empty chain: every proclitic run of a noun
# LEFT_OUT: per subset, the chains its rule generates that the area does not use (see the module docstring).
# "noun": وكال and فك begin common words (وكالة "agency", فكرة "idea") that a trigger must not be read in.
LEFT_OUT = {
    "noun": frozenset({"وكال", "فك", "فكال"}),
    "search": frozenset({"فكال", "فلل"}),
}

# Events (rasid.events.words): the proclitic runs a trigger may carry, by its part of speech.
PERFECT_PROCLITICS = chains(articles=("",), prepositions=("",))  # "" و ف
# ل of purpose (ليتم) and the future س; ولي (و + ل + the imperfect ي) was in the table and is kept.
IMPERFECT_PROCLITICS = longest_first((*chains(prepositions=("", "ل", FUTURE), articles=("",)), "ولي"))
NOUN_PROCLITICS = tuple(c for c in ALL_CHAINS if c not in LEFT_OUT["noun"])
# Events (rasid.events.match): a verb reading whose proclitics (after و/ف) start with one of these is a noun.
# ل is left out: on a verb it is the ل of purpose (ليتم).
NOUN_MARKERS = (ARTICLE, LIL, *(p for p in PREPOSITIONS if p != "ل"))
# Events: the pronouns a trigger may carry. A final ي on a noun is far more often a nisba adjective
# (الاجتماعي) than "my"; ني "me" goes on verbs only. كما and كن (second person dual, feminine plural) are
# left out: news seldom addresses anyone, and their letters end many words.
EVENT_ENCLITICS = tuple(p for p in ENCLITIC_PRONOUNS if p not in ("كما", "كن"))
NOUN_ENCLITICS = frozenset({"", *(p for p in EVENT_ENCLITICS if p not in ("ي", "ني"))})
VERB_ENCLITICS = frozenset({"", *(p for p in EVENT_ENCLITICS if p != "ي")})

# Chains that end in the article: a definite noun follows (coreference heads: لحركة، والحركة -> الحركة).
DEFINITE_CHAINS = chains(prepositions=("", "ب", "ل"), articles=(ARTICLE,))
# ب/ل + article, with or without a conjunction, written inside a mention's span (a mention "للقاهرة" covers
# لل + القاهرة).
PREPOSITION_ARTICLE_CHAINS = chains(prepositions=tuple(sorted(MARKER_PREPOSITIONS)), articles=(ARTICLE,))
# Cue phrases (rasid.events.cues) are looked up without conjunction and ب/ل runs (ولقوات -> قوات); the
# article stays, since cues are stored with it, except after لل/بال (للحكومة -> حكومة).
CUE_CHAINS = longest_first((*(c for c in chains(prepositions=("", *sorted(MARKER_PREPOSITIONS)), articles=("",))
                              if c), *PREPOSITION_ARTICLE_CHAINS))
# Names and places (rasid.ner.lexicon): one conjunction or preposition with the article, or one letter.
NAME_PREFIXES = longest_first((*chains(prepositions=("",), articles=(ARTICLE,)),
                               *chains(conjunctions=("",), articles=(ARTICLE,)), *CLITIC_LETTERS))
# Search (rasid.store.fts): the chains ending in the article, and the one-letter clitics.
SEARCH_PROCLITICS = longest_first((*(c for c in chains(articles=(ARTICLE,)) if c not in LEFT_OUT["search"]),
                                   *CLITIC_LETTERS))
# Actor phrases (rasid.actors.compose): a complement follows its head bare or with ل (وزير للخارجية).
COMPLEMENT_CLITICS = frozenset({"", "ل"})


@dataclass(frozen=True, slots=True)
class Word:
    index: int
    start: int  # normalised offsets
    end: int
    text: str
    gap: str  # normalised text between the previous word and this one
    clitic: str = ""  # a clitic written as a separate word just before


def clitic_readings(word: Word) -> list[tuple[str, int, str]]:
    """(stem, characters skipped, clitics) for each way of reading ``word``: as is, minus و/ف, minus ب/ل/ك."""
    readings = [(word.text, 0, word.clitic)]
    bases = list(readings)
    text = word.text
    if text[0] in CONJUNCTIONS and len(text) > MIN_STEM + 1:
        bases.append((text[1:], 1, word.clitic + text[0]))
        readings.append(bases[-1])
    for stem, skipped, clitics in bases:
        if stem[0] not in PREPOSITIONS or len(stem) <= MIN_STEM + 1:
            continue
        rest = stem[1:]
        if stem[0] == "ل" and rest.startswith("ل"):
            readings.append(("ا" + rest, skipped, clitics + "ل"))  # ل + ال is written لل: keep the whole word
        else:
            readings.append((rest, skipped + 1, clitics + stem[0]))
    return readings


# The word-level root model (rasid.events.word_roots) reads a word by its light stem: every proclitic chain
# and every enclitic pronoun may come off, longest first, as long as a stem of LIGHT_STEM_MIN letters is left.
LIGHT_STEM_PROCLITICS = longest_first(c for c in ALL_CHAINS if c)
LIGHT_STEM_ENCLITICS = longest_first(ENCLITIC_PRONOUNS)
LIGHT_STEM_MIN = 3


@lru_cache(maxsize=2**16)
def light_stem(word: str) -> str:
    """``word`` (normalised) without its longest proclitic chain and its longest enclitic pronoun, each taken off
    only when at least ``LIGHT_STEM_MIN`` letters remain (وبحكومتها → حكومت; قال → قال). A guess, not an
    analysis: it is a feature of a learned model, never a rule."""
    for chain in LIGHT_STEM_PROCLITICS:
        if word.startswith(chain) and len(word) - len(chain) >= LIGHT_STEM_MIN:
            word = word[len(chain):]
            break
    for pronoun in LIGHT_STEM_ENCLITICS:
        if word.endswith(pronoun) and len(word) - len(pronoun) >= LIGHT_STEM_MIN:
            return word[:-len(pronoun)]
    return word
