"""Longest-match dictionary lookup over the words of one normalised sentence.

Words are runs of letters and digits in the match-normalised text. The first word of a match may carry
proclitics (و ف ب ل ك, and ل + ال written لل), so "وتركيا", "بالإمارات", "لحكومة الوفاق" and "للأمم المتحدة"
all reach their entries; a lone clitic written apart ("لـ الوفاق" after tatweel removal) attaches to the next
word. Later words must match exactly, and only spaces, quotes, underscores or hyphens may separate them,
so an entry never runs across a comma or inside another word ("مصر" never fires in "مصراتة").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from rasid.actors.model import TERMINAL, TRIE_NODE, Entry, KnowledgeBase
from rasid.records import Sentence
from rasid.text.clitics import CONJUNCTIONS, PREPOSITIONS, Word, clitic_readings
from rasid.text.normalize import Normalized, normalize

__all__ = ["Word", "clitic_readings"]  # the scanned word and its clitic readings live in rasid.text.clitics

WORD = re.compile(r"[^\W_]+")
JOINER = re.compile(r"^[\s\"'_\-]*$")


class Spanning(Protocol):
    @property
    def last(self) -> int: ...


Found = TypeVar("Found", bound=Spanning)


@dataclass(frozen=True, slots=True)
class Match:
    """Words [first, last] matched to ``entries`` (best first); ``start`` skips the stripped clitics."""

    first: int
    last: int
    start: int
    end: int
    clitic: str
    entries: tuple[Entry, ...]

    @property
    def best(self) -> Entry:
        return self.entries[0]


def split_words(text: str) -> list[Word]:
    """The words of normalised ``text``; single-letter clitics written apart are folded into the next word."""
    words: list[Word] = []
    previous_end = 0
    pending = ""
    for found in WORD.finditer(text):
        token, gap = found.group(), text[previous_end:found.start()]
        previous_end = found.end()
        if len(token) == 1 and token in CONJUNCTIONS + PREPOSITIONS:
            pending += token
            continue
        words.append(Word(len(words), found.start(), found.end(), token, gap, pending))
        pending = ""
    return words


Scanned = tuple[Normalized, list[Word]]  # a sentence's normalised text and its words
ScannedSentences = Mapping[int, Scanned]  # sentence start -> the sentence scanned


def scan_sentence(text: str, sentence: Sentence, scanned: ScannedSentences | None = None) -> Scanned:
    """The sentence's normalised text and words: from ``scanned`` (``scan_sentences``, made once per document
    for the actor passes that each read every sentence) when it holds the sentence, else made here."""
    found = scanned.get(sentence.start) if scanned is not None else None
    if found is not None:
        return found
    normalized = normalize(text[sentence.start:sentence.end])
    return normalized, split_words(normalized.text)


def scan_sentences(text: str, sentences: Sequence[Sentence]) -> dict[int, Scanned]:
    """Every sentence scanned, by sentence start. Readers never change the word lists."""
    return {sentence.start: scan_sentence(text, sentence) for sentence in sentences}


def walk(kb: KnowledgeBase, words: list[Word], first: int, stem: str) -> tuple[int, tuple[Entry, ...]] | None:
    """The furthest word index reachable from ``stem`` at ``first`` that ends an entry, with its entries."""
    node: Mapping[str, object] | None = kb.node(stem)
    best = None
    index = first
    while node is not None:
        if TERMINAL in node:
            best = (index, node[TERMINAL])
        index += 1
        if index >= len(words) or not continues(words[index]):
            break
        child = node.get(words[index].text)
        node = child if isinstance(child, TRIE_NODE) else None  # type: ignore[assignment]
    return best  # type: ignore[return-value]


def match_at(kb: KnowledgeBase, words: list[Word], first: int) -> Match | None:
    """The longest entry starting at word ``first``; on a tie the reading that strips fewer clitics."""
    best: Match | None = None
    readings = clitic_readings(words[first])
    if words[first].text in kb.whole_words:
        readings = readings[:1]  # a common word, not a proclitic on a name ("وجوبا")
    for stem, skipped, clitics in readings:
        found = walk(kb, words, first, stem)
        if found is None:
            continue
        last, entries = found
        candidate = Match(first, last, words[first].start + skipped, words[last].end, clitics, entries)
        if best is None or last > best.last:
            best = candidate
    return best


def continues(word: Word) -> bool:
    """Whether ``word`` may be a later word of a name: joined to the one before by spaces, quotes, underscores
    or hyphens only, and carrying no clitic written apart."""
    return bool(JOINER.match(word.gap)) and not word.clitic


def longest_left_to_right(count: int, found_at: Callable[[int], Found | None]) -> list[Found]:
    """Non-overlapping matches over words 0..count-1, left to right: ``found_at(i)`` gives the longest match
    starting at word i (or None), and the scan goes on after its ``last`` word."""
    matches = []
    index = 0
    while index < count:
        found = found_at(index)
        if found is None:
            index += 1
            continue
        matches.append(found)
        index = found.last + 1
    return matches


def find_matches(kb: KnowledgeBase, words: list[Word]) -> list[Match]:
    """Non-overlapping longest matches, left to right."""
    return longest_left_to_right(len(words), lambda index: match_at(kb, words, index))
