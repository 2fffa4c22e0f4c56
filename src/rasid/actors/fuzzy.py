"""Constrained fuzzy matching: a typo or variant spelling of a name already named in the document, or of
a nisba (السرج -> السراج, اللليبي -> الليبي).

A word is only considered when every one of these holds, so two different real people are never merged:
- it is not already inside a mention and is not itself a form the knowledge base knows;
- it is rare in a large news corpus (a real word such as الصدري or سلطان is common; a typo is not);
- it is at least ``MIN_LENGTH`` letters and starts (after ال) with the same letter as the candidate;
- exactly one candidate is within one edit (insert, delete, substitute, or swap of neighbours).
Person candidates are only the words of people already named in this document; nisba candidates are the
knowledge base's one-word nisbas.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from rasid.actors.kb import initial_letter as initial
from rasid.actors.kb import one_deletions
from rasid.actors.matcher import Word
from rasid.actors.model import KnowledgeBase

MIN_LENGTH = 5
MAX_COUNT = 2  # corpus count above which a word is taken to be a real word, not a typo
CLITICS = ("و", "ف", "ب", "ل")


def within_one_edit(a: str, b: str) -> bool:
    """Damerau distance of exactly one (an adjacent swap counts as one edit)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diffs) == 1:
            return True
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] \
            and a[diffs[1]] == b[diffs[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    index = next((i for i, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[index:] == long_[index + 1:]


def closest(word: str, candidates: Iterable[str]) -> str | None:
    """The one candidate within one edit of ``word`` sharing its first letter after the article; None if
    there is none or more than one."""
    found = {c for c in candidates if initial(c) == initial(word) and within_one_edit(word, c)}
    return found.pop() if len(found) == 1 else None


def nearby_nisbas(kb: KnowledgeBase, word: str) -> set[str]:
    """KB nisbas that could be one edit from ``word``: those sharing one of its one-deletion keys."""
    index = kb.nisba_words
    return {w for key in one_deletions(word) for w in index.get(key, ())}


def bare_readings(word: str) -> list[tuple[str, int]]:
    """(form, letters skipped) for the word as is and without one leading conjunction/preposition."""
    readings = [(word, 0)]
    if word[:1] in CLITICS and len(word) > MIN_LENGTH:
        readings.append((word[1:], 1))
    return readings


def is_candidate_typo(word: str, kb: KnowledgeBase, counts: Mapping[str, int]) -> bool:
    return len(word) >= MIN_LENGTH and counts.get(word, 0) <= MAX_COUNT and kb.node(word) is None


class Corrector:
    """Rewrites typo words of one sentence to the form they most likely meant, before dictionary matching.

    ``seen`` holds the normalised words of people already matched in this document; the caller adds to it
    as the document is read. Offsets are untouched: only ``Word.text`` changes.
    """

    def __init__(self, kb: KnowledgeBase, counts: Mapping[str, int]) -> None:
        self.kb = kb
        self.counts = counts
        self.seen: set[str] = set()

    def correct(self, words: list[Word]) -> list[Word]:
        return [self.corrected(w) for w in words]

    def corrected(self, word: Word) -> Word:
        for form, skipped in bare_readings(word.text):
            if not is_candidate_typo(form, self.kb, self.counts) or (skipped and self.kb.node(word.text)):
                continue
            target = closest(form, self.seen) or closest(form, nearby_nisbas(self.kb, form))
            if target is not None:
                return replace(word, text=word.text[:skipped] + target)
        return word

    def remember(self, words: list[Word], first: int, last: int) -> None:
        """The words of a person match (first..last) become candidates for later typos."""
        self.seen.update(w.text for w in words[first:last + 1] if len(w.text) >= MIN_LENGTH)
