"""Character classes shared by the splitter, the tokeniser and the data build (one definition of a word)."""

from __future__ import annotations

import re

# Arabic letters (basic block, extended letters used in Persian/Urdu/Maghrebi spellings, presentation forms).
ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff\ufb50-\ufdfb\ufe70-\ufefc"
# Marks that live inside a word: harakat, superscript alef, Quranic marks, tatweel, joiners.
ARABIC_MARK = "\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
ARABIC_DIGIT = "\u0660-\u0669\u06f0-\u06f9"
DIGIT = "0-9" + ARABIC_DIGIT

# An Arabic orthographic word: letters with their marks (a word may not start with a mark, except tatweel).
ARABIC_WORD = re.compile(f"[{ARABIC_LETTER}][{ARABIC_LETTER}{ARABIC_MARK}]*")
# A number: digits with internal decimal/thousands separators (2.5, 1.000, 1,500, ٢٫٥).
NUMBER = re.compile(f"[{DIGIT}]+(?:[.,\u066b\u066c][{DIGIT}]+)*")
# Arabic-Indic and Persian digits -> ASCII (the normaliser folds digits with the same table).
DIGITS = {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}}
DIGIT_VALUES = str.maketrans(DIGITS)
DIGIT_RUN = re.compile(f"[{DIGIT}]+")
LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)*")

SENTENCE_END = ".!?؟…"
CLAUSE_END = "؛"
ARABIC_COMMA = "،"
QUOTE_PAIRS = {"“": "”", "«": "»", '"': '"', "„": "“", "‘": "’"}
QUOTE_MARKS = "".join(sorted({*QUOTE_PAIRS, *QUOTE_PAIRS.values(), "'"}))  # every opening and closing quote


def digits_value(text: str, max_digits: int = 9) -> int | None:
    """The value of a run of ASCII, Arabic-Indic or Persian digits, or None.

    Other characters that ``str.isdigit`` accepts (superscripts, circled digits) are not numbers here, and a
    run longer than ``max_digits`` is refused before ``int`` sees it (Python caps integer conversion).
    """
    if not text or len(text) > max_digits or not DIGIT_RUN.fullmatch(text):
        return None
    return int(text.translate(DIGIT_VALUES))
