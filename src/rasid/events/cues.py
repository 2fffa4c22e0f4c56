"""Where the cue phrases of ``cues.tsv`` occur in a sentence, and the clause boundaries they imply.

A cue matches whole words, with an optional leading و/ف on its first word (ولم، فإذا). At each position
the longest cue wins, so "لا يزال" (still) hides the negation "لا".
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from rasid.events.lexicon import Lexicon
from rasid.events.words import Word
from rasid.text.clitics import CLITIC_LETTERS, CONJUNCTION_LETTERS, CUE_CHAINS


@dataclass(frozen=True, slots=True)
class CueHit:
    kind: str
    start: int
    end: int  # word index after the cue


MIN_REST = 3


def _variants(word: str) -> tuple[str, ...]:
    """The word as written, then without leading conjunction and preposition clitics (ولقوات -> قوات)."""
    if word[:1] not in CLITIC_LETTERS:
        return (word,)
    out = [word]
    for chain in CUE_CHAINS:
        if not word.startswith(chain):
            continue
        rest = word[len(chain):]
        shortest = 2 if chain in CONJUNCTION_LETTERS else MIN_REST
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
    """The cue hits of one sentence, indexed by start, end and covered word, so that every lookup costs the
    same however long the sentence is (a sentence of a thousand titles must not make coding quadratic)."""

    hits: tuple[CueHit, ...]
    boundaries: tuple[int, ...]  # word indices that open a new clause
    by_start: dict[int, tuple[CueHit, ...]] = field(init=False, repr=False, compare=False)
    by_end: dict[int, tuple[CueHit, ...]] = field(init=False, repr=False, compare=False)
    covered: dict[str, frozenset[int]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_start", _index_hits(self.hits, lambda h: h.start))
        object.__setattr__(self, "by_end", _index_hits(self.hits, lambda h: h.end))
        kinds = {h.kind for h in self.hits}
        object.__setattr__(self, "covered", {k: frozenset(i for h in self.hits if h.kind == k
                                                          for i in range(h.start, h.end)) for k in kinds})

    def of_kind(self, kind: str) -> list[CueHit]:
        return [h for h in self.hits if h.kind == kind]

    def at(self, index: int, kind: str) -> CueHit | None:
        return next((h for h in self.by_start.get(index, ()) if h.kind == kind), None)

    def ending_at(self, index: int, kinds: tuple[str, ...]) -> CueHit | None:
        return next((h for h in self.by_end.get(index, ()) if h.kind in kinds), None)

    def covers(self, kind: str, index: int) -> bool:
        return index in self.covered.get(kind, ())

    def ending_near(self, kind: str, index: int, distance: int) -> CueHit | None:
        """A cue of ``kind`` ending within ``distance`` words before word ``index``."""
        for end in range(index, index - distance - 1, -1):
            found = [h for h in self.by_end.get(end, ()) if h.kind == kind]
            if found:
                return found[0]
        return None

    def clause(self, index: int, length: int) -> tuple[int, int]:
        """[start, end) of the clause around word ``index`` (boundaries are sorted word indices)."""
        at = bisect_right(self.boundaries, index)
        start = self.boundaries[at - 1] if at else 0
        end = self.boundaries[at] if at < len(self.boundaries) else length
        return start, end


def _index_hits(hits: tuple[CueHit, ...], key: Callable[[CueHit], int]) -> dict[int, tuple[CueHit, ...]]:
    index: dict[int, list[CueHit]] = {}
    for hit in hits:
        index.setdefault(key(hit), []).append(hit)
    return {k: tuple(v) for k, v in index.items()}


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
