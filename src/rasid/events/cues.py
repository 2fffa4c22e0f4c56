"""Where the cue phrases of ``cues.tsv`` occur in a sentence, and the clause boundaries they imply.

A cue matches whole words, with an optional leading و/ف on its first word (ولم، فإذا). At each position
the longest cue wins, so "لا يزال" (still) hides the negation "لا".
"""

from __future__ import annotations

from dataclasses import dataclass

from rasid.events.lexicon import Lexicon
from rasid.events.words import Word


@dataclass(frozen=True, slots=True)
class CueHit:
    kind: str
    start: int
    end: int  # word index after the cue


CLITIC_CHAINS = ("وبال", "ولل", "بال", "لل", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
MIN_REST = 3
CLITIC_LETTERS = frozenset(chain[0] for chain in CLITIC_CHAINS)


def _variants(word: str) -> tuple[str, ...]:
    """The word as written, then without leading conjunction and preposition clitics (ولقوات -> قوات)."""
    if word[:1] not in CLITIC_LETTERS:
        return (word,)
    out = [word]
    for chain in CLITIC_CHAINS:
        if not word.startswith(chain):
            continue
        rest = word[len(chain):]
        shortest = 2 if chain in ("و", "ف") else MIN_REST
        if len(rest) >= shortest and rest not in out:
            out.append(rest)
    return tuple(out)


def _rest_matches(words: tuple[Word, ...], start: int, rest: tuple[str, ...]) -> bool:
    if start + len(rest) >= len(words):
        return False
    return all(words[start + 1 + i].norm == w for i, w in enumerate(rest))


def _cue_at(words: tuple[Word, ...], start: int, lexicon: Lexicon) -> list[CueHit]:
    """The cue starting at ``start``: the longest phrase, then the word as written before its clitic-less
    variants (cues are indexed by their first word, so only phrases that can start here are tried)."""
    best: tuple[int, tuple[str, ...]] | None = None
    for first in _variants(words[start].norm):
        for rest, kinds in lexicon.cues_starting(first):
            if (best is None or len(rest) + 1 > best[0]) and _rest_matches(words, start, rest):
                best = (len(rest) + 1, kinds)
                break  # entries are longest first: the first that fits is this variant's best
    if best is None:
        return []
    length, kinds = best
    return [CueHit(kind, start, start + length) for kind in kinds]


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
    index = lexicon.cue_index
    while position < len(words):
        norm = words[position].norm
        if norm not in index and norm[:1] not in CLITIC_LETTERS:
            position += 1  # no cue starts with this word, as written or without clitics
            continue
        found = _cue_at(words, position, lexicon)
        hits.extend(found)
        position = found[0].end if found else position + 1
    opening = {"boundary", "complement", "conditional", "relative"}
    boundaries = {h.start for h in hits if h.kind in opening}
    boundaries |= {w.index + 1 for w in words if w.is_strong_punct}
    return Cues(tuple(hits), tuple(sorted(boundaries)))
