"""Where the cue phrases of ``cues.tsv`` occur in a sentence, and the clause boundaries they imply.

A cue matches whole words, with an optional leading و/ف on its first word (ولم، فإذا). At each position
the longest cue wins, so "لا يزال" (still) hides the negation "لا".
"""

from __future__ import annotations

from dataclasses import dataclass

from rasid.events.lexicon import Lexicon
from rasid.events.words import Word

ORDERED_KINDS = ("blocked", "affirm", "agent", "linker", "conditional", "speculation", "negation", "intent",
                 "future", "relative", "complement", "boundary", "question", "reflexive", "pair", "latter",
                 "content", "gather", "head", "title", "light", "coordinator")


@dataclass(frozen=True, slots=True)
class CueHit:
    kind: str
    start: int
    end: int  # word index after the cue


CLITIC_CHAINS = ("وبال", "ولل", "بال", "لل", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
MIN_REST = 3


def _variants(word: str) -> tuple[str, ...]:
    """The word as written, then without leading conjunction and preposition clitics (ولقوات -> قوات)."""
    out = [word]
    for chain in CLITIC_CHAINS:
        rest = word[len(chain):]
        shortest = 2 if chain in ("و", "ف") else MIN_REST
        if word.startswith(chain) and len(rest) >= shortest and rest not in out:
            out.append(rest)
    return tuple(out)


def _cue_at(words: tuple[Word, ...], start: int, lexicon: Lexicon) -> list[CueHit]:
    for length in range(min(lexicon.max_cue_words, len(words) - start), 0, -1):
        rest = tuple(w.norm for w in words[start + 1:start + length])
        for first in _variants(words[start].norm):
            phrase = (first, *rest)
            kinds = [k for k in ORDERED_KINDS if lexicon.is_cue(k, phrase)]
            if kinds:
                return [CueHit(kind, start, start + length) for kind in kinds]
    return []


@dataclass(frozen=True, slots=True)
class Cues:
    hits: tuple[CueHit, ...]
    boundaries: tuple[int, ...]  # word indices that open a new clause

    def of_kind(self, kind: str) -> list[CueHit]:
        return [h for h in self.hits if h.kind == kind]

    def at(self, index: int, kind: str) -> CueHit | None:
        return next((h for h in self.hits if h.start == index and h.kind == kind), None)

    def covers(self, kind: str, index: int) -> bool:
        return any(h.kind == kind and h.start <= index < h.end for h in self.hits)

    def ending_near(self, kind: str, index: int, distance: int) -> CueHit | None:
        """A cue of ``kind`` ending within ``distance`` words before word ``index``."""
        found = [h for h in self.hits if h.kind == kind and index - distance <= h.end <= index]
        return max(found, key=lambda h: h.end) if found else None

    def clause(self, index: int, length: int) -> tuple[int, int]:
        """[start, end) of the clause around word ``index``."""
        start = max((b for b in self.boundaries if b <= index), default=0)
        end = min((b for b in self.boundaries if b > index), default=length)
        return start, end


def find_cues(words: tuple[Word, ...], lexicon: Lexicon) -> Cues:
    hits: list[CueHit] = []
    position = 0
    while position < len(words):
        found = _cue_at(words, position, lexicon)
        hits.extend(found)
        position = found[0].end if found else position + 1
    opening = {"boundary", "complement", "conditional", "relative"}
    boundaries = {h.start for h in hits if h.kind in opening}
    boundaries |= {w.index + 1 for w in words if w.is_strong_punct}
    return Cues(tuple(hits), tuple(sorted(boundaries)))
