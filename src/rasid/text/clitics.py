"""Proclitics on the first word of a name: the conjunctions و ف and the prepositions ب ل ك (ل + ال written لل).

One table for the actor matcher and the name recogniser: both read a word as itself, without a leading
conjunction, and without a leading preposition, so "وتركيا", "بالإمارات" and "للأمم" reach "تركيا",
"الإمارات" and "الأمم".
"""

from __future__ import annotations

from dataclasses import dataclass

CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"
MIN_STEM = 2


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
